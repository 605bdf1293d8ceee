//! Checking values against what a spec states: the [`Validate`] trait that generated types
//! implement, the report it fills, and the primitive checks both the generated code and
//! `codegen-core`'s JSON validator share.
//!
//! A valid value costs no allocation: the path to the value being checked lives on the stack
//! ([`Pointer`]) and is written out as a JSON Pointer only when a violation is recorded.

use std::fmt;
use std::sync::OnceLock;

/// What kind of rule a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A required field is missing.
    Required,
    /// `null` where the spec does not allow it.
    Null,
    /// A value of the wrong JSON kind.
    Type,
    /// A field the spec does not name, in a strict (request) type.
    UnknownField,
    /// None of the fields of an "at least one of" rule holds a value.
    AnyOfRequired,
    /// A value outside a closed enum.
    Enum,
    /// A value that fits none of a one-of's alternatives.
    OneOf,
    /// A string not in its format (e-mail, date, date-time, URI).
    Format,
    /// A string that does not match its pattern.
    Pattern,
    /// A number outside its range.
    Range,
    /// A number that is not a whole multiple of its divisor.
    MultipleOf,
    /// A string shorter or longer than allowed.
    Length,
    /// A list with too few or too many items.
    Items,
    /// A string that should hold a JSON document and does not.
    JsonString,
}

impl Kind {
    /// The machine-readable name (`any_of_required`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::Null => "null",
            Self::Type => "type",
            Self::UnknownField => "unknown_field",
            Self::AnyOfRequired => "any_of_required",
            Self::Enum => "enum",
            Self::OneOf => "one_of",
            Self::Format => "format",
            Self::MultipleOf => "multiple_of",
            Self::Pattern => "pattern",
            Self::Range => "range",
            Self::Length => "length",
            Self::Items => "items",
            Self::JsonString => "json_string",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What exactly is wrong; it gives the [`Kind`] and the English and Vietnamese messages.
#[derive(Debug, Clone, Copy)]
pub enum Detail<'a> {
    /// A required field is missing.
    Required {
        /// Its wire name.
        field: &'a str,
    },
    /// `null` where not allowed.
    Null,
    /// The wrong JSON kind.
    Type {
        /// What the spec wants (`a string`).
        expected: &'a str,
        /// What was there (`a number`).
        found: &'a str,
    },
    /// A field the spec does not name.
    UnknownField {
        /// Its wire name.
        field: &'a str,
        /// The type that lacks it.
        owner: &'a str,
    },
    /// None of these fields holds a value.
    AnyOfRequired {
        /// Their wire names.
        fields: &'a [&'a str],
        /// The doc's own words, if the spec quotes them.
        vi: Option<&'a str>,
    },
    /// A value outside a closed enum.
    Enum {
        /// The value.
        value: &'a str,
        /// The allowed values.
        allowed: &'a [&'a str],
    },
    /// A value that fits none of the alternatives.
    OneOf {
        /// The one-of's name.
        owner: &'a str,
        /// The alternatives' names.
        alternatives: &'a [&'a str],
    },
    /// Not an e-mail address.
    Email,
    /// Not a URI.
    Uri,
    /// Not a `yyyy-mm-dd` calendar day.
    Date,
    /// Not an RFC 3339 date-time.
    DateTime,
    /// Does not match the pattern.
    Pattern {
        /// The pattern.
        pattern: &'a str,
    },
    /// Below the minimum.
    Minimum(f64),
    /// Above the maximum.
    Maximum(f64),
    /// Not a whole multiple of the divisor.
    MultipleOf(f64),
    /// Fewer characters than allowed.
    MinLength(u64),
    /// More characters than allowed.
    MaxLength(u64),
    /// Fewer items than allowed.
    MinItems(u64),
    /// More items than allowed.
    MaxItems(u64),
    /// Not a string holding JSON.
    JsonString {
        /// Why.
        reason: &'a str,
    },
}

