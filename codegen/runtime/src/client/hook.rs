//! Code a consumer runs around every attempt: metrics, logs, extra headers. A hook sees what
//! it needs and no secret: the request before it is authenticated and signed, and how the
//! attempt ended without the body or the error's text.

use super::*;

/// A consumer's code around every attempt of every call ([`Config::hook`]).
///
/// Both methods run on the calling task and should return quickly.
pub trait Hook: Send + Sync {
    /// Before the attempt is authenticated and signed: headers added with
    /// [`Outgoing::header`] are sent, and the signature, computed after, covers the request as
    /// sent. A header the authentication sets cannot be added (the call fails with
    /// [`Error::Config`]).
    fn before_attempt(&self, request: &mut Outgoing<'_>) {
        let _ = request;
    }

    /// After the attempt, whatever its outcome: observe only.
    fn after_attempt(&self, outcome: &Outcome<'_>) {
        let _ = outcome;
    }
}

/// The request of one attempt, as a hook sees it before signing.
#[non_exhaustive]
pub struct Outgoing<'a> {
    /// The endpoint called.
    pub endpoint: &'a EndpointInfo,
    /// 1 for the first attempt, 2 for the first retry…
    pub attempt: u32,
    /// The body sent, as encoded (the same bytes on every attempt).
    pub body: Option<&'a [u8]>,
    pub(super) headers: &'a mut Vec<(String, String)>,
}

impl Outgoing<'_> {
    /// Send this header too.
    pub fn header(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.headers.push((name.into(), value.into()));
    }
}

/// How one attempt ended, as a hook sees it.
#[derive(Debug)]
#[non_exhaustive]
pub struct Outcome<'a> {
    /// The endpoint called.
    pub endpoint: &'a EndpointInfo,
    /// 1 for the first attempt, 2 for the first retry…
    pub attempt: u32,
    /// The HTTP status, when the server answered.
    pub status: Option<u16>,
    /// From sending the request to reading the whole answer.
    pub latency: Duration,
    /// The kind of failure ([`Error::kind`]); `None` for a success.
    pub error: Option<&'static str>,
    /// The vendor's id for the request, scrubbed of the call's secrets.
    pub request_id: Option<&'a str>,
    /// Whether the call tries again after this attempt.
    pub retrying: bool,
}
