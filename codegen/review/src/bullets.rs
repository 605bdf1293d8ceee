//! Parameters written as list items, as ReadMe-, Slate- and Stripe-style pages do instead of a
//! table:
//!
//! ```text
//! - `email` (string, required): The customer's email.
//! - `tags` (array of string, optional) — Labels.
//! * **phone** `string` *required* - The phone number.
//! - `note` `string` Free text.
//! ```
//!
//! Each becomes a row of the table [`HEADERS`] names, so that the importer and `drift` read
//! it as they read a table. An item is a parameter only when it starts with a name in a code
//! span or in bold and states a type; other list items are prose.

use crate::markup::{clean, required_mark};
use crate::type_word::split_top_level;

/// A table's rows, each with its 1-based line (the header row first).
type Rows = Vec<(usize, Vec<String>)>;

/// The columns of the table a run of parameter items becomes.
pub const HEADERS: [&str; 4] = ["Name", "Type", "Required", "Description"];

/// The cells (in [`HEADERS`]' order) of a list item that documents a parameter; `None` for
/// any other line. An item that says nothing of being required has an empty cell (optional,
/// as in a table).
pub fn parameter(line: &str) -> Option<[String; 4]> {
    let item = item_text(line)?;
    let Some((name, rest)) = named(item) else {
        return blueprint_parameter(item);
    };
    let name = name.trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    let mut rest = rest.trim_start();
    let mut ty: Option<String> = None;
    let mut required: Option<bool> = None;
    let mut take = |word: &str, ty: &mut Option<String>| {
        let word = word.trim().trim_matches(['*', '_', '`']).trim();
        match required_mark(word) {
            Some(mark) if !word.is_empty() => required = Some(mark),
            _ if ty.is_none() && !word.is_empty() => *ty = Some(word.to_owned()),
            _ => {}
        }
    };
    if let Some(inner_and_after) = rest.strip_prefix('(') {
        // `(string, required)`: the type and the mark, in either order.
        let (inner, after) = balanced(inner_and_after)?;
        for part in split_top_level(inner) {
            take(part, &mut ty);
        }
        rest = after.trim_start();
    } else {
        // `` `string` *required* ``: up to two marked words, then maybe a bare mark.
        for _ in 0..2 {
            let found = ["`", "*", "_"]
                .into_iter()
                .find_map(|mark| marked(rest, mark));
            let Some((word, after)) = found else { break };
            take(word, &mut ty);
            rest = after.trim_start();
        }
        if ty.is_none() {
            // `` `limit` integer — Page size ``: a bare type word that names a known type (or
            // a few words that do: `array of strings`), then a mark or the description after a
            // dash or colon (prose reads on without one, and a label such as `**item** object`
            // above a table has nothing after it).
            let bare = bare_type(rest).map(|(word, after)| (word.to_owned(), after));
            if let Some((word, after)) = bare {
                take(&word, &mut ty);
                rest = after;
            }
        }
        if ty.is_some() {
            for mark in ["required", "optional", "(required)", "(optional)"] {
                if rest
                    .get(..mark.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(mark))
                {
                    take(mark.trim_matches(['(', ')']), &mut ty);
                    rest = &rest[mark.len()..];
                    break;
                }
            }
        }
    }
    let ty = ty?;
    let description = rest
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—' | '–' | '.'))
        .trim_end();
    Some([
        name.to_owned(),
        ty,
        mark_cell(required).to_owned(),
        description.to_owned(),
    ])
}

