//! Every facet of an auth scheme, one function a facet and one arm a scheme: how a spec states
//! it (`AuthDef`, read and written by its serde derive; `from_spec` checks it into the runtime's
//! definition and `spec_def` turns that back, which `spec_text` writes), how the importer reads it from a
//! doc page (`from_page`), what a generated endpoint hands the runtime (`runtime_scheme`), the
//! line its rustdoc and its reference page show (`rustdoc_line`, `page_line`), and its OpenAPI
//! security scheme (`security`). A scheme is defined once, in the runtime
//! (`codegen_runtime::AuthScheme`, which the IR holds with owned text as `ir::Auth`); a new one
//! is that variant, its spec key and an arm in each function here, and how the runtime applies
//! it (and the stand-in checks it).

use codegen_runtime::{DigestEncoding, Mac, PayloadEncoding, PayloadPart, TimestampUnit};
use proc_macro2::TokenStream;
use quote::quote;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::diagnostic::Location;
use crate::ir::{Auth, Header, Hmac, OAuth2, Server};
use crate::names::runtime_variant;
use crate::spec_text::Flow;
use crate::yaml::{Spanned, location, unplaced};

/// How requests authenticate, as a spec writes it under `auth:` (`from_spec` reads it into
/// the runtime's definition of the scheme).
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum AuthDef {
    /// No authentication.
    None,
    /// A key in a header that the `headers` table lists, or in a query parameter: one of the
    /// two.
    ApiKey {
        /// The header's name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        header: Option<Spanned<String>>,
        /// The query parameter's name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        query: Option<Spanned<String>>,
    },
    /// A keyed signature in headers.
    HmacSignature(Box<HmacDef>),
    /// A token in `Authorization: Bearer <token>`.
    #[serde(rename = "bearer")]
    BearerToken,
    /// A user name and password in `Authorization: Basic …`.
    Basic,
    /// An access token from an OAuth 2.0 token endpoint (client credentials grant), in
    /// `Authorization: Bearer <token>`.
    #[serde(rename = "oauth2_client_credentials")]
    OAuth2ClientCredentials(OAuth2Def),
    /// An access token a user granted the app (the authorization code grant, its refresh
    /// tokens kept by the caller's `TokenSession`), in `Authorization: Bearer <token>`; the
    /// scopes the endpoint needs the grant to hold.
    UserToken(UserTokenDef),
}

/// A token a user grants, and the scopes an endpoint needs of it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserTokenDef {
    /// The scopes the endpoint needs (`user_profile`).
    #[serde(default)]
    pub scopes: Vec<Spanned<String>>,
}

/// An OAuth 2.0 client credentials grant.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OAuth2Def {
    /// The token endpoint: `https://…`, or a path below the server URL.
    pub token_url: Spanned<String>,
    /// The scopes to ask for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<Spanned<String>>,
    /// `basic` (default) or `body`: how the client's id and secret reach the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_auth: Option<codegen_runtime::ClientAuth>,
}

/// A signature scheme, as data.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HmacDef {
    /// The page that defines the algorithm.
    pub doc: String,
    /// Header carrying the client id.
    pub client_id_header: Spanned<String>,
    /// Header carrying the timestamp.
    pub timestamp_header: Spanned<String>,
    /// Header carrying the signature.
    pub signature_header: Spanned<String>,
    /// `unix_millis` or `unix_seconds`.
    pub timestamp: TimestampUnit,
    /// The payload's parts in order, for a request with a body.
    pub payload: Vec<Spanned<PayloadPart>>,
    /// The payload's parts for a request without a body (`target` is the path and query).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payload_without_body: Vec<Spanned<PayloadPart>>,
    /// What joins them.
    pub separator: String,
    /// `raw` or `base64url_nopad`.
    pub encoding: PayloadEncoding,
    /// `hmac_sha256`.
    pub mac: Mac,
    /// `hex_lower`.
    pub digest: DigestEncoding,
}

