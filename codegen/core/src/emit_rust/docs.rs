//! Rustdoc of generated items, from the doc's own words: descriptions, facts a field's table
//! row states, constraints, conflicts and notes. Nothing that restates a name, and no spec line
//! numbers (the type and field name already identify the row, and lines move with every edit).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Constraints, Endpoint, Field, Remark, Rule, Text, TypeDef};

/// `#[doc]` attributes, one a line, each with a leading space so prettyplease prints `/// line`.
pub(super) fn attributes(lines: &[String]) -> Vec<syn::Attribute> {
    lines
        .iter()
        .map(|line| {
            if line.is_empty() {
                super::tree::doc("")
            } else {
                super::tree::doc(&format!(" {line}"))
            }
        })
        .collect()
}

/// [`attributes`] as tokens.
pub(super) fn attrs(lines: &[String]) -> TokenStream {
    let attributes = attributes(lines);
    quote!(#(#attributes)*)
}

/// The lines of both texts, Vietnamese first, a blank line between paragraphs, escaped for
/// rustdoc.
pub(super) fn text(text: &Text, lines: &mut Vec<String>) {
    for part in [&text.vi, &text.en].into_iter().flatten() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(markdown(part));
    }
}

/// One text's lines as rustdoc shows them: prose through [`escape`], and the vendor's code
/// blocks kept verbatim but marked `text`, so that rustdoc neither compiles the vendor's
/// samples as doctests (a fence without a language or marked `rust`, and an indented block,
/// are Rust to rustdoc: `cargo test` of the generated crate would run them) nor shows `<` in
/// them as `&lt;`. A fence the text leaves open is closed at its end.
fn markdown(part: &str) -> Vec<String> {
    let lines: Vec<&str> = part.lines().collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut at = 0;
    // The last line that was not blank, and whether a blank line came after it.
    let mut previous: Option<&str> = None;
    let mut after_blank = true;
    while at < lines.len() {
        let line = lines[at];
        if let Some((fence, info)) = opening_fence(line) {
            let rust = info.is_empty() || info.split([',', ' ']).any(is_rustdoc_word);
            out.push(if rust {
                format!("{fence}text")
            } else {
                line.trim_start().to_owned()
            });
            at += 1;
            // Up to its closing fence, or the text's end: closed either way, so that the next
            // text's lines are not read as code.
            while at < lines.len() {
                let inner = lines[at];
                at += 1;
                if closes(inner, &fence) {
                    break;
                }
                out.push(inner.to_owned());
            }
            out.push(fence);
            previous = Some(line);
            after_blank = false;
            continue;
        }
        let in_list = previous.is_some_and(|line| {
            let line = line.trim_start();
            ["- ", "* ", "+ "]
                .iter()
                .any(|marker| line.starts_with(marker))
                || line
                    .split_once(". ")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty())
        });
        if after_blank && indented(line) && !in_list {
            // An indented block: its lines up to the last indented one, blank lines between.
            let mut end = at;
            let mut last = at;
            while end < lines.len() && (indented(lines[end]) || lines[end].trim().is_empty()) {
                if indented(lines[end]) {
                    last = end;
                }
                end += 1;
            }
            out.push("```text".to_owned());
            out.extend(
                lines[at..=last]
                    .iter()
                    .map(|code| unindent(code).to_owned()),
            );
            out.push("```".to_owned());
            previous = Some(lines[last]);
            after_blank = false;
            at = last + 1;
            continue;
        }
        out.push(escape(line));
        if line.trim().is_empty() {
            after_blank = true;
        } else {
            previous = Some(line);
            after_blank = false;
        }
        at += 1;
    }
    out
}

/// A fence that opens a code block (`` ``` ``, `~~~`, longer, indented at most three
/// spaces), and its info string.
fn opening_fence(line: &str) -> Option<(String, &str)> {
    let trimmed = line
        .strip_prefix("   ")
        .or_else(|| line.strip_prefix("  "))
        .or_else(|| line.strip_prefix(' '))
        .unwrap_or(line);
    let mark = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let length = trimmed.chars().take_while(|c| *c == mark).count();
    let info = trimmed[length..].trim();
    // A backtick fence's info string holds no backtick (else it is a code span).
    if length < 3 || (mark == '`' && info.contains('`')) {
        return None;
    }
    Some((mark.to_string().repeat(length), info))
}

