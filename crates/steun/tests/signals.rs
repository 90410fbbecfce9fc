//! Signals end to end through the Rust API: reports with attached urgency, the process cycle
//! on a case, listings, retention and minimisation, and that no identifier ever leaks.

use steun::signals::*;
use steun::{Date, Document, Error, FreeText};

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../../examples/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn report() -> Report {
    Report::from_json(&data("signals_report.json")).unwrap()
}

fn cases() -> CaseList {
    CaseList::from_json(&data("signals_cases.json")).unwrap()
}

#[test]
fn the_report_gets_its_urgency_from_the_library() {
    let a = attach(report()).unwrap();
    // Hand-worked after 002:3930-4006: safety none 0, health moderate 1, wellbeing moderate 1,
    // one person over 75 → 2, structural over half a year → 2: 6, the band 5-6.
    assert_eq!(a.urgency.score, 6);
    assert_eq!(steun::Labelled::code(a.urgency.band), "consultation");
    assert_eq!(a.route, ReportRoute::Network);
    let json = a.to_json();
    assert_eq!(AssessedReport::from_json(&json).unwrap(), a);
}

#[test]
fn a_report_cannot_carry_a_typed_in_result() {
    let mut v: serde_json::Value = serde_json::from_str(&data("signals_report.json")).unwrap();
    v["result"] = serde_json::json!({"band": "crisis"});
    let e = Report::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "(root)");
    assert!(e.message().starts_with("unknown field"), "{e}");

    // An assessed report whose urgency was edited by hand is refused.
    let a = attach(report()).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    v["urgency"]["band"] = "crisis".into();
    let e = AssessedReport::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "urgency");
}

#[test]
fn routes_follow_the_network_rules() {
    let base = report();
    let route = |r: Report| attach(r).unwrap().route;
    let mut practical = base.clone();
    practical.signals = vec![ObservedSignal { kind: SignalKind::Meals, description: None }];
    assert_eq!(route(practical), ReportRoute::ActDirectly);
    let mut undiscussed = base.clone();
    undiscussed.discussed_with_client = false;
    assert_eq!(route(undiscussed), ReportRoute::DiscussWithClient);
    let mut untried = base.clone();
    untried.tried_before.clear();
    assert_eq!(route(untried), ReportRoute::TryFirst);
    let mut mild = base.clone();
    mild.urgency = serde_json::from_str(
        r#"{"risks": {"safety": "none", "health": "none", "wellbeing": "moderate"},
            "scope": {"persons": 1, "minors_involved": false, "over_75_involved": false},
            "duration": "incidental"}"#,
    )
    .unwrap();
    assert_eq!(route(mild), ReportRoute::InformReporter);
    let mut acute = base;
    acute.urgency = serde_json::from_str(
        r#"{"risks": {"safety": "severe", "health": "severe", "wellbeing": "severe"},
            "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
            "duration": "structural_over_half_year"}"#,
    )
    .unwrap();
    assert_eq!(route(acute), ReportRoute::AcuteHelp);
}

#[test]
fn bad_reports_name_the_field() {
    let mut v: serde_json::Value = serde_json::from_str(&data("signals_report.json")).unwrap();
    v["signals"] = serde_json::json!([{"kind": "other"}]);
    let e = Report::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "signals[0].description");
    v["signals"] = serde_json::json!([]);
    assert_eq!(Report::from_json(&v.to_string()).unwrap_err().path().unwrap().to_string(), "signals");
    v["signals"] = serde_json::json!([{"kind": "eenzaamheid"}]);
    let e = Report::from_json(&v.to_string()).unwrap_err();
    assert!(e.message().starts_with("unknown code; allowed: loneliness, social_isolation"), "{e}");
    assert!(!e.to_string().contains("eenzaamheid"));
    v["signals"] = serde_json::json!([{"kind": "loneliness"}]);
    v["client"] = "Jan Jansen".into();
    let e = Report::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "client");
    assert!(!e.to_string().contains("Jansen"));
    assert!(matches!(Report::from_json("{\"reported_on\": "), Err(Error::Syntax { .. })));
}

