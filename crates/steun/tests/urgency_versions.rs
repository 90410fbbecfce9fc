//! Stored results of the urgency instrument 1.0.0 stay readable and verifiable under the
//! rules that produced them (issue 17). `tests/data/urgency_expected_1.0.0.json` is what
//! steun wrote for `tests/data/urgency_cases.json` before 2.0.0, kept as it was stored.

use serde_json::{json, Value};
use steun::urgency::{BandTable, UrgencyResultDocument, UrgencyRules};
use steun::Document;

fn data(name: &str) -> Value {
    let path = format!("{}/../../tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn verify(op: &str, request: &Value, response: &Value) -> Value {
    let req = json!({"op": op, "request": request, "response": response}).to_string();
    serde_json::from_str(&steun::op::call("result.verify", &req).unwrap()).unwrap()
}

fn stored() -> (Vec<Value>, Vec<Value>) {
    let cases = data("urgency_cases.json").as_array().unwrap().clone();
    let old = data("urgency_expected_1.0.0.json").as_array().unwrap().clone();
    assert_eq!(old.len(), 9);
    (cases, old)
}

#[test]
fn stored_2_0_0_results_without_a_fingerprint_verify_under_their_rules() {
    let cases = data("urgency_cases.json").as_array().unwrap().clone();
    let old = data("urgency_expected_2.0.0.json").as_array().unwrap().clone();
    assert_eq!(old.len(), cases.len());
    for (input, result) in cases.iter().zip(&old) {
        assert_eq!((&result["instrument_version"], result.get("bands_fingerprint")), (&json!("2.0.0"), None));
        let v = verify("urgency.assess", input, result);
        assert_eq!((&v["matches"], &v["instrument_version"]), (&json!(true), &json!("2.0.0")), "{input}: {v}");
        let doc = UrgencyResultDocument::from_json(&result.to_string()).unwrap();
        assert_eq!(doc.audit(&BandTable::DEFAULT).unwrap().rules, UrgencyRules::V2);
        // A 2.0.0 result given a fingerprint, or a 2.1.0 result without one, is not well formed.
        let mut forged = result.clone();
        forged["bands_fingerprint"] = json!(steun::urgency::DEFAULT_BANDS_FINGERPRINT);
        let e = UrgencyResultDocument::from_json(&forged.to_string()).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "bands_fingerprint");
        let mut forged = result.clone();
        forged["instrument_version"] = json!("2.1.0");
        let e = UrgencyResultDocument::from_json(&forged.to_string()).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "bands_fingerprint");
    }
}

#[test]
fn a_custom_table_result_is_audited_against_its_own_table_only() {
    let cases = data("urgency_cases.json").as_array().unwrap().clone();
    let mut t = BandTable::DEFAULT.to_table();
    t.bands[0].score_to = 5;
    t.bands[1].score_from = 6;
    let custom = BandTable::new(&t).unwrap();
    let req = json!({"input": cases[3], "bands": t});
    let out: Value =
        serde_json::from_str(&steun::op::call("urgency.assess_with_bands", &req.to_string()).unwrap()).unwrap();
    assert_eq!(out["bands_fingerprint"], custom.fingerprint_hex());
    let doc = UrgencyResultDocument::from_json(&out.to_string()).unwrap();
    assert!(doc.audit(&custom).is_ok());
    let e = doc.audit(&BandTable::DEFAULT).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "bands_fingerprint");
    assert!(e.message().contains("scored with a custom band table"), "{e}");
    assert!(e.message().contains("audited against, the default band table"), "{e}");
    // The batch: each item carries the table's fingerprint.
    let batch = json!({"inputs": cases, "bands": t});
    let out: Value =
        serde_json::from_str(&steun::op::call("urgency.assess_batch", &batch.to_string()).unwrap()).unwrap();
    for item in out["items"].as_array().unwrap() {
        assert_eq!(item["result"]["bands_fingerprint"], custom.fingerprint_hex());
    }
}

