//! The panic boundary, status codes, the thread-local last error, and string passing.
//!
//! Every exported function runs its body through [`guard`]: a panic becomes
//! `STEUN_STATUS_PANIC`, a null pointer `STEUN_STATUS_NULL_POINTER`, invalid UTF-8
//! `STEUN_STATUS_INVALID_UTF8`; the human text goes to the calling thread's last error.

use std::cell::RefCell;
use std::ffi::{c_char, c_int, CStr, CString};
use std::panic::{catch_unwind, UnwindSafe};

/// The status every function returns (as an `int`): 0 is success.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunStatus {
    /// Success.
    Ok = 0,
    /// A pointer argument was NULL.
    NullPointer = 1,
    /// A string argument was not valid UTF-8.
    InvalidUtf8 = 2,
    /// The JSON text was not well-formed.
    MalformedJson = 3,
    /// A field was missing, unknown, of the wrong type, or broke a rule.
    InvalidInput = 4,
    /// An unknown name: enum, code, schema, reference set.
    NotFound = 5,
    /// A state change the process does not allow.
    InvalidTransition = 6,
    /// The input was larger or deeper than steun accepts.
    LimitExceeded = 7,
    /// A bug in steun: a panic was caught at the boundary. Please report it.
    Panic = 99,
}

/// Why a call failed: the core's error, or a failure of the C boundary itself (a NULL, bad
/// UTF-8, a caught panic) with its status and message.
pub(crate) enum Failure {
    Core(steun::Error),
    Boundary(SteunStatus, String),
}

impl Failure {
    pub(crate) fn new(status: SteunStatus, message: impl Into<String>) -> Self {
        Failure::Boundary(status, message.into())
    }

    /// The status a function returns for this failure.
    pub(crate) fn status(&self) -> SteunStatus {
        match self {
            Failure::Core(e) => status_of(e),
            Failure::Boundary(status, _) => *status,
        }
    }
}

impl From<steun::Error> for Failure {
    fn from(e: steun::Error) -> Self {
        Failure::Core(e)
    }
}

fn status_of(e: &steun::Error) -> SteunStatus {
    match e.code() {
        "syntax" => SteunStatus::MalformedJson,
        "not_found" => SteunStatus::NotFound,
        "transition" => SteunStatus::InvalidTransition,
        "limit" => SteunStatus::LimitExceeded,
        _ => SteunStatus::InvalidInput,
    }
}

struct LastError {
    status: SteunStatus,
    message: CString,
    path: CString,
    error: Option<steun::Error>,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<LastError>> = const { RefCell::new(None) };
}

fn c_string_lossy(s: String) -> CString {
    // Messages are ours and contain no NUL; should one ever appear, drop it rather than fail.
    CString::new(s.replace('\0', "")).unwrap_or_default()
}

/// Replaces this thread's last error (None clears it).
fn store(entry: Option<LastError>) {
    // try_with: during thread teardown the slot may be gone; the status still tells.
    let _ = LAST_ERROR.try_with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            if slot.is_some() || entry.is_some() {
                *slot = entry;
            }
        }
    });
}

fn set_last_error(f: Failure) -> c_int {
    let entry = match f {
        Failure::Core(e) => {
            let path = e.path().filter(|p| !p.is_root()).map(ToString::to_string).unwrap_or_default();
            LastError {
                status: status_of(&e),
                message: c_string_lossy(e.to_string()),
                path: c_string_lossy(path),
                error: Some(e),
            }
        }
        Failure::Boundary(status, message) => {
            LastError { status, message: c_string_lossy(message), path: CString::default(), error: None }
        }
    };
    let status = entry.status;
    store(Some(entry));
    status as c_int
}

/// Runs `body` behind the panic boundary and turns its outcome into a status code; success
/// clears the thread's last error, failure sets it.
pub(crate) fn guard<F>(body: F) -> c_int
where
    F: FnOnce() -> Result<(), Failure> + UnwindSafe,
{
    match catch_unwind(body) {
        Ok(Ok(())) => {
            store(None);
            SteunStatus::Ok as c_int
        }
        Ok(Err(f)) => set_last_error(f),
        Err(_) => set_last_error(Failure::new(
            SteunStatus::Panic,
            "internal error in steun (a caught panic); please report this as a bug",
        )),
    }
}

