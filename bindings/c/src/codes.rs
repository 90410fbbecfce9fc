//! Typed enum values and their wire codes, both ways, and the names of the statuses
//! (hand-written, generic over the core's catalogue: no list of enums here).

use std::ffi::{c_char, c_int, CStr, CString};
use std::panic::AssertUnwindSafe;
use std::sync::OnceLock;

use steun::error::{Issue, IssueKind};

use crate::boundary::{check_out, code_from_c_range, guard, read_str, Failure, SteunStatus};

/// Every enum's codes as C strings, built once: `steun_enum_code` hands out borrowed pointers.
fn codes() -> &'static [Vec<CString>] {
    static CODES: OnceLock<Vec<Vec<CString>>> = OnceLock::new();
    CODES.get_or_init(|| {
        steun::catalogue::ENUMS
            .iter()
            .map(|e| e.members.iter().map(|m| CString::new(m.code).unwrap_or_default()).collect())
            .collect()
    })
}

fn enum_index(name: &str) -> Result<usize, Failure> {
    let info = steun::catalogue::enum_named(name)?;
    Ok(steun::catalogue::ENUMS.iter().position(|e| e.name == info.name).unwrap_or(0))
}

/// The wire code of value `value` of enum `enum_name` (the type name, e.g. "UrgencyBand"):
/// `*code` is set to a static string, e.g. "consultation" for `STEUN_URGENCY_BAND_CONSULTATION`;
/// do not free it. A typed enum's value is the member's position in the core's order, which is
/// what the header's constants are; this works for every enum of `steun_catalogue_enums`. An
/// unknown enum is `STEUN_STATUS_NOT_FOUND`; a value out of range `STEUN_STATUS_INVALID_INPUT`
/// (path "value"). Use it for a value a newer library returns that your header does not
/// define. Thread-safe. Hand-written.
///
/// # Safety
/// `enum_name` is NULL or a NUL-terminated string; `code` is NULL or valid for writing a
/// `const char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_enum_code(enum_name: *const c_char, value: i32, code: *mut *const c_char) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(code, "code")?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(enum_name, "enum_name") }?;
        let codes = &codes()[enum_index(name)?];
        let i = code_from_c_range(value, || steun::Path::root().key("value"), codes.len())?;
        // SAFETY: checked non-null; the string is static.
        unsafe { code.write(codes[i].as_ptr()) };
        Ok(())
    }))
}

/// The typed value of wire code `code` of enum `enum_name`, e.g. ("UrgencyBand", "crisis")
/// gives `STEUN_URGENCY_BAND_CRISIS` in `*value`. An unknown enum is
/// `STEUN_STATUS_NOT_FOUND`; an unknown code `STEUN_STATUS_INVALID_INPUT` (path "code", the
/// codes listed, the code itself not repeated). `*value` is untouched on failure.
/// Thread-safe. Hand-written.
///
/// # Safety
/// `enum_name` and `code` are NULL or NUL-terminated strings; `value` is NULL or valid for
/// writing an `int32_t`.
#[no_mangle]
pub unsafe extern "C" fn steun_enum_value(enum_name: *const c_char, code: *const c_char, value: *mut i32) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(value, "value")?;
        // SAFETY: caller's contract.
        let name = unsafe { read_str(enum_name, "enum_name") }?;
        // SAFETY: caller's contract.
        let code = unsafe { read_str(code, "code") }?;
        let info = &steun::catalogue::ENUMS[enum_index(name)?];
        let i = info.members.iter().position(|m| m.code == code).ok_or_else(|| {
            let allowed: Vec<&str> = info.members.iter().map(|m| m.code).collect();
            Failure::from(steun::Error::Issues(vec![Issue {
                kind: IssueKind::UnknownCode,
                path: steun::Path::root().key("code"),
                message: format!("unknown code; allowed: {}", allowed.join(", ")),
            }]))
        })?;
        // SAFETY: checked non-null; the caller promises it is writable.
        unsafe { value.write(i as i32) };
        Ok(())
    }))
}

/// The header name of a status, e.g. "STEUN_STATUS_INVALID_INPUT" for 4; "unknown status"
/// for a value this library does not define. A static string: do not free it. Never fails,
/// leaves the last error as it is. Hand-written.
#[no_mangle]
pub extern "C" fn steun_status_name(status: c_int) -> *const c_char {
    const NAMES: [(SteunStatus, &CStr); 9] = [
        (SteunStatus::Ok, c"STEUN_STATUS_OK"),
        (SteunStatus::NullPointer, c"STEUN_STATUS_NULL_POINTER"),
        (SteunStatus::InvalidUtf8, c"STEUN_STATUS_INVALID_UTF8"),
        (SteunStatus::MalformedJson, c"STEUN_STATUS_MALFORMED_JSON"),
        (SteunStatus::InvalidInput, c"STEUN_STATUS_INVALID_INPUT"),
        (SteunStatus::NotFound, c"STEUN_STATUS_NOT_FOUND"),
        (SteunStatus::InvalidTransition, c"STEUN_STATUS_INVALID_TRANSITION"),
        (SteunStatus::LimitExceeded, c"STEUN_STATUS_LIMIT_EXCEEDED"),
        (SteunStatus::Panic, c"STEUN_STATUS_PANIC"),
    ];
    NAMES.iter().find(|(s, _)| *s as c_int == status).map_or(c"unknown status", |(_, n)| n).as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_are_the_header_constants() {
        let header = include_str!("../include/steun.h");
        for v in [0, 1, 2, 3, 4, 5, 6, 7, 99] {
            // SAFETY: a static string.
            let name = unsafe { CStr::from_ptr(steun_status_name(v)) }.to_str().unwrap();
            assert!(header.contains(&format!("  {name} = {v},\n")), "{name} = {v}");
        }
        // SAFETY: as above.
        assert_eq!(unsafe { CStr::from_ptr(steun_status_name(8)) }.to_str().unwrap(), "unknown status");
    }

    #[test]
    fn codes_and_values_round_trip_for_every_enum() {
        for e in steun::catalogue::ENUMS {
            let name = CString::new(e.name).unwrap();
            for (i, m) in e.members.iter().enumerate() {
                let mut code: *const c_char = std::ptr::null();
                // SAFETY: live locals.
                assert_eq!(unsafe { steun_enum_code(name.as_ptr(), i as i32, &mut code) }, 0);
                // SAFETY: a static string from steun.
                assert_eq!(unsafe { CStr::from_ptr(code) }.to_str().unwrap(), m.code);
                let c = CString::new(m.code).unwrap();
                let mut v = -1;
                // SAFETY: live locals.
                assert_eq!(unsafe { steun_enum_value(name.as_ptr(), c.as_ptr(), &mut v) }, 0);
                assert_eq!(v, i as i32);
            }
        }
    }
}
