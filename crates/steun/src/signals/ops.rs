//! The signalling network's operations: reports, the case-tracking list, client codes.

use serde::{Deserialize, Serialize};

use super::*;
use crate::date::Date;
use crate::document::Document;
use crate::op::{op, Answer, Instrument, Op};
use crate::text::FreeText;
use crate::{operation, Error, Path};

/// The signalling instruments (002:3600-3895, 002:4443-5004).
pub const SIGNALS: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

macro_rules! cases {
    ($before:literal, $after:literal) => {
        concat!($before, include_str!("../../data/examples/signals_cases.json"), $after)
    };
}

/// A case and the next step of its process.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepRequest {
    /// The case.
    pub case: Case,
    /// The step.
    pub step: SignalStep,
    /// Its date.
    pub date: Date,
    /// A note (free text).
    #[serde(default)]
    pub note: Option<FreeText>,
}

impl Document for StepRequest {
    const KIND: &'static str = "step_request";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))
    }
}

/// A case and an urgency assessment to record on it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessRequest {
    /// The case.
    pub case: Case,
    /// The assessment (or reassessment).
    pub assessment: crate::urgency::UrgencyAssessment,
}

impl Document for AssessRequest {
    const KIND: &'static str = "assess_request";

    fn check(&self) -> Result<(), Error> {
        self.case.check().map_err(|e| e.under("case"))?;
        self.assessment.check().map_err(|e| e.under("assessment"))
    }
}

/// A case list and a query.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    /// The case-tracking list.
    pub case_list: CaseList,
    /// The query; every case when left out.
    #[serde(default)]
    pub query: CaseQuery,
}

impl Document for ListRequest {
    const KIND: &'static str = "case_list_request";

    fn check(&self) -> Result<(), Error> {
        self.case_list.check().map_err(|e| e.under("case_list"))?;
        self.query.check().map_err(|e| e.under("query"))
    }
}

/// A case list and the date to apply the retention periods on.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RetentionRequest {
    /// The case-tracking list.
    pub case_list: CaseList,
    /// The day of the retention run.
    pub as_of: Date,
}

impl Document for RetentionRequest {
    const KIND: &'static str = "retention_request";

    fn check(&self) -> Result<(), Error> {
        self.case_list.check().map_err(|e| e.under("case_list"))
    }
}

/// An identifier and the key to derive its pseudonymous code with.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClientCodeRequest {
    /// The kind of identifier.
    pub kind: IdentifierKind,
    /// The identifier (e.g. a BSN). Never echoed.
    pub identifier: String,
    /// The key, as hexadecimal (at least 16 bytes, i.e. 32 hex digits).
    pub key_hex: String,
}

impl core::fmt::Debug for ClientCodeRequest {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClientCodeRequest").field("kind", &self.kind).finish_non_exhaustive()
    }
}

impl Document for ClientCodeRequest {
    const KIND: &'static str = "client_code_request";
}

fn key_from_hex(hex: &str) -> Result<PseudonymKey, Error> {
    // Decoded straight into wiped memory; errors are reported at the request's field.
    PseudonymKey::from_hex(hex).map_err(|e| match e {
        Error::Invalid { message, .. } => Error::invalid(Path::root().key("key_hex"), message),
        other => other,
    })
}

/// A number to check with the eleven-test.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BsnRequest {
    /// The number. Never echoed.
    pub bsn: String,
}

impl core::fmt::Debug for BsnRequest {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("BsnRequest { .. }")
    }
}

impl Document for BsnRequest {
    const KIND: &'static str = "bsn_request";
}

