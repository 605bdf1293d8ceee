//! A draft as spec text: the draft's facts built as values of the spec model
//! ([`codegen_core::spec`]: a field is a `FieldDef`, a header a `HeaderDef`, paging a
//! `PaginationDef`, …), placed in the spec writer's tree ([`codegen_core::spec_text`]) with a
//! `# REVIEW` comment wherever a reader must decide, and printed by its one writer. Nothing
//! here writes YAML syntax or names a key the model does not declare, but for the document's
//! top-level keys.

use codegen_core::codegen_runtime::{ParamLocation, QueryStyle};
use codegen_core::spec::{
    ConflictDef, Descriptions, EnumValueDef, FieldDef, HeaderDef, NoteDef, OriginDef,
    PaginationDef, PagingStyleDef, RequestDef, ResponseDef, RuleDef, StatusBodyDef, unplaced,
};
use codegen_core::spec_text::{Block, Flow, Scalar};
use heck::ToUpperCamelCase;

use super::{
    Draft, DraftCall, DraftType, PageBy, ServiceAuth, bounds, is_time_word, path_below_servers,
    placeholders, time_said, unix_time_said,
};
use crate::Language;
use crate::page::{ExampleRole, Row, TableKind};
use crate::type_word::SpecType;

impl Draft {
    /// The draft as spec YAML (see `specs/README.md`), `# REVIEW` comments where a reader must
    /// decide.
    pub fn to_yaml(&self) -> String {
        let known = self.known();
        let mut doc = Block::new();
        doc.comment(format!(
            "Draft imported from {} by `cargo xtask import`.",
            self.doc
        ));
        doc.comment(
            "Check every `# REVIEW` line, then record each disagreement between the tables and",
        );
        doc.comment("the examples under `conflicts:` (specs/README.md).");
        doc.entry("service", &self.service);
        if let Some(call) = &self.call {
            self.call_part(call, &known, &mut doc);
            doc.blank();
        } else {
            // No call: a draft of shared types, in the `types.yaml` format.
            self.headers_block(&mut doc);
        }
        self.types_part(&known, &mut doc);
        if !self.conflicts.is_empty() {
            doc.blank();
            doc.comment("REVIEW: drafted from where the examples and the tables disagree.");
            let mut conflicts = Block::new();
            for conflict in &self.conflicts {
                let written = ConflictDef {
                    about: unplaced(conflict.about.clone()),
                    sides: conflict.sides.iter().cloned().collect(),
                    resolution: conflict.resolution.clone(),
                };
                conflicts.block_item(Block::of_map(Flow::of(&written)));
            }
            doc.entry("conflicts", conflicts);
        }
        // Statuses the page explains without a body: kept as the endpoint's notes, which the
        // generated docs show (a status with a body of its own goes under `statuses:`).
        if self.call.is_some() && !self.http_statuses.is_empty() {
            doc.blank();
            doc.comment("REVIEW: the page's table of HTTP statuses, kept as notes; give a status its body under `statuses:` where the page shows one.");
            let mut notes = Block::new();
            for (_, code, text) in &self.http_statuses {
                let note = NoteDef {
                    about: unplaced("endpoint".to_owned()),
                    en: format!("HTTP {code}: {text}"),
                    vi: None,
                };
                notes.block_item(Block::of_map(Flow::of(&note)));
            }
            doc.entry("notes", notes);
        }
        doc.to_yaml()
    }

