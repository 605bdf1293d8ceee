//! A service's client: one async method per endpoint, each a call of the runtime's transport.
//! It is behind `generated-client`'s `client` feature, so types, validators and schemas stay
//! usable without reqwest.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::ir::Endpoint;

pub(super) fn service_client(service: &str, endpoints: &[&Endpoint]) -> TokenStream {
    let name = format_ident!(
        "{}Client",
        heck::ToUpperCamelCase::to_upper_camel_case(service)
    );
    let doc = format!(
        " Calls the `{service}` endpoints: authentication, environments and errors as the specs say."
    );
    let methods = endpoints.iter().map(|endpoint| {
        let method = format_ident!("{}", endpoint.name);
        let module = format_ident!("{}", endpoint.name);
        let doc = format!(
            " {}. Validates the parameters and the request first; nothing is sent when they break the spec.",
            docs::summary(endpoint)
        );
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
        let (output, send) = match endpoint.response {
            Some(_) => (quote!(#module::Response), quote!(send)),
            None => (quote!(()), quote!(send_without_response_body)),
        };
        let all = endpoint.pagination.as_ref().map(|_| {
            let all = format_ident!("{}_all", endpoint.name);
            let doc = format!(
                " Every item of every page of `{}`, as a stream: the next page is asked for when the items so far are used up; the stream ends after the last page, after `max_items` items if given, or with the first error.",
                endpoint.name
            );
            quote! {
                #[doc = #doc]
                pub fn #all<'a>(&'a self, #params_arg #request_arg max_items: Option<usize>) -> impl ::codegen_runtime::client::Stream<Item = Result<#module::Item, ::codegen_runtime::client::Error>> + 'a {
                    self.transport.pages(&#module::ENDPOINT, #params, #request, max_items)
                }
            }
        });
        quote! {
            #[doc = #doc]
            pub async fn #method(&self, #params_arg #request_arg) -> Result<#output, ::codegen_runtime::client::Error> {
                self.transport.#send(&#module::ENDPOINT, #params, #request).await
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
            /// A client that reaches the service as `config` says.
            pub fn new(config: ::codegen_runtime::client::Config) -> Result<Self, ::codegen_runtime::client::Error> {
                Ok(Self { transport: ::codegen_runtime::client::Transport::new(config)? })
            }

            #(#methods)*
        }
    }
}
