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
//! number with the same digits give different codes. `identifier` is the normalised
//! identifier ([`normalise_identifier`]: format characters removed, NFKC, trimmed), so
//! numbers that look the same give one code; clean input is unchanged. Crockford's alphabet
//! (`0-9 A-Z` without `I L O U`) avoids letters that read as digits. 80 bits keep the chance
//! of two clients sharing a code negligible at any municipality's scale. Example:
//! `ID-8B1D-MR2P-GXRR-92K7` (BSN 111222333 under the key `a secret key of the network`, a
//! readable stand-in: a real key is random bytes, see below).
//!
//! ```
//! use steun::signals::{client_code, IdentifierKind, PseudonymKey};
//!
//! let key = PseudonymKey::new(b"a secret key of the network")?;
//! let code = client_code(IdentifierKind::Bsn, "111222333", &key)?;
//! assert_eq!(code.as_str(), "ID-8B1D-MR2P-GXRR-92K7"); // computed with Python's hmac module
//! assert_eq!(code, client_code(IdentifierKind::Bsn, "\u{FEFF}111222333 ", &key)?);
//! // A number that fails the eleven-test is refused, without repeating it.
//! let err = client_code(IdentifierKind::Bsn, "111222334", &key).unwrap_err();
//! assert!(!err.to_string().contains("111222334"));
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! # Keys
//!
//! - **With the key, every BSN can be inverted.** There are only 10^9 nine-digit numbers
//!   (about 91 million pass the eleven-test); at about 1.4 million codes a second on one core,
//!   trying them all takes about a minute. A code is therefore pseudonymous, not anonymous,
//!   data, and the key is as sensitive as the BSN register: keep it from everyone who sees
//!   codes.
//! - **A key is random bytes**: 32 from a cryptographic random generator (`head -c 32
//!   /dev/urandom`). Keys shorter than [`MIN_KEY_BYTES`] or of one byte repeated are refused.
//! - **A passphrase is not a key.** Codes are shared (lists, minimised lists, plans), and a
//!   client knows their own BSN. One known (BSN, code) pair lets anyone test guesses at the
//!   passphrase offline, one HMAC per guess, millions a second; words chosen by people fall
//!   quickly. The library cannot tell a passphrase from random bytes, so it only refuses keys
//!   that are certainly weak.
//! - **In memory**, a [`PseudonymKey`] holds HMAC's two compressed key blocks, not the key,
//!   in memory wiped on drop (`zeroize`); it is not `Clone`, and a call copies nothing of it
//!   but into buffers it wipes. Wipe your own copy of the key bytes, or hand them over with
//!   [`PseudonymKey::from_vec`].

use core::fmt;

use sha2::digest::generic_array::GenericArray;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::document::Document;
use crate::lang::{labelled_enum, Labelled};
use crate::text::ClientCode;
use crate::{Error, Path};

/// The name and version of the derivation, carried in every [`ClientCodeResult`].
pub const SCHEME: &str = "hmac-sha256-v1";

/// The shortest key accepted, in bytes. 32 random bytes are recommended.
pub const MIN_KEY_BYTES: usize = 16;

const DOMAIN: &[u8] = b"steun/client-code/v1";
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MAX_CLIENT_NUMBER: usize = 128;
/// Longer input is refused before it is normalised, which bounds the work (NFKC can grow a
/// text up to 18 times).
const MAX_RAW_IDENTIFIER: usize = 1024;

labelled_enum! {
    /// What kind of identifier a client code is derived from.
    pub enum IdentifierKind {
        /// Burgerservicenummer: 9 digits that pass the eleven-test.
        Bsn = "bsn" { nl: "Burgerservicenummer (BSN)", en: "Citizen service number (BSN)" },
        /// A client number of the organisation's own system: 1-128 printable characters
        /// (after normalisation, see [`normalise_identifier`]).
        ClientNumber = "client_number" { nl: "Cliëntnummer", en: "Client number" },
    }
}

/// The secret key of a pseudonymisation: at least [`MIN_KEY_BYTES`] bytes, not all equal.
///
/// It holds only HMAC-SHA-256's two key blocks, already compressed, in memory that is
/// wiped when the key is dropped; the key's bytes are not kept, and no call copies them.
/// It is not `Clone`. Its `Debug` output shows only the key's length.
///
/// Whoever holds the key can invert every code of a BSN by trying all 10^9 numbers (about a
/// minute on one core): guard it like the BSN register itself, and keep it away from
/// everyone who sees codes.
pub struct PseudonymKey {
    /// The SHA-256 states after the inner (`key ^ 0x36…`) and outer (`key ^ 0x5c…`) block.
    states: Zeroizing<[[u32; 8]; 2]>,
    len: usize,
}

