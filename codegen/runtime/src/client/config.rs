//! What a client is configured with: credentials (kept out of every printed text), the
//! environment or base URL, timeouts, limits and the clock.

use super::*;

/// A credential that never appears in `Debug` output, error messages or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub(super) fn expose(&self) -> &str {
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
    /// A token the user granted, kept and refreshed by a [`TokenSession`](super::TokenSession).
    User(super::TokenSession),
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

/// The system clock in milliseconds since the Unix epoch: the default [`Clock`].
pub(super) fn system_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| {
            u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
        })
}

/// Settings a caller adds to the HTTP client (proxies, TLS roots, pools, timeouts).
pub type HttpSettings = Arc<dyn Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync>;

/// How a client reaches a service.
#[derive(Clone)]
pub struct Config {
    pub(super) credentials: Credentials,
    pub(super) environment: Option<String>,
    pub(super) base_url: Option<String>,
    pub(super) http: Option<HttpSettings>,
    pub(super) timeout: Duration,
    pub(super) max_response_bytes: usize,
    pub(super) clock: Clock,
    pub(super) retry: RetryPolicy,
    pub(super) call_timeout: Duration,
    pub(super) user_agent: Option<String>,
    pub(crate) max_pages: usize,
    pub(super) hooks: Vec<Arc<dyn Hook>>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("credentials", &self.credentials)
            .field("environment", &self.environment)
            .field("base_url", &self.base_url.as_deref().map(without_userinfo))
            .field("timeout", &self.timeout)
            .field("call_timeout", &self.call_timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("hooks", &self.hooks.len())
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Default timeout of one attempt.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
    /// Default timeout of a whole call: the token request, every attempt and the waits.
    pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(60);
    /// Default cap on the pages one walk asks for.
    pub const DEFAULT_MAX_PAGES: usize = 1_000;
    /// Default cap on a response body.
    pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

    /// The spec's first (default) environment, a 30 s timeout per attempt and 60 s per call,
    /// the default [`RetryPolicy`] and a 4 MiB response cap.
    pub fn new(credentials: Credentials) -> Self {
        Self {
            credentials,
            environment: None,
            base_url: None,
            http: None,
            timeout: Self::DEFAULT_TIMEOUT,
            max_response_bytes: Self::DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            call_timeout: Self::DEFAULT_CALL_TIMEOUT,
            user_agent: None,
            max_pages: Self::DEFAULT_MAX_PAGES,
            hooks: Vec::new(),
            clock: Arc::new(system_millis),
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

    /// The base URL set with [`base_url`](Self::base_url), if one was (a second client of
    /// another credential aims at the same server with it).
    pub fn configured_base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
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

    /// Give up on one attempt (one request and its answer) after this long.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Give up on a whole call after this long: the token request, every attempt and the
    /// waits between them.
    #[must_use]
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = timeout;
        self
    }

    /// Retry calls that are safe to repeat as `policy` says ([`RetryPolicy::none`]: never).
    #[must_use]
    pub fn retries(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Send this `User-Agent` instead of the client crate's name and version.
    #[must_use]
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// The `User-Agent` to send unless [`user_agent`](Self::user_agent) set one: generated
    /// clients name their crate and version with it.
    #[must_use]
    pub fn default_user_agent(mut self, agent: &str) -> Self {
        self.user_agent.get_or_insert_with(|| agent.to_owned());
        self
    }

    /// Ask for at most this many pages in one walk (`<endpoint>_all`); a walk that would need
    /// more ends with `Error::Paging`, so a server answering endless pages cannot keep it going.
    #[must_use]
    pub fn max_pages(mut self, pages: usize) -> Self {
        self.max_pages = pages;
        self
    }

    /// Run `hook` around every attempt of every call, after the hooks added before it: to add
    /// headers before the request is signed, and to observe each answer (metrics, logs).
    #[must_use]
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
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
