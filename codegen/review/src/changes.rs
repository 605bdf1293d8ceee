//! What a spec change means for consumers of the generated crate and of the JSON Schemas:
//! every difference between two versions of an endpoint classified as breaking, compatible or
//! documentation only, and the semver bump the worst of them implies.
//!
//! The rules read the change from the side of the party who can be hurt: a caller building
//! requests (a field removed, a field becoming required, a value no longer accepted, a URL
//! moved) and a reader of responses (a field or type removed, a type changed). Additions that
//! old code and old payloads still satisfy are compatible: an optional field (generated structs
//! derive `Default`, so `..Default::default()` literals keep compiling) or an enum value (read
//! into `Open<…>` in responses; generated enums are `#[non_exhaustive]`).

use std::collections::BTreeSet;
use std::fmt;

use codegen_core::ir::{Endpoint, Field, Rule, Ty, TypeDef, TypeKind};

/// How a change affects consumers, worst last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Descriptions, doc type words, examples, remarks: nothing a program sees.
    Documentation,
    /// Old code and old payloads keep working.
    Compatible,
    /// Old code stops compiling, or old payloads stop validating or decoding.
    Breaking,
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Documentation => "docs",
            Self::Compatible => "compatible",
            Self::Breaking => "breaking",
        })
    }
}

/// One classified difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its class.
    pub class: Class,
    /// What changed: `Type.field`, `Type`, `URL production`.
    pub place: String,
    /// How.
    pub what: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<10} {}: {}",
            self.class.to_string(),
            self.place,
            self.what
        )
    }
}

/// The semver bump a set of changes implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Documentation only.
    Patch,
    /// Compatible additions.
    Minor,
    /// Something breaks.
    Major,
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::None => "none",
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        })
    }
}

/// The bump `changes` imply: the worst class decides.
pub fn bump(changes: &[Change]) -> Bump {
    match changes.iter().map(|c| c.class).max() {
        None => Bump::None,
        Some(Class::Documentation) => Bump::Patch,
        Some(Class::Compatible) => Bump::Minor,
        Some(Class::Breaking) => Bump::Major,
    }
}

/// Every difference from `old` to `new`, classified.
pub fn diff(old: &Endpoint, new: &Endpoint) -> Vec<Change> {
    let mut out = Changes {
        list: Vec::new(),
        requests: request_types(new)
            .union(&request_types(old))
            .cloned()
            .collect(),
    };
    out.calls(old, new);
    out.bodies(old, new);
    // The service's shared types count as the endpoint's: a change to `Customer` in
    // `types.yaml` changes what each endpoint that names it sends or answers.
    for old_def in old.types.iter().chain(&old.shared) {
        match new.type_def(&old_def.name) {
            None => out.push(Class::Breaking, &old_def.name, "type removed"),
            Some(new_def) => out.type_def(old_def, new_def),
        }
    }
    for new_def in new.types.iter().chain(&new.shared) {
        if old.type_def(&new_def.name).is_none() {
            out.push(Class::Compatible, &new_def.name, "type added");
        }
    }
    let remarks = |e: &Endpoint| {
        let mut all = e.remarks.clone();
        all.extend(
            e.types
                .iter()
                .chain(&e.shared)
                .flat_map(|t| t.remarks.clone()),
        );
        all
    };
    if remarks(old) != remarks(new) {
        out.push(
            Class::Documentation,
            "remarks",
            "conflicts or notes changed",
        );
    }
    out.list
}

/// Types a request can contain (its body and its parameters): for these, accepting less
/// breaks callers.
fn request_types(endpoint: &Endpoint) -> BTreeSet<String> {
    let mut names = endpoint.reachable(endpoint.request.as_ref().map(|body| &body.ty));
    if let Some(params) = &endpoint.params_type {
        names.insert(params.clone());
        for param in &endpoint.params {
            names.extend(endpoint.reachable([&param.field.ty]));
        }
    }
    names
}

struct Changes {
    list: Vec<Change>,
    requests: BTreeSet<String>,
}

impl Changes {
    fn push(&mut self, class: Class, place: &str, what: impl Into<String>) {
        self.list.push(Change {
            class,
            place: place.to_owned(),
            what: what.into(),
        });
    }

    fn in_request(&self, def: &TypeDef) -> bool {
        self.requests.contains(&def.name)
    }

