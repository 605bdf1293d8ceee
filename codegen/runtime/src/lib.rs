//! Run-time support for code generated from API specs.
//!
//! Generated code (the checked-in `generated-client` crate, or the `generate!` macro's expansion)
//! names only items of this crate, so a consumer depends on one crate. It re-exports the serde
//! family so generated `derive`s resolve through `::codegen_runtime::serde`.
//!
//! - [`Nullable`]: a field that can be absent, `null` or a value, kept apart on the wire.
//! - [`Open`]: an enum read from a response, which keeps values the doc did not list.
//! - [`JsonString`]: a JSON document carried inside a JSON string.
//! - [`ListOf`]: a body that is a JSON list whose length the doc bounds.
//! - [`Date`] and [`DateTime`]: calendar dates and RFC 3339 timestamps that round-trip exactly.
//! - [`EndpointInfo`]: what a spec says about an endpoint (method, servers, auth), as data.
//! - [`Codec`]: decode-then-encode through a generated type, with the JSON path of any failure.
//! - [`validate`]: the [`Validate`] trait generated types implement, and its report.
//! - [`check_unique_keys`]: the one rule for objects that repeat a key (refused, everywhere).

mod auth_scheme;
#[cfg(feature = "client")]
pub mod client;
mod codec;
mod date;
pub mod de;
mod endpoint;
mod form;
mod integral;
mod json_string;
mod list_of;
mod no_unknown_fields;
mod nullable;
mod open;
#[cfg(feature = "client")]
mod paging;
pub mod params;
mod pointer;
mod printable;
#[cfg(feature = "schemars")]
mod schema;
#[cfg(any(feature = "client", feature = "webhook"))]
pub mod signing;
mod unique_keys;
pub mod validate;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use auth_scheme::{
    AuthScheme, ClientAuth, DigestEncoding, HmacSignature, Mac, OAuth2ClientCredentials, Owned,
    PayloadEncoding, PayloadPart, Static, Storage, TimestampUnit,
};
pub use codec::{Codec, DecodeError, EndpointTypes, recode};
pub use date::{Date, DateError, DateTime};
pub use endpoint::{
    BodyStatus, EndpointInfo, HeaderParam, Inbound, Method, Pagination, Paging, Server, Slot,
    is_json_media_type, media_essence,
};
pub use form::{encode_body, form_path, form_record, from_form, is_form_media_type, to_form};
pub use json_string::JsonString;
pub use list_of::ListOf;
pub use no_unknown_fields::NoUnknownFields;
pub use nullable::Nullable;
pub use open::Open;
pub use params::{
    NoParams, ParamInfo, ParamLocation, ParamValues, Parameters, QueryStyle, percent_encode,
};
pub use unique_keys::check_unique_keys;
pub use validate::{Kind, Report, Validate, Violation};

pub use chrono;
pub use indexmap;
#[cfg(feature = "schemars")]
pub use schemars;

/// A request type's derived schema in a generated list: (service, endpoint, the schema).
#[cfg(feature = "schemars")]
pub type DerivedSchema = (&'static str, &'static str, fn() -> serde_json::Value);

/// The JSON Schema that `schemars` derives for `T`, as a value: a function pointer per type,
/// so that a generated list can name every request type's schema.
#[cfg(feature = "schemars")]
pub fn derived_schema<T: schemars::JsonSchema>() -> serde_json::Value {
    schemars::SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value()
}
pub use serde;
pub use serde_json;
