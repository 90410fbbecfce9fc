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

/// The longest client or respondent code, in characters.
pub const MAX_CODE: usize = 64;

/// The most digits a code may hold in a row; a BSN has 9 (002:4725-4726).
pub const MAX_DIGIT_RUN: usize = 8;

const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The rule of a pseudonymous code, in the words of the error messages and docs.
pub(crate) const CODE_RULE: &str = "A-Z, 0-9, '-' or '_', starting with a capital letter, with at least one digit \
and at most 8 digits in a row ('-' and '_' do not break a row), so that it is neither a name nor a BSN; \
or a derived code ID-XXXX-XXXX-XXXX-XXXX";

/// True for the form [`crate::signals::client_code`] derives: `ID-` and 4 groups of 4
/// Crockford base32 characters.
pub fn is_derived_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 22
        && b.starts_with(b"ID")
        && b[2..].chunks(5).all(|g| g[0] == b'-' && g[1..].iter().all(|c| CROCKFORD.contains(c)))
}

/// Why `code` is not a pseudonymous code of at most `max` characters (002:4725-4726:
/// clients appear only by an ID code), or `None` when it is one. The reason never repeats
/// the code. See docs/interpretations.md (F6) for the format.
pub(crate) fn code_problem(code: &str, max: usize) -> Option<&'static str> {
    if is_derived_code(code) {
        return None;
    }
    let b = code.as_bytes();
    if b.is_empty() {
        return Some("it is empty");
    }
    if code.chars().count() > max {
        return Some("it is too long");
    }
    if !b.iter().all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-' || c == b'_') {
        return Some(
            "it holds a character other than A-Z, 0-9, '-' or '_' (lower-case letters and spaces are refused)",
        );
    }
    if !b[0].is_ascii_uppercase() {
        return Some("it does not start with a capital letter");
    }
    if !b.iter().any(u8::is_ascii_digit) {
        return Some("it has no digit, so it may be a name");
    }
    let mut run = 0;
    for &c in b {
        match c {
            b'0'..=b'9' => run += 1,
            b'-' | b'_' => {}
            _ => run = 0,
        }
        if run > MAX_DIGIT_RUN {
            return Some("it has 9 or more digits in a row, so it may be a BSN");
        }
    }
    None
}

/// The message for a field that must be a pseudonymous code: what was expected, an example,
/// the reason and the rule; never the value.
pub(crate) fn code_message(what: &str, example: &str, max: usize, reason: &str) -> String {
    format!("expected a pseudonymous {what} such as {example}: {reason}; a code has 2-{max} characters {CODE_RULE}")
}

/// A pseudonymous client code, the only way a document refers to a client or a respondent
/// (002:4725-4726: clients appear only by an ID code).
///
/// The format: 2 to 64 characters `A-Z 0-9 - _`, starting with a capital letter, holding at
/// least one digit and never more than 8 digits in a row (`-` and `_` do not break a row);
/// or the derived form `ID-XXXX-XXXX-XXXX-XXXX` of [`crate::signals::client_code`], which is
/// always accepted. So `K-0001`, `R-01` and `VNDL-2012-0042` are codes; a BSN (`111222333`),
/// a name (`JANSEN`, `JanJansen`) or a name with a BSN are not. A code can still be chosen
/// badly (`BRAM-1`): the format refuses what is certainly not pseudonymous.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ClientCode(String);

impl ClientCode {
    /// The code, if it has the allowed form. The error is at the root and never shows the text.
    pub fn new(code: &str) -> Result<Self, Error> {
        match code_problem(code, MAX_CODE) {
            None => Ok(ClientCode(code.to_owned())),
            Some(reason) => Err(Error::invalid(Path::root(), Self::message(reason))),
        }
    }

    fn message(reason: &str) -> String {
        code_message("client code", "K-0001", MAX_CODE, reason)
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
        match code_problem(&s, MAX_CODE) {
            None => Ok(ClientCode(s)),
            Some(reason) => Err(serde::de::Error::custom(ClientCode::message(reason))),
        }
    }
}

