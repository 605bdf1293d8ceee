//! What a user sees for a spec that cannot be used. Every checker message has a golden case
//! under `tests/fixtures/bad-specs/` (see `golden.rs`); these tests pin the behaviours around
//! them: a missing file, and diagnostics shown with the line of their own file.

use workspace_tests::{diagnostics_of, workspace_root};

#[test]
fn missing_spec_file() {
    assert_eq!(
        diagnostics_of("no_such_spec.yaml"),
        [
            "bad-specs/no_such_spec.yaml:0:0: error: cannot read the spec: No such file or directory (os error 2)"
        ]
    );
}

#[test]
fn every_problem_in_a_spec_is_reported_together() {
    assert_eq!(diagnostics_of("many_problems.yaml").len(), 5);
}

#[test]
fn a_diagnostic_about_an_example_shows_the_examples_line_not_the_specs() {
    let fixtures = workspace_root().join("tests/fixtures");
    let name = "bad-specs/example_with_a_stray_comma.yaml";
    let diagnostics = codegen_core::load(&fixtures.join(name), name).expect_err("not JSON");
    let rendered = codegen_core::render_from_files(&diagnostics, &fixtures);
    assert!(
        rendered.starts_with("bad-specs/misplaced_comma.json:3:17: error: example is not JSON"),
        "{rendered}"
    );
    assert!(
        rendered.contains("\n3 |   \"quantity\": 2,,\n"),
        "{rendered}"
    );
}

/// A pathological pattern fails on its length before anything compiles it (a 10 MB one took
/// 7-12 s and ~2 GB in the regex compiler before). Read from a file, the spec's size limit
/// refuses it first.
#[test]
fn a_ten_megabyte_pattern_is_refused() {
    let fixtures = workspace_root().join("tests/fixtures");
    let text =
        std::fs::read_to_string(fixtures.join("bad-specs/pattern_too_long.yaml")).expect("fixture");
    let huge = text.replace(&"a".repeat(5000), &"(a|b)*ab".repeat(10 << 20 >> 3));
    let diagnostics = codegen_core::load_str(&huge, "huge.yaml", &fixtures.join("bad-specs"))
        .expect_err("refused");
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0]
            .message
            .starts_with("`pattern` is 10485760 bytes long; a pattern is at most 4096 bytes"),
        "{}",
        diagnostics[0]
    );
    let file = std::env::temp_dir().join(format!("huge-pattern-{}.yaml", std::process::id()));
    std::fs::write(&file, &huge).expect("write");
    let diagnostics = codegen_core::load(&file, "huge.yaml").expect_err("refused");
    let _ = std::fs::remove_file(&file);
    assert!(
        diagnostics[0]
            .message
            .contains("larger than the limit of 4194304 bytes"),
        "{}",
        diagnostics[0]
    );
}
