//! The resolved form of a spec that every emitter reads: names checked, types linked, each
//! type marked strict or lenient, examples loaded. Nothing here refers to YAML.

use std::collections::BTreeSet;

use codegen_runtime::{Method, ParamLocation, QueryStyle};

use crate::diagnostic::Location;

/// The field that keeps unknown fields of lenient types (and stays empty in strict ones).
pub const UNKNOWN_FIELDS: &str = "unknown_fields";

/// Vietnamese and English text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// In Vietnamese: a Vietnamese doc's own words.
    pub vi: Option<String>,
    /// In English: an English doc's own words, or a translation.
    pub en: Option<String>,
}

impl Text {
    /// Both texts, Vietnamese first, joined by `separator`; `None` when there is neither.
    pub fn joined(&self, separator: &str) -> Option<String> {
        let parts: Vec<&str> = [&self.vi, &self.en]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(separator))
    }

    /// A title: `vi (en)`, whichever exists, or `fallback`.
    pub fn title(&self, fallback: &str) -> String {
        match (&self.vi, &self.en) {
            (Some(vi), Some(en)) => format!("{vi} ({en})"),
            (Some(one), None) | (None, Some(one)) => one.clone(),
            (None, None) => fallback.to_owned(),
        }
    }
}

/// One endpoint, everything its spec says.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The spec file as the user named it (`specs/ladiflow/customer_create.yaml`).
    pub spec: String,
    /// The vendor's service (`ladiflow`).
    pub service: String,
    /// The endpoint's name (`customer_create`).
    pub name: String,
    /// Where its spec names it: for what is checked across specs (two endpoints of a service
    /// that take one name).
    pub name_at: Location,
    /// Where its spec states its path: for what is checked across specs (two specs of one
    /// call).
    pub path_at: Location,
    /// The page title.
    pub title: Text,
    /// Where the vendor's page is.
    pub doc: String,
    /// For a notification the vendor sends (`direction: inbound`): what identifies a message
    /// across resends. `None` for a call the client makes.
    pub inbound: Option<Inbound>,
    /// The HTTP method.
    pub method: Method,
    /// Whether the call may be sent twice with the effect of once, where the spec says so;
    /// `None`: the method's rule (GET, HEAD, PUT, DELETE, OPTIONS are).
    pub idempotent: Option<bool>,
    /// Base URLs by environment, the default first.
    pub servers: Vec<Server>,
    /// Whether `servers` are the service's defaults (the spec states none of its own).
    pub servers_from_defaults: bool,
    /// The path below each base URL, with a `{name}` per path parameter.
    pub path: String,
    /// The request body's media type.
    pub content_type: String,
    /// Path, query and header parameters, in the spec's order.
    pub params: Vec<Param>,
    /// The generated type holding the parameters' values (`LeadApplicationUpdateParams`), one
    /// of `types`; `None` when the endpoint declares none.
    pub params_type: Option<String>,
    /// How requests authenticate.
    pub auth: Auth,
    /// The header table.
    pub headers: Vec<Header>,
    /// The request body; `None` for a call without one.
    pub request: Option<Body>,
    /// The successful response body; `None` for one without (`204 No Content`).
    pub response: Option<Body>,
    /// The documented HTTP status of success, where the spec states it.
    pub success_status: Option<u16>,
    /// The media type of a successful answer that is not JSON (`application/pdf`): its bytes
    /// are the result, and `response` is `None`.
    pub response_media: Option<String>,
    /// How the endpoint pages, and the type of one item.
    pub pagination: Option<Pagination>,
    /// Error statuses the doc describes with a body of their own, by code.
    pub statuses: Vec<StatusBody>,
    /// The vendor's error body, where one is published.
    pub errors: Option<Body>,
    /// Named types in the spec's order.
    pub types: Vec<TypeDef>,
    /// The service's shared types (`types.yaml` beside the spec), which `types` may name.
    pub shared: Vec<TypeDef>,
    /// Conflicts and notes about the endpoint as a whole (`auth`, `request`, …).
    pub remarks: Vec<Remark>,
}

/// A notification the vendor sends to the user's server: its `request` is the message read,
/// its `auth` how the vendor signs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    /// The JSON Pointer of the body's member that names a message across resends, where the
    /// spec states one (`/message_id`).
    pub message_id: Option<String>,
}

