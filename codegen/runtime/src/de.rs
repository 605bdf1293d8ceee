//! The generated types' `Deserialize` impls: [`deserialize_object!`](crate::deserialize_object) for structs and
//! [`wire_enum_impls!`](crate::wire_enum_impls) for string enums, and what they call. They are not derived: serde's derive spends ~100 lines of expanded code per field (a wrapper
//! type for each `deserialize_with`, a buffered path for the flattened `unknown_fields`), and
//! that was half of what rustc compiled for a generated crate. Each field is now one slot, one
//! `match` arm and one line of the result (and one word in the generated file), with the derive's verdicts and messages: `missing
//! field`, `duplicate field`, `null` refused where the spec does not allow it, unknown fields
//! refused (strict types) or kept (lenient ones), and anything but a JSON object refused.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, Deserialize, Deserializer, Visitor};

use crate::NoUnknownFields;

/// Named in every generated `FromObject` impl; here, so that it reads `rt::de::MapAccess`.
pub use serde::de::MapAccess;

/// A key of a JSON object, borrowed from the input when it can be.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key as an owned string.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl Deref for Key<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(Name("a field name"))
    }
}

/// Reads a name (a key, a variant) into a [`Key`]; what it expected, for errors.
struct Name(&'static str);

impl<'de> Visitor<'de> for Name {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

/// The next key of the object, or `None` at its end.
pub fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key<'de>>, A::Error> {
    map.next_key()
}

/// Reads the value of field `name` into its empty `slot`; a second occurrence is an error.
pub fn fill<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    name: &'static str,
    map: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Keeps the value of a key no field names, in a lenient struct's `unknown_fields`.
pub fn keep<'de, A: MapAccess<'de>>(
    unknown: &mut serde_json::Map<String, serde_json::Value>,
    key: Key<'de>,
    map: &mut A,
) -> Result<(), A::Error> {
    unknown.insert(key.into_string(), map.next_value()?);
    Ok(())
}

/// The value of required field `name`, or the error saying it is missing.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The error of a strict type meeting a field its spec does not name.
pub fn unknown_field<E: de::Error>(key: &str) -> E {
    E::custom(format_args!(
        "unknown field `{key}`: the spec names no such field"
    ))
}

/// A generated struct, read from the entries of a JSON object: the part of its `Deserialize`
/// that differs from struct to struct. [`object`] supplies the rest (the visitor, and the error
/// for anything that is not an object), once for every struct.
pub trait FromObject<'de>: Sized {
    /// The struct's name, for errors: `invalid type: string, expected struct Name`, as the
    /// derive says it.
    const NAME: &'static str;

    /// Reads the struct from the object's entries.
    fn from_object<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// A generated struct read from a JSON object: what its `Deserialize` impl
/// ([`deserialize_object!`](crate::deserialize_object)) calls.
pub fn object<'de, D: Deserializer<'de>, T: FromObject<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// The `Deserialize` impl of a generated struct: its [`FromObject`] impl, read through
/// [`object`]. The generated file lists each field once, in the order of the struct:
///
/// ```text
/// rt::deserialize_object!(Name, unknown_fields; id(required), r#type("type"), note(default));
/// ```
///
/// - `Name[T]` is a struct with a type parameter `T` (an envelope);
/// - the ident after the comma is the struct's [`UnknownKeys`] field, which keeps or refuses
///   the keys no field names;
/// - a field's parentheses give its wire name when that is not the field's own, and how an
///   absent key is read: `required` is an error (`missing field`), `default` is
///   `Default::default()` (a [`Nullable`](crate::Nullable) field's `Absent`), and without
///   either the field (an `Option`) is `None`.
///
/// One slot, one `match` arm and one line of the result per field, as a hand-written visitor
/// would have; written once here instead of three lines a field in every generated file.
#[macro_export]
macro_rules! deserialize_object {
    (
        $name:ident $([$param:ident])?, $unknown:ident;
        $($field:ident $(($($how:tt)*))?),* $(,)?
    ) => {
        impl<'de $(, $param: $crate::serde::Deserialize<'de>)?> $crate::de::FromObject<'de>
            for $name $(<$param>)?
        {
            const NAME: &'static str = ::core::stringify!($name);

            fn from_object<A: $crate::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::core::result::Result<Self, A::Error> {
                $(let mut $field = ::core::option::Option::None;)*
                let mut unknown = ::core::default::Default::default();
                while let ::core::option::Option::Some(key) = $crate::de::next_key(&mut map)? {
                    match &*key {
                        $($crate::__wire_name!($field; $($($how)*)?) => $crate::de::fill(
                            &mut $field,
                            $crate::__wire_name!($field; $($($how)*)?),
                            &mut map,
                        )?,)*
                        _ => $crate::de::UnknownKeys::take(&mut unknown, key, &mut map)?,
                    }
                }
                ::core::result::Result::Ok(Self {
                    $($field: $crate::__field_value!($field; $($($how)*)?),)*
                    $unknown: unknown,
                })
            }
        }

        impl<'de $(, $param: $crate::serde::Deserialize<'de>)?> $crate::serde::Deserialize<'de>
            for $name $(<$param>)?
        {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::de::object(d)
            }
        }
    };
}

