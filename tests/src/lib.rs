//! Mechanics shared by the workspace tests, so each test reads as one line per case.

pub mod arbitrary;
pub mod mutate;
pub mod scratch;

use std::path::{Path, PathBuf};

use codegen_runtime::EndpointTypes;
use serde_json::Value;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Compares `actual` with the golden file at `path`: a stale golden fails with a unified
/// diff. With `BLESS=1` in the environment the golden file is written instead (as trybuild's
/// `TRYBUILD=overwrite`), and the test passes; review the diff in git before committing.
#[track_caller]
pub fn assert_golden(path: &Path, actual: &str) {
    if std::env::var_os("BLESS").is_some_and(|value| value == "1") {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the golden file's folder");
        }
        std::fs::write(path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        let name = path.display().to_string();
        let diff = similar::TextDiff::from_lines(expected.as_str(), actual)
            .unified_diff()
            .context_radius(3)
            .header(&name, "actual")
            .to_string();
        panic!("{name} is stale (BLESS=1 cargo test rewrites it):\n{diff}");
    }
}

/// Every spec under `specs/`, loaded; a spec that does not load fails the test with its
/// diagnostics.
pub fn all_specs() -> Vec<codegen_core::ir::Endpoint> {
    let root = workspace_root();
    let specs = codegen_core::generate::discover_specs(&root).expect("specs/ is readable");
    assert!(!specs.is_empty(), "no specs found under specs/");
    specs
        .iter()
        .map(|path| {
            let display = codegen_core::generate::display_path(&root, path);
            codegen_core::load(path, &display).unwrap_or_else(|diagnostics| {
                panic!("{}", codegen_core::render(&diagnostics, None))
            })
        })
        .collect()
}

/// A service of the workspace: its name and the version its `types.yaml` states, if any.
pub struct Service {
    /// The service's name (`tiki`).
    pub name: String,
    /// Its version, where it states one.
    pub version: Option<String>,
}

/// Every service under `specs/`, whether or not it has a `types.yaml`.
pub fn services() -> Vec<Service> {
    let workspace = codegen_core::generate::Workspace::load(&workspace_root())
        .unwrap_or_else(|diagnostics| panic!("{}", codegen_core::render(&diagnostics, None)));
    let versions = workspace.services();
    workspace
        .service_names()
        .into_iter()
        .map(|name| Service {
            name: name.to_owned(),
            version: versions
                .iter()
                .find(|service| service.name == name)
                .and_then(|service| service.version.clone()),
        })
        .collect()
}

/// The generated types of an endpoint, found through `generated_client::ENDPOINTS`.
pub fn generated_types(service: &str, endpoint: &str) -> Option<&'static EndpointTypes> {
    generated_client::ENDPOINTS
        .iter()
        .find(|types| types.info.service == service && types.info.name == endpoint)
}

/// The diagnostics of the bad-spec fixture `name`, one `file:line:col: error: message` line
/// each; an empty list when the spec loads.
pub fn diagnostics_of(name: &str) -> Vec<String> {
    let path = workspace_root().join("tests/fixtures/bad-specs").join(name);
    match codegen_core::load(&path, &format!("bad-specs/{name}")) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
    }
}

/// Where two JSON documents differ, by JSON Pointer; strings that both hold a JSON object or
/// list (a JSON document inside a string) are compared as the documents they hold.
pub fn json_differences(expected: &Value, actual: &Value) -> Vec<String> {
    let mut differences = Vec::new();
    compare(expected, actual, &mut String::new(), &mut differences);
    differences
}

fn compare(expected: &Value, actual: &Value, pointer: &mut String, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for key in e.keys().chain(a.keys().filter(|k| !e.contains_key(*k))) {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(key);
                match (e.get(key), a.get(key)) {
                    (Some(e), Some(a)) => compare(e, a, pointer, out),
                    (Some(e), None) => out.push(format!("{pointer}: lost {e}")),
                    (None, Some(a)) => out.push(format!("{pointer}: added {a}")),
                    (None, None) => {}
                }
                pointer.truncate(len);
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (index, (e, a)) in e.iter().zip(a).enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{index}"));
                compare(e, a, pointer, out);
                pointer.truncate(len);
            }
        }
        (Value::String(e), Value::String(a)) if e != a => match (embedded(e), embedded(a)) {
            (Some(e), Some(a)) => {
                pointer.push_str(" ⟶ ");
                compare(&e, &a, pointer, out);
            }
            _ => out.push(format!("{pointer}: {expected} became {actual}")),
        },
        _ if expected != actual => out.push(format!("{pointer}: {expected} became {actual}")),
        _ => {}
    }
}

