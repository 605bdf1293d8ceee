//! OpenAPI 3.1 emitter: one self-contained document per service. Every schema is a component
//! under `components/schemas` (the service's shared types by their own names, an endpoint's
//! types prefixed with the endpoint's name where they are not already, and a body that is no
//! named type as `<Endpoint><Role>`), and bodies, statuses and parameters refer to them by
//! `#/components/schemas/…`, so that a validator or code generator needs nothing but the file.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use crate::emit_schema::{self, Role};
use crate::ir::{Body, Endpoint, Text, Ty, TyKind, TypeKind};

/// The OpenAPI document of one service's endpoints (all with the same `service`); `version`
/// is the service's (its `types.yaml`'s `version`), as a JSON value.
pub fn service_document(service: &str, endpoints: &[&Endpoint], version: &str) -> Value {
    serde_json::to_value(document(service, endpoints, version)).unwrap_or_default()
}

/// [`service_document`] to be serialized: each schema component is made as it is written and
/// dropped after, so that a service of a thousand endpoints is never held whole as a tree.
pub fn document<'a>(service: &str, endpoints: &'a [&'a Endpoint], version: &str) -> Document<'a> {
    let components = Components::new(endpoints);
    let mut paths = Map::new();
    // Notifications the vendor sends: OpenAPI 3.1's `webhooks`, by endpoint name.
    let mut webhooks = Map::new();
    let mut schemes = Map::new();
    let default_servers = endpoints
        .iter()
        .find(|e| e.inbound.is_none())
        .map(|e| servers(e))
        .unwrap_or_default();
    for (at, endpoint) in endpoints.iter().enumerate() {
        let refs = |name: &str| components.reference(at, name);
        let (security, scheme_defs, auth_headers) =
            crate::auth::security(&endpoint.auth, &endpoint.servers);
        schemes.extend(scheme_defs);
        let mut operation = Map::new();
        operation.insert("operationId".into(), json!(endpoint.name));
        operation.insert(
            "summary".into(),
            json!(text(&endpoint.title).unwrap_or_else(|| endpoint.name.clone())),
        );
        operation.insert(
            "description".into(),
            json!(format!(
                "Generated from `{}`. Vendor page: `{}`.",
                endpoint.spec,
                endpoint.vendor_page()
            )),
        );
        let declared = endpoint.params.iter().map(|param| {
            let mut parameter = json!({
                "name": param.name,
                "in": param.location.as_str(),
                "required": param.field.required,
                "schema": int64(emit_schema::expression_schema(endpoint, &param.field.ty, &refs)),
            });
            if let Some(description) = text(&param.field.docs) {
                parameter["description"] = json!(description);
            }
            if let Some(style) = param.style {
                parameter["style"] = json!("form");
                parameter["explode"] = json!(style == codegen_runtime::QueryStyle::Repeat);
            }
            parameter
        });
        let parameters: Vec<Value> = declared
            .chain(
                endpoint
                    .headers
                    .iter()
                    .filter(|header| !auth_headers.contains(&header.name))
                    .map(|header| {
                        json!({
                            "name": header.name,
                            "in": "header",
                            "required": header.required,
                            "description": text(&header.docs).unwrap_or_default(),
                            "schema": { "type": "string" },
                        })
                    }),
            )
            .collect();
        if !parameters.is_empty() {
            operation.insert("parameters".into(), Value::Array(parameters));
        }
        if !security.is_empty() {
            operation.insert("security".into(), json!([security]));
        }
        if let Some(body) = &endpoint.request {
            operation.insert(
                "requestBody".into(),
                json!({
                    "required": true,
                    "content": {
                        endpoint.content_type.as_str(): components.media(endpoint, at, BodyKey::Role(Role::Request), body),
                    },
                }),
            );
        }
        let mut responses = Map::new();
        let success = match endpoint.success_status {
            Some(status) => status.to_string(),
            None if endpoint.response.is_none() && endpoint.response_media.is_none() => {
                "204".to_owned()
            }
            None => "2XX".to_owned(),
        };
        responses.insert(
            success,
            match (&endpoint.response, &endpoint.response_media) {
                (Some(body), _) => json!({
                    "description": "Success",
                    "content": { "application/json": components.media(endpoint, at, BodyKey::Role(Role::Response), body) },
                }),
                // Bytes of a media type that is not JSON: OpenAPI 3.1 says so with
                // `contentMediaType`, and no schema of the content.
                (None, Some(media)) => json!({
                    "description": format!("Success: the answer's bytes, `{media}`"),
                    "content": { media.as_str(): { "schema": { "type": "string", "contentMediaType": media } } },
                }),
                (None, None) => json!({ "description": "Success, without a body" }),
            },
        );
        for status in &endpoint.statuses {
            let description = text(&status.docs)
                .unwrap_or_else(|| format!("The documented body of HTTP {}", status.code));
            responses.insert(
                status.code.to_string(),
                json!({
                    "description": description,
                    "content": { "application/json": components.media(endpoint, at, BodyKey::Status(status.code), &status.body) },
                }),
            );
        }
        if endpoint.inbound.is_some() {
            responses.insert(
                "4XX".into(),
                json!({ "description": "Refused: a bad signature, a stale timestamp, another client's message or a malformed one; the vendor does not resend it" }),
            );
            responses.insert(
                "5XX".into(),
                json!({ "description": "Not handled: the vendor sends the message again later" }),
            );
        }
        let failure = match &endpoint.errors {
            Some(body) => json!({
                "description": "The vendor's error body",
                "content": { "application/json": components.media(endpoint, at, BodyKey::Role(Role::Error), body) },
            }),
            None => json!({ "description": "Failure; the vendor publishes no error body" }),
        };
        if endpoint.inbound.is_none() {
            responses.insert("default".into(), failure);
        }
        operation.insert("responses".into(), Value::Object(responses));

        let mut item = Map::new();
        if endpoint.inbound.is_some() {
            item.insert(
                endpoint.method.as_str().to_lowercase(),
                Value::Object(operation),
            );
            webhooks.insert(endpoint.name.clone(), Value::Object(item));
            continue;
        }
        let own_servers = servers(endpoint);
        if own_servers != default_servers {
            item.insert("servers".into(), json!(own_servers));
        }
        item.insert(
            endpoint.method.as_str().to_lowercase(),
            Value::Object(operation),
        );
        // Two endpoints on one path (a GET and a PUT of `/things/{id}`) share its item. Where
        // they are on different servers, a path's `servers` cannot say both: each operation
        // says its own.
        match paths.get_mut(&endpoint.path) {
            Some(Value::Object(existing)) => {
                if existing.get("servers") != item.get("servers") {
                    servers_to_operations(existing);
                    servers_to_operations(&mut item);
                }
                existing.extend(item);
            }
            _ => {
                paths.insert(endpoint.path.clone(), Value::Object(item));
            }
        }
    }
    let mut document = Map::new();
    document.insert("openapi".into(), json!("3.1.0"));
    document.insert(
        "info".into(),
        json!({
            "title": service,
            "version": version,
            "description": format!("Generated from specs/{service}/ by `cargo xtask codegen`; do not edit."),
        }),
    );
    document.insert("jsonSchemaDialect".into(), json!(emit_schema::DRAFT));
    document.insert("servers".into(), json!(default_servers));
    document.insert("paths".into(), Value::Object(paths));
    if !webhooks.is_empty() {
        document.insert("webhooks".into(), Value::Object(webhooks));
    }
    let sources = components.sources(endpoints);
    Document {
        head: document,
        schemas: Schemas {
            components,
            endpoints,
            sources,
        },
        schemes,
    }
}

/// A service's OpenAPI document, written with [`serde::Serialize`]: `head` (everything before
/// `components`), then the schema components made one at a time, then the security schemes.
pub struct Document<'a> {
    head: Map<String, Value>,
    schemas: Schemas<'a>,
    schemes: Map<String, Value>,
}

