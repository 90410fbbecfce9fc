//! The urgency instrument's typed path (hand-written): plain structs for the hot path (no
//! allocation, no JSON) and the band table handle. The JSON functions are generated
//! (`steun_urgency_assess_json`, ...). Conversions only; the rules are in `steun::urgency`.

use std::ffi::{c_char, c_int};
use std::panic::AssertUnwindSafe;

use steun::urgency::{
    self, BandTable, Persons, UrgencyDuration, UrgencyInput, UrgencyRisk, UrgencyRisks, UrgencyScope,
};
use steun::{Labelled, Path};

use crate::boundary::{
    check_out, code_from_c, flag_from_c, guard, out_size, read_sized, read_str, reserved_zero, write_sized,
    write_string, Failure, SteunStatus,
};
use crate::enums::{URGENCY_DURATION_NAMES, URGENCY_RISK_NAMES};
use crate::lang::lang_from_c;

/// The input of one assessment, the typed form of an `urgency_input` document. Set
/// `struct_size` to `sizeof(SteunUrgencyInput)` (see "Structs that grow" in steun.h's guide);
/// `reserved` must be zero. The answers are `int32_t` holding a `SteunUrgencyRisk` /
/// `SteunUrgencyDuration` value and the flags are bytes holding 0 or 1, so whatever a host
/// writes is read without undefined behaviour; anything else is `STEUN_STATUS_INVALID_INPUT`
/// naming the field. `persons` must be at least 1.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunUrgencyInput {
    /// `sizeof(SteunUrgencyInput)`, set by the caller.
    pub struct_size: u32,
    /// `risks.safety`: a `SteunUrgencyRisk` value.
    pub safety: i32,
    /// `risks.health`: a `SteunUrgencyRisk` value.
    pub health: i32,
    /// `risks.wellbeing`: a `SteunUrgencyRisk` value.
    pub wellbeing: i32,
    /// `scope.persons`: the number of persons the signal is about (>= 1).
    pub persons: u32,
    /// `duration`: a `SteunUrgencyDuration` value.
    pub duration: i32,
    /// `scope.minors_involved`: 0 or 1.
    pub minors_involved: u8,
    /// `scope.over_75_involved`: 0 or 1.
    pub over_75_involved: u8,
    /// Zero.
    pub reserved: [u8; 2],
}

/// One criterion's share of the score, as an `urgency_result` breakdown item. When
/// `points_known` is 0 the points are unknown (JSON: null) and `points` is 0.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunUrgencyCriterionScore {
    /// The criterion: a `SteunUrgencyCriterion` value.
    pub criterion: i32,
    /// The answer: a `SteunUrgencyAnswer` value.
    pub answer: i32,
    /// 0 when the points are unknown, else 1.
    pub points_known: u8,
    /// The points (0 when unknown).
    pub points: u8,
    /// The points counted in score_min.
    pub points_min: u8,
    /// The points counted in score_max.
    pub points_max: u8,
}

/// The result of one assessment, the typed form of an `urgency_result` document (same field
/// names). Plain data: nothing to free. Set `struct_size` to `sizeof(SteunUrgencyResult)`
/// before the call; steun writes only that many bytes and sets `struct_size` to the bytes it
/// wrote. `worst_band` (0.3, urgency 2.0.0) is written only when `struct_size` covers it
/// (`STEUN_URGENCY_RESULT_SIZE_V2`, 88); a caller of the 84-byte layout gets everything else,
/// and a size from 84 to 87 gets exactly those 84 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SteunUrgencyResult {
    /// In: `sizeof(SteunUrgencyResult)`; out: the bytes written.
    pub struct_size: u32,
    /// The band of `score`, the known evidence: a `SteunUrgencyBand` value.
    pub band: i32,
    /// Actie melding: a `SteunUrgencyReportAction` value.
    pub report_action: i32,
    /// Actie melder: a `SteunUrgencyReporterAction` value.
    pub reporter_action: i32,
    /// The score.
    pub score: u8,
    /// The lowest possible score.
    pub score_min: u8,
    /// The highest possible score.
    pub score_max: u8,
    /// The highest score of the instrument.
    pub max_score: u8,
    /// The lowest score of the band.
    pub band_from: u8,
    /// The highest score of the band.
    pub band_to: u8,
    /// `needs_consultation`: 0 or 1.
    pub needs_consultation: u8,
    /// Zero.
    pub reserved: u8,
    /// The five criteria in the instrument's order (`SteunUrgencyCriterion` values 0..4).
    pub breakdown: [SteunUrgencyCriterionScore; 5],
    /// The band of `score_max`, the worst case were every unknown answer 2 points: a
    /// `SteunUrgencyBand` value. Appended in 0.3 (bytes 84..88).
    pub worst_band: i32,
}

