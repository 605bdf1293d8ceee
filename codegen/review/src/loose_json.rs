//! JSON as vendor pages write their examples: with `//`, `/* */` or `#` comments, `...`
//! standing for "more of the same", and trailing commas. Such an example is read as the strict
//! JSON left when those are taken out, and says what was taken out, so that the reviewer is
//! told; anything else that is not JSON stays unread.

/// An example made strict JSON: the text, and what was taken out of it (in the order first
/// met: `comments`, `` `...` placeholders ``, `trailing commas`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strict {
    /// The JSON text, its lines as written less what was taken out.
    pub text: String,
    /// What was taken out, each kind once.
    pub removed: Vec<&'static str>,
}

const COMMENTS: &str = "comments";
const PLACEHOLDERS: &str = "`...` placeholders";
const COMMAS: &str = "stray commas";

/// `text` as strict JSON with the doc's liberties taken out; `None` when it is not JSON even
/// then, or when it was strict JSON already (nothing to take out).
pub fn strict(text: &str) -> Option<Strict> {
    let mut removed = Vec::new();
    let mut note = |kind: &'static str| {
        if !removed.contains(&kind) {
            removed.push(kind);
        }
    };
    let uncommented = without_comments_and_placeholders(text, &mut note);
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
    serde_json::from_str::<serde_json::Value>(&text).ok()?;
    Some(Strict { text, removed })
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
    fn strict_json_and_what_stays_unreadable_give_nothing() {
        assert_eq!(strict(r#"{"a": [1, 2]}"#), None, "nothing to take out");
        assert_eq!(strict("{\"a\": ...}"), None, "a placeholder for a value");
        assert_eq!(strict("{'a': 1} // python"), None, "single quotes");
        assert_eq!(strict("Status: OK // text"), None, "not JSON at all");
    }
}
