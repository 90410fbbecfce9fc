//! Every C function that takes a string, fed arbitrary bytes (NUL-terminated, often not
//! UTF-8): it returns a status, never panics or leaks; on success the output is a string
//! that steun_string_free releases.
#![no_main]

use std::ffi::{c_char, c_int, CString};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;

unsafe fn take(status: c_int, out: *mut c_char) {
    if status == 0 {
        assert!(!out.is_null());
        unsafe { ffi::steun_string_free(out) };
    } else {
        assert!(out.is_null(), "no output on failure");
        assert!(!ffi::steun_last_error_message().is_null());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    // A C string cannot hold NUL: cut at the first one, as C would.
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let Ok(arg) = CString::new(&rest[..end]) else { return };
    let kinds = steun::document::KINDS;
    let kind = CString::new(kinds[selector as usize % kinds.len()].name).unwrap();
    let p = arg.as_ptr();
    unsafe {
        let mut out: *mut c_char = ptr::null_mut();
        match selector % 8 {
            0 => take(ffi::steun_enum_json(p, &mut out), out),
            1 => take(ffi::steun_label(c"Dimension".as_ptr(), p, ffi::SteunLang::Nl as i32, &mut out), out),
            2 => take(ffi::steun_label(p, c"rights".as_ptr(), ffi::SteunLang::En as i32, &mut out), out),
            3 => take(ffi::steun_schema_json(p, &mut out), out),
            4 => take(ffi::steun_reference_json(p, &mut out), out),
            5 => take(ffi::steun_document_validate_json(kind.as_ptr(), p, &mut out), out),
            6 => {
                let mut h = ptr::null_mut();
                if ffi::steun_personal_profile_from_json(p, &mut h) == 0 {
                    let mut json: *mut c_char = ptr::null_mut();
                    take(ffi::steun_personal_profile_to_json(h, &mut json), json);
                }
                ffi::steun_personal_profile_free(h);
            }
            _ => {
                let mut h = ptr::null_mut();
                if ffi::steun_assessment_grid_from_json(p, &mut h) == 0 {
                    let mut json: *mut c_char = ptr::null_mut();
                    take(ffi::steun_assessment_grid_to_json(h, &mut json), json);
                }
                ffi::steun_assessment_grid_free(h);
            }
        }
    }
});
