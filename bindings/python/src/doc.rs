//! Rust-backed documents. A `Document` holds one JSON value that the core has read and
//! checked (`Kind::read`) or written (an operation's response); nested
//! objects are views into the same value. The generated classes in `steun/_models.py` are
//! thin subclasses: `register` gives each its kind and a `Field` descriptor per field,
//! which turns the JSON value into Python values (enum members, dates, views, tuples).

use std::sync::{Arc, OnceLock};

use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyFloat, PyString, PyTuple, PyType};
use serde_json::Value;
use steun::document::Kind;
use steun::Error;

use crate::convert::{self, number, to_py};
use crate::errors::{guarded, to_py as err_to_py};

/// Inputs longer than this are read without holding the GIL.
const DETACH_BYTES: usize = 16 * 1024;

/// One document value: its canonical JSON text, its parsed value, or both (each made from
/// the other on first use).
pub struct Root {
    text: OnceLock<String>,
    value: OnceLock<Value>,
}

impl Root {
    pub fn from_text(text: String) -> Arc<Self> {
        let r = Root { text: OnceLock::new(), value: OnceLock::new() };
        let _ = r.text.set(text);
        Arc::new(r)
    }

    fn from_value(value: Value) -> Arc<Self> {
        let r = Root { text: OnceLock::new(), value: OnceLock::new() };
        let _ = r.value.set(value);
        Arc::new(r)
    }

    fn value(&self) -> &Value {
        // The text is the core's own output, so it parses; Null is the unreachable fallback.
        self.value.get_or_init(|| self.text.get().and_then(|t| serde_json::from_str(t).ok()).unwrap_or(Value::Null))
    }

    fn text(&self) -> &str {
        self.text.get_or_init(|| steun::json::to_json(self.value()))
    }
}

/// A value inside a root's parsed tree. The tree is set once (`OnceLock`) and never
/// changed or moved while the `Arc<Root>` that holds it lives, and every holder of a `Node`
/// also holds that `Arc`; so the pointer stays valid and the value immutable.
#[derive(Clone, Copy)]
struct Node(*const Value);

// SAFETY: the pointee is an immutable `Value` (itself Send + Sync) kept alive by the
// `Arc<Root>` stored next to every `Node` (see above).
unsafe impl Send for Node {}
// SAFETY: as for Send: shared access to an immutable value.
unsafe impl Sync for Node {}

static NULL: Value = Value::Null;

/// The base class of every steun document class.
#[pyclass(subclass, frozen, module = "steun", name = "Document")]
pub struct Doc {
    root: Arc<Root>,
    /// None for the whole document (parsed on first use), else a value inside `root`.
    node: Option<Node>,
}

/// A view being handed to a subclass's constructor.
#[pyclass(frozen, module = "steun._steun")]
pub struct Token {
    root: Arc<Root>,
    node: Option<Node>,
}

impl Doc {
    /// The JSON value this document (or view) stands for.
    pub fn value(&self) -> &Value {
        match self.node {
            // SAFETY: `node` points into `self.root`'s tree, which `self.root` keeps alive.
            Some(n) => unsafe { &*n.0 },
            None => self.root.value(),
        }
    }

    /// The compact JSON text of the value (the canonical form for a document the core read).
    pub fn text(&self) -> String {
        match self.node {
            None => self.root.text().to_owned(),
            Some(_) => steun::json::to_json(self.value()),
        }
    }
}

/// How one field's JSON value becomes a Python value.
enum Shape {
    Str,
    Int,
    Float,
    Bool,
    Date,
    Any,
    Enum(Py<PyDict>),
    Obj(Py<PyType>),
    List(Box<Shape>),
    Opt(Box<Shape>),
    Map(Box<Shape>),
}

