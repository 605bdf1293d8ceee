//! Checks a parsed spec and resolves it into the IR, collecting every problem it finds.
//!
//! One job a module: this one assembles the endpoint (servers, auth, bodies, remarks, which
//! types are read leniently); `types` resolves named types and type expressions; `sent` gives
//! an endpoint the strict twins of the shared types it sends; `examples` reads the documented
//! examples and checks them against their bodies; `address` checks the path and base URLs a
//! request is sent to.

mod address;
mod examples;
mod form;
mod pagination;
mod params;
mod recursion;
pub(crate) mod sent;
mod types;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::auth::AuthDef;
use crate::diagnostic::{Diagnostic, Location};
use crate::ir::{
    Auth, Body, Constraints, Endpoint, EnumValue, Example, Field, Header, Pattern, Remark, Rule,
    Server, ServiceDefaults, SharedTypes, Status, StringFormat, Text, Ty, TyKind, TypeDef,
    TypeKind, UNKNOWN_FIELDS, Variant,
};
use crate::spec::{
    ConflictDef, DefaultsDef, FieldDef, HeaderDef, NoteDef, OriginDef, SharedTypesFile, SpecFile,
};
use crate::yaml::{Spanned, location};
use crate::{input, json_validator, names};

const BUILT_IN_TYPES: &str = "string, integer, number, boolean, date, date-time, any, list, \
                              map, object, json_string";

/// Resolves `spec` (read from the file `file`, whose examples live in `dir`) in its service,
/// when the service has a `types.yaml`: its types may name the service's shared types, and
/// what it leaves out of servers, auth, headers and content type is the service's defaults.
pub fn resolve(
    spec: SpecFile,
    file: &str,
    dir: &Path,
    service: Option<&SharedTypes>,
) -> Result<Endpoint, Vec<Diagnostic>> {
    let no_defaults = ServiceDefaults::default();
    let (shared, defaults) = match service {
        Some(service) => (service.types.as_slice(), &service.defaults),
        None => (&[][..], &no_defaults),
    };
    let mut declared = declared(&spec.types);
    declared.extend(shared.iter().map(|def| (def.name.clone(), def.generic)));
    let mut resolver = Resolver {
        file,
        dir,
        display_dir: Path::new(file).parent().unwrap_or(Path::new("")),
        diagnostics: Vec::new(),
        declared,
        shared,
    };
    for (name, def) in &spec.types {
        if shared.iter().any(|shared| &shared.name == name) {
            resolver.error(
                location(def),
                format!("type `{name}` is also declared in the service's `types.yaml`; name the shared one instead of a copy"),
            );
        }
    }
    let endpoint = resolver.endpoint(spec, defaults);
    finish(resolver.diagnostics, endpoint)
}

/// Resolves a service's shared types (`types.yaml`, read from `file`).
pub fn resolve_shared(
    spec: SharedTypesFile,
    file: &str,
    dir: &Path,
) -> Result<SharedTypes, Vec<Diagnostic>> {
    let mut resolver = Resolver {
        file,
        dir,
        display_dir: Path::new(file).parent().unwrap_or(Path::new("")),
        diagnostics: Vec::new(),
        declared: declared(&spec.types),
        shared: &[],
    };
    if names::is_keyword(&spec.service.value) {
        resolver.error(
            location(&spec.service),
            keyword_message(&spec.service.value),
        );
    } else if !names::is_module_name(&spec.service.value) {
        resolver.error(
            location(&spec.service),
            format!(
                "`{}` is not a snake_case name; expected the service's name, as its specs write it",
                spec.service.value
            ),
        );
    }
    if let Some(version) = &spec.version
        && let Err(error) = semver::Version::parse(&version.value)
    {
        resolver.error(
            location(version),
            format!(
                "`{}` is not a semantic version ({error}); expected MAJOR.MINOR.PATCH, like 1.2.0",
                version.value
            ),
        );
    }
    let mut types = Vec::new();
    for (name, def) in &spec.types {
        if let Some(mut def) = resolver.type_def(name, def) {
            // Shared records serve responses: unknown fields are kept, enums are open. An
            // envelope (a `$data` field) may be shared too: each endpoint fills it.
            def.lenient = true;
            types.push(def);
        }
    }
    resolver.break_cycles(&mut types);
    resolver.remarks(&spec.conflicts, &spec.notes, &mut types, None);
    let defaults = spec
        .defaults
        .as_ref()
        .map(|defaults| resolver.defaults(defaults))
        .unwrap_or_default();
    let shared = SharedTypes {
        spec: file.to_owned(),
        service: spec.service.value.clone(),
        version: spec.version.map(|v| v.value),
        types,
        defaults,
    };
    // The default error body's examples fit it here, once, rather than in every endpoint.
    if let (Some(body), Some(def)) = (
        &shared.defaults.errors,
        spec.defaults.as_ref().and_then(|d| d.value.errors.as_ref()),
    ) && resolver.diagnostics.is_empty()
    {
        resolver.check_body_examples(&shared.as_endpoint(), body, &def.value.examples);
    }
    finish(resolver.diagnostics, Some(shared))
}

