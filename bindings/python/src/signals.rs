//! Signals: client codes, report forms and the case-tracking list. JSON text in and out;
//! the Python package wraps these in typed objects (steun/_signals.py).

use pyo3::prelude::*;

use crate::guarded;

/// The pseudonymous client code of `identifier` of `kind` ("bsn" or "client_number") under
/// `key` (bytes, at least 16). Errors never contain the identifier.
#[pyfunction]
fn client_code(py: Python<'_>, kind: &str, identifier: &str, key: &[u8]) -> PyResult<String> {
    guarded(py, || {
        let kind: steun::signals::IdentifierKind = kind.parse()?;
        let key = steun::signals::PseudonymKey::new(key)?;
        steun::signals::client_code(kind, identifier, &key).map(|c| c.as_str().to_owned())
    })
}

/// True when `number` is a BSN: 9 digits passing the eleven-test.
#[pyfunction]
fn bsn_is_valid(number: &str) -> bool {
    steun::signals::bsn_is_valid(number)
}

/// Checks a report (JSON) and returns the assessed report (JSON) with urgency and route.
#[pyfunction]
fn attach_report_json(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, || steun::signals::attach_json(text))
}

/// Lists a case list (JSON) by a query (JSON); returns the listing (JSON).
#[pyfunction]
fn list_cases_json(py: Python<'_>, case_list: &str, query: &str) -> PyResult<String> {
    guarded(py, || steun::signals::list_cases_json(case_list, query))
}

/// Destroys the report forms due for destruction on `as_of`; returns the case list (JSON).
#[pyfunction]
fn apply_retention_json(py: Python<'_>, case_list: &str, as_of: &str) -> PyResult<String> {
    guarded(py, || steun::signals::apply_retention_json(case_list, as_of))
}

/// The case list with only what follow-up needs (JSON).
#[pyfunction]
fn minimise_json(py: Python<'_>, case_list: &str) -> PyResult<String> {
    guarded(py, || steun::signals::minimise_json(case_list))
}

/// Appends a step of the signalling process to a case (JSON); returns the case (JSON).
#[pyfunction]
#[pyo3(signature = (case, step, date, note = None))]
fn record_step_json(py: Python<'_>, case: &str, step: &str, date: &str, note: Option<&str>) -> PyResult<String> {
    guarded(py, || steun::signals::record_step_json(case, step, date, note))
}

/// Adds the signals functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(client_code, m)?)?;
    m.add_function(wrap_pyfunction!(bsn_is_valid, m)?)?;
    m.add_function(wrap_pyfunction!(attach_report_json, m)?)?;
    m.add_function(wrap_pyfunction!(list_cases_json, m)?)?;
    m.add_function(wrap_pyfunction!(apply_retention_json, m)?)?;
    m.add_function(wrap_pyfunction!(minimise_json, m)?)?;
    m.add_function(wrap_pyfunction!(record_step_json, m)?)?;
    Ok(())
}
