//! Support plans (Supportgericht Werken, 002:1345-1840): goals, the options worksheet, the
//! Plan van Aanpak with its steps — what the person does, what others do, professional help,
//! general provisions, Wmo claims with their compensation domains, other schemes — the
//! six-phase process (moves back with a reason, a coded closure), evaluations and plan
//! versions, the Wmo application built from a plan, validation (rules 2.0.0) and rendering.
//!
//! ```
//! use steun::plan::{validate_case, SupportCase};
//! use steun::Document;
//!
//! let case = SupportCase::from_json(include_str!("../../../../examples/data/bram_case.json"))?;
//! let findings = validate_case(&case);
//! assert!(findings.findings.is_empty());
//! assert_eq!(case.plans.len(), 2);
//! # Ok::<(), steun::Error>(())
//! ```

pub mod application;
pub mod case;
pub mod diff;
pub mod evaluation;
pub mod form;
pub mod goal;
pub mod labels;
pub mod ops;
pub mod options;
#[allow(clippy::module_inception)]
pub mod plan;
pub mod process;
pub mod profiles;
pub mod render;
pub mod validate;
pub mod zrm_checks;

pub use application::{application, assemble, Measure, WmoApplication};
pub use case::SupportCase;
pub use diff::{diff, PlanChange, PlanDiff};
pub use evaluation::{Evaluation, GoalEvaluation};
pub use form::RenderFormat;
pub use goal::{Goal, WishRef};
pub use labels::{
    ApplicationPart, ChangeKind, ExtentUnit, FindingCode, GoalOutcome, OtherScheme, ProcessClosureReason,
    ProvisionForm, Relation, Severity, Term, WishSource,
};
pub use options::{OptionsWorksheet, PlanOption};
pub use plan::{ApplicationBasis, Extent, Helper, OtherSchemeProvision, Plan, Step, WmoClaim};
pub use process::{
    allowed_next, check_transition, is_backward, PhaseTransition, ProcessClosure, ProcessIssue, SupportProcess,
};
pub use profiles::{check_profiles, CheckProfile};
pub use render::{render_case, render_case_as, render_plan, render_profile, render_worksheet, RenderPart};
pub use validate::{has_errors, resolve_wish, validate_case, validate_plan, Finding, Findings};

use crate::document::Document;
use crate::{Error, Lang};

impl Document for Findings {
    const KIND: &'static str = "findings";
}

impl Document for WmoApplication {
    const KIND: &'static str = "wmo_application";
}

impl Document for PlanDiff {
    const KIND: &'static str = "plan_diff";
}

impl Document for Goal {
    const KIND: &'static str = "goal";
}

impl Document for OptionsWorksheet {
    const KIND: &'static str = "options_worksheet";
}

/// Validates a support case given as JSON; returns its findings as JSON. Bad JSON, wrong
/// types and unknown fields are errors; broken plan rules and phase transitions that break
/// the process's rules are findings.
pub fn validate_json(case_json: &str) -> Result<String, Error> {
    let case = SupportCase::from_json(case_json)?;
    Ok(validate_case(&case).to_json())
}

/// True when findings given as JSON hold a finding of severity `error`. The JSON is either
/// a findings document (kind `findings`, as [`validate_json`] returns it) or the JSON array
/// of its findings; the first character tells them apart.
///
/// ```
/// let findings = steun::plan::validate_json(r#"{"client": "K-0001", "plans": [
///     {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]}"#)?;
/// assert!(steun::plan::has_errors_json(&findings)?);
/// assert!(!steun::plan::has_errors_json("[]")?);
/// assert!(steun::plan::has_errors_json(r#"[{"severity": "fatal"}]"#).is_err());
/// # Ok::<(), steun::Error>(())
/// ```
pub fn has_errors_json(findings_json: &str) -> Result<bool, Error> {
    if findings_json.trim_start().starts_with('[') {
        let findings: Vec<Finding> = crate::json::from_json(findings_json)?;
        Ok(has_errors(&findings))
    } else {
        Ok(Findings::from_json(findings_json)?.has_errors())
    }
}

/// Renders `part` (`plan`, `options`, `profile` or `all`) of a support case given as JSON,
/// as Markdown in `lang`; the newest plan version.
pub fn render_json(case_json: &str, lang: Lang, part: RenderPart) -> Result<String, Error> {
    let case = SupportCase::from_json(case_json)?;
    render_case(&case, part, None, lang)
}

/// The Wmo application for the newest plan of a support case given as JSON, as JSON.
pub fn application_json(case_json: &str) -> Result<String, Error> {
    let case = SupportCase::from_json(case_json)?;
    Ok(application(&case, None)?.to_json())
}

/// The difference between two plans given as JSON, as JSON.
pub fn diff_json(old_plan_json: &str, new_plan_json: &str) -> Result<String, Error> {
    let old = Plan::from_json(old_plan_json)?;
    let new = Plan::from_json(new_plan_json)?;
    Ok(diff(&old, &new).to_json())
}
