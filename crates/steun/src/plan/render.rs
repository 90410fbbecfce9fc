//! Markdown renderings of the forms, laid out like the seed's forms, in Dutch or English,
//! for a case worker to share with the client: the Plan van Aanpak (002:1720-1754), the
//! Werkblad Opties (002:1669-1681) and the Persoonlijk Profiel (002:1544-1587).
//!
//! The output contains the client's own texts; it is meant for the client and their case
//! worker only.

use std::fmt::Write;

use super::case::SupportCase;
use super::options::OptionsWorksheet;
use super::plan::{Extent, Plan};
use crate::lang::{labelled_enum, Labelled, Lang};
use crate::life_domain::LifeDomain;
use crate::personal_profile::PersonalProfile;
use crate::text::FreeText;
use crate::Error;

labelled_enum! {
    /// Which form of a case to render.
    pub enum RenderPart {
        /// The Plan van Aanpak (002:1720-1754).
        Plan = "plan" { nl: "Plan van Aanpak", en: "Plan of action" },
        /// The options worksheets (002:1669-1681).
        Options = "options" { nl: "Werkblad Opties", en: "Options worksheet" },
        /// The Personal Profile (002:1544-1587).
        Profile = "profile" { nl: "Persoonlijk Profiel", en: "Personal Profile" },
        /// Profile, worksheets and plan, in the order they are made.
        All = "all" { nl: "Alles", en: "All" },
    }
}

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// Text for a Markdown table cell: no pipes or line breaks that would break the table.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

fn cells<'a>(items: impl IntoIterator<Item = &'a FreeText>) -> String {
    items.into_iter().map(|i| cell(i.as_str())).collect::<Vec<_>>().join("<br>")
}

fn extent(e: &Extent, lang: Lang) -> String {
    format!("{} {}", e.amount, e.unit.label(lang))
}

/// The Plan van Aanpak as Markdown.
pub fn render_plan(plan: &Plan, lang: Lang) -> String {
    let mut s = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(s, "# {}\n", t(lang, "PLAN VAN AANPAK", "PLAN OF ACTION"));
    let _ = writeln!(s, "**{}:** {}  ", t(lang, "Naam (cliëntcode)", "Name (client code)"), plan.client);
    let _ = writeln!(s, "**{}:** {}  ", t(lang, "Versie", "Version"), plan.version);
    let _ = writeln!(s, "**{}:** {}  ", t(lang, "Datum opstellen", "Date drawn up"), plan.drawn_up);
    let eval = plan.evaluation_date.map_or_else(|| "-".to_owned(), |d| d.to_string());
    let _ = writeln!(s, "**{}:** {}\n", t(lang, "Datum evaluatie", "Evaluation date"), eval);
    let _ = writeln!(s, "**{}:**\n", t(lang, "Te bereiken resultaat (doel)", "Result to reach (goal)"));
    let mut goals: Vec<_> = plan.goals.iter().collect();
    goals.sort_by_key(|g| g.priority);
    for (n, g) in goals.iter().enumerate() {
        let _ = writeln!(s, "{}. {} _({}; {})_", n + 1, cell(g.result.as_str()), g.term.label(lang), g.id);
        if !g.personal_preferences.is_empty() {
            let _ = writeln!(s, "   - {}:", t(lang, "Persoonlijke voorkeuren", "Personal preferences"));
            for p in &g.personal_preferences {
                let _ = writeln!(s, "     - {}", cell(p.as_str()));
            }
        }
    }
    let _ = writeln!(s, "\n**{}:**\n", t(lang, "Benodigde hulpmiddelen of voorzieningen", "Aids or provisions needed"));
    if plan.aids.is_empty() {
        let _ = writeln!(s, "- -");
    }
    for a in &plan.aids {
        let _ = writeln!(s, "- {}", cell(a.as_str()));
    }
    let head = [
        t(lang, "Concrete stappen of activiteiten om dit te bereiken", "Concrete steps or activities to reach it"),
        t(lang, "Wat de persoon zelf doet", "What the person does themself"),
        t(lang, "Wat anderen doen", "What others do"),
        t(lang, "Welke professionele hulp nodig is", "Which professional help is needed"),
        t(lang, "Waarvoor een beroep op de Wmo gedaan wordt", "What is claimed from the Wmo"),
    ];
    let _ = writeln!(s, "\n| {} |", head.join(" | "));
    let _ = writeln!(s, "|---|---|---|---|---|");
    for (i, step) in plan.steps.iter().enumerate() {
        let others: Vec<String> = step
            .others
            .iter()
            .map(|h| format!("{} ({}): {}", cell(h.who.as_str()), h.relation.label(lang), cell(h.does.as_str())))
            .collect();
        let wmo: Vec<String> = step
            .wmo
            .iter()
            .map(|c| {
                let mut x = format!("{} ({}, {}", cell(c.provision.as_str()), c.ring.label(lang), c.form.label(lang));
                if let Some(e) = &c.extent {
                    x += &format!(", {}", extent(e, lang));
                }
                x + ")"
            })
            .collect();
        let _ = writeln!(
            s,
            "| {}. {} | {} | {} | {} | {} |",
            i + 1,
            cell(step.activity.as_str()),
            cells(&step.own),
            others.join("<br>"),
            cells(&step.professional),
            wmo.join("<br>")
        );
    }
    s
}

