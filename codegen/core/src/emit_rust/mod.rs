//! Rust emitter: the IR of one endpoint → serde types, metadata and codecs, as tokens (for the
//! macro) or as a formatted file (for `cargo xtask codegen`).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use codegen_runtime::{DigestEncoding, Mac, Method, PayloadEncoding, PayloadPart, TimestampUnit};

use crate::ir::{
    Auth, Constraints, Endpoint, Field, Pattern, Remark, Rule, StringFormat, Text, Ty, TyKind,
    TypeDef, TypeKind,
};
use crate::resolve::{UNKNOWN_FIELDS, describe};

/// The items generated for an endpoint: what the macro expands to, and the body of the file
/// `cargo xtask codegen` writes.
pub fn items(endpoint: &Endpoint) -> TokenStream {
    let info = endpoint_info(endpoint);
    let aliases = body_aliases(endpoint);
    let types = endpoint.types.iter().map(|def| {
        let item = type_def(endpoint, def);
        let validate = validate_impl(endpoint, def);
        quote!(#item #validate)
    });
    quote! {
        #info
        #aliases
        #(#types)*
    }
}

/// The module documentation of an endpoint's file, one line an entry.
pub fn module_docs(endpoint: &Endpoint) -> Vec<String> {
    let mut lines = vec![format!(
        "{} — `{} {}`",
        endpoint.title.title(&endpoint.name),
        endpoint.method.as_str(),
        endpoint.path
    )];
    lines.push(String::new());
    for server in &endpoint.servers {
        lines.push(format!(
            "- {}: `{}{}`",
            server.name, server.url, endpoint.path
        ));
    }
    lines.push(String::new());
    lines.push(format!(
        "Vendor page: `{}`. Spec: `{}`.",
        endpoint.doc, endpoint.spec
    ));
    lines.push(String::new());
    lines.push(format!("Authentication: {}.", auth_summary(&endpoint.auth)));
    remark_lines(&endpoint.remarks, &mut lines);
    lines
}

fn auth_summary(auth: &Auth) -> String {
    match auth {
        Auth::None => "none".to_owned(),
        Auth::ApiKey { header } => format!("an API key in the `{header}` header"),
        Auth::Hmac(hmac) => format!(
            "a signature in `{}`, with `{}` and `{}` (defined in `{}`)",
            hmac.signature_header, hmac.client_id_header, hmac.timestamp_header, hmac.doc
        ),
    }
}

fn doc_attrs(lines: &[String]) -> TokenStream {
    // One attribute a line, each with a leading space, so prettyplease prints `/// line`.
    let lines = lines.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

fn describe_text(text: &Text, lines: &mut Vec<String>) {
    for part in [&text.vi, &text.en].into_iter().flatten() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(part.lines().map(str::to_owned));
    }
}

fn remark_lines<'a>(remarks: impl IntoIterator<Item = &'a Remark>, lines: &mut Vec<String>) {
    for remark in remarks {
        lines.push(String::new());
        match remark {
            Remark::Conflict { resolution, .. } => {
                let sides = remark.sides().unwrap_or_default();
                lines.push(format!("Doc conflict — {}.", sides));
                lines.push(format!("Resolution: {resolution}"));
            }
            Remark::Note { text, .. } => {
                let mut note = Vec::new();
                describe_text(text, &mut note);
                if let Some(first) = note.first_mut() {
                    *first = format!("Note: {first}");
                }
                lines.extend(note);
            }
        }
    }
}

fn constraint_lines(constraints: &Constraints, lines: &mut Vec<String>) {
    let mut push = |line: String| {
        lines.push(String::new());
        lines.push(line);
    };
    if let Some(pattern) = &constraints.pattern {
        push(format!("Pattern: `{pattern}`."));
    }
    if constraints.min_length.is_some() || constraints.max_length.is_some() {
        push(format!(
            "Length: {}.",
            range(constraints.min_length, constraints.max_length)
        ));
    }
    if constraints.minimum.is_some() || constraints.maximum.is_some() {
        push(format!(
            "Range: {}.",
            range(constraints.minimum, constraints.maximum)
        ));
    }
    if constraints.min_items.is_some() || constraints.max_items.is_some() {
        push(format!(
            "Items: {}.",
            range(constraints.min_items, constraints.max_items)
        ));
    }
}

