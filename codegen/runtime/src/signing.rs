//! Request signatures as a spec describes them ([`HmacSignature`]).

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac as _};
use sha2::Sha256;

use crate::{DigestEncoding, HmacSignature, Mac, PayloadEncoding, PayloadPart, Storage};

/// What a request carries that its signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signed<'a> {
    /// The exact body bytes sent, if the request has a body.
    pub body: Option<&'a [u8]>,
    /// The request target as sent: path below the base URL and query, percent-encoded.
    pub target: &'a str,
}

/// The signature of `signed` at `timestamp` by `client_id` with `secret`, as `scheme` says:
/// `digest(mac(secret, encoding(join(separator, payload))))`, where the payload's parts are
/// `scheme.payload` for a request with a body and `scheme.payload_without_body` (where the
/// spec states it) for one without. The scheme may be generated code's or one read from a
/// spec at run time.
pub fn sign<S: Storage>(
    scheme: &HmacSignature<S>,
    timestamp: u64,
    client_id: &str,
    secret: &[u8],
    signed: Signed<'_>,
) -> String {
    let timestamp = timestamp.to_string();
    let parts: &[PayloadPart] = match signed.body {
        None if !scheme.payload_without_body.is_empty() => &scheme.payload_without_body,
        _ => &scheme.payload,
    };
    let body = signed.body.unwrap_or_default();
    let mut payload = Vec::with_capacity(
        timestamp.len() + client_id.len() + body.len() + signed.target.len() + 2,
    );
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            payload.extend_from_slice(scheme.separator.as_bytes());
        }
        payload.extend_from_slice(match part {
            PayloadPart::Timestamp => timestamp.as_bytes(),
            PayloadPart::ClientId => client_id.as_bytes(),
            PayloadPart::Body => body,
            PayloadPart::Target => signed.target.as_bytes(),
        });
    }
    let encoded = match scheme.encoding {
        PayloadEncoding::Raw => payload,
        PayloadEncoding::Base64UrlNoPad => base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(&payload)
            .into_bytes(),
    };
    let digest = match scheme.mac {
        Mac::HmacSha256 => {
            // HMAC takes keys of any length; the error case cannot occur.
            let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(secret) else {
                return String::new();
            };
            mac.update(&encoded);
            mac.finalize().into_bytes().to_vec()
        }
    };
    match scheme.digest {
        DigestEncoding::HexLower => digest.iter().map(|byte| format!("{byte:02x}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TimestampUnit;

    /// The Tiki Tini App scheme, as `specs/tiki/lead_application_create.yaml` states it.
    const TINIAPP: HmacSignature = HmacSignature {
        doc: "specs/tiki/docs/tiki-signature.md",
        client_id_header: "X-Tiniapp-Client-Id",
        timestamp_header: "X-Tiniapp-Timestamp",
        signature_header: "X-Tiniapp-Signature",
        timestamp: TimestampUnit::UnixMillis,
        payload: &[
            PayloadPart::Timestamp,
            PayloadPart::ClientId,
            PayloadPart::Body,
        ],
        payload_without_body: &[
            PayloadPart::Timestamp,
            PayloadPart::ClientId,
            PayloadPart::Target,
        ],
        separator: ".",
        encoding: PayloadEncoding::Base64UrlNoPad,
        mac: Mac::HmacSha256,
        digest: DigestEncoding::HexLower,
    };
    const KEY: &str = "RLCKb7Ae9kx4DXtXsCWjnDXtggFnM43W";
    const SECRET: &[u8] = b"EhjGcsUUuRSJTHiYPbW5fxzyaKEx0JuAZIKRQ4HnIfNFidB2kMg6locQbTIEz3Vf";
    const TIME: u64 = 1_620_621_619_569;

    #[test]
    fn published_vector_1_post() {
        let signed = Signed {
            body: Some(br#"{"id":123}"#),
            target: "/ignored",
        };
        let signature = sign(&TINIAPP, TIME, KEY, SECRET, signed);
        assert_eq!(
            signature,
            "8ebd092b9df2cf90e8ccbcab2ba87ee14f2abb25eb8f18b4d7286d42adcd45c2"
        );
    }

    #[test]
    fn published_vector_2_get() {
        let signed = Signed {
            body: None,
            target: "/order?location=H%C3%A0%20N%E1%BB%99i&order_id=88062110977884170",
        };
        let signature = sign(&TINIAPP, TIME, KEY, SECRET, signed);
        assert_eq!(
            signature,
            "e1e0d63f7f8296dd31b2c082e611351a6c41a3bc0309a9299832f70b693722c8"
        );
    }

    #[test]
    fn a_scheme_read_at_run_time_signs_as_the_generated_one() {
        // The stand-in checks signatures with the scheme it read from the spec (owned text);
        // the client signs with the one generated code wrote: one function, the same bytes.
        let owned = HmacSignature::<crate::Owned> {
            doc: TINIAPP.doc.to_owned(),
            client_id_header: TINIAPP.client_id_header.to_owned(),
            timestamp_header: TINIAPP.timestamp_header.to_owned(),
            signature_header: TINIAPP.signature_header.to_owned(),
            payload: TINIAPP.payload.to_vec(),
            payload_without_body: TINIAPP.payload_without_body.to_vec(),
            separator: TINIAPP.separator.to_owned(),
            timestamp: TINIAPP.timestamp,
            encoding: TINIAPP.encoding,
            mac: TINIAPP.mac,
            digest: TINIAPP.digest,
        };
        for body in [Some(&br#"{"id":123}"#[..]), None] {
            let signed = Signed {
                body,
                target: "/order?location=H%C3%A0%20N%E1%BB%99i&order_id=88062110977884170",
            };
            assert_eq!(
                sign(&owned, TIME, KEY, SECRET, signed),
                sign(&TINIAPP, TIME, KEY, SECRET, signed)
            );
        }
    }

    #[test]
    fn the_pseudocode_reading_gives_the_published_wrong_value() {
        let raw = HmacSignature {
            encoding: PayloadEncoding::Raw,
            ..TINIAPP
        };
        let signed = Signed {
            body: Some(br#"{"id":123}"#),
            target: "",
        };
        let signature = sign(&raw, TIME, KEY, SECRET, signed);
        assert!(
            signature.starts_with("c517a0af") && signature.ends_with("94f8"),
            "{signature}"
        );
    }
}
