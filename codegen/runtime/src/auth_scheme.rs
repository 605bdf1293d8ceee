//! How requests authenticate: each scheme defined once, for generated code and the generator
//! alike.
//!
//! Generated code writes a scheme as `'static` data ([`Static`], the default), and the
//! generator, which reads it from a spec at run time, holds the same definition with owned
//! text ([`Owned`]): `AuthScheme<Owned>` is the generator's IR of a scheme, so the spec's
//! reading, the emitted `ENDPOINT` and the client that applies it cannot drift apart. The plain
//! enums (a signature's parts, a token endpoint's client authentication) are also what specs
//! write: they deserialize from the spec's words.

use std::fmt::Debug;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

/// Where a scheme's text and lists live.
pub trait Storage: Clone + Debug + PartialEq + Eq {
    /// A header name, a URL, a scope.
    type Text: Clone + Debug + Eq + Deref<Target = str> + 'static;
    /// A list of scopes or of a signature's parts.
    type List<T: Clone + Debug + Eq + 'static>: Clone + Debug + Eq + Deref<Target = [T]>;
}

/// `'static` data, as generated code writes it: every scheme is `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Static;

impl Storage for Static {
    type Text = &'static str;
    type List<T: Clone + Debug + Eq + 'static> = &'static [T];
}

/// Owned text and lists, as a scheme read at run time (the generator's IR, a stand-in built
/// from a spec) holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owned;

impl Storage for Owned {
    type Text = String;
    type List<T: Clone + Debug + Eq + 'static> = Vec<T>;
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme<S: Storage = Static> {
    /// No authentication.
    None,
    /// A secret key sent as-is in a header.
    ApiKeyHeader {
        /// The header that carries the key.
        header: S::Text,
    },
    /// A keyed signature over the request, sent in headers.
    HmacSignature(HmacSignature<S>),
    /// A secret key sent as-is in a query parameter. It is in every URL the client makes,
    /// and errors print it redacted.
    ApiKeyQuery {
        /// The query parameter that carries the key.
        name: S::Text,
    },
    /// A token sent as `Authorization: Bearer <token>` (RFC 6750).
    BearerToken,
    /// A token a user granted the app (the authorization code grant), sent as a bearer token;
    /// the client takes it from a `TokenSession`, which refreshes it before it expires, and
    /// refuses the call when the grant lacks one of `scopes`.
    UserToken {
        /// The scopes the endpoint needs.
        scopes: S::List<S::Text>,
    },
    /// A user name and password sent as `Authorization: Basic base64(user:password)`
    /// (RFC 7617).
    Basic,
    /// An access token from an OAuth 2.0 token endpoint (the client credentials grant, RFC
    /// 6749 §4.4), sent as `Authorization: Bearer <token>`.
    OAuth2ClientCredentials(OAuth2ClientCredentials<S>),
}

impl Copy for AuthScheme<Static> {}

/// Where and how a client asks for an access token with its id and secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2ClientCredentials<S: Storage = Static> {
    /// The token endpoint: an absolute URL, or a path joined to the server URL as an
    /// endpoint's path is.
    pub token_url: S::Text,
    /// The scopes asked for; none leaves `scope` out of the request.
    pub scopes: S::List<S::Text>,
    /// How the client proves who it is to the token endpoint.
    pub client_auth: ClientAuth,
}

impl Copy for OAuth2ClientCredentials<Static> {}

/// How a client sends its id and secret to a token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientAuth {
    /// `Authorization: Basic base64(id:secret)`, as RFC 6749 §2.3.1 prefers.
    Basic,
    /// `client_id` and `client_secret` in the form body.
    Body,
}

/// A request signature: `digest(mac(secret, encoding(join(separator, payload))))`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HmacSignature<S: Storage = Static> {
    /// The vendor's page that defines the algorithm.
    pub doc: S::Text,
    /// The header that carries the client's public id.
    pub client_id_header: S::Text,
    /// The header that carries the timestamp.
    pub timestamp_header: S::Text,
    /// The header that carries the signature.
    pub signature_header: S::Text,
    /// The unit of the timestamp.
    pub timestamp: TimestampUnit,
    /// The parts joined into the signed payload of a request with a body, in order.
    pub payload: S::List<PayloadPart>,
    /// The parts of a request without a body (a `GET`, a `DELETE`); empty when the spec
    /// states none, and then `payload` applies with an empty body.
    pub payload_without_body: S::List<PayloadPart>,
    /// What joins the payload's parts.
    pub separator: S::Text,
    /// How the joined payload is encoded before it is signed.
    pub encoding: PayloadEncoding,
    /// The keyed hash.
    pub mac: Mac,
    /// How the hash is written into the header.
    pub digest: DigestEncoding,
}

impl Copy for HmacSignature<Static> {}

/// The unit of a signature's timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimestampUnit {
    /// Milliseconds since the Unix epoch.
    UnixMillis,
    /// Seconds since the Unix epoch.
    UnixSeconds,
}

/// A part of the signed payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PayloadPart {
    /// The timestamp sent in the timestamp header.
    Timestamp,
    /// The client id sent in the client-id header.
    ClientId,
    /// The exact body bytes sent.
    Body,
    /// The request target as sent: the path below the base URL and its query, percent-encoded
    /// (`/order?location=H%C3%A0%20N%E1%BB%99i`).
    Target,
}

/// How the joined payload is encoded before it is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PayloadEncoding {
    /// Signed as is.
    Raw,
    /// URL-safe base64 without padding (`base64url_nopad` in a spec).
    #[serde(rename = "base64url_nopad")]
    Base64UrlNoPad,
}

/// The keyed hash of a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mac {
    /// HMAC-SHA256.
    HmacSha256,
}

/// How a signature's bytes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DigestEncoding {
    /// Lowercase hexadecimal.
    HexLower,
}