/// A bare type at the start of `rest` (up to four words, the longest known type that is
/// followed by a dash, a colon or a required mark), and the text after it.
fn bare_type(rest: &str) -> Option<(&str, &str)> {
    // Where each word ends: at the first blank after it, or at a colon (`integer: The ids`).
    let mut ends: Vec<usize> = rest
        .char_indices()
        .filter(|&(at, c)| {
            (c.is_whitespace() || c == ':') && !rest[..at].ends_with(char::is_whitespace)
        })
        .map(|(at, _)| at)
        .collect();
    ends.push(rest.len());
    ends.into_iter().take(4).rev().find_map(|end| {
        let (word, after) = (rest[..end].trim_end(), rest[end..].trim_start());
        let lower = after.to_lowercase();
        let separated = after.starts_with(['—', '–', '-', ':'])
            || ["required", "optional", "(required)", "(optional)"]
                .iter()
                .any(|mark| lower.starts_with(mark));
        let typed = crate::type_word::is_known(word) || crate::type_word::says_unlisted_enum(word);
        (!word.is_empty() && separated && typed).then_some((word, after))
    })
}

/// An API Blueprint parameter item (after its `+ `): `id: `68a5` (required, string) - The
/// note's id`, `limit (number, optional) - …`: a bare name, maybe an example value, then its
/// type and mark in parentheses (at least one of them), then the description.
fn blueprint_parameter(item: &str) -> Option<[String; 4]> {
    static ITEM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^([A-Za-z_][\w.\-]*)(?::\s*(?:`([^`]*)`|([^\s(]+)))?\s*\(([^)]*)\)\s*(?:[-–—]\s*(.*))?$",
        )
        .expect("blueprint parameter regex")
    });
    let found = ITEM.captures(item.trim())?;
    let mut ty = None;
    let mut required = None;
    for part in found[4].split(',') {
        let part = part.trim();
        match required_mark(part) {
            Some(mark) if !part.is_empty() => required = Some(mark),
            // A media type (`Request (application/json)`) is no parameter's type.
            _ if ty.is_none() && !part.contains('/') && crate::type_word::is_known(part) => {
                ty = Some(part.to_owned());
            }
            _ => return None,
        }
    }
    let example = found.get(2).or_else(|| found.get(3)).map(|m| m.as_str());
    let description = found.get(5).map_or("", |m| m.as_str()).trim();
    let description = match example {
        Some(example) if !example.is_empty() => format!("{description}\nExample: {example}")
            .trim()
            .to_owned(),
        _ => description.to_owned(),
    };
    Some([
        found[1].to_owned(),
        ty.unwrap_or_else(|| "string".to_owned()),
        mark_cell(required).to_owned(),
        description,
    ])
}

/// Properties written one part a line, as generated references read once saved as HTML
/// (Mintlify, ReadMe): a line that is only the name, a line that is only its type word, maybe
/// a `required` line, then the description's lines:
///
/// ```text
/// public_id
/// string
/// required
/// The unique ID of the request.
/// ```
///
/// The run starting at `lines[start]` as table rows ([`HEADERS`] first) and the index after
/// it; `None` unless a property starts there (a name line over a known type word's line).
pub fn stacked(lines: &[&str], start: usize) -> Option<(Rows, usize)> {
    let name_line = |line: &str| {
        let line = line.trim();
        line.len() <= 64 && line.chars().any(char::is_alphabetic) && is_field_name(line)
    };
    let type_line = |line: &str| {
        let line = line.trim();
        !line.is_empty() && !line.contains(char::is_whitespace) && is_type_word(line)
    };
    let starts = |at: usize| {
        lines.get(at).is_some_and(|line| name_line(line))
            && lines.get(at + 1).is_some_and(|line| type_line(line))
    };
    if !starts(start) {
        return None;
    }
    let mut rows = vec![(start + 1, HEADERS.map(str::to_owned).to_vec())];
    let mut at = start;
    while starts(at) {
        let line = at + 1;
        let (name, ty) = (lines[at].trim(), lines[at + 1].trim());
        at += 2;
        let mut required = None;
        if let Some(mark) = lines.get(at).map(|line| line.trim().to_lowercase())
            && (mark == "required" || mark == "optional")
        {
            required = Some(mark == "required");
            at += 1;
        }
        let mut description = Vec::new();
        while let Some(more) = lines
            .get(at)
            .filter(|more| !more.trim().is_empty() && !starts(at))
        {
            description.push(clean(more));
            at += 1;
        }
        rows.push((
            line,
            vec![
                name.to_owned(),
                ty.to_owned(),
                mark_cell(required).to_owned(),
                description.join("\n"),
            ],
        ));
        match next_item(lines, at, starts) {
            Some(next) => at = next,
            None => break,
        }
    }
    Some((rows, at))
}

/// The run of parameter items starting at `lines[start]` (a parameter), as table rows (line
/// number, cells; [`HEADERS`] first), and the index of the first line after it. An indented
/// line continues the item above; a blank line ends the run unless another parameter follows.
pub fn table(lines: &[&str], start: usize) -> (Rows, usize) {
    let mut rows = vec![(start + 1, HEADERS.map(str::to_owned).to_vec())];
    let mut at = start;
    while at < lines.len() {
        if let Some(cells) = parameter(lines[at]) {
            rows.push((at + 1, cells.iter().map(|cell| clean(cell)).collect()));
            at += 1;
            continue;
        }
        let continues = lines[at].starts_with("  ")
            && !lines[at].trim().is_empty()
            && !lines[at].trim_start().starts_with(['-', '*', '+']);
        if continues && let Some(description) = rows.last_mut().and_then(|(_, c)| c.last_mut()) {
            let more = clean(lines[at]);
            if !description.is_empty() {
                description.push('\n');
            }
            description.push_str(&more);
            at += 1;
            continue;
        }
        // An item of the run that names a field as its neighbours do but states a type this
        // reader does not know (`` - `meta` free-form hash — Anything ``) is kept as a row
        // with no type, for the reviewer, rather than ending the run and losing the field.
        if indent(lines[at]) == indent(lines[start])
            && let Some(cells) = untyped(lines[at])
        {
            rows.push((at + 1, cells.iter().map(|cell| clean(cell)).collect()));
            at += 1;
            continue;
        }
        match next_item(lines, at, |at| parameter(lines[at]).is_some()) {
            Some(next) => at = next,
            None => break,
        }
    }
    (rows, at)
}

/// A list item's text, after its marker (`- `, `* `, `+ `).
fn item_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    ["- ", "* ", "+ "]
        .into_iter()
        .find_map(|marker| trimmed.strip_prefix(marker))
        .map(str::trim_start)
}

