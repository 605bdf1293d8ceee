//! The one error every call returns, and the redaction that keeps every form of a secret out
//! of it.

use std::collections::HashSet;

use super::*;
use crate::printable::printable;

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
        /// What went wrong, with its causes.
        message: String,
        /// The HTTP client's error, without the URL (which may carry a key in its query):
        /// what [`source`](std::error::Error::source) returns.
        source: Option<Cause>,
    },
    /// No complete response within the timeout.
    Timeout {
        /// The URL called.
        url: String,
        /// The timeout.
        after: Duration,
        /// The HTTP client's error, where one attempt timed out (none for the call's budget).
        source: Option<Cause>,
    },
    /// A non-2xx status whose body is not the vendor's error body.
    Status {
        /// The HTTP status.
        status: u16,
        /// The start of the body, as text.
        excerpt: String,
        /// The answer's headers and request id.
        metadata: Metadata,
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
        /// The answer's headers and request id.
        metadata: Metadata,
    },
    /// The response is not JSON, or does not fit the spec's response type.
    Decode {
        /// The endpoint called, as `service.endpoint`.
        endpoint: String,
        /// Where and why: a JSON Pointer into the body, and the line and column.
        error: DecodeError,
        /// The answer's headers and request id.
        metadata: Metadata,
    },
    /// The response body is larger than the configured cap.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
        /// The answer's headers and request id.
        metadata: Metadata,
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
    /// A user's token could not be refreshed (the refresh token was refused, or the answer
    /// held no token): the user must grant access again. `source` is the refresh call's error.
    Refresh {
        /// Why.
        message: String,
        /// The refresh call's own error, where it made one.
        source: Option<Box<Error>>,
    },
    /// An error status the spec documents with a body of its own; the endpoint's generated
    /// `StatusError::decode(status, &body)` reads it as its type.
    Documented {
        /// The HTTP status.
        status: u16,
        /// The body, as text (scrubbed of secrets, bounded by the response cap).
        body: String,
        /// The answer's headers and request id.
        metadata: Metadata,
    },
    /// A successful answer the client cannot read as the spec's JSON (or as the media type the
    /// spec names for an answer that is not JSON): another media type (`text/html` from a
    /// proxy's login page, whatever its body looks like), or a content encoding it was not
    /// built to decode (`gzip` without the `compression` feature).
    ContentType {
        /// The HTTP status.
        status: u16,
        /// What the answer is: its `Content-Type`, or its `Content-Encoding`.
        found: String,
        /// What the spec describes: `JSON`, or the media type it names (`application/pdf`).
        expected: String,
        /// The answer's headers and request id.
        metadata: Metadata,
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
        /// The answer's headers and request id.
        metadata: Metadata,
    },
}

/// What an answer said beside its body, kept on every error that has an answer: its headers
/// (`Retry-After`, rate-limit counters) and the vendor's request id, which support asks for.
/// Both are scrubbed of the call's secrets, as the rest of the error is. (Boxed: an error
/// stays small to move.)
#[derive(Debug, Clone, Default)]
pub struct Metadata(Box<Answered>);

#[derive(Debug, Clone, Default)]
struct Answered {
    headers: reqwest::header::HeaderMap,
    request_id: Option<String>,
}

impl Metadata {
    /// The headers vendors commonly name a request by, in the order they are looked for.
    const REQUEST_ID_HEADERS: [&'static str; 5] = [
        "x-request-id",
        "request-id",
        "x-amzn-requestid",
        "x-amz-request-id",
        "x-correlation-id",
    ];

    /// The metadata of an answer with these headers and, when the body names one, this
    /// request id.
    pub(super) fn new(headers: reqwest::header::HeaderMap, from_body: Option<String>) -> Self {
        let request_id = from_body.or_else(|| {
            Self::REQUEST_ID_HEADERS.iter().find_map(|name| {
                let value = headers.get(*name)?.to_str().ok()?.trim();
                (!value.is_empty()).then(|| value.to_owned())
            })
        });
        Self(Box::new(Answered {
            headers,
            request_id,
        }))
    }

