//! Themes: the codes researchers give to story fragments, and the themes of a pattern with
//! the life domain and quality-of-life dimension they touch.

use core::fmt;

use crate::{Dimension, Error, LifeDomain, Path};

/// A theme code as coders write it on a fragment, e.g. `mobility` or `religion`: 1 to 64
/// characters `a-z`, `0-9`, `_` or `-`, starting with a letter.
///
/// The strict form keeps names and other personal text out of theme codes (which appear in
/// results, errors and logs) and makes theme names compare exactly.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ThemeCode(String);

impl ThemeCode {
    const RULE: &'static str =
        "expected a theme code: 1-64 characters a-z, 0-9, '_' or '-', starting with a lowercase letter";

    /// The code, if it has the allowed form.
    pub fn new(code: &str) -> Result<Self, Error> {
        let ok_len = (1..=64).contains(&code.len());
        let ok_chars = code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        let ok_start = code.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
        if ok_len && ok_chars && ok_start {
            Ok(ThemeCode(code.to_owned()))
        } else {
            Err(Error::invalid(Path::root(), Self::RULE))
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ThemeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ThemeCode({})", self.0)
    }
}

impl fmt::Display for ThemeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for ThemeCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ThemeCode::new(&s).map_err(|_| serde::de::Error::custom(ThemeCode::RULE))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ThemeCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ThemeCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z][a-z0-9_-]{0,63}$",
            "description": "A theme code, e.g. mobility."
        })
    }
}

/// A theme of a demand pattern: its code and, where it fits, the life domain (002:1563-1586)
/// and the quality-of-life dimension (002:466-469) it touches.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The theme's code, as on the story fragments.
    pub code: ThemeCode,
    /// The life domain the theme belongs to, if one fits.
    #[serde(default)]
    pub life_domain: Option<LifeDomain>,
    /// The quality-of-life dimension the theme touches, if one fits.
    #[serde(default)]
    pub dimension: Option<Dimension>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_codes_are_checked_without_echo() {
        assert!(ThemeCode::new("mobility").is_ok());
        assert!(ThemeCode::new("care-old-age_2").is_ok());
        for bad in ["", "Mobility", "2fast", "jan jansen", "é", &"a".repeat(65)] {
            assert!(ThemeCode::new(bad).is_err(), "{bad}");
        }
        let e = crate::json::from_json::<ThemeCode>("\"Jan Jansen\"").unwrap_err();
        assert!(!e.to_string().contains("Jansen"), "{e}");
    }
}