/// Recomputes a stored response of a signals operation under the rules of the version it
/// carries, when that is an older one this library keeps (1.1.0, 1.2.0; `result.verify`).
/// `signals.attach_urgency` replays under those rules; the other operations compute as
/// today and carry the old stamp. Stored 1.x reports may hold the `destroy_after_meeting`
/// flag that 2.0.0 refuses: it is taken out of the request and put back into the replayed
/// report, so the stored response still compares. `None`: not an older signals response.
pub fn replay(op: &Op, mut request: serde_json::Value, response: &serde_json::Value) -> Option<Result<String, Error>> {
    use crate::signals::rules::SignalsRules;
    let rules = SignalsRules::of_version(response.get("instrument_version")?.as_str()?)?;
    if op.instrument != Some(SIGNALS) || rules == SignalsRules::CURRENT {
        return None;
    }
    let flag = strip_legacy_flag(&mut request);
    if op.name == <AttachUrgency as crate::op::Operation>::NAME {
        let run = || -> Result<String, Error> {
            let report: Report = crate::op::parse_request(request)?;
            let mut v = crate::json::parse_value(&crate::signals::report::attach_under(report, rules).to_json())?;
            if let (Some(flag), Some(r)) = (flag, v.get_mut("report").and_then(serde_json::Value::as_object_mut)) {
                r.insert("destroy_after_meeting".to_owned(), flag);
            }
            Ok(v.to_string())
        };
        return Some(run());
    }
    let out = match op.call_value(request) {
        Ok(out) => out,
        Err(e) => return Some(Err(e)),
    };
    let mut v: serde_json::Value = match crate::json::parse_value(&out) {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    if let Some(version) = v.get_mut("instrument_version") {
        *version = serde_json::Value::from(rules.version());
    }
    Some(Ok(v.to_string()))
}

/// Removes the 1.x `destroy_after_meeting` key from every report in `v` (an object with a
/// `discussed_with_client` key); returns the first value removed.
fn strip_legacy_flag(v: &mut serde_json::Value) -> Option<serde_json::Value> {
    let mut first = None;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(o) => {
                if o.contains_key("discussed_with_client") {
                    if let Some(flag) = o.remove("destroy_after_meeting") {
                        first.get_or_insert(flag);
                    }
                }
                stack.extend(o.values_mut());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter_mut()),
            _ => {}
        }
    }
    first
}

operation! {
    /// Attaches the urgency and the route to a report.
    AttachUrgency = "signals.attach_urgency": Report => AssessedReport,
    summary "Score a signal report's urgency and attach where it goes next (002:3930-4070, 002:4443-4530)",
    instrument Some(SIGNALS), example include_str!("../../data/examples/signals_report.json"),
    run |report| Ok(attach(report)?.to_json())
}

operation! {
    /// Registers a report at the meldpunt.
    RegisterIntake = "signals.intake": Intake => IntakeResult,
    summary "Register a report at the meldpunt: urgency, first steps, investigation, decision, case file (002:4756-4770)",
    instrument Some(SIGNALS), example include_str!("../../data/examples/signals_intake.json"),
    run |i| Ok(intake(i)?.to_json())
}