#[test]
fn the_process_cycle_on_a_case() {
    let mut list = cases();
    let case = &mut list.cases[0];
    // The fixture stopped at `decide`; next is `act`, not `evaluate`.
    let e = case.record_step(SignalStep::Evaluate, date("2012-03-20"), None).unwrap_err();
    assert_eq!(e, Error::Transition { from: "decide".into(), to: "evaluate".into(), allowed: "act".into() });
    case.record_step(SignalStep::Act, date("2012-03-20"), Some(FreeText::new("Huisbezoek"))).unwrap();
    case.record_step(SignalStep::Evaluate, date("2012-04-24"), None).unwrap();
    case.record_step(SignalStep::Notice, date("2012-05-01"), None).unwrap();
    let e = case.record_step(SignalStep::Assess, date("2012-04-30"), None).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "process[7].date");
    assert_eq!(case.process.len(), 7);
    // The same rule holds when a case list is read.
    let mut v: serde_json::Value = serde_json::from_str(&data("signals_cases.json")).unwrap();
    v["cases"][1]["process"] =
        serde_json::json!([{"step": "notice", "date": "2012-02-27"}, {"step": "decide", "date": "2012-02-28"}]);
    let e = CaseList::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.to_string(), "cannot go from notice to decide; allowed from notice: assess");
}

#[test]
fn listings_by_status_band_and_overdue() {
    let list = cases();
    let ids = |q: CaseQuery| -> Vec<String> { list_cases(&list, &q).cases.into_iter().map(|c| c.id).collect() };
    assert_eq!(ids(CaseQuery::default()), ["VNDL-2012-01", "VNDL-2012-02", "VNDL-2012-03"]);
    assert_eq!(ids(CaseQuery { status: Some(CaseStatus::Registered), ..Default::default() }), ["VNDL-2012-02"]);
    let band = "professional_services".parse().unwrap();
    assert_eq!(ids(CaseQuery { band: Some(band), ..Default::default() }), ["VNDL-2012-02"]);
    // On 2012-03-21 the home visit (due 03-20) and the GGz contact (due 03-01) are overdue;
    // the GP consultation (due 03-27) and the done meal service are not.
    let listing = list_cases(&list, &CaseQuery { overdue_on: Some(date("2012-03-21")), ..Default::default() });
    let overdue: Vec<(String, u32, String)> = listing
        .cases
        .iter()
        .flat_map(|c| c.overdue_actions.iter().map(move |a| (c.id.clone(), a.action, a.due.to_string())))
        .collect();
    assert_eq!(
        overdue,
        [("VNDL-2012-01".into(), 0, "2012-03-20".into()), ("VNDL-2012-02".into(), 0, "2012-03-01".into())]
    );
    assert_eq!(listing.cases[0].open_actions, 2);
    // Due on the day itself is not overdue yet.
    assert_eq!(ids(CaseQuery { overdue_on: Some(date("2012-03-01")), ..Default::default() }), Vec::<String>::new());
    let both = CaseQuery { status: Some(CaseStatus::InProgress), overdue_on: Some(date("2012-03-21")), band: None };
    assert_eq!(ids(both), ["VNDL-2012-01"]);
    // A listing holds no free text.
    let json = list_cases(&list, &CaseQuery::default()).to_json();
    for text in ["Huisbezoek", "Mevrouw", "Huisarts gebeld", "Ouderenadviseur legt"] {
        assert!(!json.contains(text), "{text}");
    }
}

#[test]
fn a_case_takes_reports_about_its_client_only_and_keeps_the_highest_band() {
    let mut list = cases();
    let mut r = report();
    r.client = steun::ClientCode::new("ID-KW7B-8JF4-MS92-QXMG").unwrap();
    assert_eq!(list.cases[0].add_report(r).unwrap_err().path().unwrap().to_string(), "client");
    list.cases[2].urgency_band = None;
    list.cases[2].client = report().client;
    list.cases[2].add_report(report()).unwrap();
    assert_eq!(list.cases[2].urgency_band.map(steun::Labelled::code), Some("consultation"));
    // A case whose band is below one of its reports' bands is refused.
    let mut v: serde_json::Value = serde_json::from_str(&list.to_json()).unwrap();
    v["cases"][2]["urgency_band"] = "information_advice".into();
    let e = CaseList::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "cases[2].urgency_band");
}

const FORM_TEXTS: &[&str] = &[
    "Mevrouw zegt dat niemand meer langskomt",
    "Ziet er verwaarloosd uit, eet slecht",
    "Huisarts gebeld; dochter ingelicht, zonder resultaat",
];

