//! Social isolation of older people: the typology of Machielse & Hortulanus (2011) with its
//! suggested interventions, as the Veenendaal signalling network used it (002:4226-4575).
//!
//! Two axes give eight types (002:4235-4405): the **persistence** of the isolation (four rows,
//! [`Persistence`]) and the **orientation** to social participation ([`Orientation`]). The
//! interventions, the trajectory and the role of volunteers belong to the row. Persistence is
//! the main indicator of what is needed (002:4409-4418); orientation is the second
//! (002:4420-4427).
//!
//! ```
//! use steun::isolation::{classify, IsolationInput, IsolationType, Persistence};
//!
//! let r = classify(&IsolationInput { persistence: Persistence::StructuralComplex, participation_oriented: false });
//! assert_eq!(r.r#type, IsolationType::Outsiders);
//! assert_eq!(r.category, 3);
//! assert!(!r.participation_interventions_realistic && r.network_case);
//! ```

mod check;
mod classify;
pub mod columns;
mod decision;
mod intervention;
mod isolation_type;
pub mod ops;
mod orientation_order;
mod persistence;
mod risk_group;
mod trajectory;

pub use check::{
    check_interventions, InterventionCheck, InterventionCheckResult, InterventionFinding, InterventionFindingKind,
};
pub use classify::{classify, result_for, IsolationInput, IsolationResult};
pub use decision::{decide_persistence, LonelinessEmphasis, PersistenceDecision, PersistenceFacts, PersistenceRule};
pub use intervention::Intervention;
pub use isolation_type::{type_info, types, IsolationType, IsolationTypeInfo};
pub use orientation_order::{orientation_note, suggested_order};
pub use persistence::{Orientation, Persistence};
pub use risk_group::{risk_groups, RiskGroup, RiskGroupInput, RiskGroupResult, RISK_AGE};
pub use trajectory::{Trajectory, TrajectoryIntensity, TrajectoryLength, Volunteer};

/// The id of the typology, carried in every result: Machielse & Hortulanus (2011).
pub const TYPOLOGY: &str = "machielse-hortulanus-2011";

/// The version of steun's encoding of the typology, carried in every result so a stored
/// result can be replayed and audited. Raise it when a table, label or rule changes.
pub const TYPOLOGY_VERSION: &str = "2.0.0";

/// The seed lines of the typology table.
pub const SOURCE: &str = "002:4235-4405";

/// For `#[serde(deserialize_with)]`: a category number, read as the schema states it (1..4),
/// so a stored document with category 0 or 9 is refused when read, not only by its rules.
pub(crate) fn category<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let n = <u8 as serde::Deserialize>::deserialize(d)?;
    if (1..=4).contains(&n) {
        Ok(n)
    } else {
        Err(serde::de::Error::custom("expected a whole number from 1 to 4"))
    }
}

/// The longest intervention list of a row (row 4 has six; 002:4381-4401).
pub const MAX_INTERVENTIONS: usize = 6;

/// JSON in, JSON out: the entry points the CLI and the bindings share, so all of them give
/// byte-identical output for the same input.
pub mod json_api {
    use crate::document::Document;
    use crate::lang::Labelled;
    use crate::Error;

    use super::*;

    /// Classifies an `isolation_input` document; returns the `isolation_result` as compact JSON.
    pub fn classify_json(input: &str) -> Result<String, Error> {
        Ok(classify(&IsolationInput::from_json(input)?).to_json())
    }

    /// Runs the decision helper on a `persistence_facts` document; returns the
    /// `persistence_decision`.
    pub fn decide_persistence_json(facts: &str) -> Result<String, Error> {
        Ok(crate::json::to_json(&decide_persistence(&PersistenceFacts::from_json(facts)?)?))
    }

    /// Checks an `intervention_check` document; returns the `intervention_check_result`.
    pub fn check_interventions_json(check: &str) -> Result<String, Error> {
        Ok(InterventionCheck::from_json(check)?.run().to_json())
    }

    /// The risk groups of a `risk_group_input` document; returns the `risk_group_result`.
    pub fn risk_groups_json(person: &str) -> Result<String, Error> {
        Ok(RiskGroupInput::from_json(person)?.result().to_json())
    }

    /// All eight types with their place in the table (the reference set `isolation_types`).
    pub fn types_json() -> String {
        crate::json::to_json(&types())
    }

    /// The inverse lookup for a type code, e.g. `outsiders`; returns an `isolation_type_info`.
    pub fn type_info_json(code: &str) -> Result<String, Error> {
        Ok(type_info(IsolationType::from_code(code)?).to_json())
    }
}