impl Endpoint {
    /// The named type `name`.
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .iter()
            .chain(&self.shared)
            .find(|def| def.name == name)
    }

    /// Whether `name` is one of the service's shared types (generated once, in the service's
    /// `types` module and schema).
    pub fn is_shared(&self, name: &str) -> bool {
        self.shared.iter().any(|def| def.name == name)
    }

    /// Where the vendor's page is, for printing: the spec's `doc`, or a pointer to its notes
    /// when the spec names no page.
    pub fn vendor_page(&self) -> &str {
        if self.doc.is_empty() {
            "none in the repository (the spec's notes say where its facts came from)"
        } else {
            &self.doc
        }
    }

    /// The type found at the JSON Pointer `pointer` in a value of `ty`: through object fields
    /// (by wire name), an envelope's data, list items (by index) and map values; `None` where
    /// the pointer leads nowhere the types describe.
    pub fn type_at(&self, ty: &Ty, pointer: &str) -> Option<Ty> {
        let mut current = ty.clone();
        let mut data: Option<Ty> = None;
        for segment in pointer.split('/').skip(1) {
            let segment = segment.replace("~1", "/").replace("~0", "~");
            current = match current.kind {
                TyKind::Named { name, data: arg } => {
                    if let Some(arg) = arg {
                        data = Some(*arg);
                    }
                    let TypeKind::Object { fields, .. } = &self.type_def(&name)?.kind else {
                        return None;
                    };
                    let field = fields.iter().find(|f| f.wire_name == segment)?;
                    match field.ty.kind {
                        TyKind::Data => data.clone()?,
                        _ => field.ty.clone(),
                    }
                }
                TyKind::List { items, .. } if segment.parse::<usize>().is_ok() => *items,
                TyKind::Map { values } => *values,
                TyKind::JsonString(_) => return None,
                _ => return None,
            };
        }
        Some(current)
    }

    /// Whether `name` is a declared string enum.
    pub fn is_enum(&self, name: &str) -> bool {
        self.type_def(name)
            .is_some_and(|def| matches!(def.kind, TypeKind::Enum { .. }))
    }

    /// The body in `role`, if the endpoint has one.
    pub fn body(&self, role: Role) -> Option<&Body> {
        match role {
            Role::Request => self.request.as_ref(),
            Role::Response => self.response.as_ref(),
            Role::Error => self.errors.as_ref(),
        }
    }

    /// Every body the endpoint has, with its role, in the order request, response, error.
    pub fn bodies(&self) -> impl Iterator<Item = (Role, &Body)> {
        Role::ALL
            .into_iter()
            .filter_map(|role| Some((role, self.body(role)?)))
    }

    /// Names of the named types reachable from `roots`, through fields, list items,
    /// alternatives, JSON strings and envelope data.
    pub fn reachable<'a>(&self, roots: impl IntoIterator<Item = &'a Ty>) -> BTreeSet<String> {
        reachable(&[&self.types, &self.shared], roots)
    }

    /// The names the endpoint's module defines beside its types (`Params`, `Item`, `Message`,
    /// `StatusError`), each with the named type it stands for where it is one. A type of that
    /// name in the module is either that type (the alias is then left out) or a collision.
    pub fn module_names(&self) -> Vec<ModuleName<'_>> {
        fn named(ty: &Ty) -> Option<&str> {
            match &ty.kind {
                TyKind::Named { name, data: None } => Some(name.as_str()),
                _ => None,
            }
        }
        let mut names = Vec::new();
        if let Some(params) = &self.params_type {
            names.push(ModuleName {
                name: "Params",
                stands_for: Some(params),
                what: "the parameters' type",
            });
        }
        if let Some(pagination) = &self.pagination {
            names.push(ModuleName {
                name: "Item",
                stands_for: named(&pagination.item),
                what: "the type of a page's items",
            });
        }
        if self.inbound.is_some() {
            names.push(ModuleName {
                name: "Message",
                stands_for: self.request.as_ref().and_then(|body| named(&body.ty)),
                what: "the notification's message",
            });
        }
        if !self.statuses.is_empty() {
            names.push(ModuleName {
                name: "StatusError",
                stands_for: None,
                what: "the documented error statuses",
            });
        }
        names
    }

    /// The shared types the endpoint's module re-exports, sorted: those its bodies and
    /// parameters reach, and for a strict twin of an enum (an alias of the enum) the enum too.
    pub fn reexported(&self) -> Vec<String> {
        let roots = self
            .bodies()
            .map(|(_, body)| &body.ty)
            .chain(self.params.iter().map(|param| &param.field.ty));
        let mut shared: Vec<String> = self
            .reachable(roots)
            .into_iter()
            .filter(|name| self.is_shared(name))
            .collect();
        let originals: Vec<String> = shared
            .iter()
            .filter_map(|name| self.type_def(name))
            .filter(|def| matches!(def.kind, TypeKind::Enum { .. }))
            .filter_map(|def| def.twin_of.clone())
            .collect();
        shared.extend(originals);
        shared.sort();
        shared.dedup();
        shared
    }

    /// Every named type the endpoint's module holds by name: its own, and the shared ones it
    /// re-exports.
    pub fn module_types(&self) -> BTreeSet<String> {
        let mut names: BTreeSet<String> = self.reexported().into_iter().collect();
        names.extend(self.types.iter().map(|def| def.name.clone()));
        names
    }
}

