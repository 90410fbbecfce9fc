//! `steun run` and `steun ops` end to end: the registry's bytes for every operation, errors
//! as data, input limits, and no echo of personal data in any error.

mod common;

use std::process::{Command, Stdio};

use common::steun;

use common::text;

/// A BSN that passes the eleven-test: personal data as far as any message is concerned.
const BSN: &str = "123456782";

#[test]
fn every_operation_gives_the_registry_bytes_for_its_example() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for op in steun::op::ops() {
        let want = steun::op::call(op.name, op.example).unwrap_or_else(|e| panic!("{}: {e}", op.name));
        let out = steun(&["run", op.name], op.example.as_bytes());
        assert!(out.status.success(), "{}: {}", op.name, text(&out.stderr));
        assert_eq!(text(&out.stdout), format!("{want}\n"), "{} from standard input", op.name);
        let file = dir.path().join("request.json");
        std::fs::write(&file, op.example).unwrap();
        let out = steun(&["run", op.name, file.to_str().unwrap()], b"");
        assert_eq!(text(&out.stdout), format!("{want}\n"), "{} from a file", op.name);
        n += 1;
    }
    assert!(n >= 30, "{n} operations");
    let out =
        steun(&["run", "isolation.classify", "-"], steun::op::named("isolation.classify").unwrap().example.as_bytes());
    assert!(out.status.success() && text(&out.stdout).starts_with("{\"instrument\":"), "`-` is standard input");
}

#[test]
fn ops_lists_the_names_and_the_full_listing() {
    let out = steun(&["ops"], b"");
    assert!(out.status.success());
    let names: Vec<&str> = steun::op::ops().map(|o| o.name).collect();
    assert_eq!(text(&out.stdout).lines().collect::<Vec<_>>(), names);
    let out = steun(&["ops", "--json"], b"");
    assert_eq!(text(&out.stdout), format!("{}\n", steun::op::listing()));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["name"], names[0]);
}

#[test]
fn errors_as_data_with_error_format_json() {
    let bad = r#"{"persistence": 1, "participation_oriented": "yes", "extra": 2}"#;
    let want = steun::op::call("isolation.classify", bad).unwrap_err().report_json();
    for args in [
        &["--error-format", "json", "run", "isolation.classify"][..],
        &["run", "isolation.classify", "--error-format", "json"],
        &["run", "--error-format=json", "isolation.classify"],
    ] {
        let out = steun(args, bad.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(text(&out.stderr), format!("{want}\n"), "{args:?}");
    }
    let v: serde_json::Value = serde_json::from_str(&want).unwrap();
    assert_eq!(v["code"], "invalid");
    assert_eq!(v["issues"].as_array().unwrap().len(), 3, "every problem is reported: {want}");

    // Text: one problem a line, each with its kind and path.
    let out = steun(&["run", "isolation.classify"], bad.as_bytes());
    let err = text(&out.stderr);
    assert!(err.contains("error: wrong_type:") && err.contains("  at: persistence"), "{err}");
    assert!(err.contains("  at: participation_oriented") && err.contains("error: unknown_field:"), "{err}");

    // Usage errors are data too, with their own code and exit 2.
    let out = steun(&["--error-format", "json", "run"], b"");
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!((v["code"].as_str(), v["issues"].as_array().map(Vec::len)), (Some("usage"), Some(0)), "{v}");

    let out = steun(&["--error-format", "json", "run", "nope.nope"], b"{}");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["code"], "not_found");
    assert!(v["message"].as_str().unwrap().contains("urgency.assess"), "{v}");
    assert!(!text(&out.stderr).contains("nope"), "the unknown name is not echoed");
}

#[test]
fn syntax_errors_limits_and_bad_utf8() {
    let out = steun(&["run", "bsn.check"], b"{\"bsn\": ");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: syntax: malformed JSON at line 1"), "{}", text(&out.stderr));

    let out = steun(&["--error-format", "json", "run", "bsn.check"], b"{\"bsn\": \"12\xff\"}");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["code"], "syntax");
    assert!(v["message"].as_str().unwrap().contains("line 1, column 12"), "{v}");

    // One byte over the core's limit is refused before any parsing.
    let mut big = vec![b' '; steun::json::MAX_INPUT_BYTES + 1];
    big[0] = b'{';
    let out = steun(&["--error-format", "json", "run", "bsn.check"], &big);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["code"], "limit", "{v}");
    assert_eq!(v["issues"][0]["kind"], "limit");
}

