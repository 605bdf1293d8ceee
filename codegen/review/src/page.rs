//! A vendor doc page read into what a spec is transcribed from: the calls it documents (method
//! and URL per environment), its tables (fields or enum values, under their headings) and its
//! examples. The page is first read into blocks by real parsers (`blocks.rs`: CommonMark with
//! GFM tables, HTML tables; an HTML document is walked into Markdown by `html.rs`); each layout
//! is a recogniser over those blocks: tables with column headers in Vietnamese or English,
//! call tables, code blocks (examples, curl commands, a lone statement of the call), text lines
//! that state the call, and parameters written as list items (`bullets.rs`).

use std::sync::LazyLock;

use codegen_core::codegen_runtime::from_form;
use regex::Regex;

use crate::blocks::Block;
use crate::markup::required_mark;
pub use crate::markup::{clean, plain};
pub use crate::table::{Row, Table, TableKind};

/// A doc page, as far as a spec is concerned.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The front matter's `title`, or else the first level-1 heading.
    pub title: Option<String>,
    /// The calls the page documents, in page order.
    pub calls: Vec<Call>,
    /// Tables of fields or of enum values, in page order.
    pub tables: Vec<Table>,
    /// Code blocks under headings, in page order.
    pub examples: Vec<Example>,
    /// What the reader met and could not use: tables of unknown columns, unknown required marks.
    pub skipped: Vec<String>,
    /// A table of HTTP statuses and what each means (`| HTTP code | Meaning |` under "Errors"),
    /// without bodies: each row's line, status and text.
    pub http_statuses: Vec<(usize, u16, String)>,
    /// The page says the call answers `204 No Content` (`HTTP/1.1 204 No Content`).
    pub no_content: bool,
    /// The page documents a notification the vendor sends (a call table whose URL is the
    /// partner's, or a reference's `Direction: inbound`), not a call.
    pub inbound: bool,
    /// The JSON Pointer of a notification's id, where a reference states it.
    pub message_id: Option<String>,
    /// `(envelope, data)` where a rendered reference says the response is an envelope filled
    /// with a data type.
    pub envelope: Option<(String, String)>,
    /// The first curl example: its method, URL and headers.
    pub curl: Option<Curl>,
    /// One-ofs a rendered reference states (`One of: string, list of string.` under a
    /// heading): the heading and the alternatives.
    pub one_ofs: Vec<(String, Vec<String>)>,
    /// The line where the page says requests must be signed (`… yêu cầu chữ ký …`), if any.
    pub signed_at: Option<usize>,
    /// The media type of a successful answer the page shows as raw HTTP with a `Content-Type`
    /// that is not JSON (`application/pdf`), with its line: the call answers with a file.
    pub response_media: Option<(usize, String)>,
    /// The most items the page says one call carries (`up to 50 webhooks per request`,
    /// `tối đa 100 bản ghi`), with its line: a batch's length, where the request is a list.
    pub list_limit: Option<(usize, u64)>,
    /// Lines of prose that speak of a header or of `Authorization` (the first few), with their
    /// line numbers: where a page without a header table says how to authenticate.
    pub auth_prose: Vec<(usize, String)>,
    /// The token endpoint, where the page documents the OAuth 2.0 client credentials grant
    /// (`grant_type=client_credentials`); its call is not among `calls`.
    pub token_endpoint: Option<TokenEndpoint>,
    /// Calls the page states by their path alone, with no host (`# PUT /resources/{id}`,
    /// `Endpoint: GET /orders`), in page order: where a path's placeholders are named, which
    /// an example's URL (`…/resources/abc-123`) does not show.
    pub stated_paths: Vec<StatedPath>,
    /// Base URLs the page states on lines of their own (`Server: https://…/v1`, `Base URL:
    /// …`), each with its environment and line: the servers of a stated path.
    pub base_urls: Vec<(String, String, usize)>,
}

/// The HTTP status a line right above a table names, where the line starts with one as a
/// generated reference writes it: `201 (the newly created prompt)`, `400 (validation …), 401
/// (…)`, `200 - application/json`, `404 Not Found` (not `200 characters at most`).
fn status_above(above: &[&str]) -> Option<u16> {
    let line = above.iter().rev().find(|line| !line.trim().is_empty())?;
    let found = STATUS_LEAD.captures(line.trim())?;
    found[1].parse().ok()
}

/// A header line of raw HTTP (`Content-Type: application/pdf`) as its name and value, trimmed;
/// `None` for a line that is none (no colon, or an empty name or one with a space).
fn header_line(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    (!name.is_empty() && !name.contains(char::is_whitespace)).then(|| (name, value.trim()))
}

/// A raw HTTP request as a page shows one in a code block: the request line (`GET
/// /services/fee?weight=1000`, maybe ` HTTP/1.1`) over header lines, one of them `Host:`. Read
/// as the curl command that would send it (its URL with the query, its headers' names); `None`
/// without a request line or a host.
fn http_request(content: &[&str], line: usize) -> Option<Curl> {
    let (first, rest) = content.split_first()?;
    let found = HTTP_REQUEST_LINE.captures(first.trim())?;
    let mut host = None;
    let mut headers = Vec::new();
    let mut authorization = None;
    let mut media_type = None;
    let mut body_at = rest.len();
    for (index, header) in rest.iter().enumerate() {
        let Some((name, value)) = header_line(header) else {
            // A line without a colon ends the headers and starts the body; a colon after
            // what is no header's name (`{"a": 1}`) ends them with no body read.
            if !header.contains(':') {
                body_at = index;
            }
            break;
        };
        if name.eq_ignore_ascii_case("host") {
            host = Some(value.trim_end_matches('/'));
            continue;
        }
        if name.eq_ignore_ascii_case("content-type") {
            media_type = Some(value.to_owned());
        }
        if name.eq_ignore_ascii_case("authorization") {
            authorization = value
                .split_whitespace()
                .next()
                .filter(|scheme| {
                    scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("basic")
                })
                .map(str::to_owned);
        }
        headers.push(name.to_owned());
    }
    let host = host?;
    let base = if host.starts_with("http://") || host.starts_with("https://") {
        host.to_owned()
    } else {
        format!("https://{host}")
    };
    // The query's values stay as the page writes them (`Hà Nội`): only their names and kinds
    // are read from it.
    Some(Curl {
        method: found[1].to_owned(),
        url: format!("{base}{}", &found[2]),
        headers,
        user: false,
        // A form body after the headers: its fields, as a curl command's `-d` would send them.
        form: match &media_type {
            Some(media) if codegen_core::codegen_runtime::is_form_media_type(media.as_bytes()) => {
                let body: Vec<&str> = rest[body_at..]
                    .iter()
                    .map(|line| line.trim())
                    .filter(|line| !line.is_empty())
                    .collect();
                from_form(&body.join("&"))
            }
            _ => Vec::new(),
        },
        authorization,
        media_type,
        line,
    })
}

/// The part of `url` before the path `template`, where the template fits the end of its path
/// (each segment the same, or filling a placeholder: `abc-123` for `{id}`); the query is no part
/// of it. `https://api.example.com/v1/resources/abc-123?x=1` before `/resources/{id}` is
/// `https://api.example.com/v1`.
pub(crate) fn base_before(url: &str, template: &str) -> Option<String> {
    let address = url.split('?').next().unwrap_or_default();
    let (origin, path) = split_origin(address);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let template: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    let start = segments.len().checked_sub(template.len())?;
    let fits = template
        .iter()
        .zip(&segments[start..])
        .all(|(want, got)| want == got || (want.starts_with('{') && want.ends_with('}')));
    fits.then(|| {
        segments[..start]
            .iter()
            .fold(origin, |base, segment| format!("{base}/{segment}"))
    })
}

/// A URL's origin (`https://api.example.com`) and the rest of it (`/v1/orders?x=1`).
pub(crate) fn split_origin(url: &str) -> (String, &str) {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    match url[after_scheme..].find('/') {
        Some(at) => (
            url[..after_scheme + at].to_owned(),
            &url[after_scheme + at..],
        ),
        None => (url.to_owned(), ""),
    }
}

/// A call stated by its method and path template, on a line (a heading, a paragraph, a code
/// block) of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedPath {
    /// The HTTP method, uppercase.
    pub method: String,
    /// The path, each placeholder written `{name}` (`:name` on the page is read as `{name}`).
    pub path: String,
    /// The 1-based line it was read from.
    pub line: usize,
}

impl StatedPath {
    /// An API Blueprint heading: a resource's (`Note [/notes/{id}]`), whose path it keeps in
    /// `resource`, or an action's (`Update a Note [PATCH]`, `Update [PATCH /notes/{id}]`),
    /// which states the call. A URI template's query part (`{?limit}`) is no part of the path.
    fn blueprint(heading: &str, at: usize, resource: &mut Option<String>) -> Option<Self> {
        let found = BLUEPRINT_HEADING.captures(heading.trim())?;
        let path = found.get(2).map(|path| {
            let path = path.as_str();
            match path.find("{?").or_else(|| path.find("{&")) {
                Some(query) => path[..query].to_owned(),
                None => path.to_owned(),
            }
        });
        match (found.get(1), path) {
            (None, Some(path)) => {
                *resource = Some(path);
                None
            }
            (Some(method), path) => Some(Self {
                method: method.as_str().to_owned(),
                path: path.or_else(|| resource.clone())?,
                line: at,
            }),
            (None, None) => None,
        }
    }