/// The schema components of a document, by name, each made when it is written.
struct Schemas<'a> {
    components: Components,
    endpoints: &'a [&'a Endpoint],
    sources: BTreeMap<String, Source<'a>>,
}

/// Where a schema component comes from.
enum Source<'a> {
    /// A named type, as the endpoint at this index sees it.
    Named(usize, &'a crate::ir::TypeDef),
    /// A body that is no named type, of the endpoint at this index.
    Body(usize, BodyKey),
}

impl serde::Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let has_components = !self.schemas.sources.is_empty() || !self.schemes.is_empty();
        let mut map =
            serializer.serialize_map(Some(self.head.len() + usize::from(has_components)))?;
        for (key, value) in &self.head {
            map.serialize_entry(key, value)?;
        }
        if has_components {
            map.serialize_entry("components", &ComponentsPart(self))?;
        }
        map.end()
    }
}

/// `components`: the schemas, then the security schemes.
struct ComponentsPart<'d, 'a>(&'d Document<'a>);

impl serde::Serialize for ComponentsPart<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let document = self.0;
        let parts = usize::from(!document.schemas.sources.is_empty())
            + usize::from(!document.schemes.is_empty());
        let mut map = serializer.serialize_map(Some(parts))?;
        if !document.schemas.sources.is_empty() {
            map.serialize_entry("schemas", &document.schemas)?;
        }
        if !document.schemes.is_empty() {
            map.serialize_entry("securitySchemes", &document.schemes)?;
        }
        map.end()
    }
}

