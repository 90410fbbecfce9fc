//! The signals commands end to end: same results as the library, errors without identifiers.

use std::io::Write;
use std::process::{Command, Stdio};

fn steun(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_steun"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run steun");
    // The command may exit before reading (a bad key): a broken pipe is not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn data(name: &str) -> String {
    format!("{}/../../examples/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn signal_report_attaches_the_urgency_like_the_library() {
    let out = steun(&["signal", "report", &data("signals_report.json")], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let want =
        steun::op::call("signals.attach_urgency", &std::fs::read_to_string(data("signals_report.json")).unwrap())
            .unwrap();
    assert_eq!(text(&out.stdout).trim_end(), want);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["urgency"]["band"], "consultation");
    assert_eq!(v["route"], "network");

    // A typed-in result is an unknown field; its name is not echoed (it could be anything).
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("signals_report.json")).unwrap()).unwrap();
    doc["urgency_result"] = serde_json::json!({"band": "crisis"});
    let bad = steun(&["signal", "report"], doc.to_string().as_bytes());
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("error: unknown_field") && !err.contains("urgency_result"), "{err}");
    let malformed = steun(&["signal", "report"], b"{\"reported_on\": ");
    assert_eq!(malformed.status.code(), Some(1));
    assert!(text(&malformed.stderr).contains("malformed JSON"));
}

#[test]
fn case_list_filters_by_status_overdue_and_band() {
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["case", "list"];
        all.extend_from_slice(args);
        let file = data("signals_cases.json");
        all.push(&file);
        let out = steun(&all, b"");
        assert!(out.status.success(), "{}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["cases"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(ids(&[]), ["VNDL-2012-01", "VNDL-2012-02", "VNDL-2012-03"]);
    assert_eq!(ids(&["--status", "closed"]), ["VNDL-2012-03"]);
    assert_eq!(ids(&["--overdue", "2012-03-21"]), ["VNDL-2012-01", "VNDL-2012-02"]);
    assert_eq!(ids(&["--overdue", "2012-03-02", "--status", "registered"]), ["VNDL-2012-02"]);
    assert_eq!(ids(&["--band", "consultation"]), ["VNDL-2012-01"]);
    let bad = steun(&["case", "list", "--status", "open", &data("signals_cases.json")], b"");
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(
        err.contains("at: query.status") && ["registered", "in_progress", "closed"].iter().all(|c| err.contains(c)),
        "{err}"
    );
    let bad = steun(&["case", "list", "--overdue", "21-03-2012", &data("signals_cases.json")], b"");
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("at: query.overdue_on") && err.contains("YYYY-MM-DD") && !err.contains("21-03"), "{err}");
    // The listing is the registry's.
    let list = std::fs::read_to_string(data("signals_cases.json")).unwrap();
    let want =
        steun::op::call("cases.list", &format!(r#"{{"query": {{"band": "consultation"}}, "case_list": {list}}}"#));
    let out = steun(&["case", "list", "--band", "consultation", &data("signals_cases.json")], b"");
    assert_eq!(text(&out.stdout), want.unwrap() + "\n");
    // Paths point into the case list file.
    let out = steun(&["case", "list"], br#"{"cases": [{"id": 1}]}"#);
    assert!(text(&out.stderr).contains("at: cases[0].id"), "{}", text(&out.stderr));
}

fn private(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn client_code_reads_stdin_and_never_echoes_identifiers() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key");
    std::fs::write(&key, b"steun-test-key-0123456789").unwrap();
    // A key readable by others is refused, as ssh refuses such a private key.
    let open = steun(&["client-code", "--key-file", key.to_str().unwrap()], b"111222333\n");
    assert_eq!(open.status.code(), Some(2));
    assert!(text(&open.stderr).contains("chmod 600"), "{}", text(&open.stderr));
    assert!(!text(&open.stdout).contains("ID-"));
    private(&key);
    let key = key.to_str().unwrap();
    // Vectors computed with Python's hmac module (see crates/steun/src/signals/pseudonym.rs).
    let out = steun(&["client-code", "--key-file", key], b"111222333\n123456782\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "ID-ZG43-9PSD-QSXB-KJVQ\nID-KW7B-8JF4-MS92-QXMG\n");
    let out = steun(&["client-code", "--key-file", key, "--kind", "client_number"], b"VNDL-2012-0042\r\n");
    assert_eq!(text(&out.stdout), "ID-M9KH-1N55-JKWG-PKB2\n");

    let bad = steun(&["client-code", "--key-file", key], b"111222333\n111222334\n123456782\n");
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("line 2") && err.contains("eleven-test"), "{err}");
    let all = format!("{}{err}", text(&bad.stdout));
    assert!(!all.contains("111222334") && !all.contains("111222333"), "{all}");

    let short = dir.path().join("short");
    std::fs::write(&short, b"0123456789").unwrap();
    private(&short);
    let bad = steun(&["client-code", "--key-file", short.to_str().unwrap()], b"111222333\n");
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("the key has 10 bytes; at least 16 are needed"));
    let empty = dir.path().join("empty");
    std::fs::write(&empty, b"").unwrap();
    private(&empty);
    let bad = steun(&["client-code", "--key-file", empty.to_str().unwrap()], b"111222333\n");
    assert!(text(&bad.stderr).contains("the key is empty"));
    assert!(!text(&bad.stderr).contains("111222333"));
}
