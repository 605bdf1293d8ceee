//! One rule for JSON objects that name a key twice, everywhere a document is read: it is
//! refused, naming the key and its JSON Pointer. serde_json keeps the last value in a `Value`,
//! derived structs refuse a repeated known field but not a repeated unknown one, and a probe
//! that reads one member would see whichever it met: three verdicts on one document. Every
//! reader (generated decoders through [`DecodeError::decode`], the client's status probe, the
//! spec-driven validator, example checks) runs this check first. The client's probe reads its
//! status values in the same pass ([`check_and_read`]): a second parse of every answer costs
//! more than the rest of the client.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::DecodeError;

/// `Ok` when no object in `text` names a key twice (or when `text` is not JSON at all: that is
/// the decoder's to report); otherwise the first repeated key, with its JSON Pointer and
/// position.
pub fn check_unique_keys(text: &str) -> Result<(), DecodeError> {
    walk(text, &[]).map(|_| ())
}

/// [`check_unique_keys`], reading on the way the value at each JSON Pointer of `pointers`
/// (`None` where nothing is there, or where `text` is not JSON).
#[cfg(feature = "client")]
pub(crate) fn check_and_read<'a, 'p>(
    text: &str,
    pointers: &'a [&'p str],
) -> Result<Values<'a, 'p>, DecodeError> {
    walk(text, pointers).map(|read| Values { pointers, read })
}

/// The check, and the value at each of `pointers`.
fn walk(text: &str, pointers: &[&str]) -> Result<Vec<Option<serde_json::Value>>, DecodeError> {
    let mut found = None;
    let mut read = vec![None; pointers.len()];
    let wanted: Vec<Wanted<'_>> = pointers
        .iter()
        .enumerate()
        .map(|(index, pointer)| Wanted {
            index,
            rest: pointer,
        })
        .collect();
    let mut json = serde_json::Deserializer::from_str(text);
    let result = Check {
        found: &mut found,
        wanted: &wanted,
        read: &mut read,
    }
    .deserialize(&mut json);
    let syntax_error = result.is_err();
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
        // Text that is not JSON has nothing at any pointer (the decoder reports it).
        _ if syntax_error => Ok(vec![None; pointers.len()]),
        _ => Ok(read),
    }
}

/// The values [`check_and_read`] found, by pointer.
#[cfg(feature = "client")]
pub(crate) struct Values<'a, 'p> {
    pointers: &'a [&'p str],
    read: Vec<Option<serde_json::Value>>,
}

#[cfg(feature = "client")]
impl Values<'_, '_> {
    /// The value at `pointer`, one of those asked for; `None` when nothing is there.
    pub(crate) fn value_at(&self, pointer: &str) -> Option<serde_json::Value> {
        let at = self.pointers.iter().position(|p| *p == pointer)?;
        self.read[at].clone()
    }
}

/// A pointer still being followed: its index among those asked for, and the segments left
/// (`/a/b`), empty once the walk stands on its value.
#[derive(Clone, Copy)]
struct Wanted<'p> {
    index: usize,
    rest: &'p str,
}

impl<'p> Wanted<'p> {
    /// What is left of this pointer below the member or item `name`, when it goes there.
    fn below(self, name: Name<'_>) -> Option<Self> {
        let rest = self.rest.strip_prefix('/')?;
        let (segment, rest) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let goes = match name {
            Name::Key(key) => crate::pointer::unescape(segment) == key,
            Name::Index(index) => crate::pointer::index(segment) == Some(index),
        };
        goes.then_some(Self {
            index: self.index,
            rest,
        })
    }
}

/// Where a nested value is: a member's key or an item's index (made into text only for a
/// duplicate's path).
#[derive(Clone, Copy)]
enum Name<'k> {
    Key(&'k str),
    Index(usize),
}

impl Name<'_> {
    fn segment(self) -> String {
        match self {
            Self::Key(key) => key.to_owned(),
            Self::Index(index) => index.to_string(),
        }
    }
}

/// Notes `key`, repeated in the object being read, and stops the walk.
fn repeated<E: de::Error>(found: &mut Option<Duplicate>, key: Cow<'_, str>) -> E {
    *found = Some(Duplicate {
        key: key.into_owned(),
        outer: Vec::new(),
    });
    E::custom("duplicate key")
}

/// `result` of reading the member or item `name`: a duplicate found inside gets `name` in its
/// path, as the error travels out.
fn within<T, E>(
    found: &mut Option<Duplicate>,
    name: Name<'_>,
    result: Result<T, E>,
) -> Result<T, E> {
    if result.is_err()
        && let Some(duplicate) = found.as_mut()
    {
        duplicate.outer.push(name.segment());
    }
    result
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

/// The check of one value, reading the values of the pointers that go into it.
struct Check<'a, 'p> {
    found: &'a mut Option<Duplicate>,
    wanted: &'a [Wanted<'p>],
    read: &'a mut [Option<serde_json::Value>],
}

