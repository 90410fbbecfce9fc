//! Signals (signaleren): the signal matrix, the cyclic signalling process, the report form
//! with its urgency, the case-tracking list with pseudonymous clients, and retention.
//!
//! Sources: 002:3600-3895 (signalling, the matrix, the six steps), 002:4443-4727 (the
//! Veenendaal signalling network, its report form and case-tracking list), 002:4996-5004
//! (privacy rules). See docs/signals.md.
//!
//! Operations ([`ops`]): `signals.attach_urgency`, `signals.intake` (the meldpunt,
//! 002:4756-4770), `case.record_step`, `case.assess`, `cases.list`, `cases.apply_retention`
//! (every form destroyed after its meeting, 002:4717-4718), `cases.minimise`,
//! `cases.follow_ups` (overdue actions across meetings, 002:4664-4674),
//! `cases.yearly_report` (per category and outcome, small counts suppressed,
//! 002:4533-4600), `client_code.derive`, `bsn.check`. Rules 2.0.0; 1.1.0 and 1.2.0 are kept
//! for stored results ([`rules::SignalsRules`]).
//!
//! ```
//! use steun::signals::{attach, list_cases, CaseList, CaseQuery, Report};
//! use steun::Document;
//!
//! let report = Report::from_json(r#"{
//!   "reported_on": "2012-03-01", "reporter": "neighbour", "network": "outside",
//!   "client": "ID-ZG43-9PSD-QSXB-KJVQ",
//!   "signals": [{"kind": "loneliness"}, {"kind": "physical_neglect"}],
//!   "tried_before": ["Huisarts en dochter gebeld"],
//!   "discussed_with_client": true,
//!   "urgency": {"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
//!               "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
//!               "duration": "structural_over_half_year"}
//! }"#)?;
//! let assessed = attach(report)?;
//! // 0 + 1 + 1 points for the risks, 2 for a person over 75, 2 for over half a year: 6.
//! assert_eq!(assessed.urgency.band.to_string(), "consultation");
//! // Tried before without result, discussed with the client: the case goes to the network.
//! assert_eq!(assessed.route, steun::signals::ReportRoute::Network);
//!
//! let mut list = CaseList::default();
//! assert!(list_cases(&list, &CaseQuery::default()).cases.is_empty());
//! # Ok::<(), steun::Error>(())
//! ```

/// The id of the signalling instruments (case list, report routing, client codes).
pub const INSTRUMENT: &str = "steun.signals";

/// The version of their rules; raise it when a rule changes.
pub const INSTRUMENT_VERSION: &str = rules::SignalsRules::CURRENT.version();

pub mod case;
pub mod closure;
pub mod intake;
pub mod kind;
pub mod level;
pub mod listing;
pub mod meeting;
pub mod ops;
pub mod process;
pub mod pseudonym;
pub mod report;
pub mod reporter;
pub mod retention;
pub mod rules;
pub mod urgency_link;
pub mod yearly;

pub use crate::isolation::RiskGroup;
pub use case::{
    record_step_json, ActionOwner, ActionStatus, Case, CaseList, CaseStatus, FollowUpAction, NetworkMeeting, OwnerRole,
};
pub use closure::{CaseClosure, CaseClosureReason, ReporterFeedback};
pub use intake::{intake, Intake, IntakeChannel, IntakeDecision, IntakeResult, Investigation, InvestigationOutcome};
pub use kind::SignalKind;
pub use level::SignalLevel;
pub use listing::{list_cases, list_cases_json, CaseLine, CaseListing, CaseQuery, OverdueAction};
pub use meeting::{overdue_follow_ups, FollowUps, FollowUpsRequest, Meeting, MeetingKind, OverdueFollowUp};
pub use process::{check_cycle, ProcessEntry, SignalStep};
pub use pseudonym::{bsn_is_valid, check_identifier, client_code, ClientCodeResult, IdentifierKind, PseudonymKey};
pub use report::{
    attach, attach_json, AssessedReport, ObservedSignal, Report, ReportFinding, ReportFindingCode, ReportRoute,
};
pub use reporter::{NetworkTier, ReporterRole};
pub use retention::{apply_retention, apply_retention_json, minimise, minimise_json, FollowUpCase, FollowUpList};
pub use yearly::{yearly_report, CaseOutcome, CategoryRow, OutcomeCount, YearlyReport, YearlyReportRequest};
