//! Every exported `steun_*` function, called as a C host could call it (the generated
//! per-operation functions through `steun_call`, whose body they share, with every operation
//! of the registry): arbitrary integers for every integer parameter (`lang`, `key_len` within
//! the key),
//! input structs built from raw fuzzer bytes (not from valid Rust values, so out-of-range enum
//! codes, flag bytes and reserved bytes arrive) in a host buffer whose `struct_size` is
//! mostly right and sometimes fuzzed, with fuzzed bytes past the struct (a newer header's
//! fields), output structs with fuzzed `struct_size` too, arbitrary NUL-terminated
//! strings, and NULL for any pointer. Checked: never a caught panic (STEUN_STATUS_PANIC), a
//! known status, an error message on failure with outputs untouched, outputs set and freed on
//! success, typed results whose codes are in range, and a typed call succeeds exactly when
//! its input is valid; an out-of-range `lang` is always INVALID_INPUT at path "lang"; the
//! last error is cleared by a success and `steun_last_error_json` agrees with the status.
//!
//! Input: a selector byte (the function), a byte of NULL bits, then the arguments in order:
//! an i32/i64 is 4/8 little-endian bytes, a struct its size in bytes, a string a u16 length
//! (0xFFFF: the rest) and that many bytes, cut at the first NUL. Missing bytes read as 0.
#![no_main]

use std::ffi::{c_char, c_int, CStr, CString};
use std::mem::size_of;
use std::ptr;

use libfuzzer_sys::fuzz_target;
use steun_ffi as ffi;
use steun_ffi::{SteunIsolationInput, SteunIsolationResult, SteunStatus, SteunUrgencyInput, SteunUrgencyResult};

struct Bytes<'a> {
    data: &'a [u8],
}

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize) -> &'a [u8] {
        let (head, rest) = self.data.split_at(n.min(self.data.len()));
        self.data = rest;
        head
    }

    fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut a = [0u8; N];
        let head = self.take(N);
        a[..head.len()].copy_from_slice(head);
        a
    }

    fn i32(&mut self) -> i32 {
        i32::from_le_bytes(self.array())
    }

    fn string(&mut self) -> CString {
        let n = u16::from_le_bytes(self.array());
        let bytes = if n == u16::MAX { self.take(self.data.len()) } else { self.take(usize::from(n)) };
        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        // Cut at the first NUL, so new cannot fail.
        CString::new(&bytes[..end]).unwrap_or_default()
    }
}

fn ptr_or_null(s: &CString, null: bool) -> *const c_char {
    if null {
        ptr::null()
    } else {
        s.as_ptr()
    }
}

const STATUSES: [SteunStatus; 8] = [
    SteunStatus::Ok,
    SteunStatus::NullPointer,
    SteunStatus::InvalidUtf8,
    SteunStatus::MalformedJson,
    SteunStatus::InvalidInput,
    SteunStatus::NotFound,
    SteunStatus::InvalidTransition,
    SteunStatus::LimitExceeded,
];

fn check_status(status: c_int) {
    assert_ne!(status, SteunStatus::Panic as c_int, "a caught panic: {}", last_message());
    assert!(STATUSES.iter().any(|s| *s as c_int == status), "unknown status {status}");
    if status != 0 {
        assert!(!last_message().is_empty(), "an error message on failure");
    }
}

fn last_message() -> String {
    // SAFETY: a borrowed NUL-terminated string, valid until the next failing call.
    unsafe { CStr::from_ptr(ffi::steun_last_error_message()) }.to_string_lossy().into_owned()
}

fn last_path() -> String {
    // SAFETY: as above.
    unsafe { CStr::from_ptr(ffi::steun_last_error_path()) }.to_string_lossy().into_owned()
}

