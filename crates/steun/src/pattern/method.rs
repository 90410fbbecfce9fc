//! Hatert's eleven steps from demand pattern to neighbourhood practice (002:6121-6154), as a
//! checklist.
//!
//! The professionals in Hatert wrote the steps down after two meetings as "een stappenplan dat we
//! als leidraad wilden gebruiken", a "voorlopige methodiek" (002:6121-6124). A guide, not a
//! procedure: steun ticks steps off in any order and enforces none (D9). The steps' texts are
//! the seed's words, shipped as `crates/steun/data/patterns_method_hatert.json`.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual};
use crate::pattern::lifecycle::{INSTRUMENT, INSTRUMENT_VERSION};
use crate::pattern::model::check_unique;
use crate::text::FreeText;
use crate::{Date, Error, Path};

const HATERT: &str = include_str!("../../data/patterns_method_hatert.json");

labelled_enum! {
    /// The eleven steps of Hatert's method (002:6126-6154), in the seed's order.
    pub enum MethodStep {
        /// Stap 1 (002:6126-6127).
        DemandPatternResearch = "demand_pattern_research" { nl: "Het vraagpatronenonderzoek", en: "The demand pattern research" },
        /// Stap 2 (002:6128-6129).
        ChoosePriorityPattern = "choose_priority_pattern" { nl: "Keuze maken welk vraagpatroon prioriteit heeft", en: "Choosing which demand pattern has priority" },
        /// Stap 3 (002:6130-6131).
        InventoryMeetingPlaces = "inventory_meeting_places" { nl: "Vindplaatsen inventariseren", en: "Taking stock of places to find people" },
        /// Stap 4 (002:6132-6133).
        InitiateMeetings = "initiate_meetings" { nl: "Bijeenkomsten initiëren", en: "Starting meetings" },
        /// Stap 5 (002:6134-6135).
        ActivateThroughNetwork = "activate_through_network" { nl: "Mensen activeren via de netwerkmethode", en: "Activating people through the network method" },
        /// Stap 6 (002:6136-6137).
        BuildTogether = "build_together" { nl: "Activeren en faciliteren om gezamenlijk verder te bouwen", en: "Activating and facilitating to build on together" },
        /// Stap 7 (002:6138).
        ShareKnowledge = "share_knowledge" { nl: "Kennisdelen tussen professionals en wijkbewoners", en: "Sharing knowledge between professionals and residents" },
        /// Stap 8 (002:6139).
        LetGoAndSecure = "let_go_and_secure" { nl: "Loslaten en borgen", en: "Letting go and securing" },
        /// Stap 9 (002:6140-6141).
        ParentCompetenceProfile = "parent_competence_profile" { nl: "Competentieontwikkelingsprofiel Opvoeden Ouders (COO)", en: "Competence development profile parenting, parents (COO)" },
        /// Stap 10 (002:6142-6145).
        ProfessionalCompetenceProfile = "professional_competence_profile" { nl: "Competentieontwikkelingsprofiel Opvoeden Professionals (COP)", en: "Competence development profile parenting, professionals (COP)" },
        /// Stap 11 (002:6146-6154).
        DescribeIntervention = "describe_intervention" { nl: "Interventiemethode beschrijven", en: "Describing the intervention method" },
    }
}

/// A part of a step (step 11 has three, 002:6148-6154).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MethodSubItem {
    /// The text: Dutch in the seed's words.
    pub text: Bilingual,
    /// The seed lines.
    pub source: String,
}

/// One step of the method as the seed gives it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodStepText {
    number: u32,
    step: MethodStep,
    text: Bilingual,
    #[serde(default)]
    sub_items: Vec<MethodSubItem>,
    source: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodDefinition {
    #[allow(dead_code)]
    name: String,
    title: Bilingual,
    description: Bilingual,
    source: String,
    steps: Vec<MethodStepText>,
}

fn hatert() -> Result<MethodDefinition, Error> {
    crate::json::from_json(HATERT)
}

/// A step ticked off, when, and a note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepDone {
    /// The step.
    pub step: MethodStep,
    /// When it was done.
    #[serde(default)]
    pub date: Option<Date>,
    /// What was done.
    #[serde(default)]
    pub note: Option<FreeText>,
}

/// The steps done so far, in any order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MethodChecklistRequest {
    /// The id of the demand pattern worked on, e.g. `hatert-opgroeien` (optional).
    #[serde(default)]
    pub pattern: Option<String>,
    /// The steps done, each at most once; empty gives the whole method, nothing ticked.
    #[serde(default)]
    pub done: Vec<StepDone>,
}

impl Document for MethodChecklistRequest {
    const KIND: &'static str = "method_checklist_request";

    fn check(&self) -> Result<(), Error> {
        if let Some(id) = &self.pattern {
            if !(1..=128).contains(&id.len()) || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(Error::invalid(Path::root().key("pattern"), "expected 1-128 characters without spaces"));
            }
        }
        let steps: Vec<MethodStep> = self.done.iter().map(|d| d.step).collect();
        check_unique(&steps, Path::root().key("done"), "step")
    }
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// The step's number in the seed (1-11).
    pub number: u32,
    /// The step.
    pub step: MethodStep,
    /// The step's text: Dutch in the seed's words.
    pub text: Bilingual,
    /// Its parts, if any.
    #[serde(default)]
    pub sub_items: Vec<MethodSubItem>,
    /// The seed lines.
    pub source: String,
    /// Whether it is ticked off.
    pub done: bool,
    /// When it was done.
    #[serde(default)]
    pub date: Option<Date>,
    /// What was done.
    #[serde(default)]
    pub note: Option<FreeText>,
}

/// Hatert's method with the steps done ticked off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MethodChecklist {
    /// `steun.patterns`.
    pub instrument: String,
    /// The version of the patterns rules.
    pub instrument_version: String,
    /// The method's name.
    pub title: Bilingual,
    /// What it is and how steun keeps it.
    pub description: Bilingual,
    /// The seed lines.
    pub source: String,
    /// The pattern worked on, as given.
    #[serde(default)]
    pub pattern: Option<String>,
    /// The eleven steps in the seed's order.
    pub steps: Vec<ChecklistItem>,
    /// How many are done.
    pub done: u32,
    /// The steps not yet done, in the seed's order.
    pub open: Vec<MethodStep>,
}

impl Document for MethodChecklist {
    const KIND: &'static str = "method_checklist";
}

/// The checklist for the steps done. No order is enforced: a later step done before an
/// earlier one is simply ticked (the seed gives a guide, 002:6121-6124).
pub fn method_checklist(request: &MethodChecklistRequest) -> Result<MethodChecklist, Error> {
    request.check()?;
    let method = hatert()?;
    let mut steps = Vec::with_capacity(method.steps.len());
    let mut open = Vec::new();
    for s in method.steps {
        let done = request.done.iter().find(|d| d.step == s.step);
        if done.is_none() {
            open.push(s.step);
        }
        steps.push(ChecklistItem {
            number: s.number,
            step: s.step,
            text: s.text,
            sub_items: s.sub_items,
            source: s.source,
            done: done.is_some(),
            date: done.and_then(|d| d.date),
            note: done.and_then(|d| d.note.clone()),
        });
    }
    Ok(MethodChecklist {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        title: method.title,
        description: method.description,
        source: method.source,
        pattern: request.pattern.clone(),
        done: u32::try_from(request.done.len()).unwrap_or(u32::MAX),
        open,
        steps,
    })
}
