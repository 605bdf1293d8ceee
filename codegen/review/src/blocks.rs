//! A page as blocks, which the page reader's recognisers work over: headings, code blocks,
//! tables (pipe tables and HTML tables alike) and the runs of text lines between them.
//!
//! Markdown is read by pulldown-cmark (CommonMark with GFM tables and front matter), so
//! fences of any kind, code nested in list items, tables without outer pipes and setext
//! headings are what CommonMark says they are; HTML tables, in a Markdown page or in an HTML
//! document, are read by html5ever (through scraper). Line numbers are the page's own: the
//! parser's byte offsets are turned into lines, and text lines are read in place.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html};

use crate::markup::clean;

/// A page read into blocks, in page order.
#[derive(Debug)]
pub(crate) struct Blocks<'a> {
    /// The page's lines: text blocks are ranges of them.
    pub lines: Vec<&'a str>,
    /// The front matter's `title`, where the page has one.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
}

/// One block of a page. Lines are 0-based indexes into [`Blocks::lines`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A heading on line `line`, its text cleaned of markup (links kept).
    Heading {
        line: usize,
        level: usize,
        text: String,
    },
    /// A code block: `start` is the line of its opening fence (for an indented block, the
    /// line above its first), `body` its lines as the parser gives them (indentation of a
    /// list item removed).
    Code { start: usize, body: Vec<String> },
    /// A table starting on line `start`: each row's 1-based line and its cells, cleaned of
    /// markup, the header row first.
    Table {
        start: usize,
        rows: Vec<(usize, Vec<String>)>,
    },
    /// Lines `from..to` that are none of the above: paragraphs, list items, other HTML.
    Text { from: usize, to: usize },
}

