//! The isolation typology of Machielse & Hortulanus (2011): the typed classification
//! (hand-written; the JSON functions are generated). The rules live in `steun::isolation`;
//! this file only converts.

use std::ffi::c_int;
use std::panic::AssertUnwindSafe;

use steun::isolation as iso;
use steun::Labelled;

use crate::boundary::{check_out, code_from_c, flag_from_c, guard, Failure, SteunStatus};
use crate::enums::PERSISTENCE_NAMES;

/// The longest intervention list of a type: the size of `SteunIsolationResult.interventions`.
pub const STEUN_ISOLATION_MAX_INTERVENTIONS: usize = 6;

/// The input of `steun_isolation_classify`: plain integers, so that whatever a host writes
/// is read without undefined behaviour; a value outside the allowed ones is
/// `STEUN_STATUS_INVALID_INPUT` naming the field.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunIsolationInput {
    /// The row of the typology: a `SteunPersistence` value.
    pub persistence: i32,
    /// 1 for "gericht op sociale participatie", else 0.
    pub participation_oriented: u8,
}

/// The result of `steun_isolation_classify`; labels and descriptions come from
/// `steun_catalogue_label` (enum "IsolationType") or `steun_isolation_classify_json`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunIsolationResult {
    /// The type: a `SteunIsolationType` value.
    pub isolation_type: i32,
    /// The category 1..4.
    pub category: u8,
    /// The suggested interventions (`SteunIntervention` values) in the table's order; the
    /// first `intervention_count` are set.
    pub interventions: [i32; STEUN_ISOLATION_MAX_INTERVENTIONS],
    /// How many entries of `interventions` are set.
    pub intervention_count: usize,
    /// The trajectory's length: a `SteunTrajectoryLength` value.
    pub trajectory_length: i32,
    /// The trajectory's intensity: a `SteunTrajectoryIntensity` value.
    pub trajectory_intensity: i32,
    /// What a volunteer can do: a `SteunVolunteer` value.
    pub volunteer: i32,
    /// The result's `participation_interventions_realistic`: 0 or 1.
    pub participation_interventions_realistic: u8,
    /// The result's `network_case`: 0 or 1.
    pub network_case: u8,
}

const _: () = assert!(iso::MAX_INTERVENTIONS == STEUN_ISOLATION_MAX_INTERVENTIONS);
// The layout of 0.1.0 (enum fields were int-sized, bools one byte): integers changed no offset.
const _: () = assert!(size_of::<SteunIsolationInput>() == 8);

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
        intervention_count: r.interventions.len().min(STEUN_ISOLATION_MAX_INTERVENTIONS),
        trajectory_length: r.trajectory.length as i32,
        trajectory_intensity: r.trajectory.intensity as i32,
        volunteer: r.volunteer as i32,
        participation_interventions_realistic: u8::from(r.participation_interventions_realistic),
        network_case: u8::from(r.network_case),
    }
}

/// Reads the input, checking both integers.
///
/// # Safety
/// `input` is non-null and points to a readable `SteunIsolationInput`.
unsafe fn read_input(input: *const SteunIsolationInput) -> Result<iso::IsolationInput, Failure> {
    // SAFETY: readable (caller's contract); every bit pattern is a valid SteunIsolationInput.
    let raw = unsafe { std::ptr::read(input) };
    Ok(iso::IsolationInput {
        persistence: persistence_from_c(raw.persistence)?,
        participation_oriented: flag_from_c(raw.participation_oriented, || {
            steun::Path::root().key("participation_oriented")
        })?,
    })
}

/// Classifies an older person's isolation: typed in, typed out, nothing for the caller to free
/// (the core allocates while it classifies and frees it all before returning).
/// On an unknown persistence value or a flag other than 0/1 returns
/// `STEUN_STATUS_INVALID_INPUT` and leaves `*out` untouched.
///
/// # Safety
/// `input` points to a `SteunIsolationInput`; `out` points to writable memory for a
/// `SteunIsolationResult`.
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
        // SAFETY: non-null, readable by the caller's contract.
        let input = unsafe { read_input(input) }?;
        let result = result_to_c(&iso::classify(&input));
        // SAFETY: checked non-null; writable by the caller's contract.
        unsafe { out.write(result) };
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
