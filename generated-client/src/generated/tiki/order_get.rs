// @generated from specs/tiki/order_get.yaml by `cargo xtask codegen`; do not edit.

//! Lấy thông tin một đơn hàng (Get a payment order) — `GET /order`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/order`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/order`
//!
//! Vendor page: `specs/tiki/docs/backend/payment/get-order.md`. Spec: `specs/tiki/order_get.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason, Order, OrderStatus,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "order_get",
    method: rt::Method::Get,
    idempotent: None,
    path: "/order",
    content_type: "application/json",
    params: &[
        rt::ParamInfo {
            name: "order_id",
            location: rt::ParamLocation::Query,
            required: true,
            style: None,
            description: "ID của đơn hàng / The order's id",
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
    doc: "specs/tiki/docs/backend/payment/get-order.md",
    spec: "specs/tiki/order_get.yaml",
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
pub type Params = OrderGetParams;
/// The successful response body.
pub type Response = OrderGetResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("OrderGetResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// HTTP Response
///
/// The answer.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
///
/// Doc conflict — parameter table: `order_id` without a type; curl example: `order_id=88062110977884170`.
/// Resolution: A string: an order id is the 18-digit text the create call returns.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct OrderGetResponse {
    /// The result
    ///
    /// Required; doc type `[][Data](#data)`.
    ///
    /// Doc conflict — table: `Data`, a list of `Data`; response example: `data`, one object.
    /// Resolution: `data`, one object, as the example and every other Tiki answer send it.
    pub data: OrderGetData,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderGetResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<OrderGetData>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderGetResponse, unknown_fields; data(required));
impl rt::Validate for OrderGetResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// Data
///
/// The order.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct OrderGetData {
    /// The order
    ///
    /// Required; doc type `[Order](create-order#order)`.
    ///
    /// Note: `tiki_order_id` and `tiki_order_code` hold values only once the customer pays (the page's note).
    pub order: super::types::Order,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderGetData {
    /// A value with its required fields (`order`); every other field absent.
    pub fn new(order: impl Into<super::types::Order>) -> Self {
        Self {
            order: order.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderGetData, unknown_fields; order(required));
impl rt::Validate for OrderGetData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("order"), &self.order);
    }
}
/// The path, query and header parameters of a call.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct OrderGetParams {
    /// ID của đơn hàng
    ///
    /// The order's id
    pub order_id: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl OrderGetParams {
    /// A value with its required fields (`order_id`); every other field absent.
    pub fn new(order_id: impl Into<String>) -> Self {
        Self {
            order_id: order_id.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderGetParams, unknown_fields; order_id(required));
impl rt::Validate for OrderGetParams {}
impl rt::Parameters for OrderGetParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.order_id;
            values.query("order_id", value);
        }
        values
    }
}
