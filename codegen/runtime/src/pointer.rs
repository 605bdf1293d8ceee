//! A JSON document read by JSON Pointer without building more of it than the pointer names:
//! the client reads a vendor's status from an answer with it, the webhook receiver a
//! notification's id. Its segments are what the duplicate-key check follows too.

use std::borrow::Cow;

#[cfg(any(feature = "client", feature = "webhook"))]
mod document;
#[cfg(any(feature = "client", feature = "webhook"))]
pub(crate) use document::Document;

/// The index a segment names in a list (RFC 6901: digits, without a leading zero).
pub(crate) fn index(segment: &str) -> Option<usize> {
    let digits = !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit());
    (digits && (segment == "0" || !segment.starts_with('0')))
        .then(|| segment.parse().ok())
        .flatten()
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