/// A name an endpoint's module defines beside its types: see [`Endpoint::module_names`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleName<'a> {
    /// The Rust name (`Item`).
    pub name: &'static str,
    /// The named type it is an alias of, if it is one.
    pub stands_for: Option<&'a str>,
    /// What it names, for messages.
    pub what: &'static str,
}

impl ModuleName<'_> {
    /// Whether the module's type of the same name is the type itself, so no alias is written.
    pub fn is_the_type(&self) -> bool {
        self.stands_for == Some(self.name)
    }
}

/// A service's shared types, resolved: what `types.yaml` declares.
#[derive(Debug, Clone)]
pub struct SharedTypes {
    /// The file as the user named it (`specs/ladiflow/types.yaml`).
    pub spec: String,
    /// The service.
    pub service: String,
    /// The service's version, a valid semver, when the file states one.
    pub version: Option<String>,
    /// The types, in the file's order; all read leniently (they serve responses).
    pub types: Vec<TypeDef>,
    /// What the service's endpoints have unless their specs state their own.
    pub defaults: ServiceDefaults,
}

/// A service's defaults (`defaults:` in its `types.yaml`), checked: each is what an endpoint
/// spec that leaves the key out gets, whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceDefaults {
    /// Base URLs, the default first.
    pub servers: Option<Vec<Server>>,
    /// The request body's media type.
    pub content_type: Option<String>,
    /// How requests authenticate.
    pub auth: Option<Auth>,
    /// The header table.
    pub headers: Option<Vec<Header>>,
    /// The error body, with its status pointers and examples.
    pub errors: Option<Body>,
}

impl SharedTypes {
    /// The types as an endpoint without calls, so that the emitters that take an endpoint (to
    /// look types up by name) can emit them.
    pub fn as_endpoint(&self) -> Endpoint {
        Endpoint {
            spec: self.spec.clone(),
            service: self.service.clone(),
            name: "types".to_owned(),
            name_at: Location::default(),
            path_at: Location::default(),
            title: Text::default(),
            doc: String::new(),
            inbound: None,
            method: Method::Get,
            idempotent: None,
            servers: Vec::new(),
            servers_from_defaults: false,
            path: String::new(),
            content_type: String::new(),
            params: Vec::new(),
            params_type: None,
            auth: Auth::None,
            headers: Vec::new(),
            request: None,
            response: None,
            success_status: None,
            response_media: None,
            pagination: None,
            statuses: Vec::new(),
            errors: None,
            types: self.types.clone(),
            shared: Vec::new(),
            remarks: Vec::new(),
        }
    }
}

