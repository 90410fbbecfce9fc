//! The hand-written C functions that take strings, fed arbitrary bytes (NUL-terminated,
//! often not UTF-8): `steun_call`'s operation name, `steun_urgency_bands_from_json`,
//! `steun_client_code`'s kind and identifier. A status, never a panic or a leak; on success
//! the output is set and freed here, on failure it is untouched; a failed client code never
//! holds a digit identifier in its message or report.
#![no_main]

use std::ffi::{c_char, c_int, CStr, CString};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;

unsafe fn take(status: c_int, out: *mut c_char) {
    assert_ne!(status, ffi::SteunStatus::Panic as c_int);
    if status == 0 {
        assert!(!out.is_null());
        unsafe { ffi::steun_string_free(out) };
    } else {
        assert!(out.is_null(), "no output on failure");
        assert!(!unsafe { CStr::from_ptr(ffi::steun_last_error_message()) }.is_empty());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    // A C string cannot hold NUL: cut at the first one, as C would.
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let Ok(arg) = CString::new(&rest[..end]) else { return };
    let p = arg.as_ptr();
    unsafe {
        let mut out: *mut c_char = ptr::null_mut();
        match selector % 4 {
            0 => take(ffi::steun_call(p, c"{}".as_ptr(), &mut out), out),
            1 => {
                let mut h = ptr::null_mut();
                let s = ffi::steun_urgency_bands_from_json(p, &mut h);
                assert_ne!(s, ffi::SteunStatus::Panic as c_int);
                assert_eq!(s == 0, !h.is_null());
                ffi::steun_urgency_bands_free(h);
            }
            n => {
                let key = b"fuzz-key-0123456789abcdef";
                let (kind, id) = if n == 2 { (c"bsn".as_ptr(), p) } else { (p, c"111222333".as_ptr()) };
                let s = ffi::steun_client_code(kind, id, key.as_ptr(), key.len(), &mut out);
                take(s, out);
                let digits = arg.as_bytes();
                if s != 0 && n == 2 && digits.len() >= 4 && digits.iter().all(u8::is_ascii_digit) {
                    let msg = CStr::from_ptr(ffi::steun_last_error_message()).to_bytes().to_vec();
                    let mut report: *mut c_char = ptr::null_mut();
                    assert_eq!(ffi::steun_last_error_json(&mut report), 0);
                    let r = CStr::from_ptr(report).to_bytes().to_vec();
                    ffi::steun_string_free(report);
                    for text in [&msg, &r] {
                        assert!(!text.windows(digits.len()).any(|w| w == digits), "identifier echoed");
                    }
                }
            }
        }
    }
});
