//! A vendor page saved as an HTML document, read as the Markdown the page reader knows:
//! `<h2>` becomes `## …`, `<pre>` a fenced block, `<li>` a list item, `<code>` a code span,
//! `<strong>` bold; tables stay HTML tables on lines of their own (the reader parses those);
//! scripts, styles and the `<head>` go. Line numbers in what the importer says then count the
//! lines of this Markdown, not of the HTML file.

use std::sync::LazyLock;

use regex::Regex;

use crate::markup::{TAG, decode_entities};

static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:<!doctype\s+html|<html\b)|<body\b").expect("document regex")
});
static DROPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(script|style|head|nav|footer)\b.*?</(?:script|style|head|nav|footer)\s*>|<!--.*?-->")
        .expect("dropped regex")
});
/// The parts kept as blocks: tables (as they are) and preformatted code.
static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<table\b.*?</table\s*>|<pre\b[^>]*>(.*?)</pre\s*>").expect("block regex")
});
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>").expect("heading regex")
});
static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<li\b[^>]*>").expect("item regex"));
static CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?code\b[^>]*>").expect("code regex"));
static BOLD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?(?:strong|b)\b[^>]*>").expect("bold regex"));
static LINE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<br\s*/?>|</?(?:p|div|ul|ol|section|article|main|header|blockquote|dl|dt|dd|tr)\b[^>]*>")
        .expect("line break regex")
});
static BLANK_LINES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n[ \t]*(?:\n[ \t]*)+").expect("blank lines regex"));

/// `text` as Markdown when it is an HTML document (a doctype, `<html>` or `<body>`); `None`
/// for Markdown, which may hold HTML tables of its own and is read as it is.
pub fn to_markdown(text: &str) -> Option<String> {
    if !DOCUMENT.is_match(text) {
        return None;
    }
    let text = DROPPED.replace_all(text, "");
    let mut out = String::new();
    let mut last = 0;
    for block in BLOCK.captures_iter(&text) {
        let Some(whole) = block.get(0) else { continue };
        out.push_str(&inline(&text[last..whole.start()]));
        match block.get(1) {
            // Code keeps its text and line breaks: tags out, entities decoded.
            Some(code) => {
                let code = decode_entities(&TAG.replace_all(code.as_str(), ""));
                out.push_str("\n\n```\n");
                out.push_str(code.trim_matches('\n'));
                out.push_str("\n```\n\n");
            }
            None => {
                out.push_str("\n\n");
                out.push_str(&whole.as_str().replace('\n', " "));
                out.push_str("\n\n");
            }
        }
        last = whole.end();
    }
    out.push_str(&inline(&text[last..]));
    let out = BLANK_LINES.replace_all(&out, "\n\n");
    Some(out.trim().to_owned() + "\n")
}

/// Text between blocks: headings, list items, code spans and bold as Markdown, block tags as
/// line breaks, other tags out, entities decoded; the file's own line breaks are spacing.
fn inline(html: &str) -> String {
    let html = html.replace(['\n', '\r'], " ");
    let html = HEADING.replace_all(&html, |found: &regex::Captures| {
        let level = found[1].parse::<usize>().unwrap_or(1);
        let text = TAG.replace_all(&found[2], "");
        format!("\n\n{} {}\n\n", "#".repeat(level), text.trim())
    });
    let html = ITEM.replace_all(&html, "\n- ");
    let html = CODE.replace_all(&html, "`");
    let html = BOLD.replace_all(&html, "**");
    let html = LINE_BREAK.replace_all(&html, "\n");
    let html = TAG.replace_all(&html, "");
    let text = decode_entities(&html);
    text.lines().map(str::trim).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn an_html_document_reads_as_markdown() {
        let html = "<!DOCTYPE html>\n<html><head><title>T</title><style>h1{}</style></head>\n<body><h1>Create a ticket</h1>\n<p>Call <code>POST https://x.vn/v1/t</code> with <strong>care</strong> &amp; speed.</p>\n<ul><li><code>subject</code> (string, required): Summary</li></ul>\n<table>\n<tr><th>Name</th></tr>\n</table>\n<pre><code class=\"language-json\">{\"a\": \"&lt;b&gt;\"}\n</code></pre><script>x()</script></body></html>";
        let expected = "# Create a ticket\n\nCall `POST https://x.vn/v1/t` with **care** & speed.\n\n- `subject` (string, required): Summary\n\n<table> <tr><th>Name</th></tr> </table>\n\n```\n{\"a\": \"<b>\"}\n```\n";
        assert_eq!(to_markdown(html).as_deref(), Some(expected));
    }

    #[test]
    fn markdown_with_html_tables_is_left_to_the_page_reader() {
        assert_eq!(
            to_markdown("# T\n\n<table><tr><td>a</td></tr></table>\n"),
            None
        );
    }
}
