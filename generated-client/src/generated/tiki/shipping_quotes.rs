// @generated from specs/tiki/shipping_quotes.yaml by `cargo xtask codegen`; do not edit.

//! List quotes (List quotes) — `POST /shipping/quotes`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/shipping/quotes`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/shipping/quotes`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/list_quotes.md`. Spec: `specs/tiki/shipping_quotes.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    DataEnvelope, ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipping_quotes",
    method: rt::Method::Post,
    idempotent: None,
    path: "/shipping/quotes",
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
    doc: "specs/tiki/docs/backend/shipping/list_quotes.md",
    spec: "specs/tiki/shipping_quotes.yaml",
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
pub type Request = ShippingQuotesRequest;
/// The successful response body.
pub type Response = super::types::DataEnvelope<ShippingQuotesResponse>;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("ShippingQuotesRequest")),
    response: Some(rt::Codec::of::<Response>("DataEnvelope<ShippingQuotesResponse>")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// API Params
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct ShippingQuotesRequest {
    /// Thông tin các món hàng cần được vận chuyển
    ///
    /// Required; doc type `array object`.
    pub items: Vec<Item>,
    /// Địa chỉ điểm lấy hàng
    ///
    /// Required; doc type `object`.
    pub origin: Origin,
    /// Địa chỉ điểm giao hàng
    ///
    /// Required; doc type `object`.
    pub destination: Destination,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub client_id: Option<String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShippingQuotesRequest {
    /// A value with its required fields (`items`, `origin`, `destination`); every other field absent.
    pub fn new(
        items: impl Into<Vec<Item>>,
        origin: impl Into<Origin>,
        destination: impl Into<Destination>,
    ) -> Self {
        Self {
            items: items.into(),
            origin: origin.into(),
            destination: destination.into(),
            client_id: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    ShippingQuotesRequest, unknown_fields; items(required), origin(required),
    destination(required), client_id
);
impl rt::Validate for ShippingQuotesRequest {
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
    /// Tên món hàng
    ///
    /// Required; doc type `string`.
    pub name: String,
    /// Mô tả món hàng
    ///
    /// Optional; doc type `string`.
    ///
    /// Doc conflict — table: required; request example: absent.
    /// Resolution: Optional, so the example decodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub description: Option<String>,
    /// Số lượng món hàng
    ///
    /// Required; doc type `integer`.
    pub quantity: i64,
    /// Giá trị món hàng, đơn vị là VND
    ///
    /// Required; doc type `float`.
    pub price: rt::serde_json::Number,
    /// Cân nặng món hàng, đơn vị là gm
    ///
    /// Required; doc type `float`.
    pub weight: rt::serde_json::Number,
    /// Thông tin về kích cỡ món hàng
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
    /// Chiều dài món hàng, đơn vị là cm
    ///
    /// Required; doc type `float`.
    pub height: rt::serde_json::Number,
    /// Chiều rộng món hàng, đơn vị là cm
    ///
    /// Required; doc type `float`.
    pub width: rt::serde_json::Number,
    /// Chiều sâu món hàng, đơn vị là cm
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
    /// Địa chỉ đường, ví dụ: 285 CMT8
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
    /// Tên tỉnh/thành
    ///
    /// Required; doc type `string`.
    pub province_name: String,
    /// Mã phường
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
    /// A value with its required fields (`street`, `ward_name`, `district_name`, `province_name`, `ward_code`); every other field absent.
    pub fn new(
        street: impl Into<String>,
        ward_name: impl Into<String>,
        district_name: impl Into<String>,
        province_name: impl Into<String>,
        ward_code: impl Into<String>,
    ) -> Self {
        Self {
            coordinates: None,
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
    Origin, unknown_fields; coordinates, street(required), ward_name(required),
    district_name(required), province_name(required), ward_code(required)
);
impl rt::Validate for Origin {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("coordinates"), &self.coordinates);
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
    /// thông số toạ độ
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Coordinates"))]
    pub coordinates: Option<Coordinates>,
    /// số nhà cùng với đường, ví dụ: 285 CMT8
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
    /// Mã phường
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
    /// A value with its required fields (`street`, `ward_name`, `district_name`, `province_name`, `ward_code`); every other field absent.
    pub fn new(
        street: impl Into<String>,
        ward_name: impl Into<String>,
        district_name: impl Into<String>,
        province_name: impl Into<String>,
        ward_code: impl Into<String>,
    ) -> Self {
        Self {
            coordinates: None,
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
    Destination, unknown_fields; coordinates, street(required), ward_name(required),
    district_name(required), province_name(required), ward_code(required)
);
impl rt::Validate for Destination {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("coordinates"), &self.coordinates);
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
    /// Vĩ độ
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub latitude: Option<rt::serde_json::Number>,
    /// Kinh độ
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
/// API Response
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ShippingQuotesResponse {
    /// danh sách các quote
    ///
    /// Optional; doc type `array object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Quote>"))]
    pub quotes: Option<Vec<Quote>>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShippingQuotesResponse {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_quotes(mut self, value: impl Into<Vec<Quote>>) -> Self {
        self.quotes = Some(value.into());
        self
    }
}
rt::deserialize_object!(ShippingQuotesResponse, unknown_fields; quotes);
impl rt::Validate for ShippingQuotesResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("quotes"), &self.quotes);
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
    /// mã code của đối tác vận chuyển
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub partner_code: Option<String>,
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
    pub fn with_partner_code(mut self, value: impl Into<String>) -> Self {
        self.partner_code = Some(value.into());
        self
    }
    pub fn with_service(mut self, value: impl Into<Service>) -> Self {
        self.service = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Quote, unknown_fields; estimated_timeline, fee, partner_code, service
);
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
    /// Thời gian lấy hàng. Ví dụ: 2021-05-17T21:59:59+07:00
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub dropoff: Option<String>,
    /// Thời gian giao hàng. Ví dụ: 2021-05-17T21:59:59+07:00
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
    /// Số tiền
    ///
    /// Optional; doc type `float`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub amount: Option<rt::serde_json::Number>,
    /// Đơn vị tiền tệ. Ví dụ: VND
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
    /// Tên dịch vụ vận chuyển.Ví dụ: TNSL-Grab Express, TNSL-NJV Standard
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Mã dịch vụ vận chuyển. Ví dụ: TG_INSTANT, TG_EXPRESS, TG_STANDARD
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub code: Option<String>,
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
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Service, unknown_fields; name, code);
impl rt::Validate for Service {}
