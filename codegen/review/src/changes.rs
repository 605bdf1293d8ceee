//! What a spec change means for consumers of the generated crate and of the JSON Schemas:
//! every difference between two versions of an endpoint classified as breaking, compatible or
//! documentation only, with who it breaks, and the semver bump the worst of them implies.
//!
//! Three parties can be hurt, and each breaking change names which ([`Breaks`]): code compiled
//! against the generated crate (a field, variant or type removed, a type changed, a
//! constructor's arguments changed), holders of the published schema and of the generated
//! validators (a request that accepts less breaks senders, a response that allows more breaks
//! readers), and the calls on the wire (method, URL, authentication, headers). The rules follow
//! the generated design: structs are `#[non_exhaustive]` and built through `new` (the required
//! fields) and `with_*` setters, so an optional field added compiles; enums and one-ofs are
//! `#[non_exhaustive]`, so an added value or alternative compiles; responses are read leniently
//! (unknown fields kept, enum fields `Open<…>`), so their schemas already allow what the vendor
//! adds. `tests/compat.rs` compiles a consumer against the crate generated before and after each
//! kind of change and validates payloads against both schemas: it and these rules agree.

use std::collections::BTreeSet;
use std::fmt;

use codegen_core::constraint::Bound;
use codegen_core::ir::{Endpoint, Field, Rule, Ty, TyKind, TypeDef, TypeKind};

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

/// Who a change breaks; nobody for a compatible or documentation change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Breaks {
    /// Code compiled against the old generated crate stops compiling.
    pub code: bool,
    /// Payloads the old schema judged fit stop fitting: a request the old schema accepted is
    /// refused, or a response the new schema allows fails the old one (also the generated
    /// validators' and decoders' verdicts).
    pub payloads: bool,
    /// The call itself changes: what goes out (method, URL, authentication, headers, where a
    /// parameter is sent) or how its answer is told apart (documented error statuses, whose
    /// bodies no schema publishes).
    pub calls: bool,
}

impl Breaks {
    /// Breaks nobody.
    pub const NOBODY: Self = Self {
        code: false,
        payloads: false,
        calls: false,
    };
    /// Breaks code compiled against the old crate.
    pub const CODE: Self = Self {
        code: true,
        ..Self::NOBODY
    };
    /// Breaks holders of the old schema.
    pub const PAYLOADS: Self = Self {
        payloads: true,
        ..Self::NOBODY
    };
    /// Breaks the calls on the wire.
    pub const CALLS: Self = Self {
        calls: true,
        ..Self::NOBODY
    };

    /// `PAYLOADS` when `payloads` holds, else nobody.
    pub const fn payloads_if(payloads: bool) -> Self {
        Self {
            payloads,
            ..Self::NOBODY
        }
    }

    /// Whether anyone breaks.
    pub const fn any(self) -> bool {
        self.code || self.payloads || self.calls
    }
}

impl std::ops::BitOr for Breaks {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self {
            code: self.code || other.code,
            payloads: self.payloads || other.payloads,
            calls: self.calls || other.calls,
        }
    }
}

impl fmt::Display for Breaks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [
            (self.code, "code"),
            (self.payloads, "payloads"),
            (self.calls, "calls"),
        ];
        let named: Vec<&str> = names
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| *n)
            .collect();
        f.write_str(&named.join(", "))
    }
}

/// One classified difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its class: breaking exactly when it breaks someone.
    pub class: Class,
    /// Who it breaks.
    pub breaks: Breaks,
    /// What changed: `Type.field`, `Type`, `URL production`.
    pub place: String,
    /// How.
    pub what: String,
}

impl Change {
    /// A change that breaks `breaks` (compatible when that is nobody).
    pub fn judged(breaks: Breaks, place: impl Into<String>, what: impl Into<String>) -> Self {
        Self {
            class: if breaks.any() {
                Class::Breaking
            } else {
                Class::Compatible
            },
            breaks,
            place: place.into(),
            what: what.into(),
        }
    }