impl serde::Serialize for Schemas<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.sources.len()))?;
        for (name, source) in &self.sources {
            let schema = self.components.schema(self.endpoints, name, source);
            map.serialize_entry(name, &schema)?;
        }
        map.end()
    }
}

/// A body of an endpoint: by role, or a documented status's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum BodyKey {
    Role(Role),
    Status(u16),
}

impl BodyKey {
    /// What a body component's name ends with (`CustomerListResponse`).
    fn suffix(self) -> String {
        match self {
            Self::Role(role) => role.as_str().to_upper_camel_case(),
            Self::Status(code) => format!("Status{code}"),
        }
    }
}

/// The names of a document's schema components. Names are stable: an endpoint's type keeps its
/// name whatever other endpoints declare, except where two would take the same one, when the
/// later (in spec order) is named `<endpoint>.<Type>` instead.
struct Components {
    /// The shared types, by name (the same for every endpoint of the service).
    shared: BTreeSet<String>,
    /// An endpoint's own types: (endpoint, type) → component.
    own: BTreeMap<(usize, String), String>,
    /// Bodies that are no named type: (endpoint, body) → component.
    bodies: BTreeMap<(usize, BodyKey), String>,
}

impl Components {
    fn new(endpoints: &[&Endpoint]) -> Self {
        let shared: BTreeSet<String> = endpoints
            .iter()
            .flat_map(|e| e.shared.iter().filter(|def| !def.generic))
            .map(|def| def.name.clone())
            .collect();
        let mut taken = shared.clone();
        // A component's name is an identifier in every tool (datamodel-code-generator reads a
        // `.` as a module path): a name taken gets the fallback, then a number.
        let mut claim = |preferred: String, fallback: String| {
            let name = [preferred, fallback.clone()]
                .into_iter()
                .chain((2..).map(|n| format!("{fallback}{n}")))
                .find(|candidate| !taken.contains(candidate))
                .unwrap_or(fallback);
            taken.insert(name.clone());
            name
        };
        let mut own = BTreeMap::new();
        let mut bodies = BTreeMap::new();
        for (at, endpoint) in endpoints.iter().enumerate() {
            let prefix = endpoint.name.to_upper_camel_case();
            let roots = endpoint
                .bodies()
                .map(|(_, body)| &body.ty)
                .chain(endpoint.statuses.iter().map(|status| &status.body.ty))
                .chain(endpoint.params.iter().map(|param| &param.field.ty));
            for name in endpoint.reachable(roots) {
                let Some(def) = endpoint.type_def(&name) else {
                    continue;
                };
                if def.generic || def.params || endpoint.is_shared(&name) {
                    continue;
                }
                let preferred = if name.starts_with(&prefix) {
                    name.clone()
                } else {
                    format!("{prefix}{name}")
                };
                let component = claim(preferred, format!("{prefix}Own{name}"));
                own.insert((at, name), component);
            }
            let keys = endpoint
                .bodies()
                .map(|(role, body)| (BodyKey::Role(role), body))
                .chain(
                    endpoint
                        .statuses
                        .iter()
                        .map(|status| (BodyKey::Status(status.code), &status.body)),
                );
            for (key, body) in keys {
                if named(&body.ty).is_none() {
                    let preferred = format!("{prefix}{}", key.suffix());
                    let fallback = format!("{prefix}{}Body", key.suffix());
                    bodies.insert((at, key), claim(preferred, fallback));
                }
            }
        }
        Self {
            shared,
            own,
            bodies,
        }
    }

