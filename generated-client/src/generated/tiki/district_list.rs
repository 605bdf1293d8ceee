// @generated from specs/tiki/district_list.yaml by `cargo xtask codegen`; do not edit.

//! API List Districts (List districts) — `GET /v1/countries/VN/regions/{region_id}/districts`
//!
//! - production: `https://api.tiki.vn/directory/v1/countries/VN/regions/{region_id}/districts`
//! - sandbox: `https://api.tala.xyz/directory/v1/countries/VN/regions/{region_id}/districts`
//!
//! Vendor page: `specs/tiki/docs/backend/shipping/get_ward_code.md`. Spec: `specs/tiki/district_list.yaml`.
//!
//! Authentication: none.
use ::codegen_runtime as rt;
pub use super::types::{ErrorBody, ErrorEnvelope, ErrorMetadata, ErrorReason};
/// What the spec says about this endpoint: method, path, servers, authentication.
pub const ENDPOINT: rt::EndpointInfo = rt::EndpointInfo {
    service: "tiki",
    name: "district_list",
    method: rt::Method::Get,
    idempotent: None,
    path: "/v1/countries/VN/regions/{region_id}/districts",
    content_type: "application/json",
    params: &[
        rt::ParamInfo {
            name: "region_id",
            location: rt::ParamLocation::Path,
            required: true,
            style: None,
            description: "id của vùng / The region's id (`id` of a region)",
        },
    ],
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
    spec: "specs/tiki/district_list.yaml",
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
pub type Params = DistrictListParams;
/// The successful response body.
pub type Response = DistrictListResponse;
/// The vendor's error body.
pub type ErrorResponse = super::types::ErrorEnvelope;
/// This endpoint's metadata and the codecs of its bodies.
pub const TYPES: rt::EndpointTypes = rt::EndpointTypes {
    info: &ENDPOINT,
    request: None,
    response: Some(rt::Codec::of::<Response>("DistrictListResponse")),
    error: Some(rt::Codec::of::<ErrorResponse>("ErrorEnvelope")),
};
/// The districts, under `data`.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct DistrictListResponse {
    /// The districts (the page's example; its table describes one)
    ///
    /// Required; not in the doc's table, only in its examples.
    pub data: Vec<District>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl DistrictListResponse {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<Vec<District>>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(DistrictListResponse, unknown_fields; data(required));
impl rt::Validate for DistrictListResponse {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// API Response
///
/// One district.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct District {
    /// id của quận
    ///
    /// The district's id
    ///
    /// Optional; doc type `int`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "i64"))]
    pub id: Option<i64>,
    /// tên của quận
    ///
    /// The district's name
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub name: Option<String>,
    /// mã tiki code
    ///
    /// Tiki's code of the district (a ward's is the `ward_code` of quotes and shipments)
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
impl District {
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
rt::deserialize_object!(District, unknown_fields; id, name, tiki_code);
impl rt::Validate for District {}
/// The path, query and header parameters of a call.
///
/// Read strictly: fields the spec does not name are refused (`unknown_fields` stays empty).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[cfg_attr(feature = "schemars", schemars(extend("additionalProperties" = false)))]
#[non_exhaustive]
pub struct DistrictListParams {
    /// id của vùng
    ///
    /// The region's id (`id` of a region)
    pub region_id: i64,
    /// Always empty: decoding refuses fields the spec does not name (and anything that is
    /// not a JSON object).
    #[serde(flatten)]
    pub unknown_fields: rt::NoUnknownFields,
}
impl DistrictListParams {
    /// A value with its required fields (`region_id`); every other field absent.
    pub fn new(region_id: impl Into<i64>) -> Self {
        Self {
            region_id: region_id.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(DistrictListParams, unknown_fields; region_id(required));
impl rt::Validate for DistrictListParams {}
impl rt::Parameters for DistrictListParams {
    fn values(&self) -> rt::ParamValues {
        let mut values = rt::ParamValues::default();
        {
            let value = &self.region_id;
            values.path("region_id", value);
        }
        values
    }
}
