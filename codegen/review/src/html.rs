//! A vendor page saved as an HTML document, parsed by html5ever (through scraper) and read as
//! the Markdown the page reader knows: `<h2>` becomes `## …`, `<pre>` a fenced block, `<li>` a
//! list item, `<code>` a code span, `<strong>` bold; tables are written back as HTML tables on
//! a line of their own (the reader parses those); scripts, styles, navigation and the `<head>`
//! go. Line numbers in what the importer says then count the lines of this Markdown, not of
//! the HTML file.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is no part of the page's text.
const DROPPED: [&str; 8] = [
    "head", "script", "style", "nav", "footer", "template", "noscript", "svg",
];

/// Elements that end a line of text.
const BREAKING: [&str; 14] = [
    "p",
    "div",
    "ul",
    "ol",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "dl",
    "br",
    "hr",
    "aside",
    "figure",
];

/// `text` as Markdown when it is an HTML document (a doctype, `<html>` or `<body>`); `None`
/// for Markdown, which may hold HTML tables of its own and is read as it is.
pub fn to_markdown(text: &str) -> Option<String> {
    if !is_document(text) {
        return None;
    }
    let document = Html::parse_document(text);
    let mut writer = Writer::default();
    writer.children(*document.root_element());
    writer.flush();
    let mut out = String::new();
    let mut blank = true;
    for line in writer.out.lines() {
        let empty = line.trim().is_empty();
        if empty && blank {
            continue;
        }
        out.push_str(if empty { "" } else { line });
        out.push('\n');
        blank = empty;
    }
    Some(out.trim().to_owned() + "\n")
}

/// A doctype or an `<html>` element first, or a line that opens a `<body>` (a fragment saved
/// without its head); a Markdown page that shows `<body>` inside a line or a code span is not.
fn is_document(text: &str) -> bool {
    let start = text
        .trim_start()
        .get(..64)
        .unwrap_or(text.trim_start())
        .to_ascii_lowercase();
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || start.starts_with("<?xml") && text.to_ascii_lowercase().contains("<html")
        || text.lines().any(|line| {
            line.trim_start()
                .get(..5)
                .is_some_and(|open| open.eq_ignore_ascii_case("<body"))
        })
}

/// The Markdown being written: finished blocks in `out`, the text line being gathered in
/// `line` (its whitespace runs one space, as a browser shows them).
#[derive(Default)]
struct Writer {
    out: String,
    line: String,
}

