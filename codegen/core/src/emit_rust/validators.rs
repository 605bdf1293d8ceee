//! `Validate` impls: every constraint and cross-field rule the spec states, checked on a
//! decoded value and reported with its JSON Pointer.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ident;
use crate::ir::{Endpoint, Field, Pattern, Rule, StringFormat, Ty, TyKind, TypeDef, TypeKind};

/// The `Validate` impl of a named type.
pub(super) fn validate_impl(endpoint: &Endpoint, def: &TypeDef) -> TokenStream {
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Object { fields, rules } => {
            let mut statements: Vec<TokenStream> = fields
                .iter()
                .filter_map(|field| field_checks(endpoint, field))
                .collect();
            statements.extend(rules.iter().map(|rule| rule_check(fields, rule)));
            statements
        }
        TypeKind::Enum { .. } => Vec::new(),
        TypeKind::OneOf { variants } => {
            let arms: Vec<(Ident, TokenStream)> = variants
                .iter()
                .map(|variant| (ident(&variant.name), value_checks(endpoint, &variant.ty)))
                .collect();
            if arms.iter().all(|(_, checks)| checks.is_empty()) {
                Vec::new()
            } else {
                let arms = arms.iter().map(|(variant, checks)| {
                    if checks.is_empty() {
                        quote!(Self::#variant(_) => {})
                    } else {
                        quote!(Self::#variant(value) => { #checks })
                    }
                });
                vec![quote!(match self { #(#arms)* })]
            }
        }
    };
    let (impl_generics, generics) = if def.generic {
        (quote!(<T: rt::Validate>), quote!(<T>))
    } else {
        (quote!(), quote!())
    };
    // Nothing to check beyond the shape: the trait's default finds no violation.
    let method = (!body.is_empty()).then(|| {
        quote! {
            fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
                #(#body)*
            }
        }
    });
    quote! {
        impl #impl_generics rt::Validate for #name #generics {
            #method
        }
    }
}

/// The checks of one field, run only when it holds a value; `None` when there are none.
fn field_checks(endpoint: &Endpoint, field: &Field) -> Option<TokenStream> {
    let rust = ident(&field.rust_name);
    let wire = &field.wire_name;
    // Most constraints are one runtime call each, which reads as the spec's table does and
    // keeps the generated crate small; the rest (patterns, checks inside list items or map
    // values) are written out below.
    if let Some(calls) = field_calls(endpoint, &field.ty) {
        if calls.is_empty() {
            return None;
        }
        let calls = calls.iter().map(|call| match call {
            Call::Bound(method, bound) => {
                quote!(report.#method(&at.field(#wire), &self.#rust, #bound);)
            }
            Call::Format(method) => quote!(report.#method(&at.field(#wire), &self.#rust);),
            Call::Nested => quote!(report.validate(&at.field(#wire), &self.#rust);),
        });
        return Some(quote!(#(#calls)*));
    }
    let checks = value_checks(endpoint, &field.ty);
    let scoped = quote! {
        let at = &at.field(#wire);
        #checks
    };
    Some(match (field.required, field.nullable) {
        (true, false) => quote!({ let value = &self.#rust; #scoped }),
        (false, true) => {
            quote!(if let rt::Nullable::Value(value) = &self.#rust { #scoped })
        }
        (_, _) => quote!(if let Some(value) = &self.#rust { #scoped }),
    })
}

/// One check on a whole field, as a call of the runtime (`rt::Report`'s check methods, or
/// `Validate` for the types that implement it).
enum Call {
    /// `report.<method>(at, field, bound)`.
    Bound(Ident, TokenStream),
    /// `report.<method>(at, field)`.
    Format(Ident),
    /// `report.validate(at, field)`, for the types that implement `Validate`.
    Nested,
}

/// The calls checking a field of type `ty`, in the order `value_checks` checks them; `None`
/// when one of them has no call form.
fn field_calls(endpoint: &Endpoint, ty: &Ty) -> Option<Vec<Call>> {
    let method = |name: &str| Ident::new(name, proc_macro2::Span::call_site());
    let bound = |calls: &mut Vec<Call>, name: &str, value: Option<TokenStream>| {
        if let Some(value) = value {
            calls.push(Call::Bound(method(name), value));
        }
    };
    let c = &ty.constraints;
    let mut calls = Vec::new();
    match &ty.kind {
        TyKind::String { format } => {
            if c.pattern.is_some() {
                return None;
            }
            match format {
                Some(StringFormat::Email) => calls.push(Call::Format(method("email"))),
                Some(StringFormat::Uri) => calls.push(Call::Format(method("uri"))),
                None => {}
            }
            bound(&mut calls, "min_length", c.min_length.map(|v| quote!(#v)));
            bound(&mut calls, "max_length", c.max_length.map(|v| quote!(#v)));
        }
        TyKind::Integer | TyKind::Number => {
            bound(&mut calls, "minimum", c.minimum.map(|v| quote!(#v)));
            bound(&mut calls, "maximum", c.maximum.map(|v| quote!(#v)));
        }
        TyKind::List { items, .. } => {
            bound(&mut calls, "min_items", c.min_items.map(|v| quote!(#v)));
            bound(&mut calls, "max_items", c.max_items.map(|v| quote!(#v)));
            // Items are checked by `Vec`'s `Validate` only when their checks are exactly that.
            if !contained(endpoint, items, &mut calls) {
                return None;
            }
        }
        TyKind::Map { values } if !contained(endpoint, values, &mut calls) => return None,
        TyKind::Map { .. } => {}
        _ if nested(endpoint, ty) => calls.push(Call::Nested),
        _ => {}
    }
    Some(calls)
}

/// Adds the check of a container's items (of type `inner`) when they have one; false when
/// that check has no call form.
fn contained(endpoint: &Endpoint, inner: &Ty, calls: &mut Vec<Call>) -> bool {
    if value_checks(endpoint, inner).is_empty() {
        return true;
    }
    if !nested(endpoint, inner) {
        return false;
    }
    calls.push(Call::Nested);
    true
}

/// Whether checking `ty` is exactly its own `Validate` impl.
fn nested(endpoint: &Endpoint, ty: &Ty) -> bool {
    match &ty.kind {
        TyKind::Named { name, data: None } => !endpoint.is_enum(name),
        TyKind::Named { .. } | TyKind::JsonString(_) | TyKind::Data => true,
        _ => false,
    }
}

/// An any-of rule: at least one field is present, not `null` and not `""`.
fn rule_check(fields: &[Field], rule: &Rule) -> TokenStream {
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
    quote! {
        if !(#(#holds)||*) {
            report.push(at, rt::validate::Detail::AnyOfRequired { fields: &[#(#names),*], vi: #vi });
        }
    }
}

/// Statements checking `value` (a reference to a value of `ty`) found at `at`; empty when
/// the type states nothing to check beyond what decoding already guarantees.
fn value_checks(endpoint: &Endpoint, ty: &Ty) -> TokenStream {
    let detail = quote!(rt::validate::Detail);
    let c = &ty.constraints;
    let mut checks = Vec::new();
    match &ty.kind {
        TyKind::String { format } => {
            match format {
                Some(StringFormat::Email) => checks.push(quote! {
                    if !rt::validate::is_email(value) { report.push(at, #detail::Email); }
                }),
                Some(StringFormat::Uri) => checks.push(quote! {
                    if !rt::validate::is_uri(value) { report.push(at, #detail::Uri); }
                }),
                None => {}
            }
            if let Some(pattern) = c.pattern.as_ref().map(Pattern::as_str) {
                checks.push(quote! {
                    static PATTERN: rt::validate::Pattern = rt::validate::Pattern::new(#pattern);
                    if !PATTERN.is_match(value) { report.push(at, #detail::Pattern { pattern: #pattern }); }
                });
            }
            if c.min_length.is_some() || c.max_length.is_some() {
                let bounds = bound_checks(
                    c.min_length,
                    c.max_length,
                    quote!(MinLength),
                    quote!(MaxLength),
                );
                checks.push(quote! {
                    let measure = rt::validate::char_count(value);
                    #bounds
                });
            }
        }
        TyKind::Integer | TyKind::Number if c.minimum.is_some() || c.maximum.is_some() => {
            let bounds = bound_checks(c.minimum, c.maximum, quote!(Minimum), quote!(Maximum));
            checks.push(if ty.kind == TyKind::Integer {
                quote!({ let measure = *value as f64; #bounds })
            } else {
                quote!(if let Some(measure) = value.as_f64() { #bounds })
            });
        }
        TyKind::List {
            items,
            nullable_items,
        } => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let bounds =
                    bound_checks(c.min_items, c.max_items, quote!(MinItems), quote!(MaxItems));
                checks.push(quote!({ let measure = value.len() as u64; #bounds }));
            }
            let item_checks = value_checks(endpoint, items);
            if !item_checks.is_empty() {
                let item = if *nullable_items {
                    quote!(if let Some(value) = value { #item_checks })
                } else {
                    item_checks
                };
                checks.push(quote! {
                    for (index, value) in value.iter().enumerate() {
                        let at = &at.index(index);
                        #item
                    }
                });
            }
        }
        TyKind::Map { values } => {
            let value_checks = value_checks(endpoint, values);
            if !value_checks.is_empty() {
                checks.push(quote! {
                    for (key, value) in value {
                        let at = &at.field(key);
                        #value_checks
                    }
                });
            }
        }
        TyKind::Named { name, data: None } if endpoint.is_enum(name) => {}
        TyKind::Named { .. } | TyKind::JsonString(_) | TyKind::Data => {
            checks.push(quote!(rt::Validate::validate_at(value, at, report);));
        }
        TyKind::Integer
        | TyKind::Number
        | TyKind::Boolean
        | TyKind::Date
        | TyKind::DateTime
        | TyKind::Any
        | TyKind::Object => {}
    }
    quote!(#(#checks)*)
}

/// `if measure < min { … } if measure > max { … }` for the bounds that are set.
fn bound_checks<T: quote::ToTokens + Copy>(
    min: Option<T>,
    max: Option<T>,
    low: TokenStream,
    high: TokenStream,
) -> TokenStream {
    let detail = quote!(rt::validate::Detail);
    let min = min.map(|min| quote!(if measure < #min { report.push(at, #detail::#low(#min)); }));
    let max = max.map(|max| quote!(if measure > #max { report.push(at, #detail::#high(#max)); }));
    quote!(#min #max)
}