    /// The `$ref` of type `name` as endpoint `at` names it.
    fn reference(&self, at: usize, name: &str) -> String {
        let component = if self.shared.contains(name) {
            name
        } else {
            self.own
                .get(&(at, name.to_owned()))
                .map_or(name, String::as_str)
        };
        format!("#/components/schemas/{component}")
    }

    /// A media type object for a body of endpoint `at`: its schema and its examples.
    fn media(&self, endpoint: &Endpoint, at: usize, key: BodyKey, body: &Body) -> Value {
        let schema = match (named(&body.ty), self.bodies.get(&(at, key))) {
            (_, Some(component)) => json!({ "$ref": format!("#/components/schemas/{component}") }),
            (Some(name), None) => json!({ "$ref": self.reference(at, name) }),
            // Every body that is no named type has a component (`new`); were one missing, the
            // body is written in place rather than as a reference to nothing.
            (None, None) => {
                let refs = |name: &str| self.reference(at, name);
                int64(emit_schema::body_expression(endpoint, &body.ty, &refs))
            }
        };
        let mut media = Map::new();
        media.insert("schema".into(), schema);
        if matches!(key, BodyKey::Role(Role::Request))
            && codegen_runtime::is_form_media_type(endpoint.content_type.as_bytes())
        {
            let encoding = form_encoding(endpoint, body);
            if !encoding.is_empty() {
                media.insert("encoding".into(), Value::Object(encoding));
            }
        }
        if !body.examples.is_empty() {
            let examples: Map<String, Value> = body
                .examples
                .iter()
                .map(|example| {
                    let name = example.file.rsplit('/').next().unwrap_or(&example.file);
                    let name = name.strip_suffix(".json").unwrap_or(name);
                    (name.to_owned(), json!({ "value": example.value }))
                })
                .collect();
            media.insert("examples".into(), Value::Object(examples));
        }
        Value::Object(media)
    }

    /// Where every schema component comes from, by name (a later source of a name replaces
    /// an earlier one, as inserting the schemas in this order did).
    fn sources<'a>(&self, endpoints: &[&'a Endpoint]) -> BTreeMap<String, Source<'a>> {
        let mut sources = BTreeMap::new();
        // Every endpoint holds the service's shared types, and the strict twins of those it
        // sends: each once.
        for (at, endpoint) in endpoints.iter().enumerate() {
            for def in endpoint.shared.iter().filter(|def| !def.generic) {
                sources
                    .entry(def.name.clone())
                    .or_insert(Source::Named(at, def));
            }
        }
        for ((at, name), component) in &self.own {
            if let Some(def) = endpoints[*at].type_def(name) {
                sources.insert(component.clone(), Source::Named(*at, def));
            }
        }
        for ((at, key), component) in &self.bodies {
            if self.body(endpoints[*at], *key).is_some() {
                sources.insert(component.clone(), Source::Body(*at, *key));
            }
        }
        sources
    }

    /// The body of `endpoint` that `key` names.
    fn body<'e>(&self, endpoint: &'e Endpoint, key: BodyKey) -> Option<&'e Body> {
        match key {
            BodyKey::Role(role) => endpoint.body(role),
            BodyKey::Status(code) => endpoint
                .statuses
                .iter()
                .find(|status| status.code == code)
                .map(|status| &status.body),
        }
    }

    /// The schema component `name`, made from its source.
    fn schema(&self, endpoints: &[&Endpoint], name: &str, source: &Source) -> Value {
        match *source {
            Source::Named(at, def) => {
                let refs = |name: &str| self.reference(at, name);
                let mut schema = int64(emit_schema::named_schema(endpoints[at], def, &refs));
                if !self.shared.contains(name) {
                    schema["title"] = json!(name);
                }
                schema
            }
            Source::Body(at, key) => {
                let refs = |name: &str| self.reference(at, name);
                let endpoint = endpoints[at];
                let mut schema = match self.body(endpoint, key) {
                    Some(body) => int64(emit_schema::body_expression(endpoint, &body.ty, &refs)),
                    None => Value::Null,
                };
                schema["title"] = json!(name);
                schema
            }
        }
    }
}

