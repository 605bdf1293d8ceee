use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A JSON document carried inside a JSON string (`"inputs": "{\"name\":\"John\"}"`).
///
/// On the wire it is a string; in Rust it is the typed document. Decoding fails, naming the
/// path inside the embedded document, when the string is not JSON or does not fit `T`.
/// Encoding writes compact JSON in the field order of `T`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JsonString<T>(pub T);

impl<T> JsonString<T> {
    /// The embedded document.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for JsonString<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for JsonString<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T: Serialize> Serialize for JsonString<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(&self.0).map_err(S::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for JsonString<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // The one duplicate-key rule, inside strings too: without it an untagged `T` reports
        // only that no variant matched, naming no key.
        crate::check_unique_keys(&text).map_err(|duplicate| {
            D::Error::custom(format_args!(
                "the JSON document inside this string, at `{}`: {}",
                duplicate.pointer, duplicate.message
            ))
        })?;
        let mut json = serde_json::Deserializer::from_str(&text);
        let value = serde_path_to_error::deserialize(crate::integral::Integral(&mut json))
            .map_err(|error| {
                D::Error::custom(format_args!(
                    "the JSON document inside this string does not fit at `{}`: {}",
                    error.path(),
                    error.inner()
                ))
            })?;
        json.end().map_err(|error| {
            D::Error::custom(format_args!(
                "the JSON document inside this string has trailing characters: {error}"
            ))
        })?;
        Ok(Self(value))
    }
}
