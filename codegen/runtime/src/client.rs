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

use crate::signing::sign;
use crate::{AuthScheme, BodyStatus, DecodeError, EndpointInfo, Report, TimestampUnit, Validate};

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

/// How a client reaches a service.
#[derive(Clone)]
pub struct Config {
    credentials: Credentials,
    environment: Option<String>,
    base_url: Option<String>,
    http: Option<reqwest::Client>,
    timeout: Duration,
    max_response_bytes: usize,
    clock: Clock,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("credentials", &self.credentials)
            .field("environment", &self.environment)
            .field("base_url", &self.base_url)
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

    /// Send through this `reqwest::Client` (shared pools, proxies, custom TLS).
    #[must_use]
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
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
        }
    }
}

impl std::error::Error for Error {}

/// Sends requests for one service's endpoints.
#[derive(Debug, Clone)]
pub struct Transport {
    config: Config,
    http: reqwest::Client,
}

impl Transport {
    /// A transport with `config`.
    pub fn new(config: Config) -> Result<Self, Error> {
        let http = match &config.http {
            Some(client) => client.clone(),
            None => reqwest::Client::builder()
                .build()
                .map_err(|error| Error::Config(format!("cannot build the HTTP client: {error}")))?,
        };
        Ok(Self { config, http })
    }

    /// Validates `request`, encodes it once, authenticates (signing the exact bytes sent),
    /// sends it to `endpoint`, and decodes the response.
    pub async fn send<Req, Resp>(
        &self,
        endpoint: &EndpointInfo,
        request: &Req,
    ) -> Result<Resp, Error>
    where
        Req: Serialize + Validate,
        Resp: DeserializeOwned,
    {
        request.validate().map_err(Error::Validation)?;
        let body = serde_json::to_vec(request)
            .map_err(|error| Error::Config(format!("cannot encode the request: {error}")))?;
        let url = format!("{}{}", self.base_url(endpoint)?, endpoint.path);
        let method = reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes())
            .map_err(|error| Error::Config(error.to_string()))?;
        let mut call = self
            .http
            .request(method, &url)
            .timeout(self.config.timeout)
            .header(reqwest::header::CONTENT_TYPE, endpoint.content_type);
        for (name, value) in self.auth_headers(endpoint, &body)? {
            call = call.header(name, value);
        }
        let mut response = call
            .body(body)
            .send()
            .await
            .map_err(|error| self.failure(&url, &error))?;
        let status = response.status().as_u16();
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
            .map_err(|error| self.failure(&url, &error))?
        {
            if bytes.len() + chunk.len() > limit {
                return Err(Error::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        // The vendor's own word first: its error body, or a failure code in its envelope. Only
        // the pointed-at values are read; the typed decode below is the one full parse.
        let text = std::str::from_utf8(&bytes).ok();
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
            return Err(Error::Status {
                status,
                excerpt: excerpt(&String::from_utf8_lossy(&bytes)),
            });
        }
        match text {
            Some(text) => DecodeError::decode(text).map_err(Error::Decode),
            None => Err(Error::Decode(DecodeError::not_utf8())),
        }
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

    /// The headers `endpoint`'s scheme adds for `body`.
    fn auth_headers(
        &self,
        endpoint: &EndpointInfo,
        body: &[u8],
    ) -> Result<Vec<(&'static str, String)>, Error> {
        match (endpoint.auth, &self.config.credentials) {
            (AuthScheme::None, _) => Ok(Vec::new()),
            (AuthScheme::ApiKeyHeader { header }, Credentials::ApiKey(key)) => {
                Ok(vec![(header, key.expose().to_owned())])
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
                    body,
                );
                Ok(vec![
                    (scheme.client_id_header, client_id.clone()),
                    (scheme.timestamp_header, timestamp.to_string()),
                    (scheme.signature_header, signature),
                ])
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
    let code = document.value_at(rule.code).and_then(|v| v.as_i64());
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
struct Document<'a> {
    /// `None` when the body is not a JSON object.
    members: Option<HashMap<String, &'a RawValue>>,
}

impl<'a> Document<'a> {
    fn split(text: &'a str) -> Self {
        Self {
            members: serde_json::from_str(text).ok(),
        }
    }

    /// The value at the JSON Pointer `pointer`: objects and lists on the way are split the same
    /// way, and only the member or item the pointer names is looked into. `None` when nothing
    /// is there.
    fn value_at(&self, pointer: &str) -> Option<serde_json::Value> {
        let mut segments = pointer.split('/').skip(1).map(unescape);
        let mut raw = *self.members.as_ref()?.get(&segments.next()?)?;
        for segment in segments {
            raw = child(raw, &segment)?;
        }
        serde_json::from_str(raw.get()).ok()
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
fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
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
