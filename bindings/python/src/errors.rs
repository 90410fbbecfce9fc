//! steun errors as Python exceptions. The classes live in `steun/_errors.py` (so that they
//! have methods, pickle, and a `steun` module name); this file fills them from
//! `steun::Error`: the message is the core's, `errors()` lists `Error::issues()`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple, PyType};
use steun::error::Issue;
use steun::{Error, Path, Segment};

struct Classes {
    validation: Py<PyType>,
    limit: Py<PyType>,
    not_found: Py<PyType>,
    transition: Py<PyType>,
    internal: Py<PyType>,
}

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();
    CLASSES.get_or_try_init(py, || {
        let m = py.import("steun._errors")?;
        let get = |name: &str| -> PyResult<Py<PyType>> { Ok(m.getattr(name)?.cast_into::<PyType>()?.unbind()) };
        Ok(Classes {
            validation: get("ValidationError")?,
            limit: get("LimitError")?,
            not_found: get("NotFoundError")?,
            transition: get("TransitionError")?,
            internal: get("InternalError")?,
        })
    })
}

/// A path as a tuple of keys (str) and indices (int).
pub fn loc<'py>(py: Python<'py>, path: &Path) -> PyResult<Bound<'py, PyTuple>> {
    let parts: Vec<Bound<'py, PyAny>> = path
        .0
        .iter()
        .map(|s| match s {
            Segment::Key(k) => PyString::new(py, k).into_any(),
            Segment::Index(i) => PyInt::new(py, *i).into_any(),
        })
        .collect();
    PyTuple::new(py, parts)
}

fn issue_dict<'py>(py: Python<'py>, i: &Issue) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("kind", i.kind.code())?;
    d.set_item("loc", loc(py, &i.path)?)?;
    d.set_item("path", i.path.to_string())?;
    d.set_item("msg", &i.message)?;
    Ok(d)
}

/// The exception for `e`, carrying `code` and the issues.
pub fn to_py(py: Python<'_>, e: &Error) -> PyErr {
    match build(py, e.code(), &e.to_string(), &e.issues()) {
        Ok(err) => err,
        Err(failed) => failed,
    }
}

/// An exception of the class for `code` with `message` and `issues`.
pub fn build(py: Python<'_>, code: &str, message: &str, issues: &[Issue]) -> PyResult<PyErr> {
    let c = classes(py)?;
    let cls = match code {
        "limit" => &c.limit,
        "not_found" => &c.not_found,
        "transition" => &c.transition,
        _ => &c.validation,
    };
    let list = PyList::empty(py);
    for i in issues {
        list.append(issue_dict(py, i)?)?;
    }
    let value = cls.bind(py).call1((message, list, code))?;
    Ok(PyErr::from_value(value))
}

/// Runs `f`, turning a steun error into its exception and a panic into `InternalError`
/// (pyo3's PanicException derives from BaseException, which `except Exception` misses).
pub fn guarded<T>(py: Python<'_>, f: impl FnOnce() -> Result<T, Error>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(to_py(py, &e)),
        Err(_) => Err(internal(py)),
    }
}

/// Runs `f`, turning a panic into `InternalError`.
pub fn no_panic<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| Err(internal(py)))
}

/// The exception for a caught panic.
pub fn internal(py: Python<'_>) -> PyErr {
    let msg = "internal error in steun (a caught panic); please report this as a bug";
    match classes(py).and_then(|c| c.internal.bind(py).call1((msg, PyList::empty(py), "internal"))) {
        Ok(v) => PyErr::from_value(v),
        Err(_) => PyRuntimeError::new_err(msg),
    }
}
