//! Opt-in check profiles (issue 20, item 5; `plan::profiles`), each tested on the seeds' own
//! practice example: Marijke was pointed to a client supporter (003:33); Kwintes'
//! professionals evaluate "met elkaar [...] maar niet met de cliënten" (000:2771-2775);
//! Noord-Veluwe's shelter clients get a care plan "ook voor het realiseren van dagbesteding"
//! (000:1314-1320). Each profile fires on a case that lacks what it asks and not on one that
//! has it; none runs by default.

use serde_json::{json, Value};
use steun::plan::{check_profiles, validate_case, CheckProfile, FindingCode, Findings, Severity, SupportCase};
use steun::{Document, Labelled};

/// A shelter client's case: one plan with a housing goal and an income goal (the care,
/// housing and income of 000:1318), one evaluation.
fn shelter_case() -> Value {
    json!({
        "client": "K-0131",
        "plans": [{
            "client": "K-0131", "version": 1, "drawn_up": "2012-03-01", "evaluation_date": "2012-06-01",
            "goals": [
                {"id": "housing", "result": "Een eigen kamer", "priority": 1, "term": "short",
                 "life_domains": ["housing"], "personal_preferences": ["Rust"]},
                {"id": "income", "result": "Een vast inkomen", "priority": 2, "term": "short",
                 "life_domains": ["self_care"], "personal_preferences": ["Overzicht"]}
            ],
            "steps": [{"activity": "Aanmelden", "own": ["Gaat zelf naar het loket"]}]
        }],
        "evaluations": [{"date": "2012-06-01", "plan_version": 1}]
    })
}

fn case_of(v: &Value) -> SupportCase {
    SupportCase::from_json(&v.to_string()).unwrap()
}

fn run(v: &Value, profiles: &[CheckProfile]) -> Findings {
    check_profiles(&case_of(v), profiles)
}

fn codes(f: &Findings) -> Vec<(FindingCode, Severity, String)> {
    f.findings.iter().map(|f| (f.code, f.severity, f.path.clone())).collect()
}

#[test]
fn informed_of_client_support_fires_only_when_the_case_records_not_told() {
    let p = CheckProfile::InformedOfClientSupport;
    let mut v = shelter_case();
    // Marijke (003:33): the municipality pointed her to a client supporter.
    v["informed_of_client_support"] = json!(true);
    assert!(run(&v, &[p]).findings.is_empty());
    v["informed_of_client_support"] = json!(false);
    let f = run(&v, &[p]);
    assert_eq!(
        codes(&f),
        vec![(FindingCode::ClientSupportNotInformed, Severity::Warning, "informed_of_client_support".to_owned())]
    );
    assert_eq!(f.findings[0].profile, Some(p));
    assert_eq!(f.findings[0].source, "003:33, 003:62");
    assert!(f.findings[0].message.en.contains("not from the law"), "{}", f.findings[0].message.en);
    assert!(f.findings[0].message.nl.contains("niet uit de wet"), "{}", f.findings[0].message.nl);
    // Left out: unknown, reported as not recorded with severity info, never a breach.
    v.as_object_mut().unwrap().remove("informed_of_client_support");
    assert_eq!(
        codes(&run(&v, &[p])),
        vec![(FindingCode::ProfileNotRecorded, Severity::Info, "informed_of_client_support".to_owned())]
    );
}

