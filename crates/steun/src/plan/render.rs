//! Markdown and HTML renderings of the forms, laid out like the seed's forms, in Dutch or English,
//! for a case worker to share with the client: the Plan van Aanpak (002:1720-1754), the
//! Werkblad Opties (002:1669-1681) and the Persoonlijk Profiel (002:1544-1587).
//!
//! The output contains the client's own texts; it is meant for the client and their case
//! worker only. Every text of the case is escaped (see [`super::form`]), in Markdown and in
//! HTML, so a client's words cannot inject markup or links.

use super::case::SupportCase;
use super::form::{Block, Form, Item, Line, RenderFormat, Span};
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

fn text(s: &str) -> Span {
    Span::Text(s.to_owned())
}

fn label(s: &str) -> Span {
    Span::Label(s.to_owned())
}

/// Several texts of the case in one cell, one per line.
fn cells<'a>(items: impl IntoIterator<Item = &'a FreeText>) -> Line {
    let mut line = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            line.push(Span::Break);
        }
        line.push(text(item.as_str()));
    }
    line
}

fn extent(e: &Extent, lang: Lang) -> String {
    format!("{} {}", e.amount, e.unit.label(lang))
}

/// The Plan van Aanpak as a form (002:1720-1754).
pub(crate) fn plan_form(plan: &Plan, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "PLAN VAN AANPAK", "PLAN OF ACTION").to_owned()));
    let eval = plan.evaluation_date.map_or_else(|| "-".to_owned(), |d| d.to_string());
    f.0.push(Block::Fields(vec![
        (t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(), vec![text(plan.client.as_str())]),
        (t(lang, "Versie", "Version").to_owned(), vec![label(&plan.version.to_string())]),
        (t(lang, "Datum opstellen", "Date drawn up").to_owned(), vec![label(&plan.drawn_up.to_string())]),
        (t(lang, "Datum evaluatie", "Evaluation date").to_owned(), vec![label(&eval)]),
    ]));
    f.0.push(Block::Heading(format!("{}:", t(lang, "Te bereiken resultaat (doel)", "Result to reach (goal)"))));
    let mut goals: Vec<_> = plan.goals.iter().collect();
    goals.sort_by_key(|g| g.priority);
    let items = goals
        .iter()
        .map(|g| Item {
            line: vec![text(g.result.as_str()), label(" "), Span::Em(format!("({}; {})", g.term.label(lang), g.id))],
            sub: (!g.personal_preferences.is_empty()).then(|| {
                let prefs = g.personal_preferences.iter().map(|p| vec![text(p.as_str())]).collect();
                (t(lang, "Persoonlijke voorkeuren", "Personal preferences").to_owned(), prefs)
            }),
        })
        .collect();
    f.0.push(Block::List { ordered: true, items });
    f.0.push(Block::Heading(format!(
        "{}:",
        t(lang, "Benodigde hulpmiddelen of voorzieningen", "Aids or provisions needed")
    )));
    let mut aids: Vec<Item> = plan.aids.iter().map(|a| Item { line: vec![text(a.as_str())], sub: None }).collect();
    if aids.is_empty() {
        aids.push(Item { line: vec![label("-")], sub: None });
    }
    f.0.push(Block::List { ordered: false, items: aids });
    let head = [
        t(lang, "Concrete stappen of activiteiten om dit te bereiken", "Concrete steps or activities to reach it"),
        t(lang, "Wat de persoon zelf doet", "What the person does themself"),
        t(lang, "Wat anderen doen", "What others do"),
        t(lang, "Welke professionele hulp nodig is", "Which professional help is needed"),
        t(lang, "Waarvoor een beroep op de Wmo gedaan wordt", "What is claimed from the Wmo"),
    ];
    let rows = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let mut others = Vec::new();
            for (k, h) in step.others.iter().enumerate() {
                if k > 0 {
                    others.push(Span::Break);
                }
                others.push(text(h.who.as_str()));
                others.push(label(&format!(" ({}): ", h.relation.label(lang))));
                others.push(text(h.does.as_str()));
            }
            let mut wmo = Vec::new();
            for (k, c) in step.wmo.iter().enumerate() {
                if k > 0 {
                    wmo.push(Span::Break);
                }
                wmo.push(text(c.provision.as_str()));
                let mut x = format!(" ({}, {}", c.ring.label(lang), c.form.label(lang));
                if let Some(e) = &c.extent {
                    x += &format!(", {}", extent(e, lang));
                }
                wmo.push(label(&(x + ")")));
            }
            vec![
                vec![label(&format!("{}. ", i + 1)), text(step.activity.as_str())],
                cells(&step.own),
                others,
                cells(&step.professional),
                wmo,
            ]
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    f
}

/// The Plan van Aanpak as Markdown.
pub fn render_plan(plan: &Plan, lang: Lang) -> String {
    plan_form(plan, lang).markdown()
}

