//! The stand-in as the vendor's sender: a notification of a `direction: inbound` spec, signed
//! as the vendor signs it, sent to a consumer's receiver, in each form a receiver must tell
//! apart: a valid message, its resend, a tampered, a stale, another client's and a malformed
//! one (`cargo xtask deliver`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use codegen_core::ir::{Auth, Endpoint};
use codegen_runtime::signing::{Signed, sign};

use crate::Credentials;

/// One form of a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Signed now, as the vendor sends it.
    Valid,
    /// The valid message sent again (a later timestamp and its own signature), as the vendor
    /// resends after a 5xx or a timeout.
    Duplicate,
    /// Signed, then a byte of the body changed.
    Tampered,
    /// Signed correctly 10 minutes ago: a replay.
    Stale,
    /// Signed correctly by another client with its own secret.
    Foreign,
    /// Signed correctly, but not the message the spec describes.
    Malformed,
}

impl Kind {
    /// Every kind, in the order a receiver is best tested with.
    pub const ALL: [Self; 6] = [
        Self::Valid,
        Self::Duplicate,
        Self::Tampered,
        Self::Stale,
        Self::Foreign,
        Self::Malformed,
    ];

    /// The kind named `name` (`valid`, `duplicate`, `tampered`, `stale`, `foreign`,
    /// `malformed`).
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The kind's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Duplicate => "duplicate",
            Self::Tampered => "tampered",
            Self::Stale => "stale",
            Self::Foreign => "foreign",
            Self::Malformed => "malformed",
        }
    }

    /// Whether a receiver must take it (2xx) rather than refuse it (4xx).
    pub fn taken(self) -> bool {
        matches!(self, Self::Valid | Self::Duplicate)
    }
}

/// Sends `kind` of `message` (the JSON text of the notification's body) to `url`, signed with
/// `credentials` as `endpoint` says, and returns the status the receiver answered.
pub async fn deliver(
    endpoint: &Endpoint,
    url: &str,
    message: &str,
    credentials: &Credentials,
    kind: Kind,
) -> Result<u16, String> {
    let Auth::HmacSignature(hmac) = &endpoint.auth else {
        return Err(format!(
            "`{}.{}` is not signed with `hmac_signature`; nothing to deliver",
            endpoint.service, endpoint.name
        ));
    };
    if endpoint.inbound.is_none() {
        return Err(format!(
            "`{}.{}` is a call, not a notification (`direction: inbound`)",
            endpoint.service, endpoint.name
        ));
    }
    let (client, secret) = match kind {
        Kind::Foreign => ("another-client".to_owned(), "another-secret".to_owned()),
        _ => (
            credentials
                .client_id
                .clone()
                .unwrap_or_else(|| "client".to_owned()),
            credentials
                .client_secret
                .clone()
                .unwrap_or_else(|| "secret".to_owned()),
        ),
    };
    let body = match kind {
        Kind::Malformed => format!("{{\"not\": \"{}\"}}", endpoint.name),
        _ => message.to_owned(),
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let at = match kind {
        Kind::Stale => now.saturating_sub(Duration::from_secs(600)),
        // A resend is a later request of the same message.
        Kind::Duplicate => now + Duration::from_millis(1),
        _ => now,
    };
    let stamp = match hmac.timestamp {
        codegen_runtime::TimestampUnit::UnixMillis => at.as_millis() as u64,
        codegen_runtime::TimestampUnit::UnixSeconds => at.as_secs(),
    };
    let signed = Signed {
        body: Some(body.as_bytes()),
        target: "",
    };
    let signature = sign(hmac, stamp, &client, secret.as_bytes(), signed);
    let sent = match kind {
        Kind::Tampered => tamper(&body),
        _ => body,
    };
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(15))
        .build()
        .map_err(|error| error.to_string())?
        .request(
            reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes())
                .map_err(|error| error.to_string())?,
            url,
        )
        .header("Content-Type", endpoint.content_type.as_str())
        .header(&hmac.client_id_header, client)
        .header(&hmac.timestamp_header, stamp.to_string())
        .header(&hmac.signature_header, signature)
        .body(sent)
        .send()
        .await
        .map_err(|error| format!("sending to {url}: {error}"))?;
    Ok(response.status().as_u16())
}

/// The body with one character changed: a digit bumped, else a letter, else a space added.
fn tamper(body: &str) -> String {
    let mut chars: Vec<char> = body.chars().collect();
    if let Some(at) = chars.iter().position(char::is_ascii_digit) {
        chars[at] = if chars[at] == '9' { '8' } else { '9' };
    } else if let Some(at) = chars.iter().position(char::is_ascii_alphabetic) {
        chars[at] = if chars[at] == 'x' { 'y' } else { 'x' };
    } else {
        chars.push(' ');
    }
    chars.into_iter().collect()
}