    /// `line` read as a stated path: the whole line (its emphasis and code marks aside, after
    /// an optional label such as `Endpoint:`) is a method and a path.
    fn read(line: &str, at: usize) -> Option<Self> {
        let unmarked = line.replace(['*', '`'], "");
        let found = STATED_PATH.captures(unmarked.trim())?;
        let path = found[2]
            .split('/')
            .map(|segment| match segment.strip_prefix(':') {
                Some(name) if !name.is_empty() => format!("{{{name}}}"),
                _ => segment.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("/");
        Some(Self {
            method: found[1].to_owned(),
            path,
            line: at,
        })
    }
}

/// Where a page says to get an access token with the client credentials grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenEndpoint {
    /// The token URL.
    pub url: String,
    /// The scopes its example asks for (`scope=a b`).
    pub scopes: Vec<String>,
    /// Its example sends the client's secret in the form (`client_secret=…`) rather than as
    /// Basic auth.
    pub secret_in_body: bool,
    /// The line where the page states it.
    pub line: usize,
}

/// A token request's scopes: `scope=a+b`, `scope=a%20b` or `"scope": "a b"`.
fn scopes_in(text: &str) -> Vec<String> {
    static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\bscope["']?\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^"'&\s\\]+))"#)
            .expect("scope regex")
    });
    SCOPE
        .captures(text)
        .and_then(|found| found.get(1).or(found.get(2)).or(found.get(3)))
        .map(|found| {
            found
                .as_str()
                .replace("%20", " ")
                .replace('+', " ")
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `url` looks like a token endpoint (`…/oauth/token`, `…/oauth2/token`, `…/token`).
fn is_token_url(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .trim_end_matches('/');
    path.ends_with("/token") || path.ends_with("/oauth2/v1/token") || path.contains("/oauth/token")
}

/// A documented call: `POST https://…` in an environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// `production`, or `sandbox` when the line or its heading says so.
    pub environment: String,
    /// The HTTP method, uppercase.
    pub method: String,
    /// The full URL.
    pub url: String,
    /// The 1-based line it was read from.
    pub line: usize,
    /// The path below the base URL, where the page states the two apart (a `Base URL` row and
    /// a `Path` row).
    pub path: Option<String>,
}

impl Call {
    /// A call the page states, in the environment its `context` (the line, its heading or
    /// the URL) names: the sandbox when it says so, else production.
    fn stated(method: String, url: String, line: usize, context: &str) -> Self {
        Self {
            environment: environment_of(&context.to_lowercase()),
            method,
            url,
            line,
            path: None,
        }
    }

    /// A call the page states with nothing around it but its URL, which alone says its
    /// environment.
    fn at_url(method: String, url: String, line: usize) -> Self {
        let context = url.clone();
        Self::stated(method, url, line, &context)
    }
}

/// A curl command of the page's examples.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Curl {
    /// `-X`/`--request`, else POST when it sends data, else GET.
    pub method: String,
    /// The URL, with its query.
    pub url: String,
    /// `-H`/`--header` names.
    pub headers: Vec<String>,
    /// It sends a user name and password (`-u`/`--user`): Basic auth.
    pub user: bool,
    /// The scheme of the `Authorization` header it sends (`Bearer`, `Basic`), if any.
    pub authorization: Option<String>,
    /// The media type of the body it sends: its `Content-Type` header, else what its data
    /// options say (`-F` a multipart form, `--data-urlencode` or `-d a=1&b=2` a form).
    pub media_type: Option<String>,
    /// The fields a form body sends, decoded, in order (a name repeated for a list): every
    /// `-d a=1&b=2` and `--data-urlencode b=x y` of a command whose body is a form.
    pub form: Vec<(String, String)>,
    /// The 1-based line the command starts on.
    pub line: usize,
}

impl Curl {
    fn read(block: &str, line: usize) -> Self {
        let url = CURL_URL
            .captures(block)
            .map(|found| found[1].to_owned())
            .unwrap_or_default();
        let method = CURL_METHOD
            .captures(block)
            .map(|found| found[1].to_uppercase())
            .unwrap_or_else(|| {
                if block.contains("--data") || block.contains(" -d ") {
                    "POST".to_owned()
                } else {
                    "GET".to_owned()
                }
            });
        let headers = CURL_HEADER
            .captures_iter(block)
            .map(|found| found[1].trim().to_owned())
            .collect();
        let media_type = curl_media_type(block);
        // Fields only where the body is a form: `-d 'a=1'` under a JSON `Content-Type` is not.
        let form = match &media_type {
            Some(media) if codegen_core::codegen_runtime::is_form_media_type(media.as_bytes()) => {
                curl_form(block)
            }
            _ => Vec::new(),
        };
        Self {
            method,
            url,
            headers,
            media_type,
            form,
            user: CURL_USER.is_match(block),
            authorization: CURL_AUTHORIZATION
                .captures(block)
                .map(|found| found[1].to_owned()),
            line,
        }
    }
}

/// The media type of the body a curl command sends, as its options state it.
fn curl_media_type(block: &str) -> Option<String> {
    if let Some(found) = CURL_CONTENT_TYPE.captures(block) {
        return Some(found[1].trim().to_owned());
    }
    if CURL_FORM.is_match(block) {
        return Some("multipart/form-data".to_owned());
    }
    let urlencoded = block.contains("--data-urlencode")
        || curl_data(block)
            .is_some_and(|(data, _)| !data.starts_with(['{', '[', '@']) && data.contains('='));
    urlencoded.then(|| "application/x-www-form-urlencoded".to_owned())
}

/// The fields of the form a curl command sends (empty when its body is no form): each data
/// option in order; `-d` sends its text as written (already encoded, `&`-joined pairs),
/// `--data-urlencode name=text` encodes the text.
fn curl_form(block: &str) -> Vec<(String, String)> {
    let options = CURL_DATA
        .find_iter(block)
        .map(|found| (found.end(), false))
        .chain(
            CURL_URLENCODE
                .find_iter(block)
                .map(|found| (found.end(), true)),
        );
    let mut options: Vec<(usize, bool)> = options.collect();
    options.sort_unstable();
    let mut fields = Vec::new();
    for (at, encoded_by_curl) in options {
        let Some(data) = shell_word(&block[at..]) else {
            continue;
        };
        if encoded_by_curl {
            if let Some((name, value)) = data.split_once('=') {
                fields.push((name.to_owned(), value.to_owned()));
            }
            continue;
        }
        // A JSON body or a file: not a form.
        if data.starts_with(['{', '[', '@']) || !data.contains('=') {
            return Vec::new();
        }
        fields.extend(from_form(&data));
    }
    fields
}

/// The word a shell hands a program at the start of `rest`: up to the first unquoted space, its
/// single-quoted parts verbatim, its double-quoted ones with `\"` and `\\` read, and its bare
/// parts as they are, joined (`"metadata[order_id]"=6735` is `metadata[order_id]=6735`);
/// `None` for an unclosed quote.
fn shell_word(rest: &str) -> Option<String> {
    let mut word = String::new();
    let mut rest = rest;
    loop {
        if let Some(quoted) = rest.strip_prefix('\'') {
            let close = quoted.find('\'')?;
            word.push_str(&quoted[..close]);
            rest = &quoted[close + 1..];
        } else if let Some(quoted) = rest.strip_prefix('"') {
            let (part, after) = double_quoted(quoted)?;
            word.push_str(&part);
            rest = after;
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '\'' || c == '"')
                .unwrap_or(rest.len());
            word.push_str(&rest[..end]);
            rest = &rest[end..];
            if !rest.starts_with(['\'', '"']) {
                break;
            }
        }
    }
    (!word.is_empty()).then_some(word)
}

/// The text of a double-quoted shell word part (`quoted` after its opening quote), with `\"`,
/// `\\`, `\$` and `` \` `` read, and what follows its closing quote; `None` if it is unclosed.
fn double_quoted(quoted: &str) -> Option<(String, &str)> {
    let mut data = String::new();
    let mut chars = quoted.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((data, &quoted[at + 1..])),
            '\\' => match chars.next().map(|(_, c)| c) {
                Some(escaped @ ('"' | '\\' | '$' | '`')) => data.push(escaped),
                Some('\n') => {}
                Some(other) => {
                    data.push('\\');
                    data.push(other);
                }
                None => break,
            },
            _ => data.push(c),
        }
    }
    None
}

/// A code block and what it exemplifies.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The heading it is under.
    pub heading: String,
    /// What the heading says it is.
    pub role: ExampleRole,
    /// The JSON document: the block itself, or a curl command's `--data` body.
    pub text: String,
    /// The 1-based line the block starts on.
    pub line: usize,
}

/// What an example shows, read from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleRole {
    /// A request body.
    Request,
    /// A successful response body.
    Response,
    /// An error body.
    Error,
    /// The heading does not say.
    Unknown,
}

/// What a column of a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Type,
    Required,
    NotNull,
    Description,
    DescriptionEn,
    Source,
    SpecType,
    Location,
    Other,
}

impl Column {
    /// The column a header names, and whether the header is English.
    fn of(header: &str) -> (Self, bool) {
        let lower = header.to_lowercase();
        let (column, english) = Self::named(lower.trim());
        if column != Self::Other {
            return (column, english);
        }
        // Pages also write the Vietnamese headers without their accents (`Thuộc tinh`,
        // `Kieu du lieu`): compare those folded to ASCII.
        let folded = deunicode::deunicode(lower.trim());
        let (column, _) = Self::named_folded(&folded);
        (column, false)
    }

    fn named_folded(header: &str) -> (Self, bool) {
        match header {
            "tham so" | "thuoc tinh" | "ten" | "truong" | "trang thai" | "ly do" | "gia tri"
            | "ten truong" | "ten tham so" | "ten thuoc tinh" => (Self::Name, false),
            "kieu du lieu" | "kieu" => (Self::Type, false),
            "bat buoc" => (Self::Required, false),
            "mo ta" | "giai thich" | "dien giai" | "y nghia" | "ghi chu" | "chi tiet" => {
                (Self::Description, false)
            }
            "nguon" => (Self::Source, false),
            _ => (Self::Other, false),
        }
    }