    /// Everything an endpoint's spec says before its types: the call, its parameters, how it
    /// authenticates, its bodies, statuses and paging.
    fn call_part(&self, call: &DraftCall, known: &[DraftType], doc: &mut Block) {
        doc.entry("endpoint", &self.endpoint);
        if self.inbound {
            doc.comment("REVIEW: a notification the vendor sends; check how it is signed.");
            doc.entry("direction", "inbound");
            if let Some(pointer) = &self.message_id {
                doc.entry("message_id", pointer);
            }
        }
        let title = self.title.as_deref().unwrap_or(&self.endpoint);
        let (vi, en) = self.language.place(Some(title.to_owned()), None);
        let title = Descriptions { vi, en };
        doc.entry("title", Flow::of(&title));
        doc.entry("doc", &self.doc);
        doc.entry("method", &call.method);
        let path = match self.path_below_default_servers(call) {
            Some(path) => {
                doc.comment("servers: the service's defaults (types.yaml).");
                path
            }
            None => {
                if self.defaults.servers.is_some() {
                    doc.comment("REVIEW: the page's servers differ from the service's defaults (types.yaml); these replace them for this endpoint.");
                }
                if call.servers.is_empty() {
                    doc.comment("REVIEW: the page states the path but no server URL; add each environment's base URL.");
                }
                let mut servers = Block::new();
                for (environment, url) in &call.servers {
                    servers.entry(environment, url);
                }
                doc.entry("servers", servers);
                call.path.clone()
            }
        };
        doc.entry("path", &path);
        self.params_part(&path, known, doc);
        if let Some((line, media)) = &self.content_type {
            if codegen_core::codegen_runtime::is_form_media_type(media.as_bytes()) {
                doc.comment(format!("REVIEW: the page sends its body as a form (line {line}): the client sends the request's fields as `name=value` pairs (what nests named in brackets: `address[city]`), so each must be text, a number, a boolean, a date, an enum, or a record, map or list of them, and none nullable (specs/README.md, `content_type`)."));
            } else if !codegen_core::codegen_runtime::is_json_media_type(media.as_bytes()) {
                doc.comment(format!("REVIEW: the page sends its body as `{media}` (line {line}), and the generated client sends JSON or a form only; this spec does not load until the call is settled (specs/README.md, `content_type`)."));
            }
            doc.entry("content_type", media);
        }
        self.auth_part(doc);
        doc.blank();
        self.bodies_part(call, doc);
        if !self.statuses.is_empty() {
            let mut statuses = Block::new();
            for (code, body) in &self.statuses {
                let code: Scalar = code.parse::<u16>().map_or_else(|_| code.into(), Into::into);
                let status = StatusBodyDef {
                    body: unplaced(body.clone()),
                    vi: None,
                    en: None,
                    examples: Vec::new(),
                };
                statuses.entry(code, Flow::of(&status));
            }
            doc.entry("statuses", statuses);
        }
        self.pagination_part(doc);
    }

    /// `params:`: the parameter table's rows, the path's placeholders no row names, and the
    /// query parameters.
    fn params_part(&self, path: &str, known: &[DraftType], doc: &mut Block) {
        let unnamed: Vec<&str> = placeholders(path)
            .into_iter()
            .filter(|name| !self.params.iter().any(|row| row.name == *name))
            .collect();
        let mut params = Block::new();
        for row in &self.params {
            let (mut def, review) = param_def(row, known);
            describe(&mut def, row, self.language);
            if let Some(review) = review {
                params.comment(format!("REVIEW: {review}"));
            }
            params.entry(&row.name, Flow::of(&def));
        }
        if !unnamed.is_empty() {
            params.comment("REVIEW: path parameters drafted from the path template; the page gives no type for them.");
            for name in unnamed {
                let mut def = FieldDef::of_type("string");
                def.location = Some(unplaced(ParamLocation::Path));
                def.required = Some(unplaced(true));
                params.entry(name, Flow::of(&def));
            }
        }
        for row in &self.query {
            let (mut def, review) = query_def(row, self.word_enum(row));
            describe(&mut def, row, self.language);
            if let Some(review) = review {
                params.comment(format!("REVIEW: {review}"));
            }
            params.entry(&row.name, Flow::of(&def));
        }
        if !params.is_empty() {
            doc.entry("params", params);
        }
    }

