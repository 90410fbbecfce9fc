//! Signals: pseudonymous client codes, report forms and the case-tracking list, as JSON.

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

unsafe fn json_call(
    args: &[(*const c_char, &str)],
    out: *mut *mut c_char,
    f: fn(&[&str]) -> Result<String, steun::Error>,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        let mut texts = Vec::with_capacity(args.len());
        for (ptr, name) in args {
            // SAFETY: caller's contract.
            texts.push(unsafe { read_str(*ptr, name) }?);
        }
        let result = f(&texts)?;
        // SAFETY: checked above.
        unsafe { write_string(out, result) }
    }))
}

/// Checks a report form (JSON, document kind `report`) and attaches the urgency result and
/// the route; `*out` receives the `assessed_report` JSON, freed with `steun_string_free`.
/// A report that carries a result field of its own is refused. Thread-safe.
///
/// # Safety
/// `report_json` is a NUL-terminated string; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_report_attach_json(report_json: *const c_char, out: *mut *mut c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { json_call(&[(report_json, "report_json")], out, |t| signals::attach_json(t[0])) }
}

/// Lists the cases of a case list (kind `case_list`) that match a query (kind `case_query`,
/// e.g. `{"status": "in_progress", "overdue_on": "2012-03-21"}`; `{}` lists all); `*out`
/// receives the `case_listing` JSON, freed with `steun_string_free`. Thread-safe.
///
/// # Safety
/// `case_list_json` and `query_json` are NUL-terminated strings; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_case_list_json(
    case_list_json: *const c_char,
    query_json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(&[(case_list_json, "case_list_json"), (query_json, "query_json")], out, |t| {
            signals::list_cases_json(t[0], t[1])
        })
    }
}

/// Destroys the report forms marked `destroy_after_meeting` of cases whose network meeting
/// was on or before `as_of` (YYYY-MM-DD); `*out` receives the case list JSON, freed with
/// `steun_string_free`. Thread-safe.
///
/// # Safety
/// `case_list_json` and `as_of` are NUL-terminated strings; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_case_list_retain_json(
    case_list_json: *const c_char,
    as_of: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(&[(case_list_json, "case_list_json"), (as_of, "as_of")], out, |t| {
            signals::apply_retention_json(t[0], t[1])
        })
    }
}

/// The case list with only what follow-up needs (kind `follow_up_list`); `*out` receives
/// the JSON, freed with `steun_string_free`. Thread-safe.
///
/// # Safety
/// `case_list_json` is a NUL-terminated string; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_case_list_minimise_json(case_list_json: *const c_char, out: *mut *mut c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { json_call(&[(case_list_json, "case_list_json")], out, |t| signals::minimise_json(t[0])) }
}
