//! The `$id`s of published schemas, with and without a release's version. Releases write them
//! (`release.rs`) and set comparisons read past them (`schema_changes.rs`).

use semver::Version;
use serde_json::Value;

/// How every published schema's `$id` starts; the service follows, then (in a release) the
/// version.
pub const ID_PREFIX: &str = "urn:generated-client:";

/// `id` without a release version: `urn:generated-client:tiki:1.2.0:types` →
/// `urn:generated-client:tiki:types`; anything else as it is.
pub fn strip_version(id: &str) -> String {
    let Some(rest) = id.strip_prefix(ID_PREFIX) else {
        return id.to_owned();
    };
    let mut parts = rest.splitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(service), Some(version), Some(tail)) if Version::parse(version).is_ok() => {
            format!("{ID_PREFIX}{service}:{tail}")
        }
        _ => id.to_owned(),
    }
}

/// `id` with `version` after its service: `urn:generated-client:tiki:types` →
/// `urn:generated-client:tiki:1.2.0:types`; anything else as it is.
pub fn with_version(id: &str, version: &Version) -> String {
    let Some(rest) = id.strip_prefix(ID_PREFIX) else {
        return id.to_owned();
    };
    match rest.split_once(':') {
        Some((service, tail)) => format!("{ID_PREFIX}{service}:{version}:{tail}"),
        None => id.to_owned(),
    }
}

/// `schema` with `version` in every `$id` and `$ref` of ours.
pub fn versioned(schema: &Value, version: &Version) -> Value {
    map_ids(schema, &|id| with_version(id, version))
}

/// `schema` with every `$id` and `$ref` string passed through `map`.
pub fn map_ids(schema: &Value, map: &dyn Fn(&str) -> String) -> Value {
    match schema {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(key, value)| {
                    let value = match (key.as_str(), value) {
                        ("$id" | "$ref", Value::String(text)) => Value::String(map(text)),
                        _ => map_ids(value, map),
                    };
                    (key.clone(), value)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| map_ids(v, map)).collect()),
        other => other.clone(),
    }
}
