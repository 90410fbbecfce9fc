//! Demand patterns: finding candidates in coded story fragments, and the life cycle steps.
//! JSON in, JSON out; the rules live in `steun::pattern`.

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use crate::boundary::{check_out, guard, read_str, write_string};

/// Finds the candidate demand patterns in `fragments_json`, a JSON array of story fragments
/// `{"respondent", "kind", "themes", "text"}`: the groups of one or two themes mentioned by at
/// least `min_respondents` distinct respondents (K, at least 1; 3 is the usual default).
/// On success `*out` holds the result as JSON (a `candidate_patterns` document); free it with
/// `steun_string_free`. A bad K gives STEUN_STATUS_INVALID_INPUT with the path
/// "min_respondents"; a bad fragment its path, e.g. "[3].kind".
///
/// # Safety
/// `fragments_json` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
/// Thread safety: may be called from any thread.
#[no_mangle]
pub unsafe extern "C" fn steun_patterns_find_json(
    fragments_json: *const c_char,
    min_respondents: i64,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(fragments_json, "fragments_json") }?;
        let result = steun::pattern::find_candidates_json(json, min_respondents)?;
        // SAFETY: checked above.
        unsafe { write_string(out, result) }
    }))
}

/// Validates a candidate demand pattern with the record of the meeting in which the
/// respondents recognised it (`meeting_json`: `{"date", "roles_present",
/// "respondents_present", "respondents_recognising", "notes"?}`). On success `*out` holds the
/// validated pattern as JSON (free with `steun_string_free`). Without respondents present who
/// recognised the pattern: STEUN_STATUS_INVALID_INPUT naming the field; a pattern that is not
/// a candidate: STEUN_STATUS_INVALID_TRANSITION.
///
/// # Safety
/// `pattern_json` and `meeting_json` are NUL-terminated strings; `out` is a valid pointer to a
/// `char *`. Thread safety: may be called from any thread.
#[no_mangle]
pub unsafe extern "C" fn steun_pattern_validate_json(
    pattern_json: *const c_char,
    meeting_json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let pattern = unsafe { read_str(pattern_json, "pattern_json") }?;
        // SAFETY: caller's contract.
        let meeting = unsafe { read_str(meeting_json, "meeting_json") }?;
        let result = steun::pattern::lifecycle::validate_json(pattern, meeting)?;
        // SAFETY: checked above.
        unsafe { write_string(out, result) }
    }))
}

/// Addresses a validated demand pattern (`addressing_json`: `{"date", "party", "actions":
/// [{"action", "owner", "owner_name"?}], "why_not_the_group"?}`). A professional party needs
/// `why_not_the_group`. On success `*out` holds the addressed pattern as JSON (free with
/// `steun_string_free`).
///
/// # Safety
/// `pattern_json` and `addressing_json` are NUL-terminated strings; `out` is a valid pointer
/// to a `char *`. Thread safety: may be called from any thread.
#[no_mangle]
pub unsafe extern "C" fn steun_pattern_address_json(
    pattern_json: *const c_char,
    addressing_json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let pattern = unsafe { read_str(pattern_json, "pattern_json") }?;
        // SAFETY: caller's contract.
        let addressing = unsafe { read_str(addressing_json, "addressing_json") }?;
        let result = steun::pattern::lifecycle::address_json(pattern, addressing)?;
        // SAFETY: checked above.
        unsafe { write_string(out, result) }
    }))
}

/// Closes an addressed demand pattern (`closure_json`: `{"date", "result"}`). On success
/// `*out` holds the closed pattern as JSON (free with `steun_string_free`).
///
/// # Safety
/// `pattern_json` and `closure_json` are NUL-terminated strings; `out` is a valid pointer to
/// a `char *`. Thread safety: may be called from any thread.
#[no_mangle]
pub unsafe extern "C" fn steun_pattern_close_json(
    pattern_json: *const c_char,
    closure_json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let pattern = unsafe { read_str(pattern_json, "pattern_json") }?;
        // SAFETY: caller's contract.
        let closure = unsafe { read_str(closure_json, "closure_json") }?;
        let result = steun::pattern::lifecycle::close_json(pattern, closure)?;
        // SAFETY: checked above.
        unsafe { write_string(out, result) }
    }))
}
