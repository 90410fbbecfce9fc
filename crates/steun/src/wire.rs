//! Every problem of a bad document, not only the first.
//!
//! The typed reader stops at the first bad field. When it fails, the document is walked
//! once more against its kind's JSON Schema (the same schema the files under `schemas/`
//! hold), which collects every missing, unknown, mistyped, unknown-code and out-of-range
//! field, up to [`MAX_ISSUES`]. Rules that a schema cannot state (duplicates, order) are
//! reported by the typed reader alone. Only failing documents pay for the walk.

use crate::error::Error;
#[cfg(feature = "schema")]
use crate::error::{Issue, IssueKind, Path, MAX_ISSUES};

/// The typed reader's error `first` for `text`, widened to every problem the schema of
/// `T` sees. Syntax and limit errors, and rule errors the schema cannot see, stay as they are.
pub fn all_issues<T: crate::document::MaybeSchema>(first: Error, text: &str) -> Error {
    if !matches!(first, Error::Invalid { .. }) {
        return first;
    }
    match crate::json::parse_value(text) {
        Ok(value) => all_issues_value::<T>(first, &value),
        Err(_) => first,
    }
}

/// As [`all_issues`], for a request already parsed into a value.
pub fn all_issues_value<T: crate::document::MaybeSchema>(first: Error, value: &serde_json::Value) -> Error {
    #[cfg(feature = "schema")]
    {
        if !matches!(first, Error::Invalid { .. }) {
            return first;
        }
        let schema = cached_schema::<T>();
        let schema: &serde_json::Value = &schema;
        let mut walk = Walk { root: schema, issues: Vec::new() };
        walk.check(value, schema, &mut Path::root(), 0);
        if walk.issues.is_empty() {
            return first;
        }
        // The reader's own message for its field is the more precise one, except for a code:
        // the schema also knows when null is allowed.
        if let (Some(p), msg) = (first.path(), first.message()) {
            let kind = crate::error::kind_of_message(&msg);
            if let Some(i) = walk.issues.iter_mut().find(|i| {
                &i.path == p && i.kind == kind && !(kind == IssueKind::UnknownCode && i.message.ends_with(", or null"))
            }) {
                i.message = msg;
            }
        }
        Error::Issues(walk.issues)
    }
    #[cfg(not(feature = "schema"))]
    {
        let _ = value;
        first
    }
}

#[cfg(feature = "schema")]
use serde_json::Value;

/// The schema of `T`, built once per type: a batch with many bad items walks the same one.
#[cfg(feature = "schema")]
fn cached_schema<T: crate::document::MaybeSchema>() -> std::sync::Arc<Value> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Arc<Value>>>> = OnceLock::new();
    let name = std::any::type_name::<T>();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(map) = cache.lock() {
        if let Some(s) = map.get(name) {
            return Arc::clone(s);
        }
    }
    let schema = Arc::new(crate::document::schema_root::<T>().to_value());
    if let Ok(mut map) = cache.lock() {
        map.insert(name, Arc::clone(&schema));
    }
    schema
}

#[cfg(feature = "schema")]
struct Walk<'a> {
    root: &'a Value,
    issues: Vec<Issue>,
}

