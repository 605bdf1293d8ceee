//! Payloads generated from a spec's IR: valid values of any type, and single-constraint
//! mutations of them, each with the one violation it must cause.

use codegen_core::ir::{Endpoint, Field, Rule, StringFormat, Ty, TyKind, TypeKind};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Valid JSON values of `ty`.
pub fn valid(endpoint: &'static Endpoint, ty: &Ty) -> BoxedStrategy<Value> {
    generate(endpoint, ty, None, &mut Nesting::default())
}

/// The named types being generated, outermost first: a recursive type (a contact's manager, a
/// contact) nests twice, and then its optional and nullable fields and its lists end the value,
/// as they must (a cycle of required, non-null fields is refused by the spec checks).
#[derive(Default)]
struct Nesting {
    names: Vec<String>,
    /// Inside a type entered for the third time: lists and maps are empty where they may be.
    ending: bool,
}

fn generate(
    endpoint: &'static Endpoint,
    ty: &Ty,
    data: Option<&Ty>,
    nesting: &mut Nesting,
) -> BoxedStrategy<Value> {
    let c = ty.constraints.clone();
    match &ty.kind {
        TyKind::String {
            format: Some(StringFormat::Email),
        } => regex_strategy("[a-z0-9]{1,8}(\\.[a-z]{1,5})?@[a-z]{1,8}\\.(com|vn)"),
        TyKind::String {
            format: Some(StringFormat::Uri),
        } => regex_strategy("https://[a-z]{1,8}\\.vn/[a-z]{0,5}"),
        TyKind::String { format: None } => match &c.pattern {
            Some(pattern) => regex_strategy(
                pattern
                    .as_str()
                    .trim_start_matches('^')
                    .trim_end_matches('$'),
            ),
            None => {
                let min = c.min_length.unwrap_or(0);
                let max = c.max_length.unwrap_or(min + 12);
                regex_strategy(&format!("[a-zA-Z0-9 àáạăđêôơưỹ]{{{min},{max}}}"))
            }
        },
        TyKind::Integer | TyKind::Number if c.multiple_of.is_some() => {
            // Whole multiples of the divisor within the bounds: k·d for k in range.
            let divisor = c.multiple_of.unwrap_or(1.0);
            let low = (c.minimum.unwrap_or(-1e6) / divisor).ceil() as i64;
            let high = (c.maximum.unwrap_or(1e6) / divisor).floor() as i64;
            (low..=high.max(low))
                .prop_map(move |k| {
                    // As a payload writes it: as many decimals as the step (`581312.32`,
                    // not the product's `581312.3200000001`).
                    let places = divisor
                        .to_string()
                        .split_once('.')
                        .map_or(0, |(_, fraction)| fraction.len());
                    let n: f64 = format!("{:.places$}", k as f64 * divisor)
                        .parse()
                        .unwrap_or(k as f64 * divisor);
                    if n.fract() == 0.0 {
                        json!(n as i64)
                    } else {
                        json!(n)
                    }
                })
                .boxed()
        }
        TyKind::Integer => {
            let min = c.minimum.map_or(-1_000_000, |m| m.ceil() as i64);
            let max = c.maximum.map_or(1_000_000, |m| m.floor() as i64);
            (min..=max).prop_map(Value::from).boxed()
        }
        TyKind::Number => {
            let min = c.minimum.unwrap_or(-1e6);
            let max = c.maximum.unwrap_or(1e6);
            prop_oneof![
                (min.ceil() as i64..=max.floor() as i64).prop_map(Value::from),
                (min..=max).prop_map(|n| json!(n)),
            ]
            .boxed()
        }
        TyKind::Boolean => any::<bool>().prop_map(Value::from).boxed(),
        TyKind::Date => date().prop_map(Value::from).boxed(),
        TyKind::DateTime => (date(), 0..24u32, 0..60u32, 0..60u32, 0..1000u32)
            .prop_map(|(d, h, m, s, ms)| Value::from(format!("{d}T{h:02}:{m:02}:{s:02}.{ms:03}Z")))
            .boxed(),
        TyKind::Any => prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            "[a-z]{0,6}".prop_map(Value::from),
        ]
        .boxed(),
        TyKind::List {
            items,
            nullable_items,
        } => {
            if nesting.ending && c.min_items.unwrap_or(0) == 0 {
                return Just(Value::Array(Vec::new())).boxed();
            }
            let item = generate(endpoint, items, data, nesting);
            let item = if *nullable_items {
                prop_oneof![1 => Just(Value::Null), 4 => item].boxed()
            } else {
                item
            };
            let min = c.min_items.unwrap_or(0) as usize;
            let max = c.max_items.map_or(min + 3, |m| m as usize);
            proptest::collection::vec(item, min..=max)
                .prop_map(Value::Array)
                .boxed()
        }
        TyKind::JsonString(inner) => generate(endpoint, inner, data, nesting)
            .prop_map(|value| Value::String(value.to_string()))
            .boxed(),
        TyKind::Map { .. } if nesting.ending => Just(json!({})).boxed(),
        TyKind::Map { values } => {
            let values = generate(endpoint, values, data, nesting);
            proptest::collection::btree_map("[a-z_]{1,8}", values, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect()))
                .boxed()
        }
        TyKind::Object => Just(json!({ "free": ["form", 1] })).boxed(),
        TyKind::Data => match data {
            Some(data) => generate(endpoint, data, None, nesting),
            None => Just(Value::Null).boxed(),
        },
        TyKind::Named { name, data: arg } => {
            let data = arg.as_deref().or(data);
            let outer = nesting.ending;
            nesting.ending |= nesting.names.iter().filter(|n| *n == name).count() >= 2;
            nesting.names.push(name.clone());
            let strategy = named(endpoint, name, data, nesting);
            nesting.names.pop();
            nesting.ending = outer;
            strategy
        }
    }
}

