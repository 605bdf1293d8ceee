//! Rust emitter: the IR of one endpoint → serde types, validators and metadata, as tokens
//! (for the macro) or as the body of a formatted file (for `cargo xtask codegen`), plus the
//! index module that lists every endpoint. One job a module:
//!
//! - `docs`: rustdoc from the doc's words; `endpoint`: `ENDPOINT`, body aliases, `TYPES`;
//! - `types`: structs, enums and one-ofs with their constructors; `deserialize`: the
//!   structs' `Deserialize` impls (written out, not derived); `validators`: `Validate`;
//! - `rename`: serde's `rename_all` rule for a type's names; `schemars`: constraint
//!   attributes for derived schemas; `client` and `index`: the service clients and the
//!   index module;
//! - `items`: what a module's emitter hands over ([`Items`]: tokens, and trees built directly);
//!   `tree`: the parts of those trees (why they are built, not parsed); `methods`: `new` and
//!   the setters.

mod client;
mod deserialize;
mod docs;
mod endpoint;
mod index;
mod items;
mod methods;
mod params;
mod rename;
mod schemars;
mod tree;
mod types;
mod validators;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::Endpoint;

pub use client::MethodNames;
pub use docs::module as module_docs;
pub use index::index;
pub use items::Items;

/// The items generated for an endpoint: what the macro expands to, and the body of the file
/// `cargo xtask codegen` writes.
pub fn items(endpoint: &Endpoint) -> Items {
    let info = endpoint::info(endpoint);
    let aliases = endpoint::body_aliases(endpoint);
    let parameters = params::parameters_impl(endpoint);
    // The shared types this endpoint names, re-exported, so that `endpoint::Customer` works as
    // for its own types; the definitions live once, in the service's `types` module.
    let shared = endpoint.reexported();
    let shared: Vec<Ident> = shared.iter().map(|name| ident(name)).collect();
    let reexports = (!shared.is_empty()).then(|| quote!(pub use super::types::{#(#shared),*};));
    let alias = runtime_alias();
    let mut items = Items::default();
    items.push(quote! {
        #alias
        #reexports
        #info
        #aliases
    });
    type_items(endpoint, &mut items);
    items.push(parameters);
    items
}

/// Each of `endpoint`'s types, with its `Validate` impl.
fn type_items(endpoint: &Endpoint, items: &mut Items) {
    for def in &endpoint.types {
        if let Some(twin) = types::enum_twin(def) {
            items.push(twin);
            continue;
        }
        items.extend(types::type_def(endpoint, def));
        if let Some(validate) = validators::validate_impl(endpoint, def) {
            items.push_item(validate);
        }
        items.push(types::twin_conversions(def));
    }
}

/// The items of a service's shared types: what the service's `types` module holds.
pub fn shared_items(shared: &crate::ir::SharedTypes) -> Items {
    let endpoint = shared.as_endpoint();
    let mut items = Items::default();
    // A `types.yaml` that holds only `defaults` has no items, and no use for the alias.
    if !endpoint.types.is_empty() {
        items.push(runtime_alias());
    }
    type_items(&endpoint, &mut items);
    items
}

/// The items name the runtime as `rt` (`rt::Nullable`, `rt::serde::Serialize`) rather than by
/// its full path on every field, attribute and derive, which made long lines that wrapped. It
/// is the one name an expansion adds to its module besides its own items.
fn runtime_alias() -> TokenStream {
    quote!(
        use ::codegen_runtime as rt;
    )
}

fn ident(name: &str) -> Ident {
    // Names were checked by the resolver: identifiers, or keywords that may be raw.
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}
