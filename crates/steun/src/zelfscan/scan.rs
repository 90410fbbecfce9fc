//! The zelfscan: answers per element from several respondents by role, and a report per area
//! that shows where roles disagree and which elements nobody marks present. No grade.
//!
//! The guide gives no scale, weights or score (000:250-874, advice only); 002's checklists
//! of this kind are "geen meetinstrumenten" (002:2392). The guide puts the client at the
//! table (000:350-354) and Kwintes found professionals evaluating without the clients
//! (000:2769-2773), hence the view per role and the flag when no client answered.

use serde::{Deserialize, Serialize};

use super::{ZelfscanArea, ZelfscanElement, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};
use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled};
use crate::text::{ClientCode, FreeText};
use crate::{Error, Path};

/// The most respondents in one scan.
pub const MAX_RESPONDENTS: usize = 500;
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

labelled_enum! {
    /// A respondent's role in the organisation. The categories are steun's (interpretation
    /// Z2); the guide speaks of clients, volunteers, supporters and management (000:359-369,
    /// 000:603-613).
    pub enum RespondentRole {
        /// Cliënt or deelnemer.
        Client = "client" { nl: "Cliënt of deelnemer", en: "Client or participant" },
        /// Vrijwilliger (often an expert by experience, 000:65-75).
        Volunteer = "volunteer" { nl: "Vrijwilliger", en: "Volunteer" },
        /// Paid staff: ondersteuner, coach, begeleider, kwartiermaker (000:367).
        Staff = "staff" { nl: "Medewerker of ondersteuner", en: "Staff or supporter" },
        /// Management or board.
        Management = "management" { nl: "Leiding of bestuur", en: "Management or board" },
    }
}

labelled_enum! {
    /// An answer on one element: whether the respondent sees it in the organisation. Not a
    /// grade; the categories are steun's (interpretation Z2).
    pub enum ZelfscanAnswer {
        /// Herkenbaar aanwezig.
        Present = "present" { nl: "Herkenbaar aanwezig", en: "Recognisably present" },
        /// Deels.
        Partly = "partly" { nl: "Deels", en: "Partly" },
        /// Niet aanwezig.
        Absent = "absent" { nl: "Niet aanwezig", en: "Absent" },
        /// Niet van toepassing.
        NotApplicable = "not_applicable" { nl: "Niet van toepassing", en: "Not applicable" },
        /// Weet ik niet.
        Unknown = "unknown" { nl: "Weet ik niet", en: "Don't know" },
    }
}

labelled_enum! {
    /// When roles count as disagreeing on an element (steun's design, interpretation Z3).
    #[derive(Default)]
    pub enum DisagreementRule {
        /// One role has someone answering `present`, another someone answering `absent`
        /// (the default).
        #[default]
        PresentVsAbsent = "present_vs_absent" { nl: "De ene rol aanwezig, een andere niet aanwezig", en: "One role present, another absent" },
        /// Two roles' sets of answers (present, partly, absent) differ.
        AnyDifference = "any_difference" { nl: "Elk verschil tussen rollen", en: "Any difference between roles" },
    }
}

/// One answer of one respondent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ElementAnswer {
    /// The element.
    pub element: ZelfscanElement,
    /// The answer.
    pub answer: ZelfscanAnswer,
    /// An example or an improvement action (personal data; at most 2000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<FreeText>,
}

/// One respondent: a pseudonymous code, a role and answers (each element at most once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    /// The respondent's pseudonymous code, e.g. `R-01`; never a name.
    pub code: ClientCode,
    /// The role.
    pub role: RespondentRole,
    /// The answers; elements left out are unanswered.
    #[serde(default)]
    pub answers: Vec<ElementAnswer>,
}

/// A zelfscan of one organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZelfscanInput {
    /// The respondents (at most 500, codes unique).
    pub respondents: Vec<Respondent>,
    /// When roles count as disagreeing; `present_vs_absent` when left out.
    #[serde(default)]
    pub disagreement: DisagreementRule,
}

impl Document for ZelfscanInput {
    const KIND: &'static str = "zelfscan_input";

