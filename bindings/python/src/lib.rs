//! The native module `steun._steun`. It converts and forwards: JSON text in, JSON text out,
//! steun errors as Python exceptions. The Python package `steun` builds typed objects on top.

mod patterns;

use std::panic::{catch_unwind, UnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple};

mod isolation;
mod plan;
mod signals;
mod urgency;

create_exception!(_steun, SteunError, PyException, "Base class of every error steun raises.");
create_exception!(
    _steun,
    ValidationError,
    SteunError,
    "Input that is malformed, has a missing, unknown or mistyped field, an unknown code, or breaks a rule of the document. `.errors` lists dicts with `type`, `loc` (the JSON path as a tuple) and `msg`."
);
create_exception!(_steun, NotFoundError, SteunError, "An unknown name: enum, document kind, schema or reference set.");
create_exception!(_steun, TransitionError, SteunError, "A state change that the process does not allow.");
create_exception!(_steun, LimitError, ValidationError, "Input larger or deeper than steun accepts.");
create_exception!(_steun, InternalError, SteunError, "A bug in steun (a caught panic). Please report it.");

/// Converts a steun error into the matching Python exception, with `errors`, `loc` and `code`.
pub(crate) fn to_py(py: Python<'_>, e: steun::Error) -> PyErr {
    let err = match &e {
        steun::Error::Syntax { .. } | steun::Error::Invalid { .. } => ValidationError::new_err(e.to_string()),
        steun::Error::Limit { .. } => LimitError::new_err(e.to_string()),
        steun::Error::NotFound { .. } => NotFoundError::new_err(e.to_string()),
        steun::Error::Transition { .. } => TransitionError::new_err(e.to_string()),
        _ => SteunError::new_err(e.to_string()),
    };
    if let Err(set) = annotate(py, &err, &e) {
        return set;
    }
    err
}

fn annotate(py: Python<'_>, err: &PyErr, e: &steun::Error) -> PyResult<()> {
    let loc: Vec<Bound<'_, PyAny>> = match e.path() {
        Some(path) => path
            .0
            .iter()
            .map(|s| match s {
                steun::Segment::Key(k) => PyString::new(py, k).into_any(),
                steun::Segment::Index(i) => PyInt::new(py, *i).into_any(),
            })
            .collect(),
        None => Vec::new(),
    };
    let loc = PyTuple::new(py, loc)?;
    let detail = PyDict::new(py);
    detail.set_item("type", e.code())?;
    detail.set_item("loc", &loc)?;
    detail.set_item("msg", e.message())?;
    let value = err.value(py);
    value.setattr("errors", PyList::new(py, [detail])?)?;
    value.setattr("loc", loc)?;
    value.setattr("code", e.code())?;
    Ok(())
}

/// Runs `f` so that a panic becomes `InternalError` (pyo3's PanicException derives from
/// BaseException, which `except Exception` would not catch) and a steun error its exception.
pub(crate) fn guarded<T>(py: Python<'_>, f: impl FnOnce() -> Result<T, steun::Error> + UnwindSafe) -> PyResult<T> {
    match catch_unwind(f) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(to_py(py, e)),
        Err(_) => Err(InternalError::new_err("internal error in steun (a caught panic); please report this as a bug")),
    }
}

/// The library's version.
#[pyfunction]
fn version() -> &'static str {
    steun::VERSION
}

/// Every labelled enum: a list of (name, [(code, nl, en), ...]) in the sources' order.
#[pyfunction]
fn enum_catalogue() -> Vec<(&'static str, Vec<(&'static str, &'static str, &'static str)>)> {
    steun::catalogue::ENUMS.iter().map(|e| (e.name, e.members.iter().map(|m| (m.code, m.nl, m.en)).collect())).collect()
}

/// The names of every document kind.
#[pyfunction]
fn document_kinds() -> Vec<&'static str> {
    steun::document::KINDS.iter().map(|k| k.name).collect()
}

/// The JSON Schema of a document kind, as JSON text.
#[pyfunction]
fn schema_json(py: Python<'_>, kind: &str) -> PyResult<String> {
    guarded(py, || steun::document::schema(kind).map(|s| steun::json::to_json(&s)))
}

/// Parses and checks a document of `kind`; returns it as canonical JSON text. With
/// `rules=False` only the types are checked, not the document's rules (for schema tests).
#[pyfunction]
#[pyo3(signature = (kind, text, rules = true))]
fn validate_json(py: Python<'_>, kind: &str, text: &str, rules: bool) -> PyResult<String> {
    guarded(py, || {
        let k = steun::document::kind_named(kind)?;
        if rules {
            k.canonical(text)
        } else {
            k.canonical_unchecked(text)
        }
    })
}

/// A reference set of the sources, as JSON text.
#[pyfunction]
fn reference_json(py: Python<'_>, name: &str) -> PyResult<String> {
    guarded(py, || steun::reference::get(name).map(|v| steun::json::to_json(&v)))
}

/// The names of the reference sets.
#[pyfunction]
fn reference_names() -> Vec<&'static str> {
    steun::reference::NAMES.to_vec()
}

#[pymodule]
fn _steun(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("SteunError", py.get_type::<SteunError>())?;
    m.add("ValidationError", py.get_type::<ValidationError>())?;
    m.add("NotFoundError", py.get_type::<NotFoundError>())?;
    m.add("TransitionError", py.get_type::<TransitionError>())?;
    m.add("LimitError", py.get_type::<LimitError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add("__version__", steun::VERSION)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(enum_catalogue, m)?)?;
    m.add_function(wrap_pyfunction!(document_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(schema_json, m)?)?;
    m.add_function(wrap_pyfunction!(validate_json, m)?)?;
    m.add_function(wrap_pyfunction!(reference_json, m)?)?;
    m.add_function(wrap_pyfunction!(reference_names, m)?)?;
    isolation::register(m)?;
    urgency::register(m)?;
    plan::register(m)?;
    patterns::register(m)?;
    signals::register(m)?;
    Ok(())
}
