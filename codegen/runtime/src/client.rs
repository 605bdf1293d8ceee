//! The HTTP side of generated clients: configuration, authentication, sending, and the one
//! error type every call returns. Generated per-service clients are thin wrappers over
//! [`Transport::send`].

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::signing::{Signed, sign};
use crate::{
    AuthScheme, BodyStatus, DecodeError, EndpointInfo, ParamValues, Parameters, Report,
    TimestampUnit, Validate,
};

pub use futures_util::{Stream, StreamExt};

mod oauth;

/// A credential that never appears in `Debug` output, error messages or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

/// What a client authenticates with; which one a service needs comes from its spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials.
    None,
    /// An API key sent in a header.
    ApiKey(Secret),
    /// A bearer token, sent as `Authorization: Bearer <token>`.
    Token(Secret),
    /// A user name and password, sent as `Authorization: Basic …`.
    Basic {
        /// The user name; sent, but not a secret on its own.
        username: String,
        /// Never printed.
        password: Secret,
    },
    /// An OAuth 2.0 client's id and secret, exchanged at the spec's token endpoint for an
    /// access token (the client credentials grant); the token is kept until it expires.
    OAuthClient {
        /// Sent to the token endpoint.
        client_id: String,
        /// Sent to the token endpoint only; never printed.
        client_secret: Secret,
    },
    /// A public client id and the secret it signs with.
    Signing {
        /// Sent in the client-id header.
        client_id: String,
        /// Signs; never sent.
        secret: Secret,
    },
}

/// Milliseconds since the Unix epoch; injectable so tests are deterministic.
pub type Clock = Arc<dyn Fn() -> u64 + Send + Sync>;

/// Settings a caller adds to the HTTP client (proxies, TLS roots, pools, timeouts).
pub type HttpSettings = Arc<dyn Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync>;

