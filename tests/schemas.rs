//! The published JSON Schemas and OpenAPI documents: valid against their meta-schemas, accept
//! the documented examples, and judge payloads exactly as the Rust validators do.

use std::cell::RefCell;

use codegen_core::constraint;
use codegen_core::emit_schema::{self, Role};
use codegen_core::ir::{Endpoint, Ty, TyKind, TypeKind};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};
use workspace_tests::arbitrary::{mutants, valid};
use workspace_tests::{all_specs, spec, violations, workspace_root};

const ROLES: [Role; 3] = [Role::Request, Role::Response, Role::Error];

fn published(endpoint: &Endpoint, role: Role) -> Option<Value> {
    endpoint.body(role)?;
    let path = workspace_root()
        .join("generated-client")
        .join(codegen_core::emit_openapi::schema_path(endpoint, role));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(serde_json::from_str(&text).expect("schema is JSON"))
}

/// A validator of `schema` alone, as a team that downloaded one file builds it: no retriever,
/// nothing registered, so a reference outside the file fails to compile.
fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile on its own: {e}"))
}

/// Every `$ref` string in `value`.
fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(object) => {
            for (key, value) in object {
                match (key.as_str(), value) {
                    ("$ref", Value::String(target)) => out.push(target),
                    _ => refs(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| refs(item, out)),
        _ => {}
    }
}

/// The published files under `generated-client/<folder>` with the extension `ext`, releases too.
fn published_files(folder: &str, ext: &str) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, ext, out);
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &workspace_root().join("generated-client").join(folder),
        ext,
        &mut out,
    );
    out.sort();
    out
}

/// Every published schema, working set and releases, stands alone: its references point
/// inside it, it compiles with nothing registered, and it accepts its own examples.
#[test]
fn every_published_schema_loads_alone() {
    let files = published_files("schemas", ".schema.json");
    assert!(!files.is_empty());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let schema: Value = serde_json::from_str(&text).expect("JSON");
        let mut found = Vec::new();
        refs(&schema, &mut found);
        for target in found {
            let pointer = target.strip_prefix('#').unwrap_or_else(|| {
                panic!("{}: `{target}` points outside the file", path.display())
            });
            assert!(
                schema.pointer(pointer).is_some(),
                "{}: `{target}` leads nowhere",
                path.display()
            );
        }
        let validator = validator(&schema);
        for example in schema["examples"].as_array().into_iter().flatten() {
            assert!(validator.is_valid(example), "{}", path.display());
        }
        // Bounds only: an example keeps the number its page wrote (`"price": 10.000`).
        let bound_as_float = text.lines().any(|line| {
            ["minimum", "maximum", "multipleOf", "exclusiveM"]
                .iter()
                .any(|key| line.contains(key))
                && (line.trim_end().ends_with(".0,") || line.trim_end().ends_with(".0"))
        });
        assert!(
            !bound_as_float,
            "{}: a whole bound written as a float",
            path.display()
        );
    }
}

/// Every OpenAPI document stands alone: each `$ref` is a `#/components/…` pointer that leads to
/// a component, every body and documented status has a schema, `info.version` is the service's
/// version, and whole bounds are integers.
#[test]
fn every_openapi_document_is_self_contained() {
    let services = workspace_tests::services();
    let files = published_files("openapi", ".openapi.yaml");
    assert_eq!(files.len(), services.len());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let document: Value = serde_saphyr::from_str(&text).expect("YAML");
        let mut found = Vec::new();
        refs(&document, &mut found);
        assert!(!found.is_empty(), "{}", path.display());
        // Identifiers only: datamodel-code-generator reads `shipment_get.Response` as a module.
        for name in document["components"]["schemas"]
            .as_object()
            .expect("schemas")
            .keys()
        {
            assert!(
                name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{}: component `{name}`",
                path.display()
            );
        }
        for target in found {
            assert!(
                target.starts_with("#/components/schemas/"),
                "{}: `{target}`",
                path.display()
            );
            let pointer = target.trim_start_matches('#');
            assert!(
                document.pointer(pointer).is_some(),
                "{}: `{target}` leads nowhere",
                path.display()
            );
        }
        for item in document["paths"].as_object().expect("paths").values() {
            for (method, operation) in item.as_object().expect("path item") {
                if method == "servers" {
                    continue;
                }
                for (status, response) in operation["responses"].as_object().expect("responses") {
                    if let Some(content) = response["content"].as_object() {
                        for media in content.values() {
                            assert!(
                                media["schema"]["$ref"].is_string(),
                                "{}: {method} {status} has no schema",
                                path.display()
                            );
                        }
                    }
                }
            }
        }
        let service = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.strip_suffix(".openapi.yaml"))
            .expect("named after its service");
        let version = services
            .iter()
            .find(|s| s.name == service)
            .and_then(|s| s.version.clone())
            .unwrap_or_else(|| "0.0.0".to_owned());
        assert_eq!(
            document["info"]["version"],
            json!(version),
            "{}",
            path.display()
        );
        assert!(!text.contains(": 1.0\n"), "{}", path.display());
    }
}

