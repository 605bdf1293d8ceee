//! Problems found in a spec, as values: collected, sorted, then rendered once for a terminal
//! and once for `compile_error!`.

use std::fmt;

/// A 1-based line and column in a spec (0:0 when the problem concerns the whole file).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

impl Location {
    /// A line and column.
    pub fn new(line: u64, column: u64) -> Self {
        Self { line, column }
    }
}

/// One problem in a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec file as the user named it.
    pub file: String,
    /// Where in the file.
    pub at: Location,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Diagnostic {
    /// An error at a location of a file.
    pub fn error(file: impl Into<String>, at: Location, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            at,
            message: message.into(),
        }
    }
}

/// Characters of a message printed whole: a longer one (a key thousands of characters long,
/// quoted back) is cut, saying how much was left out.
const MESSAGE_LIMIT: usize = 1000;

/// Characters of a spec line shown around the column: a longer line (a minified example, a
/// flow mapping on one line) is shown as a window with `…` where it was cut.
const EXCERPT_WIDTH: usize = 100;

impl fmt::Display for Diagnostic {
    /// `specs/x.yaml:12:5: error: unknown type `strng` …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error: ",
            self.file, self.at.line, self.at.column
        )?;
        match self.message.char_indices().nth(MESSAGE_LIMIT) {
            None => f.write_str(&self.message),
            Some((cut, _)) => write!(
                f,
                "{}… ({} more characters)",
                &self.message[..cut],
                self.message[cut..].chars().count()
            ),
        }
    }
}

/// The part of `line` shown for a diagnostic at 1-based `column`, and the caret's 0-based
/// offset in it: the whole line when it is short, else [`EXCERPT_WIDTH`] characters around
/// the column.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let length = line.chars().count();
    let at = column.saturating_sub(1).min(length);
    if length <= EXCERPT_WIDTH {
        return (line.to_owned(), at);
    }
    let start = at
        .saturating_sub(EXCERPT_WIDTH / 2)
        .min(length - EXCERPT_WIDTH);
    let end = start + EXCERPT_WIDTH;
    let mut shown: String = line.chars().skip(start).take(EXCERPT_WIDTH).collect();
    let mut caret = at - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < length {
        shown.push('…');
    }
    (shown, caret)
}

/// The lines of `text` as YAML and JSON parsers count them: `\r\n`, a lone `\r` and `\n` each
/// end a line (a lone `\r` is a line break to the YAML parser, so positions after one count it).
pub fn source_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\r', '\n']) {
            Some(at) => {
                let skip = if current[at..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                rest = Some(&current[at + skip..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// Renders diagnostics for a terminal: each one's headline, then the spec line it points at
/// with a caret under the column, when the source text is at hand.
pub fn render(diagnostics: &[Diagnostic], source: Option<&str>) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&diagnostic.to_string());
        out.push('\n');
        let line = usize::try_from(diagnostic.at.line).unwrap_or(0);
        let text = source.and_then(|source| source_lines(source).nth(line.checked_sub(1)?));
        if let Some(text) = text {
            let column = usize::try_from(diagnostic.at.column).unwrap_or(1).max(1);
            let (text, caret) = excerpt(text, column);
            let gutter = line.to_string();
            out.push_str(&format!("{gutter} | {text}\n"));
            out.push_str(&format!(
                "{} | {}^\n",
                " ".repeat(gutter.len()),
                " ".repeat(caret)
            ));
        }
    }
    out
}

/// [`render`] with each diagnostic's own file read from below `base`: a diagnostic about an
/// example file shows that file's line, not the spec's.
pub fn render_from_files(diagnostics: &[Diagnostic], base: &std::path::Path) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let source =
                crate::input::read_text(&base.join(&diagnostic.file), crate::input::EXAMPLE_LIMIT)
                    .ok();
            render(std::slice::from_ref(diagnostic), source.as_deref())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(line: &str, column: u64, message: &str) -> String {
        let diagnostic = Diagnostic::error("s.yaml", Location::new(1, column), message);
        render(&[diagnostic], Some(line))
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_with_the_caret_on_the_column() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let out = rendered(&line, 5001, "here");
        let lines: Vec<&str> = out.lines().collect();
        let (shown, caret) = (lines[1], lines[2]);
        assert!(shown.chars().count() < 110, "{shown}");
        assert!(shown.starts_with("1 | …a") && shown.ends_with("b…"));
        assert_eq!(
            caret.find('^'),
            shown.char_indices().position(|(_, c)| c == 'X')
        );
        let start = rendered(&format!("X{}", "a".repeat(500)), 1, "here");
        assert!(
            start
                .lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("1 | Xa") && l.ends_with('…'))
        );
        assert_eq!(
            rendered("short: line", 8, "m"),
            "s.yaml:1:8: error: m\n1 | short: line\n  |        ^\n"
        );
    }

    #[test]
    fn a_long_message_is_cut_saying_how_much_was_left_out() {
        let message = format!("unknown field `{}`", "k".repeat(3000));
        let shown = Diagnostic::error("s.yaml", Location::new(1, 1), message).to_string();
        assert!(shown.len() < 1100, "{}", shown.len());
        assert!(shown.ends_with("… (2016 more characters)"), "{shown}");
    }
}
