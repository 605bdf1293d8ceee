//! The endpoint's constants: `ENDPOINT` (method, path, servers, auth, headers, status
//! pointers), the body aliases `Request`/`Response`/`ErrorResponse`, and `TYPES`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{docs, types::ty_tokens};
use crate::ir::{Endpoint, Role, Status, Ty, TyKind};
use crate::names::runtime_variant;

fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

pub(super) fn info(endpoint: &Endpoint) -> TokenStream {
    let service = &endpoint.service;
    let name = &endpoint.name;
    let method = runtime_variant(endpoint.method);
    let path = &endpoint.path;
    let content_type = &endpoint.content_type;
    let servers = endpoint.servers.iter().map(|server| {
        let (name, url) = (&server.name, &server.url);
        quote!(rt::Server { name: #name, url: #url })
    });
    let auth = crate::auth::runtime_scheme(&endpoint.auth);
    let headers = endpoint.headers.iter().map(|header| {
        let name = &header.name;
        let required = header.required;
        let description = docs::one_line(&header.docs);
        quote!(rt::HeaderParam { name: #name, required: #required, description: #description })
    });
    let doc = &endpoint.doc;
    let spec = &endpoint.spec;
    let response_status = status(endpoint.response.as_ref().and_then(|r| r.status.as_ref()));
    let params = endpoint.params.iter().map(|param| {
        let name = &param.name;
        let location = runtime_variant(param.location);
        let required = param.field.required;
        let style = option(param.style.map(|style| {
            let style = runtime_variant(style);
            quote!(rt::QueryStyle::#style)
        }));
        let description = docs::one_line(&param.field.docs);
        quote!(rt::ParamInfo {
            name: #name,
            location: rt::ParamLocation::#location,
            required: #required,
            style: #style,
            description: #description,
        })
    });
    let pagination = option(endpoint.pagination.as_ref().map(|pagination| {
        let items = &pagination.items;
        let slot = |slot: &crate::ir::Slot| match slot {
            crate::ir::Slot::Body(pointer) => quote!(rt::Slot::Body(#pointer)),
            crate::ir::Slot::Query(name) => quote!(rt::Slot::Query(#name)),
        };
        let paging = match &pagination.paging {
            crate::ir::Paging::Page { page, limit, first, total } => {
                let page = slot(page);
                let limit = option(limit.as_ref().map(slot));
                let total = option(total.as_ref());
                quote!(rt::Paging::Page { page: #page, limit: #limit, first: #first, total: #total })
            }
            crate::ir::Paging::Cursor { cursor, from_item, limit, total } => {
                let cursor = slot(cursor);
                let limit = option(limit.as_ref().map(slot));
                let total = option(total.as_ref());
                quote!(rt::Paging::Cursor { cursor: #cursor, from_item: #from_item, limit: #limit, total: #total })
            }
        };
        quote!(rt::Pagination { items: #items, paging: #paging })
    }));
    let statuses = endpoint.statuses.iter().map(|status| status.code);
    let has_request_body = endpoint.request.is_some();
    let idempotent = option(endpoint.idempotent);
    let has_response_body = endpoint.response.is_some();
    let error_status = status(endpoint.errors.as_ref().and_then(|e| e.status.as_ref()));
    let inbound = option(endpoint.inbound.as_ref().map(|inbound| {
        let message_id = option(inbound.message_id.as_ref());
        quote!(rt::Inbound { message_id: #message_id })
    }));
    quote! {
        /// What the spec says about this endpoint: method, path, servers, authentication.
        pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
            service: #service,
            name: #name,
            method: rt::Method::#method,
            idempotent: #idempotent,
            path: #path,
            content_type: #content_type,
            params: &[#(#params),*],
            has_request_body: #has_request_body,
            has_response_body: #has_response_body,
            servers: &[#(#servers),*],
            auth: #auth,
            headers: &[#(#headers),*],
            doc: #doc,
            spec: #spec,
            response_status: #response_status,
            error_status: #error_status,
            pagination: #pagination,
            statuses: &[#(#statuses),*],
            inbound: #inbound,
        };
    }
}

fn status(status: Option<&Status>) -> TokenStream {
    option(status.map(|status| {
        let code = &status.code;
        let success = option(status.success.map(|(start, end)| quote!((#start, #end))));
        let message = option(status.message.as_ref());
        let reason = option(status.reason.as_ref());
        let request_id = option(status.request_id.as_ref());
        quote!(rt::BodyStatus { code: #code, success: #success, message: #message, reason: #reason, request_id: #request_id })
    }))
}

/// A body's Rust type: a list whose length the spec bounds is an `rt::ListOf`, which checks
/// the length where it validates its items; any other body is its type's.
fn body_type(endpoint: &Endpoint, ty: &Ty, lenient: bool) -> TokenStream {
    let c = &ty.constraints;
    match &ty.kind {
        TyKind::List { items, .. } if c.min_items.is_some() || c.max_items.is_some() => {
            let item = ty_tokens(endpoint, items, lenient);
            let min = Literal::u64_unsuffixed(c.min_items.unwrap_or(0));
            match c.max_items {
                Some(max) => {
                    let max = Literal::u64_unsuffixed(max);
                    quote!(rt::ListOf<#item, #min, #max>)
                }
                None => quote!(rt::ListOf<#item, #min>),
            }
        }
        _ => ty_tokens(endpoint, ty, lenient),
    }
}

/// `Request`, `Response` and `ErrorResponse`, and `TYPES` with a codec of each.
pub(super) fn body_aliases(endpoint: &Endpoint) -> TokenStream {
    let mut aliases = Vec::new();
    let mut codecs = Vec::new();
    for (role, body) in endpoint.bodies() {
        let (alias, doc) = match role {
            Role::Request => ("Request", " The request body."),
            Role::Response => ("Response", " The successful response body."),
            Role::Error => ("ErrorResponse", " The vendor's error body."),
        };
        let alias = format_ident!("{alias}");
        let ty = body_type(endpoint, &body.ty, role.is_read());
        // A list body's length is part of what it is: `The request body: 1 to 100 items.`
        let length = crate::constraint::items_range(&body.ty.constraints);
        let doc = match length {
            Some(length) => format!("{}: {length} items.", doc.trim_end_matches('.')),
            None => doc.to_owned(),
        };
        aliases.push(quote!(#[doc = #doc] pub type #alias = #ty;));
        let name = body.ty.describe();
        codecs.push((role, quote!(rt::Codec::of::<#alias>(#name))));
    }
    let codec = |wanted: Role| {
        codecs
            .iter()
            .find(|(role, _)| *role == wanted)
            .map(|(_, codec)| codec.clone())
    };
    let request = option(codec(Role::Request));
    let response = option(codec(Role::Response));
    let error = option(codec(Role::Error));
    let params = endpoint.params_type.as_deref().map(|name| {
        let name = super::ident(name);
        quote! {
            /// The path, query and header parameters of a call.
            pub type Params = #name;
        }
    });
    // A page item or message type named `Item` or `Message` is already there by that name.
    let aliased = |name: &str| {
        !endpoint
            .module_names()
            .iter()
            .any(|taken| taken.name == name && taken.is_the_type())
    };
    let item = endpoint
        .pagination
        .as_ref()
        .filter(|_| aliased("Item"))
        .map(|pagination| {
            let ty = ty_tokens(endpoint, &pagination.item, true);
            quote! {
                /// One item of a page: what walking every page yields.
                pub type Item = #ty;
            }
        });
    let status_error = status_error(endpoint);
    let receiver = endpoint.inbound.as_ref().map(|_| {
        let message = aliased("Message").then(|| {
            quote! {
                /// The message the vendor sends (this endpoint is a notification it makes).
                pub type Message = Request;
            }
        });
        quote! {
            #message
            /// A receiver of this notification for the client `client_id` with `secret`: the
            /// signature checked over the bytes received, a 5-minute timestamp window, the
            /// message decoded and deduplicated by its id (see `codegen_runtime::webhook`).
            #[cfg(feature = "webhook")]
            pub fn receiver(
                client_id: impl Into<String>,
                secret: impl AsRef<[u8]>,
            ) -> Result<rt::webhook::Receiver<Message>, rt::webhook::NotReceivable> {
                rt::webhook::Receiver::new(&ENDPOINT, client_id, secret)
            }
        }
    });
    quote! {
        #params
        #item
        #status_error
        #(#aliases)*
        #receiver
        /// This endpoint's metadata and the codecs of its bodies.
        pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
            info: &ENDPOINT,
            request: #request,
            response: #response,
            error: #error,
        };
    }
}

/// `StatusError`: one variant per documented error status, holding that status's body.
fn status_error(endpoint: &Endpoint) -> TokenStream {
    if endpoint.statuses.is_empty() {
        return quote!();
    }
    let variants = endpoint.statuses.iter().map(|status| {
        let variant = format_ident!("Status{}", status.code);
        let ty = ty_tokens(endpoint, &status.body.ty, true);
        let mut lines = vec![format!("HTTP {}.", status.code)];
        docs::text(&status.docs, &mut lines);
        let docs = docs::attrs(&lines);
        quote!(#docs #variant(#ty))
    });
    let arms = endpoint.statuses.iter().map(|status| {
        let variant = format_ident!("Status{}", status.code);
        let code = status.code;
        quote!(#code => rt::DecodeError::decode(body).map(Self::#variant))
    });
    quote! {
        /// The error statuses the doc describes with a body of their own.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum StatusError {
            #(#variants,)*
        }

        impl StatusError {
            /// The documented body of an answer with `status`; `None` for a status the doc does
            /// not describe, an error naming the JSON path when the body does not fit.
            pub fn decode(status: u16, body: &str) -> Option<Result<Self, rt::DecodeError>> {
                Some(match status {
                    #(#arms,)*
                    _ => return None,
                })
            }
        }
    }
}
