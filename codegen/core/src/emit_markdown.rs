//! Markdown reference emitter: one page per endpoint, rendered with a minijinja template
//! (`templates/endpoint.md.jinja`), its tables in the vendor's own layout (name, type word,
//! required, description in Vietnamese and English), then the conflicts, notes and examples.

use serde::Serialize;
use serde_json::{Value, json};

use crate::ir::{Endpoint, Remark, Rule, Text, TypeKind};

const TEMPLATE: &str = include_str!("../templates/endpoint.md.jinja");
const GUIDE: &str = include_str!("../templates/schemas-guide.md.jinja");

/// The template compiled once for every page (compiling it was most of a page's cost).
static ENVIRONMENT: std::sync::LazyLock<Result<minijinja::Environment<'static>, String>> =
    std::sync::LazyLock::new(|| {
        let mut environment = minijinja::Environment::new();
        environment
            .add_template("endpoint.md", TEMPLATE)
            .map_err(|error| error.to_string())?;
        environment
            .add_template("schemas-guide.md", GUIDE)
            .map_err(|error| error.to_string())?;
        Ok(environment)
    });

/// The Markdown reference of `endpoint`, or why the template failed.
pub fn endpoint_page(endpoint: &Endpoint) -> Result<String, String> {
    let environment = ENVIRONMENT.as_ref().map_err(Clone::clone)?;
    let template = environment
        .get_template("endpoint.md")
        .map_err(|error| error.to_string())?;
    template
        .render(minijinja::Value::from(minijinja::value::Serde(context(
            endpoint,
        ))))
        .map_err(|error| error.to_string())
}

/// The guide for other teams beside the published schemas (`schemas/README.md`): how to pin a
/// release, validate, and generate Python and TypeScript types, with commands that name real
/// files. `services` are (name, version); the endpoints are every endpoint of the workspace.
pub fn schemas_guide(
    services: &[(&str, Option<&str>)],
    endpoints: &[Endpoint],
) -> Result<String, String> {
    let environment = ENVIRONMENT.as_ref().map_err(Clone::clone)?;
    let template = environment
        .get_template("schemas-guide.md")
        .map_err(|error| error.to_string())?;
    let schema_files = |service: &str| -> Vec<String> {
        endpoints
            .iter()
            .filter(|e| e.service == service)
            .flat_map(|e| {
                e.bodies()
                    .map(|(role, _)| crate::emit_openapi::schema_path(e, role))
            })
            .collect()
    };
    let services: Vec<Value> = services
        .iter()
        .map(|(name, version)| json!({ "name": name, "version": version, "schemas": schema_files(name) }))
        .collect();
    // The commands validate one real body: the first (by spec path) with a documented example,
    // a request where one has it.
    let mut sorted: Vec<&Endpoint> = endpoints.iter().collect();
    sorted.sort_by(|a, b| a.spec.cmp(&b.spec));
    let example = crate::ir::Role::ALL
        .into_iter()
        .flat_map(|role| sorted.iter().map(move |e| (role, *e)))
        .find(|(role, e)| e.body(*role).is_some_and(|body| !body.examples.is_empty()))
        .map(|(role, e)| crate::emit_openapi::schema_path(e, role));
    template
        .render(minijinja::Value::from(minijinja::value::Serde(
            json!({ "services": services, "example": { "schema": example } }),
        )))
        .map_err(|error| error.to_string())
}

/// What the template shows of an endpoint. Written as rows the template reads directly
/// (rather than as a JSON tree the template engine converts again): at a thousand endpoints
/// the tree was most of a page's cost.
#[derive(Serialize)]
struct Page<'a> {
    spec: &'a str,
    title: String,
    method: &'static str,
    path: &'a str,
    servers: Vec<Server<'a>>,
    doc: &'a str,
    inbound: Option<Inbound<'a>>,
    auth: String,
    headers: Vec<Header<'a>>,
    params: Vec<Param<'a>>,
    envelope: Option<Envelope<'a>>,
    /// A request that is a JSON list (`list_of`).
    request_list_of: Option<ListBody>,
    /// The request is sent as form pairs (`application/x-www-form-urlencoded`).
    request_form: Option<&'a str>,
    /// A response that is a JSON list (`list_of`).
    response_list_of: Option<ListBody>,
    statuses: Vec<StatusRow>,
    response_status: Option<u16>,
    no_response_body: bool,
    /// The media type of an answer that is not JSON, whose bytes the call returns.
    response_media: Option<&'a str>,
    types: Vec<TypeSection<'a>>,
    remarks: Vec<String>,
    examples: Vec<Example<'a>>,
}

