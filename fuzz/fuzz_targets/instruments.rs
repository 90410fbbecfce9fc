//! Every JSON entry point of the instruments (urgency, isolation, plan, pattern, signals):
//! never a panic, and a success is a valid document of the entry point's output kind
//! (or, for rendering and client codes, well-formed text).
//!
//! Input: an entry point's name, a newline, then its string arguments separated by NUL
//! bytes (so seeds stay valid as entry points are added); an unknown name picks an entry
//! point from the first byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steun::document::kind_named;
use steun::isolation::json_api as isolation;
use steun::lang::Labelled;
use steun::plan::RenderPart;
use steun::urgency::BandTable;
use steun::{pattern, plan, signals, urgency, Lang};

/// The entry points, by the name a seed starts with.
const ENTRIES: &[&str] = &[
    "urgency_assess",
    "urgency_assess_with",
    "urgency_bands",
    "isolation_classify",
    "isolation_decide_persistence",
    "isolation_check_interventions",
    "isolation_risk_groups",
    "isolation_type_info",
    "plan_validate",
    "plan_render",
    "plan_application",
    "plan_diff",
    "pattern_find",
    "pattern_validate",
    "pattern_address",
    "pattern_close",
    "signals_attach",
    "signals_list_cases",
    "signals_retention",
    "signals_minimise",
    "signals_record_step",
    "signals_client_code",
    "plan_has_errors",
];

/// A success is a valid document of `kind`: it parses, passes its checks, and its canonical
/// form is itself (the writers already write canonical JSON).
fn is_document(kind: &str, out: &str) {
    let canonical = kind_named(kind).expect("registered kind").canonical(out);
    let canonical = canonical.unwrap_or_else(|e| panic!("output is a valid {kind}: {e}"));
    assert_eq!(canonical, out, "output of kind {kind} is canonical");
}

fn check(kind: &str, result: Result<String, steun::Error>) {
    if let Ok(out) = result {
        is_document(kind, &out);
    }
}

fn arg<'a>(args: &[&'a str], i: usize) -> &'a str {
    args.get(i).copied().unwrap_or("")
}

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(0);
    let (head, rest) = data.split_at(split);
    let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
    let entry = ENTRIES
        .iter()
        .find(|e| e.as_bytes() == head)
        .unwrap_or(&ENTRIES[data.first().copied().unwrap_or(0) as usize % ENTRIES.len()]);
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let args: Vec<&str> = text.split('\0').collect();
    let a = arg(&args, 0);
    let b = arg(&args, 1);
    match *entry {
        "urgency_assess" => {
            if let Ok(out) = urgency::assess_json(a) {
                if a.trim_start().starts_with('[') {
                    let results: Vec<serde_json::Value> = serde_json::from_str(&out).expect("an array of results");
                    for r in results {
                        is_document("urgency_result", &serde_json::to_string(&r).expect("re-serialises"));
                    }
                } else {
                    is_document("urgency_result", &out);
                }
            }
        }
        "urgency_assess_with" => {
            if let Ok(table) = BandTable::from_json(b) {
                if let Ok(out) = urgency::assess_json_with(a, &table) {
                    serde_json::from_str::<serde_json::Value>(&out).expect("results are JSON");
                }
            }
        }
        "urgency_bands" => {
            if let Ok(table) = BandTable::from_json(a) {
                // A checked table writes back to a table that reads again to the same bands.
                let wire = steun::json::to_json(&table.to_table());
                let again = BandTable::from_json(&wire).expect("a written table reads again");
                assert_eq!(steun::json::to_json(&again.to_table()), wire, "band table round trip");
                is_document("urgency_band_table", &wire);
            }
        }
        "isolation_classify" => check("isolation_result", isolation::classify_json(a)),
        "isolation_decide_persistence" => check("persistence_decision", isolation::decide_persistence_json(a)),
        "isolation_check_interventions" => check("intervention_check_result", isolation::check_interventions_json(a)),
        "isolation_risk_groups" => check("risk_group_result", isolation::risk_groups_json(a)),
        "isolation_type_info" => check("isolation_type_info", isolation::type_info_json(a)),
        "plan_validate" => check("findings", plan::validate_json(a)),
        "plan_render" => {
            let lang = if b.starts_with("en") { Lang::En } else { Lang::Nl };
            let part = RenderPart::from_code(arg(&args, 2)).unwrap_or(RenderPart::All);
            let _ = plan::render_json(a, lang, part);
        }
        "plan_application" => check("wmo_application", plan::application_json(a)),
        "plan_diff" => {
            check("plan_diff", plan::diff_json(a, b));
            if let Ok(same) = plan::diff_json(a, a) {
                is_document("plan_diff", &same);
            }
        }
        "plan_has_errors" => {
            if let Ok(errors) = plan::has_errors_json(a) {
                // Read back independently: some finding, in either shape, has severity "error".
                let v: serde_json::Value = serde_json::from_str(a).expect("accepted findings are JSON");
                let list = if v.is_array() { &v } else { &v["findings"] };
                let expected = list.as_array().expect("a findings array").iter().any(|f| f["severity"] == "error");
                assert_eq!(errors, expected, "has_errors_json disagrees with the severities");
            }
        }
        "pattern_find" => {
            let k = b.trim().parse::<i64>().unwrap_or(3);
            check("candidate_patterns", pattern::finder::find_candidates_json(a, k));
        }
        "pattern_validate" => check("demand_pattern", pattern::lifecycle::validate_json(a, b)),
        "pattern_address" => check("demand_pattern", pattern::lifecycle::address_json(a, b)),
        "pattern_close" => check("demand_pattern", pattern::lifecycle::close_json(a, b)),
        "signals_attach" => check("assessed_report", signals::attach_json(a)),
        "signals_list_cases" => check("case_listing", signals::list_cases_json(a, b)),
        "signals_retention" => check("case_list", signals::apply_retention_json(a, b)),
        "signals_minimise" => check("follow_up_list", signals::minimise_json(a)),
        "signals_record_step" => {
            let note = args.get(3).copied();
            check("case", signals::case::record_step_json(a, b, arg(&args, 2), note));
        }
        _ => {
            // signals_client_code: kind, identifier, key.
            let Ok(kind) = signals::IdentifierKind::from_code(a) else { return };
            let Ok(key) = signals::PseudonymKey::new(arg(&args, 2).as_bytes()) else { return };
            match signals::client_code(kind, b, &key) {
                Ok(code) => {
                    let code = code.as_str();
                    assert!(code.starts_with("ID-") && code.len() == 22, "client code format");
                    let again = signals::client_code(kind, b, &key).expect("deterministic");
                    assert_eq!(again.as_str(), code, "client code is deterministic");
                }
                Err(e) => {
                    let msg = e.to_string();
                    assert!(b.len() < 4 || !msg.contains(b), "identifier echoed in the error");
                }
            }
        }
    }
});
