//! Receiving the notifications a vendor sends to the user's server (specs with
//! `direction: inbound`): the signature checked over the bytes received, in constant time;
//! timestamps outside a window refused, so a captured message cannot be replayed; the message
//! decoded into its generated type; and each message told apart from a resend of one already
//! handled, through a [`DedupeStore`].
//!
//! ```text
//! headers + body ─verify─▶ (client, timestamp, signature) ─decode─▶ T ─claim(message id)─▶ Delivery
//! ```
//!
//! A [`Delivery::New`] message is the caller's to handle; [`Fresh::handled`] records it, and
//! dropping it unhandled lets the vendor's resend be handled instead.
#![cfg_attr(feature = "axum", doc = "The `axum` feature adds [`axum::handler`],")]
#![cfg_attr(
    not(feature = "axum"),
    doc = "The `axum` feature adds `axum::handler`,"
)]
//! which answers as a vendor expects: 2xx once handled (a duplicate too), 4xx for what no
//! resend can fix, 5xx to ask for a resend.

mod dedupe;

#[cfg(feature = "axum")]
pub mod axum;

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;

pub use dedupe::{Claim, DedupeStore, MemoryStore};

use crate::signing::{Signed, sign};
use crate::{AuthScheme, DecodeError, EndpointInfo, HmacSignature, PayloadEncoding, TimestampUnit};

/// The largest message a receiver reads; a vendor's notification is a few KiB.
pub const MAX_MESSAGE_BYTES: usize = 1 << 20;

/// How far a message's timestamp may be from the receiver's clock, either way, by default.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(5 * 60);

/// Why a notification was refused. None of these is fixed by sending the same bytes again, so
/// each is answered 4xx; [`Rejection::status`] says which.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// A header the signature scheme needs is absent, or not text.
    MissingHeader(&'static str),
    /// The message names another client than the receiver's.
    ForeignClient,
    /// The timestamp is not a number of the scheme's unit.
    BadTimestamp,
    /// The timestamp is further from the receiver's clock than the window allows: a replay,
    /// or a clock far off.
    Stale {
        /// How far off it is, in whole seconds.
        skew_seconds: u64,
    },
    /// The signature does not match the bytes received.
    BadSignature,
    /// The body is larger than [`MAX_MESSAGE_BYTES`] (or the receiver's own limit).
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// The body is signed correctly but is not the message the spec describes.
    Malformed(DecodeError),
    /// The message has no id where the spec's `message_id` points.
    NoMessageId(&'static str),
}

impl Rejection {
    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self {
            Self::TooLarge { .. } => 413,
            Self::Malformed(_) | Self::NoMessageId(_) => 422,
            Self::MissingHeader(_) | Self::BadTimestamp => 400,
            Self::ForeignClient | Self::Stale { .. } | Self::BadSignature => 401,
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingHeader(name) => write!(f, "the `{name}` header is missing"),
            Self::ForeignClient => f.write_str("the message is for another client"),
            Self::BadTimestamp => f.write_str("the timestamp header is not a number"),
            Self::Stale { skew_seconds } => write!(
                f,
                "the timestamp is {skew_seconds} s from this server's clock, outside the window"
            ),
            Self::BadSignature => f.write_str("the signature does not match the body"),
            Self::TooLarge { limit } => write!(f, "the body is larger than {limit} bytes"),
            Self::Malformed(error) => {
                let at = if error.pointer.is_empty() {
                    "the body"
                } else {
                    error.pointer.as_str()
                };
                // Both may hold the sender's own keys and values.
                write!(
                    f,
                    "the message does not fit the spec at {}: {}",
                    crate::printable::printable(at),
                    crate::printable::printable(&error.message)
                )
            }
            Self::NoMessageId(pointer) => write!(f, "the message has no id at `{pointer}`"),
        }
    }
}

impl std::error::Error for Rejection {}

/// A receiver that cannot be built from the spec it is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotReceivable {
    endpoint: &'static str,
}

impl fmt::Display for NotReceivable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an inbound notification signed with `hmac_signature`; a receiver verifies only those",
            self.endpoint
        )
    }
}

impl std::error::Error for NotReceivable {}

/// A verified, decoded notification.
#[derive(Debug)]
pub enum Delivery<T> {
    /// A message not handled before: handle it, then call [`Fresh::handled`].
    New(Fresh<T>),
    /// A resend of a message already handled: answer 2xx and do nothing else.
    Duplicate {
        /// The message.
        message: T,
        /// Its id.
        message_id: String,
    },
    /// The same message is being handled by another delivery right now: answer 5xx, so the
    /// vendor sends it again later.
    InFlight {
        /// Its id.
        message_id: String,
    },
}

