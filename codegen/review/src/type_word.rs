//! The type words of vendor tables (`string`, `List Object`, `yyyy-mm-dd`, `male/female`) read
//! as spec types. A word this module does not know is kept verbatim and flagged, never guessed.

/// What a type word means in a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecType {
    /// A built-in spec type (`string`, `integer`, `date`…).
    Builtin(&'static str),
    /// A list whose item type the word does not state (`list`, `List Object`): items are `any`
    /// until someone reads the examples.
    ListOfUnstated,
    /// An object whose shape the word does not give (`Object`): `any` until described.
    UnstatedObject,
    /// Values written as `a/b/c`: a string enum of them.
    Enum(Vec<String>),
    /// `list of …` (as a rendered reference writes lists): a list of what the rest says.
    ListOf(Box<SpecType>),
    /// An object used as a dictionary (`Map<String, Integer>`, `map[string]int`,
    /// `Record<string, Tag>`): string keys, each value of what the rest says.
    MapOf(Box<SpecType>),
    /// A word this mapping does not know: the name of a type the page describes in a table of
    /// its own, or else kept verbatim, typed `any` and flagged for review.
    Unknown(String),
}

impl SpecType {
    /// The spec type a table's type word stands for.
    pub fn of(word: &str) -> Self {
        // `[\]**[Item](#item)**`: Markdown's escaped `[]`, a list of what follows.
        if word.contains("[\\]") {
            return Self::of(&word.replace("[\\]", "[]"));
        }
        // `[Data](#data)`, `**[Data](#data)**`: the word the page links to its own table.
        let unmarked = word.trim().replace("**", "");
        if unmarked.starts_with('[')
            && !unmarked.starts_with("[]")
            && unmarked.contains("](")
            && unmarked.ends_with(')')
        {
            return Self::of(&linked_name(&unmarked));
        }
        // A nullable word (`string | null`, `String?`, `nullable string`) is its base type;
        // `says_nullable` tells the field it may be null.
        if let Some(base) = nullable_base(word) {
            return Self::of(base);
        }
        let lower = word.trim().to_lowercase();
        if let Some(sized) = Self::with_parenthesis(&lower) {
            return sized;
        }
        // Swagger UI's `string <email>`, `integer <int64>`: the base word and its format.
        if let Some((base, format)) = lower
            .strip_suffix('>')
            .and_then(|rest| rest.split_once(" <"))
        {
            return Self::with_parenthesis(&format!("{base}({format})"))
                .unwrap_or_else(|| Self::Unknown(word.trim().to_owned()));
        }
        // `array of string`, `array[string]`, `list[int]`, `List<Integer>`, `string[]`; the
        // items keep their case, as they may name a type of the page (`list of Orders`).
        let trimmed = word.trim();
        let after = |prefix: &str| {
            lower
                .starts_with(prefix)
                .then(|| trimmed.get(prefix.len()..))
                .flatten()
        };
        let items = ["array of ", "list of "]
            .into_iter()
            .find_map(after)
            .or_else(|| {
                ["array[", "list["]
                    .into_iter()
                    .find_map(|prefix| after(prefix)?.strip_suffix(']'))
            })
            .or_else(|| {
                ["array<", "list<"]
                    .into_iter()
                    .find_map(|prefix| after(prefix)?.strip_suffix('>'))
            })
            .or_else(|| trimmed.strip_suffix("[]").filter(|items| !items.is_empty()));
        if let Some(items) = items
            && !matches!(items.trim().to_lowercase().as_str(), "object" | "objects")
        {
            return Self::ListOf(Box::new(Self::of(items)));
        }
        if let Some(values) = map_values(trimmed) {
            return Self::MapOf(Box::new(Self::of(values)));
        }
        // A list's items in the plural (`array of strings`, `list of integers`).
        let lower = match lower.strip_suffix('s') {
            Some(
                single @ ("string" | "integer" | "number" | "boolean" | "float" | "double" | "int"
                | "long" | "bool" | "date" | "datetime" | "uuid" | "url" | "email"),
            ) => single.to_owned(),
            _ => lower,
        };
        match lower.as_str() {
            "string" | "str" | "text" | "varchar" | "nvarchar" | "char" | "uuid" | "guid"
            | "email" | "url" | "uri" => Self::Builtin("string"),
            "number" | "float" | "double" | "decimal" | "bigdecimal" | "float32" | "float64"
            | "numeric" | "real" => Self::Builtin("number"),
            "int" | "integer" | "long" | "int32" | "int64" | "short" | "bigint" | "smallint"
            | "tinyint" | "int8" | "int16" | "uint" | "uint8" | "uint16" | "uint32" | "uint64"
            | "biginteger" => Self::Builtin("integer"),
            "bool" | "boolean" => Self::Builtin("boolean"),
            "yyyy-mm-dd" | "date" => Self::Builtin("date"),
            "datetime" | "date-time" | "date time" | "iso 8601" | "iso8601" => {
                Self::Builtin("date-time")
            }
            "list" | "array" | "list object" | "list<object>" | "array<object>"
            | "list[object]" | "array[object]" | "list of object" | "list of objects"
            | "array of object" | "array of objects" | "array object" | "object[]"
            | "objects[]" => Self::ListOfUnstated,
            "object" | "json object" | "map" | "dictionary" | "dict" | "hash" | "hashmap" => {
                Self::UnstatedObject
            }
            "any" | "json" | "mixed" => Self::Builtin("any"),
            // `[]**[Response](#data)**`: a list of the type the page links to.
            _ if word.trim().starts_with("[]") => {
                Self::ListOf(Box::new(Self::of(&linked_name(&word.trim()[2..]))))
            }
            _ => match (enum_values(word), word.trim().strip_prefix("list of ")) {
                (Some(values), _) => Self::Enum(values),
                (None, Some(items)) => Self::ListOf(Box::new(Self::of(items))),
                (None, None) => Self::Unknown(word.trim().to_owned()),
            },
        }
    }

