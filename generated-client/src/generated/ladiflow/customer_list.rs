// @generated from specs/ladiflow/customer_list.yaml by `cargo xtask codegen`; do not edit.

//! Danh sách khách hàng (List customers) — `POST /customer/list`
//!
//! - production: `https://api.service.ladiflow.com/1.0/customer/list`
//!
//! Spec: `specs/ladiflow/customer_list.yaml` (no vendor page copy; its notes say where the facts came from).
//!
//! Authentication: an API key in the `Api-Key` header.
//!
//! Note: From the issue that asked for it (the vendor page is not copied here): POST <https://api.service.ladiflow.com/1.0/customer/list> with the Api-Key header; body, all optional: search {name} (a name, e-mail or phone to search for), page (from 1), limit, sort (a map from a field name to ASC or DESC, e.g. {"updated_at": "DESC"}), tags (tag ids); the answer's data is {total, limit, items: \[customer record…\]}, page-number paging.
//!
//! Note: Both examples are ours, written from those facts.
use ::codegen_runtime as rt;
pub use super::types::{CustomField, Customer, CustomerStatus, Envelope, Gender, Website};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "ladiflow",
    name: "customer_list",
    method: rt::Method::Post,
    idempotent: None,
    path: "/customer/list",
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
    spec: "specs/ladiflow/customer_list.yaml",
    response_status: Some(rt::BodyStatus {
        code: "/code",
        success: Some((200i64, 300i64)),
        message: Some("/message"),
        reason: None,
        request_id: None,
    }),
    error_status: None,
    pagination: Some(rt::Pagination {
        items: "/data/items",
        paging: rt::Paging::Page {
            page: rt::Slot::Body("/page"),
            limit: Some(rt::Slot::Body("/limit")),
            first: 1u64,
            total: Some("/data/total"),
        },
    }),
    statuses: &[],
    inbound: None,
};
/// One item of a page: what walking every page yields.
pub type Item = super::types::Customer;
/// The request body.
pub type Request = CustomerListRequest;
/// The successful response body.
pub type Response = super::types::Envelope<CustomerPage>;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: Some(rt::Codec::of::<Request>("CustomerListRequest")),
    response: Some(rt::Codec::of::<Response>("Envelope<CustomerPage>")),
    error: None,
};
/// Which customers, in which order, which page. Every field is optional.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct CustomerListRequest {
    /// What to search for
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "CustomerSearch"))]
    pub search: Option<CustomerSearch>,
    /// The page, from 1
    ///
    /// Range: at least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64", range(min = 1f64)))]
    pub page: Option<i64>,
    /// Customers per page
    ///
    /// Range: at least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64", range(min = 1f64)))]
    pub limit: Option<i64>,
    /// A field name → ASC or DESC, e.g. {"updated_at": "DESC"}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "rt::indexmap::IndexMap<String,SortDirection>")
    )]
    pub sort: Option<rt::indexmap::IndexMap<String, SortDirection>>,
    /// Tag ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<String>"))]
    pub tags: Option<Vec<String>>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerListRequest {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_search(mut self, value: impl Into<CustomerSearch>) -> Self {
        self.search = Some(value.into());
        self
    }
    pub fn with_page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }
    pub fn with_limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    pub fn with_sort(
        mut self,
        value: impl Into<rt::indexmap::IndexMap<String, SortDirection>>,
    ) -> Self {
        self.sort = Some(value.into());
        self
    }
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    CustomerListRequest, unknown_fields; search, page, limit, sort, tags
);
impl rt::Validate for CustomerListRequest {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("search"), &self.search);
        report.minimum(&at.field("page"), &self.page, 1f64);
        report.minimum(&at.field("limit"), &self.limit, 1f64);
    }
}
/// A search.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct CustomerSearch {
    /// A name, e-mail or phone to search for
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerSearch {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::deserialize_object!(CustomerSearch, unknown_fields; name);
impl rt::Validate for CustomerSearch {}
/// A sort direction.
///
/// A closed set: no other value is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "SCREAMING_SNAKE_CASE")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub enum SortDirection {
    /// Ascending
    Asc,
    /// Descending
    Desc,
}
rt::wire_enum_impls!(SortDirection; Asc("ASC"), Desc("DESC"));
/// One page of customers.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct CustomerPage {
    /// How many customers match, on all pages
    pub total: i64,
    /// Customers per page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub limit: Option<i64>,
    /// This page's customers
    pub items: Vec<super::types::Customer>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl CustomerPage {
    /// A value with its required fields (`total`, `items`); every other field absent.
    pub fn new(
        total: impl Into<i64>,
        items: impl Into<Vec<super::types::Customer>>,
    ) -> Self {
        Self {
            total: total.into(),
            limit: None,
            items: items.into(),
            unknown_fields: Default::default(),
        }
    }
    pub fn with_limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    CustomerPage, unknown_fields; total(required), limit, items(required)
);
impl rt::Validate for CustomerPage {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("items"), &self.items);
    }
}