/// Whether `line` closes the code block `fence` opened: as long a run of its mark, alone.
fn closes(line: &str, fence: &str) -> bool {
    let trimmed = line.trim();
    let mark = fence.chars().next().unwrap_or('`');
    trimmed.len() >= fence.len() && trimmed.chars().all(|c| c == mark)
}

/// A word of an info string that makes rustdoc read the block as Rust.
fn is_rustdoc_word(word: &str) -> bool {
    let word = word.trim();
    matches!(
        word,
        "rust"
            | "rs"
            | "ignore"
            | "should_panic"
            | "no_run"
            | "compile_fail"
            | "test_harness"
            | "standalone_crate"
    ) || word.starts_with("edition")
}

/// A line of an indented code block: four spaces or a tab, then something.
fn indented(line: &str) -> bool {
    (line.starts_with("    ") || line.starts_with('\t')) && !line.trim().is_empty()
}

/// `line` without the indentation that made it code.
fn unindent(line: &str) -> &str {
    line.strip_prefix("    ")
        .or_else(|| line.strip_prefix('\t'))
        .unwrap_or(line)
}

/// Both texts on one line, ` / ` between them, as written (`HeaderParam::description`, a value
/// rather than a doc; pass it through [`escape`] to show it in rustdoc).
pub(super) fn one_line(text: &Text) -> String {
    [&text.vi, &text.en]
        .into_iter()
        .flatten()
        .flat_map(|part| part.lines())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A line of the vendor's words as rustdoc Markdown shows it as written: outside code spans,
/// `<` is an entity (so `"<status>"` is not read as an HTML tag and dropped), brackets are
/// escaped (so `[Data]` is not an intra-doc link), and a bare URL is put in angle brackets
/// (rustdoc warns on bare URLs, and links the bracketed form).
pub(crate) fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let ticks = line.matches('`').count();
    for (at, part) in line.split('`').enumerate() {
        if at > 0 {
            out.push('`');
        }
        // Odd parts are inside a code span, when a backtick closes it.
        if at % 2 == 1 && at < ticks {
            out.push_str(part);
            continue;
        }
        let mut rest = part;
        while !rest.is_empty() {
            // The vendor's own web links (`[HTTP Code](https://…)`) stay links.
            if let Some(link) = web_link(rest) {
                out.push_str(link);
                rest = &rest[link.len()..];
                continue;
            }
            let url_at = ["https://", "http://", "["]
                .iter()
                .filter_map(|start| rest.find(start))
                .min();
            let (plain, tail) = rest.split_at(url_at.unwrap_or(rest.len()));
            for c in plain.chars() {
                match c {
                    '<' => out.push_str("&lt;"),
                    '[' => out.push_str("\\["),
                    ']' => out.push_str("\\]"),
                    _ => out.push(c),
                }
            }
            if tail.is_empty() {
                break;
            }
            if let Some(after) = tail.strip_prefix('[') {
                // A web link is kept at the top of the loop; any other bracket is escaped.
                rest = if web_link(tail).is_some() {
                    tail
                } else {
                    out.push_str("\\[");
                    after
                };
                continue;
            }
            let end = tail
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ')' | ','))
                .unwrap_or(tail.len());
            // A sentence's full stop after a URL is not part of it.
            let url = tail[..end].trim_end_matches(['.', ';', ':']);
            let after = &tail[url.len()..];
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = after;
        }
    }
    out
}

pub(super) fn remarks<'a>(remarks: impl IntoIterator<Item = &'a Remark>, lines: &mut Vec<String>) {
    for remark in remarks {
        lines.push(String::new());
        match remark {
            Remark::Conflict { resolution, .. } => {
                let sides = remark.sides().unwrap_or_default();
                lines.push(format!("Doc conflict — {}.", escape(&sides)));
                lines.push(format!("Resolution: {}", escape(resolution)));
            }
            Remark::Note { text, .. } => {
                let mut note = Vec::new();
                self::text(text, &mut note);
                if let Some(first) = note.first_mut() {
                    *first = format!("Note: {first}");
                }
                lines.extend(note);
            }
        }
    }
}