#[cfg(feature = "schema")]
impl<'a> Walk<'a> {
    fn push(&mut self, kind: IssueKind, path: &Path, message: String) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(Issue { kind, path: path.clone(), message });
        }
    }

    fn resolve(&self, schema: &'a Value) -> &'a Value {
        let mut s = schema;
        // A chain of $refs is short in generated schemas; the bound keeps a cycle finite.
        for _ in 0..16 {
            let Some(r) = s.get("$ref").and_then(Value::as_str) else { break };
            let Some(name) = r.strip_prefix("#/$defs/") else { break };
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(t) => s = t,
                None => break,
            }
        }
        s
    }

    /// The problems `value` would give against `schema`, without recording them.
    fn trial(&self, value: &Value, schema: &'a Value, path: &mut Path, depth: usize) -> Vec<Issue> {
        let mut w = Walk { root: self.root, issues: Vec::new() };
        w.check(value, schema, path, depth);
        w.issues
    }

    fn check(&mut self, value: &Value, schema: &'a Value, path: &mut Path, depth: usize) {
        if self.issues.len() >= MAX_ISSUES || depth > crate::json::MAX_DEPTH {
            return;
        }
        let schema = self.resolve(schema);
        if schema == &Value::Bool(true) {
            return;
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = schema.get(key).and_then(Value::as_array) {
                let codes: Vec<&str> =
                    branches.iter().filter_map(|b| self.resolve(b).get("const").and_then(Value::as_str)).collect();
                if codes.len() == branches.len() {
                    match value.as_str() {
                        Some(s) if codes.contains(&s) => {}
                        Some(_) => self.push(IssueKind::UnknownCode, path, crate::error::unknown_code_message(&codes)),
                        None => self.push(
                            IssueKind::WrongType,
                            path,
                            format!("got {}, expected one of the codes {}", json_type(value), codes.join(", ")),
                        ),
                    }
                    return;
                }
                // An optional value (`anyOf [X, null]`) that is not null is checked against X
                // alone, so a problem deep inside it is reported where it is; at its own level
                // the message adds that null is allowed.
                let is_null = |b: &Value| self.resolve(b).get("type") == Some(&Value::from("null"));
                if let ([a, b], false) = (branches.as_slice(), value.is_null()) {
                    let x = if is_null(b) { a } else { b };
                    if is_null(a) != is_null(b) {
                        let before = self.issues.len();
                        self.check(value, x, path, depth + 1);
                        for i in &mut self.issues[before..] {
                            if &i.path == path && matches!(i.kind, IssueKind::UnknownCode | IssueKind::WrongType) {
                                i.message.push_str(", or null");
                            }
                        }
                        return;
                    }
                }
                // The branch that fits best: none of its problems at this level (it matched the
                // shape), then the fewest problems; a branch without problems ends the search.
                let mut best: Option<Vec<Issue>> = None;
                for b in branches {
                    let found = self.trial(value, b, path, depth + 1);
                    let rank = |f: &Vec<Issue>| (!f.is_empty() && same_level(f, path), f.len());
                    if best.as_ref().is_none_or(|x| rank(&found) < rank(x)) {
                        best = Some(found);
                    }
                    if best.as_ref().is_some_and(Vec::is_empty) {
                        break;
                    }
                }
                let best = best.unwrap_or_default();
                if !best.is_empty() && best.iter().all(|i| &i.path == path) {
                    self.push(IssueKind::WrongType, path, format!("expected {}", describe(self, schema)));
                } else {
                    for i in best {
                        self.push(i.kind, &i.path, i.message);
                    }
                }
                return;
            }
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.check(value, s, path, depth + 1);
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                if value.is_string() {
                    let codes = allowed.iter().filter_map(Value::as_str);
                    self.push(IssueKind::UnknownCode, path, crate::error::unknown_code_message(codes));
                } else {
                    self.push(IssueKind::WrongType, path, format!("expected {}", describe(self, schema)));
                }
            }
            return;
        }
        if let Some(c) = schema.get("const") {
            if c != value {
                let kind =
                    if value.is_string() && c.is_string() { IssueKind::UnknownCode } else { IssueKind::WrongType };
                self.push(kind, path, format!("expected {c}"));
            }
            return;
        }
        if let Some(types) = schema.get("type") {
            let names: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !names.is_empty() && !names.iter().any(|t| has_type(value, t)) {
                self.push(
                    IssueKind::WrongType,
                    path,
                    format!("got {}, expected {}", json_type(value), describe(self, schema)),
                );
                return;
            }
        }
        match value {
            Value::Object(map) => self.object(map, schema, path, depth),
            Value::Array(items) => {
                let n = items.len() as u64;
                if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
                    if n < min {
                        self.push(IssueKind::OutOfRange, path, format!("expected at least {min} items"));
                    }
                }
                if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
                    if n > max {
                        self.push(IssueKind::OutOfRange, path, format!("expected at most {max} items"));
                    }
                }
                if let Some(item) = schema.get("items") {
                    for (i, v) in items.iter().enumerate() {
                        path.0.push(crate::Segment::Index(i));
                        self.check(v, item, path, depth + 1);
                        path.0.pop();
                    }
                }
            }
            Value::Number(n) => {
                let lo = schema.get("minimum").and_then(Value::as_f64);
                let hi = schema.get("maximum").and_then(Value::as_f64);
                let x = n.as_f64().unwrap_or(0.0);
                let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
                if lo.is_some_and(|lo| x < lo) || hi.is_some_and(|hi| x > hi) {
                    self.push(IssueKind::OutOfRange, path, format!("expected {}", range_words(schema, integer)));
                }
            }
            Value::String(s) => {
                let n = s.chars().count() as u64;
                if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
                    if n < min {
                        self.push(IssueKind::OutOfRange, path, format!("expected at least {min} characters"));
                    }
                }
                if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                    if n > max {
                        self.push(IssueKind::OutOfRange, path, format!("expected at most {max} characters"));
                    }
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, map: &serde_json::Map<String, Value>, schema: &'a Value, path: &mut Path, depth: usize) {
        let props = schema.get("properties").and_then(Value::as_object);
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for r in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(r) {
                    path.0.push(crate::Segment::Key(r.to_owned()));
                    self.push(IssueKind::Missing, path, "missing required field".to_owned());
                    path.0.pop();
                }
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let names: Vec<&str> = props.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
        for (k, v) in map {
            match props.and_then(|p| p.get(k)) {
                Some(s) => {
                    path.0.push(crate::Segment::Key(k.clone()));
                    self.check(v, s, path, depth + 1);
                    path.0.pop();
                }
                // The key may be personal data: the path is the object, the message the allowed names.
                None if closed => {
                    let message = crate::error::unknown_field_message(&names);
                    self.push(IssueKind::UnknownField, path, message);
                }
                None => {
                    if let Some(extra) = schema.get("additionalProperties").filter(|a| a.is_object()) {
                        self.check(v, extra, path, depth + 1);
                    }
                }
            }
        }
    }
}

