// @generated from specs/tiki/shipment_cancel.yaml by `cargo xtask codegen`; do not edit.

//! Cancel shipment (Cancel a shipment) — `DELETE /shipping/shipments`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/shipping/shipments`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/shipping/shipments`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/cancel_shipment.md`. Spec: `specs/tiki/shipment_cancel.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipment_cancel",
    method: rt::Method::Delete,
    idempotent: None,
    path: "/shipping/shipments",
    content_type: "application/json",
    params: &[
        rt::ParamInfo {
            name: "tracking_id",
            location: rt::ParamLocation::Query,
            required: true,
            style: None,
            description: "tracking ID của shipment",
        },
    ],
    has_request_body: false,
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
    doc: "specs/tiki/docs/backend/shipping/cancel_shipment.md",
    spec: "specs/tiki/shipment_cancel.yaml",
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
pub type Params = ShipmentCancelParams;
/// The successful response body.
pub type Response = ShipmentCancelResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("ShipmentCancelResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// API Response
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShipmentCancelResponse {
    /// trạng thái của đơn hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub status: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentCancelResponse {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::deserialize_object!(ShipmentCancelResponse, unknown_fields; status);
impl rt::Validate for ShipmentCancelResponse {}
/// The path, query and header parameters of a call.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct ShipmentCancelParams {
    /// tracking ID của shipment
    ///
    /// Required; doc type `string`.
    pub tracking_id: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl ShipmentCancelParams {
    /// A value with its required fields (`tracking_id`); every other field absent.
    pub fn new(tracking_id: impl Into<String>) -> Self {
        Self {
            tracking_id: tracking_id.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(ShipmentCancelParams, unknown_fields; tracking_id(required));
impl rt::Validate for ShipmentCancelParams {}
impl rt::Parameters for ShipmentCancelParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.tracking_id;
            values.query("tracking_id", value);
        }
        values
    }
}
