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