/// Names of the types among `types` reachable from `roots` (see [`Endpoint::reachable`]); the
/// resolver asks before the endpoint exists.
pub(crate) fn reachable<'a>(
    types: &[&[TypeDef]],
    roots: impl IntoIterator<Item = &'a Ty>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&Ty> = roots.into_iter().collect();
    while let Some(ty) = stack.pop() {
        match &ty.kind {
            TyKind::List { items, .. } | TyKind::Map { values: items } => stack.push(items),
            TyKind::JsonString(inner) => stack.push(inner),
            TyKind::Named { name, data } => {
                stack.extend(data.as_deref());
                if seen.insert(name.clone())
                    && let Some(def) = types
                        .iter()
                        .flat_map(|t| t.iter())
                        .find(|def| &def.name == name)
                {
                    match &def.kind {
                        TypeKind::Object { fields, .. } => {
                            stack.extend(fields.iter().map(|f| &f.ty))
                        }
                        TypeKind::OneOf { variants } => {
                            stack.extend(variants.iter().map(|v| &v.ty))
                        }
                        TypeKind::Enum { .. } => {}
                    }
                }
            }
            _ => {}
        }
    }
    seen
}

/// Which body of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The request body.
    Request,
    /// The successful response body.
    Response,
    /// The vendor's error body.
    Error,
}

impl Role {
    /// Every role, in the order bodies are listed.
    pub const ALL: [Self; 3] = [Self::Request, Self::Response, Self::Error];

    /// `request`, `response` or `error`, as in file names and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Response => "response",
            Self::Error => "error",
        }
    }

    /// The role named `name` (`request`, `response`, `error`).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == name)
    }

    /// Whether values in this role are read from the vendor (and so read leniently).
    pub fn is_read(self) -> bool {
        self != Self::Request
    }
}

/// A base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The environment.
    pub name: String,
    /// The URL.
    pub url: String,
}

/// How requests authenticate: the runtime's own definition of each scheme, with owned text.
pub type Auth = codegen_runtime::AuthScheme<codegen_runtime::Owned>;

/// A signature scheme (`Auth::HmacSignature`).
pub type Hmac = codegen_runtime::HmacSignature<codegen_runtime::Owned>;

/// A client credentials grant (`Auth::OAuth2ClientCredentials`).
pub type OAuth2 = codegen_runtime::OAuth2ClientCredentials<codegen_runtime::Owned>;

/// An error status with its own documented body.
#[derive(Debug, Clone)]
pub struct StatusBody {
    /// The HTTP status code (4xx or 5xx).
    pub code: u16,
    /// The body and its examples.
    pub body: Body,
    /// What the doc says of it.
    pub docs: Text,
}

/// How an endpoint pages through a list (`codegen_runtime::Pagination`, owned).
#[derive(Debug, Clone)]
pub struct Pagination {
    /// JSON Pointer to the page's items in the response.
    pub items: String,
    /// The type of one item.
    pub item: Ty,
    /// How the next page is asked for.
    pub paging: Paging,
}

/// How the next page is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paging {
    /// Page numbers.
    Page {
        /// Where the page number goes.
        page: Slot,
        /// Where the page size goes.
        limit: Option<Slot>,
        /// The first page's number.
        first: u64,
        /// JSON Pointer to the total in the response.
        total: Option<String>,
    },
    /// A cursor from the last item.
    Cursor {
        /// Where the cursor goes.
        cursor: Slot,
        /// JSON Pointer into the last item.
        from_item: String,
        /// Where the page size goes.
        limit: Option<Slot>,
        /// JSON Pointer to the total in the response.
        total: Option<String>,
    },
}

/// Where a paging value goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// A body member, by JSON Pointer.
    Body(String),
    /// A query parameter, by name.
    Query(String),
}

/// A path, query or header parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The name on the wire.
    pub name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// How a list in the query is written.
    pub style: Option<QueryStyle>,
    /// The field of the params type that holds it (with its type, required flag and docs).
    pub field: Field,
}

/// A row of the header table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The header's name.
    pub name: String,
    /// Whether every request carries it.
    pub required: bool,
    /// The doc's description.
    pub docs: Text,
}

/// A body and its documented examples.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// The body's type.
    pub ty: Ty,
    /// Where the body says whether the call succeeded, if it does.
    pub status: Option<Status>,
    /// The doc's examples of it.
    pub examples: Vec<Example>,
}

