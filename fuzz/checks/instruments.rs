// The body of the `instruments` fuzz target (included by fuzz_targets/instruments.rs and by
// the seed test of crates/steun-codegen/src/fuzz.rs).
//
// Input: a selector byte picking the operation, `steun::op::ops().nth(byte % count)`, then
// the request JSON. Properties, for every operation of the registry:
// - never a panic;
// - a success is a valid document of the operation's response kind, already canonical,
//   stamped with the operation's instrument (id and version) where it has one;
// - a failure is data: `report_json` parses, with a known code and 1 to MAX_ISSUES issues of
//   known kinds, and no number of the request that could identify a person is echoed;
// - the text path (`call`) and the value path (`call_value`, Python's) give the same bytes
//   when both succeed.

/// The error codes of `steun::Error::code`.
const CODES: &[&str] = &["syntax", "invalid", "not_found", "transition", "limit"];

pub fn check(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let count = steun::op::ops().count();
    let op = steun::op::ops().nth(usize::from(selector) % count).expect("selector in range");
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let result = op.call(text);
    match &result {
        Ok(out) => {
            let canonical = op.response.canonical(out);
            let canonical =
                canonical.unwrap_or_else(|e| panic!("{}: response is no valid {}: {e}", op.name, op.response.name));
            assert_eq!(&canonical, out, "{}: response is canonical", op.name);
            if let Some(instrument) = op.instrument {
                let v: serde_json::Value = serde_json::from_str(out).expect("a response is JSON");
                assert_eq!(v["instrument"], instrument.id, "{}: instrument stamp", op.name);
                assert_eq!(v["instrument_version"], instrument.version, "{}: instrument version", op.name);
            }
        }
        Err(e) => {
            let report = e.report_json();
            let v: serde_json::Value = serde_json::from_str(&report).expect("an error report is JSON");
            assert!(CODES.contains(&v["code"].as_str().unwrap_or_default()), "{}: code in {report}", op.name);
            let issues = v["issues"].as_array().expect("issues");
            assert!(!issues.is_empty() && issues.len() <= steun::error::MAX_ISSUES, "{}: issues in {report}", op.name);
            for i in issues {
                let kind = i["kind"].as_str().unwrap_or_default();
                assert!(steun::error::IssueKind::ALL.iter().any(|k| k.code() == kind), "{}: kind in {report}", op.name);
            }
            assert_no_echo(op.name, text, &report);
        }
    }
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        if let (Ok(a), Ok(b)) = (&result, &op.call_value(value)) {
            assert_eq!(a, b, "{}: text and value paths agree", op.name);
        }
    }
}
