//! Each bad-spec fixture yields exactly the diagnostics listed: file, line, column and what was
//! expected, every problem at once. One line per case; `check` carries the mechanics.

use workspace_tests::diagnostics_of;

#[track_caller]
fn check(fixture: &str, expected: &[&str]) {
    assert_eq!(
        diagnostics_of(fixture),
        expected,
        "diagnostics of {fixture}"
    );
}

#[test]
fn yaml_syntax_error() {
    check(
        "syntax_error.yaml",
        &[
            "bad-specs/syntax_error.yaml:18:6: error: while parsing a block mapping, did not find expected key",
        ],
    );
}

#[test]
fn unknown_type() {
    check(
        "unknown_type.yaml",
        &[
            "bad-specs/unknown_type.yaml:17:20: error: unknown type `strng`; expected one of string, integer, number, boolean, date, date-time, any, list, json_string, or a type declared under `types`",
        ],
    );
}

#[test]
fn duplicate_field() {
    check(
        "duplicate_field.yaml",
        &[
            "bad-specs/duplicate_field.yaml:18:7: error: duplicate mapping key `sku` is not allowed here",
        ],
    );
}

#[test]
fn wrong_value_kind() {
    check(
        "wrong_value_kind.yaml",
        &["bad-specs/wrong_value_kind.yaml:17:38: error: expected a boolean (`true` or `false`)"],
    );
}

#[test]
fn misspelled_key() {
    check(
        "unknown_key.yaml",
        &[
            "bad-specs/unknown_key.yaml:17:28: error: unknown field `requried`, expected one of type, required, nullable, vi, en, doc_type, origin, rust_name, items, of, format, pattern, min_length, max_length, minimum, maximum, min_items, max_items",
        ],
    );
}

#[test]
fn rule_naming_a_missing_field() {
    check(
        "rule_unknown_field.yaml",
        &[
            "bad-specs/rule_unknown_field.yaml:20:34: error: rule names field `mobile`, which `OrderRequest` does not have; expected one of: `email`, `phone`",
        ],
    );
}

#[test]
fn reference_to_an_undeclared_type() {
    check(
        "undeclared_type.yaml",
        &[
            "bad-specs/undeclared_type.yaml:17:20: error: type `Sku` is not declared under `types`; declared: `Order`, `OrderRequest`",
        ],
    );
}

#[test]
fn missing_example_file() {
    check(
        "missing_example.yaml",
        &[
            "bad-specs/missing_example.yaml:12:14: error: cannot read example `bad-specs/no_such_example.json`: No such file or directory (os error 2)",
        ],
    );
}

#[test]
fn example_that_is_not_json_points_into_the_json_file() {
    check(
        "example_not_json.yaml",
        &[
            "bad-specs/truncated.json:4:1: error: example is not JSON: EOF while parsing a value (referenced from bad-specs/example_not_json.yaml:12)",
        ],
    );
}

#[test]
fn example_that_does_not_fit_the_spec_lists_every_mismatch() {
    check(
        "example_does_not_fit.yaml",
        &[
            "bad-specs/example_does_not_fit.yaml:12:14: error: example `order.request.json` does not fit `OrderRequest` at `/sku`: required field `sku` is missing [required]",
            "bad-specs/example_does_not_fit.yaml:12:14: error: example `order.request.json` does not fit `OrderRequest` at `/quantity`: expected an integer, found a string [type]",
            "bad-specs/example_does_not_fit.yaml:12:14: error: example `order.request.json` does not fit `OrderRequest` at `/size`: `XL` is not one of `S`, `M` [enum]",
            "bad-specs/example_does_not_fit.yaml:12:14: error: example `order.request.json` does not fit `OrderRequest` at `/colour`: `OrderRequest` has no field `colour` [unknown_field]; add it to the spec (with `origin: example` if the doc's table lacks it)",
        ],
    );
}

#[test]
fn every_problem_in_a_spec_is_reported_together() {
    check(
        "many_problems.yaml",
        &[
            "bad-specs/many_problems.yaml:18:22: error: fields `linkedIn_url` and `linked_in_url` of `OrderRequest` both become `linked_in_url` in Rust; give one a `rust_name`",
            "bad-specs/many_problems.yaml:19:43: error: `pattern` applies to a `string`, not to `type: integer`",
            "bad-specs/many_problems.yaml:20:22: error: a `list` needs `items: { type: … }`",
            "bad-specs/many_problems.yaml:25:5: error: type `Leftover` is declared but neither the request nor a response uses it",
            "bad-specs/many_problems.yaml:28:12: error: `about: Order.colour`: `Order` has no field `colour`",
        ],
    );
}

#[test]
fn missing_spec_file() {
    check(
        "no_such_spec.yaml",
        &[
            "bad-specs/no_such_spec.yaml:0:0: error: cannot read the spec: No such file or directory (os error 2)",
        ],
    );
}
