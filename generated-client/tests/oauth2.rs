//! An OAuth 2.0 endpoint (`auth: { oauth2_client_credentials: … }`): the client asks the token
//! endpoint for an access token with its id and secret, keeps it until shortly before it
//! expires, replaces it once when the server refuses it, and sends it as a bearer token. No
//! error prints the secret or the token, even from servers that echo what they receive, and a
//! redirect is never followed with either.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use codegen_runtime::client::{Config, Credentials, Error, Secret, Transport};
use codegen_runtime::{AuthScheme, ClientAuth};
use support::{Received, Reply, serve};

mod order_create {
    codegen_macros::generate!("tests/fixtures/specs/oauth2.yaml");
}

const CLIENT_ID: &str = "client-7";
const SECRET: &str = "oauth-secret-5d9a1c";
/// base64 of `client-7:oauth-secret-5d9a1c`.
const BASIC: &str = "Y2xpZW50LTc6b2F1dGgtc2VjcmV0LTVkOWExYw==";

fn client() -> Credentials {
    Credentials::OAuthClient {
        client_id: CLIENT_ID.to_owned(),
        client_secret: Secret::new(SECRET),
    }
}

fn transport(url: &str, config: impl FnOnce(Config) -> Config) -> Transport {
    Transport::new(config(Config::new(client()).base_url(url))).expect("a transport")
}

async fn create_order(
    transport: &Transport,
    endpoint: &codegen_runtime::EndpointInfo,
) -> Result<order_create::Response, Error> {
    transport
        .send(
            endpoint,
            &codegen_runtime::NoParams,
            Some(&order_create::Request::new("SKU-1")),
        )
        .await
}

/// A token endpoint that hands out `token-1`, `token-2`, … (living `expires_in` seconds) to a
/// client that sends the right basic credentials, and an API that takes the tokens `takes`
/// allows.
fn vendor(
    expires_in: u64,
    takes: impl Fn(&str) -> bool + Send + Sync + 'static,
) -> impl Fn(&Received) -> Reply + Send + Sync + 'static {
    let issued = AtomicUsize::new(0);
    move |request: &Received| {
        if request.path == "/oauth/token" {
            let body = String::from_utf8_lossy(&request.body);
            let basic = format!("Basic {BASIC}");
            if request.method != "POST"
                || request.header("authorization") != Some(&*basic)
                || body != "grant_type=client_credentials&scope=orders%3Awrite"
                || request.header("content-type") != Some("application/x-www-form-urlencoded")
            {
                return Reply::json(401, r#"{"error":"invalid_client"}"#);
            }
            let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
            return Reply::json(
                200,
                format!(
                    r#"{{"access_token":"token-{n}-0f3b","token_type":"Bearer","expires_in":{expires_in}}}"#
                ),
            );
        }
        match request
            .header("authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
        {
            Some(token) if takes(token) => Reply::json(200, r#"{"id":"o1","sku":"SKU-1"}"#),
            _ => Reply::json(401, r#"{"error":"invalid_token"}"#),
        }
    }
}

fn token_calls(received: &[Received]) -> usize {
    received.iter().filter(|r| r.path == "/oauth/token").count()
}

#[tokio::test]
async fn one_token_serves_every_call_until_it_expires() {
    let server = serve(vendor(3600, |_| true)).await;
    let now = Arc::new(AtomicU64::new(1_000_000));
    let clock = Arc::clone(&now);
    let transport = transport(&server.url, |config| {
        config.clock(move || clock.load(Ordering::SeqCst))
    });
    for _ in 0..3 {
        let order = create_order(&transport, &order_create::ENDPOINT)
            .await
            .expect("authorized");
        assert_eq!(order.id, "o1");
    }
    let received = server.received();
    assert_eq!(token_calls(&received), 1, "{received:?}");
    let bearer: Vec<_> = received
        .iter()
        .filter(|r| r.path == "/orders")
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(bearer, ["Bearer token-1-0f3b"; 3]);
    // A clone shares the tokens; thirty seconds before the hour is up, a new one is asked for.
    let clone = transport.clone();
    now.fetch_add(3_600_000 - 30_000, Ordering::SeqCst);
    create_order(&clone, &order_create::ENDPOINT)
        .await
        .expect("authorized");
    let received = server.received();
    assert_eq!(token_calls(&received), 2, "{received:?}");
    assert_eq!(
        received.last().and_then(|r| r.header("authorization")),
        Some("Bearer token-2-0f3b")
    );
}

/// Eight calls that start together, with no token held, share one token request: the token
/// endpoint slows down to make them overlap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_share_one_token_request() {
    let answer = vendor(3600, |_| true);
    let server = serve(move |request: &Received| {
        let reply = answer(request);
        if request.path == "/oauth/token" {
            Reply::After(std::time::Duration::from_millis(200), Box::new(reply))
        } else {
            reply
        }
    })
    .await;
    let transport = transport(&server.url, |config| config);
    let calls = (0..8).map(|_| {
        let transport = transport.clone();
        tokio::spawn(async move { create_order(&transport, &order_create::ENDPOINT).await })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await.expect("joined").expect("authorized");
    }
    assert_eq!(token_calls(&server.received()), 1);
}

#[tokio::test]
async fn a_held_token_the_server_refuses_is_replaced_once() {
    let revoked = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&revoked);
    let server = serve(vendor(3600, move |token| {
        !(flag.load(Ordering::SeqCst) && token.starts_with("token-1-"))
    }))
    .await;
    let transport = transport(&server.url, |config| config);
    create_order(&transport, &order_create::ENDPOINT)
        .await
        .expect("authorized");
    revoked.store(true, Ordering::SeqCst);
    create_order(&transport, &order_create::ENDPOINT)
        .await
        .expect("a new token, and the call once more");
    let paths: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/oauth/token",
            "/orders",
            "/orders",
            "/oauth/token",
            "/orders"
        ]
    );

    // A token refused as soon as it was issued is not asked for again and again.
    let server = serve(vendor(3600, |_| false)).await;
    let error = create_order(&transport_for(&server.url), &order_create::ENDPOINT)
        .await
        .expect_err("refused");
    assert_eq!(error.status(), Some(401), "{error:?}");
    assert_eq!(server.requests(), 2);
}