    /// A word with a size or a format in parentheses: `String(50)`, `varchar(255)`,
    /// `Decimal(10,2)`, `Integer (int64)` are their base word; `Date (yyyy-MM-dd)` and
    /// `String (ISO 8601)` the format the parentheses name. `None` for other words.
    fn with_parenthesis(lower: &str) -> Option<Self> {
        let (base, inner) = lower.strip_suffix(')')?.split_once('(')?;
        let (base, inner) = (base.trim(), inner.trim());
        let format = Self::of(inner);
        let base = Self::of(base);
        match (&base, &format) {
            (Self::Builtin(_), Self::Builtin("date" | "date-time")) => Some(format),
            (Self::Builtin(_), _) => Some(base),
            _ => None,
        }
    }

    /// The word this mapping does not know, if any (in a list's items too).
    pub fn unknown_word(&self) -> Option<&str> {
        match self {
            Self::Unknown(word) => Some(word),
            Self::ListOf(items) | Self::MapOf(items) => items.unknown_word(),
            _ => None,
        }
    }
}

/// The value type of a dictionary word, verbatim: `Map<String, X>`, `HashMap<String, X>`,
/// `Dictionary<string, X>`, `Dict[str, X]`, `Record<string, X>`, `object<string, X>` (the key
/// type is the part before the first comma outside brackets), `map[string]X` (Go),
/// `{ [key: string]: X }` (TypeScript), `map of X` and `map of string to X`.
fn map_values(word: &str) -> Option<&str> {
    let lower = word.to_lowercase();
    let generic = ["map", "hashmap", "dictionary", "dict", "record", "object"]
        .into_iter()
        .find_map(|head| {
            let rest = lower.strip_prefix(head)?.trim_start();
            let close = match rest.chars().next()? {
                '<' => '>',
                '[' if head == "dict" => ']',
                _ => return None,
            };
            let inner_start = word.len() - rest.len() + 1;
            let inner = word.get(inner_start..)?.trim_end().strip_suffix(close)?;
            match split_top_level(inner).as_slice() {
                [key, ..] if key.len() < inner.len() => Some(inner.get(key.len() + 1..)?.trim()),
                _ => None,
            }
        });
    let go = || {
        let rest = lower.strip_prefix("map[")?;
        let end = rest.find(']')?;
        Some(word.get(4 + end + 1..)?.trim())
    };
    let typescript = || {
        let inner = word.strip_prefix('{')?.strip_suffix('}')?.trim();
        let inner = inner.strip_suffix(';').unwrap_or(inner).trim_end();
        let (key, value) = inner.split_once("]:")?;
        key.trim_start().starts_with('[').then_some(value.trim())
    };
    let prose = || {
        let rest = word
            .get(..7)
            .filter(|head| head.eq_ignore_ascii_case("map of "))?;
        let rest = &word[rest.len()..];
        let lower_rest = rest.to_lowercase();
        Some(match lower_rest.find(" to ") {
            Some(at) if matches!(lower_rest[..at].trim(), "string" | "str" | "strings") => {
                rest[at + 4..].trim()
            }
            _ => rest.trim(),
        })
    };
    generic
        .or_else(go)
        .or_else(typescript)
        .or_else(prose)
        .filter(|values| !values.is_empty())
}

