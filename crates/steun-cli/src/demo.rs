//! `steun demo`: one case through every instrument, each step an operation of the registry.
//!
//! A neighbour reports a widow of 78 (examples/data/signals_report.json; 002:4056-4070) →
//! her urgency → the case-tracking list → the isolation typology → a support plan, Bram's
//! case (002:1608-1840, the library's worked plan) → its rendered Plan van Aanpak. Every
//! label and text printed comes from the core: the responses and `catalogue.label`. Field
//! names are the wire's.

use serde_json::{json, Value};
use steun::Lang;

use crate::{call, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Language of the labels (nl or en).
    #[arg(long, default_value = "nl")]
    lang: Lang,
}

const REPORT: &str = include_str!("../../../examples/data/signals_report.json");
const CASES: &str = include_str!("../../../examples/data/signals_cases.json");
const BRAM_CASE: &str = include_str!("../../../examples/data/bram_case.json");

/// The demo's reading of the report, not the source's: several problems at once
/// (loneliness, neglect, health loss), lasting over half a year, not psychiatric, not
/// caused by one event.
const FACTS: &str = r#"{"psychiatric_or_psychogeriatric": false, "complex_problems": true,
 "structural": true, "caused_by_event_or_situation": false}"#;

/// Also the demo's reading: she no longer goes out (case VNDL-2012-01 of the case list).
const PARTICIPATION_ORIENTED: bool = false;

/// Prints the step's heading: its number, the operation and the registry's summary.
fn heading(n: usize, op: &str) -> CmdResult {
    let summary = steun::op::named(op)?.summary;
    outln!("\n== {n}. {op} ==\n{summary}");
    Ok(())
}

/// The instrument stamp of a response.
fn stamp(v: &Value) {
    if let (Some(id), Some(version)) = (v["instrument"].as_str(), v["instrument_version"].as_str()) {
        outln!("  [{id} {version}]");
    }
}

fn row(key: &str, value: impl std::fmt::Display) {
    outln!("  {key:<22} {value}");
}

/// The labels of a list of codes, joined.
fn labels(name: &str, codes: &Value, lang: Lang) -> Result<String, Failure> {
    let all: Vec<String> =
        codes.as_array().into_iter().flatten().map(|c| call::label_of(name, c, lang)).collect::<Result<_, _>>()?;
    Ok(all.join("; "))
}

fn text(v: &Value, lang: Lang) -> &str {
    v[lang.code()].as_str().unwrap_or_default()
}

