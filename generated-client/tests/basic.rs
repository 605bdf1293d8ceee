//! A Basic-authentication endpoint (`auth: basic`): `Authorization: Basic base64(user:password)`
//! reaches the configured server, and no error prints the password or its encoded form, even
//! from a server that echoes the request's headers back.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use base64::Engine as _;
use codegen_runtime::client::{Config, Credentials, Error, Secret, Transport};
use support::{Received, Reply, serve};

mod report_show {
    codegen_macros::generate!("tests/fixtures/specs/basic.yaml");
}

const USER: &str = "reporter";
const PASSWORD: &str = "basic-test-password-77a1";

fn encoded() -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
}

fn credentials() -> Credentials {
    Credentials::Basic {
        username: USER.to_owned(),
        password: Secret::new(PASSWORD),
    }
}

async fn show_report(url: &str, credentials: Credentials) -> Result<report_show::Response, Error> {
    Transport::new(Config::new(credentials).base_url(url))?
        .send(
            &report_show::ENDPOINT,
            &report_show::Params::new("r1"),
            None::<&()>,
        )
        .await
}

#[tokio::test]
async fn the_user_and_password_go_in_the_authorization_header() {
    let expected = format!("Basic {}", encoded());
    let server = serve(move |request: &Received| {
        if request.header("authorization") == Some(expected.as_str()) {
            Reply::json(200, r#"{"id":"r1"}"#)
        } else {
            Reply::json(401, r#"{"error":"unauthorized"}"#)
        }
    })
    .await;
    let report = show_report(&server.url, credentials())
        .await
        .expect("authorized");
    assert_eq!(report.id, "r1");
}

#[tokio::test]
async fn an_echoing_server_never_gets_the_password_printed() {
    let server = serve(|request: &Received| {
        let echoed = request.headers_text();
        Reply::Body(401, "text/plain", format!("you sent {echoed}").into_bytes())
    })
    .await;
    let error = show_report(&server.url, credentials())
        .await
        .expect_err("refused");
    let printed = format!("{error} {error:?}");
    for secret in [PASSWORD, encoded().trim_end_matches('=')] {
        assert!(!printed.contains(secret), "`{secret}` leaked: {printed}");
    }
    assert!(printed.contains("[redacted]"), "{printed}");
}

#[tokio::test]
async fn other_credentials_are_a_configuration_error_and_nothing_is_sent() {
    let server = serve(|_| Reply::json(200, r#"{"id":"r1"}"#)).await;
    let error = show_report(&server.url, Credentials::Token(Secret::new("token")))
        .await
        .expect_err("wrong kind of credentials");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(server.requests(), 0);
}
