//! The one place that knows which YAML parser reads specs, and how spec text is quoted.
//!
//! serde-saphyr rather than serde_norway: the checks after parsing (a rule naming a field that
//! does not exist, an example that does not fit) must point at a node, and serde-saphyr's
//! [`Spanned`] carries every node's line and column, where serde_norway reports positions only
//! for its own errors.

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error, MessageFormatter, UserMessageFormatter};

use crate::diagnostic::{Diagnostic, Location};

pub use serde_saphyr::Spanned;

/// Parses `text` as a `T`; a syntax or shape error becomes one diagnostic at its position.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    serde_saphyr::from_str(text).map_err(|error| {
        let at = error
            .location()
            .map(|location| Location::new(location.line(), location.column()))
            .unwrap_or_default();
        let message = SpecMessages.format_message(error.without_snippet());
        Diagnostic::error(file, at, message.into_owned())
    })
}

/// Writes `value` as YAML (the OpenAPI documents).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_saphyr::to_string(value).map_err(|error| error.to_string())
}

/// `text` as a YAML scalar of a spec: plain where no YAML reader could take it for anything but
/// that text (in flow mappings too), else a double-quoted (JSON) string. What writes spec text
/// (the importer's drafts, `auth::spec_text`) quotes with this one rule.
pub fn scalar(text: &str) -> String {
    let starts_plain = text
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '/');
    let plain = starts_plain
        && text.trim() == text
        && !text
            .chars()
            .any(|c| c.is_control() || ":#,[]{}\"'`|>&*!%@".contains(c))
        && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"]
            .contains(&text.to_lowercase().as_str());
    if plain {
        text.to_owned()
    } else {
        serde_json::Value::String(text.to_owned()).to_string()
    }
}

/// A spec value built in memory (by the importer), at no place in any file.
pub fn unplaced<T>(value: T) -> Spanned<T> {
    Spanned::new(
        value,
        serde_saphyr::Location::UNKNOWN,
        serde_saphyr::Location::UNKNOWN,
    )
}

/// Where a spanned node starts.
pub fn location<T>(node: &Spanned<T>) -> Location {
    Location::new(node.referenced.line(), node.referenced.column())
}

/// serde-saphyr's messages for people editing YAML, with the expected kind spelled out where
/// it only says what was wrong.
struct SpecMessages;

impl MessageFormatter for SpecMessages {
    fn format_message<'a>(&self, error: &'a Error) -> Cow<'a, str> {
        match error {
            Error::InvalidScalar { ty: "boolean", .. } => {
                Cow::Borrowed("expected a boolean (`true` or `false`)")
            }
            // The reader's names for Rust's number types, said as a spec's author reads them
            // (a value out of their range lands here too: `1e400`, `max_items: 1e20`).
            Error::InvalidScalar { ty, .. } => Cow::Owned(match *ty {
                "floating point" | "f64" | "f32" => {
                    "expected a number (within a 64-bit float's range)".to_owned()
                }
                "u64" | "u32" | "u16" | "u8" | "usize" => format!(
                    "expected a whole number from 0 to {}",
                    match *ty {
                        "u8" => u64::from(u8::MAX),
                        "u16" => u64::from(u16::MAX),
                        "u32" => u64::from(u32::MAX),
                        _ => u64::MAX,
                    }
                ),
                "i64" | "i32" => "expected a whole number (64-bit)".to_owned(),
                other => format!("expected a value of type {other}"),
            }),
            _ => UserMessageFormatter.format_message(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_out_of_its_range_is_said_in_the_specs_words() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Keys {
            max_items: Option<u64>,
            maximum: Option<f64>,
        }
        let message = |text: &str| match parse::<Keys>("spec.yaml", text) {
            Ok(keys) => panic!("{keys:?}"),
            Err(diagnostic) => diagnostic.message,
        };
        assert_eq!(
            message("max_items: -1\n"),
            "expected a whole number from 0 to 18446744073709551615"
        );
        assert_eq!(
            message("maximum: 1e400\n"),
            "expected a number (within a 64-bit float's range)"
        );
    }

    #[test]
    fn scalars_are_quoted_when_yaml_could_misread_them() {
        assert_eq!(scalar("customer_id"), "customer_id");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("Api-Key"), "Api-Key");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("Số\nhai"), "\"Số\\nhai\"");
        assert_eq!(scalar("https://x.y/1.0"), "\"https://x.y/1.0\"");
        assert_eq!(scalar("Tham số Body"), "Tham số Body");
        assert_eq!(scalar("1.0"), "\"1.0\"");
        assert_eq!(scalar("a, b"), "\"a, b\"");
    }
}