fn named(
    endpoint: &'static Endpoint,
    name: &str,
    data: Option<&Ty>,
    nesting: &mut Nesting,
) -> BoxedStrategy<Value> {
    let Some(def) = endpoint.type_def(name) else {
        return Just(Value::Null).boxed();
    };
    match &def.kind {
        TypeKind::Enum { values } => {
            let values: Vec<Value> = values
                .iter()
                .map(|v| Value::from(v.value.clone()))
                .collect();
            proptest::sample::select(values).boxed()
        }
        TypeKind::OneOf { variants } => {
            let strategies: Vec<BoxedStrategy<Value>> = variants
                .iter()
                .map(|v| generate(endpoint, &v.ty, data, nesting))
                .collect();
            proptest::strategy::Union::new(strategies).boxed()
        }
        TypeKind::Object { fields, rules } => {
            let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
                .iter()
                .map(|field| {
                    let wire = field.wire_name.clone();
                    if nesting.ending && !field.required {
                        return Just(None).boxed();
                    }
                    if nesting.ending && field.nullable {
                        return Just(Some((wire, Value::Null))).boxed();
                    }
                    let value = generate(endpoint, &field.ty, data, nesting);
                    let value = if field.nullable {
                        prop_oneof![1 => Just(Value::Null), 4 => value].boxed()
                    } else {
                        value
                    };
                    let present = value.prop_map(move |v| Some((wire.clone(), v)));
                    if field.required {
                        present.boxed()
                    } else {
                        prop_oneof![Just(None), present].boxed()
                    }
                })
                .collect();
            let rules = rules.clone();
            parts
                .prop_map(|parts| Value::Object(parts.into_iter().flatten().collect::<Map<_, _>>()))
                .prop_filter("an any-of rule holds", move |value| {
                    rules.iter().all(|rule| rule_holds(rule, value))
                })
                .boxed()
        }
    }
}

fn rule_holds(rule: &Rule, value: &Value) -> bool {
    let Rule::AnyOfRequired { fields, .. } = rule;
    fields.iter().any(|name| match value.get(name) {
        None | Some(Value::Null) => false,
        Some(Value::String(text)) => !text.is_empty(),
        Some(_) => true,
    })
}

