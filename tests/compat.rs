//! `cargo xtask diff`'s verdicts against what really happens to consumers, one case per kind of
//! change. Each case edits `fixtures/compat/base.yaml`; then
//!
//! - **code**: `fixtures/compat/consumer.rs`, written against the base crate (it builds
//!   requests and parameters through `new` and the setters, reads every response field, names
//!   every enum variant and alternative, and mocks a response as a consumer's tests would), is
//!   compiled against the crate generated from the edited spec, by cargo, in a scratch
//!   workspace;
//! - **payloads**: requests the old request schema accepts are validated against the new one
//!   (senders), and responses the new response schema allows against the old one (readers);
//!
//! and the test asserts that `diff` says the code breaks exactly when the consumer stops
//! compiling, that the payloads break exactly when a probe flips, and that `schema-diff` on the
//! two published schemas never misses a payload break. Changes to the call itself (method,
//! URL, headers, where a parameter goes, which error statuses are typed) break the wire, which
//! neither rustc nor a validator sees: for those the test asserts that code and payloads break
//! only as `diff` says, and that `diff` still calls the change breaking.

use std::path::{Path, PathBuf};

use codegen_core::emit_schema::{self, Role};
use codegen_core::ir::Endpoint;
use codegen_review::changes::{Breaks, Change, Class, diff};
use codegen_review::schema_changes::{Direction, schema_diff};
use serde_json::{Value, json};
use workspace_tests::scratch::{ScratchWorkspace, library, repository_crate};
use workspace_tests::workspace_root;

/// One kind of change: the text it replaces in the base spec and with what, and the payloads
/// that probe it (requests valid under the old schema, responses valid under the new one).
struct Case {
    name: &'static str,
    edits: &'static [(&'static str, &'static str)],
    requests: Vec<Value>,
    responses: Vec<Value>,
    /// What the case must show: who breaks (calls are read from `diff`, not observed).
    expect: Breaks,
}

const CODE: Breaks = Breaks::CODE;
const PAYLOADS: Breaks = Breaks::PAYLOADS;
const CALLS: Breaks = Breaks::CALLS;
const NOBODY: Breaks = Breaks::NOBODY;

fn case(
    name: &'static str,
    expect: Breaks,
    edits: &'static [(&'static str, &'static str)],
    requests: &[Value],
    responses: &[Value],
) -> Case {
    Case {
        name,
        edits,
        requests: requests.to_vec(),
        responses: responses.to_vec(),
        expect,
    }
}

const NAME: &str = "      name: { type: string, required: true, max_length: 10 }\n      kind";
const CONFLICT: &str = "  Conflict:\n    fields:\n      reason: { type: string, required: true }\n";
const THING_NAME: &str = "      name: { type: string, required: true, max_length: 10 }\n      kind: { type: Kind }\n      label";

