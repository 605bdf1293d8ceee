//! Named types: serde structs with constructors and setters, string enums, one-ofs; and the
//! Rust type of every type expression.

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::punctuated::Punctuated;
use syn::{
    Attribute, Fields, FieldsNamed, FieldsUnnamed, Generics, ImplItem, ItemEnum, ItemImpl,
    ItemStruct, Meta, Path, PathSegment, Token, Type, Visibility,
};

use super::items::Items;
use super::tree::{
    self, attr, generic, macro_call, outer, path, path_type, type_of, unnamed_field,
};
use super::{deserialize, docs, ident, methods, rename, schemars};
use crate::ir::{
    Endpoint, EnumValue, Field, Rule, Ty, TyKind, TypeDef, TypeKind, UNKNOWN_FIELDS, Variant,
};

/// The Rust type of a type expression; `lenient` opens enums (the enclosing type reads a
/// response).
pub(super) fn rust_type(endpoint: &Endpoint, ty: &Ty, lenient: bool) -> Type {
    let of = |inner: &Ty| rust_type(endpoint, inner, lenient);
    match &ty.kind {
        TyKind::String { .. } => path_type(&["String"]),
        TyKind::Integer => path_type(&["i64"]),
        TyKind::Number => path_type(&["rt", "serde_json", "Number"]),
        TyKind::Boolean => path_type(&["bool"]),
        TyKind::Date => path_type(&["rt", "Date"]),
        TyKind::DateTime => path_type(&["rt", "DateTime"]),
        TyKind::Any => path_type(&["rt", "serde_json", "Value"]),
        TyKind::List {
            items,
            nullable_items,
        } => {
            let items = of(items);
            let items = if *nullable_items {
                generic(path(&["Option"]), vec![items])
            } else {
                items
            };
            generic(path(&["Vec"]), vec![items])
        }
        TyKind::Named { name, data } => {
            let named = type_path(endpoint, name);
            match data {
                Some(data) => generic(named, vec![of(data)]),
                None if lenient && endpoint.is_enum(name) => {
                    generic(path(&["rt", "Open"]), vec![type_of(named)])
                }
                None => type_of(named),
            }
        }
        TyKind::JsonString(inner) => generic(path(&["rt", "JsonString"]), vec![of(inner)]),
        TyKind::Map { values } => generic(
            path(&["rt", "indexmap", "IndexMap"]),
            vec![path_type(&["String"]), of(values)],
        ),
        TyKind::Object => json_object(),
        TyKind::Data => path_type(&["T"]),
    }
}

/// [`rust_type`] as tokens.
pub(super) fn ty_tokens(endpoint: &Endpoint, ty: &Ty, lenient: bool) -> TokenStream {
    rust_type(endpoint, ty, lenient).into_token_stream()
}

/// `rt::serde_json::Map<String, rt::serde_json::Value>`.
fn json_object() -> Type {
    generic(
        path(&["rt", "serde_json", "Map"]),
        vec![
            path_type(&["String"]),
            path_type(&["rt", "serde_json", "Value"]),
        ],
    )
}

/// The path of the named type `name` from an endpoint's module: the type itself, or
/// `super::types::Name` for one of the service's shared types.
fn type_path(endpoint: &Endpoint, name: &str) -> Path {
    let segment = PathSegment::from(ident(name));
    if endpoint.is_shared(name) {
        let mut shared = path(&["super", "types"]);
        shared.segments.push(segment);
        shared
    } else {
        Path::from(segment)
    }
}

