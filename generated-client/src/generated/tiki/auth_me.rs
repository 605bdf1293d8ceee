// @generated from specs/tiki/auth_me.yaml by `cargo xtask codegen`; do not edit.

//! Get info from auth token (Read the user of an auth token) — `POST /oauth/me`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/oauth/me`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/oauth/me`
//!
//! Vendor page: `specs/tiki/docs/backend/platform-api/exchange-auth-token.md`. Spec: `specs/tiki/auth_me.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Doc conflict — page example: the errors lack a comma after `reason` and end members with a trailing comma; JSON: no trailing comma, a comma between members.
//! Resolution: `auth_me.response.json` and the error examples are the page's with the commas repaired; the page's own text is not JSON.
//!
//! Note: The page marks no field required and types none: every type here comes from its examples (`origin: example`); the request's one member is required as the call means nothing without it.
use ::codegen_runtime as rt;
pub use super::types::{
    DataEnvelope, ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "auth_me",
    method: rt::Method::Post,
    idempotent: None,
    path: "/oauth/me",
    content_type: "application/json",
    params: &[],
    has_request_body: true,
    has_response_body: true,
    servers: &[
        rt::Server {
            name: "production",
            url: "https://api.tiki.vn/tiniapp-open-api",
        },
        rt::Server {
            name: "sandbox",
            url: "https://api.tiki.vn/tiniapp-sandbox-open-api",
        },
    ],
    auth: rt::AuthScheme::HmacSignature(rt::HmacSignature {
        doc: "specs/tiki/docs/tiki-signature.md",
        client_id_header: "X-Tiniapp-Client-Id",
        timestamp_header: "X-Tiniapp-Timestamp",
        signature_header: "X-Tiniapp-Signature",
        timestamp: rt::TimestampUnit::UnixMillis,
        payload: &[
            rt::PayloadPart::Timestamp,
            rt::PayloadPart::ClientId,
            rt::PayloadPart::Body,
        ],
        payload_without_body: &[
            rt::PayloadPart::Timestamp,
            rt::PayloadPart::ClientId,
            rt::PayloadPart::Target,
        ],
        separator: ".",
        encoding: rt::PayloadEncoding::Base64UrlNoPad,
        mac: rt::Mac::HmacSha256,
        digest: rt::DigestEncoding::HexLower,
    }),
    headers: &[
        rt::HeaderParam {
            name: "X-Tiniapp-Client-Id",
            required: true,
            description: "the client key issued for the app / The client key issued for the app",
        },
        rt::HeaderParam {
            name: "X-Tiniapp-Timestamp",
            required: true,
            description: "request time in milliseconds since the Unix epoch; Tiki rejects one older than about one minute / Request time in milliseconds since the Unix epoch; Tiki rejects one older than about a minute",
        },
        rt::HeaderParam {
            name: "X-Tiniapp-Signature",
            required: true,
            description: "lowercase hex of an HMAC-SHA256, computed as below / Lowercase hex of HMAC-SHA256(client secret, base64url(timestamp.client_key.body)), no padding",
        },
    ],
    doc: "specs/tiki/docs/backend/platform-api/exchange-auth-token.md",
    spec: "specs/tiki/auth_me.yaml",
    response_status: None,
    error_status: Some(rt::BodyStatus {
        code: "/error/code",
        success: None,
        message: Some("/error/message"),
        reason: Some("/error/reason"),
        request_id: Some("/error/metadata/request_id"),
    }),
    pagination: None,
    statuses: &[],
    inbound: None,
};
/// The request body.
pub type Request = AuthMeRequest;
/// The successful response body.
pub type Response = super::types::DataEnvelope<TokenInfo>;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("AuthMeRequest")),
    response: Some(rt::Codec::of::<Response>("DataEnvelope<TokenInfo>")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The access token to read.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct AuthMeRequest {
    /// The access token
    ///
    /// Required; not in the doc's table, only in its examples. Length: at least 1.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1u64)))]
    pub access_token: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl AuthMeRequest {
    /// A value with its required fields (`access_token`); every other field absent.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(AuthMeRequest, unknown_fields; access_token(required));
impl rt::Validate for AuthMeRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.min_length(&at.field("access_token"), &self.access_token, 1u64);
    }
}
/// Who granted a token, and what.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct TokenInfo {
    /// The user's Tiki customer id
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub customer_id: Option<i64>,
    /// The user's name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub customer_name: Option<String>,
    /// The scopes granted
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<String>"))]
    pub scopes: Option<Vec<String>>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl TokenInfo {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_customer_id(mut self, value: impl Into<i64>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
    pub fn with_customer_name(mut self, value: impl Into<String>) -> Self {
        self.customer_name = Some(value.into());
        self
    }
    pub fn with_scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
}
rt::deserialize_object!(TokenInfo, unknown_fields; customer_id, customer_name, scopes);
impl rt::Validate for TokenInfo {}
