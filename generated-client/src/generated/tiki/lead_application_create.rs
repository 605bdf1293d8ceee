// @generated from specs/tiki/lead_application_create.yaml by `cargo xtask codegen`; do not edit.

//! Tạo hồ sơ (Create a lead application) — `POST /lead/applications`
//!
//! - production: `https://api.tiki.vn/tiniapp-open-api/lead/applications`
//! - sandbox: `https://api.tiki.vn/tiniapp-sandbox-open-api/lead/applications`
//!
//! Vendor page: `specs/tiki/docs/tiki-lead-application-create.md`. Spec: `specs/tiki/lead_application_create.yaml`.
//!
//! Authentication: a signature in `X-Tiniapp-Signature`, with `X-Tiniapp-Client-Id` and `X-Tiniapp-Timestamp` (defined in `specs/tiki/docs/tiki-signature.md`).
//!
//! Doc conflict — pseudocode: `HMAC_SHA256(secret, payload)` over the raw payload; sample code and test vectors: HMAC over base64url(payload) without padding.
//! Resolution: The spec follows the sample code and the published vectors (`encoding: base64url_nopad`); the raw-payload reading gives c517a0af…94f8 for vector 1, which is wrong.
//!
//! Doc conflict — error page example: not JSON: the keys `data` and `error` are unquoted; error page table: JSON fields.
//! Resolution: `error.invalid_parameters.json` is the page's example with those two keys quoted; `error.invalid_signature.json` is the answer to a bad signature, verbatim.
use ::codegen_runtime as rt;
pub use super::types::{
    ApplicationStatus, ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "lead_application_create",
    method: rt::Method::Post,
    idempotent: None,
    path: "/lead/applications",
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
    doc: "specs/tiki/docs/tiki-lead-application-create.md",
    spec: "specs/tiki/lead_application_create.yaml",
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
pub type Request = LeadApplicationCreateRequest;
/// The successful response body.
pub type Response = Envelope<LeadApplication>;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("LeadApplicationCreateRequest")),
    response: Some(rt::Codec::of::<Response>("Envelope<LeadApplication>")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// API Params
///
/// The request body.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct LeadApplicationCreateRequest {
    /// id của Tiki User
    ///
    /// The Tiki user's id
    ///
    /// Required; doc type `string`. Length: at least 1.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1u64)))]
    pub customer_id: String,
    /// JSON string chứa các inputs tùy thuộc vào template mà Tini App yêu cầu đối với mỗi ứng dụng
    ///
    /// A JSON document, inside a string, whose fields follow the input template the Tini App requires of each application
    ///
    /// Required; doc type `string`.
    ///
    /// Note: The table says `string`: it is a JSON document inside a string. The server answers with its keys reordered, so compare it as JSON, not as text.
    pub inputs: rt::JsonString<LeadInputs>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl LeadApplicationCreateRequest {
    /// A value with its required fields (`customer_id`, `inputs`); every other field absent.
    pub fn new(
        customer_id: impl Into<String>,
        inputs: impl Into<rt::JsonString<LeadInputs>>,
    ) -> Self {
        Self {
            customer_id: customer_id.into(),
            inputs: inputs.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    LeadApplicationCreateRequest, unknown_fields; customer_id(required), inputs(required)
);
impl rt::Validate for LeadApplicationCreateRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.min_length(&at.field("customer_id"), &self.customer_id, 1u64);
        report.validate(&at.field("inputs"), &self.inputs);
    }
}
/// Danh sách input template
///
/// The application's inputs, following one of the input templates.
///
/// Decoding tries each alternative in order and takes the first that fits.
///
/// Doc conflict — template page prose: "hiện tại chỉ có hai template" (there are only two templates); template page tables: three templates.
/// Resolution: All three templates are accepted.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
#[serde(crate = "rt::serde", untagged)]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum LeadInputs {
    InputTemplate1(InputTemplate1),
    InputTemplate2(InputTemplate2),
    InputTemplate3(InputTemplate3),
}
impl rt::Validate for LeadInputs {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        match self {
            Self::InputTemplate1(value) => {
                report.validate(at, value);
            }
            Self::InputTemplate2(value) => {
                report.validate(at, value);
            }
            Self::InputTemplate3(value) => {
                report.validate(at, value);
            }
        }
    }
}
/// Template 1
///
/// Template 1: name, phone, address.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct InputTemplate1 {
    /// Tên của khách hàng
    ///
    /// The customer's name
    ///
    /// Required; doc type `string`.
    pub name: String,
    /// Số điện thoại của khách hàng
    ///
    /// The customer's phone number
    ///
    /// Required; doc type `string`.
    pub phone: String,
    /// Địa chỉ của khách hàng
    ///
    /// The customer's address
    ///
    /// Required; doc type `string`.
    pub address: String,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl InputTemplate1 {
    /// A value with its required fields (`name`, `phone`, `address`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        phone: impl Into<String>,
        address: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            phone: phone.into(),
            address: address.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    InputTemplate1, unknown_fields; name(required), phone(required), address(required)
);
impl rt::Validate for InputTemplate1 {}
/// Template 2
///
/// Template 2: name, phone, identity number.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct InputTemplate2 {
    /// Tên của khách hàng
    ///
    /// The customer's name
    ///
    /// Required; doc type `string`.
    pub name: String,
    /// Số điện thoại của khách hàng
    ///
    /// The customer's phone number
    ///
    /// Required; doc type `string`.
    pub phone: String,
    /// Số CMND/CCCD
    ///
    /// National identity card number
    ///
    /// Required; doc type `string`.
    pub identity_number: String,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl InputTemplate2 {
    /// A value with its required fields (`name`, `phone`, `identity_number`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        phone: impl Into<String>,
        identity_number: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            phone: phone.into(),
            identity_number: identity_number.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    InputTemplate2, unknown_fields; name(required), phone(required),
    identity_number(required)
);
impl rt::Validate for InputTemplate2 {}
/// Template 3
///
/// Template 3: e-mail, phone.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct InputTemplate3 {
    /// Email của khách hàng
    ///
    /// The customer's e-mail address
    ///
    /// Required; doc type `string`.
    #[cfg_attr(feature = "schemars", schemars(email))]
    pub email: String,
    /// Số điện thoại của khách hàng
    ///
    /// The customer's phone number
    ///
    /// Required; doc type `string`.
    pub phone: String,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl InputTemplate3 {
    /// A value with its required fields (`email`, `phone`); every other field absent.
    pub fn new(email: impl Into<String>, phone: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            phone: phone.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    InputTemplate3, unknown_fields; email(required), phone(required)
);
impl rt::Validate for InputTemplate3 {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.email(&at.field("email"), &self.email);
    }
}
/// The envelope of a successful Tiki open API response.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Envelope<T> {
    /// The result
    ///
    /// Required; not in the doc's table, only in its examples.
    pub data: T,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl<T> Envelope<T> {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<T>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(Envelope[T], unknown_fields; data(required));
impl<T: rt::Validate> rt::Validate for Envelope<T> {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// API Response
///
/// A lead application.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct LeadApplication {
    /// id của hồ sơ
    ///
    /// The application's id
    ///
    /// Optional; doc type `string`. Pattern: `^[0-9]+$`.
    ///
    /// Note: A string holding a 64-bit number (141952217564315671 is above 2^53): keep it a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "String", regex(pattern = "^[0-9]+$"))
    )]
    pub id: Option<String>,
    /// định danh ứng dụng tạo ra hồ sơ
    ///
    /// Identifier of the app that created the application
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub app_identifier: Option<String>,
    /// id của Tiki User
    ///
    /// The Tiki user's id
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub customer_id: Option<String>,
    /// JSON string chứa các inputs tùy thuộc vào template mà Tini App yêu cầu đối với mỗi ứng dụng
    ///
    /// The inputs as sent, a JSON document inside a string
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::JsonString<LeadInputs>"))]
    pub inputs: Option<rt::JsonString<LeadInputs>>,
    /// true nếu hồ sơ được tạo ra ở môi trường sandbox, false thì là môi trường production
    ///
    /// True when the application was created in the sandbox, false in production
    ///
    /// Optional; doc type `bool`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "bool"))]
    pub is_sandbox: Option<bool>,
    /// trạng thái của hồ sơ
    ///
    /// The application's status
    ///
    /// Optional; doc type `string`.
    ///
    /// Note: The table says `string`; the status page lists new, disbursed and rejected. Read as an open enum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "rt::Open<super::types::ApplicationStatus>")
    )]
    pub status: Option<rt::Open<super::types::ApplicationStatus>>,
    /// thời gian tạo hồ sơ
    ///
    /// When the application was created
    ///
    /// Optional; doc type `string`.
    ///
    /// Note: The table says `string`; the example is an RFC 3339 date-time, read as one (so is `updated_at`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub created_at: Option<rt::DateTime>,
    /// thời gian cập nhật hồ sơ
    ///
    /// When the application was last updated
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub updated_at: Option<rt::DateTime>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl LeadApplication {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    pub fn with_app_identifier(mut self, value: impl Into<String>) -> Self {
        self.app_identifier = Some(value.into());
        self
    }
    pub fn with_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
    pub fn with_inputs(mut self, value: impl Into<rt::JsonString<LeadInputs>>) -> Self {
        self.inputs = Some(value.into());
        self
    }
    pub fn with_is_sandbox(mut self, value: impl Into<bool>) -> Self {
        self.is_sandbox = Some(value.into());
        self
    }
    pub fn with_status(
        mut self,
        value: impl Into<rt::Open<super::types::ApplicationStatus>>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn with_created_at(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    pub fn with_updated_at(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    LeadApplication, unknown_fields; id, app_identifier, customer_id, inputs, is_sandbox,
    status, created_at, updated_at
);
impl rt::Validate for LeadApplication {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        {
            static PATTERN: rt::validate::Pattern = rt::validate::Pattern::new(
                "^[0-9]+$",
            );
            report.pattern(&at.field("id"), &self.id, &PATTERN);
        }
        report.validate(&at.field("inputs"), &self.inputs);
    }
}
