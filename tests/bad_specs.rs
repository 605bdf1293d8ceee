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

/// A small valid spec of `service` whose endpoint is `endpoint`.
fn order_spec(service: &str, endpoint: &str) -> String {
    let text = std::fs::read_to_string(
        workspace_root().join("tests/fixtures/bad-specs/endpoint_named_new.yaml"),
    )
    .expect("fixture");
    text.replace("service: shop", &format!("service: {service}"))
        .replace("endpoint: new", &format!("endpoint: {endpoint}"))
}

/// The diagnostics of a workspace holding `specs` (`(path under specs/, text)`), one line each.
fn workspace_diagnostics(specs: &[(&str, String)]) -> Vec<String> {
    let root = std::env::temp_dir().join(format!("clash-{}-{}", std::process::id(), specs.len()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in specs {
        let file = root.join("specs").join(path);
        std::fs::create_dir_all(file.parent().expect("folder")).expect("create");
        std::fs::write(&file, text).expect("write");
    }
    let loaded = codegen_core::generate::Workspace::load(&root);
    let _ = std::fs::remove_dir_all(&root);
    match loaded {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
    }
}

/// Two specs of one call (the same method on the same path template) are refused at the later
/// one's `path`: the OpenAPI document held one operation for both, silently dropping the
/// other. So is a path template whose placeholders two specs name differently, which OpenAPI
/// holds as one path. A GET and a PUT of one path, and notifications, are not clashes.
#[test]
fn two_specs_of_one_call_are_refused() {
    let at = |endpoint: &str, method: &str, path: &str| {
        let placeholder = path
            .split_once('{')
            .and_then(|(_, rest)| rest.split_once('}'))
            .map_or("", |(name, _)| name);
        order_spec("shop", endpoint)
            .replace("method: POST", &format!("method: {method}"))
            .replace(
                "path: /orders/new",
                &format!(
                    "path: {path}\nparams:\n  {placeholder}: {{ in: path, type: string, required: true }}"
                ),
            )
    };
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", at("order_new", "POST", "/orders/{id}")),
            ("shop/b.yaml", at("order_again", "POST", "/orders/{id}"))
        ]),
        [
            "specs/shop/b.yaml:9:7: error: `POST /orders/{id}` is also the call of `order_new` (specs/shop/a.yaml); expected one spec per call (OpenAPI and the stand-in hold one operation for it)"
        ]
    );
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", at("order_new", "POST", "/orders/{id}")),
            ("shop/b.yaml", at("order_put", "PUT", "/orders/{order_id}"))
        ]),
        [
            "specs/shop/b.yaml:9:7: error: path `/orders/{order_id}` is `/orders/{id}` of `order_new` (specs/shop/a.yaml) with its placeholders named otherwise; expected the same names (OpenAPI holds one path per template)"
        ]
    );
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", at("order_new", "POST", "/orders/{id}")),
            ("shop/b.yaml", at("order_put", "PUT", "/orders/{id}"))
        ]),
        Vec::<String>::new()
    );
}

/// Two specs that would take one name in the generated code are refused at the later one,
/// naming the other: before, the second module silently overwrote the first, or the crate did
/// not compile.
#[test]
fn two_endpoints_of_a_service_cannot_take_one_generated_name() {
    let spec = order_spec;
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", spec("shop", "order")),
            ("shop/b.yaml", spec("shop", "order"))
        ]),
        [
            "specs/shop/b.yaml:3:11: error: `order` names an endpoint of `shop` that specs/shop/a.yaml names too; expected a name of its own (it names the endpoint's module, its generated files and its client method)"
        ]
    );
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", spec("shop", "order")),
            ("shop/b.yaml", spec("shop", "order_with"))
        ]),
        [
            "specs/shop/b.yaml:3:11: error: the client method `order_with` of this endpoint is also one of `order` (specs/shop/a.yaml); expected another endpoint name"
        ]
    );
    // Services have modules and clients of their own.
    assert_eq!(
        workspace_diagnostics(&[
            ("shop/a.yaml", spec("shop", "order")),
            ("store/a.yaml", spec("store", "order"))
        ]),
        Vec::<String>::new()
    );
}
