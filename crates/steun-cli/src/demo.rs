//! `steun demo`: Bram's case (002:1608-1650), the library's worked example.

use steun::plan::{application, diff, render_plan, validate_case, SupportCase};
use steun::{Document, Labelled, Lang, PersonalProfile};

use crate::CmdResult;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Language of the labels (nl or en).
    #[arg(long, default_value = "nl")]
    lang: Lang,
}

const BRAM_PROFILE: &str = include_str!("../../../examples/data/bram_profile.json");
const BRAM_CASE: &str = include_str!("../../../examples/data/bram_case.json");

pub(crate) fn run(a: Args) -> CmdResult {
    let profile = PersonalProfile::from_json(BRAM_PROFILE)?;
    let lang = a.lang;
    let title = match lang {
        Lang::Nl => "Persoonlijk Profiel",
        Lang::En => "Personal Profile",
    };
    let client = profile.client.as_ref().map_or("-", |c| c.as_str());
    println!("{title} ({client})");
    let cols = match lang {
        Lang::Nl => ["Huidige mogelijkheden en ervaringen", "Wensen", "Vroegere mogelijkheden en ervaringen"],
        Lang::En => ["Current possibilities and experiences", "Wishes", "Earlier possibilities and experiences"],
    };
    for d in &profile.domains {
        println!("\n{}", d.domain.label(lang));
        for (col, items) in cols.iter().zip([&d.current, &d.wishes, &d.earlier]) {
            if !items.is_empty() {
                println!("  {col}:");
                for i in items {
                    println!("    - {}", i.as_str());
                }
            }
        }
    }
    let head = match lang {
        Lang::Nl => "Welke wensen zijn het belangrijkst?",
        Lang::En => "Which wishes matter most?",
    };
    println!("\n{head}");
    for (n, w) in profile.important_wishes.iter().enumerate() {
        println!("  {}. {}", n + 1, w.as_str());
    }
    show_plan(lang)
}

/// The support plan of Bram's case (002:1697-1840): the revised plan, its findings, the
/// Wmo application and what changed after the evaluation.
fn show_plan(lang: Lang) -> crate::CmdResult {
    let case = SupportCase::from_json(BRAM_CASE)?;
    let Some(plan) = case.current_plan() else { return Ok(()) };
    println!("\n{}", render_plan(plan, lang));
    let findings = validate_case(&case);
    let (nl, en) = ("Bevindingen", "Findings");
    println!("{}: {}", if lang == Lang::Nl { nl } else { en }, findings.findings.len());
    let app = application(&case, None)?;
    println!("\nWmo:");
    for m in &app.measures {
        let extent = m.extent.map(|e| format!(", {} {}", e.amount, e.unit.label(lang))).unwrap_or_default();
        println!("  - {} ({}{extent})", m.provision.as_str(), m.form.label(lang));
    }
    if let [old, .., new] = case.plans.as_slice() {
        let head = if lang == Lang::Nl { "Wijzigingen" } else { "Changes" };
        println!("\n{head} v{} -> v{}:", old.version, new.version);
        for c in diff(old, new).changes {
            println!("  {} {}", c.kind.label(lang), c.path);
        }
    }
    Ok(())
}