/// One Werkblad Opties as Markdown; the goal's result is taken from `plan`.
pub fn render_worksheet(sheet: &OptionsWorksheet, plan: &Plan, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", t(lang, "WERKBLAD OPTIES", "OPTIONS WORKSHEET"));
    let _ = writeln!(s, "_© Den Hollander & Wilken (2011)_\n");
    let goal = plan.goal(&sheet.goal).map_or_else(|| sheet.goal.clone(), |g| cell(g.result.as_str()));
    let _ = writeln!(s, "**{}:** {}\n", t(lang, "Doel", "Goal"), goal);
    let _ = writeln!(
        s,
        "| {} | {} | {} |",
        t(lang, "Opties", "Options"),
        t(lang, "Voordelen", "Advantages"),
        t(lang, "Nadelen", "Disadvantages")
    );
    let _ = writeln!(s, "|---|---|---|");
    for (i, o) in sheet.options.iter().enumerate() {
        let _ = writeln!(
            s,
            "| {}. {} _({})_ | {} | {} |",
            i + 1,
            cell(o.description.as_str()),
            o.ring.label(lang),
            cells(&o.advantages),
            cells(&o.disadvantages)
        );
    }
    let pick = |n: Option<u32>| match n.and_then(|n| sheet.option(n).map(|o| (n, o))) {
        Some((n, o)) => format!("{n}. {}", cell(o.description.as_str())),
        None => "-".to_owned(),
    };
    let _ = writeln!(s, "\n**{}:** {}  ", t(lang, "Beste optie", "Best option"), pick(sheet.best));
    let _ = writeln!(s, "**{}:** {}", t(lang, "Op één na beste optie", "Second-best option"), pick(sheet.second_best));
    s
}

/// The Persoonlijk Profiel as Markdown: all eight life domains, as on the form.
pub fn render_profile(profile: &PersonalProfile, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", t(lang, "PERSOONLIJK PROFIEL", "PERSONAL PROFILE"));
    let _ = writeln!(s, "_© Den Hollander & Wilken (2011)_\n");
    let client = profile.client.as_ref().map_or("-", |c| c.as_str());
    let _ = writeln!(s, "**{}:** {}\n", t(lang, "Naam (cliëntcode)", "Name (client code)"), client);
    let _ = writeln!(
        s,
        "| | {} | {} | {} |",
        t(lang, "Huidige mogelijkheden en ervaringen", "Current possibilities and experiences"),
        t(lang, "Wensen", "Wishes"),
        t(lang, "Vroegere mogelijkheden en ervaringen", "Earlier possibilities and experiences")
    );
    let _ = writeln!(s, "|---|---|---|---|");
    for d in LifeDomain::ALL {
        let (now, wishes, earlier) = match profile.domain(*d) {
            Some(e) => (cells(&e.current), cells(&e.wishes), cells(&e.earlier)),
            None => Default::default(),
        };
        let _ = writeln!(s, "| **{}** | {} | {} | {} |", d.label(lang), now, wishes, earlier);
    }
    let _ = writeln!(s, "\n**{}**\n", t(lang, "Welke wensen zijn het belangrijkst?", "Which wishes matter most?"));
    for (n, w) in profile.important_wishes.iter().enumerate() {
        let _ = writeln!(s, "{}. {}", n + 1, cell(w.as_str()));
    }
    s
}

/// Renders `part` of a case; the plan is version `version` (the newest when `None`).
pub fn render_case(case: &SupportCase, part: RenderPart, version: Option<u32>, lang: Lang) -> Result<String, Error> {
    let plan = || {
        match version {
            Some(v) => case.plan(v),
            None => case.current_plan(),
        }
        .ok_or_else(|| {
            let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
            let refs: Vec<&str> = versions.iter().map(String::as_str).collect();
            Error::not_found("plan version", "", &refs)
        })
    };
    let profile = || {
        case.profile
            .as_ref()
            .ok_or_else(|| Error::invalid(crate::Path::root().key("profile"), "the case has no profile"))
    };
    let worksheets =
        |p: &Plan| p.worksheets.iter().map(|w| render_worksheet(w, p, lang)).collect::<Vec<_>>().join("\n");
    Ok(match part {
        RenderPart::Plan => render_plan(plan()?, lang),
        RenderPart::Options => worksheets(plan()?),
        RenderPart::Profile => render_profile(profile()?, lang),
        RenderPart::All => {
            let p = plan()?;
            let mut parts = Vec::new();
            if let Some(pr) = &case.profile {
                parts.push(render_profile(pr, lang));
            }
            if !p.worksheets.is_empty() {
                parts.push(worksheets(p));
            }
            parts.push(render_plan(p, lang));
            parts.join("\n")
        }
    })
}
