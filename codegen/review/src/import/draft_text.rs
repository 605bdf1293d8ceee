//! A draft as spec text: the draft's facts built into the spec writer's tree
//! ([`codegen_core::spec_text`]) with a `# REVIEW` comment wherever a reader must decide, and
//! printed by its one writer. Nothing here writes YAML syntax itself.

use codegen_core::spec_text::{Block, Flow, Scalar};
use heck::ToUpperCamelCase;

use super::{
    Draft, DraftCall, DraftType, PageBy, ServiceAuth, bounds, path_below_servers, placeholders,
    time_said,
};
use crate::page::{ExampleRole, Row, TableKind};
use crate::type_word::SpecType;

/// A flow mapping's keys, in the order written.
type Keys = Vec<(&'static str, Flow)>;

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
        // No call: a draft of shared types, in the `types.yaml` format.
        doc.entry("service", &self.service);
        if let Some(call) = &self.call {
            self.call_part(call, &known, &mut doc);
            doc.blank();
        } else {
            self.headers_block(&mut doc);
        }
        self.types_part(&known, &mut doc);
        if !self.conflicts.is_empty() {
            doc.blank();
            doc.comment("REVIEW: drafted from where the examples and the tables disagree.");
            let mut conflicts = Block::new();
            for conflict in &self.conflicts {
                let mut item = Block::new();
                item.entry("about", &conflict.about);
                item.entry(
                    "sides",
                    Flow::map(
                        conflict
                            .sides
                            .iter()
                            .map(|(side, says)| (side, Flow::from(says))),
                    ),
                );
                item.entry("resolution", &conflict.resolution);
                conflicts.block_item(item);
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
                let mut note = Block::new();
                note.entry("about", "endpoint");
                note.entry("en", format!("HTTP {code}: {text}"));
                notes.block_item(note);
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
        doc.entry("title", Flow::map([("vi", title.into())]));
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
        self.auth_part(doc);
        doc.blank();
        self.bodies_part(call, doc);
        if !self.statuses.is_empty() {
            let mut statuses = Block::new();
            for (code, body) in &self.statuses {
                let code: Scalar = code.parse::<u16>().map_or_else(|_| code.into(), Into::into);
                statuses.entry(code, Flow::map([("body", body.into())]));
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
            let (keys, review) = param_keys(row, known);
            if let Some(review) = review {
                params.comment(format!("REVIEW: {review}"));
            }
            params.entry(&row.name, Flow::map(keys));
        }
        if !unnamed.is_empty() {
            params.comment("REVIEW: path parameters drafted from the path template; the page gives no type for them.");
            for name in unnamed {
                params.entry(
                    name,
                    Flow::map([
                        ("in", "path".into()),
                        ("type", "string".into()),
                        ("required", true.into()),
                    ]),
                );
            }
        }
        for row in &self.query {
            let (keys, review) = query_keys(row, self.word_enum(row));
            if let Some(review) = review {
                params.comment(format!("REVIEW: {review}"));
            }
            params.entry(&row.name, Flow::map(keys));
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
        let bodies = [
            ("request", self.request.as_deref(), ExampleRole::Request),
            ("response", self.response.as_deref(), ExampleRole::Response),
            ("errors", self.error.as_deref(), ExampleRole::Error),
        ];
        for (key, body, role) in bodies {
            let files: Vec<&String> = self
                .examples
                .iter()
                .filter(|e| e.role == role)
                .map(|e| &e.file)
                .collect();
            let examples = |part: &mut Block| {
                if !files.is_empty() {
                    part.entry("examples", Flow::seq(files.iter().copied()));
                }
            };
            let mut part = Block::new();
            if let (Some((envelope, data)), "response") = (&self.envelope, key) {
                part.entry("envelope", envelope);
                part.entry("data", data);
                examples(&mut part);
                doc.entry(key, part);
                continue;
            }
            match (body, key) {
                (Some(body), _) => {
                    part.entry("body", body);
                    examples(&mut part);
                    doc.entry(key, part);
                }
                (None, "errors") => {}
                // A GET or DELETE sends no body.
                (None, "request") if !call.sends_body() => {}
                (None, "response") if self.no_content => {
                    part.entry("http_status", 204u16);
                    doc.entry(key, part);
                }
                (None, _) => doc.comment(format!(
                    "REVIEW: the page has no table for the {key} body; none is drafted."
                )),
            }
        }
    }

    /// `pagination:`, where the draft read one.
    fn pagination_part(&self, doc: &mut Block) {
        let Some(paging) = &self.pagination else {
            return;
        };
        let mut part = Block::new();
        match &paging.by {
            PageBy::Number { page, first_page } => {
                doc.comment("REVIEW: read as page-numbered paging from the query's page parameter and the response's list; check the pointers, and where the walk ends.");
                part.entry("style", "page");
                part.entry("page", page);
                if let Some(limit) = &paging.limit {
                    part.entry("limit", limit);
                }
                part.entry("first_page", *first_page);
            }
            PageBy::Cursor { cursor, next_from } => {
                doc.comment(format!(
                    "REVIEW: read as a cursor: each page asks for the items after the last one's id (`{cursor}`); check the pointers, and where the walk ends."
                ));
                part.entry("style", "cursor");
                part.entry("cursor", cursor);
                part.entry("next_from", next_from);
                if let Some(limit) = &paging.limit {
                    part.entry("limit", limit);
                }
            }
        }
        part.entry("items", &paging.items);
        if let Some(total) = &paging.total {
            part.entry("total", total);
        }
        doc.entry("pagination", part);
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
                let (ty, review) = spec_type_keys(alternative, known);
                let flow = ty.flow();
                shape.push(flow.to_yaml());
                named_types(&flow, &mut references);
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
            None if def.heading.is_empty() => block.entry(
                "en",
                "Drafted from the page's example; the page has no table for it.",
            ),
            None => block.entry("vi", &def.heading),
        }
        match def.kind {
            TableKind::Fields => {
                let mut fields = Block::new();
                for row in &def.rows {
                    let (keys, review) = field_keys(row, self.word_enum(row), known);
                    // What two drafts must agree on: all but the field's words about itself.
                    let typed: Keys = keys
                        .iter()
                        .filter(|(key, _)| !matches!(*key, "doc_type" | "vi" | "en"))
                        .cloned()
                        .collect();
                    let typed = Flow::map(typed);
                    named_types(&typed, &mut references);
                    shape.push(format!(
                        "{}: {}",
                        Flow::from(&row.name).to_yaml(),
                        typed.to_yaml()
                    ));
                    fields.entry_noted(
                        &row.name,
                        Flow::map(keys),
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
                        let fields = Flow::seq(&rule.fields);
                        shape.push(format!("any_of_required: {}", fields.to_yaml()));
                        let mut item = Block::new();
                        item.entry_noted(
                            "any_of_required",
                            fields,
                            Some("REVIEW: drafted from the prose".to_owned()),
                        );
                        item.entry(if rule.english { "en" } else { "vi" }, &rule.text);
                        rules.block_item(item);
                    }
                    block.entry("rules", rules);
                }
            }
            TableKind::Values => {
                let mut values = Block::new();
                for row in &def.rows {
                    shape.push(format!("value: {}", Flow::from(&row.name).to_yaml()));
                    let mut keys: Keys = vec![("value", Flow::from(&row.name))];
                    push_descriptions(&mut keys, row);
                    values.item(Flow::map(keys), None);
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
            let (name, keys) = header_entry(
                &header.name,
                header.required == Some(true),
                Some(header.description.as_str()),
                header.description_en.as_deref(),
            );
            headers.entry(name, keys);
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

/// The type names `flow`'s `type:` and `of:` keys name, at any depth.
fn named_types(flow: &Flow, names: &mut Vec<String>) {
    let Flow::Map(entries) = flow else {
        return;
    };
    for (key, value) in entries {
        match (key, value) {
            (Scalar::Text(key), Flow::Scalar(Scalar::Text(name)))
                if (key == "type" || key == "of") && codegen_core::names::is_type_name(name) =>
            {
                names.push(name.clone());
            }
            (_, map @ Flow::Map(_)) => named_types(map, names),
            _ => {}
        }
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
        let (name, keys) = header_entry(
            &header.name,
            header.required,
            header.docs.vi.as_deref(),
            header.docs.en.as_deref(),
        );
        block.entry(name, keys);
    }
    block
}

/// A header's entry in a `headers:` map: `Name: { required: true, vi: …, en: … }` (empty texts
/// left out), as a draft and a service's defaults both write it.
fn header_entry<'a>(
    name: &'a str,
    required: bool,
    vi: Option<&str>,
    en: Option<&str>,
) -> (&'a str, Flow) {
    let mut keys: Keys = Vec::new();
    if required {
        keys.push(("required", true.into()));
    }
    if let Some(vi) = vi.filter(|text| !text.is_empty()) {
        keys.push(("vi", vi.into()));
    }
    if let Some(en) = en.filter(|text| !text.is_empty()) {
        keys.push(("en", en.into()));
    }
    (name, Flow::map(keys))
}

/// A drafted type: its `type:` word and the keys that come with it (`items:`, `values:`,
/// `of:`).
pub(super) struct TypeKeys {
    /// The spec's type word (`string`, `list`, a type's name).
    pub(super) word: String,
    more: Keys,
}

impl TypeKeys {
    fn named(word: impl Into<String>) -> Self {
        Self {
            word: word.into(),
            more: Vec::new(),
        }
    }

    /// `list` or `map` of `inner`, under `key` (`items`, `values`).
    fn of(word: &str, key: &'static str, inner: TypeKeys) -> Self {
        Self {
            word: word.to_owned(),
            more: vec![(key, inner.flow())],
        }
    }

    /// `type:` and the keys that come with it.
    fn into_keys(self) -> Keys {
        let mut keys = vec![("type", Flow::from(self.word))];
        keys.extend(self.more);
        keys
    }

    fn flow(self) -> Flow {
        Flow::map(self.into_keys())
    }
}

/// A parameter's keys, from a table that says where it goes (a rendered reference): `in`, its
/// type (the spec's own where the table states it), required, descriptions.
fn param_keys(row: &Row, types: &[DraftType]) -> (Keys, Option<String>) {
    let word = row.type_word.clone().unwrap_or_default();
    let (ty, review) = match &row.spec_type {
        Some(spec) => spec_type_keys(spec, types),
        None => type_keys(&SpecType::of(&word), &row.name.to_upper_camel_case(), types),
    };
    let location = row.location.clone().unwrap_or_else(|| "query".to_owned());
    let list = ty.word == "list";
    let mut keys = vec![("in", Flow::from(location))];
    keys.extend(ty.into_keys());
    if row.required == Some(true) {
        keys.push(("required", true.into()));
    }
    if !word.is_empty() && row.spec_type.as_deref() != Some(word.as_str()) {
        keys.push(("doc_type", word.into()));
    }
    if list {
        keys.push(("style", "repeat".into()));
    }
    if row.from_example {
        keys.push(("origin", "example".into()));
    }
    push_descriptions(&mut keys, row);
    (keys, review)
}

/// A spec type expression as a rendered reference writes it (`list of string`, `map of X`,
/// `json_string of X`, `Name`) as spec keys; a name the draft does not know is `any` (or, in
/// a JSON string, `string`) to review.
pub(super) fn spec_type_keys(text: &str, types: &[DraftType]) -> (TypeKeys, Option<String>) {
    let text = text.trim();
    let known = |name: &str| types.iter().any(|t| t.name == name);
    if let Some(items) = text.strip_prefix("list of ") {
        let (items, review) = spec_type_keys(items, types);
        return (TypeKeys::of("list", "items", items), review);
    }
    if let Some(values) = text.strip_prefix("map of ") {
        let (values, review) = spec_type_keys(values, types);
        return (TypeKeys::of("map", "values", values), review);
    }
    if let Some(inner) = text.strip_prefix("json_string of ") {
        return if known(inner) {
            (
                TypeKeys {
                    word: "json_string".to_owned(),
                    more: vec![("of", inner.into())],
                },
                None,
            )
        } else {
            (
                TypeKeys::named("string"),
                Some(format!(
                    "a JSON document of `{inner}` inside a string; `{inner}` is not drafted here"
                )),
            )
        };
    }
    match text {
        "string" | "integer" | "number" | "boolean" | "date" | "date-time" | "any" | "object"
        | "$data" => (TypeKeys::named(text), None),
        name if known(name) => (TypeKeys::named(name), None),
        name => (
            TypeKeys::named("any"),
            Some(format!(
                "the spec type `{name}` is not drafted here (a one-of, or on another page)"
            )),
        ),
    }
}

/// A query parameter's keys: `in: query`, its type (a built-in word, else `string` to review),
/// whether it is required, bounds the description states in prose (`Min = 1, Max = 500`), and
/// its descriptions; and what to review.
fn query_keys(row: &Row, values: Option<&DraftType>) -> (Keys, Option<String>) {
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
    let mut keys = vec![("in", Flow::from("query")), ("type", Flow::from(&ty))];
    if row.required == Some(true) {
        keys.push(("required", true.into()));
    }
    if let Some(bounds) = prose_bounds(row, &ty, &mut keys) {
        review.push(bounds);
    }
    if !word.is_empty() {
        keys.push(("doc_type", word.into()));
    }
    // Found in an example's URL only: no table is expected to list it.
    if row.from_example {
        keys.push(("origin", "example".into()));
    }
    push_descriptions(&mut keys, row);
    let review = (!review.is_empty()).then(|| review.join("; "));
    (keys, review)
}

/// A field's keys, and what a reviewer must decide about it; `word_enum` names the enum type
/// drafted from the row's `a/b` type word, `types` the types drafted from the page.
pub(super) fn field_keys(
    row: &Row,
    word_enum: Option<&DraftType>,
    types: &[DraftType],
) -> (Keys, Option<String>) {
    let word = row.type_word.clone().unwrap_or_default();
    let enum_name = word_enum.map_or_else(|| row.name.to_upper_camel_case(), |t| t.name.clone());
    let (ty, review) = match (&row.spec_type, word_enum) {
        (_, Some(values)) if values.from_description => (
            TypeKeys::named(enum_name),
            Some(format!(
                "`{}`: an enum of the values its description lists; check that the list is whole",
                row.name
            )),
        ),
        (Some(spec), None) => spec_type_keys(spec, types),
        _ => match (
            type_keys(&SpecType::of(&word), &enum_name, types),
            time_said(row),
        ) {
            ((string, None), Some((time, words))) if string.word == "string" => (
                TypeKeys::named(time),
                Some(format!(
                    "`{}`: typed {time} from the description's words \"{words}\"",
                    row.name
                )),
            ),
            (typed, _) => typed,
        },
    };
    let type_word = ty.word.clone();
    let mut keys = ty.into_keys();
    if row.required == Some(true) {
        keys.push(("required", true.into()));
    }
    // A `Not null: no` column, or a type word that says so (`string | null`, `String?`).
    if row.not_null == Some(false) || crate::type_word::says_nullable(&word) {
        keys.push(("nullable", true.into()));
    }
    let bounds = prose_bounds(row, &type_word, &mut keys);
    let review = match (review, bounds) {
        (Some(review), Some(bounds)) => Some(format!("{review}; {bounds}")),
        (review, bounds) => review.or(bounds),
    };
    if !word.is_empty() && !row.from_example {
        keys.push(("doc_type", word.into()));
    }
    if row.from_example {
        keys.push(("origin", "example".into()));
    }
    push_descriptions(&mut keys, row);
    (keys, review)
}

/// The spec type for `ty`, and what a reviewer must decide.
fn type_keys(ty: &SpecType, enum_name: &str, types: &[DraftType]) -> (TypeKeys, Option<String>) {
    match ty {
        SpecType::Builtin(name) => (TypeKeys::named(*name), None),
        SpecType::ListOfUnstated => (
            TypeKeys::of("list", "items", TypeKeys::named("any")),
            Some("the item type is not stated; read it off the examples".to_owned()),
        ),
        SpecType::ListOf(items) => {
            let (items, review) = type_keys(items, enum_name, types);
            (TypeKeys::of("list", "items", items), review)
        }
        SpecType::MapOf(values) => {
            let (values, review) = type_keys(values, enum_name, types);
            (TypeKeys::of("map", "values", values), review)
        }
        SpecType::UnstatedObject => (
            TypeKeys::named("any"),
            Some("the object's fields are not given here".to_owned()),
        ),
        SpecType::Enum(_) => (TypeKeys::named(enum_name), None),
        SpecType::Unknown(word) if types.iter().any(|t| &t.name == word) => {
            (TypeKeys::named(word.clone()), None)
        }
        SpecType::Unknown(word) => (
            TypeKeys::named("any"),
            Some(format!("unknown type word \"{word}\", kept verbatim")),
        ),
    }
}

/// The bounds `row` states, as keys for a value of spec type `ty` pushed onto `keys`: in its
/// descriptions' prose, or (a length) in a sized string word; what the reviewer is told.
fn prose_bounds(row: &Row, ty: &str, keys: &mut Keys) -> Option<String> {
    let prose = format!(
        "{} {}",
        row.description,
        row.description_en.clone().unwrap_or_default()
    );
    let mut said = Vec::new();
    let from_prose = bounds::of(&prose, ty);
    if !from_prose.is_empty() {
        let stated: Vec<String> = from_prose
            .iter()
            .map(|(key, value)| format!("{key} {value}"))
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
        found.push(("max_length", size));
    }
    if found.is_empty() {
        return None;
    }
    for (key, value) in found {
        // `bounds` writes numbers only; text it could not read stays text, for the checks
        // to name.
        let value = Scalar::number(&value).map_or_else(|| Flow::from(value), Flow::Scalar);
        keys.push((key, value));
    }
    Some(format!("`{}`: {}", row.name, said.join("; ")))
}

fn push_descriptions(keys: &mut Keys, row: &Row) {
    if !row.description.is_empty() {
        keys.push(("vi", Flow::from(&row.description)));
    }
    if let Some(en) = row.description_en.as_deref().filter(|en| !en.is_empty()) {
        keys.push(("en", en.into()));
    }
}
