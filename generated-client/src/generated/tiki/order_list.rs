// @generated from specs/tiki/order_list.yaml by `cargo xtask codegen`; do not edit.

//! Lấy thông tin nhiều đơn hàng (List payment orders) — `GET /order/list`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/order/list`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/order/list`
//!
//! Vendor page: `specs/tiki/docs/backend/payment/list-orders.md`. Spec: `specs/tiki/order_list.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason, Order, OrderStatus,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "order_list",
    method: rt::Method::Get,
    idempotent: None,
    path: "/order/list",
    content_type: "application/json",
    params: &[
        rt::ParamInfo {
            name: "order_ids",
            location: rt::ParamLocation::Query,
            required: true,
            style: Some(rt::QueryStyle::CommaEncoded),
            description: "ID của các đơn hàng, tối đa 100, ngăn cách nhau bằng dấu phẩy (,) / The orders' ids, at most 100, joined by commas",
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
    doc: "specs/tiki/docs/backend/payment/list-orders.md",
    spec: "specs/tiki/order_list.yaml",
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
pub type Params = OrderListParams;
/// The successful response body.
pub type Response = OrderListResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("OrderListResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
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
pub struct OrderListResponse {
    /// The result
    ///
    /// Required; doc type `[][Data](#data)`.
    ///
    /// Doc conflict — table: `Data`, a list of `Data`; response example: `data`, one object.
    /// Resolution: `data`, one object, as the example and every other Tiki answer send it.
    pub data: OrderListData,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderListResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<OrderListData>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderListResponse, unknown_fields; data(required));
impl rt::Validate for OrderListResponse {
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
pub struct OrderListData {
    /// The orders
    ///
    /// Required; doc type `[][Order](create-order#order)`.
    pub orders: Vec<super::types::Order>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderListData {
    /// A value with its required fields (`orders`); every other field absent.
    pub fn new(orders: impl Into<Vec<super::types::Order>>) -> Self {
        Self {
            orders: orders.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderListData, unknown_fields; orders(required));
impl rt::Validate for OrderListData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("orders"), &self.orders);
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
pub struct OrderListParams {
    /// ID của các đơn hàng, tối đa 100, ngăn cách nhau bằng dấu phẩy (,)
    ///
    /// The orders' ids, at most 100, joined by commas
    ///
    /// Items: at most 100.
    #[cfg_attr(feature = "schemars", schemars(length(max = 100u64)))]
    pub order_ids: Vec<String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl OrderListParams {
    /// A value with its required fields (`order_ids`); every other field absent.
    pub fn new(order_ids: impl Into<Vec<String>>) -> Self {
        Self {
            order_ids: order_ids.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderListParams, unknown_fields; order_ids(required));
impl rt::Validate for OrderListParams {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.max_items(&at.field("order_ids"), &self.order_ids, 100u64);
    }
}
impl rt::Parameters for OrderListParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.order_ids;
            values.query_list("order_ids", value, rt::QueryStyle::CommaEncoded);
        }
        values
    }
}