// Explicit layouts, no padding: every FFI (C#, Java FFM) reads them the same way.
const _: () = {
    assert!(size_of::<SteunUrgencyInput>() == 28);
    assert!(size_of::<SteunUrgencyCriterionScore>() == 12);
    assert!(size_of::<SteunUrgencyResult>() == 88);
    assert!(std::mem::offset_of!(SteunUrgencyResult, worst_band) == STEUN_URGENCY_RESULT_SIZE_V1 as usize);
};

/// The first layouts (0.2): the least `struct_size` accepted.
pub const STEUN_URGENCY_INPUT_SIZE_V1: u32 = 28;
/// See `STEUN_URGENCY_INPUT_SIZE_V1`.
pub const STEUN_URGENCY_RESULT_SIZE_V1: u32 = 84;
/// The result layout with `worst_band` (0.3, urgency 2.0.0).
pub const STEUN_URGENCY_RESULT_SIZE_V2: u32 = 88;

/// A checked band table (opaque). Create with `steun_urgency_bands_from_json`, free with
/// `steun_urgency_bands_free`. Immutable: may be shared between threads.
pub struct SteunUrgencyBands(pub(crate) BandTable);

fn key(path: &[&str]) -> Path {
    path.iter().fold(Path::root(), |p, k| p.key(*k))
}

/// Reads the caller's input, checking every integer. The C value of a core enum is its
/// position in the core's `ALL`, as the generated constants (`enums.rs`); `as i32` gives it
/// (checked by a test).
///
/// # Safety
/// `input` is non-null and points to a `SteunUrgencyInput` readable for its `struct_size`.
#[inline]
pub(crate) unsafe fn read_input(input: *const SteunUrgencyInput) -> Result<UrgencyInput, Failure> {
    // SAFETY: readable for its struct_size (caller's contract); every bit pattern is valid.
    let raw = unsafe { read_sized(input, STEUN_URGENCY_INPUT_SIZE_V1, "struct_size") }?;
    reserved_zero(&raw.reserved)?;
    let risk = |v: i32, k: &'static str| -> Result<UrgencyRisk, Failure> {
        Ok(UrgencyRisk::ALL[code_from_c(v, || key(&["risks", k]), &URGENCY_RISK_NAMES)?])
    };
    let flag = |v: u8, k: &'static str| flag_from_c(v, || key(&["scope", k]));
    Ok(UrgencyInput {
        risks: UrgencyRisks {
            safety: risk(raw.safety, "safety")?,
            health: risk(raw.health, "health")?,
            wellbeing: risk(raw.wellbeing, "wellbeing")?,
        },
        scope: UrgencyScope {
            persons: Persons::new(raw.persons)?,
            minors_involved: flag(raw.minors_involved, "minors_involved")?,
            over_75_involved: flag(raw.over_75_involved, "over_75_involved")?,
        },
        duration: UrgencyDuration::ALL[code_from_c(raw.duration, || key(&["duration"]), &URGENCY_DURATION_NAMES)?],
    })
}

