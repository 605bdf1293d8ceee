//! Types that refer to themselves. A field (or one-of alternative) whose type leads back to the
//! type that holds it without a list or map in between would give the Rust type infinite size:
//! it is held in a `Box`. A cycle of required, non-nullable fields only could never be
//! written down in JSON at all (every value would need another inside it): a diagnostic.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// A direct edge: the type holding the field, the field (or variant) index, the type it leads
/// to, and whether a value must always have it (required, not nullable, or a one-of's only way).
struct Edge {
    from: String,
    index: usize,
    to: String,
    must: bool,
}

impl Resolver<'_> {
    /// Boxes every field and alternative on a cycle of direct references among `types` (the
    /// endpoint's own; shared types are boxed in their own file), and reports cycles that no
    /// value could end.
    pub(super) fn break_cycles(&mut self, types: &mut [TypeDef]) {
        let edges = direct_edges(types);
        let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut must_next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for edge in &edges {
            next.entry(&edge.from).or_default().push(&edge.to);
            if edge.must {
                must_next.entry(&edge.from).or_default().push(&edge.to);
            }
        }
        let mut boxed = Vec::new();
        let mut reported = BTreeSet::new();
        for edge in &edges {
            if reaches(&next, &edge.to, &edge.from) {
                boxed.push((edge.from.clone(), edge.index));
            }
            if edge.must
                && reaches(&must_next, &edge.to, &edge.from)
                && reported.insert(edge.from.clone())
            {
                let at = types
                    .iter()
                    .find(|def| def.name == edge.from)
                    .map(|def| def.at)
                    .unwrap_or_default();
                self.error(
                    at,
                    format!(
                        "type `{}` always holds another `{}` through required fields (a cycle without a list, map, optional or nullable field), so no JSON value could ever end; make one field optional or nullable",
                        edge.from, edge.from
                    ),
                );
            }
        }
        for (name, index) in boxed {
            let Some(def) = types.iter_mut().find(|def| def.name == name) else {
                continue;
            };
            match &mut def.kind {
                TypeKind::Object { fields, .. } => {
                    if let Some(field) = fields.get_mut(index) {
                        field.boxed = true;
                    }
                }
                TypeKind::OneOf { variants } => {
                    if let Some(variant) = variants.get_mut(index) {
                        variant.boxed = true;
                    }
                }
                TypeKind::Enum { .. } => {}
            }
        }
    }
}

/// The named type a field holds inline (not inside a list or map), if any.
fn inline_named(ty: &Ty) -> Option<&str> {
    match &ty.kind {
        TyKind::Named { name, .. } => Some(name),
        TyKind::JsonString(inner) => inline_named(inner),
        _ => None,
    }
}

fn direct_edges(types: &[TypeDef]) -> Vec<Edge> {
    let mut edges = Vec::new();
    for def in types {
        match &def.kind {
            TypeKind::Object { fields, .. } => {
                for (index, field) in fields.iter().enumerate() {
                    if let Some(to) = inline_named(&field.ty) {
                        edges.push(Edge {
                            from: def.name.clone(),
                            index,
                            to: to.to_owned(),
                            must: field.required && !field.nullable,
                        });
                    }
                }
            }
            TypeKind::OneOf { variants } => {
                for (index, variant) in variants.iter().enumerate() {
                    if let Some(to) = inline_named(&variant.ty) {
                        edges.push(Edge {
                            from: def.name.clone(),
                            index,
                            to: to.to_owned(),
                            must: variants.len() == 1,
                        });
                    }
                }
            }
            TypeKind::Enum { .. } => {}
        }
    }
    edges
}

/// Whether `to` is reachable from `from` along `next`.
fn reaches(next: &BTreeMap<&str, Vec<&str>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(name) = stack.pop() {
        if name == to {
            return true;
        }
        if seen.insert(name) {
            stack.extend(next.get(name).into_iter().flatten().copied());
        }
    }
    false
}