fn declared(
    types: &indexmap::IndexMap<String, Spanned<crate::spec::TypeDef>>,
) -> HashMap<String, bool> {
    types
        .iter()
        .map(|(name, def)| {
            (
                name.clone(),
                def.value.fields.as_ref().is_some_and(has_data_field),
            )
        })
        .collect()
}

fn finish<T>(mut diagnostics: Vec<Diagnostic>, result: Option<T>) -> Result<T, Vec<Diagnostic>> {
    match result {
        Some(result) if diagnostics.is_empty() => Ok(result),
        _ => {
            diagnostics.sort_by(|a, b| (&a.file, a.at).cmp(&(&b.file, b.at)));
            diagnostics.dedup();
            Err(diagnostics)
        }
    }
}

/// The rows of a `headers:` table.
fn header_rows(table: &indexmap::IndexMap<String, Spanned<HeaderDef>>) -> Vec<Header> {
    table
        .iter()
        .map(|(name, def)| Header {
            name: name.clone(),
            required: def.value.required,
            docs: Text {
                vi: def.value.vi.clone(),
                en: def.value.en.clone(),
            },
        })
        .collect()
}

/// Why a Rust keyword cannot name a service or an endpoint (each names a module).
fn keyword_message(name: &str) -> String {
    format!(
        "`{name}` is a word Rust keeps for itself, and it names a module of the generated code; expected another name, such as `{name}_list` or `shop_{name}`"
    )
}

fn has_data_field(fields: &indexmap::IndexMap<String, Box<Spanned<FieldDef>>>) -> bool {
    fields.values().any(|field| field.value.ty.value == "$data")
}

struct Resolver<'a> {
    file: &'a str,
    dir: &'a Path,
    display_dir: &'a Path,
    diagnostics: Vec<Diagnostic>,
    /// Declared type names (the spec's and the service's shared ones), each with whether it
    /// is a generic envelope.
    declared: HashMap<String, bool>,
    /// The service's shared types.
    shared: &'a [TypeDef],
}