    /// `headers:` and `auth:`, or a comment that the service's defaults apply.
    fn auth_part(&self, doc: &mut Block) {
        // A page that says requests are signed (without defining how) takes the headers
        // and auth of the service's other specs, or says what is missing.
        let signed = match (self.signed_at, &self.service_auth) {
            (Some(at), _) if self.defaults.auth.is_some() => {
                doc.comment(format!(
                    "REVIEW: the page says requests are signed (line {at}); the headers and auth are the service's defaults (types.yaml)."
                ));
                true
            }
            (Some(at), Some(ServiceAuth { headers, auth })) => {
                doc.comment(format!(
                    "REVIEW: the page says requests are signed (line {at}); the headers and auth below are the service's other specs'."
                ));
                if !headers.is_empty() {
                    doc.entry("headers", headers_block(headers));
                }
                doc.entry("auth", codegen_core::auth::spec_flow(auth));
                true
            }
            (Some(at), None) => {
                self.headers_block(doc);
                doc.comment(format!(
                    "REVIEW: the page says requests are signed (line {at}) but not how; state the signature (specs/README.md, `hmac_signature`)."
                ));
                doc.entry("auth", "none");
                true
            }
            (None, _) => false,
        };
        if signed {
            return;
        }
        let reading = codegen_core::auth::from_page(&self.auth_cues());
        if self.takes_default_auth(&reading.auth) {
            doc.comment("headers and auth: the service's defaults (types.yaml).");
            return;
        }
        self.headers_block(doc);
        doc.comment(format!("REVIEW: {}", reading.review));
        doc.entry("auth", codegen_core::auth::spec_flow(&reading.auth));
    }

    /// `request:`, `response:` and `errors:`, each with its example files.
    fn bodies_part(&self, call: &DraftCall, doc: &mut Block) {
        let examples = |role: ExampleRole| -> Vec<_> {
            self.examples
                .iter()
                .filter(|e| e.role == role)
                .map(|e| unplaced(e.file.clone()))
                .collect()
        };
        let body = |body: &str, role: ExampleRole| RequestDef {
            body: Some(unplaced(body.to_owned())),
            list_of: None,
            min_items: None,
            max_items: None,
            status: None,
            examples: examples(role),
        };
        match &self.request {
            Some(items) if self.request_is_list => {
                if let Some((line, count)) = self.list_limit {
                    doc.comment(format!("REVIEW: `max_items: {count}` read from the page's words on line {line}: check that they bound the batch."));
                }
                doc.entry(
                    "request",
                    Block::of_map(Flow::of(&RequestDef {
                        body: None,
                        list_of: Some(unplaced(items.clone())),
                        max_items: self.list_limit.map(|(_, count)| unplaced(count)),
                        ..body(items, ExampleRole::Request)
                    })),
                )
            }
            Some(request) => doc.entry(
                "request",
                Block::of_map(Flow::of(&body(request, ExampleRole::Request))),
            ),
            // A GET or DELETE sends no body.
            None if !call.sends_body() => {}
            None => {
                doc.comment("REVIEW: the page has no table for the request body; none is drafted.")
            }
        }
        let response = ResponseDef {
            examples: examples(ExampleRole::Response),
            ..ResponseDef::default()
        };
        let response = match (&self.envelope, &self.response) {
            (Some((envelope, data)), _) => Some(ResponseDef {
                envelope: Some(unplaced(envelope.clone())),
                data: Some(unplaced(data.clone())),
                ..response
            }),
            (None, Some(items)) if self.response_is_list => Some(ResponseDef {
                list_of: Some(unplaced(items.clone())),
                ..response
            }),
            (None, Some(body)) => Some(ResponseDef {
                body: Some(unplaced(body.clone())),
                ..response
            }),
            (None, None) if self.no_content => Some(ResponseDef {
                http_status: Some(unplaced(204)),
                examples: Vec::new(),
                ..response
            }),
            (None, None) => self.response_media.as_ref().map(|(line, media)| {
                doc.comment(format!("REVIEW: the page's answer is `{media}` (line {line}), not JSON: the client returns its bytes."));
                ResponseDef {
                    content_type: Some(unplaced(media.clone())),
                    examples: Vec::new(),
                    ..response
                }
            }),
        };
        match response {
            Some(response) => doc.entry("response", Block::of_map(Flow::of(&response))),
            None => {
                doc.comment("REVIEW: the page has no table for the response body; none is drafted.")
            }
        }
        if let Some(error) = &self.error {
            doc.entry(
                "errors",
                Block::of_map(Flow::of(&body(error, ExampleRole::Error))),
            );
        }
    }

