//! Checks a parsed spec and resolves it into the IR, collecting every problem it finds.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use codegen_runtime::{DigestEncoding, Mac, Method, PayloadEncoding, PayloadPart, TimestampUnit};

use crate::diagnostic::{Diagnostic, Location};
use crate::ir::{
    Auth, Body, Constraints, Endpoint, EnumValue, Example, Field, Header, Hmac, Pattern, Remark,
    Rule, Server, Status, StringFormat, Text, Ty, TyKind, TypeDef, TypeKind, Variant,
};
use crate::spec::{
    AuthDef, DigestDef, EncodingDef, FieldDef, MacDef, MethodDef, OriginDef, PayloadPartDef,
    SpecFile, TimestampDef,
};
use crate::yaml::{Spanned, location};
use crate::{json_validator, names};

/// Type names that generated modules define themselves.
const RESERVED_TYPE_NAMES: [&str; 3] = ["Request", "Response", "ErrorResponse"];
/// The field that keeps unknown fields of lenient types.
pub const UNKNOWN_FIELDS: &str = "unknown_fields";
const BUILT_IN_TYPES: &str = "string, integer, number, boolean, date, date-time, any, list, \
                              json_string";

/// Resolves `spec` (read from the file `file`, whose examples live in `dir`).
pub fn resolve(spec: SpecFile, file: &str, dir: &Path) -> Result<Endpoint, Vec<Diagnostic>> {
    let mut resolver = Resolver {
        file,
        dir,
        display_dir: Path::new(file).parent().unwrap_or(Path::new("")),
        diagnostics: Vec::new(),
        declared: spec
            .types
            .iter()
            .map(|(name, def)| {
                (
                    name.clone(),
                    def.value.fields.as_ref().is_some_and(has_data_field),
                )
            })
            .collect(),
    };
    let endpoint = resolver.endpoint(spec);
    let mut diagnostics = resolver.diagnostics;
    match endpoint {
        Some(endpoint) if diagnostics.is_empty() => Ok(endpoint),
        _ => {
            diagnostics.sort_by(|a, b| (&a.file, a.at).cmp(&(&b.file, b.at)));
            diagnostics.dedup();
            Err(diagnostics)
        }
    }
}

fn has_data_field(fields: &indexmap::IndexMap<String, Spanned<FieldDef>>) -> bool {
    fields.values().any(|field| field.value.ty.value == "$data")
}

struct Resolver<'a> {
    file: &'a str,
    dir: &'a Path,
    display_dir: &'a Path,
    diagnostics: Vec<Diagnostic>,
    /// Declared type names, each with whether it is a generic envelope.
    declared: HashMap<String, bool>,
}