#[test]
fn there_is_no_opt_out_of_destroying_the_forms() {
    // Signals 2.0.0: every member must destroy the forms after the meeting (002:4717-4718);
    // the 1.x flag is an unknown field now, whatever its value.
    for flag in [true, false] {
        let mut v: serde_json::Value = serde_json::from_str(&data("signals_report.json")).unwrap();
        v["destroy_after_meeting"] = flag.into();
        let e = Report::from_json(&v.to_string()).unwrap_err();
        assert!(e.message().starts_with("unknown field; allowed fields:"), "{e}");
        assert!(!e.message().contains("destroy_after_meeting"), "{e}");
    }
}

#[test]
fn no_free_text_of_a_destroyed_form_survives() {
    let mut list = cases();
    list.cases[0].add_report(report()).unwrap();
    // A form reported after the meeting of 2012-03-13 waits for the next meeting.
    let mut kept = report();
    kept.reported_on = date("2012-03-20");
    kept.signals =
        vec![ObservedSignal { kind: SignalKind::Loneliness, description: Some(FreeText::new("Bewaard formulier")) }];
    kept.tried_before = vec![FreeText::new("Team besproken")];
    list.cases[0].add_report(kept).unwrap();
    let full = list.to_json();
    for t in FORM_TEXTS {
        assert!(full.contains(t), "the fixture holds the text before retention: {t}");
    }
    // Before the meeting (2012-03-13) the forms are kept to prepare it.
    assert_eq!(apply_retention(&list, date("2012-03-12")).cases[0].reports.len(), 2);
    // On the day of the meeting the first form goes, always (002:4717-4718); the later one
    // waits for its own meeting.
    let after = apply_retention(&list, date("2014-01-01"));
    assert_eq!(after.cases[0].reports.len(), 1);
    assert_eq!(after.cases[0].reports[0].report.reported_on, date("2012-03-20"));
    assert_eq!(apply_retention(&list, date("2012-03-13")).cases[0].reports.len(), 1);
    let after_json = after.to_json();
    for t in FORM_TEXTS {
        assert!(!after_json.contains(t), "destroyed text survived retention: {t}");
    }
    assert!(after_json.contains("Bewaard formulier"));
    assert!(CaseList::from_json(&after_json).is_ok());
    // The band survives the forms.
    assert_eq!(after.cases[0].urgency_band, list.cases[0].urgency_band);

    // Minimisation keeps only what follow-up needs.
    let min = minimise(&list);
    let min_json = min.to_json();
    let gone = ["Bewaard formulier", "Team besproken", "Mevrouw eet slecht", "Huisarts gebeld", "thermometer"];
    for t in FORM_TEXTS.iter().chain(&gone) {
        assert!(!min_json.contains(t), "minimised list holds {t}");
    }
    for t in ["Huisbezoek", "Ouderenadviseur legt huisbezoek af", "Warme maaltijd vijf dagen per week"] {
        assert!(min_json.contains(t), "follow-up needs {t}");
    }
    let v: serde_json::Value = serde_json::from_str(&min_json).unwrap();
    let keys: Vec<&str> = v["cases"][0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["id", "client", "status", "urgency_band", "current_step", "current_step_date", "network_meeting", "actions"]
    );
    assert_eq!(v["cases"][0]["current_step"], "decide");
    assert_eq!(FollowUpList::from_json(&min_json).unwrap(), min);
}

#[test]
fn no_identifier_in_any_output() {
    let key = PseudonymKey::new(b"steun-test-key-0123456789").unwrap();
    let bsn = "111222333";
    let code = client_code(IdentifierKind::Bsn, bsn, &key).unwrap();
    let result = ClientCodeResult::derive(IdentifierKind::Bsn, bsn, &key).unwrap();
    let mut list = cases();
    list.cases[0].client = code.clone();
    let mut r = report();
    r.client = code.clone();
    list.cases[0].add_report(r).unwrap();
    let outputs = [
        format!("{code:?}"),
        code.to_string(),
        format!("{result:?}"),
        result.to_json(),
        format!("{key:?}"),
        format!("{list:?}"),
        list.to_json(),
        list_cases(&list, &CaseQuery::default()).to_json(),
        minimise(&list).to_json(),
    ];
    for out in &outputs {
        assert!(!out.contains(bsn), "identifier in {out}");
    }
    // Errors for bad identifiers and keys do not hold them either.
    for b in ["111222334", "12345678", "1112223331", "abcdefghi"] {
        let e = client_code(IdentifierKind::Bsn, b, &key).unwrap_err();
        for shown in [e.to_string(), format!("{e:?}"), e.message()] {
            assert!(!shown.contains(b), "{shown}");
        }
    }
    let e = PseudonymKey::new(b"short-secret").unwrap_err();
    assert!(!format!("{e} {e:?}").contains("short-secret"));
    // A raw BSN is not a pseudonymous code: refused where a client code belongs, in a report,
    // a case and a case list, and the error does not repeat it (issue 14, item 4).
    let report_json = data("signals_report.json").replace(code_in_example(), bsn);
    let list_json = data("signals_cases.json").replace(code_in_example(), bsn);
    let case_json =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&list_json).unwrap()["cases"][0]).unwrap();
    for e in [
        Report::from_json(&report_json).unwrap_err(),
        Case::from_json(&case_json).unwrap_err(),
        CaseList::from_json(&list_json).unwrap_err(),
    ] {
        assert!(e.to_string().contains("client") && e.message().contains("pseudonymous client code"), "{e}");
        assert!(!format!("{e} {e:?} {}", e.report_json()).contains(bsn), "{e}");
    }
}