    /// `pagination:`, where the draft read one.
    fn pagination_part(&self, doc: &mut Block) {
        let Some(paging) = &self.pagination else {
            return;
        };
        let text = |text: &String| Some(unplaced(text.clone()));
        let mut written = PaginationDef {
            style: unplaced(PagingStyleDef::Page),
            page: None,
            cursor: None,
            next_from: None,
            limit: paging.limit.as_ref().and_then(text),
            first_page: None,
            items: unplaced(paging.items.clone()),
            total: paging.total.as_ref().and_then(text),
        };
        match &paging.by {
            PageBy::Number { page, first_page } => {
                doc.comment("REVIEW: read as page-numbered paging from the query's page parameter and the response's list; check the pointers, and where the walk ends.");
                written.page = text(page);
                written.first_page = Some(unplaced(*first_page));
            }
            PageBy::Cursor { cursor, next_from } => {
                doc.comment(format!(
                    "REVIEW: read as a cursor: each page asks for the items after the last one's id (`{cursor}`); check the pointers, and where the walk ends."
                ));
                written.style = unplaced(PagingStyleDef::Cursor);
                written.cursor = text(cursor);
                written.next_from = text(next_from);
            }
        }
        doc.entry("pagination", Block::of_map(Flow::of(&written)));
    }

    /// `types:`: the one-ofs, then each drafted object or enum.
    fn types_part(&self, known: &[DraftType], doc: &mut Block) {
        let mut types = Block::new();
        for entry in self.entries(known) {
            types.entry(entry.name, entry.block);
        }
        doc.entry("types", types);
    }

    /// The entries of the draft's `types:`, as it writes them: what a folder's import compares
    /// across drafts and moves into the service's `types.yaml`.
    pub fn type_entries(&self) -> Vec<TypeEntry> {
        self.entries(&self.known())
    }

    fn entries(&self, known: &[DraftType]) -> Vec<TypeEntry> {
        let mut entries = Vec::new();
        for (name, alternatives) in &self.one_ofs {
            let mut one_of = Block::new();
            let mut shape = Vec::new();
            let mut references = Vec::new();
            for alternative in alternatives {
                let (def, review) = spec_type_def(alternative, known);
                named_types(&def, &mut references);
                let flow = Flow::of(&def);
                shape.push(flow.to_yaml());
                one_of.item(flow, review.map(|r| format!("REVIEW: {r}")));
            }
            let mut block = Block::new();
            block.entry("one_of", one_of);
            entries.push(TypeEntry {
                name: name.clone(),
                block,
                shape,
                references,
            });
        }
        for def in &self.types {
            entries.push(self.type_entry(def, known));
        }
        entries
    }

    /// One drafted type: where it came from, then its fields and rules, or its values.
    fn type_entry(&self, def: &DraftType, known: &[DraftType]) -> TypeEntry {
        let mut block = Block::new();
        let mut shape = Vec::new();
        let mut references = Vec::new();
        match &def.from_word_of {
            Some(of) => block.entry(
                "en",
                format!(
                    "The values of {}, as its {} lists them.",
                    of.describe(),
                    if def.from_description {
                        "description"
                    } else {
                        "type word"
                    }
                ),
            ),
            None if def.heading.is_empty() && def.rows.is_empty() => block.entry(
                "en",
                "The page lists no fields for it, in a table or an example.",
            ),
            None if def.heading.is_empty() => block.entry(
                "en",
                "Drafted from the page's example; the page has no table for it.",
            ),
            None => block.entry(self.language.key(), &def.heading),
        }
        match def.kind {
            TableKind::Fields => {
                let mut fields = Block::new();
                for row in &def.rows {
                    let (mut field, review) = field_def(row, self.word_enum(row), known);
                    describe(&mut field, row, self.language);
                    named_types(&field, &mut references);
                    // What two drafts must agree on: all but the field's words about itself.
                    let mut typed = field.clone();
                    (typed.doc_type, typed.vi, typed.en) = (None, None, None);
                    shape.push(format!(
                        "{}: {}",
                        Flow::from(&row.name).to_yaml(),
                        Flow::of(&typed).to_yaml()
                    ));
                    fields.entry_noted(
                        &row.name,
                        Flow::of(&field),
                        review.map(|r| format!("REVIEW: {r}")),
                    );
                }
                let empty = fields
                    .is_empty()
                    .then(|| "REVIEW: the page lists no fields; any object is read".to_owned());
                block.entry_noted("fields", fields, empty);
                if !def.rules.is_empty() {
                    let mut rules = Block::new();
                    for rule in &def.rules {
                        let text = Some(rule.text.clone());
                        let (en, vi) = if rule.english {
                            (text, None)
                        } else {
                            (None, text)
                        };
                        let written = RuleDef {
                            any_of_required: rule.fields.iter().cloned().map(unplaced).collect(),
                            vi,
                            en,
                        };
                        shape.push(Flow::of(&written.any_of_required).to_yaml());
                        let mut item = Block::of_map(Flow::of(&written));
                        item.note(
                            "any_of_required",
                            "REVIEW: drafted from the prose".to_owned(),
                        );
                        rules.block_item(item);
                    }
                    block.entry("rules", rules);
                }
            }
            TableKind::Values => {
                let mut values = Block::new();
                for row in &def.rows {
                    shape.push(Flow::from(&row.name).to_yaml());
                    let (vi, en) = descriptions(row, self.language);
                    let value = EnumValueDef {
                        value: row.name.clone(),
                        rust_name: None,
                        vi,
                        en,
                    };
                    values.item(Flow::of(&value), None);
                }
                block.entry("enum", values);
            }
        }
        TypeEntry {
            name: def.name.clone(),
            block,
            shape,
            references,
        }
    }

