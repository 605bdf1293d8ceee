//! Text that came from outside (a server's body, a header, a key of its JSON) as an error
//! prints it: control characters and the invisible marks that reorder a line are written as
//! escapes, so that what a hostile server sends cannot forge a log line (`\n`), move a
//! terminal's cursor (`\x1b[`), or make text read other than it is (U+202E). Everything else,
//! Vietnamese included, is left as it is.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with every control character and bidirectional mark escaped (`\n`, `\u{1b}`).
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            // `escape_debug` writes `\n`, `\t` and `\u{1b}` forms.
            let _ = write!(out, "{}", c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A character that does not print as itself: a control (C0, DEL, C1) or a bidirectional
/// mark, override or isolate.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn controls_and_bidi_marks_are_escaped_and_the_rest_kept() {
        assert_eq!(
            printable("ok\nINFO admin logged in"),
            "ok\\nINFO admin logged in"
        );
        assert_eq!(printable("\u{1b}[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(printable("abc\u{202e}fdp.exe"), "abc\\u{202e}fdp.exe");
        assert_eq!(
            printable("Số điện thoại không hợp lệ"),
            "Số điện thoại không hợp lệ"
        );
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
