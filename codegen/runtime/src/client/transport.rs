//! Sending a call: the URL, the body serialized once, the exchange with the server, and the
//! answer read within its limits.

use super::*;
use tracing::Instrument;

/// What one attempt is given: its number (1 for the first), its timeout (the attempt's own,
/// or what is left of the call's) and the call's options.
pub(super) struct Attempt<'o> {
    number: u32,
    limit: Duration,
    options: &'o CallOptions,
}

/// An answer as read off the wire, within the response cap.
pub(super) struct Received {
    pub(super) status: u16,
    pub(super) headers: reqwest::header::HeaderMap,
    pub(super) bytes: bytes::Bytes,
}

/// A successful answer: its status, headers and body, as read off the wire.
pub(crate) struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: bytes::Bytes,
}

impl Reply {
    /// The body as text; `None` when it is not UTF-8. (Checked again on each read: cheaper than
    /// copying the body into a `String`.)
    pub(crate) fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.body).ok()
    }

    /// The answer with its body decoded as `T`; a body that does not fit names the endpoint
    /// and the JSON Pointer of what did not.
    fn decode<T: DeserializeOwned>(self, endpoint: &EndpointInfo) -> Result<Response<T>, Error> {
        let decoded = match self.text() {
            Some(text) => DecodeError::decode_unchecked(text),
            None => Err(DecodeError::not_utf8()),
        };
        match decoded {
            Ok(body) => Ok(Response {
                status: self.status,
                headers: self.headers,
                body,
            }),
            Err(error) => Err(self.undecodable(endpoint, error)),
        }
    }

    /// The error for a body that `error` says does not fit `endpoint`'s spec.
    pub(crate) fn undecodable(self, endpoint: &EndpointInfo, error: DecodeError) -> Error {
        Error::Decode {
            endpoint: endpoint.qualified_name(),
            error,
            metadata: Metadata::new(self.headers, None),
        }
    }

    /// The answer's bytes, when it is of `media` (or says no type): an answer that is not
    /// JSON, as its spec names it (`application/pdf`).
    fn bytes_of(self, media: &str) -> Result<Response<bytes::Bytes>, Error> {
        let found = self
            .headers
            .get(reqwest::header::CONTENT_TYPE)
            .map(|value| value.as_bytes().to_vec());
        if let Some(found) = found
            && !crate::media_essence(&found)
                .eq_ignore_ascii_case(crate::media_essence(media.as_bytes()))
        {
            return Err(Error::ContentType {
                status: self.status,
                found: format!("`Content-Type: {}`", String::from_utf8_lossy(&found)),
                expected: format!("`{media}`"),
                metadata: Metadata::new(self.headers, None),
            });
        }
        Ok(Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
        })
    }

    fn without_body(self) -> Response<()> {
        Response {
            status: self.status,
            headers: self.headers,
            body: (),
        }
    }
}

/// Options for one call.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    headers: Vec<(String, String)>,
    timeout: Option<Duration>,
    idempotency_key: Option<String>,
}

impl CallOptions {
    /// No options: the configuration's (what a call without `_with` uses).
    const NONE: Self = Self {
        headers: Vec::new(),
        timeout: None,
        idempotency_key: None,
    };

    /// No options: the configuration's.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends this header too. It cannot replace one the authentication sets (the signature
    /// covers the bytes as sent): such a call is refused with `Error::Config`.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Gives each attempt of this call this long instead of `Config::timeout` (still within
    /// the call's timeout).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends `Idempotency-Key: key`, which tells the server that attempts of this call are one
    /// operation: so a POST with a key is retried like a PUT.
    #[must_use]
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
}

/// A successful answer: its HTTP status and headers (a request id, rate-limit counters) and
/// its body, decoded.
#[derive(Debug, Clone)]
pub struct Response<T> {
    /// The HTTP status.
    pub status: u16,
    /// The answer's headers.
    pub headers: reqwest::header::HeaderMap,
    /// The body, decoded (`()` for an endpoint that answers without one).
    pub body: T,
}