/// The JSON object or list inside a string, if it holds one.
fn embedded(text: &str) -> Option<Value> {
    serde_json::from_str::<Value>(text)
        .ok()
        .filter(|value| value.is_object() || value.is_array())
}

/// The documented example `file` of the spec folder `service`, as text.
pub fn example_text(service: &str, file: &str) -> String {
    let path = workspace_root().join("specs").join(service).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A change to a documented example, to make a test payload from it.
pub enum Edit {
    /// Set the value at a JSON Pointer (its parent must exist).
    Set(&'static str, Value),
    /// Remove the value at a JSON Pointer.
    Remove(&'static str),
}

/// Shorthand for [`Edit::Set`].
pub fn set(pointer: &'static str, value: Value) -> Edit {
    Edit::Set(pointer, value)
}

/// Shorthand for [`Edit::Remove`].
pub fn remove(pointer: &'static str) -> Edit {
    Edit::Remove(pointer)
}

/// `value` with `edits` applied.
pub fn edited(mut value: Value, edits: &[Edit]) -> Value {
    for edit in edits {
        let (Edit::Set(pointer, _) | Edit::Remove(pointer)) = edit;
        let (parent, last) = pointer.rsplit_once('/').expect("a pointer below the root");
        let parent = value
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("no parent for {pointer}"));
        match (edit, parent) {
            (Edit::Set(_, new), Value::Object(map)) => {
                map.insert(last.to_owned(), new.clone());
            }
            (Edit::Set(_, new), Value::Array(items)) => {
                items[last.parse::<usize>().expect("index")] = new.clone();
            }
            (Edit::Remove(_), Value::Object(map)) => {
                map.remove(last);
            }
            (Edit::Remove(_), Value::Array(items)) => {
                items.remove(last.parse::<usize>().expect("index"));
            }
            _ => panic!("{pointer} is not below an object or list"),
        }
    }
    value
}

/// The spec `service/endpoint`, loaded once per test binary.
pub fn spec(service: &str, endpoint: &str) -> &'static codegen_core::ir::Endpoint {
    static SPECS: std::sync::OnceLock<Vec<codegen_core::ir::Endpoint>> = std::sync::OnceLock::new();
    SPECS
        .get_or_init(all_specs)
        .iter()
        .find(|e| e.service == service && e.name == endpoint)
        .unwrap_or_else(|| panic!("no spec {service}/{endpoint}"))
}

/// Every violation of `payload` as the `role` (`request`, `response`, `error`) of
/// `service/endpoint`, as (JSON Pointer, kind) pairs, judged by the spec's JSON validator.
///
/// The same payload is also decoded into the generated type and validated there; the two must
/// agree: the same violations when it decodes, and a violation decoding also refuses when it
/// does not.
pub fn violations(
    service: &str,
    endpoint: &str,
    role: &str,
    payload: &Value,
) -> Vec<(String, &'static str)> {
    let spec = spec(service, endpoint);
    let types = generated_types(service, endpoint).expect("generated types");
    let (body, codec) = match role {
        "request" => (
            spec.request.as_ref().expect("request body"),
            types.request.expect("request codec"),
        ),
        "response" => (
            spec.response.as_ref().expect("response body"),
            types.response.expect("response codec"),
        ),
        _ => (
            spec.errors.as_ref().expect("error body"),
            types.error.expect("error codec"),
        ),
    };
    let by_spec = codegen_core::json_validator::validate(spec, &body.ty, payload);
    let found: Vec<(String, &'static str)> = by_spec
        .violations()
        .iter()
        .map(|v| (v.pointer.clone(), v.kind.as_str()))
        .collect();
    match codec.validate(&payload.to_string()) {
        Ok(typed) => {
            let mut typed: Vec<(String, &'static str)> = typed
                .violations()
                .iter()
                .map(|v| (v.pointer.clone(), v.kind.as_str()))
                .collect();
            let mut sorted = found.clone();
            typed.sort();
            sorted.sort();
            assert_eq!(
                sorted, typed,
                "the generated validator disagrees with the spec's on {payload}"
            );
        }
        Err(error) => {
            // Kinds decoding enforces; `format` for dates, which only decode when valid.
            const DECODING: [&str; 8] = [
                "required",
                "null",
                "type",
                "unknown_field",
                "enum",
                "one_of",
                "json_string",
                "format",
            ];
            assert!(
                found.iter().any(|(_, kind)| DECODING.contains(kind)),
                "decoding refused {payload} ({error}) but the spec's validator found no such violation"
            );
        }
    }
    found
}