/// `text` split at the commas outside brackets (`String, Map<String, Integer>`, or a list
/// item's `Map<String, Integer>, required`).
pub(crate) fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '<' | '[' | '{' => depth += 1,
            ')' | '>' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// A type word without its Markdown: `**[Response](#data)**` → `Response`.
fn linked_name(word: &str) -> String {
    let word = word.replace("**", "").replace('`', "");
    let word = word.trim();
    match (word.strip_prefix('['), word.find("](")) {
        (Some(_), Some(end)) => word[1..end].trim().to_owned(),
        _ => word.to_owned(),
    }
}

/// The values a description lists as a run of two or more code spans joined only by list words
/// (`` `draft`, `open` or `paid` ``, `` `A` | `B` ``, `` `x` hoặc `y` ``), each a plain word,
/// and not after words that make them examples or a default (`e.g.`, `ví dụ`, `default`).
pub fn described_values(description: &str) -> Option<Vec<String>> {
    code_span_values(description).or_else(|| led_values(description))
}

/// The values a description lists after a phrase that says they are the only ones, as
/// generated references write them: `Available options: requested, scribing, scribed`,
/// `Possible values: "a" "b"`, `Allowed values: asset, tts, url`, `Enum: a | b`. The list
/// runs to the end of its sentence; each value a plain word.
fn led_values(description: &str) -> Option<Vec<String>> {
    const LEADS: [&str; 7] = [
        "available options:",
        "possible values:",
        "allowed values:",
        "accepted values:",
        "valid values:",
        "one of:",
        "enum:",
    ];
    // ASCII lowercasing keeps every byte offset, so the lead's end is one in `description`.
    let lower = description.to_ascii_lowercase();
    let start = LEADS
        .iter()
        .find_map(|lead| lower.find(lead).map(|at| at + lead.len()))?;
    let rest = description.get(start..)?;
    // The list runs to the end of its sentence, over line breaks (`Available options:` on a
    // line of its own, a value a line, as a reference saved as HTML reads).
    let joined = rest.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    let list = joined
        .split(". ")
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches('.');
    let values: Vec<String> = list
        .split([',', '|', ' ', '/'])
        .map(|value| value.trim().trim_matches(['`', '"', '\'']).to_owned())
        .filter(|value| !value.is_empty() && !matches!(value.as_str(), "or" | "and"))
        .collect();
    let mut unique = values.clone();
    unique.sort();
    unique.dedup();
    (values.len() >= 2 && unique.len() == values.len() && values.iter().all(|v| plain_value(v)))
        .then_some(values)
}

