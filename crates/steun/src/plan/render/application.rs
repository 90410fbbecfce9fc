//! The Wmo application as a form (002:1768-1782): its parts in the seed's order, assembled
//! from the plan by [`crate::plan::application::assemble`], and the parts still missing. steun
//! does not decide the application (002:1785-1797); the form says so.

use super::{date_text, extent_text, items_or_dash, label, lower_first, ring_singular, t, text};
use crate::assessment_grid::AssessmentGrid;
use crate::lang::{Labelled, Lang};
use crate::plan::application::assemble;
use crate::plan::form::{Block, Form, Item, Span};
use crate::plan::labels::ApplicationPart;
use crate::plan::plan::Plan;

fn part(f: &mut Form, p: ApplicationPart, lang: Lang) {
    f.0.push(Block::Heading(format!("{}:", p.label(lang))));
}

/// The application for `plan` as a form; the problems fall back to `grid`'s barriers.
pub(crate) fn application_form(plan: &Plan, grid: Option<&AssessmentGrid>, lang: Lang) -> Form {
    let app = assemble(plan, grid);
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "WMO-AANVRAAG", "WMO APPLICATION").to_owned()));
    f.0.push(Block::Note(
        t(
            lang,
            "Samengesteld uit het Plan van Aanpak; de gemeente beoordeelt de aanvraag.",
            "Assembled from the plan of action; the municipality assesses the application.",
        )
        .to_owned(),
    ));
    f.0.push(Block::Fields(vec![
        (t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(), vec![text(app.client.as_str())]),
        (
            t(lang, "Plan van Aanpak", "Plan of action").to_owned(),
            vec![label(&format!(
                "{} {}, {} {}",
                t(lang, "versie", "version"),
                plan.version,
                t(lang, "opgesteld op", "drawn up on"),
                date_text(plan.drawn_up, lang)
            ))],
        ),
    ]));
    part(&mut f, ApplicationPart::Problems, lang);
    f.0.push(Block::List { ordered: false, items: items_or_dash(&app.problems) });
    part(&mut f, ApplicationPart::ProblemAnalysis, lang);
    f.0.push(Block::Para(app.problem_analysis.as_ref().map_or_else(|| vec![label("-")], |a| vec![text(a.as_str())])));
    part(&mut f, ApplicationPart::SolutionDirection, lang);
    // The direction is a set of rings, each a category: the catalogue's (plural) labels.
    let mut direction: Vec<Item> =
        app.solution_direction.iter().map(|r| Item { line: vec![label(r.label(lang))], sub: None }).collect();
    if direction.is_empty() {
        direction.push(Item { line: vec![label("-")], sub: None });
    }
    f.0.push(Block::List { ordered: false, items: direction });
    part(&mut f, ApplicationPart::SolutionMotivation, lang);
    f.0.push(Block::Para(
        app.solution_motivation.as_ref().map_or_else(|| vec![label("-")], |a| vec![text(a.as_str())]),
    ));
    part(&mut f, ApplicationPart::IntendedResults, lang);
    let results: Vec<Item> =
        app.intended_results.iter().map(|r| Item { line: vec![text(r.as_str())], sub: None }).collect();
    f.0.push(Block::List { ordered: true, items: results });
    part(&mut f, ApplicationPart::Measures, lang);
    let head = [
        t(lang, "Stap", "Step"),
        t(lang, "Voorziening", "Provision"),
        t(lang, "Soort", "Kind"),
        t(lang, "Vorm", "Form"),
        t(lang, "Omvang", "Extent"),
        t(lang, "Motivatie", "Motivation"),
    ];
    let rows = app
        .measures
        .iter()
        .map(|m| {
            vec![
                vec![label(&m.step.to_string())],
                vec![text(m.provision.as_str())],
                vec![label(ring_singular(m.ring, lang))],
                vec![label(m.form.label(lang))],
                vec![label(&m.extent.as_ref().map_or_else(|| "-".to_owned(), |e| extent_text(e, lang)))],
                m.motivation.as_ref().map_or_else(|| vec![label("-")], |a| vec![text(a.as_str())]),
            ]
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    if !app.missing.is_empty() {
        f.0.push(Block::Heading(format!("{}:", t(lang, "Nog niet ingevuld", "Not yet filled in"))));
        let missing =
            app.missing.iter().map(|p| Item { line: vec![Span::Em(lower_first(p.label(lang)))], sub: None }).collect();
        f.0.push(Block::List { ordered: false, items: missing });
    }
    f
}

/// The Wmo application for `plan` as Markdown.
pub fn render_application(plan: &Plan, grid: Option<&AssessmentGrid>, lang: Lang) -> String {
    application_form(plan, grid, lang).markdown()
}
