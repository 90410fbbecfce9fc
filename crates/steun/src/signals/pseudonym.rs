//! Pseudonymous client codes: a [`ClientCode`] derived from a client identifier (a BSN or a
//! local client number) with a keyed HMAC-SHA-256.
//!
//! The case-tracking list names clients only by an ID code (002:4725-4726), and personal
//! data may only be used for the purpose it was collected for (002:4996-5004). The code is
//! stable for the same key and identifier and cannot be linked back without the key. The
//! identifier itself is never stored, and no error, `Debug` or `Display` output contains it.
//!
//! # Format (scheme `hmac-sha256-v1`)
//!
//! ```text
//! mac  = HMAC-SHA-256(key, "steun/client-code/v1" 0x00 kind 0x00 identifier)
//! code = "ID-" + Crockford base32 of mac[0..10], as 4 groups of 4 characters
//! ```
//!
//! `kind` is the identifier kind's code (`bsn` or `client_number`), so a BSN and a client
//! number with the same digits give different codes. Crockford's alphabet
//! (`0-9 A-Z` without `I L O U`) avoids letters that read as digits. 80 bits keep the chance
//! of two clients sharing a code negligible at any municipality's scale. Example:
//! `ID-8B1D-MR2P-GXRR-92K7` (BSN 111222333 under the key
//! `a secret key of the network`).
//!
//! ```
//! use steun::signals::{client_code, IdentifierKind, PseudonymKey};
//!
//! let key = PseudonymKey::new(b"a secret key of the network")?;
//! let code = client_code(IdentifierKind::Bsn, "111222333", &key)?;
//! assert_eq!(code.as_str(), "ID-8B1D-MR2P-GXRR-92K7"); // computed with Python's hmac module
//! assert_eq!(code, client_code(IdentifierKind::Bsn, "111222333", &key)?);
//! // A number that fails the eleven-test is refused, without repeating it.
//! let err = client_code(IdentifierKind::Bsn, "111222334", &key).unwrap_err();
//! assert!(!err.to_string().contains("111222334"));
//! # Ok::<(), steun::Error>(())
//! ```

use core::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::document::Document;
use crate::lang::{labelled_enum, Labelled};
use crate::text::ClientCode;
use crate::{Error, Path};

/// The name and version of the derivation, carried in every [`ClientCodeResult`].
pub const SCHEME: &str = "hmac-sha256-v1";

/// The shortest key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 16;

const DOMAIN: &[u8] = b"steun/client-code/v1";
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MAX_CLIENT_NUMBER: usize = 128;

labelled_enum! {
    /// What kind of identifier a client code is derived from.
    pub enum IdentifierKind {
        /// Burgerservicenummer: 9 digits that pass the eleven-test.
        Bsn = "bsn" { nl: "Burgerservicenummer (BSN)", en: "Citizen service number (BSN)" },
        /// A client number of the organisation's own system: 1-128 printable characters,
        /// no leading or trailing space.
        ClientNumber = "client_number" { nl: "Cliëntnummer", en: "Client number" },
    }
}

/// The secret key of a pseudonymisation: at least [`MIN_KEY_BYTES`] bytes. Its `Debug`
/// output shows only its length.
#[derive(Clone)]
pub struct PseudonymKey(Vec<u8>);

impl PseudonymKey {
    /// The key, if it is long enough.
    pub fn new(bytes: &[u8]) -> Result<Self, Error> {
        let path = Path::root().key("key");
        if bytes.is_empty() {
            return Err(Error::invalid(path, format!("the key is empty; give at least {MIN_KEY_BYTES} bytes")));
        }
        if bytes.len() < MIN_KEY_BYTES {
            return Err(Error::invalid(
                path,
                format!("the key has {} bytes; at least {MIN_KEY_BYTES} are needed", bytes.len()),
            ));
        }
        Ok(PseudonymKey(bytes.to_vec()))
    }
}

impl fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PseudonymKey(<{} bytes>)", self.0.len())
    }
}

