// @generated from specs/tiki/shipment_get.yaml by `cargo xtask codegen`; do not edit.

//! Get shipment (Get a shipment) — `GET /shipping/shipments`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/shipping/shipments`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/shipping/shipments`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/get_shipment.md`. Spec: `specs/tiki/shipment_get.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
use ::codegen_runtime as rt;
pub use super::types::{
    DataEnvelope, ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "shipment_get",
    method: rt::Method::Get,
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
    doc: "specs/tiki/docs/backend/shipping/get_shipment.md",
    spec: "specs/tiki/shipment_get.yaml",
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
pub type Params = ShipmentGetParams;
/// The successful response body.
pub type Response = super::types::DataEnvelope<ShipmentGetResponse>;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("DataEnvelope<ShipmentGetResponse>")),
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
pub struct ShipmentGetResponse {
    /// unique code của shipment
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub tracking_id: Option<String>,
    /// trạng thái của đơn hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub status: Option<String>,
    /// thông tin quote
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Quote"))]
    pub quote: Option<Quote>,
    /// thông tin tài xế giao hàng
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Driver"))]
    pub driver: Option<Driver>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ShipmentGetResponse {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn with_quote(mut self, value: impl Into<Quote>) -> Self {
        self.quote = Some(value.into());
        self
    }
    pub fn with_driver(mut self, value: impl Into<Driver>) -> Self {
        self.driver = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    ShipmentGetResponse, unknown_fields; tracking_id, status, quote, driver
);
impl rt::Validate for ShipmentGetResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("quote"), &self.quote);
        report.validate(&at.field("driver"), &self.driver);
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
    /// Thời gian ước chừng về việc vận chuyển hàng
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "EstimatedTimeline"))]
    pub estimated_timeline: Option<EstimatedTimeline>,
    /// Thông tin về phí vận chuyển
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Fee"))]
    pub fee: Option<Fee>,
    /// Loại hình vận chuyển
    ///
    /// Optional; doc type `object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Service"))]
    pub service: Option<Service>,
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub partner_code: Option<String>,
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
    pub fn with_partner_code(mut self, value: impl Into<String>) -> Self {
        self.partner_code = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Quote, unknown_fields; estimated_timeline, fee, service, partner_code
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
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Service, unknown_fields; id, name, r#type("type"), code);
impl rt::Validate for Service {}
/// driver
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Driver {
    /// Tên tài xế
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Số điện thoại của tài xế
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub phone: Option<String>,
    /// Biển số xe giao hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub license_plate: Option<String>,
    /// avatar URL
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub photo_url: Option<String>,
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
}
rt::deserialize_object!(Driver, unknown_fields; name, phone, license_plate, photo_url);
impl rt::Validate for Driver {}
/// The path, query and header parameters of a call.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct ShipmentGetParams {
    /// tracking ID của shipment
    ///
    /// Required; doc type `string`.
    pub tracking_id: String,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl ShipmentGetParams {
    /// A value with its required fields (`tracking_id`); every other field absent.
    pub fn new(tracking_id: impl Into<String>) -> Self {
        Self {
            tracking_id: tracking_id.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(ShipmentGetParams, unknown_fields; tracking_id(required));
impl rt::Validate for ShipmentGetParams {}
impl rt::Parameters for ShipmentGetParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.tracking_id;
            values.query("tracking_id", value);
        }
        values
    }
}