#[derive(Serialize)]
struct Server<'a> {
    name: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct Inbound<'a> {
    message_id: Option<&'a str>,
}

#[derive(Serialize)]
struct Header<'a> {
    name: &'a str,
    required: &'static str,
    #[serde(flatten)]
    words: Words,
}

#[derive(Serialize)]
struct Param<'a> {
    name: &'a str,
    #[serde(rename = "in")]
    location: &'static str,
    #[serde(flatten)]
    cells: Cells,
}

/// The cells of a field's row: its type as the doc words it (else as the spec does), the
/// spec's type, whether it is required, and its descriptions.
#[derive(Serialize)]
struct Cells {
    #[serde(rename = "type")]
    ty: String,
    spec_type: String,
    required: &'static str,
    #[serde(flatten)]
    words: Words,
}

impl Cells {
    fn of(field: &crate::ir::Field) -> Self {
        Self {
            ty: field
                .doc_type
                .clone()
                .unwrap_or_else(|| field.ty.describe()),
            spec_type: field.ty.describe(),
            required: yes(field.required),
            words: Words::of(&field.docs),
        }
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    envelope: &'a str,
    data: String,
}

#[derive(Serialize)]
struct StatusRow {
    code: u16,
    #[serde(rename = "type")]
    ty: String,
    #[serde(flatten)]
    words: Words,
}

#[derive(Serialize)]
struct TypeSection<'a> {
    name: &'a str,
    role: Option<&'static str>,
    description: Option<String>,
    fields: Vec<FieldRow<'a>>,
    values: Vec<ValueRow<'a>>,
    alternatives: Vec<String>,
    rules: Vec<String>,
}

#[derive(Serialize)]
struct FieldRow<'a> {
    name: &'a str,
    #[serde(flatten)]
    cells: Cells,
    not_null: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct ValueRow<'a> {
    value: &'a str,
    #[serde(flatten)]
    words: Words,
}

#[derive(Serialize)]
struct Example<'a> {
    role: &'static str,
    file: &'a str,
    json: String,
}

/// A row's descriptions, each fit for a table cell.
#[derive(Serialize)]
struct Words {
    vi: String,
    en: String,
}

impl Words {
    fn of(text: &Text) -> Self {
        Self {
            vi: cell(text.vi.as_deref()),
            en: cell(text.en.as_deref()),
        }
    }
}

/// "có" (yes) where `flag` holds, as the vendor's tables mark it.
fn yes(flag: bool) -> &'static str {
    if flag { "có" } else { "" }
}

