//! Values made from the spec's types, for an answer the spec gives no example of, and the JSON
//! Pointer edits that fill an answer in.

use codegen_core::ir::{Endpoint, Rule, StringFormat, Ty, TyKind, TypeKind};
use serde_json::{Map, Value, json};

/// How deep a made-up value nests before lists and optional records stop (a recursive type
/// ends).
const DEPTH: usize = 6;

/// A value of `ty` that its spec accepts: required fields, each rule's first field, the first
/// enum value, the first alternative, bounds met, a string that matches its pattern (where the
/// pattern and the length bounds allow one to be built).
pub(crate) fn made_up(endpoint: &Endpoint, ty: &Ty) -> Value {
    Maker { endpoint }.value(ty, None, 0)
}

struct Maker<'a> {
    endpoint: &'a Endpoint,
}

impl Maker<'_> {
    fn value(&self, ty: &Ty, data: Option<&Ty>, depth: usize) -> Value {
        let c = &ty.constraints;
        match &ty.kind {
            TyKind::String { format } => {
                let text = match format {
                    Some(StringFormat::Email) => "someone@example.test".to_owned(),
                    Some(StringFormat::Uri) => "https://example.test/".to_owned(),
                    None => "text".to_owned(),
                };
                let min = usize::try_from(c.min_length.unwrap_or(0)).unwrap_or(usize::MAX);
                let max = c
                    .max_length
                    .and_then(|max| usize::try_from(max).ok())
                    .unwrap_or(usize::MAX);
                if let Some(pattern) = &c.pattern {
                    let fits = |text: &String| {
                        (min..=max).contains(&text.chars().count()) && pattern.is_match(text)
                    };
                    if let Some(text) = matching(pattern.as_str()).find(fits) {
                        return Value::String(text);
                    }
                }
                let mut text = text;
                while text.chars().count() < min.min(4096) {
                    text.push('x');
                }
                Value::String(text.chars().take(max).collect())
            }
            TyKind::Integer => {
                let low = c.minimum.map_or(1, |m| m.ceil() as i64);
                let high = c.maximum.map_or(i64::MAX, |m| m.floor() as i64);
                let step = c.multiple_of.map_or(1, |m| (m as i64).max(1));
                let mut n = low.max(1).min(high);
                if n % step != 0 {
                    n += step - n.rem_euclid(step);
                }
                json!(n)
            }
            TyKind::Number => {
                let low = c.minimum.unwrap_or(1.0);
                let high = c.maximum.unwrap_or(f64::MAX);
                let n = low.max(1.0).min(high);
                let n = match c.multiple_of {
                    Some(step) if step > 0.0 => (n / step).ceil() * step,
                    _ => n,
                };
                json!(n)
            }
            TyKind::Boolean => json!(true),
            TyKind::Date => json!("2024-01-31"),
            TyKind::DateTime => json!("2024-01-31T08:00:00Z"),
            TyKind::Any | TyKind::Object | TyKind::Map { .. } => json!({}),
            TyKind::Data => match data {
                Some(data) => self.value(data, None, depth + 1),
                None => Value::Null,
            },
            TyKind::JsonString(inner) => {
                Value::String(self.value(inner, None, depth + 1).to_string())
            }
            TyKind::List { items, .. } => {
                let count = c.min_items.unwrap_or(u64::from(depth < DEPTH)).min(16);
                (0..count)
                    .map(|_| self.value(items, data, depth + 1))
                    .collect()
            }
            TyKind::Named { name, data: filled } => {
                let data = filled.as_deref().or(data);
                self.named(name, data, depth)
            }
        }
    }

    fn named(&self, name: &str, data: Option<&Ty>, depth: usize) -> Value {
        let Some(def) = self.endpoint.type_def(name) else {
            return Value::Null;
        };
        match &def.kind {
            TypeKind::Enum { values } => values
                .first()
                .map_or(Value::Null, |value| json!(value.value)),
            TypeKind::OneOf { variants } => variants.first().map_or(Value::Null, |variant| {
                self.value(&variant.ty, data, depth + 1)
            }),
            TypeKind::Object { fields, rules } => {
                let wanted: Vec<&str> = rules
                    .iter()
                    .filter_map(|rule| match rule {
                        Rule::AnyOfRequired { fields, .. } => fields.first().map(String::as_str),
                    })
                    .collect();
                let mut object = Map::new();
                for field in fields {
                    if field.required || wanted.contains(&field.wire_name.as_str()) {
                        object.insert(
                            field.wire_name.clone(),
                            self.value(&field.ty, data, depth + 1),
                        );
                    }
                }
                Value::Object(object)
            }
        }
    }
}

