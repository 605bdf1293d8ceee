use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, NaiveDate, SecondsFormat, TimeZone};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a text is not a [`Date`] or [`DateTime`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text is not `yyyy-mm-dd` (four, two and two digits).
    NotYyyyMmDd,
    /// The text has the right shape but names no calendar day (`2023-02-30`).
    NoSuchDay,
    /// The text is not an RFC 3339 date-time.
    NotRfc3339(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotYyyyMmDd => f.write_str("expected a date as yyyy-mm-dd"),
            Self::NoSuchDay => f.write_str("expected a real calendar day"),
            Self::NotRfc3339(reason) => write!(f, "expected an RFC 3339 date-time: {reason}"),
        }
    }
}

impl std::error::Error for DateError {}

/// A calendar date written `yyyy-mm-dd` on the wire.
///
/// Parsing is strict (exactly four, two and two digits, and a real day), so the text it was read
/// from is the text it writes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// The date of a year, month (1–12) and day, if that day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Self)
    }

    /// The date as a `chrono` value.
    pub fn naive(self) -> NaiveDate {
        self.0
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::NotYyyyMmDd);
        }
        let number = |range: std::ops::Range<usize>| -> u32 {
            text[range]
                .bytes()
                .fold(0, |n, b| n * 10 + u32::from(b - b'0'))
        };
        // Four digits always fit an i32.
        let year = i32::try_from(number(0..4)).map_err(|_| DateError::NotYyyyMmDd)?;
        Self::from_ymd(year, number(5..7), number(8..10)).ok_or(DateError::NoSuchDay)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl From<Date> for NaiveDate {
    fn from(date: Date) -> Self {
        date.0
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(D::Error::custom)
    }
}

/// An RFC 3339 date-time (`2023-10-26T10:17:09.526Z`).
///
/// It keeps the text it was read from, so `…00.000Z` is written back as `…00.000Z` and not
/// re-spelled; two values are equal when their texts are. [`DateTime::instant`] gives the
/// point in time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateTime {
    instant: chrono::DateTime<FixedOffset>,
    text: Box<str>,
}

impl DateTime {
    /// The point in time, with the offset it was written in.
    pub fn instant(&self) -> chrono::DateTime<FixedOffset> {
        self.instant
    }

    /// The text as on the wire.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<Tz: TimeZone> From<chrono::DateTime<Tz>> for DateTime {
    /// Written with milliseconds and `Z` for UTC, the way the vendors' examples write it.
    fn from(instant: chrono::DateTime<Tz>) -> Self {
        let instant = instant.fixed_offset();
        let text = instant.to_rfc3339_opts(SecondsFormat::Millis, true).into();
        Self { instant, text }
    }
}

impl FromStr for DateTime {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        let instant = chrono::DateTime::parse_from_rfc3339(text)
            .map_err(|e| DateError::NotRfc3339(e.to_string()))?;
        Ok(Self {
            instant,
            text: text.into(),
        })
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly_and_print_back_the_same_text() {
        for text in ["1989-11-03", "2024-02-29", "0001-01-01"] {
            assert_eq!(
                text.parse::<Date>().map(|d| d.to_string()),
                Ok(text.to_owned())
            );
        }
        for (text, error) in [
            ("2023-02-30", DateError::NoSuchDay),
            ("2023-13-01", DateError::NoSuchDay),
            ("1989-1-03", DateError::NotYyyyMmDd),
            ("1989-11-03T00:00:00Z", DateError::NotYyyyMmDd),
            ("", DateError::NotYyyyMmDd),
        ] {
            assert_eq!(text.parse::<Date>(), Err(error), "{text}");
        }
    }

    #[test]
    fn date_times_keep_their_text() {
        let text = "1989-11-03T00:00:00.000Z";
        let parsed: DateTime = text.parse().expect("RFC 3339");
        assert_eq!(parsed.to_string(), text);
        assert_eq!(parsed.instant().timestamp(), 626_054_400);
        assert!("1989-11-03".parse::<DateTime>().is_err());
    }
}