impl Detail<'_> {
    /// The kind of rule broken.
    pub fn kind(&self) -> Kind {
        match self {
            Self::Required { .. } => Kind::Required,
            Self::Null => Kind::Null,
            Self::Type { .. } => Kind::Type,
            Self::UnknownField { .. } => Kind::UnknownField,
            Self::AnyOfRequired { .. } => Kind::AnyOfRequired,
            Self::Enum { .. } => Kind::Enum,
            Self::OneOf { .. } => Kind::OneOf,
            Self::Email | Self::Uri | Self::Date | Self::DateTime => Kind::Format,
            Self::Pattern { .. } => Kind::Pattern,
            Self::Minimum(_) | Self::Maximum(_) => Kind::Range,
            Self::MultipleOf(_) => Kind::MultipleOf,
            Self::MinLength(_) | Self::MaxLength(_) => Kind::Length,
            Self::MinItems(_) | Self::MaxItems(_) => Kind::Items,
            Self::JsonString { .. } => Kind::JsonString,
        }
    }

    fn english(&self) -> String {
        match self {
            Self::Required { field } => format!("required field `{field}` is missing"),
            Self::Null => "must not be null".to_owned(),
            Self::Type { expected, found } => format!("expected {expected}, found {found}"),
            Self::UnknownField { field, owner } => format!("`{owner}` has no field `{field}`"),
            Self::AnyOfRequired { fields, .. } => format!(
                "at least one of {} must hold a value (absent, null and \"\" do not count)",
                quoted(fields)
            ),
            Self::Enum { value, allowed } => {
                format!("`{value}` is not one of {}", quoted(allowed))
            }
            Self::OneOf {
                owner,
                alternatives,
            } => {
                format!(
                    "fits none of the alternatives of `{owner}` ({})",
                    alternatives.join(", ")
                )
            }
            Self::Email => "not an e-mail address".to_owned(),
            Self::Uri => "not a URI".to_owned(),
            Self::Date => "not a real calendar day written yyyy-mm-dd".to_owned(),
            Self::DateTime => "not an RFC 3339 date-time".to_owned(),
            Self::Pattern { pattern } => format!("does not match the pattern `{pattern}`"),
            Self::Minimum(n) => format!("must be at least {n}"),
            Self::Maximum(n) => format!("must be at most {n}"),
            Self::MultipleOf(n) => format!("must be a multiple of {n}"),
            Self::MinLength(n) => format!("must have at least {n} character(s)"),
            Self::MaxLength(n) => format!("must have at most {n} character(s)"),
            Self::MinItems(n) => format!("must have at least {n} item(s)"),
            Self::MaxItems(n) => format!("must have at most {n} item(s)"),
            Self::JsonString { reason } => {
                format!("must be a string holding a JSON document: {reason}")
            }
        }
    }

    fn vietnamese(&self) -> String {
        match self {
            Self::Required { field } => format!("thiếu trường bắt buộc `{field}`"),
            Self::Null => "không được là null".to_owned(),
            Self::Type { expected, found } => {
                format!("sai kiểu dữ liệu (cần {expected}, nhận {found})")
            }
            Self::UnknownField { field, owner } => {
                format!("`{field}` không phải là trường của `{owner}`")
            }
            Self::AnyOfRequired { fields, vi } => match vi {
                Some(words) => (*words).to_owned(),
                None => format!(
                    "bắt buộc có ít nhất một trong các trường {}",
                    quoted(fields)
                ),
            },
            Self::Enum { value, allowed } => {
                format!("`{value}` không thuộc các giá trị {}", quoted(allowed))
            }
            Self::OneOf { owner, .. } => format!("không khớp với dạng nào của `{owner}`"),
            Self::Email => "không phải địa chỉ e-mail hợp lệ".to_owned(),
            Self::Uri => "không phải URI hợp lệ".to_owned(),
            Self::Date => "không phải ngày hợp lệ dạng yyyy-mm-dd".to_owned(),
            Self::DateTime => "không phải thời điểm hợp lệ theo RFC 3339".to_owned(),
            Self::Pattern { pattern } => format!("không khớp mẫu `{pattern}`"),
            Self::Minimum(n) => format!("phải lớn hơn hoặc bằng {n}"),
            Self::Maximum(n) => format!("phải nhỏ hơn hoặc bằng {n}"),
            Self::MultipleOf(n) => format!("phải là bội số của {n}"),
            Self::MinLength(n) => format!("phải có ít nhất {n} ký tự"),
            Self::MaxLength(n) => format!("chỉ được có tối đa {n} ký tự"),
            Self::MinItems(n) => format!("phải có ít nhất {n} phần tử"),
            Self::MaxItems(n) => format!("chỉ được có tối đa {n} phần tử"),
            Self::JsonString { .. } => "phải là chuỗi chứa một tài liệu JSON".to_owned(),
        }
    }
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where, as a JSON Pointer (`/custom_fields/1/name`; `""` for the whole document). Inside a
    /// JSON document carried in a string, the pointer continues below the string's field.
    pub pointer: String,
    /// What kind of rule.
    pub kind: Kind,
    /// In English.
    pub en: String,
    /// In Vietnamese.
    pub vi: String,
}

