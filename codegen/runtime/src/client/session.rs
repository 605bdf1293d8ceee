//! A token a user granted the app (the authorization code grant), kept and refreshed: endpoints
//! whose spec says `auth: { user_token: … }` take their bearer token from a [`TokenSession`].
//!
//! The vendor decides how a code becomes a token and how a token is refreshed (Tiki's are
//! signed JSON calls of their own); the session is given the first [`Grant`] and a
//! [`Refresher`] that makes the refresh call, and does the rest: it refreshes shortly before
//! the token expires, one refresh at a time however many calls wait, uses a token it just got
//! even when the server gave it no lifetime (`expires_in: 0`), and turns a failed refresh into
//! [`Error::Refresh`].

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use super::config::system_millis;
use super::oauth::renew_at;
use super::{Clock, Error, Redactor, Secret};

/// What a grant or a refresh gave.
#[derive(Clone, PartialEq, Eq)]
pub struct Grant {
    /// The access token, sent as `Authorization: Bearer …`.
    pub access_token: Secret,
    /// The token that gets the next access token; `None` when the user granted no offline
    /// access (the session then ends when the access token expires).
    pub refresh_token: Option<Secret>,
    /// Seconds the access token lives, as the server said; `None` when it did not say.
    pub expires_in: Option<u64>,
    /// The scopes granted; empty when the server did not say.
    pub scopes: Vec<String>,
}

impl fmt::Debug for Grant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Grant")
            .field("access_token", &self.access_token)
            .field("refresh_token", &self.refresh_token)
            .field("expires_in", &self.expires_in)
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// A boxed future of a refresh.
pub type Refreshing<'a> = Pin<Box<dyn Future<Output = Result<Grant, Error>> + Send + 'a>>;

/// Makes the vendor's refresh call with a refresh token.
pub trait Refresher: Send + Sync {
    /// The grant the refresh token gets.
    fn refresh<'a>(&'a self, refresh_token: &'a str) -> Refreshing<'a>;
}

impl<F, Fut> Refresher for F
where
    F: Fn(String) -> Fut + Send + Sync,
    Fut: Future<Output = Result<Grant, Error>> + Send + 'static,
{
    fn refresh<'a>(&'a self, refresh_token: &'a str) -> Refreshing<'a> {
        Box::pin(self(refresh_token.to_owned()))
    }
}

/// A user's token, shared by every clone (and every client configured with it).
#[derive(Clone)]
pub struct TokenSession(Arc<Inner>);

struct Inner {
    held: tokio::sync::Mutex<Held>,
    refresher: Box<dyn Refresher>,
    clock: Clock,
}

struct Held {
    grant: Grant,
    /// Milliseconds since the Unix epoch from which the token is refreshed before use.
    renew_at: Option<u64>,
}

/// The access token for one call, with the scopes granted.
pub(super) struct UserToken {
    pub(super) value: String,
    pub(super) scopes: Vec<String>,
    /// Every secret the session holds, for the redactor.
    pub(super) secrets: Vec<String>,
}

impl TokenSession {
    /// A session from the first grant (the code exchange's answer), refreshed by `refresher`.
    pub fn new(grant: Grant, refresher: impl Refresher + 'static) -> Self {
        Self::with_clock(grant, refresher, Arc::new(system_millis))
    }

    /// [`new`](Self::new) with a clock in milliseconds since the Unix epoch (tests set one).
    pub fn with_clock(grant: Grant, refresher: impl Refresher + 'static, clock: Clock) -> Self {
        let renew_at = renew_at(grant.expires_in, clock());
        Self(Arc::new(Inner {
            held: tokio::sync::Mutex::new(Held { grant, renew_at }),
            refresher: Box::new(refresher),
            clock,
        }))
    }

    /// The grant held now (after any refresh so far).
    pub async fn grant(&self) -> Grant {
        self.0.held.lock().await.grant.clone()
    }

    /// The access token to send now: the one held while it is good, else a refreshed one.
    pub(super) async fn token(&self) -> Result<UserToken, Error> {
        let mut held = self.0.held.lock().await;
        let now = (self.0.clock)();
        if held.renew_at.is_some_and(|at| now >= at) {
            let Some(refresh) = held.grant.refresh_token.clone() else {
                return Err(Error::Refresh {
                    message: "the access token expired and the grant has no refresh token (ask the user again, with offline access)".to_owned(),
                    source: None,
                });
            };
            let grant = self
                .0
                .refresher
                .refresh(refresh.expose())
                .await
                .map_err(|error| {
                    // The refresh call's own client knows its signing secret, not that the
                    // body it sent holds a refresh token: an echoing server must not print it.
                    let held = [refresh.expose(), held.grant.access_token.expose()];
                    let error = error.redacted(&Redactor::new(held));
                    Error::Refresh {
                        message: format!("the refresh call failed: {error}"),
                        source: Some(Box::new(error)),
                    }
                })?;
            if grant.access_token.expose().is_empty() {
                return Err(Error::Refresh {
                    message: "the refresh answer holds no access token".to_owned(),
                    source: None,
                });
            }
            let now = (self.0.clock)();
            // A refresh that names no new refresh token keeps the old one (RFC 6749 §6).
            let refresh_token = grant.refresh_token.clone().or(Some(refresh));
            // A token that lives 0 s is still used for this call, and refreshed for the next.
            held.renew_at = renew_at(grant.expires_in, now);
            held.grant = Grant {
                refresh_token,
                ..grant
            };
        }
        let grant = &held.grant;
        let mut secrets = vec![grant.access_token.expose().to_owned()];
        secrets.extend(grant.refresh_token.iter().map(|t| t.expose().to_owned()));
        Ok(UserToken {
            value: grant.access_token.expose().to_owned(),
            scopes: grant.scopes.clone(),
            secrets,
        })
    }
}

impl fmt::Debug for TokenSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenSession(redacted)")
    }
}

/// Two sessions are equal when they are the same session.
impl PartialEq for TokenSession {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for TokenSession {}