    fn named(header: &str) -> (Self, bool) {
        match header {
            "tham số" | "thuộc tính" | "tên" | "trường" | "trạng thái" | "lý do" | "giá trị"
            | "giá trị (value)" | "tên trường" | "tên tham số" | "tên thuộc tính" => {
                (Self::Name, false)
            }
            "attributes" | "attribute" | "parameter" | "parameters" | "param" | "field"
            | "name" | "status" | "reason" | "value" | "header" | "key" | "http" | "property"
            | "field name" | "parameter name" | "properties" | "fields" | "argument"
            | "arguments" | "element" | "property name" | "attribute name" | "header name"
            | "query parameter" | "path parameter" | "body parameter" => (Self::Name, true),
            "kiểu dữ liệu" | "kiểu" => (Self::Type, false),
            "type" | "data type" | "datatype" | "value type" => (Self::Type, true),
            "bắt buộc" => (Self::Required, false),
            "required" | "mandatory" | "required?" | "m/o" | "req" | "req."
            | "required/optional" | "is required" | "obligatory" | "presence" | "requirement" => {
                (Self::Required, true)
            }
            "not null" | "non null" => (Self::NotNull, true),
            "mô tả" | "giải thích" | "diễn giải" | "ý nghĩa" | "ghi chú" | "chi tiết" => {
                (Self::Description, false)
            }
            "description" | "explanation" | "meaning" | "notes" | "note" | "details"
            | "remarks" | "remark" | "comment" | "comments" | "summary" | "purpose" | "usage"
            | "definition" => (Self::Description, true),
            "nguồn (source)" | "nguồn" => (Self::Source, false),
            "source" | "origin" => (Self::Source, true),
            "kiểu (spec)" | "spec type" => (Self::SpecType, false),
            "vị trí (in)" | "vị trí" | "in" | "location" => (Self::Location, false),
            _ => (Self::Other, false),
        }
    }
}

static CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(GET|POST|PUT|PATCH|DELETE)\s+(https?://[^\s|)<>\]`]+)").expect("call regex")
});
static API_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\w])(?:API|URL|Endpoint|Request URL|Đường dẫn|Địa chỉ|Duong dan|Dia chi)\s*:\s*\[?(https?://[^\s|)<>\]`]+)")
        .expect("API line regex")
});
static ENVELOPE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Response body: envelope `(\w+)`, data `(\w+)`").expect("envelope regex")
});
static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bchữ ký\b|\bchu ky\b|\bsignature\b|\bsigned\b").expect("signature regex")
});
/// "At most N" of a batch: the count, then within the sentence either a word for items or "per
/// request / call / batch" (`up to 50 webhooks per request`, `a maximum of 100 records`, `tối đa
/// 100 bản ghi`). A length of text, a size, or a rate (`up to 500 characters`, `100 requests
/// per minute`) is no batch's length ([`NOT_A_BATCH`]).
static LIST_LIMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:up to|at most|a maximum of|maximum of|no more than|maximum|max\.?|tối đa|không quá)\s+(\d{1,7})\b[^.;]{0,60}?(?:\b(?:items?|records?|objects?|elements?|entries|entry|rows?)\b|bản ghi|phần tử|\bper\s+(?:request|call|batch)\b|\bin\s+(?:one|a single|each)\s+(?:request|call|batch)\b)",
    )
    .expect("list limit regex")
});
static NOT_A_BATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:characters?|chars?|bytes?|[kmg]b|digits?|length)\b|ký tự|\bper\s+(?:second|minute|hour|day)\b|/\s*(?:s|sec|min|minute|hour)\b",
    )
    .expect("not a batch regex")
});
static NO_CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bHTTP/[0-9.]+\s+204\b|\b204\s+No Content\b|\bHTTP/[0-9.]+\s+\d{3}`?,?\s+no body\b",
    )
    .expect("no content regex")
});
static CURL_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"['"]?(https?://[^\s'"]+)"#).expect("curl URL regex"));
static CURL_METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:-X|--request)\s+'?(GET|POST|PUT|PATCH|DELETE)\b").expect("curl method regex")
});
static CURL_CONTENT_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:-H|--header)\s+['"]content-type:\s*([^'"\n]+)['"]"#)
        .expect("curl content type regex")
});
static CURL_FORM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:-F|--form)\s").expect("curl form regex"));
static CURL_URLENCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)--data-urlencode(?:\s+|=)").expect("curl urlencode regex")
});
static CURL_DATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|\s)(?:-d|--data|--data-raw|--data-binary|--data-ascii)(?:\s+|=)"#)
        .expect("curl data regex")
});
static CURL_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:-H|--header)\s+['"]([^:'"]+):"#).expect("curl header regex"));
static STATED_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z][\w ]{0,30}:\s*)?(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s?#/][^\s?#]*|/)(?:\?\S*)?$")
        .expect("stated path regex")
});
static HTTP_STATUS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^HTTP/[\d.]+\s+(\d{3}(?:\s+\S.*)?)$").expect("status line regex")
});
static HTTP_REQUEST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(GET|POST|PUT|PATCH|DELETE)\s+(/.*?)(?:\s+HTTP/[\d.]+)?$")
        .expect("request line regex")
});
static BLUEPRINT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:(GET|POST|PUT|PATCH|DELETE)\s*)?(/[^\]\s]*)?\]$").expect("blueprint regex")
});
static BASE_URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\W_]*(?:sandbox |production |test |live )?(?:base url|base uri|server url|server|host|api url|base address|base)(?: \(\w+\))?[*_`]*\s*:\s*[*_`<\[]*(https?://[^\s`>)\]*]+)")
        .expect("base URL regex")
});
static STATUS_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[*_`]*([1-5]\d\d)[*_`]*(?:\s*[-–:(,]|\s+[A-Z]|$)").expect("status regex")
});
static CURL_AUTHORIZATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:-H|--header)\s+['"]authorization:\s*(bearer|basic)\b"#)
        .expect("curl authorization regex")
});
static CURL_USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:-u|--user)\s").expect("curl user regex"));
static METHOD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\w])(?:Method|HTTP method|Phương thức|Phuong thuc)\s*:\s*(GET|POST|PUT|PATCH|DELETE)\b")
        .expect("method line regex")
});

impl Page {
    /// Reads `text`, a Markdown page.
    pub fn parse(text: &str) -> Self {
        // A page saved as an HTML document is read as the Markdown it would be.
        let converted = crate::html::to_markdown(text);
        let text = converted.as_deref().unwrap_or(text);
        // ReadMe's exported magic blocks, as the tables and code they render.
        let rendered = crate::readme_blocks::to_markdown(text);
        let text = rendered.as_deref().unwrap_or(text);
        let read = crate::blocks::read(text);
        let lines = &read.lines;
        let mut page = Page {
            no_content: NO_CONTENT.is_match(text),
            title: read.title.clone(),
            ..Page::default()
        };
        let client_credentials = text.contains("client_credentials");
        let mut heading = String::new();
        // The headings the current one is under, outermost first, with their levels.
        let mut outline: Vec<(usize, String)> = Vec::new();
        let mut api_url: Option<(String, usize)> = None;
        let mut method: Option<String> = None;
        let mut curl_url: Option<String> = None;
        // A page without a level-1 heading (a reference that starts at `<h2>`) is titled by
        // its first heading.
        let mut first_heading: Option<String> = None;
        // API Blueprint: the path of the resource heading (`## Note [/notes/{id}]`) its action
        // headings (`### Update a Note [PATCH]`) are under.
        let mut blueprint_resource: Option<String> = None;
        // The text lines right above the block being read (empty after any other block).
        let mut above: &[&str] = &[];
        for block in &read.blocks {
            match block {
                Block::Heading { level, text, line } => {
                    page.stated_paths.extend(StatedPath::read(text, line + 1));
                    page.stated_paths.extend(StatedPath::blueprint(
                        text,
                        line + 1,
                        &mut blueprint_resource,
                    ));
                    heading = text.clone();
                    while outline.last().is_some_and(|(above, _)| *above >= *level) {
                        outline.pop();
                    }
                    outline.push((*level, text.clone()));
                    if *level == 1 && page.title.is_none() {
                        page.title = Some(heading.clone());
                    }
                    first_heading.get_or_insert_with(|| heading.clone());
                }
                Block::Code { start, body } => {
                    let body: Vec<&str> = body.iter().map(String::as_str).collect();
                    // The block's heading first, then the headings it is under.
                    let headings: Vec<&str> = outline
                        .iter()
                        .rev()
                        .map(|(_, text)| text.as_str())
                        .collect();
                    page.code_block(
                        &headings,
                        *start,
                        &body,
                        above,
                        client_credentials,
                        &mut curl_url,
                    );
                }
                Block::Table { start, rows } => {
                    let caption = caption_above(above);
                    let tables = page.tables.len();
                    page.add_table(caption.unwrap_or(&heading), start + 1, rows.clone());
                    if page.tables.len() > tables
                        && let Some(table) = page.tables.last_mut()
                    {
                        table.status = status_above(above);
                    }
                }
                Block::Text { from, to } => {
                    page.api_blocks(&lines[*from..*to], *from);
                    let mut at = *from;
                    while at < *to {
                        let line = lines[at];
                        // Parameters written as list items: a table of their own, under the
                        // heading.
                        if let Some((rows, next)) = crate::bullets::stacked(&lines[..*to], at) {
                            page.add_table(&heading, at + 1, rows);
                            at = next;
                            continue;
                        }
                        let opens_paragraph = at == *from || lines[at - 1].trim().is_empty();
                        if opens_paragraph && crate::bullets::definition(line).is_some() {
                            let (rows, next) = crate::bullets::definitions(&lines[..*to], at);
                            page.add_table(&heading, at + 1, rows);
                            at = next;
                            continue;
                        }
                        if crate::bullets::parameter(line).is_some() {
                            let (rows, next) = crate::bullets::table(&lines[..*to], at);
                            // Items nested under a `+ Parameters` item (API Blueprint) are
                            // parameters whatever the section's heading.
                            let under = at
                                .checked_sub(1)
                                .and_then(|above| lines.get(*from..=above))
                                .and_then(|above| above.iter().rev().find(|l| !l.trim().is_empty()))
                                .map(|l| l.trim().trim_start_matches(['+', '-', '*']).trim());
                            let heading = match under {
                                Some(item) if item.eq_ignore_ascii_case("parameters") => {
                                    "Parameters"
                                }
                                _ => heading.as_str(),
                            };
                            page.add_table(heading, at + 1, rows);
                            at = next;
                            continue;
                        }
                        page.text_line(line, at, &heading, &mut api_url, &mut method);
                        page.stated_paths.extend(StatedPath::read(line, at + 1));
                        at += 1;
                    }
                }
            }
            above = match block {
                Block::Text { from, to } => &lines[*from..*to],
                _ => &[],
            };
        }
        // A call to the token endpoint is how to authenticate, not the endpoint's call.
        if client_credentials {
            if let Some(token) = page.calls.iter().find(|call| is_token_url(&call.url))
                && page.token_endpoint.is_none()
            {
                page.token_endpoint = Some(TokenEndpoint {
                    url: token.url.clone(),
                    scopes: scopes_in(text),
                    secret_in_body: text.contains("client_secret="),
                    line: token.line,
                });
            }
            page.calls.retain(|call| !is_token_url(&call.url));
        }
        // A link whose text and target disagree mangles the `API:` line; the curl example's
        // URL is what the vendor actually calls, so it wins, and the reviewer is told.
        // The curl example's query holds example values: the address is what is compared.
        let curl_url = curl_url.map(|url| match url.split_once('?') {
            Some((address, _)) => address.to_owned(),
            None => url,
        });
        let api_url = match (api_url, curl_url) {
            // The link text stops short of the curl's URL: the mangled link, not a change.
            (Some((url, line)), Some(curl)) if url != curl && curl.starts_with(&url) => {
                page.skipped.push(format!(
                    "line {line}: the API line says {url}, the curl example calls {curl}; the curl example's URL was taken"
                ));
                Some((curl, line))
            }
            (Some((url, line)), Some(curl)) if url != curl => {
                page.skipped.push(format!(
                    "line {line}: the API line says {url}, the curl example calls {curl}; the API line was taken"
                ));
                Some((url, line))
            }
            (api_url, _) => api_url,
        };
        // GitBook pages state the URL and the method on separate lines (`API: …`, `Method: …`).
        if let (Some((url, line)), Some(method)) = (api_url, method)
            && !page.calls.iter().any(|call| call.url == url)
        {
            page.calls.push(Call::at_url(method, url, line));
        }
        // A page whose only statement of the call is its curl example.
        if page.calls.is_empty()
            && let Some(curl) = page.curl.clone().filter(|curl| !curl.url.is_empty())
        {
            page.calls
                .push(Call::at_url(curl.method, curl.url, curl.line));
        }
        page.apply_stated_paths();
        if page.title.is_none() {
            page.title = first_heading;
        }
        page
    }

