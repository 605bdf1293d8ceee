//! JSON Schema (draft 2020-12) emitter: one schema per body (request, response, error) with
//! every constraint the Rust validators check.
//!
//! Published schemas must compile in strict validators (ajv's strict mode refuses unknown
//! keywords and formats), so they use only standard keywords and the formats `email`, `uri`,
//! `date` and `date-time`; where a note has no standard keyword it goes in `$comment`.
//!
//! Every published body schema stands alone: the service's shared types it reaches are bundled
//! into its own `$defs` (type names are unique across a service, so they cannot clash) and
//! referred to as `#/$defs/<Type>`, the one kind of reference that every validator and code
//! generator resolves inside a lone file. The 2020-12 alternative, an embedded resource keeping
//! the types schema's `$id`, loads in validators but not in code generators that ignore `$id`
//! (datamodel-code-generator looks for a file named by the URN), so it is not used. Each
//! bundled type says in `$comment` that it is a shared one; `types.schema.json` stays
//! published with the same definitions.
//!
//! Two checks are annotations in 2020-12 and so are not asserted by default: `format`, and
//! `contentSchema` (the schema of the JSON inside Tiki's `inputs` string). A validator asserts
//! them only when told to (format assertions on; `contentSchema` applied to the decoded string).

use serde_json::{Map, Value, json};

use crate::constraint::{Bound, Target};

pub use crate::ir::Role;
use crate::ir::{Endpoint, Field, Remark, Rule, StringFormat, Text, Ty, TyKind, TypeDef, TypeKind};

/// The draft the schemas are written in.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The stable `$id` of a body's schema.
pub fn schema_id(endpoint: &Endpoint, role: Role) -> String {
    format!(
        "urn:generated-client:{}:{}:{}",
        endpoint.service,
        endpoint.name,
        role.as_str()
    )
}

/// The stable `$id` of a service's shared types schema.
pub fn shared_schema_id(service: &str) -> String {
    format!("urn:generated-client:{service}:types")
}

/// The schema of a service's shared types: one definition of each, in `$defs`.
pub fn shared_schema(shared: &crate::ir::SharedTypes) -> Value {
    let endpoint = shared.as_endpoint();
    let emitter = Emitter {
        endpoint: &endpoint,
        refs: &local_ref,
    };
    let defs: Map<String, Value> = endpoint
        .types
        .iter()
        .map(|def| {
            (
                def.name.clone(),
                Value::Object(emitter.type_schema(def, None)),
            )
        })
        .collect();
    json!({
        "$schema": DRAFT,
        "$id": shared_schema_id(&shared.service),
        "title": format!("{} — shared types", shared.service),
        "$comment": format!("Generated from {} by `cargo xtask codegen`; do not edit. Body schemas of the service refer to these definitions.", shared.spec),
        "$defs": defs,
    })
}

/// The schema of `endpoint`'s body in `role`, if it has that body.
pub fn body_schema(endpoint: &Endpoint, role: Role) -> Option<Value> {
    let body = endpoint.body(role)?;
    let emitter = Emitter {
        endpoint,
        refs: &local_ref,
    };
    let mut root = Map::new();
    root.insert("$schema".into(), json!(DRAFT));
    root.insert("$id".into(), json!(schema_id(endpoint, role)));
    let mut own = emitter.body(&body.ty);
    let mut comment = format!(
        "Generated from {} by `cargo xtask codegen`; do not edit. Vendor page: {}.",
        endpoint.spec,
        endpoint.vendor_page()
    );
    if let Some(Value::String(note)) = own.shift_remove("$comment") {
        comment = format!("{comment} | {note}");
    }
    root.insert(
        "title".into(),
        json!(format!(
            "{} — {} {}",
            endpoint.title.title(&endpoint.name),
            endpoint.name,
            role.as_str()
        )),
    );
    root.insert("$comment".into(), json!(comment));
    root.extend(own);
    if !body.examples.is_empty() {
        root.insert(
            "examples".into(),
            Value::Array(body.examples.iter().map(|e| e.value.clone()).collect()),
        );
    }
    let mut defs = Map::new();
    for name in endpoint.reachable([&body.ty]) {
        let Some(def) = endpoint.type_def(&name).filter(|def| !def.generic) else {
            continue;
        };
        let mut schema = emitter.type_schema(def, None);
        if endpoint.is_shared(&name) {
            let note = format!(
                "One of {}'s shared types, as types.schema.json defines it, bundled so that this file stands alone.",
                endpoint.service
            );
            let comment = match schema.shift_remove("$comment") {
                Some(Value::String(existing)) => format!("{note} | {existing}"),
                _ => note,
            };
            // Right after the title, where a reader looks first.
            schema.shift_insert(1, "$comment".into(), json!(comment));
        }
        defs.insert(name, Value::Object(schema));
    }
    if !defs.is_empty() {
        root.insert("$defs".into(), Value::Object(defs));
    }
    Some(Value::Object(root))
}

