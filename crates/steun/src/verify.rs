//! `result.verify`: recomputes a stored result from its stored request and reports whether
//! it matches, field by field (issue: stored results can be audited).

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::op::{AnyJson, Op};
use crate::{operation, Error, Path};

/// A stored request and the response that was stored with it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// The operation that produced the response, e.g. `urgency.assess`.
    pub op: String,
    /// The request it was given.
    pub request: AnyJson,
    /// The response that was stored.
    pub response: AnyJson,
}

impl Document for VerifyRequest {
    const KIND: &'static str = "verify_request";
}

/// Whether a stored response is what this library computes from its request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Verification {
    /// The operation.
    pub op: String,
    /// The instrument of the operation, or null.
    pub instrument: Option<String>,
    /// The rules version the response was recomputed under (the stored one where this
    /// library keeps its rules, else the current one), or null.
    pub instrument_version: Option<String>,
    /// True when the stored response equals the recomputed one.
    pub matches: bool,
    /// The paths where they differ (at most 100), in document order; the values are not shown.
    pub differences: Vec<String>,
}

impl Document for Verification {
    const KIND: &'static str = "verification";
}

fn differences(have: &serde_json::Value, want: &serde_json::Value, path: Path, out: &mut Vec<String>) {
    use serde_json::Value;
    if have == want || out.len() >= crate::error::MAX_ISSUES {
        return;
    }
    match (have, want) {
        (Value::Object(h), Value::Object(w)) => {
            for (k, wv) in w {
                differences(h.get(k).unwrap_or(&Value::Null), wv, path.clone().key(k.as_str()), out);
            }
            if h.keys().any(|k| !w.contains_key(k)) {
                // A stored key the result does not have; the key itself is not echoed.
                out.push(format!("{path} (a field the result does not have)"));
            }
        }
        (Value::Array(h), Value::Array(w)) if h.len() == w.len() => {
            for (i, (hv, wv)) in h.iter().zip(w).enumerate() {
                differences(hv, wv, path.clone().index(i), out);
            }
        }
        _ => out.push(path.to_string()),
    }
}

fn verify(req: VerifyRequest) -> Result<String, Error> {
    let op: &Op = crate::op::named(&req.op).map_err(|e| e.under("op"))?;
    if req.op == "result.verify" {
        return Err(Error::invalid(Path::root().key("op"), "result.verify does not verify itself"));
    }
    // Replayed under the rules of the version the stored response carries, where this
    // library keeps them (urgency 1.0.0, signals 1.1.0); otherwise under the current rules.
    let stored = &req.response.0;
    let recomputed = crate::urgency::ops::replay(op.name, req.request.0.clone(), stored)
        .or_else(|| crate::signals::ops::replay(op, req.request.0.clone(), stored))
        .unwrap_or_else(|| op.call_value(req.request.0))
        .map_err(|e| e.under("request"))?;
    let want: serde_json::Value = crate::json::parse_value(&recomputed)?;
    let mut diffs = Vec::new();
    differences(&req.response.0, &want, Path::root().key("response"), &mut diffs);
    Ok(Verification {
        op: op.name.to_owned(),
        instrument: op.instrument.map(|i| i.id.to_owned()),
        instrument_version: op.instrument.map(|i| {
            let replayed = want.get("instrument_version").and_then(serde_json::Value::as_str);
            replayed.unwrap_or(i.version).to_owned()
        }),
        matches: diffs.is_empty(),
        differences: diffs,
    }
    .to_json())
}

operation! {
    /// Verifies a stored result.
    Verify = "result.verify": VerifyRequest => Verification,
    summary "Recompute a stored response from its stored request and report whether and where it differs",
    instrument None,
    example r#"{"op": "isolation.risk_groups",
 "request": {"living_alone": true, "health_loss": true, "psychosocial_or_psychiatric_problems": false, "low_income": false, "age": 78},
 "response": {"instrument": "machielse-hortulanus-2011", "instrument_version": "2.0.0", "risk_groups": ["living_alone", "health_loss"], "source": "002:4463-4469"}}"#,
    run |req| verify(req)
}

/// The verification operation.
pub const OPS: &[Op] = &[crate::op::op::<Verify>()];

#[cfg(test)]
mod tests {
    use crate::op::Operation;

    #[test]
    fn the_example_is_a_matching_stored_result() {
        let v: serde_json::Value =
            serde_json::from_str(&crate::op::call("result.verify", super::Verify::EXAMPLE).unwrap()).unwrap();
        assert_eq!(v["matches"], true, "update the example to the current rules: {v}");
    }

    #[test]
    fn a_forged_result_is_found_and_a_true_one_matches() {
        let input = r#"{"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
            "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true}, "duration": "incidental"}"#;
        let stored = crate::op::call("urgency.assess", input).unwrap();
        let req = |resp: &str| format!(r#"{{"op": "urgency.assess", "request": {input}, "response": {resp}}}"#);
        let v: serde_json::Value =
            serde_json::from_str(&crate::op::call("result.verify", &req(&stored)).unwrap()).unwrap();
        assert_eq!(v["matches"], true, "{v}");
        let forged = stored
            .replace(r#""instrument_version":"2.1.0""#, r#""instrument_version":"9.9.9""#)
            .replace("\"score\":4", "\"score\":9");
        let v: serde_json::Value =
            serde_json::from_str(&crate::op::call("result.verify", &req(&forged)).unwrap()).unwrap();
        assert_eq!(v["matches"], false);
        let diffs: Vec<&str> = v["differences"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
        assert_eq!(diffs, ["response.instrument_version", "response.score"]);
    }

    #[test]
    fn a_result_claiming_another_band_table_does_not_match_at_its_fingerprint() {
        use crate::urgency::DEFAULT_BANDS_FINGERPRINT;
        let example = crate::urgency::ops::AssessWithBands::EXAMPLE;
        let custom = crate::op::call("urgency.assess_with_bands", example).unwrap();
        let custom_v: serde_json::Value = serde_json::from_str(&custom).unwrap();
        let custom_fp = custom_v["bands_fingerprint"].as_str().unwrap().to_owned();
        assert_ne!(custom_fp, DEFAULT_BANDS_FINGERPRINT);
        let req =
            |resp: &str| format!(r#"{{"op": "urgency.assess_with_bands", "request": {example}, "response": {resp}}}"#);
        let v: serde_json::Value =
            serde_json::from_str(&crate::op::call("result.verify", &req(&custom)).unwrap()).unwrap();
        assert_eq!(v["matches"], true, "{v}");
        // The same result claiming the default table: a difference at the fingerprint.
        let forged = custom.replace(&custom_fp, DEFAULT_BANDS_FINGERPRINT);
        let v: serde_json::Value =
            serde_json::from_str(&crate::op::call("result.verify", &req(&forged)).unwrap()).unwrap();
        assert_eq!(v["matches"], false);
        let diffs = v["differences"].as_array().unwrap();
        assert_eq!(diffs.len(), 1, "{v}");
        assert_eq!(diffs[0], "response.bands_fingerprint", "{v}");
    }
}
