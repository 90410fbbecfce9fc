//! Every operation of the registry through the C ABI (`steun_call`, the body of every
//! generated `steun_<op>` function), fed arbitrary bytes (often not UTF-8): a known status,
//! never a caught panic or a leak; on success the output is JSON (freed here) and the last
//! error is cleared; on failure the output is NULL and `steun_last_error_json` is the error
//! report: a code, and 1 to 100 issues with a known kind, a path and a message.
//!
//! Input: an operation's name, a newline, then the request (cut at the first NUL, as a C
//! string would be); an unknown name picks an operation from the first byte.
#![no_main]

use std::ffi::{c_char, CStr, CString};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;

const KINDS: [&str; 10] = [
    "missing",
    "unknown_field",
    "wrong_type",
    "unknown_code",
    "out_of_range",
    "rule",
    "syntax",
    "limit",
    "not_found",
    "transition",
];

/// Takes a string steun handed out.
unsafe fn take(p: *mut c_char) -> String {
    assert!(!p.is_null());
    let s = unsafe { CStr::from_ptr(p) }.to_str().expect("UTF-8 out").to_owned();
    unsafe { ffi::steun_string_free(p) };
    s
}

fn last_error() -> serde_json::Value {
    let mut out: *mut c_char = ptr::null_mut();
    assert_eq!(unsafe { ffi::steun_last_error_json(&mut out) }, 0);
    serde_json::from_str(&unsafe { take(out) }).expect("the report is JSON")
}

fuzz_target!(|data: &[u8]| {
    let ops: Vec<&steun::op::Op> = steun::op::ops().collect();
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(0);
    let (head, rest) = data.split_at(split);
    let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
    let op = ops
        .iter()
        .find(|o| o.name.as_bytes() == head)
        .unwrap_or(&ops[data.first().copied().unwrap_or(0) as usize % ops.len()]);
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let request = CString::new(&rest[..end]).unwrap_or_default();
    let name = CString::new(op.name).unwrap();
    let mut out: *mut c_char = ptr::null_mut();
    let status = unsafe { ffi::steun_call(name.as_ptr(), request.as_ptr(), &mut out) };
    assert!(matches!(status, 0 | 2..=7), "status {status}");
    if status == 0 {
        let response = unsafe { take(out) };
        let _: serde_json::Value = serde_json::from_str(&response).expect("the response is JSON");
        assert!(last_error().is_null(), "a success clears the last error");
    } else {
        assert!(out.is_null(), "no output on failure");
        let report = last_error();
        assert!(report["code"].is_string() && report["message"].is_string(), "{report}");
        let issues = report["issues"].as_array().expect("issues");
        assert!(!issues.is_empty() && issues.len() <= steun::error::MAX_ISSUES, "{}", issues.len());
        for i in issues {
            assert!(KINDS.contains(&i["kind"].as_str().unwrap_or("")), "{i}");
            assert!(i["path"].is_string() && i["message"].is_string(), "{i}");
        }
    }
});
