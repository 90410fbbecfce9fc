//! `steun urgency assess` end to end.

mod common;

fn steun(args: &[&str], stdin: &str) -> std::process::Output {
    common::steun(args, stdin.as_bytes())
}

const WIDOW: &str = r#"{"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
  "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true}, "duration": "unknown"}"#;

fn cases() -> String {
    format!("{}/../../tests/data/urgency_cases.json", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn one_object_from_stdin_gives_one_result() {
    let out = steun(&["urgency", "assess"], WIDOW);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        steun::op::call("urgency.assess", WIDOW).unwrap() + "\n"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["score"], 4);
    assert_eq!(v["score_max"], 6);
    // 2.0.0: the band of the known evidence; the worst case is the 5-6 band.
    assert_eq!(v["band"], "information_advice");
    assert_eq!(v["worst_band"], "consultation");
    assert_eq!(v["needs_consultation"], true);
}

#[test]
fn an_array_gives_the_array_of_registry_responses() {
    let out = steun(&["urgency", "assess", &cases()], "");
    assert!(out.status.success());
    let inputs: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(cases()).unwrap()).unwrap();
    let each: Vec<String> = inputs.iter().map(|i| steun::op::call("urgency.assess", &i.to_string()).unwrap()).collect();
    assert_eq!(String::from_utf8(out.stdout.clone()).unwrap(), format!("[{}]\n", each.join(",")));
    // The committed expected file of the cross-language tests is this output.
    let expected =
        std::fs::read_to_string(format!("{}/../../tests/data/urgency_expected.json", env!("CARGO_MANIFEST_DIR")));
    assert_eq!(String::from_utf8(out.stdout.clone()).unwrap(), expected.unwrap());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), inputs.len());
    assert_eq!(v[4]["band"], "professional_services");
}

#[test]
fn explain_prints_text_in_both_or_one_language() {
    let out = steun(&["urgency", "assess", "--explain"], WIDOW);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("nl: Veiligheid: Geen risico, 0 punten."), "{text}");
    assert!(text.contains("en: Safety: No risk, 0 points."), "{text}");
    let out = steun(&["urgency", "assess", "--explain", "--lang", "en"], WIDOW);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Safety: No risk") && !text.contains("Veiligheid"), "{text}");
}

#[test]
fn custom_bands_and_bad_bands() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("bands.json");
    std::fs::write(
        &good,
        r#"{"bands": [
          {"band": "information_advice", "score_from": 0, "score_to": 6, "report_action": "no_action", "reporter_action": "information_advice_support"},
          {"band": "crisis", "score_from": 7, "score_to": 10, "report_action": "crisis_report", "reporter_action": "information_advice_support_feedback"}]}"#,
    )
    .unwrap();
    let out = steun(&["urgency", "assess", "--bands", good.to_str().unwrap()], WIDOW);
    let request = format!(r#"{{"input": {WIDOW}, "bands": {}}}"#, std::fs::read_to_string(&good).unwrap());
    let want = steun::op::call("urgency.assess_with_bands", &request).unwrap();
    assert_eq!(String::from_utf8(out.stdout.clone()).unwrap(), want + "\n");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["band"], "information_advice");
    let out = steun(&["urgency", "assess", "--bands", good.to_str().unwrap()], &format!("[{WIDOW}]"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["band"], "information_advice", "an array takes the bands too");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"bands": []}"#).unwrap();
    let out = steun(&["urgency", "assess", "--bands", bad.to_str().unwrap()], WIDOW);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("at: bands"));
}

#[test]
fn bad_input_exits_1_with_the_path() {
    let out = steun(&["urgency", "assess"], &WIDOW.replace("\"persons\": 1", "\"persons\": 0"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("at: scope.persons") && err.contains("from 1 to"), "{err}");
    // With bands, the input's paths are still the input file's.
    let dir = tempfile::tempdir().unwrap();
    let bands = dir.path().join("bands.json");
    std::fs::write(&bands, steun::op::call("urgency.default_bands", "{}").unwrap()).unwrap();
    let out = steun(
        &["urgency", "assess", "--bands", bands.to_str().unwrap()],
        &WIDOW.replace("\"persons\": 1", "\"persons\": 0"),
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("  at: scope.persons"), "{err}");

    // An array with bad items fails with every item's problems, indexed as in the array.
    let bad = WIDOW.replace("\"none\"", "\"geen\"");
    let batch = format!("[{WIDOW}, {bad}, {}]", WIDOW.replace("\"persons\": 1", "\"persons\": 0"));
    let out = steun(&["urgency", "assess"], &batch);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("at: [1].risks.safety") && err.contains("at: [2].scope.persons") && !err.contains("geen"),
        "{err}"
    );
    let out = steun(&["urgency", "assess", "--error-format", "json"], &batch);
    let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    let one: serde_json::Value =
        serde_json::from_str(&steun::op::call("urgency.assess", &bad).unwrap_err().report_json()).unwrap();
    assert_eq!(e["issues"][0]["path"], "[1].risks.safety");
    assert_eq!(
        (&e["issues"][0]["kind"], &e["issues"][0]["message"]),
        (&one["issues"][0]["kind"], &one["issues"][0]["message"])
    );
    // A bad band table is the command's problem, reported once, under bands.
    let bands = dir.path().join("bad.json");
    std::fs::write(&bands, r#"{"bands": []}"#).unwrap();
    let out = steun(&["urgency", "assess", "--bands", bands.to_str().unwrap()], &format!("[{WIDOW}, {WIDOW}]"));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("at: bands") && !err.contains("[0]") && err.matches("error:").count() == 1, "{err}");
}