/// How a schema names a type: the `$ref` of a type name. The published schemas refer to their
/// own `$defs`; OpenAPI names its components.
pub type Refs<'a> = &'a (dyn Fn(&str) -> String + Sync);

/// `#/$defs/<name>`: a type of the same document.
fn local_ref(name: &str) -> String {
    format!("#/$defs/{name}")
}

/// The schema of a named type of `endpoint`, its references named by `refs` (an OpenAPI
/// component).
pub fn named_schema(endpoint: &Endpoint, def: &TypeDef, refs: Refs<'_>) -> Value {
    Value::Object(Emitter { endpoint, refs }.type_schema(def, None))
}

/// The schema of a body of `endpoint` (an envelope written out with its data), its references
/// named by `refs`.
pub fn body_expression(endpoint: &Endpoint, ty: &Ty, refs: Refs<'_>) -> Value {
    Value::Object(Emitter { endpoint, refs }.body(ty))
}

/// The schema of one type expression of `endpoint` (a parameter's, in OpenAPI), with named
/// types written out in place; those they name are named by `refs`.
pub fn expression_schema(endpoint: &Endpoint, ty: &Ty, refs: Refs<'_>) -> Value {
    let emitter = Emitter { endpoint, refs };
    let inline = |ty: &Ty| match &ty.kind {
        TyKind::Named { name, data: None } => endpoint.type_def(name).map(|def| {
            let mut schema = emitter.type_schema(def, None);
            schema.shift_remove("title");
            schema
        }),
        _ => None,
    };
    let schema = match &ty.kind {
        TyKind::List { items, .. } => inline(items).map(|items| {
            let mut list = emitter.ty(ty, None, false);
            list.insert("items".into(), Value::Object(items));
            list
        }),
        _ => inline(ty),
    };
    Value::Object(schema.unwrap_or_else(|| emitter.ty(ty, None, false)))
}

struct Emitter<'a> {
    endpoint: &'a Endpoint,
    refs: Refs<'a>,
}

