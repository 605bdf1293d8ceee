//! A token the user granted (Tiki's auth code exchange, refresh and user profile), against
//! loopback servers that behave and ones that do not: an echo, a redirect elsewhere, a token
//! that lives 0 s, a refused refresh, a grant without the profile's scope.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use generated_client::codegen_runtime::client::{
    Config, Credentials, Error, Grant, Secret, TokenSession,
};
use generated_client::tiki::{TikiClient, auth_token_exchange, auth_token_refresh};
use support::{Received, Reply, serve, tiki_signature_ok};

const CLIENT: &str = "8GXqhWDK3EppMwf8IyQU1GHgfq2TPADe";
const SECRET: &str = "the-app-secret-4b1d9";
const CODE: &str = "auth-code-7f3e2a1c9d";
const REFRESH: &str = "refresh-token-0a9b8c7d6e";

fn platform(url: &str) -> TikiClient {
    let config = Config::new(Credentials::Signing {
        client_id: CLIENT.to_owned(),
        secret: Secret::new(SECRET),
    })
    .base_url(url);
    TikiClient::new(config).expect("client")
}

/// The grant of an exchange's or a refresh's answer (each endpoint has its own `AuthToken`).
macro_rules! grant_of {
    ($token:expr) => {{
        let token = $token;
        Grant {
            access_token: Secret::new(token.access_token),
            refresh_token: token.refresh_token.map(Secret::new),
            expires_in: token.expires_in.and_then(|s| u64::try_from(s).ok()),
            scopes: token.scopes.unwrap_or_default(),
        }
    }};
}

/// A session whose refresher calls Tiki's refresh endpoint at `url`.
fn session(first: Grant, url: &str) -> TokenSession {
    let tiki = Arc::new(platform(url));
    TokenSession::new(first, move |refresh_token: String| {
        let tiki = Arc::clone(&tiki);
        async move {
            let answer = tiki
                .auth_token_refresh(&auth_token_refresh::Request::new(refresh_token))
                .await?;
            Ok(grant_of!(answer.data))
        }
    })
}

fn profile(url: &str, session: TokenSession) -> TikiClient {
    TikiClient::new(Config::new(Credentials::User(session)).base_url(url)).expect("client")
}

fn token_answer(access: &str, expires_in: u64) -> String {
    format!(
        r#"{{"data":{{"access_token":"{access}","expires_in":{expires_in},"refresh_token":"{REFRESH}","scopes":["offline","user_profile"],"token_type":"bearer"}},"error":null}}"#
    )
}

