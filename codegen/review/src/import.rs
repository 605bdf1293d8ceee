//! A draft spec from a doc page: the call, the header table, one type per table (enum types for
//! `a/b` type words), and the examples, each unsure reading marked `# REVIEW` in the YAML and
//! listed in [`Draft::flags`].

mod bounds;
mod draft_text;
mod reconcile;

pub use draft_text::{TypeEntry, defaults_block};

use std::sync::LazyLock;

use codegen_core::names::{self, is_type_name};
use heck::{ToSnakeCase, ToUpperCamelCase};
use regex::Regex;

use crate::page::{Example, ExampleRole, Page, Row, Table, TableKind, base_before, split_origin};
use crate::paths;
use crate::type_word::SpecType;

/// What `import` needs besides the page.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// How the draft's `doc:` names the page (its path or URL).
    pub doc: String,
    /// The service's name; from the URL's host when `None`.
    pub service: Option<String>,
    /// The endpoint's name; when `None`, `<resource>_<action>` from the call's method and path
    /// (`POST /invoices` → `invoice_create`).
    pub endpoint: Option<String>,
    /// The headers and scheme of another spec of the same service: what a page that says "a
    /// signature is required" (without defining it) authenticates with.
    pub service_auth: Option<ServiceAuth>,
    /// The service's shared types (`types.yaml`), by name with their fields' wire names: a
    /// draft names them instead of drafting a copy.
    pub shared: Vec<(String, Vec<String>)>,
    /// The service's defaults (`types.yaml`): a draft leaves out the servers, headers and auth
    /// that are the service's.
    pub defaults: codegen_core::ir::ServiceDefaults,
}

/// A draft spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The service (`ladiflow`).
    pub service: String,
    /// The endpoint (`customer_create`).
    pub endpoint: String,
    /// The page title.
    pub title: Option<String>,
    /// The language of the page's prose: the key its words go under.
    pub language: crate::Language,
    /// How the draft names the page.
    pub doc: String,
    /// The call, when the page documents one.
    pub call: Option<DraftCall>,
    /// Rows of the header table.
    pub headers: Vec<Row>,
    /// One type per table, then the enums of `a/b` type words.
    pub types: Vec<DraftType>,
    /// The request body's type.
    pub request: Option<String>,
    /// The response body's type.
    pub response: Option<String>,
    /// The error body's type.
    pub error: Option<String>,
    /// The request is a JSON list, each item a `request` (`request: { list_of: … }`).
    pub request_is_list: bool,
    /// The answer is a JSON list, each item a `response` (`response: { list_of: … }`).
    pub response_is_list: bool,
    /// The most items the page says one call sends, with its line: a list request's
    /// `max_items`.
    pub list_limit: Option<(usize, u64)>,
    /// The media type of an answer that is a file (`application/pdf`), with the line of the
    /// raw HTTP answer that says so: `response: { content_type: … }`.
    pub response_media: Option<(usize, String)>,
    /// The page says the call answers `204 No Content`: a response without a body.
    pub no_content: bool,
    /// The page documents a notification the vendor sends: drafted `direction: inbound`.
    pub inbound: bool,
    /// The notification's id, as a JSON Pointer, where the page states it.
    pub message_id: Option<String>,
    /// Query parameters: the rows of a parameter table of a call without a body (`GET`).
    pub query: Vec<Row>,
    /// Where the page says requests must be signed (a "Quan trọng" callout), if it does.
    pub signed_at: Option<usize>,
    /// The page's lines of prose about headers and `Authorization`, with their line numbers.
    pub auth_prose: Vec<(usize, String)>,
    /// The line of a curl example that sends a user name and password (`-u`), if any.
    pub curl_user: Option<usize>,
    /// The scheme of the `Authorization` header a curl example sends (`Bearer`), if any.
    pub curl_authorization: Option<String>,
    /// How a list call pages, where its query parameters and response say so.
    pub pagination: Option<DraftPagination>,
    /// HTTP statuses the page lists with what each means, but no body: line, status, text.
    pub http_statuses: Vec<(usize, u16, String)>,
    /// Where the page says to get an OAuth 2.0 access token (client credentials), if it does.
    pub token_endpoint: Option<crate::page::TokenEndpoint>,
    /// The media type the page says the body is sent as, when it is not `application/json`,
    /// and the line that says it.
    pub content_type: Option<(usize, String)>,
    /// The service's other specs' headers and scheme.
    pub service_auth: Option<ServiceAuth>,
    /// The service's shared types, by name with their fields' wire names.
    pub shared: Vec<(String, Vec<String>)>,
    /// The service's defaults.
    pub defaults: codegen_core::ir::ServiceDefaults,
    /// Parameters from a table that says where each goes (a rendered reference).
    pub params: Vec<Row>,
    /// Documented error statuses: code and body type.
    pub statuses: Vec<(String, String)>,
    /// `(envelope, data)` when the page says the response is an envelope.
    pub envelope: Option<(String, String)>,
    /// One-ofs the page states: name and alternatives (spec type expressions).
    pub one_ofs: Vec<(String, Vec<String>)>,
    /// The page's examples as files beside the draft.
    pub examples: Vec<DraftExample>,
    /// Where the page's examples and tables disagree, as the draft records it.
    pub conflicts: Vec<DraftConflict>,
    /// What a reviewer must look at, one line each.
    pub flags: Vec<String>,
}

/// A disagreement of the page with itself, written under `conflicts:`.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftConflict {
    /// `Type.field`, as `conflicts:` names it.
    pub about: String,
    /// Each side: where it is said (`table`, `request example`) and what it says.
    pub sides: Vec<(String, String)>,
    /// How the draft takes both.
    pub resolution: String,
}

/// The call: method, base URL per environment, and the path below them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftCall {
    /// The HTTP method.
    pub method: String,
    /// Base URLs by environment, production first.
    pub servers: Vec<(String, String)>,
    /// The path below each base URL.
    pub path: String,
}

impl DraftCall {
    /// Whether the call sends a body: a GET or DELETE does not.
    fn sends_body(&self) -> bool {
        !matches!(self.method.as_str(), "GET" | "DELETE")
    }
}

/// A type drafted from a table.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftType {
    /// The type's name.
    pub name: String,
    /// The heading of the table it comes from (its `vi:` in the draft).
    pub heading: String,
    /// Fields, or enum values.
    pub kind: TableKind,
    /// The table's rows.
    pub rows: Vec<Row>,
    /// For an enum drafted from a type word (or from a description that lists values): the
    /// field or query parameter whose word it is.
    pub from_word_of: Option<ValuesOf>,
    /// The enum's values are the ones the field's description lists, not its type word.
    pub from_description: bool,
    /// Cross-field rules the page states in prose.
    pub rules: Vec<DraftRule>,
}

impl DraftType {
    /// Whether its rows are named `names`, in order.
    fn lists<'a>(&self, names: impl IntoIterator<Item = &'a String>) -> bool {
        self.rows.iter().map(|r| &r.name).eq(names)
    }
}

/// Page-numbered paging read from a list call: its query parameters and where the response
/// holds the page's items (and the total).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftPagination {
    /// How the next page is asked for.
    pub by: PageBy,
    /// The query parameter of the page size, if any.
    pub limit: Option<String>,
    /// JSON Pointer to the items in the response.
    pub items: String,
    /// JSON Pointer to the total number of items, if the response states it.
    pub total: Option<String>,
}

/// How a list call asks for its next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageBy {
    /// A page number in a query parameter.
    Number {
        /// The query parameter.
        page: String,
        /// The first page's number: 0 where the parameter's description says it starts there.
        first_page: u64,
    },
    /// The last item's id in a query parameter (`starting_after`, `after_id`).
    Cursor {
        /// The query parameter.
        cursor: String,
        /// JSON Pointer to the id in the last item.
        next_from: String,
    },
}

/// The row an enum drafted from a word or a description is the type of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValuesOf {
    /// A field of a type, by name.
    Field {
        /// The type the field belongs to, as drafted.
        owner: String,
        /// The field.
        name: String,
    },
    /// A query parameter, by name.
    Query(String),
}

impl ValuesOf {
    fn name(&self) -> &str {
        match self {
            Self::Field { name, .. } | Self::Query(name) => name,
        }
    }

    /// The row as a reviewer finds it: `Order.status` (two types may each have a `status`).
    fn describe(&self) -> String {
        match self {
            Self::Field { owner, name } => format!("`{owner}.{name}`"),
            Self::Query(name) => format!("the query parameter `{name}`"),
        }
    }
}

/// "At least one of these fields", as a page's prose states it.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftRule {
    /// The fields, by wire name, in the order the prose names them.
    pub fields: Vec<String>,
    /// The prose, as the page writes it.
    pub text: String,
    /// Whether the prose is the page's English (`en:`) rather than its own language (`vi:`).
    pub english: bool,
}

/// An example file of the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftExample {
    /// Its file name, beside the draft.
    pub file: String,
    /// What it exemplifies.
    pub role: ExampleRole,
    /// Its text, verbatim from the page.
    pub text: String,
}

/// How another endpoint of the same service authenticates: its header table and scheme, which
/// a page that only says "signed" takes.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAuth {
    /// The header table.
    pub headers: Vec<codegen_core::ir::Header>,
    /// The scheme.
    pub auth: codegen_core::ir::Auth,
}

impl ServiceAuth {
    /// The headers and scheme `endpoint`'s spec states (or takes from its service).
    pub fn of(endpoint: &codegen_core::ir::Endpoint) -> Self {
        Self {
            headers: endpoint.headers.clone(),
            auth: endpoint.auth.clone(),
        }
    }
}

/// A service's shared types as a draft knows them: each name with its fields' wire names.
pub fn shared_fields(shared: &codegen_core::ir::SharedTypes) -> Vec<(String, Vec<String>)> {
    shared
        .types
        .iter()
        .map(|def| {
            let fields = match &def.kind {
                codegen_core::ir::TypeKind::Object { fields, .. } => {
                    fields.iter().map(|f| f.wire_name.clone()).collect()
                }
                _ => Vec::new(),
            };
            (def.name.clone(), fields)
        })
        .collect()
}

