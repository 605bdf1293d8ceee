//! An API key in the query string (`api_key: { query: key }`): the key is added to the URL
//! after the endpoint's own parameters, percent-encoded, and no error prints it in either form,
//! even from a server that echoes the URL back or a connection that fails.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Error, Secret, Transport};
use support::{Received, Reply, serve};

mod place_search {
    codegen_macros::generate!("tests/fixtures/specs/api_key_query.yaml");
}

/// A key with characters the query must encode.
const KEY: &str = "query-key+7f3a/b=c&d";
const ENCODED: &str = "query-key%2B7f3a%2Fb%3Dc%26d";

async fn search(url: &str) -> Result<place_search::Response, Error> {
    Transport::new(Config::new(Credentials::ApiKey(Secret::new(KEY))).base_url(url))?
        .send(
            &place_search::ENDPOINT,
            &place_search::Params::new("phở"),
            None::<&()>,
        )
        .await
}

#[tokio::test]
async fn the_key_follows_the_endpoints_own_query_encoded() {
    let server = serve(|request: &Received| {
        if request.path == format!("/places?q=ph%E1%BB%9F&key={ENCODED}") {
            Reply::json(200, r#"{"names":["Phở Hà Nội"]}"#)
        } else {
            Reply::json(401, format!(r#"{{"error":"unexpected {}"}}"#, request.path))
        }
    })
    .await;
    let places = search(&server.url).await.expect("authorized");
    assert_eq!(places.names, ["Phở Hà Nội"]);
}

#[tokio::test]
async fn no_error_prints_the_key_in_either_form() {
    let echo = serve(|request: &Received| {
        Reply::Body(
            400,
            "text/plain",
            format!("bad URL {}", request.path).into_bytes(),
        )
    })
    .await;
    let echoed = search(&echo.url).await.expect_err("refused");
    let refused = search("http://127.0.0.1:9").await.expect_err("no server");
    for error in [echoed, refused] {
        let printed = format!("{error} {error:?}");
        for secret in [KEY, ENCODED] {
            assert!(!printed.contains(secret), "`{secret}` leaked: {printed}");
        }
    }
}

#[tokio::test]
async fn a_redirect_elsewhere_is_not_followed_with_the_key() {
    let other = serve(|_| Reply::json(200, r#"{"names":[]}"#)).await;
    let location = format!("{}/places", other.url);
    let server = serve(move |_| Reply::Redirect(302, location.clone())).await;
    let error = search(&server.url).await.expect_err("redirect");
    assert!(
        matches!(error, Error::Redirect { status: 302, .. }),
        "{error:?}"
    );
    assert_eq!(other.requests(), 0, "{:?}", other.received());
}