/// Sends requests for one service's endpoints.
#[derive(Debug, Clone)]
pub struct Transport {
    pub(crate) config: Config,
    pub(super) http: reqwest::Client,
    /// Access tokens from token endpoints, shared by the clones of this transport.
    pub(super) tokens: Arc<oauth::Tokens>,
}

impl Transport {
    /// A transport with `config`.
    pub fn new(config: Config) -> Result<Self, Error> {
        let builder = match &config.http {
            Some(settings) => settings(reqwest::Client::builder()),
            None => reqwest::Client::builder(),
        };
        let agent = config.user_agent.clone().unwrap_or_else(|| {
            concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned()
        });
        // Last, so that no setting can turn redirects back on (see `Error::Redirect`).
        let http = builder
            .user_agent(agent)
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
        // Not through `send_with`: a level of future less on every poll.
        let mut secrets = Vec::new();
        self.exchange_with(endpoint, params, body, &mut secrets, &CallOptions::NONE)
            .await
            .and_then(|reply| reply.decode(endpoint))
            .map(|response| response.body)
            .map_err(|error| self.redact(error, &secrets))
    }

    /// [`send`](Self::send) with per-call options, answering with the status and headers
    /// beside the decoded body.
    pub async fn send_with<P, Req, Resp>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        options: &CallOptions,
    ) -> Result<Response<Resp>, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
        Resp: DeserializeOwned,
    {
        let mut secrets = Vec::new();
        self.exchange_with(endpoint, params, body, &mut secrets, options)
            .await
            .and_then(|reply| reply.decode(endpoint))
            .map_err(|error| self.redact(error, &secrets))
    }

    /// [`send_without_response_body`](Self::send_without_response_body) with per-call
    /// options, answering with the status and headers.
    pub async fn send_without_response_body_with<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        options: &CallOptions,
    ) -> Result<Response<()>, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        let mut secrets = Vec::new();
        self.exchange_with(endpoint, params, body, &mut secrets, options)
            .await
            .map(Reply::without_body)
            .map_err(|error| self.redact(error, &secrets))
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
        self.send_without_response_body_with(endpoint, params, body, &CallOptions::NONE)
            .await
            .map(|_| ())
    }

    /// [`send`](Self::send) for an endpoint whose success is not JSON but bytes of `media`
    /// (`application/pdf`, `text/csv`): the answer's bytes, as they come, once its
    /// `Content-Type` is `media` (or it states none).
    pub async fn send_bytes<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        media: &str,
    ) -> Result<bytes::Bytes, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        self.send_bytes_with(endpoint, params, body, media, &CallOptions::NONE)
            .await
            .map(|response| response.body)
    }

    /// [`send_bytes`](Self::send_bytes) with per-call options, answering with the status and
    /// headers (a `Content-Disposition` naming the file) beside the bytes.
    pub async fn send_bytes_with<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        media: &str,
        options: &CallOptions,
    ) -> Result<Response<bytes::Bytes>, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        let mut secrets = Vec::new();
        self.exchange_with(endpoint, params, body, &mut secrets, options)
            .await
            .and_then(|reply| reply.bytes_of(media))
            .map_err(|error| self.redact(error, &secrets))
    }

    /// `error` scrubbed of the configured secrets and of those the call computed.
    pub(crate) fn redact(&self, error: Error, computed: &[String]) -> Error {
        let configured = self.configured_secrets();
        let all = computed.iter().chain(&configured).map(String::as_str);
        error.redacted(&Redactor::new(all))
    }

    /// One call up to a successful answer: vendor failures, non-2xx statuses, redirects and
    /// oversized bodies are errors. `secrets` collects what this call computed (a signature),
    /// for redaction.
    async fn exchange_with<P, Req>(
        &self,
        endpoint: &EndpointInfo,
        params: &P,
        body: Option<&Req>,
        secrets: &mut Vec<String>,
        options: &CallOptions,
    ) -> Result<Reply, Error>
    where
        P: Parameters,
        Req: Serialize + Validate,
    {
        params.validate().map_err(Error::Validation)?;
        if let Some(body) = body {
            body.validate().map_err(Error::Validation)?;
        }
        let body = body
            .map(|body| crate::encode_body(endpoint.content_type, body))
            .transpose()
            .map_err(|error| Error::Config(format!("cannot encode the request: {error}")))?;
        self.attempts(endpoint, &params.values(), body, secrets, options)
            .instrument(call_span(endpoint))
            .await
    }

    /// [`exchange_with`](Self::exchange_with) for parameters and a body already validated and
    /// encoded.
    pub(crate) async fn exchange_prepared(
        &self,
        endpoint: &EndpointInfo,
        values: &ParamValues,
        body: Option<Vec<u8>>,
        secrets: &mut Vec<String>,
    ) -> Result<Reply, Error> {
        self.attempts(endpoint, values, body, secrets, &CallOptions::NONE)
            .instrument(call_span(endpoint))
            .await
    }

    /// The attempts of one call, each in a span: again after a failure the policy retries, when
    /// the method is safe to repeat (each attempt signed afresh), within the call's time budget
    /// and the attempts and waits the policy allows.
    async fn attempts(
        &self,
        endpoint: &EndpointInfo,
        values: &ParamValues,
        mut body: Option<Vec<u8>>,
        secrets: &mut Vec<String>,
        options: &CallOptions,
    ) -> Result<Reply, Error> {
        // The call's budget bounds each attempt's own timeout and the waits between them (no
        // timer of its own: each request already has one).
        let deadline = std::time::Instant::now() + self.config.call_timeout;
        let policy = &self.config.retry;
        let out_of_time = || Error::Timeout {
            url: format!("{} (the whole call)", endpoint.path),
            after: self.config.call_timeout,
            source: None,
        };
        // An idempotency key makes any method safe to repeat: the server sees one operation.
        let repeatable = (retry::repeatable(endpoint) || options.idempotency_key.is_some())
            && policy.max_attempts > 1;
        let mut attempt = 1;
        loop {
            // A body kept for another attempt only when there may be one.
            let sent = if repeatable {
                body.clone()
            } else {
                body.take()
            };
            let started = std::time::Instant::now();
            let remaining = deadline.saturating_duration_since(started);
            if remaining.is_zero() {
                return Err(out_of_time());
            }
            let mut state = Attempt {
                number: attempt,
                limit: options
                    .timeout
                    .unwrap_or(self.config.timeout)
                    .min(remaining),
                options,
            };
            let span = tracing::debug_span!("attempt", attempt, status = tracing::field::Empty);
            let result = self
                .authenticated(endpoint, values, sent, secrets, &mut state)
                .instrument(span.clone())
                .await;
            let status = match &result {
                Ok(_) => Some(200),
                Err(error) => error.status(),
            };
            if let Some(status) = status {
                span.record("status", status);
            }
            let latency = started.elapsed();
            tracing::debug!(parent: &span, latency_ms = latency.as_millis() as u64, ok = result.is_ok(), "answered");
            let retry = match &result {
                Ok(_) => None,
                Err(error) => policy
                    .reason(error)
                    .filter(|_| repeatable && attempt < policy.max_attempts),
            };
            if !self.config.hooks.is_empty() {
                self.observed(
                    endpoint,
                    &result,
                    attempt,
                    latency,
                    retry.is_some(),
                    secrets,
                );
            }
            let error = match result {
                Ok(reply) => return Ok(reply),
                Err(error) => error,
            };
            let Some(reason) = retry else {
                return Err(error);
            };
            attempt += 1;
            let seed = (self.config.clock)() ^ u64::from(attempt);
            let retry_after = error
                .metadata()
                .and_then(|metadata| metadata.retry_after_at((self.config.clock)()));
            let Some(delay) = policy.delay(attempt, retry_after, seed) else {
                tracing::debug!(
                    reason,
                    ?retry_after,
                    "not retried: the server asks for a longer wait than the policy allows"
                );
                return Err(error);
            };
            if std::time::Instant::now() + delay >= deadline {
                tracing::debug!(
                    reason,
                    "not retried: the wait would pass the call's timeout"
                );
                return Err(error);
            }
            tracing::info!(
                reason,
                delay_ms = delay.as_millis() as u64,
                attempt,
                "retrying"
            );
            tokio::time::sleep(delay).await;
        }
    }

    /// One attempt. An OAuth 2.0 endpoint first gets an access token (or takes the one it
    /// holds); a held token the server refuses with 401 (revoked, or expired early) is
    /// replaced and the request made once more.
    async fn authenticated(
        &self,
        endpoint: &EndpointInfo,
        values: &ParamValues,
        body: Option<Vec<u8>>,
        secrets: &mut Vec<String>,
        state: &mut Attempt<'_>,
    ) -> Result<Reply, Error> {
        if let (AuthScheme::UserToken { scopes }, Credentials::User(session)) =
            (endpoint.auth, &self.config.credentials)
        {
            let token = session.token().await?;
            secrets.extend(token.secrets);
            // A grant that says what it holds and lacks a scope the endpoint needs is refused
            // here: nothing is sent.
            if let Some(missing) = scopes
                .iter()
                .find(|scope| !token.scopes.is_empty() && !token.scopes.iter().any(|s| s == *scope))
            {
                return Err(Error::Config(format!(
                    "`{}` needs the scope `{missing}`, which the user's grant does not hold",
                    endpoint.name
                )));
            }
            return self
                .exchange_once(endpoint, values, body, Some(&token.value), secrets, state)
                .await;
        }
        let AuthScheme::OAuth2ClientCredentials(scheme) = endpoint.auth else {
            return self
                .exchange_once(endpoint, values, body, None, secrets, state)
                .await;
        };
        let token = self.access_token(endpoint, &scheme, secrets).await?;
        // Only a held token may be refused and the call made again: a copy of the body for
        // that second request, and none otherwise.
        let again = (!token.fresh).then(|| body.clone());
        let result = self
            .exchange_once(endpoint, values, body, Some(&token.value), secrets, state)
            .await;
        match (result, again) {
            (Err(error), Some(body)) if error.status() == Some(401) => {
                self.forget_token(endpoint, &scheme)?;
                let token = self.access_token(endpoint, &scheme, secrets).await?;
                self.exchange_once(endpoint, values, body, Some(&token.value), secrets, state)
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
        state: &mut Attempt<'_>,
    ) -> Result<Reply, Error> {
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
        let base = self.base_url(endpoint)?;
        let mut url = String::with_capacity(base.len() + endpoint.path.len() + 32);
        url.push_str(base);
        values
            .push_target(endpoint.path, &mut url)
            .map_err(|error| Error::Config(error.to_string()))?;
        let target = &url[base.len()..];
        let method = reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes())
            .map_err(|error| Error::Config(error.to_string()))?;
        let mut call = self.http.request(method, &url);
        for (name, value) in values.headers() {
            call = call.header(*name, value);
        }
        let auth = self.auth_headers(
            endpoint,
            Signed {
                body: body.as_deref(),
                target,
            },
            access_token,
        )?;
        // Hooks add their headers before the request is signed, so a signature always covers
        // the request as sent; neither they nor the call may replace the authentication.
        let mut extra: Vec<(String, String)> = Vec::new();
        for hook in &self.config.hooks {
            hook.before_attempt(&mut Outgoing {
                endpoint,
                attempt: state.number,
                body: body.as_deref(),
                headers: &mut extra,
            });
        }
        for (name, value) in state.options.headers.iter().chain(&extra) {
            if auth
                .iter()
                .flatten()
                .any(|(set, _, _)| set.eq_ignore_ascii_case(name))
            {
                return Err(Error::Config(format!(
                    "the header `{name}` is set by the client's authentication; a call or a hook cannot set it"
                )));
            }
            call = call.header(name.as_str(), value.as_str());
        }
        if let Some(key) = &state.options.idempotency_key {
            call = call.header("Idempotency-Key", key.as_str());
        }
        for (name, value, secret) in auth.into_iter().flatten() {
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
        let Received {
            status,
            headers,
            bytes,
        } = self
            .answer_noting(&url, call, state.limit, endpoint.has_response_body)
            .await?;
        // The vendor's own word first: its error body, or a failure code in its envelope. The
        // pointed-at values are read in the pass that checks the document for a repeated key
        // (refused before anything reads it, so the probe and the decoder cannot take
        // different members for the same key); the typed decode is the only other parse.
        let text = std::str::from_utf8(&bytes).ok();
        let body = || String::from_utf8_lossy(&bytes).into_owned();
        let rules = [endpoint.error_status, endpoint.response_status];
        let pointers = vendor::pointers(&rules);
        // (An endpoint whose spec names no status pointers has nothing read here.)
        let document = match text.map(|text| check_and_read(text, &pointers)).transpose() {
            Ok(document) => document,
            Err(error) => {
                return Err(Error::Decode {
                    endpoint: endpoint.qualified_name(),
                    error,
                    metadata: Metadata::new(headers, None),
                });
            }
        };
        let failed = !(200..300).contains(&status);
        // A status the spec documents with a body of its own is that body, whatever else it
        // holds.
        if endpoint.statuses.contains(&status) {
            return Err(Error::Documented {
                status,
                body: body(),
                metadata: Metadata::new(headers, request_id(&rules, document.as_ref())),
            });
        }
        if let Some(document) = &document
            && let Some((rule, vendor)) = rules
                .into_iter()
                .flatten()
                .find_map(|rule| Some((rule, vendor_error(Some(rule), status, document)?)))
        {
            let id = request_id(&[Some(rule)], Some(document));
            return Err(vendor.with_metadata(Metadata::new(headers, id)));
        }
        if failed {
            // The whole body: `redact`, which every error passes through, cuts it to an
            // excerpt after the secrets are out, or a secret cut in half would survive.
            return Err(Error::Status {
                status,
                excerpt: body(),
                metadata: Metadata::new(headers, request_id(&rules, document.as_ref())),
            });
        }
        drop(document);
        Ok(Reply {
            status,
            headers,
            body: bytes,
        })
    }

    /// Tells every hook how an attempt ended. What a hook sees holds no secret: the request id
    /// is scrubbed as errors are, and an error is described by its kind.
    fn observed(
        &self,
        endpoint: &EndpointInfo,
        result: &Result<Reply, Error>,
        attempt: u32,
        latency: Duration,
        retrying: bool,
        secrets: &[String],
    ) {
        let (status, error, request_id) = match result {
            Ok(reply) => (Some(reply.status), None, None),
            Err(error) => (error.status(), Some(error.kind()), error.request_id()),
        };
        let request_id = request_id.map(|id| {
            let configured = self.configured_secrets();
            let all = secrets.iter().chain(&configured).map(String::as_str);
            Redactor::new(all).redact(id)
        });
        let outcome = Outcome {
            endpoint,
            attempt,
            status,
            latency,
            error,
            request_id: request_id.as_deref(),
            retrying,
        };
        for hook in &self.config.hooks {
            hook.after_attempt(&outcome);
        }
    }

    /// Sends `call` to `url` and reads the answer's status and body, up to the response cap;
    /// a redirect is an error, never followed.
    pub(super) async fn answer(
        &self,
        url: &str,
        call: reqwest::RequestBuilder,
    ) -> Result<Received, Error> {
        self.answer_noting(url, call, self.config.timeout, true)
            .await
    }

    /// [`answer`](Self::answer) within `timeout`; a successful answer that should hold JSON
    /// (`json`) must say it does, or say nothing.
    async fn answer_noting(
        &self,
        url: &str,
        call: reqwest::RequestBuilder,
        timeout: Duration,
        json: bool,
    ) -> Result<Received, Error> {
        let mut response = call
            .timeout(timeout)
            .send()
            .await
            .map_err(|error| self.failure(url, error))?;
        let status = response.status().as_u16();
        let metadata =
            |response: &reqwest::Response| Metadata::new(response.headers().clone(), None);
        if response.status().is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
            return Err(Error::Redirect {
                status,
                location,
                metadata: metadata(&response),
            });
        }
        // With the `compression` feature reqwest decodes gzip and brotli and drops the header;
        // an encoding left is one this build cannot read, which must not pass for "not UTF-8".
        let headers = response.headers();
        if let Some(encoding) = headers
            .get(reqwest::header::CONTENT_ENCODING)
            .map(|value| {
                String::from_utf8_lossy(value.as_bytes())
                    .trim()
                    .to_lowercase()
            })
            .filter(|encoding| !encoding.is_empty() && encoding != "identity")
        {
            return Err(Error::ContentType {
                status,
                found: format!("`Content-Encoding: {encoding}` (enable the `compression` feature)"),
                expected: if json { "JSON" } else { "answer" }.to_owned(),
                metadata: metadata(&response),
            });
        }
        if json
            && (200..300).contains(&status)
            && status != 204
            && let Some(media) = headers
                .get(reqwest::header::CONTENT_TYPE)
                .filter(|media| !crate::is_json_media_type(media.as_bytes()))
        {
            return Err(Error::ContentType {
                status,
                found: format!(
                    "`Content-Type: {}`",
                    String::from_utf8_lossy(media.as_bytes())
                ),
                expected: "JSON".to_owned(),
                metadata: metadata(&response),
            });
        }
        let limit = self.config.max_response_bytes;
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(Error::TooLarge {
                limit,
                metadata: metadata(&response),
            });
        }
        // The headers are kept for the answer (moved, not copied: the body is read without
        // them).
        let headers = std::mem::take(response.headers_mut());
        // A declared length is within the cap (checked above), and hyper refuses a body longer
        // than its framing says: one read, with no poll for more after the last chunk.
        if response.content_length().is_some() {
            let bytes = response
                .bytes()
                .await
                .map_err(|error| self.failure(url, error))?;
            return Ok(Received {
                status,
                headers,
                bytes,
            });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.failure(url, error))?
        {
            if bytes.len() + chunk.len() > limit {
                return Err(Error::TooLarge {
                    limit,
                    metadata: Metadata::new(headers, None),
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Received {
            status,
            headers,
            bytes: bytes.into(),
        })
    }

    pub(super) fn base_url(&self, endpoint: &EndpointInfo) -> Result<&str, Error> {
        if let Some(url) = &self.config.base_url {
            return Ok(url);
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
        Ok(server.url)
    }

    pub(super) fn failure(&self, url: &str, error: reqwest::Error) -> Error {
        // The cause is kept without its URL: a key may travel in the query, and a base URL
        // may hold a user name and password.
        let error = error.without_url();
        if error.is_timeout() {
            Error::Timeout {
                url: url.to_owned(),
                after: self.config.timeout,
                source: Some(Arc::new(error)),
            }
        } else {
            // reqwest's message names the cause, never the headers.
            let mut message = error.to_string();
            let mut cause = std::error::Error::source(&error);
            while let Some(inner) = cause {
                message.push_str(&format!(": {inner}"));
                cause = inner.source();
            }
            Error::Transport {
                url: url.to_owned(),
                message,
                source: Some(Arc::new(error)),
            }
        }
    }
}

/// The span of one call, over all of its attempts.
fn call_span(endpoint: &EndpointInfo) -> tracing::Span {
    tracing::debug_span!(
        "call",
        service = endpoint.service,
        endpoint = endpoint.name,
        method = endpoint.method.as_str(),
        path = endpoint.path,
    )
}