    /// Each call whose URL ends with a path the page states with its placeholders (`PUT
    /// /resources/{id}` over an example's `…/v1/resources/abc-123?notify=true`) is that path
    /// below the rest of its URL: the example's values are not the path.
    fn apply_stated_paths(&mut self) {
        // A page that states its path and, apart, its base URLs: a call per base URL.
        if self.calls.is_empty()
            && let Some(stated) = self.stated_paths.first()
        {
            for (environment, base, line) in &self.base_urls {
                if self
                    .calls
                    .iter()
                    .any(|call| call.environment == *environment)
                {
                    continue;
                }
                self.calls.push(Call {
                    environment: environment.clone(),
                    method: stated.method.clone(),
                    url: format!("{base}{}", stated.path),
                    line: *line,
                    path: Some(stated.path.clone()),
                });
            }
        }
        for call in self.calls.iter_mut().filter(|call| call.path.is_none()) {
            let Some((stated, base)) = self
                .stated_paths
                .iter()
                .filter(|stated| stated.method == call.method)
                .find_map(|stated| Some((stated, base_before(&call.url, &stated.path)?)))
            else {
                continue;
            };
            call.url = format!("{base}{}", stated.path);
            call.path = Some(stated.path.clone());
        }
    }

    /// A code block under `heading`, its opening fence on line `start` (0-based), with `above`
    /// the text lines right above it: an example, a curl command, a lone statement of the
    /// call, or the token request of the client credentials grant.
    fn code_block(
        &mut self,
        headings: &[&str],
        start: usize,
        body: &[&str],
        above: &[&str],
        client_credentials: bool,
        curl_url: &mut Option<String>,
    ) {
        let heading = headings.first().copied().unwrap_or_default();
        let content: Vec<&str> = body
            .iter()
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .collect();
        // A raw HTTP request (`GET /path?q=1` over `Host:` and other headers) is the call, as
        // a curl example would state it, and no example of a body.
        if let Some(request) = http_request(&content, start + 2) {
            if self.curl.is_none() {
                self.curl = Some(request);
            }
            return;
        }
        // A block that only states the call (`PUT https://…`) under an address heading, or
        // only a status line (`HTTP/1.1 204 No Content`), is no example.
        if let [only] = content.as_slice() {
            if let Some(found) = CALL
                .captures(only)
                .filter(|found| found[0].len() == only.len())
            {
                self.calls.push(Call::stated(
                    found[1].to_owned(),
                    found[2].to_owned(),
                    start + 2,
                    heading,
                ));
                return;
            }
            if NO_CONTENT.is_match(only) {
                return;
            }
            if let Some(stated) = StatedPath::read(only, start + 2) {
                self.stated_paths.push(stated);
                return;
            }
            // Only a URL, under a heading that names the method (Postman's `## POST Create
            // deal` over the request's URL).
            if let Some((method, url)) = crate::blocks::method_heading_call(heading, &content) {
                self.calls.push(Call::stated(
                    method.to_owned(),
                    url.trim_matches(['\'', '"']).to_owned(),
                    start + 2,
                    heading,
                ));
                return;
            }
        }
        // A raw HTTP response (`HTTP/1.1 404 Not Found`, headers, a blank line, the body): its
        // body is the example, of the role its status says.
        if let Some(found) = content
            .first()
            .and_then(|first| HTTP_STATUS_LINE.captures(first))
        {
            // A successful one labelled with a media type that is not JSON (`Content-Type:
            // application/pdf`) shows a file, not an example: the call answers with its bytes.
            // The header lines: after the status line, up to the blank line before the body.
            let media = body
                .iter()
                .skip_while(|line| line.trim().is_empty())
                .skip(1)
                .take_while(|line| !line.trim().is_empty())
                .filter_map(|line| header_line(line))
                .filter(|(name, _)| name.eq_ignore_ascii_case("content-type"))
                .map(|(_, value)| value)
                .last()
                .filter(|media| {
                    !codegen_core::codegen_runtime::is_json_media_type(media.as_bytes())
                });
            if let Some(media) = media.filter(|_| found[1].starts_with('2')) {
                if self.response_media.is_none() {
                    self.response_media = Some((start + 2, media.to_owned()));
                }
                return;
            }
            if let Some(blank) = body.iter().position(|line| line.trim().is_empty()) {
                let text = body[blank + 1..].join("\n");
                if !text.trim().is_empty() {
                    let status = found[1].to_owned();
                    self.examples
                        .push(Example::read(headings, &status, &text, start + 3 + blank));
                    return;
                }
            }
        }
        let block = body.join("\n");
        // The token request of the client credentials grant, and the token it answers with:
        // neither is the endpoint's call nor one of its examples.
        // Parsed only on a page that documents the grant: other pages' examples are not.
        let token_answer = client_credentials
            && serde_json::from_str::<serde_json::Value>(&block)
                .is_ok_and(|value| value.get("access_token").is_some());
        if token_answer {
            return;
        }
        if client_credentials && block.contains("client_credentials") {
            let url = CURL_URL
                .captures(&block)
                .map(|found| found[1].trim_end_matches(['\'', '"']).to_owned())
                .filter(|url| is_token_url(url));
            if let (Some(url), None) = (url, &self.token_endpoint) {
                self.token_endpoint = Some(TokenEndpoint {
                    url,
                    scopes: scopes_in(&block),
                    secret_in_body: block.contains("client_secret"),
                    line: start + 1,
                });
            }
            return;
        }
        // One block of labelled parts (`Request:` and a curl, `Response:` and JSON): each
        // part is read as a block of its own under its label.
        let parts = labelled_parts(body);
        if parts.len() > 1 {
            for (label, part, offset) in parts {
                if curl_url.is_none() && part.starts_with("curl") {
                    *curl_url = CURL_URL.captures(&part).map(|found| found[1].to_owned());
                    self.curl = Some(Curl::read(&part, start + 2 + offset));
                }
                self.examples
                    .push(Example::read(headings, label, &part, start + 2 + offset));
            }
            return;
        }
        if curl_url.is_none() && block.trim_start().starts_with("curl") {
            *curl_url = CURL_URL.captures(&block).map(|found| found[1].to_owned());
            self.curl = Some(Curl::read(&block, start + 1));
        }
        // The text line right above the block: `Request:`, `**Sample response**`, which say
        // more than a generic heading.
        let label = above
            .iter()
            .rev()
            .map(|line| line.trim())
            .find(|line| !line.is_empty())
            .filter(|line| !line.starts_with('|'))
            .unwrap_or_default();
        self.examples
            .push(Example::read(headings, label, &block, start + 1));
    }

