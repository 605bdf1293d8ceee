//! Bounds a description states in prose, in English or Vietnamese: `Min = 1, Max = 500`,
//! `at least 1`, `up to 500 characters`, `between 1 and 100`, `từ 1 đến 100`, `tối đa 255 ký
//! tự`, `maxLength: 64`, `≤ 20`, and a bare range where nothing else can be meant: one that
//! opens the description (`1–100, default 20`), follows `range` (`Range: 1..100`) or is an
//! interval (`[1, 100]`). Each becomes the spec key that fits the field's type (a value
//! bound for numbers, a length for strings, an item count for lists); the importer says where
//! it read them, for the reviewer to confirm.

use std::sync::LazyLock;

use regex::Regex;

/// A number in prose: optional sign, optional fraction.
const NUMBER: &str = r"(-?\d+(?:[.,]\d+)?)";

static LOWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\bmin(?:imum)?[\s_]*(?:length|len|value)?\s*(?:is|[=:])?|\btối thiểu(?:\s+là)?\s*[=:]?|\bat least|\bít nhất|\bno (?:less|fewer) than|>=|≥)\s*{NUMBER}"
    ))
    .expect("lower bound regex")
});

static UPPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\bmax(?:imum)?[\s_]*(?:length|len|value)?\s*(?:is|[=:])?|\btối đa(?:\s+là)?\s*[=:]?|\bat most|\bup to|\bkhông (?:quá|vượt quá)|\bno more than|<=|≤)\s*{NUMBER}"
    ))
    .expect("upper bound regex")
});

/// A strict bound (`> 0`, `greater than 0`, `less than 100`, `lớn hơn 0`): the next whole
/// value is the bound, so only whole counts and integers take it.
static STRICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(\bgreater than|\bmore than|\blớn hơn|>|\bless than|\bfewer than|\bnhỏ hơn|<)\s*{NUMBER}"
    ))
    .expect("strict bound regex")
});

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\bfrom|\bbetween|\btừ|\btrong khoảng)\s+{NUMBER}\s*(?:to|and|đến|tới|-|–)\s*{NUMBER}"
    ))
    .expect("range regex")
});

/// A range stated alone: at the description's start (after an optional `range`/`values`
/// word), after `range` anywhere, or as an interval `[1, 100]`. Elsewhere two numbers joined by
/// a dash are as likely a phone number, a date or a standard's part (`ISO 3166-1`).
static BARE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^\s*(?:(?:range|values?|giá trị|khoảng)\s*[:=]?\s*)?|\b(?:range|khoảng)\s*[:=]?\s*){NUMBER}\s*(?:-|–|—|\.\.|\bto\b|\bđến\b)\s*{NUMBER}(?:$|[\s,.;)])|\[\s*{NUMBER}\s*,\s*{NUMBER}\s*\]"
    ))
    .expect("bare range regex")
});

/// The keys a field of spec type `ty` takes from bounds its description states: `(key,
/// value)`, lower first. None for types without bounds, for a number that counts something
/// else (`max 2 decimal places`, `up to 10 digits` on a number), and for bounds that
/// contradict each other.
pub(super) fn of(prose: &str, ty: &str) -> Vec<(&'static str, f64)> {
    let (lower_key, upper_key, whole) = match ty {
        "integer" => ("minimum", "maximum", true),
        "number" => ("minimum", "maximum", false),
        "string" => ("min_length", "max_length", true),
        _ if ty.starts_with("list") => ("min_items", "max_items", true),
        _ => return Vec::new(),
    };
    // Most descriptions state no number: nothing to look for.
    if !prose.contains(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    let numeric = matches!(ty, "integer" | "number");
    let read = |found: regex::Match<'_>| -> Option<f64> {
        let after = prose[found.end()..].trim_start().to_lowercase();
        let counts_other = ["decimal", "digit", "chữ số", "số thập phân", "số lẻ"]
            .iter()
            .any(|unit| after.starts_with(unit))
            || numeric
                && ["character", "char", "ký tự", "kí tự"]
                    .iter()
                    .any(|unit| after.starts_with(unit));
        if counts_other {
            return None;
        }
        found.as_str().replace(',', ".").parse().ok()
    };
    let (mut lower, mut upper) = (None, None);
    // A range is read whole or not at all: `between 1 and 10 digits` bounds no value.
    let range = RANGE
        .captures(prose)
        .and_then(|found| Some((found.get(1)?, found.get(2)?)))
        .or_else(|| {
            let found = BARE_RANGE.captures(prose)?;
            Some((
                found.get(1).or_else(|| found.get(3))?,
                found.get(2).or_else(|| found.get(4))?,
            ))
        });
    if let Some((low, high)) = range
        && let (Some(low), Some(high)) = (read(low), read(high))
    {
        (lower, upper) = (Some(low), Some(high));
    }
    if lower.is_none() {
        lower = LOWER
            .captures(prose)
            .and_then(|found| found.get(1))
            .and_then(read);
    }
    if upper.is_none() {
        upper = UPPER
            .captures(prose)
            .and_then(|found| found.get(1))
            .and_then(read);
    }
    // `> 0` on a whole value is `≥ 1`; a number's strict bound has no spec key, so none.
    if whole && (lower.is_none() || upper.is_none()) {
        for found in STRICT.captures_iter(prose) {
            let (Some(word), Some(value)) = (found.get(1), found.get(2)) else {
                continue;
            };
            // An arrow (`1 -> 2`, `=>`) or `<=`/`>=` (read above) is no strict bound.
            let before = prose[..word.start()].chars().next_back();
            if matches!(before, Some('-' | '=' | '<' | '>')) {
                continue;
            }
            let Some(value) = read(value) else { continue };
            let word = word.as_str().to_lowercase();
            let above = word == ">" || ["greater", "more", "lớn"].iter().any(|w| word.contains(w));
            if above && lower.is_none() {
                lower = Some(value + 1.0);
            } else if !above && upper.is_none() {
                upper = Some(value - 1.0);
            }
        }
    }
    let fits = |value: f64| !whole || (value.fract() == 0.0 && (numeric || value >= 0.0));
    let lower = lower.filter(|value| fits(*value));
    let upper = upper.filter(|value| fits(*value));
    if let (Some(low), Some(high)) = (lower, upper)
        && low > high
    {
        return Vec::new();
    }
    let mut keys = Vec::new();
    if let Some(low) = lower {
        keys.push((lower_key, low));
    }
    if let Some(high) = upper {
        keys.push((upper_key, high));
    }
    keys
}