    /// A change to descriptions, examples or remarks only.
    pub fn documentation(place: impl Into<String>, what: impl Into<String>) -> Self {
        Self {
            class: Class::Documentation,
            ..Self::judged(Breaks::NOBODY, place, what)
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<10} {}: {}",
            self.class.to_string(),
            self.place,
            self.what
        )?;
        if self.breaks.any() {
            write!(f, " (breaks {})", self.breaks)?;
        }
        Ok(())
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
    let union = |of: fn(&Endpoint) -> BTreeSet<String>| -> BTreeSet<String> {
        of(old).union(&of(new)).cloned().collect()
    };
    let mut out = Changes {
        list: Vec::new(),
        requests: union(request_types),
        responses: union(response_types),
        old,
        new,
    };
    out.calls(old, new);
    out.bodies(old, new);
    // The service's shared types count as the endpoint's: a change to `Customer` in
    // `types.yaml` changes what each endpoint that names it sends or answers.
    for old_def in old.types.iter().chain(&old.shared) {
        match new.type_def(&old_def.name) {
            None => out.judged(Breaks::CODE, &old_def.name, "type removed"),
            Some(new_def) => out.type_def(old_def, new_def),
        }
    }
    for new_def in new.types.iter().chain(&new.shared) {
        if old.type_def(&new_def.name).is_none() {
            out.judged(Breaks::NOBODY, &new_def.name, "type added");
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
        out.documentation("remarks", "conflicts or notes changed");
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

/// Types an answer can contain (the response, the error body, documented statuses): for
/// these, allowing more breaks readers.
fn response_types(endpoint: &Endpoint) -> BTreeSet<String> {
    let bodies = [&endpoint.response, &endpoint.errors];
    endpoint.reachable(
        bodies
            .into_iter()
            .flatten()
            .chain(endpoint.statuses.iter().map(|s| &s.body))
            .map(|body| &body.ty),
    )
}

struct Changes<'a> {
    list: Vec<Change>,
    requests: BTreeSet<String>,
    responses: BTreeSet<String>,
    old: &'a Endpoint,
    new: &'a Endpoint,
}

/// Where a type is read and written, which decides what a change to it breaks.
#[derive(Clone, Copy)]
struct Sides {
    /// In a request: accepting less breaks senders.
    request: bool,
    /// In an answer: allowing more breaks readers.
    response: bool,
    /// The parameters' type, which no schema publishes: what would break its payloads breaks
    /// the call instead.
    params: bool,
}

impl Sides {
    /// Who `breaks` reaches for a type on these sides.
    fn reach(self, breaks: Breaks) -> Breaks {
        if self.params && breaks.payloads {
            Breaks {
                payloads: false,
                calls: true,
                ..breaks
            }
        } else {
            breaks
        }
    }
}

impl Changes<'_> {
    fn judged(&mut self, breaks: Breaks, place: &str, what: impl Into<String>) {
        self.list.push(Change::judged(breaks, place, what));
    }

    /// [`Self::judged`] for a change to a type on `sides`.
    fn judged_on(&mut self, sides: Sides, breaks: Breaks, place: &str, what: impl Into<String>) {
        self.judged(sides.reach(breaks), place, what);
    }

    fn documentation(&mut self, place: &str, what: impl Into<String>) {
        self.list.push(Change::documentation(place, what));
    }

    fn sides(&self, old: &TypeDef, new: &TypeDef) -> Sides {
        let within = |set: &BTreeSet<String>| set.contains(&old.name) || set.contains(&new.name);
        Sides {
            request: within(&self.requests),
            response: within(&self.responses),
            params: old.params || new.params,
        }
    }

    fn calls(&mut self, old: &Endpoint, new: &Endpoint) {
        if old.method != new.method {
            let what = format!("method {} → {}", old.method.as_str(), new.method.as_str());
            self.judged(Breaks::CALLS, "method", what);
        }
        // The body's encoding (JSON, a form): a server reads one. Parameters such as a
        // `charset` are not a change of encoding.
        let essence = codegen_core::codegen_runtime::media_essence;
        if old.request.is_some()
            && new.request.is_some()
            && !essence(old.content_type.as_bytes())
                .eq_ignore_ascii_case(essence(new.content_type.as_bytes()))
        {
            let what = format!(
                "request media type {} → {}",
                old.content_type, new.content_type
            );
            self.judged(Breaks::CALLS, "content_type", what);
        }
        // Whether the client sends the call again after a failure: a call that becomes
        // repeatable may reach the server more than once.
        let repeatable = |e: &Endpoint| e.idempotent.unwrap_or(e.method.idempotent());
        match (repeatable(old), repeatable(new)) {
            (false, true) => self.judged(
                Breaks::CALLS,
                "idempotent",
                "now retried after a failure: the server may receive it more than once",
            ),
            (true, false) => self.judged(
                Breaks::NOBODY,
                "idempotent",
                "no longer retried after a failure",
            ),
            _ => {}
        }
        for server in &old.servers {
            let place = format!("URL {}", server.name);
            let old_url = format!("{}{}", server.url, old.path);
            match new.servers.iter().find(|s| s.name == server.name) {
                None => self.judged(Breaks::CALLS, &place, "environment removed"),
                Some(s) if format!("{}{}", s.url, new.path) != old_url => {
                    let what = format!("{old_url} → {}{}", s.url, new.path);
                    self.judged(Breaks::CALLS, &place, what);
                }
                Some(_) => {}
            }
        }
        for server in &new.servers {
            if !old.servers.iter().any(|s| s.name == server.name) {
                let place = format!("URL {}", server.name);
                self.judged(Breaks::NOBODY, &place, "environment added");
            }
        }
        if old.auth != new.auth {
            let (mut before, mut after) = (old.auth.clone(), new.auth.clone());
            // Signing requests without a body is new ground, not a change to signed bodies.
            let only_bodiless_added = match (&mut before, &mut after) {
                (
                    codegen_core::ir::Auth::HmacSignature(before),
                    codegen_core::ir::Auth::HmacSignature(after),
                ) if before.payload_without_body.is_empty() => {
                    after.payload_without_body.clear();
                    before == after
                }
                _ => false,
            };
            if only_bodiless_added {
                self.judged(
                    Breaks::NOBODY,
                    "auth",
                    "requests without a body can be signed",
                );
            } else {
                self.judged(Breaks::CALLS, "auth", "authentication changed");
            }
        }
        for header in &new.headers {
            match old.headers.iter().find(|h| h.name == header.name) {
                None if header.required => {
                    self.judged(Breaks::CALLS, &header.name, "required header added")
                }
                None => self.judged(Breaks::NOBODY, &header.name, "optional header added"),
                Some(old) if old.required != header.required => self.judged(
                    if header.required {
                        Breaks::CALLS
                    } else {
                        Breaks::NOBODY
                    },
                    &header.name,
                    "header's required flag changed",
                ),
                Some(old) if old.docs != header.docs => {
                    self.documentation(&header.name, "description changed")
                }
                Some(_) => {}
            }
        }
        for header in &old.headers {
            if !new.headers.iter().any(|h| h.name == header.name) {
                self.judged(Breaks::CALLS, &header.name, "header removed");
            }
        }
    }

    fn bodies(&mut self, old: &Endpoint, new: &Endpoint) {
        for param in &new.params {
            match old.params.iter().find(|p| p.name == param.name) {
                Some(before) if before.location != param.location => self.judged(
                    Breaks::CALLS,
                    &param.name,
                    format!(
                        "parameter moved from the {} to the {}",
                        before.location.as_str(),
                        param.location.as_str()
                    ),
                ),
                Some(before) if before.style != param.style => {
                    self.judged(Breaks::CALLS, &param.name, "parameter's list style changed")
                }
                _ => {}
            }
        }
        for status in &new.statuses {
            if !old.statuses.iter().any(|s| s.code == status.code) {
                let place = format!("HTTP {}", status.code);
                self.judged(Breaks::NOBODY, &place, "error status documented");
            }
        }
        for status in &old.statuses {
            let place = format!("HTTP {}", status.code);
            match new.statuses.iter().find(|s| s.code == status.code) {
                // No schema publishes a status's body: what changes is the typed error the
                // call answers with.
                None => self.judged(
                    Breaks::CODE | Breaks::CALLS,
                    &place,
                    "error status no longer documented: its body is no longer decoded",
                ),
                Some(after) if after.body.ty != status.body.ty => self.judged(
                    Breaks::CODE | Breaks::CALLS,
                    &place,
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
                Breaks::CODE | Breaks::CALLS,
            ),
            (
                "response",
                old.response.is_some(),
                new.response.is_some(),
                "response body",
                Breaks::CODE | Breaks::PAYLOADS,
            ),
        ];
        if old.response_media != new.response_media {
            let show = |media: &Option<String>| {
                media
                    .as_ref()
                    .map_or_else(|| "JSON or none".to_owned(), |m| format!("`{m}`"))
            };
            self.judged(
                Breaks::CODE | Breaks::CALLS,
                "response",
                format!(
                    "the answer's media type {} → {}: the call returns another kind of value, or refuses what it took",
                    show(&old.response_media),
                    show(&new.response_media)
                ),
            );
        }
        for (place, before, after, what, breaks) in presence {
            match (before, after) {
                (false, true) => self.judged(breaks, place, format!("{what} added")),
                (true, false) => self.judged(breaks, place, format!("{what} removed")),
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
                    if old.ty.kind != new.ty.kind {
                        let what =
                            format!("body type {} → {}", old.ty.describe(), new.ty.describe());
                        self.judged(Breaks::CODE | Breaks::PAYLOADS, place, what);
                    } else if old.ty.constraints != new.ty.constraints {
                        self.body_length(place, &old.ty, &new.ty);
                    }
                    if old.status != new.status {
                        self.judged(
                            Breaks::PAYLOADS,
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
                        self.documentation(place, "examples changed");
                    }
                }
                (None, Some(_)) if place == "errors" => {
                    self.judged(Breaks::NOBODY, place, "error body described")
                }
                (Some(_), None) if place == "errors" => self.judged(
                    Breaks::CODE | Breaks::PAYLOADS,
                    place,
                    "error body no longer described",
                ),
                // A request or response body that came or went is reported above.
                _ => {}
            }
        }
    }

    /// A list body's length changed (`max_items: 100` → `50`): payloads break where the new
    /// length refuses what was sent (a request) or may answer what was not expected (an answer);
    /// code breaks where the body's Rust type changes between a `Vec` and an `rt::ListOf`.
    fn body_length(&mut self, place: &str, old: &Ty, new: &Ty) {
        let length = |ty: &Ty| stated_length(ty).unwrap_or_else(|| "any number of".to_owned());
        let payloads = if place == "request" {
            tighter(old, new)
        } else {
            tighter(new, old)
        };
        let code = stated_length(old).is_some() != stated_length(new).is_some();
        let breaks =
            Breaks::payloads_if(payloads) | if code { Breaks::CODE } else { Breaks::NOBODY };
        let what = format!("length {} items → {} items", length(old), length(new));
        self.judged(breaks, place, what);
    }

    fn type_def(&mut self, old: &TypeDef, new: &TypeDef) {
        let name = &new.name;
        let sides = self.sides(old, new);
        if old.docs != new.docs {
            self.documentation(name, "description changed");
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
                        // A strict request refuses what old senders still send; in an
                        // answer, the field is no longer declared, so any value is allowed.
                        None => self.judged_on(
                            sides,
                            Breaks::CODE
                                | Breaks::payloads_if(
                                    (sides.request && !new.lenient) || sides.response,
                                ),
                            &place,
                            "field removed",
                        ),
                        Some(new_field) => self.field(&place, old_field, new_field, sides),
                    }
                }
                for new_field in new_fields {
                    if !old_fields
                        .iter()
                        .any(|f| f.wire_name == new_field.wire_name)
                    {
                        let place = format!("{name}.{}", new_field.wire_name);
                        // A strict old schema refuses answers carrying the new field.
                        let closed_answer = sides.response && !old.lenient;
                        if new_field.required {
                            self.judged_on(
                                sides,
                                Breaks::CODE | Breaks::payloads_if(sides.request || closed_answer),
                                &place,
                                "required field added: `new` takes it",
                            );
                        } else {
                            self.judged_on(
                                sides,
                                Breaks::payloads_if(closed_answer),
                                &place,
                                "optional field added",
                            );
                        }
                    }
                }
                for rule in new_rules {
                    if !old_rules.iter().any(|r| same_rule(r, rule)) {
                        self.judged_on(
                            sides,
                            Breaks::payloads_if(sides.request),
                            name,
                            "cross-field rule added",
                        );
                    }
                }
                for rule in old_rules {
                    if !new_rules.iter().any(|r| same_rule(r, rule)) {
                        self.judged_on(
                            sides,
                            Breaks::payloads_if(sides.response),
                            name,
                            "cross-field rule removed",
                        );
                    }
                }
            }
            (TypeKind::Enum { values: old_values }, TypeKind::Enum { values: new_values }) => {
                for value in old_values {
                    let place = format!("{name}.{}", value.value);
                    match new_values.iter().find(|v| v.value == value.value) {
                        None => self.judged_on(
                            sides,
                            Breaks::CODE | Breaks::payloads_if(sides.request),
                            &place,
                            "enum value removed: its Rust variant goes away",
                        ),
                        Some(new_value) if new_value.docs != value.docs => {
                            self.documentation(&place, "description changed")
                        }
                        Some(_) => {}
                    }
                }
                for value in new_values {
                    if !old_values.iter().any(|v| v.value == value.value) {
                        let place = format!("{name}.{}", value.value);
                        self.judged_on(sides, Breaks::NOBODY, &place, "enum value added");
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
                    self.judged_on(
                        sides,
                        Breaks::CODE | Breaks::payloads_if(sides.request),
                        name,
                        "an alternative removed",
                    );
                } else if before != after {
                    self.judged_on(
                        sides,
                        Breaks::payloads_if(sides.response),
                        name,
                        "an alternative added",
                    );
                }
            }
            _ => self.judged_on(
                sides,
                Breaks::CODE | Breaks::PAYLOADS,
                name,
                "kind changed (object, enum or one-of)",
            ),
        }
    }

