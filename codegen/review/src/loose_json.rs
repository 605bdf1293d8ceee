//! JSON as vendor pages write their examples: with `//`, `/* */` or `#` comments, `...`
//! standing for "more of the same", trailing commas, and type placeholders where a value
//! should be (`"id": <integer>`, or Postman's `"id": "<integer>"`). Such an example is read as
//! the strict JSON left when those are taken out (a placeholder becomes a sample value of its
//! type), and says what was taken out, so that the reviewer is told; anything else that is not
//! JSON stays unread.

/// An example made strict JSON: the text, and what was taken out of it (in the order first
/// met: `` `<type>` placeholders ``, `comments`, `` `...` placeholders ``, `stray commas`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strict {
    /// The JSON text, its lines as written less what was taken out.
    pub text: String,
    /// What was taken out, each kind once.
    pub removed: Vec<&'static str>,
    /// The text, parsed (read to tell that it is JSON; kept so that no caller reads it again).
    pub value: serde_json::Value,
}

const COMMENTS: &str = "comments";
const PLACEHOLDERS: &str = "`...` placeholders";
const COMMAS: &str = "stray commas";
const TYPE_PLACEHOLDERS: &str = "`<type>` placeholders (written as sample values of their type)";

/// `text` as strict JSON with the doc's liberties taken out; `None` when it is not JSON even
/// then, or when it was strict JSON already (nothing to take out).
pub fn strict(text: &str) -> Option<Strict> {
    let mut removed = Vec::new();
    let mut note = |kind: &'static str| {
        if !removed.contains(&kind) {
            removed.push(kind);
        }
    };
    let typed = with_sample_values(text, &mut note);
    let uncommented = without_comments_and_placeholders(&typed, &mut note);
    let text = without_stray_commas(&uncommented, &mut note);
    if removed.is_empty() {
        return None;
    }
    let text: String = text
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let value = serde_json::from_str(&text).ok()?;
    Some(Strict {
        text,
        removed,
        value,
    })
}

/// `text` outside its strings, and a step over each string as is.
fn scan(text: &str, mut outside: impl FnMut(&[char], usize, &mut String) -> usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        if chars[at] == '"' {
            // A string, copied through its closing quote (an escaped quote does not close it).
            out.push('"');
            at += 1;
            while at < chars.len() {
                let c = chars[at];
                out.push(c);
                at += 1;
                if c == '\\' {
                    if let Some(&next) = chars.get(at) {
                        out.push(next);
                        at += 1;
                    }
                } else if c == '"' {
                    break;
                }
            }
            continue;
        }
        at = outside(&chars, at, &mut out);
    }
    out
}

/// `text` with each type placeholder replaced by a sample value of that type: `<integer>`
/// where a value goes, or a string that is only a placeholder (`"<boolean>"`, Postman's way).
/// An unquoted placeholder of no known type (`<your token>`) is the string of its words; a
/// string that is not exactly a known placeholder (`"<b>"`, `"a <b>"`) stays as written.
fn with_sample_values(text: &str, note: &mut impl FnMut(&'static str)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['"', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('"') {
            let end = string_end(rest);
            let literal = &rest[..end];
            let sample = literal
                .strip_prefix("\"")
                .and_then(|inner| inner.strip_suffix('"'))
                .and_then(|inner| inner.strip_prefix('<')?.strip_suffix('>'))
                .and_then(sample_of);
            match sample {
                Some(sample) => {
                    note(TYPE_PLACEHOLDERS);
                    out.push_str(sample);
                }
                None => out.push_str(literal),
            }
            rest = &rest[end..];
            continue;
        }
        // `<` outside a string is never JSON: a placeholder when it closes on its line.
        let line = rest.find('\n').unwrap_or(rest.len());
        match rest[..line].find('>') {
            Some(close) => {
                note(TYPE_PLACEHOLDERS);
                let words = &rest[1..close];
                match sample_of(words) {
                    Some(sample) => out.push_str(sample),
                    None => out.push_str(&serde_json::Value::from(words.trim()).to_string()),
                }
                rest = &rest[close + 1..];
            }
            None => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The length of the string literal at the start of `text` (which starts with `"`), through
/// its closing quote, or all of `text` when it does not close.
fn string_end(text: &str) -> usize {
    let mut escaped = false;
    for (at, c) in text.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return at + 1,
            _ => {}
        }
    }
    text.len()
}

/// A sample value for the type a placeholder names (`integer`, `string(date-time)`, `int64`),
/// as JSON text; `None` for words that name no type.
fn sample_of(words: &str) -> Option<&'static str> {
    let words = words.trim().to_ascii_lowercase();
    // `string(date-time)`, `string <email>`: the format says more than the type (a date or
    // a date-time is a string of its own shape).
    let (ty, format) = match words.split_once(['(', ' ', ',']) {
        Some((ty, format)) => (ty.trim(), format.trim_matches([' ', ')', '<', '>'])),
        None => (words.as_str(), ""),
    };
    let word = if format.is_empty() { ty } else { format };
    Some(match word {
        "date-time" | "datetime" | "iso8601" => "\"2024-01-31T08:00:00Z\"",
        "date" => "\"2024-01-31\"",
        _ => match ty {
            "integer" | "int" | "int32" | "int64" | "long" | "short" => "0",
            "number" | "float" | "double" | "decimal" => "0.5",
            "boolean" | "bool" => "true",
            "string" | "str" | "text" | "uuid" | "email" | "uri" | "url" => "\"string\"",
            "object" => "{}",
            "array" | "list" => "[]",
            _ => return None,
        },
    })
}