/// Drafts a spec from `page`.
pub fn import(page: &Page, options: &ImportOptions) -> Draft {
    let call = draft_call(page);
    let first_url = page.calls.first().map(|call| call.url.as_str());
    let service = options
        .service
        .clone()
        .or_else(|| first_url.and_then(service_of))
        .unwrap_or_else(|| "service".to_owned());
    let endpoint = options
        .endpoint
        .clone()
        .or_else(|| {
            call.as_ref().map(|call| {
                // Named after the path below the service's default server where the page's
                // URL is one of them (`/product`, not `/tiniapp-open-api/product`).
                let below_default = options
                    .defaults
                    .servers
                    .as_deref()
                    .and_then(|servers| path_below_servers(servers, call));
                let path = below_default.as_deref().unwrap_or(&call.path);
                endpoint_name(&call.method, path.split('?').next().unwrap_or_default())
            })
        })
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "endpoint".to_owned());
    let language = crate::Language::of_page(page);
    let mut draft = Draft {
        service,
        title: page.title.clone(),
        language,
        doc: options.doc.clone(),
        call,
        headers: Vec::new(),
        content_type: None,
        types: Vec::new(),
        request: None,
        response: None,
        request_is_list: false,
        response_is_list: false,
        list_limit: page.list_limit,
        response_media: None,
        error: None,
        no_content: page.no_content,
        inbound: page.inbound,
        message_id: page.message_id.clone(),
        query: Vec::new(),
        signed_at: page.signed_at,
        auth_prose: page.auth_prose.clone(),
        curl_user: page
            .curl
            .as_ref()
            .filter(|curl| curl.user)
            .map(|curl| curl.line),
        curl_authorization: page
            .curl
            .as_ref()
            .and_then(|curl| curl.authorization.clone()),
        pagination: None,
        http_statuses: page.http_statuses.clone(),
        token_endpoint: page.token_endpoint.clone(),
        service_auth: options.service_auth.clone(),
        shared: options.shared.clone(),
        defaults: options.defaults.clone(),
        params: Vec::new(),
        statuses: Vec::new(),
        envelope: page.envelope.clone(),
        one_ofs: page
            .one_ofs
            .iter()
            .filter_map(|(heading, alternatives)| {
                Some((type_name_in(heading)?, alternatives.clone()))
            })
            .collect(),
        examples: Vec::new(),
        conflicts: Vec::new(),
        flags: page.skipped.clone(),
        endpoint,
    };
    let camel = draft.endpoint.to_upper_camel_case();
    let response_example_line = page
        .examples
        .iter()
        .find(|e| e.role == ExampleRole::Response)
        .map(|e| e.line);
    // The path's placeholders: a table that lists only these is the path's parameters.
    let in_path: Vec<String> = draft
        .call
        .as_ref()
        .map(|call| {
            placeholders(&call.path)
                .into_iter()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    for table in &page.tables {
        let heading = table.heading.to_lowercase();
        if heading.contains("header") {
            draft.headers.extend(table.rows.iter().cloned());
            continue;
        }
        // A table that says where each row goes is the parameters; one of HTTP codes is the
        // documented error statuses.
        if table.rows.iter().any(|row| row.location.is_some()) {
            draft.params.extend(table.rows.iter().cloned());
            continue;
        }
        if heading.contains("mã lỗi") || heading.contains("error statuses") {
            draft.statuses.extend(
                table
                    .rows
                    .iter()
                    .map(|row| (row.name.clone(), row.type_word.clone().unwrap_or_default())),
            );
            continue;
        }
        let mut role = table_role(table, &heading, response_example_line);
        // A GET or DELETE sends no body: its parameter table is its query.
        let bodiless = draft.call.as_ref().is_some_and(|call| !call.sends_body());
        // A table of fields straight under the page's title, with a column saying which are
        // required, on a call that sends a body: what the call sends (a response table has no
        // such column). Said for the reviewer, as the page does not say it.
        if role.is_none()
            && table.kind == TableKind::Fields
            && page.title.as_deref() == Some(table.heading.as_str())
            && draft.call.as_ref().is_some_and(DraftCall::sends_body)
            && draft.request.is_none()
            && table.rows.iter().any(|row| row.required.is_some())
            && !table.rows.iter().all(|row| in_path.contains(&row.name))
        {
            role = Some(ExampleRole::Request);
            draft.flags.push(format!(
                "line {}: the table under the page's title has no heading of its own; read as the request body (it says which fields are required)",
                table.line
            ));
        }
        // A table headed as the path's parameters, or a call with a body's query parameters,
        // says where its rows go, whatever the method.
        let location = if heading.contains("path param") || heading.contains("tham số đường dẫn")
        {
            Some("path")
        } else if !bodiless
            && (heading.contains("query param") || heading.contains("tham số truy vấn"))
        {
            Some("query")
        } else {
            None
        };
        if let Some(location) = location
            && table.kind == TableKind::Fields
        {
            draft
                .params
                .extend(table.rows.iter().cloned().map(|mut row| {
                    row.location.get_or_insert_with(|| location.to_owned());
                    row
                }));
            continue;
        }
        // A table of the path's placeholders and nothing else, under the page's title or a
        // heading of parameters (`Get an order` over `| order_id | Yes | string |`): the path's
        // parameters. Under a heading of its own it may be a type (`Data`: `| id |`).
        let under_title_or_parameters = page.title.as_deref() == Some(table.heading.as_str())
            || heading.contains("param")
            || heading.contains("tham số");
        if table.kind == TableKind::Fields
            && under_title_or_parameters
            && !table.rows.is_empty()
            && !matches!(role, Some(ExampleRole::Response | ExampleRole::Error))
            && table.rows.iter().all(|row| in_path.contains(&row.name))
        {
            draft
                .params
                .extend(table.rows.iter().cloned().map(path_parameter));
            continue;
        }
        let parameters =
            heading.contains("tham số") || heading.contains("param") || heading.contains("query");
        if bodiless
            && table.kind == TableKind::Fields
            && (role == Some(ExampleRole::Request) || parameters)
        {
            draft.query.extend(table.rows.iter().cloned());
            continue;
        }
        let name = match type_name_in(&table.heading) {
            Some(name) => name,
            None => match role {
                Some(ExampleRole::Request) if draft.request.is_none() => format!("{camel}Request"),
                Some(ExampleRole::Response) if draft.response.is_none() => {
                    format!("{camel}Response")
                }
                Some(ExampleRole::Error) if draft.error.is_none() => "ErrorBody".to_owned(),
                _ => name_of_heading(&table.heading, draft.types.len() + 1),
            },
        };
        let name = unique(&draft.types, name);
        let slot = match role {
            Some(ExampleRole::Request) => Some(&mut draft.request),
            Some(ExampleRole::Response) => Some(&mut draft.response),
            Some(ExampleRole::Error) => Some(&mut draft.error),
            _ => None,
        };
        if let Some(slot) = slot
            && slot.is_none()
        {
            *slot = Some(name.clone());
        }
        draft.types.push(DraftType {
            name,
            heading: table.heading.clone(),
            kind: table.kind,
            rows: table.rows.clone(),
            from_word_of: None,
            from_description: false,
            rules: Vec::new(),
        });
    }
    // After the tables: the example's URL adds only the parameters they do not list.
    add_curl_facts(&mut draft, page);
    path_rows_out_of_query(&mut draft);
    if draft.response.is_none() && !page.no_content && page.envelope.is_none() {
        add_body_from_example(&mut draft, page, &camel, ExampleRole::Response);
    }
    // No table or JSON example of the answer, and a raw HTTP answer labelled with another
    // media type: the call answers with a file.
    if draft.response.is_none() && !page.no_content && page.envelope.is_none() {
        draft.response_media = page.response_media.clone();
    }
    if draft.request.is_none() && draft.call.as_ref().is_some_and(DraftCall::sends_body) {
        add_body_from_example(&mut draft, page, &camel, ExampleRole::Request);
    }
    // An error example (`404 Not Found`, `Error response`) with no table: the error body, unless
    // the service's defaults state one.
    if draft.error.is_none() && draft.call.is_some() && options.defaults.errors.is_none() {
        add_body_from_example(&mut draft, page, &camel, ExampleRole::Error);
    }
    // A call whose page shows no answer at all: an object of fields nobody listed, which
    // reads whatever comes (a response type keeps unknown fields).
    if draft.call.is_some()
        && draft.response.is_none()
        && draft.response_media.is_none()
        && !page.no_content
        && page.envelope.is_none()
    {
        let name = unique(&draft.types, format!("{camel}Response"));
        draft.types.push(DraftType {
            name: name.clone(),
            heading: String::new(),
            kind: TableKind::Fields,
            rows: Vec::new(),
            from_word_of: None,
            from_description: false,
            rules: Vec::new(),
        });
        draft.response = Some(name);
        draft
            .flags
            .push("the page shows no response: drafted an object of no listed fields".to_owned());
    }
    nest_paths(&mut draft);
    link_object_tables(&mut draft);
    let examples = examples_by_shape(&mut draft, &page.examples);
    let examples = list_bodies(&mut draft, examples);
    let examples = form_example(&draft, page, examples);
    reconcile::with_examples(&mut draft, &examples);
    types_from_values(&mut draft, page);
    rules_from_prose(&mut draft);
    add_word_enums(&mut draft);
    flag_words(&mut draft);
    add_examples(&mut draft, &examples);
    header_from_prose(&mut draft);
    media_type(&mut draft, page);
    draft.pagination = pagination(&draft);
    if draft.call.is_none() {
        draft.flags.push(
            "the page documents no call (no method and URL): only its tables are drafted; merge them into the spec of the page that links here".to_owned(),
        );
    } else if draft.request.is_none() && draft.call.as_ref().is_some_and(DraftCall::sends_body) {
        draft
            .flags
            .push("the page has no table of request fields".to_owned());
    }
    draft
}

/// Page-numbered paging, where a call's query has a page number parameter (`page`,
/// `page_number`, `pageNumber`) and its response a list of items, at its top or one object
/// down (`data`, `data.items`); the page size and a total are taken where they are named as
/// such.
fn pagination(draft: &Draft) -> Option<DraftPagination> {
    const PAGES: [&str; 4] = ["page", "page_number", "pagenumber", "page_no"];
    const LIMITS: [&str; 7] = [
        "per_page",
        "page_size",
        "pagesize",
        "limit",
        "size",
        "perpage",
        "page_limit",
    ];
    const TOTALS: [&str; 6] = [
        "total",
        "total_count",
        "totalcount",
        "total_items",
        "totalitems",
        "total_records",
    ];
    // Query parameters that take the last item's id: the next page starts after it.
    const CURSORS: [&str; 8] = [
        "starting_after",
        "after",
        "after_id",
        "since_id",
        "lt_id",
        "gt_id",
        "last_id",
        "from_id",
    ];
    let folded = |name: &str| name.to_ascii_lowercase();
    let page_row = draft
        .query
        .iter()
        .find(|row| PAGES.contains(&folded(&row.name).as_str()));
    let cursor_row = draft
        .query
        .iter()
        .find(|row| CURSORS.contains(&folded(&row.name).as_str()));
    if page_row.is_none() && cursor_row.is_none() {
        return None;
    }
    let limit = draft
        .query
        .iter()
        .find(|row| LIMITS.contains(&folded(&row.name).as_str()))
        .map(|row| row.name.clone());
    let type_named = |name: &str| {
        draft
            .types
            .iter()
            .find(|t| t.name == name && t.kind == TableKind::Fields)
    };
    let response = type_named(draft.response.as_deref()?)?;
    let list_in = |def: &DraftType| {
        def.rows
            .iter()
            .find(|row| {
                row.spec_type
                    .as_deref()
                    .is_some_and(|ty| ty.starts_with("list of "))
                    || has_list_word(row)
            })
            .map(|row| row.name.clone())
    };
    let total_in = |def: &DraftType| {
        def.rows
            .iter()
            .find(|row| TOTALS.contains(&folded(&row.name).as_str()))
            .map(|row| row.name.clone())
    };
    // The objects one level down (`data`), typed by a table or drafted from the example.
    let objects: Vec<(&Row, &DraftType)> = response
        .rows
        .iter()
        .filter_map(|row| {
            let ty = row.spec_type.as_deref().or(row.type_word.as_deref())?;
            Some((row, type_named(ty)?))
        })
        .collect();
    // An answer that is a bare list is its own page of items (`""`, the whole document),
    // with no room for a total.
    let (items, total) = if draft.response_is_list {
        (String::new(), None)
    } else {
        let items = match list_in(response) {
            Some(name) => format!("/{name}"),
            None => objects
                .iter()
                .find_map(|(row, def)| Some(format!("/{}/{}", row.name, list_in(def)?)))?,
        };
        let total = total_in(response)
            .map(|name| format!("/{name}"))
            .or_else(|| {
                objects
                    .iter()
                    .find_map(|(row, def)| Some(format!("/{}/{}", row.name, total_in(def)?)))
            });
        (items, total)
    };
    let by = match (page_row, cursor_row) {
        (Some(page_row), _) => {
            let said = folded(&page_row.description);
            let first_page = u64::from(
                !(said.contains("starting at 0")
                    || said.contains("from 0")
                    || said.contains("bắt đầu từ 0")
                    || said.contains("default: 0")),
            );
            PageBy::Number {
                page: page_row.name.clone(),
                first_page,
            }
        }
        // The cursor is the last item's id: the items must have one.
        (None, Some(cursor_row)) => {
            let item_type = list_item_type(draft, &items)?;
            item_type
                .rows
                .iter()
                .any(|row| row.name == "id")
                .then_some(())?;
            PageBy::Cursor {
                cursor: cursor_row.name.clone(),
                next_from: "/id".to_owned(),
            }
        }
        (None, None) => return None,
    };
    Some(DraftPagination {
        by,
        limit,
        items,
        total,
    })
}

/// The type of the items of the list at `pointer` (`/data`, `/result/orders`) in the draft's
/// response, where the page names it.
fn list_item_type<'a>(draft: &'a Draft, pointer: &str) -> Option<&'a DraftType> {
    let named = |name: &str| {
        draft
            .types
            .iter()
            .find(|t| t.name == name && t.kind == TableKind::Fields)
    };
    let mut def = named(draft.response.as_deref()?)?;
    if pointer.is_empty() {
        // The answer is the list (`list_of`): the response's type is the items'.
        return Some(def);
    }
    let mut steps = pointer.trim_start_matches('/').split('/').peekable();
    while let Some(step) = steps.next() {
        let row = def.rows.iter().find(|row| row.name == step)?;
        let ty = match row.spec_type.as_deref() {
            Some(spec) => spec.strip_prefix("list of ").unwrap_or(spec).to_owned(),
            None => match SpecType::of(row.type_word.as_deref()?) {
                SpecType::ListOf(item) => match *item {
                    SpecType::Unknown(name) => name,
                    _ => return None,
                },
                SpecType::Unknown(name) => name,
                _ => return None,
            },
        };
        def = named(&ty)?;
        if steps.peek().is_none() {
            return Some(def);
        }
    }
    None
}

/// Whether a row's type word says it is a list (`array`, `List<Item>`, `string[]`).
fn has_list_word(row: &Row) -> bool {
    row.type_word.as_deref().is_some_and(|word| {
        matches!(
            SpecType::of(word),
            SpecType::ListOfUnstated | SpecType::ListOf(_)
        )
    })
}

/// A key header the page names only in prose (`Authenticate with the `X-Shop-Key` header.`)
/// joins the header rows, required, described by that line: a spec lists the header its key
/// goes in.
fn header_from_prose(draft: &mut Draft) {
    if draft.call.is_none() || draft.signed_at.is_some() {
        return;
    }
    let codegen_core::ir::Auth::ApiKeyHeader { header } =
        codegen_core::auth::from_page(&draft.auth_cues()).auth
    else {
        return;
    };
    if draft.headers.iter().any(|row| row.name == header) {
        return;
    }
    let Some((line, text)) = draft
        .auth_prose
        .iter()
        .find(|(_, text)| text.contains(&format!("`{header}`")))
        .cloned()
    else {
        return;
    };
    draft.flags.push(format!(
        "line {line}: the key header `{header}` is named only in the page's prose: drafted under `headers:`, required"
    ));
    draft.headers.push(Row {
        name: header,
        required: Some(true),
        description: text,
        line,
        ..Row::default()
    });
}

/// A parameter table that lists the path's placeholders beside the query (`tracking_id` of
/// `/shipments/{tracking_id}/events`): those rows are the path's parameters, required.
fn path_rows_out_of_query(draft: &mut Draft) {
    let Some(call) = &draft.call else { return };
    let names: Vec<String> = placeholders(&call.path)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let (path, query): (Vec<Row>, Vec<Row>) = std::mem::take(&mut draft.query)
        .into_iter()
        .partition(|row| names.contains(&row.name));
    draft.query = query;
    draft.params.extend(path.into_iter().map(path_parameter));
}

/// `row` as a parameter of the path: in the path, and required (a path has every placeholder).
fn path_parameter(mut row: Row) -> Row {
    row.location = Some("path".to_owned());
    row.required = Some(true);
    row
}

