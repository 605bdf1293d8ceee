//! Where a page's example and its tables disagree, the draft takes both and says so: the
//! example is what the vendor really sends, the table what it documents. Each disagreement
//! becomes a recorded conflict (`conflicts:` in the spec) and the drafted type accepts every
//! documented shape, so the draft loads and its examples fit:
//!
//! - a field the example shows as `null` is nullable;
//! - a required field the example leaves out is optional;
//! - a field only the example has is added (`origin: example`); a table field of a name one
//!   or two letters away is named as its likely spelling;
//! - a scalar of another type than the table's is a one-of of both.

use heck::ToUpperCamelCase;
use serde_json::{Map, Value};

use super::{Draft, DraftConflict};
use crate::page::{Example, ExampleRole, Row, TableKind};
use crate::type_word::SpecType;

/// Follows each request and response example into the draft's tables.
pub(crate) fn with_examples(draft: &mut Draft, examples: &[Example]) {
    for example in examples {
        let (body, side) = match example.role {
            ExampleRole::Request => (draft.request.clone(), "request example"),
            ExampleRole::Response if draft.envelope.is_none() => {
                (draft.response.clone(), "response example")
            }
            _ => continue,
        };
        let at = Place {
            side,
            line: example.line,
        };
        match (body, example.json()) {
            (Some(body), Some(Value::Object(members))) => {
                let members = unwrapped(draft, &body, members, at);
                walk(draft, &body, &members, at, 0);
            }
            // A body that is a list (`list_of`): each item against the items' type.
            (Some(body), Some(Value::Array(items))) if draft.is_list(example.role) => {
                for item in items {
                    if let Value::Object(members) = item {
                        walk(draft, &body, &members, at, 0);
                    }
                }
            }
            _ => {}
        }
    }
}

/// An example that wraps the table's fields in one member (`{"data": {…}, "error": null}`)
/// while the table lists the fields themselves: the wrapped object is what the table
/// describes, and the reviewer is told of the wrapper.
fn unwrapped(
    draft: &mut Draft,
    body: &str,
    members: Map<String, Value>,
    at: Place,
) -> Map<String, Value> {
    let Some(def) = draft.types.iter().find(|t| t.name == body) else {
        return members;
    };
    let listed = |key: &String| def.rows.iter().any(|row| row.name == *key);
    if members.keys().any(listed) {
        return members;
    }
    let wrappers: Vec<(&String, &Map<String, Value>)> = members
        .iter()
        .filter_map(|(key, value)| Some((key, value.as_object()?)))
        .filter(|(_, inner)| inner.keys().any(listed))
        .collect();
    match wrappers.as_slice() {
        [(key, inner)] => {
            draft.flags.push(format!(
                "line {}: the {} wraps {body}'s fields in `{key}`; the type holds the fields, state the wrapper as the response's envelope",
                at.line, at.side
            ));
            (*inner).clone()
        }
        _ => members,
    }
}

/// A conflict recorded in the draft, and listed for review.
fn record(draft: &mut Draft, at: Place, conflict: DraftConflict) {
    let sides: Vec<String> = conflict
        .sides
        .iter()
        .map(|(side, says)| format!("the {side} says {says}"))
        .collect();
    draft.flags.push(format!(
        "line {}: {}: {}; recorded as a conflict: {}",
        at.line,
        conflict.about,
        sides.join(", "),
        conflict.resolution
    ));
    draft.conflicts.push(conflict);
}

#[derive(Clone, Copy)]
struct Place {
    side: &'static str,
    line: usize,
}

impl Place {
    /// What the table says of `about` against what the example here says, and how the draft
    /// resolves it.
    fn conflict(
        self,
        about: String,
        table: String,
        example: String,
        resolution: String,
    ) -> DraftConflict {
        DraftConflict {
            about,
            sides: vec![("table".to_owned(), table), (self.side.to_owned(), example)],
            resolution,
        }
    }
}

