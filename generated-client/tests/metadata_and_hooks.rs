//! What a production caller reads off an answer and adds around a call: status, headers,
//! `Retry-After` and the vendor's request id on every error that has an answer (scrubbed of
//! secrets a hostile server echoes), and hooks that add headers before signing and observe
//! each attempt.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codegen_runtime::client::{
    Config, Credentials, Error, Hook, Outcome, Outgoing, RetryPolicy, Secret,
};
use generated_client::ladiflow::{self, LadiflowClient};
use generated_client::tiki::{TikiClient, lead_application_update};
use support::{Received, Reply, serve, tiki_signature_ok};

const CLIENT_KEY: &str = "meta-client-key";
const CLIENT_SECRET: &str = "meta/secret+with=odd%chars";
const API_KEY: &str = "ladiflow-meta-key-7c1d2e3f";
const REQUEST_ID: &str = "5cfe825ec1d76ed0a37e9acb3dad60ae";

fn tiki(url: &str, config: impl FnOnce(Config) -> Config) -> TikiClient {
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    TikiClient::new(config(Config::new(credentials).base_url(url))).expect("client")
}

async fn update(client: &TikiClient) -> Result<(), Error> {
    let params = lead_application_update::Params::new("141952217564315671");
    let request = lead_application_update::Request::new(
        generated_client::tiki::types::ApplicationStatus::Rejected,
    );
    client.lead_application_update(&params, &request).await
}

/// Tiki's error envelope, with its request id where the error page shows it.
fn tiki_error(status: u16) -> Vec<u8> {
    format!(
        r#"{{"data":null,"error":{{"code":{status},"message":"refused","reason":"","metadata":{{"service_code":"lead","request_id":"{REQUEST_ID}"}}}}}}"#
    )
    .into_bytes()
}

#[tokio::test]
async fn a_vendor_error_carries_its_request_id_and_headers() {
    let server = serve(|_: &Received| {
        Reply::Headers(
            400,
            vec![("X-RateLimit-Remaining", "7".to_owned())],
            tiki_error(400),
        )
    })
    .await;
    let error = update(&tiki(&server.url, |c| c))
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::Vendor { status: 400, .. }),
        "{error:?}"
    );
    assert_eq!(error.request_id(), Some(REQUEST_ID), "{error:?}");
    let remaining = error.headers().and_then(|h| h.get("x-ratelimit-remaining"));
    assert_eq!(remaining.map(|v| v.as_bytes()), Some(&b"7"[..]));
}

#[tokio::test]
async fn a_throttled_call_says_how_long_to_wait_and_names_the_request_by_header() {
    let server = serve(|_: &Received| {
        Reply::Headers(
            429,
            vec![
                ("Retry-After", "120".to_owned()),
                ("X-Request-Id", "req-42".to_owned()),
            ],
            b"slow down".to_vec(),
        )
    })
    .await;
    let client = tiki(&server.url, |c| c.retries(RetryPolicy::none()));
    let error = update(&client).await.expect_err("throttled");
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(error.request_id(), Some("req-42"));
}

#[tokio::test]
async fn a_decode_error_keeps_the_answer_headers() {
    let server = serve(|_: &Received| {
        Reply::Headers(
            200,
            vec![
                ("Content-Type", "application/json".to_owned()),
                ("X-Request-Id", "req-7".to_owned()),
            ],
            br#"{"data":{"dob_year":"1989"},"message":"ok","code":201}"#.to_vec(),
        )
    })
    .await;
    let client = LadiflowClient::new(
        Config::new(Credentials::ApiKey(Secret::new(API_KEY))).base_url(&server.url),
    )
    .expect("client");
    let request: ladiflow::customer_create::Request = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../specs/ladiflow/customer_create.request.json"
        ))
        .expect("example"),
    )
    .expect("request");
    let error = client
        .customer_create(&request)
        .await
        .expect_err("bad body");
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.request_id(), Some("req-7"));
}

/// A hostile server echoes the call's secrets in its headers and request id: `Debug` and
/// `Display` of the error, and what a hook sees, hold none of them.
#[tokio::test]
async fn secrets_echoed_in_headers_are_scrubbed() {
    let server = serve(|request: &Received| {
        let signature = request
            .header("x-tiniapp-signature")
            .unwrap_or_default()
            .to_owned();
        Reply::Headers(
            500,
            vec![
                ("X-Echo", format!("secret={CLIENT_SECRET} sig={signature}")),
                ("X-Request-Id", signature.clone()),
            ],
            Vec::new(),
        )
    })
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = tiki(&server.url, |c| {
        c.retries(RetryPolicy::none()).hook(Recorder(seen.clone()))
    });
    let error = update(&client).await.expect_err("500");
    let signature = server.received()[0]
        .header("x-tiniapp-signature")
        .expect("signed")
        .to_owned();
    let printed = format!("{error} {error:?} {:?}", seen.lock().expect("lock"));
    for secret in [CLIENT_SECRET, signature.as_str()] {
        assert!(!printed.contains(&secret[..8]), "{secret} in {printed}");
    }
    assert!(printed.contains("[redacted]"), "{printed}");
}

/// Records what each attempt's hook saw, and adds a header to every attempt.
struct Recorder(Arc<Mutex<Vec<String>>>);

impl Hook for Recorder {
    fn before_attempt(&self, request: &mut Outgoing<'_>) {
        request.header("X-Trace", format!("attempt-{}", request.attempt));
    }

    fn after_attempt(&self, outcome: &Outcome<'_>) {
        if let Ok(mut seen) = self.0.lock() {
            seen.push(format!(
                "{} #{} {:?} {:?} retrying={} id={:?}",
                outcome.endpoint.name,
                outcome.attempt,
                outcome.status,
                outcome.error,
                outcome.retrying,
                outcome.request_id
            ));
        }
    }
}

#[tokio::test]
async fn hooks_add_headers_before_signing_and_observe_every_attempt() {
    let answers = std::sync::atomic::AtomicUsize::new(0);
    let server = serve(move |_: &Received| {
        match answers.fetch_add(1, std::sync::atomic::Ordering::SeqCst) {
            0 => Reply::json(503, "busy"),
            _ => Reply::Body(204, "application/json", Vec::new()),
        }
    })
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = tiki(&server.url, |c| c.hook(Recorder(seen.clone())));
    update(&client).await.expect("the retry succeeds");
    let received = server.received();
    let traces: Vec<_> = received.iter().map(|r| r.header("x-trace")).collect();
    assert_eq!(traces, [Some("attempt-1"), Some("attempt-2")]);
    for request in &received {
        assert!(tiki_signature_ok(request, CLIENT_KEY, CLIENT_SECRET));
    }
    assert_eq!(
        *seen.lock().expect("lock"),
        [
            "lead_application_update #1 Some(503) Some(\"status\") retrying=true id=None",
            "lead_application_update #2 Some(204) None retrying=false id=None",
        ]
    );
}

/// A hook that would replace the signature is refused before anything is sent.
#[tokio::test]
async fn a_hook_cannot_replace_the_authentication() {
    struct Forger;
    impl Hook for Forger {
        fn before_attempt(&self, request: &mut Outgoing<'_>) {
            request.header("X-Tiniapp-Signature", "forged");
        }
    }
    let server = serve(|_: &Received| Reply::Body(204, "application/json", Vec::new())).await;
    let error = update(&tiki(&server.url, |c| c.hook(Forger)))
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(server.requests(), 0);
}