/// A bound as a reviewer reads it: `500`, not `500.0`.
pub(super) fn show(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

/// The length a sized string word states: `String(50)`, `varchar(255)`, `NVARCHAR (20)`; `None`
/// for other words (`Decimal(10,2)` is a number's precision).
pub(super) fn sized_string(word: &str) -> Option<u64> {
    let lower = word.trim().to_lowercase();
    let (base, rest) = lower.split_once('(')?;
    let size = rest.strip_suffix(')')?.trim();
    let textual = matches!(
        base.trim(),
        "string" | "str" | "varchar" | "nvarchar" | "char" | "text"
    );
    if !textual || !size.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    size.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::of;

    fn bounds(prose: &str, ty: &str) -> Vec<String> {
        of(prose, ty)
            .into_iter()
            .map(|(key, value)| format!("{key} {value}"))
            .collect()
    }

    #[test]
    fn bounds_in_english_and_vietnamese_prose() {
        assert_eq!(
            bounds("Min = 1, Max = 500", "integer"),
            ["minimum 1", "maximum 500"]
        );
        assert_eq!(bounds("Page size, at least 1", "integer"), ["minimum 1"]);
        assert_eq!(bounds("Up to 500 characters", "string"), ["max_length 500"]);
        assert_eq!(
            bounds("between 1 and 100", "integer"),
            ["minimum 1", "maximum 100"]
        );
        assert_eq!(
            bounds("Giá trị từ 1 đến 100", "integer"),
            ["minimum 1", "maximum 100"]
        );
        assert_eq!(bounds("Tối đa 255 ký tự", "string"), ["max_length 255"]);
        assert_eq!(
            bounds("không quá 20 phần tử", "list, items: { type: string }"),
            ["max_items 20"]
        );
        assert_eq!(bounds("maxLength: 64", "string"), ["max_length 64"]);
        assert_eq!(
            bounds("Latitude, ≥ -90 and ≤ 90", "number"),
            ["minimum -90", "maximum 90"]
        );
        assert_eq!(bounds("tối thiểu là 0,5", "number"), ["minimum 0.5"]);
        assert_eq!(bounds("Must be > 0.", "integer"), ["minimum 1"]);
        assert_eq!(
            bounds("greater than 0 and less than 100", "integer"),
            ["minimum 1", "maximum 99"]
        );
        assert_eq!(bounds("Số lượng lớn hơn 0", "integer"), ["minimum 1"]);
        assert_eq!(
            bounds("fewer than 10 tags", "list, items: { type: string }"),
            ["max_items 9"]
        );
        assert!(
            bounds("Must be > 0", "number").is_empty(),
            "no exclusive bound in specs"
        );
        assert_eq!(bounds("Min 1, >= 1", "integer"), ["minimum 1"]);
        assert!(bounds("Status 1 -> 2 => 3", "integer").is_empty(), "arrows");
    }

    #[test]
    fn bare_ranges_where_nothing_else_is_meant() {
        let both = ["minimum 1", "maximum 100"];
        assert_eq!(bounds("1–100, default 20", "integer"), both);
        assert_eq!(bounds("1-100", "integer"), both);
        assert_eq!(bounds("Range: 1..100", "integer"), both);
        assert_eq!(bounds("Page size, range 1 to 100.", "integer"), both);
        assert_eq!(bounds("Page size in [1, 100]", "integer"), both);
        assert_eq!(bounds("Giá trị: 1 - 100", "integer"), both);
        assert_eq!(bounds("-5–5", "integer"), ["minimum -5", "maximum 5"]);
        assert_eq!(
            bounds("3-50 characters", "string"),
            ["min_length 3", "max_length 50"]
        );
        // Two numbers joined by a dash elsewhere in the prose are something else.
        assert!(bounds("Phone, e.g. 090-1234567", "string").is_empty());
        assert!(bounds("Country code (ISO 3166-1)", "string").is_empty());
        assert!(bounds("2024-01-31", "string").is_empty(), "a date");
        assert!(bounds("100-1", "integer").is_empty(), "reversed");
        assert!(
            bounds("1-100 digits", "integer").is_empty(),
            "counts digits"
        );
    }

    #[test]
    fn sized_string_words_state_a_length() {
        assert_eq!(super::sized_string("String(50)"), Some(50));
        assert_eq!(super::sized_string("NVARCHAR (20)"), Some(20));
        assert_eq!(super::sized_string("Decimal(10,2)"), None);
        assert_eq!(super::sized_string("Integer (int64)"), None);
    }

    #[test]
    fn words_that_count_something_else_are_no_bounds() {
        assert!(bounds("Amount, max 2 decimal places", "number").is_empty());
        assert!(bounds("Up to 10 digits", "integer").is_empty());
        assert!(bounds("Max 64 characters", "integer").is_empty());
        assert!(bounds("Max = 5", "boolean").is_empty());
        assert!(bounds("Min = 9, Max = 2", "integer").is_empty());
        assert!(bounds("The order id", "string").is_empty());
    }
}
