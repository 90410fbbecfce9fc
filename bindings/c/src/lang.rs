//! Versions aside, the read-only catalogue: enums and their labels, document kinds,
//! schemas and reference data.

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use steun::Lang;

use crate::boundary::{check_out, code_from_c, guard, read_str, write_string, Failure, SteunStatus};

/// A language for labels. Functions take it as an `int32_t` (any value a host may pass is
/// then defined behaviour); a value other than these is `STEUN_STATUS_INVALID_INPUT`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunLang {
    /// Dutch.
    Nl = 0,
    /// English.
    En = 1,
}

/// The header constants of `SteunLang`, by value.
pub(crate) const LANG_NAMES: [&str; 2] = ["STEUN_LANG_NL", "STEUN_LANG_EN"];

/// Reads a `lang` argument: 0 or 1, else an error naming `lang` and the allowed values.
pub(crate) fn lang_from_c(lang: i32) -> Result<Lang, Failure> {
    const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];
    let i = code_from_c(lang, || steun::Path::root().key("lang"), &LANG_NAMES)?;
    Ok(LANGS[i])
}

/// Every labelled enum as JSON: `[{"name": "Dimension", "members": [{"code", "nl", "en"}]}]`.
/// Free `*out` with `steun_string_free`.
///
/// # Safety
/// `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_enums_json(out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: checked above.
        unsafe { write_string(out, steun::json::to_json(steun::catalogue::ENUMS)) }
    }))
}

/// The members of one enum as JSON: `{"name": ..., "members": [{"code", "nl", "en"}]}`.
/// `enum_name` is the type name, e.g. "Dimension". Free `*out` with `steun_string_free`.
///
/// # Safety
/// `enum_name` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_enum_json(enum_name: *const c_char, out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(enum_name, "enum_name") }?;
        let info = steun::catalogue::enum_named(name)?;
        // SAFETY: checked above.
        unsafe { write_string(out, steun::json::to_json(info)) }
    }))
}

/// The label of one code of one enum, e.g. ("Dimension", "rights", STEUN_LANG_NL) gives
/// "Rechten". `lang` is a `SteunLang` value; any other is `STEUN_STATUS_INVALID_INPUT` (path
/// "lang"). Free `*out` with `steun_string_free`.
///
/// # Safety
/// `enum_name` and `code` are NUL-terminated strings; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_label(
    enum_name: *const c_char,
    code: *const c_char,
    lang: i32,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        let lang = lang_from_c(lang)?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(enum_name, "enum_name") }?;
        // SAFETY: caller's contract.
        let code = unsafe { read_str(code, "code") }?;
        let info = steun::catalogue::enum_named(name)?;
        let member = info.members.iter().find(|m| m.code == code).ok_or_else(|| {
            let codes: Vec<&str> = info.members.iter().map(|m| m.code).collect();
            Failure::from(steun::Error::not_found(info.name, code, &codes))
        })?;
        // SAFETY: checked above.
        unsafe { write_string(out, member.label(lang).to_owned()) }
    }))
}

/// The names of every document kind, as a JSON array of strings. Free `*out` with
/// `steun_string_free`.
///
/// # Safety
/// `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_document_kinds_json(out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        let names: Vec<&str> = steun::document::KINDS.iter().map(|k| k.name).collect();
        // SAFETY: checked above.
        unsafe { write_string(out, steun::json::to_json(&names)) }
    }))
}

/// The JSON Schema (draft 2020-12) of a document kind, e.g. "personal_profile". Free `*out`
/// with `steun_string_free`.
///
/// # Safety
/// `kind` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_schema_json(kind: *const c_char, out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let kind = unsafe { read_str(kind, "kind") }?;
        let schema = steun::document::schema(kind)?;
        // SAFETY: checked above.
        unsafe { write_string(out, steun::json::to_json_pretty(&schema)) }
    }))
}

/// Parses and checks a document of `kind` and writes it back in canonical JSON (compact,
/// every field present). On bad input returns an error status; the message and
/// `steun_last_error_path()` name the field. Free `*out` with `steun_string_free`.
///
/// # Safety
/// `kind` and `json` are NUL-terminated strings; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_document_validate_json(
    kind: *const c_char,
    json: *const c_char,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let kind = unsafe { read_str(kind, "kind") }?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(json, "json") }?;
        let canonical = steun::document::validate_json(kind, json)?;
        // SAFETY: checked above.
        unsafe { write_string(out, canonical) }
    }))
}

/// A reference set of the sources as JSON, e.g. "dimensions" (Van Loon's table). Free
/// `*out` with `steun_string_free`.
///
/// # Safety
/// `name` is a NUL-terminated string; `out` is a valid pointer to a `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_reference_json(name: *const c_char, out: *mut *mut c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(name, "name") }?;
        let data = steun::reference::get(name)?;
        // SAFETY: checked above.
        unsafe { write_string(out, steun::json::to_json(&data)) }
    }))
}

// Keep the unused-variant lint quiet for statuses only C code produces.
const _: SteunStatus = SteunStatus::Ok;
