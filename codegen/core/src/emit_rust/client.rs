//! A service's client: one async method per endpoint, each a call of the runtime's transport.
//! It is behind `generated-client`'s `client` feature, so types, validators and schemas stay
//! usable without reqwest.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::ir::Endpoint;

/// The client methods an endpoint's call gets. Two endpoints of a service must not share one
/// (`Workspace::load` checks [`all`](Self::all)).
pub struct MethodNames {
    /// The call.
    call: String,
    /// The call with per-call options.
    with_options: String,
    /// For a paged endpoint, the stream of every item.
    every_item: Option<String>,
}

impl MethodNames {
    pub fn of(endpoint: &Endpoint) -> Self {
        Self {
            call: endpoint.name.clone(),
            with_options: format!("{}_with", endpoint.name),
            every_item: endpoint
                .pagination
                .as_ref()
                .map(|_| format!("{}_all", endpoint.name)),
        }
    }

    /// Every name, the call's first.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        [
            Some(&self.call),
            Some(&self.with_options),
            self.every_item.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
    }
}

pub(super) fn service_client(service: &str, endpoints: &[&Endpoint]) -> TokenStream {
    let name = format_ident!(
        "{}Client",
        heck::ToUpperCamelCase::to_upper_camel_case(service)
    );
    let doc = format!(
        " Calls the `{service}` endpoints: authentication, environments and errors as the specs say."
    );
    let methods = endpoints.iter().map(|endpoint| {
        let names = MethodNames::of(endpoint);
        let method = format_ident!("{}", names.call);
        let module = format_ident!("{}", endpoint.name);
        let doc = format!(
            " {}. Validates the parameters and the request first; nothing is sent when they break the spec.",
            docs::summary(endpoint)
        );
        let call_example = example(service, &name.to_string(), endpoint, false);
        let (params_arg, params) = match endpoint.params_type {
            Some(_) => (quote!(params: &#module::Params,), quote!(params)),
            None => (quote!(), quote!(&::codegen_runtime::NoParams)),
        };
        let (request_arg, request) = match endpoint.request {
            Some(_) => (
                quote!(request: &#module::Request,),
                quote!(Some(request)),
            ),
            None => (quote!(), quote!(None::<&()>)),
        };
        // An answer that is not JSON is its bytes, checked against the media type the spec names.
        let (output, send, send_with, media) = match (&endpoint.response, &endpoint.response_media) {
            (Some(_), _) => (quote!(#module::Response), quote!(send), quote!(send_with), quote!()),
            (None, Some(media)) => (
                quote!(::codegen_runtime::client::Bytes),
                quote!(send_bytes),
                quote!(send_bytes_with),
                quote!(#media,),
            ),
            (None, None) => (
                quote!(()),
                quote!(send_without_response_body),
                quote!(send_without_response_body_with),
                quote!(),
            ),
        };
        let with = format_ident!("{}", names.with_options);
        let with_doc = format!(
            " [`{0}`](Self::{0}) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.",
            endpoint.name
        );
        let all = names.every_item.as_ref().map(|all| {
            let all = format_ident!("{}", all);
            let doc = format!(
                " Every item of every page of `{}`, as a stream: the next page is asked for when the items so far are used up; the stream ends after the last page, after `max_items` items if given, or with the first error.",
                endpoint.name
            );
            let example = example(service, &name.to_string(), endpoint, true);
            quote! {
                #[doc = #doc]
                #(#[doc = #example])*
                pub fn #all<'a>(&'a self, #params_arg #request_arg max_items: Option<usize>) -> impl ::codegen_runtime::client::Stream<Item = Result<#module::Item, ::codegen_runtime::client::Error>> + 'a {
                    self.transport.pages(&#module::ENDPOINT, #params, #request, max_items)
                }
            }
        });
        quote! {
            #[doc = #doc]
            #(#[doc = #call_example])*
            pub async fn #method(&self, #params_arg #request_arg) -> Result<#output, ::codegen_runtime::client::Error> {
                self.transport.#send(&#module::ENDPOINT, #params, #request, #media).await
            }
            #[doc = #with_doc]
            pub async fn #with(&self, #params_arg #request_arg options: &::codegen_runtime::client::CallOptions) -> Result<::codegen_runtime::client::Response<#output>, ::codegen_runtime::client::Error> {
                self.transport.#send_with(&#module::ENDPOINT, #params, #request, #media options).await
            }
            #all
        }
    });
    quote! {
        #[doc = #doc]
        #[cfg(feature = "client")]
        #[derive(Debug, Clone)]
        pub struct #name {
            transport: ::codegen_runtime::client::Transport,
        }

        #[cfg(feature = "client")]
        impl #name {
            /// A client that reaches the service as `config` says; unless the config sets one, it
            /// sends `User-Agent: <this crate>/<its version>`.
            pub fn new(config: ::codegen_runtime::client::Config) -> Result<Self, ::codegen_runtime::client::Error> {
                let config = config.default_user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")));
                Ok(Self { transport: ::codegen_runtime::client::Transport::new(config)? })
            }

            #(#methods)*
        }
    }
}

/// A compiled (`no_run`) doc example of a client method: its arguments as a caller has them,
/// the call, and what it gives; `all` for the paging stream. Generated from the endpoint, so
/// every method of every spec has one.
fn example(service: &str, client: &str, endpoint: &Endpoint, all: bool) -> Vec<String> {
    let module = format!("generated_client::{service}::{}", endpoint.name);
    let mut args = vec![format!("client: &generated_client::{service}::{client}")];
    let mut call = Vec::new();
    if endpoint.params_type.is_some() {
        args.push(format!("params: &{module}::Params"));
        call.push("params");
    }
    if endpoint.request.is_some() {
        args.push(format!("request: &{module}::Request"));
        call.push("request");
    }
    let error = "generated_client::codegen_runtime::client::Error";
    let mut lines = vec![
        String::new(),
        "```no_run".to_owned(),
        format!(
            "# async fn example({}) -> Result<(), {error}> {{",
            args.join(", ")
        ),
    ];
    if all {
        call.push("None");
        lines.push("use generated_client::codegen_runtime::client::StreamExt;".to_owned());
        let names = MethodNames::of(endpoint);
        lines.push(format!(
            "let mut items = std::pin::pin!(client.{}({}));",
            names.every_item.as_deref().unwrap_or(&names.call),
            call.join(", ")
        ));
        lines.push("while let Some(item) = items.next().await {".to_owned());
        lines.push("    let item = item?; // an error ends the walk".to_owned());
        lines.push("    # let _ = item;".to_owned());
        lines.push("}".to_owned());
    } else if endpoint.response.is_some() {
        lines.push(format!(
            "let response = client.{}({}).await?;",
            endpoint.name,
            call.join(", ")
        ));
        lines.push("# let _ = response;".to_owned());
    } else {
        lines.push(format!(
            "client.{}({}).await?; // the vendor answers without a body",
            endpoint.name,
            call.join(", ")
        ));
    }
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    lines
        .into_iter()
        .map(|line| {
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect()
}
