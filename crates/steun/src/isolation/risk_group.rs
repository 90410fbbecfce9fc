//! The risk groups the Veenendaal signalling network focused on (002:4462-4469).

use crate::document::Document;
use crate::lang::labelled_enum;

labelled_enum! {
    /// A risk group of older people ("risicogroepen") of the Veenendaal network, in the
    /// source's order (002:4463-4469).
    pub enum RiskGroup {
        /// Alleenstaande ouderen (002:4465).
        LivingAlone = "living_alone" { nl: "Alleenstaande ouderen", en: "Older people living alone" },
        /// Ouderen met verlies van lichamelijke en geestelijke gezondheid (002:4466).
        HealthLoss = "health_loss" { nl: "Ouderen met verlies van lichamelijke en geestelijke gezondheid", en: "Older people with loss of physical and mental health" },
        /// Ouderen met psychosociale of psychiatrische problematiek (002:4467).
        PsychosocialOrPsychiatric = "psychosocial_or_psychiatric" { nl: "Ouderen met psychosociale of psychiatrische problematiek", en: "Older people with psychosocial or psychiatric problems" },
        /// Ouderen met een laag inkomen (002:4468).
        LowIncome = "low_income" { nl: "Ouderen met een laag inkomen", en: "Older people with a low income" },
        /// Ouderen van 80 jaar en ouder (002:4469).
        Aged80OrOlder = "aged_80_or_older" { nl: "Ouderen van 80 jaar en ouder", en: "Older people aged 80 or older" },
    }
}

/// The age from which the risk group "80 jaar en ouder" applies (002:4469).
pub const RISK_AGE: u8 = 80;

/// A described older person, as far as the risk groups go. All fields are required.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskGroupInput {
    /// Lives alone (alleenstaand).
    pub living_alone: bool,
    /// Has lost physical or mental health.
    pub health_loss: bool,
    /// Has psychosocial or psychiatric problems.
    pub psychosocial_or_psychiatric_problems: bool,
    /// Has a low income.
    pub low_income: bool,
    /// Age in years.
    pub age: u8,
}

/// The risk groups that apply to a person.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskGroupResult {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The groups that apply, in the source's order; empty when none does.
    pub risk_groups: Vec<RiskGroup>,
    /// The seed lines of the list.
    pub source: String,
}

/// The risk groups that apply to `person`, in the source's order (002:4463-4469).
pub fn risk_groups(person: &RiskGroupInput) -> Vec<RiskGroup> {
    let applies = [
        person.living_alone,
        person.health_loss,
        person.psychosocial_or_psychiatric_problems,
        person.low_income,
        person.age >= RISK_AGE,
    ];
    [
        RiskGroup::LivingAlone,
        RiskGroup::HealthLoss,
        RiskGroup::PsychosocialOrPsychiatric,
        RiskGroup::LowIncome,
        RiskGroup::Aged80OrOlder,
    ]
    .into_iter()
    .zip(applies)
    .filter_map(|(g, yes)| yes.then_some(g))
    .collect()
}

impl RiskGroupInput {
    /// The result document for this person.
    pub fn result(&self) -> RiskGroupResult {
        RiskGroupResult {
            instrument: super::TYPOLOGY.to_owned(),
            instrument_version: super::TYPOLOGY_VERSION.to_owned(),
            risk_groups: risk_groups(self),
            source: "002:4463-4469".to_owned(),
        }
    }
}

impl Document for RiskGroupInput {
    const KIND: &'static str = "risk_group_input";
}

impl Document for RiskGroupResult {
    const KIND: &'static str = "risk_group_result";
}