/// The name an item opens with, in a code span or in bold, and the rest of the item.
fn named(item: &str) -> Option<(&str, &str)> {
    marked(item, "`").or_else(|| marked(item, "**"))
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// A list item that opens with a field's name in a code span or bold, and what follows it as
/// the description: a parameter whose type [`parameter`] could not read.
fn untyped(line: &str) -> Option<[String; 4]> {
    let (name, rest) = named(item_text(line)?)?;
    let name = name.trim();
    if !is_field_name(name) {
        return None;
    }
    let description = rest
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—' | '–'))
        .trim_end();
    Some([
        name.to_owned(),
        String::new(),
        String::new(),
        description.to_owned(),
    ])
}

/// The cells of a paragraph's first line that documents a parameter as a definition, as
/// Stripe-style references do without a list marker: `` **charge** `string` *required* ``
/// over its description. Stricter than an item: the name is in bold or code and the type a
/// word the importer knows, so that prose opening with a bold word is not read as one.
pub fn definition(line: &str) -> Option<[String; 4]> {
    let trimmed = line.trim();
    if !(trimmed.starts_with("**") || trimmed.starts_with('`')) {
        return None;
    }
    let cells = parameter(&format!("- {trimmed}"))?;
    is_type_word(&cells[1]).then_some(cells)
}

/// The run of definitions starting at `lines[start]` (one), as table rows ([`HEADERS`] first):
/// each definition's lines up to a blank line are its description; a blank line ends the run
/// unless another definition follows. Also the index of the first line after it.
pub fn definitions(lines: &[&str], start: usize) -> (Rows, usize) {
    let mut rows = vec![(start + 1, HEADERS.map(str::to_owned).to_vec())];
    let mut at = start;
    while let Some(cells) = lines.get(at).and_then(|line| definition(line)) {
        let line = at + 1;
        let mut cells: Vec<String> = cells.iter().map(|cell| clean(cell)).collect();
        at += 1;
        while let Some(more) = lines
            .get(at)
            .filter(|more| !more.trim().is_empty() && definition(more).is_none())
        {
            let description = &mut cells[3];
            if !description.is_empty() {
                description.push('\n');
            }
            description.push_str(&clean(more));
            at += 1;
        }
        rows.push((line, cells));
        match next_item(lines, at, |at| definition(lines[at]).is_some()) {
            Some(next) => at = next,
            None => break,
        }
    }
    (rows, at)
}

/// Where the next item of a run starts, from `at` (the line after the last one) past blank
/// lines, where `starts` says one does there; `None` ends the run.
fn next_item(lines: &[&str], at: usize, starts: impl Fn(usize) -> bool) -> Option<usize> {
    let skip = lines
        .get(at..)?
        .iter()
        .position(|line| !line.trim().is_empty())?;
    starts(at + skip).then_some(at + skip)
}

/// The required column's cell for a mark: `required`, `optional`, or empty where the doc says
/// nothing (optional, as in a table).
fn mark_cell(required: Option<bool>) -> &'static str {
    match required {
        Some(true) => "required",
        Some(false) => "optional",
        None => "",
    }
}