#[inline]
pub(crate) fn to_c(r: &urgency::UrgencyResult) -> SteunUrgencyResult {
    SteunUrgencyResult {
        struct_size: 0,
        score: r.score,
        score_min: r.score_min,
        score_max: r.score_max,
        max_score: urgency::MAX_SCORE,
        band: r.band.band as i32,
        band_from: r.band.score_from,
        band_to: r.band.score_to,
        report_action: r.band.report_action as i32,
        reporter_action: r.band.reporter_action as i32,
        needs_consultation: u8::from(r.needs_consultation),
        reserved: 0,
        breakdown: r.breakdown.map(|c| SteunUrgencyCriterionScore {
            criterion: c.criterion as i32,
            answer: c.answer as i32,
            points_known: u8::from(c.points.is_some()),
            points: c.points.unwrap_or(0),
            points_min: c.points_min,
            points_max: c.points_max,
        }),
        worst_band: r.worst_band.band as i32,
    }
}

/// The bytes to write for a caller's `struct_size`: a whole layout (84 or 88), never part of
/// `worst_band`.
#[inline]
pub(crate) fn whole_layout(room: usize) -> usize {
    if room >= size_of::<SteunUrgencyResult>() {
        room
    } else {
        STEUN_URGENCY_RESULT_SIZE_V1 as usize
    }
}

/// # Safety
/// Pointers are NULL or valid (checked for NULL here).
unsafe fn assess_into(
    input: *const SteunUrgencyInput,
    bands: Option<*const SteunUrgencyBands>,
    out: *mut SteunUrgencyResult,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        if input.is_null() {
            return Err(Failure::new(SteunStatus::NullPointer, "argument `input` is NULL"));
        }
        let table = match bands {
            None => &BandTable::DEFAULT,
            Some(b) if b.is_null() => return Err(Failure::new(SteunStatus::NullPointer, "argument `bands` is NULL")),
            // SAFETY: a live handle (caller's contract).
            Some(b) => unsafe { &(*b).0 },
        };
        // SAFETY: non-null; `out` writable for its struct_size (caller's contract).
        let room = whole_layout(unsafe { out_size(out, STEUN_URGENCY_RESULT_SIZE_V1) }?);
        // SAFETY: non-null and readable (caller's contract).
        let input = unsafe { read_input(input) }?;
        let result = to_c(&urgency::assess_with(&input, table));
        // SAFETY: checked above.
        unsafe { write_sized(out, result, room) };
        Ok(())
    }))
}

/// Scores one signal with the default bands into `*out`. No allocation, no JSON. Set
/// `input->struct_size` and `out->struct_size` to their sizeof first. Returns
/// STEUN_STATUS_INVALID_INPUT (path e.g. "scope.persons") for persons = 0, an enum value out
/// of range, a flag other than 0/1, nonzero reserved bytes or a bad struct_size ("struct_size",
/// "out.struct_size"); `*out` is then left untouched. Thread-safe. Hand-written.
///
/// # Safety
/// `input` points to a `SteunUrgencyInput` readable for its `struct_size`; `out` to a
/// `SteunUrgencyResult` whose `struct_size` is set and which is writable for that many bytes.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_assess(input: *const SteunUrgencyInput, out: *mut SteunUrgencyResult) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { assess_into(input, None, out) }
}

/// As `steun_urgency_assess`, with a band table from `steun_urgency_bands_from_json`.
/// Thread-safe; the table may be shared. Hand-written.
///
/// # Safety
/// As `steun_urgency_assess`; `bands` is a live handle.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_assess_with(
    input: *const SteunUrgencyInput,
    bands: *const SteunUrgencyBands,
    out: *mut SteunUrgencyResult,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { assess_into(input, Some(bands), out) }
}

/// The explanation of the assessment of `input` (default bands) in `lang` (a `SteunLang`
/// value; any other is `STEUN_STATUS_INVALID_INPUT`, path "lang"), as text. Free `*out` with
/// `steun_string_free`.
///
/// # Safety
/// `input` points to a readable `SteunUrgencyInput`; `out` to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_explain(
    input: *const SteunUrgencyInput,
    lang: i32,
    out: *mut *mut c_char,
) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        if input.is_null() {
            return Err(Failure::new(SteunStatus::NullPointer, "argument `input` is NULL"));
        }
        let lang = lang_from_c(lang)?;
        // SAFETY: non-null and readable for its struct_size (caller's contract).
        let input = unsafe { read_input(input) }?;
        let text = urgency::assess(&input).explanation(lang);
        // SAFETY: checked above.
        unsafe { write_string(out, text) }
    }))
}