    fn check(&self) -> Result<(), Error> {
        if self.respondents.len() > MAX_RESPONDENTS {
            return Err(Error::Limit {
                message: format!(
                    "respondents: {} respondents; at most {MAX_RESPONDENTS} (max_respondents)",
                    self.respondents.len()
                ),
            });
        }
        let mut codes = std::collections::HashMap::new();
        for (i, r) in self.respondents.iter().enumerate() {
            let at = Path::root().key("respondents").index(i);
            if let Some(first) = codes.insert(r.code.as_str(), i) {
                return Err(Error::invalid(
                    at.key("code"),
                    format!("the same code as respondents[{first}]; codes are unique"),
                ));
            }
            let mut seen = [false; 28];
            for (j, a) in r.answers.iter().enumerate() {
                let at = at.clone().key("answers").index(j);
                if std::mem::replace(&mut seen[a.element as usize], true) {
                    return Err(Error::invalid(at.key("element"), "this element is answered twice by this respondent"));
                }
                if let Some(n) = a.note.as_ref().map(|t| t.as_str().chars().count()).filter(|n| *n > MAX_NOTE_CHARS) {
                    return Err(Error::Limit {
                        message: format!(
                            "{}: {n} characters; at most {MAX_NOTE_CHARS} (max_note_chars)",
                            at.key("note")
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}

/// The answers of one role on one element, counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleTally {
    /// The role.
    pub role: RespondentRole,
    /// Respondents answering `present`.
    pub present: u32,
    /// Respondents answering `partly`.
    pub partly: u32,
    /// Respondents answering `absent`.
    pub absent: u32,
    /// Respondents answering `not_applicable`.
    pub not_applicable: u32,
    /// Respondents answering `unknown`.
    pub unknown: u32,
    /// Respondents of the role who left the element out.
    pub unanswered: u32,
}

impl RoleTally {
    fn new(role: RespondentRole) -> Self {
        RoleTally { role, present: 0, partly: 0, absent: 0, not_applicable: 0, unknown: 0, unanswered: 0 }
    }

    fn add(&mut self, a: ZelfscanAnswer) {
        use ZelfscanAnswer as A;
        *match a {
            A::Present => &mut self.present,
            A::Partly => &mut self.partly,
            A::Absent => &mut self.absent,
            A::NotApplicable => &mut self.not_applicable,
            A::Unknown => &mut self.unknown,
        } += 1;
    }

    /// Which of present, partly, absent the role gave.
    fn substantive(&self) -> [bool; 3] {
        [self.present > 0, self.partly > 0, self.absent > 0]
    }
}

/// A note of one respondent on one element.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ElementNote {
    /// The respondent's code.
    pub respondent: ClientCode,
    /// The role.
    pub role: RespondentRole,
    /// The note.
    pub note: FreeText,
}

/// One element in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ElementReport {
    /// The element.
    pub element: ZelfscanElement,
    /// steun's id, e.g. `A1.4`.
    pub id: String,
    /// The guide's lines.
    pub lines: String,
    /// The answers per role, for the roles that have respondents, in the roles' order.
    pub tallies: Vec<RoleTally>,
    /// Whether the roles disagree under the scan's rule.
    pub roles_disagree: bool,
    /// The roles involved in the disagreement; empty when they agree.
    pub disagreeing_roles: Vec<RespondentRole>,
    /// True when nobody answered `present`.
    pub nobody_marks_present: bool,
    /// True when no client gave an answer other than `not_applicable` or `unknown`.
    pub no_client_answer: bool,
    /// The respondents' notes, in input order.
    pub notes: Vec<ElementNote>,
}

/// One area in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AreaReport {
    /// The area.
    pub area: ZelfscanArea,
    /// Its elements in the guide's order.
    pub elements: Vec<ElementReport>,
    /// The elements where roles disagree.
    pub disagreements: Vec<ZelfscanElement>,
    /// The elements nobody marks present.
    pub nobody_marks_present: Vec<ZelfscanElement>,
}

/// The number of respondents of a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleCount {
    /// The role.
    pub role: RespondentRole,
    /// Its respondents.
    pub respondents: u32,
}

/// The zelfscan report: per area, per element, per role. No grade, no ranking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZelfscanReport {
    /// Always `movisie-2013-zelfscan`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The respondents per role, for every role.
    pub respondents: Vec<RoleCount>,
    /// True when no respondent is a client: the guide puts the client at the table
    /// (000:350-354).
    pub no_client_respondent: bool,
    /// The rule used for disagreement.
    pub disagreement: DisagreementRule,
    /// The four areas.
    pub areas: Vec<AreaReport>,
    /// What the report is and is not.
    pub explanation: Bilingual,
    /// The source.
    pub source: String,
}

impl Document for ZelfscanReport {
    const KIND: &'static str = "zelfscan_report";
}

const ROLES: usize = 4;

fn disagreement(tallies: &[RoleTally; ROLES], rule: DisagreementRule) -> Vec<RespondentRole> {
    let roles = RespondentRole::ALL;
    let involved: Vec<usize> = match rule {
        DisagreementRule::PresentVsAbsent => {
            let with_present: Vec<usize> = (0..ROLES).filter(|&i| tallies[i].present > 0).collect();
            let with_absent: Vec<usize> = (0..ROLES).filter(|&i| tallies[i].absent > 0).collect();
            let split = with_present.iter().any(|p| with_absent.iter().any(|a| a != p));
            if !split {
                return vec![];
            }
            (0..ROLES).filter(|i| with_present.contains(i) || with_absent.contains(i)).collect()
        }
        DisagreementRule::AnyDifference => {
            let given: Vec<usize> = (0..ROLES).filter(|&i| tallies[i].substantive() != [false; 3]).collect();
            let differ =
                given.iter().any(|&a| given.iter().any(|&b| tallies[a].substantive() != tallies[b].substantive()));
            if !differ {
                return vec![];
            }
            given
        }
    };
    involved.into_iter().map(|i| roles[i]).collect()
}

/// The report of a scan.
pub fn report(input: &ZelfscanInput) -> ZelfscanReport {
    let mut per_role = [0u32; ROLES];
    for r in &input.respondents {
        per_role[r.role as usize] += 1;
    }
    let areas = ZelfscanArea::ALL
        .iter()
        .map(|&area| {
            let elements: Vec<ElementReport> = area.elements().map(|e| element_report(input, e, &per_role)).collect();
            AreaReport {
                area,
                disagreements: elements.iter().filter(|e| e.roles_disagree).map(|e| e.element).collect(),
                nobody_marks_present: elements.iter().filter(|e| e.nobody_marks_present).map(|e| e.element).collect(),
                elements,
            }
        })
        .collect();
    ZelfscanReport {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        respondents: RespondentRole::ALL
            .iter()
            .map(|&role| RoleCount { role, respondents: per_role[role as usize] })
            .collect(),
        no_client_respondent: per_role[RespondentRole::Client as usize] == 0,
        disagreement: input.disagreement,
        areas,
        explanation: Bilingual::new(
            "Een zelfscan om samen te bespreken, geen meetinstrument: de gids geeft geen schaal, gewichten of score (000:250-874), dus steun telt alleen antwoorden per rol. Antwoordcategorieën, rollen en de regel voor 'rollen verschillen' zijn ontwerp van steun (docs/interpretations.md Z1-Z3).",
            "A self-scan to discuss together, not a measuring instrument: the guide gives no scale, weights or score (000:250-874), so steun only counts answers per role. The answer categories, the roles and the rule for 'roles disagree' are steun's design (docs/interpretations.md Z1-Z3).",
        ),
        source: SOURCE.to_owned(),
    }
}

fn element_report(input: &ZelfscanInput, element: ZelfscanElement, per_role: &[u32; ROLES]) -> ElementReport {
    let mut tallies: [RoleTally; ROLES] = core::array::from_fn(|i| RoleTally::new(RespondentRole::ALL[i]));
    let mut notes = Vec::new();
    for r in &input.respondents {
        let t = &mut tallies[r.role as usize];
        match r.answers.iter().find(|a| a.element == element) {
            Some(a) => {
                t.add(a.answer);
                if let Some(n) = &a.note {
                    notes.push(ElementNote { respondent: r.code.clone(), role: r.role, note: n.clone() });
                }
            }
            None => t.unanswered += 1,
        }
    }
    let disagreeing_roles = disagreement(&tallies, input.disagreement);
    let client = &tallies[RespondentRole::Client as usize];
    let info = element.info();
    ElementReport {
        element,
        id: info.id.to_owned(),
        lines: info.lines.to_owned(),
        nobody_marks_present: tallies.iter().all(|t| t.present == 0),
        no_client_answer: client.substantive() == [false; 3],
        roles_disagree: !disagreeing_roles.is_empty(),
        disagreeing_roles,
        tallies: RespondentRole::ALL
            .iter()
            .filter(|r| per_role[**r as usize] > 0)
            .map(|&r| tallies[r as usize].clone())
            .collect(),
        notes,
    }
}