impl Resolver<'_> {
    fn error(&mut self, at: Location, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.file, at, message));
    }

    fn endpoint(&mut self, spec: SpecFile) -> Option<Endpoint> {
        for name in [&spec.service, &spec.endpoint] {
            if !names::is_module_name(&name.value) {
                self.error(
                    location(name),
                    format!(
                        "`{}` is not a snake_case name; expected something like `customer_create`",
                        name.value
                    ),
                );
            }
        }
        let servers = self.servers(&spec);
        if !spec.path.value.starts_with('/') {
            self.error(
                location(&spec.path),
                format!("path `{}` must start with `/`", spec.path.value),
            );
        }
        let headers: Vec<Header> = spec
            .headers
            .iter()
            .map(|(name, def)| Header {
                name: name.clone(),
                required: def.value.required,
                docs: Text {
                    vi: def.value.vi.clone(),
                    en: def.value.en.clone(),
                },
            })
            .collect();
        let auth = self.auth(&spec.auth, &headers);

        let mut types = Vec::new();
        for (name, def) in &spec.types {
            if let Some(def) = self.type_def(name, def) {
                types.push(def);
            }
        }

        let request = self.named(&spec.request.body, false);
        if let Some(status) = &spec.request.status {
            self.error(
                location(status),
                "a request has no `status`; it belongs on `response` and `errors`",
            );
        }
        let response = self.response_type(&spec);
        let errors = spec
            .errors
            .as_ref()
            .and_then(|errors| self.named(&errors.body, false));

        let mut remarks = Vec::new();
        for conflict in &spec.conflicts {
            let def = &conflict.value;
            if def.sides.len() < 2 {
                self.error(
                    location(conflict),
                    "a conflict names two or more `sides`: what each part of the doc says",
                );
            }
            let remark = |field| Remark::Conflict {
                field,
                sides: def
                    .sides
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                resolution: def.resolution.clone(),
            };
            self.attach(&def.about, remark, &mut types, &mut remarks);
        }
        for note in &spec.notes {
            let def = &note.value;
            let remark = |field| Remark::Note {
                field,
                text: Text {
                    vi: def.vi.clone(),
                    en: Some(def.en.clone()),
                },
            };
            self.attach(&def.about, remark, &mut types, &mut remarks);
        }

        self.mark_lenient_and_unused(
            &spec,
            &mut types,
            request.as_ref(),
            response.as_ref(),
            errors.as_ref(),
        );

        // Examples are read even when types failed, so that every unreadable file is reported;
        // they are checked against the types only when those resolved.
        let types_ok = self.diagnostics.is_empty();
        let mut endpoint = Endpoint {
            spec: self.file.to_owned(),
            service: spec.service.value.clone(),
            name: spec.endpoint.value.clone(),
            title: Text {
                vi: spec.title.vi.clone(),
                en: spec.title.en.clone(),
            },
            doc: spec.doc.clone(),
            method: method(spec.method.value),
            servers,
            path: spec.path.value.clone(),
            content_type: spec.content_type.clone(),
            auth,
            headers,
            request: Body {
                ty: request?,
                status: None,
                examples: Vec::new(),
            },
            response: Body {
                ty: response?,
                status: self.status(spec.response.status.as_ref(), true),
                examples: Vec::new(),
            },
            errors: None,
            types,
            remarks,
        };
        endpoint.request.examples = self.examples(&spec.request.examples);
        endpoint.response.examples = self.examples(&spec.response.examples);
        if let (Some(def), Some(ty)) = (&spec.errors, errors) {
            let status = self.status(def.status.as_ref(), false);
            endpoint.errors = Some(Body {
                ty,
                status,
                examples: self.examples(&def.examples),
            });
        }
        if types_ok {
            self.check_examples(&endpoint, &spec);
        }
        Some(endpoint)
    }

    /// A body's status pointers; `success` ranges belong to responses, not error bodies.
    fn status(
        &mut self,
        def: Option<&Spanned<crate::spec::StatusDef>>,
        response: bool,
    ) -> Option<Status> {
        let def = def?;
        let d = &def.value;
        let pointers = [Some(&d.code), d.message.as_ref(), d.reason.as_ref()];
        for pointer in pointers.into_iter().flatten() {
            if !pointer.value.starts_with('/') {
                self.error(
                    location(pointer),
                    format!(
                        "`{}` is not a JSON Pointer; expected something like `/code`",
                        pointer.value
                    ),
                );
            }
        }
        let success = match (&d.success, response) {
            (Some(range), true) => match range.value.as_slice() {
                [start, end] if start < end => Some((*start, *end)),
                _ => {
                    self.error(
                        location(range),
                        "`success` is a half-open range of codes, like `[200, 300]`",
                    );
                    None
                }
            },
            (Some(range), false) => {
                self.error(
                    location(range),
                    "an error body has no `success` range: any code in it means failure",
                );
                None
            }
            (None, true) => {
                self.error(location(def), "a response `status` needs `success: [start, end]`, the codes that mean success");
                None
            }
            (None, false) => None,
        };
        Some(Status {
            code: d.code.value.clone(),
            success,
            message: d.message.as_ref().map(|m| m.value.clone()),
            reason: d.reason.as_ref().map(|r| r.value.clone()),
        })
    }

    fn servers(&mut self, spec: &SpecFile) -> Vec<Server> {
        if spec.servers.is_empty() {
            self.error(
                location(&spec.path),
                "`servers` names no base URL; expected at least `production: https://…`",
            );
        }
        spec.servers
            .iter()
            .map(|(name, url)| {
                if !(url.value.starts_with("https://") || url.value.starts_with("http://")) {
                    self.error(
                        location(url),
                        format!(
                            "server `{name}` is `{}`; expected an http(s) URL",
                            url.value
                        ),
                    );
                } else if url.value.ends_with('/') {
                    self.error(
                        location(url),
                        format!("server `{name}` ends with `/`; the path adds it"),
                    );
                }
                Server {
                    name: name.clone(),
                    url: url.value.clone(),
                }
            })
            .collect()
    }

    fn auth(&mut self, def: &Spanned<AuthDef>, headers: &[Header]) -> Auth {
        match &def.value {
            AuthDef::None => Auth::None,
            AuthDef::ApiKey { header } => {
                if !headers.iter().any(|h| h.name == header.value) {
                    self.error(
                        location(header),
                        format!("auth header `{}` is not in `headers`; list it there as the doc's header table does", header.value),
                    );
                }
                Auth::ApiKey {
                    header: header.value.clone(),
                }
            }
            AuthDef::HmacSignature(hmac) => {
                if hmac.payload.is_empty() {
                    self.error(
                        location(def),
                        "a signature's `payload` names at least one part",
                    );
                }
                Auth::Hmac(Hmac {
                    doc: hmac.doc.clone(),
                    client_id_header: hmac.client_id_header.value.clone(),
                    timestamp_header: hmac.timestamp_header.value.clone(),
                    signature_header: hmac.signature_header.value.clone(),
                    timestamp: match hmac.timestamp {
                        TimestampDef::UnixMillis => TimestampUnit::UnixMillis,
                        TimestampDef::UnixSeconds => TimestampUnit::UnixSeconds,
                    },
                    payload: hmac
                        .payload
                        .iter()
                        .map(|part| match part {
                            PayloadPartDef::Timestamp => PayloadPart::Timestamp,
                            PayloadPartDef::ClientId => PayloadPart::ClientId,
                            PayloadPartDef::Body => PayloadPart::Body,
                        })
                        .collect(),
                    separator: hmac.separator.clone(),
                    encoding: match hmac.encoding {
                        EncodingDef::Raw => PayloadEncoding::Raw,
                        EncodingDef::Base64urlNopad => PayloadEncoding::Base64UrlNoPad,
                    },
                    mac: match hmac.mac {
                        MacDef::HmacSha256 => Mac::HmacSha256,
                    },
                    digest: match hmac.digest {
                        DigestDef::HexLower => DigestEncoding::HexLower,
                    },
                })
            }
        }
    }

    fn type_def(&mut self, name: &str, def: &Spanned<crate::spec::TypeDef>) -> Option<TypeDef> {
        let at = location(def);
        if !names::is_type_name(name) {
            self.error(at, format!("type name `{name}` is not UpperCamelCase; expected something like `CustomerCreateRequest`"));
        }
        if RESERVED_TYPE_NAMES.contains(&name) {
            self.error(
                at,
                format!(
                    "type name `{name}` is taken by the generated module's aliases; choose another"
                ),
            );
        }
        let def_value = &def.value;
        let shapes = [
            def_value.fields.is_some(),
            def_value.values.is_some(),
            def_value.one_of.is_some(),
        ];
        if shapes.iter().filter(|s| **s).count() != 1 {
            self.error(
                at,
                format!("type `{name}` must have exactly one of `fields`, `enum` or `one_of`"),
            );
            return None;
        }
        if !def_value.rules.is_empty() && def_value.fields.is_none() {
            self.error(
                at,
                format!(
                    "type `{name}` has `rules` but no `fields`; rules constrain an object's fields"
                ),
            );
        }
        let kind = if let Some(fields) = &def_value.fields {
            self.object(name, fields, &def_value.rules)?
        } else if let Some(values) = &def_value.values {
            self.enumeration(name, at, values)?
        } else {
            self.one_of(name, at, def_value.one_of.as_deref().unwrap_or_default())?
        };
        Some(TypeDef {
            name: name.to_owned(),
            docs: Text {
                vi: def_value.vi.clone(),
                en: def_value.en.clone(),
            },
            kind,
            lenient: false,
            generic: self.declared.get(name).copied().unwrap_or(false),
            remarks: Vec::new(),
            at,
        })
    }

    fn object(
        &mut self,
        type_name: &str,
        fields: &indexmap::IndexMap<String, Spanned<FieldDef>>,
        rules: &[Spanned<crate::spec::RuleDef>],
    ) -> Option<TypeKind> {
        let mut resolved = Vec::new();
        let mut rust_names: HashMap<String, String> = HashMap::new();
        let mut ok = true;
        for (wire_name, def) in fields {
            let Some(field) = self.field(type_name, wire_name, def) else {
                ok = false;
                continue;
            };
            if let Some(other) = rust_names.insert(field.rust_name.clone(), wire_name.clone()) {
                self.error(
                    field.at,
                    format!("fields `{other}` and `{wire_name}` of `{type_name}` both become `{}` in Rust; give one a `rust_name`", field.rust_name),
                );
                ok = false;
            }
            if field.rust_name == UNKNOWN_FIELDS {
                self.error(field.at, format!("`{UNKNOWN_FIELDS}` is the generated field that keeps unknown fields; give `{wire_name}` a `rust_name`"));
                ok = false;
            }
            resolved.push(field);
        }
        let mut resolved_rules = Vec::new();
        for rule in rules {
            let def = &rule.value;
            if def.any_of_required.len() < 2 {
                self.error(location(rule), "`any_of_required` names two or more fields");
            }
            for name in &def.any_of_required {
                if !fields.contains_key(&name.value) {
                    self.error(
                        location(name),
                        format!("rule names field `{}`, which `{type_name}` does not have; expected one of: {}", name.value, list(fields.keys())),
                    );
                    ok = false;
                }
            }
            resolved_rules.push(Rule::AnyOfRequired {
                fields: def
                    .any_of_required
                    .iter()
                    .map(|n| n.value.clone())
                    .collect(),
                docs: Text {
                    vi: def.vi.clone(),
                    en: def.en.clone(),
                },
            });
        }
        ok.then_some(TypeKind::Object {
            fields: resolved,
            rules: resolved_rules,
        })
    }

    fn field(
        &mut self,
        type_name: &str,
        wire_name: &str,
        def: &Spanned<FieldDef>,
    ) -> Option<Field> {
        let at = location(def);
        let rust_name = match &def.value.rust_name {
            Some(name) => match names::identifier(&name.value) {
                Some(ident) => ident,
                None => {
                    self.error(
                        location(name),
                        format!("`rust_name: {}` is not a Rust identifier", name.value),
                    );
                    return None;
                }
            },
            None => match names::field_name(wire_name) {
                Some(ident) => ident,
                None => {
                    self.error(at, format!("field `{wire_name}` of `{type_name}` has no usable Rust name; give it a `rust_name`"));
                    return None;
                }
            },
        };
        let ty = self.ty(def, Position::Field)?;
        Some(Field {
            wire_name: wire_name.to_owned(),
            rust_name,
            ty,
            required: def.value.required.as_ref().is_some_and(|r| r.value),
            nullable: def.value.nullable.as_ref().is_some_and(|n| n.value),
            docs: Text {
                vi: def.value.vi.as_ref().map(|t| t.value.clone()),
                en: def.value.en.as_ref().map(|t| t.value.clone()),
            },
            doc_type: def.value.doc_type.as_ref().map(|t| t.value.clone()),
            from_example: def
                .value
                .origin
                .as_ref()
                .is_some_and(|o| o.value == OriginDef::Example),
            at,
        })
    }

    fn enumeration(
        &mut self,
        name: &str,
        at: Location,
        values: &[Spanned<crate::spec::EnumValueDef>],
    ) -> Option<TypeKind> {
        if values.is_empty() {
            self.error(at, format!("enum `{name}` lists no values"));
            return None;
        }
        let mut seen = BTreeSet::new();
        let mut variants = BTreeSet::new();
        let mut resolved = Vec::new();
        for value in values {
            let text = &value.value.value;
            if !seen.insert(text.clone()) {
                self.error(
                    location(value),
                    format!("enum `{name}` lists `{text}` twice"),
                );
                continue;
            }
            let Some(variant) = names::variant_name(text) else {
                self.error(
                    location(value),
                    format!("enum value `{text}` gives no Rust variant name"),
                );
                continue;
            };
            if !variants.insert(variant.clone()) {
                self.error(
                    location(value),
                    format!("enum values of `{name}` collide as the Rust variant `{variant}`"),
                );
                continue;
            }
            resolved.push(EnumValue {
                value: text.clone(),
                variant,
                docs: Text {
                    vi: value.value.vi.clone(),
                    en: value.value.en.clone(),
                },
            });
        }
        (resolved.len() == values.len()).then_some(TypeKind::Enum { values: resolved })
    }

    fn one_of(
        &mut self,
        name: &str,
        at: Location,
        alternatives: &[Spanned<FieldDef>],
    ) -> Option<TypeKind> {
        if alternatives.len() < 2 {
            self.error(
                at,
                format!("one_of `{name}` lists fewer than two alternatives"),
            );
            return None;
        }
        let mut variants: Vec<Variant> = Vec::new();
        for alternative in alternatives {
            let ty = self.ty(alternative, Position::Alternative)?;
            let variant = match &ty.kind {
                TyKind::String { .. } => "String".to_owned(),
                TyKind::Integer => "Integer".to_owned(),
                TyKind::Number => "Number".to_owned(),
                TyKind::Boolean => "Boolean".to_owned(),
                TyKind::Date => "Date".to_owned(),
                TyKind::DateTime => "DateTime".to_owned(),
                TyKind::Any => "Any".to_owned(),
                TyKind::List { .. } => "List".to_owned(),
                TyKind::JsonString(_) => "JsonString".to_owned(),
                TyKind::Named { name, .. } => name.clone(),
                // `ty` refuses `$data` anywhere but on a field.
                TyKind::Data => "Data".to_owned(),
            };
            if variants.iter().any(|v| v.name == variant) {
                self.error(location(alternative), format!("one_of `{name}` has two `{variant}` alternatives; they cannot be told apart"));
                return None;
            }
            variants.push(Variant { name: variant, ty });
        }
        Some(TypeKind::OneOf { variants })
    }

    /// Resolves a type expression; `position` says which keys besides the type's own are allowed.
    fn ty(&mut self, def: &Spanned<FieldDef>, position: Position) -> Option<Ty> {
        let d = &def.value;
        let type_at = location(&d.ty);
        if position != Position::Field {
            let field_only = [
                ("required", d.required.as_ref().map(location)),
                ("vi", d.vi.as_ref().map(location)),
                ("en", d.en.as_ref().map(location)),
                ("doc_type", d.doc_type.as_ref().map(location)),
                ("origin", d.origin.as_ref().map(location)),
                ("rust_name", d.rust_name.as_ref().map(location)),
            ];
            for (key, at) in field_only {
                if let Some(at) = at {
                    self.error(
                        at,
                        format!("`{key}` belongs on a field, not on {}", position.describe()),
                    );
                }
            }
            if position == Position::Alternative
                && let Some(nullable) = &d.nullable
            {
                self.error(
                    location(nullable),
                    "`nullable` belongs on the field that holds the one_of, not on an alternative",
                );
            }
        }
        let name = d.ty.value.as_str();
        let kind = match name {
            "string" => TyKind::String {
                format: self.format(d),
            },
            "integer" => TyKind::Integer,
            "number" => TyKind::Number,
            "boolean" => TyKind::Boolean,
            "date" => TyKind::Date,
            "date-time" => TyKind::DateTime,
            "any" => TyKind::Any,
            "list" => {
                let Some(items) = &d.items else {
                    self.error(type_at, "a `list` needs `items: { type: … }`");
                    return None;
                };
                let nullable_items = items.value.nullable.as_ref().is_some_and(|n| n.value);
                TyKind::List {
                    items: Box::new(self.ty(items, Position::Items)?),
                    nullable_items,
                }
            }
            "json_string" => {
                let Some(of) = &d.of else {
                    self.error(type_at, "a `json_string` needs `of: <declared type>`, the type of the document inside the string");
                    return None;
                };
                TyKind::JsonString(Box::new(self.named(of, false)?))
            }
            "$data" if position == Position::Field => TyKind::Data,
            "$data" => {
                self.error(type_at, "`$data` is the type of an envelope's data field; it can only be a field's type");
                return None;
            }
            _ if name.starts_with(|c: char| c.is_ascii_uppercase()) => {
                self.named(&d.ty, false)?.kind
            }
            _ => {
                self.error(type_at, format!("unknown type `{name}`; expected one of {BUILT_IN_TYPES}, or a type declared under `types`"));
                return None;
            }
        };
        self.reject_misplaced_keys(d, &kind);
        Some(Ty {
            constraints: self.constraints(d),
            kind,
        })
    }

    fn format(&mut self, d: &FieldDef) -> Option<StringFormat> {
        let format = d.format.as_ref()?;
        match format.value.as_str() {
            "email" => Some(StringFormat::Email),
            "uri" => Some(StringFormat::Uri),
            other => {
                self.error(location(format), format!("unknown string format `{other}`; expected `email` or `uri` (dates are `type: date` and `type: date-time`)"));
                None
            }
        }
    }

    fn reject_misplaced_keys(&mut self, d: &FieldDef, kind: &TyKind) {
        let is_string = matches!(kind, TyKind::String { .. });
        let is_number = matches!(kind, TyKind::Integer | TyKind::Number);
        let is_list = matches!(kind, TyKind::List { .. });
        let checks = [
            (
                "items",
                d.items.as_ref().map(|s| location(s)),
                is_list,
                "a `list`",
            ),
            (
                "of",
                d.of.as_ref().map(location),
                matches!(kind, TyKind::JsonString(_)),
                "a `json_string`",
            ),
            (
                "format",
                d.format.as_ref().map(location),
                is_string,
                "a `string`",
            ),
            (
                "pattern",
                d.pattern.as_ref().map(location),
                is_string,
                "a `string`",
            ),
            (
                "min_length",
                d.min_length.as_ref().map(location),
                is_string,
                "a `string`",
            ),
            (
                "max_length",
                d.max_length.as_ref().map(location),
                is_string,
                "a `string`",
            ),
            (
                "minimum",
                d.minimum.as_ref().map(location),
                is_number,
                "an `integer` or `number`",
            ),
            (
                "maximum",
                d.maximum.as_ref().map(location),
                is_number,
                "an `integer` or `number`",
            ),
            (
                "min_items",
                d.min_items.as_ref().map(location),
                is_list,
                "a `list`",
            ),
            (
                "max_items",
                d.max_items.as_ref().map(location),
                is_list,
                "a `list`",
            ),
        ];
        for (key, at, allowed, owner) in checks {
            if let (Some(at), false) = (at, allowed) {
                self.error(
                    at,
                    format!("`{key}` applies to {owner}, not to `type: {}`", d.ty.value),
                );
            }
        }
    }

    fn constraints(&mut self, d: &FieldDef) -> Constraints {
        let pattern = d
            .pattern
            .as_ref()
            .and_then(|pattern| match Pattern::new(&pattern.value) {
                Ok(compiled) => Some(compiled),
                Err(error) => {
                    self.error(
                        location(pattern),
                        format!("`pattern` is not a regular expression: {error}"),
                    );
                    None
                }
            });
        let constraints = Constraints {
            pattern,
            min_length: d.min_length.as_ref().map(|v| v.value),
            max_length: d.max_length.as_ref().map(|v| v.value),
            minimum: d.minimum.as_ref().map(|v| v.value),
            maximum: d.maximum.as_ref().map(|v| v.value),
            min_items: d.min_items.as_ref().map(|v| v.value),
            max_items: d.max_items.as_ref().map(|v| v.value),
        };
        let ranges = [
            (
                constraints.min_length.map(|v| v as f64),
                constraints.max_length.map(|v| v as f64),
                "min_length",
                "max_length",
            ),
            (
                constraints.minimum,
                constraints.maximum,
                "minimum",
                "maximum",
            ),
            (
                constraints.min_items.map(|v| v as f64),
                constraints.max_items.map(|v| v as f64),
                "min_items",
                "max_items",
            ),
        ];
        for (low, high, low_key, high_key) in ranges {
            if let (Some(low), Some(high)) = (low, high)
                && low > high
            {
                self.error(
                    location(&d.ty),
                    format!("`{low_key}` is larger than `{high_key}`; no value could fit"),
                );
            }
        }
        constraints
    }

    /// A reference to a declared type; a generic envelope only where `envelope` says so.
    fn named(&mut self, name: &Spanned<String>, envelope: bool) -> Option<Ty> {
        let at = location(name);
        match self.declared.get(&name.value).copied() {
            None => {
                let mut known: Vec<&String> = self.declared.keys().collect();
                known.sort();
                self.error(
                    at,
                    format!(
                        "type `{}` is not declared under `types`; declared: {}",
                        name.value,
                        list(known)
                    ),
                );
                None
            }
            Some(true) if !envelope => {
                self.error(
                    at,
                    format!(
                        "`{}` has a `$data` field, so it can only be used as `response.envelope`",
                        name.value
                    ),
                );
                None
            }
            Some(false) if envelope => {
                self.error(
                    at,
                    format!(
                        "envelope `{}` has no field of type `$data` for the response data to fill",
                        name.value
                    ),
                );
                None
            }
            Some(_) => Some(Ty {
                kind: TyKind::Named {
                    name: name.value.clone(),
                    data: None,
                },
                constraints: Constraints::default(),
            }),
        }
    }

    fn response_type(&mut self, spec: &SpecFile) -> Option<Ty> {
        let response = &spec.response;
        match (&response.body, &response.envelope, &response.data) {
            (Some(body), None, None) => self.named(body, false),
            (None, Some(envelope), Some(data)) => {
                let data = self.named(data, false);
                let mut envelope = self.named(envelope, true)?;
                if let TyKind::Named { data: slot, .. } = &mut envelope.kind {
                    *slot = Some(Box::new(data?));
                }
                Some(envelope)
            }
            _ => {
                self.error(
                    location(&spec.path),
                    "`response` has either `body`, or both `envelope` and `data`",
                );
                None
            }
        }
    }

    /// Attaches a conflict or note to the type, field or spec part that `about` names.
    fn attach(
        &mut self,
        about: &Spanned<String>,
        remark: impl FnOnce(Option<String>) -> Remark,
        types: &mut [TypeDef],
        endpoint: &mut Vec<Remark>,
    ) {
        const PARTS: [&str; 5] = ["endpoint", "auth", "request", "response", "errors"];
        let text = about.value.as_str();
        if PARTS.contains(&text) {
            endpoint.push(remark(None));
            return;
        }
        let (type_name, field) = match text.split_once('.') {
            Some((type_name, field)) => (type_name, Some(field)),
            None => (text, None),
        };
        let Some(def) = types.iter_mut().find(|def| def.name == type_name) else {
            if self.declared.contains_key(type_name) {
                // Declared, but it did not resolve: that problem is reported already.
                return;
            }
            self.error(location(about), format!("`about: {text}` names no declared type; expected `Type`, `Type.field` or one of {}", PARTS.join(", ")));
            return;
        };
        if let Some(field) = field {
            let known = match &def.kind {
                TypeKind::Object { fields, .. } => fields.iter().any(|f| f.wire_name == field),
                TypeKind::Enum { .. } | TypeKind::OneOf { .. } => false,
            };
            if !known {
                self.error(
                    location(about),
                    format!("`about: {text}`: `{type_name}` has no field `{field}`"),
                );
                return;
            }
        }
        def.remarks.push(remark(field.map(str::to_owned)));
    }

    /// Marks types reachable from a response or error body lenient, and reports types that
    /// nothing uses.
    fn mark_lenient_and_unused(
        &mut self,
        spec: &SpecFile,
        types: &mut [TypeDef],
        request: Option<&Ty>,
        response: Option<&Ty>,
        errors: Option<&Ty>,
    ) {
        let strict = reachable(types, request.into_iter());
        let lenient = reachable(types, response.into_iter().chain(errors));
        for def in types.iter_mut() {
            def.lenient = lenient.contains(&def.name);
            if !def.lenient && !strict.contains(&def.name) {
                let at = spec.types.get(&def.name).map(location).unwrap_or_default();
                self.error(
                    at,
                    format!(
                        "type `{}` is declared but neither the request nor a response uses it",
                        def.name
                    ),
                );
            }
        }
    }

    fn examples(&mut self, files: &[Spanned<String>]) -> Vec<Example> {
        let mut examples = Vec::new();
        for file in files {
            let display = self.display_dir.join(&file.value).display().to_string();
            let text = match std::fs::read_to_string(self.dir.join(&file.value)) {
                Ok(text) => text,
                Err(error) => {
                    self.error(
                        location(file),
                        format!("cannot read example `{display}`: {error}"),
                    );
                    continue;
                }
            };
            match serde_json::from_str(&text) {
                Ok(value) => examples.push(Example {
                    file: file.value.clone(),
                    value,
                }),
                Err(error) => {
                    // serde_json counts a position before a line's first character as column 0.
                    let at = Location::new(error.line() as u64, error.column().max(1) as u64);
                    let message = error.to_string();
                    let message = message.split(" at line ").next().unwrap_or_default();
                    self.diagnostics.push(Diagnostic::error(
                        display,
                        at,
                        format!(
                            "example is not JSON: {message} (referenced from {}:{})",
                            self.file,
                            location(file).line
                        ),
                    ));
                }
            }
        }
        examples
    }

    fn check_examples(&mut self, endpoint: &Endpoint, spec: &SpecFile) {
        let error_files = spec
            .errors
            .as_ref()
            .map_or(&[][..], |e| e.examples.as_slice());
        let bodies = [
            (Some(&endpoint.request), spec.request.examples.as_slice()),
            (Some(&endpoint.response), spec.response.examples.as_slice()),
            (endpoint.errors.as_ref(), error_files),
        ];
        for (body, files) in bodies {
            let Some(body) = body else { continue };
            for example in &body.examples {
                let at = files
                    .iter()
                    .find(|f| f.value == example.file)
                    .map(location)
                    .unwrap_or_default();
                let report = json_validator::validate(endpoint, &body.ty, &example.value);
                for violation in report.violations().iter().take(10) {
                    let hint = if violation.kind == codegen_runtime::Kind::UnknownField {
                        "; add it to the spec (with `origin: example` if the doc's table lacks it)"
                    } else {
                        ""
                    };
                    self.error(
                        at,
                        format!(
                            "example `{}` does not fit `{}` at `{}`: {} [{}]{hint}",
                            example.file,
                            describe(&body.ty),
                            violation.pointer,
                            violation.en,
                            violation.kind
                        ),
                    );
                }
            }
        }
    }
}