#[test]
fn stored_1_0_0_results_verify_under_their_rules() {
    let (cases, old) = stored();
    for (input, result) in cases.iter().zip(&old) {
        assert_eq!(result["instrument_version"], "1.0.0");
        let v = verify("urgency.assess", input, result);
        assert_eq!(v["matches"], true, "{input}: {v}");
        assert_eq!(v["instrument_version"], "1.0.0");
        // Read back as a document, and audited under 1.0.0.
        let doc = UrgencyResultDocument::from_json(&result.to_string()).unwrap();
        assert_eq!(doc.worst_band, None);
        let r = doc.audit(&BandTable::DEFAULT).unwrap();
        assert_eq!((r.rules, serde_json::to_value(r).unwrap()), (UrgencyRules::V1, result.clone()));
    }
    // The 1.0.0 batch and with-bands operations replay too.
    let batch = json!({"instrument": "jaspers-2011-urgency", "instrument_version": "1.0.0", "errors": 0,
        "items": old.iter().map(|r| json!({"result": r})).collect::<Vec<_>>()});
    assert_eq!(verify("urgency.assess_batch", &json!({"inputs": cases}), &batch)["matches"], true);
    let with = json!({"input": cases[6], "bands": BandTable::DEFAULT.to_table()});
    assert_eq!(verify("urgency.assess_with_bands", &with, &old[6])["matches"], true);
}

#[test]
fn the_same_requests_give_2_1_0_with_the_band_of_the_known_evidence() {
    let (cases, old) = stored();
    for (input, result) in cases.iter().zip(&old) {
        let now: Value = serde_json::from_str(&steun::op::call("urgency.assess", &input.to_string()).unwrap()).unwrap();
        assert_eq!(now["instrument_version"], "2.1.0");
        assert_eq!(now["bands_fingerprint"], steun::urgency::DEFAULT_BANDS_FINGERPRINT);
        assert_eq!(verify("urgency.assess", input, &now)["matches"], true);
        // Points and ranges did not change; the 1.x band is now the worst case.
        for k in ["score", "score_min", "score_max", "needs_consultation", "breakdown"] {
            assert_eq!(now[k], result[k], "{k} {input}");
        }
        assert_eq!(now["worst_band"], result["band"], "{input}");
        // A 1.0.0 result relabelled 2.0.0 does not pass as a 2.0.0 result.
        let mut forged = result.clone();
        forged["instrument_version"] = json!("2.0.0");
        assert_eq!(verify("urgency.assess", input, &forged)["matches"], false);
    }
    // The cases with unknowns: 1.x took the band of score_max, 2.0.0 that of score.
    let bands: Vec<&Value> = [0, 6, 7].iter().map(|&i| &old[i]["band"]).collect();
    assert_eq!(bands, [&json!("consultation"), &json!("professional_services"), &json!("crisis")]);
    let now = |i: usize| -> Value {
        serde_json::from_str(&steun::op::call("urgency.assess", &cases[i].to_string()).unwrap()).unwrap()
    };
    assert_eq!(now(0)["band"], "information_advice"); // 4 known points, the widow of 78
    assert_eq!(now(6)["band"], "information_advice"); // nothing known: 0 points
    assert_eq!(now(7)["band"], "consultation"); // 6 known points
}

#[test]
fn version_dispatch_when_reading_stored_results() {
    let (_, old) = stored();
    // A 1.x result with a worst_band is not a 1.x result.
    let mut v = old[0].clone();
    v["worst_band"] = json!("consultation");
    let e = UrgencyResultDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "worst_band");
    // A 2.0.0 result needs one.
    let mut v = old[0].clone();
    v["instrument_version"] = json!("2.0.0");
    let e = UrgencyResultDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "worst_band");
    // Versions whose rules are not kept are refused, naming the ones that are.
    v["instrument_version"] = json!("1.5.0");
    let e = UrgencyResultDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "instrument_version");
    assert!(e.message().contains("1.0.0, 2.0.0"), "{e}");
}

