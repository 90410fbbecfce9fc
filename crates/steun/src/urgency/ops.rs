//! The urgency instrument's operations.

use serde::{Deserialize, Serialize};

use super::{
    assess_under, assess_with, BandTable, UrgencyBandTable, UrgencyInput, UrgencyResult, UrgencyResultDocument,
    UrgencyRules,
};
use crate::document::Document;
use crate::op::{op, Empty, Instrument, Op};
use crate::{operation, Error};

/// The urgency instrument (002:3930-4070).
pub const URGENCY: Instrument = Instrument { id: super::INSTRUMENT, version: super::INSTRUMENT_VERSION };

const WIDOW: &str = r#"{"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
 "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
 "duration": "structural_over_half_year"}"#;

/// Inputs to score with one band table, each reported on its own.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyBatch {
    /// The inputs; a bad one gives an error item and does not stop the others.
    pub inputs: Vec<crate::op::AnyJson>,
    /// The band table; the default (002:3993-4006) when left out.
    #[serde(default)]
    pub bands: Option<UrgencyBandTable>,
}

impl Document for UrgencyBatch {
    const KIND: &'static str = "urgency_batch";

    fn check(&self) -> Result<(), Error> {
        match &self.bands {
            Some(b) => b.check().map_err(|e| e.under("bands")),
            None => Ok(()),
        }
    }
}

/// One input's outcome in a batch: its result or its error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyBatchItem {
    /// The result, when the input was good.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<UrgencyResultDocument>,
    /// The problems, when it was not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::op::AnyJson>,
}

/// The results of a batch, in input order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyBatchResult {
    /// Always `jaspers-2011-urgency`.
    pub instrument: String,
    /// The rules version.
    pub instrument_version: String,
    /// The number of inputs that were bad.
    pub errors: u32,
    /// One item per input.
    pub items: Vec<UrgencyBatchItem>,
}

impl Document for UrgencyBatchResult {
    const KIND: &'static str = "urgency_batch_result";
}

/// One input scored with a caller's band table.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyWithBands {
    /// The input.
    pub input: UrgencyInput,
    /// The band table.
    pub bands: UrgencyBandTable,
}

impl Document for UrgencyWithBands {
    const KIND: &'static str = "urgency_with_bands";

    fn check(&self) -> Result<(), Error> {
        self.bands.check().map_err(|e| e.under("bands"))
    }
}

operation! {
    /// Scores one signal with the default band table.
    Assess = "urgency.assess": UrgencyInput => UrgencyResultDocument,
    summary "Score the urgency of one signal (the thermometer, 002:3930-4006), default bands",
    instrument Some(URGENCY), example WIDOW,
    run |input| Ok(super::assess(&input).to_json())
}

operation! {
    /// Scores one signal with a caller's band table.
    AssessWithBands = "urgency.assess_with_bands": UrgencyWithBands => UrgencyResultDocument,
    summary "Score the urgency of one signal with a caller's band table",
    instrument Some(URGENCY),
    example r#"{"input": {"risks": {"safety": "severe", "health": "none", "wellbeing": "none"},
 "scope": {"persons": 1, "minors_involved": false, "over_75_involved": false}, "duration": "incidental"},
 "bands": {"bands": [
  {"band": "information_advice", "score_from": 0, "score_to": 3, "report_action": "no_action", "reporter_action": "information_advice_support"},
  {"band": "consultation", "score_from": 4, "score_to": 6, "report_action": "team_consultation", "reporter_action": "information_advice_support_feedback"},
  {"band": "professional_services", "score_from": 7, "score_to": 9, "report_action": "professional_services", "reporter_action": "information_advice_support_feedback"},
  {"band": "crisis", "score_from": 10, "score_to": 10, "report_action": "crisis_report", "reporter_action": "information_advice_support_feedback"}]}}"#,
    run |req| {
        let table = BandTable::new(&req.bands)?;
        Ok(assess_with(&req.input, &table).to_json())
    }
}