    /// The answer's headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.0.headers
    }

    /// The vendor's id for this request: where the spec points to it in the error body
    /// (Tiki's `/error/metadata/request_id`), or else a `X-Request-Id`-style header.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// How long the server asks to wait (`Retry-After`, in seconds or as an HTTP date).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after_at(config::system_millis())
    }

    /// [`retry_after`](Self::retry_after) with the clock at `now_ms` (the client's own clock).
    pub(super) fn retry_after_at(&self, now_ms: u64) -> Option<Duration> {
        let value = self
            .headers()
            .get(reqwest::header::RETRY_AFTER)?
            .to_str()
            .ok()?;
        retry::retry_after(value, now_ms)
    }

    /// The same metadata with every header value and the request id scrubbed of `secrets`
    /// (a server may echo a key in a header), each bounded as an excerpt is.
    fn redacted(self, secrets: &Redactor) -> Self {
        let Answered {
            headers: answered,
            request_id,
        } = *self.0;
        let mut headers = reqwest::header::HeaderMap::with_capacity(answered.len());
        for (name, value) in &answered {
            let text = String::from_utf8_lossy(value.as_bytes());
            let clean = excerpt(&secrets.redact(&without_userinfo(&head(text.into_owned()))));
            let value = reqwest::header::HeaderValue::from_str(&clean)
                .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static("[not text]"));
            headers.append(name.clone(), value);
        }
        Self(Box::new(Answered {
            headers,
            request_id: request_id.map(|id| excerpt(&secrets.redact(&head(id)))),
        }))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Validation(report) => write!(
                f,
                "the request breaks its spec; nothing was sent:\n{report}"
            ),
            Self::Config(message) => write!(f, "client configuration: {message}"),
            Self::Transport { url, message, .. } => write!(f, "calling {url} failed: {message}"),
            Self::Timeout { url, after, .. } => {
                write!(f, "calling {url} timed out after {after:?}")
            }
            Self::Status {
                status, excerpt, ..
            } => write!(f, "HTTP {status}: {}", printable(excerpt)),
            Self::Vendor {
                status,
                code,
                message,
                reason,
                ..
            } => {
                write!(f, "the vendor refused the call (HTTP {status}")?;
                if let Some(code) = code {
                    write!(f, ", code {code}")?;
                }
                f.write_str(")")?;
                if let Some(message) = message {
                    write!(f, ": {}", printable(message))?;
                }
                if let Some(reason) = reason.as_deref().filter(|r| !r.is_empty()) {
                    write!(f, " ({})", printable(reason))?;
                }
                Ok(())
            }
            Self::Decode {
                endpoint, error, ..
            } => write!(
                f,
                "the answer of `{endpoint}` does not fit the spec at {error}"
            ),
            Self::TooLarge { limit, .. } => write!(f, "the response is larger than {limit} bytes"),
            Self::Documented { status, body, .. } => {
                let body = excerpt(body);
                write!(
                    f,
                    "HTTP {status} (a documented error): {}",
                    printable(&body)
                )
            }
            Self::Paging(message) => write!(f, "paging through the list: {message}"),
            Self::Token { url, message } => {
                write!(
                    f,
                    "getting an access token from {url} failed: {}",
                    printable(message)
                )
            }
            Self::Refresh { message, .. } => {
                write!(
                    f,
                    "refreshing the user's access token failed: {}",
                    printable(message)
                )
            }
            Self::ContentType {
                status,
                found,
                expected,
                ..
            } => write!(
                f,
                "HTTP {status}: the answer is {}, not the {} the spec describes",
                printable(found),
                printable(expected)
            ),
            Self::Redirect {
                status, location, ..
            } => {
                write!(f, "HTTP {status}: the server redirects")?;
                match location {
                    Some(location) => write!(f, " to {}", printable(location))?,
                    None => f.write_str(" without a location")?,
                }
                f.write_str("; redirects are not followed, so credentials never leave the configured server")
            }
        }
    }
}