/// The scheme a spec states, checked: `report` hears of each problem, at its place in the spec.
pub(crate) fn from_spec(
    def: &Spanned<AuthDef>,
    headers: &[Header],
    report: &mut dyn FnMut(Location, String),
) -> Auth {
    let mut error = |at: Location, message: &str| report(at, message.to_owned());
    match &def.value {
        AuthDef::None => Auth::None,
        AuthDef::BearerToken => Auth::BearerToken,
        AuthDef::Basic => Auth::Basic,
        AuthDef::UserToken(user) => {
            check_scopes(&user.scopes, &mut error);
            Auth::UserToken {
                scopes: user.scopes.iter().map(|s| s.value.clone()).collect(),
            }
        }
        AuthDef::OAuth2ClientCredentials(oauth) => {
            let url = &oauth.token_url;
            if !(url.value.starts_with("https://") || url.value.starts_with('/')) {
                error(
                    location(url),
                    &format!(
                        "token URL `{}` is neither `https://…` nor a path below the server URL (`/oauth/token`); the client secret is sent there",
                        url.value
                    ),
                );
            }
            check_scopes(&oauth.scopes, &mut error);
            Auth::OAuth2ClientCredentials(OAuth2 {
                token_url: url.value.clone(),
                scopes: oauth.scopes.iter().map(|s| s.value.clone()).collect(),
                client_auth: oauth
                    .client_auth
                    .unwrap_or(codegen_runtime::ClientAuth::Basic),
            })
        }
        AuthDef::ApiKey {
            header: Some(header),
            query: None,
        } => {
            if !headers.iter().any(|h| h.name == header.value) {
                error(
                    location(header),
                    &format!(
                        "auth header `{}` is not in `headers`; list it there as the doc's header table does",
                        header.value
                    ),
                );
            }
            Auth::ApiKeyHeader {
                header: header.value.clone(),
            }
        }
        AuthDef::ApiKey {
            header: None,
            query: Some(query),
        } => {
            let name = &query.value;
            if name.is_empty() || name.contains(|c: char| c.is_whitespace() || "&=#?".contains(c)) {
                error(
                    location(query),
                    &format!(
                        "`{name}` is not a query parameter name; expected a name such as `api_key`"
                    ),
                );
            }
            Auth::ApiKeyQuery {
                name: query.value.clone(),
            }
        }
        AuthDef::ApiKey { .. } => {
            error(
                location(def),
                "an `api_key` names where the key goes: `header: Api-Key` or `query: api_key`, one of them",
            );
            Auth::None
        }
        AuthDef::HmacSignature(hmac) => {
            if hmac.payload.is_empty() {
                error(
                    location(def),
                    "a signature's `payload` names at least one part",
                );
            }
            if hmac
                .payload
                .iter()
                .any(|part| part.value == codegen_runtime::PayloadPart::Target)
            {
                error(
                    location(def),
                    "`target` is what a request without a body signs; list it in `payload_without_body`, and `body` in `payload`",
                );
            }
            for header in [
                &hmac.client_id_header,
                &hmac.timestamp_header,
                &hmac.signature_header,
            ] {
                if let Some(problem) = crate::names::header_name_problem(&header.value) {
                    error(location(header), &problem);
                }
            }
            Auth::HmacSignature(Hmac {
                doc: hmac.doc.clone(),
                client_id_header: hmac.client_id_header.value.clone(),
                timestamp_header: hmac.timestamp_header.value.clone(),
                signature_header: hmac.signature_header.value.clone(),
                timestamp: hmac.timestamp,
                payload: hmac.payload.iter().map(|part| part.value).collect(),
                payload_without_body: hmac
                    .payload_without_body
                    .iter()
                    .map(|part| part.value)
                    .collect(),
                separator: hmac.separator.clone(),
                encoding: hmac.encoding,
                mac: hmac.mac,
                digest: hmac.digest,
            })
        }
    }
}

/// Each scope is one word.
fn check_scopes(scopes: &[Spanned<String>], error: &mut impl FnMut(Location, &str)) {
    for scope in scopes {
        if scope.value.is_empty() || scope.value.contains(char::is_whitespace) {
            error(
                location(scope),
                &format!(
                    "`{}` is not a scope; a scope is one word, such as `orders:write`",
                    scope.value
                ),
            );
        }
    }
}

/// The scheme as a spec writes it under `auth:` (flow style, on one line): what `from_spec`
/// reads back as `auth`.
pub fn spec_text(auth: &Auth) -> String {
    spec_flow(auth).to_yaml()
}

/// [`spec_text`] as a value of the spec writer, for a spec being built.
pub fn spec_flow(auth: &Auth) -> Flow {
    Flow::of(&spec_def(auth))
}