fn walk(draft: &mut Draft, type_name: &str, members: &Map<String, Value>, at: Place, depth: usize) {
    // Deep enough for any page; a table that names itself cannot loop for ever.
    if depth > 8 {
        return;
    }
    let Some(index) = draft
        .types
        .iter()
        .position(|t| t.name == type_name && t.kind == TableKind::Fields)
    else {
        return;
    };
    absent_required(draft, index, members, at);
    for (key, value) in members {
        let rows = &draft.types[index].rows;
        let found = rows.iter().position(|row| row.name == *key).or_else(|| {
            // `Data` in the table, `data` on the wire: one field, named as it is sent.
            let by_case = rows
                .iter()
                .position(|row| row.name.eq_ignore_ascii_case(key))?;
            (!rows.iter().any(|row| row.name == *key)).then_some(by_case)
        });
        let Some(row) = found else {
            example_only(draft, index, key, value, at);
            continue;
        };
        if draft.types[index].rows[row].name != *key {
            renamed_by_case(draft, index, row, key, at);
        }
        match value {
            Value::Null => nullable(draft, index, row, at),
            Value::Object(_) | Value::Array(_) => {
                list_or_one(draft, index, row, value, at);
                // Every object of a list (up to a few): a `null` may sit in any of them.
                let nested: Vec<&Map<String, Value>> = match value {
                    Value::Array(items) => {
                        items.iter().take(16).filter_map(Value::as_object).collect()
                    }
                    _ => value.as_object().into_iter().collect(),
                };
                if let Some(named) = nested_type(draft, &draft.types[index].rows[row]) {
                    for nested in nested {
                        walk(draft, &named, nested, at, depth + 1);
                    }
                }
            }
            scalar => other_scalar(draft, index, row, scalar, at),
        }
    }
}

/// A row the table names in another case than the example sends it: named as sent (the wire
/// is what decodes), the table's spelling recorded as a conflict.
fn renamed_by_case(draft: &mut Draft, index: usize, row: usize, key: &str, at: Place) {
    let def = &mut draft.types[index];
    let table = std::mem::replace(&mut def.rows[row].name, key.to_owned());
    let about = format!("{}.{key}", def.name);
    record(
        draft,
        at,
        at.conflict(
            about,
            format!("`{table}`"),
            format!("`{key}`"),
            format!("Named `{key}`, as the example sends it."),
        ),
    );
}

/// A row whose table says a list where the example sends one object, or an object where it
/// sends a list: both shapes are accepted (a one-of), and the disagreement recorded.
fn list_or_one(draft: &mut Draft, index: usize, row: usize, value: &Value, at: Place) {
    let Some(named) = nested_type(draft, &draft.types[index].rows[row]) else {
        return;
    };
    let field = &draft.types[index].rows[row];
    let listed = field.spec_type.as_deref().map_or_else(
        || {
            field
                .type_word
                .as_deref()
                .is_some_and(|word| matches!(SpecType::of(word), SpecType::ListOf(_)))
        },
        |spec| spec.starts_with("list of "),
    );
    let (stated, found) = match (listed, value) {
        (true, Value::Object(_)) => (format!("list of {named}"), named.clone()),
        (false, Value::Array(_)) => (named.clone(), format!("list of {named}")),
        _ => return,
    };
    let sent = match value {
        Value::Array(_) => "a list",
        _ => "a single object",
    };
    accept_both(draft, index, row, stated, found, sent.to_owned(), at);
}

/// A row that the table states as `stated` and the example sends as `found` (`sent` says how,
/// for the record): typed as a one-of of both, the disagreement recorded.
fn accept_both(
    draft: &mut Draft,
    index: usize,
    row: usize,
    stated: String,
    found: String,
    sent: String,
    at: Place,
) {
    let def = &draft.types[index];
    let field = &def.rows[row];
    let name = unique_name(
        draft,
        format!("{}{}", def.name, field.name.to_upper_camel_case()),
    );
    let about = format!("{}.{}", def.name, field.name);
    let word = field.type_word.clone().unwrap_or_else(|| stated.clone());
    let resolution = format!("`{name}` accepts both a {stated} and a {found}.");
    draft.one_ofs.push((name.clone(), vec![stated, found]));
    draft.types[index].rows[row].spec_type = Some(name);
    record(
        draft,
        at,
        at.conflict(about, format!("`{word}`"), sent, resolution),
    );
}