#[cfg(feature = "schema")]
fn same_level(issues: &[Issue], path: &Path) -> bool {
    issues.iter().all(|i| &i.path == path)
}

#[cfg(feature = "schema")]
fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.as_i64().is_some() || v.as_u64().is_some(),
        _ => true,
    }
}

#[cfg(feature = "schema")]
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(feature = "schema")]
fn range_words(schema: &Value, integer: bool) -> String {
    let num = |k: &str| schema.get(k).map(|v| v.to_string());
    let what = if integer { "a whole number" } else { "a number" };
    match (num("minimum"), num("maximum")) {
        (Some(lo), Some(hi)) => format!("{what} from {lo} to {hi}"),
        (Some(lo), None) => format!("{what} of at least {lo}"),
        (None, Some(hi)) => format!("{what} of at most {hi}"),
        (None, None) => what.to_owned(),
    }
}

/// What a schema allows, in words.
#[cfg(feature = "schema")]
fn describe(w: &Walk<'_>, schema: &Value) -> String {
    let schema = w.resolve(schema);
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        let codes: Vec<String> =
            allowed.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned)).collect();
        return format!("one of the codes {}", codes.join(", "));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(bs) = schema.get(key).and_then(Value::as_array) {
            let mut parts: Vec<String> = bs.iter().map(|b| describe(w, b)).collect();
            parts.dedup();
            return parts.join(" or ");
        }
    }
    if let Some(c) = schema.get("const") {
        return c.to_string();
    }
    let names: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return "a value".to_owned(),
    };
    let words: Vec<String> = names
        .iter()
        .map(|t| match *t {
            "integer" => range_words(schema, true),
            "number" => range_words(schema, false),
            "string" => "a string".to_owned(),
            "boolean" => "a boolean (true or false)".to_owned(),
            "array" => "an array".to_owned(),
            "object" => "an object".to_owned(),
            "null" => "null".to_owned(),
            other => other.to_owned(),
        })
        .collect();
    words.join(" or ")
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use crate::document::Document;
    use crate::error::IssueKind;

    #[test]
    fn every_problem_of_a_document_is_reported() {
        let text = r#"{"risks": {"safety": "x", "health": 3}, "scope": {"persons": 0, "minors_involved": 1,
            "over_75_involved": false, "Jan Jansen 111222333": 1}, "duration": "incidental"}"#;
        let first = crate::UrgencyInput::from_json(text).unwrap_err();
        let e = super::all_issues::<crate::UrgencyInput>(first, text);
        let issues = e.issues();
        let got: Vec<(IssueKind, String)> = issues.iter().map(|i| (i.kind, i.path.to_string())).collect();
        assert!(got.contains(&(IssueKind::UnknownCode, "risks.safety".into())), "{got:?}");
        assert!(got.contains(&(IssueKind::WrongType, "risks.health".into())), "{got:?}");
        assert!(got.contains(&(IssueKind::Missing, "risks.wellbeing".into())), "{got:?}");
        assert!(got.contains(&(IssueKind::WrongType, "scope.minors_involved".into())), "{got:?}");
        assert!(got.contains(&(IssueKind::UnknownField, "scope".into())), "{got:?}");
        let all = e.report_json();
        assert!(!all.contains("Jan") && !all.contains("111222333"), "{all}");
    }

    #[test]
    fn the_cap_holds() {
        let items: Vec<String> = (0..300).map(|_| r#"{"persistence": 1}"#.to_owned()).collect();
        let text = format!(r#"{{"inputs": [{}]}}"#, items.join(","));
        #[derive(serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Many {
            inputs: Vec<crate::isolation::IsolationInput>,
        }
        let first = crate::json::from_json::<Many>(&text).map(|_| ()).unwrap_err();
        let e = super::all_issues::<Many>(first, &text);
        assert_eq!(e.issues().len(), crate::error::MAX_ISSUES);
    }
}