#[test]
fn every_schema_is_valid_draft_2020_12() {
    for endpoint in all_specs() {
        for role in ROLES {
            let Some(schema) = published(&endpoint, role) else {
                continue;
            };
            assert_eq!(schema["$schema"], emit_schema::DRAFT);
            assert_eq!(schema["$id"], emit_schema::schema_id(&endpoint, role));
            if let Err(error) = jsonschema::meta::validate(&schema) {
                panic!("{} {}: {error}", endpoint.spec, role.as_str());
            }
            validator(&schema);
        }
    }
}

#[test]
fn every_openapi_document_parses_as_openapi_3_1() {
    let dir = workspace_root().join("generated-client/openapi");
    let mut parsed = 0;
    for entry in std::fs::read_dir(&dir).expect("openapi/") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        let document = oas3::from_yaml(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(document.openapi.starts_with("3.1"), "{}", path.display());
        assert!(
            !document.paths.unwrap_or_default().is_empty(),
            "{}",
            path.display()
        );
        parsed += 1;
    }
    // One document per service that has endpoints.
    let services: std::collections::BTreeSet<String> =
        all_specs().into_iter().map(|e| e.service).collect();
    assert_eq!(parsed, services.len());
}

/// `auth: bearer` and `auth: basic` are OpenAPI's `http` schemes, required by the operation,
/// and an `Authorization` row of the header table is not a parameter as well.
#[test]
fn http_auth_is_an_http_scheme_in_openapi() {
    for (spec, path, method, scheme) in [
        ("bearer.yaml", "/notes", "post", "bearer"),
        ("basic.yaml", "/reports/{report_id}", "get", "basic"),
    ] {
        let display = format!("tests/fixtures/specs/{spec}");
        let endpoint = codegen_core::load(&workspace_root().join(&display), &display)
            .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, None)));
        let document =
            codegen_core::emit_openapi::service_document("fixture", &[&endpoint], "0.0.0");
        let text = serde_json::to_string(&document).expect("json");
        oas3::from_json(&text).unwrap_or_else(|e| panic!("{spec}: {e}: {text}"));
        assert_eq!(
            document["components"]["securitySchemes"][scheme],
            json!({ "type": "http", "scheme": scheme }),
            "{spec}"
        );
        let operation = &document["paths"][path][method];
        assert_eq!(operation["security"], json!([{ scheme: [] }]), "{spec}");
        let parameters = operation["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            parameters.iter().all(|p| p["name"] != "Authorization"),
            "{spec}: {parameters:?}"
        );
    }
}