/// The cause behind a transport error or a timeout.
pub type Cause = Arc<dyn std::error::Error + Send + Sync>;

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport { source, .. } | Self::Timeout { source, .. } => source
                .as_deref()
                .map(|cause| cause as &(dyn std::error::Error + 'static)),
            Self::Refresh {
                source: Some(error),
                ..
            } => Some(error.as_ref()),
            _ => None,
        }
    }
}

impl Error {
    /// The HTTP status the server answered with, for the errors that carry one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. }
            | Self::Vendor { status, .. }
            | Self::Documented { status, .. }
            | Self::ContentType { status, .. }
            | Self::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// A short, stable name of the kind of failure (`status`, `timeout`, `vendor`…), for
    /// metrics and logs: it holds nothing the server sent.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Validation(_) => "validation",
            Self::Config(_) => "config",
            Self::Transport { .. } => "transport",
            Self::Timeout { .. } => "timeout",
            Self::Status { .. } => "status",
            Self::Vendor { .. } => "vendor",
            Self::Decode { .. } => "decode",
            Self::TooLarge { .. } => "too_large",
            Self::Paging(_) => "paging",
            Self::Token { .. } => "token",
            Self::Refresh { .. } => "refresh",
            Self::Documented { .. } => "documented",
            Self::ContentType { .. } => "content_type",
            Self::Redirect { .. } => "redirect",
        }
    }

    /// The same error with `metadata` in place of what it had, where it has an answer.
    pub(super) fn with_metadata(mut self, metadata: Metadata) -> Self {
        match &mut self {
            Self::Status { metadata: slot, .. }
            | Self::Vendor { metadata: slot, .. }
            | Self::Decode { metadata: slot, .. }
            | Self::TooLarge { metadata: slot, .. }
            | Self::Documented { metadata: slot, .. }
            | Self::ContentType { metadata: slot, .. }
            | Self::Redirect { metadata: slot, .. } => *slot = metadata,
            _ => {}
        }
        self
    }

    /// What the answer said beside its body (headers, request id), for the errors that have
    /// an answer: not for a request refused before sending, a transport failure or a timeout.
    pub fn metadata(&self) -> Option<&Metadata> {
        match self {
            Self::Status { metadata, .. }
            | Self::Vendor { metadata, .. }
            | Self::Decode { metadata, .. }
            | Self::TooLarge { metadata, .. }
            | Self::Documented { metadata, .. }
            | Self::ContentType { metadata, .. }
            | Self::Redirect { metadata, .. } => Some(metadata),
            _ => None,
        }
    }

    /// The answer's headers, for the errors that have an answer.
    pub fn headers(&self) -> Option<&reqwest::header::HeaderMap> {
        self.metadata().map(Metadata::headers)
    }

    /// The vendor's id for this request (from its error body or a request-id header).
    pub fn request_id(&self) -> Option<&str> {
        self.metadata()?.request_id()
    }

    /// How long the server asks the caller to wait before trying again (`Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.metadata()?.retry_after()
    }

    /// The same error with every occurrence of a secret, and any user name and password in a
    /// URL, replaced: a server that echoes request headers, or a base URL with userinfo, must
    /// not put them in printed text.
    pub(super) fn redacted(self, secrets: &Redactor) -> Self {
        let clean = |text: String| secrets.redact(&without_userinfo(&text));
        // What is shown as an excerpt is redacted from a bounded head of the text: a run of a
        // secret that the cut splits lies far past the excerpt, and a hostile server's
        // megabytes cost no more than a page.
        let shown = |text: String| excerpt(&clean(head(text)));
        match self {
            Self::Transport {
                url,
                message,
                source,
            } => Self::Transport {
                url: clean(url),
                message: clean(message),
                source,
            },
            Self::Timeout { url, after, source } => Self::Timeout {
                url: clean(url),
                after,
                source,
            },
            Self::Status {
                status,
                excerpt: body,
                metadata,
            } => Self::Status {
                status,
                excerpt: shown(body),
                metadata: metadata.redacted(secrets),
            },
            Self::Vendor {
                status,
                code,
                message,
                reason,
                metadata,
            } => Self::Vendor {
                status,
                code,
                // A vendor's message is the server's text: bounded, as a status body is.
                message: message.map(shown),
                reason: reason.map(shown),
                metadata: metadata.redacted(secrets),
            },
            Self::Decode {
                endpoint,
                mut error,
                metadata,
            } => {
                error.message = clean(error.message);
                error.pointer = clean(error.pointer);
                Self::Decode {
                    endpoint,
                    error,
                    metadata: metadata.redacted(secrets),
                }
            }
            Self::ContentType {
                status,
                found,
                expected,
                metadata,
            } => Self::ContentType {
                status,
                found: shown(found),
                expected,
                metadata: metadata.redacted(secrets),
            },
            Self::Redirect {
                status,
                location,
                metadata,
            } => Self::Redirect {
                status,
                location: location.map(clean),
                metadata: metadata.redacted(secrets),
            },
            Self::Documented {
                status,
                body,
                metadata,
            } => Self::Documented {
                status,
                body: clean(body),
                metadata: metadata.redacted(secrets),
            },
            Self::TooLarge { limit, metadata } => Self::TooLarge {
                limit,
                metadata: metadata.redacted(secrets),
            },
            Self::Token { url, message } => Self::Token {
                url: clean(url),
                message: shown(message),
            },
            Self::Refresh { message, source } => Self::Refresh {
                message: shown(message),
                source: source.map(|error| Box::new(error.redacted(secrets))),
            },
            other @ (Self::Validation(_) | Self::Config(_) | Self::Paging(_)) => other,
        }
    }
}

