//! The isolation typology's operations.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::op::{op, Empty, Instrument, Op};
use crate::{operation, Error};

/// The typology of Machielse & Hortulanus (002:4226-4575).
pub const ISOLATION: Instrument = Instrument { id: TYPOLOGY, version: TYPOLOGY_VERSION };

/// The eight types with their place in the table (the reference set `isolation_types`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IsolationTypes {
    /// Always `machielse-hortulanus-2011`.
    pub instrument: String,
    /// The encoding's version.
    pub instrument_version: String,
    /// The types in the table's order.
    pub types: Vec<IsolationTypeInfo>,
}

impl Document for IsolationTypes {
    const KIND: &'static str = "isolation_types";

    fn check(&self) -> Result<(), Error> {
        for (i, t) in self.types.iter().enumerate() {
            t.check().map_err(|e| e.under("types").under_index(i))?;
        }
        Ok(())
    }
}

/// A type asked for by its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TypeQuery {
    /// The type's code, e.g. `outsiders`.
    #[serde(rename = "type")]
    pub r#type: IsolationType,
}

impl Document for TypeQuery {
    const KIND: &'static str = "isolation_type_query";
}

operation! {
    /// Classifies an older person's isolation.
    Classify = "isolation.classify": IsolationInput => IsolationResult,
    summary "Classify an older person's isolation into one of eight types, with interventions (002:4235-4405)",
    instrument Some(ISOLATION),
    example r#"{"persistence": "structural_complex", "participation_oriented": false}"#,
    run |input| Ok(classify(&input).to_json())
}

operation! {
    /// The decision helper for the persistence.
    DecidePersistence = "isolation.decide_persistence": PersistenceFacts => PersistenceDecision,
    summary "Derive the persistence (the row of the typology) from four facts (002:4409-4427)",
    instrument Some(ISOLATION),
    example r#"{"psychiatric_or_psychogeriatric": false, "complex_problems": true, "structural": true, "caused_by_event_or_situation": false}"#,
    run |facts| Ok(crate::json::to_json(&decide_persistence(&facts)?))
}

operation! {
    /// Checks planned interventions against a type.
    CheckInterventions = "isolation.check_interventions": InterventionCheck => InterventionCheckResult,
    summary "Check planned interventions against what the typology suggests for a type (002:4409-4418)",
    instrument Some(ISOLATION),
    example r#"{"type": "outsiders", "interventions": ["solve_practical_problems", "referral_to_group_activities"]}"#,
    run |check| Ok(check.run().to_json())
}

operation! {
    /// The risk groups that apply to a person.
    RiskGroups = "isolation.risk_groups": RiskGroupInput => RiskGroupResult,
    summary "The risk groups for social isolation that apply to a person (002:4463-4469)",
    instrument Some(ISOLATION),
    example r#"{"living_alone": true, "health_loss": true, "psychosocial_or_psychiatric_problems": false, "low_income": false, "age": 78}"#,
    run |person| Ok(person.result().to_json())
}

operation! {
    /// The eight types.
    Types = "isolation.types": Empty => IsolationTypes,
    summary "The eight isolation types with their place in the table",
    instrument Some(ISOLATION), example "{}",
    run |_req| Ok(crate::json::to_json(&IsolationTypes {
        instrument: TYPOLOGY.to_owned(),
        instrument_version: TYPOLOGY_VERSION.to_owned(),
        types: types(),
    }))
}

operation! {
    /// The inverse lookup of a type.
    TypeInfo = "isolation.type_info": TypeQuery => IsolationTypeInfo,
    summary "Where one isolation type sits in the table: row, column, label, description",
    instrument None, example r#"{"type": "outsiders"}"#,
    run |q| Ok(type_info(q.r#type).to_json())
}

/// The isolation operations.
pub const OPS: &[Op] = &[
    op::<Classify>(),
    op::<DecidePersistence>(),
    op::<CheckInterventions>(),
    op::<RiskGroups>(),
    op::<Types>(),
    op::<TypeInfo>(),
];
