//! The Wmo application built from a plan (002:1768-1782): the problems, a problem analysis,
//! the chosen solution direction and why, the intended results, the chosen measures and why,
//! and their form (in kind or PGB). steun assembles what the plan and the case hold and
//! lists what is still missing; it does not decide the application (002:1785-1797).

use super::case::SupportCase;
use super::labels::ApplicationPart;
use super::labels::ProvisionForm;
use super::plan::{Extent, Plan};
use super::validate::{INSTRUMENT, RULES_VERSION};
use crate::assessment_grid::AssessmentGrid;
use crate::support::SolutionRing;
use crate::text::{ClientCode, FreeText};
use crate::Error;

/// A Wmo application as far as the plan fills it in.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WmoApplication {
    /// The instrument that produced it (`steun.plan`).
    pub instrument: String,
    /// The version of the plan rules that produced it (formerly `version`, the crate's).
    #[serde(alias = "version")]
    pub instrument_version: String,
    /// The client's pseudonymous code.
    pub client: ClientCode,
    /// The plan version it is built from.
    pub plan_version: u32,
    /// De problemen van betrokkene: the plan's, or else the grid's experienced barriers.
    pub problems: Vec<FreeText>,
    /// Een probleemanalyse.
    pub problem_analysis: Option<FreeText>,
    /// De oplossingsrichting: the rings the plan draws on, from the inside out.
    pub solution_direction: Vec<SolutionRing>,
    /// Why this direction.
    pub solution_motivation: Option<FreeText>,
    /// De beoogde resultaten: the goals' results, highest priority first.
    pub intended_results: Vec<FreeText>,
    /// De in te zetten maatregelen: the plan's Wmo claims.
    pub measures: Vec<Measure>,
    /// The parts still missing, in the order of 002:1770-1779; empty when complete.
    pub missing: Vec<ApplicationPart>,
    /// The seed lines of the application's parts.
    pub source: String,
}

/// A measure of the application: one Wmo claim of the plan.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The number of the plan step it comes from (from 1).
    pub step: u32,
    /// The provision.
    pub provision: FreeText,
    /// General or individual provision.
    pub ring: SolutionRing,
    /// In kind or PGB.
    pub form: ProvisionForm,
    /// How much.
    pub extent: Option<Extent>,
    /// Why.
    pub motivation: Option<FreeText>,
}

/// Assembles the application from one plan and, for the problems, the case's grid.
pub fn assemble(plan: &Plan, grid: Option<&AssessmentGrid>) -> WmoApplication {
    let basis = plan.application.clone().unwrap_or_default();
    let mut problems: Vec<FreeText> = basis.problems.into_iter().filter(|p| !p.is_blank()).collect();
    if problems.is_empty() {
        if let Some(g) = grid {
            problems = g.rows.iter().flat_map(|r| r.experienced_barriers.iter().cloned()).collect();
        }
    }
    let mut direction: Vec<SolutionRing> = plan.steps.iter().flat_map(|s| s.rings()).collect();
    direction.sort();
    direction.dedup();
    let mut goals: Vec<_> = plan.goals.iter().filter(|g| !g.result.is_blank()).collect();
    goals.sort_by_key(|g| g.priority);
    let measures: Vec<Measure> = plan
        .wmo_claims()
        .map(|(i, c)| Measure {
            step: u32::try_from(i + 1).unwrap_or(u32::MAX),
            provision: c.provision.clone(),
            ring: c.ring,
            form: c.form,
            extent: c.extent,
            motivation: c.motivation.clone().filter(|m| !m.is_blank()),
        })
        .collect();
    let analysis = basis.problem_analysis.filter(|t| !t.is_blank());
    let motivation = basis.solution_motivation.filter(|t| !t.is_blank());
    let mut missing = Vec::new();
    let mut need = |absent: bool, part| {
        if absent {
            missing.push(part)
        }
    };
    need(problems.is_empty(), ApplicationPart::Problems);
    need(analysis.is_none(), ApplicationPart::ProblemAnalysis);
    need(direction.is_empty(), ApplicationPart::SolutionDirection);
    need(motivation.is_none(), ApplicationPart::SolutionMotivation);
    need(goals.is_empty(), ApplicationPart::IntendedResults);
    need(measures.is_empty(), ApplicationPart::Measures);
    need(measures.iter().any(|m| m.motivation.is_none()), ApplicationPart::MeasureMotivation);
    // The form is required by every claim's type, so it is never missing.
    WmoApplication {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: RULES_VERSION.to_owned(),
        client: plan.client.clone(),
        plan_version: plan.version,
        problems,
        problem_analysis: analysis,
        solution_direction: direction,
        solution_motivation: motivation,
        intended_results: goals.into_iter().map(|g| g.result.clone()).collect(),
        measures,
        missing,
        source: "002:1768-1782".to_owned(),
    }
}

/// The application for plan `version` of a case (the newest when `None`).
pub fn application(case: &SupportCase, version: Option<u32>) -> Result<WmoApplication, Error> {
    let plan = match version {
        Some(v) => case.plan(v),
        None => case.current_plan(),
    };
    let plan = plan.ok_or_else(|| {
        let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
        let refs: Vec<&str> = versions.iter().map(String::as_str).collect();
        Error::not_found("plan version", "", &refs)
    })?;
    Ok(assemble(plan, case.grid.as_ref()))
}
