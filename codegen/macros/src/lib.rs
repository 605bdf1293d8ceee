//! `generate!("specs/ladiflow/customer_create.yaml")` expands to exactly the items that
//! `cargo xtask codegen` writes for that spec: one code path, through
//! [`codegen_core::expand`].
//!
//! The path is looked up from the folder of the source file that invokes the macro, then from
//! each of that folder's ancestors, so a crate inside a workspace names a spec as the workspace
//! does (`specs/…`), and the lookup is the same wherever the build folder is (a global
//! `CARGO_TARGET_DIR`, trybuild's scratch crates). Where the compiler cannot say which file
//! invoked the macro (some IDE expansions), the calling crate's `CARGO_MANIFEST_DIR` and its
//! ancestors are searched instead.
//!
//! Editing the spec or its examples rebuilds the caller on stable Rust: the expansion
//! `include_bytes!`s them. A bad spec becomes one `compile_error!` per problem, with the text
//! the xtask prints (`specs/x.yaml:12:5: error: …`), never a panic.
//!
//! The calling crate depends on `codegen-runtime`, which the generated items name.

use std::path::PathBuf;

use proc_macro::TokenStream;
use quote::quote_spanned;

/// Expands to the types, validators and metadata generated from a spec file.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let invoked_from = input
        .clone()
        .into_iter()
        .next()
        .and_then(|token| token.span().local_file());
    let literal = match syn::parse::<syn::LitStr>(input) {
        Ok(literal) => literal,
        Err(error) => return error.to_compile_error().into(),
    };
    let span = literal.span();
    match codegen_core::expand(&literal.value(), &search_start(invoked_from)) {
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

/// The folder the spec is looked up from: the invoking file's (made absolute against the
/// compiler's working folder, which is what a relative path in a span is relative to), or the
/// calling crate's manifest folder.
fn search_start(invoked_from: Option<PathBuf>) -> PathBuf {
    let from_file = invoked_from.and_then(|file| {
        let file = if file.is_absolute() {
            file
        } else {
            std::env::current_dir().ok()?.join(file)
        };
        file.parent().map(PathBuf::from)
    });
    from_file
        .unwrap_or_else(|| PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()))
}
