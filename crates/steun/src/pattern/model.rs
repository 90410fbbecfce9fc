//! The demand pattern (vraagpatroon) and the records of its life cycle.
//!
//! A vraagpatroon is a set of recurring, interrelated questions, needs and possibilities
//! (002:3362): what people need, want, demand or expect, and can contribute themselves
//! (002:5773-5774, 002:5968-5972). It is only called a vraagpatroon once the respondents
//! recognised it (002:3418-3422); then someone takes it up (002:5830-5836).

use crate::document::Document;
use crate::pattern::enums::{AddressingParty, FragmentKind, MeetingRole, PatternLevel, PatternStatus};
use crate::pattern::limits::{self, MAX_RECOGNISING_RESPONDENTS};
use crate::pattern::priority::PriorityChoice;
use crate::pattern::theme::Theme;
use crate::text::{ClientCode, FreeText};
use crate::{Beacon, Date, Error, Path};

/// A demand pattern with its four lists, its themes, its support in the stories and where it
/// stands in its life cycle.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DemandPattern {
    /// A stable identifier chosen by the researchers: 1-128 characters, no spaces.
    pub id: String,
    /// The title in the words of the people themselves, e.g. "Neem mij serieus!" (002:3377).
    pub title: String,
    /// What the pattern is about.
    #[serde(default)]
    pub description: String,
    /// What people need (needs).
    #[serde(default)]
    pub needs: Vec<String>,
    /// What people want (wants).
    #[serde(default)]
    pub wants: Vec<String>,
    /// What people demand or expect (demands).
    #[serde(default)]
    pub demands: Vec<String>,
    /// What people can contribute themselves (contributions, competences).
    #[serde(default)]
    pub contributions: Vec<String>,
    /// The themes the pattern touches.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// The number of respondents whose stories support the pattern.
    #[serde(default)]
    pub respondents: u32,
    /// The story fragments that support it, by pseudonymous respondent code.
    #[serde(default)]
    pub fragments: Vec<SupportingFragment>,
    /// The levels it is worked on: individual, collective or both (002:5857-5881); empty
    /// while undecided.
    #[serde(default)]
    pub levels: Vec<PatternLevel>,
    /// The beacons of Welzijn Nieuwe Stijl it relates to (002:5906-5944).
    #[serde(default)]
    pub beacons: Vec<Beacon>,
    /// Where the pattern stands; a new pattern is a candidate.
    #[serde(default = "candidate")]
    pub status: PatternStatus,
    /// The meeting in which the respondents recognised it (from `validated` on).
    #[serde(default)]
    pub validation: Option<MeetingRecord>,
    /// How it was chosen as a pattern to address first (from `prioritised` on).
    #[serde(default)]
    pub prioritisation: Option<PriorityChoice>,
    /// Who takes it up and the agreed actions (from `addressed` on).
    #[serde(default)]
    pub addressing: Option<Addressing>,
    /// How it was closed (only when `closed`).
    #[serde(default)]
    pub closure: Option<Closure>,
}

fn candidate() -> PatternStatus {
    PatternStatus::Candidate
}

/// A story fragment that supports a pattern.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportingFragment {
    /// The respondent's pseudonymous code in the [`ClientCode`] format (e.g. `R-01`), never a
    /// name or a BSN (002:4725-4726).
    pub respondent: ClientCode,
    /// What the fragment says: a need, want, demand or contribution.
    pub kind: FragmentKind,
    /// The fragment's text.
    #[serde(default)]
    pub text: FreeText,
}

