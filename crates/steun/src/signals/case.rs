//! The case-tracking list (casusvolgsysteem, 002:4720-4726): per case the problems found,
//! the steps taken before, the follow-up actions with who is responsible and their results,
//! the status, the network meeting and what was agreed there. Clients appear only by their
//! ID code.

use std::collections::HashSet;

use crate::document::Document;
use crate::isolation::Persistence;
use crate::lang::labelled_enum;
use crate::signals::closure::{CaseClosure, ReporterFeedback};
use crate::signals::meeting::Meeting;
use crate::signals::process::{check_cycle, check_next, ProcessEntry, SignalStep};
use crate::signals::report::{attach, AssessedReport, Band, Report};
use crate::signals::SignalKind;
use crate::text::{ClientCode, FreeText};
use crate::urgency::assessment::{latest, UrgencyAssessment};
use crate::{Date, Error, Path};

labelled_enum! {
    /// Where a case stands ("de status … van de casussen die in behandeling waren genomen",
    /// 002:4669-4671). The three statuses are the library's reading of the source.
    pub enum CaseStatus {
        /// Aangemeld: reported, not yet taken on.
        Registered = "registered" { nl: "Aangemeld", en: "Registered" },
        /// In behandeling: taken on; actions are running.
        InProgress = "in_progress" { nl: "In behandeling", en: "In progress" },
        /// Afgesloten.
        Closed = "closed" { nl: "Afgesloten", en: "Closed" },
    }
}

labelled_enum! {
    /// The status of a follow-up action.
    pub enum ActionStatus {
        /// Uitgezet, not finished.
        Open = "open" { nl: "Open", en: "Open" },
        /// Uitgevoerd.
        Done = "done" { nl: "Uitgevoerd", en: "Done" },
        /// Vervallen.
        Cancelled = "cancelled" { nl: "Vervallen", en: "Cancelled" },
    }
}

labelled_enum! {
    /// The role of whoever is responsible for a follow-up action ("wie hiervoor
    /// verantwoordelijk zijn", 002:4724): roles that the Veenendaal account names
    /// (002:4503-4513, 002:4551-4597). A role, never a person's name.
    pub enum OwnerRole {
        /// Ouderenadviseur.
        ElderlyAdviser = "elderly_adviser" { nl: "Ouderenadviseur", en: "Elderly adviser" },
        /// Maatschappelijk werker.
        SocialWorker = "social_worker" { nl: "Maatschappelijk werker", en: "Social worker" },
        /// (Wijk)verpleegkundige.
        Nurse = "nurse" { nl: "Verpleegkundige", en: "Nurse" },
        /// Huisarts.
        GeneralPractitioner = "general_practitioner" { nl: "Huisarts", en: "General practitioner" },
        /// Behandelaar GGz.
        MentalHealthPractitioner = "mental_health_practitioner" { nl: "Behandelaar GGz", en: "Mental health practitioner" },
        /// Huishoudelijke hulp.
        HomeHelp = "home_help" { nl: "Huishoudelijke hulp", en: "Home help" },
        /// Medewerker woningcorporatie.
        HousingOfficer = "housing_officer" { nl: "Medewerker woningcorporatie", en: "Housing association officer" },
        /// Consulent MEE.
        MeeConsultant = "mee_consultant" { nl: "Consulent MEE", en: "MEE consultant" },
        /// Projectleider van het netwerk.
        ProjectLeader = "project_leader" { nl: "Projectleider", en: "Project leader" },
        /// Vrijwilliger.
        Volunteer = "volunteer" { nl: "Vrijwilliger", en: "Volunteer" },
        /// Mantelzorger of familie.
        InformalCarer = "informal_carer" { nl: "Mantelzorger of familie", en: "Informal carer or family" },
        /// Another role.
        Other = "other" { nl: "Andere rol", en: "Other role" },
    }
}

const MAX_ORGANISATION: usize = 100;
const MAX_CASE_ID: usize = 32;

/// Who is responsible for an action: an organisation and a role in it, never a person.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionOwner {
    /// The organisation's name, e.g. "Stichting Welzijn Veenendaal" (at most 100
    /// characters); may be left out when `person` is given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// The role within it.
    pub role: OwnerRole,
    /// A pseudonymous code of the person responsible (e.g. `P-0007`, never a name), so an
    /// action has someone to account for it (002:4724, signals 2.0.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<ClientCode>,
}