    /// GitBook's API blocks in a run of text lines (`first` the 0-based line of the first):
    /// their calls, and their parameters as a table per location.
    fn api_blocks(&mut self, lines: &[&str], first: usize) {
        if !lines.iter().any(|line| line.trim_start().starts_with("{%")) {
            return;
        }
        let blocks = crate::gitbook::read(lines, first);
        for (method, url, line) in blocks.calls {
            self.calls.push(Call::at_url(method, url, line));
        }
        for table in blocks.tables {
            self.add_table(table.heading, table.line, table.rows);
        }
    }

    /// A line of text (0-based `at`) under `heading`: calls it states, the `API:` and
    /// `Method:` lines, and what a rendered reference says in prose.
    fn text_line(
        &mut self,
        line: &str,
        at: usize,
        heading: &str,
        api_url: &mut Option<(String, usize)>,
        method: &mut Option<String>,
    ) {
        if let Some(alternatives) = line.trim().strip_prefix("One of: ") {
            let alternatives = alternatives.trim_end_matches('.');
            self.one_ofs.push((
                heading.to_owned(),
                alternatives.split(", ").map(str::to_owned).collect(),
            ));
        }
        // A rendered reference of a notification (`Direction: inbound. … Message id: `/x`.`).
        if line.starts_with("Direction: inbound") {
            self.inbound = true;
            if let Some((_, rest)) = line.split_once("Message id: `")
                && let Some((pointer, _)) = rest.split_once('`')
            {
                self.message_id = Some(pointer.to_owned());
            }
        }
        if let Some(found) = ENVELOPE_LINE.captures(line) {
            self.envelope = Some((found[1].to_owned(), found[2].to_owned()));
        }
        if self.signed_at.is_none() && SIGNED.is_match(line) {
            self.signed_at = Some(at + 1);
        }
        if self.list_limit.is_none()
            && !NOT_A_BATCH.is_match(line)
            && let Some(count) = LIST_LIMIT
                .captures(line)
                .and_then(|found| found[1].parse::<u64>().ok())
        {
            self.list_limit = Some((at + 1, count));
        }
        let lower = line.to_lowercase();
        // `Authorization`, `HTTP Basic Auth`, `Bearer token`: a page without a header table
        // says how to authenticate in prose.
        if self.auth_prose.len() < 20
            && (lower.contains("header") || lower.contains("auth") || lower.contains("bearer"))
        {
            self.auth_prose.push((at + 1, line.trim().to_owned()));
        }
        // `**PATCH** `https://…``: the call with its emphasis and code marks.
        let unmarked = line.replace(['*', '`'], "");
        for found in CALL.captures_iter(&unmarked) {
            let context = format!("{line} {heading}");
            // The sentence's full stop is no part of the URL.
            let url = found[2].trim_end_matches(['.', ',', ';', ':']).to_owned();
            self.calls
                .push(Call::stated(found[1].to_owned(), url, at + 1, &context));
        }
        if let Some(found) = BASE_URL_LINE.captures(line.trim()) {
            let url = found[1].trim_end_matches(['.', ',', ';', '/']).to_owned();
            let context = format!("{line} {heading}").to_lowercase();
            self.base_urls.push((environment_of(&context), url, at + 1));
        }
        // `**URL:** `https://…``, `**Method:** POST`: read without their emphasis and code.
        if let Some(found) = API_LINE.captures(&unmarked) {
            *api_url = Some((found[1].to_owned(), at + 1));
        }
        if let Some(found) = METHOD_LINE.captures(&unmarked) {
            *method = Some(found[1].to_uppercase());
        }
    }

    /// Adds a table whose first row holds the column headers, under `heading` (the page title
    /// when no heading came before it); tables of unknown columns are noted in `skipped`.
    /// A `| Key | Value |` table that describes the call (`Method`, `Base URL`, `Path`, or a
    /// full `URL`): read as the call, for each environment its rows name. True when it was one.
    fn call_table(&mut self, heading: &str, rows: &[(usize, Vec<String>)]) -> bool {
        let value = |names: &[&str]| {
            rows.iter().skip(1).find_map(|(line, cells)| {
                let key = deunicode::deunicode(&cells.first()?.to_lowercase());
                names
                    .contains(&key.trim())
                    .then(|| (*line, plain(cells.get(1).map_or("", String::as_str))))
            })
        };
        let Some((line, method)) = value(&["method", "phuong thuc"]) else {
            return false;
        };
        let method = method.trim().to_uppercase();
        if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method.as_str()) {
            return false;
        }
        let path = value(&["path", "duong dan", "endpoint"]).map(|(_, path)| path);
        let bases: Vec<(usize, String, String)> = rows
            .iter()
            .skip(1)
            .filter_map(|(line, cells)| {
                let key = deunicode::deunicode(&cells.first()?.to_lowercase());
                let url = plain(cells.get(1)?);
                (url.starts_with("http") && (key.contains("url") || key.contains("host")))
                    .then_some((*line, key, url))
            })
            .collect();
        if bases.is_empty() {
            // `| URL | postback url |`: the call goes to an address the reader owns (a
            // notification the vendor sends); the table is the call's, not a type.
            let named = value(&["url", "base url", "host"]);
            if let Some((url_line, url)) = named {
                self.skipped.push(format!(
                    "line {url_line}: the call table's URL is \"{url}\", no address: a notification the vendor sends (drafted `direction: inbound`); the URL is the one the examples call"
                ));
                self.inbound = true;
                return true;
            }
            return false;
        }
        for (url_line, key, base) in bases {
            let url = match &path {
                Some(path) => format!(
                    "{}/{}",
                    base.trim_end_matches('/'),
                    path.trim_start_matches('/')
                ),
                None => base,
            };
            let context = format!("{key} {heading}").to_lowercase();
            self.calls.push(Call {
                environment: environment_of(&context),
                method: method.clone(),
                url,
                line: url_line.min(line),
                path: path.clone(),
            });
        }
        true
    }

    /// A table of HTTP statuses under an errors heading (or headed by an HTTP code column): two
    /// or more columns, every row's first cell a status from 100 to 599, the rest what it
    /// means. Read into `http_statuses`; `false` for any other table.
    fn http_status_table(&mut self, heading: &str, rows: &[(usize, Vec<String>)]) -> bool {
        let Some(((_, headers), body)) = rows.split_first() else {
            return false;
        };
        let first = headers
            .first()
            .map(|h| h.to_lowercase())
            .unwrap_or_default();
        let lower = heading.to_lowercase();
        let about_statuses = first.contains("http")
            || first.contains("status code")
            || ["error", "lỗi", "response code", "status code"]
                .iter()
                .any(|word| lower.contains(word));
        let status = |cells: &[String]| {
            let code = cells.first()?.trim().trim_matches(['`', '*']).trim();
            let code: u16 = code.get(..3).filter(|_| code.len() == 3)?.parse().ok()?;
            (100..600).contains(&code).then_some(code)
        };
        // A table that types each status's body is the documented error bodies (`statuses:`).
        let typed = headers
            .iter()
            .any(|header| Column::of(header).0 == Column::Type);
        let codes: Option<Vec<u16>> = body.iter().map(|(_, cells)| status(cells)).collect();
        let Some(codes) = codes.filter(|codes| !codes.is_empty()) else {
            return false;
        };
        if headers.len() < 2 || typed || !about_statuses {
            return false;
        }
        for ((line, cells), code) in body.iter().zip(codes) {
            let text: Vec<&str> = cells[1..]
                .iter()
                .map(|cell| cell.trim())
                .filter(|cell| !cell.is_empty())
                .collect();
            self.http_statuses.push((*line, code, text.join(" — ")));
        }
        true
    }

    fn add_table(&mut self, heading: &str, line: usize, rows: Vec<(usize, Vec<String>)>) {
        let heading = match (heading, &self.title) {
            ("", Some(title)) => title.clone(),
            _ => heading.to_owned(),
        };
        let heading = heading.as_str();
        if self.call_table(heading, &rows) || self.http_status_table(heading, &rows) {
            return;
        }
        let mut rows = rows.into_iter();
        let Some((_, headers)) = rows.next() else {
            return;
        };
        // Postman's tables: `Key`, then `Value` (an example), maybe `Description`.
        let key_value = headers
            .first()
            .is_some_and(|first| first.trim().eq_ignore_ascii_case("key"))
            && headers
                .iter()
                .any(|header| header.trim().eq_ignore_ascii_case("value"));
        let mut columns: Vec<Column> = Vec::new();
        let mut english = 0;
        for header in &headers {
            let (mut column, is_english) = Column::of(header);
            english += usize::from(is_english && column != Column::Other);
            // `Mô tả` beside `Description`: the second is the English description.
            if column == Column::Description && columns.contains(&Column::Description) {
                column = Column::DescriptionEn;
            }
            // Postman's `| Key | Value | Description |` (headers, params, a form body): the
            // value is an example, kept among the description's lines, not the description.
            let postman_value = header.trim().eq_ignore_ascii_case("value")
                && key_value
                && headers
                    .iter()
                    .any(|other| Column::of(other).0 == Column::Description);
            if postman_value {
                column = Column::Other;
            }
            // `| header | value |`: a second name-like column holds what the first one means.
            if column == Column::Name && columns.contains(&Column::Name) {
                column = Column::Description;
            }
            columns.push(column);
        }
        let find = |wanted: Column| columns.iter().position(|c| *c == wanted);
        // A name, and what it is: a description, a type, or both (`| Field | Type |`).
        let description = find(Column::Description);
        let Some(name) =
            find(Column::Name).filter(|_| description.is_some() || find(Column::Type).is_some())
        else {
            self.skipped.push(format!(
                "line {line}: a table under \"{heading}\" with columns {} (no name column beside a type or description column)",
                headers.join(", ")
            ));
            return;
        };
        let ty = find(Column::Type);
        let required = find(Column::Required);
        let not_null = find(Column::NotNull);
        let description_en = find(Column::DescriptionEn);
        let source = find(Column::Source);
        let spec_type = find(Column::SpecType);
        let location = find(Column::Location);
        // A table whose name column is headed `Header` lists headers, whatever its section is
        // called (Tiki's "Webhook Signature"): its heading says so for every reader.
        let names_headers = headers.get(name).is_some_and(|cell| {
            matches!(cell.trim().to_lowercase().as_str(), "header" | "headers")
        });
        let heading = if names_headers && !heading.to_lowercase().contains("header") {
            format!("{heading} (headers)")
        } else {
            heading.to_owned()
        };
        let heading = heading.as_str();
        let mut table = Table {
            heading: heading.to_owned(),
            line,
            // A table with a required or location column, or headed as parameters, lists fields
            // or parameters even without a type column (`Key | Bắt buộc | Description`,
            // `### Parameters` over `Key | Description`); the importer types them.
            kind: if ty.is_some()
                || required.is_some()
                || location.is_some()
                || key_value
                || ["parameter", "tham số", "tham so"]
                    .iter()
                    .any(|word| heading.to_lowercase().contains(word))
            {
                TableKind::Fields
            } else {
                TableKind::Values
            },
            english_headers: english * 2 > columns.iter().filter(|c| **c != Column::Other).count(),
            rows: Vec::new(),
            status: None,
        };
        // Columns no reader knows (`Default`, `Example`, `Format`): their cells are the doc's
        // words too, kept as lines of the description under their header.
        let others: Vec<(usize, &str)> = columns
            .iter()
            .enumerate()
            .filter(|(_, column)| **column == Column::Other)
            .filter_map(|(index, _)| Some((index, headers.get(index)?.trim())))
            .filter(|(_, header)| !header.is_empty())
            .collect();
        for (row_line, cells) in rows {
            let cell = |index: Option<usize>| index.and_then(|i| cells.get(i)).cloned();
            let mut description = cell(description).unwrap_or_default();
            for (index, header) in &others {
                let Some(text) = cells.get(*index).map(|text| text.trim()) else {
                    continue;
                };
                if !text.is_empty() && !matches!(text, "-" | "—" | "–") {
                    if !description.is_empty() {
                        description.push('\n');
                    }
                    description.push_str(&format!("{header}: {text}"));
                }
            }
            // A name in a code span or bold (`` `email` ``) is the name.
            let Some(row_name) = cell(Some(name))
                .map(|n| n.trim().trim_matches(['`', '*']).trim().to_owned())
                .filter(|n| !n.is_empty())
            else {
                continue;
            };
            let mut mark = |index: Option<usize>| {
                let text = cell(index)?;
                let flag = required_mark(&text);
                if flag.is_none() {
                    self.skipped.push(format!(
                        "line {row_line}: `{row_name}` has the mark \"{text}\", read as neither yes nor no"
                    ));
                }
                flag
            };
            let required = mark(required);
            let not_null = mark(not_null);
            table.rows.push(Row {
                name: row_name,
                type_word: cell(ty),
                required,
                not_null,
                description,
                description_en: cell(description_en),
                from_example: cell(source).is_some_and(|s| {
                    let s = s.to_lowercase();
                    s.contains("example") || s.contains("ví dụ")
                }),
                spec_type: cell(spec_type).filter(|t| !t.is_empty()),
                location: cell(location).filter(|l| !l.is_empty()),
                line: row_line,
            });
        }
        if table.kind == TableKind::Fields {
            crate::paths::nest_marked(&mut table.rows);
        }
        self.tables.push(table);
    }
}