/// Strings that `pattern` matches, each repetition taken its least times, then one more, up to
/// seven more (within its most), each class by its first printable character, each alternation
/// by its first branch; none for a pattern regex-syntax cannot read, and none that grows past
/// 4096 characters.
fn matching(pattern: &str) -> impl Iterator<Item = String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn walk(hir: &Hir, extra: u32, out: &mut String) -> Option<()> {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(literal) => out.push_str(std::str::from_utf8(&literal.0).ok()?),
            HirKind::Class(Class::Unicode(class)) => out.push(
                class
                    .ranges()
                    .iter()
                    .flat_map(|range| (range.start()..=range.end()).take(128))
                    .find(|c| !c.is_control())?,
            ),
            HirKind::Class(Class::Bytes(class)) => out.push(char::from(
                class
                    .ranges()
                    .iter()
                    .flat_map(|range| range.start()..=range.end())
                    .find(|b| b.is_ascii() && !b.is_ascii_control())?,
            )),
            HirKind::Repetition(repetition) => {
                let times = repetition
                    .min
                    .saturating_add(extra)
                    .min(repetition.max.unwrap_or(u32::MAX));
                for _ in 0..times {
                    walk(&repetition.sub, extra, out)?;
                    if out.len() > 4096 {
                        return None;
                    }
                }
            }
            HirKind::Capture(capture) => walk(&capture.sub, extra, out)?,
            HirKind::Concat(parts) => {
                for part in parts {
                    walk(part, extra, out)?;
                }
            }
            HirKind::Alternation(branches) => walk(branches.first()?, extra, out)?,
        }
        Some(())
    }
    let hir = regex_syntax::parse(pattern).ok();
    (0..8).filter_map(move |extra| {
        let mut out = String::new();
        walk(hir.as_ref()?, extra, &mut out)?;
        Some(out)
    })
}

/// Puts `new` at the JSON Pointer `pointer` in `value`, making the objects on the way. A pointer
/// through something that is not an object (a list, a string) changes nothing.
pub(crate) fn put(value: &mut Value, pointer: &str, new: Value) {
    if pointer.is_empty() {
        *value = new;
        return;
    }
    let names: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect();
    let Some((last, path)) = names.split_last() else {
        return;
    };
    let mut at = value;
    for name in path {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(members) = at else {
            return;
        };
        at = members
            .entry(name.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if !at.is_object() {
        *at = Value::Object(Map::new());
    }
    if let Value::Object(members) = at {
        members.insert(last.clone(), new);
    }
}

#[cfg(test)]
mod tests {
    use super::matching;

    #[test]
    fn a_string_is_built_that_its_pattern_matches() {
        for pattern in [
            r"^\+?[0-9]{8,15}$",
            r"^[A-Z]{2}-\d{4}$",
            r"^(VN|TH)[0-9]+$",
            r"^\S+@\S+\.\S+$",
            r"^[^@\s]+$",
            r"[a-z]*",
        ] {
            let text = matching(pattern).next().unwrap_or_default();
            let compiled = codegen_core::ir::Pattern::new(pattern).expect("a pattern");
            assert!(compiled.is_match(&text), "{pattern}: {text:?}");
        }
        assert_eq!(matching(r"(?=x)").next(), None, "lookahead is not read");
    }
}
