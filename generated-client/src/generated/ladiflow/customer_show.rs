// @generated from specs/ladiflow/customer_show.yaml by `cargo xtask codegen`; do not edit.

//! Xem khách hàng (Show a customer) — `POST /customer/show`
//!
//! - production: `https://api.service.ladiflow.com/1.0/customer/show`
//!
//! Spec: `specs/ladiflow/customer_show.yaml` (no vendor page copy; its notes say where the facts came from).
//!
//! Authentication: an API key in the `Api-Key` header.
//!
//! Note: From the issue that asked for it (the vendor page is not copied here): POST https://api.service.ladiflow.com/1.0/customer/show with the Api-Key header; body fields customer_id, email and phone, strings, each optional, at least one of the three required; the answer is the usual {data, message, code} envelope with data.customer the customer record.
//!
//! Note: Both examples are ours, written from those facts; the customer in the answer is create's example record with one more field (`last_activity_at`), as show answers more of the record.
use ::codegen_runtime as rt;
pub use super::types::{CustomField, Customer, CustomerStatus, Envelope, Gender, Website};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "ladiflow",
    name: "customer_show",
    method: rt::Method::Post,
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
    response_status: ::core::option::Option::Some(rt::BodyStatus {
        code: "/code",
        success: ::core::option::Option::Some((200i64, 300i64)),
        message: ::core::option::Option::Some("/message"),
        reason: ::core::option::Option::None,
    }),
    error_status: ::core::option::Option::None,
    pagination: ::core::option::Option::None,
    statuses: &[],
};
/// The request body.
pub type Request = CustomerShowRequest;
/// The successful response body.
pub type Response = super::types::Envelope<CustomerShowData>;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: ::core::option::Option::Some(
        rt::Codec::of::<Request>("CustomerShowRequest"),
    ),
    response: ::core::option::Option::Some(
        rt::Codec::of::<Response>("Envelope<CustomerShowData>"),
    ),
    error: ::core::option::Option::None,
};
/// Which customer to show.
///
/// Rule: at least one of `customer_id`, `email`, `phone` holds a value (not absent, `null` or empty).
/// The doc: One of customer_id, email and phone is required
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(
    feature = "schemars",
    derive(rt::schemars::JsonSchema),
    schemars(crate = "rt::schemars")
)]
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
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "::std::string::String"))]
    pub customer_id: ::core::option::Option<::std::string::String>,
    /// The customer's e-mail address
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "::std::string::String"))]
    pub email: ::core::option::Option<::std::string::String>,
    /// The customer's phone number
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "::std::string::String"))]
    pub phone: ::core::option::Option<::std::string::String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl CustomerShowRequest {
    /// A value with every field absent.
    pub fn new() -> Self {
        ::core::default::Default::default()
    }
}
/// Setters of the optional fields, one per field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerShowRequest {
    #[must_use]
    pub fn with_customer_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_id = ::core::option::Option::Some(value.into());
        self
    }
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::core::option::Option::Some(value.into());
        self
    }
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::core::option::Option::Some(value.into());
        self
    }
}
const _: () = {
    use rt::de as __de;
    struct __Visitor;
    impl<'de> rt::serde::de::Visitor<'de> for __Visitor {
        type Value = CustomerShowRequest;
        fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __de::expecting(f, "CustomerShowRequest")
        }
        fn visit_map<A: rt::serde::de::MapAccess<'de>>(
            self,
            mut __map: A,
        ) -> ::core::result::Result<Self::Value, A::Error> {
            let mut __f0 = ::core::option::Option::None;
            let mut __f1 = ::core::option::Option::None;
            let mut __f2 = ::core::option::Option::None;
            while let ::core::option::Option::Some(__key) = __map
                .next_key::<__de::Key<'de>>()?
            {
                match &*__key {
                    "customer_id" => __de::fill(&mut __f0, "customer_id", &mut __map)?,
                    "email" => __de::fill(&mut __f1, "email", &mut __map)?,
                    "phone" => __de::fill(&mut __f2, "phone", &mut __map)?,
                    _ => return ::core::result::Result::Err(__de::unknown_field(&__key)),
                }
            }
            ::core::result::Result::Ok(CustomerShowRequest {
                customer_id: __f0,
                email: __f1,
                phone: __f2,
                unknown_fields: rt::NoUnknownFields,
            })
        }
    }
    impl<'de> rt::serde::Deserialize<'de> for CustomerShowRequest {
        fn deserialize<D: rt::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            deserializer.deserialize_map(__Visitor)
        }
    }
};
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
                        vi: ::core::option::Option::None,
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
#[cfg_attr(
    feature = "schemars",
    derive(rt::schemars::JsonSchema),
    schemars(crate = "rt::schemars")
)]
#[non_exhaustive]
pub struct CustomerShowData {
    /// The customer record
    ///
    /// Required.
    pub customer: super::types::Customer,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<
        ::std::string::String,
        rt::serde_json::Value,
    >,
}
impl CustomerShowData {
    /// A value with its required fields (`customer`); every other field absent.
    pub fn new(customer: impl ::core::convert::Into<super::types::Customer>) -> Self {
        Self {
            customer: customer.into(),
            unknown_fields: ::core::default::Default::default(),
        }
    }
}
const _: () = {
    use rt::de as __de;
    struct __Visitor;
    impl<'de> rt::serde::de::Visitor<'de> for __Visitor {
        type Value = CustomerShowData;
        fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __de::expecting(f, "CustomerShowData")
        }
        fn visit_map<A: rt::serde::de::MapAccess<'de>>(
            self,
            mut __map: A,
        ) -> ::core::result::Result<Self::Value, A::Error> {
            let mut __f0 = ::core::option::Option::None;
            let mut __unknown = rt::serde_json::Map::new();
            while let ::core::option::Option::Some(__key) = __map
                .next_key::<__de::Key<'de>>()?
            {
                match &*__key {
                    "customer" => __de::fill(&mut __f0, "customer", &mut __map)?,
                    _ => {
                        __unknown.insert(__key.into_string(), __map.next_value()?);
                    }
                }
            }
            ::core::result::Result::Ok(CustomerShowData {
                customer: __de::required(__f0, "customer")?,
                unknown_fields: __unknown,
            })
        }
    }
    impl<'de> rt::serde::Deserialize<'de> for CustomerShowData {
        fn deserialize<D: rt::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            deserializer.deserialize_map(__Visitor)
        }
    }
};
impl rt::Validate for CustomerShowData {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        {
            let value = &self.customer;
            let at = &at.field("customer");
            rt::Validate::validate_at(value, at, report);
        }
    }
}
