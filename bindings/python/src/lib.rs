//! The native module `steun._steun`: the operations registry (`call`, `call_json`, `ops`),
//! Rust-backed documents (`Document`, `register`) and label lookups. It converts and
//! forwards; every rule is in the core. The typed functions and classes of the package
//! `steun` are generated from the registry (crates/steun-codegen/src/python.rs).

mod convert;
mod doc;
mod errors;
mod table;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyType};
use serde_json::Value;
use steun::error::{Issue, MAX_ISSUES};
use steun::op::Op;
use steun::{Error, Path, Segment};

use crate::doc::Doc;
use crate::errors::{guarded, no_panic};

/// Requests longer than this run without holding the GIL.
const DETACH_BYTES: usize = 16 * 1024;

/// A request as the core takes it: JSON text, or a value built from Python data.
enum Request {
    Text(String),
    Value(Value),
}

fn request_of(
    py: Python<'_>,
    request_cls: Option<&Bound<'_, PyType>>,
    request: Option<&Bound<'_, PyAny>>,
    fields: Option<&Bound<'_, PyDict>>,
) -> PyResult<Request> {
    let fields = fields.filter(|f| !f.is_empty());
    match (request, fields) {
        (Some(r), None) if !r.is_none() => {
            if let Ok(d) = r.cast::<Doc>() {
                return Ok(Request::Text(d.get().text()));
            }
            if r.is_instance_of::<PyString>() || r.is_instance_of::<PyBytes>() || r.is_instance_of::<PyByteArray>() {
                let text = doc::text_arg(r)?;
                return guarded(py, || text).map(Request::Text);
            }
            guarded(py, || convert::to_value(r)).map(Request::Value)
        }
        (Some(r), Some(_)) if !r.is_none() => {
            Err(PyTypeError::new_err("pass the request as one argument or as keywords, not both"))
        }
        (_, Some(f)) => match request_cls {
            Some(cls) => doc::keys_of(py, cls, Some(f)).map(Request::Value),
            None => guarded(py, || convert::to_value(f)).map(Request::Value),
        },
        _ => Ok(Request::Value(Value::Object(Default::default()))),
    }
}

/// A request built from Python data goes to the core as JSON text: the text reader's
/// fast path is about three times quicker than `Op::call_value`, with the same errors.
fn text_of(request: Request) -> String {
    match request {
        Request::Text(t) => t,
        Request::Value(v) => steun::json::to_json(&v),
    }
}

fn run(py: Python<'_>, op: &'static Op, request: Request) -> PyResult<String> {
    let text = text_of(request);
    guarded(py, || if text.len() > DETACH_BYTES { py.detach(move || op.call(&text)) } else { op.call(&text) })
}

fn named(py: Python<'_>, op: &str) -> PyResult<&'static Op> {
    guarded(py, || steun::op::named(op))
}

fn data<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    let v: Value = guarded(py, || steun::json::parse_value(json))?;
    convert::to_py(py, &v)
}

/// Runs operation `op` on a request (a dict, JSON text or a document); returns the
/// response as Python data.
#[pyfunction]
fn call<'py>(py: Python<'py>, op: &str, request: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    no_panic(py, || {
        let op = named(py, op)?;
        let out = run(py, op, request_of(py, None, Some(request), None)?)?;
        data(py, &out)
    })
}

/// Runs operation `op` on JSON text; returns the response JSON exactly as the core writes it.
#[pyfunction]
fn call_json(py: Python<'_>, op: &str, request_json: &Bound<'_, PyAny>) -> PyResult<String> {
    no_panic(py, || {
        let op = named(py, op)?;
        let text = doc::text_arg(request_json)?;
        let text = guarded(py, || text)?;
        run(py, op, Request::Text(text))
    })
}

/// Runs operation `op` on a request given as one argument or as keywords (named as the
/// fields of `request_cls`); the response becomes a `response_cls` document (not read
/// again: the core wrote it), or Python data when `response_cls` is None.
#[pyfunction]
#[pyo3(signature = (op, request_cls, response_cls, request = None, fields = None))]
fn call_as<'py>(
    py: Python<'py>,
    op: &str,
    request_cls: Option<&Bound<'py, PyType>>,
    response_cls: Option<&Bound<'py, PyType>>,
    request: Option<&Bound<'py, PyAny>>,
    fields: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    no_panic(py, || {
        let op = named(py, op)?;
        let out = run(py, op, request_of(py, request_cls, request, fields)?)?;
        match response_cls {
            Some(cls) => doc::trusted(py, cls, out),
            None => data(py, &out),
        }
    })
}