impl PseudonymKey {
    /// The key, if it is long enough and not all one byte. The bytes are read, not kept:
    /// the caller wipes its own copy.
    pub fn new(bytes: &[u8]) -> Result<Self, Error> {
        check_key(bytes)?;
        Ok(PseudonymKey { states: hmac::key_states(bytes), len: bytes.len() })
    }

    /// As [`PseudonymKey::new`], taking the bytes and wiping them, also when refused.
    pub fn from_vec(bytes: Vec<u8>) -> Result<Self, Error> {
        let bytes = Zeroizing::new(bytes);
        Self::new(&bytes)
    }

    /// The key from hexadecimal digits (`0-9 a-f A-F`), decoded into memory that is wiped.
    /// Errors are at `key` and never show the digits.
    pub fn from_hex(hex: &str) -> Result<Self, Error> {
        let bad = || Error::invalid(Path::root().key("key"), "expected an even number of hexadecimal digits 0-9, a-f");
        if hex.len() % 2 != 0 {
            return Err(bad());
        }
        let mut bytes = Zeroizing::new(Vec::with_capacity(hex.len() / 2));
        for pair in hex.as_bytes().chunks_exact(2) {
            let digit = |c: u8| (c as char).to_digit(16);
            match (digit(pair[0]), digit(pair[1])) {
                (Some(hi), Some(lo)) => bytes.push((hi * 16 + lo) as u8),
                _ => return Err(bad()),
            }
        }
        Self::new(&bytes)
    }
}

/// Refuses keys that are certainly weak: short, or one byte repeated. A passphrase passes
/// this check and is still weak (see the module docs).
fn check_key(bytes: &[u8]) -> Result<(), Error> {
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
    if bytes.iter().all(|&b| b == bytes[0]) {
        return Err(Error::invalid(
            path,
            "the key is one byte repeated, which anyone can guess; use 32 bytes from a cryptographic random generator",
        ));
    }
    Ok(())
}

impl fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PseudonymKey(<{} bytes>)", self.len)
    }
}

/// True when `text` is a BSN: exactly 9 ASCII digits, not all zero, passing the eleven-test
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11). The text is taken as it is, not
/// normalised.
pub fn bsn_is_valid(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|&d| d == b'0') {
        return false;
    }
    let sum: i32 =
        b.iter().enumerate().map(|(i, &d)| i32::from(d - b'0') * if i == 8 { -1 } else { 9 - i as i32 }).sum();
    sum % 11 == 0
}

