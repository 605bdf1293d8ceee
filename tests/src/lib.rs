//! Mechanics shared by the workspace tests, so each test reads as one line per case.

use std::path::{Path, PathBuf};

use codegen_runtime::EndpointTypes;
use serde_json::Value;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
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
