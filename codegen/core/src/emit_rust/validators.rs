//! `Validate` impls: every constraint and cross-field rule the spec states, checked on a
//! decoded value and reported with its JSON Pointer.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use syn::{
    Expr, FnArg, GenericArgument, Lifetime, Receiver, ReceiverKind, ReturnType, Stmt, Type,
    TypeReference, Visibility,
};

use super::ident;
use super::tree::{
    bounded_data_parameter, function, literal, method_call, path, path_expr, path_type, reference,
    self_field, self_type, type_of, typed_arg, with_arguments, word,
};
use crate::constraint::{Bound, Target};
use crate::ir::{Endpoint, Field, Pattern, Rule, StringFormat, Ty, TyKind, TypeDef, TypeKind};

/// The `Validate` impl of a named type; nothing for an enum, whose `rt::wire_enum_impls!`
/// writes its (empty) impl.
pub(super) fn validate_impl(endpoint: &Endpoint, def: &TypeDef) -> Option<syn::Item> {
    let name = ident(&def.name);
    let body: Vec<Stmt> = match &def.kind {
        TypeKind::Object { fields, rules } => {
            let mut statements: Vec<Stmt> = fields
                .iter()
                .flat_map(|field| field_checks(endpoint, field))
                .collect();
            statements.extend(rules.iter().map(|rule| rule_check(fields, rule)));
            statements
        }
        TypeKind::Enum { .. } => return None,
        TypeKind::OneOf { variants } => {
            let arms: Vec<(Ident, Vec<Stmt>)> = variants
                .iter()
                .map(|variant| {
                    let checks =
                        value_checks(endpoint, &variant.ty, &|| path_expr(&["at"]), &|| {
                            path_expr(&["value"])
                        });
                    (ident(&variant.name), checks)
                })
                .collect();
            if arms.iter().all(|(_, checks)| checks.is_empty()) {
                Vec::new()
            } else {
                let arms = arms.iter().map(|(variant, checks)| {
                    if checks.is_empty() {
                        quote!(Self::#variant(_) => {})
                    } else {
                        quote!(Self::#variant(value) => { #(#checks)* })
                    }
                });
                vec![statement(quote!(match self { #(#arms)* }))]
            }
        }
    };
    // Nothing to check beyond the shape: the trait's default finds no violation.
    let method = (!body.is_empty()).then(|| syn::ImplItem::Fn(validate_at(body)));
    Some(syn::Item::Impl(syn::ItemImpl {
        attrs: Vec::new(),
        modifiers: Default::default(),
        unsafety: None,
        impl_token: Default::default(),
        generics: bounded_data_parameter(def.generic, &["rt", "Validate"]),
        trait_: Some((path(&["rt", "Validate"]), Default::default())),
        self_ty: Box::new(self_type(&name, def.generic)),
        brace_token: Default::default(),
        items: method.into_iter().collect(),
    }))
}

/// `fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) { body }`.
fn validate_at(body: Vec<Stmt>) -> syn::ImplItemFn {
    let receiver = FnArg::Receiver(Receiver {
        attrs: Vec::new(),
        mutability: None,
        self_token: Default::default(),
        kind: ReceiverKind::Reference(Default::default(), None, None),
    });
    let reference = |mutable: bool, ty: Type| {
        Type::Reference(TypeReference {
            attrs: Vec::new(),
            and_token: Default::default(),
            lifetime: None,
            mutability: mutable.then(Default::default),
            elem: Box::new(ty),
        })
    };
    let pointer = with_arguments(
        path(&["rt", "validate", "Pointer"]),
        [GenericArgument::Lifetime(Lifetime::new(
            "'_",
            Span::call_site(),
        ))],
    );
    function(
        Vec::new(),
        Visibility::Inherited,
        word("validate_at"),
        vec![
            receiver,
            typed_arg(word("at"), reference(false, type_of(pointer))),
            typed_arg(
                word("report"),
                reference(true, path_type(&["rt", "Report"])),
            ),
        ],
        ReturnType::Default,
        body,
    )
}

/// The checks of one field.
fn field_checks(endpoint: &Endpoint, field: &Field) -> Vec<Stmt> {
    let at = || {
        reference(method_call(
            path_expr(&["at"]),
            "field",
            vec![literal(Literal::string(&field.wire_name))],
        ))
    };
    let value = || reference(self_field(ident(&field.rust_name)));
    value_checks(endpoint, &field.ty, &at, &value)
}

/// An expression made where a check uses it (most fields have none).
type Made<'a> = &'a dyn Fn() -> Expr;

/// An any-of rule: at least one field is present, not `null` and not `""`.
fn rule_check(fields: &[Field], rule: &Rule) -> Stmt {
    let Rule::AnyOfRequired {
        fields: names,
        docs,
    } = rule;
    let holds = names.iter().filter_map(|name| {
        let field = fields.iter().find(|f| &f.wire_name == name)?;
        let rust = ident(&field.rust_name);
        let is_string = matches!(field.ty.kind, TyKind::String { .. });
        Some(match (field.required, field.nullable, is_string) {
            (true, false, true) => quote!(!self.#rust.is_empty()),
            (true, false, false) => quote!(true),
            (false, true, true) => quote!(self.#rust.as_value().is_some_and(|v| !v.is_empty())),
            (false, true, false) => quote!(self.#rust.as_value().is_some()),
            (_, _, true) => quote!(self.#rust.as_deref().is_some_and(|v| !v.is_empty())),
            (_, _, false) => quote!(self.#rust.is_some()),
        })
    });
    let vi = match &docs.vi {
        Some(vi) => quote!(Some(#vi)),
        None => quote!(None),
    };
    statement(quote! {
        if !(#(#holds)||*) {
            report.push(at, rt::validate::Detail::AnyOfRequired { fields: &[#(#names),*], vi: #vi });
        }
    })
}

/// Statements checking `value`, an expression for a reference to a value of `ty` or to an
/// optional one (`Option`, `Nullable`: the runtime's checks pass what is absent or `null`),
/// found at `at`; empty when the type states nothing to check beyond what decoding already
/// guarantees. Each constraint is one call of `rt::Report`'s checks, which reads as the spec's
/// table does and keeps the generated crate small.
fn value_checks(endpoint: &Endpoint, ty: &Ty, at: Made<'_>, value: Made<'_>) -> Vec<Stmt> {
    let c = &ty.constraints;
    let mut checks = Vec::new();
    // `report.<check>(at, value, …)`.
    let check = |method: &str, extra: Option<Expr>| {
        let args = [at(), value()].into_iter().chain(extra).collect();
        Stmt::Expr(
            method_call(path_expr(&["report"]), method, args),
            Some(Default::default()),
        )
    };
    // `report.<keyword>(at, value, bound)`, for each bound the spec sets on a `target`: the
    // runtime check named after the spec key, with a count as `u64` and a number as `f64`.
    let bounds = |checks: &mut Vec<Stmt>, target: Target| {
        for keyword in Bound::ALL.into_iter().filter(|b| b.target() == target) {
            let Some(bound) = keyword.value(c) else {
                continue;
            };
            let bound = if keyword.is_count() {
                Literal::u64_suffixed(bound as u64)
            } else {
                Literal::f64_suffixed(bound)
            };
            checks.push(check(keyword.spec_key(), Some(literal(bound))));
        }
    };
    match &ty.kind {
        TyKind::String { format } => {
            match format {
                Some(StringFormat::Email) => checks.push(check("email", None)),
                Some(StringFormat::Uri) => checks.push(check("uri", None)),
                None => {}
            }
            if let Some(pattern) = c.pattern.as_ref().map(Pattern::as_str) {
                let (at, value) = (at(), value());
                checks.push(statement(quote! {{
                    static PATTERN: rt::validate::Pattern = rt::validate::Pattern::new(#pattern);
                    report.pattern(#at, #value, &PATTERN);
                }}));
            }
            bounds(&mut checks, Target::String);
        }
        TyKind::Integer | TyKind::Number => {
            bounds(&mut checks, Target::Number);
        }
        TyKind::List { items, .. } => {
            bounds(&mut checks, Target::List);
            checks.extend(contained(endpoint, items, at, value, |value, checks| {
                quote! {
                    for (index, value) in rt::validate::items(#value).enumerate() {
                        let at = &at.index(index);
                        #(#checks)*
                    }
                }
            }));
        }
        TyKind::Map { values } => {
            checks.extend(contained(endpoint, values, at, value, |value, checks| {
                quote! {
                    for (key, value) in rt::validate::entries(#value) {
                        let at = &at.field(key);
                        #(#checks)*
                    }
                }
            }));
        }
        _ if own_validate(endpoint, ty) => checks.push(check("validate", None)),
        TyKind::Named { .. }
        | TyKind::JsonString(_)
        | TyKind::Data
        | TyKind::Boolean
        | TyKind::Date
        | TyKind::DateTime
        | TyKind::Any
        | TyKind::Object => {}
    }
    checks
}

/// The checks of a list's items or a map's values (of type `inner`): the container's own
/// `Validate` when their checks are exactly their type's, else `each(checks)`, a loop that
/// checks each one as `value` at its own `at`.
fn contained(
    endpoint: &Endpoint,
    inner: &Ty,
    at: Made<'_>,
    value: Made<'_>,
    each: impl FnOnce(Expr, Vec<Stmt>) -> TokenStream,
) -> Option<Stmt> {
    let (at, value) = (at(), value());
    if own_validate(endpoint, inner) {
        return Some(statement(quote!(report.validate(#at, #value);)));
    }
    let checks = value_checks(endpoint, inner, &|| path_expr(&["at"]), &|| {
        path_expr(&["value"])
    });
    if checks.is_empty() {
        return None;
    }
    let each = each(value, checks);
    // The loop's pointers borrow this one, so it is bound first.
    Some(statement(quote!({ let at = #at; #each })))
}

/// A statement written as tokens (the less common checks: loops, patterns, rules), read back
/// into the tree. The emitter's own tokens always parse; were one not to, it is printed as
/// written and the generated crate's build names it.
fn statement(tokens: TokenStream) -> Stmt {
    syn::parse2::<Stmt>(tokens.clone()).unwrap_or_else(|_| Stmt::Item(syn::Item::Verbatim(tokens)))
}

/// Whether checking a value of `ty` is exactly its type's own `Validate` impl: a named object
/// or one-of, a JSON string's document, an envelope's data.
fn own_validate(endpoint: &Endpoint, ty: &Ty) -> bool {
    match &ty.kind {
        TyKind::Named { name, data: None } => !endpoint.is_enum(name),
        TyKind::Named { .. } | TyKind::JsonString(_) | TyKind::Data => true,
        _ => false,
    }
}
