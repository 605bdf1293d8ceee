//! The index module of `generated-client`: one module per service (with its client), one
//! submodule per endpoint, and `ENDPOINTS`. Each service is behind the cargo feature of its
//! name, so a consumer compiles only the services it enables.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{client, docs};
use crate::ir::Endpoint;

/// The index's items, services sorted by name, endpoints in the given order; a service named
/// in `shared` gets a `types` module for its shared types.
pub fn index(endpoints: &[Endpoint], shared: &[&str]) -> TokenStream {
    let mut services: Vec<(&str, Vec<&Endpoint>)> = Vec::new();
    for endpoint in endpoints {
        match services
            .iter_mut()
            .find(|(name, _)| *name == endpoint.service)
        {
            Some((_, list)) => list.push(endpoint),
            None => services.push((&endpoint.service, vec![endpoint])),
        }
    }
    services.sort_by_key(|(name, _)| *name);
    let modules = services.iter().map(|(service, list)| {
        let service_ident = format_ident!("{}", service);
        let doc = format!(" Endpoints of `{service}`.");
        let endpoints = list.iter().map(|endpoint| {
            let name = format_ident!("{}", endpoint.name);
            let doc = format!(" {}", docs::summary(endpoint));
            quote!(#[doc = #doc] pub mod #name;)
        });
        // Notifications the vendor sends are received, not called.
        let calls: Vec<&Endpoint> = list
            .iter()
            .copied()
            .filter(|endpoint| endpoint.inbound.is_none())
            .collect();
        let client = client::service_client(service, &calls);
        let types = shared.contains(service).then(|| {
            quote!(
                #[doc = " The records every endpoint of the service shares."]
                pub mod types;
            )
        });
        quote! {
            #[doc = #doc]
            #[cfg(feature = #service)]
            pub mod #service_ident { #types #(#endpoints)* #client }
        }
    });
    let entries = services.iter().flat_map(|(service, list)| {
        let feature = *service;
        let service = format_ident!("{}", service);
        list.iter().map(move |endpoint| {
            let name = format_ident!("{}", endpoint.name);
            quote!(#[cfg(feature = #feature)] #service::#name::TYPES)
        })
    });
    let derived = services.iter().flat_map(|(service, list)| {
        let feature = *service;
        let service_ident = format_ident!("{}", service);
        list.iter().filter(|e| e.request.is_some()).map(move |endpoint| {
            let name = format_ident!("{}", endpoint.name);
            let endpoint_name = &endpoint.name;
            quote! {
                #[cfg(feature = #feature)]
                (#feature, #endpoint_name, ::codegen_runtime::derived_schema::<#service_ident::#name::Request>)
            }
        })
    });
    quote! {
        #![doc = " Every endpoint under `specs/`: one module per service, one per endpoint."]
        #(#modules)*
        /// Every endpoint's metadata and body codecs, in spec order (of the services enabled).
        pub const ENDPOINTS: &[::codegen_runtime::EndpointTypes] = &[#(#entries),*];
        /// What `schemars` derives for each endpoint's request type: (service, endpoint, schema).
        #[cfg(feature = "schemars")]
        pub const DERIVED_REQUEST_SCHEMAS: &[::codegen_runtime::DerivedSchema] = &[#(#derived),*];
    }
}