/// A field's wire name in [`deserialize_object!`]: the one given, or the field's own.
#[doc(hidden)]
#[macro_export]
macro_rules! __wire_name {
    ($field:ident; $wire:literal $(, $finish:ident)?) => {
        $wire
    };
    ($field:ident; $($finish:ident)?) => {
        ::core::stringify!($field)
    };
}

/// A field's value from its slot in [`deserialize_object!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __field_value {
    ($slot:ident; $($wire:literal,)? required) => {
        $crate::de::required($slot, $crate::__wire_name!($slot; $($wire)?))?
    };
    ($slot:ident; $($wire:literal,)? default) => {
        $slot.unwrap_or_default()
    };
    ($slot:ident; $($wire:literal)?) => {
        $slot
    };
}

/// Where a generated struct puts the keys no field names: a lenient struct's
/// `serde_json::Map` keeps them, a strict struct's [`NoUnknownFields`] refuses them.
pub trait UnknownKeys<'de>: Default {
    /// Takes the value of `key`, which no field names, from `map`.
    fn take<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error>;
}

impl<'de> UnknownKeys<'de> for serde_json::Map<String, serde_json::Value> {
    fn take<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error> {
        keep(self, key, map)
    }
}

impl<'de> UnknownKeys<'de> for NoUnknownFields {
    fn take<A: MapAccess<'de>>(&mut self, key: Key<'de>, _: &mut A) -> Result<(), A::Error> {
        Err(unknown_field(&key))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromObject<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(map)
    }
}

/// The value of a generated string enum whose wire names are `names`, `all` its values in the
/// same order; another string is the derive's `unknown variant` error naming the listed ones.
pub fn enum_value<'de, D: Deserializer<'de>, T: Copy>(
    deserializer: D,
    names: &'static [&'static str],
    all: &[T],
) -> Result<T, D::Error> {
    let key = deserializer.deserialize_str(Name("variant identifier"))?;
    match names.iter().position(|name| *name == &*key) {
        Some(at) => all
            .get(at)
            .copied()
            .ok_or_else(|| de::Error::unknown_variant(&key, names)),
        None => Err(de::Error::unknown_variant(&key, names)),
    }
}

/// What every generated string enum shares, made from its variants and their wire names in
/// the doc's order, which the generated file lists once:
/// `rt::wire_enum_impls!(Status; Active("active"), Closed("closed"));`
///
/// It writes `ALL` and `WIRE` (the values and their wire names), `as_str` (the wire name),
/// `Display` (the same), `Deserialize` (a lookup in `WIRE` through [`enum_value`], with serde's
/// `unknown variant` error) and an empty `Validate` (the type states all there is). The
/// variants must be declared in the same order, without explicit discriminants.
#[macro_export]
macro_rules! wire_enum_impls {
    ($name:ident; $($variant:ident($wire:literal)),+ $(,)?) => {
        impl $name {
            /// Every value, in the doc's order.
            pub const ALL: [Self; [$($wire),+].len()] = [$(Self::$variant),+];

            /// The wire names of `ALL`, in the same order.
            pub const WIRE: [&'static str; [$($wire),+].len()] = [$($wire),+];

            /// The value as on the wire.
            pub const fn as_str(self) -> &'static str {
                Self::WIRE[self as usize]
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::de::enum_value(d, &Self::WIRE, &Self::ALL)
            }
        }

        impl $crate::Validate for $name {}
    };
}