impl Emitter<'_> {
    /// A body: a `$ref`, or an instantiated envelope written out in place (without a title).
    fn body(&self, ty: &Ty) -> Map<String, Value> {
        let mut own = match &ty.kind {
            TyKind::Named {
                name,
                data: Some(data),
            } => self
                .endpoint
                .type_def(name)
                .map(|def| self.type_schema(def, Some(data)))
                .unwrap_or_default(),
            _ => self.ty(ty, None, false),
        };
        own.shift_remove("title");
        own
    }

    /// The schema of a named type; `data` fills a generic envelope's `$data` field.
    fn type_schema(&self, def: &TypeDef, data: Option<&Ty>) -> Map<String, Value> {
        let mut schema = Map::new();
        schema.insert("title".into(), json!(def.name));
        if let Some(description) = description(&def.docs) {
            schema.insert("description".into(), json!(description));
        }
        // No spec line numbers: they move with every edit of the spec, and the title and
        // property names already identify the row.
        let twin = def.twin_of.as_ref().map(|of| {
            format!("The strict form of the shared type {of}, which endpoints send: unknown fields and unlisted values are refused.")
        });
        let comments: Vec<String> = twin
            .into_iter()
            .chain(
                def.remarks
                    .iter()
                    .filter(|r| r.field().is_none())
                    .map(remark_text),
            )
            .collect();
        if !comments.is_empty() {
            schema.insert("$comment".into(), json!(comments.join(" | ")));
        }
        match &def.kind {
            TypeKind::Object { fields, rules } => {
                schema.insert("type".into(), json!("object"));
                let properties: Map<String, Value> = fields
                    .iter()
                    .map(|field| (field.wire_name.clone(), self.field(def, field, data)))
                    .collect();
                schema.insert("properties".into(), Value::Object(properties));
                let required: Vec<&str> = fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| f.wire_name.as_str())
                    .collect();
                if !required.is_empty() {
                    schema.insert("required".into(), json!(required));
                }
                if !def.lenient {
                    schema.insert("additionalProperties".into(), json!(false));
                }
                let rules: Vec<Value> = rules.iter().map(|rule| rule_json(fields, rule)).collect();
                match rules.len() {
                    0 => {}
                    1 => {
                        if let Some(Value::Object(rule)) = rules.into_iter().next() {
                            schema.extend(rule);
                        }
                    }
                    _ => {
                        schema.insert("allOf".into(), Value::Array(rules));
                    }
                }
            }
            TypeKind::Enum { values } => {
                schema.insert("type".into(), json!("string"));
                schema.insert(
                    "enum".into(),
                    json!(values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>()),
                );
            }
            TypeKind::OneOf { variants } => {
                let alternatives: Vec<Value> = variants
                    .iter()
                    .map(|variant| Value::Object(self.ty(&variant.ty, data, def.lenient)))
                    .collect();
                schema.insert("anyOf".into(), Value::Array(alternatives));
            }
        }
        schema
    }

    fn field(&self, def: &TypeDef, field: &Field, data: Option<&Ty>) -> Value {
        let mut schema = self.ty(&field.ty, data, def.lenient);
        if field.nullable {
            schema = nullable(schema);
        }
        if let Some(description) = description(&field.docs) {
            schema.insert("description".into(), json!(description));
        }
        // The type's own note (a decimal step) first, then the field's.
        let mut comments: Vec<String> = match schema.shift_remove("$comment") {
            Some(Value::String(note)) => vec![note],
            _ => Vec::new(),
        };
        if let Some(doc_type) = &field.doc_type {
            comments.push(format!("doc type `{doc_type}`"));
        }
        if field.from_example {
            comments.push("not in the doc's table, only in its examples".to_owned());
        }
        comments.extend(
            def.remarks
                .iter()
                .filter(|r| r.field() == Some(&field.wire_name))
                .map(remark_text),
        );
        if !comments.is_empty() {
            schema.insert("$comment".into(), json!(comments.join(" | ")));
        }
        Value::Object(schema)
    }

    /// The schema of a type expression; `lenient` opens the enums it names.
    fn ty(&self, ty: &Ty, data: Option<&Ty>, lenient: bool) -> Map<String, Value> {
        let c = &ty.constraints;
        let mut schema = Map::new();
        let mut set = |key: &str, value: Value| {
            schema.insert(key.to_owned(), value);
        };
        match &ty.kind {
            TyKind::String { format } => {
                set("type", json!("string"));
                match format {
                    Some(StringFormat::Email) => set("format", json!("email")),
                    Some(StringFormat::Uri) => set("format", json!("uri")),
                    None => {}
                }
                if let Some(pattern) = &c.pattern {
                    set("pattern", json!(pattern.as_str()));
                }
                bounds(Target::String, c, &mut set);
            }
            TyKind::Integer | TyKind::Number => {
                set(
                    "type",
                    json!(if ty.kind == TyKind::Integer {
                        "integer"
                    } else {
                        "number"
                    }),
                );
                bounds(Target::Number, c, &mut set);
            }
            TyKind::Boolean => set("type", json!("boolean")),
            TyKind::Date => {
                set("type", json!("string"));
                set("format", json!("date"));
            }
            TyKind::DateTime => {
                set("type", json!("string"));
                set("format", json!("date-time"));
            }
            TyKind::Any => {}
            TyKind::List {
                items,
                nullable_items,
            } => {
                set("type", json!("array"));
                let item = self.ty(items, data, lenient);
                set(
                    "items",
                    Value::Object(if *nullable_items {
                        nullable(item)
                    } else {
                        item
                    }),
                );
                bounds(Target::List, c, &mut set);
            }
            TyKind::Map { values } => {
                set("type", json!("object"));
                set(
                    "additionalProperties",
                    Value::Object(self.ty(values, data, lenient)),
                );
            }
            TyKind::Object => set("type", json!("object")),
            TyKind::JsonString(inner) => {
                set("type", json!("string"));
                set("contentMediaType", json!("application/json"));
                set(
                    "contentSchema",
                    Value::Object(self.ty(inner, data, lenient)),
                );
            }
            TyKind::Data => {
                if let Some(data) = data {
                    return self.ty(data, None, lenient);
                }
            }
            TyKind::Named { name, data: arg } => {
                let reference = json!({ "$ref": (self.refs)(name) });
                let def = self.endpoint.type_def(name);
                match (def, arg) {
                    (Some(def), Some(arg)) => return self.type_schema(def, Some(arg)),
                    (Some(def), None) if lenient && matches!(def.kind, TypeKind::Enum { .. }) => {
                        // Read from a response: the listed values, or any other string.
                        set("anyOf", json!([reference, { "type": "string" }]));
                    }
                    _ => set("$ref", reference["$ref"].clone()),
                }
            }
        }
        schema
    }
}