/// A message to handle. Until it is marked handled its id stays claimed; dropped unhandled
/// (the handler failed), the claim is released, so that the vendor's resend is handled.
#[derive(Debug)]
pub struct Fresh<T> {
    /// The message.
    pub message: T,
    ticket: Ticket,
}

impl<T> Fresh<T> {
    /// The message's id, where the spec names one.
    pub fn message_id(&self) -> Option<&str> {
        self.ticket.id.as_deref()
    }

    /// Records the message as handled, so that a resend of it is a
    /// [`Delivery::Duplicate`], and returns it.
    pub fn handled(self) -> T {
        let (message, ticket) = self.split();
        ticket.handled();
        message
    }

    /// The message, and the ticket that records it handled (or releases it when dropped).
    pub fn split(self) -> (T, Ticket) {
        (self.message, self.ticket)
    }
}

/// A claimed message id: [`handled`](Self::handled) records it; dropped, it is released.
pub struct Ticket {
    store: Arc<dyn DedupeStore>,
    id: Option<String>,
}

impl Ticket {
    /// Records the message as handled.
    pub fn handled(mut self) {
        if let Some(id) = self.id.take() {
            self.store.handled(&id);
        }
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            self.store.release(&id);
        }
    }
}

impl fmt::Debug for Ticket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ticket").field("id", &self.id).finish()
    }
}

/// The receiver of one kind of notification: built from the endpoint's spec (its signature
/// scheme and `message_id`), the client's key and secret, and a [`DedupeStore`].
pub struct Receiver<T> {
    info: &'static EndpointInfo,
    scheme: HmacSignature,
    client_id: String,
    secret: Vec<u8>,
    window: Duration,
    max_bytes: usize,
    store: Arc<dyn DedupeStore>,
    clock: fn() -> SystemTime,
    message: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("endpoint", &self.info.name)
            .field("client_id", &self.client_id)
            .field("secret", &"redacted")
            .field("window", &self.window)
            .finish()
    }
}

impl<T: DeserializeOwned> Receiver<T> {
    /// A receiver of `info`'s messages for the client `client_id`, whose secret is `secret`;
    /// message ids are remembered in memory ([`MemoryStore`]) and the window is
    /// [`DEFAULT_WINDOW`].
    pub fn new(
        info: &'static EndpointInfo,
        client_id: impl Into<String>,
        secret: impl AsRef<[u8]>,
    ) -> Result<Self, NotReceivable> {
        let (Some(_), AuthScheme::HmacSignature(scheme)) = (info.inbound, info.auth) else {
            return Err(NotReceivable {
                endpoint: info.name,
            });
        };
        Ok(Self {
            info,
            scheme,
            client_id: client_id.into(),
            secret: secret.as_ref().to_vec(),
            window: DEFAULT_WINDOW,
            max_bytes: MAX_MESSAGE_BYTES,
            store: Arc::new(MemoryStore::default()),
            clock: SystemTime::now,
            message: PhantomData,
        })
    }

    /// How far a timestamp may be from this server's clock, either way.
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// Where handled message ids are kept (shared by every instance of a service, say).
    pub fn store(mut self, store: Arc<dyn DedupeStore>) -> Self {
        self.store = store;
        self
    }

    /// The largest body read; at most [`MAX_MESSAGE_BYTES`] is sensible.
    pub fn max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    /// The clock timestamps are judged by (tests set one).
    pub fn clock(mut self, clock: fn() -> SystemTime) -> Self {
        self.clock = clock;
        self
    }

