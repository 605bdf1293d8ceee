//! Retries as production services need them, against a loopback server that fails on purpose:
//! a call that is safe to repeat (Tiki's signed PUT) is tried again after 429, 502, 503, 504, a
//! dropped connection or a timed-out attempt, each attempt signed afresh, waiting what
//! `Retry-After` asks; a plain POST is sent once; and a server that never recovers is given up
//! on after the policy's attempts, with an error naming its status.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use codegen_runtime::client::{Config, Credentials, Error, RetryPolicy, Secret};
use generated_client::tiki::{TikiClient, lead_application_create, lead_application_update};
use support::{Received, Reply, serve, tiki_signature_ok};

const CLIENT_KEY: &str = "retry-client-key";
const CLIENT_SECRET: &str = "retry/secret+with=odd%chars";

/// A client whose clock moves a second with every reading, so that each attempt's timestamp
/// (and so its signature) differs.
fn tiki(url: &str) -> TikiClient {
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    let clock = Arc::new(AtomicU64::new(1_700_000_000_000));
    let config = Config::new(credentials)
        .base_url(url)
        .clock(move || clock.fetch_add(1_000, Ordering::SeqCst));
    TikiClient::new(config).expect("client")
}

/// The answers in order, then the last one for ever.
fn script(replies: Vec<fn() -> Reply>) -> impl Fn(&Received) -> Reply + Send + Sync + 'static {
    let next = AtomicUsize::new(0);
    move |_| {
        let at = next.fetch_add(1, Ordering::SeqCst).min(replies.len() - 1);
        replies[at]()
    }
}

async fn update(client: &TikiClient) -> Result<(), Error> {
    let params = lead_application_update::Params::new("141952217564315671");
    let request = lead_application_update::Request::new(
        generated_client::tiki::types::ApplicationStatus::Rejected,
    );
    client.lead_application_update(&params, &request).await
}

fn no_content() -> Reply {
    Reply::Body(204, "application/json", Vec::new())
}

fn unavailable() -> Reply {
    Reply::json(503, "upstream unavailable")
}

#[tokio::test]
async fn a_put_is_retried_after_503_each_attempt_signed_afresh() {
    let server = serve(script(vec![unavailable, unavailable, no_content])).await;
    update(&tiki(&server.url))
        .await
        .expect("the third attempt succeeds");
    let received = server.received();
    assert_eq!(received.len(), 3);
    let timestamps: Vec<&str> = received
        .iter()
        .map(|r| r.header("x-tiniapp-timestamp").unwrap_or_default())
        .collect();
    assert!(
        timestamps[0] != timestamps[1] && timestamps[1] != timestamps[2],
        "{timestamps:?}"
    );
    for request in &received {
        assert!(
            tiki_signature_ok(request, CLIENT_KEY, CLIENT_SECRET),
            "{request:?}"
        );
        assert_eq!(request.body, received[0].body, "the same bytes each time");
    }
}