/// The constraints as sentences (`Length: at most 64.`), which follow the row's facts on their
/// line: a field's docs stay one short paragraph.
fn constraints(constraints: &Constraints) -> Vec<String> {
    let mut sentences = Vec::new();
    if let Some(pattern) = &constraints.pattern {
        sentences.push(format!("Pattern: `{pattern}`."));
    }
    sentences.extend(crate::constraint::doc_sentences(constraints));
    sentences
}

/// A field's docs: the doc's description, then what its row states (nullable where the type
/// does not say it, the doc's type word, where it was found, with "Required"/"Optional" before them), constraints, and the
/// remarks about it. Whether a field is required alone is not said: the field's type says it
/// (`Option` or not). Empty for a field the doc says nothing about.
pub(super) fn field(def: &TypeDef, field: &Field) -> Vec<String> {
    let mut lines = Vec::new();
    text(&field.docs, &mut lines);
    let mut facts = Vec::new();
    if let Some(doc_type) = &field.doc_type {
        facts.push(format!("doc type `{doc_type}`"));
    }
    if field.from_example {
        facts.push("not in the doc's table, only in its examples".to_owned());
    }
    // An optional field that may be `null` is a `Nullable`, whose type says both; a required
    // one is an `Option`, which alone would read as "may be absent".
    if field.nullable && (field.required || !facts.is_empty()) {
        facts.insert(0, "may be `null`".to_owned());
    }
    let mut sentences = Vec::new();
    if !facts.is_empty() {
        let presence = if field.required {
            "Required"
        } else {
            "Optional"
        };
        sentences.push(format!("{presence}; {}.", facts.join("; ")));
    }
    sentences.extend(constraints(&field.ty.constraints));
    if !sentences.is_empty() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(sentences.join(" "));
    }
    remarks(
        def.remarks
            .iter()
            .filter(|r| r.field() == Some(&field.wire_name)),
        &mut lines,
    );
    lines
}

/// An object's rules, as sentences after its description.
pub(super) fn rules(rules: &[Rule], lines: &mut Vec<String>) {
    for rule in rules {
        let Rule::AnyOfRequired { fields, docs } = rule;
        lines.push(String::new());
        let names: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        lines.push(format!(
            "Rule: at least one of {} holds a value (not absent, `null` or empty).",
            names.join(", ")
        ));
        let words = one_line(docs);
        if !words.is_empty() {
            lines.push(format!("The doc: {}", escape(&words)));
        }
    }
}

/// The module documentation of an endpoint's file, one line an entry.
pub fn module(endpoint: &Endpoint) -> Vec<String> {
    let mut lines = vec![summary(endpoint), String::new()];
    for server in &endpoint.servers {
        lines.push(format!(
            "- {}: `{}{}`",
            server.name, server.url, endpoint.path
        ));
    }
    lines.push(String::new());
    lines.push(if endpoint.doc.is_empty() {
        format!(
            "Spec: `{}` (no vendor page copy; its notes say where the facts came from).",
            endpoint.spec
        )
    } else {
        format!(
            "Vendor page: `{}`. Spec: `{}`.",
            endpoint.doc, endpoint.spec
        )
    });
    lines.push(String::new());
    lines.push(format!(
        "Authentication: {}.",
        crate::auth::rustdoc_line(&endpoint.auth)
    ));
    remarks(&endpoint.remarks, &mut lines);
    lines
}

/// `Title (English title) — `METHOD /path``: the first line of the module docs, and of each
/// place that lists the endpoint.
pub(super) fn summary(endpoint: &Endpoint) -> String {
    format!(
        "{} — `{} {}`",
        escape(&endpoint.title.title(&endpoint.name)),
        endpoint.method.as_str(),
        endpoint.path
    )
}

