//! Free text about a person, and pseudonymous client codes.
//!
//! What a client or case worker writes about a person is personal data. [`FreeText`] keeps
//! it out of `Debug` output (and so out of logs and panics); [`ClientCode`] is the only way
//! a document refers to a client (002:4705-4727: clients are registered by an ID code).

use core::fmt;

use crate::{Error, Path};

/// Text written about a person: serialised as a plain string, never shown by `Debug`.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct FreeText(String);

impl FreeText {
    /// Wraps a text.
    pub fn new(text: impl Into<String>) -> Self {
        FreeText(text.into())
    }

    /// The text itself. Only call this to show the text to the people it belongs to.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl From<&str> for FreeText {
    fn from(s: &str) -> Self {
        FreeText(s.to_owned())
    }
}

impl From<String> for FreeText {
    fn from(s: String) -> Self {
        FreeText(s)
    }
}

impl fmt::Debug for FreeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FreeText(<{} chars>)", self.0.chars().count())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FreeText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FreeText".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "x-personal-data": true
        })
    }
}

/// A pseudonymous client code: 3 to 64 characters from `A-Z a-z 0-9 - _`, starting with a
/// letter or digit.
///
/// A document never names a client; it carries this code (002:4705-4727). The code may be
/// made by the case system or derived with a keyed hash.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ClientCode(String);

impl ClientCode {
    const RULE: &'static str =
        "expected a pseudonymous client code: 3-64 characters A-Z, a-z, 0-9, '-' or '_', starting with a letter or digit";

    /// The code, if it has the allowed form.
    pub fn new(code: &str) -> Result<Self, Error> {
        let ok_len = (3..=64).contains(&code.len());
        let ok_chars = code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let ok_start = code.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
        if ok_len && ok_chars && ok_start {
            Ok(ClientCode(code.to_owned()))
        } else {
            Err(Error::invalid(Path::root(), Self::RULE))
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ClientCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClientCode({})", self.0)
    }
}

impl fmt::Display for ClientCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for ClientCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ClientCode::new(&s).map_err(|_| serde::de::Error::custom(ClientCode::RULE))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ClientCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClientCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$",
            "description": "A pseudonymous client code, never a name."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_is_hidden_from_debug() {
        let t = FreeText::new("Bram schaamt zich");
        assert_eq!(format!("{t:?}"), "FreeText(<17 chars>)");
        assert_eq!(crate::json::to_json(&t), "\"Bram schaamt zich\"");
        assert_eq!(FreeText::from("Bram").as_str(), "Bram");
        assert_eq!(FreeText::from(String::from("Bram")), FreeText::new("Bram"));
        assert!(FreeText::from("  ").is_blank() && !FreeText::from("x").is_blank());
    }

    #[test]
    fn client_codes_are_checked() {
        let code = ClientCode::new("K-7F3A").unwrap();
        // A code is pseudonymous, so Debug may show it.
        assert_eq!(
            (format!("{code:?}"), code.to_string(), code.as_str()),
            ("ClientCode(K-7F3A)".into(), "K-7F3A".into(), "K-7F3A")
        );
        for bad in ["", "ab", "-abc", "Jan Jansen", &"x".repeat(65)] {
            assert!(ClientCode::new(bad).is_err(), "{bad}");
        }
        let e = crate::json::from_json::<ClientCode>("\"Jan Jansen\"").unwrap_err();
        assert!(!e.to_string().contains("Jansen"));
    }
}