/// The draft type a row's objects are: the spec type the row names, or the type its word
/// names (`Data`, `[Data](#data)`, `Array<Event>`, `list of Item`), when the draft has it.
fn nested_type(draft: &Draft, row: &Row) -> Option<String> {
    if let Some(spec) = row.spec_type.as_deref() {
        // A one-of drafted for the row: the record among its alternatives.
        if let Some((_, alternatives)) = draft.one_ofs.iter().find(|(name, _)| name == spec) {
            return alternatives
                .iter()
                .map(|alternative| alternative.trim_start_matches("list of ").trim())
                .find(|name| draft.types.iter().any(|t| t.name == *name))
                .map(str::to_owned);
        }
        return Some(spec.trim_start_matches("list of ").trim().to_owned());
    }
    let mut ty = SpecType::of(row.type_word.as_deref()?);
    while let SpecType::ListOf(items) = ty {
        ty = *items;
    }
    match ty {
        SpecType::Unknown(name) if draft.types.iter().any(|t| t.name == name) => Some(name),
        _ => None,
    }
}

fn nullable(draft: &mut Draft, index: usize, row: usize, at: Place) {
    let owner = draft.types[index].name.clone();
    let row = &mut draft.types[index].rows[row];
    if row.not_null == Some(false) {
        return;
    }
    let marked = row.not_null == Some(true);
    row.not_null = Some(false);
    let about = format!("{owner}.{}", row.name);
    if marked {
        record(
            draft,
            at,
            at.conflict(
                about,
                "not null".to_owned(),
                "`null`".to_owned(),
                "Nullable, so the example decodes.".to_owned(),
            ),
        );
    } else {
        draft.flags.push(format!(
            "line {}: {about} is null in the example; drafted nullable (the table does not say)",
            at.line
        ));
    }
}

fn absent_required(draft: &mut Draft, index: usize, members: &Map<String, Value>, at: Place) {
    let owner = draft.types[index].name.clone();
    let mut conflicts = Vec::new();
    for row in &mut draft.types[index].rows {
        // A key the example sends in another case is the same field (see `renamed_by_case`).
        let present = members
            .keys()
            .any(|key| key.eq_ignore_ascii_case(&row.name));
        if row.required == Some(true) && !present {
            row.required = Some(false);
            conflicts.push(at.conflict(
                format!("{owner}.{}", row.name),
                "required".to_owned(),
                "absent".to_owned(),
                "Optional, so the example decodes.".to_owned(),
            ));
        }
    }
    for conflict in conflicts {
        record(draft, at, conflict);
    }
}

fn example_only(draft: &mut Draft, index: usize, key: &str, value: &Value, at: Place) {
    let near = draft.types[index]
        .rows
        .iter()
        .find(|row| likely_misspelling(&row.name, key));
    let spelled = near.map(|row| row.name.clone());
    // A misspelt field holds what the field it misspells holds.
    let spelled_type = near.and_then(|row| row.spec_type.clone());
    let row = match spelled_type {
        Some(spec_type) => crate::page::Row {
            name: key.to_owned(),
            type_word: None,
            required: None,
            not_null: None,
            description: String::new(),
            description_en: None,
            from_example: true,
            spec_type: Some(spec_type),
            location: None,
            line: at.line,
        },
        None => super::row_from_value(draft, key, value, at.line),
    };
    draft.types[index].rows.push(row);
    let def = &draft.types[index];
    let about = format!("{}.{key}", def.name);
    match spelled {
        Some(name) => record(
            draft,
            at,
            at.conflict(
                about,
                format!("`{name}`"),
                format!("`{key}`"),
                format!(
                    "Both fields are in the type: `{key}` is likely a misspelling of `{name}`, and a sender may use either."
                ),
            ),
        ),
        None => draft.flags.push(format!(
            "line {}: `{key}` is only in the example; added to {} with `origin: example`",
            at.line, def.name
        )),
    }
}