/// The secrets of one call, in the forms a server could echo them back in.
pub(super) struct Redactor {
    /// Every run of [`Self::RUN`] characters of each secret (the whole secret when shorter),
    /// lowercased: what may not be printed in any case or encoding.
    runs: HashSet<Vec<char>>,
    /// Every run of base64 characters that encodes [`Self::RUN`]-odd characters of a secret, at
    /// each of the three alignments, in the standard and the URL-safe alphabet.
    encoded: HashSet<Vec<char>>,
}

impl Redactor {
    const MARK: &'static str = "[redacted]";
    const SHORTEST: usize = 4;
    /// The longest run of a secret's characters that may be printed is one shorter.
    const RUN: usize = 8;
    /// Base64 characters that carry [`Self::RUN`] or more of a secret's bytes.
    const ENCODED_RUN: usize = 12;

    pub(super) fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        use base64::Engine as _;
        let mut runs = HashSet::new();
        let mut encoded = HashSet::new();
        // A secret of one to three characters would have every occurrence of those letters
        // replaced, which destroys the message and protects nothing (it is guessed in a
        // moment); real keys and signatures are far longer.
        for secret in secrets
            .into_iter()
            .filter(|secret| secret.chars().count() >= Self::SHORTEST)
        {
            // A space may come back as `+` (a form or `quote_plus`).
            for form in [secret.to_owned(), secret.replace(' ', "+")] {
                let chars: Vec<char> = form.to_lowercase().chars().collect();
                let run = Self::RUN.min(chars.len());
                runs.extend(chars.windows(run).map(<[char]>::to_vec));
            }
            let bytes = secret.as_bytes();
            for skip in 0..3.min(bytes.len()) {
                for engine in [
                    &base64::engine::general_purpose::STANDARD_NO_PAD,
                    &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                ] {
                    let text: Vec<char> = engine.encode(&bytes[skip..]).chars().collect();
                    // The last characters also depend on what follows the secret.
                    let stable = text.len().saturating_sub(3);
                    let run = Self::ENCODED_RUN.min(stable);
                    if run >= Self::SHORTEST {
                        encoded.extend(text[..stable].windows(run).map(<[char]>::to_vec));
                    }
                }
            }
        }
        Self { runs, encoded }
    }

    /// `text` with every stretch that holds [`Self::RUN`] or more characters of a secret
    /// replaced: as written, in any case, JSON-escaped (`\/`, `\u002f`), percent-encoded (upper
    /// or lower case hex, `+` for a space), or base64-encoded.
    pub(super) fn redact(&self, text: &str) -> String {
        if self.runs.is_empty() {
            return text.to_owned();
        }
        let mut hidden = vec![false; text.len()];
        // As written and decoded each way: a secret may itself hold `%41` or `\u0041`.
        for (json, percent) in [(false, false), (true, false), (false, true), (true, true)] {
            let view = Decoded::of(text, json, percent);
            self.hide_in(&view, &mut hidden);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        while at < text.len() {
            if hidden[at] {
                out.push_str(Self::MARK);
                while at < text.len() && hidden[at] {
                    at += 1;
                }
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                out.push(c);
                at += c.len_utf8().max(1);
            }
        }
        out
    }

    /// Marks in `hidden` (a flag per byte of the original text) every stretch of `view` that
    /// holds a run of a secret.
    fn hide_in(&self, view: &Decoded, hidden: &mut [bool]) {
        let mut hide = |from: usize, to: usize| {
            let (start, end) = (view.origin[from].0, view.origin[to - 1].1);
            hidden[start..end].iter_mut().for_each(|byte| *byte = true);
        };
        // One lowercase character per character (what a secret's runs are compared with), so
        // that positions line up; windows are looked up as slices, with no allocation each.
        let lower: Vec<char> = view
            .chars
            .iter()
            .map(|c| c.to_lowercase().next().unwrap_or(*c))
            .collect();
        for (set, chars) in [(&self.runs, &lower), (&self.encoded, &view.chars)] {
            let lengths: HashSet<usize> = set.iter().map(Vec::len).collect();
            for length in lengths {
                for (start, window) in chars.windows(length).enumerate() {
                    if set.contains(window) {
                        hide(start, start + length);
                    }
                }
            }
        }
    }
}