/// The JSON Schema pattern of a code of at most `max` characters (ECMA-262, with lookaheads).
#[cfg(feature = "schema")]
pub(crate) fn code_pattern(max: usize) -> String {
    let c = "[0-9A-HJKMNP-TV-Z]{4}";
    format!(
        "^(ID-{c}-{c}-{c}-{c}|(?=[A-Z0-9_-]*[0-9])(?![A-Z0-9_-]*([0-9][_-]*){{{}}}[0-9])[A-Z][A-Z0-9_-]{{0,{}}})$",
        MAX_DIGIT_RUN,
        max - 1
    )
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
            "pattern": code_pattern(MAX_CODE),
            "description": "A pseudonymous code such as K-0001, never a name or a BSN."
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
        let e = crate::json::from_json::<ClientCode>("\"Jan Jansen\"").unwrap_err();
        assert!(!e.to_string().contains("Jansen"));
    }

    #[test]
    fn codes_in_the_documented_format_pass() {
        let max = format!("K{}1", "A".repeat(62));
        for good in [
            "K-0001",
            "K-0027",
            "R-01",
            "R-0A",
            "VNDL-2012-0042",
            "C1",
            "X_12345678",
            "A1",
            &max,
            "ID-ZG43-9PSD-QSXB-KJVQ",
        ] {
            assert!(code_problem(good, MAX_CODE).is_none(), "{good}");
            assert!(ClientCode::new(good).is_ok(), "{good}");
        }
        // The derived form passes even with no digit or with digit runs across its groups.
        for derived in ["ID-ABCD-EFGH-JKMN-PQRS", "ID-1234-5678-9012-3456"] {
            assert!(is_derived_code(derived) && ClientCode::new(derived).is_ok(), "{derived}");
        }
        // ...but only with Crockford's alphabet and the exact grouping.
        for near in
            ["ID-ABCD-EFGH-JKMN-PQRI", "ID-1234-5678-9012-345", "ID-1234-5678-90123456", "id-abcd-efgh-jkmn-pqrs"]
        {
            assert!(!is_derived_code(near), "{near}");
        }
    }

    #[test]
    fn names_bsns_and_other_forms_are_refused_without_echo() {
        let cases: [(&str, &str); 16] = [
            ("", "empty"),
            ("111222333", "does not start"),
            ("123456782", "does not start"),
            ("K111222333", "9 or more digits"),
            ("K-111-222-333", "9 or more digits"),
            ("K_1112_2233_3", "9 or more digits"),
            ("ID-111222333", "9 or more digits"),
            ("K-1234567890", "9 or more digits"),
            ("JanJansen", "other than A-Z"),
            ("JANJANSEN123456782", "9 or more digits"),
            ("Jan Jansen", "other than A-Z"),
            ("JANSEN", "no digit"),
            ("R-A", "no digit"),
            ("-K01", "does not start"),
            ("K-0001\u{200B}", "other than A-Z"),
            ("k-0001", "other than A-Z"),
        ];
        for (bad, why) in cases {
            let e = ClientCode::new(bad).unwrap_err();
            let msg = e.message();
            assert!(msg.starts_with("expected a pseudonymous client code such as K-0001: "), "{msg}");
            assert!(msg.contains(why), "{bad}: {msg}");
            let from_json = crate::json::from_json::<ClientCode>(&format!("\"{bad}\"")).unwrap_err().message();
            assert_eq!(from_json, msg);
            if !bad.is_empty() {
                assert!(!msg.contains(bad) && !format!("{e:?}").contains(bad), "{msg}");
            }
        }
        let long = format!("K{}", "0".repeat(8)) + &"A".repeat(56);
        assert!(ClientCode::new(&long).unwrap_err().to_string().contains("too long"));
        // The rule's text names the same limits as the constants.
        assert!(CODE_RULE.contains(&format!("at most {MAX_DIGIT_RUN} digits")));
    }

    /// Every 9-digit window that passes the eleven-test is refused, wherever it stands.
    #[test]
    fn no_bsn_passes_as_a_code() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut bsns = 0;
        while bsns < 2000 {
            let n = format!("{:09}", next() % 1_000_000_000);
            if !crate::signals::bsn_is_valid(&n) {
                continue;
            }
            bsns += 1;
            let dashed = format!("{}-{}-{}", &n[..3], &n[3..6], &n[6..]);
            for code in [format!("K{n}"), format!("K-{dashed}"), format!("BSN_{n}_X"), format!("JANSEN{n}")] {
                assert!(ClientCode::new(&code).is_err());
            }
        }
    }
}