fn other_scalar(draft: &mut Draft, index: usize, row: usize, value: &Value, at: Place) {
    let def = &draft.types[index];
    let field = &def.rows[row];
    // The common agreements, without reading the type word in full.
    if field.spec_type.is_none()
        && let Some(word) = field.type_word.as_deref()
    {
        let word = word.trim().to_ascii_lowercase();
        let agrees = match value {
            Value::String(_) => word == "string",
            Value::Bool(_) => matches!(word.as_str(), "bool" | "boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => matches!(
                word.as_str(),
                "int" | "integer" | "int64" | "int32" | "long" | "number" | "float" | "double"
            ),
            Value::Number(_) => matches!(word.as_str(), "number" | "float" | "double"),
            _ => false,
        };
        if agrees {
            return;
        }
    }
    let stated = match (&field.spec_type, &field.type_word) {
        (Some(spec), _) => spec.clone(),
        (None, Some(word)) => match SpecType::of(word) {
            SpecType::Builtin(name) => name.to_owned(),
            SpecType::ListOfUnstated => "list of any".to_owned(),
            SpecType::ListOf(items) => match *items {
                SpecType::Builtin(name) => format!("list of {name}"),
                _ => return,
            },
            _ => return,
        },
        (None, None) => return,
    };
    let Some(found) = kind_of(value) else {
        return;
    };
    let fits = match stated.as_str() {
        "number" => matches!(found, "number" | "integer"),
        "integer" => found == "integer" || value.as_f64().is_some_and(|n| n.fract() == 0.0),
        "date" | "date-time" => found == "string",
        "boolean" | "string" => found == stated,
        // A scalar where the table says a list.
        list if list.starts_with("list of ") => false,
        _ => true,
    };
    if fits {
        return;
    }
    accept_both(
        draft,
        index,
        row,
        stated,
        found.to_owned(),
        format!("`{value}`, a {found}"),
        at,
    );
}

fn unique_name(draft: &Draft, name: String) -> String {
    let taken = |candidate: &str| {
        draft.types.iter().any(|t| t.name == candidate)
            || draft.one_ofs.iter().any(|(n, _)| n == candidate)
    };
    (1..)
        .map(|n| match n {
            1 => name.clone(),
            n => format!("{name}{n}"),
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or(name)
}

/// The spec type of a JSON value as the walk compares it: a scalar's kind, `any` for a list or
/// an object; `None` for `null`.
fn kind_of(value: &Value) -> Option<&'static str> {
    match value {
        Value::Null => None,
        Value::Array(_) | Value::Object(_) => Some("any"),
        scalar => super::scalar_kind(scalar),
    }
}

/// Whether `key` reads as `name` misspelt: a letter or two apart (one for short names), and
/// not `name` with something added (`address` and `address_2` are two fields).
fn likely_misspelling(name: &str, key: &str) -> bool {
    let allowed = if name.len() >= 8 { 2 } else { 1 };
    name.len() > 3
        && name.len().abs_diff(key.len()) <= allowed
        && !key.starts_with(name)
        && !name.starts_with(key)
        && edit_distance(name, key) <= allowed
}

/// Levenshtein distance over chars: how far an example's key is from a table's field.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{edit_distance, likely_misspelling};

    #[test]
    fn misspellings_are_near() {
        assert_eq!(edit_distance("push_opts", "pust_opts"), 1);
        assert_eq!(edit_distance("email", "emial"), 2);
        assert!(edit_distance("phone", "status") > 2);
        assert!(likely_misspelling("push_opts", "pust_opts"));
        assert!(likely_misspelling("subscribed_at", "subcribed_at"));
        assert!(!likely_misspelling("address", "address_2"));
        assert!(!likely_misspelling("name", "names"));
    }
}