fn without_comments_and_placeholders(text: &str, note: &mut impl FnMut(&'static str)) -> String {
    scan(text, |chars, at, out| {
        let rest = |n: usize| chars.get(at + n).copied();
        match (chars[at], rest(1), rest(2)) {
            ('/', Some('/'), _) | ('#', _, _) => {
                note(COMMENTS);
                let end = chars[at..].iter().position(|c| *c == '\n');
                end.map_or(chars.len(), |end| at + end)
            }
            ('/', Some('*'), _) => {
                note(COMMENTS);
                let close = chars[at + 2..].windows(2).position(|w| w == ['*', '/']);
                close.map_or(chars.len(), |close| at + 2 + close + 2)
            }
            ('.', Some('.'), Some('.')) => {
                note(PLACEHOLDERS);
                at + chars[at..].iter().take_while(|c| **c == '.').count()
            }
            ('…', _, _) => {
                note(PLACEHOLDERS);
                at + 1
            }
            (c, _, _) => {
                out.push(c);
                at + 1
            }
        }
    })
}

/// Commas with no value on one side: before `]` or `}`, after `[` or `{`, or twice in a row
/// (where a placeholder stood between two).
fn without_stray_commas(text: &str, note: &mut impl FnMut(&'static str)) -> String {
    scan(text, |chars, at, out| {
        let c = chars[at];
        if c == ',' {
            let next = chars[at + 1..].iter().find(|c| !c.is_whitespace());
            let before = out.trim_end().chars().next_back();
            let stray = matches!(next, None | Some(']' | '}' | ','))
                || matches!(before, None | Some('[' | '{'));
            if stray {
                note(COMMAS);
                return at + 1;
            }
        }
        out.push(c);
        at + 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(text: &str) -> Option<(serde_json::Value, Vec<&'static str>)> {
        let strict = strict(text)?;
        Some((serde_json::from_str(&strict.text).ok()?, strict.removed))
    }

    #[test]
    fn comments_placeholders_and_trailing_commas_are_taken_out_and_named() {
        let (value, removed) = taken(
            "{\n  \"id\": \"cus_1\", // the customer\n  \"items\": [\n    {\"sku\": \"A\"},\n    ...\n  ],\n  /* more */ \"n\": 1,\n}",
        )
        .expect("read");
        assert_eq!(
            value,
            serde_json::json!({"id": "cus_1", "items": [{"sku": "A"}], "n": 1})
        );
        assert_eq!(removed, [COMMENTS, PLACEHOLDERS, COMMAS]);
        let (value, _) = taken("[1, …, 3]").expect("ellipsis character");
        assert_eq!(value, serde_json::json!([1, 3]));
        let (value, _) = taken("{\"a\": 1, # note\n \"b\": 2}").expect("hash comment");
        assert_eq!(value, serde_json::json!({"a": 1, "b": 2}));
    }

    #[test]
    fn strings_are_left_as_written() {
        let (value, _) =
            taken(r#"{"url": "https://x.test/a//b#c", "t": "wait...", "q": "say \"//\"",}"#)
                .expect("read");
        assert_eq!(
            value,
            serde_json::json!({"url": "https://x.test/a//b#c", "t": "wait...", "q": "say \"//\""})
        );
    }

    #[test]
    fn type_placeholders_become_sample_values_of_their_type() {
        let (value, removed) = taken(
            "{\"id\": <integer>, \"price\": <number>, \"ok\": \"<boolean>\", \"name\": \"<string>\",\n \"at\": <string(date-time)>, \"on\": \"<date>\", \"token\": <your token>, \"tags\": <array>}",
        )
        .expect("read");
        assert_eq!(
            value,
            serde_json::json!({"id": 0, "price": 0.5, "ok": true, "name": "string",
                "at": "2024-01-31T08:00:00Z", "on": "2024-01-31", "token": "your token", "tags": []})
        );
        assert_eq!(removed, [TYPE_PLACEHOLDERS]);
        let (value, _) = taken("{\"id\": <int64>, // the id\n}").expect("with other liberties");
        assert_eq!(value, serde_json::json!({"id": 0}));
        // Strings that are more than a known placeholder are text.
        assert_eq!(
            strict(r#"{"html": "<b>", "note": "a <string>", "q": "\\"<integer>"}"#),
            None
        );
    }

    #[test]
    fn strict_json_and_what_stays_unreadable_give_nothing() {
        assert_eq!(strict(r#"{"a": [1, 2]}"#), None, "nothing to take out");
        assert_eq!(strict("{\"a\": ...}"), None, "a placeholder for a value");
        assert_eq!(strict("{'a': 1} // python"), None, "single quotes");
        assert_eq!(strict("Status: OK // text"), None, "not JSON at all");
    }
}
