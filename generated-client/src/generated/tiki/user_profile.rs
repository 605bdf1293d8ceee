// @generated from specs/tiki/user_profile.yaml by `cargo xtask codegen`; do not edit.

//! User Profile (Read the user's profile) — `GET /customers/profile`
//!
//! - production: `https://openapi.tiki.vn/ecom/v1/customers/profile`
//!
//! Vendor page: `specs/tiki/docs/backend/open-api/user-profile.md`. Spec: `specs/tiki/user_profile.yaml`.
//!
//! Authentication: a token the user granted the app (authorization code grant) in the `Authorization` header (`Bearer <token>`), from a `TokenSession`; the grant must hold the scopes `user_profile`.
//!
//! Note: The page documents the call (its curl) but neither the answer's fields nor an example: the profile decodes as an object of no listed fields, which keeps every member the server sends.
use ::codegen_runtime as rt;
pub use super::types::{ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "user_profile",
    method: rt::Method::Get,
    idempotent: None,
    path: "/customers/profile",
    content_type: "application/json",
    params: &[],
    has_request_body: false,
    has_response_body: true,
    servers: &[
        rt::Server {
            name: "production",
            url: "https://openapi.tiki.vn/ecom/v1",
        },
    ],
    auth: rt::AuthScheme::UserToken {
        scopes: &["user_profile"],
    },
    headers: &[],
    doc: "specs/tiki/docs/backend/open-api/user-profile.md",
    spec: "specs/tiki/user_profile.yaml",
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
/// The successful response body.
pub type Response = UserProfile;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("UserProfile")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The user's profile. The page shows no answer; whatever it holds is kept.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct UserProfile {
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl UserProfile {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
}
rt::deserialize_object!(UserProfile, unknown_fields;);
impl rt::Validate for UserProfile {}
