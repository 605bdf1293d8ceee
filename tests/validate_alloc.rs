//! `validate()` on a valid value allocates nothing: the path lives on the stack and messages
//! are written only for violations.

use codegen_runtime::{DecodeError, Validate};
use generated_client::{ladiflow, tiki};
use workspace_tests::example_text;

fn allocations_of_validating<T: Validate>(value: &T) -> u64 {
    // The first call compiles the spec's patterns (once per process) and warms the regex
    // cache of this thread; the claim is about every call after that.
    assert!(value.validate().is_ok());
    allocation_counter::measure(|| {
        for _ in 0..100 {
            assert!(std::hint::black_box(value).validate().is_ok());
        }
    })
    .count_total
}

#[test]
fn validating_valid_documented_requests_does_not_allocate() {
    let ladiflow: ladiflow::customer_create::Request =
        DecodeError::decode(&example_text("ladiflow", "customer_create.request.json"))
            .expect("decodes");
    assert_eq!(allocations_of_validating(&ladiflow), 0);

    let tiki: tiki::lead_application_create::Request = DecodeError::decode(&example_text(
        "tiki",
        "lead_application_create.request.template3.json",
    ))
    .expect("decodes");
    assert_eq!(allocations_of_validating(&tiki), 0);
}

#[test]
fn an_invalid_value_reports_and_therefore_allocates() {
    let request = ladiflow::customer_create::CustomerCreateRequest::new();
    let count = allocation_counter::measure(|| assert!(request.validate().is_err())).count_total;
    assert!(count > 0, "the counter counts");
}

/// `cargo xtask validate` judges a payload as it parses it: besides the text it holds at most
/// one leaf at a time, so its peak allocation stays far below the payload's size (a parsed
/// `Value` tree of the same payload takes several times its size).
#[test]
fn validating_text_holds_no_tree_of_the_payload() {
    let example: serde_json::Value =
        serde_json::from_str(&example_text("ladiflow", "customer_list.response.json"))
            .expect("JSON");
    let item = example["data"]["items"][0].to_string();
    let items = vec![item.as_str(); 4_000].join(",");
    let text = format!(
        r#"{{"data": {{"total": 4000, "limit": 4000, "items": [{items}]}}, "message": "OK", "code": 200}}"#
    );
    let endpoint = workspace_tests::spec("ladiflow", "customer_list");
    let body = endpoint.response.as_ref().expect("a response");
    let streamed = allocation_counter::measure(|| {
        let report =
            codegen_core::json_validator::validate_text(endpoint, &body.ty, &text).expect("JSON");
        assert!(report.is_empty(), "{report}");
    });
    let parsed = allocation_counter::measure(|| {
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert!(codegen_core::json_validator::validate(endpoint, &body.ty, &value).is_empty());
    });
    let size = text.len() as u64;
    assert!(
        streamed.bytes_max < size / 16,
        "streamed peak {} for {size} bytes of payload",
        streamed.bytes_max
    );
    assert!(
        parsed.bytes_max > size,
        "the tree's peak {}",
        parsed.bytes_max
    );
}
