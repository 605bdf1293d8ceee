//! The generated clients against a real HTTP server on 127.0.0.1: authentication (the server
//! recomputes Tiki's signature from the bytes it received), typed responses, and every fault
//! mapped to its error variant without a panic.

mod support;

use std::time::Duration;

use base64::Engine as _;
use codegen_runtime::client::{Config, Credentials, Error, Secret};
use generated_client::ladiflow::{self, LadiflowClient};
use generated_client::tiki::{self, TikiClient};
use hmac::{KeyInit, Mac};
use support::{Received, Reply, serve};

const API_KEY: &str = "ladiflow-test-key-5f9fa8a0";
const CLIENT_KEY: &str = "RLCKb7Ae9kx4DXtXsCWjnDXtggFnM43W";
const CLIENT_SECRET: &str = "EhjGcsUUuRSJTHiYPbW5fxzyaKEx0JuAZIKRQ4HnIfNFidB2kMg6locQbTIEz3Vf";
const NOW: u64 = 1_620_621_619_569;
const INVALID_SIGNATURE: &str = r#"{"data":null,"error":{"code":400,"reason":"invalid_signature","message":"invalid signature"}}"#;

fn example(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../specs/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("example")
}

/// LadiFlow as its page describes it: POST, JSON, the Api-Key header, the envelope back.
fn ladiflow_server(request: &Received) -> Reply {
    let ok = request.method == "POST"
        && request.path == "/customer/create"
        && request.header("content-type") == Some("application/json");
    if !ok {
        return Reply::json(404, r#"{"data":null,"message":"not found","code":404}"#);
    }
    if request.header("api-key") != Some(API_KEY) {
        return Reply::json(401, r#"{"data":null,"message":"Unauthorized","code":401}"#);
    }
    Reply::json(200, example("ladiflow/customer_create.response.json"))
}

/// Tiki as its pages describe it, recomputing the signature independently of the client.
fn tiki_server(request: &Received) -> Reply {
    let ok = request.method == "POST"
        && request.path == "/lead/applications"
        && request.header("content-type") == Some("application/json");
    if !ok {
        return Reply::json(
            404,
            r#"{"data":null,"error":{"code":404,"message":"not found"}}"#,
        );
    }
    let (Some(client_id), Some(timestamp), Some(signature)) = (
        request.header("x-tiniapp-client-id"),
        request.header("x-tiniapp-timestamp"),
        request.header("x-tiniapp-signature"),
    ) else {
        return Reply::json(400, INVALID_SIGNATURE);
    };
    let mut payload = format!("{timestamp}.{client_id}.").into_bytes();
    payload.extend_from_slice(&request.body);
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload);
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(CLIENT_SECRET.as_bytes())
        .expect("key");
    mac.update(encoded.as_bytes());
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if client_id != CLIENT_KEY || signature != expected {
        return Reply::json(400, INVALID_SIGNATURE);
    }
    Reply::json(200, example("tiki/lead_application_create.response.json"))
}

fn ladiflow_client(url: &str) -> LadiflowClient {
    LadiflowClient::new(Config::new(Credentials::ApiKey(Secret::new(API_KEY))).base_url(url))
        .expect("client")
}

fn tiki_client(url: &str, secret: &str) -> TikiClient {
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(secret),
    };
    TikiClient::new(Config::new(credentials).base_url(url).clock(|| NOW)).expect("client")
}

fn ladiflow_request() -> ladiflow::customer_create::Request {
    serde_json::from_str(&example("ladiflow/customer_create.request.json")).expect("request")
}

fn tiki_request() -> tiki::lead_application_create::Request {
    serde_json::from_str(&example("tiki/lead_application_create.request.json")).expect("request")
}

#[tokio::test]
async fn ladiflow_returns_the_typed_response() {
    let server = serve(ladiflow_server).await;
    let response = ladiflow_client(&server.url)
        .customer_create(&ladiflow_request())
        .await
        .expect("success");
    assert_eq!(response.code, 201);
    assert_eq!(response.data.email.as_deref(), Some("test@gmail.com"));
}

#[tokio::test]
async fn tiki_signs_the_bytes_it_sends_and_returns_the_typed_response() {
    let server = serve(tiki_server).await;
    let response = tiki_client(&server.url, CLIENT_SECRET)
        .lead_application_create(&tiki_request())
        .await
        .expect("success");
    assert_eq!(response.data.id.as_deref(), Some("141952217564315671"));
}