/// The keywords of every bound `c` states on a value of `target`, in the table's order.
/// A decimal step that binary division cannot judge (`0.01`) is a `$comment` instead
/// (`constraint::binary_exact` says why).
fn bounds(target: Target, c: &crate::ir::Constraints, set: &mut impl FnMut(&str, Value)) {
    for bound in Bound::ALL.into_iter().filter(|b| b.target() == target) {
        match bound.value(c) {
            Some(value) if bound.is_stated(value) => set(bound.schema_key(), number_json(value)),
            Some(step) => set("$comment", json!(decimal_step(step))),
            None => {}
        }
    }
}

/// What a schema says of a decimal step it does not state as `multipleOf`.
fn decimal_step(step: f64) -> String {
    format!(
        "A multiple of {step}, checked by the generated client's validators; not stated as multipleOf, which validators dividing binary floating-point numbers judge wrongly for a decimal step (19.99 / 0.01 = 1998.9999999999998)."
    )
}

/// A bound as JSON: a whole number as an integer (`1`, not `1.0`), which code generators read
/// as an integer bound and every validator compares equal.
pub(crate) fn number_json(value: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every whole f64 below is exact in i64
    if value.fract() == 0.0 && value.abs() < EXACT {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// `schema` or `null`.
fn nullable(schema: Map<String, Value>) -> Map<String, Value> {
    let mut wrapped = Map::new();
    wrapped.insert(
        "anyOf".into(),
        json!([Value::Object(schema), { "type": "null" }]),
    );
    wrapped
}

/// An any-of rule: some listed field is present, not `null`, and (for strings) not `""`.
pub fn rule_json(fields: &[Field], rule: &Rule) -> Value {
    let Rule::AnyOfRequired {
        fields: names,
        docs,
    } = rule;
    let alternatives: Vec<Value> = names
        .iter()
        .map(|name| {
            let is_string = fields
                .iter()
                .find(|f| &f.wire_name == name)
                .is_some_and(|f| matches!(f.ty.kind, TyKind::String { .. }));
            let holds = if is_string {
                json!({ "type": "string", "minLength": 1 })
            } else {
                json!({ "not": { "type": "null" } })
            };
            json!({ "required": [name], "properties": { name.as_str(): holds } })
        })
        .collect();
    let mut rule = Map::new();
    rule.insert("anyOf".into(), Value::Array(alternatives));
    if let Some(text) = description(docs) {
        rule.insert("$comment".into(), json!(format!("Rule: {text}")));
    }
    Value::Object(rule)
}

/// Vietnamese, a blank line, English.
fn description(text: &Text) -> Option<String> {
    text.joined("\n\n")
}

fn remark_text(remark: &Remark) -> String {
    match remark {
        Remark::Conflict { resolution, .. } => {
            let sides = remark.sides().unwrap_or_default();
            format!("Doc conflict — {}. Resolution: {resolution}", sides)
        }
        Remark::Note { text, .. } => format!("Note: {}", description(text).unwrap_or_default()),
    }
}
