//! A bearer-token endpoint (`auth: bearer`): the token goes in `Authorization: Bearer <token>`
//! to the configured server only, a redirect elsewhere is not followed with it, and no error
//! prints it, even from a server that echoes the request's headers back.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Error, Secret, Transport};
use support::{Received, Reply, serve};

mod note_create {
    codegen_macros::generate!("tests/fixtures/specs/bearer.yaml");
}

const TOKEN: &str = "bearer-test-token-8c1f2e";

async fn create_note(url: &str, credentials: Credentials) -> Result<note_create::Response, Error> {
    Transport::new(Config::new(credentials).base_url(url))?
        .send(
            &note_create::ENDPOINT,
            &codegen_runtime::NoParams,
            Some(&note_create::Request::new("hello")),
        )
        .await
}

fn token() -> Credentials {
    Credentials::Token(Secret::new(TOKEN))
}

#[tokio::test]
async fn the_token_goes_in_the_authorization_header() {
    let server = serve(|request: &Received| {
        if request.header("authorization") == Some(&*format!("Bearer {TOKEN}")) {
            Reply::json(200, r#"{"id":"n1","text":"hello"}"#)
        } else {
            Reply::json(401, r#"{"error":"unauthorized"}"#)
        }
    })
    .await;
    let note = create_note(&server.url, token()).await.expect("authorized");
    assert_eq!(note.id, "n1");
    // A vendor that calls its token an API key: the same header.
    let as_key = Credentials::ApiKey(Secret::new(TOKEN));
    create_note(&server.url, as_key).await.expect("authorized");
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn an_echoing_server_never_gets_the_token_printed() {
    let server = serve(|request: &Received| {
        let echoed = request.headers_text();
        Reply::Body(401, "text/plain", format!("you sent {echoed}").into_bytes())
    })
    .await;
    let error = create_note(&server.url, token())
        .await
        .expect_err("refused");
    let printed = format!("{error} {error:?}");
    assert!(!printed.contains(TOKEN), "{printed}");
    assert!(printed.contains("[redacted]"), "{printed}");
}

#[tokio::test]
async fn a_redirect_elsewhere_is_not_followed_with_the_token() {
    let other = serve(|_| Reply::json(200, r#"{"id":"stolen"}"#)).await;
    let location = format!("{}/notes", other.url);
    let server = serve(move |_| Reply::Redirect(307, location.clone())).await;
    let error = create_note(&server.url, token())
        .await
        .expect_err("redirect");
    assert!(
        matches!(error, Error::Redirect { status: 307, .. }),
        "{error:?}"
    );
    assert_eq!(other.requests(), 0, "{:?}", other.received());
}

#[tokio::test]
async fn no_token_is_a_configuration_error_and_nothing_is_sent() {
    let server = serve(|_| Reply::json(200, r#"{"id":"n1"}"#)).await;
    let error = create_note(&server.url, Credentials::None)
        .await
        .expect_err("no credentials");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(server.requests(), 0);
}
