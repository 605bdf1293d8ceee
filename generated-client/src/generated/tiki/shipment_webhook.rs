// @generated from specs/tiki/shipment_webhook.yaml by `cargo xtask codegen`; do not edit.

//! Webhook (Shipment event notification) — `POST /shipping/webhook`
//!
//! - production: `https://partner.example.com/shipping/webhook`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/webhook.md`. Spec: `specs/tiki/shipment_webhook.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Doc conflict — page example: a `// RFC3339` comment and a trailing comma after `longitude`; JSON: neither.
//! Resolution: `shipment_webhook.request.json` is the page's example without them.
use ::codegen_runtime as rt;
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipment_webhook",
    method: rt::Method::Post,
    idempotent: None,
    path: "/shipping/webhook",
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
            name: "X-Tiniapp-Timestamp",
            required: true,
            description: "Thời gian gọi request, tính bằng milliseconds / The time of the request in milliseconds since the Unix epoch",
        },
        rt::HeaderParam {
            name: "X-Tiniapp-Client-Id",
            required: true,
            description: "Client id được cấp khi tạo app / The client id issued for the app",
        },
        rt::HeaderParam {
            name: "X-Tiniapp-Signature",
            required: true,
            description: "Signature được tính dựa trên request body / The signature of the request body",
        },
    ],
    doc: "specs/tiki/docs/backend/shipping/webhook.md",
    spec: "specs/tiki/shipment_webhook.yaml",
    response_status: None,
    error_status: None,
    pagination: None,
    statuses: &[],
    inbound: Some(rt::Inbound { message_id: None }),
};
/// The request body.
pub type Request = ShipmentEvent;
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
    request: Some(rt::Codec::of::<Request>("ShipmentEvent")),
    response: None,
    error: None,
};
/// Webhook Response
///
/// An event of a shipment.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
///
/// Note: The page gives no message id, so a receiver cannot tell a resend from a new event by the spec alone (no `message_id`): every verified event is new; `tracking_id` with `timestamp` and `status` identify one.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShipmentEvent {
    /// unique code của shipment
    ///
    /// The shipment's unique code
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub tracking_id: Option<String>,
    /// order id gắn với shipment
    ///
    /// The order the shipment is for
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub client_order_id: Option<String>,
    /// thời gian xảy ra sự kiện (ex: "2021-06-04T04:09:51Z")
    ///
    /// When the event happened (RFC 3339)
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub timestamp: Option<rt::DateTime>,
    /// mã code của đối tác vận chuyển
    ///
    /// The carrier's code
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub partner_code: Option<String>,
    /// mã code của loại hình vận chuyển
    ///
    /// The delivery service's code
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub service_code: Option<String>,
    /// cước phí giao hàng
    ///
    /// The shipping fee
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub shipping_fee: Option<rt::serde_json::Number>,
    /// trạng thái của đơn hàng
    ///
    /// The shipment's status (specs/tiki/docs/backend/shipping/status_flow.md)
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub status: Option<String>,
    /// mã code lý do giao hàng thất bại
    ///
    /// Why a delivery failed; `""` when it did not
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Open<ReasonCode>"))]
    pub reason_code: Option<rt::Open<ReasonCode>>,
    /// thông tin tài xế giao hàng
    ///
    /// The driver; absent in some statuses (allocating, canceled)
    ///
    /// Optional; doc type `object`.
    ///
    /// Note: The table types `driver` as `object`; its fields come from the example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Driver"))]
    pub driver: Option<Driver>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentEvent {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }
    pub fn with_client_order_id(mut self, value: impl Into<String>) -> Self {
        self.client_order_id = Some(value.into());
        self
    }
    pub fn with_timestamp(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.timestamp = Some(value.into());
        self
    }
    pub fn with_partner_code(mut self, value: impl Into<String>) -> Self {
        self.partner_code = Some(value.into());
        self
    }
    pub fn with_service_code(mut self, value: impl Into<String>) -> Self {
        self.service_code = Some(value.into());
        self
    }
    pub fn with_shipping_fee(
        mut self,
        value: impl Into<rt::serde_json::Number>,
    ) -> Self {
        self.shipping_fee = Some(value.into());
        self
    }
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn with_reason_code(mut self, value: impl Into<rt::Open<ReasonCode>>) -> Self {
        self.reason_code = Some(value.into());
        self
    }
    pub fn with_driver(mut self, value: impl Into<Driver>) -> Self {
        self.driver = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    ShipmentEvent, unknown_fields; tracking_id, client_order_id, timestamp, partner_code,
    service_code, shipping_fee, status, reason_code, driver
);
impl rt::Validate for ShipmentEvent {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("driver"), &self.driver);
    }
}
/// Why a delivery failed; read as an open enum (the example sends `""`).
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub enum ReasonCode {
    /// Khách hàng không còn nhu cầu
    ///
    /// The customer no longer needs it
    NoLongerNeeded,
    /// Khách hàng ảo
    ///
    /// The customer is fake
    VirtualCustomer,
    /// Huỷ bởi đối tác
    ///
    /// Canceled by the carrier
    #[serde(rename = "canceled_by_3pl")]
    CanceledBy3pl,
    /// Không tìm thấy tài xế
    ///
    /// No driver found
    DriverNotFound,
    /// Đang trả kiện hàng
    ///
    /// The package is being returned
    PackageInReturn,
    /// Đã trả kiện hàng
    ///
    /// The package was returned
    PackageReturned,
    /// Lý do không xác định
    ///
    /// Unknown
    Undefined,
}
rt::wire_enum_impls!(
    ReasonCode; NoLongerNeeded("no_longer_needed"), VirtualCustomer("virtual_customer"),
    CanceledBy3pl("canceled_by_3pl"), DriverNotFound("driver_not_found"),
    PackageInReturn("package_in_return"), PackageReturned("package_returned"),
    Undefined("undefined")
);
/// The driver.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Driver {
    /// The driver's name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// The driver's phone number
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub phone: Option<String>,
    /// The vehicle's plate
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub license_plate: Option<String>,
    /// A photo of the driver
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub photo_url: Option<String>,
    /// Where the driver is
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Coordinates"))]
    pub current_coordinates: Option<Coordinates>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Driver {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    pub fn with_license_plate(mut self, value: impl Into<String>) -> Self {
        self.license_plate = Some(value.into());
        self
    }
    pub fn with_photo_url(mut self, value: impl Into<String>) -> Self {
        self.photo_url = Some(value.into());
        self
    }
    pub fn with_current_coordinates(mut self, value: impl Into<Coordinates>) -> Self {
        self.current_coordinates = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Driver, unknown_fields; name, phone, license_plate, photo_url, current_coordinates
);
impl rt::Validate for Driver {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("current_coordinates"), &self.current_coordinates);
    }
}
/// A position.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Coordinates {
    /// Latitude
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub latitude: Option<rt::serde_json::Number>,
    /// Longitude
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub longitude: Option<rt::serde_json::Number>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Coordinates {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_latitude(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    pub fn with_longitude(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.longitude = Some(value.into());
        self
    }
}
rt::deserialize_object!(Coordinates, unknown_fields; latitude, longitude);
impl rt::Validate for Coordinates {}
