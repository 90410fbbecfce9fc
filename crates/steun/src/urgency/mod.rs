//! The urgency instrument for signals: the "thermometer" of Jaspers e.a. (2011),
//! 002:3930-4006, with its worked case of a widow of 78 (002:4056-4070).
//!
//! Five criteria give 0, 1 or 2 points each: the risks to safety, health and wellbeing
//! (aard), the scope (omvang) and the duration (duur); the score (at most 10) selects a
//! band with an action on the report and one towards the reporter.
//!
//! ```
//! use steun::urgency::{assess, UrgencyBand, UrgencyDuration, UrgencyInput, UrgencyRisk, UrgencyRisks, UrgencyScope, Persons};
//! use steun::Lang;
//!
//! // The widow of 78 (002:4056-4070): moderate risk to health and wellbeing, over 75,
//! // duration not told.
//! let input = UrgencyInput {
//!     risks: UrgencyRisks { safety: UrgencyRisk::None, health: UrgencyRisk::Moderate, wellbeing: UrgencyRisk::Moderate },
//!     scope: UrgencyScope { persons: Persons::ONE, minors_involved: false, over_75_involved: true },
//!     duration: UrgencyDuration::Unknown,
//! };
//! let r = assess(&input);
//! assert_eq!((r.score, r.score_min, r.score_max), (4, 4, 6));
//! // The known evidence: "nog niet ernstig"; the unknown duration asks for consultation,
//! // and the worst case would be the consultation band.
//! assert_eq!(r.band(), UrgencyBand::InformationAdvice);
//! assert_eq!(r.worst(), UrgencyBand::Consultation);
//! assert!(r.needs_consultation);
//! assert!(r.explanation(Lang::En).contains("Health: Moderate risk, 1 point."));
//! ```
//!
//! Unknown answers (rules 2.0.0, 002:3945-3953): they count 0 in `score` = `score_min` and 2
//! in `score_max`. The band is that of `score`, the known evidence; `worst_band` is that of
//! `score_max`; any unknown answer sets `needs_consultation`. The 1.x rules (band of
//! `score_max`) are kept in [`UrgencyRules::V1`] for replaying stored 1.x results.

mod answers;
pub mod assessment;
mod bands;
pub mod columns;
mod explain;
mod explain_v1;
mod input;
pub mod ops;
mod result;
mod rules;

pub use answers::{
    UrgencyAnswer, UrgencyBand, UrgencyCriterion, UrgencyDuration, UrgencyReportAction, UrgencyReporterAction,
    UrgencyRisk, MAX_POINTS_PER_CRITERION,
};
pub use assessment::{AssessmentDisagreement, AssessmentReview, BandOverride, UrgencyAssessment, UrgencyAssessments};
pub use bands::{BandTable, UrgencyBandRow, UrgencyBandTable, DEFAULT_BANDS_FINGERPRINT};
pub use input::{code_at, index_at, Persons, UrgencyInput, UrgencyRisks, UrgencyScope, PERSONS_RULE};
pub use result::{UrgencyCriterionScore, UrgencyResult, UrgencyResultDocument};
pub use rules::UrgencyRules;

use crate::Error;

/// The instrument's id, written into every result.
pub const INSTRUMENT: &str = "jaspers-2011-urgency";

/// The version of the rules and defaults (points, band table, explanation wording). It
/// changes whenever a default changes, so a stored result can be audited against the rules
/// that produced it; [`UrgencyRules`] keeps the older rules for that.
pub const INSTRUMENT_VERSION: &str = UrgencyRules::CURRENT.version();

/// The maximum score: five criteria of at most 2 points (002:3959-3989).
pub const MAX_SCORE: u8 = 10;

/// Scores one signal with the default band table. Allocates nothing.
pub fn assess(input: &UrgencyInput) -> UrgencyResult {
    assess_with(input, &BandTable::DEFAULT)
}

const fn known(criterion: UrgencyCriterion, answer: UrgencyAnswer, points: u8) -> UrgencyCriterionScore {
    UrgencyCriterionScore { criterion, answer, points: Some(points), points_min: points, points_max: points }
}

const fn maybe(criterion: UrgencyCriterion, answer: UrgencyAnswer, points: Option<u8>) -> UrgencyCriterionScore {
    match points {
        Some(p) => known(criterion, answer, p),
        // Unknown: 0 in the lowest, the maximum in the highest possible score.
        None => UrgencyCriterionScore {
            criterion,
            answer,
            points: None,
            points_min: 0,
            points_max: MAX_POINTS_PER_CRITERION,
        },
    }
}

