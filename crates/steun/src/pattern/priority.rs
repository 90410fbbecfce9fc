//! Choosing the patterns to address first (002:3435-3437, 002:6128-6129).
//!
//! In Elburg "is met de aanwezigen een keuze gemaakt voor de vraagpatronen die zij het
//! belangrijkste vonden" (002:3435-3437): two of five. Hatert's step 2 is "Keuze maken welk
//! vraagpatroon prioriteit heeft" (002:6128); one of five was chosen (002:5972-5976). The choice
//! is made among validated patterns: the chosen become `prioritised` with their rank, the others
//! stay `validated`, open to a later choice (D8). Only a prioritised pattern is addressed.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::pattern::enums::{MeetingRole, PatternStatus};
use crate::pattern::lifecycle::{INSTRUMENT, INSTRUMENT_VERSION};
use crate::pattern::limits::{exceeded, MAX_PRIORITISED_PATTERNS};
use crate::pattern::model::{check_unique, DemandPattern};
use crate::text::FreeText;
use crate::{Date, Error, Path};

/// The record on a pattern of the choice that made it one to address first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorityChoice {
    /// The date of the choice.
    pub date: Date,
    /// Its place among the chosen: 1 is addressed first.
    pub rank: u32,
    /// How many patterns were weighed (Elburg 5, 002:3366-3414; Hatert 5, 002:5972).
    pub considered: u32,
    /// Who chose (Elburg: all present, 002:3433-3437).
    pub chosen_by: Vec<MeetingRole>,
    /// Why, e.g. Hatert's "een hot item" and the high priority a welfare organisation gave it
    /// (002:5973-5976).
    #[serde(default)]
    pub reason: Option<FreeText>,
}

impl PriorityChoice {
    /// A rank from 1 to `considered`, and at least one role, each once.
    pub fn check_at(&self, at: &Path) -> Result<(), Error> {
        if self.rank == 0 || self.rank > self.considered {
            return Err(Error::invalid(
                at.clone().key("rank"),
                format!("expected a whole number from 1 to considered ({})", self.considered),
            ));
        }
        check_roles(&self.chosen_by, at.clone().key("chosen_by"))
    }
}

fn check_roles(roles: &[MeetingRole], at: Path) -> Result<(), Error> {
    if roles.is_empty() {
        return Err(Error::invalid(at, "say who chose: at least one role"));
    }
    check_unique(roles, at, "role")
}

/// A pattern chosen, by id, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChosenPattern {
    /// The id of a pattern in the request's `patterns`.
    pub pattern: String,
    /// Why it was chosen.
    #[serde(default)]
    pub reason: Option<FreeText>,
}

/// The choice of the patterns to address first, in order (the first is addressed first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Prioritisation {
    /// The date of the choice.
    pub date: Date,
    /// Who chose.
    pub chosen_by: Vec<MeetingRole>,
    /// The chosen patterns, first priority first; at least one.
    pub chosen: Vec<ChosenPattern>,
}

/// The validated patterns to choose from, and the choice.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrioritiseRequest {
    /// The patterns weighed, each a valid pattern document; ids unique.
    pub patterns: Vec<DemandPattern>,
    /// The choice.
    pub prioritisation: Prioritisation,
}

impl Document for PrioritiseRequest {
    const KIND: &'static str = "pattern_prioritisation_request";

    fn check(&self) -> Result<(), Error> {
        let at = Path::root().key("patterns");
        if self.patterns.len() > MAX_PRIORITISED_PATTERNS {
            return Err(exceeded(
                &at,
                &format!("{} patterns", self.patterns.len()),
                MAX_PRIORITISED_PATTERNS,
                "max_prioritised_patterns",
            ));
        }
        if self.patterns.is_empty() {
            return Err(Error::invalid(at, "at least one pattern to choose from"));
        }
        for (i, p) in self.patterns.iter().enumerate() {
            p.check().map_err(|e| e.under_index(i).under("patterns"))?;
        }
        let ids: Vec<&str> = self.patterns.iter().map(|p| p.id.as_str()).collect();
        check_unique(&ids, at, "pattern id")?;
        Ok(())
    }
}

/// The patterns after the choice: the chosen are `prioritised`, the others unchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrioritisedPatterns {
    /// `steun.patterns`.
    pub instrument: String,
    /// The version of the life cycle's rules.
    pub instrument_version: String,
    /// The patterns, in the request's order.
    pub patterns: Vec<DemandPattern>,
    /// The ids chosen, first priority first.
    pub chosen: Vec<String>,
    /// The ids weighed and not chosen, in the request's order.
    pub not_chosen: Vec<String>,
}

impl Document for PrioritisedPatterns {
    const KIND: &'static str = "prioritised_patterns";
}

/// Applies the choice to `patterns`: all or nothing. Each chosen id must be among them, once,
/// and be `validated`; the chosen get a [`PriorityChoice`] with their rank and
/// `considered = patterns.len()`.
pub fn prioritise(patterns: &mut [DemandPattern], choice: &Prioritisation) -> Result<(), Error> {
    let at = Path::root().key("prioritisation");
    check_roles(&choice.chosen_by, at.clone().key("chosen_by"))?;
    if choice.chosen.is_empty() {
        return Err(Error::invalid(at.key("chosen"), "choose at least one pattern"));
    }
    let ids: Vec<&str> = choice.chosen.iter().map(|c| c.pattern.as_str()).collect();
    check_unique(&ids, at.clone().key("chosen"), "pattern")?;
    let mut positions = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let Some(j) = patterns.iter().position(|p| p.id == *id) else {
            return Err(Error::invalid(
                at.clone().key("chosen").index(i).key("pattern"),
                "no pattern with this id among patterns",
            ));
        };
        let status = patterns.get(j).map_or(PatternStatus::Candidate, |p| p.status);
        if status != PatternStatus::Validated {
            return Err(crate::pattern::lifecycle::transition(status, PatternStatus::Prioritised));
        }
        positions.push(j);
    }
    let considered = u32::try_from(patterns.len()).unwrap_or(u32::MAX);
    for (rank, (j, c)) in positions.into_iter().zip(&choice.chosen).enumerate() {
        let record = PriorityChoice {
            date: choice.date,
            rank: u32::try_from(rank + 1).unwrap_or(u32::MAX),
            considered,
            chosen_by: choice.chosen_by.clone(),
            reason: c.reason.clone(),
        };
        if let Some(p) = patterns.get_mut(j) {
            p.prioritise(record)?;
        }
    }
    Ok(())
}

/// [`prioritise`] on a request, as the operation's response.
pub fn prioritise_request(mut r: PrioritiseRequest) -> Result<PrioritisedPatterns, Error> {
    prioritise(&mut r.patterns, &r.prioritisation)?;
    let chosen: Vec<String> = r.prioritisation.chosen.iter().map(|c| c.pattern.clone()).collect();
    let not_chosen = r.patterns.iter().map(|p| p.id.clone()).filter(|id| !chosen.contains(id)).collect();
    Ok(PrioritisedPatterns {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        patterns: r.patterns,
        chosen,
        not_chosen,
    })
}

impl Document for PriorityChoice {
    const KIND: &'static str = "priority_choice";
    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}
