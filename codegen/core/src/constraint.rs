//! Every numeric constraint keyword of the spec format, defined once: the spec key, the types
//! it applies to, its JSON Schema keyword, its rustdoc, the runtime check that the generated
//! validators and the spec-driven validator both call, and its semver direction. The resolver,
//! the emitters (Rust, JSON Schema, docs), `json_validator` and the semver classifiers read
//! this table instead of naming keywords, so a new keyword is a row here, its spec key, and the
//! runtime's check and message.
//!
//! `pattern` and `format` are strings, not bounds, and keep their own code.

use codegen_runtime::validate::{Pointer, Report};

use crate::ir::{Constraints, TyKind};
use crate::spec::FieldDef;

/// A numeric constraint keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// Fewest characters.
    MinLength,
    /// Most characters.
    MaxLength,
    /// Smallest number.
    Minimum,
    /// Largest number.
    Maximum,
    /// A number the value is a whole multiple of.
    MultipleOf,
    /// Fewest items.
    MinItems,
    /// Most items.
    MaxItems,
}

/// What a keyword constrains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A string's length in characters.
    String,
    /// A number's value.
    Number,
    /// A list's item count.
    List,
}

/// How a change of a keyword's value moves what it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A lower bound: raising it accepts less.
    Lower,
    /// An upper bound: lowering it accepts less.
    Upper,
    /// A divisor: a new one accepts less unless the old one is its multiple, and more unless
    /// it is the old one's multiple, so most changes are both (2 → 3).
    Divisor,
}

impl Bound {
    /// Every keyword, in the order the emitters write them.
    pub const ALL: [Self; 7] = [
        Self::MinLength,
        Self::MaxLength,
        Self::Minimum,
        Self::Maximum,
        Self::MultipleOf,
        Self::MinItems,
        Self::MaxItems,
    ];

    /// The key in a spec (`max_length`), also the runtime check's name (`Report::max_length`).
    pub fn spec_key(self) -> &'static str {
        match self {
            Self::MinLength => "min_length",
            Self::MaxLength => "max_length",
            Self::Minimum => "minimum",
            Self::Maximum => "maximum",
            Self::MultipleOf => "multiple_of",
            Self::MinItems => "min_items",
            Self::MaxItems => "max_items",
        }
    }

    /// The JSON Schema keyword (`maxLength`).
    pub fn schema_key(self) -> &'static str {
        match self {
            Self::MinLength => "minLength",
            Self::MaxLength => "maxLength",
            Self::Minimum => "minimum",
            Self::Maximum => "maximum",
            Self::MultipleOf => "multipleOf",
            Self::MinItems => "minItems",
            Self::MaxItems => "maxItems",
        }
    }

    /// The keyword a JSON Schema keyword names, if it is one of these.
    pub fn from_schema_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|bound| bound.schema_key() == key)
    }

    /// Whether a schema states `value` as this keyword: every bound but a decimal step, which
    /// goes in `$comment` ([`binary_exact`] says why). The published schemas and the schemars
    /// attributes both ask.
    pub fn is_stated(self, value: f64) -> bool {
        self != Self::MultipleOf || binary_exact(value)
    }

    /// What it constrains.
    pub fn target(self) -> Target {
        match self {
            Self::MinLength | Self::MaxLength => Target::String,
            Self::Minimum | Self::Maximum | Self::MultipleOf => Target::Number,
            Self::MinItems | Self::MaxItems => Target::List,
        }
    }

    /// How a change of its value moves what it accepts.
    pub fn direction(self) -> Direction {
        match self {
            Self::MinLength | Self::Minimum | Self::MinItems => Direction::Lower,
            Self::MaxLength | Self::Maximum | Self::MaxItems => Direction::Upper,
            Self::MultipleOf => Direction::Divisor,
        }
    }

    /// Whether its value is a count (a whole number, `u64` in the runtime's checks).
    pub fn is_count(self) -> bool {
        self.target() != Target::Number
    }

    /// Its value in resolved constraints.
    pub fn value(self, c: &Constraints) -> Option<f64> {
        match self {
            Self::MinLength => c.min_length.map(|v| v as f64),
            Self::MaxLength => c.max_length.map(|v| v as f64),
            Self::Minimum => c.minimum,
            Self::Maximum => c.maximum,
            Self::MultipleOf => c.multiple_of,
            Self::MinItems => c.min_items.map(|v| v as f64),
            Self::MaxItems => c.max_items.map(|v| v as f64),
        }
    }

    /// Where a spec field states it, and the value it states.
    pub(crate) fn in_spec(self, d: &FieldDef) -> Option<(crate::Location, f64)> {
        let at =
            |node: &crate::yaml::Spanned<u64>| (crate::yaml::location(node), node.value as f64);
        match self {
            Self::MinLength => d.min_length.as_ref().map(at),
            Self::MaxLength => d.max_length.as_ref().map(at),
            Self::MinItems => d.min_items.as_ref().map(at),
            Self::MaxItems => d.max_items.as_ref().map(at),
            Self::Minimum => d
                .minimum
                .as_ref()
                .map(|n| (crate::yaml::location(n), n.value)),
            Self::Maximum => d
                .maximum
                .as_ref()
                .map(|n| (crate::yaml::location(n), n.value)),
            Self::MultipleOf => d
                .multiple_of
                .as_ref()
                .map(|n| (crate::yaml::location(n), n.value)),
        }
    }

    /// Whether a value of `old` (absent: no constraint) to `new` may refuse a value the old
    /// one accepted.
    pub fn refuses_more(self, old: Option<f64>, new: Option<f64>) -> bool {
        match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(old), Some(new)) => match self.direction() {
                Direction::Lower => new > old,
                Direction::Upper => new < old,
                // Every multiple of `old` is a multiple of `new` only when `old` is one.
                Direction::Divisor => !is_multiple(old, new),
            },
        }
    }
}

