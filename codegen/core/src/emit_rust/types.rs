//! Named types: serde structs with constructors and setters, string enums, one-ofs; and the
//! Rust type of every type expression.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::items::Items;
use super::{deserialize, docs, ident, methods, rename, schemars};
use crate::ir::{
    Endpoint, EnumValue, Field, Rule, Ty, TyKind, TypeDef, TypeKind, UNKNOWN_FIELDS, Variant,
};

/// The Rust type of a type expression; `lenient` opens enums (the enclosing type reads a
/// response).
pub(super) fn ty_tokens(endpoint: &Endpoint, ty: &Ty, lenient: bool) -> TokenStream {
    match &ty.kind {
        TyKind::String { .. } => quote!(String),
        TyKind::Integer => quote!(i64),
        TyKind::Number => quote!(rt::serde_json::Number),
        TyKind::Boolean => quote!(bool),
        TyKind::Date => quote!(rt::Date),
        TyKind::DateTime => quote!(rt::DateTime),
        TyKind::Any => quote!(rt::serde_json::Value),
        TyKind::List {
            items,
            nullable_items,
        } => {
            let items = ty_tokens(endpoint, items, lenient);
            if *nullable_items {
                quote!(Vec<Option<#items>>)
            } else {
                quote!(Vec<#items>)
            }
        }
        TyKind::Named { name, data } => {
            let name_ident = type_path(endpoint, name);
            match data {
                Some(data) => {
                    let data = ty_tokens(endpoint, data, lenient);
                    quote!(#name_ident<#data>)
                }
                None if lenient && endpoint.is_enum(name) => {
                    quote!(rt::Open<#name_ident>)
                }
                None => quote!(#name_ident),
            }
        }
        TyKind::JsonString(inner) => {
            let inner = ty_tokens(endpoint, inner, lenient);
            quote!(rt::JsonString<#inner>)
        }
        TyKind::Map { values } => {
            let values = ty_tokens(endpoint, values, lenient);
            quote!(rt::indexmap::IndexMap<String, #values>)
        }
        TyKind::Object => quote!(
            rt::serde_json::Map<String, rt::serde_json::Value>
        ),
        TyKind::Data => quote!(T),
    }
}

/// The path of the named type `name` from an endpoint's module: the type itself, or
/// `super::types::Name` for one of the service's shared types.
fn type_path(endpoint: &Endpoint, name: &str) -> TokenStream {
    let ident = ident(name);
    if endpoint.is_shared(name) {
        quote!(super::types::#ident)
    } else {
        quote!(#ident)
    }
}

/// A named type's item and inherent impls.
pub(super) fn type_def(endpoint: &Endpoint, def: &TypeDef) -> Items {
    let mut lines = Vec::new();
    docs::text(&def.docs, &mut lines);
    let mut items = Items::default();
    match &def.kind {
        TypeKind::Object { fields, rules } => return object(endpoint, def, fields, rules, lines),
        TypeKind::Enum { values } => items.push(enumeration(def, values, lines)),
        TypeKind::OneOf { variants } => items.push(one_of(endpoint, def, variants, lines)),
    }
    items
}

/// The strict twin of a shared enum: the enum itself, since a Rust enum is closed wherever it is
/// not wrapped in `rt::Open` (which only lenient fields do). One type, so that code naming the
/// enum keeps compiling where an endpoint now sends its twin.
pub(super) fn enum_twin(def: &TypeDef) -> Option<TokenStream> {
    let of = def.twin_of.as_deref()?;
    if !matches!(def.kind, TypeKind::Enum { .. }) {
        return None;
    }
    let (name, of_ident) = (super::ident(&def.name), super::ident(of));
    let doc = format!(
        " `{of}` where an endpoint sends it: the same closed enum (responses read it through `rt::Open`)."
    );
    Some(quote! {
        #[doc = #doc]
        pub type #name = #of_ident;
    })
}

/// Between a shared record and its strict twin, both ways, through their JSON: the strict form
/// always fits the lenient one; the lenient form fits the strict one unless it holds unknown
/// fields or enum values (the error names the JSON Pointer).
pub(super) fn twin_conversions(def: &TypeDef) -> TokenStream {
    let Some(of) = def.twin_of.as_deref() else {
        return TokenStream::new();
    };
    let (twin, of) = (super::ident(&def.name), super::ident(of));
    quote! {
        impl ::core::convert::TryFrom<#of> for #twin {
            type Error = rt::DecodeError;
            fn try_from(value: #of) -> ::core::result::Result<Self, Self::Error> {
                rt::recode(&value)
            }
        }
        impl ::core::convert::TryFrom<#twin> for #of {
            type Error = rt::DecodeError;
            fn try_from(value: #twin) -> ::core::result::Result<Self, Self::Error> {
                rt::recode(&value)
            }
        }
    }
}

/// A paragraph after the doc's own words (or the first, where the doc has none).
fn paragraph(lines: &mut Vec<String>, text: String) {
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(text);
}

/// serde's `rename_all` for a type whose members have these `(rust, wire)` names: the rule,
/// and the container attribute's argument (`, rename_all = "camelCase"`) where there is one.
fn rename_all(
    member: rename::Member,
    names: &[(&str, &str)],
) -> (Option<rename::Rule>, Option<TokenStream>) {
    let rule = rename::rule(member, names);
    let argument = rule.map(|rule| {
        let rule = rule.name();
        quote!(, rename_all = #rule)
    });
    (rule, argument)
}

fn enumeration(def: &TypeDef, values: &[EnumValue], mut lines: Vec<String>) -> TokenStream {
    paragraph(
        &mut lines,
        if def.lenient {
            "Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.".to_owned()
        } else {
            "A closed set: no other value is accepted.".to_owned()
        },
    );
    docs::remarks(&def.remarks, &mut lines);
    let type_docs = docs::attrs(&lines);
    let name = ident(&def.name);
    // A value the doc does not describe is its wire name, which `WIRE` lists.
    let undocumented = values
        .iter()
        .any(|value| value.docs.joined("").is_none())
        .then(|| quote!(#[allow(missing_docs)]));
    let names: Vec<(&str, &str)> = values
        .iter()
        .map(|value| (value.variant.as_str(), value.value.as_str()))
        .collect();
    let (rule, rename_all) = rename_all(rename::Member::Variant, &names);
    let variants = values.iter().map(|value| {
        let mut lines = Vec::new();
        docs::text(&value.docs, &mut lines);
        let docs = docs::attrs(&lines);
        let variant = ident(&value.variant);
        let wire = &value.value;
        let rename = rename::needs_rename(rule, rename::Member::Variant, &value.variant, wire)
            .then(|| quote!(#[serde(rename = #wire)]));
        quote!(#docs #rename #variant)
    });
    let listed = values.iter().map(|value| {
        let (variant, wire) = (ident(&value.variant), &value.value);
        quote!(#variant(#wire))
    });
    let schemars_derive = schemars::derive();
    quote! {
        #type_docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
        #[serde(crate = "rt::serde" #rename_all)]
        #schemars_derive
        // A value the vendor adds is a compatible change (`cargo xtask diff`), so
        // matches outside this crate keep a wildcard arm.
        #[non_exhaustive]
        #undocumented
        pub enum #name {
            #(#variants,)*
        }
        // `ALL`, `WIRE`, `as_str`, `Display`, `Deserialize` (a lookup in `WIRE`) and `Validate`,
        // the same for every enum.
        rt::wire_enum_impls!(#name; #(#listed),*);
    }
}

fn one_of(
    endpoint: &Endpoint,
    def: &TypeDef,
    variants: &[Variant],
    mut lines: Vec<String>,
) -> TokenStream {
    paragraph(
        &mut lines,
        "Decoding tries each alternative in order and takes the first that fits.".to_owned(),
    );
    docs::remarks(&def.remarks, &mut lines);
    let docs = docs::attrs(&lines);
    let name = ident(&def.name);
    let variants = variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let ty = ty_tokens(endpoint, &variant.ty, def.lenient);
        if variant.boxed {
            quote!(#variant_name(Box<#ty>))
        } else {
            quote!(#variant_name(#ty))
        }
    });
    let schemars_derive = schemars::derive();
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
        #[serde(crate = "rt::serde", untagged)]
        #schemars_derive
        #[non_exhaustive]
        // Each alternative is named after its shape, which its type shows.
        #[allow(missing_docs)]
        pub enum #name {
            #(#variants,)*
        }
    }
}

/// How a field is held: its Rust type, and the type a setter or constructor takes.
struct Holder {
    field_ty: TokenStream,
    value_ty: TokenStream,
    attrs: TokenStream,
    /// The path that wraps a value into the field (`Some`), if any.
    wrapper: Option<&'static [&'static str]>,
    /// The field's value when absent (`None`); `None` for a required field.
    absent: Option<&'static [&'static str]>,
}

impl Holder {
    fn new(endpoint: &Endpoint, def: &TypeDef, field: &Field, rule: Option<rename::Rule>) -> Self {
        let value_ty = ty_tokens(endpoint, &field.ty, def.lenient);
        // A recursive field is boxed; `Box<T>: From<T>`, so setters still take a `T`.
        let value_ty = if field.boxed {
            quote!(Box<#value_ty>)
        } else {
            value_ty
        };
        let wire = &field.wire_name;
        let rename = rename::needs_rename(rule, rename::Member::Field, &field.rust_name, wire)
            .then(|| quote!(rename = #wire,));
        // One `serde` attribute a field: its rename (where the type's rule misses it), then
        // how absence is read and written.
        let serde = |absence: TokenStream| quote!(#[serde(#rename #absence)]);
        // A field always present needs no attribute unless it is renamed.
        let present = if rename.is_some() {
            serde(quote!())
        } else {
            TokenStream::new()
        };
        match (field.required, field.nullable) {
            (true, false) => Self {
                field_ty: value_ty.clone(),
                value_ty,
                attrs: present,
                wrapper: None,
                absent: None,
            },
            // Always present, maybe `null`: the constructor takes the `Option` itself, so that
            // `None` (null) can be passed too.
            (true, true) => Self {
                field_ty: quote!(Option<#value_ty>),
                value_ty: quote!(Option<#value_ty>),
                attrs: present,
                wrapper: None,
                absent: None,
            },
            (false, false) => Self {
                field_ty: quote!(Option<#value_ty>),
                value_ty,
                attrs: serde(quote!(default, skip_serializing_if = "Option::is_none")),
                wrapper: Some(&["Some"]),
                absent: Some(&["None"]),
            },
            (false, true) => Self {
                field_ty: quote!(rt::Nullable<#value_ty>),
                value_ty,
                attrs: serde(quote!(
                    default,
                    skip_serializing_if = "rt::Nullable::is_absent"
                )),
                wrapper: Some(&["rt", "Nullable", "Value"]),
                absent: Some(&["rt", "Nullable", "Absent"]),
            },
        }
    }
}

fn object(
    endpoint: &Endpoint,
    def: &TypeDef,
    fields: &[Field],
    rules: &[Rule],
    mut lines: Vec<String>,
) -> Items {
    docs::rules(rules, &mut lines);
    if let Some(of) = &def.twin_of {
        paragraph(
            &mut lines,
            format!(
                "The form of the shared `{of}` that endpoints send, from the same definition; `TryFrom` converts between the two."
            ),
        );
    }
    paragraph(
        &mut lines,
        if def.lenient {
            format!(
                "Read from responses: fields the spec does not name are kept in `{UNKNOWN_FIELDS}`, so a round trip loses nothing."
            )
        } else {
            format!(
                "Read strictly: fields the spec does not name are refused (`{UNKNOWN_FIELDS}` stays empty)."
            )
        },
    );
    docs::remarks(
        def.remarks.iter().filter(|r| r.field().is_none()),
        &mut lines,
    );
    let type_docs = docs::attrs(&lines);

    let closed = (!def.lenient)
        .then(|| schemars::gated(quote!(schemars(extend("additionalProperties" = false)))));
    // One `allOf` with every rule: schemars refuses a key extended twice.
    let rule_attrs = (!rules.is_empty()).then(|| {
        let rules = rules
            .iter()
            .map(|rule| schemars::json_tokens(&crate::emit_schema::rule_json(fields, rule)));
        schemars::gated(quote!(schemars(extend("allOf" = [#(#rules),*]))))
    });
    let name = ident(&def.name);
    let generics = def.generic.then(|| quote!(<T>));
    let names: Vec<(&str, &str)> = fields
        .iter()
        .map(|field| (field.rust_name.as_str(), field.wire_name.as_str()))
        .collect();
    let (rule, rename_all) = rename_all(rename::Member::Field, &names);
    let holders: Vec<Holder> = fields
        .iter()
        .map(|field| Holder::new(endpoint, def, field, rule))
        .collect();
    let field_docs: Vec<Vec<String>> = fields.iter().map(|field| docs::field(def, field)).collect();
    // A field the doc says nothing about is its wire name and its type.
    let undocumented = field_docs
        .iter()
        .any(Vec::is_empty)
        .then(|| quote!(#[allow(missing_docs)]));
    let field_decls =
        fields
            .iter()
            .zip(&holders)
            .zip(&field_docs)
            .map(|((field, holder), docs)| {
                let docs = docs::attrs(docs);
                let rust = ident(&field.rust_name);
                let (attrs, ty) = (&holder.attrs, &holder.field_ty);
                let schema = schemars::field_attrs(field, &holder.value_ty);
                quote!(#docs #attrs #schema pub #rust: #ty)
            });
    let slots: Vec<deserialize::Slot> = fields
        .iter()
        .map(|field| {
            let finish = match (field.required, field.nullable) {
                (true, _) => deserialize::Finish::Required,
                (false, false) => deserialize::Finish::Optional,
                (false, true) => deserialize::Finish::Default,
            };
            deserialize::Slot {
                rust: &field.rust_name,
                wire: &field.wire_name,
                finish,
            }
        })
        .collect();
    let unknown = ident(UNKNOWN_FIELDS);
    let deserialize = deserialize::deserialize_impl(&name, def.generic, &slots, &unknown);
    let unknown_decl = if def.lenient {
        quote! {
            /// Fields the spec does not name, kept as they came.
            #[serde(flatten)]
            pub #unknown: rt::serde_json::Map<String, rt::serde_json::Value>,
        }
    } else {
        quote! {
            /// Always empty: decoding refuses fields the spec does not name (and anything that is
            /// not a JSON object).
            #[serde(flatten)]
            pub #unknown: rt::NoUnknownFields,
        }
    };
    // Every field optional: the empty value is the default, and `new` is that value.
    let derives_default = fields.iter().all(|field| !field.required) && !def.generic;
    let default = derives_default.then(|| quote!(Default,));

    let required: Vec<(&Field, &Holder)> = fields
        .iter()
        .zip(&holders)
        .filter(|(f, _)| f.required)
        .collect();
    let params: Vec<(Ident, TokenStream)> = required
        .iter()
        .map(|(field, holder)| (ident(&field.rust_name), holder.value_ty.clone()))
        .collect();
    // Every field optional: `new` is the derived default.
    let inits = (!derives_default).then(|| {
        let inits = fields
            .iter()
            .zip(&holders)
            .map(|(field, holder)| {
                let init = match holder.absent {
                    Some(absent) => methods::Init::Absent(absent),
                    None => methods::Init::Given(holder.wrapper),
                };
                (ident(&field.rust_name), init)
            })
            .collect();
        (inits, unknown.clone())
    });
    let setters: Vec<syn::ImplItemFn> = fields
        .iter()
        .zip(&holders)
        .filter(|(f, _)| !f.required)
        .map(|(field, holder)| {
            let setter = format_ident!("with_{}", field.rust_name.trim_start_matches("r#"));
            // No `#[must_use]`: a setter takes the value, so a call whose result is dropped
            // leaves nothing behind to use by mistake (any later use is a move error).
            methods::setter(
                setter,
                ident(&field.rust_name),
                holder.value_ty.clone(),
                holder.wrapper.unwrap_or(&["Some"]),
            )
        })
        .collect();
    let new_doc = if required.is_empty() {
        " A value with every field absent.".to_owned()
    } else {
        let names: Vec<String> = required
            .iter()
            .map(|(f, _)| format!("`{}`", f.wire_name))
            .collect();
        format!(
            " A value with its required fields ({}); every other field absent.",
            names.join(", ")
        )
    };
    // One impl: `new`, then the setters, which restate their field's docs nowhere.
    let impl_attrs = (!setters.is_empty()).then(|| {
        quote! {
            #[doc = " `new`, and a setter for each optional field, named `with_<field>`."]
            #[allow(missing_docs)]
        }
    });
    let schemars_derive = schemars::derive();
    let mut items = Items::default();
    items.push(quote! {
        #type_docs
        #[derive(Debug, Clone, PartialEq, #default rt::serde::Serialize)]
        #[serde(crate = "rt::serde" #rename_all)]
        #schemars_derive
        #closed
        #rule_attrs
        // Built through `new` and the `with_*` setters outside this crate, so an optional
        // field the vendor adds is a compatible change (`cargo xtask diff`).
        #[non_exhaustive]
        #undocumented
        pub struct #name #generics {
            #(#field_decls,)*
            #unknown_decl
        }
    });
    let mut methods = vec![methods::constructor(&new_doc, params, inits)];
    methods.extend(setters);
    items.push_impl(
        quote!(#impl_attrs impl #generics #name #generics),
        TokenStream::new(),
        methods,
    );
    items.push(deserialize);
    items
}
