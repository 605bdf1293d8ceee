//! Whether a JSON document has the shape a spec's type describes: the check that a documented
//! example fits its spec, made on the IR before any Rust is generated.
//!
//! It checks what decoding into the generated types checks (kinds, required fields, `null`,
//! unknown fields of strict types, closed enums, dates, embedded JSON), not the further
//! constraints (patterns, lengths, rules) that validators enforce.

use std::fmt::Write as _;

use codegen_runtime::{Date, DateTime};
use serde_json::Value;

use crate::ir::{Endpoint, Ty, TyKind, TypeKind};

/// A place where a document does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// JSON Pointer of the place; a JSON document inside a string continues after ` ⟶ `.
    pub pointer: String,
    /// What was expected there and what was found.
    pub message: String,
}

/// Every place where `value` does not fit `ty`.
pub fn check(endpoint: &Endpoint, ty: &Ty, value: &Value) -> Vec<Mismatch> {
    let mut walker = Walker {
        endpoint,
        mismatches: Vec::new(),
    };
    walker.walk(ty, value, &mut String::new(), None, false);
    walker.mismatches
}

struct Walker<'a> {
    endpoint: &'a Endpoint,
    mismatches: Vec<Mismatch>,
}

impl Walker<'_> {
    fn mismatch(&mut self, pointer: &str, message: String) {
        self.mismatches.push(Mismatch {
            pointer: pointer.to_owned(),
            message,
        });
    }

    /// `data` fills `$data`; `lenient` is whether the enclosing named type reads leniently,
    /// which opens enums used there.
    fn walk(
        &mut self,
        ty: &Ty,
        value: &Value,
        pointer: &mut String,
        data: Option<&Ty>,
        lenient: bool,
    ) {
        match &ty.kind {
            TyKind::String { .. } => self.expect(value.is_string(), "a string", value, pointer),
            TyKind::Integer => self.expect(value.is_i64(), "an integer", value, pointer),
            TyKind::Number => self.expect(value.is_number(), "a number", value, pointer),
            TyKind::Boolean => self.expect(value.is_boolean(), "true or false", value, pointer),
            TyKind::Any => {}
            TyKind::Date => match value.as_str().map(str::parse::<Date>) {
                Some(Ok(_)) => {}
                Some(Err(error)) => {
                    self.mismatch(pointer, format!("{error}, found `{}`", value_text(value)))
                }
                None => self.expect(false, "a yyyy-mm-dd date string", value, pointer),
            },
            TyKind::DateTime => match value.as_str().map(str::parse::<DateTime>) {
                Some(Ok(_)) => {}
                Some(Err(error)) => {
                    self.mismatch(pointer, format!("{error}, found `{}`", value_text(value)))
                }
                None => self.expect(false, "an RFC 3339 date-time string", value, pointer),
            },
            TyKind::List {
                items,
                nullable_items,
            } => {
                let Some(array) = value.as_array() else {
                    return self.expect(false, "a list", value, pointer);
                };
                for (index, item) in array.iter().enumerate() {
                    let len = pointer.len();
                    let _ = write!(pointer, "/{index}");
                    if item.is_null() {
                        if !*nullable_items {
                            self.mismatch(pointer, "expected a list item, found null; the spec does not make items nullable".to_owned());
                        }
                    } else {
                        self.walk(items, item, pointer, data, lenient);
                    }
                    pointer.truncate(len);
                }
            }
            TyKind::JsonString(inner) => {
                let Some(text) = value.as_str() else {
                    return self.expect(false, "a string holding a JSON document", value, pointer);
                };
                match serde_json::from_str::<Value>(text) {
                    Ok(embedded) => {
                        let mut inner_pointer = format!("{pointer} ⟶ ");
                        self.walk(inner, &embedded, &mut inner_pointer, data, lenient);
                    }
                    Err(error) => self.mismatch(
                        pointer,
                        format!("expected a string holding a JSON document: {error}"),
                    ),
                }
            }
            TyKind::Data => {
                if let Some(data) = data {
                    self.walk(data, value, pointer, None, lenient);
                }
            }
            TyKind::Named { name, data: arg } => {
                let Some(def) = self.endpoint.type_def(name) else {
                    return;
                };
                let data = arg.as_deref().or(data);
                match &def.kind {
                    TypeKind::Object { fields, .. } => {
                        let Some(object) = value.as_object() else {
                            return self.expect(
                                false,
                                &format!("an object ({name})"),
                                value,
                                pointer,
                            );
                        };
                        for field in fields {
                            let len = pointer.len();
                            let _ = write!(pointer, "/{}", escape(&field.wire_name));
                            match object.get(&field.wire_name) {
                                None if field.required => self.mismatch(
                                    pointer,
                                    format!("required field `{}` is missing", field.wire_name),
                                ),
                                None => {}
                                Some(Value::Null) if field.nullable => {}
                                Some(Value::Null) => self.mismatch(
                                    pointer,
                                    format!(
                                        "`{}` is null, but the spec does not make it nullable",
                                        field.wire_name
                                    ),
                                ),
                                Some(item) => {
                                    self.walk(&field.ty, item, pointer, data, def.lenient)
                                }
                            }
                            pointer.truncate(len);
                        }
                        if !def.lenient {
                            for key in object
                                .keys()
                                .filter(|key| !fields.iter().any(|f| &f.wire_name == *key))
                            {
                                let at = format!("{pointer}/{}", escape(key));
                                self.mismatch(&at, format!("`{name}` has no field `{key}`; add it to the spec (with `origin: example` if the doc's table lacks it)"));
                            }
                        }
                    }
                    TypeKind::Enum { values } => {
                        let Some(text) = value.as_str() else {
                            return self.expect(
                                false,
                                &format!("a string ({name})"),
                                value,
                                pointer,
                            );
                        };
                        if !lenient && !values.iter().any(|v| v.value == text) {
                            let listed: Vec<&str> =
                                values.iter().map(|v| v.value.as_str()).collect();
                            self.mismatch(
                                pointer,
                                format!(
                                    "`{text}` is not a value of `{name}`; expected one of {}",
                                    listed.join(", ")
                                ),
                            );
                        }
                    }
                    TypeKind::OneOf { variants } => {
                        let fits = variants.iter().any(|variant| {
                            let mut probe = Walker {
                                endpoint: self.endpoint,
                                mismatches: Vec::new(),
                            };
                            probe.walk(&variant.ty, value, &mut pointer.clone(), data, def.lenient);
                            probe.mismatches.is_empty()
                        });
                        if !fits {
                            let names: Vec<&str> =
                                variants.iter().map(|v| v.name.as_str()).collect();
                            self.mismatch(
                                pointer,
                                format!(
                                    "fits none of the alternatives of `{name}` ({})",
                                    names.join(", ")
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    fn expect(&mut self, ok: bool, expected: &str, value: &Value, pointer: &str) {
        if !ok {
            self.mismatch(
                pointer,
                format!("expected {expected}, found {}", kind_of(value)),
            );
        }
    }
}

/// RFC 6901 escaping of one pointer segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
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

fn value_text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}