/// Reads a Markdown page (which may hold HTML tables).
pub(crate) fn read(text: &str) -> Blocks<'_> {
    let lines: Vec<&str> = text.lines().collect();
    let starts = LineStarts::of(text);
    let mut title = None;
    // Blocks other than text, each with the lines it covers (front matter has no block: its
    // lines are only left out of the text).
    let mut found: Vec<(Range<usize>, Option<Block>)> = Vec::new();
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    let mut events = Parser::new_ext(text, options).into_offset_iter();
    // The end of an HTML table read whole: the parser's events inside it are skipped.
    let mut skip_until = 0;
    while let Some((event, range)) = events.next() {
        if range.start < skip_until {
            continue;
        }
        let covered = starts.line(range.start)..starts.line(range.end.saturating_sub(1)) + 1;
        match event {
            Event::Start(Tag::MetadataBlock(_)) => {
                let mut yaml = String::new();
                for (event, _) in events.by_ref() {
                    match event {
                        Event::Text(part) => yaml.push_str(&part),
                        Event::End(TagEnd::MetadataBlock(_)) => break,
                        _ => {}
                    }
                }
                title = yaml.lines().find_map(|line| {
                    let value = line.trim().strip_prefix("title:")?;
                    Some(value.trim().trim_matches('"').to_owned())
                });
                found.push((covered, None));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let text = heading_text(&text[range.clone()]);
                let line = covered.start;
                found.push((
                    covered,
                    Some(Block::Heading {
                        line,
                        level: level as usize,
                        text,
                    }),
                ));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let mut code = String::new();
                for (event, _) in events.by_ref() {
                    match event {
                        Event::Text(part) => code.push_str(&part),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                let start = match kind {
                    CodeBlockKind::Fenced(_) => covered.start,
                    CodeBlockKind::Indented => covered.start.saturating_sub(1),
                };
                let body = code.lines().map(str::to_owned).collect();
                found.push((covered, Some(Block::Code { start, body })));
            }
            Event::Start(Tag::Table(_)) => {
                let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
                // Each row's first cell as written: its indentation may nest it.
                let mut first_cells: Vec<String> = Vec::new();
                for (event, range) in events.by_ref() {
                    match event {
                        Event::Start(Tag::TableHead | Tag::TableRow) => {
                            rows.push((starts.line(range.start) + 1, Vec::new()));
                        }
                        Event::Start(Tag::TableCell) => {
                            if let Some((_, cells)) = rows.last_mut() {
                                if cells.is_empty() {
                                    first_cells.push(text[range.clone()].to_owned());
                                }
                                cells.push(clean(&text[range].replace("\\|", "|")));
                            }
                        }
                        Event::End(TagEnd::Table) => break,
                        _ => {}
                    }
                }
                if first_cells.len() == rows.len() {
                    crate::paths::mark_indented(&mut rows, &first_cells);
                }
                let start = covered.start;
                found.push((covered, Some(Block::Table { start, rows })));
            }
            Event::Html(_) | Event::InlineHtml(_) if opens_table(&text[range.start..]) => {
                let html_end = table_end(text, range.start);
                let start = starts.line(range.start);
                let html = &text[range.start..html_end];
                let rows = html_rows(html, start + 1);
                let rows = headerless_properties(html, &rows).unwrap_or(rows);
                skip_until = html_end;
                let covered = start..starts.line(html_end.saturating_sub(1)) + 1;
                found.push((covered, Some(Block::Table { start, rows })));
            }
            _ => {}
        }
    }
    Blocks {
        blocks: with_text(found, lines.len()),
        lines,
        title,
    }
}

/// `found` in page order, with the runs of lines between them as text blocks.
fn with_text(mut found: Vec<(Range<usize>, Option<Block>)>, lines: usize) -> Vec<Block> {
    found.sort_by_key(|(covered, _)| covered.start);
    let mut blocks = Vec::new();
    let mut next = 0;
    for (covered, block) in found {
        // Offsets at the very end of the page count no line of their own.
        let covered = covered.start.min(lines)..covered.end.min(lines);
        if covered.start > next {
            blocks.push(Block::Text {
                from: next,
                to: covered.start,
            });
        }
        blocks.extend(block);
        next = next.max(covered.end);
    }
    if next < lines {
        blocks.push(Block::Text {
            from: next,
            to: lines,
        });
    }
    blocks
}

/// A request as Postman documents it: a heading that starts with the method (`POST Create
/// deal`) over a code block whose only line (of `content`, its non-blank lines) is the URL.
/// The method and the URL.
pub(crate) fn method_heading_call<'a>(
    heading: &'a str,
    content: &[&'a str],
) -> Option<(&'a str, &'a str)> {
    let method = heading.split_whitespace().next()?;
    let [url] = content else { return None };
    (matches!(method, "GET" | "POST" | "PUT" | "PATCH" | "DELETE")
        && url.starts_with("http")
        && url.contains("://")
        && !url.contains(char::is_whitespace))
    .then_some((method, *url))
}

/// An ATX heading's text without its `#` marks, or a setext heading's without its underline.
fn heading_text(source: &str) -> String {
    let first = source.trim_start();
    if first.starts_with('#') {
        let line = first.lines().next().unwrap_or_default();
        let line = line.trim_start_matches('#').trim();
        // A closing sequence (`## Title ##`) is no part of the text.
        let line = match line.trim_end_matches('#') {
            kept if kept.ends_with(' ') || kept.is_empty() => kept.trim_end(),
            _ => line,
        };
        return clean(line);
    }
    let mut lines: Vec<&str> = source.lines().collect();
    lines.pop();
    clean(&lines.join("\n"))
}

/// Whether HTML starting here is a table.
fn opens_table(html: &str) -> bool {
    html.trim_start()
        .get(..6)
        .is_some_and(|start| start.eq_ignore_ascii_case("<table"))
}

/// Where the HTML table opening at `from` ends: after its `</table>`, or at the end of the
/// page when it is never closed (html5ever closes it as a browser would).
fn table_end(text: &str, from: usize) -> usize {
    // Compared in place, not on a lowercased copy of the rest of the page for every table.
    let close = text.as_bytes()[from..]
        .windows("</table".len())
        .position(|window| window.eq_ignore_ascii_case(b"</table"));
    match close {
        Some(close) => {
            let after = from + close;
            text[after..]
                .find('>')
                .map_or(text.len(), |gt| after + gt + 1)
        }
        None => text.len(),
    }
}

/// The rows of an HTML table (the first row its headers), each with its 1-based line: the
/// line of its `<tr>` in `html`, which starts on line `line`.
pub(crate) fn html_rows(html: &str, line: usize) -> Vec<(usize, Vec<String>)> {
    let fragment = Html::parse_fragment(html);
    let row_lines = tag_lines(html, "tr");
    // Each row's first cell as written: its indentation may nest it.
    let mut first_cells = Vec::new();
    let mut rows: Vec<(usize, Vec<String>)> = fragment
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|element| element.value().name() == "tr")
        .enumerate()
        // A row of one cell across the table (`<td colspan="4"><b>Buyer</b></td>`) labels the
        // rows under it, as a heading would: it lists nothing itself.
        .filter(|(_, row)| !is_label_row(*row))
        .map(|(index, row)| {
            let raw: Vec<String> = row
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|cell| matches!(cell.value().name(), "td" | "th"))
                .map(|cell| cell.inner_html())
                .collect();
            first_cells.push(raw.first().cloned().unwrap_or_default());
            let cells = raw.iter().map(|cell| clean(&code_spans(cell))).collect();
            let offset = row_lines.get(index).copied().unwrap_or(0);
            (line + offset, cells)
        })
        .collect();
    crate::paths::mark_indented(&mut rows, &first_cells);
    rows
}

