//! The one place where the signals module meets the urgency instrument (issue 3).
//!
//! PROVISIONAL: the urgency instrument is built in parallel. Until it is merged this file
//! holds a stand-in with the wire contract (input names exactly as issue 3 fixes
//! them, and the result fields the signals module reads). At merge time this file becomes
//! re-exports of `crate::urgency` and nothing else in `signals` changes.

use crate::lang::labelled_enum;
use crate::{Error, Path};

labelled_enum! {
    /// Stand-in: a risk answer.
    pub enum RiskAnswer {
        /// Geen risico.
        None = "none" { nl: "Geen risico", en: "No risk" },
        /// Matig risico.
        Moderate = "moderate" { nl: "Matig risico", en: "Moderate risk" },
        /// Ernstig risico.
        Severe = "severe" { nl: "Ernstig risico", en: "Severe risk" },
        /// Onbekend.
        Unknown = "unknown" { nl: "Onbekend", en: "Unknown" },
    }
}

labelled_enum! {
    /// Stand-in: the duration answer.
    pub enum DurationAnswer {
        /// Incidenteel.
        Incidental = "incidental" { nl: "Incidenteel", en: "Incidental" },
        /// Structureel < ½ jaar.
        StructuralUnderHalfYear = "structural_under_half_year" { nl: "Structureel, korter dan een half jaar", en: "Structural, under half a year" },
        /// Structureel > ½ jaar.
        StructuralOverHalfYear = "structural_over_half_year" { nl: "Structureel, langer dan een half jaar", en: "Structural, over half a year" },
        /// Onbekend.
        Unknown = "unknown" { nl: "Onbekend", en: "Unknown" },
    }
}

labelled_enum! {
    /// Stand-in: the urgency band.
    pub enum Band {
        /// 0-4.
        InformationAdvice = "information_advice" { nl: "Informatie en advies", en: "Information and advice" },
        /// 5-6.
        Consultation = "consultation" { nl: "Consultatie", en: "Consultation" },
        /// 7-9.
        ProfessionalServices = "professional_services" { nl: "Professionele hulp", en: "Professional services" },
        /// 10.
        Crisis = "crisis" { nl: "Crisis", en: "Crisis" },
    }
}

/// Stand-in: the three risks.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Risks {
    /// Safety.
    pub safety: RiskAnswer,
    /// Health.
    pub health: RiskAnswer,
    /// Wellbeing.
    pub wellbeing: RiskAnswer,
}

/// Stand-in: the scope.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Number of persons, >= 1.
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub persons: u32,
    /// A minor is involved.
    pub minors_involved: bool,
    /// A person over 75 is involved.
    pub over_75_involved: bool,
}

/// Stand-in: the urgency input (issue 3's wire contract).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyInput {
    /// The risks.
    pub risks: Risks,
    /// The scope.
    pub scope: Scope,
    /// The duration.
    pub duration: DurationAnswer,
}

/// Stand-in: the part of the urgency result the signals module uses.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyResult {
    /// Lowest score.
    pub score: u8,
    /// Highest score.
    pub score_max: u8,
    /// The band of score_max.
    pub band: Band,
}

/// Checks an urgency input, with paths under `at`.
pub fn check_input(input: &UrgencyInput, at: &Path) -> Result<(), Error> {
    if input.scope.persons == 0 {
        return Err(Error::invalid(at.clone().key("scope").key("persons"), "expected at least 1 person"));
    }
    Ok(())
}

/// Stand-in scoring after issue 3's contract.
pub fn assess(input: &UrgencyInput) -> UrgencyResult {
    let risk = |r: RiskAnswer| match r {
        RiskAnswer::None => (0, 0),
        RiskAnswer::Moderate => (1, 1),
        RiskAnswer::Severe => (2, 2),
        RiskAnswer::Unknown => (0, 2),
    };
    let s = &input.scope;
    let scope = if s.minors_involved || s.over_75_involved { 2 } else { u8::from(s.persons >= 2) };
    let dur = match input.duration {
        DurationAnswer::Incidental => (0, 0),
        DurationAnswer::StructuralUnderHalfYear => (1, 1),
        DurationAnswer::StructuralOverHalfYear => (2, 2),
        DurationAnswer::Unknown => (0, 2),
    };
    let parts = [risk(input.risks.safety), risk(input.risks.health), risk(input.risks.wellbeing), (scope, scope), dur];
    let score: u8 = parts.iter().map(|p| p.0).sum();
    let score_max: u8 = parts.iter().map(|p| p.1).sum();
    let band = match score_max {
        0..=4 => Band::InformationAdvice,
        5..=6 => Band::Consultation,
        7..=9 => Band::ProfessionalServices,
        _ => Band::Crisis,
    };
    UrgencyResult { score, score_max, band }
}