/// The type a body is, when it is a named type as it stands (no envelope to fill).
fn named(ty: &Ty) -> Option<&str> {
    match &ty.kind {
        TyKind::Named { name, data: None } => Some(name),
        _ => None,
    }
}

/// A body's schema file, relative to the folder that holds `schemas/` and `openapi/`.
pub fn schema_path(endpoint: &Endpoint, role: Role) -> String {
    format!(
        "schemas/{}/{}.{}.schema.json",
        endpoint.service,
        endpoint.name,
        role.as_str()
    )
}

/// Moves a path item's `servers` onto each of its operations (OpenAPI lets an operation name
/// its own).
fn servers_to_operations(item: &mut Map<String, Value>) {
    let Some(servers) = item.remove("servers") else {
        return;
    };
    for operation in item.values_mut() {
        if let Value::Object(operation) = operation {
            operation.insert("servers".into(), servers.clone());
        }
    }
}

fn servers(endpoint: &Endpoint) -> Vec<Value> {
    endpoint
        .servers
        .iter()
        .map(|server| json!({ "url": server.url, "description": server.name }))
        .collect()
}

fn text(text: &Text) -> Option<String> {
    text.joined(" / ")
}

/// How a form body's fields that nest are sent: OpenAPI's `deepObject`, each value named by its
/// path in brackets (`address[city]=Hanoi`), as the client writes them.
fn form_encoding(endpoint: &Endpoint, body: &Body) -> Map<String, Value> {
    let TyKind::Named { name, .. } = &body.ty.kind else {
        return Map::new();
    };
    let Some(TypeKind::Object { fields, .. }) = endpoint.type_def(name).map(|def| &def.kind) else {
        return Map::new();
    };
    fields
        .iter()
        .filter(|field| nests(endpoint, &field.ty))
        .map(|field| {
            (
                field.wire_name.clone(),
                json!({ "style": "deepObject", "explode": true }),
            )
        })
        .collect()
}

/// Whether a form sends values of `ty` under bracketed names: a record, a map, or a list of
/// them (a list of text repeats its name instead).
fn nests(endpoint: &Endpoint, ty: &Ty) -> bool {
    match &ty.kind {
        TyKind::Named { name, .. } => matches!(
            endpoint.type_def(name).map(|def| &def.kind),
            Some(TypeKind::Object { .. })
        ),
        TyKind::Map { .. } => true,
        TyKind::List { items, .. } => {
            matches!(items.kind, TyKind::List { .. }) || nests(endpoint, items)
        }
        _ => false,
    }
}

/// `schema` with `format: int64` on every integer: an integer is an `i64` in the generated code
/// and the stand-in, and OpenAPI's registered format says so to the tools that read the
/// document (schemathesis generates within it, code generators pick a 64-bit type). The
/// standalone JSON Schemas leave it out: a format ajv does not know fails its strict mode.
fn int64(mut schema: Value) -> Value {
    // `names`: the map is `properties` (or `$defs`), whose keys are names, every value a schema.
    fn walk(value: &mut Value, names: bool) {
        match value {
            Value::Object(map) => {
                if !names
                    && map.get("type").and_then(Value::as_str) == Some("integer")
                    && !map.contains_key("format")
                {
                    let after_type = map
                        .keys()
                        .position(|key| key == "type")
                        .map_or(0, |at| at + 1);
                    map.shift_insert(after_type, "format".into(), json!("int64"));
                }
                for (key, inner) in map.iter_mut() {
                    let key = key.as_str();
                    // Values, not schemas.
                    if !names
                        && matches!(key, "examples" | "example" | "const" | "enum" | "default")
                    {
                        continue;
                    }
                    walk(
                        inner,
                        !names && matches!(key, "properties" | "$defs" | "patternProperties"),
                    );
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, false)),
            _ => {}
        }
    }
    walk(&mut schema, false);
    schema
}
