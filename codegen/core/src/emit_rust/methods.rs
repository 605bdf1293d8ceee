//! A struct's `new` and setters, built as `syn` trees (see `tree.rs` for why):
//!
//! ```text
//! /// A value with its required fields (`id`); every other field absent.
//! pub fn new(id: impl Into<String>) -> Self {
//!     Self { id: id.into(), note: None, unknown_fields: Default::default() }
//! }
//! pub fn with_note(mut self, value: impl Into<String>) -> Self {
//!     self.note = Some(value.into());
//!     self
//! }
//! ```

use proc_macro2::Ident;
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{
    Attribute, Expr, ExprAssign, ExprStruct, FieldValue, FnArg, ImplItemFn, Member, Receiver,
    ReceiverKind, ReturnType, Stmt, Type, TypeImplTrait, Visibility,
};

use super::tree::{
    attr, call, doc, function, generic_path, ident_expr, method_call, path, path_expr, path_type,
    self_field, trait_bound, typed_arg, word,
};

/// How `new` fills a field.
pub(super) enum Init {
    /// From the parameter of the same name: `field.into()`, wrapped in `wrapper` if any.
    Given(Option<&'static [&'static str]>),
    /// Absent: this value (`None`, `rt::Nullable::Absent`).
    Absent(&'static [&'static str]),
}

/// `new`: `doc`, the parameters `(name, type)` (each `impl Into<type>`), and the fields it fills
/// (the struct's own, then `unknown`, empty); `None` for a struct whose every field is
/// optional, whose `new` is `Default::default()`.
pub(super) fn constructor(
    doc: &str,
    params: Vec<(Ident, Type)>,
    fields: Option<(Vec<(Ident, Init)>, Ident)>,
) -> ImplItemFn {
    let mut attrs = vec![self::doc(doc)];
    if params.len() > 7 {
        attrs.push(attr(&["allow"], quote!(clippy::too_many_arguments)));
    }
    let inputs = params
        .into_iter()
        .map(|(name, ty)| impl_into(name, ty))
        .collect();
    let body = match fields {
        None => call(path_expr(&["Default", "default"]), Vec::new()),
        Some((fields, unknown)) => {
            let values = fields.into_iter().map(|(field, init)| {
                let value = match init {
                    Init::Absent(value) => path_expr(value),
                    Init::Given(wrapper) => {
                        let converted = into(ident_expr(field.clone()));
                        match wrapper {
                            Some(wrapper) => call(path_expr(wrapper), vec![converted]),
                            None => converted,
                        }
                    }
                };
                field_value(field, value)
            });
            let unknown = field_value(
                unknown,
                call(path_expr(&["Default", "default"]), Vec::new()),
            );
            Expr::Struct(ExprStruct {
                attrs: Vec::new(),
                qself: None,
                path: path(&["Self"]),
                brace_token: Default::default(),
                fields: values.chain([unknown]).collect(),
                dot2_token: None,
                rest: None,
            })
        }
    };
    method(attrs, word("new"), inputs, vec![Stmt::Expr(body, None)])
}

/// `pub fn name(mut self, value: impl Into<value_ty>) -> Self { self.field = wrapper(value.into()); self }`;
/// `wrapper` is a path (`["Some"]`, `["rt", "Nullable", "Value"]`).
pub(super) fn setter(name: Ident, field: Ident, value_ty: Type, wrapper: &[&str]) -> ImplItemFn {
    let receiver = FnArg::Receiver(Receiver {
        attrs: Vec::new(),
        mutability: Some(Default::default()),
        self_token: Default::default(),
        kind: ReceiverKind::Value,
    });
    let assign = Expr::Assign(ExprAssign {
        attrs: Vec::new(),
        left: Box::new(self_field(field)),
        eq_token: Default::default(),
        right: Box::new(call(path_expr(wrapper), vec![into(path_expr(&["value"]))])),
    });
    method(
        Vec::new(),
        name,
        vec![receiver, impl_into(word("value"), value_ty)],
        vec![
            Stmt::Expr(assign, Some(Default::default())),
            Stmt::Expr(path_expr(&["self"]), None),
        ],
    )
}

