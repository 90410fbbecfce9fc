//! Support plans over the C ABI: validate a support case, render its forms, build the Wmo
//! application. JSON text in; JSON or Markdown text out (free with `steun_string_free`).

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use crate::boundary::{check_out, guard, read_str, write_string};
use crate::catalogue::lang_from_c;

/// Validates a support case (JSON, kind `support_case`) and writes its findings as JSON
/// (kind `findings`): `{"instrument", "version", "findings": [{"code", "severity", "path",
/// "message": {"nl", "en"}, "source"}]}`. A case that breaks plan rules still returns
/// `STEUN_STATUS_OK` with findings; malformed JSON, unknown fields, wrong types, non-ISO
/// dates and invalid phase transitions return an error status with the path in
/// `steun_last_error_path()`. Free `*out` with `steun_string_free`. Thread-safe.
///
/// # Safety
/// `json` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_plan_validate_json(json: *const c_char, out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(json, "json") }?;
        let findings = steun::plan::validate_json(json)?;
        // SAFETY: checked above.
        unsafe { write_string(out, findings) }
    }))
}

/// Sets `*out` to true when findings hold a finding of severity `error` (the plan needs
/// work before it is used; warnings alone do not block it). `findings_json` is the findings
/// document that `steun_plan_validate_json` writes, or the JSON array of its findings. Bad
/// findings return an error status with the path; `*out` is then left unchanged.
/// Thread-safe.
///
/// # Safety
/// `findings_json` is a NUL-terminated string; `out` is a valid pointer to a `bool`.
#[no_mangle]
pub unsafe extern "C" fn steun_plan_has_errors_json(findings_json: *const c_char, out: *mut bool) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(findings_json, "findings_json") }?;
        let errors = steun::plan::has_errors_json(json)?;
        // SAFETY: checked non-null above; the caller promises it is valid for a write.
        unsafe { out.write(errors) };
        Ok(())
    }))
}

/// Renders a form of a support case as Markdown in `lang`: `what` is `"plan"` (the newest
/// Plan van Aanpak), `"options"` (its options worksheets), `"profile"` (the Personal
/// Profile) or `"all"`. `lang` is a `SteunLang` value; any other is
/// `STEUN_STATUS_INVALID_INPUT` (path "lang"). Free `*out` with `steun_string_free`. Thread-safe.
///
/// # Safety
/// `json` and `what` are NUL-terminated strings; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_plan_render_json(
    json: *const c_char,
    lang: i32,
    what: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        let lang = lang_from_c(lang)?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(json, "json") }?;
        // SAFETY: caller's contract.
        let what = unsafe { read_str(what, "what") }?;
        let part: steun::plan::RenderPart = what.parse()?;
        let text = steun::plan::render_json(json, lang, part)?;
        // SAFETY: checked above.
        unsafe { write_string(out, text) }
    }))
}

/// Assembles the Wmo application (JSON, kind `wmo_application`) from the newest plan of a
/// support case; its `missing` array lists the parts still to write. Free `*out` with
/// `steun_string_free`. Thread-safe.
///
/// # Safety
/// `json` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_wmo_application_json(json: *const c_char, out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(json, "json") }?;
        let app = steun::plan::application_json(json)?;
        // SAFETY: checked above.
        unsafe { write_string(out, app) }
    }))
}

/// The changes between two plans (each JSON of kind `plan`), as JSON of kind `plan_diff`.
/// Free `*out` with `steun_string_free`. Thread-safe.
///
/// # Safety
/// `old_json` and `new_json` are NUL-terminated strings; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_plan_diff_json(
    old_json: *const c_char,
    new_json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let old = unsafe { read_str(old_json, "old_json") }?;
        // SAFETY: caller's contract.
        let new = unsafe { read_str(new_json, "new_json") }?;
        let d = steun::plan::diff_json(old, new)?;
        // SAFETY: checked above.
        unsafe { write_string(out, d) }
    }))
}
