//! The isolation typology of Machielse & Hortulanus (2011): the typed classification
//! (hand-written; the JSON functions are generated). The rules live in `steun::isolation`;
//! this file only converts.

use std::ffi::c_int;
use std::panic::AssertUnwindSafe;

use steun::isolation as iso;
use steun::Labelled;

use crate::boundary::{check_out, code_from_c, flag_from_c, guard, Failure, SteunStatus};

/// The longest intervention list of a type: the size of `SteunIsolationResult.interventions`.
pub const STEUN_ISOLATION_MAX_INTERVENTIONS: usize = 6;

/// The persistence of the isolation: the row (category 1..4) of the typology.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunPersistence {
    /// "threatened": eenzaamheid, dreigend isolement (category 1).
    Threatened = 0,
    /// "situational": situationeel bepaald isolement, enkelvoudige problematiek (category 2).
    Situational = 1,
    /// "structural_complex": structureel isolement, complexe problematiek (category 3).
    StructuralComplex = 2,
    /// "structural_psychiatric": structureel isolement, verweven met psychiatrische of
    /// psychogeriatrische problematiek (category 4).
    StructuralPsychiatric = 3,
}

/// One of the eight types of socially isolated older people.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunIsolationType {
    /// "actives" (Actieven).
    Actives = 0,
    /// "sheltered" (Geborgenen).
    Sheltered = 1,
    /// "left_behind" (Achterblijvers).
    LeftBehind = 2,
    /// "dependents" (Afhankelijken).
    Dependents = 3,
    /// "compensators" (Compenseerders).
    Compensators = 4,
    /// "outsiders" (Buitenstaanders).
    Outsiders = 5,
    /// "hopefuls" (Hoopvollen).
    Hopefuls = 6,
    /// "survivors" (Overlevers).
    Survivors = 7,
}

/// A suggested intervention of the typology.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunIntervention {
    /// "remove_participation_barriers".
    RemoveParticipationBarriers = 0,
    /// "preventive_intervention" (grief support, caregiver support).
    PreventiveIntervention = 1,
    /// "referral_to_group_activities".
    ReferralToGroupActivities = 2,
    /// "volunteer_match".
    VolunteerMatch = 3,
    /// "individual_professional_guidance".
    IndividualProfessionalGuidance = 4,
    /// "referral_to_activities".
    ReferralToActivities = 5,
    /// "referral_to_specialist_help".
    ReferralToSpecialistHelp = 6,
    /// "solve_practical_problems".
    SolvePracticalProblems = 7,
    /// "professional_monitoring".
    ProfessionalMonitoring = 8,
    /// "daily_functioning_guidance".
    DailyFunctioningGuidance = 9,
    /// "emotional_psychosocial_support".
    EmotionalPsychosocialSupport = 10,
    /// "specialised_volunteer".
    SpecialisedVolunteer = 11,
    /// "professional_safety_net".
    ProfessionalSafetyNet = 12,
}

/// The length of a trajectory.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunTrajectoryLength {
    /// "relatively_short".
    RelativelyShort = 0,
    /// "long".
    Long = 1,
}

/// The intensity of a trajectory.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunTrajectoryIntensity {
    /// "intensive".
    Intensive = 0,
    /// "not_intensive".
    NotIntensive = 1,
    /// "unspecified": the source names none.
    Unspecified = 2,
}

/// What a volunteer can do.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunVolunteer {
    /// "volunteer_match".
    VolunteerMatch = 0,
    /// "none": no volunteer possible.
    None = 1,
    /// "specialised": a specialised volunteer.
    Specialised = 2,
}

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
    /// 0 for categories 3 and 4 (002:4409-4418), else 1.
    pub participation_interventions_realistic: u8,
    /// 1 for categories 3 and 4 (002:4539-4567), else 0.
    pub network_case: u8,
}

const _: () = assert!(iso::MAX_INTERVENTIONS == STEUN_ISOLATION_MAX_INTERVENTIONS);
// The layout of 0.1.0 (enum fields were int-sized, bools one byte): integers changed no offset.
const _: () = assert!(size_of::<SteunIsolationInput>() == 8);

/// The header constants of `SteunPersistence`, by value.
pub(crate) const PERSISTENCE_NAMES: [&str; 4] = [
    "STEUN_PERSISTENCE_THREATENED",
    "STEUN_PERSISTENCE_SITUATIONAL",
    "STEUN_PERSISTENCE_STRUCTURAL_COMPLEX",
    "STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC",
];

