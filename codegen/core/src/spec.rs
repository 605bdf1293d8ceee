//! The spec file as written: a serde model of the YAML, every node that a later check may
//! point at wrapped in [`Spanned`]. `specs/README.md` documents each key.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use codegen_runtime::{Method, ParamLocation, QueryStyle};

use crate::auth::AuthDef;
use crate::yaml::Spanned;
pub use crate::yaml::unplaced;

/// One endpoint's spec file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// The vendor's service (`ladiflow`); the Rust module the endpoint lands in.
    pub service: Spanned<String>,
    /// The endpoint's name within the service (`customer_create`).
    pub endpoint: Spanned<String>,
    /// The page title.
    pub title: Descriptions,
    /// Where the vendor's page is: a URL, or the path of the copy the spec was transcribed from.
    /// May be left out when no copy is in the repository; a note about `endpoint` then says
    /// where the facts came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<Spanned<String>>,
    /// `outbound` (the default): a call the client makes. `inbound`: a notification the vendor
    /// sends to the user's server (a webhook); its `request` is the message received, its
    /// `auth` how the vendor signs it, its `response` the answer the vendor expects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Spanned<Direction>>,
    /// For an inbound message: the JSON Pointer of the body's member that names the message
    /// across resends (`/message_id`), which a receiver deduplicates by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<Spanned<String>>,
    /// The HTTP method.
    pub method: Spanned<Method>,
    /// Whether sending the call twice has the effect of sending it once, where the doc says so
    /// against its method's rule (a POST that creates by an idempotency key of its own, a PUT
    /// that appends): the client retries an idempotent call. Absent: the method's rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotent: Option<bool>,
    /// Base URL by environment; the first is the default. Absent: the service's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<IndexMap<String, Spanned<String>>>,
    /// The path below each base URL, with a `{name}` per path parameter.
    pub path: Spanned<String>,
    /// Path, query and header parameters, by wire name; each a field with `in:`.
    #[serde(default)]
    pub params: IndexMap<String, Spanned<FieldDef>>,
    /// The request body's media type. Absent: the service's default, else `application/json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<Spanned<String>>,
    /// How requests authenticate. Absent: the service's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) auth: Option<Spanned<AuthDef>>,
    /// The header table. Absent: the service's default (an empty table stays empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<IndexMap<String, Spanned<HeaderDef>>>,
    /// The request body; absent for a call without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Spanned<RequestDef>>,
    /// The successful response body.
    pub response: ResponseDef,
    /// The vendor's error body, where one is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Spanned<RequestDef>>,
    /// Error statuses the doc describes with a body of their own (`404: { body: NotFound }`).
    #[serde(default)]
    pub statuses: IndexMap<u16, Spanned<StatusBodyDef>>,
    /// How the endpoint pages through a long list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Spanned<PaginationDef>>,
    /// Every named type: objects, enums and one-ofs.
    #[serde(default)]
    pub types: IndexMap<String, Spanned<TypeDef>>,
    /// Places where the doc contradicts itself, and how the spec settles each.
    #[serde(default)]
    pub conflicts: Vec<Spanned<ConflictDef>>,
    /// Facts the doc's tables do not show.
    #[serde(default)]
    pub notes: Vec<Spanned<NoteDef>>,
}

/// Who sends the request an endpoint spec describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The client calls the vendor.
    Outbound,
    /// The vendor calls the user's server: a webhook.
    Inbound,
}

/// A service's shared types (`specs/<service>/types.yaml`): records every endpoint of the
/// service may name, generated once.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedTypesFile {
    /// The service, as its endpoint specs name it.
    pub service: Spanned<String>,
    /// The service's version (semver): its JSON Schemas are released under it, and a change
    /// to them needs the bump its class calls for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Spanned<String>>,
    /// What every endpoint spec of the service states unless it states its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defaults: Option<Spanned<DefaultsDef>>,
    /// The shared types.
    #[serde(default)]
    pub types: IndexMap<String, Spanned<TypeDef>>,
    /// Places where the docs contradict themselves about these types.
    #[serde(default)]
    pub conflicts: Vec<Spanned<ConflictDef>>,
    /// Facts about these types that the tables do not show.
    #[serde(default)]
    pub notes: Vec<Spanned<NoteDef>>,
}

