// @generated from specs/tiki/shipment_create.yaml by `cargo xtask codegen`; do not edit.

//! Create shipment (Create a shipment) — `POST /shipping/shipments`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/shipping/shipments`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/shipping/shipments`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/create_shipment.md`. Spec: `specs/tiki/shipment_create.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    DataEnvelope, ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipment_create",
    method: rt::Method::Post,
    idempotent: None,
    path: "/shipping/shipments",
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
    doc: "specs/tiki/docs/backend/shipping/create_shipment.md",
    spec: "specs/tiki/shipment_create.yaml",
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
pub type Request = ShipmentCreateRequest;
/// The successful response body.
pub type Response = super::types::DataEnvelope<ShipmentCreateResponse>;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("ShipmentCreateRequest")),
    response: Some(rt::Codec::of::<Response>("DataEnvelope<ShipmentCreateResponse>")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The `error` member of a shipment in the example: only a message.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShipmentError {
    /// The error message; empty when nothing went wrong
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub message: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentError {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
rt::deserialize_object!(ShipmentError, unknown_fields; message);
impl rt::Validate for ShipmentError {}
/// API Params
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct ShipmentCreateRequest {
    /// id của Tini App order
    ///
    /// Required; doc type `string`.
    pub order_id: String,
    /// giá trị được lấy từ quote, ex: GRAB
    ///
    /// Required; doc type `string`.
    pub partner_code: String,
    /// giá trị được lấy từ quote, ex: TG_EXPRESS
    ///
    /// Required; doc type `string`.
    pub service_code: String,
    /// hướng dẫn giao hàng, max limit 1000 characters
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub instruction: Option<String>,
    /// thông tin các món hàng cần được vận chuyển
    ///
    /// Required; doc type `array object`.
    pub items: Vec<Item>,
    /// thông tin về điểm lấy hàng
    ///
    /// Required; doc type `object`.
    pub origin: Origin,
    /// thông tin về điểm nhận hàng
    ///
    /// Required; doc type `object`.
    pub destination: Destination,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub client_id: Option<String>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub request_time: Option<i64>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentCreateRequest {
    /// A value with its required fields (`order_id`, `partner_code`, `service_code`, `items`, `origin`, `destination`); every other field absent.
    pub fn new(
        order_id: impl Into<String>,
        partner_code: impl Into<String>,
        service_code: impl Into<String>,
        items: impl Into<Vec<Item>>,
        origin: impl Into<Origin>,
        destination: impl Into<Destination>,
    ) -> Self {
        Self {
            order_id: order_id.into(),
            partner_code: partner_code.into(),
            service_code: service_code.into(),
            instruction: None,
            items: items.into(),
            origin: origin.into(),
            destination: destination.into(),
            client_id: None,
            request_time: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_instruction(mut self, value: impl Into<String>) -> Self {
        self.instruction = Some(value.into());
        self
    }
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    pub fn with_request_time(mut self, value: impl Into<i64>) -> Self {
        self.request_time = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    ShipmentCreateRequest, unknown_fields; order_id(required), partner_code(required),
    service_code(required), instruction, items(required), origin(required),
    destination(required), client_id, request_time
);
impl rt::Validate for ShipmentCreateRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("items"), &self.items);
        report.validate(&at.field("origin"), &self.origin);
        report.validate(&at.field("destination"), &self.destination);
    }
}
/// item
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Item {
    /// tên món hàng
    ///
    /// Required; doc type `string`.
    pub name: String,
    /// mô tả món hàng
    ///
    /// Optional; doc type `string`.
    ///
    /// Doc conflict — table: required; request example: absent.
    /// Resolution: Optional, so the example decodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub description: Option<String>,
    /// số lượng món hàng
    ///
    /// Required; doc type `integer`.
    pub quantity: i64,
    /// giá trị món hàng, đơn vị là VND
    ///
    /// Required; doc type `float`.
    pub price: rt::serde_json::Number,
    /// cân nặng món hàng, đơn vị là gm
    ///
    /// Required; doc type `float`.
    pub weight: rt::serde_json::Number,
    /// thông tin về kích cỡ món hàng
    ///
    /// Required; doc type `object`.
    pub dimension: Dimension,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Item {
    /// A value with its required fields (`name`, `quantity`, `price`, `weight`, `dimension`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        quantity: impl Into<i64>,
        price: impl Into<rt::serde_json::Number>,
        weight: impl Into<rt::serde_json::Number>,
        dimension: impl Into<Dimension>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            quantity: quantity.into(),
            price: price.into(),
            weight: weight.into(),
            dimension: dimension.into(),
            unknown_fields: Default::default(),
        }
    }
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Item, unknown_fields; name(required), description, quantity(required),
    price(required), weight(required), dimension(required)
);
impl rt::Validate for Item {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("dimension"), &self.dimension);
    }
}
/// dimension
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Dimension {
    /// chiều dài món hàng, đơn vị là cm
    ///
    /// Required; doc type `float`.
    pub height: rt::serde_json::Number,
    /// chiều rộng món hàng, đơn vị là cm
    ///
    /// Required; doc type `float`.
    pub width: rt::serde_json::Number,
    /// chiều sâu món hàng, đơn vị là cm
    ///
    /// Required; doc type `float`.
    pub depth: rt::serde_json::Number,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl Dimension {
    /// A value with its required fields (`height`, `width`, `depth`); every other field absent.
    pub fn new(
        height: impl Into<rt::serde_json::Number>,
        width: impl Into<rt::serde_json::Number>,
        depth: impl Into<rt::serde_json::Number>,
    ) -> Self {
        Self {
            height: height.into(),
            width: width.into(),
            depth: depth.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    Dimension, unknown_fields; height(required), width(required), depth(required)
);
impl rt::Validate for Dimension {}
/// origin
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Origin {
    /// Toạ độ điểm lấy hàng
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Coordinates"))]
    pub coordinates: Option<Coordinates>,
    /// thông tin liên lạc
    ///
    /// Required; doc type `object`.
    pub contact: Contact,
    /// địa chỉ đường, ví dụ: 285 CMT8
    ///
    /// Required; doc type `string`.
    pub street: String,
    /// địa chỉ phường
    ///
    /// Required; doc type `string`.
    pub ward_name: String,
    /// địa chỉ quận
    ///
    /// Required; doc type `string`.
    pub district_name: String,
    /// địa chỉ tỉnh
    ///
    /// Required; doc type `string`.
    pub province_name: String,
    /// code của phường
    ///
    /// Required; doc type `string`.
    pub ward_code: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Origin {
    /// A value with its required fields (`contact`, `street`, `ward_name`, `district_name`, `province_name`, `ward_code`); every other field absent.
    pub fn new(
        contact: impl Into<Contact>,
        street: impl Into<String>,
        ward_name: impl Into<String>,
        district_name: impl Into<String>,
        province_name: impl Into<String>,
        ward_code: impl Into<String>,
    ) -> Self {
        Self {
            coordinates: None,
            contact: contact.into(),
            street: street.into(),
            ward_name: ward_name.into(),
            district_name: district_name.into(),
            province_name: province_name.into(),
            ward_code: ward_code.into(),
            unknown_fields: Default::default(),
        }
    }
    pub fn with_coordinates(mut self, value: impl Into<Coordinates>) -> Self {
        self.coordinates = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Origin, unknown_fields; coordinates, contact(required), street(required),
    ward_name(required), district_name(required), province_name(required),
    ward_code(required)
);
impl rt::Validate for Origin {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("coordinates"), &self.coordinates);
        report.validate(&at.field("contact"), &self.contact);
    }
}
/// destination
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Destination {
    /// Toạ độ
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Coordinates"))]
    pub coordinates: Option<Coordinates>,
    /// Thông tin người liên lạc
    ///
    /// Required; doc type `object`.
    pub contact: Contact,
    /// Tên đường, ví dụ: 285 CMT8
    ///
    /// Required; doc type `string`.
    pub street: String,
    /// Tên phường
    ///
    /// Required; doc type `string`.
    pub ward_name: String,
    /// Tên quận
    ///
    /// Required; doc type `string`.
    pub district_name: String,
    /// Tên tỉnh
    ///
    /// Required; doc type `string`.
    pub province_name: String,
    /// code của phường
    ///
    /// Required; doc type `string`.
    pub ward_code: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Destination {
    /// A value with its required fields (`contact`, `street`, `ward_name`, `district_name`, `province_name`, `ward_code`); every other field absent.
    pub fn new(
        contact: impl Into<Contact>,
        street: impl Into<String>,
        ward_name: impl Into<String>,
        district_name: impl Into<String>,
        province_name: impl Into<String>,
        ward_code: impl Into<String>,
    ) -> Self {
        Self {
            coordinates: None,
            contact: contact.into(),
            street: street.into(),
            ward_name: ward_name.into(),
            district_name: district_name.into(),
            province_name: province_name.into(),
            ward_code: ward_code.into(),
            unknown_fields: Default::default(),
        }
    }
    pub fn with_coordinates(mut self, value: impl Into<Coordinates>) -> Self {
        self.coordinates = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Destination, unknown_fields; coordinates, contact(required), street(required),
    ward_name(required), district_name(required), province_name(required),
    ward_code(required)
);
impl rt::Validate for Destination {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("coordinates"), &self.coordinates);
        report.validate(&at.field("contact"), &self.contact);
    }
}
/// coordinates
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Coordinates {
    /// latitude
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub latitude: Option<rt::serde_json::Number>,
    /// longitude
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub longitude: Option<rt::serde_json::Number>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
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
/// contact
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Contact {
    /// tên
    ///
    /// Required; doc type `string`.
    pub first_name: String,
    /// họ
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub last_name: Option<String>,
    /// email
    ///
    /// Required; doc type `string`.
    pub email: String,
    /// số điện thoại
    ///
    /// Required; doc type `string`.
    pub phone: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Contact {
    /// A value with its required fields (`first_name`, `email`, `phone`); every other field absent.
    pub fn new(
        first_name: impl Into<String>,
        email: impl Into<String>,
        phone: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: None,
            email: email.into(),
            phone: phone.into(),
            unknown_fields: Default::default(),
        }
    }
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Contact, unknown_fields; first_name(required), last_name, email(required),
    phone(required)
);
impl rt::Validate for Contact {}
/// API Response
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShipmentCreateResponse {
    /// unique code của shipment
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub tracking_id: Option<String>,
    /// danh sách các quote
    ///
    /// Optional; doc type `array object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Quote>"))]
    pub quotes: Option<Vec<Quote>>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub status: Option<String>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Quote2"))]
    pub quote: Option<Quote2>,
    /// What went wrong (an empty message in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "ShipmentError"))]
    pub error: Option<ShipmentError>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentCreateResponse {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }
    pub fn with_quotes(mut self, value: impl Into<Vec<Quote>>) -> Self {
        self.quotes = Some(value.into());
        self
    }
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn with_quote(mut self, value: impl Into<Quote2>) -> Self {
        self.quote = Some(value.into());
        self
    }
    pub fn with_error(mut self, value: impl Into<ShipmentError>) -> Self {
        self.error = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    ShipmentCreateResponse, unknown_fields; tracking_id, quotes, status, quote, error
);
impl rt::Validate for ShipmentCreateResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("quotes"), &self.quotes);
        report.validate(&at.field("quote"), &self.quote);
        report.validate(&at.field("error"), &self.error);
    }
}
/// quote
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Quote {
    /// timeline ước chừng về việc vận chuyển hàng
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "EstimatedTimeline"))]
    pub estimated_timeline: Option<EstimatedTimeline>,
    /// thông tin về phí vận chuyển
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Fee"))]
    pub fee: Option<Fee>,
    /// loại hình vận chuyển
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Service"))]
    pub service: Option<Service>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Quote {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_estimated_timeline(
        mut self,
        value: impl Into<EstimatedTimeline>,
    ) -> Self {
        self.estimated_timeline = Some(value.into());
        self
    }
    pub fn with_fee(mut self, value: impl Into<Fee>) -> Self {
        self.fee = Some(value.into());
        self
    }
    pub fn with_service(mut self, value: impl Into<Service>) -> Self {
        self.service = Some(value.into());
        self
    }
}
rt::deserialize_object!(Quote, unknown_fields; estimated_timeline, fee, service);
impl rt::Validate for Quote {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("estimated_timeline"), &self.estimated_timeline);
        report.validate(&at.field("fee"), &self.fee);
        report.validate(&at.field("service"), &self.service);
    }
}
/// estimated_timeline
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct EstimatedTimeline {
    /// Thời gian giao hàng. Ví dụ: 2021-05-17T21:59:59+07:00
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub dropoff: Option<String>,
    /// Thời giao lấy hàng. Ví dụ: 2021-05-17T21:59:59+07:00
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub pickup: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl EstimatedTimeline {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_dropoff(mut self, value: impl Into<String>) -> Self {
        self.dropoff = Some(value.into());
        self
    }
    pub fn with_pickup(mut self, value: impl Into<String>) -> Self {
        self.pickup = Some(value.into());
        self
    }
}
rt::deserialize_object!(EstimatedTimeline, unknown_fields; dropoff, pickup);
impl rt::Validate for EstimatedTimeline {}
/// fee
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Fee {
    /// số tiền
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub amount: Option<rt::serde_json::Number>,
    /// đơn vị, ex: VND
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub unit_code: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Fee {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_amount(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.amount = Some(value.into());
        self
    }
    pub fn with_unit_code(mut self, value: impl Into<String>) -> Self {
        self.unit_code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Fee, unknown_fields; amount, unit_code);
impl rt::Validate for Fee {}
/// service
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Service {
    /// Optional; doc type `integer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub id: Option<i64>,
    /// ex: TNSL-Grab Express, TNSL-NJV Standard
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// ex: TG_INSTANT, TG_EXPRESS, TG_STANDARD
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub r#type: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Service {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::deserialize_object!(Service, unknown_fields; id, name, r#type("type"));
impl rt::Validate for Service {}
/// Drafted from the page's example; the page has no table for it.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Quote2 {
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "EstimatedTimeline2"))]
    pub estimated_timeline: Option<EstimatedTimeline2>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Fee2"))]
    pub fee: Option<Fee2>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub partner_code: Option<String>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Service2"))]
    pub service: Option<Service2>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Quote2 {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_estimated_timeline(
        mut self,
        value: impl Into<EstimatedTimeline2>,
    ) -> Self {
        self.estimated_timeline = Some(value.into());
        self
    }
    pub fn with_fee(mut self, value: impl Into<Fee2>) -> Self {
        self.fee = Some(value.into());
        self
    }
    pub fn with_partner_code(mut self, value: impl Into<String>) -> Self {
        self.partner_code = Some(value.into());
        self
    }
    pub fn with_service(mut self, value: impl Into<Service2>) -> Self {
        self.service = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Quote2, unknown_fields; estimated_timeline, fee, partner_code, service
);
impl rt::Validate for Quote2 {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("estimated_timeline"), &self.estimated_timeline);
        report.validate(&at.field("fee"), &self.fee);
        report.validate(&at.field("service"), &self.service);
    }
}
/// Drafted from the page's example; the page has no table for it.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct EstimatedTimeline2 {
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub dropoff: Option<rt::DateTime>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub pickup: Option<rt::DateTime>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl EstimatedTimeline2 {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_dropoff(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.dropoff = Some(value.into());
        self
    }
    pub fn with_pickup(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.pickup = Some(value.into());
        self
    }
}
rt::deserialize_object!(EstimatedTimeline2, unknown_fields; dropoff, pickup);
impl rt::Validate for EstimatedTimeline2 {}
/// Drafted from the page's example; the page has no table for it.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Fee2 {
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub amount: Option<i64>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub unit_code: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Fee2 {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }
    pub fn with_unit_code(mut self, value: impl Into<String>) -> Self {
        self.unit_code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Fee2, unknown_fields; amount, unit_code);
impl rt::Validate for Fee2 {}
/// Drafted from the page's example; the page has no table for it.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Service2 {
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub code: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Service2 {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Service2, unknown_fields; name, code);
impl rt::Validate for Service2 {}