    /// The `headers:` map, after a blank line, when the page has a header table.
    fn headers_block(&self, doc: &mut Block) {
        if self.headers.is_empty() {
            return;
        }
        doc.blank();
        let mut headers = Block::new();
        for header in &self.headers {
            let (vi, en) = descriptions(header, self.language);
            let written = header_def(header.required == Some(true), vi.as_deref(), en.as_deref());
            headers.entry(&header.name, Flow::of(&written));
        }
        doc.entry("headers", headers);
    }

    /// The call's path below the service's default servers, when the page's URLs are theirs:
    /// the same base URLs, or base URLs that with the path spell a default server's URL and
    /// a path below it (a page that writes `https://api.tiki.vn` and
    /// `/tiniapp-open-api/lead/…` for the default `https://api.tiki.vn/tiniapp-open-api`).
    /// `None` when the service has no default servers or the page's differ.
    fn path_below_default_servers(&self, call: &DraftCall) -> Option<String> {
        path_below_servers(self.defaults.servers.as_deref()?, call)
    }
}

/// One entry of a draft's `types:`: a drafted type's name and its block as written, with what
/// two drafts must declare alike to share it.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeEntry {
    /// The type's name.
    pub name: String,
    /// Its block under `types:`, review comments included.
    pub block: Block,
    /// Its fields' names, types, required marks and bounds (their descriptions may differ),
    /// its rules' fields, its values, or its alternatives.
    pub shape: Vec<String>,
    /// The type names it names (`type: Item`, `items: { type: Item }`, `of: Doc`).
    pub references: Vec<String>,
}

/// The type names `def` names in its `type:` and `of:`, and those of its items and values.
fn named_types(def: &FieldDef, names: &mut Vec<String>) {
    for name in [Some(&def.ty), def.of.as_ref()].into_iter().flatten() {
        if codegen_core::names::is_type_name(&name.value) {
            names.push(name.value.clone());
        }
    }
    for inner in [&def.items, &def.values].into_iter().flatten() {
        named_types(&inner.value, names);
    }
}

/// A service's `defaults:` block for its `types.yaml` (servers, headers and auth, as a folder
/// import finds most of its pages stating them alike) under a `comment`, in the format a draft
/// writes its own; empty when there are none.
pub fn defaults_block(defaults: &codegen_core::ir::ServiceDefaults, comment: &str) -> Block {
    let mut doc = Block::new();
    if defaults.servers.is_none() && defaults.auth.is_none() {
        return doc;
    }
    let mut block = Block::new();
    if let Some(servers) = &defaults.servers {
        let mut urls = Block::new();
        for server in servers {
            urls.entry(&server.name, &server.url);
        }
        block.entry("servers", urls);
    }
    if let Some(headers) = defaults.headers.as_deref().filter(|h| !h.is_empty()) {
        block.entry("headers", headers_block(headers));
    }
    if let Some(auth) = &defaults.auth {
        block.entry("auth", codegen_core::auth::spec_flow(auth));
    }
    doc.comment(comment);
    doc.entry("defaults", block);
    doc
}

