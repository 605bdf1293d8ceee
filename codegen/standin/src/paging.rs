//! Pages of a list endpoint over a stable data set that ends: the same items on every walk,
//! each different from the others, so that a client's walk reaches the end and a client that
//! loops can be told from one that does not.

use codegen_core::ir::{Pagination, Paging, Slot};
use serde_json::Value;

use crate::value::put;

/// Items in every list's data set.
pub const ITEMS: usize = 45;
/// Items on a page when the request states no page size.
pub const PAGE_SIZE: usize = 10;

/// What the request asked for, read from where the spec says.
pub(crate) struct Asked<'a> {
    pub(crate) body: Option<&'a Value>,
    pub(crate) query: &'a dyn Fn(&str) -> Option<String>,
}

impl Asked<'_> {
    fn read(&self, slot: &Slot) -> Option<Value> {
        match slot {
            Slot::Body(pointer) => self.body?.pointer(pointer).cloned(),
            Slot::Query(name) => (self.query)(name)
                .map(|text| text.parse::<u64>().map_or(Value::String(text), Value::from)),
        }
    }
}

/// `answer` (the documented example, or a made-up value) holding the page `asked` names.
pub(crate) fn page(pagination: &Pagination, mut answer: Value, asked: &Asked) -> Value {
    let template = answer
        .pointer(&pagination.items)
        .and_then(Value::as_array)
        .and_then(|items| items.first())
        .cloned()
        .unwrap_or(Value::Null);
    let item = |index: usize| -> Value {
        let mut item = template.clone();
        if let Paging::Cursor { from_item, .. } = &pagination.paging {
            let cursor = cursor_of(item.pointer(from_item), index);
            put(&mut item, from_item, cursor);
        } else {
            vary(&mut item, index);
        }
        item
    };
    let size = |limit: &Option<Slot>| {
        limit
            .as_ref()
            .and_then(|slot| asked.read(slot))
            .and_then(|v| v.as_u64())
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n > 0)
            .unwrap_or(PAGE_SIZE)
            .min(ITEMS)
    };
    let (range, total) = match &pagination.paging {
        Paging::Page {
            page,
            limit,
            first,
            total,
        } => {
            let size = size(limit);
            let number = asked
                .read(page)
                .and_then(|v| v.as_u64())
                .unwrap_or(*first)
                .saturating_sub(*first);
            let start = usize::try_from(number)
                .unwrap_or(usize::MAX)
                .saturating_mul(size)
                .min(ITEMS);
            (start..(start + size).min(ITEMS), total.clone())
        }
        Paging::Cursor {
            cursor,
            from_item,
            limit,
            total,
        } => {
            let after = asked.read(cursor);
            let start = match after {
                None | Some(Value::Null) => 0,
                Some(after) => (0..ITEMS)
                    .find(|index| item(*index).pointer(from_item) == Some(&after))
                    .map_or(ITEMS, |index| index + 1),
            };
            let size = size(limit);
            (start..(start + size).min(ITEMS), total.clone())
        }
    };
    let items: Vec<Value> = range.map(item).collect();
    put(&mut answer, &pagination.items, Value::Array(items));
    if let Some(total) = total {
        put(&mut answer, &total, Value::from(ITEMS as u64));
    }
    answer
}

/// The `index`th item's cursor, of the kind the example's is (a number, or text).
fn cursor_of(example: Option<&Value>, index: usize) -> Value {
    match example {
        Some(Value::Number(_)) => Value::from(1_000 + index as u64),
        Some(Value::String(text)) => Value::String(numbered(text, index)),
        _ => Value::from(1_000 + index as u64),
    }
}

/// The item made different from its neighbours: its first text member (an id, where the
/// example puts one first) numbered.
fn vary(item: &mut Value, index: usize) {
    let Value::Object(members) = item else {
        return;
    };
    // The item's id, where it has one: a number is counted on from the example's.
    let id = ["id", "_id"].into_iter().find(|name| {
        members
            .get(*name)
            .is_some_and(|v| v.is_u64() || v.is_string())
    });
    if let Some(Value::Number(number)) = id.and_then(|name| members.get_mut(name)) {
        let counted = number.as_u64().unwrap_or(0).saturating_add(index as u64);
        *number = counted.into();
        return;
    }
    let id = id.map(str::to_owned).or_else(|| {
        members
            .iter()
            .find(|(_, value)| value.as_str().is_some_and(free_text))
            .map(|(name, _)| name.clone())
    });
    if let Some(Value::String(text)) = id.and_then(|name| members.get_mut(&name)) {
        *text = numbered(text, index);
    }
}

/// Text with no format a number appended to it would break: not a date or time, a URL or an
/// e-mail address.
fn free_text(text: &str) -> bool {
    // `:` is in every URL and time.
    let formatted = text.contains(':')
        || text.contains('@')
        || text.len() >= 10
            && text.as_bytes()[4] == b'-'
            && text.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    !formatted
}

/// `text` with its last six characters replaced by `index` in hex where they are hex digits
/// (an id keeps its shape), else with `index`'s digits appended: no separator, so that an id
/// of letters and digits (`^w_[a-z0-9]+$`) still matches its pattern.
fn numbered(text: &str, index: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() >= 6 && chars[chars.len() - 6..].iter().all(char::is_ascii_hexdigit) {
        let head: String = chars[..chars.len() - 6].iter().collect();
        format!("{head}{index:06x}")
    } else {
        format!("{text}{index}")
    }
}
