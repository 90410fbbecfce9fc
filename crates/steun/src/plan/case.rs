//! A support case: everything Supportgericht Werken writes down for one client — the
//! Personal Profile, the assessment grid, the course of the process, the versions of the
//! Plan van Aanpak and their evaluations (002:1345-1840). It is the unit that plans are
//! validated, rendered and turned into Wmo applications in, because a goal's wish lives in
//! the profile or the grid.

use super::evaluation::Evaluation;
use super::plan::Plan;
use super::process::SupportProcess;
use crate::assessment_grid::AssessmentGrid;
use crate::document::Document;
use crate::error::Segment;
use crate::personal_profile::PersonalProfile;
use crate::text::ClientCode;
use crate::{Error, Path};

/// One client's support case.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportCase {
    /// The client's pseudonymous code; every plan carries the same code.
    pub client: ClientCode,
    /// The Personal Profile (002:1541-1606).
    #[serde(default)]
    pub profile: Option<PersonalProfile>,
    /// The assessment grid (002:1495-1540).
    #[serde(default)]
    pub grid: Option<AssessmentGrid>,
    /// The course of the six phases.
    #[serde(default)]
    pub process: Option<SupportProcess>,
    /// The versions of the Plan van Aanpak, oldest first; a revision adds a version and
    /// keeps the old ones (002:1826-1838).
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// The evaluations, in order.
    #[serde(default)]
    pub evaluations: Vec<Evaluation>,
    /// The client's type of social isolation (Machielse & Hortulanus), when it is known;
    /// validation then warns about goals that the type makes unrealistic (002:4409-4420).
    #[serde(default)]
    pub isolation_type: Option<crate::isolation::IsolationType>,
    /// The client's kinds of impairment, one or more (002:478-491, 002:507-508).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub impairments: Vec<crate::wmo::Impairment>,
    /// The client's ZRM measurements, in any order; the plan checks read them
    /// (`plan::zrm_checks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zrm: Vec<crate::zrm::ZrmMeasurement>,
    /// Whether the resident was told that free, independent cliëntondersteuning exists, as
    /// the profile `co_informed_of_client_support` asks (003:33, 003:62). Left out: not
    /// recorded; `false`: recorded as not told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub informed_of_client_support: Option<bool>,
}

impl SupportCase {
    /// The newest plan version.
    pub fn current_plan(&self) -> Option<&Plan> {
        self.plans.last()
    }

    /// The plan with this version number.
    pub fn plan(&self, version: u32) -> Option<&Plan> {
        self.plans.iter().find(|p| p.version == version)
    }

    /// Adds a revised plan as the next version, keeping the old ones. The new plan's
    /// version is set to one more than the newest.
    pub fn revise(&mut self, mut plan: Plan) -> Result<u32, Error> {
        plan.version = self.plans.last().map_or(1, |p| p.version.saturating_add(1));
        if plan.client != self.client {
            return Err(Error::invalid(Path::root().key("client"), "a plan must carry the case's client code"));
        }
        let v = plan.version;
        self.plans.push(plan);
        Ok(v)
    }
}

/// `err` with its path placed under `prefix`.
pub(crate) fn under(prefix: &Path, err: Error) -> Error {
    match err {
        Error::Invalid { path, message } => {
            let mut segs: Vec<Segment> = prefix.0.clone();
            segs.extend(path.0);
            Error::Invalid { path: Path(segs), message }
        }
        other => other,
    }
}

impl Document for SupportCase {
    const KIND: &'static str = "support_case";

    fn check(&self) -> Result<(), Error> {
        if let Some(p) = &self.profile {
            p.check().map_err(|e| under(&Path::root().key("profile"), e))?;
        }
        if let Some(g) = &self.grid {
            g.check().map_err(|e| under(&Path::root().key("grid"), e))?;
        }
        // The process is read as recorded: a transition that breaks the phase rules is a
        // finding of validation (`SupportProcess::issues`), not an error here.
        for (i, m) in self.zrm.iter().enumerate() {
            m.check().map_err(|e| under(&Path::root().key("zrm").index(i), e))?;
        }
        for (i, plan) in self.plans.iter().enumerate() {
            let at = Path::root().key("plans").index(i);
            plan.check().map_err(|e| under(&at, e))?;
            if plan.client != self.client {
                return Err(Error::invalid(at.key("client"), "must be the case's client code"));
            }
            if i > 0 && plan.version <= self.plans[i - 1].version {
                return Err(Error::invalid(at.key("version"), "plan versions must increase, oldest first"));
            }
        }
        Ok(())
    }
}

impl Document for Plan {
    const KIND: &'static str = "plan";

    fn check(&self) -> Result<(), Error> {
        if self.version == 0 {
            return Err(Error::invalid(Path::root().key("version"), "expected a version from 1"));
        }
        for (i, step) in self.steps.iter().enumerate() {
            for (j, claim) in step.wmo.iter().enumerate() {
                if let Some(e) = &claim.extent {
                    if !(e.amount.is_finite() && e.amount > 0.0) {
                        return Err(Error::invalid(
                            Path::root().key("steps").index(i).key("wmo").index(j).key("extent").key("amount"),
                            "expected a positive number",
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

/// A process document is read as recorded; its broken rules are findings of
/// `validate_case` (`SupportProcess::issues`), and [`SupportProcess::check`] is for programs.
impl Document for SupportProcess {
    const KIND: &'static str = "support_process";
}

impl Document for Evaluation {
    const KIND: &'static str = "evaluation";
}