/// Parses and checks a band table (kind `urgency_band_table`). On success `*out` owns a new
/// handle; free it with `steun_urgency_bands_free`.
///
/// # Safety
/// `json` is a NUL-terminated string; `out` a writable pointer.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_bands_from_json(json: *const c_char, out: *mut *mut SteunUrgencyBands) -> c_int {
    guard(AssertUnwindSafe(|| {
        check_out(out, "out")?;
        // SAFETY: caller's contract.
        let text = unsafe { read_str(json, "json") }?;
        let table = BandTable::from_json(text)?;
        // SAFETY: checked above.
        unsafe { *out = Box::into_raw(Box::new(SteunUrgencyBands(table))) };
        Ok(())
    }))
}

/// Frees a band table. NULL does nothing.
///
/// # Safety
/// `bands` is NULL or a live handle, not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn steun_urgency_bands_free(bands: *mut SteunUrgencyBands) {
    if !bands.is_null() {
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| {
            // SAFETY: from Box::into_raw above, not yet freed (caller's contract).
            drop(unsafe { Box::from_raw(bands) });
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_values_are_the_positions_in_the_core() {
        use steun::urgency::{
            UrgencyAnswer, UrgencyBand, UrgencyCriterion, UrgencyReportAction, UrgencyReporterAction,
        };
        macro_rules! positions {
            ($($t:ty),*) => {$(
                for (i, v) in <$t as Labelled>::ALL.iter().enumerate() {
                    assert_eq!(*v as i32, i as i32, "{}", <$t as Labelled>::INFO.name);
                }
            )*};
        }
        positions!(
            UrgencyRisk,
            UrgencyDuration,
            UrgencyCriterion,
            UrgencyAnswer,
            UrgencyBand,
            UrgencyReportAction,
            UrgencyReporterAction
        );
    }

    #[test]
    fn out_of_range_input_is_an_error_naming_the_field() {
        let ok = SteunUrgencyInput {
            struct_size: STEUN_URGENCY_INPUT_SIZE_V1,
            safety: 0,
            health: 1,
            wellbeing: 2,
            persons: 1,
            duration: 3,
            minors_involved: 0,
            over_75_involved: 1,
            reserved: [0; 2],
        };
        // SAFETY: a live local.
        assert!(unsafe { read_input(&ok) }.is_ok());
        for v in [-1, 4, 255, 65536, i32::MIN] {
            for (field, input) in [
                ("risks.safety", SteunUrgencyInput { safety: v, ..ok }),
                ("risks.wellbeing", SteunUrgencyInput { wellbeing: v, ..ok }),
                ("duration", SteunUrgencyInput { duration: v, ..ok }),
            ] {
                let mut out = std::mem::MaybeUninit::<SteunUrgencyResult>::zeroed();
                // SAFETY: a live local, struct_size first.
                unsafe { out.as_mut_ptr().cast::<u32>().write(STEUN_URGENCY_RESULT_SIZE_V1) };
                // SAFETY: live locals.
                let status = unsafe { steun_urgency_assess(&input, out.as_mut_ptr()) };
                assert_eq!(status, SteunStatus::InvalidInput as c_int, "{field} = {v}");
                // SAFETY: the thread's last error, read before the next call.
                let msg = unsafe { std::ffi::CStr::from_ptr(crate::steun_last_error_message()) };
                assert!(msg.to_str().unwrap().starts_with(&format!("{field}: expected 0 (STEUN_URGENCY_")), "{msg:?}");
            }
        }
        for bad in [
            SteunUrgencyInput { minors_involved: 2, ..ok },
            SteunUrgencyInput { reserved: [0, 1], ..ok },
            SteunUrgencyInput { struct_size: 0, ..ok },
            SteunUrgencyInput { struct_size: 27, ..ok },
            SteunUrgencyInput { struct_size: u32::MAX, ..ok },
        ] {
            // SAFETY: a live local (struct_size > 28 is not tried here: it would read past it).
            assert!(unsafe { read_input(&bad) }.is_err());
        }
    }
}
