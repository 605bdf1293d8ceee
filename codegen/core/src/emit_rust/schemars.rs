//! `#[schemars(…)]` attributes, so that the schemas consumers derive from the generated types
//! state the same constraints as the published ones. The derive and its attributes are behind
//! the crate's `schemars` feature: the published schemas come from the generator, and the
//! derive was a third of what rustc expanded for a generated crate.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Attribute, GenericArgument, PathArguments, Type, TypePath};

use super::tree::attr;

use crate::constraint::Bound;
use crate::ir::{Field, Pattern, StringFormat, Ty, TyKind};

/// A field's schemars attributes: its type's constraints (list items' in `inner(…)`), and the
/// schema of another type where the held one would say something else: for an optional field
/// that refuses `null`, the value type's (schemars would allow `null` for an `Option`); for a
/// required field that may be `null`, `Nullable`'s (schemars would not require an `Option`).
pub(super) fn field_attrs(field: &Field, value_ty: &Type) -> Option<Attribute> {
    let with = match (field.required, field.nullable) {
        (false, false) => Some(type_path(value_ty)),
        // Held as `Option<T>`, which schemars reads as optional: `Nullable<T>` is the same
        // schema (the value or `null`) and required.
        (true, true) => {
            let held = type_path(value_ty);
            let inner = held
                .strip_prefix("Option<")
                .and_then(|rest| rest.strip_suffix('>'))
                .unwrap_or(&held);
            Some(format!("rt::Nullable<{inner}>"))
        }
        _ => None,
    };
    let non_null = with.map(|path| quote!(with = #path));
    // One attribute a field: prettyplease gives each its own line.
    let all: Vec<TokenStream> = non_null
        .into_iter()
        .chain(value_checks(&field.ty))
        .collect();
    (!all.is_empty()).then(|| gated(quote!(schemars(#(#all),*))))
}

/// The schemars attribute of a one-of's alternative: its type's constraints, as on a field.
pub(super) fn alternative_attrs(ty: &Ty) -> Option<Attribute> {
    let all = value_checks(ty);
    (!all.is_empty()).then(|| gated(quote!(schemars(#(#all),*))))
}

/// A value's constraints, with a list's items' in `inner(…)`.
fn value_checks(ty: &Ty) -> Vec<TokenStream> {
    let inner = match &ty.kind {
        TyKind::List { items, .. } => {
            let inner = checks(items);
            (!inner.is_empty()).then(|| quote!(inner(#(#inner),*)))
        }
        _ => None,
    };
    checks(ty).into_iter().chain(inner).collect()
}

/// `attribute` applied only when the crate's `schemars` feature is on.
pub(super) fn gated(attribute: TokenStream) -> Attribute {
    let mut tokens = quote!(feature = "schemars",);
    tokens.extend(attribute);
    attr(&["cfg_attr"], tokens)
}

/// The derive of `JsonSchema` and its crate path, behind the `schemars` feature: two
/// attributes, as one did not fit a line and prettyplease spread it over five.
pub(super) fn derive() -> [Attribute; 2] {
    [
        gated(quote!(derive(rt::schemars::JsonSchema))),
        gated(quote!(schemars(crate = "rt::schemars"))),
    ]
}

/// A type as source text (`String`), for attributes that take a path in a
/// string: the tokens' own printing puts spaces around every `::`.
fn type_path(ty: &Type) -> String {
    let mut text = String::new();
    if path_text(ty, &mut text) {
        text
    } else {
        ty.to_token_stream()
            .to_string()
            .split_whitespace()
            .collect()
    }
}

/// Writes a path type (`Vec<rt::Open<Kind>>`) as the tokens print it without spaces, rather
/// than through the tokens (the emitter's types are all paths); `false` for another type.
fn path_text(ty: &Type, out: &mut String) -> bool {
    use std::fmt::Write as _;
    let Type::Path(TypePath {
        qself: None, path, ..
    }) = ty
    else {
        return false;
    };
    if path.leading_colon.is_some() {
        out.push_str("::");
    }
    for (at, segment) in path.segments.iter().enumerate() {
        if at > 0 {
            out.push_str("::");
        }
        let _ = write!(out, "{}", segment.ident);
        match &segment.arguments {
            PathArguments::None => {}
            PathArguments::AngleBracketed(arguments) => {
                out.push('<');
                for (at, argument) in arguments.args.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    let GenericArgument::Type(ty) = argument else {
                        return false;
                    };
                    if !path_text(ty, out) {
                        return false;
                    }
                }
                out.push('>');
            }
            PathArguments::Parenthesized(_) => return false,
        }
    }
    true
}

fn checks(ty: &Ty) -> Vec<TokenStream> {
    let c = &ty.constraints;
    let mut checks = Vec::new();
    if let TyKind::String {
        format: Some(format),
    } = &ty.kind
    {
        checks.push(match format {
            StringFormat::Email => quote!(email),
            StringFormat::Uri => quote!(url),
        });
    }
    if let Some(pattern) = c.pattern.as_ref().map(Pattern::as_str) {
        checks.push(quote!(regex(pattern = #pattern)));
    }
    let length = |min: Option<u64>, max: Option<u64>| {
        let min = min.map(|min| quote!(min = #min));
        let max = max.map(|max| quote!(max = #max));
        let bounds: Vec<TokenStream> = min.into_iter().chain(max).collect();
        (!bounds.is_empty()).then(|| quote!(length(#(#bounds),*)))
    };
    checks.extend(length(c.min_length, c.max_length));
    checks.extend(length(c.min_items, c.max_items));
    let min = c.minimum.map(|min| quote!(min = #min));
    let max = c.maximum.map(|max| quote!(max = #max));
    let bounds: Vec<TokenStream> = min.into_iter().chain(max).collect();
    if !bounds.is_empty() {
        checks.push(quote!(range(#(#bounds),*)));
    }
    // schemars has no attribute of its own for the keywords below: they are written as the
    // published schema writes them.
    // A decimal step is not `multipleOf` in the published schemas either.
    for bound in [Bound::MultipleOf] {
        if let Some(value) = bound.value(c).filter(|v| bound.is_stated(*v)) {
            let key = bound.schema_key();
            let value = json_tokens(&crate::emit_schema::number_json(value));
            checks.push(quote!(extend(#key = #value)));
        }
    }
    checks
}

/// A JSON value as `json!`-style tokens, for `#[schemars(extend(…))]`.
pub(super) fn json_tokens(value: &serde_json::Value) -> TokenStream {
    use serde_json::Value;
    match value {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(n), _, _) => quote!(#n),
            (None, Some(n), _) => quote!(#n),
            (None, None, Some(n)) => quote!(#n),
            (None, None, None) => quote!(null),
        },
        Value::String(text) => quote!(#text),
        Value::Array(items) => {
            let items = items.iter().map(json_tokens);
            quote!([#(#items),*])
        }
        Value::Object(map) => {
            let entries = map.iter().map(|(key, value)| {
                let value = json_tokens(value);
                quote!(#key: #value)
            });
            quote!({ #(#entries),* })
        }
    }
}