fn range<T: std::fmt::Display>(low: Option<T>, high: Option<T>) -> String {
    match (low, high) {
        (Some(low), Some(high)) => format!("{low} to {high}"),
        (Some(low), None) => format!("at least {low}"),
        (None, Some(high)) => format!("at most {high}"),
        (None, None) => String::new(),
    }
}

fn ident(name: &str) -> Ident {
    // Names were checked by the resolver: identifiers, or keywords that may be raw.
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

fn endpoint_info(endpoint: &Endpoint) -> TokenStream {
    let service = &endpoint.service;
    let name = &endpoint.name;
    let method = format_ident!(
        "{}",
        match endpoint.method {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    );
    let path = &endpoint.path;
    let content_type = &endpoint.content_type;
    let servers = endpoint.servers.iter().map(|server| {
        let (name, url) = (&server.name, &server.url);
        quote!(::codegen_runtime::Server { name: #name, url: #url })
    });
    let auth = auth_tokens(&endpoint.auth);
    let headers = endpoint.headers.iter().map(|header| {
        let name = &header.name;
        let required = header.required;
        let mut text = Vec::new();
        describe_text(&header.docs, &mut text);
        let description = text.into_iter().filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" / ");
        quote!(::codegen_runtime::HeaderParam { name: #name, required: #required, description: #description })
    });
    let doc = &endpoint.doc;
    let spec = &endpoint.spec;
    let response_status = status_tokens(endpoint.response.status.as_ref());
    let error_status = status_tokens(endpoint.errors.as_ref().and_then(|e| e.status.as_ref()));
    quote! {
        /// What the spec says about this endpoint: method, path, servers, authentication.
        pub const ENDPOINT: ::codegen_runtime::EndpointInfo = ::codegen_runtime::EndpointInfo {
            service: #service,
            name: #name,
            method: ::codegen_runtime::Method::#method,
            path: #path,
            content_type: #content_type,
            servers: &[#(#servers),*],
            auth: #auth,
            headers: &[#(#headers),*],
            doc: #doc,
            spec: #spec,
            response_status: #response_status,
            error_status: #error_status,
        };
    }
}

fn status_tokens(status: Option<&crate::ir::Status>) -> TokenStream {
    let option = |value: Option<&String>| match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    match status {
        None => quote!(::core::option::Option::None),
        Some(status) => {
            let code = &status.code;
            let success = match status.success {
                Some((start, end)) => quote!(::core::option::Option::Some((#start, #end))),
                None => quote!(::core::option::Option::None),
            };
            let (message, reason) = (
                option(status.message.as_ref()),
                option(status.reason.as_ref()),
            );
            quote!(::core::option::Option::Some(::codegen_runtime::BodyStatus { code: #code, success: #success, message: #message, reason: #reason }))
        }
    }
}

fn auth_tokens(auth: &Auth) -> TokenStream {
    match auth {
        Auth::None => quote!(::codegen_runtime::AuthScheme::None),
        Auth::ApiKey { header } => {
            quote!(::codegen_runtime::AuthScheme::ApiKeyHeader { header: #header })
        }
        Auth::Hmac(hmac) => {
            let (client_id, timestamp_header, signature) = (
                &hmac.client_id_header,
                &hmac.timestamp_header,
                &hmac.signature_header,
            );
            let timestamp = format_ident!(
                "{}",
                match hmac.timestamp {
                    TimestampUnit::UnixMillis => "UnixMillis",
                    TimestampUnit::UnixSeconds => "UnixSeconds",
                }
            );
            let payload = hmac.payload.iter().map(|part| {
                let part = format_ident!(
                    "{}",
                    match part {
                        PayloadPart::Timestamp => "Timestamp",
                        PayloadPart::ClientId => "ClientId",
                        PayloadPart::Body => "Body",
                    }
                );
                quote!(::codegen_runtime::PayloadPart::#part)
            });
            let separator = &hmac.separator;
            let encoding = format_ident!(
                "{}",
                match hmac.encoding {
                    PayloadEncoding::Raw => "Raw",
                    PayloadEncoding::Base64UrlNoPad => "Base64UrlNoPad",
                }
            );
            let mac = format_ident!(
                "{}",
                match hmac.mac {
                    Mac::HmacSha256 => "HmacSha256",
                }
            );
            let digest = format_ident!(
                "{}",
                match hmac.digest {
                    DigestEncoding::HexLower => "HexLower",
                }
            );
            quote! {
                ::codegen_runtime::AuthScheme::HmacSignature(::codegen_runtime::HmacSignature {
                    client_id_header: #client_id,
                    timestamp_header: #timestamp_header,
                    signature_header: #signature,
                    timestamp: ::codegen_runtime::TimestampUnit::#timestamp,
                    payload: &[#(#payload),*],
                    separator: #separator,
                    encoding: ::codegen_runtime::PayloadEncoding::#encoding,
                    mac: ::codegen_runtime::Mac::#mac,
                    digest: ::codegen_runtime::DigestEncoding::#digest,
                })
            }
        }
    }
}

fn body_aliases(endpoint: &Endpoint) -> TokenStream {
    let request = ty_tokens(endpoint, &endpoint.request.ty, false);
    let response = ty_tokens(endpoint, &endpoint.response.ty, true);
    let request_name = describe(&endpoint.request.ty);
    let response_name = describe(&endpoint.response.ty);
    let (error_alias, error_codec) = match &endpoint.errors {
        Some(errors) => {
            let ty = ty_tokens(endpoint, &errors.ty, true);
            let name = describe(&errors.ty);
            (
                quote! {
                    /// The vendor's error body.
                    pub type ErrorResponse = #ty;
                },
                quote!(::core::option::Option::Some(::codegen_runtime::Codec::of::<ErrorResponse>(#name))),
            )
        }
        None => (quote!(), quote!(::core::option::Option::None)),
    };
    quote! {
        /// The request body.
        pub type Request = #request;
        /// The successful response body.
        pub type Response = #response;
        #error_alias
        /// This endpoint's metadata and the codecs of its bodies.
        pub const TYPES: ::codegen_runtime::EndpointTypes = ::codegen_runtime::EndpointTypes {
            info: &ENDPOINT,
            request: ::codegen_runtime::Codec::of::<Request>(#request_name),
            response: ::codegen_runtime::Codec::of::<Response>(#response_name),
            error: #error_codec,
        };
    }
}

/// The Rust type of a type expression; `lenient` opens enums (the enclosing type reads a
/// response).
fn ty_tokens(endpoint: &Endpoint, ty: &Ty, lenient: bool) -> TokenStream {
    match &ty.kind {
        TyKind::String { .. } => quote!(::std::string::String),
        TyKind::Integer => quote!(i64),
        TyKind::Number => quote!(::codegen_runtime::serde_json::Number),
        TyKind::Boolean => quote!(bool),
        TyKind::Date => quote!(::codegen_runtime::Date),
        TyKind::DateTime => quote!(::codegen_runtime::DateTime),
        TyKind::Any => quote!(::codegen_runtime::serde_json::Value),
        TyKind::List {
            items,
            nullable_items,
        } => {
            let items = ty_tokens(endpoint, items, lenient);
            if *nullable_items {
                quote!(::std::vec::Vec<::core::option::Option<#items>>)
            } else {
                quote!(::std::vec::Vec<#items>)
            }
        }
        TyKind::Named { name, data } => {
            let name_ident = ident(name);
            let is_enum = endpoint
                .type_def(name)
                .is_some_and(|def| matches!(def.kind, TypeKind::Enum { .. }));
            match data {
                Some(data) => {
                    let data = ty_tokens(endpoint, data, lenient);
                    quote!(#name_ident<#data>)
                }
                None if is_enum && lenient => quote!(::codegen_runtime::Open<#name_ident>),
                None => quote!(#name_ident),
            }
        }
        TyKind::JsonString(inner) => {
            let inner = ty_tokens(endpoint, inner, lenient);
            quote!(::codegen_runtime::JsonString<#inner>)
        }
        TyKind::Data => quote!(T),
    }
}

fn type_def(endpoint: &Endpoint, def: &TypeDef) -> TokenStream {
    let mut docs = Vec::new();
    describe_text(&def.docs, &mut docs);
    if docs.is_empty() {
        docs.push(format!("`{}`.", def.name));
    }
    match &def.kind {
        TypeKind::Object { fields, rules } => object(endpoint, def, fields, rules, docs),
        TypeKind::Enum { values } => {
            docs.push(String::new());
            docs.push(if def.lenient {
                "Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.".to_owned()
            } else {
                "A closed set: no other value is accepted.".to_owned()
            });
            remark_lines(&def.remarks, &mut docs);
            docs.push(String::new());
            docs.push(format!("Spec: `{}:{}`.", endpoint.spec, def.at.line));
            let docs = doc_attrs(&docs);
            let name = ident(&def.name);
            let variants = values.iter().map(|value| {
                let mut lines = Vec::new();
                describe_text(&value.docs, &mut lines);
                if lines.is_empty() {
                    lines.push(format!("`{}`", value.value));
                }
                let docs = doc_attrs(&lines);
                let variant = ident(&value.variant);
                let wire = &value.value;
                quote!(#docs #[serde(rename = #wire)] #variant)
            });
            let all = values.iter().map(|value| ident(&value.variant));
            let as_str = values.iter().map(|value| {
                let variant = ident(&value.variant);
                let wire = &value.value;
                quote!(Self::#variant => #wire)
            });
            let count = values.len();
            quote! {
                #docs
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::codegen_runtime::serde::Serialize, ::codegen_runtime::serde::Deserialize, ::codegen_runtime::schemars::JsonSchema)]
                #[serde(crate = "::codegen_runtime::serde")]
                #[schemars(crate = "::codegen_runtime::schemars")]
                // A value the vendor adds is a compatible change (`cargo xtask diff`), so
                // matches outside this crate keep a wildcard arm.
                #[non_exhaustive]
                pub enum #name {
                    #(#variants,)*
                }

                impl #name {
                    /// Every value, in the doc's order.
                    pub const ALL: [Self; #count] = [#(Self::#all),*];

                    /// The value as on the wire.
                    pub const fn as_str(self) -> &'static str {
                        match self {
                            #(#as_str,)*
                        }
                    }
                }

                impl ::core::fmt::Display for #name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
            }
        }
        TypeKind::OneOf { variants } => {
            docs.push(String::new());
            docs.push(
                "Decoding tries each alternative in order and takes the first that fits."
                    .to_owned(),
            );
            remark_lines(&def.remarks, &mut docs);
            docs.push(String::new());
            docs.push(format!("Spec: `{}:{}`.", endpoint.spec, def.at.line));
            let docs = doc_attrs(&docs);
            let name = ident(&def.name);
            let variants = variants.iter().map(|variant| {
                let doc = format!(" {}", describe(&variant.ty));
                let variant_name = ident(&variant.name);
                let ty = ty_tokens(endpoint, &variant.ty, def.lenient);
                quote!(#[doc = #doc] #variant_name(#ty))
            });
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, ::codegen_runtime::serde::Serialize, ::codegen_runtime::serde::Deserialize, ::codegen_runtime::schemars::JsonSchema)]
                #[serde(crate = "::codegen_runtime::serde", untagged)]
                #[schemars(crate = "::codegen_runtime::schemars")]
                #[non_exhaustive]
                pub enum #name {
                    #(#variants,)*
                }
            }
        }
    }
}

/// How a field is held: its Rust type, and the type a setter or constructor takes.
struct Holder {
    field_ty: TokenStream,
    value_ty: TokenStream,
    attrs: TokenStream,
    /// The path that wraps a value into the field (`Option::Some`), if any.
    wrapper: Option<TokenStream>,
}

impl Holder {
    /// `expr` converted into the value type and wrapped into the field's type.
    fn wrap(&self, expr: &Ident) -> TokenStream {
        match &self.wrapper {
            Some(wrapper) => quote!(#wrapper(#expr.into())),
            None => quote!(#expr.into()),
        }
    }
}

fn holder(endpoint: &Endpoint, def: &TypeDef, field: &Field) -> Holder {
    let value_ty = ty_tokens(endpoint, &field.ty, def.lenient);
    let rename = if field.rust_name.trim_start_matches("r#") == field.wire_name {
        quote!()
    } else {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    };
    match (field.required, field.nullable) {
        (true, false) => Holder {
            field_ty: value_ty.clone(),
            value_ty,
            attrs: rename,
            wrapper: None,
        },
        (true, true) => Holder {
            field_ty: quote!(::core::option::Option<#value_ty>),
            value_ty,
            attrs: quote!(#rename #[serde(deserialize_with = "::codegen_runtime::field::nullable")]),
            wrapper: Some(quote!(::core::option::Option::Some)),
        },
        (false, false) => Holder {
            field_ty: quote!(::core::option::Option<#value_ty>),
            value_ty,
            attrs: quote! {
                #rename
                #[serde(default, skip_serializing_if = "::core::option::Option::is_none", deserialize_with = "::codegen_runtime::field::present")]
            },
            wrapper: Some(quote!(::core::option::Option::Some)),
        },
        (false, true) => Holder {
            field_ty: quote!(::codegen_runtime::Nullable<#value_ty>),
            value_ty,
            attrs: quote! {
                #rename
                #[serde(default, skip_serializing_if = "::codegen_runtime::Nullable::is_absent")]
            },
            wrapper: Some(quote!(::codegen_runtime::Nullable::Value)),
        },
    }
}

fn field_docs(endpoint: &Endpoint, def: &TypeDef, field: &Field) -> Vec<String> {
    let mut lines = Vec::new();
    describe_text(&field.docs, &mut lines);
    if lines.is_empty() {
        lines.push(format!(
            "`{}` (the doc gives no description).",
            field.wire_name
        ));
    }
    let mut facts = Vec::new();
    facts.push(
        if field.required {
            "Required"
        } else {
            "Optional"
        }
        .to_owned(),
    );
    if field.nullable {
        facts.push("may be `null`".to_owned());
    }
    if let Some(doc_type) = &field.doc_type {
        facts.push(format!("doc type `{doc_type}`"));
    }
    if field.from_example {
        facts.push("not in the doc's table, only in its examples".to_owned());
    }
    lines.push(String::new());
    lines.push(format!("{}.", facts.join("; ")));
    constraint_lines(&field.ty.constraints, &mut lines);
    remark_lines(
        def.remarks
            .iter()
            .filter(|r| r.field() == Some(&field.wire_name)),
        &mut lines,
    );
    lines.push(String::new());
    lines.push(format!("Spec: `{}:{}`.", endpoint.spec, field.at.line));
    lines
}

fn object(
    endpoint: &Endpoint,
    def: &TypeDef,
    fields: &[Field],
    rules: &[Rule],
    mut docs: Vec<String>,
) -> TokenStream {
    for rule in rules {
        let Rule::AnyOfRequired {
            fields,
            docs: rule_docs,
        } = rule;
        docs.push(String::new());
        let names: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        docs.push(format!(
            "Rule: at least one of {} holds a value (not absent, `null` or empty).",
            names.join(", ")
        ));
        let mut words = Vec::new();
        describe_text(rule_docs, &mut words);
        if !words.is_empty() {
            docs.push(format!(
                "The doc: {}",
                words
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / ")
            ));
        }
    }
    docs.push(String::new());
    docs.push(if def.lenient {
        format!("Read from responses: fields the spec does not name are kept in `{UNKNOWN_FIELDS}`, so a round trip loses nothing.")
    } else {
        format!("Read strictly: fields the spec does not name are refused (`{UNKNOWN_FIELDS}` stays empty).")
    });
    remark_lines(
        def.remarks.iter().filter(|r| r.field().is_none()),
        &mut docs,
    );
    docs.push(String::new());
    docs.push(format!("Spec: `{}:{}`.", endpoint.spec, def.at.line));
    let docs = doc_attrs(&docs);

    let closed =
        (!def.lenient).then(|| quote!(#[schemars(extend("additionalProperties" = false))]));
    let rule_attrs = rules.iter().map(|rule| {
        let rule = json_tokens(&crate::emit_schema::rule_json(fields, rule));
        quote!(#[schemars(extend("allOf" = [#rule]))])
    });
    let name = ident(&def.name);
    let generics = if def.generic { quote!(<T>) } else { quote!() };
    let holders: Vec<Holder> = fields
        .iter()
        .map(|field| holder(endpoint, def, field))
        .collect();
    let field_decls = fields.iter().zip(&holders).map(|(field, holder)| {
        let docs = doc_attrs(&field_docs(endpoint, def, field));
        let rust = ident(&field.rust_name);
        let (attrs, ty) = (&holder.attrs, &holder.field_ty);
        let schema = schemars_attrs(&field.ty);
        // An optional field that is not nullable refuses `null`; schemars would allow it for
        // an `Option`, so its schema is the value type's.
        let non_null = if !field.required && !field.nullable {
            let value_ty = holder.value_ty.to_string();
            quote!(#[schemars(with = #value_ty)])
        } else {
            quote!()
        };
        quote!(#docs #attrs #non_null #schema pub #rust: #ty)
    });
    let unknown = ident(UNKNOWN_FIELDS);
    let unknown_decl = if def.lenient {
        quote! {
            /// Fields the spec does not name, kept as they came.
            #[serde(flatten)]
            pub #unknown: ::codegen_runtime::serde_json::Map<::std::string::String, ::codegen_runtime::serde_json::Value>,
        }
    } else {
        quote! {
            /// Always empty: decoding refuses fields the spec does not name (and anything that is
            /// not a JSON object).
            #[serde(flatten)]
            pub #unknown: ::codegen_runtime::NoUnknownFields,
        }
    };
    let unknown_init = quote!(#unknown: ::core::default::Default::default(),);
    let all_optional = fields.iter().all(|field| !field.required);
    let default = if all_optional && !def.generic {
        quote!(Default,)
    } else {
        quote!()
    };

    let required: Vec<(&Field, &Holder)> = fields
        .iter()
        .zip(&holders)
        .filter(|(f, _)| f.required)
        .collect();
    let params = required.iter().map(|(field, holder)| {
        let rust = ident(&field.rust_name);
        let ty = &holder.value_ty;
        quote!(#rust: impl ::core::convert::Into<#ty>)
    });
    let inits = fields.iter().zip(&holders).map(|(field, holder)| {
        let rust = ident(&field.rust_name);
        if field.required {
            let wrap = holder.wrap(&rust);
            quote!(#rust: #wrap)
        } else {
            quote!(#rust: ::core::default::Default::default())
        }
    });
    let too_many = if required.len() > 7 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    };
    let setters = fields
        .iter()
        .zip(&holders)
        .filter(|(f, _)| !f.required)
        .map(|(field, holder)| {
            let rust = ident(&field.rust_name);
            let setter = format_ident!("with_{}", field.rust_name.trim_start_matches("r#"));
            let ty = &holder.value_ty;
            let wrap = holder.wrap(&format_ident!("value"));
            let doc = format!(" Sets `{}`.", field.wire_name);
            quote! {
                #[doc = #doc]
                #[must_use]
                pub fn #setter(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                    self.#rust = #wrap;
                    self
                }
            }
        });
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
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default ::codegen_runtime::serde::Serialize, ::codegen_runtime::serde::Deserialize, ::codegen_runtime::schemars::JsonSchema)]
        #[serde(crate = "::codegen_runtime::serde")]
        #[schemars(crate = "::codegen_runtime::schemars")]
        #closed
        #(#rule_attrs)*
        pub struct #name #generics {
            #(#field_decls,)*
            #unknown_decl
        }

        impl #generics #name #generics {
            #[doc = #new_doc]
            #too_many
            pub fn new(#(#params),*) -> Self {
                Self {
                    #(#inits,)*
                    #unknown_init
                }
            }

            #(#setters)*
        }
    }
}

/// The `Validate` impl of a named type.
fn validate_impl(endpoint: &Endpoint, def: &TypeDef) -> TokenStream {
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
    let (at, report) = if body.is_empty() {
        (quote!(_at), quote!(_report))
    } else {
        (quote!(at), quote!(report))
    };
    let (impl_generics, generics) = if def.generic {
        (quote!(<T: ::codegen_runtime::Validate>), quote!(<T>))
    } else {
        (quote!(), quote!())
    };
    quote! {
        impl #impl_generics ::codegen_runtime::Validate for #name #generics {
            fn validate_at(&self, #at: &::codegen_runtime::validate::Pointer<'_>, #report: &mut ::codegen_runtime::Report) {
                #(#body)*
            }
        }
    }
}

/// The checks of one field, run only when it holds a value; `None` when there are none.
fn field_checks(endpoint: &Endpoint, field: &Field) -> Option<TokenStream> {
    let checks = value_checks(endpoint, &field.ty);
    if checks.is_empty() {
        return None;
    }
    let rust = ident(&field.rust_name);
    let wire = &field.wire_name;
    let scoped = quote! {
        let at = &at.field(#wire);
        #checks
    };
    Some(match (field.required, field.nullable) {
        (true, false) => quote!({ let value = &self.#rust; #scoped }),
        (false, true) => {
            quote!(if let ::codegen_runtime::Nullable::Value(value) = &self.#rust { #scoped })
        }
        (_, _) => quote!(if let ::core::option::Option::Some(value) = &self.#rust { #scoped }),
    })
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
        Some(vi) => quote!(::core::option::Option::Some(#vi)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        if !(#(#holds)||*) {
            report.push(at, ::codegen_runtime::validate::Detail::AnyOfRequired { fields: &[#(#names),*], vi: #vi });
        }
    }
}

/// Statements checking `value` (a reference to a value of `ty`) found at `at`; empty when
/// the type states nothing to check beyond what decoding already guarantees.
fn value_checks(endpoint: &Endpoint, ty: &Ty) -> TokenStream {
    let detail = quote!(::codegen_runtime::validate::Detail);
    let c = &ty.constraints;
    let mut checks = Vec::new();
    match &ty.kind {
        TyKind::String { format } => {
            match format {
                Some(StringFormat::Email) => checks.push(quote! {
                    if !::codegen_runtime::validate::is_email(value) { report.push(at, #detail::Email); }
                }),
                Some(StringFormat::Uri) => checks.push(quote! {
                    if !::codegen_runtime::validate::is_uri(value) { report.push(at, #detail::Uri); }
                }),
                None => {}
            }
            if let Some(pattern) = c.pattern.as_ref().map(Pattern::as_str) {
                checks.push(quote! {
                    static PATTERN: ::codegen_runtime::validate::Pattern = ::codegen_runtime::validate::Pattern::new(#pattern);
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
                    let measure = ::codegen_runtime::validate::char_count(value);
                    #bounds
                });
            }
        }
        TyKind::Integer | TyKind::Number if c.minimum.is_some() || c.maximum.is_some() => {
            let bounds = bound_checks(c.minimum, c.maximum, quote!(Minimum), quote!(Maximum));
            checks.push(if ty.kind == TyKind::Integer {
                quote!({ let measure = *value as f64; #bounds })
            } else {
                quote!(if let ::core::option::Option::Some(measure) = value.as_f64() { #bounds })
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
                    quote!(if let ::core::option::Option::Some(value) = value { #item_checks })
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
        TyKind::Named { name, data: None }
            if endpoint
                .type_def(name)
                .is_some_and(|def| matches!(def.kind, TypeKind::Enum { .. })) => {}
        TyKind::Named { .. } | TyKind::JsonString(_) | TyKind::Data => {
            checks.push(quote!(::codegen_runtime::Validate::validate_at(value, at, report);));
        }
        TyKind::Integer
        | TyKind::Number
        | TyKind::Boolean
        | TyKind::Date
        | TyKind::DateTime
        | TyKind::Any => {}
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
    let detail = quote!(::codegen_runtime::validate::Detail);
    let min = min.map(|min| quote!(if measure < #min { report.push(at, #detail::#low(#min)); }));
    let max = max.map(|max| quote!(if measure > #max { report.push(at, #detail::#high(#max)); }));
    quote!(#min #max)
}

/// schemars validation attributes for what a field's type states (items' in `inner(…)`).
fn schemars_attrs(ty: &Ty) -> TokenStream {
    let checks = schemars_checks(ty);
    let inner = match &ty.kind {
        TyKind::List { items, .. } => {
            let inner = schemars_checks(items);
            (!inner.is_empty()).then(|| quote!(inner(#(#inner),*)))
        }
        _ => None,
    };
    let all: Vec<TokenStream> = checks.into_iter().chain(inner).collect();
    if all.is_empty() {
        quote!()
    } else {
        quote!(#[schemars(#(#all),*)])
    }
}

fn schemars_checks(ty: &Ty) -> Vec<TokenStream> {
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
    checks
}

/// A JSON value as `json!`-style tokens, for `#[schemars(extend(…))]`.
fn json_tokens(value: &serde_json::Value) -> TokenStream {
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
