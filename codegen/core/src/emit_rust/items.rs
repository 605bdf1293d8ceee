//! What the emitter makes for a module: items written as tokens, and items built as `syn`
//! trees (`tree.rs` says why). The macro turns everything into tokens and the file printer
//! reads only the tokens back, so both ways emit the same items.

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Items in file order; see the module docs.
#[derive(Default)]
pub struct Items {
    parts: Vec<Part>,
}

enum Part {
    Tokens(TokenStream),
    Item(Box<syn::Item>),
}

impl Items {
    /// Appends items written as tokens.
    pub(super) fn push(&mut self, tokens: TokenStream) {
        match self.parts.last_mut() {
            Some(Part::Tokens(last)) => last.extend(tokens),
            _ => self.parts.push(Part::Tokens(tokens)),
        }
    }

    /// Appends an item built as a tree.
    pub(super) fn push_item(&mut self, item: syn::Item) {
        self.parts.push(Part::Item(Box::new(item)));
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
                Part::Item(item) => item.to_tokens(&mut tokens),
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
                Part::Item(item) => file.items.push(*item),
            }
        }
        Ok(file)
    }
}
