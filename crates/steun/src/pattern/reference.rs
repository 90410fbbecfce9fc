//! The worked sets of demand patterns from the sources, shipped as JSON in the crate
//! (`crates/steun/data/patterns_*.json`): Elburg's five patterns (002:3351-3570) and the eight
//! patterns of the older migrants in Nijmegen (002:5771-5944). Hatert has no set: the source
//! names one of its five patterns (002:5972-5973); its method is [`crate::pattern::method`].

use crate::document::Document;
use crate::lang::Bilingual;
use crate::pattern::enums::{AddressingParty, MeetingRole, PatternLevel};
use crate::pattern::theme::Theme;
use crate::{Beacon, Error, Path, QualityStandard};

/// The names of the shipped pattern sets, in a stable order.
pub const NAMES: &[&str] = &["patterns_elburg", "patterns_nijmegen_migrants"];

const ELBURG: &str = include_str!("../../data/patterns_elburg.json");
const NIJMEGEN: &str = include_str!("../../data/patterns_nijmegen_migrants.json");

/// A set of demand patterns found in one study, as the source reports it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferencePatternSet {
    /// The set's name, e.g. `patterns_elburg`.
    pub name: String,
    /// The study.
    pub title: Bilingual,
    /// Who was interviewed, and how the patterns were validated.
    pub description: Bilingual,
    /// The number of respondents interviewed.
    pub respondents: u32,
    /// The seed lines of the study.
    pub source: String,
    /// The patterns, in the source's order.
    pub patterns: Vec<ReferencePattern>,
    /// How the study links its patterns to the beacons of Welzijn Nieuwe Stijl.
    #[serde(default)]
    pub beacon_links: Vec<BeaconLink>,
    /// Who validated the patterns, and on what condition.
    #[serde(default)]
    pub validation: Option<ReferenceValidation>,
    /// The patterns the study chose to address first.
    #[serde(default)]
    pub prioritisation: Option<ReferencePrioritisation>,
    /// The improvement ideas formulated for the chosen patterns (Elburg, 002:3438-3458).
    #[serde(default)]
    pub improvement_ideas: Vec<ImprovementIdea>,
}

/// Who validated a study's patterns, as the source reports it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceValidation {
    /// The roles that took part (Elburg, 002:3433-3435) or gave their word (Nijmegen, 002:5775-5777).
    pub by: Vec<MeetingRole>,
    /// Whether they also had to say a solution is needed (Nijmegen, 002:5777).
    pub solution_needed: bool,
    /// What the source says.
    pub text: Bilingual,
    /// The seed lines.
    pub source: String,
}

/// The patterns a study chose to address first, by number.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferencePrioritisation {
    /// The chosen patterns' numbers, in the source's order.
    pub chosen: Vec<u32>,
    /// Who chose.
    pub by: Vec<MeetingRole>,
    /// What the source says.
    pub text: Bilingual,
    /// The seed lines.
    pub source: String,
}

/// An improvement idea for professional support, with the quality standard it names.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImprovementIdea {
    /// Its number in the source (1-5).
    pub number: u32,
    /// The quality standard of Professioneel Ondersteunen it is named after (002:4035-4038).
    pub standard: QualityStandard,
    /// The patterns it was formulated for, by number (002:3438).
    pub patterns: Vec<u32>,
    /// The idea: Dutch in the seed's words, with its subject "de professional" implied.
    pub text: Bilingual,
    /// The seed lines.
    pub source: String,
}

/// One demand pattern of a study, with its texts in Dutch (the source's words) and English.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferencePattern {
    /// A stable id within steun, e.g. `elburg-neem-mij-serieus`.
    pub id: String,
    /// The pattern's number in the source (1-based).
    pub number: u32,
    /// The title in the words of the people themselves.
    pub title: Bilingual,
    /// The pattern's text.
    pub description: Bilingual,
    /// What people need.
    #[serde(default)]
    pub needs: Vec<Bilingual>,
    /// What people want.
    #[serde(default)]
    pub wants: Vec<Bilingual>,
    /// What people demand or expect.
    #[serde(default)]
    pub demands: Vec<Bilingual>,
    /// What people can contribute themselves.
    #[serde(default)]
    pub contributions: Vec<Bilingual>,
    /// The themes it touches (steun's coding; see docs/patterns.md).
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// The levels on which the source works on it.
    #[serde(default)]
    pub levels: Vec<PatternLevel>,
    /// The beacons it relates to (steun's reading; see docs/patterns.md).
    #[serde(default)]
    pub beacons: Vec<Beacon>,
    /// What the source reports about its validation, if anything.
    #[serde(default)]
    pub validation: Option<Bilingual>,
    /// Who took it up in the source, with what.
    #[serde(default)]
    pub addressing: Vec<ReferenceAction>,
    /// The seed lines of the pattern.
    pub source: String,
}

/// An action the source reports for a pattern, and its owner.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceAction {
    /// Who took it up; none when the owner is none of the parties (e.g. a university).
    #[serde(default)]
    pub party: Option<AddressingParty>,
    /// The owner's name in the source, e.g. `Swon`.
    #[serde(default)]
    pub owner_name: Option<String>,
    /// What they did.
    pub action: Bilingual,
    /// The seed lines.
    pub source: String,
}

/// How a study translates one beacon into its own situation (Elburg 002:3508-3570, Nijmegen
/// 002:5911-5944).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BeaconLink {
    /// The beacon.
    pub beacon: Beacon,
    /// What it means for this group.
    pub text: Bilingual,
    /// The seed lines.
    pub source: String,
}

impl Document for ReferencePatternSet {
    const KIND: &'static str = "reference_pattern_set";

    /// Chosen patterns and the patterns of improvement ideas exist in the set.
    fn check(&self) -> Result<(), Error> {
        let known = |n: &u32| self.patterns.iter().any(|p| p.number == *n);
        if let Some(p) = &self.prioritisation {
            if let Some(i) = p.chosen.iter().position(|n| !known(n)) {
                return Err(Error::invalid(
                    Path::root().key("prioritisation").key("chosen").index(i),
                    "no such pattern",
                ));
            }
        }
        for (i, idea) in self.improvement_ideas.iter().enumerate() {
            if let Some(j) = idea.patterns.iter().position(|n| !known(n)) {
                let at = Path::root().key("improvement_ideas").index(i).key("patterns").index(j);
                return Err(Error::invalid(at, "no such pattern"));
            }
        }
        Ok(())
    }
}

/// The shipped pattern set called `name`, or an error listing the names.
pub fn pattern_set(name: &str) -> Result<ReferencePatternSet, Error> {
    let text = match name {
        "patterns_elburg" => ELBURG,
        "patterns_nijmegen_migrants" => NIJMEGEN,
        _ => return Err(Error::not_found("pattern set", name, NAMES)),
    };
    ReferencePatternSet::from_json(text)
}

/// The shipped pattern set called `name` as JSON data.
pub fn pattern_set_value(name: &str) -> Result<serde_json::Value, Error> {
    let set = pattern_set(name)?;
    // Our wire types serialise to JSON without fail (string keys, no custom Serialize).
    serde_json::to_value(set).map_err(|e| Error::invalid(crate::Path::root(), e.to_string()))
}
