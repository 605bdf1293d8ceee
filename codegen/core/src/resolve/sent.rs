//! A shared type where an endpoint sends it. A service's shared types are read leniently
//! (unknown fields kept, enums open): they serve responses. An endpoint that sends one (its
//! request, or a strict type of its own, names it) gets the type's strict twin instead,
//! `<Name>Sent`: the same fields and rules from the same definition in `types.yaml`, with unknown
//! fields refused and enums closed, as every request type is. What a twin names among the shared
//! types is a twin too, so strictness holds all the way down. The service generates each twin
//! that one of its endpoints sends, once, beside the lenient type.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Endpoint, SharedTypes, Ty, TyKind, TypeDef, TypeKind};

/// The name of `name`'s strict twin.
pub(crate) fn twin_name(name: &str) -> String {
    format!("{name}Sent")
}

/// Points `endpoint`'s request body and strict types at the strict twins of the shared types
/// they name, and adds those twins to its shared types. An error names a twin whose name the
/// service already uses for a type of its own.
pub(crate) fn send_strictly(endpoint: &mut Endpoint) -> Result<(), String> {
    // The message of a notification the vendor sends is read, not sent: no twins.
    let sent_body = endpoint
        .request
        .iter()
        .filter(|_| endpoint.inbound.is_none());
    let mut roots: Vec<&Ty> = sent_body.map(|body| &body.ty).collect();
    for def in endpoint.types.iter().filter(|def| !def.lenient) {
        roots.extend(tys_of(def));
    }
    // Walked among the shared types only: a lenient type of the endpoint's own keeps what it
    // names lenient.
    let reached: BTreeSet<String> = crate::ir::reachable(&[&endpoint.shared], roots)
        .into_iter()
        .filter(|name| {
            endpoint
                .shared
                .iter()
                .any(|def| &def.name == name && !def.generic)
        })
        .collect();
    if reached.is_empty() {
        return Ok(());
    }
    let mut twins = Vec::new();
    for def in endpoint.shared.iter().filter(|d| reached.contains(&d.name)) {
        let name = twin_name(&def.name);
        if endpoint.type_def(&name).is_some() {
            return Err(format!(
                "`{name}` is the name of `{}`'s strict twin (the form an endpoint sends), but the service declares a type of that name; rename it",
                def.name
            ));
        }
        let mut twin = def.clone();
        twin.name = name;
        twin.lenient = false;
        twin.twin_of = Some(def.name.clone());
        rename_in_def(&mut twin, &reached);
        twins.push(twin);
    }
    if let Some(body) = endpoint.request.as_mut()
        && endpoint.inbound.is_none()
    {
        rename(&mut body.ty, &reached);
    }
    for def in endpoint.types.iter_mut().filter(|def| !def.lenient) {
        rename_in_def(def, &reached);
    }
    endpoint.shared.extend(twins);
    Ok(())
}

/// Adds to `shared` the twins its service's `endpoints` send, each once, in the order of the
/// types they are twins of.
pub(crate) fn gather(shared: &mut SharedTypes, endpoints: &[Endpoint]) {
    // Every endpoint's twin of a type is the same (made from one definition): the first found.
    let mut sent: BTreeMap<&str, &TypeDef> = BTreeMap::new();
    for twin in endpoints
        .iter()
        .filter(|endpoint| endpoint.service == shared.service)
        .flat_map(|endpoint| &endpoint.shared)
        .filter(|def| def.twin_of.is_some())
    {
        sent.entry(twin.name.as_str()).or_insert(twin);
    }
    let twins: Vec<TypeDef> = shared
        .types
        .iter()
        .filter_map(|def| {
            sent.get(twin_name(&def.name).as_str())
                .map(|twin| (*twin).clone())
        })
        .collect();
    shared.types.extend(twins);
}

fn tys_of(def: &TypeDef) -> Vec<&Ty> {
    match &def.kind {
        TypeKind::Object { fields, .. } => fields.iter().map(|field| &field.ty).collect(),
        TypeKind::OneOf { variants } => variants.iter().map(|variant| &variant.ty).collect(),
        TypeKind::Enum { .. } => Vec::new(),
    }
}

fn rename_in_def(def: &mut TypeDef, twinned: &BTreeSet<String>) {
    match &mut def.kind {
        TypeKind::Object { fields, .. } => {
            for field in fields {
                rename(&mut field.ty, twinned);
            }
        }
        TypeKind::OneOf { variants } => {
            for variant in variants {
                rename(&mut variant.ty, twinned);
            }
        }
        TypeKind::Enum { .. } => {}
    }
}

/// `ty` naming the twin of each type in `twinned` that it names.
fn rename(ty: &mut Ty, twinned: &BTreeSet<String>) {
    match &mut ty.kind {
        TyKind::List { items, .. } | TyKind::Map { values: items } => rename(items, twinned),
        TyKind::JsonString(inner) => rename(inner, twinned),
        TyKind::Named { name, data } => {
            if let Some(data) = data {
                rename(data, twinned);
            }
            if twinned.contains(name.as_str()) {
                *name = twin_name(name);
            }
        }
        _ => {}
    }
}
