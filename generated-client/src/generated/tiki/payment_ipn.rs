// @generated from specs/tiki/payment_ipn.yaml by `cargo xtask codegen`; do not edit.

//! Xử lý kết quả thanh toán (Payment result notification (IPN)) — `POST /payment/ipn`
//!
//! - production: `https://partner.example.com/payment/ipn`
//!
//! Vendor page: `specs/tiki/docs/backend/payment/ipn.md`. Spec: `specs/tiki/payment_ipn.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Doc conflict — signature page pseudocode: `HMAC_SHA256(secret, payload)`; signature page sample code: HMAC over base64url(payload).
//! Resolution: The receiver accepts a signature made either way; both need the client secret.
use ::codegen_runtime as rt;
pub use super::types::{Order, OrderStatus};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "payment_ipn",
    method: rt::Method::Post,
    idempotent: None,
    path: "/payment/ipn",
    content_type: "application/json",
    params: &[],
    has_request_body: true,
    has_response_body: false,
    servers: &[
        rt::Server {
            name: "production",
            url: "https://partner.example.com",
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
    doc: "specs/tiki/docs/backend/payment/ipn.md",
    spec: "specs/tiki/payment_ipn.yaml",
    response_status: None,
    error_status: None,
    pagination: None,
    statuses: &[],
    inbound: Some(rt::Inbound {
        message_id: Some("/message_id"),
    }),
};
/// The request body.
pub type Request = IpnMessage;
/// The message the vendor sends (this endpoint is a notification it makes).
pub type Message = Request;
/// A receiver of this notification for the client `client_id` with `secret`: the
/// signature checked over the bytes received, a 5-minute timestamp window, the
/// message decoded and deduplicated by its id (see `codegen_runtime::webhook`).
#[cfg(feature = "webhook")]
pub fn receiver(
    client_id: impl Into<String>,
    secret: impl AsRef<[u8]>,
) -> Result<rt::webhook::Receiver<Message>, rt::webhook::NotReceivable> {
    rt::webhook::Receiver::new(&ENDPOINT, client_id, secret)
}
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("IpnMessage")),
    response: None,
    error: None,
};
/// HTTP Request
///
/// The notification of a payment's result.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct IpnMessage {
    /// Định danh duy nhất của tin nhắn
    ///
    /// The message's unique id; a resend keeps it
    ///
    /// Required; doc type `string`.
    ///
    /// Doc conflict — message table: no required column; page's advice: dedupe by `message_id` and `message_created_at`; example: every member present.
    /// Resolution: The four members are required: a receiver cannot tell a resend without the id; a message without them is refused (4xx).
    pub message_id: String,
    /// Mặc định là _notification_ cho tin nhắn thông báo kết quả thanh toán
    ///
    /// `notification` for a payment result
    ///
    /// Required; doc type `string`.
    pub message_type: String,
    /// Thời gian gửi tin nhắn (format RFC3339)
    ///
    /// When the message was made (RFC 3339)
    ///
    /// Required; doc type `string`.
    pub message_created_at: rt::DateTime,
    /// Thông tin đơn hàng
    ///
    /// The order
    ///
    /// Required; doc type `[Order](#order)`.
    pub order: super::types::Order,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl IpnMessage {
    /// A value with its required fields (`message_id`, `message_type`, `message_created_at`, `order`); every other field absent.
    pub fn new(
        message_id: impl Into<String>,
        message_type: impl Into<String>,
        message_created_at: impl Into<rt::DateTime>,
        order: impl Into<super::types::Order>,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            message_type: message_type.into(),
            message_created_at: message_created_at.into(),
            order: order.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    IpnMessage, unknown_fields; message_id(required), message_type(required),
    message_created_at(required), order(required)
);
impl rt::Validate for IpnMessage {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("order"), &self.order);
    }
}
