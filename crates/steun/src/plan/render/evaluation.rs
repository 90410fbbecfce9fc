//! The evaluation as a form (002:1813-1832): per goal of the evaluated plan whether it was
//! reached, how the client experienced the activities, what was learnt and how the plan is
//! adjusted; then the process, since "de evaluatie betreft zowel de processen als het
//! resultaat" (002:1830-1831).

use std::collections::HashMap;

use super::{cells, date_text, label, t, text, GoalIndex};
use crate::lang::{Labelled, Lang};
use crate::plan::case::SupportCase;
use crate::plan::evaluation::Evaluation;
use crate::plan::form::{Block, Form, Item, Span};
use crate::plan::labels::{yes_no, CLIENT_PRESENT};
use crate::plan::plan::Plan;
use crate::Error;

/// One evaluation as a form; `plan` is the evaluated plan with its goals, when the case has it.
/// When recorded, it shows whether the client took part (`client_present`, 000:2771-2775).
pub(crate) fn evaluation_form(e: &Evaluation, plan: Option<&(&Plan, GoalIndex<'_>)>, client: &str, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "EVALUATIE", "EVALUATION").to_owned()));
    let version = match plan {
        Some((p, _)) => format!(
            "{} {}, {} {}",
            t(lang, "versie", "version"),
            p.version,
            t(lang, "opgesteld op", "drawn up on"),
            date_text(p.drawn_up, lang)
        ),
        None => format!("{} {} ({})", t(lang, "versie", "version"), e.plan_version, t(lang, "onbekend", "unknown")),
    };
    let mut fields = vec![
        (t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(), vec![text(client)]),
        (t(lang, "Datum evaluatiegesprek", "Date of the evaluation").to_owned(), vec![label(&date_text(e.date, lang))]),
        (t(lang, "Plan van Aanpak", "Plan of action").to_owned(), vec![label(&version)]),
    ];
    // Whether the client took part, when recorded (000:2771-2775).
    if let Some(v) = e.client_present {
        fields.push((CLIENT_PRESENT.get(lang).to_owned(), vec![label(yes_no(v, lang))]));
    }
    f.0.push(Block::Fields(fields));
    let head = [
        t(lang, "Doel", "Goal"),
        t(lang, "Resultaat", "Result"),
        t(lang, "Hoe de cliënt de activiteiten ervaren heeft", "How the client experienced the activities"),
        t(lang, "Leerervaringen", "What was learnt"),
        t(lang, "Bijstelling van het plan", "Adjustment of the plan"),
    ];
    let rows = e
        .goals
        .iter()
        .map(|g| {
            let goal = match plan {
                Some((_, idx)) => idx.line(&g.goal, lang),
                None => vec![label(t(lang, "Onbekend doel", "Unknown goal"))],
            };
            vec![
                goal,
                vec![Span::Strong(g.outcome.label(lang).to_owned())],
                cells(&g.experience),
                cells(&g.learnt),
                cells(&g.adjustment),
            ]
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    f.0.push(Block::Heading(format!("{}:", t(lang, "Het proces", "The process"))));
    let mut items: Vec<Item> = e.process.iter().map(|p| Item { line: vec![text(p.as_str())], sub: None }).collect();
    if items.is_empty() {
        items.push(Item { line: vec![label("-")], sub: None });
    }
    f.0.push(Block::List { ordered: false, items });
    f
}

/// The evaluations of plan `version`, or the newest evaluation when `None`.
pub(crate) fn evaluation_forms(case: &SupportCase, version: Option<u32>, lang: Lang) -> Result<Vec<Form>, Error> {
    let chosen: Vec<&Evaluation> = match version {
        Some(v) => case.evaluations.iter().filter(|e| e.plan_version == v).collect(),
        None => case.evaluations.last().into_iter().collect(),
    };
    if chosen.is_empty() {
        let mut numbers: Vec<u32> = case.evaluations.iter().map(|e| e.plan_version).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let versions: Vec<String> = numbers.iter().map(u32::to_string).collect();
        let refs: Vec<&str> = versions.iter().map(String::as_str).collect();
        return Err(Error::not_found("evaluation of plan version", "", &refs));
    }
    // Each evaluated plan's goals are indexed once, however many evaluations it has.
    let mut plans: HashMap<u32, (&Plan, GoalIndex<'_>)> = HashMap::new();
    for p in &case.plans {
        plans.entry(p.version).or_insert_with(|| (p, GoalIndex::new(p)));
    }
    Ok(chosen.into_iter().map(|e| evaluation_form(e, plans.get(&e.plan_version), case.client.as_str(), lang)).collect())
}

/// The evaluations of plan `version` (the newest evaluation when `None`) as Markdown.
pub fn render_evaluation(case: &SupportCase, version: Option<u32>, lang: Lang) -> Result<String, Error> {
    let forms = evaluation_forms(case, version, lang)?;
    Ok(forms.iter().map(Form::markdown).collect::<Vec<_>>().join("\n"))
}
