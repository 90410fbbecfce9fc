//! Python values to JSON values and back. Only the JSON data model crosses: the core's own
//! strict reader then checks the value as it checks JSON text. Errors name the place by
//! path and never carry the value (it may be personal data).

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Value};
use steun::error::{Issue, IssueKind};
use steun::json::MAX_DEPTH;
use steun::{Error, Path, Segment};

use crate::doc::Doc;

/// A problem found while converting, with its path in reverse (pushed while unwinding).
pub struct Bad {
    rev_path: Vec<Segment>,
    kind: IssueKind,
    message: String,
}

impl Bad {
    fn new(kind: IssueKind, message: impl Into<String>) -> Self {
        Bad { rev_path: Vec::new(), kind, message: message.into() }
    }

    fn at(mut self, seg: Segment) -> Self {
        self.rev_path.push(seg);
        self
    }

    /// The problem as the core's error type.
    pub fn into_error(mut self) -> Error {
        self.rev_path.reverse();
        if self.kind == IssueKind::Limit {
            return Error::Limit { message: self.message };
        }
        Error::Issues(vec![Issue { kind: self.kind, path: Path(self.rev_path), message: self.message }])
    }
}

fn date_types(py: Python<'_>) -> PyResult<&(Py<PyType>, Py<PyType>)> {
    static TYPES: PyOnceLock<(Py<PyType>, Py<PyType>)> = PyOnceLock::new();
    TYPES.get_or_try_init(py, || {
        let m = py.import("datetime")?;
        let date = m.getattr("date")?.cast_into::<PyType>()?.unbind();
        let datetime = m.getattr("datetime")?.cast_into::<PyType>()?.unbind();
        Ok((date, datetime))
    })
}

/// A Python str as Rust text; a string with a lone surrogate is refused without the text.
pub fn text_of(s: &Bound<'_, PyString>) -> Result<String, Bad> {
    match s.to_cow() {
        Ok(c) => Ok(c.into_owned()),
        Err(_) => Err(Bad::new(IssueKind::WrongType, "got a string that is not valid Unicode (a lone surrogate)")),
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into())
}

/// A NumPy scalar (`bool_`, `int64`, `float32`, ..., or a 0-d array) as the Python scalar
/// `.item()` gives; None for anything else (NumPy is not imported).
fn numpy_scalar<'py>(obj: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
    let ty = obj.get_type();
    let module = ty.module().ok()?;
    if !module.to_cow().ok()?.starts_with("numpy") || obj.getattr("ndim").ok()?.extract::<usize>().ok()? != 0 {
        return None;
    }
    let plain = obj.call_method0("item").ok()?;
    // Only plain scalars: a 0-d object array could hold anything.
    let scalar =
        plain.is_instance_of::<PyBool>() || plain.is_instance_of::<PyInt>() || plain.is_instance_of::<PyFloat>();
    scalar.then_some(plain)
}

/// A Python value as a JSON value: None, bool, int, float (finite), str, list, tuple, dict
/// with str keys, a steun document, a `datetime.date` (as its ISO text) or a NumPy scalar.
pub fn to_value(obj: &Bound<'_, PyAny>) -> Result<Value, Error> {
    value_at(obj, 1).map_err(Bad::into_error)
}

fn value_at(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, Bad> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return text_of(s).map(Value::String);
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(v) = obj.extract::<i64>() {
            return Ok(Value::from(v));
        }
        if let Ok(v) = obj.extract::<u64>() {
            return Ok(Value::from(v));
        }
        return Err(Bad::new(IssueKind::OutOfRange, "expected a whole number from -2^63 to 2^64-1"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return match serde_json::Number::from_f64(v) {
            Some(n) => Ok(Value::Number(n)),
            None if v.is_nan() => {
                Err(Bad::new(IssueKind::WrongType, "got NaN (a missing value), expected a finite number"))
            }
            None => Err(Bad::new(IssueKind::WrongType, "got infinity, expected a finite number")),
        };
    }
    if let Some(plain) = numpy_scalar(obj) {
        return value_at(&plain, depth);
    }
    let nested = obj.is_instance_of::<PyDict>() || obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>();
    if nested && depth > MAX_DEPTH {
        return Err(Bad::new(IssueKind::Limit, format!("JSON nested deeper than {MAX_DEPTH} levels")));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let Ok(k) = k.cast::<PyString>() else {
                return Err(Bad::new(IssueKind::WrongType, "got a key that is not a string; object keys are strings"));
            };
            let key = text_of(k)?;
            let value = value_at(&v, depth + 1).map_err(|b| b.at(Segment::Key(key.clone())))?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        let mut items = Vec::with_capacity(l.len());
        for (i, v) in l.iter().enumerate() {
            items.push(value_at(&v, depth + 1).map_err(|b| b.at(Segment::Index(i)))?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let mut items = Vec::with_capacity(t.len());
        for (i, v) in t.iter().enumerate() {
            items.push(value_at(&v, depth + 1).map_err(|b| b.at(Segment::Index(i)))?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(d) = obj.cast::<Doc>() {
        return Ok(d.get().value().clone());
    }
    let py = obj.py();
    if let Ok((date, datetime)) = date_types(py) {
        if obj.is_instance(date.bind(py)).unwrap_or(false) && !obj.is_instance(datetime.bind(py)).unwrap_or(false) {
            if let Ok(s) = obj.call_method0("isoformat").and_then(|s| s.extract::<String>()) {
                return Ok(Value::String(s));
            }
        }
    }
    if obj.is_instance_of::<PyBytes>() {
        return Err(Bad::new(IssueKind::WrongType, "got bytes, expected a JSON value (decode the text first)"));
    }
    Err(Bad::new(
        IssueKind::WrongType,
        format!("got {}, expected a JSON value (None, bool, int, float, str, list or dict)", type_name(obj)),
    ))
}

/// A JSON value as plain Python data (dict, list, str, int, float, bool, None).
pub fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => number(py, n)?,
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

pub fn number<'py>(py: Python<'py>, n: &serde_json::Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(i) = n.as_i64() {
        Ok(PyInt::new(py, i).into_any())
    } else if let Some(u) = n.as_u64() {
        Ok(PyInt::new(py, u).into_any())
    } else {
        Ok(PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any())
    }
}