/// The Markdown link to a web page that `text` starts with (`[words](https://…)`), if it does.
fn web_link(text: &str) -> Option<&str> {
    let words_end = text.strip_prefix('[')?.find("](")? + 1;
    let target = &text[words_end + 2..];
    if !(target.starts_with("https://") || target.starts_with("http://")) {
        return None;
    }
    let end = target.find(')')?;
    // A URL has no spaces; the page may leave one before the `)`.
    (!target[..end].trim_end().contains(char::is_whitespace))
        .then(|| &text[..words_end + 2 + end + 1])
        .filter(|link| !link[1..].contains('['))
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn the_vendors_code_blocks_are_text_to_rustdoc_never_doctests() {
        let shown = |text: &str| super::markdown(text).join("\n");
        // A fence without a language, or marked Rust, is a doctest: it becomes `text`, and
        // what it holds is kept as written (`<` included).
        assert_eq!(
            shown("Example:\n```\nlet x = 1 +; // <b>\n```\nAfter <b>."),
            "Example:\n```text\nlet x = 1 +; // <b>\n```\nAfter &lt;b>."
        );
        assert_eq!(shown("~~~rust,ignore\nx\n~~~~"), "~~~text\nx\n~~~");
        assert_eq!(
            shown("```json\n{\"a\": \"<b>\"}\n```"),
            "```json\n{\"a\": \"<b>\"}\n```"
        );
        // A fence left open is closed at the text's end.
        assert_eq!(
            shown("```\nassert!(false);"),
            "```text\nassert!(false);\n```"
        );
        // An indented block after a blank line (or at the start) is code too.
        assert_eq!(
            shown("Call it:\n\n    fn broken( {\n\n    }\n\nDone."),
            "Call it:\n\n```text\nfn broken( {\n\n}\n```\n\nDone."
        );
        assert_eq!(shown("\tassert!(false);"), "```text\nassert!(false);\n```");
        // Not code: a paragraph's indented continuation, a list item's, a code span.
        assert_eq!(shown("Line one\n    line two"), "Line one\n    line two");
        assert_eq!(
            shown("- item\n\n    more of it"),
            "- item\n\n    more of it"
        );
        assert_eq!(shown("```a` b```"), "```a` b```");
        assert_eq!(
            shown("-1 is refused:\n\n    assert!(false);"),
            "-1 is refused:\n\n```text\nassert!(false);\n```",
            "no list item"
        );
    }

    #[test]
    fn vendor_words_are_escaped_for_rustdoc_outside_code_spans() {
        for (line, shown) in [
            (r#"{"status": "<status>"}"#, r#"{"status": "&lt;status>"}"#),
            ("`<kept>` and <tag>", "`<kept>` and &lt;tag>"),
            ("see [Data](#data)", "see \\[Data\\](#data)"),
            (
                "[HTTP Code](https://x.example/s )",
                "[HTTP Code](https://x.example/s )",
            ),
            ("[a] https://b.example", "\\[a\\] <https://b.example>"),
            ("at https://tiki.vn/docs.", "at <https://tiki.vn/docs>."),
            (
                "(https://a.example/x?y=1), then",
                "(<https://a.example/x?y=1>), then",
            ),
            ("`https://in.code` stays", "`https://in.code` stays"),
            ("an ` unclosed <", "an ` unclosed &lt;"),
            ("plain words", "plain words"),
            (
                "See [the guide](https://z.example/g) and [x]",
                "See [the guide](https://z.example/g) and \\[x\\]",
            ),
        ] {
            assert_eq!(escape(line), shown, "{line}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 2048,
            failure_persistence: None,
            ..Default::default()
        })]

        /// Any mix of words, links, brackets and code spans ends, its output at most a few
        /// times its length (every character escapes to at most `&lt;`), and leaves no
        /// bracket outside a code span or link unescaped.
        #[test]
        fn any_description_is_escaped_in_bounded_output(
            parts in proptest::collection::vec(
                "[a-z ]{0,4}|\\[|\\]|\\(|\\)|`|<|https://a\\.example/x|\\[w\\]\\(https://b\\.example\\)",
                0..24,
            )
        ) {
            let line = parts.concat();
            let shown = escape(&line);
            proptest::prop_assert!(shown.len() <= 4 * line.len() + 2, "{line:?} → {shown:?}");
        }
    }
}
