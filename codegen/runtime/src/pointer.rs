//! A JSON document read by JSON Pointer without building more of it than the pointer names:
//! the client reads a vendor's status from an answer with it, the webhook receiver a
//! notification's id. Its segments are what the duplicate-key check follows too.

use std::borrow::Cow;
#[cfg(any(feature = "client", feature = "webhook"))]
use std::collections::HashMap;

#[cfg(any(feature = "client", feature = "webhook"))]
use serde_json::value::RawValue;

/// A JSON document split into its top-level members, each kept as raw text: enough to read a
/// member by pointer without building the rest of the document.
#[cfg(any(feature = "client", feature = "webhook"))]
pub(crate) struct Document<'a> {
    /// `None` when the body is not a JSON object.
    members: Option<Members<'a>>,
}

/// The top-level members by name: borrowed from the text where no name holds an escape (every
/// envelope's), so that reading a status allocates no name; else decoded.
#[cfg(any(feature = "client", feature = "webhook"))]
enum Members<'a> {
    Borrowed(HashMap<&'a str, &'a RawValue>),
    Decoded(HashMap<String, &'a RawValue>),
}

#[cfg(any(feature = "client", feature = "webhook"))]
impl<'a> Members<'a> {
    fn get(&self, name: &str) -> Option<&'a RawValue> {
        match self {
            Self::Borrowed(members) => members.get(name).copied(),
            Self::Decoded(members) => members.get(name).copied(),
        }
    }
}

#[cfg(any(feature = "client", feature = "webhook"))]
impl<'a> Document<'a> {
    pub(crate) fn split(text: &'a str) -> Self {
        let members = serde_json::from_str(text)
            .map(Members::Borrowed)
            .or_else(|_| serde_json::from_str(text).map(Members::Decoded))
            .ok();
        Self { members }
    }

    /// The value at the JSON Pointer `pointer`: objects and lists on the way are split the same
    /// way, and only the member or item the pointer names is looked into. `None` when nothing
    /// is there.
    pub(crate) fn value_at(&self, pointer: &str) -> Option<serde_json::Value> {
        serde_json::from_str(self.raw_at(pointer)?.get()).ok()
    }

    /// The raw text at the JSON Pointer `pointer` (`""` is the whole object's members: `None`).
    pub(crate) fn raw_at(&self, pointer: &str) -> Option<&'a RawValue> {
        let mut segments = pointer.split('/').skip(1).map(unescape);
        let first = segments.next()?;
        let mut raw = self.members.as_ref()?.get(&first)?;
        for segment in segments {
            raw = child(raw, &segment)?;
        }
        Some(raw)
    }
}

/// The index a segment names in a list (RFC 6901: digits, without a leading zero).
pub(crate) fn index(segment: &str) -> Option<usize> {
    let digits = !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit());
    (digits && (segment == "0" || !segment.starts_with('0')))
        .then(|| segment.parse().ok())
        .flatten()
}

/// The member `segment` of a raw object, or the item at index `segment` of a raw list.
#[cfg(any(feature = "client", feature = "webhook"))]
fn child<'a>(raw: &'a RawValue, segment: &str) -> Option<&'a RawValue> {
    if let Ok(members) = serde_json::from_str::<HashMap<String, &RawValue>>(raw.get()) {
        return members.get(segment).copied();
    }
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).ok()?;
    items.get(index(segment)?).copied()
}

/// A JSON Pointer segment as the member name it stands for (RFC 6901: `~1` is `/`, `~0` is `~`),
/// borrowed when it holds no escape (every status pointer the client reads on each answer).
pub(crate) fn unescape(segment: &str) -> Cow<'_, str> {
    if segment.contains('~') {
        Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(segment)
    }
}

#[cfg(all(test, any(feature = "client", feature = "webhook")))]
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
}