/// The media type the page sends the body as: its example request's (a curl command or a raw
/// request), else a `Content-Type` row of its header table that names one. JSON under its
/// usual name is the default and left out; any other is drafted, and one the generated client
/// cannot send (a form, XML) is flagged: the draft then says why it does not load.
fn media_type(draft: &mut Draft, page: &Page) {
    if draft.call.as_ref().is_none_or(|call| !call.sends_body()) {
        return;
    }
    let stated = page
        .curl
        .as_ref()
        .and_then(|curl| Some((curl.line, curl.media_type.clone()?)))
        .or_else(|| {
            draft
                .headers
                .iter()
                .filter(|row| row.name.eq_ignore_ascii_case("content-type"))
                .find_map(|row| {
                    let found = MEDIA_TYPE.find(&row.description)?;
                    Some((row.line, found.as_str().to_owned()))
                })
        });
    let Some((line, media)) = stated else { return };
    let essence = media.split(';').next().unwrap_or_default().trim();
    if essence.eq_ignore_ascii_case("application/json") {
        return;
    }
    // A media type that is not JSON is said once, by the draft's review line above the key.
    draft.content_type = Some((line, media));
}

/// What the curl example shows that the page's tables may not: the query of its URL (query
/// parameters, typed `string` to review) and the headers it sends.
fn add_curl_facts(draft: &mut Draft, page: &Page) {
    // The query is the call's own URL's, or else the curl example's (whose address the page's
    // call line states without it).
    let curl_query = page
        .curl
        .as_ref()
        .and_then(|curl| curl.url.split_once('?'))
        .filter(|(address, _)| {
            draft
                .call
                .as_ref()
                .is_some_and(|call| base_before(address, &call.path).is_some())
        })
        .map(|(_, query)| query.to_owned());
    if let Some(call) = draft.call.as_mut()
        && let Some((path, query)) = call
            .path
            .clone()
            .split_once('?')
            .map(|(path, query)| (path.to_owned(), query.to_owned()))
            .or_else(|| Some((call.path.clone(), curl_query?)))
    {
        call.path = path;
        let mut added = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let name = pair.split('=').next().unwrap_or_default().to_owned();
            let listed = |rows: &[Row]| rows.iter().any(|row| row.name == name);
            if name.is_empty() || listed(&draft.query) || listed(&draft.params) {
                continue;
            }
            added.push(name.clone());
            // No type word: the page states none; the value in the URL types it (below).
            draft.query.push(Row {
                name,
                type_word: None,
                required: None,
                not_null: None,
                description: String::new(),
                description_en: None,
                from_example: true,
                spec_type: None,
                location: Some("query".to_owned()),
                line: page.curl.as_ref().map_or(0, |curl| curl.line),
            });
        }
        if !added.is_empty() {
            draft.flags.push(format!(
                "query parameters of the example's URL drafted as optional, typed from their values there: {}",
                added.join(", ")
            ));
        }
    }
    let Some(curl) = &page.curl else { return };
    for header in &curl.headers {
        let known = page.tables.iter().any(|table| {
            table.heading.to_lowercase().contains("header")
                && table
                    .rows
                    .iter()
                    .any(|row| row.name.eq_ignore_ascii_case(header))
        });
        if known || header.eq_ignore_ascii_case("content-type") {
            continue;
        }
        // `Authorization: Bearer …` is the auth scheme's to send (read in `auth_cues`), no
        // header of the endpoint's.
        if curl.authorization.is_some() && header.eq_ignore_ascii_case("authorization") {
            continue;
        }
        draft.headers.push(Row {
            name: header.clone(),
            type_word: None,
            required: Some(true),
            not_null: None,
            description: "(from the curl example)".to_owned(),
            description_en: None,
            from_example: true,
            spec_type: None,
            location: None,
            line: curl.line,
        });
    }
}

/// Where the page has no table for a body (`role`: request or response) but shows its example,
/// a type drafted from the example: each member a field of the kind its value has (`null` →
/// nullable `any`), marked `origin: example`; a nested object or a list of objects is a nested
/// type, drafted the same way. Every field is optional: one example cannot say what is
/// required.
fn add_body_from_example(draft: &mut Draft, page: &Page, camel: &str, role: ExampleRole) {
    // What the body is called, its type's name, and its item type's name where it may be a
    // JSON list (a request's or an answer's; a vendor's error is an object).
    let (what, name, item_name) = match role {
        ExampleRole::Request => ("request", format!("{camel}Request"), Some("RequestItem")),
        // The name a table of the error body takes too.
        ExampleRole::Error => ("error body", "ErrorBody".to_owned(), None),
        _ => ("response", format!("{camel}Response"), Some("Item")),
    };
    let found = page
        .examples
        .iter()
        .filter(|example| example.role == role)
        .find_map(|example| Some((example, example.json()?)));
    // A body that is a JSON list (an answer's, where an example that does not say what it
    // shows is one too): `list_of` the type of its items.
    let list = page
        .examples
        .iter()
        .filter(|example| {
            example.role == role
                || role == ExampleRole::Response && example.role == ExampleRole::Unknown
        })
        .find(|example| matches!(example.json(), Some(serde_json::Value::Array(_))));
    if let Some(example) = list
        && !matches!(found, Some((_, serde_json::Value::Object(_))))
    {
        let first = match example.json() {
            Some(serde_json::Value::Array(items)) => items.into_iter().next(),
            _ => None,
        };
        if let (Some(item_name), Some(serde_json::Value::Object(members))) = (item_name, first) {
            draft.set_list(role);
            if let Some(table) = untitled_table_of(draft, page, &members) {
                draft.flags.push(format!(
                    "line {}: the page's {what} is a JSON list; the table under the page's title has every member of its first item, so it is read as the items' type (`list_of`)",
                    example.line
                ));
                *draft.body_mut(role) = Some(table);
                return;
            }
            let name = unique(&draft.types, format!("{camel}{item_name}"));
            *draft.body_mut(role) = Some(name.clone());
            add_object_type(draft, name, &members, example.line);
            draft.flags.push(format!(
                "line {}: the page's {what} is a JSON list and the page has no table for its items; drafted `list_of` a type read off its first item (every field optional, kinds from the values)",
                example.line
            ));
            return;
        }
        let why = if item_name.is_some() {
            "a list of no objects has no type of fields to be a list of"
        } else {
            "a vendor's error body is an object, a type of fields"
        };
        draft.flags.push(format!(
            "line {}: the page's example {what} is a JSON list, and {why}, so this body cannot be stated yet (specs/README.md)",
            example.line
        ));
        return;
    }
    let Some((example, serde_json::Value::Object(members))) = found else {
        return;
    };
    if let Some(table) = untitled_table_of(draft, page, &members) {
        draft.flags.push(format!(
            "line {}: the table under the page's title has every member of the {what} example, so it is read as the {what}'s type",
            example.line,
        ));
        *draft.body_mut(role) = Some(table);
        return;
    }
    let name = unique(&draft.types, name);
    *draft.body_mut(role) = Some(name.clone());
    add_object_type(draft, name, &members, example.line);
    draft.flags.push(format!(
        "line {}: the page has no table for the {what}; its type is drafted from the example (every field optional, kinds from the values)",
        example.line
    ));
}

/// A table straight under the page's title that no body took, whose rows name every member of
/// `members` (an example's object): the type the example shows.
fn untitled_table_of(
    draft: &Draft,
    page: &Page,
    members: &serde_json::Map<String, serde_json::Value>,
) -> Option<String> {
    let taken = [&draft.request, &draft.response, &draft.error];
    draft
        .types
        .iter()
        .filter(|def| def.kind == TableKind::Fields && !def.rows.is_empty())
        .filter(|def| page.title.as_deref() == Some(def.heading.as_str()))
        .filter(|def| {
            !taken
                .iter()
                .any(|body| body.as_deref() == Some(def.name.as_str()))
        })
        .find(|def| {
            !members.is_empty()
                && members
                    .keys()
                    .all(|key| def.rows.iter().any(|row| &row.name == key))
        })
        .map(|def| def.name.clone())
}

fn add_object_type(
    draft: &mut Draft,
    name: String,
    members: &serde_json::Map<String, serde_json::Value>,
    line: usize,
) {
    // Reserve the name before the nested types take theirs.
    let index = draft.types.len();
    draft.types.push(DraftType {
        name: name.clone(),
        heading: String::new(),
        kind: TableKind::Fields,
        rows: Vec::new(),
        from_word_of: None,
        from_description: false,
        rules: Vec::new(),
    });
    let rows = members
        .iter()
        .map(|(key, value)| row_from_value(draft, key, value, line))
        .collect();
    draft.types[index].rows = rows;
}

/// The spec type of a JSON scalar (`20` an integer, `2.5` a number); `None` for `null`, a
/// list or an object. Every reading of an example's values starts here.
pub(crate) fn scalar_kind(value: &serde_json::Value) -> Option<&'static str> {
    use serde_json::Value;
    match value {
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        Value::String(_) => Some("string"),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

/// A field drafted from an example's member: its kind read off the value (`date` and
/// `date-time` from their text), an object as a type of its own (or the shared record whose
/// fields hold it), marked as coming from the example.
pub(crate) fn row_from_value(
    draft: &mut Draft,
    key: &str,
    value: &serde_json::Value,
    line: usize,
) -> Row {
    use serde_json::Value;
    let nested =
        |draft: &mut Draft, object: &serde_json::Map<String, Value>| {
            // A shared record of the service whose fields hold all of these: that record.
            if let Some((shared, _)) = draft.shared.iter().find(|(_, fields)| {
                !object.is_empty() && object.keys().all(|key| fields.contains(key))
            }) {
                return shared.clone();
            }
            // A record a table of the page gives (not a body), whose fields hold all of these:
            // that record, not a copy drafted from the example.
            let bodies = [&draft.request, &draft.response, &draft.error];
            if let Some(table) = draft.types.iter().find(|t| {
                t.kind == TableKind::Fields
                    && !t.heading.is_empty()
                    && !bodies
                        .iter()
                        .any(|body| body.as_deref() == Some(t.name.as_str()))
                    && !object.is_empty()
                    && object
                        .keys()
                        .all(|key| t.rows.iter().any(|row| row.name == *key))
            }) {
                return table.name.clone();
            }
            let nested = unique(&draft.types, name_of_heading(key, draft.types.len() + 1));
            add_object_type(draft, nested.clone(), object, line);
            nested
        };
    let (word, not_null) = match value {
        Value::Null => ("any".to_owned(), Some(false)),
        Value::String(text) if EXAMPLE_DATE_TIME.is_match(text) => ("date-time".to_owned(), None),
        Value::String(text) if EXAMPLE_DATE.is_match(text) => ("date".to_owned(), None),
        Value::Object(object) => (nested(draft, object), None),
        Value::Array(items) => match items.first() {
            Some(Value::Object(object)) => (format!("list of {}", nested(draft, object)), None),
            // A first item with a fraction may sit among integers: the items are left to review.
            Some(Value::Number(n)) if !(n.is_i64() || n.is_u64()) => ("list".to_owned(), None),
            Some(item) => match scalar_kind(item) {
                Some(kind) => (format!("list of {kind}"), None),
                None => ("list".to_owned(), None),
            },
            None => ("list".to_owned(), None),
        },
        scalar => (scalar_kind(scalar).unwrap_or("any").to_owned(), None),
    };
    Row {
        name: key.to_owned(),
        type_word: Some(word),
        required: None,
        not_null,
        description: String::new(),
        description_en: None,
        from_example: true,
        spec_type: None,
        location: None,
        line,
    }
}

/// What a table describes: its heading's words, or for an untitled structure after the response
/// example (GitBook's "Cấu trúc thuộc tính data"), the response.
fn table_role(
    table: &Table,
    heading: &str,
    response_example: Option<usize>,
) -> Option<ExampleRole> {
    if table.kind != TableKind::Fields {
        return None;
    }
    // A status right above the table says whose body it is, whatever the heading.
    match table.status {
        Some(200..=299) => return Some(ExampleRole::Response),
        Some(400..=599) => return Some(ExampleRole::Error),
        _ => {}
    }
    let says = |words: &[&str]| words.iter().any(|word| heading.contains(word));
    // `Body Request`, `Request body`: the request; `Body Response`: the response.
    if says(&["request", "param", "tham số"]) {
        Some(ExampleRole::Request)
    } else if says(&["response", "phản hồi"]) {
        Some(ExampleRole::Response)
    } else if says(&["body"]) {
        Some(ExampleRole::Request)
    } else if says(&["lỗi", "error"]) {
        Some(ExampleRole::Error)
    } else if response_example.is_some_and(|line| line < table.line) {
        Some(ExampleRole::Response)
    } else {
        None
    }
}

/// The type a heading names, as a rendered reference writes them (`Customer — response`, or
/// the name alone).
fn type_name_in(heading: &str) -> Option<String> {
    let mut words = heading.split_whitespace();
    let word = words.next()?;
    // Lowercase letters too: a heading starting with an acronym (`API Params`) names no type.
    let is_type_name = is_type_name(word) && word.chars().any(|c| c.is_ascii_lowercase());
    let alone = matches!(words.next(), None | Some("—"));
    // A section of the page named after its role (`Response`, `Parameters`) names no type:
    // its role does, after the endpoint (`OrderCreateResponse`).
    const SECTIONS: [&str; 13] = [
        "Request",
        "Response",
        "Body",
        "Parameters",
        "Params",
        "Headers",
        "Errors",
        "Error",
        "Result",
        "Results",
        "Returns",
        "Example",
        "Examples",
    ];
    let section = SECTIONS.contains(&word);
    (is_type_name && alone && !section).then(|| word.to_owned())
}

/// A type name made of a heading (Vietnamese transliterated): `Template 1` → `Template1`.
fn name_of_heading(heading: &str, index: usize) -> String {
    let ascii = deunicode::deunicode(heading);
    let name: String = ascii
        .to_upper_camel_case()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name
    } else {
        format!("Table{index}")
    }
}

