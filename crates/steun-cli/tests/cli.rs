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
    for k in steun::document::kinds() {
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
    let want = steun::op::call("catalogue.enum", r#"{"name": "SolutionRing"}"#).unwrap();
    assert_eq!(String::from_utf8(json.stdout).unwrap(), format!("{want}\n"), "the registry's bytes");
    let v: serde_json::Value = serde_json::from_str(&want).unwrap();
    assert_eq!(v["members"][0]["code"], "own_strength");
    let all = steun(&["labels", "--json"]);
    assert_eq!(
        String::from_utf8(all.stdout).unwrap(),
        format!("{}\n", steun::op::call("catalogue.enums", "{}").unwrap())
    );
    assert_eq!(steun(&["labels", "Nope"]).status.code(), Some(1));
}

/// The demo walks one case through every instrument; what it prints of the plan is the
/// core's own rendering, and its labels are the catalogue's.
#[test]
fn demo_walks_one_case_through_every_instrument() {
    for lang in ["nl", "en"] {
        let out = steun(&["demo", "--lang", lang]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        for op in [
            "signals.attach_urgency",
            "urgency.assess",
            "cases.list",
            "isolation.decide_persistence",
            "isolation.classify",
            "plan.validate",
            "plan.render",
        ] {
            assert!(text.contains(&format!(". {op} ==")), "{op} in {text}");
            assert!(text.contains(steun::op::named(op).unwrap().summary), "{op}'s summary");
        }
        let case = std::fs::read_to_string(data("bram_case.json")).unwrap();
        let request = format!(r#"{{"lang": "{lang}", "part": "plan", "case": {case}}}"#);
        let rendered: serde_json::Value =
            serde_json::from_str(&steun::op::call("plan.render", &request).unwrap()).unwrap();
        assert!(text.contains(rendered["text"].as_str().unwrap().trim_end()), "the core's Plan van Aanpak");
        let label = |e: &str, code: &str| {
            let q = format!(r#"{{"enum": "{e}", "code": "{code}", "lang": "{lang}"}}"#);
            let v: serde_json::Value = serde_json::from_str(&steun::op::call("catalogue.label", &q).unwrap()).unwrap();
            v["text"].as_str().unwrap().to_owned()
        };
        // The widow's signal: consultation band, to the network; her case on the list; outsiders.
        for (e, code) in [
            ("UrgencyBand", "consultation"),
            ("ReportRoute", "network"),
            ("CaseStatus", "in_progress"),
            ("Persistence", "structural_complex"),
            ("ChangeKind", "removed"),
        ] {
            assert!(text.contains(&label(e, code)), "{e}.{code} in {lang}");
        }
        assert!(text.contains("VNDL-2012-01") && text.contains("ID-ZG43-9PSD-QSXB-KJVQ"), "{text}");
        let outsiders = if lang == "nl" { "Buitenstaanders" } else { "Outsiders" };
        assert!(text.contains(outsiders), "{text}");
    }
}
