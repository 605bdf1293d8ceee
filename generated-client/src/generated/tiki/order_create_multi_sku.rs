// @generated from specs/tiki/order_create_multi_sku.yaml by `cargo xtask codegen`; do not edit.

//! Tạo đơn hàng với sản phẩm đã có SKU (Create a payment order of several SKUs) — `POST /order/multi-sku`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/order/multi-sku`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/order/multi-sku`
//!
//! Vendor page: `specs/tiki/docs/backend/payment/create-order-with-multi-sku.md`. Spec: `specs/tiki/order_create_multi_sku.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Doc conflict — call table: `/order/multi-sku`; curl example: `/order`.
//! Resolution: The call table's path: the two pages' curl examples are swapped (each body fits the other page's table).
//!
//! Doc conflict — curl example: `"sku":"1234564431",image_url":` (a quote missing: not JSON); table: `image_url`, a string.
//! Resolution: `order_create_multi_sku.request.json` is the example with the quote restored.
use ::codegen_runtime as rt;
pub use super::types::{
    ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason, Order, OrderStatus,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "order_create_multi_sku",
    method: rt::Method::Post,
    idempotent: None,
    path: "/order/multi-sku",
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
    doc: "specs/tiki/docs/backend/payment/create-order-with-multi-sku.md",
    spec: "specs/tiki/order_create_multi_sku.yaml",
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
pub type Request = OrderCreateMultiSkuRequest;
/// The successful response body.
pub type Response = OrderCreateMultiSkuResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("OrderCreateMultiSkuRequest")),
    response: Some(rt::Codec::of::<Response>("OrderCreateMultiSkuResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// HTTP Request
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
///
/// Note: The page: an order is worth at most 10,000,000 VND (Tini Console can raise it); it need not list every SKU the customer bought, but its value must be exact.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct OrderCreateMultiSkuRequest {
    /// ID người dùng Tiki, có thể lấy ở \[đây\](../platform-api/exchange-auth-token#get-info-from-auth-token)
    ///
    /// Required; doc type `string`.
    pub customer_id: String,
    /// Danh sách sản phẩm
    ///
    /// Required; doc type `[\][Item](#item)`.
    pub items: Vec<Item>,
    /// Thông tin khách hàng, dùng để hiện thị trên trang thanh toán Tiki (phần Thông tin khách hàng)
    ///
    /// Optional; doc type `CustomerInfo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "CustomerInfo"))]
    pub customer_info: Option<CustomerInfo>,
    /// Thông tin bổ sung theo định dạng _key=value; key=value_
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub extra: Option<String>,
    /// ID đơn hàng của đối tác
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub reference_id: Option<String>,
    /// The shipping fee; in the example, not in this page's table (the single-SKU page lists it as `int64`)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub shipping_fee: Option<i64>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl OrderCreateMultiSkuRequest {
    /// A value with its required fields (`customer_id`, `items`); every other field absent.
    pub fn new(customer_id: impl Into<String>, items: impl Into<Vec<Item>>) -> Self {
        Self {
            customer_id: customer_id.into(),
            items: items.into(),
            customer_info: None,
            extra: None,
            reference_id: None,
            shipping_fee: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_customer_info(mut self, value: impl Into<CustomerInfo>) -> Self {
        self.customer_info = Some(value.into());
        self
    }
    pub fn with_extra(mut self, value: impl Into<String>) -> Self {
        self.extra = Some(value.into());
        self
    }
    pub fn with_reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = Some(value.into());
        self
    }
    pub fn with_shipping_fee(mut self, value: impl Into<i64>) -> Self {
        self.shipping_fee = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    OrderCreateMultiSkuRequest, unknown_fields; customer_id(required), items(required),
    customer_info, extra, reference_id, shipping_fee
);
impl rt::Validate for OrderCreateMultiSkuRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("items"), &self.items);
        report.validate(&at.field("customer_info"), &self.customer_info);
    }
}
/// CustomerInfo
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct CustomerInfo {
    /// Tên khách hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Số điện thoại khách hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub phone: Option<String>,
    /// Email khách hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub email: Option<String>,
    /// Địa chỉ khách hàng
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub street: Option<String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerInfo {
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
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    pub fn with_street(mut self, value: impl Into<String>) -> Self {
        self.street = Some(value.into());
        self
    }
}
rt::deserialize_object!(CustomerInfo, unknown_fields; name, phone, email, street);
impl rt::Validate for CustomerInfo {}
/// Item
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Item {
    /// Tên sản phẩm
    ///
    /// Required; doc type `string`.
    pub name: String,
    /// SKU sản phẩm
    ///
    /// Required; doc type `string`.
    pub sku: String,
    /// Số lượng sản phẩm
    ///
    /// Required; doc type `int64`.
    pub quantity: i64,
    /// Đường dẫn URL của ảnh sản phẩm
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub image_url: Option<String>,
    /// Thông tin bổ sung theo định dạng _key=value; key=value_
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub extra: Option<String>,
    /// Các thông tin chi tiết liên quan đến sản phẩm
    ///
    /// Optional; doc type `[Metadata](#metadata)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Metadata"))]
    pub metadata: Option<Metadata>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Item {
    /// A value with its required fields (`name`, `sku`, `quantity`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        sku: impl Into<String>,
        quantity: impl Into<i64>,
    ) -> Self {
        Self {
            name: name.into(),
            sku: sku.into(),
            quantity: quantity.into(),
            image_url: None,
            extra: None,
            metadata: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }
    pub fn with_extra(mut self, value: impl Into<String>) -> Self {
        self.extra = Some(value.into());
        self
    }
    pub fn with_metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Item, unknown_fields; name(required), sku(required), quantity(required), image_url,
    extra, metadata
);
impl rt::Validate for Item {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("metadata"), &self.metadata);
    }
}
/// Metadata
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Metadata {
    /// Danh sách các section
    ///
    /// Required; doc type `[\][Section](#section)`.
    pub sections: Vec<Section>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl Metadata {
    /// A value with its required fields (`sections`); every other field absent.
    pub fn new(sections: impl Into<Vec<Section>>) -> Self {
        Self {
            sections: sections.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(Metadata, unknown_fields; sections(required));
impl rt::Validate for Metadata {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("sections"), &self.sections);
    }
}
/// Section
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Section {
    /// Tiêu đề của section
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub header: Option<String>,
    /// Danh sách field nằm trong section đó
    ///
    /// Optional; doc type `[\][Field](#field)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Field>"))]
    pub fields: Option<Vec<Field>>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Section {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_header(mut self, value: impl Into<String>) -> Self {
        self.header = Some(value.into());
        self
    }
    pub fn with_fields(mut self, value: impl Into<Vec<Field>>) -> Self {
        self.fields = Some(value.into());
        self
    }
}
rt::deserialize_object!(Section, unknown_fields; header, fields);
impl rt::Validate for Section {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("fields"), &self.fields);
    }
}
/// Field
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct Field {
    /// Kiểu dữ liệu của field
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub r#type: Option<String>,
    /// Tên field
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Giá trị của field
    ///
    /// Optional; doc type `Any`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Value"))]
    pub value: Option<rt::serde_json::Value>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Field {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_value(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::deserialize_object!(Field, unknown_fields; r#type("type"), name, value);
impl rt::Validate for Field {}
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
pub struct OrderCreateMultiSkuResponse {
    /// The result
    ///
    /// Required; doc type `[][Data](#data)`.
    ///
    /// Doc conflict — table: `Data`, a list of `Data`; response example: `data`, one object.
    /// Resolution: `data`, one object, as the example and every other Tiki answer send it.
    pub data: OrderCreateMultiSkuData,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderCreateMultiSkuResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<OrderCreateMultiSkuData>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderCreateMultiSkuResponse, unknown_fields; data(required));
impl rt::Validate for OrderCreateMultiSkuResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// Data
///
/// The order made.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct OrderCreateMultiSkuData {
    /// The order, `draft` until the customer pays
    ///
    /// Required; doc type `[Order](#order)`.
    pub order: super::types::Order,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl OrderCreateMultiSkuData {
    /// A value with its required fields (`order`); every other field absent.
    pub fn new(order: impl Into<super::types::Order>) -> Self {
        Self {
            order: order.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(OrderCreateMultiSkuData, unknown_fields; order(required));
impl rt::Validate for OrderCreateMultiSkuData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("order"), &self.order);
    }
}
