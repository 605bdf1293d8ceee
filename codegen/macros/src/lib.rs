//! `generate!("specs/ladiflow/customer_create.yaml")` expands to exactly the items that
//! `cargo xtask codegen` writes for that spec: one code path, through
//! [`codegen_core::expand`].
//!
//! The path is looked up from the calling crate's `CARGO_MANIFEST_DIR`, then from each of its
//! ancestors, so a crate inside a workspace names a spec as the workspace does. Editing the
//! spec or its examples rebuilds the caller on stable Rust: the expansion `include_bytes!`s
//! them. A bad spec becomes one `compile_error!` per problem, with the text the xtask prints
//! (`specs/x.yaml:12:5: error: …`), never a panic.
//!
//! The calling crate depends on `codegen-runtime`, which the generated items name.

use proc_macro::TokenStream;
use quote::quote_spanned;

/// Expands to the types, validators and metadata generated from a spec file.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let literal = match syn::parse::<syn::LitStr>(input) {
        Ok(literal) => literal,
        Err(error) => return error.to_compile_error().into(),
    };
    let span = literal.span();
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    match codegen_core::expand(&literal.value(), std::path::Path::new(&manifest_dir)) {
        Ok(tokens) => tokens.into(),
        Err(diagnostics) => {
            let errors = diagnostics.iter().map(|diagnostic| {
                let message = diagnostic.to_string();
                quote_spanned!(span=> ::core::compile_error!(#message);)
            });
            quote_spanned!(span=> #(#errors)*).into()
        }
    }
}
