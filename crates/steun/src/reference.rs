//! Reference data: the tables of the sources as JSON, for every language to load.

use serde_json::{json, Value};

use crate::lang::{Labelled, Lang};
use crate::{CentralConcept, Dimension, Error};

/// The names of the reference sets, in a stable order.
pub const NAMES: &[&str] = &[
    "dimensions",
    "central_concepts",
    "isolation_types",
    "urgency_criteria",
    "urgency_bands",
    "patterns_elburg",
    "patterns_nijmegen_migrants",
    "signal_matrix",
    "werkvormen",
    "samensturing_practice_examples",
    "check_profiles",
];

/// The reference set called `name`, or an error listing the names.
pub fn get(name: &str) -> Result<Value, Error> {
    match name {
        "dimensions" => Ok(dimensions()),
        "central_concepts" => Ok(central_concepts()),
        // Plain structs with string keys: to_value cannot fail.
        "isolation_types" => Ok(serde_json::to_value(crate::isolation::types()).unwrap_or(Value::Null)),
        "urgency_criteria" => Ok(crate::urgency::reference_criteria()),
        "urgency_bands" => Ok(crate::urgency::reference_bands()),
        "patterns_elburg" | "patterns_nijmegen_migrants" => crate::pattern::reference::pattern_set_value(name),
        "signal_matrix" => Ok(signal_matrix()),
        "werkvormen" => {
            Ok(serde_json::to_value(crate::werkvorm::catalogue(&Default::default())).unwrap_or(Value::Null))
        }
        "samensturing_practice_examples" => Ok(crate::zelfscan::examples::reference()),
        "check_profiles" => Ok(crate::plan::profiles::reference()),
        _ => Err(Error::not_found("reference set", name, NAMES)),
    }
}

fn both<F: Fn(Lang) -> &'static [&'static str]>(f: F) -> Value {
    json!({ "nl": f(Lang::Nl), "en": f(Lang::En) })
}

/// Van Loon's table: per dimension its labels, monitored variables and result indicators
/// (002:803-890).
pub fn dimensions() -> Value {
    Value::Array(
        Dimension::ALL
            .iter()
            .map(|d| {
                json!({
                    "code": d.code(),
                    "label": { "nl": d.label(Lang::Nl), "en": d.label(Lang::En) },
                    "monitored_variables": both(|l| d.monitored_variables(l)),
                    "result_indicators": both(|l| d.result_indicators(l)),
                    "source": "002:803-890",
                })
            })
            .collect(),
    )
}

/// The Wmo's three central concepts with their intended results (002:326-340, 002:751-780).
pub fn central_concepts() -> Value {
    Value::Array(
        CentralConcept::ALL
            .iter()
            .map(|c| {
                json!({
                    "code": c.code(),
                    "label": { "nl": c.label(Lang::Nl), "en": c.label(Lang::En) },
                    "intended_results": both(|l| c.intended_results(l)),
                    "source": "002:751-780",
                })
            })
            .collect(),
    )
}

/// The signal matrix (Jaspers, Overmars e.a. 2011): per level whom it is about, who signals,
/// what for and whose task it is (002:3735-3859).
pub fn signal_matrix() -> Value {
    use crate::signals::SignalLevel;
    Value::Array(
        SignalLevel::ALL
            .iter()
            .map(|l| {
                json!({
                    "code": l.code(),
                    "label": { "nl": l.label(Lang::Nl), "en": l.label(Lang::En) },
                    "about": both(|g| l.about(g)),
                    "by_whom": both(|g| l.by_whom(g)),
                    "what_for": both(|g| l.what_for(g)),
                    "task": { "nl": l.task(Lang::Nl), "en": l.task(Lang::En) },
                    "source": "002:3735-3859",
                })
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_loads() {
        for n in NAMES {
            let v = get(n).unwrap();
            assert!(v.is_array() || v.is_object(), "{n}");
        }
        assert_eq!(get("nope").unwrap_err().code(), "not_found");
        assert_eq!(dimensions()[7]["monitored_variables"]["nl"][1], "stemrecht");
        assert_eq!(central_concepts()[1]["intended_results"]["en"].as_array().unwrap().len(), 3);
    }
}