impl Example {
    /// The block under `headings` (its own, then those it is under), with `label` the line of
    /// text right above it (or empty). The nearest of these that says what the block shows
    /// decides: `Example` under `Request body` is a request.
    fn read(headings: &[&str], label: &str, block: &str, line: usize) -> Self {
        let heading = headings.first().copied().unwrap_or_default();
        let role_in = |text: &str| {
            let lower = text.to_lowercase();
            // A heading or label that is a status (`200 OK`, `404 Not Found`, `Response 201`).
            let is_code = |word: &&str| word.len() == 3 && word.chars().all(|c| c.is_ascii_digit());
            // GitBook's `{% swagger-response status="400: Bad Request" %}`, `httpCode=200`.
            let tagged = ["status=", "httpcode="].iter().find_map(|attribute| {
                let (_, after) = lower.split_once(attribute)?;
                after
                    .trim_start_matches(['"', '\''])
                    .get(..3)
                    .filter(|code| is_code(code))
            });
            let status = tagged
                .or_else(|| {
                    lower
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .find(is_code)
                        .filter(|_| lower.len() < 40)
                })
                .and_then(|code| code.chars().next());
            // A status says it first: `Bad Request (400)` is an error body.
            if matches!(status, Some('4' | '5')) {
                ExampleRole::Error
            } else if status == Some('2') {
                ExampleRole::Response
            } else if lower.contains("request") || lower.contains("yêu cầu") {
                ExampleRole::Request
            } else if lower.contains("lỗi") || lower.contains("error") {
                // Before the answer's words: `Error response`, `Phản hồi lỗi`.
                ExampleRole::Error
            } else if ["response", "phản hồi", "returns", "trả về", "kết quả"]
                .iter()
                .any(|word| lower.contains(word))
            {
                ExampleRole::Response
            } else if lower.starts_with("body") {
                // Postman's `BODY raw`: what the request sends.
                ExampleRole::Request
            } else {
                ExampleRole::Unknown
            }
        };
        let role = std::iter::once(label)
            .chain(headings.iter().copied())
            .map(role_in)
            .find(|role| *role != ExampleRole::Unknown)
            .unwrap_or(ExampleRole::Unknown);
        // A curl command that sends data shows the request, whatever its heading says.
        let role = match role {
            ExampleRole::Unknown if curl_body(block).is_some() => ExampleRole::Request,
            said => said,
        };
        let text = curl_body(block).unwrap_or_else(|| block.trim().to_owned());
        Self {
            heading: heading.to_owned(),
            role,
            text,
            line,
        }
    }

    /// The example as JSON, with the liberties pages take (comments, `...`, trailing commas,
    /// type placeholders) taken out. Taken out first: `{"id": "<integer>"}` is JSON, but its
    /// `id` is an integer.
    pub fn json(&self) -> Option<serde_json::Value> {
        match crate::loose_json::strict(&self.text) {
            Some(strict) => Some(strict.value),
            None => serde_json::from_str(&self.text).ok(),
        }
    }

    /// The example as strict JSON, where the page wrote it with comments, `...`, trailing
    /// commas or type placeholders: the text without them, and what was taken out.
    pub fn made_strict(&self) -> Option<(String, Vec<&'static str>)> {
        let strict = crate::loose_json::strict(&self.text)?;
        Some((strict.text, strict.removed))
    }
}

/// A block's parts, each under a label line of its own (`Request:`, `Invalid Code:`): the
/// label, the part's text and its first line's offset in the block. Comment lines (`# …`)
/// are left out; a block without labels is one part.
fn labelled_parts<'a>(body: &[&'a str]) -> Vec<(&'a str, String, usize)> {
    let is_label = |line: &str| {
        let line = line.trim();
        line.len() > 1
            && line.ends_with(':')
            && line.len() < 60
            && !line.starts_with(['{', '[', '"', '#', '-'])
            && !line.contains(['{', '}', '"', '\'', '='])
    };
    let mut parts: Vec<(&str, Vec<&str>, usize)> = Vec::new();
    for (at, line) in body.iter().enumerate() {
        if is_label(line) {
            parts.push((line.trim().trim_end_matches(':'), Vec::new(), at + 1));
        } else if let Some((_, lines, _)) = parts.last_mut()
            && !line.trim_start().starts_with('#')
        {
            lines.push(line);
        }
    }
    parts
        .into_iter()
        .map(|(label, lines, offset)| (label, lines.join("\n").trim().to_owned(), offset))
        .filter(|(_, text, _)| !text.is_empty())
        .collect()
}

/// The body of a `curl … --data-raw '…'` command.
fn curl_body(block: &str) -> Option<String> {
    let block = block.trim();
    if !block.starts_with("curl") {
        return None;
    }
    // A body in single quotes, as the pages write one; in double quotes, a JSON one only (a
    // bare word is a form's, or a file's `@name`).
    let (data, quote) = curl_data(block)?;
    match quote {
        Some('\'') => Some(data),
        Some(_) if data.starts_with(['{', '[']) => Some(data),
        _ => None,
    }
}

/// What a curl command's data option (`-d`, `--data`, `--data-raw`, `--data-binary`) sends,
/// as the shell hands it over: in single quotes up to the block's last one (a JSON body over
/// several lines), in double quotes with `\"` and `\\` read, or a bare word; and the quote.
fn curl_data(block: &str) -> Option<(String, Option<char>)> {
    let at = CURL_DATA.find(block)?.end();
    let rest = &block[at..];
    if let Some(quoted) = rest.strip_prefix('\'') {
        let end = quoted.rfind('\'')?;
        return Some((quoted[..end].trim().to_owned(), Some('\'')));
    }
    if let Some(quoted) = rest.strip_prefix('"') {
        return double_quoted(quoted).map(|(data, _)| (data.trim().to_owned(), Some('"')));
    }
    let word = rest.split_whitespace().next()?;
    Some((word.to_owned(), None))
}

