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
            " {}. Validates the request first; nothing is sent when it breaks its spec.",
            docs::summary(endpoint)
        );
        quote! {
            #[doc = #doc]
            pub async fn #method(&self, request: &#module::Request) -> ::core::result::Result<#module::Response, ::codegen_runtime::client::Error> {
                self.transport.send(&#module::ENDPOINT, request).await
            }
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
            pub fn new(config: ::codegen_runtime::client::Config) -> ::core::result::Result<Self, ::codegen_runtime::client::Error> {
                ::core::result::Result::Ok(Self { transport: ::codegen_runtime::client::Transport::new(config)? })
            }

            #(#methods)*
        }
    }
}
