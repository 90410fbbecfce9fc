//! The urgency instrument for Python: native value classes (the batch path builds millions
//! of them) and the scoring functions. Conversions only; the rules are in `steun::urgency`.
//!
//! Inputs are read by a fast path for well-formed dicts and native objects; anything else
//! goes through the core's JSON reader (`steun::json::from_value`), so every error message
//! and path is the core's own.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;
use steun::urgency::{
    self, BandTable, Persons, UrgencyCriterionScore, UrgencyDuration, UrgencyInput, UrgencyResult,
    UrgencyResultDocument, UrgencyRisk, UrgencyRisks, UrgencyScope,
};
use steun::{Document, Error, Labelled, Lang, Path, Segment};

use crate::{guarded, to_py};

/// The Python enum member of `enum_name` with `code` (from the generated steun._enums).
fn member<'py, T: Labelled>(py: Python<'py>, value: T) -> PyResult<Bound<'py, PyAny>> {
    static ENUMS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let module = ENUMS.get_or_try_init(py, || py.import("steun._enums").map(Bound::unbind))?;
    module.bind(py).getattr(T::INFO.name)?.call1((value.code(),))
}

fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")?.call1((text,))
}

// ---------- Python values -> core values ----------

/// A Python value as JSON, for the core's reader (the slow path, and every error).
fn to_value(obj: &Bound<'_, PyAny>, path: &Path) -> Result<Value, Error> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(v) = obj.extract::<i64>() {
            return Ok(Value::from(v));
        }
        if let Ok(v) = obj.extract::<u64>() {
            return Ok(Value::from(v));
        }
        return Err(Error::invalid(path.clone(), "invalid value: got integer, expected a 64-bit integer"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow().map_err(|_| Error::invalid(path.clone(), "invalid string: not valid Unicode"))?;
        return Ok(Value::String(s.into_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key = match k.cast::<PyString>() {
                Ok(k) => k.to_cow().map(|c| c.into_owned()).unwrap_or_default(),
                Err(_) => return Err(Error::invalid(path.clone(), "invalid key: expected string keys")),
            };
            let value = to_value(&v, &path.clone().key(key.clone()))?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, v) in obj.try_iter().map_err(|_| Error::invalid(path.clone(), "expected a sequence"))?.enumerate() {
            let v = v.map_err(|_| Error::invalid(path.clone(), "expected a sequence"))?;
            items.push(to_value(&v, &path.clone().index(i))?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(i) = obj.cast::<PyUrgencyInput>() {
        return serde_json::to_value(i.get().0).map_err(|_| Error::invalid(path.clone(), "unserialisable"));
    }
    if let Ok(r) = obj.cast::<PyUrgencyRisks>() {
        return serde_json::to_value(r.get().0).map_err(|_| Error::invalid(path.clone(), "unserialisable"));
    }
    if let Ok(s) = obj.cast::<PyUrgencyScope>() {
        return serde_json::to_value(s.get().0).map_err(|_| Error::invalid(path.clone(), "unserialisable"));
    }
    // A generated steun model (e.g. a band table): its JSON-shaped dict.
    if let Ok(d) = obj.call_method0("to_dict") {
        return to_value(&d, path);
    }
    let kind = obj.get_type().name().map(|n| n.to_string()).unwrap_or_default();
    Err(Error::invalid(path.clone(), format!("invalid type: got {kind}, expected a JSON value")))
}

/// The codes of `T` as interned Python strings, to recognise a code by identity (Python
/// interns identifier-like literals) before comparing text.
fn interned<T: Labelled>(py: Python<'_>) -> Vec<Py<PyString>> {
    T::ALL.iter().map(|v| PyString::intern(py, v.code()).unbind()).collect()
}

struct Codes {
    risk: Vec<Py<PyString>>,
    duration: Vec<Py<PyString>>,
}

fn codes(py: Python<'_>) -> &Codes {
    static CODES: PyOnceLock<Codes> = PyOnceLock::new();
    CODES.get_or_init(py, || Codes { risk: interned::<UrgencyRisk>(py), duration: interned::<UrgencyDuration>(py) })
}

/// The code of a str (or str enum member), compared against `T`'s codes.
fn fast_code<T: Labelled>(obj: Option<Bound<'_, PyAny>>, cached: &[Py<PyString>]) -> Option<T> {
    let obj = obj?;
    if let Some(i) = cached.iter().position(|c| c.as_ptr() == obj.as_ptr()) {
        return T::ALL.get(i).copied();
    }
    let s = obj.cast::<PyString>().ok()?;
    let s = s.to_cow().ok()?;
    T::ALL.iter().copied().find(|v| v.code() == s)
}

fn fast_bool(obj: Option<Bound<'_, PyAny>>) -> Option<bool> {
    obj?.cast::<PyBool>().ok().map(|b| b.is_true())
}

fn fast_risks(obj: &Bound<'_, PyAny>) -> Option<UrgencyRisks> {
    if let Ok(r) = obj.cast::<PyUrgencyRisks>() {
        return Some(r.get().0);
    }
    let py = obj.py();
    let d = obj.cast::<PyDict>().ok()?;
    if d.len() != 3 {
        return None;
    }
    let c = &codes(py).risk;
    Some(UrgencyRisks {
        safety: fast_code(d.get_item(intern!(py, "safety")).ok()?, c)?,
        health: fast_code(d.get_item(intern!(py, "health")).ok()?, c)?,
        wellbeing: fast_code(d.get_item(intern!(py, "wellbeing")).ok()?, c)?,
    })
}

fn fast_scope(obj: &Bound<'_, PyAny>) -> Option<UrgencyScope> {
    if let Ok(s) = obj.cast::<PyUrgencyScope>() {
        return Some(s.get().0);
    }
    let py = obj.py();
    let d = obj.cast::<PyDict>().ok()?;
    if d.len() != 3 {
        return None;
    }
    let persons = d.get_item(intern!(py, "persons")).ok()??;
    if persons.is_instance_of::<PyBool>() || !persons.is_instance_of::<PyInt>() {
        return None;
    }
    Some(UrgencyScope {
        persons: Persons::new(persons.extract::<u32>().ok()?).ok()?,
        minors_involved: fast_bool(d.get_item(intern!(py, "minors_involved")).ok()?)?,
        over_75_involved: fast_bool(d.get_item(intern!(py, "over_75_involved")).ok()?)?,
    })
}

fn fast_input(obj: &Bound<'_, PyAny>) -> Option<UrgencyInput> {
    if let Ok(i) = obj.cast::<PyUrgencyInput>() {
        return Some(i.get().0);
    }
    let py = obj.py();
    let d = obj.cast::<PyDict>().ok()?;
    if d.len() != 3 {
        return None;
    }
    Some(UrgencyInput {
        risks: fast_risks(&d.get_item(intern!(py, "risks")).ok()??)?,
        scope: fast_scope(&d.get_item(intern!(py, "scope")).ok()??)?,
        duration: fast_code(d.get_item(intern!(py, "duration")).ok()?, &codes(py).duration)?,
    })
}

/// Reads `T` from a Python value: the fast path when it fits, else the core's reader.
fn read<T: serde::de::DeserializeOwned>(
    obj: &Bound<'_, PyAny>,
    fast: impl Fn(&Bound<'_, PyAny>) -> Option<T>,
    prefix: &Path,
) -> Result<T, Error> {
    if let Some(v) = fast(obj) {
        return Ok(v);
    }
    let value = to_value(obj, prefix)?;
    steun::json::from_value::<T>(value).map_err(|e| match e {
        Error::Invalid { path, message } => {
            let mut segs: Vec<Segment> = prefix.0.clone();
            segs.extend(path.0);
            Error::Invalid { path: Path(segs), message }
        }
        other => other,
    })
}

fn read_input(obj: &Bound<'_, PyAny>, prefix: &Path) -> Result<UrgencyInput, Error> {
    read(obj, fast_input, prefix)
}

fn read_bands(obj: Option<&Bound<'_, PyAny>>) -> Result<BandTable, Error> {
    match obj {
        None => Ok(BandTable::DEFAULT),
        Some(o) if o.is_none() => Ok(BandTable::DEFAULT),
        Some(o) => match o.cast::<PyString>() {
            Ok(s) => BandTable::from_json(&s.to_cow().map(|c| c.into_owned()).unwrap_or_default()),
            Err(_) => BandTable::new(&read(o, |_| None, &Path::root())?),
        },
    }
}

// ---------- native classes ----------

/// The risk answers of the three "aard" criteria (002:3959-3976).
#[pyclass(frozen, eq, hash, module = "steun", name = "UrgencyRisks")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUrgencyRisks(UrgencyRisks);

#[pymethods]
impl PyUrgencyRisks {
    #[new]
    #[pyo3(signature = (*, safety, health, wellbeing))]
    fn new(
        py: Python<'_>,
        safety: Bound<'_, PyAny>,
        health: Bound<'_, PyAny>,
        wellbeing: Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let d = PyDict::new(py);
        d.set_item("safety", safety)?;
        d.set_item("health", health)?;
        d.set_item("wellbeing", wellbeing)?;
        read(d.as_any(), fast_risks, &Path::root()).map(Self).map_err(|e| to_py(py, e))
    }
    /// Veiligheidsrisico.
    #[getter]
    fn safety<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.safety)
    }
    /// Gezondheidsrisico.
    #[getter]
    fn health<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.health)
    }
    /// Welzijnsrisico.
    #[getter]
    fn wellbeing<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.wellbeing)
    }
    /// The object as a JSON-shaped dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &steun::json::to_json(&self.0))
    }
    fn __repr__(&self) -> String {
        format!(
            "UrgencyRisks(safety=UrgencyRisk.{}, health=UrgencyRisk.{}, wellbeing=UrgencyRisk.{})",
            self.0.safety.code().to_uppercase(),
            self.0.health.code().to_uppercase(),
            self.0.wellbeing.code().to_uppercase()
        )
    }
}