/// How a client reaches a service.
#[derive(Clone)]
pub struct Config {
    credentials: Credentials,
    environment: Option<String>,
    base_url: Option<String>,
    http: Option<HttpSettings>,
    timeout: Duration,
    max_response_bytes: usize,
    clock: Clock,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("credentials", &self.credentials)
            .field("environment", &self.environment)
            .field("base_url", &self.base_url.as_deref().map(without_userinfo))
            .field("timeout", &self.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Default request timeout.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
    /// Default cap on a response body.
    pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

    /// The spec's first (default) environment, a 30 s timeout and a 4 MiB response cap.
    pub fn new(credentials: Credentials) -> Self {
        Self {
            credentials,
            environment: None,
            base_url: None,
            http: None,
            timeout: Self::DEFAULT_TIMEOUT,
            max_response_bytes: Self::DEFAULT_MAX_RESPONSE_BYTES,
            clock: Arc::new(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |since| {
                        u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
                    })
            }),
        }
    }

    /// Use the spec's environment `name` (`production`, `sandbox`).
    #[must_use]
    pub fn environment(mut self, name: impl Into<String>) -> Self {
        self.environment = Some(name.into());
        self
    }

    /// Use this base URL instead of the spec's (a proxy, a test server).
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into().trim_end_matches('/').to_owned());
        self
    }

    /// Build the HTTP client with these settings (proxies, custom TLS, pool sizes).
    ///
    /// A ready-made `reqwest::Client` is not taken: its redirect policy would decide whether
    /// credentials follow a redirect to another host. The transport applies `settings` and
    /// then turns redirects off, whatever `settings` did (see [`Error::Redirect`]).
    #[must_use]
    pub fn http_client(
        mut self,
        settings: impl Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync + 'static,
    ) -> Self {
        self.http = Some(Arc::new(settings));
        self
    }

    /// Give up on a call after this long.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Refuse response bodies larger than this.
    #[must_use]
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Read signature timestamps from this clock (milliseconds since the Unix epoch).
    #[must_use]
    pub fn clock(mut self, clock: impl Fn() -> u64 + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }
}

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request breaks its spec; nothing was sent.
    Validation(Report),
    /// The configuration cannot reach the endpoint (unknown environment, wrong credentials).
    Config(String),
    /// The request could not be sent or the response not read (connection refused, reset).
    Transport {
        /// The URL called.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// No complete response within the timeout.
    Timeout {
        /// The URL called.
        url: String,
        /// The timeout.
        after: Duration,
    },
    /// A non-2xx status whose body is not the vendor's error body.
    Status {
        /// The HTTP status.
        status: u16,
        /// The start of the body, as text.
        excerpt: String,
    },
    /// The vendor says the call failed: its error body, or a failure code in its envelope.
    Vendor {
        /// The HTTP status.
        status: u16,
        /// The vendor's code.
        code: Option<i64>,
        /// The vendor's message.
        message: Option<String>,
        /// The vendor's reason.
        reason: Option<String>,
    },
    /// The response is not JSON, or does not fit the spec's response type.
    Decode(DecodeError),
    /// The response body is larger than the configured cap.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// Walking the pages of a list went wrong (a page repeated the one before it).
    Paging(String),
    /// The token endpoint did not give an access token (an error status, a redirect, an
    /// answer that is not a bearer token).
    Token {
        /// The token endpoint called.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// An error status the spec documents with a body of its own; the endpoint's generated
    /// `StatusError::decode(status, &body)` reads it as its type.
    Documented {
        /// The HTTP status.
        status: u16,
        /// The body, as text (scrubbed of secrets, bounded by the response cap).
        body: String,
    },
    /// The server answered with a redirect, which is never followed: credentials and
    /// signatures go to the configured server only, a signed request is bound to its target,
    /// and a POST that a 301/302/303 turns into a GET must not pass for a success. This holds
    /// for a redirect to the same origin too: an API that moved is a configuration to update
    /// (`Config::base_url`), not something to retry silently.
    Redirect {
        /// The HTTP status (3xx).
        status: u16,
        /// Where the server pointed (without any user name or password in it), if it said.
        location: Option<String>,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Validation(report) => write!(
                f,
                "the request breaks its spec; nothing was sent:\n{report}"
            ),
            Self::Config(message) => write!(f, "client configuration: {message}"),
            Self::Transport { url, message } => write!(f, "calling {url} failed: {message}"),
            Self::Timeout { url, after } => write!(f, "calling {url} timed out after {after:?}"),
            Self::Status { status, excerpt } => write!(f, "HTTP {status}: {excerpt}"),
            Self::Vendor {
                status,
                code,
                message,
                reason,
            } => {
                write!(f, "the vendor refused the call (HTTP {status}")?;
                if let Some(code) = code {
                    write!(f, ", code {code}")?;
                }
                f.write_str(")")?;
                if let Some(message) = message {
                    write!(f, ": {message}")?;
                }
                if let Some(reason) = reason.as_deref().filter(|r| !r.is_empty()) {
                    write!(f, " ({reason})")?;
                }
                Ok(())
            }
            Self::Decode(error) => write!(f, "the response does not fit the spec at {error}"),
            Self::TooLarge { limit } => write!(f, "the response is larger than {limit} bytes"),
            Self::Documented { status, body } => {
                write!(f, "HTTP {status} (a documented error): {}", excerpt(body))
            }
            Self::Paging(message) => write!(f, "paging through the list: {message}"),
            Self::Token { url, message } => {
                write!(f, "getting an access token from {url} failed: {message}")
            }
            Self::Redirect { status, location } => {
                write!(f, "HTTP {status}: the server redirects")?;
                match location {
                    Some(location) => write!(f, " to {location}")?,
                    None => f.write_str(" without a location")?,
                }
                f.write_str("; redirects are not followed, so credentials never leave the configured server")
            }
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The HTTP status the server answered with, for the errors that carry one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. }
            | Self::Vendor { status, .. }
            | Self::Documented { status, .. }
            | Self::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The same error with every occurrence of a secret, and any user name and password in a
    /// URL, replaced: a server that echoes request headers, or a base URL with userinfo, must
    /// not put them in printed text.
    fn redacted(self, secrets: &Redactor) -> Self {
        let clean = |text: String| secrets.redact(&without_userinfo(&text));
        match self {
            Self::Transport { url, message } => Self::Transport {
                url: clean(url),
                message: clean(message),
            },
            Self::Timeout { url, after } => Self::Timeout {
                url: clean(url),
                after,
            },
            Self::Status {
                status,
                excerpt: body,
            } => Self::Status {
                status,
                excerpt: excerpt(&clean(body)),
            },
            Self::Vendor {
                status,
                code,
                message,
                reason,
            } => Self::Vendor {
                status,
                code,
                message: message.map(clean),
                reason: reason.map(clean),
            },
            Self::Decode(mut error) => {
                error.message = clean(error.message);
                error.pointer = clean(error.pointer);
                Self::Decode(error)
            }
            Self::Redirect { status, location } => Self::Redirect {
                status,
                location: location.map(clean),
            },
            Self::Documented { status, body } => Self::Documented {
                status,
                body: clean(body),
            },
            Self::Token { url, message } => Self::Token {
                url: clean(url),
                message: excerpt(&clean(message)),
            },
            other @ (Self::Validation(_)
            | Self::Config(_)
            | Self::TooLarge { .. }
            | Self::Paging(_)) => other,
        }
    }
}

/// The secrets of one call, in the forms a server could echo them back in.
struct Redactor {
    forms: Vec<String>,
}

impl Redactor {
    const MARK: &'static str = "[redacted]";
    const SHORTEST: usize = 4;

    fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut forms = Vec::new();
        // A secret of one to three characters would have every occurrence of those letters
        // replaced, which destroys the message and protects nothing (it is guessed in a
        // moment); real keys and signatures are far longer.
        for secret in secrets
            .into_iter()
            .filter(|secret| secret.len() >= Self::SHORTEST)
        {
            let quoted = serde_json::to_string(secret).unwrap_or_default();
            let escaped = quoted
                .strip_prefix('"')
                .and_then(|inner| inner.strip_suffix('"'))
                .unwrap_or(secret)
                .to_owned();
            // As a query or path carries it (a key in the query, a secret in a URL).
            let percent = crate::params::percent_encode(secret);
            forms.extend([secret.to_owned(), escaped, percent]);
        }
        // Longest first, so that a form containing another is replaced whole.
        forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
        forms.dedup();
        Self { forms }
    }

    fn redact(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for form in &self.forms {
            if text.contains(form.as_str()) {
                text = text.replace(form.as_str(), Self::MARK);
            }
        }
        text
    }
}