impl fmt::Display for Violation {
    /// `/email: not an e-mail address [format]`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document)"
        } else {
            &self.pointer
        };
        // The pointer and the message may quote the payload's own keys and values.
        write!(
            f,
            "{}: {} [{}]",
            crate::printable::printable(pointer),
            crate::printable::printable(&self.en),
            self.kind
        )
    }
}

/// Every violation found, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    /// Appends every violation of `other`, after this report's own.
    pub fn merge(&mut self, other: Report) {
        self.violations.extend(other.violations);
    }

    /// Records a violation at `at`.
    pub fn push(&mut self, at: &Pointer<'_>, detail: Detail<'_>) {
        self.violations.push(Violation {
            pointer: at.render(),
            kind: detail.kind(),
            en: detail.english(),
            vi: detail.vietnamese(),
        });
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// The violations.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// `Ok` when nothing is wrong, else the report.
    pub fn into_result(self) -> Result<(), Self> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for Report {
    /// One line per violation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for violation in &self.violations {
            writeln!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// The path to the value being checked, kept on the stack until a violation needs it written.
#[derive(Debug, Clone, Copy)]
pub enum Pointer<'a> {
    /// The whole document.
    Root,
    /// A field of an object.
    Field(&'a Pointer<'a>, &'a str),
    /// An item of a list.
    Index(&'a Pointer<'a>, usize),
}

impl<'a> Pointer<'a> {
    /// The path of field `name` below this one.
    pub fn field(&'a self, name: &'a str) -> Self {
        Self::Field(self, name)
    }

    /// The path of item `index` below this one.
    pub fn index(&'a self, index: usize) -> Self {
        Self::Index(self, index)
    }

    /// The JSON Pointer (RFC 6901).
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Self::Root => {}
            Self::Field(parent, name) => {
                parent.write(out);
                out.push('/');
                out.push_str(&name.replace('~', "~0").replace('/', "~1"));
            }
            Self::Index(parent, index) => {
                parent.write(out);
                out.push('/');
                out.push_str(&index.to_string());
            }
        }
    }
}

/// A value that can be checked against everything its spec states.
///
/// Generated types implement it; [`Validate::validate`] is what users call.
pub trait Validate {
    /// Records every violation in `self`, found at `at`, into `report`. The default finds
    /// none: generated types whose spec states nothing beyond their shape keep it.
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        let _ = (at, report);
    }

    /// Every violation in `self`, or `Ok` when there is none.
    fn validate(&self) -> Result<(), Report> {
        let mut report = Report::default();
        self.validate_at(&Pointer::Root, &mut report);
        report.into_result()
    }
}

/// No body: nothing to check.
impl Validate for () {}

/// A recursive field, held in a box, is checked as its value is.
impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        (**self).validate_at(at, report);
    }
}

impl<T: Validate> Validate for crate::JsonString<T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        self.0.validate_at(at, report);
    }
}

/// An optional field is checked as its value, when it has one.
impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        if let Some(value) = self {
            value.validate_at(at, report);
        }
    }
}

impl<T: Validate> Validate for crate::Nullable<T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        if let crate::Nullable::Value(value) = self {
            value.validate_at(at, report);
        }
    }
}

/// Each item is checked at its index.
impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        for (index, item) in self.iter().enumerate() {
            item.validate_at(&at.index(index), report);
        }
    }
}

/// Each value is checked under its key.
impl<T: Validate> Validate for indexmap::IndexMap<String, T> {
    fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
        for (key, value) in self {
            value.validate_at(&at.field(key), report);
        }
    }
}

/// A field's value as the bound checks see it: nothing when the field is absent or `null`, so
/// that one call serves required, optional and nullable fields alike.
pub trait Present {
    /// What the checks measure: `str` for strings, `[T]` for lists, the number itself.
    type Value: ?Sized;
    /// The value, when there is one.
    fn present(&self) -> Option<&Self::Value>;
}