/// A documented example, loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The path as the spec writes it, relative to the spec's folder.
    pub file: String,
    /// The document.
    pub value: serde_json::Value,
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The name in the spec, also the Rust name.
    pub name: String,
    /// The doc's description.
    pub docs: Text,
    /// What it is.
    pub kind: TypeKind,
    /// Reached from a response: unknown fields are kept and enums are open.
    pub lenient: bool,
    /// The shared type this is the strict twin of (the form an endpoint sends).
    pub twin_of: Option<String>,
    /// Has a `$data` field, filled by the response's data type.
    pub generic: bool,
    /// The endpoint's parameters, not a body: no schema, and it implements `Parameters`.
    pub params: bool,
    /// Conflicts and notes about the type or its fields.
    pub remarks: Vec<Remark>,
    /// Where it is declared.
    pub at: Location,
}

/// What a named type is.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object with named fields.
    Object {
        /// Fields in the doc's order.
        fields: Vec<Field>,
        /// Cross-field rules.
        rules: Vec<Rule>,
    },
    /// A string enum.
    Enum {
        /// Values in the doc's order.
        values: Vec<EnumValue>,
    },
    /// The first of several shapes that fits.
    OneOf {
        /// Alternatives in the order they are tried.
        variants: Vec<Variant>,
    },
}

/// A field of an object.
#[derive(Debug, Clone)]
pub struct Field {
    /// The name on the wire.
    pub wire_name: String,
    /// The Rust field name.
    pub rust_name: String,
    /// The type.
    pub ty: Ty,
    /// Whether it must be present.
    pub required: bool,
    /// Whether it may be `null`.
    pub nullable: bool,
    /// The doc's description.
    pub docs: Text,
    /// The doc's type word, verbatim.
    pub doc_type: Option<String>,
    /// Found only in the doc's examples, not in its table.
    pub from_example: bool,
    /// Held in a `Box`: the field's type leads back to the type that holds it without a list
    /// or map in between, so it would otherwise have infinite size.
    pub boxed: bool,
    /// Where it is declared.
    pub at: Location,
}

/// A value of a string enum.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// On the wire.
    pub value: String,
    /// The Rust variant name.
    pub variant: String,
    /// The doc's description.
    pub docs: Text,
}

/// An alternative of a one-of.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The Rust variant name.
    pub name: String,
    /// Its shape.
    pub ty: Ty,
    /// Held in a `Box`, as a recursive field is.
    pub boxed: bool,
}

/// A cross-field rule.
#[derive(Debug, Clone)]
pub enum Rule {
    /// At least one of these fields (wire names) holds a value: not absent, `null` or `""`.
    AnyOfRequired {
        /// The fields.
        fields: Vec<String>,
        /// The doc's words.
        docs: Text,
    },
}

/// A type expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Ty {
    /// The shape.
    pub kind: TyKind,
    /// What the doc further requires of values.
    pub constraints: Constraints,
}

impl Ty {
    /// The expression as a reader of the spec would write it (`list of Tag`, `Envelope<Data>`).
    pub fn describe(&self) -> String {
        match &self.kind {
            TyKind::Named {
                name,
                data: Some(data),
            } => format!("{name}<{}>", data.describe()),
            TyKind::Named { name, data: None } => name.clone(),
            TyKind::List { items, .. } => format!("list of {}", items.describe()),
            TyKind::Map { values } => format!("map of {}", values.describe()),
            TyKind::Object => "object".to_owned(),
            TyKind::JsonString(inner) => format!("json_string of {}", inner.describe()),
            TyKind::String { .. } => "string".to_owned(),
            TyKind::Integer => "integer".to_owned(),
            TyKind::Number => "number".to_owned(),
            TyKind::Boolean => "boolean".to_owned(),
            TyKind::Date => "date".to_owned(),
            TyKind::DateTime => "date-time".to_owned(),
            TyKind::Any => "any".to_owned(),
            TyKind::Data => "$data".to_owned(),
        }
    }
}

