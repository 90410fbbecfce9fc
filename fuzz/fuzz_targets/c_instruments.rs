//! Every instrument C function that takes a string (isolation, patterns, plans, signals,
//! urgency), fed arbitrary bytes (often not UTF-8): it returns a status and never panics or
//! leaks; on success the output is set (and freed here), on failure it is NULL and the last
//! error has a message.
//!
//! Input: a function's name, a newline, then its string arguments separated by NUL bytes
//! (a C string ends at NUL anyway); an unknown name picks a function from the first byte.
#![no_main]

use std::ffi::{c_char, c_int, CString};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;

/// The functions, by the name a seed starts with (the C name without `steun_`).
const FUNCTIONS: &[&str] = &[
    "isolation_classify_json",
    "isolation_decide_persistence_json",
    "isolation_check_interventions_json",
    "isolation_risk_groups_json",
    "isolation_type_json",
    "patterns_find_json",
    "pattern_validate_json",
    "pattern_address_json",
    "pattern_close_json",
    "plan_validate_json",
    "plan_render_json",
    "wmo_application_json",
    "plan_diff_json",
    "client_code",
    "report_attach_json",
    "case_list_json",
    "case_list_retain_json",
    "case_list_minimise_json",
    "urgency_assess_json",
    "urgency_assess_json_with_bands",
    "urgency_bands_from_json",
    "plan_has_errors_json",
];

unsafe fn take(status: c_int, out: *mut c_char) {
    if status == 0 {
        assert!(!out.is_null(), "output on success");
        unsafe { ffi::steun_string_free(out) };
    } else {
        assert!(out.is_null(), "no output on failure");
        assert!(!ffi::steun_last_error_message().is_null(), "an error message on failure");
    }
}

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(0);
    let (head, rest) = data.split_at(split);
    let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
    let name = FUNCTIONS
        .iter()
        .find(|f| f.as_bytes() == head)
        .unwrap_or(&FUNCTIONS[data.first().copied().unwrap_or(0) as usize % FUNCTIONS.len()]);
    // Split cannot leave a NUL inside a part, so CString::new cannot fail.
    let args: Vec<CString> = rest.split(|&b| b == 0).map(|p| CString::new(p).unwrap()).collect();
    let empty = CString::default();
    let arg = |i: usize| args.get(i).unwrap_or(&empty).as_ptr();
    let (a, b) = (arg(0), arg(1));
    let mut out: *mut c_char = ptr::null_mut();
    let o = &mut out;
    unsafe {
        let status = match *name {
            "isolation_classify_json" => ffi::steun_isolation_classify_json(a, o),
            "isolation_decide_persistence_json" => ffi::steun_isolation_decide_persistence_json(a, o),
            "isolation_check_interventions_json" => ffi::steun_isolation_check_interventions_json(a, o),
            "isolation_risk_groups_json" => ffi::steun_isolation_risk_groups_json(a, o),
            "isolation_type_json" => ffi::steun_isolation_type_json(a, o),
            "patterns_find_json" => {
                let k = args.get(1).and_then(|k| k.to_str().ok()?.trim().parse::<i64>().ok()).unwrap_or(3);
                ffi::steun_patterns_find_json(a, k, o)
            }
            "pattern_validate_json" => ffi::steun_pattern_validate_json(a, b, o),
            "pattern_address_json" => ffi::steun_pattern_address_json(a, b, o),
            "pattern_close_json" => ffi::steun_pattern_close_json(a, b, o),
            "plan_validate_json" => ffi::steun_plan_validate_json(a, o),
            "plan_render_json" => {
                let lang = if args.len() % 2 == 0 { ffi::SteunLang::En } else { ffi::SteunLang::Nl } as i32;
                ffi::steun_plan_render_json(a, lang, b, o)
            }
            "wmo_application_json" => ffi::steun_wmo_application_json(a, o),
            "plan_diff_json" => ffi::steun_plan_diff_json(a, b, o),
            "plan_has_errors_json" => {
                // A bool, not a string: left as it was on failure.
                let mut errors = 7u8;
                let status = ffi::steun_plan_has_errors_json(a, (&mut errors as *mut u8).cast::<bool>());
                if status == 0 {
                    assert!(errors <= 1, "a bool on success");
                } else {
                    assert_eq!(errors, 7, "untouched on failure");
                    assert!(!ffi::steun_last_error_message().is_null(), "an error message on failure");
                }
                return;
            }
            "client_code" => {
                let key = args.get(2).map(|k| k.as_bytes()).unwrap_or(b"");
                let key_ptr = if key.is_empty() { ptr::null() } else { key.as_ptr() };
                ffi::steun_client_code(a, b, key_ptr, key.len(), o)
            }
            "report_attach_json" => ffi::steun_report_attach_json(a, o),
            "case_list_json" => ffi::steun_case_list_json(a, b, o),
            "case_list_retain_json" => ffi::steun_case_list_retain_json(a, b, o),
            "case_list_minimise_json" => ffi::steun_case_list_minimise_json(a, o),
            "urgency_assess_json" => ffi::steun_urgency_assess_json(a, o),
            "urgency_assess_json_with_bands" => ffi::steun_urgency_assess_json_with_bands(a, b, o),
            _ => {
                // urgency_bands_from_json: a handle, not a string.
                let mut h = ptr::null_mut();
                let status = ffi::steun_urgency_bands_from_json(a, &mut h);
                if status == 0 {
                    assert!(!h.is_null(), "a handle on success");
                } else {
                    assert!(h.is_null(), "no handle on failure");
                }
                ffi::steun_urgency_bands_free(h);
                return;
            }
        };
        take(status, out);
    }
});
