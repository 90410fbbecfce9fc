//! Evaluation (phase 6; 002:1813-1832): per goal whether it was reached, how the client
//! experienced the activities, what was learnt, and how the plan is adjusted. The process
//! and the result are both looked at.

use super::labels::GoalOutcome;
use crate::date::Date;
use crate::text::FreeText;

/// An evaluation of one version of the plan.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// The date of the evaluation conversation.
    pub date: Date,
    /// The version of the plan evaluated.
    pub plan_version: u32,
    /// Per goal: outcome, experience, lessons, adjustment.
    #[serde(default)]
    pub goals: Vec<GoalEvaluation>,
    /// How the process went: the relation, the phases and how they connect (002:1815-1822).
    #[serde(default)]
    pub process: Vec<FreeText>,
    /// Whether the client took part in the evaluation, as the profile
    /// `co_evaluation_with_client` asks (000:2771-2775). Left out: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_present: Option<bool>,
}

/// The evaluation of one goal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GoalEvaluation {
    /// The goal's id in the evaluated plan.
    pub goal: String,
    /// Reached, partly or not.
    pub outcome: GoalOutcome,
    /// How the client experienced the activities: what they valued (002:1826-1828).
    #[serde(default)]
    pub experience: Vec<FreeText>,
    /// Leerervaringen: what was learnt.
    #[serde(default)]
    pub learnt: Vec<FreeText>,
    /// How the plan is adjusted (bijstellen).
    #[serde(default)]
    pub adjustment: Vec<FreeText>,
}
