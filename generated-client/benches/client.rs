//! The generated clients against raw reqwest posting the same bytes to the same loopback server
//! (issue target: at most 3 % overhead at the median, signing included).
//!
//! Each sample is a sequence of requests on one keep-alive connection; criterion reports the
//! time per request.

// Shared with the client tests, which use all of it; the benchmark needs only plain replies.
#[allow(dead_code)]
#[path = "../tests/support/mod.rs"]
mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use codegen_runtime::client::{Config, Credentials, Secret};
use codegen_runtime::signing::sign;
use criterion::{Criterion, criterion_group, criterion_main};
use generated_client::ladiflow::{LadiflowClient, customer_create};
use generated_client::tiki::{TikiClient, lead_application_create};
use support::{Reply, serve};

fn spec_file(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../specs/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("example")
}

fn clients(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let ladiflow_response = spec_file("ladiflow/customer_create.response.json");
    let tiki_response = spec_file("tiki/lead_application_create.response.json");
    let (ladiflow, tiki) = runtime.block_on(async {
        let l = ladiflow_response.clone();
        let t = tiki_response.clone();
        (
            serve(move |_| Reply::json(200, l.clone())).await,
            serve(move |_| Reply::json(200, t.clone())).await,
        )
    });
    let http = reqwest::Client::new();

    let request: customer_create::Request =
        serde_json::from_str(&spec_file("ladiflow/customer_create.request.json")).expect("request");
    let body = serde_json::to_vec(&request).expect("bytes");
    let client = LadiflowClient::new(
        Config::new(Credentials::ApiKey(Secret::new("key")))
            .base_url(&ladiflow.url)
            .http_client(http.clone()),
    )
    .expect("client");
    let url = format!("{}/customer/create", ladiflow.url);
    let mut group = c.benchmark_group("ladiflow_customer_create");
    group.bench_function("raw_reqwest", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    let response = http
                        .post(&url)
                        .header("content-type", "application/json")
                        .header("Api-Key", "key")
                        .body(body.clone())
                        .send()
                        .await
                        .expect("sent");
                    black_box(response.bytes().await.expect("body"));
                }
                start.elapsed()
            })
        })
    });
    group.bench_function("generated_client", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    black_box(
                        client
                            .customer_create(&request)
                            .await
                            .expect("typed response"),
                    );
                }
                start.elapsed()
            })
        })
    });
    group.finish();

    let request: lead_application_create::Request =
        serde_json::from_str(&spec_file("tiki/lead_application_create.request.json"))
            .expect("request");
    let body = serde_json::to_vec(&request).expect("bytes");
    let credentials = Credentials::Signing {
        client_id: "id".to_owned(),
        secret: Secret::new("secret"),
    };
    let client = TikiClient::new(
        Config::new(credentials)
            .base_url(&tiki.url)
            .http_client(http.clone()),
    )
    .expect("client");
    let url = format!("{}/lead/applications", tiki.url);
    let scheme = match lead_application_create::ENDPOINT.auth {
        codegen_runtime::AuthScheme::HmacSignature(scheme) => scheme,
        _ => unreachable!("the Tiki spec signs"),
    };
    let mut group = c.benchmark_group("tiki_lead_application_create");
    group.bench_function("raw_reqwest_signed", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    let timestamp = 1_620_621_619_569u64;
                    let signature = sign(&scheme, timestamp, "id", b"secret", &body);
                    let response = http
                        .post(&url)
                        .header("content-type", "application/json")
                        .header("X-Tiniapp-Client-Id", "id")
                        .header("X-Tiniapp-Timestamp", timestamp.to_string())
                        .header("X-Tiniapp-Signature", signature)
                        .body(body.clone())
                        .send()
                        .await
                        .expect("sent");
                    black_box(response.bytes().await.expect("body"));
                }
                start.elapsed()
            })
        })
    });
    group.bench_function("generated_client", |b| {
        b.iter_custom(|n| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..n {
                    black_box(
                        client
                            .lead_application_create(&request)
                            .await
                            .expect("typed response"),
                    );
                }
                start.elapsed()
            })
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(100).measurement_time(Duration::from_secs(5));
    targets = clients
}
criterion_main!(benches);