impl Present for String {
    type Value = str;
    fn present(&self) -> Option<&str> {
        Some(self)
    }
}

impl Present for str {
    type Value = str;
    fn present(&self) -> Option<&str> {
        Some(self)
    }
}

impl Present for f64 {
    type Value = f64;
    fn present(&self) -> Option<&f64> {
        Some(self)
    }
}

impl Measure for f64 {
    fn measure(&self) -> Option<f64> {
        Some(*self)
    }
}

impl Present for i64 {
    type Value = i64;
    fn present(&self) -> Option<&i64> {
        Some(self)
    }
}

impl Present for serde_json::Number {
    type Value = serde_json::Number;
    fn present(&self) -> Option<&serde_json::Number> {
        Some(self)
    }
}

impl<T> Present for Vec<T> {
    type Value = [T];
    fn present(&self) -> Option<&[T]> {
        Some(self)
    }
}

impl<T> Present for indexmap::IndexMap<String, T> {
    type Value = Self;
    fn present(&self) -> Option<&Self> {
        Some(self)
    }
}

impl<T: Present> Present for Option<T> {
    type Value = T::Value;
    fn present(&self) -> Option<&T::Value> {
        self.as_ref()?.present()
    }
}

impl<T: Present> Present for crate::Nullable<T> {
    type Value = T::Value;
    fn present(&self) -> Option<&T::Value> {
        self.as_value()?.present()
    }
}

/// A number as a range check compares it (a JSON number too large for `f64` is not compared).
pub trait Measure {
    /// The value as `f64`, when it has one.
    fn measure(&self) -> Option<f64>;
}

impl Measure for i64 {
    fn measure(&self) -> Option<f64> {
        Some(*self as f64)
    }
}

/// Whether `value` is a whole multiple of `divisor` (greater than 0). A decimal divisor such as
/// 0.01 has no exact binary form, so the quotient counts as whole within a few units in the last
/// place of its size, as JSON Schema validators that accept 19.99 for `multipleOf: 0.01` do.
pub fn is_multiple(value: f64, divisor: f64) -> bool {
    let whole = |quotient: f64| {
        let nearest = quotient.round();
        (quotient - nearest).abs() <= f64::EPSILON * 4.0 * nearest.abs().max(1.0)
    };
    let quotient = value / divisor;
    if quotient.is_finite() {
        return whole(quotient);
    }
    // A whole number too large to divide (3e307 by 0.01) is a multiple of a divisor that
    // divides 1.
    value.is_finite() && value.fract() == 0.0 && divisor > 0.0 && whole(1.0 / divisor)
}

impl Measure for serde_json::Number {
    fn measure(&self) -> Option<f64> {
        self.as_f64()
    }
}

/// The checks generated `validate_at` bodies call, one line per constraint the spec states;
/// each records its violation at `at` and passes an absent or `null` value.
impl Report {
    /// `minLength`, in characters.
    pub fn min_length<V: Present<Value = str> + ?Sized>(
        &mut self,
        at: &Pointer<'_>,
        value: &V,
        min: u64,
    ) {
        if value.present().is_some_and(|text| char_count(text) < min) {
            self.push(at, Detail::MinLength(min));
        }
    }

    /// `maxLength`, in characters.
    pub fn max_length<V: Present<Value = str> + ?Sized>(
        &mut self,
        at: &Pointer<'_>,
        value: &V,
        max: u64,
    ) {
        if value.present().is_some_and(|text| char_count(text) > max) {
            self.push(at, Detail::MaxLength(max));
        }
    }

    /// `minimum`.
    pub fn minimum<V: Present<Value: Measure>>(&mut self, at: &Pointer<'_>, value: &V, min: f64) {
        if measure(value).is_some_and(|measure| measure < min) {
            self.push(at, Detail::Minimum(min));
        }
    }

    /// `maximum`.
    pub fn maximum<V: Present<Value: Measure>>(&mut self, at: &Pointer<'_>, value: &V, max: f64) {
        if measure(value).is_some_and(|measure| measure > max) {
            self.push(at, Detail::Maximum(max));
        }
    }

    /// `multipleOf`.
    pub fn multiple_of<V: Present<Value: Measure>>(
        &mut self,
        at: &Pointer<'_>,
        value: &V,
        divisor: f64,
    ) {
        if measure(value).is_some_and(|measure| !is_multiple(measure, divisor)) {
            self.push(at, Detail::MultipleOf(divisor));
        }
    }