    fn calls(&mut self, old: &Endpoint, new: &Endpoint) {
        if old.method != new.method {
            let what = format!("method {} → {}", old.method.as_str(), new.method.as_str());
            self.push(Class::Breaking, "method", what);
        }
        for server in &old.servers {
            let place = format!("URL {}", server.name);
            let old_url = format!("{}{}", server.url, old.path);
            match new.servers.iter().find(|s| s.name == server.name) {
                None => self.push(Class::Breaking, &place, "environment removed"),
                Some(s) if format!("{}{}", s.url, new.path) != old_url => {
                    let what = format!("{old_url} → {}{}", s.url, new.path);
                    self.push(Class::Breaking, &place, what);
                }
                Some(_) => {}
            }
        }
        for server in &new.servers {
            if !old.servers.iter().any(|s| s.name == server.name) {
                let place = format!("URL {}", server.name);
                self.push(Class::Compatible, &place, "environment added");
            }
        }
        if old.auth != new.auth {
            self.push(Class::Breaking, "auth", "authentication changed");
        }
        for header in &new.headers {
            match old.headers.iter().find(|h| h.name == header.name) {
                None if header.required => {
                    self.push(Class::Breaking, &header.name, "required header added")
                }
                None => self.push(Class::Compatible, &header.name, "optional header added"),
                Some(old) if old.required != header.required => {
                    let class = if header.required {
                        Class::Breaking
                    } else {
                        Class::Compatible
                    };
                    self.push(class, &header.name, "header's required flag changed");
                }
                Some(old) if old.docs != header.docs => {
                    self.push(Class::Documentation, &header.name, "description changed")
                }
                Some(_) => {}
            }
        }
        for header in &old.headers {
            if !new.headers.iter().any(|h| h.name == header.name) {
                self.push(Class::Breaking, &header.name, "header removed");
            }
        }
    }

    fn bodies(&mut self, old: &Endpoint, new: &Endpoint) {
        for param in &new.params {
            match old.params.iter().find(|p| p.name == param.name) {
                Some(before) if before.location != param.location => self.push(
                    Class::Breaking,
                    &param.name,
                    format!(
                        "parameter moved from the {} to the {}",
                        before.location.as_str(),
                        param.location.as_str()
                    ),
                ),
                Some(before) if before.style != param.style => self.push(
                    Class::Breaking,
                    &param.name,
                    "parameter's list style changed",
                ),
                _ => {}
            }
        }
        for status in &new.statuses {
            if !old.statuses.iter().any(|s| s.code == status.code) {
                self.push(
                    Class::Compatible,
                    &format!("HTTP {}", status.code),
                    "error status documented",
                );
            }
        }
        for status in &old.statuses {
            match new.statuses.iter().find(|s| s.code == status.code) {
                None => self.push(
                    Class::Breaking,
                    &format!("HTTP {}", status.code),
                    "error status no longer documented",
                ),
                Some(after) if after.body.ty != status.body.ty => self.push(
                    Class::Breaking,
                    &format!("HTTP {}", status.code),
                    format!(
                        "body type {} → {}",
                        status.body.ty.describe(),
                        after.body.ty.describe()
                    ),
                ),
                Some(_) => {}
            }
        }
        let presence = [
            (
                "request",
                old.request.is_some(),
                new.request.is_some(),
                "request body",
            ),
            (
                "response",
                old.response.is_some(),
                new.response.is_some(),
                "response body",
            ),
        ];
        for (place, before, after, what) in presence {
            match (before, after) {
                (false, true) => self.push(Class::Breaking, place, format!("{what} added")),
                (true, false) => self.push(Class::Breaking, place, format!("{what} removed")),
                _ => {}
            }
        }
        let pairs = [
            ("request", old.request.as_ref(), new.request.as_ref()),
            ("response", old.response.as_ref(), new.response.as_ref()),
            ("errors", old.errors.as_ref(), new.errors.as_ref()),
        ];
        for (place, old, new) in pairs {
            match (old, new) {
                (Some(old), Some(new)) => {
                    if old.ty != new.ty {
                        let what =
                            format!("body type {} → {}", old.ty.describe(), new.ty.describe());
                        self.push(Class::Breaking, place, what);
                    }
                    if old.status != new.status {
                        self.push(
                            Class::Breaking,
                            place,
                            "where the vendor's status is read changed",
                        );
                    }
                    let files = |b: &codegen_core::ir::Body| {
                        b.examples
                            .iter()
                            .map(|e| (e.file.clone(), e.value.clone()))
                            .collect::<Vec<_>>()
                    };
                    if files(old) != files(new) {
                        self.push(Class::Documentation, place, "examples changed");
                    }
                }
                (None, Some(_)) if place == "errors" => {
                    self.push(Class::Compatible, place, "error body described")
                }
                (Some(_), None) if place == "errors" => {
                    self.push(Class::Breaking, place, "error body no longer described")
                }
                // A request or response body that came or went is reported above.
                _ => {}
            }
        }
    }