#[tokio::test]
async fn an_exchanged_code_reads_the_profile_with_its_token() {
    let platform_server = serve(|request: &Received| {
        let body = String::from_utf8_lossy(&request.body);
        match request.path.as_str() {
            "/oauth/auth/token"
                if tiki_signature_ok(request, CLIENT, SECRET) && body.contains(CODE) =>
            {
                Reply::json(200, token_answer("access-one-1234abcd", 3600))
            }
            _ => Reply::json(400, r#"{"data":null,"error":{"code":400,"message":"no"}}"#),
        }
    })
    .await;
    let profiles = serve(|request: &Received| match request.header("authorization") {
        Some("Bearer access-one-1234abcd") => Reply::json(200, r#"{"customer_id":1}"#),
        _ => Reply::json(401, r#"{"error":"unauthorized"}"#),
    })
    .await;
    let answer = platform(&platform_server.url)
        .auth_token_exchange(&auth_token_exchange::Request::new(CODE))
        .await
        .expect("exchanged");
    let session = session(grant_of!(answer.data), &platform_server.url);
    let me = profile(&profiles.url, session)
        .user_profile()
        .await
        .expect("the profile");
    assert_eq!(me.unknown_fields["customer_id"], 1);
}

#[tokio::test]
async fn a_token_of_no_lifetime_is_refreshed_before_each_use() {
    let refreshes = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&refreshes);
    let platform_server = serve(move |request: &Received| {
        let n = counted.fetch_add(1, Ordering::SeqCst) + 1;
        assert_eq!(request.path, "/oauth/auth/token/refresh");
        Reply::json(200, token_answer(&format!("access-{n}-fresh-token"), 0))
    })
    .await;
    let profiles = serve(|request: &Received| {
        Reply::json(
            200,
            format!(
                r#"{{"seen":"{}"}}"#,
                request.header("authorization").unwrap_or_default()
            ),
        )
    })
    .await;
    let first = Grant {
        access_token: Secret::new("access-0-expired-token"),
        refresh_token: Some(Secret::new(REFRESH)),
        expires_in: Some(0),
        scopes: Vec::new(),
    };
    let client = profile(&profiles.url, session(first, &platform_server.url));
    for n in 1..=2 {
        let seen = client.user_profile().await.expect("profile");
        assert_eq!(
            seen.unknown_fields["seen"],
            format!("Bearer access-{n}-fresh-token")
        );
    }
    assert_eq!(refreshes.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_refused_refresh_is_a_typed_error_and_nothing_is_sent() {
    let platform_server = serve(|_: &Received| {
        Reply::json(
            400,
            r#"{"data":null,"error":{"code":400,"reason":"invalid_token","message":"invalid refresh token"}}"#,
        )
    })
    .await;
    let profiles = serve(|_| Reply::json(200, "{}")).await;
    let first = Grant {
        access_token: Secret::new("access-stale-5e6f7a8b"),
        refresh_token: Some(Secret::new(REFRESH)),
        expires_in: Some(0),
        scopes: Vec::new(),
    };
    let error = profile(&profiles.url, session(first, &platform_server.url))
        .user_profile()
        .await
        .expect_err("refused");
    let Error::Refresh {
        source: Some(source),
        ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(source.status(), Some(400), "{source:?}");
    assert_eq!(profiles.requests(), 0);
}

#[tokio::test]
async fn an_echoing_server_never_gets_a_token_or_the_secret_printed() {
    let echo = serve(|request: &Received| {
        let echoed = format!(
            "{} {}",
            request.headers_text(),
            String::from_utf8_lossy(&request.body)
        );
        Reply::Body(400, "text/plain", echoed.into_bytes())
    })
    .await;
    let first = Grant {
        access_token: Secret::new("access-echoed-9c8d7e6f"),
        refresh_token: Some(Secret::new(REFRESH)),
        expires_in: Some(0),
        scopes: Vec::new(),
    };
    // The refresh call is echoed (its body holds the refresh token)…
    let refresh_error = profile(&echo.url, session(first, &echo.url))
        .user_profile()
        .await
        .expect_err("echoed");
    // …and so is a profile call with a good token.
    let held = Grant {
        access_token: Secret::new("access-echoed-9c8d7e6f"),
        refresh_token: Some(Secret::new(REFRESH)),
        expires_in: Some(3600),
        scopes: Vec::new(),
    };
    let profile_error = profile(&echo.url, session(held, &echo.url))
        .user_profile()
        .await
        .expect_err("echoed");
    for error in [refresh_error, profile_error] {
        let printed = format!("{error} {error:?}");
        for secret in [REFRESH, "access-echoed-9c8d7e6f", SECRET] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        assert!(printed.contains("[redacted]"), "{printed}");
    }
}

#[tokio::test]
async fn a_redirect_elsewhere_is_not_followed_with_a_code_or_a_token() {
    let other = serve(|_| Reply::json(200, token_answer("stolen", 3600))).await;
    let location = format!("{}/oauth/auth/token", other.url);
    let redirecting = serve(move |_| Reply::Redirect(307, location.clone())).await;
    let exchange = platform(&redirecting.url)
        .auth_token_exchange(&auth_token_exchange::Request::new(CODE))
        .await
        .expect_err("redirected");
    assert!(
        matches!(exchange, Error::Redirect { status: 307, .. }),
        "{exchange:?}"
    );
    let held = Grant {
        access_token: Secret::new("access-kept-home-1a2b"),
        refresh_token: None,
        expires_in: Some(3600),
        scopes: Vec::new(),
    };
    let read = profile(&redirecting.url, session(held, &redirecting.url))
        .user_profile()
        .await
        .expect_err("redirected");
    assert!(
        matches!(read, Error::Redirect { status: 307, .. }),
        "{read:?}"
    );
    assert_eq!(other.requests(), 0, "{:?}", other.received());
}

#[tokio::test]
async fn a_grant_without_the_profiles_scope_sends_nothing() {
    let profiles = serve(|_| Reply::json(200, "{}")).await;
    let grant = Grant {
        access_token: Secret::new("access-no-scope-3c4d"),
        refresh_token: None,
        expires_in: Some(3600),
        scopes: vec!["offline".to_owned()],
    };
    let error = profile(&profiles.url, session(grant, &profiles.url))
        .user_profile()
        .await
        .expect_err("lacks user_profile");
    assert!(error.to_string().contains("user_profile"), "{error}");
    assert_eq!(profiles.requests(), 0);
}
