//! Urgency assessments as a professional's act (issue 17): assessor, date, result, an
//! override with a mandatory reason; reassessment; the case's urgency is its latest
//! assessment; disagreements between assessors are findings (002:4019-4021, 4139-4142).

use serde_json::{json, Value};
use steun::signals::Case;
use steun::urgency::{UrgencyAssessment, UrgencyAssessments, UrgencyBand};
use steun::Document;

fn example() -> Value {
    let path = format!("{}/data/examples/urgency_assessments.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn call(op: &str, v: &Value) -> Result<Value, steun::Error> {
    steun::op::call(op, &v.to_string()).map(|s| serde_json::from_str(&s).unwrap())
}

fn result(duration: &str, minors: bool) -> Value {
    let input = json!({"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
        "scope": {"persons": 1, "minors_involved": minors, "over_75_involved": !minors}, "duration": duration});
    call("urgency.assess", &input).unwrap()
}

#[test]
fn the_latest_assessment_decides_and_disagreements_are_found() {
    // The widow of 78: on 1 March W-017 keeps the instrument's band (information and advice),
    // W-023 overrides it to consultation with a reason; on 8 March W-017 reassesses with the
    // duration known (incidental): information and advice, lower than the override.
    let v = call("urgency.review_assessments", &example()).unwrap();
    assert_eq!(v["latest"], 2);
    assert_eq!(v["band"], "information_advice");
    assert_eq!(v["overridden"], false);
    let d = v["disagreements"].as_array().unwrap();
    assert_eq!(d.len(), 1, "{v}");
    assert_eq!(d[0]["assessed_on"], "2012-03-01");
    assert_eq!(d[0]["assessments"], json!([0, 1]));
    assert_eq!(d[0]["bands"], json!(["information_advice", "consultation"]));
    assert!(d[0]["message"]["nl"].as_str().unwrap().contains("wijk)team"));
    // Without the reassessment the latest of 1 March (the override) decides.
    let mut two = example();
    two["assessments"].as_array_mut().unwrap().pop();
    let v = call("urgency.review_assessments", &two).unwrap();
    assert_eq!(
        (v["latest"].as_u64(), v["band"].as_str(), v["overridden"].as_bool()),
        (Some(1), Some("consultation"), Some(true))
    );
    // One assessor giving two bands on one day is a correction, not a disagreement.
    let mut same = two.clone();
    same["assessments"][1]["assessor"] = json!("W-017");
    assert_eq!(call("urgency.review_assessments", &same).unwrap()["disagreements"], json!([]));
}

#[test]
fn an_override_needs_a_reason_and_a_different_band_and_the_assessor_is_a_code() {
    let mut v = example();
    v["assessments"][1]["band_override"]["reason"] = json!("  ");
    let e = call("urgency.review_assessments", &v).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "assessments[1].band_override.reason");
    let mut v = example();
    v["assessments"][1]["band_override"]["band"] = json!("information_advice");
    let e = call("urgency.review_assessments", &v).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "assessments[1].band_override.band");
    let mut v = example();
    v["assessments"][0]["assessor"] = json!("Jansen");
    let e = call("urgency.review_assessments", &v).unwrap_err();
    assert!(e.issues()[0].path.to_string().starts_with("assessments[0].assessor"), "{e}");
    assert!(!e.to_string().contains("Jansen"), "{e}");
    let mut v = example();
    v["assessments"][0]["result"]["band"] = json!("crisis");
    v["assessments"][0]["result"]["instrument_version"] = json!("3.0.0");
    let e = call("urgency.review_assessments", &v).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "assessments[0].result.instrument_version");
    assert!(call("urgency.review_assessments", &json!({"assessments": []})).is_err());
    // A stored 1.0.0 result can be part of an assessment.
    let old: Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../../tests/data/urgency_expected_1.0.0.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    let a = json!({"assessor": "W-017", "assessed_on": "2012-02-01", "result": old[0]});
    assert_eq!(UrgencyAssessment::from_json(&a.to_string()).unwrap().band(), UrgencyBand::Consultation);
    assert!(UrgencyAssessments::from_json(&json!({"assessments": [a]}).to_string()).is_ok());
}

#[test]
fn a_case_takes_its_latest_assessment_also_when_lower() {
    // The review's case: nothing assessed yet about a child. The professional assesses it
    // as professional services (override with a reason), then reassesses it lower.
    let unknown = json!({"risks": {"safety": "unknown", "health": "unknown", "wellbeing": "unknown"},
        "scope": {"persons": 1, "minors_involved": true, "over_75_involved": false}, "duration": "unknown"});
    let r = call("urgency.assess", &unknown).unwrap();
    let case = json!({"id": "VNDL-2012-05", "client": "K-0005", "opened": "2012-03-01", "status": "registered"});
    let first = json!({"assessor": "W-017", "assessed_on": "2012-03-02", "result": r,
        "band_override": {"band": "professional_services", "reason": "Kind alleen thuis gezien; huisbezoek nodig"}});
    let c = call("case.assess", &json!({"case": case, "assessment": first})).unwrap();
    assert_eq!(c["urgency_band"], "professional_services");
    let second = json!({"assessor": "W-023", "assessed_on": "2012-03-09", "result": result("incidental", true)});
    let c = call("case.assess", &json!({"case": c, "assessment": second})).unwrap();
    assert_eq!(c["urgency_band"], "information_advice", "reassessed lower: not a sticky maximum");
    assert_eq!(c["assessments"].as_array().unwrap().len(), 2);
    let typed = Case::from_json(&c.to_string()).unwrap();
    assert_eq!(typed.urgency_band, Some(UrgencyBand::InformationAdvice));
    // A stored case whose band is not its latest assessment's is refused.
    let mut bad = c.clone();
    bad["urgency_band"] = json!("professional_services");
    let e = Case::from_json(&bad.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "urgency_band");
    // An assessment before the case was opened.
    let early = json!({"assessor": "W-023", "assessed_on": "2012-02-01", "result": result("incidental", true)});
    let e = call("case.assess", &json!({"case": c, "assessment": early})).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "assessment.assessed_on");
    // A case without assessments keeps the old rule and reads as before.
    assert!(Case::from_json(&case.to_string()).is_ok());
}
