// @generated from specs/tiki/lead_application_update.yaml by `cargo xtask codegen`; do not edit.

//! Cập nhật hồ sơ (Update a lead application) — `PUT /lead/applications/{application_id}`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/lead/applications/{application_id}`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/lead/applications/{application_id}`
//!
//! Spec: `specs/tiki/lead_application_update.yaml` (no vendor page copy; its notes say where the facts came from).
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Note: From the issue that asked for it (the vendor page is not copied here): PUT {server}/lead/applications/{application_id} on the create endpoint's servers, signed like create (the signature covers the JSON body), body {"status": "&lt;status>"} with a status from the status page, and the answer HTTP/1.1 204 No Content with no body.
//!
//! Note: `lead_application_update.request.json` is written by us from those facts (the page's example is `PUT …/lead/applications/141952217564315671` with `{"status":"disbursed"}`), not copied from a vendor page.
use ::codegen_runtime as rt;
pub use super::types::{
    ApplicationStatus, ApplicationStatusSent, ErrorBody, ErrorEnvelope, ErrorMetadata,
    ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "lead_application_update",
    method: rt::Method::Put,
    idempotent: None,
    path: "/lead/applications/{application_id}",
    content_type: "application/json",
    params: &[
        rt::ParamInfo {
            name: "application_id",
            location: rt::ParamLocation::Path,
            required: true,
            style: None,
            description: "id của hồ sơ / The application's id (a 64-bit number, kept as text)",
        },
    ],
    has_request_body: true,
    has_response_body: false,
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
    doc: "",
    spec: "specs/tiki/lead_application_update.yaml",
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
/// The path, query and header parameters of a call.
pub type Params = LeadApplicationUpdateParams;
/// The request body.
pub type Request = LeadApplicationUpdateRequest;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("LeadApplicationUpdateRequest")),
    response: None,
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The new status of the application.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct LeadApplicationUpdateRequest {
    /// trạng thái của hồ sơ
    ///
    /// The status to move the application to
    ///
    /// Note: The status page (specs/tiki/docs/tiki-lead-status.md) lists new, disbursed and rejected.
    pub status: super::types::ApplicationStatusSent,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl LeadApplicationUpdateRequest {
    /// A value with its required fields (`status`); every other field absent.
    pub fn new(status: impl Into<super::types::ApplicationStatusSent>) -> Self {
        Self {
            status: status.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(LeadApplicationUpdateRequest, unknown_fields; status(required));
impl rt::Validate for LeadApplicationUpdateRequest {}
/// The path, query and header parameters of a call.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct LeadApplicationUpdateParams {
    /// id của hồ sơ
    ///
    /// The application's id (a 64-bit number, kept as text)
    ///
    /// Pattern: `^[0-9]+$`.
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = "^[0-9]+$")))]
    pub application_id: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl LeadApplicationUpdateParams {
    /// A value with its required fields (`application_id`); every other field absent.
    pub fn new(application_id: impl Into<String>) -> Self {
        Self {
            application_id: application_id.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    LeadApplicationUpdateParams, unknown_fields; application_id(required)
);
impl rt::Validate for LeadApplicationUpdateParams {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        {
            static PATTERN: rt::validate::Pattern = rt::validate::Pattern::new(
                "^[0-9]+$",
            );
            report.pattern(&at.field("application_id"), &self.application_id, &PATTERN);
        }
    }
}
impl rt::Parameters for LeadApplicationUpdateParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.application_id;
            values.path("application_id", value);
        }
        values
    }
}