/// The scope of a signal (omvang, 002:3977-3984).
#[pyclass(frozen, eq, hash, module = "steun", name = "UrgencyScope")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUrgencyScope(UrgencyScope);

#[pymethods]
impl PyUrgencyScope {
    #[new]
    #[pyo3(signature = (*, persons, minors_involved, over_75_involved))]
    fn new(
        py: Python<'_>,
        persons: Bound<'_, PyAny>,
        minors_involved: Bound<'_, PyAny>,
        over_75_involved: Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let d = PyDict::new(py);
        d.set_item("persons", persons)?;
        d.set_item("minors_involved", minors_involved)?;
        d.set_item("over_75_involved", over_75_involved)?;
        read(d.as_any(), fast_scope, &Path::root()).map(Self).map_err(|e| to_py(py, e))
    }
    /// The number of persons the signal is about (>= 1).
    #[getter]
    fn persons(&self) -> u32 {
        self.0.persons.get()
    }
    /// A person under 18 is involved.
    #[getter]
    fn minors_involved(&self) -> bool {
        self.0.minors_involved
    }
    /// A person over 75 is involved.
    #[getter]
    fn over_75_involved(&self) -> bool {
        self.0.over_75_involved
    }
    /// The object as a JSON-shaped dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &steun::json::to_json(&self.0))
    }
    fn __repr__(&self) -> String {
        let b = |v: bool| if v { "True" } else { "False" };
        format!(
            "UrgencyScope(persons={}, minors_involved={}, over_75_involved={})",
            self.0.persons.get(),
            b(self.0.minors_involved),
            b(self.0.over_75_involved)
        )
    }
}