fn transport_for(url: &str) -> Transport {
    transport(url, |config| config)
}

#[tokio::test]
async fn the_secret_can_go_in_the_form_body_instead() {
    let server = serve(|request: &Received| {
        if request.path == "/oauth/token" {
            let body = String::from_utf8_lossy(&request.body);
            let expected = format!(
                "grant_type=client_credentials&scope=orders%3Awrite&client_id={CLIENT_ID}&client_secret={SECRET}"
            );
            if body != expected || request.header("authorization").is_some() {
                return Reply::json(401, r#"{"error":"invalid_client"}"#);
            }
            return Reply::json(200, r#"{"access_token":"body-token-77","token_type":"bearer"}"#);
        }
        Reply::json(200, r#"{"id":"o1"}"#)
    })
    .await;
    let mut endpoint = order_create::ENDPOINT;
    if let AuthScheme::OAuth2ClientCredentials(scheme) = &mut endpoint.auth {
        scheme.client_auth = ClientAuth::Body;
    }
    create_order(&transport_for(&server.url), &endpoint)
        .await
        .expect("authorized");
}

#[tokio::test]
async fn echoing_servers_never_get_the_secret_or_the_token_printed() {
    // A token endpoint that refuses and echoes the headers and the form it got.
    let server = serve(|request: &Received| {
        let echoed = format!(
            "{} {}",
            String::from_utf8_lossy(&request.body),
            request.headers_text()
        );
        Reply::Body(
            400,
            "text/plain",
            format!("bad request: {echoed}").into_bytes(),
        )
    })
    .await;
    for client_auth in [ClientAuth::Basic, ClientAuth::Body] {
        let mut endpoint = order_create::ENDPOINT;
        if let AuthScheme::OAuth2ClientCredentials(scheme) = &mut endpoint.auth {
            scheme.client_auth = client_auth;
        }
        let error = create_order(&transport_for(&server.url), &endpoint)
            .await
            .expect_err("refused");
        assert!(matches!(error, Error::Token { .. }), "{error:?}");
        let printed = format!("{error} {error:?}");
        for secret in [SECRET, BASIC] {
            assert!(!printed.contains(secret), "{printed}");
        }
        assert!(printed.contains("[redacted]"), "{printed}");
    }

    // An API that refuses the token and echoes the headers.
    let server = serve(|request: &Received| {
        if request.path == "/oauth/token" {
            return Reply::json(200, r#"{"access_token":"echoed-token-31","expires_in":60}"#);
        }
        let echoed = request.headers_text();
        Reply::Body(403, "text/plain", format!("you sent {echoed}").into_bytes())
    })
    .await;
    let error = create_order(&transport_for(&server.url), &order_create::ENDPOINT)
        .await
        .expect_err("refused");
    let printed = format!("{error} {error:?}");
    assert!(!printed.contains("echoed-token-31"), "{printed}");
    assert!(printed.contains("[redacted]"), "{printed}");
}

#[tokio::test]
async fn a_redirect_from_the_token_endpoint_is_not_followed() {
    let other = serve(|_| Reply::json(200, r#"{"access_token":"stolen-1234"}"#)).await;
    let location = format!("{}/oauth/token", other.url);
    let server = serve(move |_| Reply::Redirect(307, location.clone())).await;
    let error = create_order(&transport_for(&server.url), &order_create::ENDPOINT)
        .await
        .expect_err("redirect");
    assert!(
        matches!(error, Error::Redirect { status: 307, .. }),
        "{error:?}"
    );
    assert_eq!(other.requests(), 0, "{:?}", other.received());
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn an_answer_that_is_not_a_bearer_token_is_an_error_that_says_so() {
    let cases = [
        (r#"{"error":"invalid_scope"}"#, "not a token"),
        (
            r#"{"access_token":"mac-token-1","token_type":"mac"}"#,
            "only bearer tokens",
        ),
        (r#"{"access_token":""}"#, "empty"),
    ];
    for (answer, expected) in cases {
        let server = serve(move |_| Reply::json(200, answer)).await;
        let error = create_order(&transport_for(&server.url), &order_create::ENDPOINT)
            .await
            .expect_err("no token");
        let printed = error.to_string();
        assert!(matches!(error, Error::Token { .. }), "{error:?}");
        assert!(printed.contains(expected), "{printed}");
        assert!(printed.contains("/oauth/token"), "{printed}");
        // Only the token endpoint was asked.
        assert_eq!(server.requests(), 1);
    }
}

#[tokio::test]
async fn other_credentials_are_a_configuration_error_and_nothing_is_sent() {
    let server = serve(|_| Reply::json(200, r#"{"id":"o1"}"#)).await;
    let transport = Transport::new(
        Config::new(Credentials::Token(Secret::new("a-plain-token"))).base_url(&server.url),
    )
    .expect("a transport");
    let error = create_order(&transport, &order_create::ENDPOINT)
        .await
        .expect_err("no client credentials");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(server.requests(), 0);
}