/// Whether `text` is a field's name as the layouts without column headers write it: letters,
/// digits, `_ - .` and the `[]` of a list path, nothing else.
pub(crate) fn is_field_name(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

/// Whether `word` types a definition or a stacked property: a known type word, or one that
/// says its values are listed in the description (`enum<string>`).
fn is_type_word(word: &str) -> bool {
    crate::type_word::is_known(word) || crate::type_word::says_unlisted_enum(word)
}

/// `text` opening with `mark` (`` ` ``, `**`, `*`, `_`): what the marks enclose, and the rest.
fn marked<'a>(text: &'a str, mark: &str) -> Option<(&'a str, &'a str)> {
    let inner = text.strip_prefix(mark)?;
    let end = inner.find(mark)?;
    Some((&inner[..end], &inner[end + mark.len()..]))
}

/// After a `(`: what it encloses (nested parentheses kept: `String(50)`) and the rest.
fn balanced(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some((&text[..at], &text[at + 1..])),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{definition, definitions, parameter, stacked};

    #[test]
    fn properties_written_one_part_a_line() {
        let lines = [
            "public_id",
            "string",
            "required",
            "The unique ID.",
            "",
            "status",
            "enum<string>",
            "Available options:",
            "requested,",
            "scribed",
            "",
            "Response",
        ];
        let (rows, next) = stacked(&lines, 0).expect("a run");
        let cells: Vec<&[String]> = rows.iter().map(|(_, cells)| cells.as_slice()).collect();
        assert_eq!(
            cells[1],
            ["public_id", "string", "required", "The unique ID."]
        );
        assert_eq!(
            cells[2],
            [
                "status",
                "enum<string>",
                "",
                "Available options:\nrequested,\nscribed"
            ]
        );
        assert_eq!(next, 10);
        assert!(
            stacked(&["Overview", "Retrieve the status."], 0).is_none(),
            "prose"
        );
    }

    #[test]
    fn paragraphs_that_define_a_parameter() {
        let lines = [
            "**charge** `string` *required*",
            "The charge to refund.",
            "",
            "**amount** `integer`",
            "In cents.",
            "",
            "The end.",
        ];
        let (rows, next) = definitions(&lines, 0);
        let cells: Vec<&[String]> = rows.iter().map(|(_, cells)| cells.as_slice()).collect();
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert_eq!(
            cells[1],
            ["charge", "string", "required", "The charge to refund."]
        );
        assert_eq!(cells[2], ["amount", "integer", "", "In cents."]);
        assert_eq!(next, 5);
        assert_eq!(definition("**Note** `foo` is deprecated"), None, "prose");
        assert_eq!(definition("Plain text"), None);
    }

    fn row(name: &str, ty: &str, required: &str, description: &str) -> Option<[String; 4]> {
        Some([name, ty, required, description].map(str::to_owned))
    }

    #[test]
    fn list_items_that_document_a_parameter() {
        let cases = [
            (
                "- `email` (string, required): The customer's email.",
                row("email", "string", "required", "The customer's email."),
            ),
            (
                "- `tags` (array of string, optional) — Labels",
                row("tags", "array of string", "optional", "Labels"),
            ),
            (
                "* **phone** `string` *required* - The phone number",
                row("phone", "string", "required", "The phone number"),
            ),
            (
                "- `note` `string` Free text",
                row("note", "string", "", "Free text"),
            ),
            (
                "+ `code` (required, String(50)): A code",
                row("code", "String(50)", "required", "A code"),
            ),
            (
                "    + id: `68a5sdf67` (required, string) - The note's id",
                row(
                    "id",
                    "string",
                    "required",
                    "The note's id\nExample: 68a5sdf67",
                ),
            ),
            (
                "+ limit (number, optional) - At most this many",
                row("limit", "number", "optional", "At most this many"),
            ),
            ("+ Request (application/json)", None),
            ("+ Response 200 (application/json)", None),
            (
                "- `labels` (Map<String, String>): Free-form labels",
                row("labels", "Map<String, String>", "", "Free-form labels"),
            ),
            (
                "  - `customer.email` *string* optional: Nested",
                row("customer.email", "string", "optional", "Nested"),
            ),
            (
                "- **limit** (integer) Page size.",
                row("limit", "integer", "", "Page size."),
            ),
            (
                "- `limit` integer — How many, 1 to 100",
                row("limit", "integer", "", "How many, 1 to 100"),
            ),
            (
                "- `cursor` string required: The last id",
                row("cursor", "string", "required", "The last id"),
            ),
            (
                "- `status` enum — One of `draft`, `paid`",
                row("status", "enum", "", "One of `draft`, `paid`"),
            ),
            (
                "- `events` array of strings required — Event names",
                row("events", "array of strings", "required", "Event names"),
            ),
            (
                "- `ids`  list of  integer: The ids",
                row("ids", "list of  integer", "", "The ids"),
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(parameter(line), expected, "{line}");
        }
    }

    #[test]
    fn an_item_whose_type_is_not_read_stays_in_its_run() {
        let lines = [
            "- `url` string required — Where events go.",
            "- `meta` free-form hash — Anything.",
            "- `active` boolean — On or off.",
            "  - `nested` is a note under `active`",
            "",
            "Notes:",
        ];
        let (rows, next) = super::table(&lines, 0);
        let names: Vec<&str> = rows
            .iter()
            .skip(1)
            .map(|(_, cells)| cells[0].as_str())
            .collect();
        assert_eq!(names, ["url", "meta", "active"]);
        assert_eq!(rows[2].1, ["meta", "", "", "free-form hash — Anything."]);
        assert_eq!(next, 3, "the indented item is no row of the run");
    }

    #[test]
    fn other_list_items_are_prose() {
        for line in [
            "- `foo` is deprecated; use `bar`.",
            "- Send the key in every request.",
            "- **Note**: keys expire.",
            "- `` (string)",
            "-`email` (string)",
            "`email` (string, required)",
            "- `two words` (string)",
            "- `id` string of the order, as returned",
            "- `page` number one is the first",
            "- **item** object",
            "- `events` array of the subscription — what it sends",
        ] {
            assert_eq!(parameter(line), None, "{line}");
        }
    }
}