fn unique(types: &[DraftType], name: String) -> String {
    // Names a spec type may not take: the generated module's own aliases (a `Response` table
    // becomes `ResponseBody`) and the prelude's names generated code uses (`option: a/b` →
    // `OptionValue`).
    let name = if names::GENERATED_ALIASES.contains(&name.as_str()) {
        format!("{name}Body")
    } else if names::PRELUDE_NAMES.contains(&name.as_str()) {
        format!("{name}Value")
    } else {
        name
    };
    let taken = |candidate: &str| types.iter().any(|t| t.name == candidate);
    if !taken(&name) {
        return name;
    }
    (2..)
        .map(|n| format!("{name}{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or(name)
}

/// A field whose type word is only `object` or `array` takes the type of the table that
/// describes it elsewhere on the page: the one headed by the field's name (`sender`, or
/// `Parcel` for `parcels`), or the one whose name its description gives (`see Parcel`). Only
/// a single such table, not a body's, is taken; the reading is listed for review.
fn link_object_tables(draft: &mut Draft) {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let bodies = [&draft.request, &draft.response, &draft.error];
    let tables: Vec<(String, String)> = draft
        .types
        .iter()
        .filter(|t| {
            t.kind == TableKind::Fields
                && !bodies.iter().any(|body| body.as_deref() == Some(&t.name))
        })
        .map(|t| (t.name.clone(), t.heading.clone()))
        .collect();
    let mut linked = Vec::new();
    for owner in &mut draft.types {
        for row in &mut owner.rows {
            let word = row.type_word.as_deref().map(SpecType::of);
            let list = match word {
                Some(SpecType::UnstatedObject) => false,
                Some(SpecType::ListOfUnstated) => true,
                _ => continue,
            };
            if row.spec_type.is_some() {
                continue;
            }
            let field = squash(&row.name);
            let described = |name: &str| {
                row.description
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == name)
            };
            let candidates: Vec<&String> = tables
                .iter()
                .filter(|(name, heading)| {
                    *name != owner.name
                        && (squash(heading.split_whitespace().next().unwrap_or_default()) == field
                            || [squash(name), format!("{}s", squash(name))].contains(&field)
                            || described(name))
                })
                .map(|(name, _)| name)
                .collect();
            if let [name] = candidates.as_slice() {
                row.spec_type = Some(if list {
                    format!("list of {name}")
                } else {
                    (*name).clone()
                });
                linked.push(format!(
                    "line {}: `{}` ({}) read as {}`{name}`, the page's table of that name",
                    row.line,
                    row.name,
                    row.type_word.as_deref().unwrap_or_default(),
                    if list { "a list of " } else { "" }
                ));
            }
        }
    }
    draft.flags.extend(linked);
}

/// Rows named by a path (`customer.email`, `items[].sku`, `items[0].sku`): a table that
/// flattens nested objects. Each parent becomes a type of its own, named after its type and
/// field (`OrderCreateRequestCustomer`), holding the rows below it (deeper paths are split in
/// turn); the parent's row takes that type, or a list of it for `[]` or a list type word. A
/// parent without a row of its own gets one, placed where its first child was, to review.
fn nest_paths(draft: &mut Draft) {
    let mut index = 0;
    // Child types are appended, and visited in turn for their own deeper paths.
    while index < draft.types.len() {
        if draft.types[index].kind == TableKind::Fields {
            split_paths(draft, index);
        }
        index += 1;
    }
}

fn split_paths(draft: &mut Draft, index: usize) {
    let rows = std::mem::take(&mut draft.types[index].rows);
    let (mut kept, groups) = paths::split(rows);
    let owner = draft.types[index].name.clone();
    let mut missing: Vec<(usize, Row)> = Vec::new();
    for group in groups {
        let name = unique(
            &draft.types,
            format!("{owner}{}", group.parent.to_upper_camel_case()),
        );
        let typed = |list: bool| {
            if list {
                format!("list of {name}")
            } else {
                name.clone()
            }
        };
        match kept.iter_mut().find(|row| row.name == group.parent) {
            Some(parent) => parent.spec_type = Some(typed(group.list || has_list_word(parent))),
            None => {
                let first = &group.rows[0];
                draft.flags.push(format!(
                    "line {}: `{}` has no row of its own; drafted from the rows below it (`{}.…`): state whether it is required, and describe it",
                    first.line, group.parent, group.parent
                ));
                missing.push((
                    group.at,
                    Row {
                        name: group.parent.clone(),
                        type_word: None,
                        required: None,
                        not_null: None,
                        description: String::new(),
                        description_en: None,
                        from_example: false,
                        spec_type: Some(typed(group.list)),
                        location: None,
                        line: first.line,
                    },
                ));
            }
        }
        draft.types.push(DraftType {
            name,
            heading: group.parent,
            kind: TableKind::Fields,
            rows: group.rows,
            from_word_of: None,
            from_description: false,
            rules: Vec::new(),
        });
    }
    // Groups come in the order of their first child, so inserting from the last keeps the
    // earlier places right.
    for (at, row) in missing.into_iter().rev() {
        kept.insert(at.min(kept.len()), row);
    }
    draft.types[index].rows = kept;
}

/// An enum type for each `a/b/c` type word of a field or query parameter, and for each string
/// whose description lists its values, named after its field, unless the page already has a
/// table of exactly those values under that name (as a rendered reference does). A second
/// field of that name listing other values (the `status` of an order and of its payment) takes
/// its type's name too (`PaymentStatus`).
fn add_word_enums(draft: &mut Draft) {
    let mut enums = Vec::new();
    for def in &draft.types {
        if def.kind != TableKind::Fields {
            continue;
        }
        for row in &def.rows {
            let of = ValuesOf::Field {
                owner: def.name.clone(),
                name: row.name.clone(),
            };
            enums.extend(row_enum(draft, row, of).map(|e| (Some(def.name.clone()), e)));
        }
    }
    for row in &draft.query {
        enums.extend(row_enum(draft, row, ValuesOf::Query(row.name.clone())).map(|e| (None, e)));
    }
    for (owner, mut def) in enums {
        // Two rows of one name listing the same values (`status` of an order and of its
        // payment, or the query's `status` filter) share one enum: a second copy would be a
        // type nothing names.
        let row = def.from_word_of.as_ref().map(ValuesOf::name);
        let same = |t: &DraftType| {
            t.from_word_of.as_ref().map(ValuesOf::name) == row
                && t.lists(def.rows.iter().map(|r| &r.name))
        };
        if draft.types.iter().any(same) {
            continue;
        }
        // Named after its type where another field's enum took the field's name.
        if let Some(owner) = owner
            && draft
                .types
                .iter()
                .any(|t| t.name == def.name && t.from_word_of.is_some())
        {
            def.name = format!("{owner}{}", def.name);
        }
        def.name = unique(&draft.types, def.name);
        draft.types.push(def);
    }
}

/// The values `row`'s type word (`a/b`) or description (`` `a` or `b` ``) lists, and whether
/// they come from the description.
fn listed_values(row: &Row) -> Option<(Vec<String>, bool)> {
    let word = row.type_word.as_deref().map(SpecType::of);
    // A string whose description lists its values (`` `draft`, `open` or `paid` ``).
    let described = || {
        let stringly = matches!(word, None | Some(SpecType::Builtin("string")))
            || row
                .type_word
                .as_deref()
                .is_some_and(crate::type_word::says_unlisted_enum);
        [
            Some(row.description.as_str()),
            row.description_en.as_deref(),
        ]
        .into_iter()
        .flatten()
        .find_map(crate::type_word::described_values)
        .filter(|_| stringly && row.spec_type.is_none())
    };
    match word {
        Some(SpecType::Enum(values)) => Some((values, false)),
        _ => Some((described()?, true)),
    }
}

/// The enum `row`'s type word or description lists, if it lists one the draft does not have
/// yet.
fn row_enum(draft: &Draft, row: &Row, of: ValuesOf) -> Option<DraftType> {
    let (values, from_description) = listed_values(row)?;
    let name = row.name.to_upper_camel_case();
    let listed = draft
        .types
        .iter()
        .any(|t| t.name == name && t.kind == TableKind::Values && t.lists(&values));
    // The service's shared types already have it: the field names that one.
    let shared = draft.shared.iter().any(|(shared, _)| *shared == name)
        || row
            .spec_type
            .as_deref()
            .is_some_and(|spec| draft.shared.iter().any(|(shared, _)| shared == spec));
    if listed || shared {
        return None;
    }
    Some(DraftType {
        name,
        heading: String::new(),
        kind: TableKind::Values,
        rows: values
            .into_iter()
            .map(|value| Row {
                name: value,
                line: row.line,
                ..Row::default()
            })
            .collect(),
        from_word_of: Some(of),
        from_description,
        rules: Vec::new(),
    })
}

/// Flags each type word that is neither known nor the name of a type drafted from the page.
fn flag_words(draft: &mut Draft) {
    for def in &draft.types {
        for row in &def.rows {
            let unknown = row.type_word.as_deref().map(SpecType::of);
            // `enum<string>` whose description lists the values is that enum, drafted.
            let enum_drafted = draft.word_enum(row).is_some_and(|t| t.from_description);
            if let Some(word) = unknown.as_ref().and_then(SpecType::unknown_word)
                && !enum_drafted
                // Said by the field's own review line: how the description reads it.
                && !is_time_word(word)
                && row.spec_type.is_none()
                && !draft.types.iter().any(|t| t.name == word)
                && !draft.shared.iter().any(|(name, _)| name == word)
            {
                draft.flags.push(if word.trim().is_empty() {
                    format!(
                        "line {}: {}.{} states no type the importer can read: typed `any`; its description is kept whole",
                        row.line, def.name, row.name
                    )
                } else {
                    format!(
                        "line {}: {}.{} has the type word \"{word}\", which the importer does not know: kept verbatim as `doc_type`, typed `any`",
                        row.line, def.name, row.name
                    )
                });
            }
        }
    }
}

/// Rows of a table without a type column get the type of the value the page's examples give
/// them (the query of a call's URL or curl, or a member of a body example): `integer`,
/// `number`, `boolean`, else `string`. Each gets a review line saying where its type came from.
fn types_from_values(draft: &mut Draft, page: &Page) {
    use serde_json::Value;
    let mut values: Vec<(String, Value)> = Vec::new();
    let urls = page
        .calls
        .iter()
        .map(|call| call.url.clone())
        .chain(page.curl.iter().map(|curl| curl.url.clone()));
    for url in urls {
        if let Some((_, query)) = url.split_once('?') {
            for pair in query.split('&') {
                if let Some((name, value)) = pair.split_once('=') {
                    values.push((name.to_owned(), Value::String(value.to_owned())));
                }
            }
        }
    }
    // A form's fields are text as a query's are.
    if let Some(curl) = &page.curl {
        for (name, value) in &curl.form {
            values.push((name.clone(), Value::String(value.clone())));
        }
    }
    for example in &page.examples {
        if let Some(Value::Object(members)) = example.json() {
            values.extend(members);
        }
    }
    let word_of = |value: &Value| -> &'static str {
        match value {
            Value::String(text) => text_kind(text),
            other => scalar_kind(other).unwrap_or("string"),
        }
    };
    let mut flags = Vec::new();
    let rows = draft.params.iter_mut().chain(draft.query.iter_mut()).chain(
        draft
            .types
            .iter_mut()
            .filter(|t| t.kind == TableKind::Fields)
            .flat_map(|t| t.rows.iter_mut()),
    );
    for row in rows.filter(|row| row.spec_type.is_none()) {
        let found = values.iter().find(|(name, _)| *name == row.name);
        // `timestamp` is Unix time or a date-time, as the page's example shows.
        if let Some(word) = row.type_word.as_deref().filter(|word| is_time_word(word)) {
            let drafted = match found.map(|(_, value)| value) {
                Some(Value::String(text)) if EXAMPLE_DATE_TIME.is_match(text) => Some("date-time"),
                Some(number @ Value::Number(_)) => scalar_kind(number),
                _ => None,
            };
            if let (Some(drafted), Some((_, value))) = (drafted, found) {
                row.spec_type = Some(drafted.to_owned());
                flags.push(format!(
                    "line {}: `{}` has the type word \"{word}\"; drafted `{drafted}` from the example's value {value}{}",
                    row.line,
                    row.name,
                    if drafted == "date-time" { "" } else { ": check whether it counts seconds or milliseconds" }
                ));
            }
            continue;
        }
        if row.type_word.is_some() {
            continue;
        }
        let word = found.map_or("string", |(_, value)| word_of(value));
        row.spec_type = Some(word.to_owned());
        flags.push(match found {
            Some((_, value)) => format!(
                "line {}: `{}` has no type on the page; drafted `{word}` from the example's value {value}",
                row.line, row.name
            ),
            None => format!(
                "line {}: `{}` has no type on the page and no example value; drafted `string`",
                row.line, row.name
            ),
        });
    }
    draft.flags.extend(flags);
}

/// The kind of value a query's or a form's text is: `20` an integer, `1.5` a number, `true` a
/// boolean; a number written with a leading zero (`0901234567`, `07000`) is text, a phone
/// number or a postal code that an integer would change.
fn text_kind(text: &str) -> &'static str {
    let leading_zero = text.len() > 1 && text.starts_with('0') && !text.starts_with("0.");
    if leading_zero {
        "string"
    } else if text.parse::<i64>().is_ok() {
        "integer"
    } else if text.parse::<f64>().is_ok_and(f64::is_finite) {
        "number"
    } else if text == "true" || text == "false" {
        "boolean"
    } else {
        "string"
    }
}

