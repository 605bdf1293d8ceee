//! [`Document`]: an answer or a notification split into its top-level members, each kept
//! raw, so that a pointer is read without building the rest (client and webhook builds).

use std::collections::HashMap;

use serde_json::value::RawValue;

use super::{index, unescape};

/// A JSON document split into its top-level members, each kept as raw text: enough to read a
/// member by pointer without building the rest of the document.
pub(crate) struct Document<'a> {
    text: &'a str,
    /// `None` when the body is not a JSON object.
    members: Option<Members<'a>>,
}

/// The top-level members by name: borrowed from the text where no name holds an escape (every
/// envelope's), so that reading a status allocates no name; else decoded.
enum Members<'a> {
    Borrowed(HashMap<&'a str, &'a RawValue>),
    Decoded(HashMap<String, &'a RawValue>),
}

impl<'a> Members<'a> {
    fn get(&self, name: &str) -> Option<&'a RawValue> {
        match self {
            Self::Borrowed(members) => members.get(name).copied(),
            Self::Decoded(members) => members.get(name).copied(),
        }
    }
}

impl<'a> Document<'a> {
    pub(crate) fn split(text: &'a str) -> Self {
        let members = serde_json::from_str(text)
            .map(Members::Borrowed)
            .or_else(|_| serde_json::from_str(text).map(Members::Decoded))
            .ok();
        Self { text, members }
    }

    /// The value at the JSON Pointer `pointer`: objects and lists on the way are split the same
    /// way, and only the member or item the pointer names is looked into. `None` when nothing
    /// is there.
    pub(crate) fn value_at(&self, pointer: &str) -> Option<serde_json::Value> {
        serde_json::from_str(self.raw_at(pointer)?.get()).ok()
    }

    /// The raw text at the JSON Pointer `pointer` (`""` is the whole document: an answer that
    /// is a bare list is its own page of items).
    pub(crate) fn raw_at(&self, pointer: &str) -> Option<&'a RawValue> {
        let mut segments = pointer.split('/').skip(1).map(unescape);
        let Some(first) = segments.next() else {
            return serde_json::from_str(self.text).ok();
        };
        let mut raw = match &self.members {
            Some(members) => members.get(&first)?,
            // A document that is no object: a list's items by index.
            None => child(serde_json::from_str(self.text).ok()?, &first)?,
        };
        for segment in segments {
            raw = child(raw, &segment)?;
        }
        Some(raw)
    }
}

/// The member `segment` of a raw object, or the item at index `segment` of a raw list.
fn child<'a>(raw: &'a RawValue, segment: &str) -> Option<&'a RawValue> {
    if let Ok(members) = serde_json::from_str::<HashMap<String, &RawValue>>(raw.get()) {
        return members.get(segment).copied();
    }
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).ok()?;
    items.get(index(segment)?).copied()
}

#[cfg(test)]
mod tests {
    use super::Document;
    use serde_json::json;

    fn value_at(text: &str, pointer: &str) -> Option<serde_json::Value> {
        Document::split(text).value_at(pointer)
    }

    #[test]
    fn value_at_reads_only_what_the_pointer_names() {
        let text = r#"{"data": {"a~b": 1, "c/d": [2]}, "error": {"code": 401, "message": "no"}}"#;
        assert_eq!(value_at(text, "/error/code"), Some(json!(401)));
        assert_eq!(value_at(text, "/data/a~0b"), Some(json!(1)));
        assert_eq!(value_at(text, "/data/c~1d"), Some(json!([2])));
        assert_eq!(value_at(text, "/error/reason"), None);
        assert_eq!(value_at(text, "/data/c~1d/0"), Some(json!(2)));
        assert_eq!(value_at(text, "/data/c~1d/1"), None);
        assert_eq!(value_at(text, "/data/c~1d/x"), None);
        assert_eq!(
            value_at(text, "/data/c~1d/00"),
            None,
            "an index has no leading zero"
        );
        assert_eq!(value_at("<html>", "/code"), None);
        assert_eq!(
            value_at(r#"{"code": 400"#, "/code"),
            None,
            "a truncated document"
        );
    }

    #[test]
    fn the_empty_pointer_is_the_whole_document_and_a_list_is_read_by_index() {
        let list = r#"[{"id": "h1"}, {"id": "h2"}]"#;
        assert_eq!(
            value_at(list, ""),
            Some(json!([{"id": "h1"}, {"id": "h2"}]))
        );
        assert_eq!(value_at(list, "/1/id"), Some(json!("h2")));
        assert_eq!(value_at(list, "/2"), None);
        assert_eq!(value_at(r#"{"a": 1}"#, ""), Some(json!({"a": 1})));
        assert_eq!(value_at("[1,", ""), None, "a truncated document");
    }
}
