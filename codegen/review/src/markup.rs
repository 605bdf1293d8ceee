//! The text of a page's cells and headings as a reader compares it: markup cleaned, entities
//! decoded, required marks read. Every page reader (`page.rs`, `html.rs`, `bullets.rs`) and
//! every comparison (`drift.rs`) uses these, so they depend on nothing else of the crate.

use std::sync::LazyLock;

use regex::Regex;

static BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<br\s*/?>").expect("break regex"));

/// An HTML tag, opening or closing.
pub(crate) static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<[^>]*>").expect("tag regex"));

static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").expect("link regex"));

static ENTITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);").expect("entity"));

/// A required (or not-null) mark as a flag: có / yes / ✓ are true, ✕ / no / blank false.
/// A footnote's mark after the word (`Yes*`, `Required¹`) is not part of it.
pub(crate) fn required_mark(text: &str) -> Option<bool> {
    let lower = text.trim().to_lowercase();
    let word = lower
        .trim_end_matches(['*', '¹', '²', '³', '†'])
        .trim_end()
        // An emoji's variation selector (`✔️`, `☑️`) says how to draw it, not what it is.
        .trim_end_matches('\u{fe0f}');
    match word {
        "có" | "yes" | "y" | "true" | "✓" | "✔" | "✅" | "☑" | "x" | "bắt buộc" | "required"
        | "mandatory" | "bắt buộc có" | "m" | "r" => Some(true),
        ""
        | "không"
        | "no"
        | "n"
        | "false"
        | "✕"
        | "✗"
        | "✘"
        | "❌"
        | "-"
        | "—"
        | "–"
        | "optional"
        | "o"
        | "không bắt buộc"
        | "tùy chọn"
        | "tuỳ chọn" => Some(false),
        _ => None,
    }
}

/// A cell or heading as the doc's text: `<br>` becomes a line break, other HTML tags and `**`
/// go, entities are decoded, and each line is trimmed. Markdown links stay: they are the doc's
/// words (see [`plain`]), and so do angle brackets that are no HTML tag (see `is_tag`).
pub fn clean(markup: &str) -> String {
    let text = BREAK.replace_all(markup, "\n");
    let text = TAG.replace_all(&text, |found: &regex::Captures| {
        let whole = found.get(0).map_or("", |m| m.as_str());
        let start = found.get(0).map_or(0, |m| m.start());
        if is_tag(&text[..start], whole) {
            String::new()
        } else {
            whole.to_owned()
        }
    });
    let text = text.replace("**", "");
    let text = decode_entities(&text);
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `<…>` right after `before` is an HTML tag: an element's name (`<span class="x">`,
/// `</b>`), or a comment or declaration (`<!-- -->`), outside a code span. Everything else is
/// the doc's words: a type's parameters (`List<Integer>`), a placeholder (`Bearer <token>`,
/// `"status": "<status>"`), anything between backticks.
fn is_tag(before: &str, angled: &str) -> bool {
    const ELEMENTS: [&str; 64] = [
        "a",
        "abbr",
        "article",
        "b",
        "big",
        "blockquote",
        "br",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figure",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "li",
        "mark",
        "nobr",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "section",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "tt",
        "u",
        "ul",
        "var",
        "wbr",
    ];
    // An odd number of backticks before: inside a code span, where `<` is a character.
    if before.matches('`').count() % 2 == 1 {
        return false;
    }
    let inner = angled.trim_start_matches('<');
    if inner.starts_with('!') || inner.starts_with('?') {
        return true;
    }
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    ELEMENTS.contains(&name.as_str())
}

/// Text as a reader compares it: markup cleaned, links reduced to their text, whitespace runs
/// (line breaks included) as one space.
pub fn plain(text: &str) -> String {
    let text = clean(text);
    let text = LINK.replace_all(&text, "$1");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with its HTML entities (`&amp;`, `&#8211;`) decoded.
pub(crate) fn decode_entities(text: &str) -> String {
    ENTITY
        .replace_all(text, |found: &regex::Captures| decode_entity(&found[1]))
        .into_owned()
}

fn decode_entity(name: &str) -> String {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()
    } else if let Some(decimal) = name.strip_prefix('#') {
        decimal.parse().ok()
    } else {
        match name {
            "amp" => Some('&' as u32),
            "lt" => Some('<' as u32),
            "gt" => Some('>' as u32),
            "quot" => Some('"' as u32),
            "apos" => Some('\'' as u32),
            "nbsp" => Some(' ' as u32),
            "ndash" => Some(0x2013),
            "mdash" => Some(0x2014),
            "lsquo" => Some(0x2018),
            "rsquo" => Some(0x2019),
            "ldquo" => Some(0x201C),
            "rdquo" => Some(0x201D),
            "hellip" => Some(0x2026),
            "laquo" => Some(0xAB),
            "raquo" => Some(0xBB),
            "middot" => Some(0xB7),
            "bull" => Some(0x2022),
            "times" => Some(0xD7),
            "copy" => Some(0xA9),
            "rarr" => Some(0x2192),
            _ => None,
        }
    };
    match code.and_then(char::from_u32) {
        Some(c) => c.to_string(),
        None => format!("&{name};"),
    }
}