/// A string call: status checked, output set and freed on success, NULL on failure.
unsafe fn take(status: c_int, out: *mut c_char) {
    check_status(status);
    if status == 0 {
        assert!(!out.is_null(), "output on success");
        // SAFETY: a string from steun, freed once.
        unsafe { ffi::steun_string_free(out) };
    } else {
        assert!(out.is_null(), "no output on failure");
    }
}

/// A string-out call with a NULL-able out pointer.
unsafe fn call_out(null_out: bool, f: impl FnOnce(*mut *mut c_char) -> c_int) -> c_int {
    let mut out: *mut c_char = ptr::null_mut();
    let status = f(if null_out { ptr::null_mut() } else { &mut out });
    if null_out {
        check_status(status);
        assert_eq!(status, SteunStatus::NullPointer as c_int, "NULL out is NULL_POINTER");
    } else {
        // SAFETY: forwarded.
        unsafe { take(status, out) };
    }
    status
}

/// An out-of-range `lang` with every pointer set is INVALID_INPUT at "lang".
fn check_lang(lang: i32, pointers_set: bool, status: c_int) {
    if !(0..=1).contains(&lang) && pointers_set {
        assert_eq!(status, SteunStatus::InvalidInput as c_int, "lang {lang}");
        assert_eq!(last_path(), "lang");
        assert_eq!(last_message(), "lang: expected 0 (STEUN_LANG_NL) or 1 (STEUN_LANG_EN)");
    }
}

/// The most `struct_size` steun reads, and the buffer a host struct lives in here.
const MAX_STRUCT: usize = 4096;

/// A host's struct that starts with `uint32_t struct_size`, in a 4 KiB aligned buffer: its
/// bytes from the fuzzer, its `struct_size` mostly `sizeof(T)`, sometimes fuzzed, and
/// sometimes with fuzzed bytes past `sizeof(T)` (fields of a newer header).
struct Host<T> {
    buf: Box<[u32; MAX_STRUCT / 4 + 1]>,
    _t: std::marker::PhantomData<T>,
}

impl<T: Copy> Host<T> {
    fn bytes(&mut self) -> &mut [u8] {
        // SAFETY: the u32 array viewed as bytes.
        unsafe { std::slice::from_raw_parts_mut(self.buf.as_mut_ptr().cast::<u8>(), MAX_STRUCT + 4) }
    }

    /// An input: fields from the fuzzer.
    fn input(b: &mut Bytes) -> Self {
        let mode = b.array::<1>()[0];
        let mut h = Host { buf: Box::new([0; MAX_STRUCT / 4 + 1]), _t: std::marker::PhantomData };
        let n = size_of::<T>();
        let fields = b.take(n);
        h.bytes()[..fields.len()].copy_from_slice(fields);
        let size = match mode % 8 {
            0 => u32::from_le_bytes(h.bytes()[..4].try_into().unwrap()),
            1 => u32::from_le_bytes(b.array()) % (MAX_STRUCT as u32 + 8),
            2 => {
                let tail = b.array::<4>();
                h.bytes()[n..n + 4].copy_from_slice(&tail);
                (n + 4) as u32
            }
            _ => n as u32,
        };
        h.bytes()[..4].copy_from_slice(&size.to_le_bytes());
        h
    }

    /// An output: a sentinel, and a `struct_size` mostly `sizeof(T)`.
    fn output(b: &mut Bytes) -> Self {
        let mode = b.array::<1>()[0];
        let mut h = Host { buf: Box::new([0x5a5a_5a5a; MAX_STRUCT / 4 + 1]), _t: std::marker::PhantomData };
        let size = match mode % 8 {
            0 => u32::from_le_bytes(b.array()) % (MAX_STRUCT as u32 + 8),
            1 => (size_of::<T>() + 8) as u32,
            _ => size_of::<T>() as u32,
        };
        h.bytes()[..4].copy_from_slice(&size.to_le_bytes());
        h
    }

    fn size(&self) -> usize {
        self.buf[0] as usize
    }