impl ActionOwner {
    /// An owner names an organisation (1-100 characters) or a person's code, or both.
    pub(crate) fn check_at(&self, at: &Path) -> Result<(), Error> {
        let blank = self.organisation.trim().is_empty();
        if (blank && self.person.is_none()) || self.organisation.chars().count() > MAX_ORGANISATION {
            return Err(Error::invalid(
                at.clone().key("organisation"),
                format!(
                    "expected the organisation's name, 1-{MAX_ORGANISATION} characters, or a person's code in `person`"
                ),
            ));
        }
        Ok(())
    }
}

/// A follow-up action on a case ("welke (vervolg)acties worden uitgezet", 002:4723-4725).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUpAction {
    /// What is to be done.
    pub action: FreeText,
    /// Who is responsible.
    pub owner: ActionOwner,
    /// When it should be done.
    pub due: Date,
    /// Open, done or cancelled.
    pub status: ActionStatus,
    /// What came of it.
    #[serde(default)]
    pub result: Option<FreeText>,
}

impl FollowUpAction {
    /// True when the action is still open and its due date lies before `on`; an action due
    /// on `on` itself is not overdue yet.
    pub fn is_overdue(&self, on: Date) -> bool {
        self.status == ActionStatus::Open && self.due < on
    }
}

/// The network meeting a case goes to, and what was agreed (002:4479-4482).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkMeeting {
    /// The date of the meeting.
    pub date: Date,
    /// What was agreed ("tot afspraken komen over een mogelijke aanpak of oplossing").
    #[serde(default)]
    pub agreements: Vec<FreeText>,
}

/// For `#[serde(deserialize_with)]`: a case number, refused when read if it is not a code,
/// as the schema says (002:4725-4726).
fn case_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    match case_number_problem(&s) {
        None => Ok(s),
        Some(msg) => Err(serde::de::Error::custom(msg)),
    }
}

/// Why `id` is not a case number, in the wire's words; `None` when it is one.
fn case_number_problem(id: &str) -> Option<String> {
    crate::text::code_problem(id, MAX_CASE_ID)
        .map(|reason| crate::text::code_message("case number", "VNDL-2012-01", MAX_CASE_ID, reason))
}

/// The schema of a case number (the rule itself is checked by [`Case::check_at`]).
#[cfg(feature = "schema")]
struct CaseNumberSchema;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CaseNumberSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CaseNumber".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": crate::text::code_pattern(MAX_CASE_ID),
            "description": "A pseudonymous case number such as VNDL-2012-01, never a name or a BSN."
        })
    }
}

/// One case of the case-tracking list.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The case number: a pseudonymous code of 2-32 characters in the format of
    /// [`ClientCode`] (e.g. `VNDL-2012-01`), never a BSN or a name.
    #[cfg_attr(feature = "schema", schemars(with = "CaseNumberSchema"))]
    #[serde(deserialize_with = "case_number")]
    pub id: String,
    /// The client's ID code (002:4725-4726).
    pub client: ClientCode,
    /// When the case was opened.
    pub opened: Date,
    /// Where the case stands.
    pub status: CaseStatus,
    /// The problems found, coded.
    #[serde(default)]
    pub problem_kinds: Vec<SignalKind>,
    /// The problems found, in words ("welke problematiek men heeft aangetroffen").
    #[serde(default)]
    pub problems: Vec<FreeText>,
    /// The steps taken before ("welke stappen al eerder zijn ondernomen").
    #[serde(default)]
    pub steps_before: Vec<FreeText>,
    /// The signalling process so far, one dated entry per step, in the cycle's order.
    #[serde(default)]
    pub process: Vec<ProcessEntry>,
    /// The network meeting, once the case goes there.
    #[serde(default)]
    pub network_meeting: Option<NetworkMeeting>,
    /// The follow-up actions.
    #[serde(default)]
    pub actions: Vec<FollowUpAction>,
    /// The case's urgency. With assessments: the band of the latest one, also when it is
    /// lower than before ([`Case::assess`], issue 17). Without: the band of the most urgent
    /// report brought in ([`Case::add_report`]). Kept when the forms are destroyed.
    #[serde(default)]
    pub urgency_band: Option<Band>,
    /// The professionals' urgency assessments of this case's signal, each with its assessor,
    /// date, result and any override with its reason (002:4019-4021, 4139-4142).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<UrgencyAssessment>,
    /// The report forms brought in, each with the urgency the library attached. Every form
    /// is removed after its meeting by [`crate::signals::apply_retention`] (002:4717-4718).
    #[serde(default)]
    pub reports: Vec<AssessedReport>,
    /// The isolation category (the typology's row, 1-4 by its `category()`), so a yearly
    /// report can count cases per category as the network did (002:4533-4600).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isolation_category: Option<Persistence>,
    /// How the case ended; only on a `closed` case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closure: Option<CaseClosure>,
    /// The network meetings that discussed the case, in date order, each with its
    /// agreements and actions (002:4664-4674; signals 2.0.0).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Feedback owed to reporters (002:3997-4006), by their reference.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<ReporterFeedback>,
}