impl Resolver<'_> {
    fn error(&mut self, at: Location, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.file, at, message));
    }

    fn endpoint(&mut self, spec: SpecFile, defaults: &ServiceDefaults) -> Option<Endpoint> {
        for name in [&spec.service, &spec.endpoint] {
            if names::is_keyword(&name.value) {
                self.error(location(name), keyword_message(&name.value));
            } else if !names::is_module_name(&name.value) {
                self.error(
                    location(name),
                    format!(
                        "`{}` is not a snake_case name; expected something like `customer_create`",
                        name.value
                    ),
                );
            }
        }
        if let Some(taken) = names::reserved_endpoint_name(&spec.endpoint.value) {
            self.error(
                location(&spec.endpoint),
                format!(
                    "`{}` is already {taken} in the generated code, so no endpoint can take it; expected another name, such as `{}_{}`",
                    spec.endpoint.value, spec.service.value, spec.endpoint.value
                ),
            );
        }
        let servers = match (&spec.servers, &defaults.servers) {
            (Some(servers), _) => self.servers(servers, location(&spec.path)),
            (None, Some(servers)) => servers.clone(),
            (None, None) => {
                self.error(
                    location(&spec.path),
                    "the spec states no `servers`, and its service's `types.yaml` has no `defaults` for them; expected `servers: { production: https://… }` in one of them",
                );
                Vec::new()
            }
        };
        let sourced = spec
            .notes
            .iter()
            .any(|note| note.value.about.value == "endpoint");
        if spec.doc.is_none() && !sourced {
            self.error(
                location(&spec.endpoint),
                "the spec names no `doc:` (the vendor page); without one, a note `about: endpoint` says where its facts came from",
            );
        }
        if !spec.path.value.starts_with('/') {
            self.error(
                location(&spec.path),
                format!("path `{}` must start with `/`", spec.path.value),
            );
        } else if let Some(problem) = address::path_problem(&spec.path.value) {
            self.error(
                location(&spec.path),
                format!(
                    "path {} {problem}",
                    serde_json::Value::String(spec.path.value.clone())
                ),
            );
        }
        let headers: Vec<Header> = match &spec.headers {
            Some(table) => self.header_table(table),
            None => defaults.headers.clone().unwrap_or_default(),
        };
        let auth = match (&spec.auth, &defaults.auth) {
            (Some(def), _) => self.auth(def, &headers),
            (None, Some(auth)) => {
                if let Auth::ApiKeyHeader { header } = auth
                    && !headers.iter().any(|h| &h.name == header)
                {
                    self.error(
                        location(&spec.endpoint),
                        format!("the service's default `auth` sends `{header}`, which this spec's `headers` does not list; list it there, or leave `headers` out to take the service's"),
                    );
                }
                auth.clone()
            }
            (None, None) => {
                self.error(
                    location(&spec.endpoint),
                    "the spec states no `auth`, and its service's `types.yaml` has no `defaults` for it; expected `auth: none`, `auth: { api_key: … }` or `auth: { hmac_signature: … }` in one of them",
                );
                Auth::None
            }
        };

        let mut types = Vec::new();
        for (name, def) in &spec.types {
            if let Some(def) = self.type_def(name, def) {
                types.push(def);
            }
        }

        self.break_cycles(&mut types);
        let (params, params_type) = self.params(&spec, &types);
        if let Some(def) = params_type.clone() {
            types.push(def);
        }

        let request = spec
            .request
            .as_ref()
            .map(|request| self.request_type(request));
        if let Some(status) = spec.request.as_ref().and_then(|r| r.value.status.as_ref()) {
            self.error(
                location(status),
                "a request has no `status`; it belongs on `response` and `errors`",
            );
        }
        if let (None, Auth::HmacSignature(hmac)) = (&spec.request, &auth)
            && hmac.payload_without_body.is_empty()
            && hmac.payload.contains(&codegen_runtime::PayloadPart::Body)
        {
            self.error(
                spec.auth.as_ref().map_or_else(|| location(&spec.method), location),
                "this call has no body, but the signature's `payload` signs one; state what it signs instead with `payload_without_body` (for example `[timestamp, client_id, target]`)",
            );
        }
        let response = self.response_type(&spec);
        // An endpoint that states no `errors` answers with its service's default error body.
        // A notification the vendor sends has no vendor error body: the answer is the user's.
        let receives = spec
            .direction
            .as_ref()
            .is_some_and(|d| d.value == crate::spec::Direction::Inbound);
        let errors = match &spec.errors {
            Some(errors) => self.error_type(errors),
            None if receives => None,
            None => defaults.errors.as_ref().map(|body| body.ty.clone()),
        };
        let mut statuses = Vec::new();
        for (code, def) in &spec.statuses {
            if !(400..600).contains(code) {
                self.error(
                    location(def),
                    format!("status `{code}` is not an error status; `statuses` documents 4xx and 5xx answers (success is `response`)"),
                );
                continue;
            }
            if let Some(ty) = self.named(&def.value.body, false) {
                statuses.push((*code, ty));
            }
        }
        let status_tys: Vec<Ty> = statuses.iter().map(|(_, ty)| ty.clone()).collect();

        let mut remarks = Vec::new();
        self.remarks(&spec.conflicts, &spec.notes, &mut types, Some(&mut remarks));

        let request_ty = request.clone().flatten();
        let response_ty = response.clone().ok().flatten();
        let inbound = self.inbound(&spec, &types, request_ty.as_ref());
        // Bodies of documented error statuses are read from the vendor, as the error body is;
        // so is the message of a notification the vendor sends.
        let read: Vec<Ty> = errors
            .iter()
            .cloned()
            .chain(status_tys)
            .chain(inbound.as_ref().and(request_ty.clone()))
            .collect();
        let sent = if inbound.is_some() {
            None
        } else {
            request_ty.as_ref()
        };
        self.mark_lenient_and_unused(&spec, &mut types, sent, response_ty.as_ref(), &read);

        // Examples are read even when types failed, so that every unreadable file is reported;
        // they are checked against the types only when those resolved.
        let types_ok = self.diagnostics.is_empty();
        let mut endpoint = Endpoint {
            spec: self.file.to_owned(),
            service: spec.service.value.clone(),
            name: spec.endpoint.value.clone(),
            name_at: location(&spec.endpoint),
            path_at: location(&spec.path),
            title: Text {
                vi: spec.title.vi.clone(),
                en: spec.title.en.clone(),
            },
            doc: spec
                .doc
                .as_ref()
                .map(|doc| doc.value.clone())
                .unwrap_or_default(),
            inbound,
            method: spec.method.value,
            idempotent: spec.idempotent,
            servers_from_defaults: spec.servers.is_none(),
            servers,
            path: spec.path.value.clone(),
            content_type: match &spec.content_type {
                Some(stated) => self.content_type(stated),
                None => defaults.content_type.clone(),
            }
            .unwrap_or_else(|| "application/json".to_owned()),
            params,
            params_type: params_type.map(|def| def.name),
            auth,
            headers,
            // A body that was declared but did not resolve is reported already.
            request: match request {
                Some(ty) => Some(Body {
                    ty: ty?,
                    status: None,
                    examples: Vec::new(),
                }),
                None => None,
            },
            response: response.ok()?.map(|ty| Body {
                ty,
                status: None,
                examples: Vec::new(),
            }),
            success_status: spec.response.http_status.as_ref().map(|s| s.value),
            response_media: spec
                .response
                .content_type
                .as_ref()
                .map(|media| media.value.trim().to_owned()),
            pagination: None,
            statuses: Vec::new(),
            errors: None,
            types,
            shared: self.shared.to_vec(),
            remarks,
        };
        if let (Some(body), Some(def)) = (endpoint.request.as_mut(), spec.request.as_ref()) {
            body.examples = self.examples(&def.value.examples);
        }
        if let Some(def) = &spec.request
            && types_ok
            && codegen_runtime::is_form_media_type(endpoint.content_type.as_bytes())
        {
            self.form_body(&endpoint, location(def));
        }
        let response_status = self.status(spec.response.status.as_ref(), true);
        match endpoint.response.as_mut() {
            Some(body) => {
                body.examples = self.examples(&spec.response.examples);
                body.status = response_status;
            }
            None => {
                if let Some(example) = spec.response.examples.first() {
                    self.error(
                        location(example),
                        "this response has no body (no `body`, `envelope` or `data`), so it has no examples",
                    );
                }
                if let Some(status) = &spec.response.status {
                    self.error(
                        location(status),
                        "this response has no body, so no `status` pointers into one",
                    );
                }
            }
        }
        for (code, ty) in statuses {
            let Some(def) = spec.statuses.get(&code) else {
                continue;
            };
            let examples = self.examples(&def.value.examples);
            endpoint.statuses.push(crate::ir::StatusBody {
                code,
                body: Body {
                    ty,
                    status: None,
                    examples,
                },
                docs: Text {
                    vi: def.value.vi.clone(),
                    en: def.value.en.clone(),
                },
            });
        }
        match (&spec.errors, errors) {
            (Some(def), Some(ty)) => endpoint.errors = Some(self.error_body(&def.value, ty)),
            (None, Some(_)) => endpoint.errors.clone_from(&defaults.errors),
            (_, None) => {}
        }
        if types_ok && let Err(message) = sent::send_strictly(&mut endpoint) {
            let at = spec.request.as_ref().map(location).unwrap_or_default();
            self.error(at, message);
        }
        if types_ok {
            endpoint.pagination = self.pagination(&spec, &endpoint);
            self.check_examples(&endpoint, &spec);
            self.check_module_names(&endpoint, &spec);
        }
        Some(endpoint)
    }

    /// A type whose name the endpoint's module gives to something else (`Item` when the
    /// pages hold `Order`s) would be defined twice there.
    fn check_module_names(&mut self, endpoint: &Endpoint, spec: &SpecFile) {
        let present = endpoint.module_types();
        for taken in endpoint.module_names() {
            if !present.contains(taken.name) || taken.is_the_type() {
                continue;
            }
            let at = spec
                .types
                .get_key_value(taken.name)
                .map_or_else(|| location(&spec.endpoint), |(_, def)| location(def));
            self.error(
                at,
                format!(
                    "type `{}` has the name the generated module gives {}; rename the type (in `types.yaml` for a shared one)",
                    taken.name, taken.what
                ),
            );
        }
    }

    /// A body's status pointers; `success` ranges belong to responses, not error bodies.
    fn status(
        &mut self,
        def: Option<&Spanned<crate::spec::StatusDef>>,
        response: bool,
    ) -> Option<Status> {
        let def = def?;
        let d = &def.value;
        let pointers = [
            Some(&d.code),
            d.message.as_ref(),
            d.reason.as_ref(),
            d.request_id.as_ref(),
        ];
        for pointer in pointers.into_iter().flatten() {
            if !pointer.value.starts_with('/') {
                self.error(
                    location(pointer),
                    format!(
                        "`{}` is not a JSON Pointer; expected something like `/code`",
                        pointer.value
                    ),
                );
            }
        }
        let success = match (&d.success, response) {
            (Some(range), true) => match range.value.as_slice() {
                [start, end] if start < end => Some((*start, *end)),
                _ => {
                    self.error(
                        location(range),
                        "`success` is a half-open range of codes, like `[200, 300]`",
                    );
                    None
                }
            },
            (Some(range), false) => {
                self.error(
                    location(range),
                    "an error body has no `success` range: any code in it means failure",
                );
                None
            }
            (None, true) => {
                self.error(location(def), "a response `status` needs `success: [start, end]`, the codes that mean success");
                None
            }
            (None, false) => None,
        };
        Some(Status {
            code: d.code.value.clone(),
            success,
            message: d.message.as_ref().map(|m| m.value.clone()),
            reason: d.reason.as_ref().map(|r| r.value.clone()),
            request_id: d.request_id.as_ref().map(|r| r.value.clone()),
        })
    }

    /// The servers of a `servers:` table; `at` is where an empty one is reported.
    fn servers(
        &mut self,
        servers: &indexmap::IndexMap<String, Spanned<String>>,
        at: Location,
    ) -> Vec<Server> {
        if servers.is_empty() {
            self.error(
                at,
                "`servers` names no base URL; expected at least `production: https://…`",
            );
        }
        servers
            .iter()
            .map(|(name, url)| {
                if !(url.value.starts_with("https://") || url.value.starts_with("http://")) {
                    self.error(
                        location(url),
                        format!(
                            "server `{name}` is `{}`; expected an http(s) URL",
                            url.value
                        ),
                    );
                } else if let Some(problem) = address::server_problem(&url.value) {
                    self.error(location(url), format!("server `{name}` {problem}"));
                } else if url.value.ends_with('/') {
                    self.error(
                        location(url),
                        format!("server `{name}` ends with `/`; the path adds it"),
                    );
                }
                Server {
                    name: name.clone(),
                    url: url.value.clone(),
                }
            })
            .collect()
    }

    /// The rows of a header table, each name one a request can carry.
    fn header_table(
        &mut self,
        table: &indexmap::IndexMap<String, Spanned<HeaderDef>>,
    ) -> Vec<Header> {
        for (name, def) in table {
            self.header_name(name, location(def));
        }
        header_rows(table)
    }

    /// Reports `name`, stated at `at`, unless an HTTP header can have it.
    pub(super) fn header_name(&mut self, name: &str, at: Location) {
        if let Some(problem) = crate::names::header_name_problem(name) {
            self.error(at, problem);
        }
    }

    /// A stated `content_type`, when it is one the generated code honours: the client and the
    /// stand-in encode and read bodies as JSON or as form pairs only, so a multipart or XML
    /// body would be sent under a label that says otherwise.
    fn content_type(&mut self, stated: &Spanned<String>) -> Option<String> {
        let media = stated.value.as_str();
        let printable = media
            .bytes()
            .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic());
        if printable
            && (codegen_runtime::is_json_media_type(media.as_bytes())
                || codegen_runtime::is_form_media_type(media.as_bytes()))
        {
            return Some(media.to_owned());
        }
        let quoted = serde_json::Value::String(media.to_owned());
        let message = if printable {
            format!(
                "`content_type: {quoted}` is neither JSON nor a form, the bodies the generated client sends; expected `application/json`, a `+json` type such as `application/merge-patch+json`, or `application/x-www-form-urlencoded` (multipart and XML bodies are not supported)"
            )
        } else {
            format!(
                "`content_type: {quoted}` holds a line end or another control character, which no header can carry; expected a media type such as `application/json`"
            )
        };
        self.error(location(stated), message);
        None
    }

    /// A service's `defaults`, checked as the endpoint keys they stand for are.
    fn defaults(&mut self, def: &Spanned<DefaultsDef>) -> ServiceDefaults {
        let headers = def
            .value
            .headers
            .as_ref()
            .map(|table| self.header_table(table));
        ServiceDefaults {
            servers: def
                .value
                .servers
                .as_ref()
                .map(|servers| self.servers(servers, location(def))),
            content_type: def
                .value
                .content_type
                .as_ref()
                .and_then(|stated| self.content_type(stated)),
            auth: def
                .value
                .auth
                .as_ref()
                .map(|auth| self.auth(auth, headers.as_deref().unwrap_or_default())),
            headers,
            errors: def.value.errors.as_ref().and_then(|errors| {
                let ty = self.error_type(errors)?;
                Some(self.error_body(&errors.value, ty))
            }),
        }
    }

    /// An `errors` body of type `ty` (its `body`, resolved), with its status pointers and
    /// examples (read, not yet checked).
    fn error_body(&mut self, def: &crate::spec::RequestDef, ty: Ty) -> Body {
        Body {
            ty,
            status: self.status(def.status.as_ref(), false),
            examples: self.examples(&def.examples),
        }
    }

    fn auth(&mut self, def: &Spanned<AuthDef>, headers: &[Header]) -> Auth {
        crate::auth::from_spec(def, headers, &mut |at, message| self.error(at, message))
    }

    /// Attaches a conflict or note to the type, field or spec part that `about` names.
    /// Turns a spec's `conflicts` and `notes` into remarks on the types, fields or (for an
    /// endpoint spec) the endpoint parts they are `about`.
    fn remarks(
        &mut self,
        conflicts: &[Spanned<ConflictDef>],
        notes: &[Spanned<NoteDef>],
        types: &mut [TypeDef],
        mut endpoint: Option<&mut Vec<Remark>>,
    ) {
        for conflict in conflicts {
            let def = &conflict.value;
            if def.sides.len() < 2 {
                self.error(
                    location(conflict),
                    "a conflict names two or more `sides`: what each part of the doc says",
                );
            }
            let remark = |field| Remark::Conflict {
                field,
                sides: def
                    .sides
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                resolution: def.resolution.clone(),
            };
            self.attach(&def.about, remark, types, endpoint.as_deref_mut());
        }
        for note in notes {
            let def = &note.value;
            let remark = |field| Remark::Note {
                field,
                text: Text {
                    vi: def.vi.clone(),
                    en: Some(def.en.clone()),
                },
            };
            self.attach(&def.about, remark, types, endpoint.as_deref_mut());
        }
    }

    /// `endpoint` is `None` in `types.yaml`, which has no endpoint parts to remark on.
    fn attach(
        &mut self,
        about: &Spanned<String>,
        remark: impl FnOnce(Option<String>) -> Remark,
        types: &mut [TypeDef],
        endpoint: Option<&mut Vec<Remark>>,
    ) {
        const PARTS: [&str; 5] = ["endpoint", "auth", "request", "response", "errors"];
        let text = about.value.as_str();
        if PARTS.contains(&text) {
            match endpoint {
                Some(endpoint) => endpoint.push(remark(None)),
                None => self.error(
                    location(about),
                    format!("`about: {text}` names an endpoint part, and `types.yaml` has no endpoint; expected `Type` or `Type.field`"),
                ),
            }
            return;
        }
        let (type_name, field) = match text.split_once('.') {
            Some((type_name, field)) => (type_name, Some(field)),
            None => (text, None),
        };
        let Some(def) = types.iter_mut().find(|def| def.name == type_name) else {
            if self.declared.contains_key(type_name) {
                // Declared, but it did not resolve: that problem is reported already.
                return;
            }
            self.error(location(about), format!("`about: {text}` names no declared type; expected `Type`, `Type.field` or one of {}", PARTS.join(", ")));
            return;
        };
        if let Some(field) = field {
            let known = match &def.kind {
                TypeKind::Object { fields, .. } => fields.iter().any(|f| f.wire_name == field),
                TypeKind::Enum { .. } | TypeKind::OneOf { .. } => false,
            };
            if !known {
                self.error(
                    location(about),
                    format!("`about: {text}`: `{type_name}` has no field `{field}`"),
                );
                return;
            }
        }
        def.remarks.push(remark(field.map(str::to_owned)));
    }

    /// What a notification the vendor sends (`direction: inbound`) needs: a message body, and
    /// a `message_id` pointer that reaches a member of it.
    fn inbound(
        &mut self,
        spec: &SpecFile,
        types: &[TypeDef],
        request: Option<&Ty>,
    ) -> Option<crate::ir::Inbound> {
        let inbound = spec
            .direction
            .as_ref()
            .is_some_and(|d| d.value == crate::spec::Direction::Inbound);
        if !inbound {
            if let Some(pointer) = &spec.message_id {
                self.error(
                    location(pointer),
                    "`message_id` names the id of a message the vendor sends; it needs `direction: inbound`",
                );
            }
            return None;
        }
        let Some(request) = request else {
            let at = spec
                .direction
                .as_ref()
                .map_or_else(|| location(&spec.method), location);
            self.error(
                at,
                "an inbound notification needs `request: { body: … }`, the message the vendor sends",
            );
            return None;
        };
        if let Some(pointer) = &spec.message_id {
            let probe = crate::ir::SharedTypes {
                spec: String::new(),
                service: String::new(),
                version: None,
                types: types.iter().chain(self.shared).cloned().collect(),
                defaults: Default::default(),
            }
            .as_endpoint();
            let reaches = pointer.value.starts_with('/')
                && probe
                    .type_at(request, &pointer.value)
                    .is_some_and(|ty| matches!(ty.kind, TyKind::String { .. } | TyKind::Integer));
            if !reaches {
                self.error(
                    location(pointer),
                    format!(
                        "`message_id: {}` does not reach a string or integer member of the message; expected a JSON Pointer such as `/message_id`",
                        pointer.value
                    ),
                );
            }
        }
        Some(crate::ir::Inbound {
            message_id: spec.message_id.as_ref().map(|p| p.value.clone()),
        })
    }

    /// Marks types reachable from a response or error body lenient, and reports types that
    /// nothing uses.
    fn mark_lenient_and_unused(
        &mut self,
        spec: &SpecFile,
        types: &mut [TypeDef],
        request: Option<&Ty>,
        response: Option<&Ty>,
        errors: &[Ty],
    ) {
        // The params type is sent, like the request: strict, and what it names is used.
        let params: Vec<Ty> = types
            .iter()
            .filter(|def| def.params)
            .map(|def| Ty {
                kind: TyKind::Named {
                    name: def.name.clone(),
                    data: None,
                },
                constraints: Constraints::default(),
            })
            .collect();
        let all: [&[TypeDef]; 2] = [types, self.shared];
        let strict = crate::ir::reachable(&all, request.into_iter().chain(&params));
        let lenient = crate::ir::reachable(&all, response.into_iter().chain(errors));
        for def in types.iter_mut() {
            def.lenient = lenient.contains(&def.name);
            if !def.lenient && !strict.contains(&def.name) {
                let at = spec.types.get(&def.name).map(location).unwrap_or_default();
                self.error(
                    at,
                    format!(
                        "type `{}` is declared but neither the request, a parameter nor a response uses it",
                        def.name
                    ),
                );
            }
        }
    }
}

fn list<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| format!("`{}`", item.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}