/// The last error's message or path on this thread, as a borrowed C string.
pub(crate) fn last_error_field(path: bool) -> *const c_char {
    static EMPTY: &CStr = c"";
    LAST_ERROR
        .try_with(|slot| match slot.try_borrow() {
            Ok(slot) => match slot.as_ref() {
                Some(e) if path => e.path.as_ptr(),
                Some(e) => e.message.as_ptr(),
                None => EMPTY.as_ptr(),
            },
            Err(_) => EMPTY.as_ptr(),
        })
        .unwrap_or(EMPTY.as_ptr())
}

/// The last error on this thread as the core's error report (`steun::Error::report_json`), or
/// None when the last call succeeded. Failures only the C boundary knows (a NULL, bad UTF-8,
/// a caught panic) get the same shape, with their status's name as `code`.
pub(crate) fn last_error_report() -> Option<String> {
    LAST_ERROR
        .try_with(|slot| {
            let slot = slot.try_borrow().ok()?;
            let e = slot.as_ref()?;
            if let Some(error) = &e.error {
                return Some(error.report_json());
            }
            let message = e.message.to_string_lossy().into_owned();
            let (code, issues) = match e.status {
                SteunStatus::NullPointer => ("null_pointer", vec![("missing", message.clone())]),
                SteunStatus::InvalidUtf8 => ("invalid_utf8", vec![("syntax", message.clone())]),
                SteunStatus::Panic => ("panic", vec![]),
                _ => ("invalid", vec![("rule", message.clone())]),
            };
            let issues: Vec<serde_json::Value> = issues
                .into_iter()
                .map(|(kind, m)| serde_json::json!({"kind": kind, "path": "", "message": m}))
                .collect();
            Some(serde_json::json!({"code": code, "message": message, "issues": issues}).to_string())
        })
        .ok()
        .flatten()
}

/// Reads a NUL-terminated UTF-8 argument.
///
/// # Safety
/// `ptr` is NULL or points to a NUL-terminated string that outlives the call.
pub(crate) unsafe fn read_str<'a>(ptr: *const c_char, name: &str) -> Result<&'a str, Failure> {
    if ptr.is_null() {
        return Err(Failure::new(SteunStatus::NullPointer, format!("argument `{name}` is NULL")));
    }
    // SAFETY: non-null and NUL-terminated by the caller's contract.
    let bytes = unsafe { CStr::from_ptr(ptr) };
    bytes.to_str().map_err(|_| Failure::new(SteunStatus::InvalidUtf8, format!("argument `{name}` is not valid UTF-8")))
}

/// Reads a value `0..len` passed as a plain integer; else `STEUN_STATUS_INVALID_INPUT` at
/// `path` naming the range.
#[inline]
pub(crate) fn code_from_c_range(value: i32, path: impl FnOnce() -> steun::Path, len: usize) -> Result<usize, Failure> {
    usize::try_from(value)
        .ok()
        .filter(|&i| i < len)
        .ok_or_else(|| out_of_range(path(), format!("expected a whole number from 0 to {}", len.saturating_sub(1))))
}

/// Reads a C enum value passed as a plain integer: `names[i]` is the header constant of value
/// `i`. Out of range is `STEUN_STATUS_INVALID_INPUT` at `path`, naming every allowed value.
pub(crate) fn code_from_c(value: i32, path: impl FnOnce() -> steun::Path, names: &[&str]) -> Result<usize, Failure> {
    usize::try_from(value).ok().filter(|&i| i < names.len()).ok_or_else(|| {
        let allowed: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{i} ({n})")).collect();
        let list = match allowed.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::from("nothing"),
        };
        out_of_range(path(), format!("expected {list}"))
    })
}

