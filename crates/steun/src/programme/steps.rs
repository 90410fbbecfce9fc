//! A tracker of the five steps (003:11-27). It never blocks a later step: the guide calls its
//! steps ones "die ondersteunend kunnen zijn" (003:58) and warns that striving for
//! completeness and waiting for every partner "kan het proces onnodig vertragen" (003:388);
//! it advises losing no time between plan and execution (003:913). Interpretation CP3.

use serde::{Deserialize, Serialize};

use super::plan::MAX_TEXT_CHARS;
use super::{INSTRUMENT, INSTRUMENT_VERSION};
use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled};
use crate::text::FreeText;
use crate::{Error, Path};

labelled_enum! {
    /// The five steps (003:11-27).
    pub enum ProgrammeStep {
        /// STAP 1, 003:82-242.
        Initiative = "initiative" { nl: "Wie neemt het initiatief?", en: "Who takes the initiative?" },
        /// STAP 2, 003:261-391.
        CoreGroup = "core_group" { nl: "Het formeren van de kerngroep en betrekken overige partners", en: "Forming the core group and involving other partners" },
        /// STAP 3, 003:410-582.
        CurrentAndDesired = "current_and_desired" { nl: "Zicht krijgen op de huidige en gewenste situatie", en: "Getting a view of the current and desired situation" },
        /// STAP 4, 003:601-790.
        ProjectPlan = "project_plan" { nl: "Het omzetten van ambities naar concrete plannen", en: "Turning ambitions into concrete plans" },
        /// STAP 5, 003:805-914.
        Execution = "execution" { nl: "Aan de slag! De uitvoering van de projectplannen", en: "Getting started: carrying out the project plans" },
    }
}

labelled_enum! {
    /// Where a step stands, as the municipality records it (steun's categories, CP3).
    pub enum StepStatus {
        /// Not started.
        NotStarted = "not_started" { nl: "Nog niet begonnen", en: "Not started" },
        /// Under way.
        InProgress = "in_progress" { nl: "Bezig", en: "In progress" },
        /// Done for now (the guide calls borging a process without end, 003:876).
        Done = "done" { nl: "Afgerond", en: "Done" },
    }
}

impl ProgrammeStep {
    /// The step's body in the guide and what it produces there.
    pub fn source(self) -> (&'static str, &'static str, &'static str) {
        use ProgrammeStep as S;
        match self {
            S::Initiative => ("003:82-242", "een initiatief met uitgesproken ambitie, onderbouwd met cijfers, inzichten en voorbeelden (003:147, 003:265)", "an initiative with stated ambitions, backed by figures, insights and examples (003:147, 003:265)"),
            S::CoreGroup => ("003:261-391", "een kerngroep met mandaat, een klankbordgroep, vaak een kick-off (003:273, 003:353, 003:357)", "a core group with a mandate, a sounding board, often a kick-off (003:273, 003:353, 003:357)"),
            S::CurrentAndDesired => ("003:410-582", "beeld van de huidige en gewenste situatie; gezamenlijke ambities (003:414-418, 003:575)", "a picture of the current and desired situation; shared ambitions (003:414-418, 003:575)"),
            S::ProjectPlan => ("003:601-790", "een projectplan: ambities, beoogde resultaten, activiteiten, planning en financiën (003:605)", "a project plan: ambitions, intended results, activities, planning and finances (003:605)"),
            S::Execution => ("003:805-914", "kwartiermaker of projectleider, inrichtingsvorm, borging, monitoring en evaluatie (003:811-909)", "a kwartiermaker or project leader, an organisational form, borging, monitoring and evaluation (003:811-909)"),
        }
    }
}

/// One step as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    /// The step (each at most once).
    pub step: ProgrammeStep,
    /// Where it stands.
    pub status: StepStatus,
    /// A note; not repeated in the output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<FreeText>,
}

/// The steps a municipality records; steps left out are unrecorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepsInput {
    /// The steps, in any order.
    #[serde(default)]
    pub steps: Vec<StepEntry>,
}

impl Document for StepsInput {
    const KIND: &'static str = "co_steps_input";

    fn check(&self) -> Result<(), Error> {
        let mut seen = [false; 5];
        for (i, s) in self.steps.iter().enumerate() {
            let at = Path::root().key("steps").index(i);
            if std::mem::replace(&mut seen[s.step as usize], true) {
                return Err(Error::invalid(at.key("step"), "this step is recorded twice"));
            }
            if let Some(n) = s.note.as_ref().map(|t| t.as_str().chars().count()).filter(|n| *n > MAX_TEXT_CHARS) {
                return Err(Error::Limit {
                    message: format!("{}: {n} characters; at most {MAX_TEXT_CHARS} (max_text_chars)", at.key("note")),
                });
            }
        }
        Ok(())
    }
}

/// One step in the tracker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepState {
    /// The step.
    pub step: ProgrammeStep,
    /// Its number in the guide, 1-5.
    pub number: u8,
    /// Its status; null when not recorded.
    pub status: Option<StepStatus>,
    /// What the guide says it produces.
    pub produces: Bilingual,
    /// Its body in the guide.
    pub lines: String,
    /// Always true: any step may be taken whatever the others' status.
    pub may_proceed: bool,
}

/// The tracker: the five steps, none blocking another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepsTracker {
    /// Always `movisie-2020-co-programme`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The five steps in the guide's order.
    pub steps: Vec<StepState>,
    /// Steps under way or done while an earlier one is not done: shown, never an objection.
    pub ahead_of_earlier: Vec<ProgrammeStep>,
    /// Always false: the tracker never blocks.
    pub blocking: bool,
    /// Why it never blocks, with the guide's lines.
    pub explanation: Bilingual,
}

impl Document for StepsTracker {
    const KIND: &'static str = "co_steps_tracker";
}

/// The tracker of the recorded steps.
pub fn steps(input: &StepsInput) -> StepsTracker {
    let status = |s: ProgrammeStep| input.steps.iter().find(|e| e.step == s).map(|e| e.status);
    let steps: Vec<StepState> = ProgrammeStep::ALL
        .iter()
        .enumerate()
        .map(|(i, &step)| {
            let (lines, nl, en) = step.source();
            StepState {
                step,
                number: i as u8 + 1,
                status: status(step),
                produces: Bilingual::new(nl, en),
                lines: lines.to_owned(),
                may_proceed: true,
            }
        })
        .collect();
    let ahead_of_earlier = steps
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            matches!(s.status, Some(StepStatus::InProgress | StepStatus::Done))
                && steps[..*i].iter().any(|e| e.status != Some(StepStatus::Done))
        })
        .map(|(_, s)| s.step)
        .collect();
    StepsTracker {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        steps,
        ahead_of_earlier,
        blocking: false,
        explanation: Bilingual::new(
            "De stappen zijn stappen 'die ondersteunend kunnen zijn bij de doorontwikkeling' (003:58), geen verplichte volgorde; 'het streven naar compleetheid ... kan het proces onnodig vertragen' (003:388). Daarom blokkeert geen stap een andere; een stap die voorloopt wordt alleen getoond (steun-interpretatie CP3).",
            "The steps are steps 'that can be supportive in the further development' (003:58), not a required order; 'striving for completeness ... can slow the process down needlessly' (003:388). So no step blocks another; a step that runs ahead is only shown (steun interpretation CP3).",
        ),
    }
}
