// The no-echo property shared by the fuzz targets (included, not a module of its own).

/// Every string (value or key) of `request` that looks like a BSN or another number
/// identifying a person (nine or more digits) must not appear as a whole number in `report`.
/// Numbers the request gives as JSON numbers are left out: messages may name counts.
pub fn assert_no_echo(what: &str, request: &str, report: &str) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(request) else { return };
    let mut strings = Vec::new();
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) => strings.push(s.as_str()),
            serde_json::Value::Array(a) => stack.extend(a),
            serde_json::Value::Object(o) => {
                strings.extend(o.keys().map(String::as_str));
                stack.extend(o.values());
            }
            _ => {}
        }
    }
    let runs: Vec<&str> = report.split(|c: char| !c.is_ascii_digit()).filter(|r| r.len() >= 9).collect();
    for s in strings {
        for id in s.split(|c: char| !c.is_ascii_digit()).filter(|r| r.len() >= 9) {
            assert!(!runs.contains(&id), "{what}: the error echoes a number of the request: {report}");
        }
    }
}