/// One Werkblad Opties as a form (002:1669-1681); the goal's result is taken from `plan`.
pub(crate) fn worksheet_form(sheet: &OptionsWorksheet, plan: &Plan, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "WERKBLAD OPTIES", "OPTIONS WORKSHEET").to_owned()));
    f.0.push(Block::Note("© Den Hollander & Wilken (2011)".to_owned()));
    let goal = plan.goal(&sheet.goal).map_or_else(|| sheet.goal.clone(), |g| g.result.as_str().to_owned());
    f.0.push(Block::Fields(vec![(t(lang, "Doel", "Goal").to_owned(), vec![text(&goal)])]));
    let head = [t(lang, "Opties", "Options"), t(lang, "Voordelen", "Advantages"), t(lang, "Nadelen", "Disadvantages")];
    let rows = sheet
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            vec![
                vec![
                    label(&format!("{}. ", i + 1)),
                    text(o.description.as_str()),
                    label(" "),
                    Span::Em(format!("({})", o.ring.label(lang))),
                ],
                cells(&o.advantages),
                cells(&o.disadvantages),
            ]
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    let pick = |n: Option<u32>| match n.and_then(|n| sheet.option(n).map(|o| (n, o))) {
        Some((n, o)) => vec![label(&format!("{n}. ")), text(o.description.as_str())],
        None => vec![label("-")],
    };
    f.0.push(Block::Fields(vec![
        (t(lang, "Beste optie", "Best option").to_owned(), pick(sheet.best)),
        (t(lang, "Op één na beste optie", "Second-best option").to_owned(), pick(sheet.second_best)),
    ]));
    f
}

/// One Werkblad Opties as Markdown; the goal's result is taken from `plan`.
pub fn render_worksheet(sheet: &OptionsWorksheet, plan: &Plan, lang: Lang) -> String {
    worksheet_form(sheet, plan, lang).markdown()
}

/// The Persoonlijk Profiel as a form: all eight life domains, as on the form (002:1544-1587).
pub(crate) fn profile_form(profile: &PersonalProfile, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "PERSOONLIJK PROFIEL", "PERSONAL PROFILE").to_owned()));
    f.0.push(Block::Note("© Den Hollander & Wilken (2011)".to_owned()));
    let client = profile.client.as_ref().map_or("-", |c| c.as_str());
    f.0.push(Block::Fields(vec![(t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(), vec![text(client)])]));
    let head = vec![
        String::new(),
        t(lang, "Huidige mogelijkheden en ervaringen", "Current possibilities and experiences").to_owned(),
        t(lang, "Wensen", "Wishes").to_owned(),
        t(lang, "Vroegere mogelijkheden en ervaringen", "Earlier possibilities and experiences").to_owned(),
    ];
    let rows = LifeDomain::ALL
        .iter()
        .map(|d| {
            let (now, wishes, earlier) = match profile.domain(*d) {
                Some(e) => (cells(&e.current), cells(&e.wishes), cells(&e.earlier)),
                None => Default::default(),
            };
            vec![vec![Span::Strong(d.label(lang).to_owned())], now, wishes, earlier]
        })
        .collect();
    f.0.push(Block::Table { head, rows });
    f.0.push(Block::Heading(t(lang, "Welke wensen zijn het belangrijkst?", "Which wishes matter most?").to_owned()));
    let items = profile.important_wishes.iter().map(|w| Item { line: vec![text(w.as_str())], sub: None }).collect();
    f.0.push(Block::List { ordered: true, items });
    f
}

/// The Persoonlijk Profiel as Markdown: all eight life domains, as on the form.
pub fn render_profile(profile: &PersonalProfile, lang: Lang) -> String {
    profile_form(profile, lang).markdown()
}

/// Renders `part` of a case as Markdown; the plan is version `version` (the newest when `None`).
pub fn render_case(case: &SupportCase, part: RenderPart, version: Option<u32>, lang: Lang) -> Result<String, Error> {
    render_case_as(case, part, version, lang, RenderFormat::Markdown)
}

/// Renders `part` of a case in `format` (Markdown or HTML).
pub fn render_case_as(
    case: &SupportCase,
    part: RenderPart,
    version: Option<u32>,
    lang: Lang,
    format: RenderFormat,
) -> Result<String, Error> {
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
        |p: &Plan| p.worksheets.iter().map(|w| worksheet_form(w, p, lang).write(format)).collect::<Vec<_>>().join("\n");
    Ok(match part {
        RenderPart::Plan => plan_form(plan()?, lang).write(format),
        RenderPart::Options => worksheets(plan()?),
        RenderPart::Profile => profile_form(profile()?, lang).write(format),
        RenderPart::All => {
            let p = plan()?;
            let mut parts = Vec::new();
            if let Some(pr) = &case.profile {
                parts.push(profile_form(pr, lang).write(format));
            }
            if !p.worksheets.is_empty() {
                parts.push(worksheets(p));
            }
            parts.push(plan_form(p, lang).write(format));
            parts.join("\n")
        }
    })
}