fn date() -> impl Strategy<Value = String> {
    (1900..2100u32, 1..=12u32, 1..=28u32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn regex_strategy(pattern: &str) -> BoxedStrategy<Value> {
    match proptest::string::string_regex(pattern) {
        Ok(strategy) => strategy.prop_map(Value::from).boxed(),
        Err(error) => panic!("the pattern `{pattern}` cannot generate strings: {error}"),
    }
}

/// A valid value with one constraint broken, and the violation that must follow.
#[derive(Debug, Clone)]
pub struct Mutant {
    /// The whole payload, mutated.
    pub value: Value,
    /// Where the violation is.
    pub pointer: String,
    /// Its kind.
    pub kind: &'static str,
}

/// Every single-constraint mutation of the valid `value` of `ty`.
pub fn mutants(endpoint: &Endpoint, ty: &Ty, value: &Value) -> Vec<Mutant> {
    Mutator { endpoint }.walk(ty, value, None, false, false)
}

struct Mutator<'a> {
    endpoint: &'a Endpoint,
}

impl Mutator<'_> {
    /// Mutants of `value`, pointers relative to it. Inside a one-of (`in_one_of`) only
    /// mutations that keep the alternative decoding picks are made: a structural change there
    /// would make the whole one-of fail instead.
    fn walk(
        &self,
        ty: &Ty,
        value: &Value,
        data: Option<&Ty>,
        lenient: bool,
        in_one_of: bool,
    ) -> Vec<Mutant> {
        let mut out = Vec::new();
        let mut here = |value: Value, kind: &'static str| {
            out.push(Mutant {
                value,
                pointer: String::new(),
                kind,
            })
        };
        let c = &ty.constraints;
        match &ty.kind {
            TyKind::String { format } => {
                if let Some(StringFormat::Email) = format {
                    here(json!("not-an-email"), "format");
                }
                if c.pattern.is_some() {
                    // Off the pattern only: as long as the length bounds ask.
                    let length = c.min_length.unwrap_or(1).max(1);
                    here(json!("!".repeat(length as usize)), "pattern");
                }
                if c.min_length.is_some_and(|min| min > 0)
                    && format.is_none()
                    && c.pattern.is_none()
                {
                    here(json!(""), "length");
                }
            }
            TyKind::Date if !in_one_of => here(json!("2023-02-30"), "format"),
            TyKind::Integer | TyKind::Number
                if c.multiple_of.is_some_and(|d| d >= 2.0 && d.fract() == 0.0) =>
            {
                // One step off a multiple, inside the range where there is room.
                if let Some(n) = value.as_f64() {
                    let fits = |m: f64| {
                        c.minimum.is_none_or(|min| m >= min) && c.maximum.is_none_or(|max| m <= max)
                    };
                    if let Some(off) = [n + 1.0, n - 1.0].into_iter().find(|m| fits(*m)) {
                        here(json!(off as i64), "multiple_of");
                    }
                }
                if ty.kind == TyKind::Integer && !in_one_of {
                    here(json!("x"), "type");
                }
            }
            TyKind::Integer if !in_one_of => here(json!("x"), "type"),
            TyKind::JsonString(inner) => {
                if !in_one_of {
                    here(json!("{"), "json_string");
                }
                if let Some(embedded) = value
                    .as_str()
                    .and_then(|text| serde_json::from_str::<Value>(text).ok())
                {
                    for mutant in self.walk(inner, &embedded, data, lenient, in_one_of) {
                        out.push(Mutant {
                            value: Value::String(mutant.value.to_string()),
                            ..mutant
                        });
                    }
                }
            }
            TyKind::List { items, .. } => {
                if let Some(array) = value.as_array() {
                    for (index, item) in
                        array.iter().enumerate().filter(|(_, item)| !item.is_null())
                    {
                        for mutant in self.walk(items, item, data, lenient, in_one_of) {
                            let mut copy = array.clone();
                            copy[index] = mutant.value;
                            out.push(Mutant {
                                value: Value::Array(copy),
                                pointer: format!("/{index}{}", mutant.pointer),
                                kind: mutant.kind,
                            });
                        }
                    }
                }
            }
            TyKind::Data => {
                if let Some(data) = data {
                    out.extend(self.walk(data, value, None, lenient, in_one_of));
                }
            }
            TyKind::Named { name, data: arg } => {
                out.extend(self.named(name, arg.as_deref().or(data), value, lenient, in_one_of));
            }
            TyKind::Map { values } => {
                if let Some(object) = value.as_object() {
                    for (key, item) in object.iter().filter(|(_, item)| !item.is_null()) {
                        for mutant in self.walk(values, item, data, lenient, in_one_of) {
                            let mut copy = object.clone();
                            copy.insert(key.clone(), mutant.value);
                            out.push(Mutant {
                                value: Value::Object(copy),
                                pointer: format!("/{key}{}", mutant.pointer),
                                kind: mutant.kind,
                            });
                        }
                    }
                }
            }
            TyKind::Integer
            | TyKind::Date
            | TyKind::Number
            | TyKind::Boolean
            | TyKind::DateTime
            | TyKind::Any
            | TyKind::Object => {}
        }
        out
    }

    fn named(
        &self,
        name: &str,
        data: Option<&Ty>,
        value: &Value,
        lenient: bool,
        in_one_of: bool,
    ) -> Vec<Mutant> {
        let mut out = Vec::new();
        let Some(def) = self.endpoint.type_def(name) else {
            return out;
        };
        match &def.kind {
            TypeKind::Enum { .. } if !lenient && !in_one_of => {
                out.push(Mutant {
                    value: json!("__not_listed__"),
                    pointer: String::new(),
                    kind: "enum",
                });
            }
            TypeKind::Enum { .. } => {}
            TypeKind::OneOf { variants } => {
                // The alternative the value was generated from is the one decoding picks
                // (generated alternatives of our specs do not fit one another).
                let chosen = variants.iter().find(|variant| {
                    codegen_core::json_validator::validate(self.endpoint, &variant.ty, value)
                        .is_empty()
                });
                if let Some(variant) = chosen {
                    out.extend(self.walk(&variant.ty, value, data, def.lenient, true));
                }
            }
            TypeKind::Object { fields, rules } => {
                let Some(object) = value.as_object() else {
                    return out;
                };
                let in_rule = |field: &Field| {
                    rules
                        .iter()
                        .any(|Rule::AnyOfRequired { fields, .. }| fields.contains(&field.wire_name))
                };
                let with = |key: &str, new: Option<Value>| {
                    let mut copy = object.clone();
                    match new {
                        Some(new) => copy.insert(key.to_owned(), new),
                        None => copy.remove(key),
                    };
                    Value::Object(copy)
                };
                for field in fields {
                    let Some(current) = object.get(&field.wire_name) else {
                        continue;
                    };
                    let pointer = format!("/{}", field.wire_name);
                    if !in_one_of && !in_rule(field) {
                        if field.required {
                            out.push(Mutant {
                                value: with(&field.wire_name, None),
                                pointer: pointer.clone(),
                                kind: "required",
                            });
                        }
                        if !field.nullable && !current.is_null() && field.ty.kind != TyKind::Any {
                            out.push(Mutant {
                                value: with(&field.wire_name, Some(Value::Null)),
                                pointer: pointer.clone(),
                                kind: "null",
                            });
                        }
                    }
                    if current.is_null() {
                        continue;
                    }
                    for mutant in self.walk(&field.ty, current, data, def.lenient, in_one_of) {
                        if in_rule(field) && mutant.value.as_str() == Some("") {
                            continue;
                        }
                        out.push(Mutant {
                            value: with(&field.wire_name, Some(mutant.value)),
                            pointer: format!("{pointer}{}", mutant.pointer),
                            kind: mutant.kind,
                        });
                    }
                }
                if !def.lenient && !in_one_of {
                    out.push(Mutant {
                        value: with("__unknown__", Some(json!(1))),
                        pointer: "/__unknown__".to_owned(),
                        kind: "unknown_field",
                    });
                }
                for Rule::AnyOfRequired { fields: names, .. } in rules {
                    // A rule over a required field cannot be broken alone: taking that field
                    // out breaks `required` too.
                    let over_required = fields
                        .iter()
                        .any(|field| field.required && names.contains(&field.wire_name));
                    if over_required {
                        continue;
                    }
                    let mut copy = object.clone();
                    for name in names {
                        copy.remove(name);
                    }
                    out.push(Mutant {
                        value: Value::Object(copy),
                        pointer: String::new(),
                        kind: "any_of_required",
                    });
                }
            }
        }
        out
    }
}