/// `text` with `%XX` escapes decoded (a URL's userinfo is percent-encoded).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                index += 3;
            }
            None => {
                out.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `text` with the user name and password of every URL in it replaced
/// (`https://user:pass@host/` → `https://[redacted]@host/`).
fn without_userinfo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        let authority_end = after
            .find(|c: char| {
                matches!(c, '/' | '?' | '#') || c.is_whitespace() || c == '"' || c == ')'
            })
            .unwrap_or(after.len());
        let authority = &after[..authority_end];
        match authority.rfind('@') {
            Some(userinfo_end) => {
                out.push_str(Redactor::MARK);
                out.push_str(&authority[userinfo_end..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[authority_end..];
    }
    out.push_str(rest);
    out
}

/// Sends requests for one service's endpoints.
#[derive(Debug, Clone)]
pub struct Transport {
    config: Config,
    http: reqwest::Client,
    /// Access tokens from token endpoints, shared by the clones of this transport.
    tokens: Arc<oauth::Tokens>,
}

impl Transport {
    /// A transport with `config`.
    pub fn new(config: Config) -> Result<Self, Error> {
        let builder = match &config.http {
            Some(settings) => settings(reqwest::Client::builder()),
            None => reqwest::Client::builder(),
        };
        // Last, so that no setting can turn redirects back on (see `Error::Redirect`).
        let http = builder
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|error| Error::Config(format!("cannot build the HTTP client: {error}")))?;
        Ok(Self {
            config,
            http,
            tokens: Arc::default(),
        })
    }

    /// Validates `params` and `body`, encodes the body once and the request target once,
    /// authenticates (signing the exact bytes sent), sends the call to `endpoint`, and decodes
    /// the response. `body` is `None` for a call without one (nothing sent, no
    /// `Content-Type`).
    pub async fn send<P, Req, Resp>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
    ) -> Result<Resp, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
        Resp: DeserializeOwned,
    {
        let mut secrets = Vec::new();
        let result = match self.exchange(endpoint, params, body, &mut secrets).await {
            Ok(Some(text)) => DecodeError::decode_unchecked(&text).map_err(Error::Decode),
            Ok(None) => Err(Error::Decode(DecodeError::not_utf8())),
            Err(error) => Err(error),
        };
        result.map_err(|error| self.redact(error, &secrets))
    }

    /// [`send`](Self::send) for an endpoint whose success has no body (`204 No Content`):
    /// whatever a 2xx answer carries is not read as a result.
    pub async fn send_without_response_body<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
    ) -> Result<(), Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        let mut secrets = Vec::new();
        match self.exchange(endpoint, params, body, &mut secrets).await {
            Ok(_) => Ok(()),
            Err(error) => Err(self.redact(error, &secrets)),
        }
    }

    /// `error` scrubbed of the configured secrets and of those the call computed.
    pub(crate) fn redact(&self, error: Error, computed: &[String]) -> Error {
        let configured = self.configured_secrets();
        let all = computed.iter().chain(&configured).map(String::as_str);
        error.redacted(&Redactor::new(all))
    }

    /// The configured secrets (not the public client id), and the password of a base URL
    /// with userinfo in the forms it is sent (reqwest sends it as basic auth).
    fn configured_secrets(&self) -> Vec<String> {
        let mut secrets = match &self.config.credentials {
            Credentials::None => Vec::new(),
            Credentials::ApiKey(key) | Credentials::Token(key) => vec![key.expose().to_owned()],
            Credentials::Signing { secret, .. } => vec![secret.expose().to_owned()],
            // An OAuth client's pair goes to the token endpoint as basic auth, or in the form
            // body (percent-encoded, which the redactor also knows).
            Credentials::Basic {
                username: user,
                password: secret,
            }
            | Credentials::OAuthClient {
                client_id: user,
                client_secret: secret,
            } => basic_secrets(user, secret.expose()).into(),
        };
        if let Some(url) = self
            .config
            .base_url
            .as_deref()
            .and_then(|u| reqwest::Url::parse(u).ok())
            && let Some(password) = url.password()
        {
            let user = url.username();
            let (user, password) = (percent_decoded(user), percent_decoded(password));
            secrets.extend(basic_secrets(&user, &password));
        }
        secrets
    }

    /// One call up to a successful answer's text (`None` when it is not UTF-8): vendor
    /// failures, non-2xx statuses, redirects and oversized bodies are errors. `secrets`
    /// collects what this call computed (a signature), for redaction.
    async fn exchange<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        secrets: &mut Vec<String>,
    ) -> Result<Option<String>, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        params.validate().map_err(Error::Validation)?;
        if let Some(body) = body {
            body.validate().map_err(Error::Validation)?;
        }
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|error| Error::Config(format!("cannot encode the request: {error}")))?;
        self.exchange_prepared(endpoint, &params.values(), body, secrets)
            .await
    }

    /// [`exchange`](Self::exchange) for parameters and a body already validated and encoded.
    /// An OAuth 2.0 endpoint first gets an access token (or takes the one it holds); a held
    /// token the server refuses with 401 (revoked, or expired early) is replaced and the call
    /// made once more.
    pub(crate) async fn exchange_prepared(
        &self,
        endpoint: &EndpointInfo,
        values: &ParamValues,
        body: Option<Vec<u8>>,
        secrets: &mut Vec<String>,
    ) -> Result<Option<String>, Error> {
        let AuthScheme::OAuth2ClientCredentials(scheme) = endpoint.auth else {
            return self
                .exchange_once(endpoint, values, body, None, secrets)
                .await;
        };
        let token = self.access_token(endpoint, &scheme, secrets).await?;
        // Only a held token may be refused and the call made again: a copy of the body for
        // that second request, and none otherwise.
        let again = (!token.fresh).then(|| body.clone());
        let result = self
            .exchange_once(endpoint, values, body, Some(&token.value), secrets)
            .await;
        match (result, again) {
            (Err(error), Some(body)) if error.status() == Some(401) => {
                self.forget_token(endpoint, &scheme)?;
                let token = self.access_token(endpoint, &scheme, secrets).await?;
                self.exchange_once(endpoint, values, body, Some(&token.value), secrets)
                    .await
            }
            (result, _) => result,
        }
    }

    /// One request of [`exchange_prepared`](Self::exchange_prepared), with the access token
    /// of an OAuth 2.0 endpoint.
    async fn exchange_once(
        &self,
        endpoint: &EndpointInfo,
        values: &ParamValues,
        body: Option<Vec<u8>>,
        access_token: Option<&str>,
        secrets: &mut Vec<String>,
    ) -> Result<Option<String>, Error> {
        // A key that goes in the query is in the URL; the redactor knows its encoded form.
        let keyed;
        let values = match (endpoint.auth, &self.config.credentials) {
            (AuthScheme::ApiKeyQuery { name }, Credentials::ApiKey(key)) => {
                let mut with_key = values.clone();
                with_key.set_query(name, key.expose());
                keyed = with_key;
                &keyed
            }
            _ => values,
        };
        let target = values
            .target(endpoint.path)
            .map_err(|error| Error::Config(error.to_string()))?;
        let url = format!("{}{target}", self.base_url(endpoint)?);
        let method = reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes())
            .map_err(|error| Error::Config(error.to_string()))?;
        let mut call = self.http.request(method, &url).timeout(self.config.timeout);
        for (name, value) in values.headers() {
            call = call.header(*name, value);
        }
        let signed = Signed {
            body: body.as_deref(),
            target: &target,
        };
        for (name, value, secret) in self.auth_headers(endpoint, signed, access_token)? {
            if secret {
                secrets.push(value.clone());
            }
            call = call.header(name, value);
        }
        if let Some(body) = body {
            call = call
                .header(reqwest::header::CONTENT_TYPE, endpoint.content_type)
                .body(body);
        }
        let (status, bytes) = self.answer(&url, call).await?;
        // The vendor's own word first: its error body, or a failure code in its envelope. Only
        // the pointed-at values are read; the typed decode below is the one full parse. A
        // document that repeats a key is refused before either reads it, so the probe and the
        // decoder cannot take different members for the same key.
        let text = std::str::from_utf8(&bytes).ok();
        if let Some(text) = text {
            crate::check_unique_keys(text).map_err(Error::Decode)?;
        }
        // A status the spec documents with its own body is that body, whatever else it holds.
        if endpoint.statuses.contains(&status) {
            return Err(Error::Documented {
                status,
                body: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
        let rules = [endpoint.error_status, endpoint.response_status];
        // An endpoint whose spec names no status pointers has nothing to read here.
        let document = text
            .filter(|_| rules.iter().any(Option::is_some))
            .map(Document::split);
        let vendor = document.as_ref().and_then(|document| {
            rules
                .into_iter()
                .find_map(|rule| vendor_error(rule, status, document))
        });
        if let Some(vendor) = vendor {
            return Err(vendor);
        }
        if !(200..300).contains(&status) {
            // The whole body: `redact`, which every error passes through, cuts it to an
            // excerpt after the secrets are out, or a secret cut in half would survive.
            return Err(Error::Status {
                status,
                excerpt: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
        Ok(text.map(str::to_owned))
    }

    /// Sends `call` to `url` and reads the answer's status and body, up to the response cap;
    /// a redirect is an error, never followed.
    async fn answer(
        &self,
        url: &str,
        call: reqwest::RequestBuilder,
    ) -> Result<(u16, Vec<u8>), Error> {
        let mut response = call
            .send()
            .await
            .map_err(|error| self.failure(url, &error))?;
        let status = response.status().as_u16();
        if response.status().is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
            return Err(Error::Redirect { status, location });
        }
        let limit = self.config.max_response_bytes;
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(Error::TooLarge { limit });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.failure(url, &error))?
        {
            if bytes.len() + chunk.len() > limit {
                return Err(Error::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok((status, bytes))
    }

    fn base_url(&self, endpoint: &EndpointInfo) -> Result<String, Error> {
        if let Some(url) = &self.config.base_url {
            return Ok(url.clone());
        }
        let server = match &self.config.environment {
            Some(name) => endpoint.server(name).ok_or_else(|| {
                let known: Vec<&str> = endpoint.servers.iter().map(|s| s.name).collect();
                Error::Config(format!(
                    "no environment `{name}`; the spec has {}",
                    known.join(", ")
                ))
            })?,
            None => endpoint
                .servers
                .first()
                .ok_or_else(|| Error::Config("the spec names no server".to_owned()))?,
        };
        Ok(server.url.to_owned())
    }

    /// The headers `endpoint`'s scheme adds for a call carrying `signed`.
    fn auth_headers(
        &self,
        endpoint: &EndpointInfo,
        signed: Signed<'_>,
        access_token: Option<&str>,
    ) -> Result<Vec<(&'static str, String, bool)>, Error> {
        match (endpoint.auth, &self.config.credentials) {
            (AuthScheme::None, _) => Ok(Vec::new()),
            (AuthScheme::ApiKeyHeader { header }, Credentials::ApiKey(key)) => {
                Ok(vec![(header, key.expose().to_owned(), true)])
            }
            // The key went into the query when the URL was made.
            (AuthScheme::ApiKeyQuery { .. }, Credentials::ApiKey(_)) => Ok(Vec::new()),
            (AuthScheme::Basic, Credentials::Basic { username, password }) => Ok(vec![(
                "Authorization",
                format!("Basic {}", basic_credentials(username, password.expose())),
                true,
            )]),
            // Vendors call a bearer token an API key as often as a token: either is sent.
            (AuthScheme::BearerToken, Credentials::Token(token) | Credentials::ApiKey(token)) => {
                Ok(vec![(
                    "Authorization",
                    format!("Bearer {}", token.expose()),
                    true,
                )])
            }
            (AuthScheme::HmacSignature(scheme), Credentials::Signing { client_id, secret }) => {
                let millis = (self.config.clock)();
                let timestamp = match scheme.timestamp {
                    TimestampUnit::UnixMillis => millis,
                    TimestampUnit::UnixSeconds => millis / 1000,
                };
                let signature = sign(
                    &scheme,
                    timestamp,
                    client_id,
                    secret.expose().as_bytes(),
                    signed,
                );
                // The header's third member: whether its value is a secret to keep out of errors.
                Ok(vec![
                    (scheme.client_id_header, client_id.clone(), false),
                    (scheme.timestamp_header, timestamp.to_string(), false),
                    (scheme.signature_header, signature, true),
                ])
            }
            (AuthScheme::OAuth2ClientCredentials(_), Credentials::OAuthClient { .. }) => {
                match access_token {
                    Some(token) => Ok(vec![("Authorization", format!("Bearer {token}"), true)]),
                    None => Err(Error::Config(
                        "an OAuth 2.0 endpoint was called without an access token".to_owned(),
                    )),
                }
            }
            (auth, _) => Err(Error::Config(format!(
                "{} needs credentials for {auth:?}",
                endpoint.service
            ))),
        }
    }

    fn failure(&self, url: &str, error: &reqwest::Error) -> Error {
        if error.is_timeout() {
            Error::Timeout {
                url: url.to_owned(),
                after: self.config.timeout,
            }
        } else {
            // reqwest's message names the URL and the cause, never the headers.
            let mut message = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            Error::Transport {
                url: url.to_owned(),
                message,
            }
        }
    }
}

/// The vendor's failure that `rule` finds in `document`, if any: a `code` outside 2xx (or, for
/// an error body, any code or message present).
fn vendor_error(rule: Option<BodyStatus>, status: u16, document: &Document) -> Option<Error> {
    let rule = rule?;
    let text_at = |pointer: Option<&str>| {
        pointer
            .and_then(|p| document.value_at(p))
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    // Some vendors send the code as a string of digits (`"code": "401"`): still their code.
    let code = document.value_at(rule.code).and_then(|value| {
        value
            .as_i64()
            .or_else(|| value.as_str()?.trim().parse().ok())
    });
    let message = text_at(rule.message);
    let failed = match rule.success {
        Some((start, end)) => code.is_some_and(|code| !(start..end).contains(&code)),
        None => code.is_some() || message.is_some(),
    };
    failed.then(|| Error::Vendor {
        status,
        code,
        message,
        reason: text_at(rule.reason),
    })
}

/// A response body split into its top-level members, each kept as raw text: enough to read the
/// vendor's status without building the rest of the document.
pub(crate) struct Document<'a> {
    /// `None` when the body is not a JSON object.
    members: Option<HashMap<String, &'a RawValue>>,
}

impl<'a> Document<'a> {
    pub(crate) fn split(text: &'a str) -> Self {
        Self {
            members: serde_json::from_str(text).ok(),
        }
    }

    /// The value at the JSON Pointer `pointer`: objects and lists on the way are split the same
    /// way, and only the member or item the pointer names is looked into. `None` when nothing
    /// is there.
    pub(crate) fn value_at(&self, pointer: &str) -> Option<serde_json::Value> {
        serde_json::from_str(self.raw_at(pointer)?.get()).ok()
    }

    /// The raw text at the JSON Pointer `pointer` (`""` is the whole object's members: `None`).
    pub(crate) fn raw_at(&self, pointer: &str) -> Option<&'a RawValue> {
        let mut segments = pointer.split('/').skip(1).map(unescape);
        let mut raw = *self.members.as_ref()?.get(&segments.next()?)?;
        for segment in segments {
            raw = child(raw, &segment)?;
        }
        Some(raw)
    }
}

/// The member `segment` of a raw object, or the item at index `segment` of a raw list.
fn child<'a>(raw: &'a RawValue, segment: &str) -> Option<&'a RawValue> {
    if let Ok(members) = serde_json::from_str::<HashMap<String, &RawValue>>(raw.get()) {
        return members.get(segment).copied();
    }
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).ok()?;
    items.get(segment.parse::<usize>().ok()?).copied()
}

/// A JSON Pointer segment as the member name it stands for (RFC 6901: `~1` is `/`, `~0` is `~`).
pub(crate) fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// `user:password` in base64, as Basic authentication (and a URL's userinfo) sends it.
fn basic_credentials(user: &str, password: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

/// What Basic authentication exposes: the password, and its header value, whose encoding is
/// as secret as the password (without the padding, which a printed excerpt may cut).
fn basic_secrets(user: &str, password: &str) -> [String; 2] {
    let encoded = basic_credentials(user, password);
    [
        password.to_owned(),
        encoded.trim_end_matches('=').to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::Document;
    use serde_json::json;

    fn value_at(text: &str, pointer: &str) -> Option<serde_json::Value> {
        Document::split(text).value_at(pointer)
    }

    #[test]
    fn value_at_reads_only_what_the_pointer_names() {
        let text = r#"{"data": {"a~b": 1, "c/d": [2]}, "error": {"code": 401, "message": "no"}}"#;
        assert_eq!(value_at(text, "/error/code"), Some(json!(401)));
        assert_eq!(value_at(text, "/data/a~0b"), Some(json!(1)));
        assert_eq!(value_at(text, "/data/c~1d"), Some(json!([2])));
        assert_eq!(value_at(text, "/error/reason"), None);
        assert_eq!(value_at(text, "/data/c~1d/0"), Some(json!(2)));
        assert_eq!(value_at(text, "/data/c~1d/1"), None);
        assert_eq!(value_at(text, "/data/c~1d/x"), None);
        assert_eq!(value_at("<html>", "/code"), None);
        assert_eq!(
            value_at(r#"{"code": 400"#, "/code"),
            None,
            "a truncated document"
        );
    }
}

#[cfg(test)]
mod redaction_tests {
    use super::{Error, Redactor, without_userinfo};

    #[test]
    fn every_form_of_a_secret_is_replaced() {
        let redactor = Redactor::new(["s3cr/t \"k\"", "", "abc"]);
        assert_eq!(
            redactor.redact(r#"raw s3cr/t "k" json s3cr/t \"k\" url s3cr%2Ft%20%22k%22"#),
            "raw [redacted] json [redacted] url [redacted]"
        );
        assert_eq!(
            redactor.redact("abc"),
            "abc",
            "too short to be a real secret"
        );
    }

    #[test]
    fn userinfo_is_removed_from_every_url() {
        assert_eq!(
            without_userinfo("calling http://u:p@host:1/a failed (for url (https://x@y/z))"),
            "calling http://[redacted]@host:1/a failed (for url (https://[redacted]@y/z))"
        );
        assert_eq!(without_userinfo("http://host/a@b"), "http://host/a@b");
    }

    #[test]
    fn a_secret_across_the_excerpt_limit_is_redacted_before_the_cut() {
        let secret = "0123456789abcdef0123456789abcdef";
        let body = format!("{}{secret}{}", "x".repeat(190), "y".repeat(100));
        let error = Error::Status {
            status: 500,
            excerpt: body,
        };
        let cut = error.redacted(&Redactor::new([secret])).to_string();
        assert!(!cut.contains("0123456789"), "{cut}");
        assert!(cut.ends_with('…'), "cut to an excerpt: {cut}");
    }
}
