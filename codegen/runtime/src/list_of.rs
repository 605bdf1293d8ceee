//! [`ListOf`]: a body that is a JSON list whose length the doc bounds (a batch endpoint's "1 to
//! 100 records per call"), so that validating the body checks its length as well as its items.

use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::validate::{Pointer, Report, Validate};

/// A JSON list of `T` of at least `MIN` and at most `MAX` items (`0` and `u64::MAX`: no
/// bound). On the wire it is the bare list; in Rust it derefs to the `Vec`, and a `Vec` turns
/// into one with `.into()`. Decoding does not refuse a list of another length: validation
/// does, at the list's pointer, before a client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOf<T, const MIN: u64 = 0, const MAX: u64 = { u64::MAX }>(pub Vec<T>);

impl<T, const MIN: u64, const MAX: u64> ListOf<T, MIN, MAX> {
    /// The fewest items the doc allows (0: no bound).
    pub const MIN_ITEMS: u64 = MIN;
    /// The most items the doc allows (`u64::MAX`: no bound).
    pub const MAX_ITEMS: u64 = MAX;

    /// The items, as a `Vec`.
    pub fn into_inner(self) -> Vec<T> {
        self.0
    }
}

impl<T, const MIN: u64, const MAX: u64> Deref for ListOf<T, MIN, MAX> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T, const MIN: u64, const MAX: u64> DerefMut for ListOf<T, MIN, MAX> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T, const MIN: u64, const MAX: u64> From<Vec<T>> for ListOf<T, MIN, MAX> {
    fn from(items: Vec<T>) -> Self {
        Self(items)
    }
}

impl<T, const MIN: u64, const MAX: u64> FromIterator<T> for ListOf<T, MIN, MAX> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Self(items.into_iter().collect())
    }
}

impl<T, const MIN: u64, const MAX: u64> IntoIterator for ListOf<T, MIN, MAX> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T, const MIN: u64, const MAX: u64> IntoIterator for &'a ListOf<T, MIN, MAX> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Serialize, const MIN: u64, const MAX: u64> Serialize for ListOf<T, MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>, const MIN: u64, const MAX: u64> Deserialize<'de>
    for ListOf<T, MIN, MAX>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(Self)
    }
}

/// The length first, then each item at its index: the order the spec-driven validator reports.
impl<T: Validate, const MIN: u64, const MAX: u64> Validate for ListOf<T, MIN, MAX> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        if MIN > 0 {
            report.min_items(at, &self.0, MIN);
        }
        if MAX < u64::MAX {
            report.max_items(at, &self.0, MAX);
        }
        self.0.validate_at(at, report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    /// An item with nothing of its own to check.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(transparent)]
    struct N(u8);

    impl Validate for N {}

    type Batch = ListOf<N, 1, 2>;

    fn batch(items: &[u8]) -> Batch {
        items.iter().copied().map(N).collect()
    }

    fn kinds(list: &Batch) -> Vec<(String, Kind)> {
        list.validate()
            .err()
            .map(|report| {
                report
                    .violations()
                    .iter()
                    .map(|v| (v.pointer.clone(), v.kind))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn the_length_is_checked_at_the_lists_pointer() {
        assert_eq!(kinds(&batch(&[])), [(String::new(), Kind::Items)]);
        assert_eq!(kinds(&batch(&[1])), []);
        assert_eq!(kinds(&batch(&[1, 2])), []);
        assert_eq!(kinds(&batch(&[1, 2, 3])), [(String::new(), Kind::Items)]);
        // No bound given: any length.
        let unbounded: ListOf<N> = Vec::new().into();
        assert!(unbounded.validate().is_ok());
    }

    #[test]
    fn on_the_wire_it_is_the_bare_list() {
        let list: Batch = serde_json::from_str("[1, 2, 3]").expect("decoded whatever its length");
        assert_eq!(list.len(), 3);
        assert_eq!(serde_json::to_string(&list).expect("encoded"), "[1,2,3]");
        assert!(serde_json::from_str::<Batch>(r#"{"a": 1}"#).is_err());
    }
}