#[tokio::test]
async fn retry_after_is_waited_for() {
    let server = serve(script(vec![
        || Reply::Headers(429, vec![("Retry-After", "2".to_owned())], Vec::new()),
        no_content,
    ]))
    .await;
    let started = Instant::now();
    update(&tiki(&server.url))
        .await
        .expect("succeeds after the wait");
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let server = serve(script(vec![|| Reply::Drop, no_content])).await;
    update(&tiki(&server.url))
        .await
        .expect("the second attempt succeeds");
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_server_that_never_recovers_is_given_up_on_naming_its_status() {
    let server = serve(|_: &Received| unavailable()).await;
    let started = Instant::now();
    let error = update(&tiki(&server.url)).await.expect_err("gives up");
    assert_eq!(error.status(), Some(503), "{error}");
    assert!(error.to_string().contains("503"), "{error}");
    assert_eq!(server.requests(), 3, "the default policy's attempts");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_plain_post_is_sent_once() {
    let server = serve(|_: &Received| unavailable()).await;
    let request: lead_application_create::Request = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../specs/tiki/lead_application_create.request.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("example"),
    )
    .expect("request");
    let error = tiki(&server.url)
        .lead_application_create(&request)
        .await
        .expect_err("503");
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_longer_retry_after_than_the_cap_is_not_waited_for_and_a_policy_can_turn_retries_off() {
    let server = serve(|_: &Received| {
        Reply::Headers(503, vec![("Retry-After", "3600".to_owned())], Vec::new())
    })
    .await;
    let started = Instant::now();
    let error = update(&tiki(&server.url)).await.expect_err("not retried");
    assert_eq!((error.status(), server.requests()), (Some(503), 1));
    assert!(started.elapsed() < Duration::from_secs(2));

    let server = serve(|_: &Received| unavailable()).await;
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    let once = TikiClient::new(
        Config::new(credentials)
            .base_url(&server.url)
            .retries(RetryPolicy::none()),
    )
    .expect("client");
    update(&once).await.expect_err("503");
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn the_call_timeout_bounds_every_attempt_and_wait() {
    let server =
        serve(|_: &Received| Reply::After(Duration::from_millis(400), Box::new(unavailable())))
            .await;
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    let client = TikiClient::new(
        Config::new(credentials)
            .base_url(&server.url)
            .call_timeout(Duration::from_millis(700)),
    )
    .expect("client");
    let started = Instant::now();
    let error = update(&client).await.expect_err("times out");
    assert!(matches!(error, Error::Timeout { .. }), "{error}");
    assert!(
        started.elapsed() < Duration::from_millis(1_500),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn every_request_names_the_crate_in_its_user_agent() {
    let server = serve(|_: &Received| no_content()).await;
    update(&tiki(&server.url)).await.expect("succeeds");
    let agent = server.received()[0]
        .header("user-agent")
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        agent,
        format!("generated-client/{}", env!("CARGO_PKG_VERSION"))
    );
}

/// Output written by a subscriber, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut kept) = self.0.lock() {
            kept.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// With everything traced (the HTTP stack too), the output names the service, endpoint and
/// attempts and the retry's reason, and holds no secret, signature, client key or body: the
/// server echoes every header back in its error, which ends the call.
#[tokio::test]
async fn tracing_names_the_endpoint_and_holds_no_secret() {
    use tracing_subscriber::util::SubscriberInitExt as _;
    let captured = Captured::default();
    let writer = captured.clone();
    let _guard = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish()
        .set_default();
    let attempts = AtomicUsize::new(0);
    let server = serve(move |request: &Received| {
        if attempts.fetch_add(1, Ordering::SeqCst) == 0 {
            unavailable()
        } else {
            Reply::json(400, request.headers_text())
        }
    })
    .await;
    let error = update(&tiki(&server.url)).await.expect_err("400");
    let signature = server.received()[1]
        .header("x-tiniapp-signature")
        .unwrap_or_default()
        .to_owned();
    let body = String::from_utf8_lossy(&server.received()[1].body).into_owned();
    let text = String::from_utf8_lossy(&captured.0.lock().expect("output")).into_owned();
    for expected in [
        "lead_application_update",
        "tiki",
        "attempt=2",
        "retrying",
        "HTTP 503",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` missing from:\n{text}"
        );
    }
    for secret in [CLIENT_SECRET, &signature, &body] {
        assert!(
            !text.contains(secret),
            "a secret or the body is in the output:\n{text}"
        );
        assert!(!format!("{error} {error:?}").contains(secret), "{error:?}");
    }
}

fn create_request() -> lead_application_create::Request {
    serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../specs/tiki/lead_application_create.request.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("example"),
    )
    .expect("request")
}

/// Per-call options: an idempotency key makes a POST safe to retry (each attempt carries the
/// key), extra headers go out, a header the authentication sets cannot be replaced, and the
/// answer's status and headers come back beside the body.
#[tokio::test]
async fn per_call_options_and_the_answers_status_and_headers() {
    use codegen_runtime::client::CallOptions;
    let server = serve(script(vec![unavailable, || {
        Reply::Headers(
            200,
            vec![
                ("Content-Type", "application/json".to_owned()),
                ("X-Request-Id", "req-42".to_owned()),
            ],
            std::fs::read(format!(
                "{}/../specs/tiki/lead_application_create.response.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("example"),
        )
    }]))
    .await;
    let options = CallOptions::new()
        .idempotency_key("create-7f3a")
        .header("X-Trace", "abc");
    let answer = tiki(&server.url)
        .lead_application_create_with(&create_request(), &options)
        .await
        .expect("retried with its key, then answered");
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.headers.get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"req-42"[..])
    );
    assert!(answer.body.data.id.is_some());
    let received = server.received();
    assert_eq!(received.len(), 2);
    for request in &received {
        assert_eq!(request.header("idempotency-key"), Some("create-7f3a"));
        assert_eq!(request.header("x-trace"), Some("abc"));
        assert!(tiki_signature_ok(request, CLIENT_KEY, CLIENT_SECRET));
    }

    let forged = CallOptions::new().header("X-Tiniapp-Signature", "forged");
    let error = tiki(&server.url)
        .lead_application_create_with(&create_request(), &forged)
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Config(_)), "{error}");
    assert_eq!(server.requests(), 2, "nothing more was sent");
}

#[tokio::test]
async fn a_per_call_timeout_bounds_each_attempt() {
    use codegen_runtime::client::CallOptions;
    let server =
        serve(|_: &Received| Reply::After(Duration::from_secs(2), Box::new(no_content()))).await;
    let params = lead_application_update::Params::new("1");
    let request = lead_application_update::Request::new(
        generated_client::tiki::types::ApplicationStatus::New,
    );
    let started = Instant::now();
    let error = tiki(&server.url)
        .lead_application_update_with(
            &params,
            &request,
            &CallOptions::new().timeout(Duration::from_millis(150)),
        )
        .await
        .expect_err("times out");
    assert!(matches!(error, Error::Timeout { .. }), "{error}");
    assert!(
        started.elapsed() < Duration::from_millis(1_500),
        "{:?}",
        started.elapsed()
    );
}

mod stock_set {
    codegen_macros::generate!("tests/fixtures/specs/idempotent.yaml");
}

/// A POST its spec marks `idempotent: true` is retried like a PUT.
#[tokio::test]
async fn a_post_the_spec_marks_idempotent_is_retried() {
    use codegen_runtime::client::Transport;
    let server = serve(script(vec![unavailable, || {
        Reply::json(200, r#"{"sku": "SKU-1", "quantity": 3}"#)
    }]))
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let level: stock_set::Response = transport
        .send(
            &stock_set::ENDPOINT,
            &codegen_runtime::NoParams,
            Some(&stock_set::Request::new("SKU-1", 3)),
        )
        .await
        .expect("retried");
    assert_eq!(level.quantity, 3);
    assert_eq!(server.requests(), 2);
}
