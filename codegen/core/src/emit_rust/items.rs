//! What the emitter makes for a module: tokens, with each struct's `new` and setters built as
//! `syn` trees.
//!
//! `cargo xtask codegen` formats with prettyplease, which prints `syn` trees, so every token the
//! emitter makes is read back by `syn` first. The setters (one for each optional field) and
//! `new` were the largest share of that re-reading; built as trees (`methods.rs`), they print to
//! the same bytes without it. The macro turns everything into tokens, so both ways emit the same
//! items.

use proc_macro2::TokenStream;
use quote::quote;

/// Items in file order; see the module docs.
#[derive(Default)]
pub struct Items {
    parts: Vec<Part>,
}

enum Part {
    Tokens(TokenStream),
    /// An inherent impl: its attributes and head (`impl Name`), the items written as tokens,
    /// then the ones built as trees.
    Impl {
        head: TokenStream,
        body: TokenStream,
        built: Vec<syn::ImplItemFn>,
    },
}

impl Items {
    /// Appends items written as tokens.
    pub(super) fn push(&mut self, tokens: TokenStream) {
        match self.parts.last_mut() {
            Some(Part::Tokens(last)) => last.extend(tokens),
            _ => self.parts.push(Part::Tokens(tokens)),
        }
    }

    /// Appends the impl `head { body built… }`.
    pub(super) fn push_impl(
        &mut self,
        head: TokenStream,
        body: TokenStream,
        built: Vec<syn::ImplItemFn>,
    ) {
        self.parts.push(Part::Impl { head, body, built });
    }

    /// Appends `other`'s items.
    pub(super) fn extend(&mut self, other: Items) {
        for part in other.parts {
            match part {
                Part::Tokens(tokens) => self.push(tokens),
                part => self.parts.push(part),
            }
        }
    }

    /// Every item as tokens (what the macro expands to).
    pub fn into_tokens(self) -> TokenStream {
        let mut tokens = TokenStream::new();
        for part in self.parts {
            match part {
                Part::Tokens(part) => tokens.extend(part),
                Part::Impl { head, body, built } => {
                    tokens.extend(quote!(#head { #body #(#built)* }));
                }
            }
        }
        tokens
    }

    /// The items as a file, after `prefix` (the module's inner attributes): the tokens read by
    /// `syn`, the trees as they are.
    pub fn into_file(self, prefix: TokenStream) -> syn::Result<syn::File> {
        let mut file: syn::File = syn::parse2(prefix)?;
        for part in self.parts {
            match part {
                Part::Tokens(tokens) => {
                    let part: syn::File = syn::parse2(tokens)?;
                    file.items.extend(part.items);
                }
                Part::Impl { head, body, built } => {
                    let mut item: syn::ItemImpl = syn::parse2(quote!(#head { #body }))?;
                    item.items.extend(built.into_iter().map(syn::ImplItem::Fn));
                    file.items.push(syn::Item::Impl(item));
                }
            }
        }
        Ok(file)
    }
}
