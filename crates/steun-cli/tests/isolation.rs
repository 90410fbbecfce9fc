//! `steun isolation ...` end to end: stdin and file input, exit codes, messages, and the
//! inputs of tests/data/isolation_cases.json giving the registry's bytes.

mod common;

fn steun(args: &[&str], stdin: &str) -> std::process::Output {
    common::steun(args, stdin.as_bytes())
}

#[test]
fn classify_reads_stdin_or_a_file() {
    let out =
        steun(&["isolation", "classify"], r#"{"persistence":"structural_psychiatric","participation_oriented":false}"#);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["type"], "survivors");
    assert_eq!(v["label"]["nl"], "Overlevers");
    assert_eq!(v["volunteer"], "specialised");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.json");
    std::fs::write(&file, r#"{"persistence":"threatened","participation_oriented":true}"#).unwrap();
    let out = steun(&["isolation", "classify", file.to_str().unwrap()], "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["type"], "actives");
}

#[test]
fn bad_input_exits_1_naming_the_field() {
    let out = steun(&["isolation", "classify"], r#"{"persistence":"Jan Jansen","participation_oriented":true}"#);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("at: persistence"), "{err}");
    assert!(err.contains("threatened, situational, structural_complex, structural_psychiatric"), "{err}");
    assert!(!err.contains("Jansen"));
    let out = steun(&["isolation", "classify"], r#"{"persistence":"threatened","participation_oriented":true,"x":1}"#);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("allowed fields: persistence, participation_oriented") && err.contains("error: unknown_field"),
        "{err}"
    );
}

#[test]
fn types_lists_the_eight_types() {
    let out = steun(&["isolation", "types"], "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 8);
    assert!(text.lines().nth(5).unwrap().starts_with("3 outsiders") && text.contains("Buitenstaanders"), "{text}");
    let out = steun(&["isolation", "types", "--json"], "");
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        steun::op::call("isolation.types", "{}").unwrap() + "\n"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["types"].as_array().unwrap().len(), 8);
    assert_eq!(v["types"][6]["type"], "hopefuls");
    let out = steun(&["isolation", "types", "--lang", "en"], "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().nth(5).unwrap().starts_with("3 outsiders") && text.contains("Outsiders"), "{text}");
    assert!(!text.contains("Buitenstaanders"), "{text}");
    let out = steun(&["isolation", "type", "dependents"], "");
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        steun::op::call("isolation.type_info", r#"{"type": "dependents"}"#).unwrap() + "\n"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["category"].as_u64(), v["participation_oriented"].as_bool()), (Some(2), Some(false)));
}

#[test]
fn shared_cases_give_the_registry_bytes() {
    let text = std::fs::read_to_string(format!("{}/../../tests/data/isolation_cases.json", env!("CARGO_MANIFEST_DIR")))
        .unwrap();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with('{')) {
        let line = line.trim_end_matches(',');
        let line = &line[..line.len() - 1];
        let (head, _committed) = line.split_once(",\"output\":").unwrap();
        let case: serde_json::Value = serde_json::from_str(&format!("{head}}}")).unwrap();
        let (cmd, op) = match case["function"].as_str().unwrap() {
            "classify" => ("classify", "isolation.classify"),
            "decide_persistence" => ("decide", "isolation.decide_persistence"),
            "check_interventions" => ("check", "isolation.check_interventions"),
            "risk_groups" => ("risk-groups", "isolation.risk_groups"),
            other => panic!("{other}"),
        };
        let input = case["input"].to_string();
        let out = steun(&["isolation", cmd], &input);
        assert_eq!(String::from_utf8(out.stdout).unwrap(), steun::op::call(op, &input).unwrap() + "\n", "{op}");
        n += 1;
    }
    assert_eq!(n, 18);
}
