//! Checking a request's authentication the way the vendor does: the key, the token, the user
//! and password, or the signature recomputed from the bytes received within a timestamp window.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use codegen_core::codegen_runtime::TimestampUnit;
use codegen_core::codegen_runtime::signing::{Signed, sign};
use codegen_core::ir::{Auth, Hmac};

/// How far a signature's timestamp may be from the stand-in's clock, either way.
pub const SIGNATURE_WINDOW: Duration = Duration::from_secs(300);

/// What a service's callers authenticate with. A credential left out is not checked: any
/// non-empty value is taken (a stand-in started without them still checks that one is sent).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// An API key (header or query), or a bearer token.
    pub api_key: Option<String>,
    /// A user name (basic auth).
    pub username: Option<String>,
    /// A password (basic auth).
    pub password: Option<String>,
    /// A client id (signed requests, OAuth clients).
    pub client_id: Option<String>,
    /// The secret a client signs with, or an OAuth client's secret.
    pub client_secret: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |value: &Option<String>| if value.is_some() { "set" } else { "unset" };
        f.debug_struct("Credentials")
            .field("api_key", &set(&self.api_key))
            .field("username", &self.username)
            .field("password", &set(&self.password))
            .field("client_id", &self.client_id)
            .field("client_secret", &set(&self.client_secret))
            .finish()
    }
}

impl Credentials {
    /// The variables the shipped examples read, named after the service (`LADIFLOW_API_KEY`;
    /// `TIKI_CLIENT_KEY` and `TIKI_CLIENT_SECRET`): `<SERVICE>_API_KEY` (or `_TOKEN`),
    /// `_USERNAME`, `_PASSWORD`, `_CLIENT_KEY` (or `_CLIENT_ID`) and `_CLIENT_SECRET`.
    pub fn from_env(service: &str) -> Self {
        let prefix = service.to_uppercase().replace('-', "_");
        let var = |name: &str| {
            std::env::var(format!("{prefix}_{name}"))
                .ok()
                .filter(|value| !value.is_empty())
        };
        Self {
            api_key: var("API_KEY").or_else(|| var("TOKEN")),
            username: var("USERNAME"),
            password: var("PASSWORD"),
            client_id: var("CLIENT_KEY").or_else(|| var("CLIENT_ID")),
            client_secret: var("CLIENT_SECRET"),
        }
    }
}

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) message: String,
    /// The signature did not verify (the vendor answers these with its own documented error).
    pub(crate) signature: bool,
}

impl Refusal {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            signature: false,
        }
    }
}

/// What a request carries that authentication reads.
pub(crate) struct Presented<'a> {
    pub(crate) header: &'a dyn Fn(&str) -> Option<String>,
    pub(crate) query: &'a dyn Fn(&str) -> Option<String>,
    /// The request target below the service's base URL, as received.
    pub(crate) target: &'a str,
    pub(crate) body: Option<&'a [u8]>,
    /// Access tokens this stand-in handed out.
    pub(crate) issued: &'a dyn Fn(&str) -> bool,
}