    /// Whether steun should accept this `struct_size`: at least its layout, at most 4 KiB,
    /// and (inputs) zero past the layout it knows.
    fn size_ok(&mut self, input: bool) -> bool {
        self.size_ok_from(input, size_of::<T>())
    }

    /// As `size_ok`, for a struct that grew: any `struct_size` from its first layout `min`.
    fn size_ok_from(&mut self, input: bool, min: usize) -> bool {
        let (size, n) = (self.size(), size_of::<T>());
        size >= min && size <= MAX_STRUCT && (!input || self.bytes()[n.min(size)..size].iter().all(|&x| x == 0))
    }

    fn ptr(&mut self) -> *mut T {
        self.buf.as_mut_ptr().cast::<T>()
    }

    fn value(&mut self) -> T {
        // SAFETY: the buffer is aligned for u32 and T (integers only) and holds sizeof(T) bytes.
        unsafe { ptr::read(self.ptr()) }
    }
}

fn urgency_valid(i: &SteunUrgencyInput) -> bool {
    [i.safety, i.health, i.wellbeing, i.duration].iter().all(|v| (0..4).contains(v))
        && i.minors_involved <= 1
        && i.over_75_involved <= 1
        && i.persons >= 1
        && i.reserved == [0, 0]
}

/// `room`: the bytes the caller's `struct_size` gave (at least the 84-byte first layout).
fn check_urgency_result(r: &SteunUrgencyResult, room: usize) {
    assert!(r.score == r.score_min && r.score_min <= r.score_max && r.score_max <= r.max_score && r.max_score == 10);
    assert!((0..4).contains(&r.band) && (0..4).contains(&r.report_action) && (0..2).contains(&r.reporter_action));
    assert!(r.band_from <= r.band_to && r.needs_consultation <= 1 && r.reserved == 0);
    let n = size_of::<SteunUrgencyResult>();
    assert_eq!(r.struct_size as usize, room.min(n));
    if room >= n {
        // The worst case is never below the band of the known evidence (urgency 2.0.0).
        assert!((0..4).contains(&r.worst_band) && r.band <= r.worst_band);
    } else {
        assert_eq!(r.worst_band, 0x5a5a_5a5a, "worst_band is past the caller's struct");
    }
    for (n, c) in r.breakdown.iter().enumerate() {
        assert_eq!(c.criterion, n as i32);
        assert!((0..11).contains(&c.answer) && c.points_known <= 1 && c.points_min <= c.points_max);
    }
}

fn check_isolation_result(r: &SteunIsolationResult) {
    assert!((0..8).contains(&r.isolation_type) && (1..=4).contains(&r.category));
    let count = r.intervention_count as usize;
    assert!(count >= 1 && count <= ffi::STEUN_ISOLATION_MAX_INTERVENTIONS);
    assert!(r.interventions[..count].iter().all(|i| (0..13).contains(i)));
    assert!(r.interventions[count..].iter().all(|&i| i == 0));
    assert!((0..2).contains(&r.trajectory_length) && (0..3).contains(&r.trajectory_intensity));
    assert!((0..3).contains(&r.volunteer));
    assert!(r.participation_interventions_realistic <= 1 && r.network_case <= 1 && r.reserved == 0);
    assert_eq!(r.struct_size as usize, size_of::<SteunIsolationResult>());
}

/// The typed calls' order of checks: NULLs, the output's size, the input's size, the fields.
fn typed_oracle(status: c_int, nulls: bool, out_ok: bool, in_ok: bool, fields_ok: bool) {
    check_status(status);
    check_report(status);
    let want = if nulls {
        SteunStatus::NullPointer
    } else if !out_ok || !in_ok || !fields_ok {
        SteunStatus::InvalidInput
    } else {
        SteunStatus::Ok
    };
    assert_eq!(status, want as c_int, "{}", last_message());
    if !nulls && !out_ok {
        assert_eq!(last_path(), "out.struct_size");
    } else if !nulls && !in_ok {
        assert_eq!(last_path(), "struct_size");
    } else if status != 0 && !nulls {
        assert!(!last_path().is_empty(), "the field is named");
    }
}

