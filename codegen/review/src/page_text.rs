//! A vendor page's bytes as text. Pages are UTF-8 as a rule, but a page saved from an older
//! site may be in the legacy encoding it declares (`<meta charset="windows-1258">`, the
//! Vietnamese code page; `ISO-8859-1`), or in UTF-16 with a byte order mark (Windows'
//! "Unicode"). Those are decoded as declared; bytes that fit no declaration are refused, never
//! guessed at, so that no field name is read wrong.

use std::fmt;

/// How far into a page its encoding may be declared (HTML asks for the first 1,024 bytes).
const DECLARATION_WINDOW: usize = 1024;

/// Why a page's bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// Not UTF-8, and no other encoding declared.
    Undeclared,
    /// The page declares an encoding this reader does not know.
    UnknownEncoding(String),
    /// The bytes are not valid in the encoding the page declares (or its byte order mark).
    Malformed(&'static str),
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Undeclared => f.write_str(
                "it is not UTF-8 text and declares no other encoding (`<meta charset=\"…\">`)",
            ),
            Self::UnknownEncoding(label) => {
                write!(
                    f,
                    "it declares the encoding `{label}`, which is not one known"
                )
            }
            Self::Malformed(name) => write!(f, "it is not valid {name} text, as it declares"),
        }
    }
}

impl std::error::Error for NotText {}

/// The text of a page: by its byte order mark, else as UTF-8, else by the charset its HTML
/// declares.
pub fn decode(bytes: Vec<u8>) -> Result<String, NotText> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        return strict(encoding, &bytes[bom..]);
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(error) => error.into_bytes(),
    };
    let label = declared_charset(&bytes[..bytes.len().min(DECLARATION_WINDOW)])
        .ok_or(NotText::Undeclared)?;
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())
        .ok_or_else(|| NotText::UnknownEncoding(label.clone()))?;
    strict(encoding, &bytes)
}

/// `bytes` decoded as `encoding`, refused where one is not valid in it. Text from a legacy
/// encoding is composed (NFC): windows-1258 writes `ế` as `ê` and a combining accent, and the
/// importer compares words (`Mô tả`) as a UTF-8 page writes them. Unicode text (UTF-8 or
/// UTF-16 behind its mark) is kept as written, as a UTF-8 page without a mark is.
fn strict(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> Result<String, NotText> {
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(NotText::Malformed(encoding.name()))?;
    let unicode = [
        encoding_rs::UTF_8,
        encoding_rs::UTF_16LE,
        encoding_rs::UTF_16BE,
    ]
    .contains(&encoding);
    Ok(if unicode {
        text.into_owned()
    } else {
        icu_normalizer::ComposingNormalizer::new_nfc()
            .normalize(&text)
            .into_owned()
    })
}

/// The label after the first `charset=` of `head` (`<meta charset="x">`, or the
/// `content="text/html; charset=x"` of an `http-equiv` meta).
fn declared_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|window| window == b"charset=")? + 8;
    let label: String = lower[at..]
        .iter()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .map(|b| char::from(*b))
        .collect();
    (!label.is_empty()).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(charset: &str, body: &[u8]) -> Vec<u8> {
        let mut page =
            format!("<html><head><meta charset=\"{charset}\"></head><body>").into_bytes();
        page.extend_from_slice(body);
        page
    }

    #[test]
    fn pages_are_read_by_their_mark_or_declared_encoding_and_never_guessed() {
        assert_eq!(decode(b"# T\xc3\xaan".to_vec()), Ok("# Tên".to_owned()));
        assert_eq!(decode(b"\xef\xbb\xbf# A".to_vec()), Ok("# A".to_owned()));
        let marked = decode("\u{feff}Tie\u{302}\u{301}c".as_bytes().to_vec());
        assert_eq!(
            marked,
            Ok("Tie\u{302}\u{301}c".to_owned()),
            "as an unmarked page reads"
        );
        assert_eq!(
            decode(b"\xff\xfe#\x00 \x00A\x00".to_vec()),
            Ok("# A".to_owned())
        );
        let latin = decode(html("ISO-8859-1", b"Caf\xe9")).expect("latin-1");
        assert!(latin.ends_with("Café"), "{latin}");
        // windows-1258 writes `ế` as `ê` and a combining acute accent: composed as UTF-8 has it.
        let vietnamese = decode(html("windows-1258", b"Ti\xea\xecc")).expect("windows-1258");
        assert!(vietnamese.ends_with("Tiếc"), "{vietnamese}");
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\x93q\x94";
        assert!(
            decode(equiv.to_vec())
                .expect("http-equiv")
                .ends_with("\u{201c}q\u{201d}")
        );
        assert_eq!(decode(b"Caf\xe9".to_vec()), Err(NotText::Undeclared));
        assert_eq!(
            decode(html("klingon", b"\xe9")),
            Err(NotText::UnknownEncoding("klingon".to_owned()))
        );
        assert_eq!(
            decode(html("utf-8", b"\xe9")),
            Err(NotText::Malformed("UTF-8"))
        );
        assert_eq!(
            decode(b"\xff\xfe\x00".to_vec()),
            Err(NotText::Malformed("UTF-16LE"))
        );
    }
}