    fn type_def(&mut self, old: &TypeDef, new: &TypeDef) {
        let name = &new.name;
        let in_request = self.in_request(new) || self.in_request(old);
        if old.docs != new.docs {
            self.push(Class::Documentation, name, "description changed");
        }
        match (&old.kind, &new.kind) {
            (
                TypeKind::Object {
                    fields: old_fields,
                    rules: old_rules,
                },
                TypeKind::Object {
                    fields: new_fields,
                    rules: new_rules,
                },
            ) => {
                for old_field in old_fields {
                    let place = format!("{name}.{}", old_field.wire_name);
                    match new_fields
                        .iter()
                        .find(|f| f.wire_name == old_field.wire_name)
                    {
                        None => self.push(Class::Breaking, &place, "field removed"),
                        Some(new_field) => self.field(&place, old_field, new_field, in_request),
                    }
                }
                for new_field in new_fields {
                    if !old_fields
                        .iter()
                        .any(|f| f.wire_name == new_field.wire_name)
                    {
                        let place = format!("{name}.{}", new_field.wire_name);
                        if new_field.required {
                            self.push(Class::Breaking, &place, "required field added");
                        } else {
                            self.push(Class::Compatible, &place, "optional field added");
                        }
                    }
                }
                for rule in new_rules {
                    if !old_rules.iter().any(|r| same_rule(r, rule)) {
                        let class = if in_request {
                            Class::Breaking
                        } else {
                            Class::Compatible
                        };
                        self.push(class, name, "cross-field rule added");
                    }
                }
                for rule in old_rules {
                    if !new_rules.iter().any(|r| same_rule(r, rule)) {
                        self.push(Class::Compatible, name, "cross-field rule removed");
                    }
                }
            }
            (TypeKind::Enum { values: old_values }, TypeKind::Enum { values: new_values }) => {
                for value in old_values {
                    let place = format!("{name}.{}", value.value);
                    match new_values.iter().find(|v| v.value == value.value) {
                        None if in_request => self.push(
                            Class::Breaking,
                            &place,
                            "enum value removed from a request: callers sending it are refused",
                        ),
                        None => self.push(
                            Class::Breaking,
                            &place,
                            "enum value removed: its Rust variant goes away",
                        ),
                        Some(new_value) if new_value.docs != value.docs => {
                            self.push(Class::Documentation, &place, "description changed")
                        }
                        Some(_) => {}
                    }
                }
                for value in new_values {
                    if !old_values.iter().any(|v| v.value == value.value) {
                        let place = format!("{name}.{}", value.value);
                        self.push(Class::Compatible, &place, "enum value added");
                    }
                }
            }
            (
                TypeKind::OneOf {
                    variants: old_variants,
                },
                TypeKind::OneOf {
                    variants: new_variants,
                },
            ) => {
                let shapes = |variants: &[codegen_core::ir::Variant]| {
                    variants.iter().map(|v| v.ty.describe()).collect::<Vec<_>>()
                };
                let (before, after) = (shapes(old_variants), shapes(new_variants));
                if before.iter().any(|shape| !after.contains(shape)) {
                    self.push(Class::Breaking, name, "an alternative removed");
                } else if before != after {
                    self.push(Class::Compatible, name, "an alternative added");
                }
            }
            _ => self.push(
                Class::Breaking,
                name,
                "kind changed (object, enum or one-of)",
            ),
        }
    }

    fn field(&mut self, place: &str, old: &Field, new: &Field, in_request: bool) {
        if old.ty.describe() != new.ty.describe() {
            let what = format!("type {} → {}", old.ty.describe(), new.ty.describe());
            self.push(Class::Breaking, place, what);
        } else if old.ty != new.ty {
            let class = if in_request && tighter(&old.ty, &new.ty) {
                Class::Breaking
            } else {
                Class::Compatible
            };
            self.push(class, place, "constraints changed");
        }
        match (old.required, new.required) {
            (false, true) => self.push(Class::Breaking, place, "optional → required"),
            (true, false) => self.push(
                Class::Breaking,
                place,
                "required → optional: the Rust field becomes an `Option`",
            ),
            _ => {}
        }
        if old.nullable != new.nullable {
            let what = if new.nullable {
                "now nullable"
            } else {
                "no longer nullable"
            };
            self.push(
                Class::Breaking,
                place,
                format!("{what}: the Rust field's type changes"),
            );
        }
        if old.rust_name != new.rust_name {
            self.push(Class::Breaking, place, "Rust name changed");
        }
        if old.docs != new.docs
            || old.doc_type != new.doc_type
            || old.from_example != new.from_example
        {
            self.push(
                Class::Documentation,
                place,
                "description, doc type word or origin changed",
            );
        }
    }
}

/// Whether `new`'s constraints may refuse a value `old`'s accepted (anything but a removal or
/// a plain widening counts).
fn tighter(old: &Ty, new: &Ty) -> bool {
    let (o, n) = (&old.constraints, &new.constraints);
    let pattern = n.pattern.is_some() && n.pattern != o.pattern;
    let nested = old.kind != new.kind;
    raises(o.min_length, n.min_length)
        || lowers(o.max_length, n.max_length)
        || raises(o.min_items, n.min_items)
        || lowers(o.max_items, n.max_items)
        || raises(o.minimum, n.minimum)
        || lowers(o.maximum, n.maximum)
        || pattern
        || nested
}

/// Whether a lower bound appears or goes up.
fn raises<T: PartialOrd>(old: Option<T>, new: Option<T>) -> bool {
    match (old, new) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(old), Some(new)) => new > old,
    }
}

/// Whether an upper bound appears or goes down.
fn lowers<T: PartialOrd>(old: Option<T>, new: Option<T>) -> bool {
    match (old, new) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(old), Some(new)) => new < old,
    }
}

fn same_rule(a: &Rule, b: &Rule) -> bool {
    let Rule::AnyOfRequired { fields: a, .. } = a;
    let Rule::AnyOfRequired { fields: b, .. } = b;
    a == b
}