/// The runtime's checks (`codegen_runtime::Report`), which the generated validators call by the
/// spec key and the spec-driven validator (`json_validator`) calls through these.
impl Bound {
    /// Checks a string of a type whose constraints are `c`.
    pub fn check_text(c: &Constraints, at: &Pointer<'_>, text: &str, report: &mut Report) {
        for bound in Self::ALL
            .into_iter()
            .filter(|b| b.target() == Target::String)
        {
            match (bound, bound.value(c)) {
                (Self::MinLength, Some(v)) => report.min_length(at, text, v as u64),
                (Self::MaxLength, Some(v)) => report.max_length(at, text, v as u64),
                _ => {}
            }
        }
    }

    /// Checks a number of a type whose constraints are `c`.
    pub fn check_number(c: &Constraints, at: &Pointer<'_>, number: f64, report: &mut Report) {
        for bound in Self::ALL
            .into_iter()
            .filter(|b| b.target() == Target::Number)
        {
            match (bound, bound.value(c)) {
                (Self::Minimum, Some(v)) => report.minimum(at, &number, v),
                (Self::Maximum, Some(v)) => report.maximum(at, &number, v),
                (Self::MultipleOf, Some(v)) => report.multiple_of(at, &number, v),
                _ => {}
            }
        }
    }

    /// Checks a list of a type whose constraints are `c`.
    pub fn check_list<T>(c: &Constraints, at: &Pointer<'_>, items: &Vec<T>, report: &mut Report) {
        for bound in Self::ALL.into_iter().filter(|b| b.target() == Target::List) {
            match (bound, bound.value(c)) {
                (Self::MinItems, Some(v)) => report.min_items(at, items, v as u64),
                (Self::MaxItems, Some(v)) => report.max_items(at, items, v as u64),
                _ => {}
            }
        }
    }
}

impl Target {
    /// Whether values of `kind` are what it constrains.
    pub fn applies_to(self, kind: &TyKind) -> bool {
        match self {
            Self::String => matches!(kind, TyKind::String { .. }),
            Self::Number => matches!(kind, TyKind::Integer | TyKind::Number),
            Self::List => matches!(kind, TyKind::List { .. }),
        }
    }