impl Writer {
    fn children(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            self.node(child);
        }
    }

    fn node(&mut self, node: NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(text) => self.text(text),
            Node::Element(_) => {
                if let Some(element) = ElementRef::wrap(node) {
                    self.element(element);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        for (index, word) in text.split(char::is_whitespace).enumerate() {
            if index > 0 && !self.line.ends_with(' ') && !self.line.is_empty() {
                self.line.push(' ');
            }
            self.line.push_str(word);
        }
    }

    fn element(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        match name {
            _ if DROPPED.contains(&name) => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.flush();
                let mut inner = Writer::default();
                inner.children(*element);
                let text = inner.line.split_whitespace().collect::<Vec<_>>().join(" ");
                self.block(&format!("{} {text}", "#".repeat(level)));
            }
            "pre" => {
                self.flush();
                let code: String = element.text().collect();
                self.block(&format!("```\n{}\n```", code.trim_matches('\n')));
            }
            "table" => {
                self.flush();
                self.block(&table(element));
            }
            "li" => {
                self.flush();
                self.line.push_str("- ");
                self.children(*element);
                self.flush();
            }
            // A definition list (Sphinx field lists, Stripe-style references): each term with
            // its definitions is one list item, `` - `limit` integer — How many ``, which the
            // page reader takes for a parameter where the term names one and its type.
            "dt" => {
                self.flush();
                self.line.push_str("- ");
                self.line.push_str(&one_line(element));
            }
            "dd" => {
                if self.line.is_empty() {
                    self.line.push_str("- ");
                }
                self.line.truncate(self.line.trim_end().len());
                self.line.push_str(" — ");
                self.line.push_str(&one_line(element));
            }
            "code" => {
                self.line.push('`');
                self.children(*element);
                self.line.push('`');
            }
            "strong" | "b" => {
                self.line.push_str("**");
                self.children(*element);
                self.line.push_str("**");
            }
            _ if BREAKING.contains(&name) => {
                self.flush();
                self.children(*element);
                self.flush();
            }
            _ => self.children(*element),
        }
    }

    /// Ends the text line being gathered.
    fn flush(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() {
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.line.clear();
    }

    /// A block of its own, between blank lines.
    fn block(&mut self, text: &str) {
        self.out.push('\n');
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }
}

/// An element's Markdown on one line (a definition's paragraphs joined by spaces).
fn one_line(element: ElementRef<'_>) -> String {
    let mut inner = Writer::default();
    inner.children(*element);
    inner.flush();
    inner
        .out
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A table written back as HTML on one line: its rows and their cells' markup, nothing else
/// (the cells' line breaks become spaces; `<br>` is kept).
fn table(table: ElementRef<'_>) -> String {
    let mut out = String::from("<table>");
    let rows = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|element| element.value().name() == "tr");
    for row in rows {
        out.push_str("<tr>");
        for cell in row.children().filter_map(ElementRef::wrap) {
            let name = cell.value().name();
            if matches!(name, "td" | "th") {
                let inner = cell.inner_html().replace(['\n', '\r'], " ");
                // A cell across columns is kept so: a row of one is a label (`blocks.rs`).
                let span = cell
                    .value()
                    .attr("colspan")
                    .and_then(|span| span.trim().parse::<u32>().ok())
                    .filter(|span| *span > 1)
                    .map_or_else(String::new, |span| format!(" colspan=\"{span}\""));
                out.push_str(&format!("<{name}{span}>{inner}</{name}>"));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn an_html_document_reads_as_markdown() {
        let html = "<!DOCTYPE html>\n<html><head><title>T</title><style>h1{}</style></head>\n<body><h1>Create a ticket</h1>\n<p>Call <code>POST https://x.vn/v1/t</code> with <strong>care</strong> &amp; speed.</p>\n<ul><li><code>subject</code> (string, required): Summary</li></ul>\n<table>\n<tr><th>Name</th></tr>\n</table>\n<pre><code class=\"language-json\">{\"a\": \"&lt;b&gt;\"}\n</code></pre><script>x()</script></body></html>";
        let expected = "# Create a ticket\n\nCall `POST https://x.vn/v1/t` with **care** & speed.\n- `subject` (string, required): Summary\n\n<table><tr><th>Name</th></tr></table>\n\n```\n{\"a\": \"<b>\"}\n```\n";
        assert_eq!(to_markdown(html).as_deref(), Some(expected));
    }

    #[test]
    fn unclosed_elements_close_as_a_browser_closes_them() {
        let html = "<html><body><ul><li><code>a</code> (string) One<li><code>b</code> (int) Two</ul><table><tr><td>x<td>y</table>";
        let expected =
            "- `a` (string) One\n- `b` (int) Two\n\n<table><tr><td>x</td><td>y</td></tr></table>\n";
        assert_eq!(to_markdown(html).as_deref(), Some(expected));
    }

    #[test]
    fn a_definition_list_reads_as_list_items() {
        let html = "<html><body><h2>Query parameters</h2><dl>\n<dt><code>limit</code> <em>integer</em></dt>\n<dd><p>How many,</p><p>1 to 100.</p></dd>\n<dt><code>cursor</code> string</dt><dd>The last id.</dd></dl><p>After.</p></body></html>";
        let expected = "## Query parameters\n\n- `limit` integer — How many, 1 to 100.\n- `cursor` string — The last id.\nAfter.\n";
        assert_eq!(to_markdown(html).as_deref(), Some(expected));
    }

    #[test]
    fn markdown_with_html_tables_is_left_to_the_page_reader() {
        assert_eq!(
            to_markdown("# T\n\n<table><tr><td>a</td></tr></table>\n"),
            None
        );
        assert_eq!(
            to_markdown("# T\n\nThe reply is a page: `<body>…</body>`.\n"),
            None
        );
    }
}
