//! Signals 2.0.0 (issue 17): forms always destroyed, the report's cross-checks, closure with
//! coded reasons and handovers, feedback to the reporter, the isolation category on the case.
//! Built from the seed's own cases (the widow of 78, 002:4056-4068; the 2011 overview,
//! 002:4533-4600; the Veenendaal routing, 002:4491-4519, 4756-4770) and variants of them.

use serde_json::{json, Value};
use steun::signals::*;
use steun::{Date, Document};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// The widow of 78 (002:4056-4068), reported by the neighbour: moderate risk on health and
/// wellbeing, over 75; the duration given as over half a year here.
fn widow() -> Value {
    json!({
        "reported_on": "2012-03-01", "reporter": "neighbour", "network": "outside",
        "client": "ID-ZG43-9PSD-QSXB-KJVQ",
        "signals": [{"kind": "loneliness"}],
        "risk_groups": ["living_alone"],
        "tried_before": ["Huisarts gebeld"], "discussed_with_client": true,
        "urgency": {"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
                    "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
                    "duration": "structural_over_half_year"}
    })
}

fn attach_value(v: &Value) -> AssessedReport {
    attach(Report::from_json(&v.to_string()).unwrap()).unwrap()
}

fn codes(a: &AssessedReport) -> Vec<&'static str> {
    a.findings.iter().map(|f| steun::Labelled::code(f.code)).collect()
}

#[test]
fn an_eighty_year_old_outside_the_over_75_scope_is_a_finding() {
    // A variant of the widow: 82, so in the risk group "80 jaar en ouder" (002:4469), but
    // the scope says no one over 75 (002:3983): scored as an individual, 0 points.
    let mut v = widow();
    v["risk_groups"] = json!(["living_alone", "aged_80_or_older"]);
    v["urgency"]["scope"]["over_75_involved"] = json!(false);
    let a = attach_value(&v);
    assert_eq!(a.urgency.score, 4, "0 + 1 + 1 + 0 (individual) + 2");
    assert!(codes(&a).contains(&"risk_group_outside_urgency_scope"), "{:?}", a.findings);
    let f = a.findings.iter().find(|f| f.path == "urgency.scope.over_75_involved").unwrap();
    assert!(f.message.en.contains("80 or older"));
    // Consistent: no finding, and the scope scores 2.
    v["urgency"]["scope"]["over_75_involved"] = json!(true);
    let a = attach_value(&v);
    assert_eq!(a.urgency.score, 6);
    assert!(!codes(&a).contains(&"risk_group_outside_urgency_scope"));
    // The findings are part of what the library computes: a stored report without them is refused.
    v["urgency"]["scope"]["over_75_involved"] = json!(false);
    let mut stored: Value = serde_json::from_str(&attach_value(&v).to_json()).unwrap();
    stored.as_object_mut().unwrap().remove("findings");
    let e = AssessedReport::from_json(&stored.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "route");
}

#[test]
fn feedback_to_the_reporter_is_tracked_by_reference() {
    // Above the lowest band the table asks for "IAO + terugkoppeling van actie"
    // (002:3997-4006). The widow's report scores 6: feedback is due.
    let mut v = widow();
    let a = attach_value(&v);
    assert!(a.feedback_due());
    assert!(codes(&a).contains(&"feedback_without_reporter_ref"));
    v["reporter_ref"] = json!("M-0001");
    let a = attach_value(&v);
    assert!(!codes(&a).contains(&"feedback_without_reporter_ref"));
    let mut case = Case::from_json(
        r#"{"id": "VNDL-2012-07", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-03-01", "status": "registered"}"#,
    )
    .unwrap();
    case.add_report(a.report.clone()).unwrap();
    assert_eq!(case.feedback.len(), 1);
    assert_eq!(case.feedback[0].reporter.as_str(), "M-0001");
    assert_eq!(case.feedback[0].given_on, None);
    // The reference outlives the destroyed form.
    let mut list = CaseList { cases: vec![case] };
    list.cases[0].network_meeting = Some(NetworkMeeting { date: date("2012-03-13"), agreements: vec![] });
    let after = apply_retention(&list, date("2012-03-13"));
    assert!(after.cases[0].reports.is_empty());
    assert_eq!(after.cases[0].feedback.len(), 1);
    // Low band: information and advice only, no feedback owed, no finding.
    let mut low = widow();
    low["urgency"]["duration"] = json!("incidental");
    low["urgency"]["risks"]["health"] = json!("none");
    let a = attach_value(&low);
    assert_eq!(a.urgency.score, 3);
    assert!(!a.feedback_due());
    assert!(a.findings.is_empty(), "{:?}", a.findings);
    // A reporter reference is a code, never a name.
    let mut named = widow();
    named["reporter_ref"] = json!("Buurvrouw Jansen");
    let e = Report::from_json(&named.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "reporter_ref");
}