/// Whether `row` is a single cell spanning several columns: a label over the rows below it.
fn is_label_row(row: ElementRef<'_>) -> bool {
    let mut cells = row
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|cell| matches!(cell.value().name(), "td" | "th"));
    let (Some(only), None) = (cells.next(), cells.next()) else {
        return false;
    };
    only.value()
        .attr("colspan")
        .and_then(|span| span.trim().parse::<u32>().ok())
        .is_some_and(|span| span > 1)
}

/// A property table without a header row, as Redoc renders one: each row a name cell (with
/// `required` under the name) and a cell of the type word over the description. Read as the
/// `Name | Type | Required | Description` table it is; `None` for any other table.
fn headerless_properties(
    html: &str,
    rows: &[(usize, Vec<String>)],
) -> Option<Vec<(usize, Vec<String>)>> {
    let lower = html.to_ascii_lowercase();
    if rows.is_empty() || lower.contains("<th") {
        return None;
    }
    let mut read = vec![(
        rows[0].0,
        ["Name", "Type", "Required", "Description"]
            .map(str::to_owned)
            .to_vec(),
    )];
    for (line, cells) in rows {
        let [name, typed] = cells.as_slice() else {
            return None;
        };
        let mut name_lines = name.lines();
        let name = name_lines.next()?.trim();
        let required = name_lines.any(|line| line.trim().eq_ignore_ascii_case("required"));
        let mut typed_lines = typed.lines();
        let word = typed_lines.next()?.trim();
        let is_name = crate::bullets::is_field_name(name);
        if !is_name || !crate::type_word::is_known(word) {
            return None;
        }
        let description = typed_lines.collect::<Vec<_>>().join("\n");
        read.push((
            *line,
            vec![
                name.to_owned(),
                word.to_owned(),
                if required { "required" } else { "optional" }.to_owned(),
                description,
            ],
        ));
    }
    Some(read)
}

/// A cell's `<code>…</code>` as the Markdown code span it is (`` `duplicate` ``), so that an
/// HTML table says what a Markdown one says: the values a description lists, a name in code.
fn code_spans(html: &str) -> String {
    static CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)</?code(\s[^>]*)?>").expect("code tag regex")
    });
    // Blocks inside a cell (`<p>`, `<div>`, `<li>`) are lines of its text, not run together.
    static BLOCK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)</?(?:p|div|li|ul|ol|h[1-6])(?:\s[^>]*)?>")
            .expect("block tag regex")
    });
    let lines = BLOCK.replace_all(html, "\n");
    CODE.replace_all(&lines, "`").into_owned()
}

/// For each `<name …>` start tag in `html`, in order, the number of line breaks before it.
fn tag_lines(html: &str, name: &str) -> Vec<usize> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{name}");
    let mut lines = Vec::new();
    let mut breaks = 0;
    let mut counted = 0;
    for (at, _) in lower.match_indices(&open) {
        let follows = lower[at + open.len()..].chars().next();
        if !follows.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace()) {
            continue;
        }
        breaks += lower[counted..at].matches('\n').count();
        counted = at;
        lines.push(breaks);
    }
    lines
}