fn persistence_from_c(raw: i32) -> Result<iso::Persistence, Failure> {
    let i = code_from_c(raw, || steun::Path::root().key("persistence"), &PERSISTENCE_NAMES)?;
    Ok(iso::Persistence::ALL[i])
}

fn type_to_c(t: iso::IsolationType) -> SteunIsolationType {
    use iso::IsolationType as T;
    match t {
        T::Actives => SteunIsolationType::Actives,
        T::Sheltered => SteunIsolationType::Sheltered,
        T::LeftBehind => SteunIsolationType::LeftBehind,
        T::Dependents => SteunIsolationType::Dependents,
        T::Compensators => SteunIsolationType::Compensators,
        T::Outsiders => SteunIsolationType::Outsiders,
        T::Hopefuls => SteunIsolationType::Hopefuls,
        T::Survivors => SteunIsolationType::Survivors,
    }
}

fn intervention_to_c(i: iso::Intervention) -> SteunIntervention {
    use iso::Intervention as I;
    use SteunIntervention as C;
    match i {
        I::RemoveParticipationBarriers => C::RemoveParticipationBarriers,
        I::PreventiveIntervention => C::PreventiveIntervention,
        I::ReferralToGroupActivities => C::ReferralToGroupActivities,
        I::VolunteerMatch => C::VolunteerMatch,
        I::IndividualProfessionalGuidance => C::IndividualProfessionalGuidance,
        I::ReferralToActivities => C::ReferralToActivities,
        I::ReferralToSpecialistHelp => C::ReferralToSpecialistHelp,
        I::SolvePracticalProblems => C::SolvePracticalProblems,
        I::ProfessionalMonitoring => C::ProfessionalMonitoring,
        I::DailyFunctioningGuidance => C::DailyFunctioningGuidance,
        I::EmotionalPsychosocialSupport => C::EmotionalPsychosocialSupport,
        I::SpecialisedVolunteer => C::SpecialisedVolunteer,
        I::ProfessionalSafetyNet => C::ProfessionalSafetyNet,
    }
}

fn result_to_c(r: &iso::IsolationResult) -> SteunIsolationResult {
    let mut interventions = [0; STEUN_ISOLATION_MAX_INTERVENTIONS];
    for (slot, i) in interventions.iter_mut().zip(&r.interventions) {
        *slot = intervention_to_c(*i) as i32;
    }
    SteunIsolationResult {
        isolation_type: type_to_c(r.r#type) as i32,
        category: r.category,
        interventions,
        intervention_count: r.interventions.len().min(STEUN_ISOLATION_MAX_INTERVENTIONS),
        trajectory_length: match r.trajectory.length {
            iso::TrajectoryLength::RelativelyShort => SteunTrajectoryLength::RelativelyShort,
            iso::TrajectoryLength::Long => SteunTrajectoryLength::Long,
        } as i32,
        trajectory_intensity: match r.trajectory.intensity {
            iso::TrajectoryIntensity::Intensive => SteunTrajectoryIntensity::Intensive,
            iso::TrajectoryIntensity::NotIntensive => SteunTrajectoryIntensity::NotIntensive,
            iso::TrajectoryIntensity::Unspecified => SteunTrajectoryIntensity::Unspecified,
        } as i32,
        volunteer: match r.volunteer {
            iso::Volunteer::VolunteerMatch => SteunVolunteer::VolunteerMatch,
            iso::Volunteer::None => SteunVolunteer::None,
            iso::Volunteer::Specialised => SteunVolunteer::Specialised,
        } as i32,
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
    fn c_enums_follow_the_core_order() {
        for (n, p) in iso::Persistence::ALL.iter().enumerate() {
            assert!(persistence_from_c(n as i32).is_ok_and(|q| q == *p));
            assert_eq!(PERSISTENCE_NAMES[n], format!("STEUN_PERSISTENCE_{}", p.code().to_uppercase()));
        }
        for (n, t) in iso::IsolationType::ALL.iter().enumerate() {
            assert_eq!(type_to_c(*t) as usize, n);
        }
        for (n, i) in iso::Intervention::ALL.iter().enumerate() {
            assert_eq!(intervention_to_c(*i) as usize, n);
        }
        for v in [-1, 4, 255, 65536, i32::MIN] {
            assert!(persistence_from_c(v).is_err());
        }
    }
}