/// The record of the transdisciplinary meeting that validated a pattern (002:3418-3440).
///
/// "We spreken dan ook pas van een vraagpatroon als de respondenten de vraagpatronen hebben
/// onderkend" (002:3421-3422): the respondents, not one of them. By default a majority of the
/// respondents present, and at least two, must recognise it ([`MeetingRecord::min_recognising_applied`];
/// interpretation D6); `min_recognising` overrides that minimum.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeetingRecord {
    /// The date of the meeting.
    pub date: Date,
    /// The roles present (002:3433-3435, 002:5775-5776); respondents must be among them.
    pub roles_present: Vec<MeetingRole>,
    /// How many respondents (experts by experience) were present.
    pub respondents_present: u32,
    /// How many of them recognised the pattern (002:3421-3422: only then is it a vraagpatroon).
    pub respondents_recognising: u32,
    /// Who recognised it, by role: the respondents, and e.g. the self-organisations and key
    /// figures in Nijmegen (002:5775-5777). Empty: only the respondents' recognition is
    /// recorded (by count). When given it must name the respondents, and only roles present.
    #[serde(default)]
    pub recognised_by: Vec<MeetingRole>,
    /// The pseudonymous codes of the respondents who recognised it (optional); when given,
    /// exactly `respondents_recognising` distinct codes.
    #[serde(default)]
    pub recognising_respondents: Vec<ClientCode>,
    /// Overrides the minimum number of recognising respondents (default: a majority of those
    /// present, at least two; D6). From 1 to `respondents_present`.
    #[serde(default)]
    pub min_recognising: Option<u32>,
    /// Whether those who recognised it also said a solution is needed, Nijmegen's condition
    /// ("dat het vraagpatroon er écht toe doet en dat er een oplossing nodig is", 002:5776-5777).
    /// Not required by default (Elburg has no such condition, 002:3418-3422); `false` is
    /// recorded as said.
    #[serde(default)]
    pub solution_needed: Option<bool>,
    /// What was said about the pattern.
    #[serde(default)]
    pub notes: Option<FreeText>,
}

/// Who takes a validated pattern up, and what was agreed (002:3426-3431, 002:5830-5836).
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Addressing {
    /// The date it was agreed.
    pub date: Date,
    /// The party that takes the pattern up.
    pub party: AddressingParty,
    /// The agreed actions, each with its owner; at least one.
    pub actions: Vec<AgreedAction>,
    /// Why the group (or its self-organisation, key figures, residents) cannot take it up
    /// itself. Required when the party or an action's owner is professional (002:5834-5836).
    #[serde(default)]
    pub why_not_the_group: Option<String>,
}

/// An agreed action and who owns it.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgreedAction {
    /// What will be done, e.g. "Een folder met alle vervoersmogelijkheden maken" (002:5842).
    pub action: String,
    /// The party that owns the action.
    pub owner: AddressingParty,
    /// The owner's name or function within that party, e.g. "Swon" (optional).
    #[serde(default)]
    pub owner_name: Option<String>,
}

/// How an addressed pattern was closed.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// The date it was closed.
    pub date: Date,
    /// The result, or why it is no longer pursued.
    pub result: String,
}

// Debug shows dates, parties and counts only: actions, results and owners' names are text
// about people.
impl core::fmt::Debug for Addressing {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Addressing")
            .field("date", &self.date)
            .field("party", &self.party)
            .field("actions", &self.actions)
            .finish_non_exhaustive()
    }
}

impl core::fmt::Debug for AgreedAction {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AgreedAction").field("owner", &self.owner).finish_non_exhaustive()
    }
}

impl core::fmt::Debug for Closure {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Closure").field("date", &self.date).finish_non_exhaustive()
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The default minimum of recognising respondents for `present` respondents: a majority of
/// them, and at least two, so one person never validates a pattern alone (002:3422; D6).
pub fn default_min_recognising(present: u32) -> u32 {
    (present / 2 + 1).max(2)
}

impl MeetingRecord {
    /// The minimum of recognising respondents this record is held to: `min_recognising` if
    /// given, else [`default_min_recognising`].
    pub fn min_recognising_applied(&self) -> u32 {
        self.min_recognising.unwrap_or_else(|| default_min_recognising(self.respondents_present))
    }

