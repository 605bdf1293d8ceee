//! What a new published JSON Schema does to the teams validating with the old one, keyword by
//! keyword, each change with its JSON Pointer and class. Direction matters: a request schema
//! that accepts less breaks the senders; a response schema that allows more breaks the
//! readers. (The same rules as oasdiff's and `buf breaking`'s, for the keywords we publish.)

use serde_json::{Map, Value};

use crate::changes::{Breaks, Change, Class};
use codegen_core::constraint::Bound;

/// Who holds the old schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Senders: a request schema. Accepting less breaks them.
    Request,
    /// Readers: a response or error schema. Allowing more breaks them.
    Response,
    /// Both (shared definitions): a change that breaks either breaks.
    Both,
}

impl Direction {
    /// The direction a published file serves, from its name (`….request.schema.json`).
    pub fn of_file(name: &str) -> Self {
        if name.contains(".request.") {
            Self::Request
        } else if name.contains(".response.") || name.contains(".error.") {
            Self::Response
        } else {
            Self::Both
        }
    }

    /// The class of a change that makes the schema accept less (`tighter`) or more.
    fn class(self, tighter: bool) -> Class {
        match (self, tighter) {
            (Self::Request, true) | (Self::Response, false) | (Self::Both, _) => Class::Breaking,
            (Self::Request, false) | (Self::Response, true) => Class::Compatible,
        }
    }
}

/// Every change from `old` to `new`, for holders of the old schema in `direction`.
pub fn schema_diff(old: &Value, new: &Value, direction: Direction) -> Vec<Change> {
    let mut out = Vec::new();
    walk(old, new, "", direction, &mut out);
    out
}

/// Every change from one published set to another, each schema named `<service>/<file>` and
/// judged in the direction its file name says; a schema removed breaks its holders. `$id`s and
/// `$ref`s are compared without their release version, which every release changes.
pub fn set_diff(old: &[(String, Value)], new: &[(String, Value)]) -> Vec<Change> {
    let mut changes = Vec::new();
    for (name, before) in old {
        match new.iter().find(|(n, _)| n == name) {
            Some((_, after)) => changes.extend(
                schema_diff(
                    &unversioned(before),
                    &unversioned(after),
                    Direction::of_file(name),
                )
                .into_iter()
                .map(|c| Change {
                    place: format!("{name}#{}", c.place),
                    ..c
                }),
            ),
            None => changes.push(Change::judged(
                Breaks::PAYLOADS,
                name.clone(),
                "schema removed",
            )),
        }
    }
    for (name, _) in new.iter().filter(|(n, _)| !old.iter().any(|(o, _)| o == n)) {
        changes.push(Change::judged(Breaks::NOBODY, name.clone(), "schema added"));
    }
    changes
}

/// `value` with the release version taken out of every `urn:generated-client:` `$id` and
/// `$ref` (`…:tiki:1.2.0:types` → `…:tiki:types`).
pub fn unversioned(value: &Value) -> Value {
    crate::schema_ids::map_ids(value, &crate::schema_ids::strip_version)
}

fn push(out: &mut Vec<Change>, class: Class, pointer: &str, what: String) {
    out.push(Change {
        class,
        // A schema's holders are its senders or readers: all they can lose is payloads.
        breaks: Breaks::payloads_if(class == Class::Breaking),
        place: if pointer.is_empty() {
            "(root)".to_owned()
        } else {
            pointer.to_owned()
        },
        what,
    });
}

