//! The generated checks of ranges, lengths, item counts and URIs, which neither vendor spec
//! states: compiled from the fixture spec through the macro, and run.

use codegen_runtime::{DecodeError, Validate};

codegen_macros::generate!("tests/fixtures/specs/constraints.yaml");

fn violations(text: &str) -> Vec<(String, &'static str)> {
    let order: Order = DecodeError::decode(text).expect("decodes");
    match order.validate() {
        Ok(()) => Vec::new(),
        Err(report) => report
            .violations()
            .iter()
            .map(|v| (v.pointer.clone(), v.kind.as_str()))
            .collect(),
    }
}

fn at(pointer: &str, kind: &'static str) -> Vec<(String, &'static str)> {
    vec![(pointer.to_owned(), kind)]
}

#[test]
fn generated_checks_match_the_spec() {
    assert_eq!(
        violations(
            r#"{"quantity":1,"price":0.5,"code":"ab","site":"https://x.vn/a","lines":["abc"]}"#
        ),
        Vec::new()
    );
    assert_eq!(violations(r#"{"quantity":0}"#), at("/quantity", "range"));
    assert_eq!(violations(r#"{"quantity":100}"#), at("/quantity", "range"));
    assert_eq!(
        violations(r#"{"quantity":5,"price":0.25}"#),
        at("/price", "range")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"code":"a"}"#),
        at("/code", "length")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"code":"abcde"}"#),
        at("/code", "length")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"site":"not a uri"}"#),
        at("/site", "format")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"lines":[]}"#),
        at("/lines", "items")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"lines":["a","b","c"]}"#),
        at("/lines", "items")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"lines":["abcd"]}"#),
        at("/lines/0", "length")
    );
}

/// `multiple_of` end to end through the macro: the generated check, and the schema schemars
/// derives from the generated type, which states `multipleOf` as the published schema does.
#[test]
fn multiple_of_is_checked_and_derived() {
    let ok = |text: &str| assert_eq!(violations(text), Vec::new(), "{text}");
    ok(r#"{"quantity":5,"pack":10}"#);
    ok(r#"{"quantity":5,"pack":500,"step":1.75}"#);
    ok(r#"{"quantity":5,"step":-0.25}"#);
    assert_eq!(
        violations(r#"{"quantity":5,"pack":12}"#),
        at("/pack", "multiple_of")
    );
    assert_eq!(
        violations(r#"{"quantity":5,"step":1.3}"#),
        at("/step", "multiple_of")
    );
    let schema = codegen_runtime::derived_schema::<Order>();
    assert_eq!(schema["properties"]["pack"]["multipleOf"], 5, "{schema:#}");
    assert_eq!(
        schema["properties"]["step"]["multipleOf"], 0.25,
        "{schema:#}"
    );
}
