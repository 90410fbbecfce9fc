//! Retention and data minimisation. Every network member must destroy the report forms after
//! the meeting (002:4717-4718), and personal data may only be used for the purpose it was
//! collected for (002:4996-5004).

use crate::document::Document;
use crate::signals::case::{CaseList, CaseStatus, FollowUpAction, NetworkMeeting};
use crate::signals::meeting::Meeting;
use crate::signals::process::SignalStep;
use crate::signals::report::Band;
use crate::text::ClientCode;
use crate::Date;

/// The case list with every report form destroyed whose meeting has taken place: every
/// member must destroy the forms after the meeting, always (002:4717-4718; no opt-out since
/// signals 2.0.0). A form's meeting is the first network meeting of its case on or after
/// the day it was reported; it has taken place when it is on or before `as_of`. Forms whose
/// meeting is still to come are kept: they are needed to prepare it (002:4708-4716).
/// Forms of a case closed on or before `as_of` go too: no meeting will come. What the case
/// keeps is what the case-tracking list records (002:4719-4727).
pub fn apply_retention(list: &CaseList, as_of: Date) -> CaseList {
    let mut out = list.clone();
    for c in &mut out.cases {
        let met: Vec<Date> = c.meeting_dates().filter(|d| *d <= as_of).collect();
        // A closed case has no meeting to come: its forms go on the day it closed.
        let closed = c.closure.as_ref().is_some_and(|k| k.closed_on <= as_of);
        c.reports.retain(|r| !closed && !met.iter().any(|d| *d >= r.report.reported_on));
    }
    out
}

/// A case with only what follow-up needs: who (by code), where it stands, what was agreed,
/// and the actions with their owners, due dates and results.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUpCase {
    /// The case number.
    pub id: String,
    /// The client's ID code.
    pub client: ClientCode,
    /// The status.
    pub status: CaseStatus,
    /// The urgency band.
    #[serde(default)]
    pub urgency_band: Option<Band>,
    /// The last step of the signalling process reached, and when.
    #[serde(default)]
    pub current_step: Option<SignalStep>,
    /// The date of that step.
    #[serde(default)]
    pub current_step_date: Option<Date>,
    /// The network meeting and its agreements.
    #[serde(default)]
    pub network_meeting: Option<NetworkMeeting>,
    /// The follow-up actions.
    #[serde(default)]
    pub actions: Vec<FollowUpAction>,
    /// The meetings with their agreements and actions (signals 2.0.0).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
}

/// The minimised case-tracking list.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUpList {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The cases.
    pub cases: Vec<FollowUpCase>,
}

impl Document for FollowUpList {
    const KIND: &'static str = "follow_up_list";
}

/// The case list with every field removed that follow-up does not need: the report forms,
/// the problems and earlier steps in words, and the notes of the process steps. What stays
/// is listed on [`FollowUpCase`].
pub fn minimise(list: &CaseList) -> FollowUpList {
    FollowUpList {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        cases: list
            .cases
            .iter()
            .map(|c| FollowUpCase {
                id: c.id.clone(),
                client: c.client.clone(),
                status: c.status,
                urgency_band: c.urgency_band,
                current_step: c.process.last().map(|e| e.step),
                current_step_date: c.process.last().map(|e| e.date),
                network_meeting: c.network_meeting.clone(),
                actions: c.actions.clone(),
                meetings: c.meetings.clone(),
            })
            .collect(),
    }
}

/// [`apply_retention`] on a JSON case list and an ISO date; returns the case list as JSON.
pub fn apply_retention_json(case_list: &str, as_of: &str) -> Result<String, crate::Error> {
    let list = CaseList::from_json(case_list)?;
    let as_of: Date = as_of
        .parse()
        .map_err(|_| crate::Error::invalid(crate::Path::root().key("as_of"), "expected an ISO date YYYY-MM-DD"))?;
    Ok(apply_retention(&list, as_of).to_json())
}

/// [`minimise`] on a JSON case list; returns the follow-up list as JSON.
pub fn minimise_json(case_list: &str) -> Result<String, crate::Error> {
    Ok(minimise(&CaseList::from_json(case_list)?).to_json())
}
