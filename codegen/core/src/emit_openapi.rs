//! OpenAPI 3.1 emitter: one document per service, whose operations refer to the published JSON
//! Schemas (`../schemas/<service>/<endpoint>.<role>.schema.json`) rather than copying them.

use serde_json::{Map, Value, json};

use crate::emit_schema::Role;
use crate::ir::{Auth, Endpoint, Text};

/// The OpenAPI document of one service's endpoints (all with the same `service`).
pub fn service_document(service: &str, endpoints: &[&Endpoint], version: &str) -> Value {
    let mut paths = Map::new();
    let mut schemes = Map::new();
    let default_servers = endpoints.first().map(|e| servers(e)).unwrap_or_default();
    for endpoint in endpoints {
        let (security, scheme_defs, auth_headers) = security(endpoint);
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
                "schema": crate::emit_schema::expression_schema(endpoint, &param.field.ty),
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
        if endpoint.request.is_some() {
            operation.insert(
                "requestBody".into(),
                json!({
                    "required": true,
                    "content": { endpoint.content_type.as_str(): { "schema": { "$ref": schema_ref(endpoint, Role::Request) } } },
                }),
            );
        }
        let mut responses = Map::new();
        let success = match endpoint.success_status {
            Some(status) => status.to_string(),
            None if endpoint.response.is_none() => "204".to_owned(),
            None => "2XX".to_owned(),
        };
        responses.insert(
            success,
            match endpoint.response {
                Some(_) => json!({
                    "description": "Success",
                    "content": { "application/json": { "schema": { "$ref": schema_ref(endpoint, Role::Response) } } },
                }),
                None => json!({ "description": "Success, without a body" }),
            },
        );
        for status in &endpoint.statuses {
            let description = text(&status.docs)
                .unwrap_or_else(|| format!("The documented body of HTTP {}", status.code));
            responses.insert(
                status.code.to_string(),
                json!({
                    "description": format!("{description} (`{}`)", status.body.ty.describe()),
                    "content": { "application/json": {} },
                }),
            );
        }
        let failure = match &endpoint.errors {
            Some(_) => json!({
                "description": "The vendor's error body",
                "content": { "application/json": { "schema": { "$ref": schema_ref(endpoint, Role::Error) } } },
            }),
            None => json!({ "description": "Failure; the vendor publishes no error body" }),
        };
        responses.insert("default".into(), failure);
        operation.insert("responses".into(), Value::Object(responses));

        let mut item = Map::new();
        let own_servers = servers(endpoint);
        if own_servers != default_servers {
            item.insert("servers".into(), json!(own_servers));
        }
        item.insert(
            endpoint.method.as_str().to_lowercase(),
            Value::Object(operation),
        );
        // Two endpoints on one path (a GET and a PUT of `/things/{id}`) share its item.
        match paths.get_mut(&endpoint.path) {
            Some(Value::Object(existing)) => existing.extend(item),
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
    document.insert("jsonSchemaDialect".into(), json!(crate::emit_schema::DRAFT));
    document.insert("servers".into(), json!(default_servers));
    document.insert("paths".into(), Value::Object(paths));
    if !schemes.is_empty() {
        document.insert("components".into(), json!({ "securitySchemes": schemes }));
    }
    Value::Object(document)
}

/// The relative reference from `openapi/` to a body's schema file.
pub fn schema_ref(endpoint: &Endpoint, role: Role) -> String {
    format!("../{}", schema_path(endpoint, role))
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

fn servers(endpoint: &Endpoint) -> Vec<Value> {
    endpoint
        .servers
        .iter()
        .map(|server| json!({ "url": server.url, "description": server.name }))
        .collect()
}

/// The operation's security requirement, the schemes it names, and the headers they cover.
fn security(endpoint: &Endpoint) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
    let mut requirement = Map::new();
    let mut schemes = Map::new();
    match &endpoint.auth {
        Auth::None => (requirement, schemes, Vec::new()),
        Auth::ApiKey { header } => {
            let name = scheme_name(header);
            schemes.insert(
                name.clone(),
                json!({ "type": "apiKey", "in": "header", "name": header }),
            );
            requirement.insert(name, json!([]));
            (requirement, schemes, vec![header.clone()])
        }
        Auth::ApiKeyQuery { name } => {
            let scheme = scheme_name(name);
            schemes.insert(
                scheme.clone(),
                json!({ "type": "apiKey", "in": "query", "name": name }),
            );
            requirement.insert(scheme, json!([]));
            (requirement, schemes, Vec::new())
        }
        Auth::Bearer => http_scheme("bearer"),
        Auth::Basic => http_scheme("basic"),
        Auth::OAuth2 {
            token_url, scopes, ..
        } => {
            let scope_map: Map<String, Value> = scopes
                .iter()
                .map(|scope| (scope.clone(), json!("")))
                .collect();
            schemes.insert(
                "oauth2".to_owned(),
                json!({
                    "type": "oauth2",
                    "flows": { "clientCredentials": { "tokenUrl": token_url, "scopes": scope_map } },
                }),
            );
            requirement.insert("oauth2".to_owned(), json!(scopes));
            (requirement, schemes, vec!["Authorization".to_owned()])
        }
        Auth::Hmac(hmac) => {
            // OpenAPI has no signature scheme: the client id is an API key; the timestamp and
            // signature headers stay parameters, and the description says how to sign.
            let name = scheme_name(&hmac.client_id_header);
            schemes.insert(
                name.clone(),
                json!({
                    "type": "apiKey",
                    "in": "header",
                    "name": hmac.client_id_header,
                    "description": format!(
                        "Every request also carries `{}` and `{}`: HMAC-SHA256 with the client secret over base64url (no padding) of {} joined by `{}`, in lowercase hex{}. Defined in `{}`.",
                        hmac.timestamp_header, hmac.signature_header, parts(&hmac.payload), hmac.separator,
                        if hmac.payload_without_body.is_empty() { String::new() } else { format!(" (without a body: {})", parts(&hmac.payload_without_body)) },
                        hmac.doc
                    ),
                }),
            );
            requirement.insert(name, json!([]));
            (requirement, schemes, vec![hmac.client_id_header.clone()])
        }
    }
}

fn parts(payload: &[codegen_runtime::PayloadPart]) -> String {
    let names: Vec<&str> = payload
        .iter()
        .map(|part| match part {
            codegen_runtime::PayloadPart::Timestamp => "timestamp",
            codegen_runtime::PayloadPart::ClientId => "client id",
            codegen_runtime::PayloadPart::Body => "body",
            codegen_runtime::PayloadPart::Target => "path and query",
        })
        .collect();
    names.join(", ")
}

/// A security scheme's name from its header (`X-Tiniapp-Client-Id` → `XTiniappClientId`).
/// An HTTP authentication scheme (`bearer`, `basic`), named after itself. It carries the
/// `Authorization` header, which OpenAPI ignores as a header parameter.
fn http_scheme(scheme: &str) -> (Map<String, Value>, Map<String, Value>, Vec<String>) {
    let requirement = Map::from_iter([(scheme.to_owned(), json!([]))]);
    let schemes = Map::from_iter([(
        scheme.to_owned(),
        json!({ "type": "http", "scheme": scheme }),
    )]);
    (requirement, schemes, vec!["Authorization".to_owned()])
}

fn scheme_name(header: &str) -> String {
    header.chars().filter(char::is_ascii_alphanumeric).collect()
}

fn text(text: &Text) -> Option<String> {
    text.joined(" / ")
}