/// Whether `value` is a plain enum value a description may list: letters (any script),
/// digits, `_ - .`.
fn plain_value(value: &str) -> bool {
    !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Whether `word` is a type word this module knows (a list or map of known words included):
/// how the readers of layouts without column headers tell a type from prose.
pub fn is_known(word: &str) -> bool {
    SpecType::of(word).unknown_word().is_none()
}

/// A type word that says its value is one of a list, without listing it (`enum`,
/// `enum<string>`): the description lists the values.
pub fn says_unlisted_enum(word: &str) -> bool {
    let lower = word.trim().to_lowercase();
    lower == "enum" || lower == "enum<string>" || lower == "enum <string>"
}

/// The values of a run of code spans (see [`described_values`]).
fn code_span_values(description: &str) -> Option<Vec<String>> {
    const GLUE: [&str; 6] = ["or", "and", "hoặc", "và", "hay", "either"];
    const NOT_A_LIST: [&str; 7] = [
        "e.g",
        "eg.",
        "ví dụ",
        "example",
        "default",
        "mặc định",
        "such as",
    ];
    let lower = description.to_lowercase();
    let pieces: Vec<&str> = description.split('`').collect();
    // Odd pieces are inside code spans; an unclosed span leaves an even count.
    if pieces.len() < 5 || pieces.len().is_multiple_of(2) {
        return None;
    }
    let is_glue = |between: &str| {
        between
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | ';'))
            .filter(|word| !word.is_empty())
            .all(|word| GLUE.contains(&word.to_lowercase().as_str()))
    };
    // The longest run of spans joined by glue.
    let mut best: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for (index, piece) in pieces.iter().enumerate() {
        let joins = if index % 2 == 1 {
            plain_value(piece) && !run.iter().any(|value| value == piece)
        } else {
            // The text before the first span and after the last is free prose.
            index == 0 || index == pieces.len() - 1 || is_glue(piece)
        };
        if !joins {
            if run.len() > best.len() {
                best = std::mem::take(&mut run);
            }
            run.clear();
        }
        if index % 2 == 1 && joins {
            run.push((*piece).to_owned());
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    let first = best.first()?;
    let before = lower
        .split(&format!("`{}`", first.to_lowercase()))
        .next()
        .unwrap_or_default();
    (best.len() >= 2 && !NOT_A_LIST.iter().any(|word| before.contains(word))).then_some(best)
}

/// `male/female` → `[male, female]`: two or more simple lowercase words joined by `/`; or
/// the values of a word that says it is an enum and lists them, in any case: `enum (VND,
/// USD)`, `Enum: PENDING | PAID`, `enum [a, b]`.
fn enum_values(word: &str) -> Option<Vec<String>> {
    if let Some(values) = listed_enum(word) {
        return Some(values);
    }
    let values: Vec<String> = word.split('/').map(|v| v.trim().to_owned()).collect();
    let simple = |v: &String| {
        !v.is_empty()
            && v.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    };
    // `number/string` names types a value may take, not values: no enum of them.
    let types = values.iter().all(|value| {
        matches!(
            value.as_str(),
            "string"
                | "number"
                | "integer"
                | "int"
                | "float"
                | "double"
                | "boolean"
                | "bool"
                | "object"
                | "array"
                | "null"
                | "long"
        )
    });
    (values.len() >= 2 && values.iter().all(simple) && word != "yyyy-mm-dd" && !types)
        .then_some(values)
}

/// The base of a word that also says its value may be null: `string | null`, `null|string`,
/// `String?`, `nullable string`, `string (nullable)`.
fn nullable_base(word: &str) -> Option<&str> {
    let word = word.trim();
    let lower = word.to_lowercase();
    if let Some((left, right)) = word.split_once('|') {
        let (left, right) = (left.trim(), right.trim());
        return match (
            left.eq_ignore_ascii_case("null"),
            right.eq_ignore_ascii_case("null"),
        ) {
            (false, true) => Some(left),
            (true, false) => Some(right),
            _ => None,
        };
    }
    if let Some(base) = word
        .strip_suffix('?')
        .filter(|base| !base.is_empty() && !base.ends_with(' '))
    {
        return Some(base);
    }
    if lower.starts_with("nullable ") {
        return word.get("nullable ".len()..).map(str::trim);
    }
    // `?string`, as PHP and Hack write it.
    if let Some(base) = word
        .strip_prefix('?')
        .filter(|base| !base.is_empty() && !base.starts_with(' '))
    {
        return Some(base);
    }
    // `string (nullable)`, `String, nullable`, `string or null`.
    ["(nullable)", ", nullable", " or null"]
        .into_iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .map(|base| word[..base.len()].trim())
        .filter(|base| !base.is_empty())
}

/// Whether a type word says its value may be null (`string | null`, `String?`).
pub fn says_nullable(word: &str) -> bool {
    nullable_base(word).is_some()
}

/// The values an `enum (…)`, `enum: …` or `enum […]` word lists (at least two, each a plain
/// word: letters, digits, `_`, `-`, `.`).
fn listed_enum(word: &str) -> Option<Vec<String>> {
    let word = word.trim();
    let rest = word
        .get(..4)
        .filter(|head| head.eq_ignore_ascii_case("enum"))
        .and_then(|_| word.get(4..))?
        .trim();
    let inner = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
        .or_else(|| rest.strip_prefix(':'))?;
    let values: Vec<String> = inner
        .split([',', '|', '/'])
        .map(|value| value.trim().trim_matches(['`', '"', '\'']).to_owned())
        .collect();
    let plain = |v: &String| {
        !v.is_empty()
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    (values.len() >= 2 && values.iter().all(plain)).then_some(values)
}

#[cfg(test)]
mod tests {
    use super::SpecType::{self, *};
    use super::described_values;

    #[test]
    fn nullable_swagger_and_alternative_words() {
        assert_eq!(SpecType::of("string | null"), Builtin("string"));
        assert_eq!(SpecType::of("null|Integer"), Builtin("integer"));
        assert_eq!(SpecType::of("String?"), Builtin("string"));
        assert_eq!(SpecType::of("nullable string"), Builtin("string"));
        assert_eq!(SpecType::of("date (nullable)"), Builtin("date"));
        assert!(super::says_nullable("string | null") && !super::says_nullable("string"));
        for word in ["?string", "String, nullable", "string or null"] {
            assert_eq!(SpecType::of(word), Builtin("string"), "{word}");
            assert!(super::says_nullable(word), "{word}");
        }
        assert!(!super::says_nullable("? string") && !super::says_nullable("?"));
        for (word, expected) in [
            ("BigDecimal", Builtin("number")),
            ("float64", Builtin("number")),
            ("uint32", Builtin("integer")),
            ("JSON", Builtin("any")),
            ("Dictionary", UnstatedObject),
            ("hash", UnstatedObject),
        ] {
            assert_eq!(SpecType::of(word), expected, "{word}");
        }
        assert_eq!(SpecType::of("string <email>"), Builtin("string"));
        assert_eq!(SpecType::of("string <date-time>"), Builtin("date-time"));
        assert_eq!(SpecType::of("integer <int64>"), Builtin("integer"));
        assert_eq!(SpecType::of("object[]"), ListOfUnstated);
        for word in [
            "array[object]",
            "List[Object]",
            "array of object",
            "Array<Object>",
        ] {
            assert_eq!(SpecType::of(word), ListOfUnstated, "{word}");
        }
        assert_eq!(
            SpecType::of("number/string"),
            Unknown("number/string".to_owned())
        );
        assert_eq!(
            SpecType::of("male/female"),
            Enum(vec!["male".to_owned(), "female".to_owned()])
        );
    }

    #[test]
    fn values_a_description_lists_in_code_spans() {
        let values = |text: &str| described_values(text);
        assert_eq!(
            values("Available options: requested, scribing, scribed"),
            Some(vec![
                "requested".into(),
                "scribing".into(),
                "scribed".into()
            ])
        );
        assert_eq!(
            values("The prompt type Allowed values: asset, tts, url"),
            Some(vec!["asset".into(), "tts".into(), "url".into()])
        );
        assert_eq!(
            values("Possible values: \"a\" \"b\"."),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(
            values("Possible values: only"),
            None,
            "one value is no list"
        );
        assert_eq!(values("One of: the first name, or the last"), None, "prose");
        let list = |items: &[&str]| Some(items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(
            values("`draft`, `open` or `paid`"),
            list(&["draft", "open", "paid"])
        );
        assert_eq!(
            values("Trạng thái: `NEW` | `DONE`."),
            list(&["NEW", "DONE"])
        );
        assert_eq!(
            values("Giới tính `male` hoặc `female`"),
            list(&["male", "female"])
        );
        assert_eq!(
            values("ISO code, e.g. `USD`, `VND`"),
            None,
            "examples, not a list"
        );
        assert_eq!(values("Default `USD`. Also `VND` works"), None);
        assert_eq!(values("`a` then `b`"), None, "prose between the spans");
        assert_eq!(values("Use `GET /x` or `POST /y`"), None, "not plain words");
        assert_eq!(values("`a` or `a`"), None, "one value twice");
        assert_eq!(values("Only `x`"), None);
        assert_eq!(values("unclosed `a`, `b"), None);
    }

    #[test]
    fn the_words_of_both_vendors() {
        let cases = [
            ("string", Builtin("string")),
            ("number", Builtin("number")),
            ("int", Builtin("integer")),
            ("bool", Builtin("boolean")),
            ("boolean", Builtin("boolean")),
            ("yyyy-mm-dd", Builtin("date")),
            ("list", ListOfUnstated),
            ("List Object", ListOfUnstated),
            ("Object", UnstatedObject),
            ("male/female", Enum(vec!["male".into(), "female".into()])),
            (
                "vi/en/other",
                Enum(vec!["vi".into(), "en".into(), "other".into()]),
            ),
            ("list of string", ListOf(Box::new(Builtin("string")))),
            ("Metadata", Unknown("Metadata".into())),
            ("Text/json", Unknown("Text/json".into())),
            ("int64", Builtin("integer")),
            ("JSON object", UnstatedObject),
            (
                "[]**[Response](#data)**",
                ListOf(Box::new(Unknown("Response".into()))),
            ),
            ("[]string", ListOf(Box::new(Builtin("string")))),
            ("[Data](#data)", Unknown("Data".into())),
            ("**[Data](#data)**", Unknown("Data".into())),
            ("[int](#types)", Builtin("integer")),
            ("String(50)", Builtin("string")),
            ("varchar(255)", Builtin("string")),
            ("int(11)", Builtin("integer")),
            ("Decimal(10,2)", Builtin("number")),
            ("Integer (int64)", Builtin("integer")),
            ("Date (yyyy-MM-dd)", Builtin("date")),
            ("String (ISO 8601)", Builtin("date-time")),
            ("Array of string", ListOf(Box::new(Builtin("string")))),
            ("array[int]", ListOf(Box::new(Builtin("integer")))),
            ("string[]", ListOf(Box::new(Builtin("string")))),
            ("array of strings", ListOf(Box::new(Builtin("string")))),
            ("list of integers", ListOf(Box::new(Builtin("integer")))),
            ("List<Integer>", ListOf(Box::new(Builtin("integer")))),
            ("list of Orders", ListOf(Box::new(Unknown("Orders".into())))),
            ("Array of objects", ListOfUnstated),
            ("array object", ListOfUnstated),
            (
                "[\\]**[Item](#item)**",
                ListOf(Box::new(Unknown("Item".to_owned()))),
            ),
            ("uuid", Builtin("string")),
            ("timestamp", Unknown("timestamp".into())),
            ("Foo(bar)", Unknown("Foo(bar)".into())),
            ("enum (VND, USD)", Enum(vec!["VND".into(), "USD".into()])),
            (
                "Enum: PENDING | PAID",
                Enum(vec!["PENDING".into(), "PAID".into()]),
            ),
            ("enum [`a`, `b-c`]", Enum(vec!["a".into(), "b-c".into()])),
            ("enum", Unknown("enum".into())),
            ("Map<String, Integer>", MapOf(Box::new(Builtin("integer")))),
            ("map<string,string>", MapOf(Box::new(Builtin("string")))),
            (
                "HashMap<String, Tag>",
                MapOf(Box::new(Unknown("Tag".into()))),
            ),
            (
                "Dictionary<string, bool>",
                MapOf(Box::new(Builtin("boolean"))),
            ),
            ("Dict[str, int]", MapOf(Box::new(Builtin("integer")))),
            ("Record<string, number>", MapOf(Box::new(Builtin("number")))),
            ("object<string, string>", MapOf(Box::new(Builtin("string")))),
            ("map[string]int64", MapOf(Box::new(Builtin("integer")))),
            (
                "{ [key: string]: string }",
                MapOf(Box::new(Builtin("string"))),
            ),
            (
                "map of string to Money",
                MapOf(Box::new(Unknown("Money".into()))),
            ),
            ("Map of integer", MapOf(Box::new(Builtin("integer")))),
            (
                "Map<String, List<Integer>>",
                MapOf(Box::new(ListOf(Box::new(Builtin("integer"))))),
            ),
            (
                "Map<String, Map<String, String>>",
                MapOf(Box::new(MapOf(Box::new(Builtin("string"))))),
            ),
            (
                "List<Map<String, String>>",
                ListOf(Box::new(MapOf(Box::new(Builtin("string"))))),
            ),
            ("Map<String>", Unknown("Map<String>".into())),
            ("map", UnstatedObject),
            ("enum (only)", Unknown("enum (only)".into())),
        ];
        for (word, expected) in cases {
            assert_eq!(SpecType::of(word), expected, "{word}");
        }
    }
}