// One case per line: rustfmt would spread each over a dozen.
#[rustfmt::skip]
fn cases() -> Vec<Case> {
    let with = |base: Value, extra: Value| {
        let mut base = base;
        if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), extra) {
            base.extend(extra);
        }
        base
    };
    let request = |extra: Value| with(json!({"name": "lamp", "email": "a@b.vn"}), extra);
    let response = |extra: Value| with(json!({"id": "1", "name": "lamp"}), extra);
    vec![
        // Request and response fields.
        case("optional request field added", NOBODY, &[("      note: { type: string }\n", "      note: { type: string }\n      color: { type: string }\n")], &[request(json!({"note": "n"}))], &[]),
        case("required request field added", CODE | PAYLOADS, &[("      note: { type: string }\n", "      note: { type: string }\n      color: { type: string, required: true }\n")], &[request(json!({}))], &[]),
        case("optional response field added", NOBODY, &[("      count: {", "      color: { type: string }\n      count: {")], &[], &[response(json!({"color": "red"}))]),
        case("required response field added", CODE, &[("      count: {", "      color: { type: string, required: true }\n      count: {")], &[], &[response(json!({"color": "red"}))]),
        case("request field removed", CODE | PAYLOADS, &[("      note: { type: string }\n", "")], &[request(json!({"note": "n"}))], &[]),
        // Lenient answers allow undeclared fields: `label` may now hold anything.
        case("optional response field removed", CODE | PAYLOADS, &[("      label: { type: string }\n", "")], &[], &[response(json!({"label": 5}))]),
        case("request field optional → required", CODE | PAYLOADS, &[("      kind: { type: Kind }\n      note", "      kind: { type: Kind, required: true }\n      note")], &[request(json!({}))], &[]),
        case("response field required → optional", CODE | PAYLOADS, &[("      id: { type: string, required: true }", "      id: { type: string }")], &[], &[json!({"name": "lamp"})]),
        case("response field now nullable", CODE | PAYLOADS, &[("      label: { type: string }", "      label: { type: string, nullable: true }")], &[], &[response(json!({"label": null}))]),
        case("request field no longer nullable", CODE | PAYLOADS, &[("      phone: { type: string, nullable: true }", "      phone: { type: string }")], &[request(json!({"phone": null}))], &[]),
        case("request field type changed", CODE | PAYLOADS, &[("      note: { type: string }", "      note: { type: integer }")], &[request(json!({"note": "n"}))], &[]),
        case("Rust name changed", CODE, &[("      note: { type: string }", "      note: { type: string, rust_name: remark }")], &[request(json!({"note": "n"}))], &[]),
        case("note added", NOBODY, &[("types:\n", "notes:\n  - about: request\n    en: The vendor answers 400 when the rule is broken.\ntypes:\n")], &[], &[]),
        case("description changed", NOBODY, &[("      note: { type: string }", "      note: { type: string, en: A note for the maker }")], &[request(json!({"note": "n"}))], &[]),
        // Bounds, by direction.
        case("request bound tightened", PAYLOADS, &[(NAME, "      name: { type: string, required: true, max_length: 5 }\n      kind")], &[request(json!({"name": "abcdefghij"}))], &[]),
        case("request bound loosened", NOBODY, &[(NAME, "      name: { type: string, required: true, max_length: 20 }\n      kind")], &[request(json!({"name": "abcdefghij"}))], &[]),
        case("response bound loosened", PAYLOADS, &[(THING_NAME, "      name: { type: string, required: true, max_length: 20 }\n      kind: { type: Kind }\n      label")], &[], &[response(json!({"name": "abcdefghijklmno"}))]),
        case("response bound tightened", NOBODY, &[(THING_NAME, "      name: { type: string, required: true, max_length: 5 }\n      kind: { type: Kind }\n      label")], &[], &[response(json!({"name": "abc"}))]),
        // Enums, one-ofs, rules, named types.
        case("enum value added", NOBODY, &[("{ value: large }]", "{ value: large }, { value: medium }]")], &[request(json!({"kind": "large"}))], &[response(json!({"kind": "medium"}))]),
        case("enum value removed", CODE | PAYLOADS, &[(", { value: large }]", "]")], &[request(json!({"kind": "large"}))], &[response(json!({"kind": "small"}))]),
        case("request alternative added", NOBODY, &[("{ type: boolean }]", "{ type: boolean }, { type: list, items: { type: string } }]")], &[request(json!({"size": 3})), request(json!({"size": "L"}))], &[]),
        case("request alternative removed", CODE | PAYLOADS, &[("{ type: string }, { type: boolean }]", "{ type: boolean }]")], &[request(json!({"size": "L"}))], &[]),
        case("kind changed: a one-of becomes an enum", CODE | PAYLOADS, &[("    one_of: [{ type: integer }, { type: string }, { type: boolean }]", "    enum: [{ value: S }, { value: L }]")], &[request(json!({"size": 3}))], &[]),
        case("cross-field rule added to a request", PAYLOADS, &[("      phone: { type: string, nullable: true }\n    rules:", "      phone: { type: string, nullable: true }\n    rules:\n      - any_of_required: [note, size]\n        en: Note or size")], &[request(json!({}))], &[]),
        case("cross-field rule removed from a request", NOBODY, &[("    rules:\n      - any_of_required: [email, phone]\n        en: Email or phone is required\n", "")], &[request(json!({"note": "n"}))], &[]),
        case("type renamed", CODE, &[("  Kind:", "  Category:"), ("type: Kind }", "type: Category }"), ("type: Kind }", "type: Category }")], &[request(json!({"kind": "small"}))], &[response(json!({"kind": "small"}))]),
        // Parameters.
        case("optional query parameter added", NOBODY, &[("  dry_run: { in: query, type: boolean }\n", "  dry_run: { in: query, type: boolean }\n  trace: { in: query, type: string }\n")], &[], &[]),
        case("required query parameter added", CODE | CALLS, &[("  dry_run: { in: query, type: boolean }\n", "  dry_run: { in: query, type: boolean }\n  trace: { in: query, type: string, required: true }\n")], &[], &[]),
        case("parameter moved to a header", CALLS, &[("  dry_run: { in: query, type: boolean }", "  dry_run: { in: header, type: boolean }")], &[], &[]),
        case("list parameter's style changed", CALLS, &[("style: comma }", "style: repeat }")], &[], &[]),
        // The call.
        case("method changed", CALLS, &[("method: POST", "method: PUT")], &[], &[]),
        case("POST marked idempotent: now retried", CALLS, &[("method: POST", "method: POST\nidempotent: true")], &[], &[]),
        case("URL changed", CALLS, &[("path: /shops/{shop}/things", "path: /shops/{shop}/items")], &[], &[]),
        case("environment removed", CALLS, &[("  sandbox: https://sandbox.example.test/v1\n", "")], &[], &[]),
        case("environment added", NOBODY, &[("  sandbox: https://sandbox.example.test/v1\n", "  sandbox: https://sandbox.example.test/v1\n  staging: https://staging.example.test/v1\n")], &[], &[]),
        case("authentication changed", CALLS, &[("auth: none\nheaders:\n", "auth:\n  api_key: { header: Api-Key }\nheaders:\n  Api-Key: { required: true, en: The key }\n")], &[], &[]),
        case("optional header added", NOBODY, &[("headers:\n", "headers:\n  X-Trace: { en: A trace id }\n")], &[], &[]),
        case("required header added", CALLS, &[("headers:\n", "headers:\n  X-Trace: { required: true, en: A trace id }\n")], &[], &[]),
        case("header removed", CALLS, &[("headers:\n  X-Request-Id: { en: Echoed in the vendor's logs }\n", "")], &[], &[]),
        case("header made required", CALLS, &[("  X-Request-Id: { en:", "  X-Request-Id: { required: true, en:")], &[], &[]),
        // Bodies and documented statuses.
        case("error status documented", NOBODY, &[("statuses:\n", "statuses:\n  404:\n    body: Conflict\n    en: No such shop\n")], &[], &[]),
        case("error status no longer documented", CODE | CALLS, &[("statuses:\n  409:\n    body: Conflict\n    en: A thing of this name exists\n", ""), (CONFLICT, "")], &[], &[]),
        case("error status body changed", CODE | CALLS, &[("    body: Conflict\n", "    body: Thing\n"), (CONFLICT, "")], &[], &[]),
        case("request body type changed", CODE | PAYLOADS, &[("request:\n  body: NewThing\n", "request:\n  body: Thing\n"), ("      count: { type: integer, minimum: 0 }\n", "      count: { type: integer, minimum: 0 }\n      draft: { type: NewThing }\n")], &[request(json!({}))], &[]),
        // `NewThing` stays, as a response field, so that the spec still uses it.
        case("request body removed", CODE | CALLS, &[("request:\n  body: NewThing\n", ""), ("      count: { type: integer, minimum: 0 }\n", "      count: { type: integer, minimum: 0 }\n      draft: { type: NewThing }\n")], &[], &[]),
    ]
}