operation! {
    /// Records a process step of a case.
    RecordStep = "case.record_step": StepRequest => Case,
    summary "Append a step of the signalling cycle to a case, checking order and date (002:3600-3700)",
    instrument None,
    example concat!(r#"{"step": "assess", "date": "2012-02-22", "note": "Urgentie ingeschat", "case": "#, r#"{"id": "VNDL-2012-01", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-02-20", "status": "in_progress", "problem_kinds": ["loneliness"], "process": [{"step": "notice", "date": "2012-02-20"}]}"#, "}"),
    run |r| {
        let mut case = r.case;
        case.record_step(r.step, r.date, r.note).map_err(|e| e.under("case"))?;
        Ok(case.to_json())
    }
}

operation! {
    /// Records an urgency assessment on a case.
    AssessCase = "case.assess": AssessRequest => Case,
    summary "Record an urgency assessment on a case; its urgency becomes the latest assessment (002:4139-4142)",
    instrument None,
    example concat!(r#"{"case": {"id": "VNDL-2012-01", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-02-20", "status": "in_progress"}, "assessment": "#, include_str!("../../data/examples/urgency_assessment.json"), "}"),
    run |r| {
        let mut case = r.case;
        if r.assessment.assessed_on < case.opened {
            return Err(Error::invalid(
                Path::root().key("assessment").key("assessed_on"),
                "an assessment cannot be dated before the case was opened",
            ));
        }
        case.assess(r.assessment).map_err(|e| e.under("case"))?;
        Ok(case.to_json())
    }
}

operation! {
    /// Lists cases.
    ListCases = "cases.list": ListRequest => CaseListing,
    summary "List the cases of the case-tracking list that match a query",
    instrument Some(SIGNALS), example cases!(r#"{"query": {"status": "in_progress"}, "case_list": "#, "}"),
    run |r| Ok(list_cases(&r.case_list, &r.query).to_json())
}

operation! {
    /// Applies the retention periods.
    ApplyRetention = "cases.apply_retention": RetentionRequest => CaseList,
    summary "Remove from the case-tracking list what its retention periods no longer allow (002:4725-4760)",
    instrument None, example cases!(r#"{"as_of": "2014-01-01", "case_list": "#, "}"),
    run |r| Ok(apply_retention(&r.case_list, r.as_of).to_json())
}

operation! {
    /// Minimises a case list for follow-up.
    Minimise = "cases.minimise": CaseList => FollowUpList,
    summary "The case-tracking list with only what follow-up needs (002:4725-4760)",
    instrument Some(SIGNALS), example include_str!("../../data/examples/signals_cases.json"),
    run |list| Ok(minimise(&list).to_json())
}

operation! {
    /// Lists overdue follow-ups across meetings.
    OverdueFollowUps = "cases.follow_ups": FollowUpsRequest => FollowUps,
    summary "Follow-up actions overdue on a date across every meeting of every case, oldest first (002:4664-4674)",
    instrument Some(SIGNALS), example include_str!("../../data/examples/signals_follow_ups.json"),
    run |r| Ok(overdue_follow_ups(&r.case_list, r.as_of).to_json())
}

operation! {
    /// The yearly report per isolation category and outcome.
    YearlyReportOp = "cases.yearly_report": YearlyReportRequest => YearlyReport,
    summary "Cases of a year per isolation category and outcome, small counts suppressed (002:4533-4600)",
    instrument Some(SIGNALS), example include_str!("../../data/examples/signals_yearly_2011.json"),
    run |r| Ok(yearly_report(&r.case_list, r.year, r.threshold.unwrap_or(crate::signals::yearly::DEFAULT_THRESHOLD)).to_json())
}

operation! {
    /// Derives a pseudonymous client code.
    DeriveClientCode = "client_code.derive": ClientCodeRequest => ClientCodeResult,
    summary "Derive the pseudonymous client code of an identifier with a key (HMAC-SHA256); never echoes it",
    instrument Some(SIGNALS),
    example r#"{"kind": "bsn", "identifier": "111222333", "key_hex": "000102030405060708090a0b0c0d0e0f"}"#,
    run |r| Ok(ClientCodeResult::derive(r.kind, &r.identifier, &key_from_hex(&r.key_hex)?)?.to_json())
}

operation! {
    /// Checks a BSN with the eleven-test.
    CheckBsn = "bsn.check": BsnRequest => Answer,
    summary "Whether a number is a well-formed BSN (nine digits passing the eleven-test)",
    instrument None, example r#"{"bsn": "111222333"}"#,
    run |r| Ok(Answer { answer: bsn_is_valid(&r.bsn) }.to_json())
}

/// The signalling operations.
pub const OPS: &[Op] = &[
    op::<AttachUrgency>(),
    op::<RegisterIntake>(),
    op::<RecordStep>(),
    op::<AssessCase>(),
    op::<ListCases>(),
    op::<ApplyRetention>(),
    op::<Minimise>(),
    op::<OverdueFollowUps>(),
    op::<YearlyReportOp>(),
    op::<DeriveClientCode>(),
    op::<CheckBsn>(),
];