/// A service's defaults (`defaults:` in `types.yaml`): the endpoint keys that are the same
/// across a vendor's API. An endpoint spec that states one of them replaces it whole. The keys
/// are written out again rather than shared with [`SpecFile`] through `#[serde(flatten)]`,
/// which serde does not combine with `deny_unknown_fields`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultsDef {
    /// Base URL by environment; the first is the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<IndexMap<String, Spanned<String>>>,
    /// The request body's media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<Spanned<String>>,
    /// How requests authenticate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) auth: Option<Spanned<AuthDef>>,
    /// The header table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<IndexMap<String, Spanned<HeaderDef>>>,
    /// The error body every endpoint answers with (a shared type), its status pointers and
    /// examples (beside `types.yaml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Spanned<RequestDef>>,
}

/// Vietnamese and English text; either may be missing.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Descriptions {
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// The body the doc gives for one error status.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusBodyDef {
    /// The body's type.
    pub body: Spanned<String>,
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Example files, relative to the spec's folder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Spanned<String>>,
}

/// How an endpoint pages: by page number or by cursor.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaginationDef {
    /// `page` or `cursor`.
    pub style: Spanned<PagingStyleDef>,
    /// Page style: where the page number goes, a body pointer (`/page`) or a query parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Spanned<String>>,
    /// Cursor style: where the cursor goes, a body pointer or a query parameter (`lt_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<Spanned<String>>,
    /// Cursor style: JSON Pointer into the last item to the next cursor (`/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_from: Option<Spanned<String>>,
    /// Page style: where the page size goes, if the call has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Spanned<String>>,
    /// Page style: the first page's number (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_page: Option<Spanned<u64>>,
    /// JSON Pointer to the page's items (a list) in the response (`/data/items`).
    pub items: Spanned<String>,
    /// Page style: JSON Pointer to the total number of items in the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Spanned<String>>,
}

/// How the next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PagingStyleDef {
    /// Page numbers.
    Page,
    /// A cursor taken from the last item.
    Cursor,
}

/// A row of the header table.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderDef {
    /// Whether every request carries it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A request body (or an error body): a named type and the doc's examples of it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RequestDef {
    /// The body's type (`list_of` instead for a request that is a JSON list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Spanned<String>>,
    /// The type of each item of a request body that is a JSON list (`[{…}, …]`); not on an
    /// error body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_of: Option<Spanned<String>>,
    /// The fewest items of a body that is a JSON list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<Spanned<u64>>,
    /// The most items of a body that is a JSON list (a batch endpoint's "up to 100 per call").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<Spanned<u64>>,
    /// Where an error body carries the vendor's code, message and reason (not on a request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Spanned<StatusDef>>,
    /// Example files, relative to the spec's folder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Spanned<String>>,
}

/// The successful response: a named type, an envelope type wrapped around a data type, or
/// nothing (`204 No Content`).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseDef {
    /// The body's type, when there is no envelope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Spanned<String>>,
    /// The type of each item of a body that is a JSON list (`[{…}, …]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_of: Option<Spanned<String>>,
    /// The fewest items of a body that is a JSON list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<Spanned<u64>>,
    /// The most items of a body that is a JSON list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<Spanned<u64>>,
    /// The envelope type: an object with one field of type `$data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Spanned<String>>,
    /// The type that fills the envelope's `$data` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Spanned<String>>,
    /// Where the envelope says whether the call succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Spanned<StatusDef>>,
    /// The documented HTTP status of success (`204` for a response without a body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<Spanned<u16>>,
    /// The media type of an answer that is not JSON (`application/pdf`, `text/csv`): the call
    /// returns its bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<Spanned<String>>,
    /// Example files, relative to the spec's folder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Spanned<String>>,
}

/// A named type: exactly one of `fields`, `enum` or `one_of`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// An object's fields, in the doc's order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IndexMap<String, Box<Spanned<FieldDef>>>>,
    /// Cross-field rules of an object.
    #[serde(default)]
    pub rules: Vec<Spanned<RuleDef>>,
    /// A string enum's values.
    #[serde(default, rename = "enum", skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<Spanned<EnumValueDef>>>,
    /// The shapes a one-of accepts, tried in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<Spanned<FieldDef>>>,
}