/// The answers about one signal (document kind ``urgency_input``): risks, scope, duration.
#[pyclass(frozen, eq, hash, module = "steun", name = "UrgencyInput")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUrgencyInput(UrgencyInput);

#[pymethods]
impl PyUrgencyInput {
    #[new]
    #[pyo3(signature = (*, risks, scope, duration))]
    fn new(
        py: Python<'_>,
        risks: Bound<'_, PyAny>,
        scope: Bound<'_, PyAny>,
        duration: Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let d = PyDict::new(py);
        d.set_item("risks", risks)?;
        d.set_item("scope", scope)?;
        d.set_item("duration", duration)?;
        read_input(d.as_any(), &Path::root()).map(Self).map_err(|e| to_py(py, e))
    }
    /// The risks to safety, health and wellbeing.
    #[getter]
    fn risks(&self) -> PyUrgencyRisks {
        PyUrgencyRisks(self.0.risks)
    }
    /// The scope.
    #[getter]
    fn scope(&self) -> PyUrgencyScope {
        PyUrgencyScope(self.0.scope)
    }
    /// The duration.
    #[getter]
    fn duration<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.duration)
    }
    /// Builds the input from a JSON-shaped dict; raises ValidationError naming the field.
    #[staticmethod]
    fn from_dict(py: Python<'_>, data: Bound<'_, PyAny>) -> PyResult<Self> {
        read_input(&data, &Path::root()).map(Self).map_err(|e| to_py(py, e))
    }
    /// Parses JSON text; raises ValidationError naming the field.
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<Self> {
        guarded(py, || UrgencyInput::from_json(text)).map(Self)
    }
    /// The object as a JSON-shaped dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.0.to_json())
    }
    /// The object as compact JSON text.
    fn to_json(&self) -> String {
        self.0.to_json()
    }
    fn __repr__(&self) -> String {
        format!(
            "UrgencyInput(risks={}, scope={}, duration=UrgencyDuration.{})",
            PyUrgencyRisks(self.0.risks).__repr__(),
            PyUrgencyScope(self.0.scope).__repr__(),
            self.0.duration.code().to_uppercase()
        )
    }
}

