//! Validates a JSON document against a spec's type, reporting every violation: kinds, required
//! fields, `null`, unknown fields of strict types, closed enums, one-ofs, formats, patterns,
//! ranges, lengths, item counts, JSON inside strings and cross-field rules.
//!
//! It reads the IR directly, so it judges a payload for any spec without generating or
//! compiling Rust: `cargo xtask validate` and the check of documented examples use it. The
//! generated `Validate` impls check typed values with the same primitives
//! (`codegen_runtime::validate`), and tests hold the two to the same verdicts.

use codegen_runtime::validate::{self, Detail, Pointer, Report};
use codegen_runtime::{Date, DateTime};
use serde_json::Value;

use crate::constraint::Bound;
use crate::ir::{Constraints, Endpoint, Rule, StringFormat, Ty, TyKind, TypeKind};

mod stream;

pub use stream::validate_text;

/// Every violation of `value` against `ty`.
pub fn validate(endpoint: &Endpoint, ty: &Ty, value: &Value) -> Report {
    let mut report = Report::default();
    let walker = Walker {
        endpoint,
        structural_only: false,
    };
    walker.walk(ty, value, &Pointer::Root, None, false, &mut report);
    report
}

/// `value` as a whole number within the range of an `i64` (what the generated fields hold): an
/// integer, or a number with a zero fraction.
fn integer(value: &Value) -> Option<f64> {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if let Some(n) = value.as_i64() {
        return Some(n as f64);
    }
    if value.is_u64() {
        return None;
    }
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (-LIMIT..LIMIT).contains(n))
}

struct Walker<'a> {
    endpoint: &'a Endpoint,
    /// Check only what decoding into the generated types checks (kinds, presence, `null`,
    /// unknown fields, closed enums, dates, embedded JSON), as a one-of does to pick its
    /// alternative the way serde's untagged decoding does.
    structural_only: bool,
}

