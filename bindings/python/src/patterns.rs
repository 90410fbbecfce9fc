//! Demand patterns for Python: JSON text in, JSON text out; `steun/_patterns.py` builds the
//! typed objects.

use pyo3::prelude::*;

use crate::guarded;

/// Finds candidate demand patterns in a JSON array of story fragments; returns JSON text.
/// Releases the GIL while it works.
#[pyfunction]
fn patterns_find_json(py: Python<'_>, fragments: &str, min_respondents: i64) -> PyResult<String> {
    let fragments = fragments.to_owned();
    let result = py.detach(move || {
        std::panic::catch_unwind(move || steun::pattern::find_candidates_json(&fragments, min_respondents))
    });
    match result {
        Ok(r) => r.map_err(|e| crate::to_py(py, e)),
        Err(_) => {
            Err(crate::InternalError::new_err("internal error in steun (a caught panic); please report this as a bug"))
        }
    }
}

/// Validates a candidate pattern (JSON) with a meeting record (JSON); returns the pattern.
#[pyfunction]
fn pattern_validate_json(py: Python<'_>, pattern: &str, meeting: &str) -> PyResult<String> {
    guarded(py, || steun::pattern::lifecycle::validate_json(pattern, meeting))
}

/// Addresses a validated pattern (JSON) with an addressing record (JSON); returns the pattern.
#[pyfunction]
fn pattern_address_json(py: Python<'_>, pattern: &str, addressing: &str) -> PyResult<String> {
    guarded(py, || steun::pattern::lifecycle::address_json(pattern, addressing))
}

/// Closes an addressed pattern (JSON) with a closure record (JSON); returns the pattern.
#[pyfunction]
fn pattern_close_json(py: Python<'_>, pattern: &str, closure: &str) -> PyResult<String> {
    guarded(py, || steun::pattern::lifecycle::close_json(pattern, closure))
}

/// Registers the functions of this module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(patterns_find_json, m)?)?;
    m.add_function(wrap_pyfunction!(pattern_validate_json, m)?)?;
    m.add_function(wrap_pyfunction!(pattern_address_json, m)?)?;
    m.add_function(wrap_pyfunction!(pattern_close_json, m)?)?;
    Ok(())
}
