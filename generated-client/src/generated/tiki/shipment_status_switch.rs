// @generated from specs/tiki/shipment_status_switch.yaml by `cargo xtask codegen`; do not edit.

//! Switch shipment's status (Switch a shipment's status (sandbox)) — `POST /shipping/shipment_status`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/shipping/shipment_status`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/shipping/shipment_status`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/switch_shipment_status.md`. Spec: `specs/tiki/shipment_status_switch.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipment_status_switch",
    method: rt::Method::Post,
    idempotent: None,
    path: "/shipping/shipment_status",
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
    doc: "specs/tiki/docs/backend/shipping/switch_shipment_status.md",
    spec: "specs/tiki/shipment_status_switch.yaml",
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
pub type Request = ShipmentStatusSwitchRequest;
/// The successful response body.
pub type Response = ShipmentStatusSwitchResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("ShipmentStatusSwitchRequest")),
    response: Some(rt::Codec::of::<Response>("ShipmentStatusSwitchResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// Decoding tries each alternative in order and takes the first that fits.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
#[serde(crate = "rt::serde", untagged)]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum ShipmentStatusSwitchResponseStatus {
    Boolean(bool),
    String(String),
}
impl rt::Validate for ShipmentStatusSwitchResponseStatus {}
/// API Params
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct ShipmentStatusSwitchRequest {
    /// Tracking ID của shipment
    ///
    /// Required; doc type `string`.
    pub tracking_id: String,
    /// Trạng thái mong muốn
    ///
    /// Required; doc type `string`.
    pub status: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl ShipmentStatusSwitchRequest {
    /// A value with its required fields (`tracking_id`, `status`); every other field absent.
    pub fn new(tracking_id: impl Into<String>, status: impl Into<String>) -> Self {
        Self {
            tracking_id: tracking_id.into(),
            status: status.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    ShipmentStatusSwitchRequest, unknown_fields; tracking_id(required), status(required)
);
impl rt::Validate for ShipmentStatusSwitchRequest {}
/// API Response
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShipmentStatusSwitchResponse {
    /// Trạng thái thành công hay thất bại của request
    ///
    /// Optional; doc type `boolean`.
    ///
    /// Doc conflict — table: `boolean`; response example: `"ok"`, a string.
    /// Resolution: `ShipmentStatusSwitchResponseStatus` accepts both a boolean and a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "ShipmentStatusSwitchResponseStatus")
    )]
    pub status: Option<ShipmentStatusSwitchResponseStatus>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentStatusSwitchResponse {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_status(
        mut self,
        value: impl Into<ShipmentStatusSwitchResponseStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::deserialize_object!(ShipmentStatusSwitchResponse, unknown_fields; status);
impl rt::Validate for ShipmentStatusSwitchResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("status"), &self.status);
    }
}