/// True when `text` is a BSN: exactly 9 ASCII digits, not all zero, passing the eleven-test
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11).
pub fn bsn_is_valid(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|&d| d == b'0') {
        return false;
    }
    let sum: i32 =
        b.iter().enumerate().map(|(i, &d)| i32::from(d - b'0') * if i == 8 { -1 } else { 9 - i as i32 }).sum();
    sum % 11 == 0
}

/// Checks an identifier of `kind`; the error names the field `identifier`, never its value.
pub fn check_identifier(kind: IdentifierKind, identifier: &str) -> Result<(), Error> {
    let path = || Path::root().key("identifier");
    match kind {
        IdentifierKind::Bsn => {
            let b = identifier.as_bytes();
            if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
                return Err(Error::invalid(path(), "expected a BSN of exactly 9 digits (no spaces or dots)"));
            }
            if !bsn_is_valid(identifier) {
                return Err(Error::invalid(path(), "not a valid BSN: it fails the eleven-test (elfproef)"));
            }
        }
        IdentifierKind::ClientNumber => {
            let ok_len = !identifier.is_empty() && identifier.chars().count() <= MAX_CLIENT_NUMBER;
            let ok_chars = identifier.chars().all(|c| !c.is_control());
            let trimmed = identifier.trim() == identifier;
            if !(ok_len && ok_chars && trimmed) {
                return Err(Error::invalid(
                    path(),
                    format!(
                        "expected a client number of 1-{MAX_CLIENT_NUMBER} printable characters without leading or trailing space"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Derives the client code of `identifier` under `key` (see the module docs for the format).
pub fn client_code(kind: IdentifierKind, identifier: &str, key: &PseudonymKey) -> Result<ClientCode, Error> {
    check_identifier(kind, identifier)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key.0)
        .map_err(|_| Error::invalid(Path::root().key("key"), "the key cannot be used for HMAC-SHA-256"))?;
    mac.update(DOMAIN);
    mac.update(&[0]);
    mac.update(kind.code().as_bytes());
    mac.update(&[0]);
    mac.update(identifier.as_bytes());
    let digest = mac.finalize().into_bytes();
    let chars = base32(&digest[..10]);
    let mut code = String::from("ID");
    for group in chars.chunks(4) {
        code.push('-');
        code.extend(group.iter().map(|&c| c as char));
    }
    ClientCode::new(&code)
}

/// Crockford base32 of 10 bytes: 16 characters, 5 bits each, most significant first.
fn base32(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 8 / 5);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(CROCKFORD[((acc >> bits) & 31) as usize]);
        }
    }
    out
}

/// A derived client code as a document: the code, the kind of identifier it came from and
/// the scheme, so a stored code can be re-derived and audited. It never holds the identifier.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClientCodeResult {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The pseudonymous code.
    pub client_code: ClientCode,
    /// The kind of identifier it was derived from.
    pub identifier_kind: IdentifierKind,
    /// The derivation scheme, `hmac-sha256-v1`.
    pub scheme: String,
}

impl ClientCodeResult {
    /// Derives the code and wraps it.
    pub fn derive(kind: IdentifierKind, identifier: &str, key: &PseudonymKey) -> Result<Self, Error> {
        Ok(ClientCodeResult {
            instrument: super::INSTRUMENT.to_owned(),
            instrument_version: super::INSTRUMENT_VERSION.to_owned(),
            client_code: client_code(kind, identifier, key)?,
            identifier_kind: kind,
            scheme: SCHEME.to_owned(),
        })
    }
}

impl Document for ClientCodeResult {
    const KIND: &'static str = "client_code_result";

    fn check(&self) -> Result<(), Error> {
        if self.scheme != SCHEME {
            return Err(Error::invalid(Path::root().key("scheme"), format!("unknown scheme; allowed: {SCHEME}")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"steun-test-key-0123456789";

    fn key() -> PseudonymKey {
        PseudonymKey::new(KEY).unwrap()
    }

    /// Vectors computed with Python's hmac module, independently of this code:
    /// ```python
    /// import hmac, hashlib, base64
    /// def code(key, kind, ident):
    ///     mac = hmac.new(key, b"steun/client-code/v1\0" + kind + b"\0" + ident, hashlib.sha256).digest()
    ///     b32 = base64.b32encode(mac[:10]).decode().translate(str.maketrans(
    ///         "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    ///     return "ID-" + "-".join(b32[i:i+4] for i in range(0, 16, 4))
    /// ```
    /// tests/python/test_signals.py recomputes the same vectors with that function.
    #[test]
    fn vectors_match_pythons_hmac() {
        let cases = [
            (IdentifierKind::Bsn, "111222333", "ID-ZG43-9PSD-QSXB-KJVQ"),
            (IdentifierKind::Bsn, "123456782", "ID-KW7B-8JF4-MS92-QXMG"),
            (IdentifierKind::ClientNumber, "VNDL-2012-0042", "ID-M9KH-1N55-JKWG-PKB2"),
        ];
        for (kind, ident, want) in cases {
            assert_eq!(client_code(kind, ident, &key()).unwrap().as_str(), want, "{ident}");
        }
    }

    #[test]
    fn the_eleven_test() {
        // Hand-worked: 1·9+1·8+1·7+2·6+2·5+2·4+3·3+3·2−3 = 66 = 6·11.
        assert!(bsn_is_valid("111222333"));
        // 1·9+2·8+3·7+4·6+5·5+6·4+7·3+8·2−2 = 154 = 14·11.
        assert!(bsn_is_valid("123456782"));
        // 0·9+1·8+0·7+1·6+0·5+1·4+0·3+1·2−8 = 12: not a multiple of 11.
        assert!(!bsn_is_valid("010101018"));
        // 9·9+…: 999999990 gives 9·(9+8+7+6+5+4+3+2)−0 = 396 = 36·11, valid.
        assert!(bsn_is_valid("999999990"));
        for bad in ["111222334", "123456789", "000000000", "12345678", "1234567820", "11122233a", "", " 11122233"] {
            assert!(!bsn_is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn bad_keys_and_identifiers_give_clear_errors_without_the_identifier() {
        assert_eq!(PseudonymKey::new(b"").unwrap_err().to_string(), "key: the key is empty; give at least 16 bytes");
        assert_eq!(
            PseudonymKey::new(b"fifteen bytes!!").unwrap_err().to_string(),
            "key: the key has 15 bytes; at least 16 are needed"
        );
        assert!(PseudonymKey::new(&[7u8; 16]).is_ok());
        for (kind, ident) in [
            (IdentifierKind::Bsn, "111222334"),
            (IdentifierKind::Bsn, "1112223330"),
            (IdentifierKind::Bsn, "111.222.333"),
            (IdentifierKind::ClientNumber, " 42-JANSEN"),
            (IdentifierKind::ClientNumber, ""),
        ] {
            let e = client_code(kind, ident, &key()).unwrap_err();
            assert_eq!(e.path().unwrap().to_string(), "identifier");
            for shown in [e.to_string(), format!("{e:?}"), e.message()] {
                assert!(ident.is_empty() || !shown.contains(ident.trim()), "{shown}");
            }
        }
        assert_eq!(format!("{:?}", key()), "PseudonymKey(<25 bytes>)");
    }

    #[test]
    fn codes_are_stable_keyed_and_readable() {
        let a = client_code(IdentifierKind::Bsn, "111222333", &key()).unwrap();
        let other = PseudonymKey::new(b"another-key-of-the-network").unwrap();
        assert_ne!(a, client_code(IdentifierKind::Bsn, "111222333", &other).unwrap());
        assert_ne!(a, client_code(IdentifierKind::ClientNumber, "111222333", &key()).unwrap());
        let s = a.as_str();
        assert_eq!(s.len(), 22);
        assert!(s.starts_with("ID-") && s.split('-').skip(1).all(|g| g.len() == 4));
        assert!(s[3..].bytes().all(|c| c == b'-' || CROCKFORD.contains(&c)));
        let doc = ClientCodeResult::derive(IdentifierKind::Bsn, "111222333", &key()).unwrap();
        let json = doc.to_json();
        assert!(!json.contains("111222333") && !format!("{doc:?}").contains("111222333"));
        assert_eq!(ClientCodeResult::from_json(&json).unwrap(), doc);
    }
}
