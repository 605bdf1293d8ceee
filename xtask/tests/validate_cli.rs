//! `cargo xtask validate` as other teams run it: exit codes and what it prints.

use std::path::{Path, PathBuf};
use std::process::Command;

const SPEC: &str = "specs/ladiflow/customer_create.yaml";
const EXAMPLE: &str = "specs/ladiflow/customer_create.request.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Runs `xtask validate SPEC request <payload>` with `payload` written to a scratch file.
fn run(name: &str, payload: &str) -> (i32, String, String) {
    run_spec(SPEC, name, payload)
}

/// Runs `xtask validate spec request <payload>`.
fn run_spec(spec: &str, name: &str, payload: &str) -> (i32, String, String) {
    let file =
        std::env::temp_dir().join(format!("xtask-validate-{}-{name}.json", std::process::id()));
    std::fs::write(&file, payload).expect("write payload");
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args(["validate", spec, "request"])
        .arg(&file)
        .output()
        .expect("xtask runs");
    let _ = std::fs::remove_file(&file);
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}

fn example() -> String {
    std::fs::read_to_string(root().join(EXAMPLE)).expect("example")
}

#[test]
fn the_documented_request_is_valid() {
    let (code, stdout, _) = run("valid", &example());
    assert_eq!(code, 0);
    assert!(stdout.contains("valid request"), "{stdout}");
}

#[test]
fn a_request_without_email_and_phone_names_the_rule() {
    let payload = example()
        .replace("\"email\": \"test@gmail.com\",", "")
        .replace("\"phone\": null,", "");
    let (code, stdout, _) = run("no-contact", &payload);
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "(document): at least one of `email`, `phone` must hold a value (absent, null and \"\" do not count) [any_of_required]\n"
    );
}

#[test]
fn a_truncated_payload_names_line_and_column() {
    let text = example();
    let (code, _, stderr) = run("truncated", &text[..200]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("-truncated.json:8:50: error: not JSON: EOF while parsing a string"),
        "{stderr}"
    );
}

#[test]
fn schema_writes_the_publishable_set_with_its_layout() {
    let out = std::env::temp_dir().join(format!("xtask-schema-{}", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args(["schema", "--out"])
        .arg(&out)
        .status()
        .expect("xtask runs");
    assert!(status.success());
    for file in [
        "openapi/tiki.openapi.yaml",
        "schemas/tiki/lead_application_create.request.schema.json",
        "schemas/ladiflow/customer_create.response.schema.json",
    ] {
        let copy = std::fs::read_to_string(out.join(file)).expect("written");
        let original = std::fs::read_to_string(root().join("generated-client").join(file))
            .expect("checked in");
        assert_eq!(copy, original, "{file}");
    }
    let _ = std::fs::remove_dir_all(&out);
}

/// The payload that the generated decoders and the client refuse (tests/validate.rs,
/// generated-client/tests/client.rs) is refused here too, not judged by its last `email`.
#[test]
fn a_repeated_key_is_refused_as_the_decoders_refuse_it() {
    let payload = std::fs::read_to_string(
        root().join("tests/fixtures/payloads/ladiflow_request_duplicate_email.json"),
    )
    .expect("fixture");
    let (code, stdout, _) = run("duplicate", &payload);
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "/email: duplicate key `email`: a JSON object names each key once (line 1, column 33) [duplicate_key]\n"
    );
}

#[test]
fn an_endless_payload_is_refused_at_the_limit() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args(["validate", SPEC, "request", "/dev/zero"])
        .output()
        .expect("xtask runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("larger than the limit of 67108864 bytes (--max-bytes raises the limit)"),
        "{stderr}"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args([
            "validate",
            SPEC,
            "request",
            "/dev/zero",
            "--max-bytes",
            "1000",
        ])
        .output()
        .expect("xtask runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("limit of 1000 bytes"), "{stderr}");
}

/// The one duplicate-key rule holds inside a JSON string (Tiki's `inputs`): `validate` refuses
/// the payload naming the key, as the generated decoder does, instead of keeping the last one.
#[test]
fn a_duplicate_key_inside_a_json_string_is_named() {
    let payload = r#"{"customer_id": "1333", "inputs": "{\"name\": \"John\", \"phone\": \"090\", \"name\": \"Jim\"}"}"#;
    let (code, stdout, _) = run_spec(
        "specs/tiki/lead_application_create.yaml",
        "dup-inputs",
        payload,
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.starts_with("/inputs: "), "{stdout}");
    assert!(
        stdout.contains("duplicate key `name`") && stdout.contains("`/name`"),
        "{stdout}"
    );
}