impl Shape {
    fn parse(spec: &Bound<'_, PyAny>) -> PyResult<Shape> {
        if let Ok(s) = spec.extract::<String>() {
            return Ok(match s.as_str() {
                "str" => Shape::Str,
                "int" => Shape::Int,
                "float" => Shape::Float,
                "bool" => Shape::Bool,
                "date" => Shape::Date,
                "any" => Shape::Any,
                _ => return Err(PyTypeError::new_err("unknown field shape")),
            });
        }
        let (tag, arg): (String, Bound<'_, PyAny>) = spec.extract()?;
        Ok(match tag.as_str() {
            "enum" => {
                let members = PyDict::new(spec.py());
                for m in arg.try_iter()? {
                    let m = m?;
                    members.set_item(m.getattr("value")?, m)?;
                }
                Shape::Enum(members.unbind())
            }
            "obj" => Shape::Obj(arg.cast_into::<PyType>()?.unbind()),
            "list" => Shape::List(Box::new(Shape::parse(&arg)?)),
            "opt" => Shape::Opt(Box::new(Shape::parse(&arg)?)),
            "map" => Shape::Map(Box::new(Shape::parse(&arg)?)),
            _ => return Err(PyTypeError::new_err("unknown field shape")),
        })
    }

    /// Scalars that carry no free text: shown by `repr`.
    fn shown(&self) -> bool {
        match self {
            Shape::Int | Shape::Float | Shape::Bool | Shape::Enum(_) => true,
            Shape::Opt(s) => s.shown(),
            _ => false,
        }
    }
}

fn date_class(py: Python<'_>) -> PyResult<&Py<PyAny>> {
    static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    DATE.get_or_try_init(py, || Ok(py.import("datetime")?.getattr("date")?.unbind()))
}

fn date_of<'py>(py: Python<'py>, s: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Ok(None);
    }
    let (Ok(y), Ok(m), Ok(d)) = (s[0..4].parse::<i32>(), s[5..7].parse::<u8>(), s[8..10].parse::<u8>()) else {
        return Ok(None);
    };
    Ok(date_class(py)?.bind(py).call1((y, m, d)).ok())
}

/// A view of `cls` on `v`, a value inside `root`'s tree (the whole root for None).
fn view<'py>(
    py: Python<'py>,
    cls: &Bound<'py, PyType>,
    root: &Arc<Root>,
    v: Option<&Value>,
) -> PyResult<Bound<'py, PyAny>> {
    let token = Bound::new(py, Token { root: root.clone(), node: v.map(|v| Node(v as *const Value)) })?;
    cls.call1((token,))
}

/// `v` (a value inside `root`'s tree) as a Python value of `shape`.
fn convert<'py>(py: Python<'py>, v: &Value, shape: &Shape, root: &Arc<Root>) -> PyResult<Bound<'py, PyAny>> {
    if v.is_null() {
        return Ok(py.None().into_bound(py));
    }
    Ok(match (shape, v) {
        (Shape::Opt(inner), _) => return convert(py, v, inner, root),
        (Shape::Str, Value::String(s)) => PyString::new(py, s).into_any(),
        (Shape::Int | Shape::Float, Value::Number(n)) => match shape {
            Shape::Float => PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any(),
            _ => number(py, n)?,
        },
        (Shape::Date, Value::String(s)) => match date_of(py, s)? {
            Some(d) => d,
            None => PyString::new(py, s).into_any(),
        },
        (Shape::Enum(members), Value::String(s)) => match members.bind(py).get_item(s)? {
            Some(m) => m,
            None => PyString::new(py, s).into_any(),
        },
        (Shape::Obj(cls), Value::Object(_)) => view(py, cls.bind(py), root, Some(v))?,
        (Shape::List(inner), Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(convert(py, item, inner, root)?);
            }
            PyTuple::new(py, out)?.into_any()
        }
        (Shape::Map(inner), Value::Object(m)) => {
            let d = PyDict::new(py);
            for (k, item) in m {
                d.set_item(k, convert(py, item, inner, root)?)?;
            }
            d.into_any()
        }
        _ => to_py(py, v)?,
    })
}

/// One field of a document class: a descriptor that reads the field's JSON value.
#[pyclass(frozen, module = "steun._steun")]
pub struct Field {
    key: Arc<str>,
    shape: Shape,
    doc: String,
}

#[pymethods]
impl Field {
    fn __get__<'py>(
        slf: &Bound<'py, Self>,
        obj: Option<&Bound<'py, PyAny>>,
        _owner: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let Some(obj) = obj else { return Ok(slf.clone().into_any()) };
        let doc = obj.cast::<Doc>()?.get();
        let f = slf.get();
        let v = match doc.value() {
            Value::Object(m) => m.get(&*f.key).unwrap_or(&NULL),
            _ => &NULL,
        };
        if v.is_null() {
            if let Shape::List(_) = f.shape {
                return Ok(PyTuple::empty(py).into_any());
            }
        }
        convert(py, v, &f.shape, &doc.root)
    }

    #[getter]
    fn __doc__(&self) -> &str {
        &self.doc
    }
}

