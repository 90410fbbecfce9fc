//! The CLI's one way into the core: operations of the registry, by name.

use serde_json::Value;
use steun::error::{Issue, Segment};
use steun::{Error, Lang};

use crate::Failure;

/// Runs operation `name` on a request given as a JSON value; returns the response bytes.
pub(crate) fn call(name: &str, request: Value) -> Result<String, Failure> {
    Ok(steun::op::named(name)?.call_value(request)?)
}

/// Runs operation `name` on a request given as JSON text.
pub(crate) fn call_text(name: &str, request: &str) -> Result<String, Failure> {
    Ok(steun::op::named(name)?.call(request)?)
}

/// A response read back as a JSON value, for the text views.
pub(crate) fn value(response: &str) -> Result<Value, Failure> {
    Ok(steun::json::parse_value(response)?)
}

/// The label of `code` of enum `name` in `lang`, from the catalogue.
pub(crate) fn label(name: &str, code: &str, lang: Lang) -> Result<String, Failure> {
    let out = call("catalogue.label", serde_json::json!({"enum": name, "code": code, "lang": lang}))?;
    Ok(value(&out)?["text"].as_str().unwrap_or_default().to_owned())
}

/// The label of the code at `v` (a JSON string), or `-` when there is none.
pub(crate) fn label_of(name: &str, v: &Value, lang: Lang) -> Result<String, Failure> {
    match v.as_str() {
        Some(code) => label(name, code, lang),
        None => Ok("-".to_owned()),
    }
}

/// Moves the paths under request field `key` back to the root: for a command that wraps the
/// user's document in a request, so that the paths point into the user's file.
pub(crate) fn within(f: Failure, key: &str) -> Failure {
    let strip = |mut p: steun::Path| {
        if matches!(p.0.first(), Some(Segment::Key(k)) if k == key) {
            p.0.remove(0);
        }
        p
    };
    match f {
        Failure::Core(Error::Invalid { path, message }) => Failure::Core(Error::Invalid { path: strip(path), message }),
        Failure::Core(Error::Issues(issues)) => {
            Failure::Core(Error::Issues(issues.into_iter().map(|i| Issue { path: strip(i.path), ..i }).collect()))
        }
        other => other,
    }
}
