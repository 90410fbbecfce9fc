//! Support plans for Python: JSON text in, JSON or Markdown text out. The typed wrappers
//! live in `steun/_plan.py`.

use pyo3::prelude::*;

use crate::guarded;

/// Validates a support case (JSON text); returns its findings as JSON text.
#[pyfunction]
fn plan_validate_json(py: Python<'_>, case_json: &str) -> PyResult<String> {
    guarded(py, || steun::plan::validate_json(case_json))
}

/// Renders `what` (plan, options, profile, all) of a support case as Markdown in `lang`;
/// `version` picks the plan version (the newest when None).
#[pyfunction]
#[pyo3(signature = (case_json, lang, what, version=None))]
fn plan_render_json(py: Python<'_>, case_json: &str, lang: &str, what: &str, version: Option<u32>) -> PyResult<String> {
    guarded(py, || {
        let lang: steun::Lang = lang.parse()?;
        let part: steun::plan::RenderPart = what.parse()?;
        let case = <steun::plan::SupportCase as steun::Document>::from_json(case_json)?;
        steun::plan::render_case(&case, part, version, lang)
    })
}

/// The Wmo application for plan `version` (the newest when None) of a support case, as JSON.
#[pyfunction]
#[pyo3(signature = (case_json, version=None))]
fn wmo_application_json(py: Python<'_>, case_json: &str, version: Option<u32>) -> PyResult<String> {
    guarded(py, || {
        let case = <steun::plan::SupportCase as steun::Document>::from_json(case_json)?;
        steun::plan::application(&case, version).map(|a| steun::Document::to_json(&a))
    })
}

/// The changes between two plans (JSON text each), as JSON text.
#[pyfunction]
fn plan_diff_json(py: Python<'_>, old_json: &str, new_json: &str) -> PyResult<String> {
    guarded(py, || steun::plan::diff_json(old_json, new_json))
}

/// True when findings (a findings document or the JSON array of its findings) hold an error.
#[pyfunction]
fn plan_has_errors_json(py: Python<'_>, findings_json: &str) -> PyResult<bool> {
    guarded(py, || steun::plan::has_errors_json(findings_json))
}

/// Registers the plan functions on the native module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(plan_validate_json, m)?)?;
    m.add_function(wrap_pyfunction!(plan_render_json, m)?)?;
    m.add_function(wrap_pyfunction!(wmo_application_json, m)?)?;
    m.add_function(wrap_pyfunction!(plan_diff_json, m)?)?;
    m.add_function(wrap_pyfunction!(plan_has_errors_json, m)?)?;
    Ok(())
}