    /// `minItems`.
    pub fn min_items<T>(&mut self, at: &Pointer<'_>, value: &impl Present<Value = [T]>, min: u64) {
        if value
            .present()
            .is_some_and(|items| (items.len() as u64) < min)
        {
            self.push(at, Detail::MinItems(min));
        }
    }

    /// `maxItems`.
    pub fn max_items<T>(&mut self, at: &Pointer<'_>, value: &impl Present<Value = [T]>, max: u64) {
        if value
            .present()
            .is_some_and(|items| items.len() as u64 > max)
        {
            self.push(at, Detail::MaxItems(max));
        }
    }

    /// `format: email`.
    pub fn email(&mut self, at: &Pointer<'_>, value: &impl Present<Value = str>) {
        if value.present().is_some_and(|text| !is_email(text)) {
            self.push(at, Detail::Email);
        }
    }

    /// `pattern`, compiled once in the generated code's `static`.
    pub fn pattern(
        &mut self,
        at: &Pointer<'_>,
        value: &impl Present<Value = str>,
        pattern: &Pattern,
    ) {
        if value.present().is_some_and(|text| !pattern.is_match(text)) {
            self.push(
                at,
                Detail::Pattern {
                    pattern: pattern.source,
                },
            );
        }
    }

    /// Whatever `value`'s own type states (a nested object, list items, map values).
    pub fn validate(&mut self, at: &Pointer<'_>, value: &impl Validate) {
        value.validate_at(at, self);
    }

    /// `format: uri`.
    pub fn uri(&mut self, at: &Pointer<'_>, value: &impl Present<Value = str>) {
        if value.present().is_some_and(|text| !is_uri(text)) {
            self.push(at, Detail::Uri);
        }
    }
}

/// The items of a list field, none when it is absent or `null`: what generated code checks one
/// by one when their checks are not their type's own `Validate`.
pub fn items<T>(list: &impl Present<Value = [T]>) -> std::slice::Iter<'_, T> {
    list.present().unwrap_or_default().iter()
}

/// The entries of a map field, none when it is absent or `null`.
pub fn entries<'a, T: 'a>(
    map: &'a impl Present<Value = indexmap::IndexMap<String, T>>,
) -> impl Iterator<Item = (&'a String, &'a T)> {
    map.present().into_iter().flatten()
}

fn measure<V: Present<Value: Measure>>(value: &V) -> Option<f64> {
    value.present()?.measure()
}

/// A regular expression from a spec, compiled on first use.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex::Regex>>,
}

impl Pattern {
    /// The pattern `source`; generated code keeps one in a `static`.
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// Whether `text` matches. A pattern that does not compile matches nothing; the generator
    /// compiles every spec pattern (with the same `regex` crate) before it emits code, so that
    /// does not happen.
    pub fn is_match(&self, text: &str) -> bool {
        self.compiled
            .get_or_init(|| regex::Regex::new(self.source).ok())
            .as_ref()
            .is_some_and(|regex| regex.is_match(text))
    }
}

/// The length of a string in characters (Unicode scalar values), as JSON Schema counts.
pub fn char_count(text: &str) -> u64 {
    text.chars().count() as u64
}