/// Where a type expression stands, which decides the keys it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Field,
    Items,
    Alternative,
}

impl Position {
    fn describe(self) -> &'static str {
        match self {
            Self::Field => "a field",
            Self::Items => "list `items`",
            Self::Alternative => "a one_of alternative",
        }
    }
}

fn method(def: MethodDef) -> Method {
    match def {
        MethodDef::Get => Method::Get,
        MethodDef::Post => Method::Post,
        MethodDef::Put => Method::Put,
        MethodDef::Patch => Method::Patch,
        MethodDef::Delete => Method::Delete,
    }
}

/// Names of the types reachable from `roots`.
pub fn reachable<'a>(types: &[TypeDef], roots: impl Iterator<Item = &'a Ty>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<Ty> = roots.cloned().collect();
    while let Some(ty) = stack.pop() {
        match ty.kind {
            TyKind::List { items, .. } => stack.push(*items),
            TyKind::JsonString(inner) => stack.push(*inner),
            TyKind::Named { name, data } => {
                stack.extend(data.map(|d| *d));
                if seen.insert(name.clone())
                    && let Some(def) = types.iter().find(|def| def.name == name)
                {
                    match &def.kind {
                        TypeKind::Object { fields, .. } => {
                            stack.extend(fields.iter().map(|f| f.ty.clone()))
                        }
                        TypeKind::OneOf { variants } => {
                            stack.extend(variants.iter().map(|v| v.ty.clone()))
                        }
                        TypeKind::Enum { .. } => {}
                    }
                }
            }
            _ => {}
        }
    }
    seen
}

/// A type expression as a reader of the spec would write it.
pub fn describe(ty: &Ty) -> String {
    match &ty.kind {
        TyKind::Named {
            name,
            data: Some(data),
        } => format!("{name}<{}>", describe(data)),
        TyKind::Named { name, data: None } => name.clone(),
        TyKind::List { items, .. } => format!("list of {}", describe(items)),
        TyKind::JsonString(inner) => format!("json_string of {}", describe(inner)),
        TyKind::String { .. } => "string".to_owned(),
        TyKind::Integer => "integer".to_owned(),
        TyKind::Number => "number".to_owned(),
        TyKind::Boolean => "boolean".to_owned(),
        TyKind::Date => "date".to_owned(),
        TyKind::DateTime => "date-time".to_owned(),
        TyKind::Any => "any".to_owned(),
        TyKind::Data => "$data".to_owned(),
    }
}

fn list<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| format!("`{}`", item.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}
