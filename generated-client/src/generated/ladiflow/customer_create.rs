// @generated from specs/ladiflow/customer_create.yaml by `cargo xtask codegen`; do not edit.

//! Tạo khách hàng (Create customer) — `POST /customer/create`
//!
//! - production: `https://api.service.ladiflow.com/1.0/customer/create`
//!
//! Vendor page: `specs/ladiflow/docs/ladiflow-customer-create.md`. Spec: `specs/ladiflow/customer_create.yaml`.
//!
//! Authentication: an API key in the `Api-Key` header.
//!
//! Note: The page gives the response type as `Text/json`; the body is JSON. No error body is published.
use ::codegen_runtime as rt;
pub use super::types::{
    CustomField, CustomFieldSent, Customer, CustomerStatus, Envelope, Gender, GenderSent,
    Website, WebsiteSent,
};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "ladiflow",
    name: "customer_create",
    method: rt::Method::Post,
    idempotent: None,
    path: "/customer/create",
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
    doc: "specs/ladiflow/docs/ladiflow-customer-create.md",
    spec: "specs/ladiflow/customer_create.yaml",
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
pub type Request = CustomerCreateRequest;
/// The successful response body.
pub type Response = super::types::Envelope<super::types::Customer>;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("CustomerCreateRequest")),
    response: Some(rt::Codec::of::<Response>("Envelope<Customer>")),
    error: None,
};
/// Tham số Body
///
/// The request body.
///
/// Rule: at least one of `email`, `phone` holds a value (not absent, `null` or empty).
/// The doc: Bắt buộc email hoặc số điện thoại / Email or phone is required.
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
            "allOf" = [{"anyOf":[{"required":["email"],
            "properties":{"email":{"type":"string",
            "minLength":1u64}}},
            {"required":["phone"],
            "properties":{"phone":{"type":"string",
            "minLength":1u64}}}],
            "$comment":"Rule: Bắt buộc email hoặc số điện thoại\n\nEmail or phone is required."}]
        )
    )
)]
#[non_exhaustive]
pub struct CustomerCreateRequest {
    /// Bắt buộc email hoặc số điện thoại
    ///
    /// E-mail address. Email or phone is required.
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String", email))]
    pub email: Option<String>,
    /// Tên
    ///
    /// First name
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub first_name: Option<String>,
    /// Họ và tên
    ///
    /// Full name
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub full_name: Option<String>,
    /// Ngày sinh
    ///
    /// Date of birth
    ///
    /// Optional; doc type `yyyy-mm-dd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Date"))]
    pub dob: Option<rt::Date>,
    /// Số điện thoại
    /// Bắt buộc email hoặc số điện thoại
    ///
    /// Phone number. Email or phone is required.
    ///
    /// Optional; may be `null`; doc type `string`.
    ///
    /// Doc conflict — table: `string`; request example: `null`.
    /// Resolution: Nullable: absent, `null` and a value are kept apart.
    #[serde(default, skip_serializing_if = "rt::Nullable::is_absent")]
    pub phone: rt::Nullable<String>,
    /// Giới tính
    ///
    /// Gender
    ///
    /// Optional; doc type `male/female`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "super::types::GenderSent"))]
    pub gender: Option<super::types::GenderSent>,
    /// Danh sách tag id
    ///
    /// Tag ids (24 lowercase hex characters, as in the example)
    ///
    /// Optional; doc type `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "Vec<String>", inner(regex(pattern = "^[0-9a-f]{24}$")))
    )]
    pub tags: Option<Vec<String>>,
    /// Các giá trị trường tuỳ chỉnh
    ///
    /// Custom field values
    ///
    /// Optional; doc type `List Object`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "Vec<super::types::CustomFieldSent>")
    )]
    pub custom_fields: Option<Vec<super::types::CustomFieldSent>>,
    /// Quốc gia
    ///
    /// Country
    ///
    /// Optional; doc type `string`.
    ///
    /// Doc conflict — table: `country`, a string; request example: absent.
    /// Resolution: Kept as the table says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub country: Option<String>,
    /// thành phố
    ///
    /// City
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub city: Option<String>,
    /// Quận huyện
    ///
    /// District
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub district: Option<String>,
    /// Phường xã
    ///
    /// Ward
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub ward: Option<String>,
    /// Địa chỉ
    ///
    /// Address
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub address: Option<String>,
    /// Tên công ty
    ///
    /// Company name
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub company: Option<String>,
    /// Công việc
    ///
    /// Job title
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub job_title: Option<String>,
    /// Ngôn ngữ
    ///
    /// Language
    ///
    /// Optional; doc type `vi/en/other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Lang"))]
    pub lang: Option<Lang>,
    /// Mã bưu điện
    ///
    /// Postal code
    ///
    /// Optional; doc type `number`.
    ///
    /// Note: The table says `number` and the example sends `100000`; kept as a JSON number exactly as written (a postal code with a leading zero cannot be sent this way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub postal_code: Option<rt::serde_json::Number>,
    /// Kênh tương tác
    ///
    /// Interaction channels
    ///
    /// Optional; doc type `list`.
    ///
    /// Doc conflict — table: `channels`, a list; request example: absent; response example: `["API"]`.
    /// Resolution: A list of strings, as the response shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<String>"))]
    pub channels: Option<Vec<String>>,
    /// ID khách hàng từ dữ liệu bên ngoài
    ///
    /// Customer id in an external system
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub external_customer_id: Option<String>,
    /// Website (the doc gives no description)
    ///
    /// Optional; doc type `list`.
    ///
    /// Doc conflict — table: `list`; request example: `"123"`, a string; response example: `"123"`, a string.
    /// Resolution: `Website` accepts both a string and a list of strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "super::types::WebsiteSent"))]
    pub website: Option<super::types::WebsiteSent>,
    /// Đường dẫn tài khoản Facebook
    ///
    /// Facebook profile URL
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub facebook_url: Option<String>,
    /// Đường dẫn tài khoản Twitter
    ///
    /// Twitter profile URL
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub twitter_url: Option<String>,
    /// Đường dẫn tài khoản Linkedln
    ///
    /// LinkedIn profile URL
    ///
    /// Optional; doc type `string`.
    #[serde(rename = "linkedIn_url", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub linked_in_url: Option<String>,
    /// Điểm lead scoring
    ///
    /// Lead score
    ///
    /// Optional; doc type `number`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub score: Option<rt::serde_json::Number>,
    /// Tên zalo
    ///
    /// Zalo name
    ///
    /// Optional; may be `null`; doc type `string`.
    ///
    /// Doc conflict — table: `string`; request example: `null`.
    /// Resolution: Nullable.
    #[serde(default, skip_serializing_if = "rt::Nullable::is_absent")]
    pub zalo: rt::Nullable<String>,
    /// Tên tài khoản Skype
    ///
    /// Skype account name
    ///
    /// Optional; may be `null`; doc type `string`.
    ///
    /// Doc conflict — table: `string`; request example: `null`.
    /// Resolution: Nullable.
    #[serde(default, skip_serializing_if = "rt::Nullable::is_absent")]
    pub skype: rt::Nullable<String>,
    /// Second address line
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — table: no such row; request example: `"address_2": ""`.
    /// Resolution: Kept as an optional string marked `origin: example`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub address_2: Option<String>,
    /// Where the customer came from (`API` in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — table: no such row; request example: `"source": "API"`.
    /// Resolution: Kept as an optional string marked `origin: example`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub source: Option<String>,
    /// Subscription date (wire name misspelled by the vendor)
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — table: no such row; request example: `"subcribed_at": "2020-12-01"` (sic); response example: `subscribed_at`, a date-time; `external_data` echoes `subcribed_at`.
    /// Resolution: The misspelled wire name is kept (it is what the server reads); the Rust name is `subscribed_at`.
    #[serde(rename = "subcribed_at", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Date"))]
    pub subscribed_at: Option<rt::Date>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerCreateRequest {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    pub fn with_full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self
    }
    pub fn with_dob(mut self, value: impl Into<rt::Date>) -> Self {
        self.dob = Some(value.into());
        self
    }
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = rt::Nullable::Value(value.into());
        self
    }
    pub fn with_gender(mut self, value: impl Into<super::types::GenderSent>) -> Self {
        self.gender = Some(value.into());
        self
    }
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    pub fn with_custom_fields(
        mut self,
        value: impl Into<Vec<super::types::CustomFieldSent>>,
    ) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    pub fn with_district(mut self, value: impl Into<String>) -> Self {
        self.district = Some(value.into());
        self
    }
    pub fn with_ward(mut self, value: impl Into<String>) -> Self {
        self.ward = Some(value.into());
        self
    }
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    pub fn with_company(mut self, value: impl Into<String>) -> Self {
        self.company = Some(value.into());
        self
    }
    pub fn with_job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(value.into());
        self
    }
    pub fn with_lang(mut self, value: impl Into<Lang>) -> Self {
        self.lang = Some(value.into());
        self
    }
    pub fn with_postal_code(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    pub fn with_channels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.channels = Some(value.into());
        self
    }
    pub fn with_external_customer_id(mut self, value: impl Into<String>) -> Self {
        self.external_customer_id = Some(value.into());
        self
    }
    pub fn with_website(mut self, value: impl Into<super::types::WebsiteSent>) -> Self {
        self.website = Some(value.into());
        self
    }
    pub fn with_facebook_url(mut self, value: impl Into<String>) -> Self {
        self.facebook_url = Some(value.into());
        self
    }
    pub fn with_twitter_url(mut self, value: impl Into<String>) -> Self {
        self.twitter_url = Some(value.into());
        self
    }
    pub fn with_linked_in_url(mut self, value: impl Into<String>) -> Self {
        self.linked_in_url = Some(value.into());
        self
    }
    pub fn with_score(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.score = Some(value.into());
        self
    }
    pub fn with_zalo(mut self, value: impl Into<String>) -> Self {
        self.zalo = rt::Nullable::Value(value.into());
        self
    }
    pub fn with_skype(mut self, value: impl Into<String>) -> Self {
        self.skype = rt::Nullable::Value(value.into());
        self
    }
    pub fn with_address_2(mut self, value: impl Into<String>) -> Self {
        self.address_2 = Some(value.into());
        self
    }
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    pub fn with_subscribed_at(mut self, value: impl Into<rt::Date>) -> Self {
        self.subscribed_at = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    CustomerCreateRequest, unknown_fields; email, first_name, full_name, dob,
    phone(default), gender, tags, custom_fields, country, city, district, ward, address,
    company, job_title, lang, postal_code, channels, external_customer_id, website,
    facebook_url, twitter_url, linked_in_url("linkedIn_url"), score, zalo(default),
    skype(default), address_2, source, subscribed_at("subcribed_at")
);
impl rt::Validate for CustomerCreateRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.email(&at.field("email"), &self.email);
        {
            let at = &at.field("tags");
            for (index, value) in rt::validate::items(&self.tags).enumerate() {
                let at = &at.index(index);
                {
                    static PATTERN: rt::validate::Pattern = rt::validate::Pattern::new(
                        "^[0-9a-f]{24}$",
                    );
                    report.pattern(at, value, &PATTERN);
                }
            }
        }
        report.validate(&at.field("custom_fields"), &self.custom_fields);
        report.validate(&at.field("website"), &self.website);
        if !(self.email.as_deref().is_some_and(|v| !v.is_empty())
            || self.phone.as_value().is_some_and(|v| !v.is_empty()))
        {
            report
                .push(
                    at,
                    rt::validate::Detail::AnyOfRequired {
                        fields: &["email", "phone"],
                        vi: Some("Bắt buộc email hoặc số điện thoại"),
                    },
                );
        }
    }
}
/// Language
///
/// A closed set: no other value is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Lang {
    Vi,
    En,
    Other,
}
rt::wire_enum_impls!(Lang; Vi("vi"), En("en"), Other("other"));