    /// The rules of validation (002:3418-3422, 002:5775-5777): respondents were present,
    /// enough of them recognised the pattern (see [`MeetingRecord::min_recognising_applied`]),
    /// no more recognised it than were present, and who recognised it is consistent.
    pub fn check_at(&self, at: &Path) -> Result<(), Error> {
        if !self.roles_present.contains(&MeetingRole::Respondent) {
            return Err(Error::invalid(
                at.clone().key("roles_present"),
                "respondents (experts by experience) must be present: only they can recognise a pattern",
            ));
        }
        check_unique(&self.roles_present, at.clone().key("roles_present"), "role")?;
        if self.respondents_present == 0 {
            return Err(Error::invalid(
                at.clone().key("respondents_present"),
                "at least one respondent must be present to validate a pattern",
            ));
        }
        if let Some(min) = self.min_recognising {
            if min == 0 || min > self.respondents_present {
                return Err(Error::invalid(
                    at.clone().key("min_recognising"),
                    format!("expected a whole number from 1 to respondents_present ({})", self.respondents_present),
                ));
            }
        }
        if self.respondents_recognising == 0 {
            return Err(Error::invalid(
                at.clone().key("respondents_recognising"),
                "no respondent recognised the pattern, so it cannot be validated",
            ));
        }
        if self.respondents_recognising > self.respondents_present {
            return Err(Error::invalid(
                at.clone().key("respondents_recognising"),
                "more respondents recognised the pattern than were present",
            ));
        }
        let min = self.min_recognising_applied();
        if self.respondents_recognising < min {
            let why = if self.min_recognising.is_some() {
                "min_recognising".to_owned()
            } else {
                "the respondents must recognise it (002:3422): by default a majority of those present, \
                 and at least two; min_recognising overrides this"
                    .to_owned()
            };
            return Err(Error::invalid(
                at.clone().key("respondents_recognising"),
                format!(
                    "{} of {} respondents present recognised the pattern; at least {min} must ({why})",
                    self.respondents_recognising, self.respondents_present
                ),
            ));
        }
        self.check_who(at)
    }

    fn check_who(&self, at: &Path) -> Result<(), Error> {
        let by = at.clone().key("recognised_by");
        if !self.recognised_by.is_empty() && !self.recognised_by.contains(&MeetingRole::Respondent) {
            return Err(Error::invalid(by, "must include respondent: the respondents recognise a pattern (002:3422)"));
        }
        check_unique(&self.recognised_by, by.clone(), "role")?;
        for (i, r) in self.recognised_by.iter().enumerate() {
            if !self.roles_present.contains(r) {
                return Err(Error::invalid(by.clone().index(i), "this role is not in roles_present"));
            }
        }
        let codes = at.clone().key("recognising_respondents");
        if self.recognising_respondents.len() > MAX_RECOGNISING_RESPONDENTS {
            return Err(limits::exceeded(
                &codes,
                &format!("{} codes", self.recognising_respondents.len()),
                MAX_RECOGNISING_RESPONDENTS,
                "max_recognising_respondents",
            ));
        }
        check_unique(&self.recognising_respondents, codes.clone(), "respondent code")?;
        let n = self.recognising_respondents.len();
        if n != 0 && u32::try_from(n).ok() != Some(self.respondents_recognising) {
            return Err(Error::invalid(
                codes,
                format!("{n} codes, but respondents_recognising is {}", self.respondents_recognising),
            ));
        }
        Ok(())
    }
}

impl Addressing {
    /// True when the party or an action's owner is professional or formal.
    pub fn involves_professionals(&self) -> bool {
        self.party.is_professional() || self.actions.iter().any(|a| a.owner.is_professional())
    }