#[tokio::test]
async fn a_wrong_tiki_secret_gets_the_vendors_invalid_signature_error() {
    let server = serve(tiki_server).await;
    let error = tiki_client(&server.url, "not-the-secret")
        .lead_application_create(&tiki_request())
        .await
        .expect_err("refused");
    assert!(
        matches!(&error, Error::Vendor { status: 400, code: Some(400), reason: Some(reason), .. } if reason == "invalid_signature"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_wrong_api_key_gets_the_vendor_envelope_as_an_error() {
    let server = serve(ladiflow_server).await;
    let client = LadiflowClient::new(
        Config::new(Credentials::ApiKey(Secret::new("wrong"))).base_url(&server.url),
    )
    .expect("client");
    let error = client
        .customer_create(&ladiflow_request())
        .await
        .expect_err("401");
    assert!(
        matches!(&error, Error::Vendor { status: 401, code: Some(401), message: Some(m), .. } if m == "Unauthorized"),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_invalid_request_is_refused_before_anything_is_sent() {
    let server = serve(ladiflow_server).await;
    let request =
        ladiflow::customer_create::CustomerCreateRequest::new().with_first_name("no contact");
    let error = ladiflow_client(&server.url)
        .customer_create(&request)
        .await
        .expect_err("invalid");
    assert!(
        matches!(&error, Error::Validation(report) if report.violations()[0].kind.as_str() == "any_of_required"),
        "{error:?}"
    );
    assert_eq!(server.requests(), 0);
}

/// Calls LadiFlow on a server that always answers `reply`, with a short timeout.
async fn ladiflow_fault(reply: impl Fn() -> Reply + Send + Sync + 'static) -> Error {
    let server = serve(move |_| reply()).await;
    let config = Config::new(Credentials::ApiKey(Secret::new(API_KEY)))
        .base_url(&server.url)
        .timeout(Duration::from_millis(500));
    LadiflowClient::new(config)
        .expect("client")
        .customer_create(&ladiflow_request())
        .await
        .expect_err("a fault")
}

#[tokio::test]
async fn http_500_with_an_html_body_is_a_status_error_with_an_excerpt() {
    let error = ladiflow_fault(|| {
        Reply::Body(
            500,
            "text/html",
            b"<html><body>Internal Server Error</body></html>".to_vec(),
        )
    })
    .await;
    assert!(
        matches!(&error, Error::Status { status: 500, excerpt } if excerpt.starts_with("<html>")),
        "{error:?}"
    );
}

#[tokio::test]
async fn ladiflow_200_with_code_400_is_a_vendor_error() {
    let error = ladiflow_fault(|| {
        Reply::json(
            200,
            r#"{"data":null,"message":"Email không hợp lệ","code":400}"#,
        )
    })
    .await;
    assert!(
        matches!(&error, Error::Vendor { status: 200, code: Some(400), message: Some(m), .. } if m == "Email không hợp lệ"),
        "{error:?}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_with_its_position() {
    let error = ladiflow_fault(|| Reply::json(200, "{\"data\": {\"email\": ")).await;
    assert!(
        matches!(&error, Error::Decode(decode) if decode.line == 1 && decode.column > 0),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_response_that_does_not_fit_names_its_json_path() {
    let error = ladiflow_fault(|| {
        Reply::json(
            200,
            r#"{"data":{"dob_year":"1989"},"message":"ok","code":201}"#,
        )
    })
    .await;
    assert!(
        matches!(&error, Error::Decode(decode) if decode.pointer == "/data/dob_year"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error() {
    let error = ladiflow_fault(|| Reply::Truncated(200, 1000, br#"{"data":{"#.to_vec())).await;
    assert!(
        matches!(&error, Error::Transport { url, .. } if url.ends_with("/customer/create")),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_response_slower_than_the_timeout_is_a_timeout() {
    let error =
        ladiflow_fault(|| Reply::After(Duration::from_secs(3), Box::new(Reply::json(200, "{}"))))
            .await;
    assert!(
        matches!(&error, Error::Timeout { after, .. } if *after == Duration::from_millis(500)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_20_mib_body_is_too_large() {
    let error =
        ladiflow_fault(|| Reply::Body(200, "application/json", vec![b' '; 20 * 1024 * 1024])).await;
    assert!(
        matches!(&error, Error::TooLarge { limit } if *limit == Config::DEFAULT_MAX_RESPONSE_BYTES),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    drop(listener);
    let error = ladiflow_client(&url)
        .customer_create(&ladiflow_request())
        .await
        .expect_err("refused");
    assert!(matches!(&error, Error::Transport { .. }), "{error:?}");
}

#[tokio::test]
async fn an_unknown_environment_is_a_configuration_error() {
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    let client = TikiClient::new(Config::new(credentials).environment("staging")).expect("client");
    let error = client
        .lead_application_create(&tiki_request())
        .await
        .expect_err("no such environment");
    assert_eq!(
        error.to_string(),
        "client configuration: no environment `staging`; the spec has production, sandbox"
    );
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_display() {
    let server = serve(tiki_server).await;
    let wrong = tiki_client(&server.url, "wrong-secret-value")
        .lead_application_create(&tiki_request())
        .await
        .expect_err("vendor");
    let mut seen = vec![
        format!("{:?}", tiki_client(&server.url, CLIENT_SECRET)),
        format!("{:?}", ladiflow_client(&server.url)),
        format!(
            "{:?}",
            Config::new(Credentials::ApiKey(Secret::new(API_KEY)))
        ),
        format!("{wrong:?} {wrong}"),
    ];
    let faults = [
        ladiflow_fault(|| Reply::Body(500, "text/html", b"<html>boom</html>".to_vec())).await,
        ladiflow_fault(|| Reply::json(200, r#"{"data":null,"message":"no","code":400}"#)).await,
        ladiflow_fault(|| Reply::json(200, "{")).await,
        ladiflow_fault(|| Reply::Truncated(200, 100, b"{".to_vec())).await,
        ladiflow_fault(|| Reply::After(Duration::from_secs(3), Box::new(Reply::json(200, "{}"))))
            .await,
        ladiflow_fault(|| Reply::Body(200, "application/json", vec![b' '; 5 * 1024 * 1024])).await,
        ladiflow_client(&server.url)
            .customer_create(&ladiflow::customer_create::CustomerCreateRequest::new())
            .await
            .expect_err("invalid"),
    ];
    seen.extend(faults.iter().map(|error| format!("{error:?} {error}")));
    for text in &seen {
        for secret in [API_KEY, CLIENT_SECRET, "wrong-secret-value"] {
            assert!(!text.contains(secret), "a secret leaked: {text}");
        }
    }
    assert!(seen[0].contains("redacted"), "{}", seen[0]);
}