/// The client code used in the example report and case list.
fn code_in_example() -> &'static str {
    "ID-ZG43-9PSD-QSXB-KJVQ"
}

#[test]
fn the_signal_matrix_is_a_reference_set() {
    let m = steun::reference::get("signal_matrix").unwrap();
    assert_eq!(m[1]["by_whom"]["nl"][4], "beroepsgroep"); // 002:3795
    assert_eq!(m[2]["code"], "macro");
}

fn case_value() -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(&data("signals_cases.json")).unwrap();
    v["cases"][0].clone()
}

/// The path of the error a case document with `edit` applied gives, or "ok".
fn case_error(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v = case_value();
    edit(&mut v);
    match Case::from_json(&v.to_string()) {
        Ok(_) => "ok".into(),
        Err(e) => e.path().map(|p| p.to_string()).unwrap_or_else(|| e.to_string()),
    }
}

#[test]
fn case_documents_are_checked() {
    assert_eq!(case_error(|_| {}), "ok");
    // The case number: a pseudonymous code of 2-32 characters A-Z 0-9 - _, a letter first,
    // a digit in it, never 9 digits in a row (002:4725-4726).
    assert_eq!(case_error(|v| v["id"] = "A_B-9".into()), "ok");
    assert_eq!(case_error(|v| v["id"] = format!("K1{}", "X".repeat(30)).into()), "ok");
    assert_eq!(case_error(|v| v["id"] = "ZAAK-12345678".into()), "ok");
    for bad in ["", "A B", "A.B", "Zaak/1", "zaak-1", "ZAAK", "111222333", "ZAAK-111222333", "Z-111-222-333", "1-A"] {
        assert_eq!(case_error(|v| v["id"] = bad.into()), "id", "{bad:?}");
    }
    assert_eq!(case_error(|v| v["id"] = format!("K1{}", "X".repeat(31)).into()), "id");
    let e = Case::from_json(&{
        let mut v = case_value();
        v["id"] = "ZAAK-123456782".into();
        v.to_string()
    })
    .unwrap_err();
    assert!(e.message().starts_with("expected a pseudonymous case number such as VNDL-2012-01: "), "{e}");
    assert!(e.message().contains("9 or more digits") && !e.to_string().contains("123456782"), "{e}");
    // The client: a pseudonymous code, never a BSN or a name.
    for bad in ["111222333", "K111222333", "JanJansen", "JANSEN", "Jan Jansen", "JANSEN123456782"] {
        assert_eq!(case_error(|v| v["client"] = bad.into()), "client", "{bad:?}");
    }
    // Nothing before the case was opened (2012-02-20); on the day itself is fine.
    assert_eq!(case_error(|v| v["process"][0]["date"] = "2012-02-19".into()), "process[0].date");
    assert_eq!(case_error(|v| v["network_meeting"]["date"] = "2012-02-19".into()), "network_meeting.date");
    assert_eq!(case_error(|v| v["network_meeting"]["date"] = "2012-02-20".into()), "ok");
    // The organisation of an action's owner: 1-100 characters, not blank.
    let org = |v: &mut serde_json::Value, s: String| v["actions"][1]["owner"]["organisation"] = s.into();
    assert_eq!(case_error(|v| org(v, "o".repeat(100))), "ok");
    assert_eq!(case_error(|v| org(v, "ö".repeat(100))), "ok", "characters, not bytes");
    assert_eq!(case_error(|v| org(v, "o".repeat(101))), "actions[1].owner.organisation");
    assert_eq!(case_error(|v| org(v, "   ".into())), "actions[1].owner.organisation");
    assert_eq!(case_error(|v| org(v, String::new())), "actions[1].owner.organisation");
}

