//! The isolation typology of Machielse & Hortulanus (2011): the typed classification
//! (hand-written; the JSON functions are generated). The rules live in `steun::isolation`;
//! this file only converts.

use std::ffi::c_int;
use std::panic::AssertUnwindSafe;

use steun::isolation as iso;
use steun::Labelled;

use crate::boundary::{
    check_out, code_from_c, flag_from_c, guard, out_size, read_sized, reserved_zero, write_sized, Failure, SteunStatus,
};
use crate::enums::PERSISTENCE_NAMES;

/// The longest intervention list of a type: the size of `SteunIsolationResult.interventions`.
pub const STEUN_ISOLATION_MAX_INTERVENTIONS: usize = 6;

/// The input of `steun_isolation_classify`, the typed form of an `isolation_input`
/// document. Set `struct_size` to `sizeof(SteunIsolationInput)`; `reserved` must be zero.
/// Plain integers, so whatever a host writes is read without undefined behaviour; a value
/// outside the allowed ones is `STEUN_STATUS_INVALID_INPUT` naming the field.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunIsolationInput {
    /// `sizeof(SteunIsolationInput)`, set by the caller.
    pub struct_size: u32,
    /// `persistence`: a `SteunPersistence` value.
    pub persistence: i32,
    /// `participation_oriented`: 0 or 1.
    pub participation_oriented: u8,
    /// Zero.
    pub reserved: [u8; 3],
}

/// The result of `steun_isolation_classify`, the typed form of an `isolation_result`
/// (same field names; `isolation_type` is its `type`). Labels and descriptions come from
/// `steun_catalogue_label` (enum "IsolationType") or `steun_isolation_classify_json`. Set
/// `struct_size` to `sizeof(SteunIsolationResult)` before the call; steun writes only that
/// many bytes and sets `struct_size` to the bytes it wrote.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunIsolationResult {
    /// In: `sizeof(SteunIsolationResult)`; out: the bytes written.
    pub struct_size: u32,
    /// The type: a `SteunIsolationType` value.
    pub isolation_type: i32,
    /// The suggested interventions (`SteunIntervention` values) in the table's order; the
    /// first `intervention_count` are set, the rest are 0.
    pub interventions: [i32; STEUN_ISOLATION_MAX_INTERVENTIONS],
    /// How many entries of `interventions` are set.
    pub intervention_count: u32,
    /// The trajectory's length: a `SteunTrajectoryLength` value.
    pub trajectory_length: i32,
    /// The trajectory's intensity: a `SteunTrajectoryIntensity` value.
    pub trajectory_intensity: i32,
    /// What a volunteer can do: a `SteunVolunteer` value.
    pub volunteer: i32,
    /// The category.
    pub category: u8,
    /// `participation_interventions_realistic`: 0 or 1.
    pub participation_interventions_realistic: u8,
    /// `network_case`: 0 or 1.
    pub network_case: u8,
    /// Zero.
    pub reserved: u8,
}

/// The first layouts (0.2): the least `struct_size` accepted.
pub const STEUN_ISOLATION_INPUT_SIZE_V1: u32 = 12;
/// See `STEUN_ISOLATION_INPUT_SIZE_V1`.
pub const STEUN_ISOLATION_RESULT_SIZE_V1: u32 = 52;

const _: () = assert!(iso::MAX_INTERVENTIONS == STEUN_ISOLATION_MAX_INTERVENTIONS);
// Explicit layouts, no padding: every FFI (C#, Java FFM) reads them the same way.
const _: () = assert!(size_of::<SteunIsolationInput>() == 12 && size_of::<SteunIsolationResult>() == 52);

fn persistence_from_c(raw: i32) -> Result<iso::Persistence, Failure> {
    let i = code_from_c(raw, || steun::Path::root().key("persistence"), &PERSISTENCE_NAMES)?;
    Ok(iso::Persistence::ALL[i])
}

