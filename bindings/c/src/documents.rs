//! Opaque handles for the assessment grid and the Personal Profile.

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use steun::Document;

use crate::boundary::{check_out, guard, read_str, write_string, Failure, SteunStatus};

/// An assessment grid (opaque). Create with `steun_assessment_grid_from_json`, free with
/// `steun_assessment_grid_free`. Immutable: may be read from several threads at once.
pub struct SteunAssessmentGrid(steun::AssessmentGrid);

/// A Personal Profile (opaque). Create with `steun_personal_profile_from_json`, free with
/// `steun_personal_profile_free`. Immutable: may be read from several threads at once.
pub struct SteunPersonalProfile(steun::PersonalProfile);

unsafe fn parse_into<D: Document, H>(json: *const c_char, out: *mut *mut H, wrap: fn(D) -> H) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let json = unsafe { read_str(json, "json") }?;
        let doc = D::from_json(json)?;
        // SAFETY: checked non-null above.
        unsafe { *out = Box::into_raw(Box::new(wrap(doc))) };
        Ok(())
    }))
}

unsafe fn handle_to_json<H, D: Document>(handle: *const H, out: *mut *mut c_char, get: fn(&H) -> &D) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        if handle.is_null() {
            return Err(Failure::new(SteunStatus::NullPointer, "argument `handle` is NULL"));
        }
        // SAFETY: a live handle from this library (caller's contract).
        let doc = get(unsafe { &*handle });
        // SAFETY: checked above.
        unsafe { write_string(out, doc.to_json()) }
    }))
}

unsafe fn free_handle<H>(handle: *mut H) {
    if !handle.is_null() {
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| {
            // SAFETY: from Box::into_raw in this library, not yet freed (caller's contract).
            drop(unsafe { Box::from_raw(handle) });
        }));
    }
}

/// Parses and checks an assessment grid from JSON. On success `*out` owns a new handle.
///
/// # Safety
/// `json` is a NUL-terminated string; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_assessment_grid_from_json(
    json: *const c_char,
    out: *mut *mut SteunAssessmentGrid,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { parse_into(json, out, SteunAssessmentGrid) }
}

/// Writes an assessment grid as canonical JSON. Free `*out` with `steun_string_free`.
///
/// # Safety
/// `handle` is a live handle; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_assessment_grid_to_json(
    handle: *const SteunAssessmentGrid,
    out: *mut *mut c_char,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { handle_to_json(handle, out, |h: &SteunAssessmentGrid| &h.0) }
}

/// The number of rows (dimensions filled in) of an assessment grid; 0 for NULL.
///
/// # Safety
/// `handle` is NULL or a live handle.
#[no_mangle]
pub unsafe extern "C" fn steun_assessment_grid_row_count(handle: *const SteunAssessmentGrid) -> usize {
    // SAFETY: NULL or a live handle (caller's contract).
    unsafe { handle.as_ref() }.map_or(0, |h| h.0.rows.len())
}

/// Frees an assessment grid. NULL does nothing.
///
/// # Safety
/// `handle` is NULL or a live handle, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn steun_assessment_grid_free(handle: *mut SteunAssessmentGrid) {
    // SAFETY: forwarded contract.
    unsafe { free_handle(handle) }
}

/// Parses and checks a Personal Profile from JSON. On success `*out` owns a new handle.
///
/// # Safety
/// `json` is a NUL-terminated string; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_personal_profile_from_json(
    json: *const c_char,
    out: *mut *mut SteunPersonalProfile,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { parse_into(json, out, SteunPersonalProfile) }
}

/// Writes a Personal Profile as canonical JSON. Free `*out` with `steun_string_free`.
///
/// # Safety
/// `handle` is a live handle; `out` is a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_personal_profile_to_json(
    handle: *const SteunPersonalProfile,
    out: *mut *mut c_char,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { handle_to_json(handle, out, |h: &SteunPersonalProfile| &h.0) }
}

/// The number of life domains filled in on a Personal Profile; 0 for NULL.
///
/// # Safety
/// `handle` is NULL or a live handle.
#[no_mangle]
pub unsafe extern "C" fn steun_personal_profile_domain_count(handle: *const SteunPersonalProfile) -> usize {
    // SAFETY: NULL or a live handle (caller's contract).
    unsafe { handle.as_ref() }.map_or(0, |h| h.0.domains.len())
}

/// Frees a Personal Profile. NULL does nothing.
///
/// # Safety
/// `handle` is NULL or a live handle, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn steun_personal_profile_free(handle: *mut SteunPersonalProfile) {
    // SAFETY: forwarded contract.
    unsafe { free_handle(handle) }
}