    /// The rules of addressing: at least one action, each with a text; the group's own
    /// strength first, so professional parties need the reason why (002:5834-5836).
    pub fn check_at(&self, at: &Path) -> Result<(), Error> {
        if self.actions.is_empty() {
            return Err(Error::invalid(at.clone().key("actions"), "at least one agreed action with its owner"));
        }
        for (i, a) in self.actions.iter().enumerate() {
            if blank(&a.action) {
                return Err(Error::invalid(at.clone().key("actions").index(i).key("action"), "must not be blank"));
            }
        }
        let reason_given = self.why_not_the_group.as_deref().is_some_and(|s| !blank(s));
        if self.involves_professionals() && !reason_given {
            return Err(Error::invalid(
                at.clone().key("why_not_the_group"),
                "a professional party takes part: say why the group itself cannot take the pattern up \
                 (the group's own strength comes first)",
            ));
        }
        Ok(())
    }
}

impl Closure {
    /// The result must be stated.
    pub fn check_at(&self, at: &Path) -> Result<(), Error> {
        if blank(&self.result) {
            return Err(Error::invalid(at.clone().key("result"), "must not be blank"));
        }
        Ok(())
    }
}

impl DemandPattern {
    /// A new candidate pattern with an id and a title; every other field empty.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        DemandPattern {
            id: id.into(),
            title: title.into(),
            description: String::new(),
            needs: Vec::new(),
            wants: Vec::new(),
            demands: Vec::new(),
            contributions: Vec::new(),
            themes: Vec::new(),
            respondents: 0,
            fragments: Vec::new(),
            levels: Vec::new(),
            beacons: Vec::new(),
            status: PatternStatus::Candidate,
            validation: None,
            prioritisation: None,
            addressing: None,
            closure: None,
        }
    }
}

/// Fails at the first item equal to an earlier one; O(n) with a hash set.
pub(crate) fn check_unique<T: Eq + core::hash::Hash>(items: &[T], at: Path, what: &str) -> Result<(), Error> {
    let mut earlier = std::collections::HashSet::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        if !earlier.insert(x) {
            return Err(Error::invalid(at.index(i), format!("duplicate {what}")));
        }
    }
    Ok(())
}

impl Document for DemandPattern {
    const KIND: &'static str = "demand_pattern";

    /// The id's form, no duplicate themes, levels or beacons, and the records that the
    /// status needs: exactly those of the states passed through, each valid.
    fn check(&self) -> Result<(), Error> {
        let root = Path::root();
        let id_ok = (1..=128).contains(&self.id.len()) && !self.id.chars().any(|c| c.is_whitespace() || c.is_control());
        if !id_ok {
            return Err(Error::invalid(root.key("id"), "expected 1-128 characters without spaces"));
        }
        if blank(&self.title) {
            return Err(Error::invalid(root.key("title"), "must not be blank"));
        }
        let codes: Vec<&str> = self.themes.iter().map(|t| t.code.as_str()).collect();
        check_unique(&codes, root.clone().key("themes"), "theme")?;
        check_unique(&self.levels, root.clone().key("levels"), "level")?;
        check_unique(&self.beacons, root.clone().key("beacons"), "beacon")?;
        let rank = self.status.stage();
        let records: [(bool, &str); 4] = [
            (self.validation.is_some(), "validation"),
            (self.prioritisation.is_some(), "prioritisation"),
            (self.addressing.is_some(), "addressing"),
            (self.closure.is_some(), "closure"),
        ];
        for (i, (present, field)) in records.iter().enumerate() {
            let needed = rank > i;
            if needed && !present {
                return Err(Error::invalid(
                    root.clone().key(*field),
                    format!("required when the status is {}", self.status),
                ));
            }
            if !needed && *present {
                return Err(Error::invalid(
                    root.clone().key(*field),
                    format!("not allowed when the status is {}", self.status),
                ));
            }
        }
        if let Some(m) = &self.validation {
            m.check_at(&root.clone().key("validation"))?;
        }
        if let Some(c) = &self.prioritisation {
            c.check_at(&root.clone().key("prioritisation"))?;
        }
        if let Some(a) = &self.addressing {
            a.check_at(&root.clone().key("addressing"))?;
        }
        if let Some(c) = &self.closure {
            c.check_at(&root.clone().key("closure"))?;
        }
        Ok(())
    }
}

impl Document for MeetingRecord {
    const KIND: &'static str = "meeting_record";
    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

impl Document for Addressing {
    const KIND: &'static str = "addressing";
    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

impl Document for Closure {
    const KIND: &'static str = "closure";
    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}
