//! `steun patterns`: the registry's answers (`patterns.find`, `pattern.*`,
//! `catalogue.reference`); errors exit 1 with paths into the user's files.

use std::process::Command;

fn steun(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steun")).args(args).output().expect("run steun")
}

fn data(name: &str) -> String {
    format!("{}/../../tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn find_prints_the_registry_answer() {
    let out = steun(&["patterns", "find", &data("pattern_fragments.json")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fragments = std::fs::read_to_string(data("pattern_fragments.json")).unwrap();
    let request = format!(r#"{{"min_respondents": 3, "fragments": {fragments}}}"#);
    let want = steun::op::call("patterns.find", &request).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), want + "\n");
    // K=2 by hand (see crates/steun/tests/patterns.rs): five candidates, mobility first.
    let out = steun(&["patterns", "find", &data("pattern_fragments.json"), "--min-respondents", "2", "--pretty"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["candidates"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["mobility", "family+mobility", "religion", "loneliness", "mobility+religion"]);
}

#[test]
fn find_rejects_bad_k_and_bad_fragments_with_the_path() {
    for k in ["0", "-1"] {
        let out = steun(&["patterns", "find", &data("pattern_fragments.json"), "-k", k]);
        assert_eq!(out.status.code(), Some(1), "{k}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("at: min_respondents"));
    }
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"[{"respondent": "R-0A", "kind": "wens", "themes": [], "text": "Jan"}]"#).unwrap();
    let out = steun(&["patterns", "find", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("at: [0].kind") && err.contains("need, want, demand, contribution"), "{err}");
    assert!(!err.contains("wens"));
}

#[test]
fn life_cycle_and_reference() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.json");
    let m = dir.path().join("m.json");
    std::fs::write(&p, r#"{"id": "elburg-neem-mij-serieus", "title": "Neem mij serieus!"}"#).unwrap();
    std::fs::write(&m, r#"{"date": "2011-10-12", "roles_present": ["researcher"], "respondents_present": 0, "respondents_recognising": 0}"#).unwrap();
    let out = steun(&["patterns", "validate", p.to_str().unwrap(), m.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at: meeting.roles_present"));
    std::fs::write(&m, r#"{"date": "2011-10-12", "roles_present": ["respondent"], "respondents_present": 4, "respondents_recognising": 4}"#).unwrap();
    let out = steun(&["patterns", "validate", p.to_str().unwrap(), m.to_str().unwrap()]);
    let so = String::from_utf8(out.stdout).unwrap();
    let request = format!(
        r#"{{"pattern": {}, "meeting": {}}}"#,
        std::fs::read_to_string(&p).unwrap(),
        std::fs::read_to_string(&m).unwrap()
    );
    assert_eq!(so, steun::op::call("pattern.validate", &request).unwrap() + "\n");
    assert!(so.contains("\"status\":\"validated\""));

    let out = steun(&["patterns", "reference"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["patterns"].as_array().unwrap().len(), 5);
    assert_eq!(v[1]["patterns"].as_array().unwrap().len(), 8);
    assert_eq!(steun(&["patterns", "reference", "nope"]).status.code(), Some(1));
}