/// Byte offsets to 0-based line numbers.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        Self(starts)
    }

    fn line(&self, offset: usize) -> usize {
        self.0
            .partition_point(|start| *start <= offset)
            .saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::{Block, read};

    fn blocks(text: &str) -> Vec<Block> {
        read(text).blocks
    }

    #[test]
    fn headings_code_tables_and_text_in_page_order() {
        let page = "# Title\n\nSome text.\n\n```json\n{\"a\": 1}\n```\n\n| A | B |\n|---|---|\n| x | y \\| z |\n\nMore.\n";
        assert_eq!(
            blocks(page),
            [
                Block::Heading {
                    line: 0,
                    level: 1,
                    text: "Title".into()
                },
                Block::Text { from: 1, to: 4 },
                Block::Code {
                    start: 4,
                    body: vec!["{\"a\": 1}".into()]
                },
                Block::Text { from: 7, to: 8 },
                Block::Table {
                    start: 8,
                    rows: vec![
                        (9, vec!["A".into(), "B".into()]),
                        (11, vec!["x".into(), "y | z".into()])
                    ]
                },
                Block::Text { from: 11, to: 13 },
            ]
        );
    }

    #[test]
    fn code_in_a_list_item_and_tilde_fences_are_code() {
        let page = "- Request:\n\n  ~~~\n  curl https://x.vn\n  ~~~\n";
        assert_eq!(
            blocks(page)[1],
            Block::Code {
                start: 2,
                body: vec!["curl https://x.vn".into()]
            }
        );
    }

    #[test]
    fn an_html_table_with_blank_lines_is_one_table() {
        let page = "## Fields\n\n<table>\n<tr><th>Name</th><th>Type</th></tr>\n\n<tr><td>a &amp; b</td><td>List&lt;Integer&gt;</td></tr>\n</table>\n\nAfter.\n";
        let found = blocks(page);
        assert_eq!(
            found[2],
            Block::Table {
                start: 2,
                rows: vec![
                    (4, vec!["Name".into(), "Type".into()]),
                    (6, vec!["a & b".into(), "List<Integer>".into()])
                ]
            }
        );
        assert_eq!(found[3], Block::Text { from: 7, to: 9 });
    }

    #[test]
    fn a_row_of_one_cell_across_the_table_is_a_label_not_a_row() {
        let html = "<table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n<tr><td colspan=\"3\"><b>Buyer</b></td></tr>\n<tr><td>buyer_name</td><td>string</td><td>Name</td></tr>\n<tr><td>note</td></tr>\n</table>";
        let rows = super::html_rows(html, 1);
        let names: Vec<(usize, &str)> = rows
            .iter()
            .map(|(line, cells)| (*line, cells[0].as_str()))
            .collect();
        // A short row without a span is a row (its other cells are blank).
        assert_eq!(names, [(2, "Name"), (4, "buyer_name"), (5, "note")]);
        let page = crate::page::Page::parse(&format!(
            "<!DOCTYPE html><html><body><h1>T</h1>\n{html}\n</body></html>"
        ));
        let names: Vec<&str> = page
            .tables
            .iter()
            .flat_map(|table| &table.rows)
            .map(|row| row.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["buyer_name", "note"],
            "the span survives a whole page's conversion"
        );
    }

    #[test]
    fn any_text_reads_into_blocks_within_its_lines() {
        for text in [
            "",
            "\n",
            "```",
            "```\n",
            "|a|\n|-|",
            "|a|\n|-|\n",
            "<table",
            "<table>\n<tr><td>x",
            "# \n",
            "---\n",
            "---\ntitle: x\n---",
            "a\r\nb\r\n",
            "    code",
            "- x\n  ```\n  y",
            "<TABLE><TR><TD>a</TD></TR></TABLE>\n\n\n",
        ] {
            let read = read(text);
            for block in &read.blocks {
                if let Block::Text { from, to } = block {
                    assert!(from <= to && *to <= read.lines.len(), "{text:?}: {block:?}");
                }
            }
            // The page reader over them never panics either.
            let _ = crate::page::Page::parse(text);
        }
    }

    #[test]
    fn headings_in_quotes_and_list_items_keep_their_text() {
        for (page, expected) in [
            ("> ## Quoted call\n", "Quoted call"),
            ("- ### In a list\n", "In a list"),
            ("## Closed ##\n", "Closed"),
            ("## C# client\n", "C# client"),
        ] {
            let found = blocks(page);
            assert!(
                found
                    .iter()
                    .any(|b| matches!(b, Block::Heading { text, .. } if text == expected)),
                "{page:?}: {found:?}"
            );
        }
    }

    #[test]
    fn front_matter_gives_the_title_and_setext_headings_are_headings() {
        let read = read("---\ntitle: \"Orders\"\n---\n\nCreate\n======\n");
        assert_eq!(read.title.as_deref(), Some("Orders"));
        assert_eq!(
            read.blocks,
            [
                Block::Text { from: 3, to: 4 },
                Block::Heading {
                    line: 4,
                    level: 1,
                    text: "Create".into()
                }
            ]
        );
    }
}