/// What the template shows, from the IR.
fn context(endpoint: &Endpoint) -> Page<'_> {
    let roles = [
        (endpoint.request.as_ref(), "request"),
        (endpoint.response.as_ref(), "response"),
        (endpoint.errors.as_ref(), "error"),
    ];
    let params = endpoint
        .params
        .iter()
        .map(|param| Param {
            name: &param.name,
            location: param.location.as_str(),
            cells: Cells::of(&param.field),
        })
        .collect();
    let body_role = |name: &str| {
        roles.iter().find_map(|(body, role)| {
            let body = (*body)?;
            let body_name = match &body.ty.kind {
                crate::ir::TyKind::Named { name, .. } => name.as_str(),
                _ => "",
            };
            (body_name == name).then_some(*role)
        })
    };
    let types = endpoint
        .types
        .iter()
        .filter(|def| !def.params)
        .map(|def| {
            let mut section = TypeSection {
                name: &def.name,
                role: body_role(&def.name).or(if def.generic { Some("envelope") } else { None }),
                description: def.docs.joined(" / "),
                fields: Vec::new(),
                values: Vec::new(),
                alternatives: Vec::new(),
                rules: Vec::new(),
            };
            match &def.kind {
                TypeKind::Object { fields, rules } => {
                    section.fields = fields
                        .iter()
                        .map(|field| FieldRow {
                            name: &field.wire_name,
                            cells: Cells::of(field),
                            not_null: yes(!field.nullable),
                            source: if field.from_example {
                                "ví dụ (example)"
                            } else {
                                ""
                            },
                        })
                        .collect();
                    section.rules = rules.iter().map(rule_line).collect();
                }
                TypeKind::Enum { values } => {
                    section.values = values
                        .iter()
                        .map(|v| ValueRow {
                            value: &v.value,
                            words: Words::of(&v.docs),
                        })
                        .collect();
                }
                TypeKind::OneOf { variants } => {
                    section.alternatives = variants.iter().map(|v| v.ty.describe()).collect();
                }
            }
            section
        })
        .collect();
    let remarks: Vec<String> = endpoint
        .remarks
        .iter()
        .map(remark_line)
        .chain(endpoint.types.iter().flat_map(|def| {
            def.remarks.iter().map(move |remark| match remark.field() {
                Some(field) => format!("`{}.{field}`: {}", def.name, remark_line(remark)),
                None => format!("`{}`: {}", def.name, remark_line(remark)),
            })
        }))
        .collect();
    let examples = roles
        .iter()
        .filter_map(|(body, role)| Some(((*body)?, *role)))
        .flat_map(|(body, role)| {
            body.examples.iter().map(move |example| Example {
                role,
                file: &example.file,
                json: serde_json::to_string_pretty(&example.value).unwrap_or_default(),
            })
        })
        .collect();
    Page {
        spec: &endpoint.spec,
        title: endpoint.title.title(&endpoint.name),
        method: endpoint.method.as_str(),
        path: &endpoint.path,
        servers: endpoint
            .servers
            .iter()
            .map(|s| Server {
                name: &s.name,
                url: &s.url,
            })
            .collect(),
        doc: endpoint.vendor_page(),
        inbound: endpoint.inbound.as_ref().map(|inbound| Inbound {
            message_id: inbound.message_id.as_deref(),
        }),
        auth: crate::auth::page_line(&endpoint.auth),
        headers: endpoint
            .headers
            .iter()
            .map(|h| Header {
                name: &h.name,
                required: yes(h.required),
                words: Words::of(&h.docs),
            })
            .collect(),
        params,
        envelope: endpoint
            .response
            .as_ref()
            .and_then(|body| match &body.ty.kind {
                crate::ir::TyKind::Named {
                    name,
                    data: Some(data),
                } => Some(Envelope {
                    envelope: name,
                    data: data.describe(),
                }),
                _ => None,
            }),
        request_list_of: list_item(endpoint.request.as_ref()),
        request_form: endpoint
            .request
            .as_ref()
            .filter(|_| codegen_runtime::is_form_media_type(endpoint.content_type.as_bytes()))
            .map(|_| endpoint.content_type.as_str()),
        response_list_of: list_item(endpoint.response.as_ref()),
        statuses: endpoint
            .statuses
            .iter()
            .map(|status| StatusRow {
                code: status.code,
                ty: status.body.ty.describe(),
                words: Words::of(&status.docs),
            })
            .collect(),
        response_status: endpoint.success_status,
        no_response_body: endpoint.response.is_none() && endpoint.response_media.is_none(),
        response_media: endpoint.response_media.as_deref(),
        types,
        remarks,
        examples,
    }
}

/// Text fit for a table cell: line breaks as `<br>` (as the vendor pages write them), `|` escaped.
fn cell(text: Option<&str>) -> String {
    text.unwrap_or_default()
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

fn rule_line(rule: &Rule) -> String {
    let Rule::AnyOfRequired { fields, docs } = rule;
    let names: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    let words = docs
        .joined(" / ")
        .map(|w| format!(" ({w})"))
        .unwrap_or_default();
    format!("at least one of {} holds a value{words}.", names.join(", "))
}

fn remark_line(remark: &Remark) -> String {
    match remark {
        Remark::Conflict { resolution, .. } => {
            let sides = remark.sides().unwrap_or_default();
            format!("**Conflict** — {}. {resolution}", sides)
        }
        Remark::Note { text, .. } => format!("**Note** — {}", text_line(text)),
    }
}

fn text_line(text: &Text) -> String {
    text.joined(" / ").unwrap_or_default()
}

/// A body that is a JSON list: its item type, and how many items it holds where the spec says.
#[derive(Serialize)]
struct ListBody {
    item: String,
    length: Option<String>,
}

/// The body, when it is a JSON list (`list_of`).
fn list_item(body: Option<&crate::ir::Body>) -> Option<ListBody> {
    let ty = &body?.ty;
    match &ty.kind {
        crate::ir::TyKind::List { items, .. } => Some(ListBody {
            item: items.describe(),
            length: crate::constraint::items_range(&ty.constraints),
        }),
        _ => None,
    }
}
