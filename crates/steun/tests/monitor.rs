//! Monitoring cliëntondersteuning (003): lists and questions from the seed, hand-counted reports.

use steun::monitor::*;
use steun::{Document, Labelled, Lang};

#[test]
fn lists_match_the_seed() {
    assert_eq!(CoQuestion::ALL.len(), 20); // 003:884-909 (8) + 003:420-431 (12)
    assert_eq!(SupportLevel::ALL.len(), 4); // 003:1040-1043
    assert_eq!(QuestionDomain::ALL.len(), 6); // 003:62
    assert_eq!(Agreement::ALL.len(), 5); // 003:520
    let labels: Vec<&str> = Agreement::ALL.iter().map(|a| a.label(Lang::Nl)).collect();
    assert_eq!(labels, ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"]);
    assert_eq!(SurveyItem::Helpful.label(Lang::Nl), "Ik heb de ondersteuning als helpend ervaren."); // 003:519
    assert_eq!(
        CoQuestion::Mq5ResidentsFindWay.label(Lang::Nl),
        "Weten inwoners de weg te vinden naar cliëntondersteuners?"
    ); // 003:906
    assert_eq!(SupportLevel::Individual.label(Lang::Nl), "Individuele cliëntondersteuning");
    // 003:1043
}

fn t(client: &str, sup: &str, kind: &str, by: &str, opened: &str, extra: &str) -> String {
    format!(
        r#"{{"client": "{client}", "supporter": "{sup}", "provider": "P-01", "supporter_kind": "{kind}", "referred_by": "{by}", "opened": "{opened}"{extra}}}"#
    )
}

fn run(trajectories: &[String], min: u32) -> serde_json::Value {
    let req = format!(r#"{{"register": {{"trajectories": [{}]}}, "min_count": {min}}}"#, trajectories.join(","));
    serde_json::from_str(&steun::op::call("co_monitor.report", &req).unwrap()).unwrap()
}

fn cell(report: &serde_json::Value, part: &str, code: &str, cat: &str) -> serde_json::Value {
    let ind = report[part].as_array().unwrap().iter().find(|i| i["code"] == code).unwrap();
    ind["cells"].as_array().unwrap().iter().find(|c| c["category"] == cat).unwrap()["count"].clone()
}

#[test]
fn hand_counted_register() {
    let ts = vec![
        t(
            "K-0001",
            "CO-01",
            "formal",
            "resident",
            "2025-01-10",
            r#", "closed": "2025-02-01", "suitable_support": true"#,
        ),
        t("K-0001", "CO-01", "formal", "general_practitioner", "2025-05-01", ""),
        t("K-0002", "CO-02", "informal", "formal_supporter", "2025-02-01", r#", "target_groups": ["homeless"]"#),
        t("K-0003", "CO-03", "formal", "informal_supporter", "2025-03-01", r#", "closed": "2025-04-01""#),
    ];
    let r = run(&ts, 1);
    assert_eq!(r["instrument"], INSTRUMENT);
    assert_eq!(cell(&r, "output", "trajectories", "total"), 4);
    assert_eq!(cell(&r, "output", "residents", "total"), 3);
    assert_eq!(cell(&r, "output", "by_referral_source", "resident"), 1);
    assert_eq!(cell(&r, "output", "formal_informal_referrals", "formal_to_informal"), 1);
    assert_eq!(cell(&r, "output", "formal_informal_referrals", "informal_to_formal"), 1);
    assert_eq!(cell(&r, "output", "continuity", "returning_residents"), 1);
    assert_eq!(cell(&r, "output", "continuity", "later_same_supporter"), 1);
    assert_eq!(cell(&r, "outcome", "suitable_support", "yes"), 1);
    assert_eq!(cell(&r, "outcome", "suitable_support", "unrecorded"), 1);
    assert_eq!(r["answers"].as_array().unwrap().len(), 20);
    // Default-like threshold: counts 1-4 are suppressed, zeros shown.
    let s = run(&ts, 5);
    assert_eq!(cell(&s, "output", "trajectories", "total"), serde_json::Value::Null);
    assert_eq!(cell(&s, "output", "by_referral_source", "welfare"), 0);
    assert!(s["suppression_note"]["en"].as_str().unwrap().contains("steun's design"));
    // Supporter and provider codes never appear in a result.
    let text = s.to_string();
    assert!(!text.contains("CO-01") && !text.contains("P-01") && !text.contains("K-0001"));
}

#[test]
fn survey_counts_labels_and_respects_the_condition() {
    let req = r#"{"register": {"trajectories": []}, "min_count": 1, "survey": [
        {"used_client_support": true, "helpful": "agree", "improvement_points": true, "improvement_text": "Sneller"},
        {"used_client_support": true, "helpful": "agree"},
        {"used_client_support": false, "helpful": "disagree"}]}"#;
    let r: serde_json::Value = serde_json::from_str(&steun::op::call("co_monitor.report", req).unwrap()).unwrap();
    assert_eq!(r["survey_excluded"], 1); // 003:517
    let helpful = r["outcome"].as_array().unwrap().iter().find(|i| i["item"] == "helpful").unwrap();
    let agree = helpful["cells"].as_array().unwrap().iter().find(|c| c["category"] == "agree").unwrap();
    assert_eq!(agree["count"], 2);
    assert!(!r.to_string().contains("Sneller"));
}

#[test]
fn bad_input_names_the_field() {
    let e = steun::op::call("co_monitor.report", r#"{"register": {"trajectories": []}, "min_count": 0}"#).unwrap_err();
    assert!(e.report_json().contains("min_count"), "{}", e.report_json());
    let bad = t("K-0001", "CO-01", "formal", "resident", "2025-02-01", r#", "closed": "2025-01-01""#);
    let e = Register::from_json(&format!(r#"{{"trajectories": [{bad}]}}"#)).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "trajectories[0].closed");
}