/// What `register` records about a document class.
#[pyclass(frozen, module = "steun._steun")]
pub struct ClassInfo {
    kind: Option<&'static Kind>,
    /// (Python attribute name, JSON key, shape shown by repr).
    fields: Vec<(String, String, bool)>,
}

fn info<'py>(cls: &Bound<'py, PyType>) -> PyResult<Bound<'py, ClassInfo>> {
    match cls.getattr(pyo3::intern!(cls.py(), "__steun_info__")) {
        Ok(i) => Ok(i.cast_into::<ClassInfo>()?),
        Err(_) => {
            Err(PyTypeError::new_err("steun.Document is abstract; use a document class such as steun.SupportCase"))
        }
    }
}

/// Gives a generated class its kind (or None for a part of a document) and its fields:
/// `(attribute, key, shape, doc)` each, where a shape is `"str" | "int" | "float" | "bool" |
/// "date" | "any" | ("enum", EnumClass) | ("obj", Class) | ("list" | "opt" | "map", shape)`.
#[pyfunction]
pub fn register(cls: &Bound<'_, PyType>, kind: Option<&str>, fields: &Bound<'_, PyTuple>) -> PyResult<()> {
    let py = cls.py();
    let kind = match kind {
        Some(k) => Some(steun::document::kind_named(k).map_err(|e| err_to_py(py, &e))?),
        None => None,
    };
    let mut names = Vec::new();
    let mut recorded = Vec::new();
    for f in fields.iter() {
        let (attr, key, spec, doc): (String, String, Bound<'_, PyAny>, String) = f.extract()?;
        let shape = Shape::parse(&spec)?;
        recorded.push((attr.clone(), key.clone(), shape.shown()));
        cls.setattr(attr.as_str(), Field { key: key.as_str().into(), shape, doc })?;
        names.push(attr);
    }
    cls.setattr("__steun_info__", ClassInfo { kind, fields: recorded })?;
    cls.setattr("__kind__", kind.map(|k| k.name))?;
    cls.setattr("__fields__", PyTuple::new(py, names)?)?;
    Ok(())
}

/// The JSON text of a str, bytes or bytearray argument.
pub fn text_arg(obj: &Bound<'_, PyAny>) -> PyResult<Result<String, Error>> {
    let syntax = || Error::Syntax { line: 1, column: 1, message: "the JSON text is not valid UTF-8".into() };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(convert::text_of(s).map_err(|_| syntax()));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(std::str::from_utf8(b.as_bytes()).map(str::to_owned).map_err(|_| syntax()));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(String::from_utf8(b.to_vec()).map_err(|_| syntax()));
    }
    Err(PyTypeError::new_err(format!(
        "expected JSON text (str, bytes or bytearray), got {}",
        obj.get_type().name().map(|n| n.to_string()).unwrap_or_default()
    )))
}

/// A new root of class `cls` read from JSON text.
fn read_text(py: Python<'_>, cls: &Bound<'_, PyType>, text: String) -> PyResult<Arc<Root>> {
    let kind = info(cls)?.get().kind;
    let big = text.len() > DETACH_BYTES;
    let run = move || match kind {
        Some(k) => k.read(&text),
        None => steun::json::parse_value(&text).and_then(object_text),
    };
    let out = if big { guarded(py, || py.detach(run)) } else { guarded(py, run) };
    out.map(Root::from_text)
}

/// A part of a document (a class without a kind) is checked only as an object here; the
/// core checks it when the document or request that holds it is read.
fn object_text(v: Value) -> Result<String, Error> {
    if v.is_object() {
        Ok(steun::json::to_json(&v))
    } else {
        Err(Error::Issues(vec![steun::error::Issue {
            kind: steun::error::IssueKind::WrongType,
            path: steun::Path::root(),
            message: "invalid type, expected an object".into(),
        }]))
    }
}

/// A new root of class `cls` from a JSON value built from Python data.
fn read_value(py: Python<'_>, cls: &Bound<'_, PyType>, value: Value) -> PyResult<Arc<Root>> {
    let info = info(cls)?;
    match info.get().kind {
        Some(k) => {
            let text = steun::json::to_json(&value);
            let big = text.len() > DETACH_BYTES;
            let run = move || k.read(&text);
            let out = if big { guarded(py, || py.detach(run)) } else { guarded(py, run) };
            out.map(Root::from_text)
        }
        None => {
            guarded(py, || steun::json::check_depth(&value).and_then(|_| object_text(value.clone())))?;
            Ok(Root::from_value(value))
        }
    }
}

