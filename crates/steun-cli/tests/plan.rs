//! `steun plan ...` end to end: exit codes, findings, rendering, the application, the diff.

use std::process::Command;

fn steun(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steun")).args(args).output().expect("run steun")
}

fn bram() -> String {
    format!("{}/../../examples/data/bram_case.json", env!("CARGO_MANIFEST_DIR"))
}

fn text(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap()
}

#[test]
fn validate_bram_has_no_findings() {
    let out = steun(&["plan", "validate", &bram(), "--json"]);
    assert!(out.status.success());
    let want = steun::op::call("plan.validate", &std::fs::read_to_string(bram()).unwrap()).unwrap();
    assert_eq!(text(out.stdout.clone()), format!("{want}\n"), "the registry's bytes");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let out = steun(&["plan", "validate", &bram(), "--lang", "en"]);
    assert_eq!(text(out.stdout), "Error: 0, Warning: 0, Information: 0\n");
    assert_eq!(v["findings"], serde_json::json!([]));
}

#[test]
fn validate_exits_1_on_error_findings_and_0_on_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"client":"K-0001","plans":[{"client":"K-0001","version":1,"drawn_up":"2013-01-10",
            "steps":[{"activity":"x"}]}]}"#,
    )
    .unwrap();
    let out = steun(&["plan", "validate", bad.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let so = text(out.stdout);
    assert!(so.contains("error no_goals plans[0].goals: The plan has no goal"), "{so}");
    assert!(so.contains("error missing_evaluation_date plans[0].evaluation_date"), "{so}");
    assert!(so.contains("warning step_without_actor plans[0].steps[0]"), "{so}");

    let warn = dir.path().join("warn.json");
    std::fs::write(
        &warn,
        r#"{"client":"K-0001","plans":[{"client":"K-0001","version":1,"drawn_up":"2013-01-10","evaluation_date":"2013-04-10",
            "goals":[{"id":"g","result":"r","priority":1,"term":"short"}],
            "steps":[{"activity":"x","own":["y"]}]}]}"#,
    )
    .unwrap();
    let out = steun(&["plan", "validate", warn.to_str().unwrap()]);
    assert!(out.status.success());
    let so = text(out.stdout);
    assert!(so.contains("warning goal_without_personal_preferences"), "{so}");
    assert!(so.ends_with("Fout: 0, Waarschuwing: 1, Informatie: 0\n"), "{so}");
}

#[test]
fn malformed_input_is_an_error_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"client":"K-0001","plans":[{"client":"K-0001","version":1,"drawn_up":"10-01-2013"}]}"#)
        .unwrap();
    let out = steun(&["plan", "validate", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(out.stderr);
    assert!(err.contains("plans[0].drawn_up") && err.contains("YYYY-MM-DD"), "{err}");
    assert!(!err.contains("10-01-2013"));
}

#[test]
fn render_application_and_diff() {
    let out = steun(&["plan", "render", &bram(), "--what", "options"]);
    assert!(out.status.success());
    let md = text(out.stdout);
    assert!(md.starts_with("# WERKBLAD OPTIES") && md.contains("**Beste optie:**"), "{md}");
    let out = steun(&["plan", "render", &bram(), "--lang", "en", "--what", "profile"]);
    assert!(text(out.stdout).starts_with("# PERSONAL PROFILE"));
    let out = steun(&["plan", "render", &bram(), "--plan-version", "1"]);
    assert!(text(out.stdout).contains("**Datum opstellen:** 5 maart 2012"));
    assert_eq!(steun(&["plan", "render", &bram(), "--what", "nope"]).status.code(), Some(2));
    // A print-ready HTML document, and one plan form per goal.
    let out = steun(&["plan", "render", &bram(), "--format", "html", "--what", "grid"]);
    let html = text(out.stdout);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("size: A4"), "{html}");
    let out = steun(&["plan", "render", &bram(), "--per-goal"]);
    assert_eq!(text(out.stdout).matches("# PLAN VAN AANPAK").count(), 2);
    assert_eq!(steun(&["plan", "render", &bram(), "--format", "pdf"]).status.code(), Some(2));

    let out = steun(&["plan", "application", &bram()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["measures"][0]["extent"], serde_json::json!({"amount": 3.0, "unit": "hours_per_week"}));
    assert_eq!(v["missing"], serde_json::json!([]));

    let out = steun(&["plan", "diff", &bram(), "--from", "1", "--to", "2"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<(&str, &str)> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["path"].as_str().unwrap()))
        .collect();
    assert!(kinds.contains(&("removed", "steps[2].others[0]")) && kinds.contains(&("added", "steps[2].others[0]")));
    assert_eq!(steun(&["plan", "diff", &bram(), "--from", "1", "--to", "9"]).status.code(), Some(1));
}

#[test]
fn json_outputs_are_the_registry_bytes() {
    let case = std::fs::read_to_string(bram()).unwrap();
    let call = |op: &str, head: &str| steun::op::call(op, &format!("{{{head}\"case\": {case}}}")).unwrap() + "\n";
    let out = steun(&["plan", "render", &bram(), "--lang", "en", "--what", "options", "--json"]);
    assert_eq!(text(out.stdout), call("plan.render", r#""lang": "en", "part": "options", "#));
    let out = steun(&["plan", "application", &bram(), "--plan-version", "1"]);
    assert_eq!(text(out.stdout), call("plan.application", r#""version": 1, "#));
    let out = steun(&["plan", "diff", &bram(), "--from", "1", "--to", "2"]);
    assert_eq!(text(out.stdout), call("plan.diff_versions", r#""from": 1, "to": 2, "#));
    // Paths point into the case file, not into the request the command built.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"client":"K-0001","plans":[{"client":"K-0001","version":1,"drawn_up":"10-01-2013"}]}"#)
        .unwrap();
    for cmd in [&["plan", "render"][..], &["plan", "application"], &["plan", "diff", "--from", "1", "--to", "1"]] {
        let mut args = cmd.to_vec();
        args.push(bad.to_str().unwrap());
        let out = steun(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(out.stderr);
        assert!(err.contains("  at: plans[0].drawn_up") && !err.contains("10-01"), "{args:?}: {err}");
    }
    let out = steun(&["plan", "diff", &bram(), "--from", "1", "--to", "9"]);
    let err = text(out.stderr);
    assert!(err.contains("  at: to") && err.contains("the case has: 1, 2"), "{err}");
}
