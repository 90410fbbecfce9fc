//! A calendar date in ISO 8601 form (`YYYY-MM-DD`), for plans, reports and evaluations.
//!
//! steun only needs to read, compare and write dates, so it keeps its own small type rather
//! than a time-zone-aware library.

use core::fmt;
use core::str::FromStr;

use crate::Error;

/// A valid proleptic Gregorian date between 0001-01-01 and 9999-12-31: exactly the dates
/// JSON Schema's `format: date` (RFC 3339 full-date) allows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists in the calendar (years 1 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u8 {
        self.day
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

const EXPECTED: &str = "expected an ISO date YYYY-MM-DD that exists in the calendar";

impl FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::invalid(crate::Path::root(), EXPECTED);
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: core::ops::Range<usize>| -> Option<u16> {
            b[r.clone()].iter().all(u8::is_ascii_digit).then(|| s[r].parse().ok()).flatten()
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m as u8, d as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO date string YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(|_| E::custom(EXPECTED))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "An ISO 8601 calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d: Date = "2012-02-29".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2012, 2, 29));
        assert_eq!(d.to_string(), "2012-02-29");
        assert_eq!(format!("{d:?}"), "Date(2012-02-29)");
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2011-02-29",
            "1900-02-29",
            "2012-13-01",
            "2012-04-31",
            "2012-1-01",
            "12-01-2012",
            "2012-01-0a",
            "",
            "+012-01-01",
            "2012x01-01",
            "2012-01x01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("0001-01-01".parse::<Date>().is_ok() && "9999-12-31".parse::<Date>().is_ok());
    }

    #[test]
    fn orders_chronologically() {
        let a: Date = "2012-01-31".parse().unwrap();
        let b: Date = "2012-02-01".parse().unwrap();
        assert!(a < b);
    }

    #[test]
    fn json_error_does_not_echo_the_text() {
        let e = crate::json::from_json::<Date>("\"31-12-2012\"").unwrap_err();
        assert!(!e.to_string().contains("31-12"), "{e}");
        assert!(e.to_string().contains("YYYY-MM-DD"));
        let e = crate::json::from_json::<Date>("20121231").unwrap_err();
        assert_eq!(e.message(), "got a number, expected an ISO date string YYYY-MM-DD");
    }
}