    /// The types it applies to, for messages (`a \`string\``).
    pub fn owner(self) -> &'static str {
        match self {
            Self::String => "a `string`",
            Self::Number => "an `integer` or `number`",
            Self::List => "a `list`",
        }
    }
}

/// Whether `value` is a whole multiple of `divisor` (within the rounding of a decimal divisor
/// such as 0.01), the one definition the generated validators, the spec-driven validator and
/// the semver rules share.
pub fn is_multiple(value: f64, divisor: f64) -> bool {
    codegen_runtime::validate::is_multiple(value, divisor)
}

/// Whether validators that divide binary floating-point numbers judge multiples of `divisor`
/// as exact decimal arithmetic does: true for whole numbers and fractions such as 0.5 or 0.25,
/// false for a decimal step such as 0.01, of which ajv, python-jsonschema and jsonschema-rs
/// refuse exact multiples (`19.99 / 0.01` is `1998.9999999999998`). Such a step is checked by
/// the generated validators (within rounding) and stated in a schema's `$comment`, never as
/// `multipleOf`, so that no other team's validator refuses a valid value.
pub fn binary_exact(divisor: f64) -> bool {
    // Rust prints the shortest decimal that reads back as the same f64, without an exponent.
    let text = divisor.abs().to_string();
    let Some((whole, fraction)) = text.split_once('.') else {
        return true;
    };
    // n / 10^k is a binary fraction exactly when 5^k divides n.
    let Ok(places) = u32::try_from(fraction.len()) else {
        return false;
    };
    let (Some(five), Ok(n)) = (
        5u128.checked_pow(places),
        format!("{whole}{fraction}").parse::<u128>(),
    ) else {
        return false;
    };
    n % five == 0
}

/// The lower and upper keyword of each target, whose values must not cross.
pub const RANGES: [(Bound, Bound); 3] = [
    (Bound::MinLength, Bound::MaxLength),
    (Bound::Minimum, Bound::Maximum),
    (Bound::MinItems, Bound::MaxItems),
];

/// The constraints as rustdoc sentences (`Length: at most 64.`, `Multiple of: 5.`).
pub fn doc_sentences(c: &Constraints) -> Vec<String> {
    let mut sentences = Vec::new();
    for ((low, high), label) in RANGES.into_iter().zip(["Length", "Range", "Items"]) {
        let (low, high) = (low.value(c), high.value(c));
        if low.is_some() || high.is_some() {
            sentences.push(format!("{label}: {}.", range(low, high)));
        }
        if label == "Range"
            && let Some(divisor) = Bound::MultipleOf.value(c)
        {
            sentences.push(format!("Multiple of: {}.", number(divisor)));
        }
    }
    sentences
}

/// A list's length as `c` bounds it, as the docs print it (`1 to 3`, `at most 100`), if it
/// does.
pub fn items_range(c: &Constraints) -> Option<String> {
    let (low, high) = (Bound::MinItems.value(c), Bound::MaxItems.value(c));
    (low.is_some() || high.is_some()).then(|| range(low, high))
}

fn range(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(low), Some(high)) => format!("{} to {}", number(low), number(high)),
        (Some(low), None) => format!("at least {}", number(low)),
        (None, Some(high)) => format!("at most {}", number(high)),
        (None, None) => String::new(),
    }
}

/// A bound as the docs print it: a whole number without `.0`.
fn number(value: f64) -> String {
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::binary_exact;

    #[test]
    fn only_binary_fractions_are_exact_divisors() {
        for (step, exact) in [
            (5.0, true),
            (2.0, true),
            (0.5, true),
            (0.25, true),
            (1.5, true),
            (0.125, true),
            (0.01, false),
            (0.1, false),
            (0.05, false),
            (2.5e-7, false),
            (1e300, true),
        ] {
            assert_eq!(binary_exact(step), exact, "{step}");
        }
    }
}
