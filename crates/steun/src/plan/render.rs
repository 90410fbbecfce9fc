//! Markdown and HTML renderings of the forms, laid out like the seed's forms, in Dutch or English,
//! for a case worker to share with the client or print for them to sign: the assessment grid
//! (002:1495-1532), the Persoonlijk Profiel (002:1544-1587), the Werkblad Opties
//! (002:1669-1681), the Plan van Aanpak (002:1697-1754), the Wmo application (002:1768-1782)
//! and the evaluation (002:1813-1832).
//!
//! Dutch forms use Dutch conventions ("5 juni 2012", "1,5 uur"), English forms English ones
//! ("5 June 2012", "1.5 hours"); no internal code or goal id appears on a form. The output
//! contains the client's own texts; it is meant for the client and their case worker only.
//! Every text of the case is escaped (see [`super::form`]), in Markdown and in HTML, so a
//! client's words cannot inject markup or links. Every lookup goes through a map built once
//! per plan, so rendering is linear in the size of the case.

mod application;
mod evaluation;
mod grid;

use std::collections::HashMap;

use super::case::SupportCase;
use super::form::{write_forms, Block, Form, Item, Line, RenderFormat, Span};
use super::goal::Goal;
use super::labels::{yes_no, DAY_ACTIVITY, INFORMED_OF_CLIENT_SUPPORT};
use super::options::OptionsWorksheet;
use super::plan::{Extent, Helper, Plan, WmoClaim};
use crate::date::Date;
use crate::lang::{labelled_enum, Labelled, Lang};
use crate::life_domain::LifeDomain;
use crate::personal_profile::PersonalProfile;
use crate::support::SolutionRing;
use crate::text::FreeText;
use crate::Error;

pub use application::render_application;
pub use evaluation::render_evaluation;
pub use grid::render_grid;

labelled_enum! {
    /// Which form of a case to render.
    pub enum RenderPart {
        /// The Plan van Aanpak (002:1697-1754), with lines for the client and the consultant to sign.
        Plan = "plan" { nl: "Plan van Aanpak", en: "Plan of action" },
        /// The options worksheets (002:1669-1681).
        Options = "options" { nl: "Werkblad Opties", en: "Options worksheet" },
        /// The Personal Profile (002:1544-1587).
        Profile = "profile" { nl: "Persoonlijk Profiel", en: "Personal Profile" },
        /// Grid, profile, worksheets and plan, in the order they are made.
        All = "all" { nl: "Alles", en: "All" },
        /// The assessment grid of information gathering (002:1495-1532).
        Grid = "grid" { nl: "Schema informatie verzamelen", en: "Assessment grid" },
        /// The evaluations of a plan version, or the newest evaluation (002:1813-1832).
        Evaluation = "evaluation" { nl: "Evaluatie", en: "Evaluation" },
        /// The Wmo application assembled from a plan version (002:1768-1782).
        Application = "application" { nl: "Wmo-aanvraag", en: "Wmo application" },
    }
}

pub(crate) fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

pub(crate) fn text(s: &str) -> Span {
    Span::Text(s.to_owned())
}

pub(crate) fn label(s: &str) -> Span {
    Span::Label(s.to_owned())
}

/// Several texts of the case in one cell, one per line.
pub(crate) fn cells<'a>(items: impl IntoIterator<Item = &'a FreeText>) -> Line {
    let mut line = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            line.push(Span::Break);
        }
        line.push(text(item.as_str()));
    }
    line
}