fn walk(old: &Value, new: &Value, at: &str, direction: Direction, out: &mut Vec<Change>) {
    let (Value::Object(old), Value::Object(new)) = (old, new) else {
        if old != new {
            push(out, Class::Breaking, at, format!("{old} → {new}"));
        }
        return;
    };
    types(old, new, at, direction, out);
    sets(
        old,
        new,
        "required",
        at,
        out,
        |added| direction.class(added),
        "required",
    );
    sets(
        old,
        new,
        "enum",
        at,
        out,
        |added| direction.class(!added),
        "enum value",
    );
    for bound in Bound::ALL {
        let key = bound.schema_key();
        let (before, after) = (
            old.get(key).and_then(Value::as_f64),
            new.get(key).and_then(Value::as_f64),
        );
        // A divisor that changes (2 → 3) both refuses old values and allows new ones: that
        // breaks senders and readers alike.
        let class = match (
            bound.refuses_more(before, after),
            bound.refuses_more(after, before),
        ) {
            (true, true) => Some(Class::Breaking),
            (tighter, looser) if tighter || looser => Some(direction.class(tighter)),
            _ => None,
        };
        if let Some(class) = class {
            let what = format!("`{key}` {} → {}", show(old.get(key)), show(new.get(key)));
            push(out, class, &format!("{at}/{key}"), what);
        }
    }
    for key in ["pattern", "format", "$ref", "const", "contentMediaType"] {
        if old.get(key) != new.get(key) {
            let tighter = old.get(key).is_none();
            let class = if key == "$ref" || (old.contains_key(key) && new.contains_key(key)) {
                Class::Breaking
            } else {
                direction.class(tighter)
            };
            let what = format!("`{key}` {} → {}", show(old.get(key)), show(new.get(key)));
            push(out, class, &format!("{at}/{key}"), what);
        }
    }
    match (
        old.get("additionalProperties"),
        new.get("additionalProperties"),
    ) {
        (a, b) if a == b => {}
        (Some(a @ Value::Object(_)), Some(b @ Value::Object(_))) => {
            walk(a, b, &format!("{at}/additionalProperties"), direction, out);
        }
        (a, b) => {
            let closed = |v: Option<&Value>| v == Some(&Value::Bool(false));
            let tighter = closed(b) && !closed(a);
            let what = format!("`additionalProperties` {} → {}", show(a), show(b));
            push(
                out,
                direction.class(tighter),
                &format!("{at}/additionalProperties"),
                what,
            );
        }
    }
    members(old, new, "properties", at, direction, out, true);
    members(old, new, "$defs", at, direction, out, false);
    for key in ["items", "contentSchema"] {
        match (old.get(key), new.get(key)) {
            (Some(a), Some(b)) => walk(a, b, &format!("{at}/{key}"), direction, out),
            (None, Some(_)) => push(
                out,
                direction.class(true),
                &format!("{at}/{key}"),
                format!("`{key}` added"),
            ),
            (Some(_), None) => push(
                out,
                direction.class(false),
                &format!("{at}/{key}"),
                format!("`{key}` removed"),
            ),
            (None, None) => {}
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        let (a, b) = (
            old.get(key).and_then(Value::as_array),
            new.get(key).and_then(Value::as_array),
        );
        match (a, b) {
            (Some(a), Some(b)) => {
                for (index, (x, y)) in a.iter().zip(b).enumerate() {
                    walk(x, y, &format!("{at}/{key}/{index}"), direction, out);
                }
                if a.len() != b.len() {
                    // Fewer alternatives accept less; more accept more (allOf: the reverse).
                    let tighter = (b.len() < a.len()) != (key == "allOf");
                    let what = format!("`{key}` has {} alternatives, was {}", b.len(), a.len());
                    push(out, direction.class(tighter), &format!("{at}/{key}"), what);
                }
            }
            (None, None) => {}
            // A combinator added constrains the schema further; one removed frees it.
            (None, Some(_)) => push(
                out,
                direction.class(true),
                &format!("{at}/{key}"),
                format!("`{key}` added"),
            ),
            (Some(_), None) => push(
                out,
                direction.class(false),
                &format!("{at}/{key}"),
                format!("`{key}` removed"),
            ),
        }
    }
}

fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "(none)".to_owned(), ToString::to_string)
}

/// `type` as a set of names.
fn types(
    old: &Map<String, Value>,
    new: &Map<String, Value>,
    at: &str,
    direction: Direction,
    out: &mut Vec<Change>,
) {
    let names = |m: &Map<String, Value>| -> Option<Vec<String>> {
        match m.get("type")? {
            Value::String(one) => Some(vec![one.clone()]),
            Value::Array(many) => Some(
                many.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect(),
            ),
            _ => None,
        }
    };
    let (a, b) = (names(old), names(new));
    if a == b {
        return;
    }
    let class = match (&a, &b) {
        (Some(a), Some(b)) if b.iter().all(|t| a.contains(t)) => direction.class(true),
        (Some(a), Some(b)) if a.iter().all(|t| b.contains(t)) => direction.class(false),
        (None, Some(_)) => direction.class(true),
        (Some(_), None) => direction.class(false),
        _ => Class::Breaking,
    };
    push(
        out,
        class,
        &format!("{at}/type"),
        format!("`type` {a:?} → {b:?}"),
    );
}

/// A set-valued keyword (`required`, `enum`); `class(added)` is the class of a member added
/// (`true`) or removed (`false`).
fn sets(
    old: &Map<String, Value>,
    new: &Map<String, Value>,
    key: &str,
    at: &str,
    out: &mut Vec<Change>,
    class: impl Fn(bool) -> Class,
    noun: &str,
) {
    let empty = Vec::new();
    let a = old.get(key).and_then(Value::as_array).unwrap_or(&empty);
    let b = new.get(key).and_then(Value::as_array).unwrap_or(&empty);
    if old.contains_key(key) != new.contains_key(key) && key == "enum" {
        // An enum appearing constrains; disappearing frees.
        let added = new.contains_key(key);
        push(
            out,
            class(!added),
            &format!("{at}/{key}"),
            format!("`{key}` {}", if added { "added" } else { "removed" }),
        );
        return;
    }
    for value in b.iter().filter(|v| !a.contains(v)) {
        push(
            out,
            class(true),
            &format!("{at}/{key}"),
            format!("{noun} {value} added"),
        );
    }
    for value in a.iter().filter(|v| !b.contains(v)) {
        push(
            out,
            class(false),
            &format!("{at}/{key}"),
            format!("{noun} {value} removed"),
        );
    }
}