/// A field of an object, a list's items, or a one-of's alternative: a type plus what the doc
/// says of it. Keys that only make sense on a field (`required`, descriptions) are rejected
/// elsewhere by the checker.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// Where a parameter goes: `path`, `query` or `header` (parameters only).
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub location: Option<Spanned<ParamLocation>>,
    /// A built-in type or a type declared under `types`.
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    /// A list's item type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Spanned<FieldDef>>>,
    /// A map's value type (its keys are strings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Box<Spanned<FieldDef>>>,
    /// The type of the document inside a `json_string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<Spanned<String>>,
    /// Whether the field must be present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Spanned<bool>>,
    /// Whether the field may be `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nullable: Option<Spanned<bool>>,
    /// How a list-valued query parameter is written: `comma` or `repeat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<Spanned<QueryStyle>>,
    /// A string's format (`email`, `uri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Spanned<String>>,
    /// A regular expression a string matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<Spanned<String>>,
    /// Fewest characters of a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<Spanned<u64>>,
    /// Most characters of a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<Spanned<u64>>,
    /// Smallest number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Spanned<f64>>,
    /// Largest number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Spanned<f64>>,
    /// A number the value is a whole multiple of (`multipleOf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_of: Option<Spanned<f64>>,
    /// Fewest list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<Spanned<u64>>,
    /// Most list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<Spanned<u64>>,
    /// The type word in the doc's table, verbatim (`yyyy-mm-dd`, `List Object`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<Spanned<String>>,
    /// Where the field was found: `table` (default) or `example` (in no table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Spanned<OriginDef>>,
    /// Overrides the generated Rust field name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<Spanned<String>>,
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<Spanned<String>>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Spanned<String>>,
}

impl FieldDef {
    /// A field of type `ty` that states nothing else: what a draft builds on.
    pub fn of_type(ty: impl Into<String>) -> Self {
        Self {
            location: None,
            ty: unplaced(ty.into()),
            items: None,
            values: None,
            of: None,
            required: None,
            nullable: None,
            style: None,
            format: None,
            pattern: None,
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            multiple_of: None,
            min_items: None,
            max_items: None,
            doc_type: None,
            origin: None,
            rust_name: None,
            vi: None,
            en: None,
        }
    }
}

/// Where a field was found in the doc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginDef {
    /// A row of the doc's table.
    Table,
    /// Only in the doc's examples.
    Example,
}

/// A value of a string enum.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDef {
    /// The value on the wire.
    pub value: String,
    /// Overrides the generated Rust variant name (for values that give none, or the same one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<Spanned<String>>,
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A cross-field rule.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// At least one of these fields holds a value (not absent, not `null`, not `""`).
    pub any_of_required: Vec<Spanned<String>>,
    /// In Vietnamese: a Vietnamese doc's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A place where the doc contradicts itself.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictDef {
    /// What it concerns: `Type`, `Type.field`, or a part of the spec (`auth`, `request`,
    /// `response`, `errors`).
    pub about: Spanned<String>,
    /// What each part of the doc says, by part (`table`, `request example`, …); two or more.
    pub sides: IndexMap<String, String>,
    /// What the spec does about it.
    pub resolution: String,
}

/// A fact that the doc's tables do not show.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoteDef {
    /// What it concerns, as for conflicts.
    pub about: Spanned<String>,
    /// The fact.
    pub en: String,
    /// The fact in Vietnamese, where the doc states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
}

/// JSON Pointers to a vendor's status in a body.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDef {
    /// The code (`/code`).
    pub code: Spanned<String>,
    /// The half-open range of codes that mean success (`[200, 300]`); an error body has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<Spanned<Vec<i64>>>,
    /// The message (`/message`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Spanned<String>>,
    /// The reason (`/error/reason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Spanned<String>>,
    /// The vendor's id for the request (`/error/metadata/request_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<Spanned<String>>,
}
