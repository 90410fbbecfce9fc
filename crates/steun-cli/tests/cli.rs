//! The CLI end to end: exit codes and messages.

use std::process::Command;

fn steun(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steun")).args(args).output().expect("run steun")
}

fn data(name: &str) -> String {
    format!("{}/../../examples/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn validate_accepts_bram_and_rejects_bad_input_with_the_path() {
    let ok = steun(&["validate", "personal_profile", &data("bram_profile.json")]);
    assert!(ok.status.success());
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"domains":[{"domain":"wonen"}]}"#).unwrap();
    let out = steun(&["validate", "personal_profile", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("domains[0].domain"), "{err}");
    assert!(err.contains("housing, work"), "{err}");
    assert!(!err.contains("wonen"), "the bad value is not echoed: {err}");
}

#[test]
fn schema_writes_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    assert!(steun(&["schema", "-o", dir.path().to_str().unwrap()]).status.success());
    for k in steun::document::KINDS {
        assert!(dir.path().join(format!("{}.json", k.name)).exists(), "{}", k.name);
    }
    let one = steun(&["schema", "assessment_grid"]);
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(v["title"], "AssessmentGrid");
    assert_eq!(steun(&["schema", "nope"]).status.code(), Some(1));
}

#[test]
fn labels_lists_codes_and_labels() {
    let out = steun(&["labels", "Dimension", "--lang", "nl"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("social_inclusion") && text.contains("Sociale inclusie"), "{text}");
    let json = steun(&["labels", "SolutionRing", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v[0]["members"][0]["code"], "own_strength");
    assert_eq!(steun(&["labels", "Nope"]).status.code(), Some(1));
}

#[test]
fn demo_shows_brams_profile() {
    let out = steun(&["demo", "--lang", "en"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Personal Profile (BRAM-0027)") && text.contains("Housing"), "{text}");
}