/// `#attrs pub fn name(inputs) -> Self { stmts }`.
fn method(attrs: Vec<Attribute>, name: Ident, inputs: Vec<FnArg>, stmts: Vec<Stmt>) -> ImplItemFn {
    function(
        attrs,
        Visibility::Public(Default::default()),
        name,
        inputs,
        ReturnType::Type(Default::default(), Box::new(path_type(&["Self"]))),
        stmts,
    )
}

/// The parameter `name: impl Into<ty>`.
fn impl_into(name: Ident, ty: Type) -> FnArg {
    let into = generic_path(path(&["Into"]), vec![ty]);
    typed_arg(
        name,
        Type::ImplTrait(TypeImplTrait {
            attrs: Vec::new(),
            impl_token: Default::default(),
            bounds: Punctuated::from_iter([trait_bound(into)]),
        }),
    )
}

/// `value.into()`.
fn into(value: Expr) -> Expr {
    method_call(value, "into", Vec::new())
}

/// `field: value` in a struct expression.
fn field_value(field: Ident, value: Expr) -> FieldValue {
    FieldValue {
        attrs: Vec::new(),
        member: Member::Named(field),
        colon_token: Some(Default::default()),
        expr: value,
    }
}

#[cfg(test)]
mod tests {
    use quote::{format_ident, quote};

    use super::{Init, constructor, setter};

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
            let name = format_ident!("{}", crate::names::setter_name(field));
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
            let built = setter(name, field, syn::parse2(ty).expect("a type"), wrapper);
            assert_eq!(printed(built), printed(written));
        }
    }

    #[test]
    fn a_built_constructor_prints_as_the_same_constructor_written_as_tokens() {
        let id = || format_ident!("id");
        let kind = || proc_macro2::Ident::new_raw("type", proc_macro2::Span::call_site());
        let unknown = || format_ident!("unknown_fields");
        let built = constructor(
            " A value with its required fields (`id`, `type`); every other field absent.",
            vec![
                (id(), syn::parse_quote!(String)),
                (kind(), syn::parse_quote!(Option<rt::Open<Kind>>)),
            ],
            Some((
                vec![
                    (id(), Init::Given(None)),
                    (format_ident!("note"), Init::Absent(&["None"])),
                    (kind(), Init::Given(None)),
                    (
                        format_ident!("gone"),
                        Init::Absent(&["rt", "Nullable", "Absent"]),
                    ),
                ],
                unknown(),
            )),
        );
        let written: syn::ImplItemFn = syn::parse2(quote! {
            #[doc = " A value with its required fields (`id`, `type`); every other field absent."]
            pub fn new(id: impl Into<String>, r#type: impl Into<Option<rt::Open<Kind>>>) -> Self {
                Self {
                    id: id.into(),
                    note: None,
                    r#type: r#type.into(),
                    gone: rt::Nullable::Absent,
                    unknown_fields: Default::default(),
                }
            }
        })
        .expect("parses");
        assert_eq!(printed(built), printed(written));

        // Eight parameters: clippy's `too_many_arguments` is allowed; every field optional:
        // the default.
        let names: Vec<_> = (0..8).map(|n| format_ident!("f{n}")).collect();
        let params = names
            .iter()
            .map(|name| (name.clone(), syn::parse_quote!(i64)))
            .collect();
        let built = constructor(" Eight.", params, None);
        let written: syn::ImplItemFn = syn::parse2(quote! {
            #[doc = " Eight."]
            #[allow(clippy::too_many_arguments)]
            pub fn new(#(#names: impl Into<i64>),*) -> Self {
                Default::default()
            }
        })
        .expect("parses");
        assert_eq!(printed(built), printed(written));
    }
}