#[test]
fn evaluation_with_client_fires_on_the_kwintes_evaluation_among_professionals() {
    let p = CheckProfile::EvaluationWithClient;
    let mut v = shelter_case();
    v["evaluations"] = json!([
        {"date": "2012-06-01", "plan_version": 1, "client_present": true},
        // Kwintes (000:2771-2775): the professionals evaluate among themselves.
        {"date": "2012-09-01", "plan_version": 1, "client_present": false},
        {"date": "2012-12-01", "plan_version": 1}
    ]);
    let f = run(&v, &[p]);
    assert_eq!(
        codes(&f),
        vec![
            (FindingCode::EvaluationWithoutClient, Severity::Warning, "evaluations[1].client_present".to_owned()),
            (FindingCode::ProfileNotRecorded, Severity::Info, "evaluations[2]".to_owned()),
        ]
    );
    assert!(f.findings.iter().all(|f| f.source == "000:2771-2775" && f.profile == Some(p)));
    assert!(f.findings[0].message.en.contains("Kwintes"));
    // With the client at every evaluation: nothing; no evaluation: nothing to check.
    v["evaluations"][1]["client_present"] = json!(true);
    v["evaluations"][2]["client_present"] = json!(true);
    assert!(run(&v, &[p]).findings.is_empty());
    v["evaluations"] = json!([]);
    assert!(run(&v, &[p]).findings.is_empty());
}

#[test]
fn day_activity_in_shelter_plan_fires_on_a_plan_of_care_housing_and_income_only() {
    let p = CheckProfile::DayActivityInShelterPlan;
    let mut v = shelter_case();
    // 000:1316-1320: not only care, housing and income but also day activities.
    v["plans"][0]["goals"][0]["day_activity"] = json!(false);
    v["plans"][0]["goals"][1]["day_activity"] = json!(false);
    let f = run(&v, &[p]);
    assert_eq!(
        codes(&f),
        vec![(FindingCode::ShelterPlanWithoutDayActivityGoal, Severity::Warning, "plans[0]".to_owned())]
    );
    assert_eq!(f.findings[0].source, "000:1314-1320");
    // One goal unstated and none stated as day activity: not recorded, at the goals.
    v["plans"][0]["goals"][1].as_object_mut().unwrap().remove("day_activity");
    assert_eq!(codes(&run(&v, &[p])), vec![(FindingCode::ProfileNotRecorded, Severity::Info, "plans[0].goals".into())]);
    // A day-activity goal, as Noord-Veluwe's day activities "aan de voordeur" (000:1251).
    let mut goals = v["plans"][0]["goals"].as_array().unwrap().clone();
    goals.push(json!({"id": "day", "result": "Meedoen met straatvoetbal", "priority": 3, "term": "short",
        "life_domains": ["leisure"], "personal_preferences": ["Buiten zijn"], "day_activity": true}));
    v["plans"][0]["goals"] = json!(goals);
    assert!(run(&v, &[p]).findings.is_empty());
}

#[test]
fn only_the_newest_plan_counts_for_the_day_activity_profile() {
    let mut v = shelter_case();
    let mut v2 = v["plans"][0].clone();
    v2["version"] = json!(2);
    v2["drawn_up"] = json!("2012-07-01");
    v2["evaluation_date"] = json!("2012-10-01");
    v2["goals"][0]["day_activity"] = json!(true);
    v["plans"][0]["goals"][0]["day_activity"] = json!(false);
    v["plans"][0]["goals"][1]["day_activity"] = json!(false);
    v["plans"] = json!([v["plans"][0].clone(), v2]);
    assert!(run(&v, &[CheckProfile::DayActivityInShelterPlan]).findings.is_empty());
}

