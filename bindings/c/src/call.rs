//! The generic entry points (hand-written): `steun_call` runs any operation by name,
//! `steun_ops_json` lists them, `steun_last_error_json` gives the last error as data. The
//! named functions of `ops.rs` (generated) forward to [`named`].

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use crate::boundary::{check_out, guard, last_error_report, read_str, write_string, SteunStatus};

/// Runs operation `name` on the caller's request: the body of every generated function.
///
/// # Safety
/// `request_json` is NULL or NUL-terminated; `response_json` is NULL or valid for a write.
pub(crate) unsafe fn named(name: &'static str, request_json: *const c_char, response_json: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(response_json, "response_json")?;
        // SAFETY: caller's contract.
        let request = unsafe { read_str(request_json, "request_json") }?;
        let response = steun::op::call(name, request)?;
        // SAFETY: checked above.
        unsafe { write_string(response_json, response) }
    }))
}

/// Runs the operation called `op` (e.g. "urgency.assess"; `steun_ops_json` lists them) on a
/// JSON request, as its named function (`steun_urgency_assess_json`, ...) does. An unknown name
/// is `STEUN_STATUS_NOT_FOUND`, listing the names. On success `*response_json` is the JSON
/// response, owned by the caller: free it with `steun_string_free`; on failure it is left
/// untouched and `steun_last_error_json` lists every problem. Thread-safe. Hand-written.
///
/// # Safety
/// `op` and `request_json` are NULL or NUL-terminated strings; `response_json` is NULL or valid
/// for writing a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_call(
    op: *const c_char,
    request_json: *const c_char,
    response_json: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(response_json, "response_json")?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(op, "op") }?;
        // SAFETY: caller's contract.
        let request = unsafe { read_str(request_json, "request_json") }?;
        let response = steun::op::call(name, request)?;
        // SAFETY: checked above.
        unsafe { write_string(response_json, response) }
    }))
}

/// Every operation as a JSON array: `[{"name", "summary", "instrument", "instrument_version",
/// "request", "response", "request_schema", "response_schema", "example"}]`, in a stable order.
/// Free `*out` with `steun_string_free`. Thread-safe. Hand-written.
///
/// # Safety
/// `out` is NULL or valid for writing a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_ops_json(out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: checked above.
        unsafe { write_string(out, steun::op::listing()) }
    }))
}

/// The last error of this thread as JSON, the same document on every surface:
/// `{"code": "invalid", "message": "...", "issues": [{"kind": "missing", "path": "scope.persons",
/// "message": "..."}]}` with up to 100 issues (kinds: missing, unknown_field, wrong_type,
/// unknown_code, out_of_range, rule, syntax, limit, not_found, transition). Failures of the C
/// boundary itself have `code` "null_pointer", "invalid_utf8" or "panic". After a successful
/// call (any function returning a status clears the last error) `*out` is "null". Neither
/// messages nor paths contain the values that were wrong, nor unknown keys.
/// Free `*out` with `steun_string_free`. This function leaves the last error as it is; a NULL
/// `out` returns `STEUN_STATUS_NULL_POINTER`. Hand-written.
///
/// # Safety
/// `out` is NULL or valid for writing a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_last_error_json(out: *mut *mut c_char) -> c_int {
    if out.is_null() {
        return SteunStatus::NullPointer as c_int;
    }
    // Not `guard`: that would clear the error this function reports.
    let written = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let text = last_error_report().unwrap_or_else(|| String::from("null"));
        // SAFETY: checked non-null above; the caller promises it is valid for a write.
        unsafe { write_string(out, text) }.is_ok()
    }));
    match written {
        Ok(true) => SteunStatus::Ok as c_int,
        _ => SteunStatus::Panic as c_int,
    }
}