/// One criterion's share of the score.
#[pyclass(frozen, eq, hash, module = "steun", name = "UrgencyCriterionScore")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUrgencyCriterionScore(UrgencyCriterionScore);

#[pymethods]
impl PyUrgencyCriterionScore {
    /// The criterion.
    #[getter]
    fn criterion<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.criterion)
    }
    /// The answer (for scope: derived from the input's scope).
    #[getter]
    fn answer<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.answer)
    }
    /// The points, or None when the answer is unknown.
    #[getter]
    fn points(&self) -> Option<u8> {
        self.0.points
    }
    /// The points counted in score_min.
    #[getter]
    fn points_min(&self) -> u8 {
        self.0.points_min
    }
    /// The points counted in score_max.
    #[getter]
    fn points_max(&self) -> u8 {
        self.0.points_max
    }
    /// The object as a JSON-shaped dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &steun::json::to_json(&self.0))
    }
    fn __repr__(&self) -> String {
        let points = self.0.points.map_or_else(|| "None".to_owned(), |p| p.to_string());
        format!(
            "UrgencyCriterionScore(criterion=UrgencyCriterion.{}, answer=UrgencyAnswer.{}, points={points}, points_min={}, points_max={})",
            self.0.criterion.code().to_uppercase(),
            self.0.answer.code().to_uppercase(),
            self.0.points_min,
            self.0.points_max
        )
    }
}

/// The result of one assessment (document kind ``urgency_result``). The explanation is
/// written when asked for, so batches stay cheap.
#[pyclass(frozen, eq, hash, module = "steun", name = "UrgencyResult")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUrgencyResult(UrgencyResult);

#[pymethods]
impl PyUrgencyResult {
    /// Always "jaspers-2011-urgency".
    #[getter]
    fn instrument(&self) -> &'static str {
        urgency::INSTRUMENT
    }
    /// The version of the instrument's rules and defaults.
    #[getter]
    fn instrument_version(&self) -> &'static str {
        urgency::INSTRUMENT_VERSION
    }
    /// The score (= score_min).
    #[getter]
    fn score(&self) -> u8 {
        self.0.score
    }
    /// The lowest possible score (unknown answers count 0).
    #[getter]
    fn score_min(&self) -> u8 {
        self.0.score_min
    }
    /// The highest possible score (unknown answers count their maximum).
    #[getter]
    fn score_max(&self) -> u8 {
        self.0.score_max
    }
    /// Always 10.
    #[getter]
    fn max_score(&self) -> u8 {
        urgency::MAX_SCORE
    }
    /// The band of score_max.
    #[getter]
    fn band<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.band())
    }
    /// Actie melding.
    #[getter]
    fn report_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.report_action())
    }
    /// Actie melder.
    #[getter]
    fn reporter_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        member(py, self.0.reporter_action())
    }
    /// True when an answer is unknown or score_min and score_max fall in different bands.
    #[getter]
    fn needs_consultation(&self) -> bool {
        self.0.needs_consultation
    }
    /// The five criteria in order: safety, health, wellbeing, scope, duration.
    #[getter]
    fn breakdown<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.breakdown.iter().map(|c| PyUrgencyCriterionScore(*c)))
    }
    /// The explanation in both languages: {"nl": ..., "en": ...}.
    #[getter]
    fn explanation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("nl", self.0.explanation(Lang::Nl))?;
        d.set_item("en", self.0.explanation(Lang::En))?;
        Ok(d)
    }
    /// The explanation in one language ("nl" or "en").
    #[pyo3(signature = (lang = "en"))]
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang: Lang = guarded(py, || lang.parse())?;
        Ok(self.0.explanation(lang))
    }
    /// The result as a JSON-shaped dict (the wire format).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.0.to_json())
    }
    /// The result as compact JSON text, byte for byte as the CLI and C write it.
    fn to_json(&self) -> String {
        self.0.to_json()
    }
    /// Reads a stored result and audits it: it must be exactly what this version of the
    /// instrument computes from the breakdown's answers (with `bands`, default the default).
    #[staticmethod]
    #[pyo3(signature = (data, bands = None))]
    fn from_dict(py: Python<'_>, data: Bound<'_, PyAny>, bands: Option<Bound<'_, PyAny>>) -> PyResult<Self> {
        let table = read_bands(bands.as_ref()).map_err(|e| to_py(py, e))?;
        let doc: UrgencyResultDocument = read(&data, |_| None, &Path::root()).map_err(|e| to_py(py, e))?;
        guarded(py, || doc.audit(&table)).map(Self)
    }
    /// Parses a stored result from JSON text and audits it as `from_dict` does.
    #[staticmethod]
    #[pyo3(signature = (text, bands = None))]
    fn from_json(py: Python<'_>, text: &str, bands: Option<Bound<'_, PyAny>>) -> PyResult<Self> {
        let table = read_bands(bands.as_ref()).map_err(|e| to_py(py, e))?;
        guarded(py, || UrgencyResultDocument::from_json(text)?.audit(&table)).map(Self)
    }
    fn __repr__(&self) -> String {
        format!(
            "UrgencyResult(score={}, score_min={}, score_max={}, band=UrgencyBand.{}, needs_consultation={})",
            self.0.score,
            self.0.score_min,
            self.0.score_max,
            self.0.band().code().to_uppercase(),
            if self.0.needs_consultation { "True" } else { "False" }
        )
    }
}

