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
impl<'de, T: rt::serde::Deserialize<'de>> rt::de::FromObject<'de> for Envelope<T> {
    const NAME: &'static str = "Envelope";
    fn from_object<A: rt::de::MapAccess<'de>>(mut __map: A) -> Result<Self, A::Error> {
        use rt::de as __de;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __unknown = rt::serde_json::Map::new();
        while let Some(__key) = __de::next_key(&mut __map)? {
            match &*__key {
                "data" => __de::fill(&mut __f0, "data", &mut __map)?,
                "message" => __de::fill(&mut __f1, "message", &mut __map)?,
                "code" => __de::fill(&mut __f2, "code", &mut __map)?,
                _ => __de::keep(&mut __unknown, __key, &mut __map)?,
            }
        }
        Ok(Self {
            data: __de::required(__f0, "data")?,
            message: __de::required(__f1, "message")?,
            code: __de::required(__f2, "code")?,
            unknown_fields: __unknown,
        })
    }
}
rt::deserialize_object!(Envelope, T);
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
impl<'de> rt::de::FromObject<'de> for Customer {
    const NAME: &'static str = "Customer";
    fn from_object<A: rt::de::MapAccess<'de>>(mut __map: A) -> Result<Self, A::Error> {
        use rt::de as __de;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __f18 = None;
        let mut __f19 = None;
        let mut __f20 = None;
        let mut __f21 = None;
        let mut __f22 = None;
        let mut __f23 = None;
        let mut __f24 = None;
        let mut __f25 = None;
        let mut __f26 = None;
        let mut __f27 = None;
        let mut __f28 = None;
        let mut __f29 = None;
        let mut __f30 = None;
        let mut __f31 = None;
        let mut __f32 = None;
        let mut __f33 = None;
        let mut __f34 = None;
        let mut __f35 = None;
        let mut __f36 = None;
        let mut __f37 = None;
        let mut __f38 = None;
        let mut __f39 = None;
        let mut __f40 = None;
        let mut __f41 = None;
        let mut __f42 = None;
        let mut __f43 = None;
        let mut __f44 = None;
        let mut __f45 = None;
        let mut __f46 = None;
        let mut __f47 = None;
        let mut __f48 = None;
        let mut __f49 = None;
        let mut __f50 = None;
        let mut __f51 = None;
        let mut __f52 = None;
        let mut __f53 = None;
        let mut __f54 = None;
        let mut __unknown = rt::serde_json::Map::new();
        while let Some(__key) = __de::next_key(&mut __map)? {
            match &*__key {
                "_id" => __de::fill(&mut __f0, "_id", &mut __map)?,
                "email" => __de::fill(&mut __f1, "email", &mut __map)?,
                "key" => __de::fill(&mut __f2, "key", &mut __map)?,
                "name" => __de::fill(&mut __f3, "name", &mut __map)?,
                "first_name" => __de::fill(&mut __f4, "first_name", &mut __map)?,
                "last_name" => __de::fill(&mut __f5, "last_name", &mut __map)?,
                "gender" => __de::fill(&mut __f6, "gender", &mut __map)?,
                "dob" => __de::fill(&mut __f7, "dob", &mut __map)?,
                "dob_year" => __de::fill(&mut __f8, "dob_year", &mut __map)?,
                "dob_month" => __de::fill(&mut __f9, "dob_month", &mut __map)?,
                "dob_day" => __de::fill(&mut __f10, "dob_day", &mut __map)?,
                "dob_month_day" => __de::fill(&mut __f11, "dob_month_day", &mut __map)?,
                "company" => __de::fill(&mut __f12, "company", &mut __map)?,
                "job_title" => __de::fill(&mut __f13, "job_title", &mut __map)?,
                "city" => __de::fill(&mut __f14, "city", &mut __map)?,
                "district" => __de::fill(&mut __f15, "district", &mut __map)?,
                "address" => __de::fill(&mut __f16, "address", &mut __map)?,
                "ward" => __de::fill(&mut __f17, "ward", &mut __map)?,
                "postal_code" => __de::fill(&mut __f18, "postal_code", &mut __map)?,
                "website" => __de::fill(&mut __f19, "website", &mut __map)?,
                "facebook_url" => __de::fill(&mut __f20, "facebook_url", &mut __map)?,
                "twitter_url" => __de::fill(&mut __f21, "twitter_url", &mut __map)?,
                "linkedIn_url" => __de::fill(&mut __f22, "linkedIn_url", &mut __map)?,
                "alias" => __de::fill(&mut __f23, "alias", &mut __map)?,
                "status" => __de::fill(&mut __f24, "status", &mut __map)?,
                "subscribed_at" => __de::fill(&mut __f25, "subscribed_at", &mut __map)?,
                "external_customer_id" => {
                    __de::fill(&mut __f26, "external_customer_id", &mut __map)?
                }
                "source" => __de::fill(&mut __f27, "source", &mut __map)?,
                "store_id" => __de::fill(&mut __f28, "store_id", &mut __map)?,
                "owner_id" => __de::fill(&mut __f29, "owner_id", &mut __map)?,
                "creator_id" => __de::fill(&mut __f30, "creator_id", &mut __map)?,
                "avatar_color" => __de::fill(&mut __f31, "avatar_color", &mut __map)?,
                "score" => __de::fill(&mut __f32, "score", &mut __map)?,
                "channels" => __de::fill(&mut __f33, "channels", &mut __map)?,
                "tags" => __de::fill(&mut __f34, "tags", &mut __map)?,
                "custom_fields" => __de::fill(&mut __f35, "custom_fields", &mut __map)?,
                "external_data" => __de::fill(&mut __f36, "external_data", &mut __map)?,
                "vouchers" => __de::fill(&mut __f37, "vouchers", &mut __map)?,
                "is_email_verified" => {
                    __de::fill(&mut __f38, "is_email_verified", &mut __map)?
                }
                "is_merge" => __de::fill(&mut __f39, "is_merge", &mut __map)?,
                "is_delete" => __de::fill(&mut __f40, "is_delete", &mut __map)?,
                "isNewSubscriber" => {
                    __de::fill(&mut __f41, "isNewSubscriber", &mut __map)?
                }
                "messenger_recurring_message_tokens" => {
                    __de::fill(
                        &mut __f42,
                        "messenger_recurring_message_tokens",
                        &mut __map,
                    )?
                }
                "messenger_recurring_topics" => {
                    __de::fill(&mut __f43, "messenger_recurring_topics", &mut __map)?
                }
                "fb_page_ids" => __de::fill(&mut __f44, "fb_page_ids", &mut __map)?,
                "fb_uids" => __de::fill(&mut __f45, "fb_uids", &mut __map)?,
                "fb_page_uids" => __de::fill(&mut __f46, "fb_page_uids", &mut __map)?,
                "zalo_oa_ids" => __de::fill(&mut __f47, "zalo_oa_ids", &mut __map)?,
                "zalo_uids" => __de::fill(&mut __f48, "zalo_uids", &mut __map)?,
                "zalo_oa_uids" => __de::fill(&mut __f49, "zalo_oa_uids", &mut __map)?,
                "ladichat_uids" => __de::fill(&mut __f50, "ladichat_uids", &mut __map)?,
                "ladichat_store_ids" => {
                    __de::fill(&mut __f51, "ladichat_store_ids", &mut __map)?
                }
                "ladichat_store_uids" => {
                    __de::fill(&mut __f52, "ladichat_store_uids", &mut __map)?
                }
                "created_at" => __de::fill(&mut __f53, "created_at", &mut __map)?,
                "updated_at" => __de::fill(&mut __f54, "updated_at", &mut __map)?,
                _ => __de::keep(&mut __unknown, __key, &mut __map)?,
            }
        }
        Ok(Self {
            id: __f0,
            email: __f1,
            key: __f2,
            name: __f3,
            first_name: __f4,
            last_name: __f5,
            gender: __f6,
            dob: __f7,
            dob_year: __f8,
            dob_month: __f9,
            dob_day: __f10,
            dob_month_day: __f11,
            company: __f12,
            job_title: __f13,
            city: __f14,
            district: __f15,
            address: __f16,
            ward: __f17,
            postal_code: __f18,
            website: __f19,
            facebook_url: __f20,
            twitter_url: __f21,
            linked_in_url: __f22,
            alias: __f23,
            status: __f24,
            subscribed_at: __f25,
            external_customer_id: __f26,
            source: __f27,
            store_id: __f28,
            owner_id: __f29,
            creator_id: __f30,
            avatar_color: __f31,
            score: __f32,
            channels: __f33,
            tags: __f34,
            custom_fields: __f35,
            external_data: __f36,
            vouchers: __f37,
            is_email_verified: __f38,
            is_merge: __f39,
            is_delete: __f40,
            is_new_subscriber: __f41,
            messenger_recurring_message_tokens: __f42,
            messenger_recurring_topics: __f43,
            fb_page_ids: __f44,
            fb_uids: __f45,
            fb_page_uids: __f46,
            zalo_oa_ids: __f47,
            zalo_uids: __f48,
            zalo_oa_uids: __f49,
            ladichat_uids: __f50,
            ladichat_store_ids: __f51,
            ladichat_store_uids: __f52,
            created_at: __f53,
            updated_at: __f54,
            unknown_fields: __unknown,
        })
    }
}
rt::deserialize_object!(Customer);
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
impl CustomerStatus {
    /// Every value, in the doc's order.
    pub const ALL: [Self; 1usize] = [Self::Subscriber];
    /// The wire names of `ALL`, in the same order.
    pub const WIRE: [&'static str; 1usize] = ["SUBSCRIBER"];
}
rt::wire_enum_impls!(CustomerStatus);
impl rt::Validate for CustomerStatus {}
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
impl<'de> rt::de::FromObject<'de> for CustomField {
    const NAME: &'static str = "CustomField";
    fn from_object<A: rt::de::MapAccess<'de>>(mut __map: A) -> Result<Self, A::Error> {
        use rt::de as __de;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __unknown = rt::serde_json::Map::new();
        while let Some(__key) = __de::next_key(&mut __map)? {
            match &*__key {
                "name" => __de::fill(&mut __f0, "name", &mut __map)?,
                "value" => __de::fill(&mut __f1, "value", &mut __map)?,
                _ => __de::keep(&mut __unknown, __key, &mut __map)?,
            }
        }
        Ok(Self {
            name: __de::required(__f0, "name")?,
            value: __de::required(__f1, "value")?,
            unknown_fields: __unknown,
        })
    }
}
rt::deserialize_object!(CustomField);
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
impl Gender {
    /// Every value, in the doc's order.
    pub const ALL: [Self; 2usize] = [Self::Male, Self::Female];
    /// The wire names of `ALL`, in the same order.
    pub const WIRE: [&'static str; 2usize] = ["male", "female"];
}
rt::wire_enum_impls!(Gender);
impl rt::Validate for Gender {}
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
