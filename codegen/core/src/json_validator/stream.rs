//! The validator over JSON text, in bounded memory: lists, maps, objects and envelopes are read
//! entry by entry as the parser meets them, and only a leaf (a scalar, an enum, a one-of, a JSON
//! string: what is judged whole) is held as a `Value`, judged by the same [`Walker`] and
//! dropped. A payload of any size is judged holding the text and one leaf at a time, never an
//! owned tree of the whole document (which took about 55× the payload's size).
//!
//! The report is the one [`super::validate`] gives on the parsed document: an object's
//! violations come in the spec's field order, then its unknown fields in document order, then
//! its rules, however the document orders its members.

use std::fmt;

use codegen_runtime::validate::{Detail, Pointer, Report};
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::Walker;
use crate::constraint::Bound;
use crate::ir::{Endpoint, Field, Rule, Ty, TyKind, TypeDef, TypeKind};

/// Every violation of the JSON document `text` against `ty`, or why `text` is not JSON. The
/// caller checks duplicate keys first (`check_unique_keys`), as every reader does.
pub fn validate_text(
    endpoint: &Endpoint,
    ty: &Ty,
    text: &str,
) -> Result<Report, serde_json::Error> {
    let walker = Walker {
        endpoint,
        structural_only: false,
    };
    let mut report = Report::default();
    let mut json = serde_json::Deserializer::from_str(text);
    Node {
        walker: &walker,
        ty,
        at: &Pointer::Root,
        data: None,
        lenient: false,
        null: Null::AsTheTypeSays,
        report: &mut report,
    }
    .deserialize(&mut json)?;
    json.end()?;
    Ok(report)
}

/// How a `null` at a node is judged.
#[derive(Clone, Copy)]
enum Null {
    /// Allowed (a nullable field or item, or `any`).
    Allowed,
    /// Refused as `null` (a field or item that may not be `null`).
    Refused,
    /// Judged by the type, as the walker does (a `null` where a string belongs is a wrong kind).
    AsTheTypeSays,
}

/// What a node held, as an any-of rule asks: `null`, or an empty string.
#[derive(Default)]
struct Seen {
    empty: bool,
}

/// A value of `ty` at `at`, judged as it is read.
struct Node<'a, 'p> {
    walker: &'a Walker<'a>,
    ty: &'a Ty,
    at: &'p Pointer<'p>,
    data: Option<&'a Ty>,
    lenient: bool,
    null: Null,
    report: &'p mut Report,
}

/// What a node streams: the container it is, after named types and envelopes are followed.
#[derive(Clone, Copy)]
enum Shape<'a> {
    List {
        items: &'a Ty,
        nullable_items: bool,
    },
    Map {
        values: &'a Ty,
    },
    Object {
        name: &'a str,
        def: &'a TypeDef,
        fields: &'a [Field],
        rules: &'a [Rule],
    },
    /// Judged whole.
    Leaf,
}

