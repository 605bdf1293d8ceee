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

impl fmt::Display for Diagnostic {
    /// `specs/x.yaml:12:5: error: unknown type `strng` …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error: {}",
            self.file, self.at.line, self.at.column, self.message
        )
    }
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
            let gutter = line.to_string();
            out.push_str(&format!("{gutter} | {text}\n"));
            out.push_str(&format!(
                "{} | {}^\n",
                " ".repeat(gutter.len()),
                " ".repeat(column - 1)
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
