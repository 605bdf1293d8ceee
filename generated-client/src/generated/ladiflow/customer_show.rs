// @generated from specs/ladiflow/customer_show.yaml by `cargo xtask codegen`; do not edit.

//! Xem khách hàng (Show a customer) — `POST /customer/show`
//!
//! - production: `https://api.service.ladiflow.com/1.0/customer/show`
//!
//! Spec: `specs/ladiflow/customer_show.yaml` (no vendor page copy; its notes say where the facts came from).
//!
//! Authentication: an API key in the `Api-Key` header.
//!
//! Note: From the issue that asked for it (the vendor page is not copied here): POST <https://api.service.ladiflow.com/1.0/customer/show> with the Api-Key header; body fields customer_id, email and phone, strings, each optional, at least one of the three required; the answer is the usual {data, message, code} envelope with data.customer the customer record.
//!
//! Note: Both examples are ours, written from those facts; the customer in the answer is create's example record with one more field (`last_activity_at`), as show answers more of the record.
use ::codegen_runtime as rt;
pub use super::types::{CustomField, Customer, CustomerStatus, Envelope, Gender, Website};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "ladiflow",
    name: "customer_show",
    method: rt::Method::Post,
    idempotent: None,
    path: "/customer/show",
    content_type: "application/json",
    params: &[],
    has_request_body: true,
    has_response_body: true,
    servers: &[
        rt::Server {
            name: "production",
            url: "https://api.service.ladiflow.com/1.0",
        },
    ],
    auth: rt::AuthScheme::ApiKeyHeader {
        header: "Api-Key",
    },
    headers: &[
        rt::HeaderParam {
            name: "Api-Key",
            required: true,
            description: "API key lấy trên LadiFlow / The API key issued in LadiFlow",
        },
    ],
    doc: "",
    spec: "specs/ladiflow/customer_show.yaml",
    response_status: Some(rt::BodyStatus {
        code: "/code",
        success: Some((200i64, 300i64)),
        message: Some("/message"),
        reason: None,
        request_id: None,
    }),
    error_status: None,
    pagination: None,
    statuses: &[],
    inbound: None,
};
/// The request body.
pub type Request = CustomerShowRequest;
/// The successful response body.
pub type Response = super::types::Envelope<CustomerShowData>;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("CustomerShowRequest")),
    response: Some(rt::Codec::of::<Response>("Envelope<CustomerShowData>")),
    error: None,
};
/// Which customer to show.
///
/// Rule: at least one of `customer_id`, `email`, `phone` holds a value (not absent, `null` or empty).
/// The doc: One of customer_id, email and phone is required
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        extend(
            "allOf" = [{"anyOf":[{"required":["customer_id"],
            "properties":{"customer_id":{"type":"string",
            "minLength":1u64}}},
            {"required":["email"],
            "properties":{"email":{"type":"string",
            "minLength":1u64}}},
            {"required":["phone"],
            "properties":{"phone":{"type":"string",
            "minLength":1u64}}}],
            "$comment":"Rule: One of customer_id, email and phone is required"}]
        )
    )
)]
#[non_exhaustive]
pub struct CustomerShowRequest {
    /// The customer's id
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub customer_id: Option<String>,
    /// The customer's e-mail address
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub email: Option<String>,
    /// The customer's phone number
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub phone: Option<String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerShowRequest {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
}
rt::deserialize_object!(CustomerShowRequest, unknown_fields; customer_id, email, phone);
impl rt::Validate for CustomerShowRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        if !(self.customer_id.as_deref().is_some_and(|v| !v.is_empty())
            || self.email.as_deref().is_some_and(|v| !v.is_empty())
            || self.phone.as_deref().is_some_and(|v| !v.is_empty()))
        {
            report
                .push(
                    at,
                    rt::validate::Detail::AnyOfRequired {
                        fields: &["customer_id", "email", "phone"],
                        vi: None,
                    },
                );
        }
    }
}
/// The envelope's data.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct CustomerShowData {
    /// The customer record
    pub customer: super::types::Customer,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl CustomerShowData {
    /// A value with its required fields (`customer`); every other field absent.
    pub fn new(customer: impl Into<super::types::Customer>) -> Self {
        Self {
            customer: customer.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(CustomerShowData, unknown_fields; customer(required));
impl rt::Validate for CustomerShowData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("customer"), &self.customer);
    }
}