impl<'a> Node<'a, '_> {
    /// The shape of this node, with the `$data` filling envelopes.
    fn shape(&self) -> (Shape<'a>, Option<&'a Ty>, &'a Ty) {
        let mut ty = self.ty;
        let mut data = self.data;
        loop {
            match &ty.kind {
                TyKind::List {
                    items,
                    nullable_items,
                } => {
                    return (
                        Shape::List {
                            items,
                            nullable_items: *nullable_items,
                        },
                        data,
                        ty,
                    );
                }
                TyKind::Map { values } => return (Shape::Map { values }, data, ty),
                TyKind::Data => match data {
                    Some(inner) => {
                        ty = inner;
                        data = None;
                    }
                    None => return (Shape::Leaf, data, ty),
                },
                TyKind::Named { name, data: arg } => {
                    let data = arg.as_deref().or(data);
                    return match self.walker.endpoint.type_def(name) {
                        Some(def) => match &def.kind {
                            TypeKind::Object { fields, rules } => (
                                Shape::Object {
                                    name,
                                    def,
                                    fields,
                                    rules,
                                },
                                data,
                                ty,
                            ),
                            _ => (Shape::Leaf, data, ty),
                        },
                        None => (Shape::Leaf, data, ty),
                    };
                }
                _ => return (Shape::Leaf, data, ty),
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_> {
    type Value = Seen;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Seen, D::Error> {
        let (shape, data, ty) = self.shape();
        if let Shape::Leaf = shape {
            let value = Value::deserialize(deserializer)?;
            let seen = Seen {
                empty: value.as_str().is_some_and(str::is_empty),
            };
            match (&value, self.null) {
                (Value::Null, Null::Allowed) => {}
                (Value::Null, Null::Refused) => self.report.push(self.at, Detail::Null),
                _ => self
                    .walker
                    .walk(ty, &value, self.at, data, self.lenient, self.report),
            }
            return Ok(seen);
        }
        deserializer.deserialize_any(Container {
            node: self,
            shape,
            data,
            ty,
        })?;
        Ok(Seen::default())
    }
}

/// A list, map or object read entry by entry.
struct Container<'a, 'p> {
    node: Node<'a, 'p>,
    shape: Shape<'a>,
    data: Option<&'a Ty>,
    ty: &'a Ty,
}

impl Container<'_, '_> {
    /// What the shape expects, as the walker words it.
    fn expected(&self) -> &'static str {
        match self.shape {
            Shape::List { .. } => "a list",
            Shape::Map { .. } | Shape::Object { .. } | Shape::Leaf => "an object",
        }
    }

    /// A value of another kind (`found`) where the container belongs.
    fn wrong_kind<E>(self, found: &'static str) -> Result<(), E> {
        let expected = self.expected();
        match (found, self.node.null) {
            ("null", Null::Allowed) => {}
            ("null", Null::Refused) => self.node.report.push(self.node.at, Detail::Null),
            _ => self
                .node
                .report
                .push(self.node.at, Detail::Type { expected, found }),
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for Container<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.wrong_kind("null")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.wrong_kind("a boolean")
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.wrong_kind("an integer")
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.wrong_kind("an integer")
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.wrong_kind("a number")
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.wrong_kind("a string")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Shape::List {
            items,
            nullable_items,
        } = self.shape
        else {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return self.wrong_kind("a list");
        };
        let node = self.node;
        let null = if nullable_items || items.kind == TyKind::Any {
            Null::Allowed
        } else {
            Null::Refused
        };
        // The count checks come first, as the walker reports them; they need only the count.
        let mut items_report = Report::default();
        let mut count = 0usize;
        loop {
            let at = node.at.index(count);
            let element = Node {
                walker: node.walker,
                ty: items,
                at: &at,
                data: self.data,
                lenient: node.lenient,
                null,
                report: &mut items_report,
            };
            if seq.next_element_seed(element)?.is_none() {
                break;
            }
            count += 1;
        }
        // A list of `count` units: no allocation, and the runtime's own item-count checks.
        Bound::check_list(&self.ty.constraints, node.at, &vec![(); count], node.report);
        node.report.merge(items_report);
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let node = self.node;
        match self.shape {
            Shape::Map { values } => {
                let null = if values.kind == TyKind::Any {
                    Null::Allowed
                } else {
                    Null::Refused
                };
                while let Some(key) = map.next_key::<String>()? {
                    let at = node.at.field(&key);
                    map.next_value_seed(Node {
                        walker: node.walker,
                        ty: values,
                        at: &at,
                        data: self.data,
                        lenient: node.lenient,
                        null,
                        report: &mut *node.report,
                    })?;
                }
                Ok(())
            }
            Shape::Object {
                name,
                def,
                fields,
                rules,
            } => {
                let mut reports: Vec<Report> = fields.iter().map(|_| Report::default()).collect();
                let mut present = vec![false; fields.len()];
                let mut holds = vec![false; fields.len()];
                let mut unknown = Report::default();
                while let Some(key) = map.next_key::<String>()? {
                    let Some(index) = fields.iter().position(|f| f.wire_name == key) else {
                        map.next_value::<IgnoredAny>()?;
                        if !def.lenient {
                            unknown.push(
                                &node.at.field(&key),
                                Detail::UnknownField {
                                    field: &key,
                                    owner: name,
                                },
                            );
                        }
                        continue;
                    };
                    let field = &fields[index];
                    let at = node.at.field(&field.wire_name);
                    // `any` includes `null`, as the generated `serde_json::Value` does.
                    let null = if field.nullable || field.ty.kind == TyKind::Any {
                        Null::Allowed
                    } else {
                        Null::Refused
                    };
                    let mut is_null = false;
                    let seen = map.next_value_seed(NullProbe {
                        node: Node {
                            walker: node.walker,
                            ty: &field.ty,
                            at: &at,
                            data: self.data,
                            lenient: def.lenient,
                            null,
                            report: &mut reports[index],
                        },
                        is_null: &mut is_null,
                    })?;
                    present[index] = true;
                    holds[index] = !is_null && !seen.empty;
                }
                for (index, field) in fields.iter().enumerate() {
                    if !present[index] && field.required {
                        node.report.push(
                            &node.at.field(&field.wire_name),
                            Detail::Required {
                                field: &field.wire_name,
                            },
                        );
                    }
                    node.report.merge(std::mem::take(&mut reports[index]));
                }
                node.report.merge(unknown);
                for rule in rules {
                    let Rule::AnyOfRequired {
                        fields: names,
                        docs,
                    } = rule;
                    let held = names.iter().any(|name| {
                        fields
                            .iter()
                            .position(|f| &f.wire_name == name)
                            .is_some_and(|index| holds[index])
                    });
                    if !held {
                        let names: Vec<&str> = names.iter().map(String::as_str).collect();
                        node.report.push(
                            node.at,
                            Detail::AnyOfRequired {
                                fields: &names,
                                vi: docs.vi.as_deref(),
                            },
                        );
                    }
                }
                Ok(())
            }
            Shape::List { .. } | Shape::Leaf => {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Container {
                    node,
                    shape: self.shape,
                    data: self.data,
                    ty: self.ty,
                }
                .wrong_kind("an object")
            }
        }
    }
}

/// A field's node that also says whether the member was `null` (a rule's "holds a value").
struct NullProbe<'a, 'p> {
    node: Node<'a, 'p>,
    is_null: &'p mut bool,
}

impl<'de> DeserializeSeed<'de> for NullProbe<'_, '_> {
    type Value = Seen;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Seen, D::Error> {
        let (shape, _, _) = self.node.shape();
        if let Shape::Leaf = shape {
            // A leaf is held whole anyway: see it, then judge it.
            let value = Value::deserialize(deserializer)?;
            *self.is_null = value.is_null();
            return self.node.deserialize(value).map_err(de::Error::custom);
        }
        // A container is `null` only when the parser meets `null` where it belongs.
        let is_null = self.is_null;
        let node = self.node;
        deserializer.deserialize_any(NullAware { node, is_null })
    }
}

/// Forwards to a container's visitor, noting a `null`.
struct NullAware<'a, 'p> {
    node: Node<'a, 'p>,
    is_null: &'p mut bool,
}

impl<'de> Visitor<'de> for NullAware<'_, '_> {
    type Value = Seen;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Seen, E> {
        *self.is_null = true;
        self.container().visit_unit().map(|()| Seen::default())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Seen, E> {
        self.container().visit_bool(v).map(|()| Seen::default())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Seen, E> {
        self.container().visit_i64(v).map(|()| Seen::default())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Seen, E> {
        self.container().visit_u64(v).map(|()| Seen::default())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Seen, E> {
        self.container().visit_f64(v).map(|()| Seen::default())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Seen, E> {
        self.container().visit_str(v).map(|()| Seen {
            empty: v.is_empty(),
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Seen, A::Error> {
        self.container().visit_seq(seq).map(|()| Seen::default())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Seen, A::Error> {
        self.container().visit_map(map).map(|()| Seen::default())
    }
}

impl<'a, 'p> NullAware<'a, 'p> {
    fn container(self) -> Container<'a, 'p> {
        let (shape, data, ty) = self.node.shape();
        Container {
            node: self.node,
            shape,
            data,
            ty,
        }
    }
}