    fn field(&mut self, place: &str, old: &Field, new: &Field, sides: Sides) {
        if let Some((before, after)) = self.renamed(&old.ty, &new.ty) {
            // The same shape under a new name: payloads fit as before; code names the type.
            let what = format!("type renamed {before} → {after}, its shape unchanged");
            self.judged_on(sides, Breaks::CODE, place, what);
        } else if old.ty.describe() != new.ty.describe() {
            let what = format!("type {} → {}", old.ty.describe(), new.ty.describe());
            self.judged_on(sides, Breaks::CODE | Breaks::PAYLOADS, place, what);
        } else if old.ty != new.ty {
            let breaks = Breaks::payloads_if(
                (sides.request && tighter(&old.ty, &new.ty))
                    || (sides.response && tighter(&new.ty, &old.ty)),
            );
            self.judged_on(sides, breaks, place, "constraints changed");
        }
        match (old.required, new.required) {
            (false, true) => self.judged_on(
                sides,
                Breaks::CODE | Breaks::payloads_if(sides.request),
                place,
                "optional → required",
            ),
            (true, false) => self.judged_on(
                sides,
                Breaks::CODE | Breaks::payloads_if(sides.response),
                place,
                "required → optional: the Rust field becomes an `Option`",
            ),
            _ => {}
        }
        if old.nullable != new.nullable {
            let (what, payloads) = if new.nullable {
                ("now nullable", sides.response)
            } else {
                ("no longer nullable", sides.request)
            };
            self.judged_on(
                sides,
                Breaks::CODE | Breaks::payloads_if(payloads),
                place,
                format!("{what}: the Rust field's type changes"),
            );
        }
        if old.rust_name != new.rust_name {
            self.judged_on(sides, Breaks::CODE, place, "Rust name changed");
        }
        if old.docs != new.docs
            || old.doc_type != new.doc_type
            || old.from_example != new.from_example
        {
            self.documentation(place, "description, doc type word or origin changed");
        }
    }
}

