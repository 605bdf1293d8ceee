//! The generated clients against a real HTTP server on 127.0.0.1: authentication (the server
//! recomputes Tiki's signature from the bytes it received), typed responses, and every fault
//! mapped to its error variant without a panic.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use std::time::Duration;

use codegen_runtime::client::{Config, Credentials, Error, Secret};
use generated_client::ladiflow::{self, LadiflowClient};
use generated_client::tiki::{self, TikiClient};
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
    if !support::tiki_signature_ok(request, CLIENT_KEY, CLIENT_SECRET) {
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
        matches!(&error, Error::Status { status: 500, excerpt, .. } if excerpt.starts_with("<html>")),
        "{error:?}"
    );
}

/// What a hostile server sends prints as escapes: a line end cannot forge a log line, an
/// escape sequence cannot drive the terminal, a bidirectional override cannot disguise text.
/// The error's fields keep the server's words as they were.
#[tokio::test]
async fn a_hostile_servers_control_characters_print_as_escapes() {
    const FORGED: &str = "ok\nINFO admin logged in \u{1b}[2J \u{202e}gnp.exe";
    let quoted = serde_json::to_string(FORGED).expect("json string");
    let status =
        ladiflow_fault(|| Reply::Body(500, "text/plain", FORGED.as_bytes().to_vec())).await;
    let vendor = ladiflow_fault(move || {
        Reply::json(
            200,
            format!(r#"{{"data":null,"message":{quoted},"code":401}}"#),
        )
    })
    .await;
    let quoted = serde_json::to_string(FORGED).expect("json string");
    let decode = ladiflow_fault(move || {
        Reply::json(
            200,
            format!(r#"{{"data":{{"tags":{quoted}}},"message":"ok","code":200}}"#),
        )
    })
    .await;
    assert!(
        matches!(&status, Error::Status { excerpt, .. } if excerpt == FORGED),
        "{status:?}"
    );
    assert!(matches!(&vendor, Error::Vendor { .. }), "{vendor:?}");
    assert!(matches!(&decode, Error::Decode { .. }), "{decode:?}");
    for error in [status, vendor, decode] {
        let printed = error.to_string();
        assert!(
            !printed.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{printed:?}"
        );
    }
}

/// JSON under another media type is not a success: a proxy's page may look like anything.
/// A body in an encoding this build does not decode names the encoding, not "not UTF-8". A
/// vendor message of megabytes is cut to an excerpt, as a status body is.
#[tokio::test]
async fn answers_the_client_cannot_read_as_the_spec_says_are_named() {
    let documented = example("ladiflow/customer_create.response.json");
    let body = documented.clone().into_bytes();
    let error = ladiflow_fault(move || Reply::Body(200, "text/html", body.clone())).await;
    assert!(
        matches!(&error, Error::ContentType { status: 200, found, .. } if found.contains("text/html")),
        "{error:?}"
    );
    let body = documented.into_bytes();
    let error = ladiflow_fault(move || {
        Reply::Headers(
            200,
            vec![
                ("Content-Type", "application/json".to_owned()),
                ("Content-Encoding", "gzip".to_owned()),
            ],
            body.clone(),
        )
    })
    .await;
    assert!(error.to_string().contains("gzip"), "{error}");
    let huge = "x".repeat(3 << 20);
    let answer = format!(r#"{{"data":null,"message":"{huge}","code":400}}"#);
    let error = ladiflow_fault(move || Reply::json(200, answer.clone())).await;
    assert!(matches!(error, Error::Vendor { .. }), "{error:?}");
    assert!(
        error.to_string().len() < 1_000,
        "{} bytes",
        error.to_string().len()
    );
    assert!(format!("{error:?}").len() < 1_000);
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
        matches!(&error, Error::Decode { error: decode, .. } if decode.line == 1 && decode.column > 0),
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
        matches!(&error, Error::Decode { error: decode, .. } if decode.pointer == "/data/dob_year"),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("ladiflow.customer_create") && shown.contains("/data/dob_year"),
        "names the endpoint and the pointer: {shown}"
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
        matches!(&error, Error::TooLarge { limit, .. } if *limit == Config::DEFAULT_MAX_RESPONSE_BYTES),
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
    // The cause is kept: `source()` chains to the HTTP client's error and on down to the
    // operating system's, none of which repeats the URL (it may carry credentials).
    let mut chain = Vec::new();
    let mut cause = std::error::Error::source(&error);
    while let Some(inner) = cause {
        chain.push(inner.to_string());
        cause = inner.source();
    }
    assert!(chain.len() >= 2, "{chain:?}");
    assert!(chain.iter().all(|text| !text.contains(&url)), "{chain:?}");
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

/// A second origin (another port) that records what reaches it.
async fn elsewhere() -> support::Server {
    serve(|_| Reply::json(200, r#"{"data":{},"message":"ok","code":200}"#)).await
}

/// Every 3xx answer, from both services, to another origin: the call returns the typed error
/// naming the location, and the other origin receives nothing (no key, no signed body). Also
/// when the caller's HTTP settings ask for redirects to be followed.
#[tokio::test]
async fn redirects_are_never_followed_so_credentials_stay_with_the_configured_server() {
    let other = elsewhere().await;
    for status in 300..=308u16 {
        let target = format!("{}/customer/create", other.url);
        let location = target.clone();
        let server = serve(move |_| Reply::Redirect(status, location.clone())).await;
        let follows = |builder: reqwest::ClientBuilder| {
            builder.redirect(reqwest::redirect::Policy::limited(10))
        };
        let ladiflow = LadiflowClient::new(
            Config::new(Credentials::ApiKey(Secret::new(API_KEY)))
                .base_url(&server.url)
                .http_client(follows),
        )
        .expect("client");
        let errors = [
            ladiflow_client(&server.url)
                .customer_create(&ladiflow_request())
                .await
                .expect_err("redirect"),
            ladiflow
                .customer_create(&ladiflow_request())
                .await
                .expect_err("redirect"),
            tiki_client(&server.url, CLIENT_SECRET)
                .lead_application_create(&tiki_request())
                .await
                .expect_err("redirect"),
        ];
        for error in errors {
            match &error {
                Error::Redirect {
                    status: got,
                    location: Some(location),
                    ..
                } => assert_eq!((*got, location.as_str()), (status, target.as_str())),
                other => panic!("HTTP {status}: expected a redirect error, got {other:?}"),
            }
            assert!(error.to_string().contains("not followed"), "{error}");
        }
        assert_eq!(server.requests(), 3, "HTTP {status}");
    }
    assert_eq!(other.requests(), 0, "{:?}", other.received());
}

/// A same-origin redirect is not followed either: a signed request is bound to its path.
#[tokio::test]
async fn a_same_origin_redirect_is_reported_not_followed() {
    let server = serve(|request: &Received| {
        if request.path == "/lead/applications" {
            Reply::Redirect(307, "/v2/lead/applications".to_owned())
        } else {
            Reply::json(200, example("tiki/lead_application_create.response.json"))
        }
    })
    .await;
    let error = tiki_client(&server.url, CLIENT_SECRET)
        .lead_application_create(&tiki_request())
        .await
        .expect_err("redirect");
    assert!(
        matches!(&error, Error::Redirect { status: 307, location: Some(l), .. } if l == "/v2/lead/applications"),
        "{error:?}"
    );
    assert_eq!(server.requests(), 1);
}

/// A hostile server that echoes every request header (and the base URL's userinfo, which
/// reqwest sends as basic auth) back in each kind of error body: no configured secret, no
/// computed signature and no password appears in `Display` or `Debug` of the error.
#[tokio::test]
async fn errors_never_print_a_secret_even_from_a_server_that_echoes_headers() {
    let signatures = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let seen = signatures.clone();
    let echo = move |request: &Received, shape: usize| {
        if let Some(signature) = request.header("x-tiniapp-signature") {
            seen.lock().expect("lock").push(signature.to_owned());
        }
        let echoed = request.headers_text();
        let quoted = serde_json::to_string(&echoed).expect("json string");
        match shape {
            0 => Reply::Body(400, "text/plain", format!("you sent {echoed}").into_bytes()),
            1 => Reply::json(
                200,
                format!(r#"{{"data":null,"message":{quoted},"code":401}}"#),
            ),
            2 => Reply::json(
                400,
                format!(
                    r#"{{"data":null,"error":{{"code":400,"message":{quoted},"reason":{quoted}}}}}"#
                ),
            ),
            // A decode error whose message quotes the offending string.
            3 => Reply::json(
                200,
                format!(
                    r#"{{"data":{{"tags":{quoted},"is_sandbox":{quoted}}},"message":"ok","code":200}}"#
                ),
            ),
            _ => Reply::json(200, format!(r#"{{"data":{quoted},"error":null}}"#)),
        }
    };
    let mut printed = Vec::new();
    for shape in 0..5 {
        let echo = echo.clone();
        let server = serve(move |request| echo(request, shape)).await;
        let with_userinfo = server
            .url
            .replace("http://", "http://alice:hunter2-password@");
        let ladiflow = ladiflow_client(&with_userinfo)
            .customer_create(&ladiflow_request())
            .await
            .expect_err("refused");
        let tiki = tiki_client(&with_userinfo, CLIENT_SECRET)
            .lead_application_create(&tiki_request())
            .await
            .expect_err("refused");
        printed.extend([ladiflow, tiki].iter().map(|e| format!("{e} {e:?}")));
    }
    let refused = LadiflowClient::new(
        Config::new(Credentials::ApiKey(Secret::new(API_KEY)))
            .base_url("http://alice:hunter2-password@127.0.0.1:9"),
    )
    .expect("client")
    .customer_create(&ladiflow_request())
    .await
    .expect_err("refused connection");
    printed.push(format!("{refused} {refused:?}"));
    let signatures = signatures.lock().expect("lock").clone();
    assert_eq!(signatures.len(), 5, "every Tiki call was signed");
    for text in &printed {
        // The password, and the basic-auth header reqwest makes of the URL's userinfo.
        for secret in [
            API_KEY,
            CLIENT_SECRET,
            "hunter2-password",
            "YWxpY2U6aHVudGVyMi1wYXNzd29yZA",
        ]
        .into_iter()
        .chain(signatures.iter().map(String::as_str))
        {
            assert!(!text.contains(secret), "`{secret}` leaked: {text}");
        }
    }
    // The echoes reached the errors, redacted (the first two are LadiFlow's and Tiki's
    // status errors quoting the headers).
    for text in &printed[..2] {
        assert!(text.contains("[redacted]"), "{text}");
    }
}

/// One verdict for a document that repeats a key: the client refuses it, naming the key and
/// its path, instead of reading the vendor's code from one member and the data from another.
#[tokio::test]
async fn a_response_that_repeats_a_key_is_refused() {
    let error = ladiflow_fault(|| {
        Reply::json(200, r#"{"data":null,"message":"ok","code":400,"code":200}"#)
    })
    .await;
    match error {
        Error::Decode { error: decode, .. } => {
            assert_eq!(decode.pointer, "/code");
            assert!(decode.message.contains("duplicate key `code`"), "{decode}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

/// LadiFlow answering its code as a string of digits is still the vendor's refusal, with its
/// message, not a decode error.
#[tokio::test]
async fn a_vendor_code_sent_as_a_string_is_still_read() {
    let error = ladiflow_fault(|| {
        Reply::json(
            200,
            r#"{"data":null,"message":"Unauthorized","code":"401"}"#,
        )
    })
    .await;
    assert!(
        matches!(&error, Error::Vendor { code: Some(401), message: Some(m), .. } if m == "Unauthorized"),
        "{error:?}"
    );
}
