//! The `Deserialize` impl of a generated struct, written out rather than derived (see
//! `codegen_runtime::de` for why): its `FromObject` reads one slot per field, one `match` arm
//! per wire name, and builds the value from the slots; the runtime's visitor does the rest.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// One field as decoding sees it.
pub(super) struct Slot {
    /// The Rust field.
    pub rust: TokenStream,
    /// Its name on the wire.
    pub wire: String,
    /// How the field is made from the slot (`__s` inside): required, optional or nullable.
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

/// The impl for struct `name` (with a type parameter `T` when `generic`); `lenient` keeps the
/// keys no slot names in `unknown`, strict refuses them.
pub(super) fn deserialize_impl(
    name: &proc_macro2::Ident,
    generic: bool,
    slots: &[Slot],
    unknown: &proc_macro2::Ident,
    lenient: bool,
) -> TokenStream {
    let vars: Vec<proc_macro2::Ident> = (0..slots.len())
        .map(|index| format_ident!("__f{}", index))
        .collect();
    // Each slot's type is inferred from the field it fills: one short line per field.
    let declarations = vars.iter().map(|var| quote!(let mut #var = None;));
    let arms = slots.iter().zip(&vars).map(|(slot, var)| {
        let wire = &slot.wire;
        quote!(#wire => __de::fill(&mut #var, #wire, &mut __map)?,)
    });
    let inits = slots.iter().zip(&vars).map(|(slot, var)| {
        let (rust, wire) = (&slot.rust, &slot.wire);
        let value = match slot.finish {
            Finish::Required => quote!(__de::required(#var, #wire)?),
            Finish::Optional => quote!(#var),
            Finish::Default => quote!(#var.unwrap_or_default()),
        };
        quote!(#rust: #value,)
    });
    let (unknown_slot, other_arm, unknown_init) = if lenient {
        (
            quote!(let mut __unknown = rt::serde_json::Map::new();),
            quote!(_ => __de::keep(&mut __unknown, __key, &mut __map)?,),
            quote!(#unknown: __unknown,),
        )
    } else {
        (
            quote!(),
            quote!(_ => return Err(__de::unknown_field(&__key)),),
            quote!(#unknown: rt::NoUnknownFields,),
        )
    };
    let type_name = name.to_string();
    let parameter = generic.then(|| quote!(, T));
    let (impl_generics, type_generics) = if generic {
        (quote!(<'de, T: rt::serde::Deserialize<'de>>), quote!(<T>))
    } else {
        (quote!(<'de>), quote!())
    };
    quote! {
        impl #impl_generics rt::de::FromObject<'de> for #name #type_generics {
            const NAME: &'static str = #type_name;
            fn from_object<A: rt::de::MapAccess<'de>>(mut __map: A) -> Result<Self, A::Error> {
                use rt::de as __de;
                #(#declarations)*
                #unknown_slot
                while let Some(__key) = __de::next_key(&mut __map)? {
                    match &*__key {
                        #(#arms)*
                        #other_arm
                    }
                }
                Ok(Self { #(#inits)* #unknown_init })
            }
        }
        rt::deserialize_object!(#name #parameter);
    }
}