/// Scores one signal with a caller's band table. Allocates nothing.
pub fn assess_with(input: &UrgencyInput, table: &BandTable) -> UrgencyResult {
    assess_under(input, table, UrgencyRules::CURRENT)
}

/// Scores one signal under the given rules version: [`UrgencyRules::CURRENT`] for new
/// results, an older one to replay a stored result. Allocates nothing.
pub fn assess_under(input: &UrgencyInput, table: &BandTable, rules: UrgencyRules) -> UrgencyResult {
    let r = &input.risks;
    let breakdown = [
        maybe(UrgencyCriterion::Safety, r.safety.answer(), r.safety.points()),
        maybe(UrgencyCriterion::Health, r.health.answer(), r.health.points()),
        maybe(UrgencyCriterion::Wellbeing, r.wellbeing.answer(), r.wellbeing.points()),
        known(UrgencyCriterion::Scope, input.scope.answer(), input.scope.points()),
        maybe(UrgencyCriterion::Duration, input.duration.answer(), input.duration.points()),
    ];
    let mut score_min = 0;
    let mut score_max = 0;
    let mut unknown = false;
    for c in &breakdown {
        score_min += c.points_min;
        score_max += c.points_max;
        unknown |= c.points.is_none();
    }
    let of_score = *table.row_for(score_min);
    let worst_band = *table.row_for(score_max);
    let band = match rules {
        // 1.x: the band of the highest possible score (the precautionary reading).
        UrgencyRules::V1 => worst_band,
        // 2.0.0: the known evidence decides; uncertainty goes to consultation (002:3945-3948).
        UrgencyRules::V2 | UrgencyRules::V2_1 => of_score,
    };
    UrgencyResult {
        score: score_min,
        score_min,
        score_max,
        band,
        worst_band,
        // Without unknowns score_min = score_max, so the 1.x "bands differ" clause adds nothing.
        needs_consultation: unknown,
        breakdown,
        rules,
        score_band: of_score.band,
        bands_fingerprint: table.fingerprint(),
    }
}

/// Scores JSON input: one input object gives one result object, an array an array of
/// results. Errors name the field, e.g. `[2].risks.safety`.
pub fn assess_json(text: &str) -> Result<String, Error> {
    assess_json_with(text, &BandTable::DEFAULT)
}

/// As [`assess_json`], with a caller's band table.
pub fn assess_json_with(text: &str, table: &BandTable) -> Result<String, Error> {
    if text.trim_start().starts_with('[') {
        let inputs: Vec<UrgencyInput> = crate::json::from_json(text)?;
        let results: Vec<UrgencyResult> = inputs.iter().map(|i| assess_with(i, table)).collect();
        Ok(crate::json::to_json(&results))
    } else {
        let input: UrgencyInput = crate::json::from_json(text)?;
        Ok(assess_with(&input, table).to_json())
    }
}

/// The criteria with their answers and points, as reference data (reference set
/// `urgency_criteria`, 002:3959-3989).
pub fn reference_criteria() -> serde_json::Value {
    use crate::lang::{Labelled, Lang};
    use serde_json::json;
    let label = |m: &crate::lang::Member| json!({ "nl": m.label(Lang::Nl), "en": m.label(Lang::En) });
    let answer =
        |a: UrgencyAnswer, p: Option<u8>| json!({ "answer": a.code(), "label": label(a.member()), "points": p });
    let risk: Vec<_> = UrgencyRisk::ALL.iter().map(|r| answer(r.answer(), r.points())).collect();
    let scope = vec![
        answer(UrgencyAnswer::Individual, Some(0)),
        answer(UrgencyAnswer::SeveralPersons, Some(1)),
        answer(UrgencyAnswer::Minor, Some(2)),
        answer(UrgencyAnswer::Over75, Some(2)),
    ];
    let duration: Vec<_> = UrgencyDuration::ALL.iter().map(|d| answer(d.answer(), d.points())).collect();
    serde_json::Value::Array(
        UrgencyCriterion::ALL
            .iter()
            .map(|c| {
                let answers = match c {
                    UrgencyCriterion::Scope => scope.clone(),
                    UrgencyCriterion::Duration => duration.clone(),
                    _ => risk.clone(),
                };
                json!({ "criterion": c.code(), "label": label(c.member()), "answers": answers, "source": "002:3959-3989" })
            })
            .collect(),
    )
}

/// The default band table as reference data (reference set `urgency_bands`, 002:3993-4006;
/// scores 5-6 are the library's interpretation, 002:3945-3953).
pub fn reference_bands() -> serde_json::Value {
    serde_json::to_value(BandTable::DEFAULT.to_table().bands).unwrap_or_default()
}