/// Texts of the case as list items; a dash when there are none, as on a filled-in form.
pub(crate) fn items_or_dash<'a>(items: impl IntoIterator<Item = &'a FreeText>) -> Vec<Item> {
    let mut out: Vec<Item> = items.into_iter().map(|a| Item { line: vec![text(a.as_str())], sub: None }).collect();
    if out.is_empty() {
        out.push(Item { line: vec![label("-")], sub: None });
    }
    out
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a form writes it: "5 juni 2012", "5 June 2012".
pub fn date_text(d: Date, lang: Lang) -> String {
    let months = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    let month = months.get(usize::from(d.month()).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{} {month} {}", d.day(), d.year())
}

/// An amount as a form writes it: at most two decimals, no trailing zeros, a decimal comma
/// in Dutch ("1,5") and a point in English ("1.5").
pub fn amount_text(x: f64, lang: Lang) -> String {
    let mut s = format!("{x:.2}");
    if s.contains('.') {
        let trimmed = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(trimmed);
    }
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// An extent: "3 uur per week", "1,5 uur per week"; English "1 hour per week".
pub(crate) fn extent_text(e: &Extent, lang: Lang) -> String {
    let unit = e.unit.label(lang);
    // English units are plural ("hours per week"); one takes the singular.
    let unit = match (lang, unit.split_once(' ')) {
        (Lang::En, Some((first, rest))) if e.amount == 1.0 && first.ends_with('s') => {
            format!("{} {rest}", &first[..first.len() - 1])
        }
        _ => unit.to_owned(),
    };
    format!("{} {unit}", amount_text(e.amount, lang))
}

/// The ring of one provision or option, in the singular ("Individuele voorziening"); the
/// catalogue's labels name the ring as a category, in the plural.
pub(crate) fn ring_singular(ring: SolutionRing, lang: Lang) -> &'static str {
    match ring {
        SolutionRing::OwnStrength => t(lang, "Eigen kracht", "Own strength"),
        SolutionRing::SocialNetwork => t(lang, "Sociaal netwerk", "Social network"),
        SolutionRing::GeneralProvision => t(lang, "Algemene voorziening", "General provision"),
        SolutionRing::IndividualProvision => t(lang, "Individuele voorziening", "Individual provision"),
    }
}

/// A label with a lower-case first letter, for use inside a line.
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The goals of a plan numbered as the form lists them (by priority, from 1), with a map
/// from goal id to that number built once.
pub(crate) struct GoalIndex<'a> {
    pub ordered: Vec<&'a Goal>,
    number: HashMap<&'a str, usize>,
}

impl<'a> GoalIndex<'a> {
    pub(crate) fn new(plan: &'a Plan) -> Self {
        let mut ordered: Vec<&Goal> = plan.goals.iter().collect();
        ordered.sort_by_key(|g| g.priority);
        let mut number = HashMap::with_capacity(ordered.len());
        for (i, g) in ordered.iter().enumerate() {
            // A duplicate id (a validation error) keeps its first number.
            number.entry(g.id.as_str()).or_insert(i + 1);
        }
        GoalIndex { ordered, number }
    }

    /// The goal's number on the form and the goal.
    pub(crate) fn get(&self, id: &str) -> Option<(usize, &'a Goal)> {
        let n = *self.number.get(id)?;
        self.ordered.get(n - 1).map(|g| (n, *g))
    }

    /// "Doel 1: <result>" for a goal id; an unknown id (a validation error) is named as
    /// such, never shown, since ids are internal and in English.
    pub(crate) fn line(&self, id: &str, lang: Lang) -> Line {
        match self.get(id) {
            Some((n, g)) => vec![label(&format!("{} {n}: ", t(lang, "Doel", "Goal"))), text(g.result.as_str())],
            None => vec![label(t(lang, "Onbekend doel", "Unknown goal"))],
        }
    }

    /// Which goal a step serves, for the step table: "Doel 1", or "Alle doelen" for a step
    /// linked to no goal.
    fn step_tag(&self, goal: Option<&str>, lang: Lang) -> String {
        match goal {
            None => t(lang, "Voor alle doelen", "For all goals").to_owned(),
            Some(id) => match self.get(id) {
                Some((n, _)) => format!("{} {n}", t(lang, "Voor doel", "For goal")),
                None => t(lang, "Onbekend doel", "Unknown goal").to_owned(),
            },
        }
    }
}

/// The words of a relation label: "Vriend(in)" gives "vriend" and "vriendin",
/// "Buurman/buurvrouw" gives "buurman" and "buurvrouw".
fn relation_words(label: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in label.split('/') {
        let part = part.trim().to_lowercase();
        match part.split_once('(') {
            Some((base, rest)) => {
                let base = base.trim();
                out.push(base.to_owned());
                out.push(format!("{base}{}", rest.trim_end_matches(')')));
            }
            None => out.push(part),
        }
    }
    out
}

/// A helper in the "Wat anderen doen" column: "Buurman: herinnert ..."; the relation is added
/// only when it says more than `who` ("Teamgenote ... (Teamgenoot/clubgenoot): ...").
fn helper_line(h: &Helper, lang: Lang, out: &mut Line) {
    out.push(text(h.who.as_str()));
    let rel = h.relation.label(lang);
    let who = h.who.as_str().trim().to_lowercase();
    if relation_words(rel).contains(&who) {
        out.push(label(": "));
    } else {
        out.push(label(&format!(" ({rel}): ")));
    }
    out.push(text(h.does.as_str()));
}

/// A claim in the Wmo column: "Huishoudelijke hulp (Thuiszorg): individuele voorziening,
/// in natura, 3 uur per week".
fn claim_line(c: &WmoClaim, lang: Lang, out: &mut Line) {
    out.push(text(c.provision.as_str()));
    let mut x = format!(": {}, {}", lower_first(ring_singular(c.ring, lang)), lower_first(c.form.label(lang)));
    if let Some(e) = &c.extent {
        x += &format!(", {}", extent_text(e, lang));
    }
    out.push(label(&x));
}

/// The Plan van Aanpak as a form (002:1697-1754), with the signature block. With `focus`,
/// the form of that one goal, as the book's form has one goal (002:1713): its own
/// steps and those for all goals, numbered as in the whole plan. When recorded, the form
/// shows the case's `informed` (`informed_of_client_support`, 003:33, 003:62) and each goal's
/// `day_activity` (000:1314-1320).
pub(crate) fn plan_form(
    plan: &Plan,
    goals: &GoalIndex<'_>,
    focus: Option<usize>,
    informed: Option<bool>,
    lang: Lang,
) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "PLAN VAN AANPAK", "PLAN OF ACTION").to_owned()));
    let eval = plan.evaluation_date.map_or_else(|| "-".to_owned(), |d| date_text(d, lang));
    let mut fields = vec![
        (t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(), vec![text(plan.client.as_str())]),
        (t(lang, "Versie", "Version").to_owned(), vec![label(&plan.version.to_string())]),
        (t(lang, "Datum opstellen", "Date drawn up").to_owned(), vec![label(&date_text(plan.drawn_up, lang))]),
        (t(lang, "Datum evaluatie", "Evaluation date").to_owned(), vec![label(&eval)]),
    ];
    // Told of free, independent cliëntondersteuning, when recorded (003:33, 003:62).
    if let Some(v) = informed {
        fields.push((INFORMED_OF_CLIENT_SUPPORT.get(lang).to_owned(), vec![label(yes_no(v, lang))]));
    }
    f.0.push(Block::Fields(fields));
    f.0.push(Block::Heading(format!("{}:", t(lang, "Te bereiken resultaat (doel)", "Result to reach (goal)"))));
    let focused = focus.and_then(|n| goals.ordered.get(n.wrapping_sub(1)).map(|g| (n, *g)));
    let item = |g: &Goal, number: Option<usize>| {
        let mut line = Vec::new();
        if let Some(n) = number {
            line.push(label(&format!("{} {n}: ", t(lang, "Doel", "Goal"))));
        }
        let mut note = g.term.label(lang).to_owned();
        // A day-activity goal, when recorded (000:1314-1320).
        if let Some(v) = g.day_activity {
            note += &format!("; {}: {}", lower_first(DAY_ACTIVITY.get(lang)), lower_first(yes_no(v, lang)));
        }
        line.extend([text(g.result.as_str()), label(" "), Span::Em(format!("({note})"))]);
        Item {
            line,
            sub: (!g.personal_preferences.is_empty()).then(|| {
                let prefs = g.personal_preferences.iter().map(|p| vec![text(p.as_str())]).collect();
                (t(lang, "Persoonlijke voorkeuren", "Personal preferences").to_owned(), prefs)
            }),
        }
    };
    match focused {
        Some((n, g)) => f.0.push(Block::List { ordered: false, items: vec![item(g, Some(n))] }),
        None => f.0.push(Block::List { ordered: true, items: goals.ordered.iter().map(|g| item(g, None)).collect() }),
    }
    f.0.push(Block::Heading(format!(
        "{}:",
        t(lang, "Benodigde hulpmiddelen of voorzieningen", "Aids or provisions needed")
    )));
    f.0.push(Block::List { ordered: false, items: items_or_dash(&plan.aids) });
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
        .filter_map(|(i, step)| {
            let serves = step.goal.as_deref().and_then(|id| goals.get(id)).map(|(n, _)| n);
            // On one goal's form: its steps untagged; steps for all goals (and steps whose goal
            // is unknown, so that no step is lost) tagged. On the whole plan's form, with one
            // goal every step serves it; with more, each step says which.
            let tag = match focused {
                Some((n, _)) if serves == Some(n) => false,
                Some(_) if serves.is_some() => return None,
                Some(_) => true,
                None => goals.ordered.len() > 1,
            };
            let mut first = vec![label(&format!("{}. ", i + 1)), text(step.activity.as_str())];
            if tag {
                first.push(Span::Break);
                first.push(Span::Em(goals.step_tag(step.goal.as_deref(), lang)));
            }
            let mut others = Vec::new();
            for (k, h) in step.others.iter().enumerate() {
                if k > 0 {
                    others.push(Span::Break);
                }
                helper_line(h, lang, &mut others);
            }
            let mut wmo = Vec::new();
            for (k, c) in step.wmo.iter().enumerate() {
                if k > 0 {
                    wmo.push(Span::Break);
                }
                claim_line(c, lang, &mut wmo);
            }
            Some(vec![first, cells(&step.own), others, cells(&step.professional), wmo])
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    f.0.push(Block::Signatures {
        signers: vec![t(lang, "Cliënt", "Client").to_owned(), t(lang, "Consulent", "Consultant").to_owned()],
        lines: [t(lang, "Naam", "Name"), t(lang, "Handtekening", "Signature"), t(lang, "Datum", "Date")]
            .map(str::to_owned)
            .to_vec(),
    });
    f
}

/// The plan's forms: one for the whole plan, or with `per_goal` one per goal (one form when
/// the plan has no goal).
fn plan_forms(
    plan: &Plan,
    goals: &GoalIndex<'_>,
    per_goal: bool,
    informed: Option<bool>,
    lang: Lang,
    out: &mut Vec<Form>,
) {
    if per_goal && !goals.ordered.is_empty() {
        out.extend((1..=goals.ordered.len()).map(|n| plan_form(plan, goals, Some(n), informed, lang)));
    } else {
        out.push(plan_form(plan, goals, None, informed, lang));
    }
}

/// The Plan van Aanpak as Markdown.
pub fn render_plan(plan: &Plan, lang: Lang) -> String {
    plan_form(plan, &GoalIndex::new(plan), None, None, lang).markdown()
}

/// One Werkblad Opties as a form (002:1669-1681); the goal's result is taken from `goals`.
pub(crate) fn worksheet_form(sheet: &OptionsWorksheet, goals: &GoalIndex<'_>, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "WERKBLAD OPTIES", "OPTIONS WORKSHEET").to_owned()));
    f.0.push(Block::Note("© Den Hollander & Wilken (2011)".to_owned()));
    f.0.push(Block::Fields(vec![(t(lang, "Doel", "Goal").to_owned(), goal_value(goals, &sheet.goal, lang))]));
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
                    Span::Em(format!("({})", ring_singular(o.ring, lang))),
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

/// The goal's result for a form's "Doel" field, without its number.
fn goal_value(goals: &GoalIndex<'_>, id: &str, lang: Lang) -> Line {
    match goals.get(id) {
        Some((_, g)) => vec![text(g.result.as_str())],
        None => vec![label(t(lang, "Onbekend doel", "Unknown goal"))],
    }
}

/// One Werkblad Opties as Markdown; the goal's result is taken from `plan`.
pub fn render_worksheet(sheet: &OptionsWorksheet, plan: &Plan, lang: Lang) -> String {
    worksheet_form(sheet, &GoalIndex::new(plan), lang).markdown()
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

/// How to render: the format and whether the plan is one form per goal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Markdown (the default) or an HTML document to print.
    pub format: RenderFormat,
    /// One Plan van Aanpak per goal, as the book's form (002:1713), instead of one form
    /// with every step tagged with its goal.
    pub per_goal: bool,
}

/// Renders `part` of a case as Markdown; the plan is version `version` (the newest when `None`).
pub fn render_case(case: &SupportCase, part: RenderPart, version: Option<u32>, lang: Lang) -> Result<String, Error> {
    render_case_as(case, part, version, lang, RenderFormat::Markdown)
}

fn no_plan(case: &SupportCase) -> Error {
    let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
    let refs: Vec<&str> = versions.iter().map(String::as_str).collect();
    Error::not_found("plan version", "", &refs)
}

/// The forms of `part` of a case.
fn forms(
    case: &SupportCase,
    part: RenderPart,
    version: Option<u32>,
    lang: Lang,
    per_goal: bool,
) -> Result<Vec<Form>, Error> {
    let plan = || {
        match version {
            Some(v) => case.plan(v),
            None => case.current_plan(),
        }
        .ok_or_else(|| no_plan(case))
    };
    let missing =
        |key: &str, what: &str| Error::invalid(crate::Path::root().key(key), format!("the case has no {what}"));
    let worksheets = |p: &Plan, goals: &GoalIndex<'_>, out: &mut Vec<Form>| {
        out.extend(p.worksheets.iter().map(|w| worksheet_form(w, goals, lang)));
    };
    let mut out = Vec::new();
    match part {
        RenderPart::Plan => {
            let p = plan()?;
            plan_forms(p, &GoalIndex::new(p), per_goal, case.informed_of_client_support, lang, &mut out);
        }
        RenderPart::Options => {
            let p = plan()?;
            worksheets(p, &GoalIndex::new(p), &mut out);
        }
        RenderPart::Profile => {
            out.push(profile_form(case.profile.as_ref().ok_or_else(|| missing("profile", "profile"))?, lang))
        }
        RenderPart::Grid => out.push(grid::grid_form(
            case.grid.as_ref().ok_or_else(|| missing("grid", "assessment grid"))?,
            &case.client,
            lang,
        )),
        RenderPart::Application => {
            let p = plan()?;
            out.push(application::application_form(p, case.grid.as_ref(), lang));
        }
        RenderPart::Evaluation => out.extend(evaluation::evaluation_forms(case, version, lang)?),
        RenderPart::All => {
            let p = plan()?;
            let goals = GoalIndex::new(p);
            if let Some(g) = &case.grid {
                out.push(grid::grid_form(g, &case.client, lang));
            }
            if let Some(pr) = &case.profile {
                out.push(profile_form(pr, lang));
            }
            worksheets(p, &goals, &mut out);
            plan_forms(p, &goals, per_goal, case.informed_of_client_support, lang, &mut out);
        }
    }
    Ok(out)
}

/// Renders `part` of a case in `format`: Markdown, or one HTML document to print (A4), each
/// form on its own page.
pub fn render_case_as(
    case: &SupportCase,
    part: RenderPart,
    version: Option<u32>,
    lang: Lang,
    format: RenderFormat,
) -> Result<String, Error> {
    render_case_with(case, part, version, lang, RenderOptions { format, per_goal: false })
}

/// Renders `part` of a case with `options`.
pub fn render_case_with(
    case: &SupportCase,
    part: RenderPart,
    version: Option<u32>,
    lang: Lang,
    options: RenderOptions,
) -> Result<String, Error> {
    let forms = forms(case, part, version, lang, options.per_goal)?;
    Ok(write_forms(&forms, options.format, lang.code(), part.label(lang)))
}
