//! The signals C functions fed arbitrary bytes: a status, never a panic or a leak, and a
//! failed client code never puts the identifier into the error message.
#![no_main]

use std::ffi::{c_char, c_int, CStr, CString};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;

unsafe fn take(status: c_int, out: *mut c_char) {
    if status == 0 {
        assert!(!out.is_null());
        unsafe { ffi::steun_string_free(out) };
    } else {
        assert!(out.is_null(), "no output on failure");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let Ok(arg) = CString::new(&rest[..end]) else { return };
    let p = arg.as_ptr();
    unsafe {
        let mut out: *mut c_char = ptr::null_mut();
        match selector % 6 {
            0 | 1 => {
                let kind = if selector % 2 == 0 { c"bsn" } else { c"client_number" };
                let key = b"fuzz-key-0123456789abcdef";
                let status = ffi::steun_client_code(kind.as_ptr(), p, key.as_ptr(), key.len(), &mut out);
                // Digit strings of 4 or more never occur in our messages, so any hit is an echo.
                let digits = arg.as_bytes().len() >= 4 && arg.as_bytes().iter().all(u8::is_ascii_digit);
                if status != 0 && digits {
                    let msg = CStr::from_ptr(ffi::steun_last_error_message()).to_bytes();
                    assert!(!msg.windows(arg.as_bytes().len()).any(|w| w == arg.as_bytes()), "identifier echoed");
                }
                take(status, out);
            }
            2 => take(ffi::steun_signals_attach_urgency(p, &mut out), out),
            3 | 4 => {
                // The case list inside the operation's request (no NUL in `arg`, so new cannot fail).
                let tail: &[u8] = if selector % 6 == 3 { b",\"query\":{}}" } else { b",\"as_of\":\"2012-03-13\"}" };
                let request = CString::new([b"{\"case_list\":", arg.as_bytes(), tail].concat()).unwrap();
                let f = if selector % 6 == 3 { ffi::steun_cases_list } else { ffi::steun_cases_apply_retention };
                take(f(request.as_ptr(), &mut out), out)
            }
            _ => take(ffi::steun_cases_minimise(p, &mut out), out),
        }
    }
});
