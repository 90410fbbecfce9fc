//! The pseudonymous client code with the key as bytes (hand-written: the key is binary and
//! should not pass through JSON; `steun_client_code_derive` takes it as hex).

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use steun::signals;

use crate::boundary::{check_out, guard, read_str, write_string, Failure, SteunStatus};

/// Derives the pseudonymous client code of `identifier` under a secret key (HMAC-SHA-256,
/// scheme `hmac-sha256-v1`, see docs/signals.md), e.g. "ID-ZG43-9PSD-QSXB-KJVQ".
/// `kind` is "bsn" (9 digits passing the eleven-test) or "client_number". The key is
/// `key_len` bytes at `key` (at least 16; `key` may be NULL only when `key_len` is 0).
/// On success `*out` owns the code; free it with `steun_string_free`. Error messages never
/// contain the identifier. Thread-safe.
///
/// # Safety
/// `kind` and `identifier` are NUL-terminated strings; `key` points to `key_len` readable
/// bytes (or is NULL with `key_len` 0); `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_client_code(
    kind: *const c_char,
    identifier: *const c_char,
    key: *const u8,
    key_len: usize,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let kind = unsafe { read_str(kind, "kind") }?;
        // SAFETY: caller's contract.
        let identifier = unsafe { read_str(identifier, "identifier") }?;
        let key: &[u8] = if key_len == 0 {
            &[]
        } else if key.is_null() {
            return Err(Failure::new(SteunStatus::NullPointer, "argument `key` is NULL"));
        } else {
            // SAFETY: non-null and `key_len` readable bytes by the caller's contract.
            unsafe { std::slice::from_raw_parts(key, key_len) }
        };
        let kind: signals::IdentifierKind = kind.parse()?;
        let key = signals::PseudonymKey::new(key)?;
        let code = signals::client_code(kind, identifier, &key)?;
        // SAFETY: checked above.
        unsafe { write_string(out, code.as_str().to_owned()) }
    }))
}