/// Text with JSON escapes and percent escapes decoded, each character knowing the byte range
/// of the original text it came from, so that what is found in the decoded view is hidden in
/// the original.
struct Decoded {
    chars: Vec<char>,
    origin: Vec<(usize, usize)>,
}

impl Decoded {
    /// `text` as a reader sees it, with JSON escapes decoded when `json` and percent escapes
    /// when `percent`.
    fn of(text: &str, json: bool, percent: bool) -> Self {
        let bytes = text.as_bytes();
        let mut chars = Vec::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        // Hex digits only: `from_str_radix` would also take a sign (`%+0`).
        let hex = |from: usize, digits: usize| -> Option<u32> {
            let part = text.get(from..from + digits)?;
            part.bytes()
                .all(|b| b.is_ascii_hexdigit())
                .then(|| u32::from_str_radix(part, 16).ok())?
        };
        let mut at = 0;
        while at < bytes.len() {
            let (c, width) = match bytes[at] {
                b'\\' if json => match bytes.get(at + 1) {
                    Some(b'u') => match hex(at + 2, 4).and_then(char::from_u32) {
                        Some(c) => (c, 6),
                        None => ('\\', 1),
                    },
                    Some(&next) if b"/\\\"".contains(&next) => (char::from(next), 2),
                    _ => ('\\', 1),
                },
                b'%' if percent => match hex(at + 1, 2).and_then(char::from_u32) {
                    Some(c) => (c, 3),
                    None => ('%', 1),
                },
                _ => {
                    let c = text[at..].chars().next().unwrap_or_default();
                    (c, c.len_utf8().max(1))
                }
            };
            chars.push(c);
            origin.push((at, at + width));
            at += width;
        }
        Self { chars, origin }
    }
}