/// The name a caption right above a table gives it, under one section heading: a bold name
/// (`**item** object`, `**Order**`) or a sentence naming a field (`- Chi tiết thuộc tính
/// push_opts:`, `Fields of push_opts:`), as Tiki's pages describe nested objects. Up to two
/// lines of prose may sit between the caption and the table.
fn caption_above<'a>(above: &[&'a str]) -> Option<&'a str> {
    const LEADS: [&str; 5] = [
        "chi tiết thuộc tính ",
        "chi tiết ",
        "thuộc tính của ",
        "details of ",
        "fields of ",
    ];
    let is_name = |name: &str| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    above
        .iter()
        .rev()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .take(3)
        .take_while(|line| !line.starts_with(['|', '`', '<']))
        .find_map(|line| {
            let line = ["- ", "* "]
                .iter()
                .find_map(|marker| line.strip_prefix(marker))
                .unwrap_or(line)
                .trim()
                .trim_end_matches(':');
            if let Some(rest) = line.strip_prefix("**") {
                let (name, after) = rest.split_once("**")?;
                let after = after.trim();
                let name = name.trim().trim_matches(['_', '*']);
                // Postman's `**BODY** urlencoded` (or `formdata`, `raw`): the request body.
                let body_mode = name.eq_ignore_ascii_case("body")
                    && ["urlencoded", "formdata", "form-data", "raw"]
                        .iter()
                        .any(|mode| after.eq_ignore_ascii_case(mode));
                return (is_name(name)
                    && (after.is_empty() || after.eq_ignore_ascii_case("object") || body_mode))
                    .then_some(name);
            }
            let lower = line.to_lowercase();
            let lead = LEADS.iter().find(|lead| lower.starts_with(*lead))?;
            let name = line.get(lead.len()..)?.trim().trim_matches(['`', '*', '_']);
            is_name(name).then_some(name)
        })
}