/// The shape of a type expression.
#[derive(Debug, Clone, PartialEq)]
pub enum TyKind {
    /// A string, maybe of a format.
    String {
        /// The format, if any.
        format: Option<StringFormat>,
    },
    /// A whole number (i64).
    Integer,
    /// Any JSON number, kept exactly as written.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A `yyyy-mm-dd` calendar date.
    Date,
    /// An RFC 3339 date-time.
    DateTime,
    /// Any JSON value.
    Any,
    /// A list.
    List {
        /// The items' type.
        items: Box<Ty>,
        /// Whether an item may be `null`.
        nullable_items: bool,
    },
    /// A named type; `data` fills a generic envelope's `$data` field.
    Named {
        /// The type's name.
        name: String,
        /// The data type of a generic envelope.
        data: Option<Box<Ty>>,
    },
    /// A JSON document inside a string.
    JsonString(Box<Ty>),
    /// An object whose keys are any strings, each value of one type.
    Map {
        /// The values' type.
        values: Box<Ty>,
    },
    /// Any JSON object.
    Object,
    /// The `$data` field of an envelope.
    Data,
}

/// A string format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringFormat {
    /// An e-mail address.
    Email,
    /// A URI.
    Uri,
}

impl StringFormat {
    /// The name in specs and JSON Schema.
    pub fn name(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Uri => "uri",
        }
    }
}

/// A regular expression a string matches: the spec's text, compiled once when the spec is
/// resolved (validating many values must not compile it again for each).
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: regex::Regex,
}

impl Pattern {
    /// The longest pattern a spec may state, in bytes: documented formats (phone numbers, ids)
    /// are far shorter, and a pathological one must fail fast, before it is compiled.
    pub const MAX_LEN: usize = 4096;
    /// The most memory a compiled pattern may take.
    const SIZE_LIMIT: usize = 1 << 20;

    /// Compiles `source`, or says why it is not a regular expression (or too large to be one
    /// a spec states).
    pub fn new(source: &str) -> Result<Self, String> {
        if source.len() > Self::MAX_LEN {
            return Err(format!(
                "it is {} bytes long; a pattern is at most {} bytes",
                source.len(),
                Self::MAX_LEN
            ));
        }
        let regex = regex::RegexBuilder::new(source)
            .size_limit(Self::SIZE_LIMIT)
            .build()
            .map_err(|error| error.to_string())?;
        Ok(Self {
            source: source.to_owned(),
            regex,
        })
    }

    /// The pattern as the spec writes it.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether `text` matches.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

/// Two patterns are the same when the spec writes them the same.
impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl std::fmt::Display for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.source)
    }
}

/// What a doc further requires of a value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// A regular expression a string matches.
    pub pattern: Option<Pattern>,
    /// Fewest characters.
    pub min_length: Option<u64>,
    /// Most characters.
    pub max_length: Option<u64>,
    /// Smallest number.
    pub minimum: Option<f64>,
    /// Largest number.
    pub maximum: Option<f64>,
    /// A number the value is a whole multiple of (greater than zero).
    pub multiple_of: Option<f64>,
    /// Fewest items.
    pub min_items: Option<u64>,
    /// Most items.
    pub max_items: Option<u64>,
}

impl Constraints {
    /// True when the doc states nothing further.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A conflict or note, attached where it belongs.
#[derive(Debug, Clone, PartialEq)]
pub enum Remark {
    /// The doc contradicts itself.
    Conflict {
        /// The field it concerns, if any.
        field: Option<String>,
        /// What each part of the doc says.
        sides: Vec<(String, String)>,
        /// What the spec does about it.
        resolution: String,
    },
    /// A fact the tables do not show.
    Note {
        /// The field it concerns, if any.
        field: Option<String>,
        /// The fact.
        text: Text,
    },
}

impl Remark {
    /// What each part of the doc says, as `table: list; request example: "123"`; `None` for a
    /// note.
    pub fn sides(&self) -> Option<String> {
        match self {
            Self::Conflict { sides, .. } => Some(
                sides
                    .iter()
                    .map(|(side, says)| format!("{side}: {says}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            Self::Note { .. } => None,
        }
    }

    /// The field the remark concerns, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Conflict { field, .. } | Self::Note { field, .. } => field.as_deref(),
        }
    }
}

/// JSON Pointers to a vendor's status in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The code.
    pub code: String,
    /// The half-open range of codes that mean success; `None` for an error body.
    pub success: Option<(i64, i64)>,
    /// The message.
    pub message: Option<String>,
    /// The reason.
    pub reason: Option<String>,
    /// The vendor's id for the request.
    pub request_id: Option<String>,
}