/// A GET and a PUT of one path on different servers: each operation keeps its own server
/// (a path item's `servers` said only the last one's, so the GET was documented on the PUT's
/// server).
#[test]
fn operations_of_one_path_on_different_servers_each_keep_theirs() {
    let spec = |method: &str, host: &str| {
        let yaml = format!(
            "service: shop\nendpoint: thing_{}\ntitle: {{ en: Thing }}\ndoc: https://x.test/d\nmethod: {method}\nservers:\n  production: https://{host}.x.test\nauth: none\npath: /things/{{id}}\nparams:\n  id: {{ in: path, type: string, required: true }}\nresponse:\n  body: Thing\ntypes:\n  Thing:\n    fields:\n      id: {{ type: string }}\n",
            method.to_lowercase()
        );
        codegen_core::load_str(&yaml, "shop/thing.yaml", std::path::Path::new("."))
            .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, None)))
    };
    for (first, second) in [
        (("GET", "read"), ("PUT", "write")),
        (("GET", "write"), ("PUT", "read")),
    ] {
        let (a, b) = (spec(first.0, first.1), spec(second.0, second.1));
        let document = codegen_core::emit_openapi::service_document("shop", &[&a, &b], "0.0.0");
        let text = serde_json::to_string(&document).expect("json");
        oas3::from_json(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        let server = |method: &str| {
            let item = &document["paths"]["/things/{id}"];
            let servers = [
                &item[method]["servers"],
                &item["servers"],
                &document["servers"],
            ]
            .into_iter()
            .find(|servers| !servers.is_null())
            .cloned()
            .unwrap_or(Value::Null);
            servers[0]["url"].as_str().unwrap_or_default().to_owned()
        };
        assert_eq!(
            server("get"),
            format!("https://{}.x.test", first.1),
            "{text}"
        );
        assert_eq!(
            server("put"),
            format!("https://{}.x.test", second.1),
            "{text}"
        );
    }
}

/// The OpenAPI document of the fixture spec at `display`, which must parse as OpenAPI.
fn fixture_document(display: &str) -> Value {
    let endpoint = codegen_core::load(&workspace_root().join(display), display)
        .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, None)));
    let document = codegen_core::emit_openapi::service_document("fixture", &[&endpoint], "0.0.0");
    let text = serde_json::to_string(&document).expect("json");
    oas3::from_json(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    document
}

/// `api_key: { query: key }` is an `apiKey` scheme `in: query`, and no parameter of its own.
#[test]
fn a_query_key_is_an_api_key_scheme_in_the_query() {
    let document = fixture_document("tests/fixtures/specs/api_key_query.yaml");
    assert_eq!(
        document["components"]["securitySchemes"]["key"],
        json!({ "type": "apiKey", "in": "query", "name": "key" })
    );
    let operation = &document["paths"]["/places"]["get"];
    assert_eq!(operation["security"], json!([{ "key": [] }]));
    let names: Vec<&Value> = operation["parameters"]
        .as_array()
        .map(|parameters| parameters.iter().map(|p| &p["name"]).collect())
        .unwrap_or_default();
    assert_eq!(names, [&json!("q")]);
}