impl Case {
    /// Checks a report about this case's client, attaches its urgency and adds it; the
    /// case's urgency band becomes the highest band of its reports.
    pub fn add_report(&mut self, report: Report) -> Result<(), Error> {
        if report.client != self.client {
            return Err(Error::invalid(
                Path::root().key("client"),
                "a report on a case must be about the case's client",
            ));
        }
        let assessed = attach(report)?;
        // "IAO + terugkoppeling van actie" (002:3997-4006): the case remembers whom it owes
        // feedback, since the form itself is destroyed after the meeting.
        if let (Some(reporter), true) = (&assessed.report.reporter_ref, assessed.feedback_due()) {
            self.feedback.push(ReporterFeedback {
                reporter: reporter.clone(),
                reported_on: assessed.report.reported_on,
                given_on: None,
            });
        }
        // Once assessed, the latest assessment decides, not the report's advice.
        if self.assessments.is_empty() {
            self.urgency_band = self.urgency_band.max(Some(assessed.urgency.band));
        }
        self.reports.push(assessed);
        Ok(())
    }

    /// Records an assessment (or a reassessment, also to a lower band); the case's urgency
    /// becomes the band of its latest assessment (issue 17; 002:4139-4142).
    pub fn assess(&mut self, assessment: UrgencyAssessment) -> Result<(), Error> {
        let at = Path::root().key("assessments").index(self.assessments.len());
        assessment.check_at(&at)?;
        if assessment.assessed_on < self.opened {
            return Err(Error::invalid(
                at.key("assessed_on"),
                "an assessment cannot be dated before the case was opened",
            ));
        }
        self.assessments.push(assessment);
        self.urgency_band = latest(&self.assessments).map(|i| self.assessments[i].band());
        Ok(())
    }

    /// Appends a step of the signalling process, checking the cycle's order and the date.
    pub fn record_step(&mut self, step: SignalStep, date: Date, note: Option<FreeText>) -> Result<(), Error> {
        let path = Path::root().key("process").index(self.process.len());
        check_next(self.process.last(), step, date, &path)?;
        if date < self.opened {
            return Err(Error::invalid(path.key("date"), "a process step cannot be dated before the case was opened"));
        }
        self.process.push(ProcessEntry { step, date, note });
        Ok(())
    }

