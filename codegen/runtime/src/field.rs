//! Helpers that generated `#[serde(...)]` attributes name.

use serde::{Deserialize, Deserializer};

/// Reads an optional field that must not be `null`.
///
/// Used as `#[serde(default, deserialize_with = "…::field::present")]` on `Option<T>`: an absent
/// field stays `None` through `default`, and an explicit `null` is an error instead of being
/// silently turned into "absent" (which would change the document on the way back out).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Reads a required field that may be `null`.
///
/// Used as `#[serde(deserialize_with = "…::field::nullable")]` on `Option<T>`: serde would
/// otherwise treat a missing `Option` field as `None`, and a required field must be present.
pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}
