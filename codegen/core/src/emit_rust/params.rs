//! `impl Parameters` for an endpoint's params type: each parameter that has a value, as text,
//! where the spec says it goes.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ident;
use crate::ir::{Endpoint, TyKind};
use codegen_runtime::ParamLocation;

/// The impl, or nothing for an endpoint without parameters.
pub(super) fn parameters_impl(endpoint: &Endpoint) -> TokenStream {
    let Some(type_name) = endpoint.params_type.as_deref() else {
        return quote!();
    };
    let name = ident(type_name);
    let statements = endpoint.params.iter().map(|param| {
        let wire = &param.name;
        let rust = ident(&param.field.rust_name);
        let set = match (param.location, &param.field.ty.kind) {
            (ParamLocation::Query, TyKind::List { .. }) => {
                let style = format_ident!(
                    "{}",
                    format!(
                        "{:?}",
                        param.style.unwrap_or(codegen_runtime::QueryStyle::Repeat)
                    )
                );
                quote!(values.query_list(#wire, value, rt::QueryStyle::#style);)
            }
            (ParamLocation::Query, _) => quote!(values.query(#wire, value);),
            (ParamLocation::Path, _) => quote!(values.path(#wire, value);),
            (ParamLocation::Header, _) => quote!(values.header(#wire, value);),
        };
        if param.field.required {
            quote!({ let value = &self.#rust; #set })
        } else {
            quote!(if let Some(value) = &self.#rust { #set })
        }
    });
    quote! {
        impl rt::Parameters for #name {
            fn values(&self) -> rt::ParamValues {
                let mut values = rt::ParamValues::default();
                #(#statements)*
                values
            }
        }
    }
}