impl<'a, 'p> Check<'a, 'p> {
    /// Checks the member or item `name` with `seed`: read whole where a pointer ends there,
    /// else checked, following the pointers that go below it. A duplicate inside gets `name`
    /// in its path.
    fn nested<T, E>(
        &mut self,
        name: Name<'_>,
        seed: impl FnOnce(Check<'_, 'p>) -> Result<T, E>,
    ) -> Result<T, E> {
        let below: Vec<Wanted<'p>> = self
            .wanted
            .iter()
            .filter_map(|wanted| wanted.below(name))
            .collect();
        let result = seed(Check {
            found: self.found,
            wanted: &below,
            read: self.read,
        });
        within(self.found, name, result)
    }
}

impl<'de> DeserializeSeed<'de> for Check<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.wanted.iter().any(|wanted| wanted.rest.is_empty()) {
            // A pointer ends here: the value is read whole, checked as it is built, and the
            // pointers that go on below it are read from it.
            let value = Read { found: self.found }.deserialize(deserializer)?;
            for wanted in self.wanted {
                self.read[wanted.index] = value.pointer(wanted.rest).cloned();
            }
            return Ok(());
        }
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

impl<'de> Visitor<'de> for Check<'_, '_> {
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
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        // serde_json's arbitrary-precision and raw-value markers arrive as maps too; they
        // have one key and cannot repeat it.
        let mut seen = Seen::Few(Vec::new());
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if !seen.insert(key.clone()) {
                return Err(repeated(self.found, key));
            }
            self.nested(Name::Key(&key), |check| map.next_value_seed(check))?;
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        for index in 0usize.. {
            if self
                .nested(Name::Index(index), |check| seq.next_element_seed(check))?
                .is_none()
            {
                break;
            }
        }
        Ok(())
    }
}

/// A value read whole (where a probed pointer ends), its objects checked as it is built.
struct Read<'a> {
    found: &'a mut Option<Duplicate>,
}

impl<'de> DeserializeSeed<'de> for Read<'_> {
    type Value = serde_json::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Read<'_> {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Self::Value, E> {
        Ok(value.into())
    }
    fn visit_i64<E>(self, value: i64) -> Result<Self::Value, E> {
        Ok(value.into())
    }
    fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
        Ok(value.into())
    }
    fn visit_f64<E>(self, value: f64) -> Result<Self::Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(serde_json::Value::Null, Into::into))
    }
    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(value.into())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = serde_json::Map::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if members.contains_key(key.as_ref()) {
                return Err(repeated(self.found, key));
            }
            let value = map.next_value_seed(Read { found: self.found });
            let value = within(self.found, Name::Key(&key), value)?;
            members.insert(key.into_owned(), value);
        }
        Ok(members.into())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let item = seq.next_element_seed(Read { found: self.found });
            match within(self.found, Name::Index(items.len()), item)? {
                Some(item) => items.push(item),
                None => return Ok(items.into()),
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

    /// The values at `pointers`, read in the check's pass, as JSON text (`-` where absent).
    #[cfg(feature = "client")]
    fn read(text: &str, pointers: &[&str]) -> Result<Vec<String>, String> {
        let values = super::check_and_read(text, pointers).map_err(|error| error.pointer)?;
        Ok(pointers
            .iter()
            .map(|pointer| {
                values
                    .value_at(pointer)
                    .map_or("-".to_owned(), |v| v.to_string())
            })
            .collect())
    }

    #[cfg(feature = "client")]
    #[test]
    fn the_probe_reads_its_pointers_in_the_checking_pass() {
        let text = r#"{"code": 200, "data": {"a~b": 1, "c/d": [2, {"e": "x"}]}, "error": null}"#;
        let pointers = [
            "/code",
            "/data/a~0b",
            "/data/c~1d/1/e",
            "/data/c~1d/1",
            "/error",
            "/nope",
            "/code/x",
        ];
        assert_eq!(
            read(text, &pointers),
            Ok(["200", "1", r#""x""#, r#"{"e":"x"}"#, "null", "-", "-"]
                .map(str::to_owned)
                .to_vec())
        );
        // A pointer read twice, and an index written with a leading zero, which names nothing.
        assert_eq!(
            read(r#"{"a": [7]}"#, &["/a/0", "/a/0", "/a/00"]),
            Ok(vec!["7".into(), "7".into(), "-".into()])
        );
        // A repeated key, inside a value read whole or beside the pointers, is still refused.
        assert_eq!(
            read(r#"{"error": {"code": 1, "code": 2}}"#, &["/error"]),
            Err("/error/code".into())
        );
        assert_eq!(
            read(r#"{"code": 1, "x": [{"y": 1, "y": 2}]}"#, &["/code"]),
            Err("/x/0/y".into())
        );
        // Text that is not JSON holds nothing at any pointer, even what came before its fault.
        assert_eq!(read(r#"{"code": 400"#, &["/code"]), Ok(vec!["-".into()]));
        assert_eq!(read("<html>", &["/code"]), Ok(vec!["-".into()]));
    }

    #[test]
    fn text_that_is_not_json_is_left_to_the_decoder() {
        assert_eq!(duplicate("{"), None);
        assert_eq!(duplicate("<html>"), None);
    }
}