/// A `headers:` map of a spec's header table.
fn headers_block(headers: &[codegen_core::ir::Header]) -> Block {
    let mut block = Block::new();
    for header in headers {
        let written = header_def(
            header.required,
            header.docs.vi.as_deref(),
            header.docs.en.as_deref(),
        );
        block.entry(&header.name, Flow::of(&written));
    }
    block
}

/// A header's entry in a `headers:` map (empty texts left out), as a draft and a service's
/// defaults both write it.
fn header_def(required: bool, vi: Option<&str>, en: Option<&str>) -> HeaderDef {
    let text = |text: Option<&str>| text.filter(|text| !text.is_empty()).map(str::to_owned);
    HeaderDef {
        required,
        vi: text(vi),
        en: text(en),
    }
}

/// `list` or `map` of `inner`.
fn container(word: &str, inner: FieldDef) -> FieldDef {
    let mut def = FieldDef::of_type(word);
    let inner = Some(Box::new(unplaced(inner)));
    if word == "map" {
        def.values = inner;
    } else {
        def.items = inner;
    }
    def
}

/// A parameter, from a table that says where it goes (a rendered reference): `in`, its type
/// (the spec's own where the table states it), required, descriptions.
fn param_def(row: &Row, types: &[DraftType]) -> (FieldDef, Option<String>) {
    let word = row.type_word.clone().unwrap_or_default();
    let (mut def, mut review) = match &row.spec_type {
        Some(spec) => spec_type_def(spec, types),
        None => type_def(&SpecType::of(&word), &row.name.to_upper_camel_case(), types),
    };
    let stated = row.location.as_deref().unwrap_or("query");
    def.location = serde_json::from_value(serde_json::Value::String(stated.to_lowercase()))
        .ok()
        .map(unplaced);
    if def.location.is_none() {
        let said = format!(
            "`{}`: the table says it goes in `{stated}`, which is not `path`, `query` or `header`",
            row.name
        );
        review = Some(review.map_or(said.clone(), |review| format!("{review}; {said}")));
    }
    if row.required == Some(true) {
        def.required = Some(unplaced(true));
    }
    if !word.is_empty() && row.spec_type.as_deref() != Some(word.as_str()) {
        def.doc_type = Some(unplaced(word));
    }
    if def.ty.value == "list" {
        def.style = Some(unplaced(QueryStyle::Repeat));
    }
    if row.from_example {
        def.origin = Some(unplaced(OriginDef::Example));
    }
    (def, review)
}

/// A spec type expression as a rendered reference writes it (`list of string`, `map of X`,
/// `json_string of X`, `Name`); a name the draft does not know is `any` (or, in a JSON
/// string, `string`) to review.
fn spec_type_def(text: &str, types: &[DraftType]) -> (FieldDef, Option<String>) {
    let text = text.trim();
    let known = |name: &str| types.iter().any(|t| t.name == name);
    for (prefix, word) in [("list of ", "list"), ("map of ", "map")] {
        if let Some(inner) = text.strip_prefix(prefix) {
            let (inner, review) = spec_type_def(inner, types);
            return (container(word, inner), review);
        }
    }
    if let Some(inner) = text.strip_prefix("json_string of ") {
        if !known(inner) {
            return (
                FieldDef::of_type("string"),
                Some(format!(
                    "a JSON document of `{inner}` inside a string; `{inner}` is not drafted here"
                )),
            );
        }
        let mut def = FieldDef::of_type("json_string");
        def.of = Some(unplaced(inner.to_owned()));
        return (def, None);
    }
    match text {
        "string" | "integer" | "number" | "boolean" | "date" | "date-time" | "any" | "object"
        | "$data" => (FieldDef::of_type(text), None),
        name if known(name) => (FieldDef::of_type(name), None),
        name => (
            FieldDef::of_type("any"),
            Some(format!(
                "the spec type `{name}` is not drafted here (a one-of, or on another page)"
            )),
        ),
    }
}