#[test]
fn profiles_are_off_by_default() {
    let mut v = shelter_case();
    v["informed_of_client_support"] = json!(false);
    v["evaluations"][0]["client_present"] = json!(false);
    v["plans"][0]["goals"][0]["day_activity"] = json!(false);
    v["plans"][0]["goals"][1]["day_activity"] = json!(false);
    let case = case_of(&v);
    // plan.validate never runs a profile; no profile named, no finding.
    let validated = validate_case(&case);
    assert!(validated.findings.iter().all(|f| f.profile.is_none()), "{:?}", validated.findings);
    assert!(!validated.findings.iter().any(|f| matches!(
        f.code,
        FindingCode::ClientSupportNotInformed
            | FindingCode::EvaluationWithoutClient
            | FindingCode::ShelterPlanWithoutDayActivityGoal
            | FindingCode::ProfileNotRecorded
    )));
    assert!(check_profiles(&case, &[]).findings.is_empty());
    let out: Value = serde_json::from_str(
        &steun::op::call("plan.check_profiles", &json!({"case": v, "profiles": []}).to_string()).unwrap(),
    )
    .unwrap();
    assert_eq!(out, json!({"instrument": "steun.plan_profiles", "instrument_version": "1.0.0", "findings": []}));
    // All three on: one warning each, in the order named, a profile named twice runs once.
    let all = [
        CheckProfile::DayActivityInShelterPlan,
        CheckProfile::InformedOfClientSupport,
        CheckProfile::EvaluationWithClient,
        CheckProfile::DayActivityInShelterPlan,
    ];
    let f = check_profiles(&case, &all);
    assert_eq!(
        f.findings.iter().map(|f| f.code).collect::<Vec<_>>(),
        vec![
            FindingCode::ShelterPlanWithoutDayActivityGoal,
            FindingCode::ClientSupportNotInformed,
            FindingCode::EvaluationWithoutClient
        ]
    );
    assert!(!f.has_errors());
    assert!(f.findings.iter().all(|f| f.severity == Severity::Warning));
}

#[test]
fn an_unknown_profile_is_an_unknown_code_naming_the_path_and_the_profiles() {
    let req = json!({"case": shelter_case(), "profiles": ["co_evaluation_with_client", "co_everything"]});
    let e = steun::op::call("plan.check_profiles", &req.to_string()).unwrap_err();
    let i = &e.issues()[0];
    assert_eq!((i.kind.code(), i.path.to_string().as_str()), ("unknown_code", "profiles[1]"));
    assert!(
        i.message.contains("co_informed_of_client_support, co_evaluation_with_client, co_day_activity_in_shelter_plan"),
        "{}",
        i.message
    );
    assert!(!e.to_string().contains("co_everything"));
    // The request must name its profiles; unknown fields are refused.
    let e = steun::op::call("plan.check_profiles", &json!({"case": shelter_case()}).to_string()).unwrap_err();
    assert_eq!(e.issues()[0].path.to_string(), "profiles");
    let e = steun::op::call(
        "plan.check_profiles",
        &json!({"case": shelter_case(), "profiles": [], "all": true}).to_string(),
    )
    .unwrap_err();
    assert_eq!(e.issues()[0].kind.code(), "unknown_field");
}

#[test]
fn the_profiles_are_listed_with_their_sources_in_the_catalogue_and_the_reference_set() {
    let e: Value =
        serde_json::from_str(&steun::op::call("catalogue.enum", r#"{"name": "CheckProfile"}"#).unwrap()).unwrap();
    let codes: Vec<&str> = e["members"].as_array().unwrap().iter().map(|m| m["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        ["co_informed_of_client_support", "co_evaluation_with_client", "co_day_activity_in_shelter_plan"]
    );
    let r: Value =
        serde_json::from_str(&steun::op::call("catalogue.reference", r#"{"name": "check_profiles"}"#).unwrap())
            .unwrap();
    let sources: Vec<&str> = r.as_array().unwrap().iter().map(|p| p["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["003:33, 003:62", "000:2771-2775", "000:1314-1320"]);
    for p in r.as_array().unwrap() {
        assert!(p["basis"]["en"].as_str().unwrap().contains("not from the law"), "{p}");
        assert_eq!(p["default"], "off");
        let code = p["code"].as_str().unwrap();
        assert_eq!(p["label"]["nl"], CheckProfile::from_code(code).unwrap().label(steun::Lang::Nl));
    }
}

#[test]
fn the_registry_example_runs_on_bram_and_notes_what_his_case_does_not_record() {
    let op = steun::op::named("plan.check_profiles").unwrap();
    let f = Findings::from_json(&op.call(op.example).unwrap()).unwrap();
    assert_eq!(f.instrument, "steun.plan_profiles");
    assert!(f.findings.iter().all(|f| f.code == FindingCode::ProfileNotRecorded && f.severity == Severity::Info));
    assert_eq!(f.findings.len(), 3);
}