/// Runs one typed urgency call into a sentinel-filled result; checks the oracle.
unsafe fn urgency_typed(
    b: &mut Bytes,
    null_in: bool,
    null_out: bool,
    f: impl FnOnce(*const SteunUrgencyInput, *mut SteunUrgencyResult) -> c_int,
) {
    let mut input = Host::<SteunUrgencyInput>::input(b);
    let mut out = Host::<SteunUrgencyResult>::output(b);
    let inp: *const SteunUrgencyInput = if null_in { ptr::null() } else { input.ptr() };
    let status = f(inp, if null_out { ptr::null_mut() } else { out.ptr() });
    let fields_ok = urgency_valid(&input.value());
    let v1 = ffi::STEUN_URGENCY_RESULT_SIZE_V1 as usize;
    typed_oracle(status, null_in || null_out, out.size_ok_from(false, v1), input.size_ok(true), fields_ok);
    let n = size_of::<SteunUrgencyResult>();
    if status == 0 {
        let room = if out.size() >= n { n } else { v1 }; // whole layouts only
        check_urgency_result(&out.value(), room);
        assert!(out.bytes()[room..n + 4].iter().all(|&x| x == 0x5a), "nothing written past the struct");
    } else {
        assert!(out.bytes()[4..n].iter().all(|&x| x == 0x5a), "untouched on failure");
    }
}

/// After a call: `steun_last_error_json` is "null" exactly when it succeeded.
fn check_report(status: c_int) {
    let mut out: *mut c_char = ptr::null_mut();
    // SAFETY: a valid out pointer.
    assert_eq!(unsafe { ffi::steun_last_error_json(&mut out) }, 0);
    // SAFETY: a string from steun, freed once.
    let report = unsafe { CStr::from_ptr(out) }.to_str().expect("UTF-8").to_owned();
    unsafe { ffi::steun_string_free(out) };
    assert_eq!(report == "null", status == 0, "{report}");
    if status == 0 {
        assert!(last_message().is_empty() && last_path().is_empty(), "cleared by the success");
    } else {
        let v: serde_json::Value = serde_json::from_str(&report).expect("JSON");
        assert!(v["code"].is_string() && v["issues"].is_array(), "{report}");
    }
}