/// A query parameter: `in: query`, its type (a built-in word, else `string` to review), whether
/// it is required, bounds the description states in prose (`Min = 1, Max = 500`), and its
/// descriptions; and what to review.
fn query_def(row: &Row, values: Option<&DraftType>) -> (FieldDef, Option<String>) {
    let word = row.type_word.clone().unwrap_or_default();
    let mut review = Vec::new();
    // A table without a type column: the type drafted from the example's value.
    let stated = match (&row.type_word, &row.spec_type) {
        (None, Some(drafted)) => SpecType::of(drafted),
        _ => SpecType::of(&word),
    };
    let ty = match stated {
        // An enum the type word or the description lists, drafted as a type.
        _ if let Some(values) = values => {
            review.push(format!(
                "`{}`: an enum of the values its {} lists; check that the list is whole",
                row.name,
                if values.from_description {
                    "description"
                } else {
                    "type word"
                }
            ));
            values.name.clone()
        }
        SpecType::Builtin(name) if name != "any" => name.to_owned(),
        _ => {
            review.push(format!(
                "`{}`: the type word `{word}` is not a parameter type; read as a string",
                row.name
            ));
            "string".to_owned()
        }
    };
    let mut def = FieldDef::of_type(ty);
    def.location = Some(unplaced(ParamLocation::Query));
    if row.required == Some(true) {
        def.required = Some(unplaced(true));
    }
    if let Some(bounds) = prose_bounds(row, &mut def) {
        review.push(bounds);
    }
    if !word.is_empty() {
        def.doc_type = Some(unplaced(word));
    }
    // Found in an example's URL only: no table is expected to list it.
    if row.from_example {
        def.origin = Some(unplaced(OriginDef::Example));
    }
    let review = (!review.is_empty()).then(|| review.join("; "));
    (def, review)
}

/// A field, and what a reviewer must decide about it; `word_enum` names the enum type drafted
/// from the row's `a/b` type word, `types` the types drafted from the page.
pub(super) fn field_def(
    row: &Row,
    word_enum: Option<&DraftType>,
    types: &[DraftType],
) -> (FieldDef, Option<String>) {
    let word = row.type_word.clone().unwrap_or_default();
    let enum_name = word_enum.map_or_else(|| row.name.to_upper_camel_case(), |t| t.name.clone());
    let (mut def, review) = match (&row.spec_type, word_enum) {
        (_, Some(values)) if values.from_description => (
            FieldDef::of_type(enum_name),
            Some(format!(
                "`{}`: an enum of the values its description lists; check that the list is whole",
                row.name
            )),
        ),
        (Some(spec), None) => spec_type_def(spec, types),
        _ => match (
            type_def(&SpecType::of(&word), &enum_name, types),
            time_said(row),
        ) {
            ((string, None), Some((time, words))) if string.ty.value == "string" => (
                FieldDef::of_type(time),
                Some(format!(
                    "`{}`: typed {time} from the description's words \"{words}\"",
                    row.name
                )),
            ),
            // `timestamp` says a moment, not how it is written: the description decides.
            (_, time) if is_time_word(&word) => match (time, unix_time_said(row)) {
                (Some((time, words)), _) => (
                    FieldDef::of_type(time),
                    Some(format!(
                        "`{}`: a timestamp typed {time} from the description's words \"{words}\"",
                        row.name
                    )),
                ),
                (None, Some(words)) => (
                    FieldDef::of_type("integer"),
                    Some(format!(
                        "`{}`: a timestamp typed integer (a Unix time) from the description's words \"{words}\"",
                        row.name
                    )),
                ),
                (None, None) => (
                    FieldDef::of_type("any"),
                    Some(format!(
                        "`{}`: \"timestamp\" says neither a Unix time (a number) nor a text time (RFC 3339), and the description does not say; typed `any` until an example or the vendor says which",
                        row.name
                    )),
                ),
            },
            (typed, _) => typed,
        },
    };
    if row.required == Some(true) {
        def.required = Some(unplaced(true));
    }
    // A `Not null: no` column, or a type word that says so (`string | null`, `String?`).
    if row.not_null == Some(false) || crate::type_word::says_nullable(&word) {
        def.nullable = Some(unplaced(true));
    }
    let bounds = prose_bounds(row, &mut def);
    let review = match (review, bounds) {
        (Some(review), Some(bounds)) => Some(format!("{review}; {bounds}")),
        (review, bounds) => review.or(bounds),
    };
    if !word.is_empty() && !row.from_example {
        def.doc_type = Some(unplaced(word));
    }
    if row.from_example {
        def.origin = Some(unplaced(OriginDef::Example));
    }
    (def, review)
}