/// A type word that names a point in time (`timestamp`, `Unix timestamp`, `epoch`): a Unix
/// time is a number, an RFC 3339 time text; the word (when it says Unix), the description or
/// the example decides which.
pub(super) fn is_time_word(word: &str) -> bool {
    matches!(
        word.trim().to_lowercase().as_str(),
        "timestamp" | "unix timestamp" | "unix time" | "epoch" | "epoch time"
    )
}

/// The text after each `# REVIEW:` of a draft's YAML, as written: the points it asks a person
/// to check.
pub fn review_points(yaml: &str) -> Vec<&str> {
    yaml.lines()
        .filter_map(|line| line.trim_start().strip_prefix("# REVIEW:"))
        .collect()
}

/// "At least one of" rules a table's descriptions state in prose, in Vietnamese or English:
/// "Bắt buộc email hoặc số điện thoại", "Bắt buộc 1 trong 3 dữ liệu customer_id, email, phone",
/// "Either email or phone is required", "One of a, b or c is required". Each name in the
/// phrase is a field of the table: by its name, or by the first line of its description
/// ("số điện thoại" is the row whose description starts so). A phrase naming anything else is
/// left as prose. Each rule drafted gets a review line.
fn rules_from_prose(draft: &mut Draft) {
    let mut flags = Vec::new();
    let language = draft.language;
    for def in draft
        .types
        .iter_mut()
        .filter(|d| d.kind == TableKind::Fields)
    {
        let mut rules: Vec<DraftRule> = Vec::new();
        for row in &def.rows {
            let own_is_english = language.own_is_english(row.description_en.is_some());
            let texts = row
                .description
                .lines()
                .map(|line| (line, own_is_english))
                .chain(
                    row.description_en
                        .iter()
                        .flat_map(|text| text.lines().map(|line| (line, true))),
                );
            for (text, english) in texts {
                let Some(names) = any_of_phrase(text) else {
                    continue;
                };
                let fields: Option<Vec<String>> = names
                    .iter()
                    .map(|name| field_named(&def.rows, name))
                    .collect();
                let Some(mut fields) = fields else {
                    continue;
                };
                fields.dedup();
                if fields.len() < 2 || rules.iter().any(|rule| rule.fields == fields) {
                    continue;
                }
                flags.push(format!(
                    "line {}: {}: drafted `any_of_required: [{}]` from \"{}\"; check it",
                    row.line,
                    def.name,
                    fields.join(", "),
                    text.trim()
                ));
                rules.push(DraftRule {
                    fields,
                    text: text.trim().to_owned(),
                    english,
                });
            }
        }
        def.rules.extend(rules);
    }
    draft.flags.extend(flags);
}

/// The names a phrase says at least one of is required, or `None` when it says no such thing.
fn any_of_phrase(text: &str) -> Option<Vec<String>> {
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    let list = if let Some(rest) = lower.strip_prefix("bắt buộc ") {
        // "1 trong 3 dữ liệu a, b, c" / "một trong các trường a, b": the list after the count.
        let rest = rest
            .strip_prefix("1 trong ")
            .or_else(|| rest.strip_prefix("một trong "))
            .unwrap_or(rest);
        let rest = ["dữ liệu ", "các trường ", "trường "]
            .iter()
            .find_map(|word| rest.split_once(word).map(|(_, after)| after))
            .unwrap_or(rest);
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        (rest.contains(" hoặc ") || rest.contains(',')).then_some(rest.to_owned())?
    } else if lower.ends_with(" is required") || lower.ends_with(" are required") {
        let head = lower
            .trim_end_matches(" is required")
            .trim_end_matches(" are required");
        let head = head
            .strip_prefix("either ")
            .or_else(|| head.strip_prefix("one of "))
            .or_else(|| head.strip_prefix("at least one of "))
            .unwrap_or(head);
        head.contains(" or ").then_some(head.to_owned())?
    } else {
        return None;
    };
    let names: Vec<String> = list
        .split(',')
        .flat_map(|part| part.split(" hoặc "))
        .flat_map(|part| part.split(" or "))
        .map(|name| name.trim().trim_matches('`').to_owned())
        .filter(|name| !name.is_empty())
        .collect();
    (names.len() >= 2).then_some(names)
}

/// The field of `rows` that `name` means: its wire name, or the first line of its description.
fn field_named(rows: &[Row], name: &str) -> Option<String> {
    rows.iter()
        .find(|row| row.name.eq_ignore_ascii_case(name))
        .or_else(|| {
            rows.iter().find(|row| {
                row.description
                    .lines()
                    .next()
                    .is_some_and(|first| first.trim().to_lowercase() == name)
            })
        })
        .map(|row| row.name.clone())
}

/// The page's examples, each that does not say what it shows (a generated reference's sample
/// beside its curl command) read as the body whose fields its members all are, where one body
/// alone has them all and has no example yet; the reviewer is told.
fn examples_by_shape(draft: &mut Draft, examples: &[Example]) -> Vec<Example> {
    let fields_of = |name: Option<&String>| -> Vec<String> {
        name.and_then(|name| draft.types.iter().find(|t| t.name == *name))
            .filter(|t| t.kind == TableKind::Fields)
            .map(|t| t.rows.iter().map(|row| row.name.clone()).collect())
            .unwrap_or_default()
    };
    let bodies = [
        (
            ExampleRole::Request,
            fields_of(draft.request.as_ref()),
            "request",
        ),
        (
            ExampleRole::Response,
            fields_of(draft.response.as_ref()),
            "response",
        ),
    ];
    let mut read = examples.to_vec();
    for at in 0..read.len() {
        if read[at].role != ExampleRole::Unknown {
            continue;
        }
        let Some(serde_json::Value::Object(members)) = read[at].json() else {
            continue;
        };
        let fits: Vec<&(ExampleRole, Vec<String>, &str)> = bodies
            .iter()
            .filter(|(role, fields, _)| {
                !members.is_empty()
                    && members.keys().all(|key| fields.contains(key))
                    && !read.iter().any(|example| example.role == *role)
            })
            .collect();
        if let [(role, _, what)] = fits.as_slice() {
            draft.flags.push(format!(
                "line {}: the example under \"{}\" does not say what it shows; its members are all fields of the {what}, so it is read as the {what}'s example",
                read[at].line, read[at].heading
            ));
            read[at].role = *role;
        }
    }
    read
}

/// The form a page's curl command sends, as the JSON record it stands for: the request's
/// example, which the spec checks read. Each field's text is typed by the request table's row
/// (`2000` an integer where the row says one), a name given more than once or a list row's is
/// a list, a name the table lacks stays text (and the reconciling says so). It replaces the
/// command's form text, which is no JSON; a JSON request example of the page's own wins.
fn form_example(draft: &Draft, page: &Page, mut examples: Vec<Example>) -> Vec<Example> {
    use serde_json::Value;
    let Some(curl) = page.curl.as_ref().filter(|curl| !curl.form.is_empty()) else {
        return examples;
    };
    let is_request = |e: &Example| e.role == ExampleRole::Request;
    if examples.iter().any(|e| is_request(e) && e.json().is_some()) {
        return examples;
    }
    let Some(request) = draft
        .request
        .as_deref()
        .and_then(|name| draft.types.iter().find(|def| def.name == name))
    else {
        return examples;
    };
    let record = match codegen_core::codegen_runtime::form_record(&curl.form) {
        Value::Object(members) => form_members(draft, &request.rows, members),
        _ => return examples,
    };
    let Ok(text) = serde_json::to_string_pretty(&record) else {
        return examples;
    };
    examples.retain(|e| !is_request(e));
    examples.push(Example {
        heading: "the curl command's form".to_owned(),
        role: ExampleRole::Request,
        text,
        line: curl.line,
    });
    examples
}

/// A form's members (every value text, nested by bracketed names) typed by the `rows` of the
/// table they fill: `2000` an integer where the row says one, a list row's single value a list
/// of one, a record's members by the rows of its own table; a name no row has stays text.
fn form_members(
    draft: &Draft,
    rows: &[Row],
    members: serde_json::Map<String, serde_json::Value>,
) -> serde_json::Value {
    use serde_json::Value;
    let typed = members
        .into_iter()
        .map(|(name, value)| {
            // A row without a type is typed by its text, as `types_from_values` will type it.
            let ty = rows.iter().find(|row| row.name == name).map(|row| {
                match (&row.spec_type, &row.type_word) {
                    (Some(spec), _) => SpecType::of(spec),
                    (None, Some(word)) => SpecType::of(word),
                    (None, None) => SpecType::of(text_kind(value.as_str().unwrap_or_default())),
                }
            });
            let value = form_value(draft, ty.as_ref(), value);
            (name, value)
        })
        .collect();
    Value::Object(typed)
}

/// A value read from a form (text, a list of it, or a record of it) as the JSON `ty` reads.
fn form_value(draft: &Draft, ty: Option<&SpecType>, value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match (ty, value) {
        (Some(SpecType::ListOf(item)), Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .map(|value| form_value(draft, Some(item), value))
                .collect(),
        ),
        (Some(SpecType::ListOf(item)), one) => {
            Value::Array(vec![form_value(draft, Some(item), one)])
        }
        (Some(SpecType::MapOf(values)), Value::Object(members)) => Value::Object(
            members
                .into_iter()
                .map(|(key, value)| (key, form_value(draft, Some(values), value)))
                .collect(),
        ),
        (Some(SpecType::Unknown(name)), Value::Object(members)) => {
            match draft.types.iter().find(|def| def.name == *name) {
                Some(def) => form_members(draft, &def.rows, members),
                None => Value::Object(members),
            }
        }
        // A name given more than once is a list, whatever its row says of one item.
        (ty, Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .map(|value| form_value(draft, ty, value))
                .collect(),
        ),
        (Some(ty), Value::String(text)) => {
            let parsed = match ty {
                SpecType::Builtin("integer") => text.parse::<i64>().ok().map(Value::from),
                SpecType::Builtin("number") => text
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number),
                SpecType::Builtin("boolean") => match text.as_str() {
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                },
                _ => None,
            };
            parsed.unwrap_or(Value::String(text))
        }
        (_, other) => other,
    }
}

/// A body the page shows as a JSON list: the request or response is a list of its type
/// (`list_of`), and an example that does not say what it shows, a list where the answer is
/// one, is the answer's. Reconciled with the table as its first item.
fn list_bodies(draft: &mut Draft, mut examples: Vec<Example>) -> Vec<Example> {
    let is_list = |example: &Example| matches!(example.json(), Some(serde_json::Value::Array(_)));
    if draft.response.is_some()
        && draft.envelope.is_none()
        && draft.response_is_list
        && !examples.iter().any(|e| e.role == ExampleRole::Response)
        && let Some(example) = examples
            .iter_mut()
            .find(|e| e.role == ExampleRole::Unknown && is_list(e))
    {
        example.role = ExampleRole::Response;
    }
    for (role, what, body) in [
        (ExampleRole::Request, "request", "request"),
        (ExampleRole::Response, "answer", "response"),
    ] {
        let stated = match role {
            ExampleRole::Request => draft.request.is_some(),
            _ => draft.response.is_some() && draft.envelope.is_none(),
        } && !draft.is_list(role);
        if let Some(example) = examples.iter().find(|e| e.role == role)
            && stated
            && is_list(example)
        {
            draft.set_list(role);
            draft.flags.push(format!(
                "line {}: the page's {what} is a JSON list: drafted `list_of` the {body}'s type",
                example.line
            ));
        }
    }
    examples
}

fn add_examples(draft: &mut Draft, examples: &[Example]) {
    let mut counts = [0usize; 4];
    for example in examples {
        // A curl command that sends no body is the call, read already (its URL, query and
        // headers), not an example of a body.
        if example.text.trim_start().starts_with("curl") {
            continue;
        }
        // JSON with a page's liberties is written without them, and the reviewer told which.
        let (text, taken_out) = match example.made_strict() {
            Some((text, removed)) => (text, Some(removed.join(", "))),
            None if example.json().is_some() => (example.text.clone(), None),
            None => {
                draft.flags.push(format!(
                    "line {}: the example under \"{}\" is not JSON; not written",
                    example.line, example.heading
                ));
                continue;
            }
        };
        let (index, suffix) = match example.role {
            ExampleRole::Request => (0, "request"),
            ExampleRole::Response => (1, "response"),
            ExampleRole::Error => (2, "error"),
            ExampleRole::Unknown => (3, "example"),
        };
        counts[index] += 1;
        let number = match counts[index] {
            1 => String::new(),
            n => n.to_string(),
        };
        let file = format!("{}.{suffix}{number}.json", draft.endpoint);
        if example.role == ExampleRole::Unknown {
            draft.flags.push(format!(
                "line {}: the example under \"{}\" does not say what it shows; written as {file}, referenced nowhere",
                example.line, example.heading
            ));
        }
        if let Some(taken_out) = taken_out {
            draft.flags.push(format!(
                "line {}: the example under \"{}\" is JSON with {taken_out}; written as {file} in strict JSON",
                example.line, example.heading
            ));
        }
        draft.examples.push(DraftExample {
            file,
            role: example.role,
            text,
        });
    }
}

/// The call: with several URLs, the path is what they end with in common (or the path the page
/// states with its placeholders, which `Page` reads into the URLs it fits); a page that states
/// only a path (`PUT /resources/{id}`) gives the call without servers, the reviewer's to add.
fn draft_call(page: &Page) -> Option<DraftCall> {
    let Some(first) = page.calls.first() else {
        let stated = page.stated_paths.first()?;
        return Some(DraftCall {
            method: stated.method.clone(),
            servers: Vec::new(),
            path: stated.path.clone(),
        });
    };
    call_from_urls(page, first)
}