fn out_of_range(path: steun::Path, message: String) -> Failure {
    Failure::from(steun::Error::Issues(vec![steun::error::Issue {
        kind: steun::error::IssueKind::OutOfRange,
        path,
        message,
    }]))
}

/// Reads a C flag passed as a byte: 0 or 1, anything else is `STEUN_STATUS_INVALID_INPUT`.
#[inline]
pub(crate) fn flag_from_c(value: u8, path: impl FnOnce() -> steun::Path) -> Result<bool, Failure> {
    match value {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(out_of_range(path(), String::from("expected 0 (false) or 1 (true)"))),
    }
}

/// The largest `struct_size` steun reads: a guard against a size left unset.
pub(crate) const MAX_STRUCT_SIZE: u32 = 4096;

fn size_error(path: steun::Path, min: u32) -> Failure {
    out_of_range(path, format!("expected the struct's sizeof, from {min} to {MAX_STRUCT_SIZE} bytes"))
}

/// Reads a caller's struct that starts with `uint32_t struct_size`: at least `min` bytes (the
/// first layout); of a larger struct (a newer header) the bytes past what this library knows
/// must be zero, since it cannot honour fields it does not know. A smaller known layout
/// would read its missing fields as zero.
///
/// # Safety
/// `ptr` is non-null and readable for its `struct_size` bytes; every bit pattern of `T` is
/// valid (integers only) and `T` starts with a `u32`.
#[inline]
pub(crate) unsafe fn read_sized<T: Copy>(ptr: *const T, min: u32, path: &str) -> Result<T, Failure> {
    // SAFETY: the first four bytes are readable (caller's contract).
    let size = unsafe { ptr.cast::<u32>().read_unaligned() };
    if size < min || size > MAX_STRUCT_SIZE {
        return Err(size_error(steun::Path::root().key(path), min));
    }
    let (size, known) = (size as usize, size_of::<T>());
    if size == known {
        // The common case, a caller built against this header: one plain read.
        // SAFETY: `size` bytes are readable (caller's contract); every bit pattern is valid.
        return Ok(unsafe { ptr.read_unaligned() });
    }
    // SAFETY: `size` bytes are readable (caller's contract).
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), size) };
    if bytes.get(known..).is_some_and(|tail| tail.iter().any(|&b| b != 0)) {
        return Err(out_of_range(
            steun::Path::root().key(path),
            format!("the struct has {size} bytes and this library knows {known}: the fields past them must be zero"),
        ));
    }
    let mut value = std::mem::MaybeUninit::<T>::zeroed();
    // SAFETY: both hold at least size.min(known) bytes; they do not overlap.
    unsafe { std::ptr::copy_nonoverlapping(ptr.cast::<u8>(), value.as_mut_ptr().cast::<u8>(), size.min(known)) };
    // SAFETY: zeroed then overwritten with caller bytes; every bit pattern is valid.
    Ok(unsafe { value.assume_init() })
}

/// How many bytes of the caller's output struct steun may write: its `struct_size` (at least
/// `min`), at most what this library knows. Checked before any work is done.
///
/// # Safety
/// `out` is non-null and its first four bytes are readable.
#[inline]
pub(crate) unsafe fn out_size<T>(out: *mut T, min: u32) -> Result<usize, Failure> {
    // SAFETY: readable (caller's contract).
    let size = unsafe { out.cast::<u32>().read_unaligned() };
    if size < min || size > MAX_STRUCT_SIZE {
        return Err(size_error(steun::Path::root().key("out").key("struct_size"), min));
    }
    Ok((size as usize).min(size_of::<T>()))
}