const FUNCTIONS: u8 = 10;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Some((&nulls, rest)) = rest.split_first() else { return };
    let mut b = Bytes { data: rest };
    // Whether pointer argument `i` is NULL.
    let no = |i: u32| nulls & (1 << (i % 8)) != 0;
    unsafe {
        match selector % FUNCTIONS {
            0 => {
                // Argument-less functions and NULL frees.
                assert!(!ffi::steun_version().is_null());
                assert_eq!(ffi::steun_version_number(), ffi::STEUN_VERSION_NUMBER);
                assert!(!ffi::steun_last_error_message().is_null() && !ffi::steun_last_error_path().is_null());
                ffi::steun_string_free(ptr::null_mut());
                ffi::steun_urgency_bands_free(ptr::null_mut());
                let s = call_out(no(0), |o| ffi::steun_ops_json(o));
                check_report(s);
                assert_eq!(ffi::steun_last_error_json(ptr::null_mut()), SteunStatus::NullPointer as c_int);
            }
            1 => {
                // Any operation name, any request.
                let (op, request) = (b.string(), b.string());
                let s = call_out(no(2), |o| ffi::steun_call(ptr_or_null(&op, no(0)), ptr_or_null(&request, no(1)), o));
                check_report(s);
            }
            2 => {
                // A registered operation, any request.
                let ops: Vec<&steun::op::Op> = steun::op::ops().collect();
                let op = ops[usize::from(b.array::<1>()[0]) % ops.len()];
                let name = CString::new(op.name).unwrap();
                let request = b.string();
                let s = call_out(no(1), |o| ffi::steun_call(name.as_ptr(), ptr_or_null(&request, no(0)), o));
                check_report(s);
            }
            3 => {
                let lang = b.i32();
                let mut input = Host::<SteunUrgencyInput>::input(&mut b);
                let (nin, nout) = (no(0), no(1));
                let inp: *const SteunUrgencyInput = if nin { ptr::null() } else { input.ptr() };
                let s = call_out(nout, |o| ffi::steun_urgency_explain(inp, lang, o));
                check_lang(lang, !(nin || nout), s);
                if !nin && !nout && (0..=1).contains(&lang) {
                    let valid = input.size_ok(true) && urgency_valid(&input.value());
                    assert_eq!(s == 0, valid, "explain succeeds exactly on valid input");
                }
                check_report(s);
            }
            4 => urgency_typed(&mut b, no(0), no(1), |i, o| ffi::steun_urgency_assess(i, o)),
            5 => {
                let json = b.string();
                let mut bands = ptr::null_mut();
                let s = ffi::steun_urgency_bands_from_json(ptr_or_null(&json, no(2)), &mut bands);
                check_status(s);
                assert_eq!(s == 0, !bands.is_null());
                if s == 0 {
                    urgency_typed(&mut b, no(0), no(1), |i, o| ffi::steun_urgency_assess_with(i, bands, o));
                } else {
                    let mut input = Host::<SteunUrgencyInput>::input(&mut b);
                    let mut out = Host::<SteunUrgencyResult>::output(&mut b);
                    let s = ffi::steun_urgency_assess_with(input.ptr(), ptr::null(), out.ptr());
                    assert_eq!(s, SteunStatus::NullPointer as c_int);
                }
                ffi::steun_urgency_bands_free(bands);
            }
            6 => {
                let mut input = Host::<SteunIsolationInput>::input(&mut b);
                let mut out = Host::<SteunIsolationResult>::output(&mut b);
                let (nin, nout) = (no(0), no(1));
                let inp: *const SteunIsolationInput = if nin { ptr::null() } else { input.ptr() };
                let s = ffi::steun_isolation_classify(inp, if nout { ptr::null_mut() } else { out.ptr() });
                let v = input.value();
                let fields_ok =
                    (0..4).contains(&v.persistence) && v.participation_oriented <= 1 && v.reserved == [0; 3];
                typed_oracle(s, nin || nout, out.size_ok(false), input.size_ok(true), fields_ok);
                let n = size_of::<SteunIsolationResult>();
                if s == 0 {
                    check_isolation_result(&out.value());
                    assert!(out.bytes()[n..n + 4].iter().all(|&x| x == 0x5a), "nothing written past the struct");
                } else {
                    assert!(out.bytes()[4..n].iter().all(|&x| x == 0x5a), "untouched on failure");
                }
                if s != 0 && !nin && !nout && out.size_ok(false) && input.size_ok(true) {
                    let path = last_path();
                    assert!(["persistence", "participation_oriented", "reserved"].contains(&path.as_str()), "{path}");
                }
            }
            8 => {
                // Enum codes and values both ways; status names for any int.
                let value = b.i32();
                let (name, code) = (b.string(), b.string());
                let mut c: *const c_char = ptr::null();
                let s = ffi::steun_enum_code(
                    ptr_or_null(&name, no(0)),
                    value,
                    if no(1) { ptr::null_mut() } else { &mut c },
                );
                check_status(s);
                check_report(s);
                assert_eq!(s == 0, !c.is_null());
                if s == 0 {
                    let mut back = -1;
                    assert_eq!(ffi::steun_enum_value(name.as_ptr(), c, &mut back), 0);
                    assert_eq!(back, value, "the round trip");
                }
                let mut v = 0x5a5a;
                let s = ffi::steun_enum_value(
                    ptr_or_null(&name, no(2)),
                    ptr_or_null(&code, no(3)),
                    if no(4) { ptr::null_mut() } else { &mut v },
                );
                check_status(s);
                check_report(s);
                if s != 0 {
                    assert_eq!(v, 0x5a5a, "untouched on failure");
                }
                assert!(!ffi::steun_status_name(value).is_null());
            }
            9 => {
                // The typed batch: arbitrary element bytes; each element's status and result
                // must be what the single call gives on the same bytes.
                let count = usize::from(b.array::<1>()[0] % 9);
                let mut inputs: Vec<SteunUrgencyInput> = Vec::with_capacity(count);
                for i in 0..count {
                    let mut raw = [0u8; size_of::<SteunUrgencyInput>()];
                    raw.copy_from_slice(&b.array::<{ size_of::<SteunUrgencyInput>() }>());
                    // The first element's struct_size is the stride, so it must be the sizeof
                    // (the caller's contract); the others' may be anything.
                    if i == 0 || no(i as u32) {
                        raw[..4].copy_from_slice(&(size_of::<SteunUrgencyInput>() as u32).to_le_bytes());
                    }
                    inputs.push(std::mem::transmute::<[u8; size_of::<SteunUrgencyInput>()], SteunUrgencyInput>(raw));
                }
                let mut results: Vec<SteunUrgencyResult> = vec![std::mem::zeroed(); count];
                let mut statuses = vec![-1i32; count];
                if let Some(first) = results.first_mut() {
                    first.struct_size = size_of::<SteunUrgencyResult>() as u32;
                }
                let s = ffi::steun_urgency_assess_many(
                    inputs.as_ptr(),
                    count,
                    ptr::null(),
                    results.as_mut_ptr(),
                    statuses.as_mut_ptr(),
                );
                check_status(s);
                check_report(s);
                {
                    assert_eq!(s == 0, statuses.iter().all(|&x| x == 0), "OK exactly when every element is");
                    for i in 0..count {
                        let mut one: SteunUrgencyResult = std::mem::zeroed();
                        one.struct_size = size_of::<SteunUrgencyResult>() as u32;
                        let single = if inputs[i].struct_size == inputs[0].struct_size {
                            ffi::steun_urgency_assess(&inputs[i], &mut one)
                        } else {
                            SteunStatus::InvalidInput as c_int
                        };
                        assert_eq!(statuses[i], single, "element {i} as the single call");
                        if single == 0 {
                            let a = std::slice::from_raw_parts(
                                (&one as *const SteunUrgencyResult).cast::<u8>(),
                                size_of::<SteunUrgencyResult>(),
                            );
                            let b = std::slice::from_raw_parts(
                                (&results[i] as *const SteunUrgencyResult).cast::<u8>(),
                                size_of::<SteunUrgencyResult>(),
                            );
                            assert_eq!(a, b, "element {i}: the same result");
                        }
                    }
                }
            }
            _ => {
                let (kind, id, key) = (b.string(), b.string(), b.string());
                let key = key.as_bytes();
                // key_len is the key's real length or 0 (a longer one would be the host's bug).
                let key_len = if no(3) { 0 } else { key.len() };
                let key_ptr = if no(2) { ptr::null() } else { key.as_ptr() };
                let s = call_out(no(4), |o| {
                    ffi::steun_client_code(ptr_or_null(&kind, no(0)), ptr_or_null(&id, no(1)), key_ptr, key_len, o)
                });
                // Digit runs of 4 or more never occur in our messages, so any hit is an echo.
                let id = id.as_bytes();
                if s != 0 && id.len() >= 4 && id.iter().all(u8::is_ascii_digit) {
                    let msg = last_message();
                    assert!(!msg.as_bytes().windows(id.len()).any(|w| w == id), "identifier echoed");
                }
                check_report(s);
            }
        }
    }
});
