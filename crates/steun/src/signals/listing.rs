//! Listing the case-tracking list: by status, by urgency band, and the actions overdue on a
//! date. A listing holds codes, dates and owners only, no free text, so it can be printed.

use crate::document::Document;
use crate::signals::case::{ActionOwner, ActionStatus, CaseList, CaseStatus};
use crate::signals::report::Band;
use crate::text::ClientCode;
use crate::Date;

/// Which cases to list. Every filter that is given must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseQuery {
    /// Only cases with this status.
    #[serde(default)]
    pub status: Option<CaseStatus>,
    /// Only cases with an open action due before this date, listing those actions.
    #[serde(default)]
    pub overdue_on: Option<Date>,
    /// Only cases in this urgency band.
    #[serde(default)]
    pub band: Option<Band>,
}

impl Document for CaseQuery {
    const KIND: &'static str = "case_query";
}

/// An open action whose due date has passed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OverdueAction {
    /// The index of the meeting in the case's `meetings` whose action it is; absent for
    /// the case's own `actions` (signals 2.0.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub meeting: Option<u32>,
    /// The action's index in the case's (or that meeting's) `actions`.
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub action: u32,
    /// Its due date.
    pub due: Date,
    /// Who is responsible.
    pub owner: ActionOwner,
}

/// One case in a listing.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseLine {
    /// The case number.
    pub id: String,
    /// The client's ID code.
    pub client: ClientCode,
    /// The status.
    pub status: CaseStatus,
    /// The urgency band, if a report was brought in.
    #[serde(default)]
    pub urgency_band: Option<Band>,
    /// The date of the network meeting, if planned; else of the last of its `meetings`.
    #[serde(default)]
    pub network_meeting: Option<Date>,
    /// How many actions are open.
    #[cfg_attr(feature = "schema", schemars(range(max = 4294967295u32)))]
    pub open_actions: u32,
    /// The open actions overdue on the query's date (empty without `overdue_on`).
    #[serde(default)]
    pub overdue_actions: Vec<OverdueAction>,
}

/// The result of a query on the case-tracking list, in the list's order.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseListing {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The query that was run.
    pub query: CaseQuery,
    /// The cases that match.
    pub cases: Vec<CaseLine>,
}

impl Document for CaseListing {
    const KIND: &'static str = "case_listing";
}

/// Lists the cases of `list` that match `query`.
pub fn list_cases(list: &CaseList, query: &CaseQuery) -> CaseListing {
    let mut cases = Vec::new();
    for c in &list.cases {
        if query.status.is_some_and(|s| s != c.status) || query.band.is_some_and(|b| Some(b) != c.urgency_band) {
            continue;
        }
        let overdue_actions: Vec<OverdueAction> = match query.overdue_on {
            Some(on) => c
                .actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.is_overdue(on))
                .map(|(i, a)| OverdueAction { meeting: None, action: i as u32, due: a.due, owner: a.owner.clone() })
                .chain(c.meetings.iter().enumerate().flat_map(|(m, meeting)| {
                    meeting.actions.iter().enumerate().filter(|(_, a)| a.is_overdue(on)).map(move |(i, a)| {
                        OverdueAction { meeting: Some(m as u32), action: i as u32, due: a.due, owner: a.owner.clone() }
                    })
                }))
                .collect(),
            None => Vec::new(),
        };
        if query.overdue_on.is_some() && overdue_actions.is_empty() {
            continue;
        }
        cases.push(CaseLine {
            id: c.id.clone(),
            client: c.client.clone(),
            status: c.status,
            urgency_band: c.urgency_band,
            network_meeting: c.network_meeting.as_ref().map(|m| m.date).or_else(|| c.meetings.last().map(|m| m.date)),
            open_actions: c.all_actions().filter(|a| a.status == ActionStatus::Open).count() as u32,
            overdue_actions,
        });
    }
    CaseListing {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        query: query.clone(),
        cases,
    }
}

/// [`list_cases`] on JSON texts: a case list and a query (`{}` lists every case).
pub fn list_cases_json(case_list: &str, query: &str) -> Result<String, crate::Error> {
    let list = CaseList::from_json(case_list)?;
    let query = CaseQuery::from_json(query)?;
    Ok(list_cases(&list, &query).to_json())
}