// ---------- functions ----------

/// Scores one input (dict or UrgencyInput) with the default bands or `bands`.
#[pyfunction]
#[pyo3(signature = (input, bands = None))]
fn urgency_assess(
    py: Python<'_>,
    input: Bound<'_, PyAny>,
    bands: Option<Bound<'_, PyAny>>,
) -> PyResult<PyUrgencyResult> {
    let table = read_bands(bands.as_ref()).map_err(|e| to_py(py, e))?;
    let input = read_input(&input, &Path::root()).map_err(|e| to_py(py, e))?;
    Ok(PyUrgencyResult(urgency::assess_with(&input, &table)))
}

/// Pauses Python's cyclic garbage collector while a batch builds its result objects, and
/// restores it on drop. The results hold no references, so they cannot form cycles; without
/// this, creating a million objects sets off full collections over the caller's whole heap.
struct GcPause<'py>(Option<Bound<'py, PyModule>>);

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause(Some(gc)))
        } else {
            Ok(GcPause(None))
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.0 {
            let _ = gc.call_method0("enable");
        }
    }
}

/// Scores many inputs; the scoring runs without the GIL.
#[pyfunction]
#[pyo3(signature = (inputs, bands = None))]
fn urgency_assess_many<'py>(
    py: Python<'py>,
    inputs: Bound<'py, PyAny>,
    bands: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let table = read_bands(bands.as_ref()).map_err(|e| to_py(py, e))?;
    let _gc = GcPause::new(py)?;
    let mut parsed: Vec<UrgencyInput> = Vec::with_capacity(inputs.len().unwrap_or(0));
    for (i, item) in inputs.try_iter()?.enumerate() {
        let item = item?;
        parsed.push(read_input(&item, &Path::root().index(i)).map_err(|e| to_py(py, e))?);
    }
    let results: Vec<UrgencyResult> = py.detach(|| parsed.iter().map(|i| urgency::assess_with(i, &table)).collect());
    PyList::new(py, results.into_iter().map(PyUrgencyResult))
}

/// Scores JSON text (an object or an array) and returns JSON text.
#[pyfunction]
#[pyo3(signature = (text, bands = None))]
fn urgency_assess_json(py: Python<'_>, text: &str, bands: Option<Bound<'_, PyAny>>) -> PyResult<String> {
    let table = read_bands(bands.as_ref()).map_err(|e| to_py(py, e))?;
    guarded(py, || urgency::assess_json_with(text, &table))
}

/// The default band table as JSON text (kind urgency_band_table).
#[pyfunction]
fn urgency_default_bands_json() -> String {
    steun::json::to_json(&BandTable::DEFAULT.to_table())
}

/// Registers the urgency classes and functions on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyUrgencyRisks>()?;
    m.add_class::<PyUrgencyScope>()?;
    m.add_class::<PyUrgencyInput>()?;
    m.add_class::<PyUrgencyCriterionScore>()?;
    m.add_class::<PyUrgencyResult>()?;
    m.add_function(wrap_pyfunction!(urgency_assess, m)?)?;
    m.add_function(wrap_pyfunction!(urgency_assess_many, m)?)?;
    m.add_function(wrap_pyfunction!(urgency_assess_json, m)?)?;
    m.add_function(wrap_pyfunction!(urgency_default_bands_json, m)?)?;
    m.add("URGENCY_INSTRUMENT", urgency::INSTRUMENT)?;
    m.add("URGENCY_INSTRUMENT_VERSION", urgency::INSTRUMENT_VERSION)?;
    Ok(())
}
