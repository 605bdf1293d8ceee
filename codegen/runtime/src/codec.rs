use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use crate::EndpointInfo;
use crate::validate::{Report, Validate};

/// A document that did not decode into a generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Where in the document decoding failed, as a JSON Pointer (`/data/custom_fields/1`).
    pub pointer: String,
    /// What was wrong there.
    pub message: String,
    /// The 1-based line of the failure in the document's text (0 when it was not read from text).
    pub line: usize,
    /// The 1-based column of the failure.
    pub column: usize,
}

/// `value` read as a `B` through its JSON: how a shared record and its strict twin convert. A
/// value that does not fit `B` is an error naming the JSON Pointer of what did not.
pub fn recode<A: serde::Serialize, B: DeserializeOwned>(value: &A) -> Result<B, DecodeError> {
    let text = serde_json::to_string(value).map_err(|error| DecodeError {
        pointer: String::new(),
        message: format!("cannot write the value as JSON: {error}"),
        line: 0,
        column: 0,
    })?;
    DecodeError::decode_unchecked(&text)
}

impl DecodeError {
    /// Decodes `text` as `T`, naming the path of any failure. An object that names a key twice
    /// is refused ([`check_unique_keys`](crate::check_unique_keys)).
    pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, Self> {
        crate::check_unique_keys(text)?;
        Self::decode_unchecked(text)
    }

    /// [`decode`](Self::decode) for text whose keys were checked already.
    pub(crate) fn decode_unchecked<T: DeserializeOwned>(text: &str) -> Result<T, Self> {
        // Tracking the path slows every decode; it is only needed to explain a failure, so a
        // failed decode runs again with it (decoding is deterministic: it fails at the same place).
        // Both read through `Integral`, once at the root: `20.0` is the integer 20.
        let mut json = serde_json::Deserializer::from_str(text);
        if let Ok(value) = T::deserialize(crate::integral::Integral(&mut json))
            && json.end().is_ok()
        {
            return Ok(value);
        }
        if let Some(refused) = Self::byte_order_mark(text) {
            return Err(refused);
        }
        let mut json = serde_json::Deserializer::from_str(text);
        let value = serde_path_to_error::deserialize(crate::integral::Integral(&mut json))
            .map_err(|error| {
                let pointer = pointer_of(error.path());
                let inner = error.into_inner();
                Self::from_json(pointer, &inner)
            })?;
        json.end()
            .map_err(|error| Self::from_json(String::new(), &error))?;
        Ok(value)
    }

    /// The refusal of `text` when it opens with a byte order mark: JSON has none (RFC 8259
    /// §8.1), and serde_json, `JSON.parse` and Python's `json` all refuse it, so it is refused
    /// here too, saying what is wrong rather than "expected value". `None` for other text.
    pub fn byte_order_mark(text: &str) -> Option<Self> {
        text.starts_with('\u{feff}').then(|| Self {
            pointer: String::new(),
            message: "the document starts with a byte order mark (U+FEFF), which JSON does not allow; send or save it as UTF-8 without one".to_owned(),
            line: 1,
            column: 1,
        })
    }

    /// A document that is not UTF-8 text, so not JSON.
    pub fn not_utf8() -> Self {
        Self {
            pointer: String::new(),
            message: "the body is not UTF-8 text".to_owned(),
            line: 0,
            column: 0,
        }
    }

    fn from_json(pointer: String, error: &serde_json::Error) -> Self {
        // serde_json appends " at line L column C" to messages about text; the position is
        // kept in fields instead.
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) if error.line() > 0 => message[..at].to_owned(),
            _ => message,
        };
        Self {
            pointer,
            message,
            line: error.line(),
            column: error.column(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document)"
        } else {
            &self.pointer
        };
        // Both may hold the answer's own keys and values.
        write!(
            f,
            "{}: {}",
            crate::printable::printable(pointer),
            crate::printable::printable(&self.message)
        )?;
        if self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// Turns serde_path_to_error's path into a JSON Pointer (RFC 6901).
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            // Enum variants and unknown segments have no place in the JSON document.
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// Decoding then encoding through one generated type, chosen at run time.
///
/// Tools that take a spec name and a payload (round-trip tests, `cargo xtask validate`) reach
/// the right Rust type through this instead of a hand-written `match`.
#[derive(Debug, Clone, Copy)]
pub struct Codec {
    /// The Rust type's name as generated (`Envelope<Customer>`).
    pub type_name: &'static str,
    round_trip: fn(&str) -> Result<serde_json::Value, DecodeError>,
    validate: fn(&str) -> Result<Report, DecodeError>,
}

impl Codec {
    /// The codec of `T`.
    pub const fn of<T: Serialize + DeserializeOwned + Validate>(type_name: &'static str) -> Self {
        Self {
            type_name,
            round_trip: round_trip::<T>,
            validate: validate::<T>,
        }
    }

    /// Decodes `text` into the type and encodes it back into a JSON value.
    pub fn round_trip(&self, text: &str) -> Result<serde_json::Value, DecodeError> {
        (self.round_trip)(text)
    }

    /// Decodes `text` into the type and validates it: the decoding error, or every violation.
    pub fn validate(&self, text: &str) -> Result<Report, DecodeError> {
        (self.validate)(text)
    }
}

fn validate<T: DeserializeOwned + Validate>(text: &str) -> Result<Report, DecodeError> {
    let value: T = DecodeError::decode(text)?;
    Ok(value.validate().err().unwrap_or_default())
}

fn round_trip<T: Serialize + DeserializeOwned>(
    text: &str,
) -> Result<serde_json::Value, DecodeError> {
    let value: T = DecodeError::decode(text)?;
    serde_json::to_value(&value).map_err(|error| DecodeError {
        pointer: String::new(),
        message: format!("decoded, but could not be encoded again: {error}"),
        line: 0,
        column: 0,
    })
}

/// An endpoint's metadata and the codecs of its bodies; `generated-client` lists one per spec.
#[derive(Debug, Clone, Copy)]
pub struct EndpointTypes {
    /// What the spec says about the endpoint.
    pub info: &'static EndpointInfo,
    /// The request body, if the call sends one.
    pub request: Option<Codec>,
    /// The successful response body, if it has one.
    pub response: Option<Codec>,
    /// The vendor's error body, where the doc publishes one.
    pub error: Option<Codec>,
}

#[cfg(test)]
mod tests {
    use super::DecodeError;

    #[test]
    fn a_byte_order_mark_is_refused_by_name() {
        let refused = DecodeError::decode::<serde_json::Value>("\u{feff}{\"a\": 1}")
            .expect_err("a byte order mark is no JSON");
        assert!(refused.message.contains("byte order mark"), "{refused}");
        assert_eq!(
            DecodeError::decode::<serde_json::Value>("{\"a\": 1}").ok(),
            Some(serde_json::json!({"a": 1}))
        );
    }
}