/// A named type's item and inherent impls.
pub(super) fn type_def(endpoint: &Endpoint, def: &TypeDef) -> Items {
    let mut lines = Vec::new();
    docs::text(&def.docs, &mut lines);
    let mut items = Items::default();
    match &def.kind {
        TypeKind::Object { fields, rules } => return object(endpoint, def, fields, rules, lines),
        TypeKind::Enum { values } => items.extend(enumeration(def, values, lines)),
        TypeKind::OneOf { variants } => items.push_item(one_of(endpoint, def, variants, lines)),
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

fn enumeration(def: &TypeDef, values: &[EnumValue], mut lines: Vec<String>) -> Items {
    paragraph(
        &mut lines,
        if def.lenient {
            "Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.".to_owned()
        } else {
            "A closed set: no other value is accepted.".to_owned()
        },
    );
    docs::remarks(&def.remarks, &mut lines);
    let name = ident(&def.name);
    let names: Vec<(&str, &str)> = values
        .iter()
        .map(|value| (value.variant.as_str(), value.value.as_str()))
        .collect();
    let (rule, rename_all) = rename_all(rename::Member::Variant, &names);
    let variants = values.iter().map(|value| {
        let mut lines = Vec::new();
        docs::text(&value.docs, &mut lines);
        let mut attrs = docs::attributes(&lines);
        let wire = &value.value;
        if rename::needs_rename(rule, rename::Member::Variant, &value.variant, wire) {
            attrs.push(attr(&["serde"], quote!(rename = #wire)));
        }
        syn::Variant {
            attrs,
            ident: ident(&value.variant),
            fields: Fields::Unit,
            discriminant: None,
        }
    });
    let mut attrs = type_attrs(
        &lines,
        quote!(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            rt::serde::Serialize
        ),
        quote!(crate = "rt::serde" #rename_all),
    );
    // A value the vendor adds is a compatible change (`cargo xtask diff`), so matches outside
    // this crate keep a wildcard arm.
    attrs.push(non_exhaustive());
    // A value the doc does not describe is its wire name, which `WIRE` lists.
    if values.iter().any(|value| value.docs.joined("").is_none()) {
        attrs.push(allow_missing_docs());
    }
    let listed = values.iter().map(|value| {
        let (variant, wire) = (ident(&value.variant), &value.value);
        quote!(#variant(#wire))
    });
    let mut items = Items::default();
    items.push_item(public_enum(attrs, name.clone(), variants));
    // `ALL`, `WIRE`, `as_str`, `Display`, `Deserialize` (a lookup in `WIRE`) and `Validate`,
    // the same for every enum.
    items.push_item(macro_call(
        &["rt", "wire_enum_impls"],
        quote!(#name; #(#listed),*),
    ));
    items
}

fn one_of(
    endpoint: &Endpoint,
    def: &TypeDef,
    variants: &[Variant],
    mut lines: Vec<String>,
) -> syn::Item {
    paragraph(
        &mut lines,
        "Decoding tries each alternative in order and takes the first that fits.".to_owned(),
    );
    docs::remarks(&def.remarks, &mut lines);
    let variants = variants.iter().map(|variant| {
        let ty = rust_type(endpoint, &variant.ty, def.lenient);
        let ty = if variant.boxed {
            generic(path(&["Box"]), vec![ty])
        } else {
            ty
        };
        // The alternative's constraints, so that a derived schema states them too.
        let mut field = unnamed_field(ty);
        field.attrs.extend(schemars::alternative_attrs(&variant.ty));
        syn::Variant {
            attrs: Vec::new(),
            ident: ident(&variant.name),
            fields: Fields::Unnamed(FieldsUnnamed {
                paren_token: Default::default(),
                unnamed: Punctuated::from_iter([field]),
            }),
            discriminant: None,
        }
    });
    let mut attrs = type_attrs(
        &lines,
        quote!(
            Debug,
            Clone,
            PartialEq,
            rt::serde::Serialize,
            rt::serde::Deserialize
        ),
        quote!(crate = "rt::serde", untagged),
    );
    attrs.push(non_exhaustive());
    // Each alternative is named after its shape, which its type shows.
    attrs.push(allow_missing_docs());
    public_enum(attrs, ident(&def.name), variants)
}

/// A generated type's first attributes: its docs, `#[derive(derive)]`, `#[serde(serde)]` and
/// the schemars derive.
fn type_attrs(lines: &[String], derive: TokenStream, serde: TokenStream) -> Vec<Attribute> {
    let mut attrs = docs::attributes(lines);
    attrs.push(attr(&["derive"], derive));
    attrs.push(attr(&["serde"], serde));
    attrs.extend(schemars::derive());
    attrs
}

/// `#attrs pub enum name { variants }`.
fn public_enum(
    attrs: Vec<Attribute>,
    name: Ident,
    variants: impl Iterator<Item = syn::Variant>,
) -> syn::Item {
    syn::Item::Enum(ItemEnum {
        attrs,
        vis: Visibility::Public(Default::default()),
        enum_token: Default::default(),
        ident: name,
        generics: Generics::default(),
        brace_token: Default::default(),
        variants: variants.collect(),
    })
}

/// `#[non_exhaustive]`.
fn non_exhaustive() -> Attribute {
    outer(Meta::Path(path(&["non_exhaustive"])))
}

/// `#[allow(missing_docs)]`.
fn allow_missing_docs() -> Attribute {
    attr(&["allow"], quote!(missing_docs))
}

/// How a field is held: its Rust type, and the type a setter or constructor takes.
struct Holder {
    field_ty: Type,
    value_ty: Type,
    /// The field's `serde` attribute, if it needs one.
    serde: Option<Attribute>,
    /// The path that wraps a value into the field (`Some`), if any.
    wrapper: Option<&'static [&'static str]>,
    /// The field's value when absent (`None`); `None` for a required field.
    absent: Option<&'static [&'static str]>,
}

impl Holder {
    fn new(endpoint: &Endpoint, def: &TypeDef, field: &Field, rule: Option<rename::Rule>) -> Self {
        let value_ty = rust_type(endpoint, &field.ty, def.lenient);
        // A recursive field is boxed; `Box<T>: From<T>`, so setters still take a `T`.
        let value_ty = if field.boxed {
            generic(path(&["Box"]), vec![value_ty])
        } else {
            value_ty
        };
        let wire = &field.wire_name;
        let rename = rename::needs_rename(rule, rename::Member::Field, &field.rust_name, wire)
            .then(|| quote!(rename = #wire,));
        // One `serde` attribute a field: its rename (where the type's rule misses it), then
        // how absence is read and written.
        let serde = |absence: TokenStream| Some(attr(&["serde"], quote!(#rename #absence)));
        // A field always present needs no attribute unless it is renamed.
        let present = if rename.is_some() {
            serde(TokenStream::new())
        } else {
            None
        };
        match (field.required, field.nullable) {
            (true, false) => Self {
                field_ty: value_ty.clone(),
                value_ty,
                serde: present,
                wrapper: None,
                absent: None,
            },
            // Always present, maybe `null`: the constructor takes the `Option` itself, so that
            // `None` (null) can be passed too.
            (true, true) => {
                let optional = generic(path(&["Option"]), vec![value_ty]);
                Self {
                    field_ty: optional.clone(),
                    value_ty: optional,
                    serde: present,
                    wrapper: None,
                    absent: None,
                }
            }
            (false, false) => Self {
                field_ty: generic(path(&["Option"]), vec![value_ty.clone()]),
                value_ty,
                serde: serde(quote!(default, skip_serializing_if = "Option::is_none")),
                wrapper: Some(&["Some"]),
                absent: Some(&["None"]),
            },
            (false, true) => Self {
                field_ty: generic(path(&["rt", "Nullable"]), vec![value_ty.clone()]),
                value_ty,
                serde: serde(quote!(
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
    let name = ident(&def.name);
    let names: Vec<(&str, &str)> = fields
        .iter()
        .map(|field| (field.rust_name.as_str(), field.wire_name.as_str()))
        .collect();
    let (rule, rename_all) = rename_all(rename::Member::Field, &names);
    // One pass over the fields: each one's declaration, how `new` fills it, and its value
    // type, which goes to `new` (required) or to its setter (optional).
    let mut undocumented = false;
    let mut field_decls: Punctuated<syn::Field, Token![,]> = Punctuated::new();
    let mut params: Vec<(Ident, Type)> = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for field in fields {
        let Holder {
            field_ty,
            value_ty,
            serde,
            wrapper,
            absent,
        } = Holder::new(endpoint, def, field, rule);
        let docs = docs::field(def, field);
        // A field the doc says nothing about is its wire name and its type.
        undocumented |= docs.is_empty();
        let mut attrs = docs::attributes(&docs);
        attrs.extend(serde);
        attrs.extend(schemars::field_attrs(field, &value_ty));
        let rust = ident(&field.rust_name);
        field_decls.push(tree::field(attrs, rust.clone(), field_ty));
        let init = match absent {
            Some(absent) => methods::Init::Absent(absent),
            None => methods::Init::Given(wrapper),
        };
        inits.push((rust.clone(), init));
        if field.required {
            params.push((rust, value_ty));
        } else {
            let setter = format_ident!("{}", crate::names::setter_name(&field.rust_name));
            // No `#[must_use]`: a setter takes the value, so a call whose result is dropped
            // leaves nothing behind to use by mistake (any later use is a move error).
            setters.push(methods::setter(
                setter,
                rust,
                value_ty,
                wrapper.unwrap_or(&["Some"]),
            ));
        }
    }
    let unknown = ident(UNKNOWN_FIELDS);
    let (unknown_docs, unknown_ty) = if def.lenient {
        (
            &[" Fields the spec does not name, kept as they came."][..],
            json_object(),
        )
    } else {
        (
            &[
                " Always empty: decoding refuses fields the spec does not name (and anything that is",
                " not a JSON object).",
            ][..],
            path_type(&["rt", "NoUnknownFields"]),
        )
    };
    let mut unknown_attrs: Vec<Attribute> =
        unknown_docs.iter().map(|line| tree::doc(line)).collect();
    unknown_attrs.push(attr(&["serde"], quote!(flatten)));
    field_decls.push(tree::field(unknown_attrs, unknown.clone(), unknown_ty));

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
    let deserialize = deserialize::deserialize_impl(&name, def.generic, &slots, &unknown);
    // Every field optional: the empty value is the default, and `new` is that value.
    let derives_default = fields.iter().all(|field| !field.required) && !def.generic;
    let default = derives_default.then(|| quote!(Default,));

    let mut attrs = type_attrs(
        &lines,
        quote!(Debug, Clone, PartialEq, #default rt::serde::Serialize),
        quote!(crate = "rt::serde" #rename_all),
    );
    if !def.lenient {
        attrs.push(schemars::gated(quote!(schemars(extend(
            "additionalProperties" = false
        )))));
    }
    // One `allOf` with every rule: schemars refuses a key extended twice.
    if !rules.is_empty() {
        let rules = rules
            .iter()
            .map(|rule| schemars::json_tokens(&crate::emit_schema::rule_json(fields, rule)));
        attrs.push(schemars::gated(
            quote!(schemars(extend("allOf" = [#(#rules),*]))),
        ));
    }
    // Built through `new` and the `with_*` setters outside this crate, so an optional field the
    // vendor adds is a compatible change (`cargo xtask diff`).
    attrs.push(non_exhaustive());
    if undocumented {
        attrs.push(allow_missing_docs());
    }
    let definition = ItemStruct {
        attrs,
        vis: Visibility::Public(Default::default()),
        struct_token: Default::default(),
        ident: name.clone(),
        generics: tree::data_parameter(def.generic),
        fields: Fields::Named(FieldsNamed {
            brace_token: Default::default(),
            named: field_decls,
        }),
        semi_token: None,
    };

    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    // Every field optional: `new` is the derived default.
    let inits = (!derives_default).then(|| (inits, unknown.clone()));
    let new_doc = if required.is_empty() {
        " A value with every field absent.".to_owned()
    } else {
        let names: Vec<String> = required
            .iter()
            .map(|f| format!("`{}`", f.wire_name))
            .collect();
        format!(
            " A value with its required fields ({}); every other field absent.",
            names.join(", ")
        )
    };
    // One impl: `new`, then the setters, which restate their field's docs nowhere.
    let methods: Vec<ImplItem> = std::iter::once(methods::constructor(&new_doc, params, inits))
        .chain(setters)
        .map(ImplItem::Fn)
        .collect();
    let impl_attrs = if methods.len() > 1 {
        vec![
            tree::doc(" `new`, and a setter for each optional field, named `with_<field>`."),
            allow_missing_docs(),
        ]
    } else {
        Vec::new()
    };
    let mut items = Items::default();
    items.push_item(syn::Item::Struct(definition));
    items.push_item(syn::Item::Impl(ItemImpl {
        attrs: impl_attrs,
        modifiers: Default::default(),
        unsafety: None,
        impl_token: Default::default(),
        generics: tree::data_parameter(def.generic),
        trait_: None,
        self_ty: Box::new(tree::self_type(&name, def.generic)),
        brace_token: Default::default(),
        items: methods,
    }));
    items.push_item(deserialize);
    items
}
