// @generated from specs/tiki/order_cancel.yaml by `cargo xtask codegen`; do not edit.

//! Hủy đơn hàng và hoàn tiền (Cancel an order and refund it) — `POST /order/cancel`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/order/cancel`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/order/cancel`
//!
//! Vendor page: `specs/tiki/docs/backend/payment/cancel-order.md`. Spec: `specs/tiki/order_cancel.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason, Order, OrderStatus,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "order_cancel",
    method: rt::Method::Post,
    idempotent: None,
    path: "/order/cancel",
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
    doc: "specs/tiki/docs/backend/payment/cancel-order.md",
    spec: "specs/tiki/order_cancel.yaml",
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
pub type Request = OrderCancelRequest;
/// The successful response body.
pub type Response = OrderCancelResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("OrderCancelRequest")),
    response: Some(rt::Codec::of::<Response>("OrderCancelResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// HTTP Request
///
/// The order and why.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct OrderCancelRequest {
    /// ID của đơn hàng
    ///
    /// The order's id
    ///
    /// Required; doc type `string`.
    pub order_id: String,
    /// Lý do hủy đơn hàng
    ///
    /// Why the order is canceled
    ///
    /// Required; doc type `string`.
    pub comment: String,
    /// Tùy chọn thông báo
    ///
    /// How the customer is notified
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "PushOpts"))]
    pub push_opts: Option<PushOpts>,
    /// `push_opts` as the page's example spells it
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — table: `push_opts`; request example: `pust_opts`.
    /// Resolution: Both are fields: `pust_opts` is the example's misspelling of `push_opts`; a request sets one of them (Tiki's reading of either is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "PushOpts"))]
    pub pust_opts: Option<PushOpts>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl OrderCancelRequest {
    /// A value with its required fields (`order_id`, `comment`); every other field absent.
    pub fn new(order_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Self {
            order_id: order_id.into(),
            comment: comment.into(),
            push_opts: None,
            pust_opts: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_push_opts(mut self, value: impl Into<PushOpts>) -> Self {
        self.push_opts = Some(value.into());
        self
    }
    pub fn with_pust_opts(mut self, value: impl Into<PushOpts>) -> Self {
        self.pust_opts = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    OrderCancelRequest, unknown_fields; order_id(required), comment(required), push_opts,
    pust_opts
);
impl rt::Validate for OrderCancelRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("push_opts"), &self.push_opts);
        report.validate(&at.field("pust_opts"), &self.pust_opts);
    }
}
/// push_opts
///
/// How the customer is notified.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct PushOpts {
    /// Đường dẫn đơn hàng
    ///
    /// The order's page in the Tini App
    ///
    /// Required; doc type `string`.
    pub page_path: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl PushOpts {
    /// A value with its required fields (`page_path`); every other field absent.
    pub fn new(page_path: impl Into<String>) -> Self {
        Self {
            page_path: page_path.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(PushOpts, unknown_fields; page_path(required));
impl rt::Validate for PushOpts {}
/// HTTP Response
///
/// The answer.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct OrderCancelResponse {
    /// The result
    ///
    /// Required; doc type `[][Data](#data)`.
    ///
    /// Doc conflict — table: `Data`, a list of `Data`; response example: `data`, one object.
    /// Resolution: `data`, one object, as the example and every other Tiki answer send it.
    pub data: OrderCancelData,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderCancelResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<OrderCancelData>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderCancelResponse, unknown_fields; data(required));
impl rt::Validate for OrderCancelResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// Data
///
/// The result.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct OrderCancelData {
    /// The order
    ///
    /// Required; doc type `[Order](create-order#order)`.
    pub order: super::types::Order,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderCancelData {
    /// A value with its required fields (`order`); every other field absent.
    pub fn new(order: impl Into<super::types::Order>) -> Self {
        Self {
            order: order.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderCancelData, unknown_fields; order(required));
impl rt::Validate for OrderCancelData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("order"), &self.order);
    }
}