/// The spec type for `ty`, and what a reviewer must decide.
fn type_def(ty: &SpecType, enum_name: &str, types: &[DraftType]) -> (FieldDef, Option<String>) {
    match ty {
        SpecType::Builtin(name) => (FieldDef::of_type(*name), None),
        SpecType::ListOfUnstated => (
            container("list", FieldDef::of_type("any")),
            Some("the item type is not stated; read it off the examples".to_owned()),
        ),
        SpecType::ListOf(items) => {
            let (items, review) = type_def(items, enum_name, types);
            (container("list", items), review)
        }
        SpecType::MapOf(values) => {
            let (values, review) = type_def(values, enum_name, types);
            (container("map", values), review)
        }
        SpecType::UnstatedObject => (
            FieldDef::of_type("any"),
            Some("the object's fields are not given here".to_owned()),
        ),
        SpecType::Enum(_) => (FieldDef::of_type(enum_name), None),
        SpecType::Unknown(word) if types.iter().any(|t| &t.name == word) => {
            (FieldDef::of_type(word.clone()), None)
        }
        SpecType::Unknown(word) if word.trim().is_empty() => (
            FieldDef::of_type("any"),
            Some("no type the importer can read; typed `any`".to_owned()),
        ),
        SpecType::Unknown(word) => (
            FieldDef::of_type("any"),
            Some(format!("unknown type word \"{word}\", kept verbatim")),
        ),
    }
}

/// The bounds `row` states, set on `def` by its type: in its descriptions' prose, or (a length)
/// in a sized string word; what the reviewer is told.
fn prose_bounds(row: &Row, def: &mut FieldDef) -> Option<String> {
    let ty = def.ty.value.clone();
    let prose = format!(
        "{} {}",
        row.description,
        row.description_en.clone().unwrap_or_default()
    );
    let mut said = Vec::new();
    let from_prose = bounds::of(&prose, &ty);
    if !from_prose.is_empty() {
        let stated: Vec<String> = from_prose
            .iter()
            .map(|(key, value)| format!("{key} {}", bounds::show(*value)))
            .collect();
        said.push(format!(
            "{} read from the description's words {:?}",
            stated.join(" and "),
            prose.trim()
        ));
    }
    let mut found = from_prose;
    // A sized string word (`String(50)`, `varchar(255)`) states its length.
    if let Some(word) = row.type_word.as_deref()
        && let Some(size) = bounds::sized_string(word)
        && ty == "string"
        && !found.iter().any(|(key, _)| *key == "max_length")
    {
        said.push(format!(
            "max_length {size} read from the type word `{word}`"
        ));
        found.push(("max_length", size as f64));
    }
    if found.is_empty() {
        return None;
    }
    for (key, value) in found {
        let count = match key {
            "minimum" => {
                def.minimum = Some(unplaced(value));
                continue;
            }
            "maximum" => {
                def.maximum = Some(unplaced(value));
                continue;
            }
            "min_length" => &mut def.min_length,
            "max_length" => &mut def.max_length,
            "min_items" => &mut def.min_items,
            "max_items" => &mut def.max_items,
            _ => {
                said.push(format!("`{key}` is not drafted: no spec key holds it"));
                continue;
            }
        };
        // `bounds` gives a length or a number of items only when it is whole and not negative.
        if value.fract() == 0.0 && value >= 0.0 {
            *count = Some(unplaced(value as u64));
        } else {
            said.push(format!(
                "`{key} {}` is not drafted: not a count",
                bounds::show(value)
            ));
        }
    }
    Some(format!("`{}`: {}", row.name, said.join("; ")))
}

/// `row`'s descriptions (empty ones left out) as `(vi, en)`, its own words under the page's
/// `language`.
fn descriptions(row: &Row, language: Language) -> (Option<String>, Option<String>) {
    let own = (!row.description.is_empty()).then(|| row.description.clone());
    let english = row.description_en.clone().filter(|en| !en.is_empty());
    language.place(own, english)
}

/// Gives `def` the descriptions of its `row`.
fn describe(def: &mut FieldDef, row: &Row, language: Language) {
    let (vi, en) = descriptions(row, language);
    def.vi = vi.map(unplaced);
    def.en = en.map(unplaced);
}