/// Unicode's format characters (General_Category Cf, Unicode 15): invisible marks such as
/// the soft hyphen, zero-width space, joiners, direction marks, word joiner and BOM.
fn is_format(c: char) -> bool {
    matches!(u32::from(c),
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
        | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// The identifier as it is hashed: format characters removed, NFKC, surrounding white
/// space trimmed; then checked for its kind. So numbers that look the same give one code:
/// `111222333` with a BOM, a zero-width space, fullwidth digits or a trailing space is
/// `111222333`, and `Cliënt-12` in NFC or NFD is one number. Clean input (printable ASCII
/// without surrounding space, or NFC text without compatibility characters) is unchanged.
///
/// The result lives in memory that is wiped when dropped. The error names the field
/// `identifier`, never its value.
pub fn normalise_identifier(kind: IdentifierKind, identifier: &str) -> Result<Zeroizing<String>, Error> {
    let path = || Path::root().key("identifier");
    let too_long = || match kind {
        IdentifierKind::Bsn => Error::invalid(path(), "expected a BSN of exactly 9 digits (no spaces or dots)"),
        IdentifierKind::ClientNumber => {
            Error::invalid(path(), format!("expected a client number of at most {MAX_CLIENT_NUMBER} characters"))
        }
    };
    if identifier.len() > MAX_RAW_IDENTIFIER {
        return Err(too_long());
    }
    let mut text = if identifier.bytes().all(|b| b.is_ascii_graphic()) {
        // Printable ASCII without spaces is its own normal form.
        Zeroizing::new(identifier.to_owned())
    } else {
        // Sized first, so the text is never copied by a growing buffer.
        let normal = || identifier.chars().filter(|&c| !is_format(c)).nfkc().filter(|&c| !is_format(c));
        let mut text = Zeroizing::new(String::with_capacity(normal().map(char::len_utf8).sum()));
        text.extend(normal());
        text
    };
    let end = text.trim_end().len();
    text.truncate(end);
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
    match kind {
        IdentifierKind::Bsn => {
            let b = text.as_bytes();
            if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
                return Err(Error::invalid(path(), "expected a BSN of exactly 9 digits (no spaces or dots)"));
            }
            if !bsn_is_valid(&text) {
                return Err(Error::invalid(path(), "not a valid BSN: it fails the eleven-test (elfproef)"));
            }
        }
        IdentifierKind::ClientNumber => {
            let n = text.chars().count();
            if n > MAX_CLIENT_NUMBER {
                return Err(too_long());
            }
            if n == 0 || text.chars().any(char::is_control) {
                return Err(Error::invalid(
                    path(),
                    format!("expected a client number of 1-{MAX_CLIENT_NUMBER} printable characters"),
                ));
            }
        }
    }
    Ok(text)
}

/// Checks an identifier of `kind` after normalising it ([`normalise_identifier`]); the error
/// names the field `identifier`, never its value.
pub fn check_identifier(kind: IdentifierKind, identifier: &str) -> Result<(), Error> {
    normalise_identifier(kind, identifier).map(drop)
}

/// Derives the client code of `identifier` under `key` (see the module docs for the format).
/// The identifier is normalised first ([`normalise_identifier`]).
pub fn client_code(kind: IdentifierKind, identifier: &str, key: &PseudonymKey) -> Result<ClientCode, Error> {
    let identifier = normalise_identifier(kind, identifier)?;
    let digest = hmac::mac(&key.states, &[DOMAIN, &[0], kind.code().as_bytes(), &[0], identifier.as_bytes()]);
    let chars = base32(&digest[..10]);
    let mut code = String::from("ID");
    for group in chars.chunks(4) {
        code.push('-');
        code.extend(group.iter().map(|&c| c as char));
    }
    ClientCode::new(&code)
}

/// HMAC-SHA-256 (RFC 2104) on sha2's compression function, so that every buffer that holds
/// key material or the message is this module's own and is wiped. (The compression
/// function's own registers and stack are not.)
mod hmac {
    use super::*;

    const BLOCK: usize = 64;
    const IV: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    fn compress(state: &mut [u32; 8], block: &[u8; BLOCK]) {
        sha2::compress256(state, core::slice::from_ref(GenericArray::from_slice(block)));
    }

    /// SHA-256 from `state`, after `done` bytes already compressed, over `parts`.
    fn finish(state: &[u32; 8], done: u64, parts: &[&[u8]]) -> Zeroizing<[u8; 32]> {
        let mut st = Zeroizing::new(*state);
        let mut buf = Zeroizing::new([0u8; BLOCK]);
        let (mut fill, mut total) = (0, done);
        for part in parts {
            let mut rest = *part;
            total += rest.len() as u64;
            while !rest.is_empty() {
                let n = (BLOCK - fill).min(rest.len());
                buf[fill..fill + n].copy_from_slice(&rest[..n]);
                (fill, rest) = (fill + n, &rest[n..]);
                if fill == BLOCK {
                    compress(&mut st, &buf);
                    fill = 0;
                }
            }
        }
        buf[fill] = 0x80;
        buf[fill + 1..].fill(0);
        if fill + 1 > BLOCK - 8 {
            compress(&mut st, &buf);
            buf.fill(0);
        }
        buf[BLOCK - 8..].copy_from_slice(&(total * 8).to_be_bytes());
        compress(&mut st, &buf);
        let mut out = Zeroizing::new([0u8; 32]);
        for (o, w) in out.chunks_exact_mut(4).zip(st.iter()) {
            o.copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    /// The states after the inner and the outer key block.
    pub(super) fn key_states(key: &[u8]) -> Zeroizing<[[u32; 8]; 2]> {
        let mut block = Zeroizing::new([0u8; BLOCK]);
        if key.len() > BLOCK {
            block[..32].copy_from_slice(&finish(&IV, 0, &[key])[..]);
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let mut states = Zeroizing::new([IV; 2]);
        for (state, pad) in states.iter_mut().zip([0x36u8, 0x5c]) {
            let mut padded = Zeroizing::new(*block);
            padded.iter_mut().for_each(|b| *b ^= pad);
            compress(state, &padded);
        }
        states
    }

    /// HMAC-SHA-256 of the concatenated `parts` under the key of `states`.
    pub(super) fn mac(states: &[[u32; 8]; 2], parts: &[&[u8]]) -> Zeroizing<[u8; 32]> {
        let inner = finish(&states[0], BLOCK as u64, parts);
        finish(&states[1], BLOCK as u64, &[&inner[..]])
    }

    /// RFC 4231's HMAC-SHA-256 test cases, including a key longer than a block.
    #[test]
    fn rfc_4231_vectors() {
        let hex = |s: &str| {
            (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect::<Vec<u8>>()
        };
        let long_key = [0xaau8; 131];
        let cases: [(&[u8], &[u8], &str); 5] = [
            (&[0x0b; 20], b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (&[0xaa; 20], &[0xdd; 50], "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            (&long_key, b"Test Using Larger Than Block-Size Key - Hash Key First", "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            (&long_key, b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.", "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ];
        for (key, data, want) in cases {
            // Split the message at every point: the block handling must not depend on it.
            for cut in 0..=data.len() {
                let got = mac(&key_states(key), &[&data[..cut], &data[cut..]]);
                assert_eq!(got[..], hex(want)[..], "{cut}");
            }
        }
        // Messages of every length around the padding boundary, against sha2's own SHA-256.
        use sha2::Digest;
        for n in 0..200 {
            let msg: Vec<u8> = (0..n).map(|i| i as u8).collect();
            assert_eq!(finish(&IV, 0, &[&msg])[..], sha2::Sha256::digest(&msg)[..], "{n}");
        }
    }
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
        for weak in [[0u8; 16], [7u8; 16], [b'a'; 16], [0xff; 16]] {
            let e = PseudonymKey::new(&weak).unwrap_err();
            assert_eq!(e.path().unwrap().to_string(), "key");
            assert!(e.message().contains("one byte repeated"), "{e}");
        }
        assert!(PseudonymKey::new(&[[0u8; 15].as_slice(), &[1]].concat()).is_ok());
        for (kind, ident) in [
            (IdentifierKind::Bsn, "111222334"),
            (IdentifierKind::Bsn, "1112223330"),
            (IdentifierKind::Bsn, "111.222.333"),
            (IdentifierKind::Bsn, "111 222 333"),
            (IdentifierKind::ClientNumber, "42-JANSEN\u{7}"),
            (IdentifierKind::ClientNumber, ""),
            (IdentifierKind::ClientNumber, " \u{200B}\u{FEFF} "),
        ] {
            let e = client_code(kind, ident, &key()).unwrap_err();
            assert_eq!(e.path().unwrap().to_string(), "identifier");
            for shown in [e.to_string(), format!("{e:?}"), e.message()] {
                assert!(ident.trim().is_empty() || !shown.contains(ident.trim()), "{shown}");
            }
        }
        assert_eq!(format!("{:?}", key()), "PseudonymKey(<25 bytes>)");
        assert!(!format!("{:?}", key()).contains("steun-test-key"));
    }

    #[test]
    fn keys_from_hex_and_from_a_vector_are_the_same_key() {
        let code = |k: &PseudonymKey| client_code(IdentifierKind::Bsn, "111222333", k).unwrap();
        let hex = "000102030405060708090a0b0c0d0e0f";
        let bytes: Vec<u8> = (0..16).collect();
        let want = code(&PseudonymKey::new(&bytes).unwrap());
        assert_eq!(code(&PseudonymKey::from_hex(hex).unwrap()), want);
        assert_eq!(code(&PseudonymKey::from_hex(&hex.to_uppercase()).unwrap()), want);
        assert_eq!(code(&PseudonymKey::from_vec(bytes).unwrap()), want);
        for bad in ["0", "zz0102030405060708090a0b0c0d0e0f", "+f0102030405060708090a0b0c0d0e0f", "00010203"] {
            let e = PseudonymKey::from_hex(bad).unwrap_err();
            assert_eq!(e.path().unwrap().to_string(), "key", "{bad}");
        }
        assert!(PseudonymKey::from_hex("0101010101010101010101010101010101").is_err());
        assert!(PseudonymKey::from_vec(vec![9; 32]).is_err());
        // A key longer than SHA-256's block is hashed first (RFC 2104), and still works.
        let long: Vec<u8> = (0..200u8).collect();
        assert_ne!(code(&PseudonymKey::new(&long).unwrap()), want);
    }

    /// Numbers that look the same give one code; clean input keeps its code.
    #[test]
    fn identifiers_are_normalised_before_hashing() {
        let k = key();
        let code = |kind, ident: &str| client_code(kind, ident, &k).unwrap();
        let bsn = code(IdentifierKind::Bsn, "111222333");
        assert_eq!(bsn.as_str(), "ID-ZG43-9PSD-QSXB-KJVQ");
        for same in [
            " 111222333",
            "111222333 ",
            "\t111222333\n",
            "\u{FEFF}111222333",
            "111222333\u{200B}",
            "111\u{200C}222\u{200D}333",
            "111222\u{2060}333",
            "\u{202E}111222333",
            "111\u{00AD}222333",
            "\u{00A0}111222333\u{3000}",
            "\u{FF11}\u{FF11}\u{FF11}\u{FF12}\u{FF12}\u{FF12}\u{FF13}\u{FF13}\u{FF13}",
        ] {
            assert_eq!(code(IdentifierKind::Bsn, same), bsn, "{same:?}");
            assert_eq!(normalise_identifier(IdentifierKind::Bsn, same).unwrap().as_str(), "111222333");
        }
        let number = code(IdentifierKind::ClientNumber, "VNDL-2012-0042");
        assert_eq!(number.as_str(), "ID-M9KH-1N55-JKWG-PKB2");
        for same in
            ["VNDL-2012-0042\u{200B}", "\u{FEFF}VNDL-2012-0042", " VNDL-2012-0042 ", "ＶＮＤＬ-２０１２-００４２"]
        {
            assert_eq!(code(IdentifierKind::ClientNumber, same), number, "{same:?}");
        }
        // NFC and NFD of "Cliënt-12" are one number.
        let nfc = code(IdentifierKind::ClientNumber, "Cli\u{00EB}nt-12");
        assert_eq!(code(IdentifierKind::ClientNumber, "Clie\u{0308}nt-12"), nfc);
        // Case and inner spaces are kept: these are other numbers.
        assert_ne!(code(IdentifierKind::ClientNumber, "vndl-2012-0042"), number);
        assert_ne!(code(IdentifierKind::ClientNumber, "VNDL 2012 0042"), number);
        // A BSN-shaped client number is still a client number (kinds are kept apart).
        assert_ne!(code(IdentifierKind::ClientNumber, "111222333"), bsn);
        // The work is bounded: long input is refused before it is normalised.
        let long = "\u{FDFA}".repeat(341); // 1023 bytes; NFKC makes 18 characters of each
        let e = client_code(IdentifierKind::ClientNumber, &long, &k).unwrap_err();
        assert!(e.message().contains("at most 128"), "{e}");
        assert!(client_code(IdentifierKind::ClientNumber, &"9".repeat(1025), &k).is_err());
        assert!(client_code(IdentifierKind::ClientNumber, &"9".repeat(128), &k).is_ok());
    }

    /// Every code `client_code` mints is a valid `ClientCode`, including the rare ones with no
    /// digit or with digits across groups, under many keys and identifiers.
    #[test]
    fn minted_codes_always_pass_the_code_format() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut no_digit, mut long_run) = (0, 0);
        for i in 0..40_000 {
            let key_bytes: Vec<u8> = (0..16 + next() % 48).map(|_| next() as u8).collect();
            let Ok(k) = PseudonymKey::new(&key_bytes) else { continue };
            let (kind, ident) = if i % 2 == 0 {
                let n = loop {
                    let n = format!("{:09}", next() % 1_000_000_000);
                    if bsn_is_valid(&n) {
                        break n;
                    }
                };
                (IdentifierKind::Bsn, n)
            } else {
                (IdentifierKind::ClientNumber, format!("C-{}-{}", next() % 100_000, next()))
            };
            let code = client_code(kind, &ident, &k).expect("a minted code is a valid ClientCode");
            let digits_in_a_row = code.as_str()[3..]
                .split(|c: char| c.is_ascii_alphabetic())
                .map(|r| r.bytes().filter(u8::is_ascii_digit).count())
                .max();
            no_digit += usize::from(!code.as_str()[3..].bytes().any(|b| b.is_ascii_digit()));
            long_run += usize::from(digits_in_a_row.unwrap_or(0) > 8);
            assert_eq!(crate::json::from_json::<ClientCode>(&format!("\"{code}\"")).unwrap(), code);
        }
        // The rare forms did occur, so the derived-code exemption is what let them pass.
        assert!(no_digit > 0 && long_run > 0, "{no_digit} {long_run}");
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
