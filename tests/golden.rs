//! Golden files, one glob loop per kind, blessed with `BLESS=1 cargo test -p workspace-tests
//! --test golden`:
//!
//! - `tests/fixtures/specs/<case>.yaml` → `<case>.rs` (the module `cargo xtask codegen` writes)
//!   and `<case>.<role>.schema.json` (each body's published schema): one small spec per
//!   feature of the format, and a folder per service that needs a `types.yaml` of its own;
//! - `tests/fixtures/bad-specs/<case>.yaml` → `<case>.stderr`: the diagnostics as the xtask
//!   prints them, each with the line of its own file it points at. Every message the checker
//!   can give has a case (`every_checker_message_has_a_bad_spec_fixture`).

use std::path::{Path, PathBuf};

use codegen_core::{emit_schema, generate};
use workspace_tests::{assert_golden, workspace_root};

fn cases(folder: &str) -> Vec<PathBuf> {
    let dir = workspace_root().join("tests/fixtures").join(folder);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    cases
}

/// The cases of `folder` and of each folder inside it.
fn cases_with_services(folder: &str) -> Vec<PathBuf> {
    let dir = workspace_root().join("tests/fixtures").join(folder);
    let mut found = cases(folder);
    let mut services: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.is_dir())
        .collect();
    services.sort();
    for service in services {
        let name = service
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        found.extend(cases(&format!("{folder}/{name}")));
    }
    found
}

fn display(path: &Path) -> String {
    generate::display_path(&workspace_root(), path)
}

#[test]
fn feature_specs_generate_their_golden_rust_and_schemas() {
    // Subfolders are services with their own `types.yaml`.
    for spec in cases_with_services("specs") {
        if spec
            .file_name()
            .is_some_and(|name| name == codegen_core::SHARED_TYPES_FILE)
        {
            let (shared, _) = codegen_core::load_service_types(&spec, &display(&spec))
                .unwrap_or_else(|d| {
                    panic!("{}", codegen_core::render_from_files(&d, &workspace_root()))
                });
            assert_golden(
                &spec.with_extension("rs"),
                &generate::shared_file(&shared).expect("formats"),
            );
            let schema = emit_schema::shared_schema(&shared);
            let text = serde_json::to_string_pretty(&schema).expect("prints") + "\n";
            assert_golden(&spec.with_extension("schema.json"), &text);
            continue;
        }
        let endpoint = codegen_core::load(&spec, &display(&spec)).unwrap_or_else(|d| {
            panic!("{}", codegen_core::render_from_files(&d, &workspace_root()))
        });
        let file = generate::endpoint_file(&endpoint).expect("formats");
        assert_golden(&spec.with_extension("rs"), &file);
        for (role, _) in endpoint.bodies() {
            let schema = emit_schema::body_schema(&endpoint, role).expect("a body has a schema");
            let text = serde_json::to_string_pretty(&schema).expect("prints") + "\n";
            let golden = spec.with_extension(format!("{}.schema.json", role.as_str()));
            assert_golden(&golden, &text);
        }
    }
}

#[test]
fn bad_specs_give_their_golden_diagnostics() {
    let fixtures = workspace_root().join("tests/fixtures");
    // Subfolders are service folders with their own `types.yaml`.
    for spec in cases_with_services("bad-specs") {
        let name = generate::display_path(&fixtures, &spec);
        let shared = spec
            .file_name()
            .is_some_and(|file| file == codegen_core::SHARED_TYPES_FILE);
        let loaded = if shared {
            codegen_core::load_shared(&spec, &name).map(|_| ())
        } else {
            codegen_core::load(&spec, &name).map(|_| ())
        };
        let diagnostics = match loaded {
            // A valid `types.yaml` is the setting of the bad endpoint beside it.
            Ok(()) if shared => continue,
            Ok(_) => panic!("{name} loads, but a bad spec must not"),
            Err(diagnostics) => diagnostics,
        };
        let rendered = codegen_core::render_from_files(&diagnostics, &fixtures);
        assert_golden(&spec.with_extension("stderr"), &rendered);
    }
}

/// Each message the checker writes (the text of a `self.error(…)` or `Diagnostic::error(…)` in
/// the resolver) appears in some bad-spec fixture's `.stderr`, so a new message cannot land
/// without a case that shows it.
#[test]
fn every_checker_message_has_a_bad_spec_fixture() {
    if std::env::var_os("BLESS").is_some() {
        return; // The `.stderr` files are being rewritten by the test beside this one.
    }
    let root = workspace_root();
    let expected: String = cases_with_services("bad-specs")
        .iter()
        .map(|spec| std::fs::read_to_string(spec.with_extension("stderr")).unwrap_or_default())
        .collect();
    let mut missing = Vec::new();
    let mut count = 0;
    let folder = root.join("codegen/core/src/resolve");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("resolver folder")
        .map(|entry| entry.expect("entry").path())
        .collect();
    sources.sort();
    for path in sources {
        let source = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("resolver source");
        for stem in message_stems(&text) {
            count += 1;
            if !expected.contains(&stem) {
                missing.push(format!("{source}: {stem:?}"));
            }
        }
    }
    assert!(
        count >= 40,
        "found only {count} messages: has the resolver's shape changed?"
    );
    assert!(
        missing.is_empty(),
        "checker messages without a bad-spec fixture:\n{}",
        missing.join("\n")
    );
}

/// The longest run of literal text (no `{…}` placeholder) of the first string literal after
/// each `error(` call.
fn message_stems(source: &str) -> Vec<String> {
    let mut stems = Vec::new();
    for (index, _) in source.match_indices("error(") {
        let rest = &source[index..];
        let Some(open) = rest.find('"') else { continue };
        let literal = &rest[open + 1..];
        let Some(close) = literal.find("\"") else {
            continue;
        };
        let literal = &literal[..close];
        if literal.is_empty() {
            continue;
        }
        let stem = literal
            .split(['{', '}'])
            .max_by_key(|part| part.len())
            .unwrap_or_default()
            .to_owned();
        if stem.trim().len() >= 6 {
            stems.push(stem);
        }
    }
    stems
}