impl Walker<'_> {
    /// `data` fills `$data`; `lenient` is whether the enclosing named type reads a response,
    /// which opens the enums used there.
    fn walk(
        &self,
        ty: &Ty,
        value: &Value,
        at: &Pointer<'_>,
        data: Option<&Ty>,
        lenient: bool,
        report: &mut Report,
    ) {
        let mut wrong_kind = |expected: &str| {
            report.push(
                at,
                Detail::Type {
                    expected,
                    found: kind_of(value),
                },
            );
        };
        match &ty.kind {
            TyKind::String { format } => match value.as_str() {
                Some(_) if self.structural_only => {}
                Some(text) => string_checks(text, *format, &ty.constraints, at, report),
                None => wrong_kind("a string"),
            },
            // `20.0` is an integer, as JSON Schema and the generated decoders read it.
            TyKind::Integer => match integer(value) {
                Some(_) if self.structural_only => {}
                Some(n) => range_checks(n, &ty.constraints, at, report),
                // JSON Schema takes any integral number; the generated types hold 64 bits.
                None if value.as_f64().is_some_and(|n| n.fract() == 0.0) => report.push(
                    at,
                    Detail::Type {
                        expected: "an integer that fits in 64 bits",
                        found: "a larger integer",
                    },
                ),
                None => wrong_kind("an integer"),
            },
            TyKind::Number => match value.as_f64() {
                Some(_) if self.structural_only => {}
                Some(n) => range_checks(n, &ty.constraints, at, report),
                None => wrong_kind("a number"),
            },
            TyKind::Boolean if !value.is_boolean() => wrong_kind("true or false"),
            TyKind::Date => match value.as_str() {
                Some(text) if text.parse::<Date>().is_err() => report.push(at, Detail::Date),
                Some(_) => {}
                None => wrong_kind("a yyyy-mm-dd date string"),
            },
            TyKind::DateTime => match value.as_str() {
                Some(text) if text.parse::<DateTime>().is_err() => {
                    report.push(at, Detail::DateTime)
                }
                Some(_) => {}
                None => wrong_kind("an RFC 3339 date-time string"),
            },
            TyKind::Boolean | TyKind::Any => {}
            TyKind::List {
                items,
                nullable_items,
            } => {
                let Some(array) = value.as_array() else {
                    return wrong_kind("a list");
                };
                if !self.structural_only {
                    Bound::check_list(&ty.constraints, at, array, report);
                }
                for (index, item) in array.iter().enumerate() {
                    let at = at.index(index);
                    match item {
                        Value::Null if *nullable_items || items.kind == TyKind::Any => {}
                        Value::Null => report.push(&at, Detail::Null),
                        item => self.walk(items, item, &at, data, lenient, report),
                    }
                }
            }
            TyKind::Map { values } => {
                let Some(object) = value.as_object() else {
                    return wrong_kind("an object");
                };
                for (key, item) in object {
                    let at = at.field(key);
                    match item {
                        Value::Null if values.kind == TyKind::Any => {}
                        Value::Null => report.push(&at, Detail::Null),
                        item => self.walk(values, item, &at, data, lenient, report),
                    }
                }
            }
            TyKind::Object if !value.is_object() => wrong_kind("an object"),
            TyKind::Object => {}
            TyKind::JsonString(inner) => {
                let Some(text) = value.as_str() else {
                    return report.push(
                        at,
                        Detail::JsonString {
                            reason: "it is not a string",
                        },
                    );
                };
                // The one duplicate-key rule (`check_unique_keys`), inside strings too: a
                // `Value` would keep the last member where the decoders refuse the document.
                if let Err(duplicate) = codegen_runtime::check_unique_keys(text) {
                    let reason = format!("at `{}`: {}", duplicate.pointer, duplicate.message);
                    return report.push(at, Detail::JsonString { reason: &reason });
                }
                match serde_json::from_str::<Value>(text) {
                    Ok(embedded) => self.walk(inner, &embedded, at, data, lenient, report),
                    Err(error) => {
                        report.push(
                            at,
                            Detail::JsonString {
                                reason: &error.to_string(),
                            },
                        );
                    }
                }
            }
            TyKind::Data => {
                if let Some(data) = data {
                    self.walk(data, value, at, None, lenient, report);
                }
            }
            TyKind::Named { name, data: arg } => {
                self.named(name, arg.as_deref().or(data), value, at, lenient, report);
            }
        }
    }

    fn named(
        &self,
        name: &str,
        data: Option<&Ty>,
        value: &Value,
        at: &Pointer<'_>,
        lenient: bool,
        report: &mut Report,
    ) {
        let Some(def) = self.endpoint.type_def(name) else {
            return;
        };
        match &def.kind {
            TypeKind::Object { fields, rules } => {
                let Some(object) = value.as_object() else {
                    return report.push(
                        at,
                        Detail::Type {
                            expected: "an object",
                            found: kind_of(value),
                        },
                    );
                };
                for field in fields {
                    let field_at = at.field(&field.wire_name);
                    match object.get(&field.wire_name) {
                        None if field.required => report.push(
                            &field_at,
                            Detail::Required {
                                field: &field.wire_name,
                            },
                        ),
                        None => {}
                        // `any` includes `null`, as the generated `serde_json::Value` does.
                        Some(Value::Null) if field.nullable || field.ty.kind == TyKind::Any => {}
                        Some(Value::Null) => report.push(&field_at, Detail::Null),
                        Some(item) => {
                            self.walk(&field.ty, item, &field_at, data, def.lenient, report)
                        }
                    }
                }
                if !def.lenient {
                    for key in object
                        .keys()
                        .filter(|key| !fields.iter().any(|f| &f.wire_name == *key))
                    {
                        report.push(
                            &at.field(key),
                            Detail::UnknownField {
                                field: key,
                                owner: name,
                            },
                        );
                    }
                }
                for rule in rules.iter().filter(|_| !self.structural_only) {
                    let Rule::AnyOfRequired {
                        fields: names,
                        docs,
                    } = rule;
                    if !names.iter().any(|name| holds_value(object.get(name))) {
                        let names: Vec<&str> = names.iter().map(String::as_str).collect();
                        report.push(
                            at,
                            Detail::AnyOfRequired {
                                fields: &names,
                                vi: docs.vi.as_deref(),
                            },
                        );
                    }
                }
            }
            TypeKind::Enum { values } => match value.as_str() {
                Some(text) if !lenient && !values.iter().any(|v| v.value == text) => {
                    let allowed: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
                    report.push(
                        at,
                        Detail::Enum {
                            value: text,
                            allowed: &allowed,
                        },
                    );
                }
                Some(_) => {}
                None => report.push(
                    at,
                    Detail::Type {
                        expected: "a string",
                        found: kind_of(value),
                    },
                ),
            },
            TypeKind::OneOf { variants } => {
                let probe = Walker {
                    endpoint: self.endpoint,
                    structural_only: true,
                };
                let chosen = variants.iter().find(|variant| {
                    let mut found = Report::default();
                    probe.walk(&variant.ty, value, at, data, def.lenient, &mut found);
                    found.is_empty()
                });
                match chosen {
                    // The alternative decoding picks; its constraints apply.
                    Some(variant) => self.walk(&variant.ty, value, at, data, def.lenient, report),
                    None => {
                        let alternatives: Vec<&str> =
                            variants.iter().map(|v| v.name.as_str()).collect();
                        report.push(
                            at,
                            Detail::OneOf {
                                owner: name,
                                alternatives: &alternatives,
                            },
                        );
                    }
                }
            }
        }
    }
}

/// "Holds a value" for an any-of rule: present, not `null`, not `""`.
fn holds_value(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(text)) => !text.is_empty(),
        Some(_) => true,
    }
}

fn string_checks(
    text: &str,
    format: Option<StringFormat>,
    c: &Constraints,
    at: &Pointer<'_>,
    report: &mut Report,
) {
    match format {
        Some(StringFormat::Email) if !validate::is_email(text) => report.push(at, Detail::Email),
        Some(StringFormat::Uri) if !validate::is_uri(text) => report.push(at, Detail::Uri),
        _ => {}
    }
    if let Some(pattern) = c.pattern.as_ref().filter(|p| !p.is_match(text)) {
        report.push(
            at,
            Detail::Pattern {
                pattern: pattern.as_str(),
            },
        );
    }
    Bound::check_text(c, at, text, report);
}

fn range_checks(n: f64, c: &Constraints, at: &Pointer<'_>, report: &mut Report) {
    Bound::check_number(c, at, n, report);
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
