// @generated from specs/tiki/region_list.yaml by `cargo xtask codegen`; do not edit.

//! API List Regions (List regions) — `GET /v1/countries/VN/regions`
//!
//! - production: `https://api.tiki.vn/directory/v1/countries/VN/regions`
//! - sandbox: `https://api.tala.xyz/directory/v1/countries/VN/regions`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/get_ward_code.md`. Spec: `specs/tiki/region_list.yaml`.
//!
//! Authentication: none.
use ::codegen_runtime as rt;
pub use super::types::{ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "region_list",
    method: rt::Method::Get,
    idempotent: None,
    path: "/v1/countries/VN/regions",
    content_type: "application/json",
    params: &[],
    has_request_body: false,
    has_response_body: true,
    servers: &[
        rt::Server {
            name: "production",
            url: "https://api.tiki.vn/directory",
        },
        rt::Server {
            name: "sandbox",
            url: "https://api.tala.xyz/directory",
        },
    ],
    auth: rt::AuthScheme::None,
    headers: &[],
    doc: "specs/tiki/docs/backend/shipping/get_ward_code.md",
    spec: "specs/tiki/region_list.yaml",
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
/// The successful response body.
pub type Response = RegionListResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("RegionListResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The regions, under `data`.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct RegionListResponse {
    /// The regions (the page's example; its table describes one)
    ///
    /// Required; not in the doc's table, only in its examples.
    pub data: Vec<Region>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl RegionListResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<Vec<Region>>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(RegionListResponse, unknown_fields; data(required));
impl rt::Validate for RegionListResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// API Response
///
/// One region.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Region {
    /// id của vùng
    ///
    /// The region's id
    ///
    /// Optional; doc type `int`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub id: Option<i64>,
    /// tên của vùng
    ///
    /// The region's name
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// mã tiki code
    ///
    /// Tiki's code of the region (a ward's is the `ward_code` of quotes and shipments)
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub tiki_code: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Region {
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
    pub fn with_tiki_code(mut self, value: impl Into<String>) -> Self {
        self.tiki_code = Some(value.into());
        self
    }
}
rt::deserialize_object!(Region, unknown_fields; id, name, tiki_code);
impl rt::Validate for Region {}