#[test]
fn diff_agrees_with_the_compiler_and_the_validators_on_every_kind_of_change() {
    let base = std::fs::read_to_string(fixtures().join("base.yaml")).expect("base spec");
    let old = load(&base);
    let consumer = std::fs::read_to_string(fixtures().join("consumer.rs")).expect("consumer");
    let scratch = Scratch::new(&consumer);
    assert_eq!(
        scratch.check(&old),
        Ok(()),
        "the consumer must compile against the base spec's crate"
    );
    let cases = cases();
    assert!(cases.len() >= 12);
    let mut disagreements = Vec::new();
    for case in &cases {
        let mut text = base.clone();
        for (from, to) in case.edits {
            assert!(
                text.contains(from),
                "{}: the base has no `{from}`",
                case.name
            );
            text = text.replacen(from, to, 1);
        }
        let new = load(&text);
        let changes = diff(&old, &new);
        let said = changes.iter().fold(Breaks::NOBODY, |all, c| all | c.breaks);
        let compiled = scratch.check(&new);
        let observed = Breaks {
            code: compiled.is_err(),
            payloads: payloads_break(case, &old, &new),
            calls: said.calls,
        };
        let schema_said = schema_changes(&old, &new)
            .iter()
            .any(|c| c.class == Class::Breaking);
        let class = changes.iter().map(|c| c.class).max();
        let mut wrong = Vec::new();
        if observed != case.expect {
            wrong.push(format!(
                "observed {observed:?}, the case expects {:?}",
                case.expect
            ));
        }
        if said != observed {
            wrong.push(format!("diff says {said:?}"));
        }
        // schema-diff judges each keyword where it stands, without following `$ref`s to
        // where a definition is used: it may call a change breaking that no payload shows
        // (a renamed definition, an enum that answers read as open), never the reverse.
        if observed.payloads && !schema_said {
            wrong.push("schema-diff misses the payloads that break".to_owned());
        }
        if (class == Some(Class::Breaking)) != observed.any() {
            wrong.push(format!("diff's class is {class:?}"));
        }
        if !wrong.is_empty() {
            disagreements.push(format!(
                "{}: {}\n  diff: {}\n  compiler: {}",
                case.name,
                wrong.join("; "),
                changes
                    .iter()
                    .map(Change::to_string)
                    .collect::<Vec<_>>()
                    .join(" | "),
                compiled
                    .err()
                    .unwrap_or_default()
                    .lines()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} cases disagree:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
}

fn fixtures() -> PathBuf {
    workspace_root().join("tests/fixtures/compat")
}

fn load(text: &str) -> Endpoint {
    codegen_core::load_str(text, "tests/fixtures/compat/base.yaml", &fixtures())
        .unwrap_or_else(|d| panic!("the case's spec does not load: {d:?}\n{text}"))
}

/// Whether a probe flips: a request the old schema accepts that the new one refuses, or a
/// response the new schema allows that the old one refuses.
fn payloads_break(case: &Case, old: &Endpoint, new: &Endpoint) -> bool {
    let probe = |role: Role, payloads: &[Value], holder: &Endpoint, other: &Endpoint| {
        let (Some(valid_in), Some(judge)) = (schema(holder, role), schema(other, role)) else {
            return false;
        };
        payloads.iter().any(|payload| {
            assert!(
                valid_in.is_valid(payload),
                "{}: probe {payload} is not valid where it must be",
                case.name
            );
            !judge.is_valid(payload)
        })
    };
    probe(Role::Request, &case.requests, old, new)
        || probe(Role::Response, &case.responses, new, old)
}

fn schema(endpoint: &Endpoint, role: Role) -> Option<jsonschema::Validator> {
    let schema = emit_schema::body_schema(endpoint, role)?;
    Some(
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("schema does not compile: {e}")),
    )
}

fn schema_changes(old: &Endpoint, new: &Endpoint) -> Vec<Change> {
    let mut all = Vec::new();
    for (role, direction) in [
        (Role::Request, Direction::Request),
        (Role::Response, Direction::Response),
    ] {
        if let (Some(a), Some(b)) = (
            emit_schema::body_schema(old, role),
            emit_schema::body_schema(new, role),
        ) {
            all.extend(schema_diff(&a, &b, direction));
        }
    }
    all
}

/// A scratch workspace: a crate `api` holding one generated endpoint module, and the consumer
/// depending on it.
struct Scratch(ScratchWorkspace);

impl Scratch {
    fn new(consumer: &str) -> Self {
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let scratch = ScratchWorkspace::new(tmp, "compat", &["api", "consumer"]);
        let runtime = repository_crate(
            "codegen-runtime",
            "codegen/runtime",
            ", default-features = false",
        );
        // Generated modules gate their client items and schemars derives behind features.
        scratch.write(
            "api/Cargo.toml",
            &(library("api", &runtime) + "\n[features]\nclient = []\nschemars = []\n"),
        );
        scratch.write(
            "consumer/Cargo.toml",
            &library(
                "consumer",
                &format!("api = {{ path = \"../api\" }}\n{runtime}"),
            ),
        );
        scratch.write("consumer/src/lib.rs", consumer);
        Self(scratch)
    }

    /// Compiles the consumer against the crate generated from `endpoint`: the compiler's
    /// errors when it does not compile.
    fn check(&self, endpoint: &Endpoint) -> Result<(), String> {
        let module = codegen_core::generate::endpoint_file(endpoint).expect("generates");
        self.0.write(
            "api/src/lib.rs",
            &format!("pub mod {} {{\n{module}\n}}\n", endpoint.name),
        );
        self.0.check("consumer")
    }
}
