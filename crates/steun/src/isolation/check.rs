//! Checking planned interventions against a type: what the table does not suggest for it,
//! and what is usually unrealistic for structural isolation (002:4235-4418).
//!
//! Other modules (a support plan that carries an isolation type) call
//! [`check_interventions`] directly.

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled, Lang};

use super::{Intervention, IsolationType};

/// Planned interventions for an older person of a given type.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InterventionCheck {
    /// The person's type.
    #[serde(rename = "type")]
    pub r#type: IsolationType,
    /// The planned interventions, in any order.
    pub interventions: Vec<Intervention>,
}

labelled_enum! {
    /// What is wrong with a planned intervention.
    pub enum InterventionFindingKind {
        /// The table does not suggest it for the type's row (002:4271-4401).
        NotSuggested = "not_suggested" { nl: "Niet voorgesteld voor dit type", en: "Not suggested for this type" },
        /// It aims at participation or network growth, usually not realistic in categories 3
        /// and 4 (002:4409-4418).
        Unrealistic = "unrealistic" { nl: "Meestal niet realistisch", en: "Usually not realistic" },
    }
}

/// One finding about one planned intervention.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InterventionFinding {
    /// The position of the intervention in the planned list (0-based).
    pub index: usize,
    /// The intervention.
    pub intervention: Intervention,
    /// What is wrong with it.
    pub kind: InterventionFindingKind,
    /// Why, in words.
    pub explanation: Bilingual,
    /// The seed lines the finding rests on.
    pub source: String,
}

/// The findings for a list of planned interventions.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InterventionCheckResult {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The type checked against.
    #[serde(rename = "type")]
    pub r#type: IsolationType,
    /// The findings in the order of the planned list; for one intervention `not_suggested`
    /// comes before `unrealistic`. Empty when every planned intervention fits.
    pub findings: Vec<InterventionFinding>,
}

/// Checks `planned` against type `t`: every intervention the table does not suggest for the
/// type's row is reported as `not_suggested`; in categories 3 and 4 every intervention that
/// aims at participation or network growth ([`Intervention::aims_at_participation`]) is also
/// reported as `unrealistic` (002:4409-4418).
pub fn check_interventions(t: IsolationType, planned: &[Intervention]) -> Vec<InterventionFinding> {
    let row = t.persistence();
    let mut out = Vec::new();
    for (index, &i) in planned.iter().enumerate() {
        if !row.interventions().contains(&i) {
            out.push(InterventionFinding {
                index,
                intervention: i,
                kind: InterventionFindingKind::NotSuggested,
                explanation: Bilingual::new(
                    format!(
                        "'{}' staat in de typologie niet bij {} (categorie {}: {}).",
                        i.label(Lang::Nl),
                        t.label(Lang::Nl),
                        row.category(),
                        row.label(Lang::Nl)
                    ),
                    format!(
                        "The typology does not suggest '{}' for {} (category {}: {}).",
                        i.label(Lang::En),
                        t.label(Lang::En),
                        row.category(),
                        row.label(Lang::En)
                    ),
                ),
                source: super::SOURCE.to_owned(),
            });
        }
        if !row.participation_interventions_realistic() && i.aims_at_participation() {
            out.push(InterventionFinding {
                index,
                intervention: i,
                kind: InterventionFindingKind::Unrealistic,
                explanation: Bilingual::new(
                    format!(
                        "'{}' is gericht op sociale participatie of vergroting van het netwerk; bij structureel \
                         isolement (categorie {}) is dat meestal niet realistisch.",
                        i.label(Lang::Nl),
                        row.category()
                    ),
                    format!(
                        "'{}' aims at social participation or network growth; with structural isolation \
                         (category {}) that is usually not realistic.",
                        i.label(Lang::En),
                        row.category()
                    ),
                ),
                source: "002:4409-4418".to_owned(),
            });
        }
    }
    out
}

impl InterventionCheck {
    /// Runs the check.
    pub fn run(&self) -> InterventionCheckResult {
        InterventionCheckResult {
            instrument: super::TYPOLOGY.to_owned(),
            instrument_version: super::TYPOLOGY_VERSION.to_owned(),
            r#type: self.r#type,
            findings: check_interventions(self.r#type, &self.interventions),
        }
    }
}

impl Document for InterventionCheck {
    const KIND: &'static str = "intervention_check";
}

impl Document for InterventionCheckResult {
    const KIND: &'static str = "intervention_check_result";
}
