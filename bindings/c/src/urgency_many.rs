//! The urgency instrument's typed batch (hand-written, with the typed path): an array of
//! input structs scored into an array of result structs, one status per element, in one call.

use std::ffi::c_int;
use std::panic::AssertUnwindSafe;

use steun::urgency::{self, BandTable};
use steun::Path;

use crate::boundary::{guard, out_size, read_sized, write_sized, Failure, SteunStatus, MAX_STRUCT_SIZE};
use crate::urgency::{
    read_input, to_c, whole_layout, SteunUrgencyBands, SteunUrgencyInput, SteunUrgencyResult,
    STEUN_URGENCY_INPUT_SIZE_V1, STEUN_URGENCY_RESULT_SIZE_V1,
};

/// Scores `count` signals: `inputs[i]` into `results[i]`, with `statuses[i]` its status (0 for
/// success), as `steun_urgency_assess` (or `steun_urgency_assess_with` when `bands` is not
/// NULL) would for each. A bad element does not stop the others. Returns STEUN_STATUS_OK when
/// every element succeeded; otherwise the status of the first failed element, whose error is
/// the last error with its index first in the path (e.g. "[3].scope.persons"); the results of
/// failed elements are left untouched. No allocation; cost linear in `count`.
///
/// Strides: set `inputs[0].struct_size` and `results[0].struct_size` to their sizeof; that is
/// the step between elements. Every input must carry the same `struct_size` (else that element
/// fails); each result's `struct_size` is written. `count` 0 is allowed (pointers may then be
/// NULL). Thread-safe. Hand-written.
///
/// # Safety
/// `inputs` points to `count` input structs of `inputs[0].struct_size` bytes each, `results`
/// to `count` writable result structs of `results[0].struct_size` bytes each, `statuses` to
/// `count` writable `int32_t`; `bands` is NULL or a live handle.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_assess_many(
    inputs: *const SteunUrgencyInput,
    count: usize,
    bands: *const SteunUrgencyBands,
    results: *mut SteunUrgencyResult,
    statuses: *mut i32,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        if count == 0 {
            return Ok(());
        }
        for (p, name) in
            [(inputs.is_null(), "inputs"), (results.is_null(), "results"), (statuses.is_null(), "statuses")]
        {
            if p {
                return Err(Failure::new(SteunStatus::NullPointer, format!("argument `{name}` is NULL")));
            }
        }
        let table = if bands.is_null() {
            &BandTable::DEFAULT
        } else {
            // SAFETY: a live handle (caller's contract).
            unsafe { &(*bands).0 }
        };
        // The strides, from the first elements; checked before any work is done.
        // SAFETY: the first four bytes of each array are readable (caller's contract).
        let in_stride = unsafe { inputs.cast::<u32>().read_unaligned() };
        // SAFETY: as above.
        unsafe { read_sized(inputs, STEUN_URGENCY_INPUT_SIZE_V1, "struct_size") }.map_err(|f| at(f, 0))?;
        // SAFETY: as above.
        let out_stride = unsafe { results.cast::<u32>().read_unaligned() } as usize;
        // SAFETY: as above.
        let room = whole_layout(unsafe { out_size(results, STEUN_URGENCY_RESULT_SIZE_V1) }.map_err(|f| at(f, 0))?);
        if count.checked_mul(MAX_STRUCT_SIZE as usize).is_none_or(|n| n > isize::MAX as usize) {
            return Err(Failure::new(SteunStatus::LimitExceeded, "`count` is larger than an array can be"));
        }
        let mut first: Option<Failure> = None;
        for i in 0..count {
            // SAFETY: element i lies inside the caller's arrays (caller's contract; no overflow
            // since count * stride <= isize::MAX was checked).
            let (input, out, status) = unsafe {
                (
                    inputs.cast::<u8>().add(i * in_stride as usize).cast::<SteunUrgencyInput>(),
                    results.cast::<u8>().add(i * out_stride).cast::<SteunUrgencyResult>(),
                    statuses.add(i),
                )
            };
            // SAFETY: element i is readable (caller's contract).
            let outcome = if unsafe { input.cast::<u32>().read_unaligned() } != in_stride {
                Err(Failure::from(steun::Error::invalid(
                    Path::root().key("struct_size"),
                    "must be the same in every element of the array (the first element's)",
                )))
            } else {
                // SAFETY: readable for its struct_size (caller's contract).
                unsafe { read_input(input) }
            };
            let code = match outcome {
                Ok(input) => {
                    // SAFETY: element i is writable for the stride, which covers `room`.
                    unsafe { write_sized(out, to_c(&urgency::assess_with(&input, table)), room) };
                    SteunStatus::Ok as i32
                }
                Err(f) => {
                    let code = f.status() as i32;
                    first.get_or_insert(at(f, i));
                    code
                }
            };
            // SAFETY: element i of `statuses` is writable (caller's contract).
            unsafe { status.write_unaligned(code) };
        }
        first.map_or(Ok(()), Err)
    }))
}

/// A failure of element `i`: its paths under `[i]`.
fn at(f: Failure, i: usize) -> Failure {
    match f {
        Failure::Core(e) => Failure::Core(e.under_path(&Path::root().index(i))),
        other => other,
    }
}