    /// The rules of one case, with paths under `at`.
    pub(crate) fn check_at(&self, at: &Path) -> Result<(), Error> {
        // A case number is a pseudonymous code too: never a BSN or a name (002:4725-4726).
        if let Some(msg) = case_number_problem(&self.id) {
            return Err(Error::invalid(at.clone().key("id"), msg));
        }
        check_cycle(&self.process, &at.clone().key("process"))?;
        if let Some(first) = self.process.first() {
            if first.date < self.opened {
                return Err(Error::invalid(
                    at.clone().key("process").index(0).key("date"),
                    "a process step cannot be dated before the case was opened",
                ));
            }
        }
        if let Some(m) = &self.network_meeting {
            if m.date < self.opened {
                return Err(Error::invalid(
                    at.clone().key("network_meeting").key("date"),
                    "the network meeting cannot be before the case was opened",
                ));
            }
        }
        for (i, a) in self.actions.iter().enumerate() {
            a.owner.check_at(&at.clone().key("actions").index(i).key("owner"))?;
        }
        let mut previous = None;
        for (i, m) in self.meetings.iter().enumerate() {
            m.check_at(self.opened, previous, &at.clone().key("meetings").index(i))?;
            previous = Some(m.date);
        }
        self.check_closure_and_feedback(at)?;
        for (i, r) in self.reports.iter().enumerate() {
            if r.report.client != self.client {
                return Err(Error::invalid(
                    at.clone().key("reports").index(i).key("report").key("client"),
                    "a report on a case must be about the case's client",
                ));
            }
            r.check_at(&at.clone().key("reports").index(i))?;
            if self.assessments.is_empty() && self.urgency_band < Some(r.urgency.band) {
                return Err(Error::invalid(
                    at.clone().key("urgency_band"),
                    "the case's urgency band cannot be below the band of one of its reports; use add_report",
                ));
            }
        }
        self.check_assessments(at)
    }
}

impl Case {
    fn check_closure_and_feedback(&self, at: &Path) -> Result<(), Error> {
        if let Some(c) = &self.closure {
            if self.status != CaseStatus::Closed {
                return Err(Error::invalid(at.clone().key("closure"), "only a `closed` case has a closure"));
            }
            c.check_at(self.opened, &at.clone().key("closure"))?;
        }
        for (i, f) in self.feedback.iter().enumerate() {
            if f.given_on.is_some_and(|d| d < f.reported_on) {
                return Err(Error::invalid(
                    at.clone().key("feedback").index(i).key("given_on"),
                    "feedback cannot be given before the report was made",
                ));
            }
        }
        Ok(())
    }

    /// The dates of the case's network meetings.
    pub fn meeting_dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.network_meeting.iter().map(|m| m.date).chain(self.meetings.iter().map(|m| m.date))
    }

    /// Every follow-up action: the case's own, then those of each meeting.
    pub fn all_actions(&self) -> impl Iterator<Item = &FollowUpAction> + '_ {
        self.actions.iter().chain(self.meetings.iter().flat_map(|m| m.actions.iter()))
    }

    fn check_assessments(&self, at: &Path) -> Result<(), Error> {
        for (i, a) in self.assessments.iter().enumerate() {
            let here = at.clone().key("assessments").index(i);
            a.check_at(&here)?;
            if a.assessed_on < self.opened {
                return Err(Error::invalid(
                    here.key("assessed_on"),
                    "an assessment cannot be dated before the case was opened",
                ));
            }
        }
        let want = latest(&self.assessments).map(|i| self.assessments[i].band());
        if want.is_some() && self.urgency_band != want {
            return Err(Error::invalid(
                at.clone().key("urgency_band"),
                "with assessments, the case's urgency band is the band of the latest assessment; use assess",
            ));
        }
        Ok(())
    }
}

impl Document for Case {
    const KIND: &'static str = "case";

    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

/// The case-tracking list: every case of the network.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseList {
    /// The cases, each with a distinct case number.
    pub cases: Vec<Case>,
}

impl Document for CaseList {
    const KIND: &'static str = "case_list";

    fn check(&self) -> Result<(), Error> {
        let mut seen = HashSet::new();
        for (i, c) in self.cases.iter().enumerate() {
            let at = Path::root().key("cases").index(i);
            c.check_at(&at)?;
            if !seen.insert(c.id.as_str()) {
                return Err(Error::invalid(at.key("id"), "case numbers must be distinct; this one appears earlier"));
            }
        }
        Ok(())
    }
}

/// [`Case::record_step`] on JSON: a case, a step code, an ISO date and an optional note;
/// returns the case as JSON.
pub fn record_step_json(case: &str, step: &str, date: &str, note: Option<&str>) -> Result<String, Error> {
    let mut case = Case::from_json(case)?;
    let step: SignalStep = step.parse()?;
    let date: Date =
        date.parse().map_err(|_| Error::invalid(Path::root().key("date"), "expected an ISO date YYYY-MM-DD"))?;
    case.record_step(step, date, note.map(FreeText::new))?;
    Ok(case.to_json())
}
