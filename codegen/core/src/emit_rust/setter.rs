//! A setter built as a `syn` tree (see `items.rs` for why):
//!
//! ```text
//! pub fn with_note(mut self, value: impl Into<String>) -> Self {
//!     self.note = Some(value.into());
//!     self
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream};
use syn::punctuated::Punctuated;
use syn::{
    AngleBracketedGenericArguments, Block, Expr, ExprAssign, ExprCall, ExprField, ExprMethodCall,
    ExprPath, FnArg, GenericArgument, Generics, ImplItemFn, Member, Pat, PatIdent, PatType, Path,
    PathArguments, PathSegment, Receiver, ReceiverKind, ReturnType, Safety, Signature, Stmt,
    TraitBound, Type, TypeImplTrait, TypeParamBound, TypePath, Visibility,
};

/// `pub fn name(mut self, value: impl Into<value_ty>) -> Self { self.field = wrapper(value.into()); self }`;
/// `wrapper` is a path (`["Some"]`, `["rt", "Nullable", "Value"]`).
pub(super) fn setter(
    name: Ident,
    field: Ident,
    value_ty: TokenStream,
    wrapper: &[&str],
) -> ImplItemFn {
    // The emitter's own type tokens always parse; were one not to, it is printed as written.
    let value_ty = syn::parse2::<Type>(value_ty.clone()).unwrap_or(Type::Verbatim(value_ty));
    let into = Path {
        leading_colon: None,
        segments: Punctuated::from_iter([PathSegment {
            ident: word("Into"),
            arguments: PathArguments::AngleBracketed(AngleBracketedGenericArguments {
                colon2_token: None,
                lt_token: Default::default(),
                args: Punctuated::from_iter([GenericArgument::Type(value_ty)]),
                gt_token: Default::default(),
            }),
        }]),
    };
    let receiver = FnArg::Receiver(Receiver {
        attrs: Vec::new(),
        mutability: Some(Default::default()),
        self_token: Default::default(),
        kind: ReceiverKind::Value,
    });
    let value = FnArg::Typed(PatType {
        attrs: Vec::new(),
        pat: Box::new(Pat::Ident(PatIdent {
            attrs: Vec::new(),
            by_ref: None,
            mutability: None,
            ident: word("value"),
            subpat: None,
        })),
        colon_token: Default::default(),
        ty: Box::new(Type::ImplTrait(TypeImplTrait {
            attrs: Vec::new(),
            impl_token: Default::default(),
            bounds: Punctuated::from_iter([TypeParamBound::Trait(TraitBound {
                paren_token: None,
                lifetimes: None,
                modifiers: Default::default(),
                maybe: None,
                path: into,
            })]),
        })),
    });
    let converted = Expr::MethodCall(ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(path_expr(&["value"])),
        dot_token: Default::default(),
        method: word("into"),
        turbofish: None,
        paren_token: Default::default(),
        args: Punctuated::new(),
    });
    let assign = Expr::Assign(ExprAssign {
        attrs: Vec::new(),
        left: Box::new(Expr::Field(ExprField {
            attrs: Vec::new(),
            base: Box::new(path_expr(&["self"])),
            dot_token: Default::default(),
            member: Member::Named(field),
        })),
        eq_token: Default::default(),
        right: Box::new(Expr::Call(ExprCall {
            attrs: Vec::new(),
            func: Box::new(path_expr(wrapper)),
            paren_token: Default::default(),
            args: Punctuated::from_iter([converted]),
        })),
    });
    ImplItemFn {
        attrs: Vec::new(),
        vis: Visibility::Public(Default::default()),
        modifiers: Default::default(),
        sig: Signature {
            constness: None,
            asyncness: None,
            safety: Safety::Default,
            abi: None,
            fn_token: Default::default(),
            ident: name,
            generics: Generics::default(),
            paren_token: Default::default(),
            inputs: Punctuated::from_iter([receiver, value]),
            variadic: None,
            output: ReturnType::Type(
                Default::default(),
                Box::new(Type::Path(TypePath {
                    attrs: Vec::new(),
                    qself: None,
                    path: path(&["Self"]),
                })),
            ),
        },
        block: Block {
            brace_token: Default::default(),
            stmts: vec![
                Stmt::Expr(assign, Some(Default::default())),
                Stmt::Expr(path_expr(&["self"]), None),
            ],
        },
    }
}

fn word(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn path(segments: &[&str]) -> Path {
    Path {
        leading_colon: None,
        segments: segments
            .iter()
            .map(|segment| PathSegment::from(word(segment)))
            .collect(),
    }
}

fn path_expr(segments: &[&str]) -> Expr {
    Expr::Path(ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: path(segments),
    })
}

#[cfg(test)]
mod tests {
    use quote::{format_ident, quote};

    use super::setter;

    /// `impl Thing { item }` as prettyplease prints it.
    fn printed(item: syn::ImplItemFn) -> String {
        let mut file: syn::File = syn::parse2(quote!(impl Thing {})).expect("parses");
        if let Some(syn::Item::Impl(block)) = file.items.first_mut() {
            block.items.push(syn::ImplItem::Fn(item));
        }
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_built_setter_prints_as_the_same_setter_written_as_tokens() {
        let cases = [
            ("note", quote!(String), &["Some"][..], quote!(Some)),
            ("r#type", quote!(rt::Open<Kind>), &["Some"], quote!(Some)),
            ("tags", quote!(Vec<String>), &["Some"], quote!(Some)),
            (
                "gone_at",
                quote!(rt::DateTime),
                &["rt", "Nullable", "Value"],
                quote!(rt::Nullable::Value),
            ),
            (
                "a_field_with_a_name_long_enough_to_wrap_its_signature",
                quote!(std::collections::BTreeMap<String, Vec<rt::Open<SomeLongEnumName>>>),
                &["Some"],
                quote!(Some),
            ),
        ];
        for (field, ty, wrapper, wrapper_tokens) in cases {
            let name = format_ident!("with_{}", field.trim_start_matches("r#"));
            let field = match field.strip_prefix("r#") {
                Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
                None => format_ident!("{field}"),
            };
            let written: syn::ImplItemFn = syn::parse2(quote! {
                pub fn #name(mut self, value: impl Into<#ty>) -> Self {
                    self.#field = #wrapper_tokens(value.into());
                    self
                }
            })
            .expect("parses");
            let built = setter(name, field, ty, wrapper);
            assert_eq!(printed(built), printed(written));
        }
    }
}