/// A token URL given as a path is written below the default server (OpenAPI's tools read
/// `tokenUrl` as an absolute URL), and the document parses as OpenAPI.
#[test]
fn a_token_path_is_an_absolute_token_url_in_openapi() {
    let document = fixture_document("tests/fixtures/specs/oauth2.yaml");
    assert_eq!(
        document["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]["tokenUrl"],
        json!("https://api.example.test/oauth/token")
    );
}

#[test]
fn documented_examples_validate_against_their_schemas() {
    for endpoint in all_specs() {
        for role in ROLES {
            let (Some(schema), Some(body)) = (published(&endpoint, role), endpoint.body(role))
            else {
                continue;
            };
            // A body the doc gives no example of has no `examples` keyword.
            assert_eq!(
                schema["examples"].as_array().map_or(0, Vec::len),
                body.examples.len()
            );
            for example in &body.examples {
                assert!(
                    accepted_by_schema(&endpoint, role, &schema, &example.value),
                    "{} rejects {}",
                    endpoint.spec,
                    example.file
                );
            }
        }
    }
}

/// The JSON Schema verdict: the schema with format assertions on, and each `contentSchema`
/// (an annotation in 2020-12) applied to the JSON decoded from its string, as an application
/// that wants the check must do.
fn accepted_by_schema(endpoint: &Endpoint, role: Role, schema: &Value, payload: &Value) -> bool {
    if !validator(schema).is_valid(payload) {
        return false;
    }
    let Some(body) = endpoint.body(role) else {
        return false;
    };
    let mut embedded = Vec::new();
    json_strings(endpoint, &body.ty, payload, &mut embedded);
    embedded.into_iter().all(|(owner, field, text)| {
        let content = &schema["$defs"][owner]["properties"][field]["contentSchema"];
        let mut document = content.as_object().cloned().unwrap_or_default();
        document.insert("$schema".into(), json!(emit_schema::DRAFT));
        document.insert("$defs".into(), schema["$defs"].clone());
        serde_json::from_str::<Value>(&text)
            .is_ok_and(|inner| validator(&Value::Object(document)).is_valid(&inner))
    })
}

/// The JSON-in-string fields of `payload` (owner type, field, text) that the spec declares.
fn json_strings(
    endpoint: &Endpoint,
    ty: &Ty,
    payload: &Value,
    out: &mut Vec<(String, String, String)>,
) {
    match &ty.kind {
        TyKind::List { items, .. } => {
            for item in payload.as_array().into_iter().flatten() {
                json_strings(endpoint, items, item, out);
            }
        }
        TyKind::Named { name, .. } => {
            let Some(TypeKind::Object { fields, .. }) = endpoint.type_def(name).map(|d| &d.kind)
            else {
                return;
            };
            for field in fields {
                let Some(value) = payload.get(&field.wire_name) else {
                    continue;
                };
                match (&field.ty.kind, value.as_str()) {
                    (TyKind::JsonString(_), Some(text)) => {
                        out.push((name.clone(), field.wire_name.clone(), text.to_owned()))
                    }
                    _ => json_strings(endpoint, &field.ty, value, out),
                }
            }
        }
        _ => {}
    }
}

/// Any JSON value, small.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        (-1e3f64..1e3).prop_map(|n| json!(n)),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,6}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON Pointer inside `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// A valid value with one node (or the whole) replaced by arbitrary JSON.
fn garbled(endpoint: &'static Endpoint, ty: &Ty) -> impl Strategy<Value = Value> {
    (
        valid(endpoint, ty),
        any::<proptest::sample::Index>(),
        any_json(),
    )
        .prop_map(|(mut value, pick, garbage)| {
            let mut all = Vec::new();
            pointers(&value, String::new(), &mut all);
            let at = &all[pick.index(all.len())];
            match value.pointer_mut(at) {
                Some(slot) => *slot = garbage,
                None => value = garbage,
            }
            value
        })
}

/// Runs `judge` on `cases` payloads from each of three sources, generated from the spec's request
/// type: valid values, single-constraint mutants of them, and valid values with a node garbled.
fn judge_corpus(endpoint: &'static Endpoint, cases: u32, judge: impl Fn(&Value)) {
    let Some(ty) = endpoint.request.as_ref().map(|body| &body.ty) else {
        return;
    };
    let mutant =
        (valid(endpoint, ty), any::<proptest::sample::Index>()).prop_map(move |(value, pick)| {
            let all = mutants(endpoint, ty, &value);
            if all.is_empty() {
                value
            } else {
                all[pick.index(all.len())].value.clone()
            }
        });
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    for strategy in [
        valid(endpoint, ty),
        mutant.boxed(),
        garbled(endpoint, ty).boxed(),
    ] {
        TestRunner::new(config.clone())
            .run(&strategy, |payload| {
                judge(&payload);
                Ok(())
            })
            .expect("judging does not fail");
    }
}

#[test]
fn rust_validators_and_json_schema_agree_on_generated_payloads() {
    for endpoint in all_specs() {
        let endpoint = spec(&endpoint.service, &endpoint.name);
        // A call without a request body (a GET) has nothing to compare.
        let Some(schema) = published(endpoint, Role::Request) else {
            continue;
        };
        let compared = RefCell::new(0usize);
        let invalid = RefCell::new(0usize);
        let disagreements = RefCell::new(Vec::new());
        judge_corpus(endpoint, 400, |payload| {
            let by_rust =
                violations(&endpoint.service, &endpoint.name, "request", payload).is_empty();
            let by_schema = accepted_by_schema(endpoint, Role::Request, &schema, payload);
            *compared.borrow_mut() += 1;
            *invalid.borrow_mut() += usize::from(!by_rust);
            if by_rust != by_schema && !only_decimal_steps_broken(endpoint, payload) {
                disagreements.borrow_mut().push(format!(
                    "rust valid={by_rust}, schema valid={by_schema}: {payload}"
                ));
            }
        });
        let (compared, invalid, disagreements) = (
            compared.into_inner(),
            invalid.into_inner(),
            disagreements.into_inner(),
        );
        println!(
            "{}: compared {compared} payloads ({invalid} invalid), {} disagreements",
            endpoint.spec,
            disagreements.len()
        );
        assert!(compared >= 1000, "only {compared} payloads");
        assert!(
            disagreements.is_empty(),
            "{}",
            disagreements[..disagreements.len().min(5)].join("\n")
        );
    }
}

/// Whether every rule `payload` breaks is a decimal step (`multiple_of: 0.01`): the published
/// schema states it in a `$comment`, not as `multipleOf` (`constraint::binary_exact`), so the
/// generated validators alone refuse a value off the step.
fn only_decimal_steps_broken(endpoint: &Endpoint, payload: &Value) -> bool {
    let Some(body) = endpoint.request.as_ref() else {
        return false;
    };
    let broken = violations(&endpoint.service, &endpoint.name, "request", payload);
    !broken.is_empty()
        && broken.iter().all(|(pointer, kind)| {
            let segments: Vec<String> = pointer
                .split('/')
                .skip(1)
                .map(|s| s.replace("~1", "/").replace("~0", "~"))
                .collect();
            *kind == "multiple_of"
                && step_at(endpoint, &body.ty, &segments)
                    .is_some_and(|step| !constraint::binary_exact(step))
        })
}

/// The `multiple_of` of the value at `segments` below a value of `ty` (of a one-of's
/// alternative there, the first that states one).
fn step_at(endpoint: &Endpoint, ty: &Ty, segments: &[String]) -> Option<f64> {
    match (&ty.kind, segments.split_first()) {
        (TyKind::Named { name, .. }, next) => match (&endpoint.type_def(name)?.kind, next) {
            (TypeKind::Object { fields, .. }, Some((key, rest))) => {
                let field = fields.iter().find(|f| &f.wire_name == key)?;
                step_at(endpoint, &field.ty, rest)
            }
            (TypeKind::OneOf { variants }, None) => variants
                .iter()
                .find_map(|variant| variant.ty.constraints.multiple_of),
            _ => None,
        },
        (_, None) => ty.constraints.multiple_of,
        (TyKind::List { items, .. }, Some((_, rest))) => step_at(endpoint, items, rest),
        (TyKind::Map { values }, Some((_, rest))) => step_at(endpoint, values, rest),
        _ => None,
    }
}

/// What `schemars` derives (with generated-client's `schemars` feature) for a request type.
fn derived_request_schema(service: &str, endpoint: &str) -> Option<Value> {
    generated_client::DERIVED_REQUEST_SCHEMAS
        .iter()
        .find(|(s, e, _)| *s == service && *e == endpoint)
        .map(|(_, _, schema)| schema())
}

#[test]
fn schemars_derived_schemas_judge_like_the_published_ones() {
    for endpoint in all_specs() {
        let endpoint = spec(&endpoint.service, &endpoint.name);
        let Some(schema) = published(endpoint, Role::Request) else {
            continue;
        };
        let derived_schema = derived_request_schema(&endpoint.service, &endpoint.name)
            .unwrap_or_else(|| panic!("{}: no derived schema listed", endpoint.spec));
        let published = validator(&schema);
        let derived = validator(&derived_schema);
        let compared = RefCell::new(0usize);
        let disagreements = RefCell::new(Vec::new());
        judge_corpus(endpoint, 300, |payload| {
            *compared.borrow_mut() += 1;
            let (by_published, by_derived) =
                (published.is_valid(payload), derived.is_valid(payload));
            if by_published != by_derived {
                disagreements.borrow_mut().push(format!(
                    "published={by_published} derived={by_derived}: {payload}"
                ));
            }
        });
        let disagreements = disagreements.into_inner();
        println!(
            "{}: compared {} payloads, {} disagreements",
            endpoint.spec,
            compared.into_inner(),
            disagreements.len()
        );
        assert!(
            disagreements.is_empty(),
            "{}\n{derived_schema:#}",
            disagreements[..disagreements.len().min(5)].join("\n")
        );
    }
}