/// Writes the first `room` bytes of `value` to `out` and sets `out->struct_size` to `room`.
///
/// # Safety
/// `out` is writable for `room` bytes (from [`out_size`]); `T` starts with a `u32`.
#[inline]
pub(crate) unsafe fn write_sized<T>(out: *mut T, value: T, room: usize) {
    if room == size_of::<T>() {
        // The common case, a caller built against this header: one plain write.
        // SAFETY: writable for `room` bytes (caller's contract); `T` starts with a `u32`.
        unsafe {
            out.write_unaligned(value);
            out.cast::<u32>().write_unaligned(room as u32);
        }
        return;
    }
    // SAFETY: `room` <= size_of::<T>() bytes of a live value, to memory the caller provided.
    unsafe {
        std::ptr::copy_nonoverlapping((&value as *const T).cast::<u8>(), out.cast::<u8>(), room);
        out.cast::<u32>().write_unaligned(room as u32);
    }
}

/// Reserved bytes must be zero: a later version may give them a meaning.
#[inline]
pub(crate) fn reserved_zero(bytes: &[u8]) -> Result<(), Failure> {
    if bytes.iter().all(|&b| b == 0) {
        Ok(())
    } else {
        Err(out_of_range(steun::Path::root().key("reserved"), String::from("expected 0 in every byte")))
    }
}

/// Checks an out-pointer before any work is done.
pub(crate) fn check_out<T>(out: *mut T, name: &str) -> Result<(), Failure> {
    if out.is_null() {
        Err(Failure::new(SteunStatus::NullPointer, format!("argument `{name}` is NULL")))
    } else {
        Ok(())
    }
}

/// Hands a string to the caller through `out`; the caller frees it with `steun_string_free`.
///
/// # Safety
/// `out` was checked with [`check_out`] and is valid for a write.
pub(crate) unsafe fn write_string(out: *mut *mut c_char, s: String) -> Result<(), Failure> {
    let c = CString::new(s).map_err(|_| {
        Failure::new(SteunStatus::InvalidInput, "the output contains a NUL character, which a C string cannot hold")
    })?;
    // SAFETY: checked non-null by the caller of this helper.
    unsafe { *out = c.into_raw() };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_status_and_a_message() {
        let status = guard(|| panic!("boom"));
        assert_eq!(status, SteunStatus::Panic as c_int);
        // SAFETY: the pointer is to the thread-local message, valid until the next failure.
        let msg = unsafe { CStr::from_ptr(last_error_field(false)) }.to_str().unwrap();
        assert!(msg.contains("internal error"), "{msg}");
    }

    #[test]
    fn errors_map_to_statuses_and_keep_the_path() {
        let status = guard(|| Err(steun::Error::invalid(steun::Path::parse("a.b[1]"), "bad").into()));
        assert_eq!(status, SteunStatus::InvalidInput as c_int);
        // SAFETY: as above.
        let path = unsafe { CStr::from_ptr(last_error_field(true)) }.to_str().unwrap();
        assert_eq!(path, "a.b[1]");
    }

    #[test]
    fn codes_out_of_range_name_the_field_and_every_value() {
        let names = ["STEUN_LANG_NL", "STEUN_LANG_EN"];
        assert_eq!(code_from_c(1, || steun::Path::root().key("lang"), &names).ok(), Some(1));
        for v in [-1, 2, 255, 65536, i32::MIN, i32::MAX] {
            let status = guard(|| code_from_c(v, || steun::Path::root().key("lang"), &names).map(drop));
            assert_eq!(status, SteunStatus::InvalidInput as c_int);
            // SAFETY: as above.
            let msg = unsafe { CStr::from_ptr(last_error_field(false)) }.to_str().unwrap();
            assert_eq!(msg, "lang: expected 0 (STEUN_LANG_NL) or 1 (STEUN_LANG_EN)");
        }
        assert_eq!(flag_from_c(1, steun::Path::root).ok(), Some(true));
        assert!(flag_from_c(2, steun::Path::root).is_err());
    }

    #[test]
    fn last_error_is_per_thread() {
        guard(|| Err(Failure::new(SteunStatus::NotFound, "main thread")));
        std::thread::spawn(|| {
            // SAFETY: as above.
            let msg = unsafe { CStr::from_ptr(last_error_field(false)) }.to_str().unwrap();
            assert_eq!(msg, "");
        })
        .join()
        .unwrap();
    }
}
