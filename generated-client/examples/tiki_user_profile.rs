//! Exchanges an auth code the Tini App got from `my.getAuthCode` for the user's token, then
//! reads the user's profile with it, refreshing the token when it is due.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_user_profile -- [--base-url URL] <auth_code>
//! ```
//!
//! `--base-url` points both the Platform API (the exchange, signed) and the profile's host at
//! one server, as a stand-in serves them.

mod common;

use std::process::ExitCode;
use std::sync::Arc;

use generated_client::codegen_runtime::client::{Config, Credentials, Grant, Secret, TokenSession};
use generated_client::tiki::{TikiClient, auth_token_exchange, auth_token_refresh};

const USAGE: &str = "tiki_user_profile [--base-url URL] <auth_code>";

/// The grant in a token answer (the exchange's and the refresh's types are each their own).
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

#[tokio::main]
async fn main() -> ExitCode {
    let signing = match common::tiki_signing() {
        Ok(config) => config,
        Err(code) => return code,
    };
    let (signing, args) = match common::with_arguments(signing, USAGE, 1) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let platform = match TikiClient::new(signing.clone()) {
        Ok(client) => Arc::new(client),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let grant = match platform
        .auth_token_exchange(&auth_token_exchange::Request::new(args[0].as_str()))
        .await
    {
        Ok(answer) => grant_of!(answer.data),
        Err(error) => {
            eprintln!("error: exchanging the auth code: {error}");
            return ExitCode::FAILURE;
        }
    };
    let refresher = Arc::clone(&platform);
    let session = TokenSession::new(grant, move |refresh_token: String| {
        let platform = Arc::clone(&refresher);
        async move {
            let answer = platform
                .auth_token_refresh(&auth_token_refresh::Request::new(refresh_token))
                .await?;
            Ok(grant_of!(answer.data))
        }
    });
    // The profile's own host, unless `--base-url` points everything at one server.
    let mut profile_config = Config::new(Credentials::User(session));
    if let Some(url) = signing.configured_base_url() {
        profile_config = profile_config.base_url(url);
    }
    let profile = match TikiClient::new(profile_config) {
        Ok(client) => client.user_profile().await,
        Err(error) => Err(error),
    };
    match profile {
        Ok(profile) => {
            let text = generated_client::codegen_runtime::serde_json::to_string(&profile)
                .unwrap_or_default();
            println!("profile {text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: reading the profile: {error}");
            ExitCode::FAILURE
        }
    }
}