/// A map of subschemas (`properties`, `$defs`): common ones compared, added and removed ones
/// reported (`properties`: a property removed breaks; one added is compatible).
fn members(
    old: &Map<String, Value>,
    new: &Map<String, Value>,
    key: &str,
    at: &str,
    direction: Direction,
    out: &mut Vec<Change>,
    properties: bool,
) {
    let empty = Map::new();
    let a = old.get(key).and_then(Value::as_object).unwrap_or(&empty);
    let b = new.get(key).and_then(Value::as_object).unwrap_or(&empty);
    for (name, before) in a {
        let pointer = format!("{at}/{key}/{}", name.replace('~', "~0").replace('/', "~1"));
        match b.get(name) {
            Some(after) => walk(before, after, &pointer, direction, out),
            None => push(
                out,
                Class::Breaking,
                &pointer,
                format!(
                    "{} removed",
                    if properties { "property" } else { "definition" }
                ),
            ),
        }
    }
    for name in b.keys().filter(|name| !a.contains_key(*name)) {
        let pointer = format!("{at}/{key}/{}", name.replace('~', "~0").replace('/', "~1"));
        push(
            out,
            Class::Compatible,
            &pointer,
            format!(
                "{} added",
                if properties { "property" } else { "definition" }
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn classes(old: Value, new: Value, direction: Direction) -> Vec<(Class, String)> {
        schema_diff(&old, &new, direction)
            .into_iter()
            .map(|c| (c.class, c.place))
            .collect()
    }

    #[test]
    fn direction_decides_the_class() {
        use Class::*;
        let base = json!({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"]}}, "required": ["s"]});
        let value_added = json!({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b", "c"]}}, "required": ["s"]});
        assert_eq!(
            classes(base.clone(), value_added.clone(), Direction::Request),
            [(Compatible, "/properties/s/enum".to_owned())]
        );
        assert_eq!(
            classes(base.clone(), value_added, Direction::Response),
            [(Breaking, "/properties/s/enum".to_owned())]
        );
        let tighter = json!({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"], "maxLength": 3}}, "required": ["s"]});
        assert_eq!(
            classes(base.clone(), tighter.clone(), Direction::Request),
            [(Breaking, "/properties/s/maxLength".to_owned())]
        );
        assert_eq!(
            classes(base.clone(), tighter, Direction::Response),
            [(Compatible, "/properties/s/maxLength".to_owned())]
        );
        let optional =
            json!({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"]}}});
        assert_eq!(
            classes(base.clone(), optional.clone(), Direction::Request),
            [(Compatible, "/required".to_owned())]
        );
        assert_eq!(
            classes(base.clone(), optional, Direction::Response),
            [(Breaking, "/required".to_owned())]
        );
        let closed = json!({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"]}}, "required": ["s"], "additionalProperties": false});
        assert_eq!(
            classes(base.clone(), closed, Direction::Request),
            [(Breaking, "/additionalProperties".to_owned())]
        );
        let retyped =
            json!({"type": "object", "properties": {"s": {"type": "integer"}}, "required": ["s"]});
        assert!(
            classes(base.clone(), retyped, Direction::Both)
                .iter()
                .all(|(c, _)| *c == Breaking)
        );
        assert_eq!(classes(base.clone(), base, Direction::Both), []);
    }

    /// A divisor that changes from 2 to 3 refuses what was sent and allows what was not: it
    /// breaks senders and readers. From 2 to 4 only refuses more; from 4 to 2 only allows more.
    #[test]
    fn a_changed_divisor_is_classed_by_what_it_refuses_and_allows() {
        use Class::*;
        let of = |d: u64| json!({"type": "object", "properties": {"n": {"type": "integer", "multipleOf": d}}});
        let place = "/properties/n/multipleOf".to_owned();
        for direction in [Direction::Request, Direction::Response] {
            assert_eq!(
                classes(of(2), of(3), direction),
                [(Breaking, place.clone())]
            );
        }
        assert_eq!(
            classes(of(2), of(4), Direction::Request),
            [(Breaking, place.clone())]
        );
        assert_eq!(
            classes(of(2), of(4), Direction::Response),
            [(Compatible, place.clone())]
        );
        assert_eq!(
            classes(of(4), of(2), Direction::Request),
            [(Compatible, place.clone())]
        );
        assert_eq!(
            classes(of(4), of(2), Direction::Response),
            [(Breaking, place)]
        );
    }
}