operation! {
    /// Scores many signals; a bad input gives an error item, the others are scored.
    AssessBatch = "urgency.assess_batch": UrgencyBatch => UrgencyBatchResult,
    summary "Score many signals with one band table; each input is reported on its own",
    instrument Some(URGENCY),
    example r#"{"inputs": [{"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
 "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
 "duration": "structural_over_half_year"}, {"risks": {"safety": "dangerous"}}]}"#,
    run |req| {
        let table = match &req.bands {
            Some(b) => BandTable::new(b)?,
            None => BandTable::DEFAULT,
        };
        Ok(batch(&req.inputs, &table, UrgencyRules::CURRENT))
    }
}

/// Writes the batch response directly: results are serialised from the plain
/// [`UrgencyResult`], without building owned documents.
fn batch(inputs: &[crate::op::AnyJson], table: &BandTable, rules: UrgencyRules) -> String {
    #[derive(Serialize)]
    struct Item<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        result: Option<UrgencyResult>,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<serde_json::Value>,
        #[serde(skip)]
        _p: core::marker::PhantomData<&'a ()>,
    }
    #[derive(Serialize)]
    struct Out<'a> {
        instrument: &'a str,
        instrument_version: &'a str,
        errors: u32,
        items: Vec<Item<'a>>,
    }
    let mut errors = 0u32;
    let items = inputs
        .iter()
        .map(|v| match crate::json::from_value::<UrgencyInput>(v.0.clone()) {
            Ok(input) => Item { result: Some(assess_under(&input, table, rules)), error: None, _p: Default::default() },
            Err(e) => {
                errors += 1;
                let e = crate::wire::all_issues_value::<UrgencyInput>(e, &v.0);
                let report = serde_json::from_str(&e.report_json()).unwrap_or_default();
                Item { result: None, error: Some(report), _p: Default::default() }
            }
        })
        .collect();
    crate::json::to_json(&Out { instrument: super::INSTRUMENT, instrument_version: rules.version(), errors, items })
}

operation! {
    /// The default band table.
    DefaultBands = "urgency.default_bands": Empty => UrgencyBandTable,
    summary "The default band table (002:3993-4006, with 5-6 read as consultation)",
    instrument None, example "{}",
    run |_req| Ok(BandTable::DEFAULT.to_table().to_json())
}

operation! {
    /// The current urgency of a signal from its assessments, and the disagreements.
    ReviewAssessments = "urgency.review_assessments": super::UrgencyAssessments => super::AssessmentReview,
    summary "The current urgency band of a signal from its assessments, and where assessors disagree (002:4139-4142)",
    instrument Some(URGENCY),
    example include_str!("../../data/examples/urgency_assessments.json"),
    run |req| Ok(super::assessment::review(&req)?.to_json())
}

/// Recomputes a stored response of an urgency operation under the rules of the
/// `instrument_version` it carries, when that is an older version this library keeps
/// (`result.verify`). `None`: not an urgency operation, or the current or an unknown version
/// (then the caller recomputes with the current rules and reports the difference).
pub fn replay(op: &str, request: serde_json::Value, response: &serde_json::Value) -> Option<Result<String, Error>> {
    let rules = UrgencyRules::of_version(response.get("instrument_version")?.as_str()?)?;
    if rules == UrgencyRules::CURRENT {
        return None;
    }
    let run = || -> Result<String, Error> {
        match op {
            "urgency.assess" => {
                let input: UrgencyInput = crate::op::parse_request(request)?;
                Ok(assess_under(&input, &BandTable::DEFAULT, rules).to_json())
            }
            "urgency.assess_with_bands" => {
                let req: UrgencyWithBands = crate::op::parse_request(request)?;
                Ok(assess_under(&req.input, &BandTable::new(&req.bands)?, rules).to_json())
            }
            _ => {
                let req: UrgencyBatch = crate::op::parse_request(request)?;
                let table = req.bands.as_ref().map_or(Ok(BandTable::DEFAULT), BandTable::new)?;
                Ok(batch(&req.inputs, &table, rules))
            }
        }
    };
    matches!(op, "urgency.assess" | "urgency.assess_with_bands" | "urgency.assess_batch").then(run)
}

/// The urgency operations.
pub const OPS: &[Op] =
    &[op::<Assess>(), op::<AssessWithBands>(), op::<AssessBatch>(), op::<DefaultBands>(), op::<ReviewAssessments>()];
