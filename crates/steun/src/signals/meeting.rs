//! Network meetings as records (002:4664-4674): a case is discussed at any number of
//! meetings, regular six-weekly ones (002:4451, 4479-4480) and emergency ones ("spoedberaad",
//! 002:4586), each with its date, what was agreed and the actions with an owner and a due
//! date, so that what was discussed or decided earlier is not forgotten (002:4669-4674).

use crate::document::Document;
use crate::lang::labelled_enum;
use crate::signals::case::{ActionOwner, CaseList, FollowUpAction};
use crate::text::FreeText;
use crate::{Date, Error, Path};

labelled_enum! {
    /// The kind of a network meeting.
    pub enum MeetingKind {
        /// The regular meeting of the core partners, every six weeks (002:4451, 4479-4480).
        Regular = "regular" { nl: "Regulier netwerkoverleg", en: "Regular network meeting" },
        /// An emergency meeting ("spoedberaad", 002:4586), between the regular ones.
        Emergency = "emergency" { nl: "Spoedberaad", en: "Emergency meeting" },
    }
}

/// One network meeting at which a case was discussed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The date of the meeting.
    pub date: Date,
    /// Regular or emergency.
    pub kind: MeetingKind,
    /// What was agreed ("tot afspraken komen over een mogelijke aanpak", 002:4481-4482).
    #[serde(default)]
    pub agreements: Vec<FreeText>,
    /// The actions set out at this meeting, each with an owner and a due date (002:4723-4725).
    #[serde(default)]
    pub actions: Vec<FollowUpAction>,
}

impl Meeting {
    pub(crate) fn check_at(&self, opened: Date, previous: Option<Date>, at: &Path) -> Result<(), Error> {
        if self.date < opened {
            return Err(Error::invalid(at.clone().key("date"), "a meeting cannot be before the case was opened"));
        }
        if previous.is_some_and(|p| self.date < p) {
            return Err(Error::invalid(at.clone().key("date"), "meetings are listed in date order"));
        }
        for (i, a) in self.actions.iter().enumerate() {
            let here = at.clone().key("actions").index(i);
            a.owner.check_at(&here.clone().key("owner"))?;
            if a.due < self.date {
                return Err(Error::invalid(here.key("due"), "an action set out at a meeting cannot be due before it"));
            }
        }
        Ok(())
    }
}

/// A case list and the day to list overdue follow-ups on.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUpsRequest {
    /// The case-tracking list.
    pub case_list: CaseList,
    /// The day: an action is overdue when it is open and due before it (S5).
    pub as_of: Date,
}

impl Document for FollowUpsRequest {
    const KIND: &'static str = "follow_ups_request";

    fn check(&self) -> Result<(), Error> {
        self.case_list.check().map_err(|e| e.under("case_list"))
    }
}

/// An overdue follow-up: where it was agreed, what it is due, who owns it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OverdueFollowUp {
    /// The case number.
    pub case: String,
    /// The index of the meeting in the case's `meetings`; absent for the case's own
    /// `actions`.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub meeting: Option<u32>,
    /// The date of that meeting.
    #[serde(default)]
    pub meeting_date: Option<Date>,
    /// Its kind.
    #[serde(default)]
    pub meeting_kind: Option<MeetingKind>,
    /// The action's index in that meeting's (or the case's) `actions`.
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub action: u32,
    /// The due date.
    pub due: Date,
    /// Who owns it.
    pub owner: ActionOwner,
}

/// The overdue follow-ups across every meeting of every case, oldest due date first.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUps {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The day asked.
    pub as_of: Date,
    /// The overdue follow-ups; codes, dates and owners only, no free text.
    pub overdue: Vec<OverdueFollowUp>,
}

impl Document for FollowUps {
    const KIND: &'static str = "follow_ups";
}

/// Lists what is overdue on `as_of` across all meetings (and the cases' own actions).
pub fn overdue_follow_ups(list: &CaseList, as_of: Date) -> FollowUps {
    let mut overdue = Vec::new();
    for c in &list.cases {
        let line = |meeting: Option<(usize, &Meeting)>, i: usize, a: &FollowUpAction| OverdueFollowUp {
            case: c.id.clone(),
            meeting: meeting.map(|(m, _)| m as u32),
            meeting_date: meeting.map(|(_, m)| m.date),
            meeting_kind: meeting.map(|(_, m)| m.kind),
            action: i as u32,
            due: a.due,
            owner: a.owner.clone(),
        };
        for (i, a) in c.actions.iter().enumerate().filter(|(_, a)| a.is_overdue(as_of)) {
            overdue.push(line(None, i, a));
        }
        for (m, meeting) in c.meetings.iter().enumerate() {
            for (i, a) in meeting.actions.iter().enumerate().filter(|(_, a)| a.is_overdue(as_of)) {
                overdue.push(line(Some((m, meeting)), i, a));
            }
        }
    }
    overdue.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.case.cmp(&b.case)));
    FollowUps {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        as_of,
        overdue,
    }
}
