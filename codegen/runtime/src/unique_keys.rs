//! One rule for JSON objects that name a key twice, everywhere a document is read: it is
//! refused, naming the key and its JSON Pointer. serde_json keeps the last value in a `Value`,
//! derived structs refuse a repeated known field but not a repeated unknown one, and a probe
//! that reads one member would see whichever it met: three verdicts on one document. Every
//! reader (generated decoders through [`DecodeError::decode`], the client's status probe, the
//! spec-driven validator, example checks) runs this check first.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::DecodeError;

/// `Ok` when no object in `text` names a key twice (or when `text` is not JSON at all: that is
/// the decoder's to report); otherwise the first repeated key, with its JSON Pointer and
/// position.
pub fn check_unique_keys(text: &str) -> Result<(), DecodeError> {
    let mut found = None;
    let mut json = serde_json::Deserializer::from_str(text);
    let result = Check { found: &mut found }.deserialize(&mut json);
    match (result, found) {
        (Err(error), Some(duplicate)) => Err(DecodeError {
            pointer: duplicate.pointer(),
            message: format!(
                "duplicate key `{}`: a JSON object names each key once",
                duplicate.key
            ),
            line: error.line(),
            column: error.column(),
        }),
        _ => Ok(()),
    }
}

/// The repeated key, and the segments of the path to its object, innermost first (they are
/// added as the error travels out, so a document without duplicates pays nothing for paths).
struct Duplicate {
    key: String,
    outer: Vec<String>,
}

impl Duplicate {
    fn pointer(&self) -> String {
        let mut pointer = String::new();
        for segment in self.outer.iter().rev().chain(std::iter::once(&self.key)) {
            pointer.push('/');
            pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
        }
        pointer
    }
}

struct Check<'a> {
    found: &'a mut Option<Duplicate>,
}

impl<'de> DeserializeSeed<'de> for Check<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// A key, borrowed from the text where it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(value)))
            }
            fn visit_str<E>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Keys seen in one object: a short list while it is small, a hash set once it is not (an
/// object with many keys must not cost quadratic time).
enum Seen<'de> {
    Few(Vec<Cow<'de, str>>),
    Many(HashSet<Cow<'de, str>>),
}

impl<'de> Seen<'de> {
    const FEW: usize = 16;

    /// False when `key` was seen already.
    fn insert(&mut self, key: Cow<'de, str>) -> bool {
        match self {
            Self::Few(keys) if keys.contains(&key) => false,
            Self::Few(keys) if keys.len() < Self::FEW => {
                keys.push(key);
                true
            }
            Self::Few(keys) => {
                let mut set: HashSet<Cow<'de, str>> = keys.drain(..).collect();
                set.insert(key);
                *self = Self::Many(set);
                true
            }
            Self::Many(set) => set.insert(key),
        }
    }
}

impl<'de> Visitor<'de> for Check<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // serde_json's arbitrary-precision and raw-value markers arrive as maps too; they
        // have one key and cannot repeat it.
        let mut seen = Seen::Few(Vec::new());
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if !seen.insert(key.clone()) {
                *self.found = Some(Duplicate {
                    key: key.into_owned(),
                    outer: Vec::new(),
                });
                return Err(de::Error::custom("duplicate key"));
            }
            let nested = map.next_value_seed(Check { found: self.found });
            if nested.is_err()
                && let Some(duplicate) = self.found.as_mut()
            {
                duplicate.outer.push(key.into_owned());
            }
            nested?;
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            let item = seq.next_element_seed(Check { found: self.found });
            match item {
                Ok(Some(())) => index += 1,
                Ok(None) => return Ok(()),
                Err(error) => {
                    if let Some(duplicate) = self.found.as_mut() {
                        duplicate.outer.push(index.to_string());
                    }
                    return Err(error);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check_unique_keys;

    fn duplicate(text: &str) -> Option<(String, String, usize)> {
        check_unique_keys(text)
            .err()
            .map(|error| (error.pointer, error.message, error.line))
    }

    #[test]
    fn a_repeated_key_is_named_with_its_pointer() {
        assert_eq!(duplicate(r#"{"a": 1, "b": [1, {"c": 2}]}"#), None);
        let (pointer, message, _) =
            duplicate(r#"{"email":"not-an-email","email":"a@b.co"}"#).expect("duplicate");
        assert_eq!(pointer, "/email");
        assert!(message.contains("duplicate key `email`"), "{message}");
        assert_eq!(
            duplicate("{\"data\": {\"items\": [{}, {\"x/y\": 1,\n \"x/y\": 2}]}}")
                .map(|d| (d.0, d.2)),
            Some(("/data/items/1/x~1y".to_owned(), 2))
        );
        // The same key in two objects is no duplicate; escapes name the same key.
        assert_eq!(duplicate(r#"[{"a": 1}, {"a": 2}]"#), None);
        assert!(duplicate(r#"{"a": 1, "\u0061": 2}"#).is_some());
    }

    #[test]
    fn large_objects_are_checked_in_linear_time() {
        let keys: Vec<String> = (0..50_000).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}}}", keys.join(","));
        assert_eq!(duplicate(&text), None);
        let repeated = format!("{{{}, \"k49999\": 0}}", keys.join(","));
        assert_eq!(
            duplicate(&repeated).map(|d| d.0),
            Some("/k49999".to_owned())
        );
    }

    #[test]
    fn text_that_is_not_json_is_left_to_the_decoder() {
        assert_eq!(duplicate("{"), None);
        assert_eq!(duplicate("<html>"), None);
    }
}