/// Checks `presented` against `auth` with `expected`.
pub(crate) fn check(
    auth: &Auth,
    expected: &Credentials,
    presented: &Presented,
) -> Result<(), Refusal> {
    let matches = |expected: &Option<String>, got: &str| {
        !got.is_empty()
            && expected
                .as_deref()
                .is_none_or(|e| same(e.as_bytes(), got.as_bytes()))
    };
    match auth {
        Auth::None => Ok(()),
        Auth::ApiKeyHeader { header } => match (presented.header)(header) {
            Some(key) if matches(&expected.api_key, &key) => Ok(()),
            Some(_) => Err(Refusal::new(format!("the key in `{header}` is not valid"))),
            None => Err(Refusal::new(format!(
                "the `{header}` header with the API key is missing"
            ))),
        },
        Auth::ApiKeyQuery { name } => match (presented.query)(name) {
            Some(key) if matches(&expected.api_key, &key) => Ok(()),
            Some(_) => Err(Refusal::new(format!("the key in `{name}` is not valid"))),
            None => Err(Refusal::new(format!(
                "the `{name}` query parameter with the API key is missing"
            ))),
        },
        Auth::BearerToken => match bearer(presented) {
            Some(token) if matches(&expected.api_key, &token) => Ok(()),
            Some(_) => Err(Refusal::new("the bearer token is not valid")),
            None => Err(Refusal::new("`Authorization: Bearer …` is missing")),
        },
        // The user's grant happens in the vendor's app: a token the stand-in's exchange or
        // refresh answered with, or the one configured (`<SERVICE>_TOKEN`).
        Auth::UserToken { .. } => match bearer(presented) {
            Some(token)
                if (presented.issued)(&token)
                    || expected
                        .api_key
                        .as_deref()
                        .is_some_and(|key| same(key.as_bytes(), token.as_bytes())) =>
            {
                Ok(())
            }
            Some(_) => Err(Refusal::new(
                "the token was not granted (exchange an auth code first)",
            )),
            None => Err(Refusal::new("`Authorization: Bearer …` is missing")),
        },
        Auth::OAuth2ClientCredentials { .. } => match bearer(presented) {
            Some(token) if (presented.issued)(&token) => Ok(()),
            Some(_) => Err(Refusal::new(
                "the access token was not issued by the token endpoint",
            )),
            None => Err(Refusal::new("`Authorization: Bearer …` is missing")),
        },
        Auth::Basic => match basic_pair((presented.header)("authorization").as_deref()) {
            Some((user, password))
                if matches(&expected.username, &user) && matches(&expected.password, &password) =>
            {
                Ok(())
            }
            Some(_) => Err(Refusal::new("the user name or password is not valid")),
            None => Err(Refusal::new("`Authorization: Basic …` is missing")),
        },
        Auth::HmacSignature(hmac) => signed(hmac, expected, presented),
    }
}

fn bearer(presented: &Presented) -> Option<String> {
    (presented.header)("authorization").and_then(|value| {
        value
            .strip_prefix("Bearer ")
            .map(|token| token.trim().to_owned())
    })
}

/// A signed request: the client id, a timestamp within [`SIGNATURE_WINDOW`], and the
/// signature recomputed over the received bytes.
fn signed(hmac: &Hmac, expected: &Credentials, presented: &Presented) -> Result<(), Refusal> {
    let header = |name: &str| (presented.header)(name);
    let client_id = header(&hmac.client_id_header).ok_or_else(|| {
        Refusal::new(format!("the `{}` header is missing", hmac.client_id_header))
    })?;
    if let Some(expected) = &expected.client_id
        && !same(expected.as_bytes(), client_id.as_bytes())
    {
        return Err(Refusal::new(format!(
            "`{}` names no client this service knows",
            hmac.client_id_header
        )));
    }
    let timestamp: u64 = header(&hmac.timestamp_header)
        .and_then(|value| value.trim().parse().ok())
        .ok_or_else(|| {
            Refusal::new(format!(
                "the `{}` header is missing or not a number",
                hmac.timestamp_header
            ))
        })?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let sent = match hmac.timestamp {
        TimestampUnit::UnixMillis => Duration::from_millis(timestamp),
        TimestampUnit::UnixSeconds => Duration::from_secs(timestamp),
    };
    let apart = sent.abs_diff(now);
    if apart > SIGNATURE_WINDOW {
        return Err(Refusal {
            message: format!(
                "the timestamp is {} s from now; a signature is valid for {} s either way",
                apart.as_secs(),
                SIGNATURE_WINDOW.as_secs()
            ),
            signature: true,
        });
    }
    let signature = header(&hmac.signature_header).unwrap_or_default();
    let Some(secret) = &expected.client_secret else {
        // No secret to check against: any signature that is there is taken.
        return if signature.is_empty() {
            Err(Refusal::new(format!(
                "the `{}` header is missing",
                hmac.signature_header
            )))
        } else {
            Ok(())
        };
    };
    let computed = sign(
        hmac,
        timestamp,
        &client_id,
        secret.as_bytes(),
        Signed {
            body: presented.body,
            target: presented.target,
        },
    );
    if same(computed.as_bytes(), signature.as_bytes()) {
        Ok(())
    } else {
        Err(Refusal {
            message: "the signature does not match the request".to_owned(),
            signature: true,
        })
    }
}

/// Equal bytes, compared in a time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The user (or client id) and password (or secret) of an `Authorization: Basic …` header.
pub(crate) fn basic_pair(authorization: Option<&str>) -> Option<(String, String)> {
    use base64::Engine as _;
    let encoded = authorization?.strip_prefix("Basic ")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let pair = String::from_utf8(bytes).ok()?;
    let (user, password) = pair.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}
