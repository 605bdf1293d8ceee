//! The `Deserialize` impl of a generated struct, written out rather than derived (see
//! `codegen_runtime::de` for why): one `rt::deserialize_object!` call that lists each field
//! once, with (in parentheses) its wire name where that is not the field's own and how an
//! absent key is read.
//! The runtime's macro writes the slots, the `match` and the visitor.

use proc_macro2::Ident;
use quote::quote;

use super::ident;

/// One field as decoding sees it.
pub(super) struct Slot<'a> {
    /// The Rust field, `r#` and all.
    pub rust: &'a str,
    /// Its name on the wire.
    pub wire: &'a str,
    /// How the field is made when its key is absent.
    pub finish: Finish,
}

/// How a field's value is made from its slot.
pub(super) enum Finish {
    /// The key must be present.
    Required,
    /// Absent is `None`: the slot is the field.
    Optional,
    /// Absent is the type's default (`Nullable::Absent`).
    Default,
}

/// The impl for struct `name` (with a type parameter `T` when `generic`); `unknown` is the
/// field that keeps (lenient) or refuses (strict) the keys no slot names, by its type.
pub(super) fn deserialize_impl(
    name: &Ident,
    generic: bool,
    slots: &[Slot<'_>],
    unknown: &Ident,
) -> syn::Item {
    let fields = slots.iter().map(|slot| {
        let rust = ident(slot.rust);
        // `stringify!` of the field is its wire name unless renamed (or raw: `r#type`).
        let wire = (slot.rust != slot.wire).then_some(slot.wire);
        let finish = match slot.finish {
            Finish::Required => Some(quote!(required)),
            Finish::Optional => None,
            Finish::Default => Some(quote!(default)),
        };
        match (wire, finish) {
            (None, None) => quote!(#rust),
            (None, Some(finish)) => quote!(#rust(#finish)),
            (Some(wire), None) => quote!(#rust(#wire)),
            (Some(wire), Some(finish)) => quote!(#rust(#wire, #finish)),
        }
    });
    let parameter = generic.then(|| quote!([T]));
    super::tree::macro_call(
        &["rt", "deserialize_object"],
        quote!(#name #parameter, #unknown; #(#fields),*),
    )
}
