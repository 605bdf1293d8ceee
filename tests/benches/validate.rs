//! `validate()` on the documented LadiFlow request against serde_json parsing of the same
//! document (issue target: validate ≤ 0.2 × parse).

use codegen_runtime::Validate;
use criterion::{Criterion, criterion_group, criterion_main};
use generated_client::ladiflow::customer_create::CustomerCreateRequest;
use std::hint::black_box;

fn ladiflow_request(c: &mut Criterion) {
    let text = workspace_tests::example_text("ladiflow", "customer_create.request.json");
    let request: CustomerCreateRequest = serde_json::from_str(&text).expect("decodes");
    let mut group = c.benchmark_group("ladiflow_customer_create_request");
    group.bench_function("validate", |b| b.iter(|| black_box(&request).validate()));
    group.bench_function("parse_typed", |b| {
        b.iter(|| serde_json::from_str::<CustomerCreateRequest>(black_box(&text)))
    });
    group.bench_function("parse_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&text)))
    });
    group.finish();
}

/// Decoding the documented LadiFlow response, as the client does after each call.
fn ladiflow_response(c: &mut Criterion) {
    use generated_client::ladiflow::customer_create::Response;
    let text = workspace_tests::example_text("ladiflow", "customer_create.response.json");
    let mut group = c.benchmark_group("ladiflow_customer_create_response");
    group.bench_function("decode_from_text", |b| {
        b.iter(|| codegen_runtime::DecodeError::decode::<Response>(black_box(&text)))
    });
    group.bench_function("parse_value_only", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, ladiflow_request, ladiflow_response);
criterion_main!(benches);