/// `text` with the user name and password of every URL in it replaced
/// (`https://user:pass@host/` → `https://[redacted]@host/`).
pub(super) fn without_userinfo(text: &str) -> String {
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

/// The first 4 KiB of `text` (at a character boundary): far more than an excerpt shows.
fn head(mut text: String) -> String {
    const HEAD: usize = 4 << 10;
    if text.len() > HEAD {
        let mut at = HEAD;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.truncate(at);
        text.push('…');
    }
    text
}

pub(super) fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod redaction_tests {
    use super::{Error, Metadata, Redactor, without_userinfo};

    /// An answer whose headers, and request id, echo `form` (where a header can hold it).
    fn echoed_in_headers(form: &str) -> Metadata {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Ok(value) = reqwest::header::HeaderValue::from_str(&format!("key={form}")) {
            headers.insert("x-echo", value.clone());
            headers.insert("x-request-id", value);
        }
        Metadata::new(headers, None)
    }

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
            metadata: Metadata::default(),
        };
        let cut = error.redacted(&Redactor::new([secret])).to_string();
        assert!(!cut.contains("0123456789"), "{cut}");
        assert!(cut.ends_with('…'), "cut to an excerpt: {cut}");
    }

    /// Every encoding in which a server may echo a secret: no run of 8 of its characters
    /// survives in the error's `Display` or `Debug`, for secrets holding `/ + = %` and spaces.
    #[test]
    fn no_encoding_of_a_secret_survives_in_an_error() {
        use base64::Engine as _;
        use proptest::prelude::*;
        // A fixed seed: the same 300 secrets on every run, so CI cannot draw a new case.
        let cases = std::env::var("REDACTION_CASES")
            .ok()
            .and_then(|n| n.parse().ok());
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            proptest::test_runner::Config {
                cases: cases.unwrap_or(300),
                failure_persistence: None,
                ..Default::default()
            },
            proptest::test_runner::TestRng::deterministic_rng(
                proptest::test_runner::RngAlgorithm::ChaCha,
            ),
        );
        let secrets = "[A-Za-z0-9]{2,10}[/+=% ][A-Za-z0-9/+=% ]{8,30}";
        runner
            .run(&secrets, |secret| {
                let json = serde_json::to_string(&secret).unwrap_or_default();
                let json = json.trim_matches('"').to_owned();
                let percent = |upper: bool, plus: bool| -> String {
                    secret
                        .bytes()
                        .map(|b| match b {
                            b' ' if plus => "+".to_owned(),
                            b if b.is_ascii_alphanumeric() => char::from(b).to_string(),
                            b if upper => format!("%{b:02X}"),
                            b => format!("%{b:02x}"),
                        })
                        .collect()
                };
                let forms = [
                    secret.clone(),
                    json.clone(),
                    json.replace('/', "\\/"),
                    secret
                        .chars()
                        .map(|c| format!("\\u{:04x}", c as u32))
                        .collect(),
                    secret.replace('/', "\\u002F"),
                    percent(true, false),
                    percent(false, false),
                    percent(true, true),
                    base64::engine::general_purpose::STANDARD.encode(&secret),
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&secret),
                    base64::engine::general_purpose::STANDARD.encode(format!("user:{secret}")),
                    secret.to_uppercase(),
                    secret.to_lowercase(),
                    secret.chars().take(12).collect(),
                ];
                let redactor = Redactor::new([secret.as_str()]);
                for form in &forms {
                    let errors = [
                        Error::Status {
                            status: 500,
                            excerpt: format!("echo: {form} (end)"),
                            metadata: echoed_in_headers(form),
                        },
                        Error::Redirect {
                            status: 302,
                            location: Some(format!("https://evil.example/?k={form}")),
                            metadata: echoed_in_headers(form),
                        },
                        Error::Transport {
                            url: format!("https://api.example/{form}"),
                            message: form.clone(),
                            source: None,
                        },
                    ];
                    for error in errors {
                        let shown = error.redacted(&redactor);
                        let text = format!("{shown} {shown:?}").to_lowercase();
                        let plain: Vec<char> = secret.to_lowercase().chars().collect();
                        for run in plain.windows(8) {
                            let run: String = run.iter().collect();
                            prop_assert!(!text.contains(&run), "{run:?} of {secret:?} in {text}");
                        }
                        let echoed: Vec<char> = form.to_lowercase().chars().collect();
                        for run in echoed.windows(12) {
                            let run: String = run.iter().collect();
                            prop_assert!(!text.contains(&run), "{run:?} of {form:?} in {text}");
                        }
                    }
                }
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{failure}"));
    }
}