/// The call as the page's URLs give it, `first` the first of them.
fn call_from_urls(page: &Page, first: &crate::page::Call) -> Option<DraftCall> {
    // The page states the path apart from the base URL (a call table): take them as stated.
    if let Some(path) = &first.path {
        let mut servers: Vec<(String, String)> = Vec::new();
        for call in &page.calls {
            let base = call
                .url
                .strip_suffix(path.trim_start_matches('/'))
                .unwrap_or(&call.url)
                .trim_end_matches('/')
                .to_owned();
            if !servers
                .iter()
                .any(|(environment, _)| *environment == call.environment)
            {
                servers.push((call.environment.clone(), base));
            }
        }
        return Some(DraftCall {
            method: first.method.clone(),
            servers,
            path: format!("/{}", path.trim_start_matches('/')),
        });
    }
    let mut calls: Vec<&crate::page::Call> = Vec::new();
    for call in &page.calls {
        if !calls.iter().any(|c| c.environment == call.environment) {
            calls.push(call);
        }
    }
    let split: Vec<(String, Vec<&str>)> = calls
        .iter()
        .map(|call| {
            let (origin, path) = split_origin(&call.url);
            (origin, path.split('/').filter(|s| !s.is_empty()).collect())
        })
        .collect();
    let common = if split.len() > 1 {
        let mut n = 0;
        while split.iter().all(|(_, segments)| {
            n < segments.len()
                && segments[segments.len() - 1 - n] == split[0].1[split[0].1.len() - 1 - n]
        }) {
            n += 1;
        }
        n
    } else {
        // One URL: the base ends at its last version segment (`/1.0`, `/v2`), if any.
        let segments = &split[0].1;
        let version = segments.iter().rposition(|s| is_version(s));
        segments.len() - version.map_or(0, |at| at + 1)
    };
    let path_segments = &split[0].1[split[0].1.len() - common..];
    let servers = calls
        .iter()
        .zip(&split)
        .map(|(call, (origin, segments))| {
            let base = segments[..segments.len() - common].join("/");
            let url = if base.is_empty() {
                origin.clone()
            } else {
                format!("{origin}/{base}")
            };
            (call.environment.clone(), url)
        })
        .collect();
    Some(DraftCall {
        method: first.method.clone(),
        servers,
        path: format!("/{}", path_segments.join("/")),
    })
}

/// An endpoint's name as the specs name them, `<resource>_<action>`: `POST /invoices` →
/// `invoice_create`, `GET /orders/{id}` → `order_get`, `GET /orders` → `order_list`,
/// `POST /shipments/{id}/cancel` → `shipment_cancel`, `GET /customers/profile` →
/// `customer_profile_get`. The resource is the last two named segments, singular; the action
/// is the path's own verb, else the method's (a list for a plural's `GET`).
fn endpoint_name(method: &str, path: &str) -> String {
    const VERBS: [&str; 30] = [
        "create",
        "update",
        "delete",
        "remove",
        "cancel",
        "list",
        "search",
        "get",
        "detail",
        "show",
        "complete",
        "confirm",
        "refund",
        "close",
        "approve",
        "reject",
        "verify",
        "send",
        "upload",
        "download",
        "export",
        "import",
        "refresh",
        "exchange",
        "switch",
        "activate",
        "deactivate",
        "retry",
        "resend",
        "capture",
    ];
    let mut segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty() && !is_version(segment))
        .collect();
    let placeholder = |segment: &&str| segment.starts_with('{') || segment.starts_with(':');
    let mut id = segments.last().is_some_and(placeholder);
    if id {
        segments.pop();
    }
    let verb = segments
        .last()
        .map(|segment| segment.to_snake_case())
        .filter(|segment| VERBS.contains(&segment.as_str()));
    if verb.is_some() {
        segments.pop();
        if segments.last().is_some_and(placeholder) {
            segments.pop();
            id = true;
        }
    }
    let named: Vec<String> = segments
        .iter()
        .filter(|segment| !placeholder(segment))
        .map(|segment| segment.to_snake_case())
        .filter(|segment| !segment.is_empty())
        .collect();
    let plural = named.last().is_some_and(|last| singular(last) != *last);
    let resource: Vec<String> = named
        .iter()
        .rev()
        .take(2)
        .rev()
        .map(|segment| singular(segment))
        .collect();
    let action = verb.unwrap_or_else(|| {
        match (method, id) {
            ("GET", true) => "get",
            ("GET", false) if plural => "list",
            ("GET", false) => "get",
            ("POST", false) => "create",
            ("PUT" | "PATCH", _) | ("POST", true) => "update",
            ("DELETE", _) => "delete",
            _ => "call",
        }
        .to_owned()
    });
    if resource.is_empty() {
        action
    } else {
        format!("{}_{action}", resource.join("_"))
    }
}