pub(crate) fn run(a: Args) -> CmdResult {
    let lang = a.lang;
    outln!("steun {}: signals.attach_urgency → urgency.assess → cases.list → isolation → plan", steun::VERSION);

    heading(1, "signals.attach_urgency")?;
    let assessed = call::value(&call::call_text("signals.attach_urgency", REPORT)?)?;
    stamp(&assessed);
    let report = &assessed["report"];
    row("reported_on", report["reported_on"].as_str().unwrap_or_default());
    row("reporter", call::label_of("ReporterRole", &report["reporter"], lang)?);
    let kinds: Value = report["signals"].as_array().into_iter().flatten().map(|s| s["kind"].clone()).collect();
    row("signals", labels("SignalKind", &kinds, lang)?);
    row("risk_groups", labels("RiskGroup", &report["risk_groups"], lang)?);
    row("route", call::label_of("ReportRoute", &assessed["route"], lang)?);
    row("route_reason", text(&assessed["route_reason"], lang));

    heading(2, "urgency.assess")?;
    let urgency = call::value(&call::call("urgency.assess", report["urgency"].clone())?)?;
    stamp(&urgency);
    row("score", format!("{}/{}", urgency["score"], urgency["max_score"]));
    row("band", call::label_of("UrgencyBand", &urgency["band"], lang)?);
    row("worst_band", call::label_of("UrgencyBand", &urgency["worst_band"], lang)?);
    row("needs_consultation", &urgency["needs_consultation"]);
    row("explanation", text(&urgency["explanation"], lang));

    heading(3, "cases.list")?;
    let query = json!({ "band": urgency["band"] });
    row("query", steun::json::to_json(&query));
    let cases = call::value(&call::call(
        "cases.list",
        json!({"case_list": steun::json::parse_value(CASES)?, "query": query}),
    )?)?;
    stamp(&cases);
    for c in cases["cases"].as_array().into_iter().flatten() {
        row("id", c["id"].as_str().unwrap_or_default());
        row("  client", c["client"].as_str().unwrap_or_default());
        row("  status", call::label_of("CaseStatus", &c["status"], lang)?);
        row("  urgency_band", call::label_of("UrgencyBand", &c["urgency_band"], lang)?);
        row("  network_meeting", c["network_meeting"].as_str().unwrap_or("-"));
        row("  open_actions", &c["open_actions"]);
    }

    heading(4, "isolation.decide_persistence")?;
    let decision = call::value(&call::call_text("isolation.decide_persistence", FACTS)?)?;
    stamp(&decision);
    row("facts", steun::json::to_json(&steun::json::parse_value(FACTS)?));
    row("persistence", call::label_of("Persistence", &decision["persistence"], lang)?);
    row("category", &decision["category"]);
    row("explanation", text(&decision["explanation"], lang));

    heading(5, "isolation.classify")?;
    let request = json!({"persistence": decision["persistence"], "participation_oriented": PARTICIPATION_ORIENTED});
    let isolation = call::value(&call::call("isolation.classify", request)?)?;
    stamp(&isolation);
    row("participation_oriented", PARTICIPATION_ORIENTED);
    row("type", format!("{} ({})", text(&isolation["label"], lang), text(&isolation["description"], lang)));
    row("interventions", labels("Intervention", &isolation["interventions"], lang)?);
    let trajectory = &isolation["trajectory"];
    row(
        "trajectory",
        format!(
            "{}; {}",
            call::label_of("TrajectoryLength", &trajectory["length"], lang)?,
            call::label_of("TrajectoryIntensity", &trajectory["intensity"], lang)?
        ),
    );
    row("volunteer", call::label_of("Volunteer", &isolation["volunteer"], lang)?);

    heading(6, "plan.validate")?;
    row("case", "examples/data/bram_case.json");
    let findings = call::value(&call::call_text("plan.validate", BRAM_CASE)?)?;
    stamp(&findings);
    crate::plan::print_findings(&findings, lang)?;

    let case = steun::json::parse_value(BRAM_CASE)?;
    heading(7, "plan.render")?;
    let rendered = call::value(&call::call("plan.render", json!({"case": case, "lang": lang, "part": "plan"}))?)?;
    stamp(&rendered);
    outln!("\n{}", rendered["text"].as_str().unwrap_or_default().trim_end());

    heading(8, "plan.application")?;
    let app = call::value(&call::call("plan.application", json!({ "case": case }))?)?;
    stamp(&app);
    for m in app["measures"].as_array().into_iter().flatten() {
        let extent = match m["extent"].is_object() {
            true => {
                format!(", {} {}", m["extent"]["amount"], call::label_of("ExtentUnit", &m["extent"]["unit"], lang)?)
            }
            false => String::new(),
        };
        let form = call::label_of("ProvisionForm", &m["form"], lang)?;
        row("measure", format!("{} ({form}{extent})", m["provision"].as_str().unwrap_or_default()));
    }

    let versions: Vec<&Value> = case["plans"].as_array().into_iter().flatten().map(|p| &p["version"]).collect();
    if let [first, .., last] = versions.as_slice() {
        heading(9, "plan.diff_versions")?;
        let diff = call::value(&call::call("plan.diff_versions", json!({"case": case, "from": first, "to": last}))?)?;
        stamp(&diff);
        row("versions", format!("{first} -> {last}"));
        for c in diff["changes"].as_array().into_iter().flatten() {
            row(&call::label_of("ChangeKind", &c["kind"], lang)?, c["path"].as_str().unwrap_or_default());
        }
    }
    Ok(())
}