#[test]
fn steps_are_dated_on_or_after_the_opening() {
    let mut v = case_value();
    v["process"] = serde_json::json!([]);
    let case = Case::from_json(&v.to_string()).unwrap();
    let mut on_the_day = case.clone();
    on_the_day.record_step(SignalStep::Notice, case.opened, None).unwrap();
    let e = case.clone().record_step(SignalStep::Notice, date("2012-02-19"), None).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "process[0].date");
    // The JSON entry point gives the same case.
    let json = record_step_json(&v.to_string(), "notice", "2012-02-20", Some("Buurvrouw belt")).unwrap();
    let mut want = case.clone();
    want.record_step(SignalStep::Notice, case.opened, Some(FreeText::new("Buurvrouw belt"))).unwrap();
    assert_eq!(json, want.to_json());
    assert_eq!(
        record_step_json(&v.to_string(), "notice", "20-02-2012", None).unwrap_err().path().unwrap().to_string(),
        "date"
    );
    assert!(record_step_json(&v.to_string(), "nope", "2012-02-20", None).is_err());
}

#[test]
fn json_entry_points_give_what_the_typed_functions_give() {
    let list_json = data("signals_cases.json");
    let list = cases();
    let query = CaseQuery { overdue_on: Some(date("2012-03-21")), ..Default::default() };
    assert_eq!(list_cases_json(&list_json, &query.to_json()).unwrap(), list_cases(&list, &query).to_json());
    assert_eq!(
        apply_retention_json(&list_json, "2012-04-01").unwrap(),
        apply_retention(&list, date("2012-04-01")).to_json()
    );
    assert_eq!(minimise_json(&list_json).unwrap(), minimise(&list).to_json());
    assert_eq!(attach_json(&data("signals_report.json")).unwrap(), attach(report()).unwrap().to_json());
    assert!(list_cases_json(&list_json, "{\"status\": 1}").is_err());
    assert!(minimise_json("{}").is_err() && attach_json("{}").is_err());
}

#[test]
fn stored_reports_keep_the_computed_route_and_reason() {
    let assessed = attach(report()).unwrap();
    assert!(AssessedReport::from_json(&assessed.to_json()).is_ok());
    let mut v: serde_json::Value = serde_json::from_str(&assessed.to_json()).unwrap();
    v["route_reason"]["en"] = "Because I say so".into();
    let e = AssessedReport::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "route");
}

#[test]
fn identifiers_have_their_form() {
    let key = PseudonymKey::new(b"steun-test-key-0123456789").unwrap();
    for bad in ["12345678a", "1234567890", "12345 678", "12.345.678"] {
        let e = client_code(IdentifierKind::Bsn, bad, &key).unwrap_err();
        assert!(e.message().contains("exactly 9 digits"), "{bad}: {e}");
    }
    let r = ClientCodeResult::derive(IdentifierKind::ClientNumber, "K-2012-0001", &key).unwrap();
    assert!(ClientCodeResult::from_json(&r.to_json()).is_ok());
    let mut v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    v["scheme"] = "md5".into();
    assert_eq!(ClientCodeResult::from_json(&v.to_string()).unwrap_err().path().unwrap().to_string(), "scheme");
}

#[test]
fn a_case_number_that_is_not_a_code_is_refused_when_read() {
    // The schema's pattern, enforced by the types too (not only by the list's rules).
    let good = serde_json::json!({"id": "VNDL-2012-01", "client": "ID-0000-0000-0000-0000",
        "opened": "2000-01-01", "status": "registered"});
    assert!(serde_json::from_value::<Case>(good.clone()).is_ok());
    for bad in ["", "jan jansen", "111222333", "vndl-2012-01"] {
        let mut doc = good.clone();
        doc["id"] = bad.into();
        let e = serde_json::from_value::<Case>(doc).unwrap_err().to_string();
        assert!(e.contains("case number"), "{e}");
        assert!(bad.is_empty() || !e.contains(bad), "the value is echoed: {e}");
    }
}