/// `auth` as the spec writes it: the inverse of `from_spec`.
fn spec_def(auth: &Auth) -> AuthDef {
    let text = |text: &String| unplaced(text.clone());
    let texts = |texts: &[String]| texts.iter().map(text).collect();
    match auth {
        Auth::None => AuthDef::None,
        Auth::BearerToken => AuthDef::BearerToken,
        Auth::Basic => AuthDef::Basic,
        Auth::ApiKeyHeader { header } => AuthDef::ApiKey {
            header: Some(text(header)),
            query: None,
        },
        Auth::ApiKeyQuery { name } => AuthDef::ApiKey {
            header: None,
            query: Some(text(name)),
        },
        Auth::UserToken { scopes } => AuthDef::UserToken(UserTokenDef {
            scopes: texts(scopes),
        }),
        Auth::OAuth2ClientCredentials(OAuth2 {
            token_url,
            scopes,
            client_auth,
        }) => AuthDef::OAuth2ClientCredentials(OAuth2Def {
            token_url: text(token_url),
            scopes: texts(scopes),
            // The default is left unsaid, as a spec writer would.
            client_auth: (*client_auth != codegen_runtime::ClientAuth::Basic)
                .then_some(*client_auth),
        }),
        Auth::HmacSignature(hmac) => {
            let parts = |parts: &[PayloadPart]| parts.iter().copied().map(unplaced).collect();
            AuthDef::HmacSignature(Box::new(HmacDef {
                doc: hmac.doc.clone(),
                client_id_header: text(&hmac.client_id_header),
                timestamp_header: text(&hmac.timestamp_header),
                signature_header: text(&hmac.signature_header),
                timestamp: hmac.timestamp,
                payload: parts(&hmac.payload),
                payload_without_body: parts(&hmac.payload_without_body),
                separator: hmac.separator.clone(),
                encoding: hmac.encoding,
                mac: hmac.mac,
                digest: hmac.digest,
            }))
        }
    }
}

/// What a doc page shows about how its requests authenticate, as the importer reads it.
#[derive(Debug, Clone, Default)]
pub struct PageCues<'a> {
    /// The header table: each header's name and what the page says of it, in any language.
    pub headers: Vec<(&'a str, Vec<&'a str>)>,
    /// Lines of prose about headers or `Authorization`, with their line numbers: what a page
    /// without a header table says (`Send your key in the `X-Shop-Key` header.`).
    pub prose: Vec<(usize, &'a str)>,
    /// The line of a curl example that sends `-u user:password` (Basic auth), if any.
    pub curl_user: Option<usize>,
    /// The token endpoint of a client credentials grant, where the page documents one.
    pub token: Option<TokenCue<'a>>,
}

/// Where a page says to get an access token with the client's id and secret.
#[derive(Debug, Clone)]
pub struct TokenCue<'a> {
    /// The token URL.
    pub url: &'a str,
    /// The scopes its example asks for.
    pub scopes: &'a [String],
    /// Its example sends the secret in the form rather than as Basic auth.
    pub secret_in_body: bool,
    /// The page's line that states it.
    pub line: usize,
}

/// A scheme read from a page, and what a reviewer must check about the reading.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The scheme.
    pub auth: Auth,
    /// One line for the draft's `# REVIEW` comment.
    pub review: String,
}

/// Whether a page names a header like a key (`Api-Key`, `X-API-KEY`, GHN's `Token`,
/// `X-Auth-Token`): how a page shows the header a static key goes in. `Authorization` is
/// read by its scheme (`Bearer …`, `Basic …`), never as a key header.
pub fn is_key_header(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower != "authorization" && (lower.contains("key") || lower.contains("token"))
}

