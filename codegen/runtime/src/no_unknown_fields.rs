use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The `unknown_fields` of a request type: always empty, because a request refuses fields its
/// spec does not name.
///
/// Generated strict structs hold it as `#[serde(flatten)] pub unknown_fields: NoUnknownFields`
/// rather than using `#[serde(deny_unknown_fields)]`: a struct with a flattened field decodes
/// only from a JSON object, where a plain derived struct would also accept a JSON array of its
/// fields' values and silently re-encode it as an object.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NoUnknownFields;

impl Serialize for NoUnknownFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_map(Some(0))?.end()
    }
}

impl<'de> Deserialize<'de> for NoUnknownFields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Refuse)
    }
}

struct Refuse;

impl<'de> Visitor<'de> for Refuse {
    type Value = NoUnknownFields;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no fields besides those the spec names")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoUnknownFields, A::Error> {
        match map.next_key::<String>()? {
            None => Ok(NoUnknownFields),
            Some(key) => Err(de::Error::custom(format_args!(
                "unknown field `{key}`: the spec names no such field"
            ))),
        }
    }
}