/// An English plural's singular, by the common rules (`categories`, `addresses`, `orders`);
/// a word that is no plural (`status`, `address`, `news`) as it is.
fn singular(word: &str) -> String {
    let keep = [
        "status", "news", "access", "alias", "analysis", "canvas", "series",
    ];
    if keep.iter().any(|kept| word.ends_with(kept)) || word.len() < 4 {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["sses", "xes", "ches", "shes", "uses"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return format!("{stem}{}", &ending[..ending.len() - 2]);
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && !stem.ends_with('u') && !stem.ends_with('i') => {
            stem.to_owned()
        }
        _ => word.to_owned(),
    }
}

fn is_version(segment: &str) -> bool {
    let digits = segment.strip_prefix('v').unwrap_or(segment);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// `api.service.ladiflow.com` → `ladiflow`: the label before the top-level domain.
fn service_of(url: &str) -> Option<String> {
    let (origin, _) = split_origin(url);
    let host = origin.split("://").nth(1)?;
    let labels: Vec<&str> = host.split('.').collect();
    let label = labels.get(labels.len().checked_sub(2)?)?;
    Some(label.to_snake_case())
}

impl Draft {
    /// The slot of the body an example of `role` shows (an example of no known role, the
    /// response's).
    fn body_mut(&mut self, role: ExampleRole) -> &mut Option<String> {
        match role {
            ExampleRole::Request => &mut self.request,
            ExampleRole::Error => &mut self.error,
            _ => &mut self.response,
        }
    }

    /// Whether the body an example of `role` shows is a JSON list (`list_of`).
    fn is_list(&self, role: ExampleRole) -> bool {
        match role {
            ExampleRole::Request => self.request_is_list,
            ExampleRole::Error => false,
            _ => self.response_is_list,
        }
    }

    /// Says that the body an example of `role` shows is a JSON list (not for an error body,
    /// which is always an object).
    fn set_list(&mut self, role: ExampleRole) {
        match role {
            ExampleRole::Request => self.request_is_list = true,
            ExampleRole::Error => {}
            _ => self.response_is_list = true,
        }
    }

    /// The enum drafted from `row`'s type word or description: the one drafted for a row of
    /// its name (a field or a query parameter) that lists its values.
    fn word_enum(&self, row: &Row) -> Option<&DraftType> {
        let (values, _) = listed_values(row)?;
        self.types.iter().find(|t| {
            t.from_word_of
                .as_ref()
                .is_some_and(|of| of.name() == row.name)
                && t.lists(&values)
        })
    }
    /// The types type words may name: the draft's own and the service's shared ones.
    fn known(&self) -> Vec<DraftType> {
        let one_ofs = self.one_ofs.iter().map(|(name, _)| name.clone());
        self.types
            .iter()
            .cloned()
            .chain(
                self.shared
                    .iter()
                    .map(|(name, _)| name.clone())
                    .chain(one_ofs)
                    .map(|name| DraftType {
                        name,
                        heading: String::new(),
                        kind: TableKind::Fields,
                        rows: Vec::new(),
                        from_word_of: None,
                        from_description: false,
                        rules: Vec::new(),
                    }),
            )
            .collect()
    }

    /// Whether the draft is a whole spec (the page documents a call), not only types.
    pub fn is_spec(&self) -> bool {
        self.call.is_some()
    }

    /// Whether the page's headers and scheme are the service's defaults, so that the draft
    /// leaves both out: its header table names only default headers, and what it shows of
    /// its scheme reads as the default one, or as nothing (no key header, no `Authorization`
    /// scheme word, no token endpoint).
    /// `read` is the scheme the page's cues read (`auth::from_page`).
    fn takes_default_auth(&self, read: &codegen_core::ir::Auth) -> bool {
        let Some(auth) = &self.defaults.auth else {
            return false;
        };
        let defaults = self.defaults.headers.as_deref().unwrap_or_default();
        let known = self
            .headers
            .iter()
            .all(|row| defaults.iter().any(|header| header.name == row.name));
        let no_key = !self
            .headers
            .iter()
            .any(|row| codegen_core::auth::is_key_header(&row.name));
        known && (read == auth || (*read == codegen_core::ir::Auth::None && no_key))
    }

    /// What the page shows about how its requests authenticate.
    pub fn auth_cues(&self) -> codegen_core::auth::PageCues<'_> {
        codegen_core::auth::PageCues {
            headers: self
                .headers
                .iter()
                .map(|row| {
                    let texts = [
                        Some(row.description.as_str()),
                        row.description_en.as_deref(),
                    ];
                    (row.name.as_str(), texts.into_iter().flatten().collect())
                })
                .chain(
                    self.curl_authorization
                        .as_deref()
                        .map(|scheme| ("Authorization", vec![scheme])),
                )
                .collect(),
            prose: self
                .auth_prose
                .iter()
                .map(|(line, text)| (*line, text.as_str()))
                .collect(),
            curl_user: self.curl_user,
            token: self
                .token_endpoint
                .as_ref()
                .map(|token| codegen_core::auth::TokenCue {
                    url: &token.url,
                    scopes: &token.scopes,
                    secret_in_body: token.secret_in_body,
                    line: token.line,
                }),
        }
    }
}

/// The call's path below `servers` (a service's defaults), when the page's URLs are theirs:
/// the same base URLs, or base URLs that with the path spell one of them and a path below it.
fn path_below_servers(defaults: &[codegen_core::ir::Server], call: &DraftCall) -> Option<String> {
    let same = call.servers.len() == defaults.len()
        && call
            .servers
            .iter()
            .zip(defaults)
            .all(|((name, url), server)| *name == server.name && *url == server.url);
    if call.servers.is_empty() || same {
        return Some(call.path.clone());
    }
    let below = |url: &str| {
        let full = format!("{url}{}", call.path);
        defaults.iter().find_map(|server| {
            let rest = full.strip_prefix(server.url.as_str())?;
            rest.starts_with('/').then(|| rest.to_owned())
        })
    };
    let mut paths = call.servers.iter().map(|(_, url)| below(url));
    let first = paths.next()??;
    paths
        .all(|path| path.as_ref() == Some(&first))
        .then_some(first)
}

/// The `{name}` placeholders of a path template, in order.
pub(crate) fn placeholders(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The spec type a string's description gives its format (`ISO 8601`, `RFC 3339`,
/// `YYYY-MM-DD`), and the words that say so: `date` for a date alone, else `date-time`.
fn time_said(row: &Row) -> Option<(&'static str, String)> {
    let text = [
        Some(row.description.as_str()),
        row.description_en.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find(|text| {
        let lower = text.to_lowercase();
        [
            "iso 8601",
            "iso-8601",
            "iso8601",
            "rfc 3339",
            "rfc3339",
            "yyyy-mm-dd",
        ]
        .iter()
        .any(|format| lower.contains(format))
    })?;
    let lower = text.to_lowercase();
    if lower.contains("duration") || lower.contains("interval") || lower.contains("khoảng") {
        return None;
    }
    let timed = lower.contains("hh") || lower.contains("time") || lower.contains("giờ");
    let dated_only = lower.contains("yyyy-mm-dd") || (lower.contains("date") && !timed);
    let at = row.name.ends_with("_at") || row.name.ends_with("At");
    let ty = if dated_only && !timed && !at {
        "date"
    } else {
        "date-time"
    };
    Some((ty, text.lines().next().unwrap_or_default().to_owned()))
}

/// The words of a row's type word or description that say a time is a Unix time, a number
/// (`Unix timestamp`, `epoch milliseconds`, `seconds since 1970`).
fn unix_time_said(row: &Row) -> Option<String> {
    [
        row.type_word.as_deref(),
        Some(row.description.as_str()),
        row.description_en.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find(|text| {
        let lower = text.to_lowercase();
        ["unix", "epoch", "since 1970", "posix"]
            .iter()
            .any(|word| lower.contains(word))
    })
    .map(|text| text.lines().next().unwrap_or_default().to_owned())
}

/// An example's string that is an RFC 3339 date-time (`2026-01-01T10:00:00Z`), which the
/// spec's `date-time` reads.
static EXAMPLE_DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
        .expect("date-time regex")
});
/// A media type named in prose or a table cell (`application/x-www-form-urlencoded`).
static MEDIA_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:application|multipart|text)/[A-Za-z0-9.+-]+").expect("media type regex")
});
/// An example's string that is a calendar date (`2026-01-01`).
static EXAMPLE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}-\d{2}-\d{2}$").expect("date regex"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The draft of the page `markdown`, with the default options.
    fn draft_of(markdown: &str) -> Draft {
        import(&Page::parse(markdown), &ImportOptions::default())
    }

    /// [`draft_of`] as YAML.
    fn drafted(markdown: &str) -> String {
        draft_of(markdown).to_yaml()
    }

    /// A draft the spec checks accept as it is (its review points aside).
    fn assert_loads(yaml: &str) {
        let loaded = codegen_core::load_str(yaml, "shop/draft.yaml", std::path::Path::new("."));
        assert!(loaded.is_ok(), "{loaded:?}\n{yaml}");
    }

    /// [`assert_loads`] for a draft with its example files written beside it.
    fn assert_loads_with_examples(draft: &Draft) {
        let yaml = draft.to_yaml();
        let folder =
            std::env::temp_dir().join(format!("draft-{}-{}", std::process::id(), draft.endpoint));
        std::fs::create_dir_all(&folder).expect("folder");
        for example in &draft.examples {
            std::fs::write(folder.join(&example.file), &example.text).expect("example");
        }
        let loaded = codegen_core::load_str(&yaml, "shop/draft.yaml", &folder);
        let _ = std::fs::remove_dir_all(&folder);
        assert!(loaded.is_ok(), "{loaded:?}\n{yaml}");
    }

    #[test]
    fn a_list_call_with_a_page_parameter_is_drafted_with_its_paging_and_loads() {
        let draft = |page_description: &str| {
            let page = Page::parse(&format!(
                "# List orders\n\n`GET https://api.shop.test/v1/orders`\n\n## Query parameters\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| pageNumber | integer | No | {page_description} |\n| page_size | integer | No | Items per page |\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| result.orders | array | The orders |\n| result.orders[].id | integer | Id |\n| result.total_count | integer | All orders |\n"
            ));
            import(&page, &ImportOptions::default())
        };
        let first = draft("Page, starting at 1");
        assert_eq!(
            first.pagination,
            Some(DraftPagination {
                by: PageBy::Number {
                    page: "pageNumber".to_owned(),
                    first_page: 1,
                },
                limit: Some("page_size".to_owned()),
                items: "/result/orders".to_owned(),
                total: Some("/result/total_count".to_owned()),
            })
        );
        let yaml = first.to_yaml();
        assert_loads(&yaml);
        let zero = draft("Page index, starting at 0");
        assert!(matches!(
            zero.pagination.map(|p| p.by),
            Some(PageBy::Number { first_page: 0, .. })
        ));
    }

    #[test]
    fn a_list_answer_with_a_page_or_cursor_parameter_pages_over_the_whole_document() {
        let draft = |parameter: &str| {
            import(
                &Page::parse(&format!(
                    "# List issues\n\n`GET https://api.issues.test/v1/issues`\n\n## Query parameters\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n| {parameter} | integer | no | Where to start |\n| per_page | integer | no | Per page |\n\n## Response\n\n```json\n[{{\"id\": 1, \"title\": \"Bug\"}}]\n```\n"
                )),
                &ImportOptions::default(),
            )
        };
        let paged = draft("page");
        assert_eq!(
            paged.pagination,
            Some(DraftPagination {
                by: PageBy::Number {
                    page: "page".to_owned(),
                    first_page: 1,
                },
                limit: Some("per_page".to_owned()),
                items: String::new(),
                total: None,
            })
        );
        let yaml = paged.to_yaml();
        assert!(yaml.contains("  items: \"\"\n"), "{yaml}");
        let folder = std::env::temp_dir().join(format!("list-paged-{}", std::process::id()));
        std::fs::create_dir_all(folder.join("shop")).expect("folder");
        std::fs::write(
            folder.join("shop/issue_list.response.json"),
            r#"[{"id": 1, "title": "Bug"}]"#,
        )
        .expect("example");
        let loaded = codegen_core::load_str(&yaml, "shop/draft.yaml", &folder.join("shop"));
        let _ = std::fs::remove_dir_all(&folder);
        assert!(loaded.is_ok(), "{loaded:?}\n{yaml}");
        let after = draft("since_id");
        assert_eq!(
            after.pagination.map(|p| p.by),
            Some(PageBy::Cursor {
                cursor: "since_id".to_owned(),
                next_from: "/id".to_owned(),
            })
        );
    }

    #[test]
    fn a_string_whose_description_names_a_time_format_is_typed_by_it() {
        let typed = |name: &str, description: &str| {
            let row = Row {
                name: name.to_owned(),
                type_word: Some("string".to_owned()),
                description: description.to_owned(),
                line: 1,
                ..Row::default()
            };
            let (def, _) = draft_text::field_def(&row, None, &[]);
            format!("type: {}", def.ty.value)
        };
        assert_eq!(
            typed("created_at", "Creation time (ISO 8601)"),
            "type: date-time"
        );
        assert_eq!(typed("closed", "RFC 3339 timestamp"), "type: date-time");
        assert_eq!(typed("birthday", "Format YYYY-MM-DD"), "type: date");
        assert_eq!(typed("day", "ISO 8601 date"), "type: date");
        assert_eq!(
            typed("updated_at", "ISO 8601 date"),
            "type: date-time",
            "`_at` is a moment"
        );
        assert_eq!(typed("ttl", "ISO 8601 duration (PT5M)"), "type: string");
        assert_eq!(typed("note", "Free text"), "type: string");
    }

    #[test]
    fn a_query_parameter_whose_word_or_description_lists_values_is_an_enum() {
        let yaml = drafted(
            "# List orders\n\n`GET https://api.shop.test/v1/orders`\n\n## Query parameters\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| status | string | No | Filter: `new`, `shipped` or `cancelled` |\n| sort | asc/desc | No | Order |\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| status | string | Order status |\n",
        );
        assert!(
            yaml.contains("  status: { in: query, type: Status,"),
            "{yaml}"
        );
        assert!(yaml.contains("  sort: { in: query, type: Sort,"), "{yaml}");
        assert!(
            yaml.contains("      status: { type: string,"),
            "the field is not the parameter: {yaml}"
        );
        assert_loads(&yaml);
    }

    #[test]
    fn an_answer_that_is_a_json_list_is_drafted_as_list_of_its_items() {
        let page = |table: &str| {
            format!(
                "# List hooks\n\n`GET https://api.hooks.test/v1/hooks`\n\n{table}```json\n[{{\"id\": \"h1\", \"url\": \"https://a.example\"}}]\n```\n"
            )
        };
        let table = "| Field | Type | Description |\n|---|---|---|\n| id | string | Id |\n| url | string | Target |\n\n";
        for (case, text, items) in [
            ("the example alone", page(""), "HookListItem"),
            ("a table under the title", page(table), "ListHooks"),
            (
                "a table under Response",
                page(&format!("## Response\n\n{table}")),
                "HookListResponse",
            ),
        ] {
            let yaml = drafted(&text);
            assert!(
                yaml.contains(&format!("response:\n  list_of: {items}\n")),
                "{case}: {yaml}"
            );
            // The example beside it is the page's list, which the spec checks read.
            let folder = std::env::temp_dir().join(format!("list-answer-{}", std::process::id()));
            std::fs::create_dir_all(folder.join("shop")).expect("folder");
            std::fs::write(
                folder.join("shop/hook_list.response.json"),
                r#"[{"id": "h1", "url": "https://a.example"}]"#,
            )
            .expect("example");
            let loaded = codegen_core::load_str(&yaml, "shop/draft.yaml", &folder.join("shop"));
            let _ = std::fs::remove_dir_all(&folder);
            assert!(loaded.is_ok(), "{case}: {loaded:?}\n{yaml}");
        }
        // Each item is reconciled with the table as an object example is.
        let with_active = page(&format!(
            "## Response\n\n{}| active | boolean | On |\n\n",
            table.trim_end_matches('\n').to_owned() + "\n"
        ))
        .replace(
            "\"https://a.example\"}",
            "\"https://a.example\", \"active\": \"yes\"}",
        );
        let yaml = drafted(&with_active);
        assert!(yaml.contains("about: HookListResponse.active"), "{yaml}");
        // A list of no objects has no type of fields to be a list of: said, not drafted.
        let draft = draft_of(
            "# List tags\n\n`GET https://api.hooks.test/v1/tags`\n\n```json\n[\"a\", \"b\"]\n```\n",
        );
        assert!(
            draft
                .flags
                .iter()
                .any(|flag| flag.contains("a list of no objects")),
            "{:?}",
            draft.flags
        );
    }

    #[test]
    fn a_request_body_that_is_a_json_list_is_drafted_as_a_list_of_its_items() {
        let curl = "```bash\ncurl -X POST https://api.hooks.test/v1/hooks -d '[{\"url\": \"https://a.example\"}]'\n```\n";
        let table = "## Request body\n\nEach item of the list:\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n| url | string | yes | Where |\n\n";
        for (case, text, items) in [
            (
                "no table",
                format!("# Create hooks\n\n`POST https://api.hooks.test/v1/hooks`\n\n{curl}"),
                "HookCreateRequestItem",
            ),
            (
                "a table of the items",
                format!(
                    "# Create hooks\n\n`POST https://api.hooks.test/v1/hooks`\n\n{table}{curl}"
                ),
                "HookCreateRequest",
            ),
        ] {
            let draft = draft_of(&text);
            let yaml = draft.to_yaml();
            assert!(
                yaml.contains(&format!("request:\n  list_of: {items}\n")),
                "{case}: {yaml}"
            );
            assert!(
                draft
                    .flags
                    .iter()
                    .any(|flag| flag.contains("request is a JSON list")),
                "{case}: said for the reviewer: {:?}",
                draft.flags
            );
        }
        // A vendor's error body is an object: a list there is said, not drafted.
        let draft = draft_of(
            "# Create hooks\n\n`POST https://api.hooks.test/v1/hooks`\n\n## Error response\n\n```json\n[{\"code\": 1}]\n```\n",
        );
        assert!(
            draft
                .flags
                .iter()
                .any(|flag| flag.contains("error body is an object")),
            "{:?}",
            draft.flags
        );
        assert_eq!(draft.error, None);
    }

    #[test]
    fn a_table_with_a_required_column_under_a_posts_title_is_its_request() {
        let page = |method: &str, required: &str| {
            format!(
                "# Create a note\n\n`{method} https://api.notes.test/v1/notes`\n\n| Name | Type |{required} Description |\n|---|---|{}---|\n| title | string |{} Title |\n",
                if required.is_empty() { "" } else { "---|" },
                if required.is_empty() { "" } else { " yes |" },
            )
        };
        let draft = draft_of(&page("POST", " Required |"));
        assert!(
            draft
                .flags
                .iter()
                .any(|flag| flag.contains("read as the request body")),
            "said for the reviewer: {:?}",
            draft.flags
        );
        let yaml = draft.to_yaml();
        assert!(
            yaml.contains("request:\n  body: NoteCreateRequest"),
            "{yaml}"
        );
        assert!(
            yaml.contains("The page lists no fields for it"),
            "the response nobody described says so: {yaml}"
        );
        assert_loads(&yaml);
        // Without a required column it may as well be the answer: left for the reviewer.
        let yaml = drafted(&page("POST", ""));
        assert!(!yaml.contains("body: NoteCreateRequest"), "{yaml}");
    }

    #[test]
    fn a_table_of_http_statuses_without_bodies_becomes_the_endpoints_notes() {
        let page = Page::parse(
            "# Get order\n\n`GET https://api.shop.test/v1/orders/{id}`\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | integer | Id |\n\n## Errors\n\n| HTTP code | Meaning |\n|---|---|\n| 404 | No such order |\n| `429` | Too many requests: wait |\n",
        );
        assert_eq!(
            page.http_statuses
                .iter()
                .map(|(_, code, _)| *code)
                .collect::<Vec<_>>(),
            [404, 429]
        );
        let yaml = import(&page, &ImportOptions::default()).to_yaml();
        assert!(
            yaml.contains("  - about: endpoint\n    en: \"HTTP 429: Too many requests: wait\"\n"),
            "{yaml}"
        );
        assert_loads(&yaml);
        let values =
            Page::parse("# Statuses\n\n| Status | Description |\n|---|---|\n| 100 | Created |\n");
        assert!(
            values.http_statuses.is_empty(),
            "a table of values is not about HTTP"
        );
    }

    #[test]
    fn an_endpoint_is_named_after_its_resource_and_action() {
        for (method, path, name) in [
            ("POST", "/v2/invoices", "invoice_create"),
            ("GET", "/orders/{id}", "order_get"),
            ("GET", "/orders", "order_list"),
            (
                "PUT",
                "/lead/applications/{application_id}",
                "lead_application_update",
            ),
            ("POST", "/lead/applications", "lead_application_create"),
            ("POST", "/shipments/{tracking_id}/cancel", "shipment_cancel"),
            ("GET", "/customers/profile", "customer_profile_get"),
            ("DELETE", "/users/:id", "user_delete"),
            ("GET", "/categories", "category_list"),
            ("GET", "/addresses/{id}/status", "address_status_get"),
            ("POST", "/customer/create", "customer_create"),
            ("GET", "/", "get"),
        ] {
            assert_eq!(endpoint_name(method, path), name, "{method} {path}");
        }
    }

    #[test]
    fn a_types_entries_name_the_types_its_fields_have_not_their_type_words() {
        let draft = draft_of(
            "# Order\n\n## Metadata\n\n| Field | Type | Description |\n|---|---|---|\n| sections | [Section](#section)[] | Sections |\n| value | Any | Anything |\n| note | string | Free text |\n\n## Section\n\n| Field | Type | Description |\n|---|---|---|\n| header | string | Title |\n",
        );
        let entries = draft.type_entries();
        let metadata = entries
            .iter()
            .find(|e| e.name == "Metadata")
            .expect("Metadata");
        // `Any` is only the table's word for `value`: no type of that name is named.
        assert_eq!(metadata.references, ["Section"], "{:?}", metadata.shape);
        // Descriptions are not part of what two drafts must agree on.
        assert!(metadata.shape.iter().all(|line| !line.contains("Sections")));
    }

    #[test]
    fn a_parameter_the_table_puts_in_no_place_a_spec_knows_is_drafted_with_a_review_line() {
        let yaml = drafted(
            "# Get order\n\n`GET https://api.shop.test/v1/orders/{id}`\n\n## Parameters\n\n| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n| id | Path | string | Yes | Order id |\n| session | cookie | string | No | Session |\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | string | Order id |\n",
        );
        assert!(
            yaml.contains("  id: { in: path, type: string, required: true"),
            "{yaml}"
        );
        assert!(
            yaml.contains("# REVIEW: `session`: the table says it goes in `cookie`, which is not `path`, `query` or `header`\n  session: { type: string"),
            "{yaml}"
        );
    }

    #[test]
    fn a_key_header_named_only_in_prose_is_drafted_and_the_draft_loads() {
        let draft = draft_of(
            "# List orders\n\n`GET https://api.shop.test/v1/orders`\n\nAuthenticate with the `X-Shop-Key` header.\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | integer | Order id |\n",
        );
        let yaml = draft.to_yaml();
        assert!(
            yaml.contains("\nheaders:\n  X-Shop-Key: { required: true"),
            "{yaml}"
        );
        assert!(
            yaml.contains("\nauth: { api_key: { header: X-Shop-Key } }\n"),
            "{yaml}"
        );
        assert!(
            draft
                .flags
                .iter()
                .any(|flag| flag.contains("named only in the page's prose"))
        );
        assert_loads(&yaml);
    }

    #[test]
    fn the_media_type_a_page_sends_its_body_as_is_drafted_and_a_non_json_one_flagged() {
        let page = |curl: &str, header_row: &str| {
            format!(
                "# Create order\n\n`POST https://api.shop.test/v1/orders`\n\n## Headers\n\n| Header | Required | Description |\n|---|---|---|\n| X-Shop-Key | Yes | Key |\n{header_row}\n## Body\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n| sku | string | Yes | Item |\n\n## Example\n\n```bash\ncurl -X POST https://api.shop.test/v1/orders \\\n  -H 'X-Shop-Key: k' {curl}\n```\n"
            )
        };
        let media = |curl: &str, row: &str| {
            draft_of(&page(curl, row))
                .content_type
                .map(|(_, media)| media)
        };
        let form = Some("application/x-www-form-urlencoded".to_owned());
        assert_eq!(media("-d 'sku=a1&qty=2'", ""), form);
        assert_eq!(media("--data-urlencode 'sku=a 1'", ""), form);
        assert_eq!(
            media("-F 'file=@photo.png'", ""),
            Some("multipart/form-data".to_owned())
        );
        assert_eq!(media("-d '{\"sku\": \"a1\"}'", ""), None);
        assert_eq!(
            media("-H 'Content-Type: application/json' -d '{}'", ""),
            None
        );
        assert_eq!(
            media(
                "",
                "| Content-Type | Yes | `application/x-www-form-urlencoded` |\n"
            ),
            form
        );
        let json_api = draft_of(&page("-H 'Content-Type: application/vnd.api+json'", ""));
        let yaml = json_api.to_yaml();
        assert!(
            yaml.contains("\ncontent_type: application/vnd.api+json\n"),
            "{yaml}"
        );
        assert_loads(&yaml);
        // A form is sent as one: the reviewer is told what its fields may be, and it loads
        // with the form as its request example.
        let form = draft_of(&page("-d 'sku=a1'", ""));
        let yaml = form.to_yaml();
        assert!(
            yaml.contains("# REVIEW: the page sends its body as a form (line"),
            "{yaml}"
        );
        assert_loads_with_examples(&form);
        let flagged = draft_of(&page("-F 'file=@photo.png'", ""));
        let yaml = flagged.to_yaml();
        assert!(
            yaml.contains("# REVIEW: the page sends its body as `multipart/form-data`"),
            "{yaml}"
        );
        // Said once: by the draft's line above the key, not again among the flags.
        assert!(
            !flagged
                .flags
                .iter()
                .any(|flag| flag.contains("sends JSON or a form only")),
            "{:?}",
            flagged.flags
        );
    }

    #[test]
    fn a_form_the_curl_command_sends_is_the_request_example_typed_by_the_table() {
        let page = Page::parse(
            "# Create a charge\n\n`POST https://api.pay.test/v1/charges`\n\n## Parameters\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n| amount | integer | yes | Amount |\n| capture | boolean | no | At once |\n| tags | array of string | no | Tags |\n| zip | string | no | Postal code |\n\n```bash\ncurl https://api.pay.test/v1/charges \\\n  -d amount=2000 -d capture=true -d tags=a -d tags=b -d zip=07000 -d extra=1\n```\n",
        );
        let draft = import(&page, &ImportOptions::default());
        assert_eq!(draft.examples.len(), 1, "{:?}", draft.examples);
        let example: serde_json::Value =
            serde_json::from_str(&draft.examples[0].text).expect("JSON");
        assert_eq!(
            example,
            serde_json::json!({"amount": 2000, "capture": true, "tags": ["a", "b"], "zip": "07000", "extra": "1"})
        );
        // The name the table lacks is told, as any example's extra member is; without it the
        // draft loads with its example.
        assert!(draft.to_yaml().contains("extra"), "{}", draft.to_yaml());
        let page = Page::parse(
            "# Create a charge\n\n`POST https://api.pay.test/v1/charges`\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n| amount | integer | yes | Amount |\n\n```bash\ncurl https://api.pay.test/v1/charges -d amount=2000\n```\n",
        );
        assert_loads_with_examples(&import(&page, &ImportOptions::default()));
    }

    #[test]
    fn a_timestamp_is_typed_by_its_description_or_its_example() {
        let page = "# Get an order\n\n`GET https://api.shop.test/v1/orders/{id}`\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| created | timestamp | Unix timestamp (seconds) |\n| updated | timestamp | ISO 8601 time of the change |\n| paid | Timestamp | When it was paid |\n";
        let yaml = drafted(page);
        for (field, ty) in [
            ("created", "integer"),
            ("updated", "date-time"),
            ("paid", "any"),
        ] {
            assert!(
                yaml.contains(&format!("      {field}: {{ type: {ty},")),
                "{field}: {yaml}"
            );
        }
        assert!(
            yaml.contains("says neither a Unix time (a number) nor a text time"),
            "the reviewer is told why `paid` is `any`: {yaml}"
        );
        let with_example = format!(
            "{page}\n```json\n{{\"created\": 1, \"updated\": \"2026-01-01T10:00:00Z\", \"paid\": 1700000500}}\n```\n"
        );
        assert!(
            drafted(&with_example).contains("      paid: { type: integer,"),
            "{}",
            drafted(&with_example)
        );
    }

    #[test]
    fn a_query_or_form_text_is_typed_by_its_look_and_a_leading_zero_keeps_it_text() {
        for (text, kind) in [
            ("20", "integer"),
            ("0", "integer"),
            ("-3", "integer"),
            ("1.5", "number"),
            ("0.25", "number"),
            ("true", "boolean"),
            ("0901234567", "string"),
            ("07000", "string"),
            ("NaN", "string"),
            ("Hà Nội", "string"),
        ] {
            assert_eq!(text_kind(text), kind, "{text}");
        }
    }

    #[test]
    fn any_of_rules_are_read_from_prose_in_either_language() {
        let names = |text: &str| any_of_phrase(text);
        let list = |items: &[&str]| Some(items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            names("Bắt buộc email hoặc số điện thoại"),
            list(&["email", "số điện thoại"])
        );
        assert_eq!(
            names("Bắt buộc 1 trong 3 dữ liệu customer_id, email, phone"),
            list(&["customer_id", "email", "phone"])
        );
        assert_eq!(
            names("Either email or phone is required."),
            list(&["email", "phone"])
        );
        assert_eq!(
            names("One of `a`, `b` or `c` is required"),
            list(&["a", "b", "c"])
        );
        assert_eq!(names("Bắt buộc"), None, "a required field, not a rule");
        assert_eq!(names("Email is required"), None);
        assert_eq!(names("Số điện thoại"), None);
    }

    #[test]
    fn a_rule_names_fields_by_name_or_by_their_description() {
        let row = |name: &str, description: &str| Row {
            name: name.to_owned(),
            type_word: None,
            required: None,
            not_null: None,
            description: description.to_owned(),
            description_en: None,
            from_example: false,
            spec_type: None,
            location: None,
            line: 1,
        };
        let rows = [
            row("email", "Bắt buộc email hoặc số điện thoại"),
            row("phone", "Số điện thoại\nBắt buộc email hoặc số điện thoại"),
        ];
        assert_eq!(field_named(&rows, "email"), Some("email".to_owned()));
        assert_eq!(
            field_named(&rows, "số điện thoại"),
            Some("phone".to_owned())
        );
        assert_eq!(field_named(&rows, "fax"), None);
    }

    /// A page's words go under the key of its language: an English page's under `en:`, a
    /// Vietnamese page's under `vi:`, and beside an English column of its own, both.
    #[test]
    fn a_pages_words_go_under_the_key_of_its_language() {
        let page = |title: &str, headers: &str, row: &str| {
            drafted(&format!(
                "# {title}\n\nPOST https://api.x.io/v1/notes\n\n### Body\n\n{headers}\n{row}\n"
            ))
        };
        let english = page(
            "Create a note",
            "| Field | Type | Description |\n|---|---|---|",
            "| text | string | The note, as the user wrote it in Hà Nội |",
        );
        for line in [
            "title: { en: Create a note }",
            "    en: Body\n",
            r#"text: { type: string, doc_type: string, en: "The note, as the user wrote it in Hà Nội" }"#,
        ] {
            assert!(english.contains(line), "missing `{line}` in\n{english}");
        }
        let vietnamese = page(
            "Tạo ghi chú",
            "| Tham số | Kiểu dữ liệu | Mô tả |\n|---|---|---|",
            "| text | string | Nội dung ghi chú |",
        );
        assert!(
            vietnamese.contains("title: { vi: Tạo ghi chú }"),
            "{vietnamese}"
        );
        assert!(
            vietnamese.contains("vi: Nội dung ghi chú }"),
            "{vietnamese}"
        );
        let both = page(
            "Tạo ghi chú",
            "| Tham số | Kiểu dữ liệu | Mô tả | Description |\n|---|---|---|---|",
            "| text | string | Nội dung | The note |",
        );
        assert!(both.contains("vi: Nội dung, en: The note }"), "{both}");
    }

    #[test]
    fn an_enum_drafted_from_a_type_word_keeps_its_own_name() {
        let yaml = drafted(
            "POST https://api.x.vn/v1/a\n\n### Gender\n\n| Giá trị | Mô tả |\n|---|---|\n| m | nam |\n\n\
             ### Body\n\n| Tham số | Kiểu dữ liệu | Mô tả |\n|---|---|---|\n| gender | male/female | giới tính |\n",
        );
        assert!(
            yaml.contains("gender: { type: Gender2, doc_type: male/female"),
            "{yaml}"
        );
        assert!(yaml.contains("  Gender2:\n"), "{yaml}");
        assert!(
            yaml.contains("  Gender:\n    vi: Gender\n    enum:\n      - { value: m, vi: nam }"),
            "{yaml}"
        );
    }

    /// A drafted type never takes a name the checker refuses: the generated module's aliases
    /// get `Body`, the prelude's names `Value`, and the field names the renamed type.
    #[test]
    fn a_drafted_type_avoids_the_names_generated_code_uses() {
        let yaml = drafted(
            "POST https://api.x.vn/v1/a\n\n### Body\n\n| Tham số | Kiểu dữ liệu | Mô tả |\n|---|---|---|\n\
             | option | yes/no | lựa chọn |\n| response | a/b | kiểu trả lời |\n",
        );
        for line in [
            "option: { type: OptionValue, doc_type: yes/no",
            "response: { type: ResponseBody, doc_type: a/b",
            "  OptionValue:\n",
            "  ResponseBody:\n",
        ] {
            assert!(yaml.contains(line), "missing `{line}` in\n{yaml}");
        }
    }

    #[test]
    fn a_type_word_naming_a_table_of_the_page_is_that_type() {
        let page = Page::parse(
            "### Error\n\n| Tham số | Kiểu dữ liệu | Mô tả |\n|---|---|---|\n\
             | metadata | **Metadata** | debug |\n| ids | list of string | ids |\n| other | Blob | ? |\n\n\
             ### Metadata\n\n| Tham số | Kiểu dữ liệu | Mô tả |\n|---|---|---|\n| request_id | string | id |\n",
        );
        let draft = import(&page, &ImportOptions::default());
        let yaml = draft.to_yaml();
        assert!(
            yaml.contains("metadata: { type: Metadata, doc_type: Metadata, vi: debug }\n"),
            "{yaml}"
        );
        assert!(
            yaml.contains(
                "ids: { type: list, items: { type: string }, doc_type: list of string, vi: ids }\n"
            ),
            "{yaml}"
        );
        assert!(
            yaml.contains(
                "other: { type: any, doc_type: Blob, vi: \"?\" }  # REVIEW: unknown type word"
            ),
            "{yaml}"
        );
        let flagged: Vec<&String> = draft
            .flags
            .iter()
            .filter(|f| f.contains("type word"))
            .collect();
        assert_eq!(flagged.len(), 1, "{flagged:?}");
    }

    #[test]
    fn services_and_versions_from_urls() {
        assert_eq!(
            service_of("https://api.service.ladiflow.com/1.0/x").as_deref(),
            Some("ladiflow")
        );
        assert_eq!(service_of("https://api.tiki.vn/a").as_deref(), Some("tiki"));
        assert!(is_version("1.0") && is_version("v2") && !is_version("lead"));
    }
}