fn closed_case(closure: Value) -> Result<Case, steun::Error> {
    let mut v = json!({"id": "VNDL-2011-19", "client": "K-0019", "opened": "2011-02-01", "status": "closed",
        "isolation_category": "structural_psychiatric"});
    v["closure"] = closure;
    Case::from_json(&v.to_string())
}

#[test]
fn closure_has_coded_reasons_and_handovers() {
    // "overdracht … naar MEE" (002:4582-4584): a handover names the organisation.
    let e = closed_case(json!({"closed_on": "2011-09-01", "reason": "handed_over"})).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "closure.handover");
    let c = closed_case(json!({"closed_on": "2011-09-01", "reason": "handed_over",
        "handover": {"organisation": "MEE", "role": "mee_consultant"}}))
    .unwrap();
    assert_eq!(c.closure.as_ref().unwrap().reason, CaseClosureReason::HandedOver);
    assert_eq!(c.isolation_category.unwrap().category(), 4);
    // A client who died has no handover; a closure before the opening is refused.
    let e = closed_case(json!({"closed_on": "2011-09-01", "reason": "client_died",
        "handover": {"organisation": "MEE", "role": "mee_consultant"}}))
    .unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "closure.handover");
    let e = closed_case(json!({"closed_on": "2011-01-01", "reason": "client_died"})).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "closure.closed_on");
    // Only a closed case has a closure.
    let mut v: Value =
        serde_json::from_str(&closed_case(json!({"closed_on": "2011-09-01", "reason": "admitted"})).unwrap().to_json())
            .unwrap();
    v["status"] = json!("in_progress");
    let e = Case::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "closure");
    // An unknown category is refused naming the allowed ones.
    v["status"] = json!("closed");
    v["isolation_category"] = json!("category_4");
    let e = Case::from_json(&v.to_string()).unwrap_err();
    assert!(e.message().contains("structural_psychiatric"), "{e}");
}

#[test]
fn a_closed_case_destroys_its_forms_without_a_meeting() {
    // Handled outside the network, closed before any meeting: its form goes on closing day.
    let mut case = Case::from_json(
        r#"{"id": "VNDL-2012-08", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-03-01", "status": "registered"}"#,
    )
    .unwrap();
    case.add_report(Report::from_json(&widow().to_string()).unwrap()).unwrap();
    case.status = CaseStatus::Closed;
    case.closure = Some(CaseClosure {
        closed_on: date("2012-03-05"),
        reason: CaseClosureReason::HandledOutsideNetwork,
        handover: None,
    });
    let list = CaseList { cases: vec![case] };
    list.check().unwrap();
    assert_eq!(apply_retention(&list, date("2012-03-04")).cases[0].reports.len(), 1);
    assert!(apply_retention(&list, date("2012-03-05")).cases[0].reports.is_empty());
}

#[test]
fn an_owner_is_an_organisation_or_a_persons_code() {
    let case = |owner: Value| {
        Case::from_json(
            &json!({"id": "VNDL-2012-01", "client": "K-0001", "opened": "2012-02-20", "status": "in_progress",
                "actions": [{"action": "Huisbezoek", "owner": owner, "due": "2012-03-20", "status": "open"}]})
            .to_string(),
        )
    };
    assert!(case(json!({"role": "elderly_adviser", "person": "P-0007"})).is_ok());
    assert!(case(json!({"organisation": "SWV", "role": "elderly_adviser"})).is_ok());
    let e = case(json!({"role": "elderly_adviser"})).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "actions[0].owner.organisation");
    // A person's code is a code: a name is refused without being repeated.
    let e = case(json!({"role": "elderly_adviser", "person": "Piet Bakker"})).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "actions[0].owner.person");
    assert!(!e.to_string().contains("Piet"));
}

