//! Bram's support case (002:1608-1840): validate it, render the revised Plan van Aanpak,
//! assemble the Wmo application and list what changed after the evaluation.
//!
//! Run with `cargo run -p steun --example bram_plan [nl|en]`.

use steun::plan::{application, diff, render_case, validate_case, RenderPart, SupportCase};
use steun::{Document, Labelled, Lang};

fn main() -> Result<(), steun::Error> {
    let lang: Lang = std::env::args().nth(1).as_deref().unwrap_or("nl").parse()?;
    let case = SupportCase::from_json(include_str!("../data/bram_case.json"))?;

    let findings = validate_case(&case);
    println!("{} findings, errors: {}", findings.findings.len(), findings.has_errors());
    println!("{}", render_case(&case, RenderPart::Plan, None, lang)?);

    let app = application(&case, None)?;
    for m in &app.measures {
        let extent = m.extent.map(|e| format!(" {} {}", e.amount, e.unit.label(lang))).unwrap_or_default();
        println!("Wmo: {} ({}){extent}", m.provision.as_str(), m.form.label(lang));
    }
    println!("missing: {:?}", app.missing.iter().map(|p| p.code()).collect::<Vec<_>>());

    if let [old, .., new] = case.plans.as_slice() {
        for c in diff(old, new).changes {
            println!("{} {}", c.kind.label(lang), c.path);
        }
    }
    Ok(())
}