/// The scheme a page's cues point to, strongest cue first: a documented token endpoint (its
/// bearer token comes from there), `Authorization: Bearer …` or `Basic …` in the header table,
/// the one header named like a key, and, where the header table names no key, what the prose
/// says; else none, which the reviewer must state.
pub fn from_page(cues: &PageCues) -> Reading {
    if let Some(token) = &cues.token {
        return Reading {
            auth: Auth::OAuth2ClientCredentials(OAuth2 {
                token_url: token.url.to_owned(),
                scopes: token.scopes.to_vec(),
                client_auth: if token.secret_in_body {
                    codegen_runtime::ClientAuth::Body
                } else {
                    codegen_runtime::ClientAuth::Basic
                },
            }),
            review: format!(
                "read as OAuth 2.0 client credentials (line {}): check the token URL, the scopes and whether the client's id and secret go as Basic auth (client_auth: basic) or in the form (body).",
                token.line
            ),
        };
    }
    let authorization = |word: &str| {
        cues.headers.iter().any(|(name, texts)| {
            name.eq_ignore_ascii_case("authorization")
                && texts
                    .iter()
                    .any(|text| text.to_ascii_lowercase().contains(word))
        })
    };
    let (auth, review) = if authorization("bearer") {
        (
            Auth::BearerToken,
            "read as a bearer token: the `Authorization` header is `Bearer …`.".to_owned(),
        )
    } else if authorization("basic") {
        (
            Auth::Basic,
            "read as a user name and password: the `Authorization` header is `Basic …`.".to_owned(),
        )
    } else {
        let mut keys = cues.headers.iter().filter(|(name, _)| is_key_header(name));
        match (keys.next(), keys.next()) {
            (Some((header, _)), None) => (
                Auth::ApiKeyHeader {
                    header: (*header).to_owned(),
                },
                "read as an API key in the one header named like a key.".to_owned(),
            ),
            (Some(_), Some(_)) => (
                Auth::None,
                "the page names several key headers; state how requests authenticate.".to_owned(),
            ),
            (None, _) => match (from_prose(&cues.prose), cues.curl_user) {
                (Some(reading), _) => return reading,
                (None, Some(line)) => (
                    Auth::Basic,
                    format!(
                        "read as a user name and password: the curl example (line {line}) sends `-u`."
                    ),
                ),
                (None, None) => (
                    Auth::None,
                    "the page names no key header; state how requests authenticate.".to_owned(),
                ),
            },
        }
    };
    Reading { auth, review }
}

/// What a page's prose says of authentication, where its tables say nothing: `Authorization`
/// with `Bearer` or `Basic` on one line, or one header in a code span named like a key on a
/// line that speaks of headers.
fn from_prose(lines: &[(usize, &str)]) -> Option<Reading> {
    for (line, text) in lines {
        let lower = text.to_lowercase();
        let said = |auth: Auth, what: &str| Reading {
            auth,
            review: format!("read as {what} from the page's prose (line {line}: \"{text}\")."),
        };
        if lower.contains("authorization") && lower.contains("bearer") {
            return Some(said(Auth::BearerToken, "a bearer token"));
        }
        if lower.contains("auth") && lower.contains("basic") {
            return Some(said(Auth::Basic, "a user name and password"));
        }
        if lower.contains("bearer") && lower.contains("token") {
            return Some(said(Auth::BearerToken, "a bearer token"));
        }
        let header_name = |span: &&str| {
            !span.is_empty()
                && span
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && is_key_header(span)
        };
        let mut spans = text.split('`').skip(1).step_by(2).filter(header_name);
        if lower.contains("header")
            && let (Some(header), None) = (spans.next(), spans.next())
        {
            return Some(said(
                Auth::ApiKeyHeader {
                    header: header.to_owned(),
                },
                "an API key in a header the page names in prose",
            ));
        }
    }
    None
}

