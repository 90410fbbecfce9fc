//! The support plan operations.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::lang::Lang;
use crate::op::{op, Answer, Instrument, Op};
use crate::{operation, Error};

/// The plan rules: validation, application, diff (002:1120-1190, 002:1345-1840).
pub const PLAN: Instrument = Instrument { id: validate::INSTRUMENT, version: validate::RULES_VERSION };

macro_rules! bram {
    ($before:literal, $after:literal) => {
        concat!($before, include_str!("../../data/examples/bram_case.json"), $after)
    };
}

/// A case and, optionally, which plan version of it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseVersion {
    /// The support case.
    pub case: SupportCase,
    /// The plan version; the newest when left out.
    #[serde(default)]
    pub version: Option<u32>,
}

impl Document for CaseVersion {
    const KIND: &'static str = "case_version";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))
    }
}

/// A case and the opt-in check profiles to run on it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfileCheckRequest {
    /// The support case.
    pub case: SupportCase,
    /// The profiles to switch on (`CheckProfile`); none runs unless named here.
    pub profiles: Vec<profiles::CheckProfile>,
}

impl Document for ProfileCheckRequest {
    const KIND: &'static str = "profile_check_request";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))
    }
}

/// The opt-in check profiles (`plan::profiles`).
pub const PROFILES: Instrument = Instrument { id: profiles::INSTRUMENT, version: profiles::VERSION };

/// What to render of a case, in which language.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RenderRequest {
    /// The support case.
    pub case: SupportCase,
    /// The language of the form.
    pub lang: Lang,
    /// Which form.
    pub part: RenderPart,
    /// The plan version; the newest when left out.
    #[serde(default)]
    pub version: Option<u32>,
    /// Markdown (the default) or an HTML document to print (A4); every text of the case is
    /// escaped in both.
    #[serde(default)]
    pub format: RenderFormat,
    /// One Plan van Aanpak per goal, as the book's form (002:1713), instead of one form
    /// whose steps each say which goal they serve. Off by default.
    #[serde(default)]
    pub per_goal: bool,
}

impl Document for RenderRequest {
    const KIND: &'static str = "render_request";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))
    }
}

/// A rendered form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RenderedForm {
    /// Always `steun.plan`.
    pub instrument: String,
    /// The rules version.
    pub instrument_version: String,
    /// The format of `text`.
    pub format: RenderFormat,
    /// The language.
    pub lang: Lang,
    /// The form.
    pub part: RenderPart,
    /// The form's text.
    pub text: String,
}

impl Document for RenderedForm {
    const KIND: &'static str = "rendered_form";
}

/// Two plans to compare.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanPair {
    /// The older plan.
    pub old: Plan,
    /// The newer plan.
    pub new: Plan,
}

impl Document for PlanPair {
    const KIND: &'static str = "plan_pair";

    fn check(&self) -> Result<(), Error> {
        self.old.check().map_err(|e| e.under("old"))?;
        self.new.check().map_err(|e| e.under("new"))
    }
}

/// Two plan versions of one case to compare.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseVersions {
    /// The support case.
    pub case: SupportCase,
    /// The older version.
    pub from: u32,
    /// The newer version.
    pub to: u32,
}

impl Document for CaseVersions {
    const KIND: &'static str = "case_versions";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))
    }
}

fn version_of<'a>(case: &'a SupportCase, v: u32, field: &str) -> Result<&'a Plan, Error> {
    case.plan(v).ok_or_else(|| {
        let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
        Error::invalid(
            crate::Path::root().key(field),
            format!("no plan with this version; the case has: {}", versions.join(", ")),
        )
    })
}

operation! {
    /// Validates a support case.
    Validate = "plan.validate": SupportCase => Findings,
    summary "Check a support case against the plan rules; broken rules are findings with codes and paths",
    instrument Some(PLAN), example bram!("", ""),
    run |case| Ok(validate_case(&case).to_json())
}

operation! {
    /// Runs opt-in check profiles on a case.
    CheckProfiles = "plan.check_profiles": ProfileCheckRequest => Findings,
    summary "Run the opt-in check profiles a host names (practice examples, not the law); warnings and notes, never errors",
    instrument Some(PROFILES),
    example bram!(r#"{"profiles": ["co_informed_of_client_support", "co_evaluation_with_client", "co_day_activity_in_shelter_plan"], "case": "#, "}"),
    run |r| Ok(profiles::check_profiles(&r.case, &r.profiles).to_json())
}

operation! {
    /// Whether findings hold an error.
    HasErrors = "plan.has_errors": Findings => Answer,
    summary "Whether a findings document holds a finding of severity error",
    instrument None,
    example r#"{"instrument": "steun.plan", "instrument_version": "1.0.0", "findings": []}"#,
    run |f| Ok(Answer { answer: f.has_errors() }.to_json())
}

operation! {
    /// Renders a form of a case.
    Render = "plan.render": RenderRequest => RenderedForm,
    summary "Render a form of a case (plan, options, profile, grid, evaluation, Wmo application) as Markdown or HTML to print",
    instrument Some(PLAN), example bram!(r#"{"lang": "nl", "part": "plan", "case": "#, "}"),
    run |r| {
        let options = render::RenderOptions { format: r.format, per_goal: r.per_goal };
        let text = render::render_case_with(&r.case, r.part, r.version, r.lang, options)?;
        Ok(RenderedForm {
            instrument: validate::INSTRUMENT.to_owned(),
            instrument_version: validate::RULES_VERSION.to_owned(),
            format: r.format,
            lang: r.lang,
            part: r.part,
            text,
        }.to_json())
    }
}

operation! {
    /// The Wmo application of a plan.
    Application = "plan.application": CaseVersion => WmoApplication,
    summary "Fill in a Wmo application from a plan version of a case (002:1788-1840)",
    instrument Some(PLAN), example bram!(r#"{"case": "#, "}"),
    run |r| Ok(application(&r.case, r.version)?.to_json())
}

operation! {
    /// The changes between two plans.
    Diff = "plan.diff": PlanPair => PlanDiff,
    summary "The changes from one plan to another, in document order",
    instrument Some(PLAN),
    example r#"{"old": {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"},
 "new": {"client": "K-0001", "version": 2, "drawn_up": "2013-03-10"}}"#,
    run |p| Ok(diff(&p.old, &p.new).to_json())
}

operation! {
    /// The changes between two plan versions of one case.
    DiffVersions = "plan.diff_versions": CaseVersions => PlanDiff,
    summary "The changes between two plan versions of one support case",
    instrument Some(PLAN), example bram!(r#"{"from": 1, "to": 2, "case": "#, "}"),
    run |r| Ok(diff(version_of(&r.case, r.from, "from")?, version_of(&r.case, r.to, "to")?).to_json())
}

/// The plan operations.
pub const OPS: &[Op] = &[
    op::<Validate>(),
    op::<CheckProfiles>(),
    op::<HasErrors>(),
    op::<Render>(),
    op::<Application>(),
    op::<Diff>(),
    op::<DiffVersions>(),
];