/// A report as the signals rules 1.1.0 stored it: the widow of 78 with the duration unknown,
/// its urgency the stored 1.0.0 result, and the route worked out by hand from the 1.1.0
/// rules (band consultation, not only practical, discussed, tried before: network).
fn stored_1_1_0_report() -> (Value, Value) {
    let (_, old) = stored();
    let report = json!({
        "reported_on": "2012-03-01", "reporter": "neighbour", "network": "outside",
        "client": "ID-ZG43-9PSD-QSXB-KJVQ", "signals": [{"kind": "loneliness", "description": null}], "risk_groups": [],
        "tried_before": ["Huisarts gebeld"], "discussed_with_client": true, "destroy_after_meeting": true,
        "urgency": {"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
                    "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true}, "duration": "unknown"}
    });
    let assessed = json!({
        "instrument": "steun.signals", "instrument_version": "1.1.0", "report": report, "urgency": old[0],
        "route": "network",
        "route_reason": {
            "nl": "Er is al het een en ander geprobeerd zonder het gewenste resultaat: de casus gaat naar het netwerkoverleg.",
            "en": "Several things were tried without the desired result: the case goes to the network meeting."
        }
    });
    (report, assessed)
}

#[test]
fn stored_1_1_0_reports_read_and_verify() {
    let (report, assessed) = stored_1_1_0_report();
    let v = verify("signals.attach_urgency", &report, &assessed);
    assert_eq!(v["matches"], true, "{v}");
    assert_eq!(v["instrument_version"], "1.1.0");
    // Signals 2.0.0 refuses the 1.x `destroy_after_meeting` flag (forms are always destroyed,
    // 002:4717-4718): a stored report reads once the key is taken out.
    assert!(steun::signals::AssessedReport::from_json(&assessed.to_string()).is_err());
    let mut assessed = assessed;
    assessed["report"].as_object_mut().unwrap().remove("destroy_after_meeting");
    assert!(steun::signals::AssessedReport::from_json(&assessed.to_string()).is_ok());
    // A case holding the stored report still reads, with its stored band.
    let case = json!({"id": "VNDL-2012-09", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-03-01",
        "status": "registered", "problem_kinds": ["loneliness"], "reports": [assessed], "urgency_band": "consultation"});
    steun::signals::Case::from_json(&case.to_string()).unwrap();
    // Today the same report (without the 1.x flag) gets urgency 2.0.0: the known evidence is low and the duration
    // unknown, so the team is consulted before deciding that nothing needs doing.
    let mut today = report.clone();
    today.as_object_mut().unwrap().remove("destroy_after_meeting");
    let now: Value =
        serde_json::from_str(&steun::op::call("signals.attach_urgency", &today.to_string()).unwrap()).unwrap();
    assert_eq!(now["instrument_version"], "2.0.0");
    assert_eq!(now["urgency"]["instrument_version"], "2.0.0");
    assert_eq!(now["urgency"]["band"], "information_advice");
    assert_eq!(now["route"], "consult_team");
    // Tampering with the stored route is found.
    let mut forged = assessed.clone();
    forged["route"] = json!("acute_help");
    assert_eq!(verify("signals.attach_urgency", &report, &forged)["matches"], false);
    assert!(steun::signals::AssessedReport::from_json(&forged.to_string()).is_err());
}

#[test]
fn an_unassessed_signal_about_a_child_is_no_crisis_report() {
    // The review's case through the report flow: every answer unknown, a child involved.
    let (mut report, _) = stored_1_1_0_report();
    report.as_object_mut().unwrap().remove("destroy_after_meeting");
    report["urgency"] = json!({"risks": {"safety": "unknown", "health": "unknown", "wellbeing": "unknown"},
        "scope": {"persons": 1, "minors_involved": true, "over_75_involved": false}, "duration": "unknown"});
    let out: Value =
        serde_json::from_str(&steun::op::call("signals.attach_urgency", &report.to_string()).unwrap()).unwrap();
    assert_ne!(out["route"], "acute_help", "{out}");
    assert_eq!(out["route"], "consult_team");
    assert_eq!(out["urgency"]["band"], "information_advice");
    assert_eq!(out["urgency"]["worst_band"], "crisis");
    assert_eq!(out["urgency"]["needs_consultation"], true);
    let assessed = steun::signals::AssessedReport::from_json(&out.to_string()).unwrap();
    assert_eq!(assessed.urgency.band, steun::urgency::UrgencyBand::InformationAdvice);
}