#[test]
fn stored_1_2_0_reports_still_verify() {
    // A 1.2.0 response (before this version) with its 1.x flag: replayed under 1.2.0.
    let mut request = widow();
    request["destroy_after_meeting"] = json!(true);
    let mut clean = widow();
    clean["reporter_ref"] = json!(null);
    clean.as_object_mut().unwrap().remove("reporter_ref");
    let now: Value =
        serde_json::from_str(&steun::op::call("signals.attach_urgency", &clean.to_string()).unwrap()).unwrap();
    assert_eq!(now["instrument_version"], "2.0.0");
    let mut stored = now.clone();
    stored["instrument_version"] = json!("1.2.0");
    stored.as_object_mut().unwrap().remove("findings");
    stored["report"]["destroy_after_meeting"] = json!(true);
    let verify = json!({"op": "signals.attach_urgency", "request": request, "response": stored});
    let v: Value = serde_json::from_str(&steun::op::call("result.verify", &verify.to_string()).unwrap()).unwrap();
    assert_eq!(v["matches"], true, "{v}");
    assert_eq!(v["instrument_version"], "1.2.0");
}

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/examples/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn follow_ups_are_listed_across_meetings() {
    // A category 4 case (002:4560-4589): a regular meeting, an emergency meeting
    // ("spoedberaad", 002:4586) and the next regular one six weeks on (002:4451).
    let out: Value =
        serde_json::from_str(&steun::op::call("cases.follow_ups", &example("signals_follow_ups.json")).unwrap())
            .unwrap();
    assert_eq!(out["instrument_version"], "2.0.0");
    let got: Vec<(String, Value, Value, String)> = out["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["due"].as_str().unwrap().to_owned(),
                o["meeting"].clone(),
                o["meeting_kind"].clone(),
                o["case"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // Oldest due first; the done action of the first meeting is not listed.
    assert_eq!(
        got,
        [
            ("2012-02-21".to_owned(), json!(1), json!("emergency"), "VNDL-2012-04".to_owned()),
            ("2012-03-06".to_owned(), json!(0), json!("regular"), "VNDL-2012-04".to_owned()),
            ("2012-04-17".to_owned(), json!(2), json!("regular"), "VNDL-2012-04".to_owned()),
        ]
    );
    assert_eq!(out["overdue"][1]["action"], 1);
    assert_eq!(out["overdue"][1]["owner"]["person"], "P-0031");
    // Due on the day asked is not overdue yet (S5).
    let mut req: Value = serde_json::from_str(&example("signals_follow_ups.json")).unwrap();
    req["as_of"] = json!("2012-03-06");
    let out: Value = serde_json::from_str(&steun::op::call("cases.follow_ups", &req.to_string()).unwrap()).unwrap();
    assert_eq!(out["overdue"].as_array().unwrap().len(), 1);
    // No free text in the listing.
    let text = out.to_string();
    assert!(!text.contains("Huisbezoek") && !text.contains("Brede aanpak"), "{text}");
    // The case listing finds the case by its meetings' overdue actions too.
    let list = CaseList::from_json(&req["case_list"].to_string()).unwrap();
    let l = list_cases(&list, &CaseQuery { overdue_on: Some(date("2012-05-01")), ..CaseQuery::default() });
    assert_eq!(l.cases.len(), 1);
    assert_eq!(l.cases[0].open_actions, 3);
    assert_eq!(l.cases[0].overdue_actions.len(), 3);
    assert_eq!(l.cases[0].overdue_actions[0].meeting, Some(0));
}

#[test]
fn meetings_are_checked_and_destroy_the_forms_brought_to_them() {
    let base: Value = serde_json::from_str(&example("signals_follow_ups.json")).unwrap();
    let case_err = |edit: &dyn Fn(&mut Value)| {
        let mut c = base["case_list"]["cases"][0].clone();
        edit(&mut c);
        Case::from_json(&c.to_string()).unwrap_err().path().unwrap().to_string()
    };
    assert_eq!(case_err(&|c| c["meetings"][1]["date"] = json!("2012-01-20")), "meetings[1].date");
    assert_eq!(case_err(&|c| c["meetings"][0]["date"] = json!("2012-01-01")), "meetings[0].date");
    assert_eq!(
        case_err(&|c| c["meetings"][1]["actions"][0]["due"] = json!("2012-02-13")),
        "meetings[1].actions[0].due"
    );
    assert_eq!(case_err(&|c| c["meetings"][0]["kind"] = json!("weekly")), "meetings[0].kind");
    // A form reported on 2012-02-10 is destroyed after the emergency meeting of 2012-02-14.
    let mut case = Case::from_json(&base["case_list"]["cases"][0].to_string()).unwrap();
    let mut r = widow();
    r["client"] = json!("K-0004");
    r["reported_on"] = json!("2012-02-10");
    case.add_report(Report::from_json(&r.to_string()).unwrap()).unwrap();
    let list = CaseList { cases: vec![case] };
    assert_eq!(apply_retention(&list, date("2012-02-13")).cases[0].reports.len(), 1);
    assert!(apply_retention(&list, date("2012-02-14")).cases[0].reports.is_empty());
    // Minimisation keeps the meetings with their agreements and actions.
    let min = minimise(&list).to_json();
    assert!(min.contains("Brede aanpak") && min.contains("\"emergency\""), "{min}");
}

fn intake_value() -> Value {
    serde_json::from_str(&example("signals_intake.json")).unwrap()
}

fn run_intake(v: &Value) -> Result<IntakeResult, steun::Error> {
    intake(Intake::from_json(&v.to_string())?)
}

#[test]
fn the_meldpunt_brings_a_complex_report_into_the_network_with_a_file() {
    // A home help's worries (002:4510-4513): a nurse visited, GP and daughter called without
    // result; the project leader's home visit brought no movement (002:4764-4770).
    let r = run_intake(&intake_value()).unwrap();
    assert_eq!(r.assessed.route, ReportRoute::Network);
    assert_eq!(r.suggested, IntakeDecision::IntoNetwork);
    assert_eq!(r.decision, IntakeDecision::IntoNetwork);
    assert!(!r.decided_by_project_leader);
    let case = r.case.as_ref().expect("a case file (002:4759-4761)");
    assert_eq!(case.id, "VNDL-2012-05");
    assert_eq!(case.opened, date("2012-03-02"));
    assert_eq!(case.status, CaseStatus::Registered);
    assert_eq!(case.problem_kinds, [SignalKind::Loneliness, SignalKind::PhysicalNeglect]);
    assert_eq!(case.steps_before.len(), 2, "tried before plus the first steps advised");
    assert_eq!(case.reports.len(), 1);
    assert_eq!(case.feedback.len(), 1, "score 6: feedback owed to M-0012");
    case.check().unwrap();
    let json = r.to_json();
    assert_eq!(IntakeResult::from_json(&json).unwrap(), r);
    // Without a case number it cannot be brought in.
    let mut v = intake_value();
    v.as_object_mut().unwrap().remove("case_id");
    assert_eq!(run_intake(&v).unwrap_err().path().unwrap().to_string(), "case_id");
    // A case number that is a name is refused at case_id, without repeating it.
    v["case_id"] = json!("Mevrouw de Vries");
    let e = run_intake(&v).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "case_id");
    assert!(!e.to_string().contains("Vries"));
}

#[test]
fn a_first_investigation_that_moves_things_keeps_it_outside_the_network() {
    // 002:4764-4767: "Indien dit onderzoek leidt tot beweging of oplossing … niet direct nodig".
    let mut v = intake_value();
    v["investigation"]["outcome"] = json!("movement_or_solution");
    v.as_object_mut().unwrap().remove("case_id");
    let r = run_intake(&v).unwrap();
    assert_eq!(r.decision, IntakeDecision::OutsideNetwork);
    assert!(r.case.is_none());
    assert!(r.reason.en.contains("first investigation"));
    // The project leader may still decide to bring it in (the decision is theirs).
    v["decision"] = json!("into_network");
    v["case_id"] = json!("VNDL-2012-06");
    let r = run_intake(&v).unwrap();
    assert_eq!(r.suggested, IntakeDecision::OutsideNetwork);
    assert_eq!(r.decision, IntakeDecision::IntoNetwork);
    assert!(r.decided_by_project_leader);
    assert!(r.case.is_some());
    // A case number for a report kept outside is refused.
    v["decision"] = json!("outside_network");
    assert_eq!(run_intake(&v).unwrap_err().path().unwrap().to_string(), "case_id");
    // Dates: received before reported, investigated before received.
    let mut v = intake_value();
    v["received_on"] = json!("2012-02-28");
    assert_eq!(run_intake(&v).unwrap_err().path().unwrap().to_string(), "received_on");
    let mut v = intake_value();
    v["investigation"]["on"] = json!("2012-03-01");
    assert_eq!(run_intake(&v).unwrap_err().path().unwrap().to_string(), "investigation.on");
}

#[test]
fn practical_problems_get_practical_action_not_no_action() {
    // 002:4503-4508: a warm meal, cleaning: the professional arranges it at once. Low
    // urgency (3) no longer sends it to "no action" (signals 2.0.0).
    let mut v = widow();
    v["signals"] = json!([{"kind": "meals"}, {"kind": "housekeeping"}]);
    v["urgency"]["duration"] = json!("incidental");
    v["urgency"]["risks"]["health"] = json!("none");
    let a = attach_value(&v);
    assert_eq!(a.urgency.score, 3);
    assert_eq!(steun::Labelled::code(a.urgency.band), "information_advice");
    assert_eq!(a.route, ReportRoute::ActDirectly);
    assert!(!a.act_on_practical);
    let mut i = intake_value();
    i["report"] = v.clone();
    i.as_object_mut().unwrap().remove("case_id");
    assert_eq!(run_intake(&i).unwrap().decision, IntakeDecision::PracticalAction);
    // Under 1.2.0 the same report was "inform the reporter": a stored 1.2.0 response still
    // verifies with that route.
    let mut stored: Value = serde_json::from_str(&a.to_json()).unwrap();
    stored["instrument_version"] = json!("1.2.0");
    stored["route"] = json!("inform_reporter");
    stored["route_reason"] = serde_json::to_value(ReportRoute::InformReporter.reason()).unwrap();
    stored.as_object_mut().unwrap().remove("findings");
    let req = json!({"op": "signals.attach_urgency", "request": v, "response": stored});
    let out: Value = serde_json::from_str(&steun::op::call("result.verify", &req.to_string()).unwrap()).unwrap();
    assert_eq!(out["matches"], true, "{out}");
    // Mixed with a complex signal: the practical part is acted on now, the rest goes on.
    v["signals"] = json!([{"kind": "meals"}, {"kind": "dementia"}]);
    let a = attach_value(&v);
    assert_eq!(a.route, ReportRoute::InformReporter);
    assert!(a.act_on_practical);
    // A crisis still comes first.
    v["signals"] = json!([{"kind": "meals"}]);
    v["urgency"]["risks"] = json!({"safety": "severe", "health": "severe", "wellbeing": "severe"});
    v["urgency"]["duration"] = json!("structural_over_half_year");
    let a = attach_value(&v);
    assert_eq!(a.route, ReportRoute::AcuteHelp);
    assert!(a.act_on_practical);
}

fn yearly(threshold: Option<u32>) -> Value {
    let mut req: Value = serde_json::from_str(&example("signals_yearly_2011.json")).unwrap();
    if let Some(t) = threshold {
        req["threshold"] = json!(t);
    }
    serde_json::from_str(&steun::op::call("cases.yearly_report", &req.to_string()).unwrap()).unwrap()
}

fn outcome(v: &Value, code: &str) -> Value {
    v["outcomes"].as_array().unwrap().iter().find(|o| o["outcome"] == code).unwrap()["count"].clone()
}

#[test]
fn the_2011_overview_as_a_yearly_report() {
    // 002:4533-4600 without suppression: 25 cases, 24 with interventions, one client died
    // before help could start; none in categories 1 and 2; 13 in category 3, 11 in 4; in 4
    // one handover to MEE and two admissions (care home; hospital, then sheltered housing).
    let r = yearly(Some(1));
    assert_eq!(r["cases"], 25);
    assert_eq!(r["with_interventions"], 24);
    assert_eq!(r["without_interventions"], 1);
    assert_eq!(r["suppressed"], 0);
    let rows = r["rows"].as_array().unwrap();
    let by_cat: Vec<Value> = rows.iter().map(|row| row["cases"].clone()).collect();
    assert_eq!(by_cat, [json!(0), json!(0), json!(13), json!(11), json!(1)]);
    assert_eq!(rows[2]["category"], "structural_complex");
    assert_eq!(rows[3]["category"], "structural_psychiatric");
    assert_eq!(rows[4]["category"], Value::Null);
    assert_eq!(outcome(&rows[3], "handed_over"), 1);
    assert_eq!(outcome(&rows[3], "admitted"), 2);
    assert_eq!(outcome(&rows[4], "client_died"), 1);
    assert_eq!(rows[4]["without_interventions"], 1);
    assert_eq!(rows[2]["with_interventions"], 13);
    let totals = json!({"outcomes": r["outcome_totals"]});
    assert_eq!(outcome(&totals, "situation_improved"), 21);
    // Another year counts none of these cases.
    let mut req: Value = serde_json::from_str(&example("signals_yearly_2011.json")).unwrap();
    req["year"] = json!(2012);
    let r: Value = serde_json::from_str(&steun::op::call("cases.yearly_report", &req.to_string()).unwrap()).unwrap();
    assert_eq!(r["cases"], 0);
}

/// Every published line (parts and total) from the report's JSON, as `Option` counts.
fn lines(r: &Value) -> Vec<Vec<Value>> {
    let rows = r["rows"].as_array().unwrap();
    let codes: Vec<Value> = r["outcome_totals"].as_array().unwrap().iter().map(|o| o["outcome"].clone()).collect();
    let mut out = Vec::new();
    for row in rows {
        let mut l: Vec<Value> = row["outcomes"].as_array().unwrap().iter().map(|o| o["count"].clone()).collect();
        l.push(row["cases"].clone());
        out.push(l);
        out.push(vec![row["with_interventions"].clone(), row["without_interventions"].clone(), row["cases"].clone()]);
    }
    for (i, code) in codes.iter().enumerate() {
        let mut l: Vec<Value> = rows.iter().map(|row| outcome(row, code.as_str().unwrap())).collect();
        l.push(r["outcome_totals"][i]["count"].clone());
        out.push(l);
    }
    for k in ["with_interventions", "without_interventions"] {
        let mut l: Vec<Value> = rows.iter().map(|row| row[k].clone()).collect();
        l.push(r[k].clone());
        out.push(l);
    }
    let mut l: Vec<Value> = rows.iter().map(|row| row["cases"].clone()).collect();
    l.push(r["cases"].clone());
    out.push(l);
    out
}

#[test]
fn small_counts_are_suppressed_and_cannot_be_worked_back() {
    let full = yearly(Some(1));
    let r = yearly(None);
    assert_eq!(r["threshold"], 5, "the documented default");
    // Primary: the handover, the admissions, the death and the one case without a category.
    let rows = r["rows"].as_array().unwrap();
    assert_eq!(outcome(&rows[3], "handed_over"), Value::Null);
    assert_eq!(outcome(&rows[3], "admitted"), Value::Null);
    assert_eq!(outcome(&rows[4], "client_died"), Value::Null);
    assert_eq!(rows[4]["cases"], Value::Null);
    // Zeros are shown (no cases in categories 1 and 2, 002:4539-4543), and the big counts.
    assert_eq!(rows[0]["cases"], 0);
    assert_eq!(r["cases"], 25);
    // The one case without a category (the client who died) is also hidden behind the
    // category totals: with 25 published and 0 in categories 1-2, 13 and 11 would give it away.
    assert!(rows[2]["cases"].is_null() || rows[3]["cases"].is_null());
    // Published counts are the true ones.
    let (lf, lr) = (lines(&full), lines(&r));
    for (a, b) in lf.iter().zip(&lr) {
        for (x, y) in a.iter().zip(b) {
            assert!(y.is_null() || x == y, "{x} {y}");
        }
    }
    // Secondary: no line has exactly one left-out count, so none is a total minus the rest.
    for l in &lr {
        assert_ne!(l.iter().filter(|x| x.is_null()).count(), 1, "{l:?}");
    }
    // In particular "without interventions: 1" cannot be worked out from 25 - 24.
    assert!(r["without_interventions"].is_null() && r["with_interventions"].is_null());
    assert!(r["suppressed"].as_u64().unwrap() >= 9);
    // Another table fits every published count: category 3 with 12, two deaths. So the
    // death cannot be recovered. Check it against every published line.
    let mut alt = full.clone();
    alt["rows"][2]["cases"] = json!(12);
    alt["rows"][2]["with_interventions"] = json!(12);
    alt["rows"][2]["outcomes"][1]["count"] = json!(12);
    alt["rows"][4]["cases"] = json!(2);
    alt["rows"][4]["without_interventions"] = json!(2);
    alt["rows"][4]["outcomes"][5]["count"] = json!(2);
    alt["outcome_totals"][1]["count"] = json!(20);
    alt["outcome_totals"][5]["count"] = json!(2);
    alt["with_interventions"] = json!(23);
    alt["without_interventions"] = json!(2);
    for (a, b) in lines(&alt).iter().zip(&lr) {
        let sum: u64 = a[..a.len() - 1].iter().map(|x| x.as_u64().unwrap()).sum();
        assert_eq!(Some(sum), a[a.len() - 1].as_u64(), "the alternative adds up: {a:?}");
        for (x, y) in a.iter().zip(b) {
            assert!(y.is_null() || x == y, "the alternative fits the published {y}: {x}");
        }
    }
    // A threshold of 0 is refused.
    let mut req: Value = serde_json::from_str(&example("signals_yearly_2011.json")).unwrap();
    req["threshold"] = json!(0);
    let e = steun::op::call("cases.yearly_report", &req.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "threshold");
}

#[test]
fn the_widow_of_78_at_the_meldpunt() {
    // 002:4056-4068: the neighbour reports; moderate health and wellbeing risk, over 75, the
    // duration not known: 4 points, "nog niet ernstig". With an answer unknown the team is
    // consulted before deciding that nothing needs doing (002:3945-3948), so the meldpunt
    // keeps it outside the network; the source's open question (a home visit, or the
    // neighbour's "ogen en oren") is the project leader's to settle.
    let mut report = widow();
    report["urgency"]["duration"] = json!("unknown");
    report["discussed_with_client"] = json!(false);
    report["reporter_ref"] = json!("M-0078");
    let mut v = json!({"report": report, "received_on": "2012-03-01", "channel": "phone"});
    let r = run_intake(&v).unwrap();
    assert_eq!(r.assessed.urgency.score, 4);
    assert_eq!(r.assessed.route, ReportRoute::ConsultTeam);
    assert_eq!(r.decision, IntakeDecision::OutsideNetwork);
    assert!(r.case.is_none());
    // The lowest band asks information and advice for the neighbour, no feedback on action.
    assert!(!r.assessed.feedback_due());
    // The home visit finds it structural (over half a year): 6 points, feedback now owed;
    // discussed with her, tried before: the network route; brought in with a file.
    v["report"]["urgency"]["duration"] = json!("structural_over_half_year");
    v["report"]["discussed_with_client"] = json!(true);
    v["investigation"] = json!({"on": "2012-03-05", "home_visit": true, "outcome": "no_movement"});
    v["case_id"] = json!("VNDL-2012-09");
    let r = run_intake(&v).unwrap();
    assert_eq!(r.assessed.urgency.score, 6);
    assert_eq!(r.decision, IntakeDecision::IntoNetwork);
    let case = r.case.unwrap();
    assert_eq!(case.feedback.len(), 1);
    assert_eq!(case.feedback[0].reporter.as_str(), "M-0078");
}

#[test]
fn after_retention_a_case_keeps_what_the_case_list_records() {
    // 002:4719-4727: the state of each case, the problems found, the steps taken before, the
    // (follow-up) actions, who is responsible, their results; clients by ID code. Each field a
    // retained case may hold, with the item it serves (docs/signals.md, "What a case keeps").
    let allowed = [
        "id",
        "client", // ID code (4725-4726)
        "opened",
        "status",
        "process",
        "urgency_band",
        "assessments",
        "closure", // stand van zaken (4721)
        "problem_kinds",
        "problems",
        "isolation_category", // problematiek (4722)
        "steps_before",       // eerder ondernomen stappen (4723)
        "network_meeting",
        "meetings",
        "actions",  // (vervolg)acties, verantwoordelijken, resultaten (4723-4725)
        "feedback", // terugkoppeling als actie (3997-4006)
        "reports",  // empty once the meeting took place (4717-4718)
    ];
    let r = run_intake(&intake_value()).unwrap();
    let mut case = r.case.unwrap();
    case.meetings.push(Meeting {
        date: date("2012-03-13"),
        kind: MeetingKind::Regular,
        agreements: vec![],
        actions: vec![],
    });
    let after = apply_retention(&CaseList { cases: vec![case] }, date("2012-03-13"));
    let v: Value = serde_json::from_str(&after.to_json()).unwrap();
    let c = v["cases"][0].as_object().unwrap();
    for k in c.keys() {
        assert!(allowed.contains(&k.as_str()), "a retained case holds {k}");
    }
    assert_eq!(c["reports"], json!([]));
    // Nothing of the form's own words is left.
    let text = after.to_json();
    for t in ["niemand meer langskomt", "verwaarloosd"] {
        assert!(!text.contains(t), "{t}");
    }
}

#[test]
fn the_typology_and_the_route_agree_at_intake() {
    // S23: with the row of the typology known, the intake never suggests the network for a
    // case Veenendaal left to regular work (categories 1-2, 002:4539-4543), and says so when
    // a category 3-4 case's route does not lead to the network yet.
    let mut report = widow();
    report["urgency"]["duration"] = json!("structural_over_half_year");
    let mut v = json!({"report": report, "received_on": "2012-03-05", "channel": "phone",
        "investigation": {"on": "2012-03-05", "home_visit": true, "outcome": "no_movement"},
        "case_id": "VNDL-2012-10"});
    let network = run_intake(&v).unwrap();
    assert_eq!(network.decision, IntakeDecision::IntoNetwork, "without a category, the route decides");
    assert!(network.findings.is_empty());

    v["isolation_category"] = json!("situational");
    v.as_object_mut().unwrap().remove("case_id");
    let regular = run_intake(&v).unwrap();
    assert_eq!(regular.suggested, IntakeDecision::OutsideNetwork);
    let codes: Vec<_> = regular.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, [ReportFindingCode::TypologyRegularWork]);
    assert!(regular.reason.nl.contains("002:4539-4543"), "{}", regular.reason.nl);

    // The project leader may still bring it in; the case then records the category.
    v["decision"] = json!("into_network");
    v["case_id"] = json!("VNDL-2012-10");
    let overridden = run_intake(&v).unwrap();
    assert!(overridden.decided_by_project_leader);
    assert_eq!(overridden.case.unwrap().isolation_category.map(|p| p.category()), Some(2));

    // Category 3 with a route that asks for steps first: the route stands, with a finding.
    let mut first = v.clone();
    first["isolation_category"] = json!("structural_complex");
    first["report"]["tried_before"] = json!([]);
    first.as_object_mut().unwrap().remove("decision");
    first.as_object_mut().unwrap().remove("case_id");
    let r = run_intake(&first).unwrap();
    assert_eq!(r.decision, IntakeDecision::OutsideNetwork);
    assert_eq!(r.findings.iter().map(|f| f.code).collect::<Vec<_>>(), [ReportFindingCode::TypologyNetworkCase]);
}