/// Runs operation `op` on each request of `requests` (without the GIL while the core
/// works); returns a list of `response_cls` documents. When some requests are bad, raises
/// one ValidationError whose `errors()` lists the problems of every bad request, each path
/// starting with the request's index.
#[pyfunction]
fn call_many<'py>(
    py: Python<'py>,
    op: &str,
    response_cls: &Bound<'py, PyType>,
    requests: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    no_panic(py, || {
        let op = named(py, op)?;
        let mut texts: Vec<Result<String, Error>> = Vec::with_capacity(requests.len().unwrap_or(0));
        for item in requests.try_iter()? {
            let item = item?;
            texts.push(match item.cast::<Doc>() {
                Ok(d) => Ok(d.get().text()),
                Err(_) => convert::to_value(&item).map(|v| steun::json::to_json(&v)),
            });
        }
        let outs: Vec<Result<String, Error>> =
            py.detach(move || texts.into_iter().map(|t| t.and_then(|t| op.call(&t))).collect());
        let mut issues: Vec<Issue> = Vec::new();
        let mut bad = 0usize;
        for (i, out) in outs.iter().enumerate() {
            if let Err(e) = out {
                bad += 1;
                for issue in e.issues() {
                    if issues.len() < MAX_ISSUES {
                        let mut segs = vec![Segment::Index(i)];
                        segs.extend(issue.path.0);
                        issues.push(Issue { path: Path(segs), ..issue });
                    }
                }
            }
        }
        if bad > 0 {
            let summary = Error::Issues(issues.clone()).to_string();
            let message = format!("{bad} of {} requests are bad; {summary}", outs.len());
            return Err(errors::build(py, "invalid", &message, &issues)?);
        }
        let list = PyList::empty(py);
        for out in outs.into_iter().flatten() {
            list.append(doc::trusted(py, response_cls, out)?)?;
        }
        Ok(list)
    })
}

fn listing() -> &'static Value {
    static LISTING: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    LISTING.get_or_init(|| serde_json::from_str(&steun::op::listing()).unwrap_or(Value::Null))
}

/// Every operation: name, summary, instrument, instrument_version, request, response,
/// request_schema, response_schema and example.
#[pyfunction]
fn ops(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    convert::to_py(py, listing())
}

/// The example request of operation `op`, as Python data.
#[pyfunction]
fn example<'py>(py: Python<'py>, op: &str) -> PyResult<Bound<'py, PyAny>> {
    data(py, named(py, op)?.example)
}

/// The library's version.
#[pyfunction]
fn version() -> &'static str {
    steun::VERSION
}

/// An enum's members as (code, nl, en).
type Members = Vec<(&'static str, &'static str, &'static str)>;

/// Every labelled enum: a list of (name, [(code, nl, en), ...]) in the sources' order.
#[pyfunction]
fn enum_catalogue() -> Vec<(&'static str, Members)> {
    steun::catalogue::ENUMS.iter().map(|e| (e.name, e.members.iter().map(|m| (m.code, m.nl, m.en)).collect())).collect()
}

/// The label of `code` of enum `enum_name` in `lang` ("nl" or "en").
#[pyfunction]
fn label(py: Python<'_>, enum_name: &str, code: &str, lang: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let lang: String = match lang.cast::<PyString>() {
        Ok(s) => s.to_cow().map(|c| c.into_owned()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    guarded(py, || {
        let lang: steun::Lang = lang.parse()?;
        let info = steun::catalogue::enum_named(enum_name)?;
        let member = info.members.iter().find(|m| m.code == code).ok_or_else(|| {
            let codes: Vec<&str> = info.members.iter().map(|m| m.code).collect();
            Error::not_found("code", code, &codes)
        })?;
        Ok(member.label(lang))
    })
}

/// The names of every document kind.
#[pyfunction]
fn document_kinds() -> Vec<&'static str> {
    steun::document::kinds().map(|k| k.name).collect()
}

/// Parses and checks a document of `kind`; returns its canonical JSON text. With
/// `rules=False` only the types are checked, not the document's rules (for schema tests).
#[pyfunction]
#[pyo3(signature = (kind, text, rules = true))]
fn validate_json(py: Python<'_>, kind: &str, text: &Bound<'_, PyAny>, rules: bool) -> PyResult<String> {
    let text = doc::text_arg(text)?;
    guarded(py, || {
        let text = text?;
        let k = steun::document::kind_named(kind)?;
        if rules {
            k.read(&text)
        } else {
            k.canonical_unchecked(&text)
        }
    })
}

#[pymodule]
fn _steun(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", steun::VERSION)?;
    m.add_class::<Doc>()?;
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(call_json, m)?)?;
    m.add_function(wrap_pyfunction!(call_as, m)?)?;
    m.add_function(wrap_pyfunction!(call_many, m)?)?;
    m.add_function(wrap_pyfunction!(ops, m)?)?;
    m.add_function(wrap_pyfunction!(example, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(enum_catalogue, m)?)?;
    m.add_function(wrap_pyfunction!(label, m)?)?;
    m.add_function(wrap_pyfunction!(document_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(validate_json, m)?)?;
    m.add_function(wrap_pyfunction!(doc::register, m)?)?;
    m.add_function(wrap_pyfunction!(doc::_restore, m)?)?;
    m.add_function(wrap_pyfunction!(table::assess_urgency_table, m)?)?;
    m.add_function(wrap_pyfunction!(table::classify_isolation_table, m)?)?;
    m.add_class::<table::Table>()?;
    Ok(())
}