/// The `rt::AuthScheme` a generated endpoint's `ENDPOINT` holds.
pub(crate) fn runtime_scheme(auth: &Auth) -> TokenStream {
    match auth {
        Auth::None => quote!(rt::AuthScheme::None),
        Auth::ApiKeyQuery { name } => quote!(rt::AuthScheme::ApiKeyQuery { name: #name }),
        Auth::BearerToken => quote!(rt::AuthScheme::BearerToken),
        Auth::UserToken { scopes } => quote!(rt::AuthScheme::UserToken { scopes: &[#(#scopes),*] }),
        Auth::Basic => quote!(rt::AuthScheme::Basic),
        Auth::OAuth2ClientCredentials(OAuth2 {
            token_url,
            scopes,
            client_auth,
        }) => {
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
            let doc = &hmac.doc;
            quote! {
                rt::AuthScheme::HmacSignature(rt::HmacSignature {
                    doc: #doc,
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
        Auth::OAuth2ClientCredentials(OAuth2 {
            token_url, scopes, ..
        }) => format!(
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
        Auth::OAuth2ClientCredentials(OAuth2 { token_url, .. }) => format!(
            "OAuth 2.0 access token in `Authorization` (client credentials at `{token_url}`)"
        ),
        Auth::HmacSignature(hmac) => format!(
            "signature in `{}` (see `{}`)",
            hmac.signature_header, hmac.doc
        ),
    }
}

/// The operation's security requirement, the schemes it names, and the headers they cover
/// (which are not also written as header parameters). `servers` are the endpoint's, the default
/// first: what a token URL given as a path is below.
pub(crate) fn security(
    auth: &Auth,
    servers: &[Server],
) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
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
        Auth::OAuth2ClientCredentials(OAuth2 {
            token_url, scopes, ..
        }) => {
            let scope_map: Map<String, Value> = scopes
                .iter()
                .map(|scope| (scope.clone(), json!("")))
                .collect();
            // OpenAPI's tools read `tokenUrl` as an absolute URL: a path is written below the
            // default server, and the description says where each environment's is.
            let below =
                |server: &Server| format!("{}{token_url}", server.url.trim_end_matches('/'));
            let mut scheme = json!({
                "type": "oauth2",
                "flows": { "clientCredentials": {
                    "tokenUrl": servers.first().filter(|_| token_url.starts_with('/')).map_or_else(|| token_url.clone(), below),
                    "scopes": scope_map,
                } },
            });
            if token_url.starts_with('/') && servers.len() > 1 {
                let each: Vec<String> = servers
                    .iter()
                    .map(|server| format!("{}: `{}`", server.name, below(server)))
                    .collect();
                scheme["description"] = json!(format!(
                    "The token URL is `{token_url}` below each server's URL: {}.",
                    each.join(", ")
                ));
            }
            one_scheme(
                "oauth2".to_owned(),
                scheme,
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

#[cfg(test)]
mod tests {
    use codegen_runtime::TimestampUnit;
    use codegen_runtime::{ClientAuth, DigestEncoding, Mac, PayloadEncoding, PayloadPart};

    use super::*;
    use crate::ir::Text;

    /// `text` read as a spec's `auth:`, with a header table of `Api-Key`: the scheme, or the
    /// problems found.
    fn read(text: &str) -> Result<Auth, Vec<String>> {
        #[derive(serde::Deserialize)]
        struct Spec {
            auth: Spanned<AuthDef>,
        }
        let spec: Spec = crate::yaml::parse("spec.yaml", &format!("auth: {text}\n"))
            .map_err(|diagnostic| vec![diagnostic.message])?;
        let headers = [Header {
            name: "Api-Key".to_owned(),
            required: true,
            docs: Text::default(),
        }];
        let mut problems = Vec::new();
        let auth = from_spec(&spec.auth, &headers, &mut |_, message| {
            problems.push(message)
        });
        if problems.is_empty() {
            Ok(auth)
        } else {
            Err(problems)
        }
    }

    fn hmac(payload_without_body: Vec<PayloadPart>) -> Auth {
        Auth::HmacSignature(Hmac {
            doc: "https://example.test/docs: signing".to_owned(),
            client_id_header: "X-Client-Id".to_owned(),
            timestamp_header: "X-Timestamp".to_owned(),
            signature_header: "X-Signature".to_owned(),
            timestamp: TimestampUnit::UnixSeconds,
            payload: vec![
                PayloadPart::Timestamp,
                PayloadPart::ClientId,
                PayloadPart::Body,
            ],
            payload_without_body,
            separator: ".".to_owned(),
            encoding: PayloadEncoding::Base64UrlNoPad,
            mac: Mac::HmacSha256,
            digest: DigestEncoding::HexLower,
        })
    }

    #[test]
    fn every_scheme_written_as_a_spec_reads_back_as_itself() {
        let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let schemes = [
            Auth::None,
            Auth::BearerToken,
            Auth::Basic,
            Auth::ApiKeyHeader {
                header: "Api-Key".to_owned(),
            },
            Auth::ApiKeyQuery {
                name: "api_key".to_owned(),
            },
            Auth::UserToken { scopes: Vec::new() },
            Auth::UserToken {
                scopes: strings(&["orders:write", "user_profile"]),
            },
            Auth::OAuth2ClientCredentials(OAuth2 {
                token_url: "https://auth.example.test/oauth/token?x=1#y".to_owned(),
                scopes: strings(&["read", "true"]),
                client_auth: ClientAuth::Body,
            }),
            Auth::OAuth2ClientCredentials(OAuth2 {
                token_url: "/oauth/token".to_owned(),
                scopes: Vec::new(),
                client_auth: ClientAuth::Basic,
            }),
            hmac(Vec::new()),
            hmac(vec![PayloadPart::Timestamp, PayloadPart::Target]),
        ];
        for auth in schemes {
            let text = spec_text(&auth);
            assert_eq!(read(&text), Ok(auth), "{text}");
        }
    }

    fn cue(headers: &[(&'static str, &'static str)]) -> Auth {
        let cues = PageCues {
            headers: headers
                .iter()
                .map(|(name, text)| (*name, vec![*text]))
                .collect(),
            ..PageCues::default()
        };
        from_page(&cues).auth
    }

    #[test]
    fn a_page_is_read_by_its_strongest_cue() {
        let key = || Auth::ApiKeyHeader {
            header: "X-Api-Key".to_owned(),
        };
        assert_eq!(cue(&[("X-Api-Key", "Khóa API")]), key());
        assert_eq!(
            cue(&[("Authorization", "Bearer <token>"), ("X-Api-Key", "")]),
            Auth::BearerToken
        );
        assert_eq!(
            cue(&[("authorization", "basic base64(user:pass)")]),
            Auth::Basic
        );
        assert_eq!(
            cue(&[("Authorization", "the partner's token"), ("X-Api-Key", "")]),
            key()
        );
        assert_eq!(
            cue(&[("X-Api-Key", ""), ("Secret-Key", "")]),
            Auth::None,
            "two key headers"
        );
        assert_eq!(cue(&[("Content-Type", "application/json")]), Auth::None);
        assert_eq!(
            cue(&[("Token", ""), ("ShopId", "")]),
            Auth::ApiKeyHeader {
                header: "Token".to_owned()
            },
            "a header named Token holds a static key"
        );
        let scopes = ["read".to_owned()];
        let token = PageCues {
            headers: vec![("X-Api-Key", Vec::new())],
            prose: Vec::new(),
            token: Some(TokenCue {
                url: "/oauth/token",
                scopes: &scopes,
                secret_in_body: true,
                line: 7,
            }),
            ..PageCues::default()
        };
        let reading = from_page(&token);
        assert_eq!(
            reading.auth,
            Auth::OAuth2ClientCredentials(OAuth2 {
                token_url: "/oauth/token".to_owned(),
                scopes: scopes.to_vec(),
                client_auth: ClientAuth::Body,
            })
        );
        assert!(reading.review.contains("line 7"), "{}", reading.review);
    }

    #[test]
    fn a_page_without_a_header_table_is_read_by_its_prose() {
        let read = |lines: &[&'static str]| {
            let cues = PageCues {
                prose: lines
                    .iter()
                    .enumerate()
                    .map(|(at, text)| (at + 1, *text))
                    .collect(),
                ..PageCues::default()
            };
            from_page(&cues).auth
        };
        assert_eq!(
            read(&["Authenticate with the `X-Shop-Key` header."]),
            Auth::ApiKeyHeader {
                header: "X-Shop-Key".to_owned()
            }
        );
        assert_eq!(
            read(&["Send `Authorization: Bearer <token>` with each call"]),
            Auth::BearerToken
        );
        assert_eq!(
            read(&["The `Authorization` header holds Basic credentials"]),
            Auth::Basic
        );
        assert_eq!(
            read(&["HTTP Basic Auth (client_id:client_secret)"]),
            Auth::Basic
        );
        assert_eq!(
            read(&["Authentication: Bearer token (JWT)"]),
            Auth::BearerToken
        );
        let curl_user = PageCues {
            curl_user: Some(12),
            ..PageCues::default()
        };
        let reading = from_page(&curl_user);
        assert_eq!(reading.auth, Auth::Basic, "a curl example with `-u`");
        assert!(reading.review.contains("line 12"), "{}", reading.review);
        assert_eq!(
            read(&["Pass `api_key` and `secret_key` headers"]),
            Auth::None,
            "two keys"
        );
        assert_eq!(
            read(&["The `X-Request-Id` header is echoed back"]),
            Auth::None
        );
        let table = PageCues {
            headers: vec![("X-Api-Key", Vec::new())],
            prose: vec![(3, "Or send `Authorization: Bearer …` in the header")],
            ..PageCues::default()
        };
        assert_eq!(
            from_page(&table).auth,
            Auth::ApiKeyHeader {
                header: "X-Api-Key".to_owned()
            },
            "the header table comes first"
        );
    }
}