impl Changes<'_> {
    /// The names, when `old` and `new` name two types of the same shape (same fields, values
    /// or alternatives) with the same constraints: a rename, not a change of what is sent.
    fn renamed<'t>(&self, old: &'t Ty, new: &'t Ty) -> Option<(&'t str, &'t str)> {
        let (
            TyKind::Named {
                name: before,
                data: None,
            },
            TyKind::Named {
                name: after,
                data: None,
            },
        ) = (&old.kind, &new.kind)
        else {
            return None;
        };
        let (a, b) = (self.old.type_def(before)?, self.new.type_def(after)?);
        let same = before != after
            && old.constraints == new.constraints
            && match (&a.kind, &b.kind) {
                (TypeKind::Enum { values: x }, TypeKind::Enum { values: y }) => {
                    x.iter().map(|v| &v.value).eq(y.iter().map(|v| &v.value))
                }
                (TypeKind::OneOf { variants: x }, TypeKind::OneOf { variants: y }) => x
                    .iter()
                    .map(|v| v.ty.describe())
                    .eq(y.iter().map(|v| v.ty.describe())),
                (TypeKind::Object { fields: x, .. }, TypeKind::Object { fields: y, .. }) => {
                    x.len() == y.len()
                        && x.iter().zip(y).all(|(f, g)| {
                            f.wire_name == g.wire_name
                                && f.required == g.required
                                && f.nullable == g.nullable
                                && f.ty == g.ty
                        })
                }
                _ => false,
            };
        same.then_some((before.as_str(), after.as_str()))
    }
}

/// A list's length as the docs print it (`1 to 100`), where its spec bounds it.
fn stated_length(ty: &Ty) -> Option<String> {
    codegen_core::constraint::items_range(&ty.constraints)
}

/// Whether `new`'s constraints may refuse a value `old`'s accepted (anything but a removal or
/// a plain widening counts).
fn tighter(old: &Ty, new: &Ty) -> bool {
    let (o, n) = (&old.constraints, &new.constraints);
    let pattern = n.pattern.is_some() && n.pattern != o.pattern;
    let nested = old.kind != new.kind;
    Bound::ALL
        .into_iter()
        .any(|bound| bound.refuses_more(bound.value(o), bound.value(n)))
        || pattern
        || nested
}

fn same_rule(a: &Rule, b: &Rule) -> bool {
    let Rule::AnyOfRequired { fields: a, .. } = a;
    let Rule::AnyOfRequired { fields: b, .. } = b;
    a == b
}
