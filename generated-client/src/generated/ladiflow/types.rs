// @generated from specs/ladiflow/types.yaml by `cargo xtask codegen`; do not edit.

//! The types every endpoint of `ladiflow` shares, generated once. Spec: `specs/ladiflow/types.yaml`.
use ::codegen_runtime as rt;
/// Cấu trúc thuộc tính data
///
/// The envelope every LadiFlow endpoint answers with.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Envelope<T> {
    /// Dữ liệu khách hàng được tạo
    ///
    /// The call's result (the customer, on create)
    ///
    /// Required; doc type `Object`.
    pub data: T,
    /// Thông điệp
    ///
    /// Message
    ///
    /// Required; doc type `string`.
    pub message: String,
    /// Mã phản hồi
    ///
    /// Response code (201 on create, 200 otherwise)
    ///
    /// Required; doc type `number`.
    ///
    /// Note: The table says `number`; the value is a whole status code (201 on create), read as an integer. A `code` outside 2xx means failure even when the HTTP status is 2xx.
    pub code: i64,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl<T> Envelope<T> {
    /// A value with its required fields (`data`, `message`, `code`); every other field absent.
    pub fn new(
        data: impl Into<T>,
        message: impl Into<String>,
        code: impl Into<i64>,
    ) -> Self {
        Self {
            data: data.into(),
            message: message.into(),
            code: code.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    Envelope[T], unknown_fields; data(required), message(required), code(required)
);
impl<T: rt::Validate> rt::Validate for Envelope<T> {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// The customer as LadiFlow stores it. The doc has no table for it; every field comes from the response example.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
///
/// Note: Show and list answer more of the record's fields than create's example; it keeps unknown fields, so any new field round-trips.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Customer {
    /// Customer id (24 hex characters)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub id: Option<String>,
    /// E-mail address
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub email: Option<String>,
    /// Deduplication key
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub key: Option<String>,
    /// Display name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// First name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub first_name: Option<String>,
    /// Last name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub last_name: Option<String>,
    /// Gender
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Open<Gender>"))]
    pub gender: Option<rt::Open<Gender>>,
    /// Date of birth, as a date-time
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — request table: `yyyy-mm-dd`; response example: `1989-11-03T00:00:00.000Z`, a date-time.
    /// Resolution: A `date` in the request and a `date-time` in the response; the date-time keeps its text, so `.000Z` round-trips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub dob: Option<rt::DateTime>,
    /// Year of birth
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub dob_year: Option<i64>,
    /// Month of birth, counted from 0 (10 = November)
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Note: Counted from 0: the example's `dob` 1989-11-03 gives `dob_month: 10` and `dob_month_day: "1003"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub dob_month: Option<i64>,
    /// Day of birth
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub dob_day: Option<i64>,
    /// 0-based month and day as MMDD
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub dob_month_day: Option<String>,
    /// Company name
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub company: Option<String>,
    /// Job title
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub job_title: Option<String>,
    /// City
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub city: Option<String>,
    /// District
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub district: Option<String>,
    /// Address
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub address: Option<String>,
    /// Ward
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub ward: Option<String>,
    /// Postal code
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub postal_code: Option<rt::serde_json::Number>,
    /// Website
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Doc conflict — request table: `list`; response example: `"123"`, a string.
    /// Resolution: The same `Website` one-of as the create request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Website"))]
    pub website: Option<Website>,
    /// Facebook profile URL
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub facebook_url: Option<String>,
    /// Twitter profile URL
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub twitter_url: Option<String>,
    /// LinkedIn profile URL
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(rename = "linkedIn_url", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub linked_in_url: Option<String>,
    /// URL-friendly alias
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub alias: Option<String>,
    /// Subscription status
    ///
    /// Optional; not in the doc's table, only in its examples.
    ///
    /// Note: The doc lists no statuses; the example shows `SUBSCRIBER`. Read as an open enum, so other values decode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Open<CustomerStatus>"))]
    pub status: Option<rt::Open<CustomerStatus>>,
    /// When the customer subscribed
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub subscribed_at: Option<rt::DateTime>,
    /// Customer id in an external system
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub external_customer_id: Option<String>,
    /// Where the customer came from
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub source: Option<String>,
    /// Store id
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub store_id: Option<String>,
    /// Owner id
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub owner_id: Option<String>,
    /// Creator id
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub creator_id: Option<String>,
    /// Avatar colour (`#RRGGBB`)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub avatar_color: Option<String>,
    /// Lead score
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::serde_json::Number"))]
    pub score: Option<rt::serde_json::Number>,
    /// Interaction channels
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<String>"))]
    pub channels: Option<Vec<String>>,
    /// Tag ids
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<String>"))]
    pub tags: Option<Vec<String>>,
    /// Custom field values
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<CustomField>"))]
    pub custom_fields: Option<Vec<CustomField>>,
    /// Request fields LadiFlow kept as name/value pairs
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<CustomField>"))]
    pub external_data: Option<Vec<CustomField>>,
    /// Vouchers (empty in the example; item shape unknown)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub vouchers: Option<Vec<rt::serde_json::Value>>,
    /// Whether the e-mail address is verified
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "bool"))]
    pub is_email_verified: Option<bool>,
    /// Whether the customer was merged
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "bool"))]
    pub is_merge: Option<bool>,
    /// Whether the customer is deleted
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "bool"))]
    pub is_delete: Option<bool>,
    /// Whether this call created a new subscriber
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(
        rename = "isNewSubscriber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "bool"))]
    pub is_new_subscriber: Option<bool>,
    /// Messenger tokens (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub messenger_recurring_message_tokens: Option<Vec<rt::serde_json::Value>>,
    /// Messenger topics (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub messenger_recurring_topics: Option<Vec<rt::serde_json::Value>>,
    /// Facebook page ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub fb_page_ids: Option<Vec<rt::serde_json::Value>>,
    /// Facebook user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub fb_uids: Option<Vec<rt::serde_json::Value>>,
    /// Facebook page user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub fb_page_uids: Option<Vec<rt::serde_json::Value>>,
    /// Zalo OA ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub zalo_oa_ids: Option<Vec<rt::serde_json::Value>>,
    /// Zalo user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub zalo_uids: Option<Vec<rt::serde_json::Value>>,
    /// Zalo OA user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub zalo_oa_uids: Option<Vec<rt::serde_json::Value>>,
    /// LadiChat user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub ladichat_uids: Option<Vec<rt::serde_json::Value>>,
    /// LadiChat store ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub ladichat_store_ids: Option<Vec<rt::serde_json::Value>>,
    /// LadiChat store user ids (empty in the example)
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<rt::serde_json::Value>"))]
    pub ladichat_store_uids: Option<Vec<rt::serde_json::Value>>,
    /// When the customer was created
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub created_at: Option<rt::DateTime>,
    /// When the customer was last updated
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::DateTime"))]
    pub updated_at: Option<rt::DateTime>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Customer {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    pub fn with_gender(mut self, value: impl Into<rt::Open<Gender>>) -> Self {
        self.gender = Some(value.into());
        self
    }
    pub fn with_dob(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.dob = Some(value.into());
        self
    }
    pub fn with_dob_year(mut self, value: impl Into<i64>) -> Self {
        self.dob_year = Some(value.into());
        self
    }
    pub fn with_dob_month(mut self, value: impl Into<i64>) -> Self {
        self.dob_month = Some(value.into());
        self
    }
    pub fn with_dob_day(mut self, value: impl Into<i64>) -> Self {
        self.dob_day = Some(value.into());
        self
    }
    pub fn with_dob_month_day(mut self, value: impl Into<String>) -> Self {
        self.dob_month_day = Some(value.into());
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
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    pub fn with_district(mut self, value: impl Into<String>) -> Self {
        self.district = Some(value.into());
        self
    }
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    pub fn with_ward(mut self, value: impl Into<String>) -> Self {
        self.ward = Some(value.into());
        self
    }
    pub fn with_postal_code(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    pub fn with_website(mut self, value: impl Into<Website>) -> Self {
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
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
    pub fn with_status(mut self, value: impl Into<rt::Open<CustomerStatus>>) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn with_subscribed_at(mut self, value: impl Into<rt::DateTime>) -> Self {
        self.subscribed_at = Some(value.into());
        self
    }
    pub fn with_external_customer_id(mut self, value: impl Into<String>) -> Self {
        self.external_customer_id = Some(value.into());
        self
    }
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    pub fn with_store_id(mut self, value: impl Into<String>) -> Self {
        self.store_id = Some(value.into());
        self
    }
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    pub fn with_creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
    pub fn with_avatar_color(mut self, value: impl Into<String>) -> Self {
        self.avatar_color = Some(value.into());
        self
    }
    pub fn with_score(mut self, value: impl Into<rt::serde_json::Number>) -> Self {
        self.score = Some(value.into());
        self
    }
    pub fn with_channels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.channels = Some(value.into());
        self
    }
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    pub fn with_custom_fields(mut self, value: impl Into<Vec<CustomField>>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
    pub fn with_external_data(mut self, value: impl Into<Vec<CustomField>>) -> Self {
        self.external_data = Some(value.into());
        self
    }
    pub fn with_vouchers(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.vouchers = Some(value.into());
        self
    }
    pub fn with_is_email_verified(mut self, value: impl Into<bool>) -> Self {
        self.is_email_verified = Some(value.into());
        self
    }
    pub fn with_is_merge(mut self, value: impl Into<bool>) -> Self {
        self.is_merge = Some(value.into());
        self
    }
    pub fn with_is_delete(mut self, value: impl Into<bool>) -> Self {
        self.is_delete = Some(value.into());
        self
    }
    pub fn with_is_new_subscriber(mut self, value: impl Into<bool>) -> Self {
        self.is_new_subscriber = Some(value.into());
        self
    }
    pub fn with_messenger_recurring_message_tokens(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.messenger_recurring_message_tokens = Some(value.into());
        self
    }
    pub fn with_messenger_recurring_topics(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.messenger_recurring_topics = Some(value.into());
        self
    }
    pub fn with_fb_page_ids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.fb_page_ids = Some(value.into());
        self
    }
    pub fn with_fb_uids(mut self, value: impl Into<Vec<rt::serde_json::Value>>) -> Self {
        self.fb_uids = Some(value.into());
        self
    }
    pub fn with_fb_page_uids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.fb_page_uids = Some(value.into());
        self
    }
    pub fn with_zalo_oa_ids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.zalo_oa_ids = Some(value.into());
        self
    }
    pub fn with_zalo_uids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.zalo_uids = Some(value.into());
        self
    }
    pub fn with_zalo_oa_uids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.zalo_oa_uids = Some(value.into());
        self
    }
    pub fn with_ladichat_uids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.ladichat_uids = Some(value.into());
        self
    }
    pub fn with_ladichat_store_ids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.ladichat_store_ids = Some(value.into());
        self
    }
    pub fn with_ladichat_store_uids(
        mut self,
        value: impl Into<Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.ladichat_store_uids = Some(value.into());
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
    Customer, unknown_fields; id("_id"), email, key, name, first_name, last_name, gender,
    dob, dob_year, dob_month, dob_day, dob_month_day, company, job_title, city, district,
    address, ward, postal_code, website, facebook_url, twitter_url,
    linked_in_url("linkedIn_url"), alias, status, subscribed_at, external_customer_id,
    source, store_id, owner_id, creator_id, avatar_color, score, channels, tags,
    custom_fields, external_data, vouchers, is_email_verified, is_merge, is_delete,
    is_new_subscriber("isNewSubscriber"), messenger_recurring_message_tokens,
    messenger_recurring_topics, fb_page_ids, fb_uids, fb_page_uids, zalo_oa_ids,
    zalo_uids, zalo_oa_uids, ladichat_uids, ladichat_store_ids, ladichat_store_uids,
    created_at, updated_at
);
impl rt::Validate for Customer {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("website"), &self.website);
        report.validate(&at.field("custom_fields"), &self.custom_fields);
        report.validate(&at.field("external_data"), &self.external_data);
    }
}
/// Subscription status of a customer. The doc lists no values; the example shows `SUBSCRIBER`.
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum CustomerStatus {
    #[serde(rename = "SUBSCRIBER")]
    Subscriber,
}
rt::wire_enum_impls!(CustomerStatus; Subscriber("SUBSCRIBER"));
/// Trường tuỳ chỉnh
///
/// A custom field value, `{name, value}`.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct CustomField {
    /// The custom field's key
    ///
    /// Required; not in the doc's table, only in its examples.
    pub name: String,
    /// The value (a string in the request example, a boolean in the response's `external_data`)
    ///
    /// Required; not in the doc's table, only in its examples.
    pub value: rt::serde_json::Value,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl CustomField {
    /// A value with its required fields (`name`, `value`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        value: impl Into<rt::serde_json::Value>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(CustomField, unknown_fields; name(required), value(required));
impl rt::Validate for CustomField {}
/// Gender
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Gender {
    Male,
    Female,
}
rt::wire_enum_impls!(Gender; Male("male"), Female("female"));
/// A website, or a list of them.
///
/// Decoding tries each alternative in order and takes the first that fits.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
#[serde(crate = "rt::serde", untagged)]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Website {
    String(String),
    List(Vec<String>),
}
impl rt::Validate for Website {}
/// Trường tuỳ chỉnh
///
/// A custom field value, `{name, value}`.
///
/// The form of the shared `CustomField` that endpoints send, from the same definition; `TryFrom` converts between the two.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct CustomFieldSent {
    /// The custom field's key
    ///
    /// Required; not in the doc's table, only in its examples.
    pub name: String,
    /// The value (a string in the request example, a boolean in the response's `external_data`)
    ///
    /// Required; not in the doc's table, only in its examples.
    pub value: rt::serde_json::Value,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl CustomFieldSent {
    /// A value with its required fields (`name`, `value`); every other field absent.
    pub fn new(
        name: impl Into<String>,
        value: impl Into<rt::serde_json::Value>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(
    CustomFieldSent, unknown_fields; name(required), value(required)
);
impl rt::Validate for CustomFieldSent {}
impl ::core::convert::TryFrom<CustomField> for CustomFieldSent {
    type Error = rt::DecodeError;
    fn try_from(value: CustomField) -> ::core::result::Result<Self, Self::Error> {
        rt::recode(&value)
    }
}
impl ::core::convert::TryFrom<CustomFieldSent> for CustomField {
    type Error = rt::DecodeError;
    fn try_from(value: CustomFieldSent) -> ::core::result::Result<Self, Self::Error> {
        rt::recode(&value)
    }
}
/// `Gender` where an endpoint sends it: the same closed enum (responses read it through `rt::Open`).
pub type GenderSent = Gender;
/// A website, or a list of them.
///
/// Decoding tries each alternative in order and takes the first that fits.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
#[serde(crate = "rt::serde", untagged)]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum WebsiteSent {
    String(String),
    List(Vec<String>),
}
impl rt::Validate for WebsiteSent {}
impl ::core::convert::TryFrom<Website> for WebsiteSent {
    type Error = rt::DecodeError;
    fn try_from(value: Website) -> ::core::result::Result<Self, Self::Error> {
        rt::recode(&value)
    }
}
impl ::core::convert::TryFrom<WebsiteSent> for Website {
    type Error = rt::DecodeError;
    fn try_from(value: WebsiteSent) -> ::core::result::Result<Self, Self::Error> {
        rt::recode(&value)
    }
}