/// Whether `text` is an e-mail address: `local@domain`, where the local part is dot-separated
/// atoms of RFC 5322 `atext` and the domain is dot-separated DNS labels (letters, digits,
/// inner hyphens, at most 63 characters each).
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let local_ok = local.len() <= 64
        && !local.is_empty()
        && local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(atext));
    let domain_ok = domain.len() <= 253
        && !domain.is_empty()
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// Whether `text` is an absolute URI: a scheme (`letter *(letter / digit / + / - / .)`), a
/// colon, and no whitespace.
pub fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiples() {
        for (value, divisor, multiple) in [
            (10.0, 5.0, true),
            (11.0, 5.0, false),
            (19.99, 0.01, true),
            (0.07, 0.01, true),
            (19.995, 0.01, false),
            (3.085661237507931e307, 0.01, true),
            (f64::MAX, 0.5, true),
        ] {
            assert_eq!(is_multiple(value, divisor), multiple, "{value} / {divisor}");
        }
    }

    #[test]
    fn emails() {
        for good in ["test@gmail.com", "a.b+c@x-y.vn", "x@localhost"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "test",
            "@gmail.com",
            "a@",
            "a..b@x.vn",
            "a@-x.vn",
            "a b@x.vn",
            "a@x..vn",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn pointers_render_only_when_asked() {
        let root = Pointer::Root;
        let fields = root.field("custom_fields");
        let item = fields.index(1);
        assert_eq!(item.field("a/b~c").render(), "/custom_fields/1/a~1b~0c");
        assert_eq!(root.render(), "");
    }

    /// One call serves every shape a field takes; absent and `null` values pass every bound.
    #[test]
    fn check_calls_measure_present_values_only() {
        use crate::Nullable;
        let kinds = |check: &dyn Fn(&mut Report)| {
            let mut report = Report::default();
            check(&mut report);
            report
                .violations()
                .iter()
                .map(|v| v.kind)
                .collect::<Vec<_>>()
        };
        let at = Pointer::Root;
        assert_eq!(kinds(&|r| r.max_length(&at, &"ñandú".to_string(), 5)), []);
        assert_eq!(
            kinds(&|r| r.max_length(&at, &"ñandús".to_string(), 5)),
            [Kind::Length]
        );
        assert_eq!(
            kinds(&|r| r.min_length(&at, &Some(String::new()), 1)),
            [Kind::Length]
        );
        assert_eq!(kinds(&|r| r.min_length(&at, &None::<String>, 1)), []);
        assert_eq!(
            kinds(&|r| r.min_length(&at, &Nullable::<String>::Null, 1)),
            []
        );
        assert_eq!(kinds(&|r| r.minimum(&at, &Some(0i64), 1.0)), [Kind::Range]);
        assert_eq!(
            kinds(&|r| r.maximum(&at, &serde_json::Number::from(3), 2.5)),
            [Kind::Range]
        );
        assert_eq!(
            kinds(&|r| r.max_items(&at, &Nullable::Value(vec![1, 2]), 1)),
            [Kind::Items]
        );
        assert_eq!(kinds(&|r| r.min_items(&at, &vec![1], 1)), []);
        assert_eq!(
            kinds(&|r| r.email(&at, &Some("a@".to_string()))),
            [Kind::Format]
        );
        assert_eq!(kinds(&|r| r.uri(&at, &"https://x.vn".to_string())), []);
        static DIGITS: Pattern = Pattern::new("^[0-9]+$");
        assert_eq!(
            kinds(&|r| r.pattern(&at, &Some("12a".to_string()), &DIGITS)),
            [Kind::Pattern]
        );
        assert_eq!(
            kinds(&|r| r.pattern(&at, &Nullable::<String>::Null, &DIGITS)),
            []
        );
        assert_eq!(items(&None::<Vec<u8>>).count(), 0);
        assert_eq!(items(&Nullable::Value(vec![1, 2])).count(), 2);
        let map = indexmap::IndexMap::from([("k".to_string(), 1)]);
        assert_eq!(entries(&Some(map)).count(), 1);
    }

    /// Lists and maps check each item under its own pointer.
    #[test]
    fn containers_validate_items_at_their_place() {
        struct Bad;
        impl Validate for Bad {
            fn validate_at(&self, at: &Pointer<'_>, report: &mut Report) {
                report.push(at, Detail::Email);
            }
        }
        let mut report = Report::default();
        let map = indexmap::IndexMap::from([("k".to_string(), Bad)]);
        report.validate(&Pointer::Root.field("list"), &Some(vec![None, Some(Bad)]));
        report.validate(&Pointer::Root.field("map"), &map);
        let pointers: Vec<_> = report
            .violations()
            .iter()
            .map(|v| v.pointer.as_str())
            .collect();
        assert_eq!(pointers, ["/list/1", "/map/k"]);
    }

    #[test]
    fn reports_carry_kind_and_both_languages() {
        let mut report = Report::default();
        report.push(&Pointer::Root.field("email"), Detail::Email);
        let violation = &report.violations()[0];
        assert_eq!(
            (violation.pointer.as_str(), violation.kind),
            ("/email", Kind::Format)
        );
        assert_eq!(
            violation.to_string(),
            "/email: not an e-mail address [format]"
        );
        assert_eq!(violation.vi, "không phải địa chỉ e-mail hợp lệ");
    }
}