/// Keyword arguments with Python attribute names (e.g. `from_`) as a dict with JSON keys.
pub fn keys_of(py: Python<'_>, cls: &Bound<'_, PyType>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Value> {
    let info = info(cls)?;
    let d = PyDict::new(py);
    if let Some(kw) = kwargs {
        for (k, v) in kw.iter() {
            let name: String = k.extract()?;
            let key = info.get().fields.iter().find(|f| f.0 == name).map(|f| f.1.clone()).unwrap_or(name);
            d.set_item(key, v)?;
        }
    }
    guarded(py, || convert::to_value(d.as_any()))
}

impl Doc {
    /// A document of `cls` holding `root`.
    pub fn wrap<'py>(py: Python<'py>, cls: &Bound<'py, PyType>, root: Arc<Root>) -> PyResult<Bound<'py, PyAny>> {
        view(py, cls, &root, None)
    }
}

#[pymethods]
impl Doc {
    /// The document kind (None for a part of a document); set on each generated class.
    #[classattr]
    fn __kind__() -> Option<&'static str> {
        None
    }

    /// The attribute names of the fields; set on each generated class.
    #[classattr]
    fn __fields__(py: Python<'_>) -> Bound<'_, PyTuple> {
        PyTuple::empty(py)
    }

    #[new]
    #[classmethod]
    #[pyo3(signature = (*args, **fields))]
    fn new(cls: &Bound<'_, PyType>, args: &Bound<'_, PyTuple>, fields: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let py = cls.py();
        if args.len() == 1 && fields.is_none() {
            if let Ok(t) = args.get_item(0)?.cast::<Token>() {
                let t = t.get();
                return Ok(Doc { root: t.root.clone(), node: t.node });
            }
        }
        if !args.is_empty() {
            let name = cls.name()?;
            return Err(PyTypeError::new_err(format!(
                "{name}() takes keyword arguments only; use {name}.from_dict(data) or {name}.from_json(text)"
            )));
        }
        let value = keys_of(py, cls, fields)?;
        Ok(Doc { root: read_value(py, cls, value)?, node: None })
    }

    /// Reads a document from a JSON-shaped dict, checked by the core; raises
    /// ValidationError listing every problem.
    #[classmethod]
    fn from_dict<'py>(cls: &Bound<'py, PyType>, data: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = cls.py();
        let root = no_panic_root(py, || read_value(py, cls, guarded(py, || convert::to_value(data))?))?;
        Doc::wrap(py, cls, root)
    }

    /// Reads a document from JSON text (str or UTF-8 bytes), checked by the core; raises
    /// ValidationError listing every problem.
    #[classmethod]
    fn from_json<'py>(cls: &Bound<'py, PyType>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = cls.py();
        let text = text_arg(text)?;
        let text = guarded(py, || text)?;
        let root = no_panic_root(py, || read_text(py, cls, text))?;
        Doc::wrap(py, cls, root)
    }

    /// The document as compact JSON text (the core's canonical form).
    fn to_json(&self) -> String {
        self.text()
    }

    /// The document as JSON-shaped Python data (codes for enums, ISO text for dates).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, self.value())
    }

    /// A copy with some fields changed, checked as a new document.
    #[pyo3(signature = (**changes))]
    fn replace<'py>(slf: &Bound<'py, Self>, changes: Option<&Bound<'py, PyDict>>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let cls = slf.get_type();
        let mut value = slf.get().value().clone();
        if let (Value::Object(m), Some(changes)) = (&mut value, changes) {
            let info = info(&cls)?;
            for (k, v) in changes.iter() {
                let name: String = k.extract()?;
                // The name is not echoed: a key that is not a field may be personal data.
                let Some(f) = info.get().fields.iter().find(|f| f.0 == name) else {
                    let fields: Vec<&str> = info.get().fields.iter().map(|f| f.0.as_str()).collect();
                    return Err(PyTypeError::new_err(format!(
                        "{}.replace() got an argument that is not one of its fields; the fields are: {}",
                        cls.name()?,
                        fields.join(", ")
                    )));
                };
                let v = guarded(py, || convert::to_value(&v))?;
                m.insert(f.1.clone(), v);
            }
        }
        let root = read_value(py, &cls, value)?;
        Doc::wrap(py, &cls, root)
    }

    fn __richcmp__(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(o) = other.cast::<Doc>() else { return Ok(py.NotImplemented()) };
        let same = match op {
            CompareOp::Eq => true,
            CompareOp::Ne => false,
            _ => return Ok(py.NotImplemented()),
        };
        let (this, o) = (slf.get(), o.get());
        let equal =
            other.get_type().is(slf.get_type()) && (std::ptr::eq(this.value(), o.value()) || this.value() == o.value());
        Ok(pyo3::types::PyBool::new(py, equal == same).to_owned().into_any().unbind())
    }

    fn __hash__(&self) -> u64 {
        hash_of(self.value())
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let cls = slf.get_type();
        let name = cls.name()?.to_string();
        let Ok(info) = info(&cls) else { return Ok(format!("{name}(...)")) };
        let info = info.get();
        let mut parts = Vec::new();
        if let Some(k) = info.kind {
            parts.push(format!("kind={:?}", k.name));
        }
        let mut hidden = false;
        for (attr, _, shown) in &info.fields {
            if !shown {
                hidden = true;
                continue;
            }
            let v = slf.getattr(attr.as_str())?;
            let text = match v.getattr("name") {
                Ok(member) if v.hasattr("label")? => format!("{}.{}", v.get_type().name()?, member),
                _ => v.repr()?.to_string(),
            };
            parts.push(format!("{attr}={text}"));
        }
        if hidden {
            parts.push("...".into());
        }
        Ok(format!("{name}({})", parts.join(", ")))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        let py = slf.py();
        let restore = py.import("steun._steun")?.getattr("_restore")?;
        Ok((restore, (slf.get_type(), slf.get().text())))
    }

    fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __deepcopy__<'py>(slf: Bound<'py, Self>, _memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
        slf
    }

    fn __setattr__(slf: &Bound<'_, Self>, name: &str, _value: &Bound<'_, PyAny>) -> PyResult<()> {
        // Only a field's own name is repeated: any other name may be personal data.
        let cls = slf.get_type();
        let is_field = info(&cls).is_ok_and(|i| i.get().fields.iter().any(|f| f.0 == name));
        Err(PyAttributeError::new_err(if is_field {
            format!("documents are immutable; use .replace({name}=...)")
        } else {
            "documents are immutable; use .replace(field=...)".to_owned()
        }))
    }
}

