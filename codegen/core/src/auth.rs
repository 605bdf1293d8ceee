//! Every facet of an auth scheme that the generator writes, one function a facet and one arm a
//! scheme: what a generated endpoint hands the runtime (`runtime_scheme`), the line its rustdoc
//! and its reference page show (`rustdoc_line`, `page_line`), and its OpenAPI security scheme
//! (`security`). A new scheme is its spec key (`spec.rs`), its IR variant (`ir.rs`), an arm in
//! each function here, and how the runtime applies it.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::{Map, Value, json};

use crate::ir::Auth;
use crate::names::runtime_variant;

/// The `rt::AuthScheme` a generated endpoint's `ENDPOINT` holds.
pub(crate) fn runtime_scheme(auth: &Auth) -> TokenStream {
    match auth {
        Auth::None => quote!(rt::AuthScheme::None),
        Auth::ApiKeyQuery { name } => quote!(rt::AuthScheme::ApiKeyQuery { name: #name }),
        Auth::BearerToken => quote!(rt::AuthScheme::BearerToken),
        Auth::UserToken { scopes } => quote!(rt::AuthScheme::UserToken { scopes: &[#(#scopes),*] }),
        Auth::Basic => quote!(rt::AuthScheme::Basic),
        Auth::OAuth2ClientCredentials {
            token_url,
            scopes,
            client_auth,
        } => {
            let client_auth = runtime_variant(*client_auth);
            quote!(rt::AuthScheme::OAuth2ClientCredentials(rt::OAuth2ClientCredentials {
                token_url: #token_url,
                scopes: &[#(#scopes),*],
                client_auth: rt::ClientAuth::#client_auth,
            }))
        }
        Auth::ApiKeyHeader { header } => {
            quote!(rt::AuthScheme::ApiKeyHeader { header: #header })
        }
        Auth::HmacSignature(hmac) => {
            let (client_id, timestamp_header, signature) = (
                &hmac.client_id_header,
                &hmac.timestamp_header,
                &hmac.signature_header,
            );
            let timestamp = runtime_variant(hmac.timestamp);
            let parts = |parts: &[codegen_runtime::PayloadPart]| {
                let parts = parts.iter().map(|part| {
                    let part = runtime_variant(part);
                    quote!(rt::PayloadPart::#part)
                });
                quote!(&[#(#parts),*])
            };
            let payload = parts(&hmac.payload);
            let payload_without_body = parts(&hmac.payload_without_body);
            let separator = &hmac.separator;
            let encoding = runtime_variant(hmac.encoding);
            let mac = runtime_variant(hmac.mac);
            let digest = runtime_variant(hmac.digest);
            quote! {
                rt::AuthScheme::HmacSignature(rt::HmacSignature {
                    client_id_header: #client_id,
                    timestamp_header: #timestamp_header,
                    signature_header: #signature,
                    timestamp: rt::TimestampUnit::#timestamp,
                    payload: #payload,
                    payload_without_body: #payload_without_body,
                    separator: #separator,
                    encoding: rt::PayloadEncoding::#encoding,
                    mac: rt::Mac::#mac,
                    digest: rt::DigestEncoding::#digest,
                })
            }
        }
    }
}

/// How rustdoc words the scheme (`Authentication: …` in a module's docs).
pub(crate) fn rustdoc_line(auth: &Auth) -> String {
    match auth {
        Auth::None => "none".to_owned(),
        Auth::ApiKeyHeader { header } => format!("an API key in the `{header}` header"),
        Auth::ApiKeyQuery { name } => format!("an API key in the `{name}` query parameter"),
        Auth::BearerToken => {
            "a bearer token in the `Authorization` header (`Bearer <token>`)".to_owned()
        }
        Auth::Basic => {
            "a user name and password in the `Authorization` header (`Basic …`)".to_owned()
        }
        Auth::UserToken { scopes } => format!(
            "a token the user granted the app (authorization code grant) in the `Authorization` header (`Bearer <token>`), from a `TokenSession`{}",
            if scopes.is_empty() {
                String::new()
            } else {
                format!("; the grant must hold the scopes `{}`", scopes.join(" "))
            }
        ),
        Auth::OAuth2ClientCredentials {
            token_url, scopes, ..
        } => format!(
            "an OAuth 2.0 access token in the `Authorization` header (`Bearer <token>`), asked for at `{token_url}` with the client's id and secret (client credentials{})",
            if scopes.is_empty() {
                String::new()
            } else {
                format!("; scopes `{}`", scopes.join(" "))
            }
        ),
        Auth::HmacSignature(hmac) => format!(
            "a signature in `{}`, with `{}` and `{}` (defined in `{}`)",
            hmac.signature_header, hmac.client_id_header, hmac.timestamp_header, hmac.doc
        ),
    }
}

/// How the reference page words the scheme.
pub(crate) fn page_line(auth: &Auth) -> String {
    match auth {
        Auth::None => "none".to_owned(),
        Auth::ApiKeyHeader { header } => format!("API key in `{header}`"),
        Auth::ApiKeyQuery { name } => format!("API key in the query parameter `{name}`"),
        Auth::BearerToken => "bearer token in `Authorization`".to_owned(),
        Auth::UserToken { scopes } => format!(
            "a token the user granted (authorization code grant) in `Authorization: Bearer`, with the scopes {}",
            scopes
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Auth::Basic => "user name and password in `Authorization` (Basic)".to_owned(),
        Auth::OAuth2ClientCredentials { token_url, .. } => format!(
            "OAuth 2.0 access token in `Authorization` (client credentials at `{token_url}`)"
        ),
        Auth::HmacSignature(hmac) => format!(
            "signature in `{}` (see `{}`)",
            hmac.signature_header, hmac.doc
        ),
    }
}

/// The operation's security requirement, the schemes it names, and the headers they cover
/// (which are not also written as header parameters).
pub(crate) fn security(auth: &Auth) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
    match auth {
        Auth::None => (Map::new(), Map::new(), Vec::new()),
        Auth::ApiKeyHeader { header } => one_scheme(
            scheme_name(header),
            json!({ "type": "apiKey", "in": "header", "name": header }),
            json!([]),
            vec![header.clone()],
        ),
        Auth::ApiKeyQuery { name } => one_scheme(
            scheme_name(name),
            json!({ "type": "apiKey", "in": "query", "name": name }),
            json!([]),
            Vec::new(),
        ),
        Auth::BearerToken => http_scheme("bearer", json!([])),
        // The grant happens in the vendor's app (no authorization URL to state): an HTTP bearer
        // scheme, whose requirement lists the scopes as OpenAPI 3.1 lets it list roles.
        Auth::UserToken { scopes } => http_scheme("bearer", json!(scopes)),
        Auth::Basic => http_scheme("basic", json!([])),
        Auth::OAuth2ClientCredentials {
            token_url, scopes, ..
        } => {
            let scope_map: Map<String, Value> = scopes
                .iter()
                .map(|scope| (scope.clone(), json!("")))
                .collect();
            one_scheme(
                "oauth2".to_owned(),
                json!({
                    "type": "oauth2",
                    "flows": { "clientCredentials": { "tokenUrl": token_url, "scopes": scope_map } },
                }),
                json!(scopes),
                vec!["Authorization".to_owned()],
            )
        }
        // OpenAPI has no signature scheme: the client id is an API key; the timestamp and
        // signature headers stay parameters, and the description says how to sign.
        Auth::HmacSignature(hmac) => one_scheme(
            scheme_name(&hmac.client_id_header),
            json!({
                "type": "apiKey",
                "in": "header",
                "name": hmac.client_id_header,
                "description": format!(
                    "Every request also carries `{}` and `{}`: HMAC-SHA256 with the client secret over base64url (no padding) of {} joined by `{}`, in lowercase hex{}. Defined in `{}`.",
                    hmac.timestamp_header, hmac.signature_header, parts(&hmac.payload), hmac.separator,
                    if hmac.payload_without_body.is_empty() { String::new() } else { format!(" (without a body: {})", parts(&hmac.payload_without_body)) },
                    hmac.doc
                ),
            }),
            json!([]),
            vec![hmac.client_id_header.clone()],
        ),
    }
}

/// A requirement of the one scheme `name` (`needs`: its scopes or roles), its definition, and
/// the headers it carries.
fn one_scheme(
    name: String,
    scheme: Value,
    needs: Value,
    headers: Vec<String>,
) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
    let requirement = Map::from_iter([(name.clone(), needs)]);
    let schemes = Map::from_iter([(name, scheme)]);
    (requirement, schemes, headers)
}

fn parts(payload: &[codegen_runtime::PayloadPart]) -> String {
    let names: Vec<&str> = payload
        .iter()
        .map(|part| match part {
            codegen_runtime::PayloadPart::Timestamp => "timestamp",
            codegen_runtime::PayloadPart::ClientId => "client id",
            codegen_runtime::PayloadPart::Body => "body",
            codegen_runtime::PayloadPart::Target => "path and query",
        })
        .collect();
    names.join(", ")
}

/// An HTTP authentication scheme (`bearer`, `basic`), named after itself. It carries the
/// `Authorization` header, which OpenAPI ignores as a header parameter.
fn http_scheme(
    scheme: &str,
    needs: Value,
) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
    one_scheme(
        scheme.to_owned(),
        json!({ "type": "http", "scheme": scheme }),
        needs,
        vec!["Authorization".to_owned()],
    )
}

/// A security scheme's name from its header (`X-Tiniapp-Client-Id` → `XTiniappClientId`).
fn scheme_name(header: &str) -> String {
    header.chars().filter(char::is_ascii_alphanumeric).collect()
}
