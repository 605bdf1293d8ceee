//! Any text judged as a LadiFlow request, response and Tiki request, as `cargo xtask validate`
//! judges it: the duplicate-key rule, then JSON, then the spec-driven validator.
#![no_main]

use std::sync::OnceLock;

use codegen_core::codegen_runtime::{check_unique_keys, serde_json};
use codegen_core::ir::{Endpoint, Role};
use libfuzzer_sys::fuzz_target;

fn specs() -> &'static [Endpoint] {
    static SPECS: OnceLock<Vec<Endpoint>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        [
            "specs/ladiflow/customer_create.yaml",
            "specs/tiki/lead_application_create.yaml",
        ]
        .iter()
        .filter_map(|spec| codegen_core::load(&root.join(spec), spec).ok())
        .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if check_unique_keys(text).is_err() {
        return;
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return;
    };
    for endpoint in specs() {
        for role in Role::ALL {
            if let Some(body) = endpoint.body(role) {
                let _ = codegen_core::json_validator::validate(endpoint, &body.ty, &value);
            }
        }
    }
});