fn no_panic_root(py: Python<'_>, f: impl FnOnce() -> PyResult<Arc<Root>>) -> PyResult<Arc<Root>> {
    crate::errors::no_panic(py, f)
}

/// A hash that agrees with `==` on values: an object's entries are combined in any order
/// (two equal parts of a document may list their keys differently).
fn hash_of(v: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match v {
        Value::Null => 0u8.hash(&mut h),
        Value::Bool(b) => (1u8, b).hash(&mut h),
        Value::Number(n) => (2u8, n.to_string()).hash(&mut h),
        Value::String(s) => (3u8, s).hash(&mut h),
        Value::Array(items) => {
            4u8.hash(&mut h);
            for i in items {
                hash_of(i).hash(&mut h);
            }
        }
        Value::Object(m) => {
            let mut sum = 0u64;
            for (k, item) in m {
                let mut e = std::collections::hash_map::DefaultHasher::new();
                (k, hash_of(item)).hash(&mut e);
                sum = sum.wrapping_add(e.finish());
            }
            (5u8, sum).hash(&mut h);
        }
    }
    h.finish()
}

/// What `__reduce__` gives pickle: `_restore` and its arguments (class, JSON text).
type Reduced<'py> = (Bound<'py, PyAny>, (Bound<'py, PyType>, String));

/// Unpickles a document: reads its JSON text again (so it is checked again).
#[pyfunction]
pub fn _restore<'py>(cls: &Bound<'py, PyType>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = cls.py();
    let text = text_arg(text)?;
    let text = guarded(py, || text)?;
    let root = read_text(py, cls, text)?;
    Doc::wrap(py, cls, root)
}

/// A document of `cls` holding JSON the core has just written (an operation's response),
/// not read again.
pub fn trusted<'py>(py: Python<'py>, cls: &Bound<'py, PyType>, text: String) -> PyResult<Bound<'py, PyAny>> {
    Doc::wrap(py, cls, Root::from_text(text))
}
