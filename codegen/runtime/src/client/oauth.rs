//! Access tokens for OAuth 2.0 endpoints (the client credentials grant, RFC 6749 §4.4): asked
//! for at the spec's token endpoint with the client's id and secret, kept until shortly before
//! they expire, and shared by every call (and clone) of a transport.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use serde::Deserialize;

use super::transport::Received;
use super::{Credentials, Error, Transport, basic_credentials};
use crate::{ClientAuth, EndpointInfo, OAuth2ClientCredentials};

/// A token is renewed this long before the server said it expires (or at half its life, for
/// a short one), so that it does not expire on the way.
const EARLY_MILLIS: u64 = 30_000;

/// The tokens a transport holds, by token endpoint and scopes, and the lock that lets one call
/// at a time ask for a token: calls that find none wait for that one answer instead of each
/// asking the token endpoint.
#[derive(Default)]
pub(super) struct Tokens(Mutex<HashMap<String, Held>>, tokio::sync::Mutex<()>);

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = self.0.lock().map_or(0, |tokens| tokens.len());
        write!(f, "Tokens({held} held)")
    }
}

#[derive(Clone)]
struct Held {
    value: String,
    /// Milliseconds since the Unix epoch after which it is not used; `None` when the server
    /// gave no lifetime (then it is used until refused).
    renew_at: Option<u64>,
}

/// An access token for one call.
pub(super) struct AccessToken {
    pub(super) value: String,
    /// Asked for just now, rather than held from before.
    pub(super) fresh: bool,
}

/// What a token endpoint answers (RFC 6749 §5.1); other members are ignored.
#[derive(Deserialize)]
struct Answer {
    access_token: String,
    #[serde(default)]
    token_type: Option<String>,
    #[serde(default)]
    expires_in: Option<u64>,
}

impl Transport {
    /// The token for `scheme`: the one held, while it is good, or a new one. Either way it
    /// joins `secrets`, so that no error prints it.
    pub(super) async fn access_token(
        &self,
        endpoint: &EndpointInfo,
        scheme: &OAuth2ClientCredentials,
        secrets: &mut Vec<String>,
    ) -> Result<AccessToken, Error> {
        let url = self.token_url(endpoint, scheme)?;
        let key = token_key(&url, scheme);
        if let Some(token) = self.held_token(&key, secrets) {
            return Ok(token);
        }
        // One request for a token at a time; whoever waited finds the token it brought.
        let _asking = self.tokens.1.lock().await;
        if let Some(token) = self.held_token(&key, secrets) {
            return Ok(token);
        }
        let now = (self.config.clock)();
        let held = self.ask_for_token(&url, scheme, now, secrets).await?;
        let value = held.value.clone();
        self.tokens
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, held);
        Ok(AccessToken { value, fresh: true })
    }

    /// The token held under `key` while it is good (it joins `secrets`).
    fn held_token(&self, key: &str, secrets: &mut Vec<String>) -> Option<AccessToken> {
        let now = (self.config.clock)();
        let held = self
            .tokens
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .filter(|held| held.renew_at.is_none_or(|at| now < at))
            .cloned()?;
        secrets.push(held.value.clone());
        Some(AccessToken {
            value: held.value,
            fresh: false,
        })
    }

    /// Drops the token held for `scheme` (the server refused it).
    pub(super) fn forget_token(
        &self,
        endpoint: &EndpointInfo,
        scheme: &OAuth2ClientCredentials,
    ) -> Result<(), Error> {
        let key = token_key(&self.token_url(endpoint, scheme)?, scheme);
        self.tokens
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&key);
        Ok(())
    }

    /// The token endpoint's URL: the spec's absolute URL, or its path joined to the server URL
    /// the endpoint is called at (`Config::base_url` included).
    fn token_url(
        &self,
        endpoint: &EndpointInfo,
        scheme: &OAuth2ClientCredentials,
    ) -> Result<String, Error> {
        if scheme.token_url.starts_with('/') {
            Ok(format!("{}{}", self.base_url(endpoint)?, scheme.token_url))
        } else {
            Ok(scheme.token_url.to_owned())
        }
    }

    async fn ask_for_token(
        &self,
        url: &str,
        scheme: &OAuth2ClientCredentials,
        now: u64,
        secrets: &mut Vec<String>,
    ) -> Result<Held, Error> {
        let Credentials::OAuthClient {
            client_id,
            client_secret,
        } = &self.config.credentials
        else {
            return Err(Error::Config(
                "an OAuth 2.0 endpoint needs Credentials::OAuthClient { client_id, client_secret }"
                    .to_owned(),
            ));
        };
        let mut form = vec![("grant_type", "client_credentials")];
        let scopes = scheme.scopes.join(" ");
        if !scopes.is_empty() {
            form.push(("scope", &scopes));
        }
        let mut call = self
            .http
            .post(url)
            .timeout(self.config.timeout)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            );
        match scheme.client_auth {
            ClientAuth::Basic => {
                let credentials = basic_credentials(client_id, client_secret.expose());
                call = call.header(
                    reqwest::header::AUTHORIZATION,
                    format!("Basic {credentials}"),
                );
            }
            ClientAuth::Body => {
                form.push(("client_id", client_id));
                form.push(("client_secret", client_secret.expose()));
            }
        }
        let body: Vec<String> = form
            .iter()
            .map(|(name, value)| {
                let value = crate::params::percent_encode(value);
                format!("{name}={value}")
            })
            .collect();
        let failed = |message: String| Error::Token {
            url: url.to_owned(),
            message,
        };
        let Received { status, bytes, .. } = self.answer(url, call.body(body.join("&"))).await?;
        if !(200..300).contains(&status) {
            // The whole body: redaction cuts it to an excerpt once the secrets are out, or a
            // secret cut in half would survive.
            let text = String::from_utf8_lossy(&bytes);
            return Err(failed(format!("HTTP {status}: {text}")));
        }
        let answer: Answer = serde_json::from_slice(&bytes).map_err(|error| {
            failed(format!(
                "the answer is not a token ({error}); expected {{\"access_token\": …, \"token_type\": \"Bearer\"}}"
            ))
        })?;
        secrets.push(answer.access_token.clone());
        if answer.access_token.is_empty() {
            return Err(failed("the answer's access_token is empty".to_owned()));
        }
        if let Some(kind) = answer
            .token_type
            .as_deref()
            .filter(|kind| !kind.eq_ignore_ascii_case("bearer"))
        {
            return Err(failed(format!(
                "the token's type is `{kind}`; only bearer tokens are sent"
            )));
        }
        let renew_at = renew_at(answer.expires_in, now);
        Ok(Held {
            value: answer.access_token,
            renew_at,
        })
    }
}

/// When a token received at `now` (ms) that lives `expires_in` seconds is renewed: 30 s before
/// it expires, or at half its life when that is shorter; `None` when the server gave no
/// lifetime. Client-credentials tokens and a user's `TokenSession` both follow it.
pub(super) fn renew_at(expires_in: Option<u64>, now: u64) -> Option<u64> {
    let life = expires_in?.saturating_mul(1000);
    Some(now.saturating_add(life - EARLY_MILLIS.min(life / 2)))
}

fn token_key(url: &str, scheme: &OAuth2ClientCredentials) -> String {
    format!("{url} {}", scheme.scopes.join(" "))
}