fn result_to_c(r: &iso::IsolationResult) -> SteunIsolationResult {
    let mut interventions = [0; STEUN_ISOLATION_MAX_INTERVENTIONS];
    for (slot, i) in interventions.iter_mut().zip(&r.interventions) {
        *slot = *i as i32;
    }
    SteunIsolationResult {
        isolation_type: r.r#type as i32,
        category: r.category,
        interventions,
        intervention_count: r.interventions.len().min(STEUN_ISOLATION_MAX_INTERVENTIONS) as u32,
        trajectory_length: r.trajectory.length as i32,
        trajectory_intensity: r.trajectory.intensity as i32,
        volunteer: r.volunteer as i32,
        participation_interventions_realistic: u8::from(r.participation_interventions_realistic),
        network_case: u8::from(r.network_case),
        reserved: 0,
        struct_size: 0,
    }
}

/// Reads the input, checking both integers.
///
/// # Safety
/// `input` is non-null and points to a `SteunIsolationInput` readable for its `struct_size`.
unsafe fn read_input(input: *const SteunIsolationInput) -> Result<iso::IsolationInput, Failure> {
    // SAFETY: readable for its struct_size (caller's contract); every bit pattern is valid.
    let raw = unsafe { read_sized(input, STEUN_ISOLATION_INPUT_SIZE_V1, "struct_size") }?;
    reserved_zero(&raw.reserved)?;
    Ok(iso::IsolationInput {
        persistence: persistence_from_c(raw.persistence)?,
        participation_oriented: flag_from_c(raw.participation_oriented, || {
            steun::Path::root().key("participation_oriented")
        })?,
    })
}

/// Classifies an older person's isolation: typed in, typed out, nothing for the caller to free
/// (the core allocates while it classifies and frees it all before returning).
/// Set `input->struct_size` and `out->struct_size` to their sizeof first. On an unknown
/// persistence value, a flag other than 0/1, nonzero reserved bytes or a bad struct_size
/// returns `STEUN_STATUS_INVALID_INPUT` and leaves `*out` untouched. Thread-safe. Hand-written.
///
/// # Safety
/// `input` points to a `SteunIsolationInput` readable for its `struct_size`; `out` to a
/// `SteunIsolationResult` whose `struct_size` is set and which is writable for that many bytes.
#[no_mangle]
pub unsafe extern "C" fn steun_isolation_classify(
    input: *const SteunIsolationInput,
    out: *mut SteunIsolationResult,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        if input.is_null() {
            return Err(Failure::new(SteunStatus::NullPointer, "argument `input` is NULL"));
        }
        // SAFETY: non-null; writable for its struct_size (caller's contract).
        let room = unsafe { out_size(out, STEUN_ISOLATION_RESULT_SIZE_V1) }?;
        // SAFETY: non-null, readable by the caller's contract.
        let input = unsafe { read_input(input) }?;
        let result = result_to_c(&iso::classify(&input));
        // SAFETY: checked above.
        unsafe { write_sized(out, result, room) };
        Ok(())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use steun::Labelled;

    #[test]
    fn c_values_are_the_positions_in_the_core() {
        macro_rules! positions {
            ($($t:ty),*) => {$(
                for (i, v) in <$t as Labelled>::ALL.iter().enumerate() {
                    assert_eq!(*v as i32, i as i32, "{}", <$t as Labelled>::INFO.name);
                }
            )*};
        }
        positions!(
            iso::Persistence,
            iso::IsolationType,
            iso::Intervention,
            iso::TrajectoryLength,
            iso::TrajectoryIntensity,
            iso::Volunteer
        );
        for (n, p) in iso::Persistence::ALL.iter().enumerate() {
            assert!(persistence_from_c(n as i32).is_ok_and(|q| q == *p));
        }
        for v in [-1, 4, 255, 65536, i32::MIN] {
            assert!(persistence_from_c(v).is_err());
        }
    }
}