    /// The endpoint this receiver reads.
    pub fn endpoint(&self) -> &'static EndpointInfo {
        self.info
    }

    /// The largest body this receiver reads.
    pub fn limit(&self) -> usize {
        self.max_bytes
    }

    /// Judges one notification: `header` gives a request header's value by name
    /// (case-insensitively, as HTTP names are), `body` the exact bytes received.
    pub fn receive<'h>(
        &self,
        header: impl Fn(&str) -> Option<&'h str>,
        body: &[u8],
    ) -> Result<Delivery<T>, Rejection> {
        if body.len() > self.max_bytes {
            return Err(Rejection::TooLarge {
                limit: self.max_bytes,
            });
        }
        self.verify(&header, body)?;
        let text =
            std::str::from_utf8(body).map_err(|_| Rejection::Malformed(DecodeError::not_utf8()))?;
        let message: T = DecodeError::decode(text).map_err(Rejection::Malformed)?;
        let Some(pointer) = self.info.inbound.and_then(|inbound| inbound.message_id) else {
            // No id to tell resends apart by: every message is new.
            return Ok(Delivery::New(Fresh {
                message,
                ticket: Ticket {
                    store: Arc::clone(&self.store),
                    id: None,
                },
            }));
        };
        let id = message_id(text, pointer).ok_or(Rejection::NoMessageId(pointer))?;
        Ok(match self.store.claim(&id) {
            Claim::Fresh => Delivery::New(Fresh {
                message,
                ticket: Ticket {
                    store: Arc::clone(&self.store),
                    id: Some(id),
                },
            }),
            Claim::Handled => Delivery::Duplicate {
                message,
                message_id: id,
            },
            Claim::InFlight => Delivery::InFlight { message_id: id },
        })
    }

    /// The client, the timestamp window and the signature, in that order; the signature is
    /// recomputed over `body` as received and compared in constant time.
    fn verify<'h>(
        &self,
        header: &impl Fn(&str) -> Option<&'h str>,
        body: &[u8],
    ) -> Result<(), Rejection> {
        let scheme = &self.scheme;
        let get = |name: &'static str| header(name).ok_or(Rejection::MissingHeader(name));
        let client = get(scheme.client_id_header)?;
        let timestamp = get(scheme.timestamp_header)?;
        let signature = get(scheme.signature_header)?;
        if !bool::from(subtle::ConstantTimeEq::ct_eq(
            client.as_bytes(),
            self.client_id.as_bytes(),
        )) {
            return Err(Rejection::ForeignClient);
        }
        let stamp: u64 = timestamp
            .trim()
            .parse()
            .map_err(|_| Rejection::BadTimestamp)?;
        let sent = match scheme.timestamp {
            TimestampUnit::UnixMillis => Duration::from_millis(stamp),
            TimestampUnit::UnixSeconds => Duration::from_secs(stamp),
        };
        let now = (self.clock)()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let skew = now.abs_diff(sent);
        if skew > self.window {
            return Err(Rejection::Stale {
                skew_seconds: skew.as_secs(),
            });
        }
        let signed = Signed {
            body: Some(body),
            target: "",
        };
        let received = signature.trim().to_ascii_lowercase();
        // A vendor's page may state the payload's encoding two ways (Tiki's pseudocode signs
        // the raw payload, its sample code and published values base64url of it; the spec
        // records the conflict): a signature under either is accepted, as both need the secret.
        let readings = [
            scheme.encoding,
            match scheme.encoding {
                PayloadEncoding::Raw => PayloadEncoding::Base64UrlNoPad,
                PayloadEncoding::Base64UrlNoPad => PayloadEncoding::Raw,
            },
        ];
        let mut matched = subtle::Choice::from(0);
        for encoding in readings {
            let reading = HmacSignature {
                encoding,
                ..*scheme
            };
            let expected = sign(&reading, stamp, client, &self.secret, signed);
            matched |= subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), received.as_bytes());
        }
        if bool::from(matched) {
            Ok(())
        } else {
            Err(Rejection::BadSignature)
        }
    }
}