fn environment_of(context: &str) -> String {
    if context.contains("sandbox") {
        "sandbox".to_owned()
    } else {
        "production".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{StatedPath, is_token_url, scopes_in, status_above};

    #[test]
    fn a_status_leading_the_line_above_a_table_names_its_body() {
        assert_eq!(status_above(&["201 (the newly created prompt)"]), Some(201));
        assert_eq!(
            status_above(&["400 (validation failed), 401 (unauthorized)", ""]),
            Some(400)
        );
        assert_eq!(status_above(&["200 - application/json"]), Some(200));
        assert_eq!(status_above(&["**404** Not Found"]), Some(404));
        assert_eq!(status_above(&["200 characters at most"]), None);
        assert_eq!(status_above(&["The fields:"]), None);
    }

    #[test]
    fn tables_under_other_vendors_column_names_are_read() {
        for headers in [
            "| Property name | Value type | Required/Optional | Comments |",
            "| Argument | Type | Presence | Summary |",
            "| Fields | Data type | Req. | Usage |",
        ] {
            let page = super::Page::parse(&format!(
                "# Orders\n\n{headers}\n|---|---|---|---|\n| id | string | required | The id |\n"
            ));
            let rows: Vec<(&str, Option<&str>, Option<bool>, &str)> = page
                .tables
                .iter()
                .flat_map(|table| &table.rows)
                .map(|row| {
                    (
                        row.name.as_str(),
                        row.type_word.as_deref(),
                        row.required,
                        row.description.as_str(),
                    )
                })
                .collect();
            assert_eq!(
                rows,
                [("id", Some("string"), Some(true), "The id")],
                "{headers}"
            );
        }
    }

    #[test]
    fn a_raw_http_request_in_a_code_block_is_the_call() {
        let request = super::http_request(
            &[
                "GET /fee?weight=1000&to=Hà Nội HTTP/1.1",
                "Host: api.example.vn",
                "Token: abc",
                "Authorization: Bearer xyz",
            ],
            3,
        )
        .expect("a request");
        assert_eq!(request.method, "GET");
        assert_eq!(
            request.url,
            "https://api.example.vn/fee?weight=1000&to=Hà Nội"
        );
        assert_eq!(request.headers, ["Token", "Authorization"]);
        assert_eq!(request.authorization.as_deref(), Some("Bearer"));
        assert!(
            super::http_request(&["GET /fee", "Accept: */*"], 1).is_none(),
            "no host"
        );
        assert!(super::http_request(&["{", "\"a\": 1", "}"], 1).is_none());
        // A form body after the headers: its fields, decoded.
        let form = super::http_request(
            &[
                "POST /transfers HTTP/1.1",
                "Host: api.bank.test",
                "Content-Type: application/x-www-form-urlencoded",
                "",
                "amount=500000&note=Ti%E1%BB%81n+nh%C3%A0",
            ],
            1,
        )
        .expect("a request");
        assert_eq!(
            form.form,
            [
                ("amount".to_owned(), "500000".to_owned()),
                ("note".to_owned(), "Tiền nhà".to_owned())
            ]
        );
    }

    #[test]
    fn a_base_url_line_with_a_stated_path_is_the_call() {
        let page = super::Page::parse(
            "# Create a pet\n\nPOST /pets\n\nServer: https://petstore.example.com/v1\n\nSandbox base URL: `https://sandbox.example.com/v1`\n",
        );
        let calls: Vec<(&str, &str, Option<&str>)> = page
            .calls
            .iter()
            .map(|call| {
                (
                    call.environment.as_str(),
                    call.url.as_str(),
                    call.path.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            calls,
            [
                (
                    "production",
                    "https://petstore.example.com/v1/pets",
                    Some("/pets")
                ),
                (
                    "sandbox",
                    "https://sandbox.example.com/v1/pets",
                    Some("/pets")
                ),
            ]
        );
    }

    #[test]
    fn a_line_that_is_a_method_and_a_path_states_the_call() {
        let path =
            |line: &str| StatedPath::read(line, 1).map(|s| format!("{} {}", s.method, s.path));
        assert_eq!(
            path("PUT /resources/{id}").as_deref(),
            Some("PUT /resources/{id}")
        );
        assert_eq!(
            path("**GET** `/orders/:order_id`").as_deref(),
            Some("GET /orders/{order_id}")
        );
        assert_eq!(
            path("Endpoint: `DELETE /orders/{id}`").as_deref(),
            Some("DELETE /orders/{id}")
        );
        assert_eq!(path("GET /orders?page=2").as_deref(), Some("GET /orders"));
        assert_eq!(path("Use POST /orders to create one"), None, "prose");
        assert_eq!(
            path("GET https://api.example.com/orders"),
            None,
            "a URL is a call"
        );
        assert_eq!(path("GET //orders"), None);
    }

    #[test]
    fn a_token_request_names_its_scopes_however_it_writes_them() {
        assert_eq!(
            scopes_in("-d scope=invoices.read -d grant_type=client_credentials"),
            ["invoices.read"]
        );
        assert_eq!(
            scopes_in("grant_type=client_credentials&scope=a%20b"),
            ["a", "b"]
        );
        assert_eq!(scopes_in("scope=a+b&x=1"), ["a", "b"]);
        assert_eq!(
            scopes_in(
                r#"{"grant_type": "client_credentials", "scope": "orders:read orders:write"}"#
            ),
            ["orders:read", "orders:write"]
        );
        assert!(scopes_in("grant_type=client_credentials").is_empty());
    }

    #[test]
    fn the_name_and_description_columns_go_by_many_headers() {
        for (name, description) in [
            ("Property", "Meaning"),
            ("Field name", "Notes"),
            ("Tên trường", "Ý nghĩa"),
            ("Ten tham so", "Ghi chu"),
            ("Parameter name", "Details"),
        ] {
            let page = super::Page::parse(&format!(
                "# Orders\n\n| {name} | Type | {description} |\n|---|---|---|\n| id | integer | The id |\n"
            ));
            let row = page.tables.first().and_then(|table| table.rows.first());
            assert_eq!(
                row.map(|row| (row.name.as_str(), row.description.as_str())),
                Some(("id", "The id")),
                "{name} | {description}: {:?}",
                page.skipped
            );
        }
    }

    #[test]
    fn an_html_tables_code_is_a_code_span() {
        let page = super::Page::parse(
            "# Refund\n\n<table><tr><th>Field</th><th>Type</th><th>Description</th></tr><tr><td><code>reason</code></td><td>string</td><td>One of <code class=\"x\">a</code> or <code>b</code></td></tr></table>\n",
        );
        let row = &page.tables[0].rows[0];
        assert_eq!(
            (row.name.as_str(), row.description.as_str()),
            ("reason", "One of `a` or `b`")
        );
    }

    #[test]
    fn a_column_no_reader_knows_is_kept_in_the_description() {
        let page = super::Page::parse(
            "# Orders\n\n| Parameter | Type | Default | Example | Description |\n|---|---|---|---|---|\n| page | integer | 1 | 3 | Page number |\n| q | string | - | | Search text |\n",
        );
        let descriptions: Vec<&str> = page.tables[0]
            .rows
            .iter()
            .map(|row| row.description.as_str())
            .collect();
        assert_eq!(
            descriptions,
            ["Page number\nDefault: 1\nExample: 3", "Search text"]
        );
    }

    #[test]
    fn an_example_under_a_generic_heading_takes_the_role_of_its_section() {
        use super::ExampleRole::{Request, Response, Unknown};
        let roles = |text: &str| -> Vec<super::ExampleRole> {
            super::Page::parse(text)
                .examples
                .iter()
                .map(|example| example.role)
                .collect()
        };
        let block = "```json\n{\"a\": 1}\n```";
        let page = format!(
            "# Create\n\n## Request body\n\n### Example\n\n{block}\n\n## Response\n\n### Sample\n\n{block}\n\n## Notes\n\n{block}\n"
        );
        assert_eq!(roles(&page), [Request, Response, Unknown]);
        let label = format!("# Create\n\n## Request body\n\nResponse:\n\n{block}\n");
        assert_eq!(
            roles(&label),
            [Response],
            "the label above the block says more"
        );
    }

    #[test]
    fn a_token_request_says_where_the_client_secret_goes() {
        let page = |flags: &str| {
            let text = format!(
                "# Orders\n\n```bash\ncurl -X POST https://auth.x.vn/oauth/token {flags} -d grant_type=client_credentials\n```\n\n`GET https://api.x.vn/v1/orders`\n"
            );
            super::Page::parse(&text)
        };
        let in_body = page("-d client_id=app -d client_secret=s3cret");
        let token = in_body.token_endpoint.expect("a token endpoint");
        assert_eq!(token.url, "https://auth.x.vn/oauth/token");
        assert!(token.secret_in_body);
        assert_eq!(in_body.calls.len(), 1);
        assert_eq!(
            in_body.curl, None,
            "the token request is not the endpoint's curl"
        );
        let basic = page("-u app:s3cret");
        assert!(
            !basic
                .token_endpoint
                .expect("a token endpoint")
                .secret_in_body
        );
    }

    #[test]
    fn token_endpoints_are_told_from_other_calls() {
        for url in [
            "https://auth.x.vn/oauth2/token",
            "https://x.vn/oauth/token?x=1",
            "https://x.vn/v1/token/",
        ] {
            assert!(is_token_url(url), "{url}");
        }
        for url in [
            "https://x.vn/v1/tokens",
            "https://x.vn/v1/orders",
            "https://x.vn/token-info",
        ] {
            assert!(!is_token_url(url), "{url}");
        }
    }

    use super::*;

    #[test]
    fn a_batchs_length_is_read_from_the_words_that_bound_it() {
        let limit = |line: &str| Page::parse(&format!("# Batch\n\n{line}\n")).list_limit;
        for (line, count) in [
            ("You can create up to 50 webhooks per request.", Some(50)),
            ("A maximum of 100 records.", Some(100)),
            ("Send at most 25 orders in one request.", Some(25)),
            ("max 20 items", Some(20)),
            ("Tối đa 100 bản ghi mỗi lần gọi.", Some(100)),
            // A length, a size, a rate or a page: no batch's length.
            ("The note, up to 500 characters.", None),
            ("Up to 100 requests per minute.", None),
            ("Files of up to 10 MB.", None),
            ("Page size: up to 100.", None),
        ] {
            assert_eq!(limit(line).map(|(_, count)| count), count, "{line}");
        }
    }

    #[test]
    fn a_shell_word_joins_its_quoted_and_bare_parts() {
        for (rest, word) in [
            ("plain rest", Some("plain")),
            ("'single quoted' rest", Some("single quoted")),
            (
                r#""metadata[order_id]"=6735 -d x"#,
                Some("metadata[order_id]=6735"),
            ),
            (r#"email="a b"@x.vn"#, Some("email=a b@x.vn")),
            (r#"'a'"b"c d"#, Some("abc")),
            (r#""say \"hi\"""#, Some(r#"say "hi""#)),
            ("'unclosed", None),
            (r#""unclosed"#, None),
        ] {
            assert_eq!(shell_word(rest).as_deref(), word, "{rest}");
        }
    }

    #[test]
    fn a_curl_commands_data_is_read_as_the_shell_hands_it_over() {
        let body = |block: &str| curl_body(block);
        assert_eq!(
            body("curl -X POST https://x.test/a \\\n  -d '{\n  \"a\": 1\n}'").as_deref(),
            Some("{\n  \"a\": 1\n}")
        );
        assert_eq!(
            body(r#"curl https://x.test/a --data-binary "{\"a\": \"b\\\\c\"}""#).as_deref(),
            Some(r#"{"a": "b\\c"}"#),
            "double quotes, escapes read"
        );
        assert_eq!(body("curl https://x.test/a -d @body.json"), None, "a file");
        assert_eq!(
            body(r#"curl https://x.test/a -d "a=1&b=2""#),
            None,
            "a form"
        );
        assert_eq!(
            body("curl https://x.test/a --data-raw 'a=1'").as_deref(),
            Some("a=1")
        );
        let media = |block: &str| curl_media_type(block);
        assert_eq!(
            media("curl https://x.test/a -d a=1").as_deref(),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(
            media("curl https://x.test/a --data=\"a=1&b=2\"").as_deref(),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(media("curl https://x.test/a -d '{\"a\": \"x=y\"}'"), None);
        assert_eq!(
            media("curl https://x.test/a --data-binary @file.json"),
            None
        );
    }

    #[test]
    fn a_curl_commands_form_is_read_field_by_field_decoded() {
        let form = |block: &str| -> Vec<(String, String)> { curl_form(block) };
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect()
        };
        assert_eq!(
            form(
                "curl https://x.test/a \\\n  -d amount=2000 \\\n  -d 'currency=vnd' \\\n  -d \"description=My first charge\""
            ),
            pairs(&[
                ("amount", "2000"),
                ("currency", "vnd"),
                ("description", "My first charge")
            ])
        );
        assert_eq!(
            form(
                "curl https://x.test/a -d 'tag=a&tag=b&note=H%C3%A0+N%E1%BB%99i' --data-urlencode 'q=a b&c'"
            ),
            pairs(&[
                ("tag", "a"),
                ("tag", "b"),
                ("note", "Hà Nội"),
                ("q", "a b&c")
            ])
        );
        assert_eq!(
            form("curl https://x.test/a -d '{\"a\": \"x=y\"}'"),
            pairs(&[]),
            "JSON"
        );
        assert_eq!(form("curl https://x.test/a -d @body"), pairs(&[]), "a file");
        assert_eq!(form("curl https://x.test/a"), pairs(&[]), "no body");
        let labelled = |block: &str| Curl::read(block, 1).form;
        assert_eq!(
            labelled("curl https://x.test/a -H 'Content-Type: application/json' -d 'a=1'"),
            pairs(&[]),
            "a body labelled JSON is no form"
        );
        assert_eq!(
            labelled("curl https://x.test/a -d 'a=1'"),
            pairs(&[("a", "1")])
        );
    }

    #[test]
    fn a_table_of_names_and_types_alone_is_read() {
        let page = Page::parse(
            "# Rate\n\n## Response\n\n| Field | Type |\n|---|---|\n| rate | number |\n\n## Notes\n\n| Field | Owner |\n|---|---|\n| rate | Ops |\n",
        );
        let rows: Vec<(&str, Option<&str>, &str)> = page.tables[0]
            .rows
            .iter()
            .map(|row| {
                (
                    row.name.as_str(),
                    row.type_word.as_deref(),
                    row.description.as_str(),
                )
            })
            .collect();
        assert_eq!(rows, [("rate", Some("number"), "")]);
        assert_eq!(page.tables.len(), 1, "{:?}", page.tables);
        assert!(
            page.skipped[0].contains("Field, Owner"),
            "{:?}",
            page.skipped
        );
    }

    #[test]
    fn cells_lose_markup_but_keep_line_breaks() {
        assert_eq!(
            clean("Số điện thoại<br>Bắt buộc"),
            "Số điện thoại\nBắt buộc"
        );
        assert_eq!(clean("&#x20;Tham số header"), "Tham số header");
        assert_eq!(clean("a &amp; b &lt;c&gt; &#65;"), "a & b <c> A");
        assert_eq!(clean("**Metadata**"), "Metadata");
        assert_eq!(
            clean("[HTTP Code](https://x.y/ )"),
            "[HTTP Code](https://x.y/ )"
        );
        assert_eq!(plain("[HTTP Code](https://x.y/ ) <br> a"), "HTTP Code a");
        assert_eq!(clean(r##"Cấu trúc <a href="#x" id="x"></a>"##), "Cấu trúc");
        assert_eq!(clean("List<Integer>"), "List<Integer>");
        assert_eq!(clean("Map<String, String>"), "Map<String, String>");
        assert_eq!(clean("a<span>b</span>"), "ab");
        assert_eq!(clean("Bearer <token>"), "Bearer <token>", "a placeholder");
        assert_eq!(clean("`Bearer <access token>`"), "`Bearer <access token>`");
        assert_eq!(
            clean(r#"`{"status": "<b>"}`"#),
            r#"`{"status": "<b>"}`"#,
            "in code"
        );
        assert_eq!(clean("a <!-- note --> b"), "a  b");
        assert_eq!(clean("<p>x</p> <TD>y</TD>"), "x y");
    }

    #[test]
    fn vietnamese_headers_read_with_or_without_accents() {
        for (header, column) in [
            ("Thuộc tính", Column::Name),
            ("Thuộc tinh", Column::Name),
            ("Thuoc tinh", Column::Name),
            ("Kieu du lieu", Column::Type),
            ("Bat buoc", Column::Required),
            ("Mo ta", Column::Description),
            ("Key", Column::Name),
            ("Tham số", Column::Name),
        ] {
            assert_eq!(Column::of(header).0, column, "{header}");
        }
    }

    #[test]
    fn required_marks_in_both_languages() {
        for (mark, flag) in [
            ("có", true),
            ("yes", true),
            ("✓", true),
            ("✕", false),
            ("", false),
            ("Mandatory", true),
            ("Optional", false),
            ("không bắt buộc", false),
            ("M", true),
            ("O", false),
            ("✅", true),
            ("✔️", true),
            ("❌", false),
            ("Yes*", true),
            ("Required¹", true),
            ("—", false),
        ] {
            assert_eq!(required_mark(mark), Some(flag), "{mark}");
        }
        assert_eq!(required_mark("maybe"), None);
        assert_eq!(required_mark("Conditional"), None, "left for the reviewer");
    }
}