#[test]
fn a_bsn_is_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let named = dir.path().join(format!("{BSN}.json"));
    let cases: Vec<(Vec<String>, Vec<u8>, i32)> = vec![
        // Stray arguments, unknown commands, bad option values.
        (vec!["ops".into(), BSN.into()], vec![], 2),
        (vec!["run".into(), "bsn.check".into(), "-".into(), BSN.into()], br#"{"bsn":"1"}"#.to_vec(), 2),
        (vec![BSN.into()], vec![], 2),
        (vec![format!("--{BSN}")], vec![], 2),
        (vec!["plan".into(), "render".into(), "--what".into(), BSN.into()], vec![], 2),
        (vec!["plan".into(), "render".into(), "--lang".into(), BSN.into()], vec![], 2),
        (vec!["plan".into(), "render".into(), "--plan-version".into(), BSN.repeat(2)], vec![], 2),
        (vec!["plan".into(), "render".into(), "--plan-version".into(), BSN.repeat(3)], vec![], 2),
        (vec!["plan".into(), "render".into(), "--plan-version".into(), format!("-{BSN}")], vec![], 2),
        (vec!["plan".into(), "render".into(), "--plan-version".into(), format!("x{BSN}")], vec![], 2),
        (vec!["urgency".into(), "assess".into(), "--lang".into(), BSN.into()], vec![], 2),
        (vec!["patterns".into(), "find".into(), "-k".into(), BSN.repeat(3)], vec![], 2),
        (vec!["--error-format".into(), BSN.into(), "ops".into()], vec![], 2),
        // A file name that holds one.
        (vec!["run".into(), "bsn.check".into(), named.to_str().unwrap().into()], vec![], 2),
        // Values in the wrong place and unknown keys.
        (vec!["run".into(), BSN.into()], b"{}".to_vec(), 1),
        (vec!["isolation".into(), "type".into(), BSN.into()], vec![], 1),
        (vec!["case".into(), "list".into(), "--status".into(), BSN.into()], br#"{"cases": []}"#.to_vec(), 1),
        (vec!["run".into(), "bsn.check".into()], format!(r#"{{"bsn": "1", "{BSN}": 1}}"#).into_bytes(), 1),
        (vec!["run".into(), "bsn.check".into()], format!(r#"{{"bsn": {BSN}}}"#).into_bytes(), 1),
        (vec!["run".into(), "isolation.classify".into()], format!(r#"{{"persistence": "{BSN}"}}"#).into_bytes(), 1),
        (
            vec!["run".into(), "client_code.derive".into()],
            format!(r#"{{"kind": "bsn", "identifier": "{BSN}0", "key_hex": "00"}}"#).into_bytes(),
            1,
        ),
    ];
    for (args, stdin, code) in cases {
        for format in ["text", "json"] {
            let mut all: Vec<&str> = vec!["--error-format", format];
            all.extend(args.iter().map(String::as_str));
            let out = steun(&all, &stdin);
            assert_eq!(out.status.code(), Some(code), "{all:?}: {}", text(&out.stderr));
            let err = text(&out.stderr);
            assert!(!err.is_empty(), "{all:?}");
            assert!(!err.contains(BSN) && !text(&out.stdout).contains(BSN), "{all:?} echoes: {err}");
            if format == "json" {
                let v: serde_json::Value = serde_json::from_str(&err).unwrap_or_else(|e| panic!("{all:?}: {e}: {err}"));
                assert!(v["code"].is_string() && v["issues"].is_array(), "{all:?}: {err}");
            }
        }
    }
    // The usage message still says what is wrong.
    let out = steun(&["ops", BSN], b"");
    assert!(text(&out.stderr).starts_with("error: unexpected argument"), "{}", text(&out.stderr));
    let out = steun(&["plan", "render", "--what", BSN], b"");
    let err = text(&out.stderr);
    assert!(err.contains("--what") && err.contains("plan, options, profile, all"), "{err}");
}

#[test]
fn help_version_and_a_closed_pipe_are_no_errors() {
    assert!(steun(&["--help"], b"").status.success());
    assert!(steun(&["run", "--help"], b"").status.success());
    let v = steun(&["--version"], b"");
    assert!(text(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
    let out = steun(&[], b"");
    assert_eq!(out.status.code(), Some(2));

    let mut child = Command::new(env!("CARGO_BIN_EXE_steun"))
        .args(["ops", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}