/// The text of the member at `pointer` (a string, or a number as written): only that member
/// is read, not the whole message again.
fn message_id(text: &str, pointer: &str) -> Option<String> {
    match crate::pointer::Document::split(text).value_at(pointer)? {
        serde_json::Value::String(id) if !id.is_empty() => Some(id.clone()),
        serde_json::Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DigestEncoding, Inbound, Mac, Method, PayloadPart};

    const SCHEME: HmacSignature = HmacSignature {
        doc: "https://example.test/docs/signing",
        client_id_header: "X-Client",
        timestamp_header: "X-Time",
        signature_header: "X-Signature",
        timestamp: TimestampUnit::UnixMillis,
        payload: &[
            PayloadPart::Timestamp,
            PayloadPart::ClientId,
            PayloadPart::Body,
        ],
        payload_without_body: &[],
        separator: ".",
        encoding: PayloadEncoding::Base64UrlNoPad,
        mac: Mac::HmacSha256,
        digest: DigestEncoding::HexLower,
    };
    static INFO: EndpointInfo = EndpointInfo {
        service: "vendor",
        name: "notice",
        method: Method::Post,
        idempotent: None,
        path: "/notice",
        content_type: "application/json",
        params: &[],
        has_request_body: true,
        has_response_body: false,
        servers: &[],
        auth: AuthScheme::HmacSignature(SCHEME),
        headers: &[],
        doc: "",
        spec: "",
        response_status: None,
        error_status: None,
        pagination: None,
        statuses: &[],
        inbound: Some(Inbound {
            message_id: Some("/id"),
        }),
    };
    const NOW: u64 = 1_700_000_000_000;

    fn at_now() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(NOW)
    }

    fn receiver() -> Receiver<serde_json::Value> {
        Receiver::new(&INFO, "client", b"s3cr3t-value")
            .expect("receivable")
            .clock(at_now)
    }

    fn deliver(
        receiver: &Receiver<serde_json::Value>,
        body: &str,
        at: u64,
        encoding: PayloadEncoding,
    ) -> Result<Delivery<serde_json::Value>, Rejection> {
        let scheme = HmacSignature { encoding, ..SCHEME };
        let signed = Signed {
            body: Some(body.as_bytes()),
            target: "",
        };
        let signature = sign(&scheme, at, "client", b"s3cr3t-value", signed);
        let time = at.to_string();
        let header = |name: &str| match name {
            "X-Client" => Some("client"),
            "X-Time" => Some(time.as_str()),
            "X-Signature" => Some(signature.as_str()),
            _ => None,
        };
        receiver.receive(header, body.as_bytes())
    }

    #[test]
    fn a_signature_under_either_documented_encoding_is_the_vendors() {
        let receiver = receiver();
        for (id, encoding) in [
            ("a", PayloadEncoding::Base64UrlNoPad),
            ("b", PayloadEncoding::Raw),
        ] {
            let body = format!(r#"{{"id":"{id}"}}"#);
            let delivery = deliver(&receiver, &body, NOW, encoding);
            assert!(
                matches!(delivery, Ok(Delivery::New(_))),
                "{encoding:?}: {delivery:?}"
            );
        }
    }

    #[test]
    fn the_window_is_the_receivers_to_set() {
        let old = NOW - 10 * 60 * 1000;
        let body = r#"{"id":"a"}"#;
        let refused = deliver(&receiver(), body, old, PayloadEncoding::Base64UrlNoPad);
        assert_eq!(refused.err(), Some(Rejection::Stale { skew_seconds: 600 }));
        let wide = receiver().window(Duration::from_secs(15 * 60));
        let taken = deliver(&wide, body, old, PayloadEncoding::Base64UrlNoPad);
        assert!(matches!(taken, Ok(Delivery::New(_))));
    }

    #[test]
    fn a_message_whose_handling_failed_is_handled_on_its_resend() {
        let receiver = receiver();
        let body = r#"{"id":"a"}"#;
        let first = deliver(&receiver, body, NOW, PayloadEncoding::Base64UrlNoPad);
        let Ok(Delivery::New(fresh)) = first else {
            panic!("{first:?}");
        };
        let during = deliver(&receiver, body, NOW, PayloadEncoding::Base64UrlNoPad);
        assert!(
            matches!(during, Ok(Delivery::InFlight { .. })),
            "{during:?}"
        );
        drop(fresh);
        let again = deliver(&receiver, body, NOW, PayloadEncoding::Base64UrlNoPad);
        let Ok(Delivery::New(fresh)) = again else {
            panic!("{again:?}");
        };
        assert_eq!(fresh.message_id(), Some("a"));
        fresh.handled();
        let resent = deliver(&receiver, body, NOW, PayloadEncoding::Base64UrlNoPad);
        assert!(
            matches!(resent, Ok(Delivery::Duplicate { .. })),
            "{resent:?}"
        );
    }

    #[test]
    fn a_message_without_its_id_or_not_json_is_malformed() {
        let receiver = receiver();
        let no_id = deliver(&receiver, r#"{"other":1}"#, NOW, PayloadEncoding::Raw);
        assert_eq!(no_id.err(), Some(Rejection::NoMessageId("/id")));
        let broken = deliver(&receiver, "{", NOW, PayloadEncoding::Raw);
        assert!(matches!(broken, Err(Rejection::Malformed(_))), "{broken:?}");
    }

    #[test]
    fn printing_a_receiver_shows_no_secret() {
        assert!(!format!("{:?}", receiver()).contains("s3cr3t"));
        assert!(format!("{:?}", receiver()).contains("redacted"));
    }
}
