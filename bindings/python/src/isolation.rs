//! Native functions of the isolation typology: JSON text in, JSON text out. The typed
//! wrappers are in `steun/_isolation.py`; the rules in `steun::isolation`.

use pyo3::prelude::*;
use steun::isolation::json_api;

use crate::guarded;

/// Classifies an `isolation_input` document; returns the `isolation_result` as JSON text.
#[pyfunction]
fn isolation_classify_json(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, || json_api::classify_json(text))
}

/// The decision helper: `persistence_facts` in, `persistence_decision` out (JSON text).
#[pyfunction]
fn isolation_decide_persistence_json(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, || json_api::decide_persistence_json(text))
}

/// The intervention check: `intervention_check` in, `intervention_check_result` out.
#[pyfunction]
fn isolation_check_interventions_json(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, || json_api::check_interventions_json(text))
}

/// The risk groups: `risk_group_input` in, `risk_group_result` out.
#[pyfunction]
fn isolation_risk_groups_json(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, || json_api::risk_groups_json(text))
}

/// The inverse lookup of a type code: an `isolation_type_info` as JSON text.
#[pyfunction]
fn isolation_type_json(py: Python<'_>, code: &str) -> PyResult<String> {
    guarded(py, || json_api::type_info_json(code))
}

/// All eight types as a JSON array.
#[pyfunction]
fn isolation_types_json() -> String {
    json_api::types_json()
}

/// Adds the isolation functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(isolation_classify_json, m)?)?;
    m.add_function(wrap_pyfunction!(isolation_decide_persistence_json, m)?)?;
    m.add_function(wrap_pyfunction!(isolation_check_interventions_json, m)?)?;
    m.add_function(wrap_pyfunction!(isolation_risk_groups_json, m)?)?;
    m.add_function(wrap_pyfunction!(isolation_type_json, m)?)?;
    m.add_function(wrap_pyfunction!(isolation_types_json, m)?)?;
    Ok(())
}
