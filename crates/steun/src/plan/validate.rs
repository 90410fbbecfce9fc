//! Validation of support plans: rules of the forms and of the method, reported as findings
//! with a stable code, a severity, the JSON path, a Dutch and English message and the seed
//! lines behind the rule. A case that parses never fails validation; it gets findings.
//!
//! Validation takes time and memory linear in the case: goal ids, plan versions and the
//! inner rings per goal are looked up in hash sets built once per plan.

use std::collections::{HashMap, HashSet};

use super::application::assemble;
use super::case::SupportCase;
use super::goal::WishRef;
use super::labels::{FindingCode, Severity, WishSource};
use super::plan::Plan;
use crate::assessment_grid::AssessmentGrid;
use crate::lang::{Bilingual, Labelled, Lang};
use crate::personal_profile::PersonalProfile;
use crate::support::SolutionRing;
use crate::text::FreeText;
use crate::Path;

/// The instrument id carried by every result of this module.
pub const INSTRUMENT: &str = "steun.plan";

/// The version of the plan rules (validation, application, diff); raise it when one changes.
pub const RULES_VERSION: &str = "1.1.0";

/// Fewer options than this on a worksheet gives `options_too_few`. Interpretation: the
/// worksheet ends by choosing a best and a second-best option (002:1682-1691), which
/// takes at least two.
pub const MIN_OPTIONS: usize = 2;

/// One finding of plan validation.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The rule's stable code.
    pub code: FindingCode,
    /// How serious it is.
    pub severity: Severity,
    /// The JSON path in the support case it concerns, e.g. `plans[0].steps[2]`.
    pub path: String,
    /// What is wrong, in Dutch and English; never repeats personal text.
    pub message: Bilingual,
    /// The seed lines behind the rule, e.g. `002:1632-1636`.
    pub source: String,
}

/// The result of validating a support case.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Findings {
    /// The instrument that produced the result (`steun.plan`).
    pub instrument: String,
    /// The version of the plan rules that produced it (formerly `version`, the crate's).
    #[serde(alias = "version")]
    pub instrument_version: String,
    /// The findings, in document order.
    pub findings: Vec<Finding>,
}

impl Findings {
    /// True when some finding has severity `error`.
    pub fn has_errors(&self) -> bool {
        has_errors(&self.findings)
    }

    /// The findings with this code.
    pub fn with_code(&self, code: FindingCode) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.code == code)
    }
}

/// True when some finding has severity `error`: the case needs work before the plan can be
/// used; warnings alone do not block it.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

struct Out(Vec<Finding>);

impl Out {
    fn add(&mut self, code: FindingCode, severity: Severity, path: &Path, nl: String, en: String, source: &str) {
        self.0.push(Finding {
            code,
            severity,
            path: path.to_string(),
            message: Bilingual::new(nl, en),
            source: source.to_owned(),
        });
    }
}

/// Validates every plan version and evaluation of a case.
pub fn validate_case(case: &SupportCase) -> Findings {
    let mut out = Out(Vec::new());
    for (i, plan) in case.plans.iter().enumerate() {
        let at = Path::root().key("plans").index(i);
        plan_rules(plan, case.profile.as_ref(), case.grid.as_ref(), &at, &mut out);
    }
    evaluation_rules(case, &mut out);
    isolation_rules(case, &mut out);
    out.0.extend(super::zrm_checks::findings(case));
    Findings { instrument: INSTRUMENT.to_owned(), instrument_version: RULES_VERSION.to_owned(), findings: out.0 }
}

/// With a known isolation type of category 3 or 4, interventions aimed at participation and
/// network growth are usually not realistic (002:4409-4420): a warning for each such goal.
/// Whether a category allows them is the isolation module's rule, not repeated here.
fn isolation_rules(case: &SupportCase, out: &mut Out) {
    let Some(t) = case.isolation_type else { return };
    let typology = crate::isolation::result_for(t);
    if typology.participation_interventions_realistic {
        return;
    }
    for (i, plan) in case.plans.iter().enumerate() {
        for (j, goal) in plan.goals.iter().enumerate() {
            if goal.aims_at_participation() {
                out.add(
                    FindingCode::ParticipationGoalUnrealistic,
                    Severity::Warning,
                    &Path::root().key("plans").index(i).key("goals").index(j),
                    format!(
                        "Dit doel richt zich op participatie of uitbreiding van het netwerk; bij het isolementstype {} (categorie {}) is dat meestal niet realistisch.",
                        t.label(Lang::Nl),
                        typology.category
                    ),
                    format!(
                        "This goal aims at participation or network growth; for the isolation type {} (category {}) that is usually not realistic.",
                        t.label(Lang::En),
                        typology.category
                    ),
                    "002:4409-4420",
                );
            }
        }
    }
}

/// Validates one plan against the profile and grid its wish references point into; paths
/// are relative to the plan.
pub fn validate_plan(plan: &Plan, profile: Option<&PersonalProfile>, grid: Option<&AssessmentGrid>) -> Findings {
    let mut out = Out(Vec::new());
    plan_rules(plan, profile, grid, &Path::root(), &mut out);
    Findings { instrument: INSTRUMENT.to_owned(), instrument_version: RULES_VERSION.to_owned(), findings: out.0 }
}

/// The wish a reference points to, if it points somewhere.
pub fn resolve_wish<'a>(
    wish: &WishRef,
    profile: Option<&'a PersonalProfile>,
    grid: Option<&'a AssessmentGrid>,
) -> Option<&'a FreeText> {
    let i = usize::try_from(wish.number).ok()?.checked_sub(1)?;
    match wish.source {
        WishSource::ImportantWishes => profile?.important_wishes.get(i),
        WishSource::PersonalProfile => profile?.domain(wish.domain?)?.wishes.get(i),
        WishSource::AssessmentGrid => grid?.row(wish.dimension?)?.wishes.get(i),
    }
}

/// The goal ids of a plan, for lookups in constant time.
fn goal_ids(plan: &Plan) -> HashSet<&str> {
    plan.goals.iter().map(|g| g.id.as_str()).collect()
}

fn goal_rules(plan: &Plan, profile: Option<&PersonalProfile>, grid: Option<&AssessmentGrid>, at: &Path, out: &mut Out) {
    use FindingCode::*;
    let mut earlier: HashSet<&str> = HashSet::with_capacity(plan.goals.len());
    if plan.goals.is_empty() {
        out.add(
            NoGoals,
            Severity::Error,
            &at.clone().key("goals"),
            "Het plan heeft geen doel: het beoogde resultaat ontbreekt.".into(),
            "The plan has no goal: the intended result is missing.".into(),
            "002:1626-1628, 002:1711-1713",
        );
    }
    for (j, goal) in plan.goals.iter().enumerate() {
        let g = at.clone().key("goals").index(j);
        if !earlier.insert(goal.id.as_str()) {
            out.add(
                DuplicateGoalId,
                Severity::Error,
                &g.clone().key("id"),
                "Deze doel-id komt al eerder in het plan voor; stappen en evaluaties verwijzen ernaar.".into(),
                "This goal id already occurs earlier in the plan; steps and evaluations refer to it.".into(),
                "002:1626-1631",
            );
        }
        if goal.result.is_blank() {
            out.add(
                GoalWithoutResult,
                Severity::Error,
                &g.clone().key("result"),
                "Het doel noemt geen te behalen resultaat.".into(),
                "The goal states no result to reach.".into(),
                "002:1626-1628",
            );
        }
        if goal.personal_preferences.iter().all(FreeText::is_blank) {
            out.add(
                GoalWithoutPersonalPreferences,
                Severity::Warning,
                &g.clone().key("personal_preferences"),
                "Het doel noemt geen persoonlijke voorkeuren: wat het doel voor de persoon betekent.".into(),
                "The goal states no personal preferences: what the goal means to the person.".into(),
                "002:1632-1650",
            );
        }
        if let Some(wish) = &goal.wish {
            if resolve_wish(wish, profile, grid).is_none() {
                out.add(
                    UnknownWishReference,
                    Severity::Error,
                    &g.clone().key("wish"),
                    format!(
                        "De verwijzing naar een wens ({}) wijst naar geen wens in het profiel of het schema van de casus.",
                        wish.source.label(Lang::Nl)
                    ),
                    format!(
                        "The wish reference ({}) points to no wish in the case's profile or grid.",
                        wish.source.label(Lang::En)
                    ),
                    "002:1541-1606, 002:1626-1628",
                );
            }
        }
    }
}

fn date_rules(plan: &Plan, at: &Path, out: &mut Out) {
    let p = at.clone().key("evaluation_date");
    match plan.evaluation_date {
        None => out.add(
            FindingCode::MissingEvaluationDate,
            Severity::Error,
            &p,
            "Het plan heeft geen evaluatiedatum.".into(),
            "The plan has no evaluation date.".into(),
            "002:1717, 002:1720-1722",
        ),
        // Interpretation: an evaluation on the day the plan is drawn up evaluates nothing,
        // so the date must lie after it.
        Some(e) if e <= plan.drawn_up => out.add(
            FindingCode::EvaluationBeforeDrawnUp,
            Severity::Error,
            &p,
            "De evaluatiedatum ligt niet na de datum van opstellen.".into(),
            "The evaluation date is not after the date the plan was drawn up.".into(),
            "002:1720-1722",
        ),
        Some(_) => {}
    }
}

fn step_rules(plan: &Plan, ids: &HashSet<&str>, at: &Path, out: &mut Out) {
    use FindingCode::*;
    let mut inner: Option<InnerRings> = None;
    for (k, step) in plan.steps.iter().enumerate() {
        let s = at.clone().key("steps").index(k);
        if let Some(id) = &step.goal {
            if !ids.contains(id.as_str()) {
                unknown_goal(&s.clone().key("goal"), out);
            }
        }
        let nobody = step.own.iter().all(FreeText::is_blank)
            && step.others.is_empty()
            && step.professional.iter().all(FreeText::is_blank)
            && step.wmo.is_empty();
        if nobody {
            out.add(
                StepWithoutActor,
                Severity::Warning,
                &s,
                "De stap zegt niet wie iets doet: de persoon zelf, anderen, een professional of de Wmo.".into(),
                "The step says nobody who does anything: the person, others, a professional or the Wmo.".into(),
                "002:1726-1738",
            );
        }
        for (m, claim) in step.wmo.iter().enumerate() {
            let c = s.clone().key("wmo").index(m);
            if claim.motivation.as_ref().is_none_or(FreeText::is_blank) {
                out.add(
                    WmoClaimWithoutMotivation,
                    Severity::Warning,
                    &c.clone().key("motivation"),
                    "Het beroep op de Wmo heeft geen motivatie; de aanvraag vraagt de keuze en motivatie van de maatregelen.".into(),
                    "The Wmo claim has no motivation; the application asks for the chosen measures and why.".into(),
                    "002:1776-1777",
                );
            }
            if claim.ring == SolutionRing::IndividualProvision
                && !inner.get_or_insert_with(|| InnerRings::of(plan)).for_step(step.goal.as_deref())
            {
                out.add(
                    IndividualProvisionBeforeInnerRings,
                    Severity::Warning,
                    &c,
                    "Er wordt een individuele voorziening gevraagd, terwijl niets in de opties of stappen van het doel een beroep doet op eigen kracht, het sociale netwerk of een algemene voorziening. De Kanteling werkt van binnen naar buiten.".into(),
                    "An individual provision is claimed while nothing in the goal's options or steps draws on own strength, the social network or a general provision. The Kanteling works from the inside out.".into(),
                    "002:1140-1145, 002:1170-1180",
                );
            }
        }
    }
}

/// A ring inside the individual provisions: own strength, the network, a general provision.
fn inner(r: &SolutionRing) -> bool {
    *r < SolutionRing::IndividualProvision
}

/// Where a plan draws on an inner ring, gathered once so that each individual-provision claim
/// is checked in constant time.
struct InnerRings<'a> {
    /// Some step draws on an inner ring.
    any_step: bool,
    /// Some step linked to no goal does (it serves every goal).
    unlinked_step: bool,
    /// The goal ids with an inner option on one of their worksheets or a step linked to them
    /// that draws on an inner ring.
    goals: HashSet<&'a str>,
    /// Every goal of the plan is in `goals`, or `unlinked_step` holds.
    all_goals: bool,
    /// The plan has no goals.
    no_goals: bool,
}

impl<'a> InnerRings<'a> {
    fn of(plan: &'a Plan) -> Self {
        let mut goals: HashSet<&str> = HashSet::new();
        for w in &plan.worksheets {
            if w.options.iter().any(|o| inner(&o.ring)) {
                goals.insert(w.goal.as_str());
            }
        }
        let (mut any_step, mut unlinked_step) = (false, false);
        for s in &plan.steps {
            if s.rings().iter().any(inner) {
                any_step = true;
                match &s.goal {
                    Some(g) => {
                        goals.insert(g.as_str());
                    }
                    None => unlinked_step = true,
                }
            }
        }
        let all_goals = unlinked_step || plan.goals.iter().all(|g| goals.contains(g.id.as_str()));
        InnerRings { any_step, unlinked_step, goals, all_goals, no_goals: plan.goals.is_empty() }
    }

    /// True when, for every goal the step serves, some option on the goal's worksheets or
    /// some step serving the goal draws on a ring inside the individual provisions.
    /// Interpretation: a step linked to no goal serves every goal (002:1757-1766: the
    /// ambulatory support serves Bram's regie in general); with no goals at all, any step.
    fn for_step(&self, goal: Option<&str>) -> bool {
        match goal {
            Some(g) => self.unlinked_step || self.goals.contains(g),
            None if self.no_goals => self.any_step,
            None => self.all_goals,
        }
    }
}

fn worksheet_rules(plan: &Plan, ids: &HashSet<&str>, at: &Path, out: &mut Out) {
    use FindingCode::*;
    for (w, sheet) in plan.worksheets.iter().enumerate() {
        let p = at.clone().key("worksheets").index(w);
        if !ids.contains(sheet.goal.as_str()) {
            unknown_goal(&p.clone().key("goal"), out);
        }
        if sheet.options.len() < MIN_OPTIONS {
            out.add(
                OptionsTooFew,
                Severity::Warning,
                &p.clone().key("options"),
                format!("Het werkblad noemt minder dan {MIN_OPTIONS} opties; er worden een beste en een op één na beste optie gekozen."),
                format!("The worksheet lists fewer than {MIN_OPTIONS} options; a best and a second-best option are chosen."),
                "002:1665-1696",
            );
        }
        let best = sheet.best.and_then(|n| sheet.option(n).map(|_| n));
        if best.is_none() {
            out.add(
                BestOptionNotListed,
                Severity::Error,
                &p.clone().key("best"),
                "De beste optie is niet gekozen of is geen van de genoemde opties.".into(),
                "The best option is not chosen or is not one of the listed options.".into(),
                "002:1677-1679, 002:1688-1690",
            );
        }
        if let Some(second) = sheet.second_best {
            if sheet.option(second).is_none() {
                out.add(
                    BestOptionNotListed,
                    Severity::Error,
                    &p.clone().key("second_best"),
                    "De op één na beste optie is geen van de genoemde opties.".into(),
                    "The second-best option is not one of the listed options.".into(),
                    "002:1677-1679, 002:1688-1690",
                );
            } else if sheet.best == Some(second) {
                out.add(
                    SecondBestEqualsBest,
                    Severity::Error,
                    &p.clone().key("second_best"),
                    "De op één na beste optie is dezelfde als de beste optie; er worden twee opties gekozen.".into(),
                    "The second-best option is the best option; two options are chosen.".into(),
                    "002:1688-1690",
                );
            }
        }
    }
}

fn application_rule(plan: &Plan, grid: Option<&AssessmentGrid>, at: &Path, out: &mut Out) {
    if plan.wmo_claims().next().is_none() {
        return;
    }
    let app = assemble(plan, grid);
    if app.missing.is_empty() {
        return;
    }
    let list = |lang| app.missing.iter().map(|m| m.label(lang)).collect::<Vec<_>>().join("; ");
    out.add(
        FindingCode::ApplicationIncomplete,
        Severity::Warning,
        at,
        format!("Het plan doet een beroep op de Wmo, maar de aanvraag mist: {}.", list(Lang::Nl)),
        format!("The plan claims from the Wmo, but the application is missing: {}.", list(Lang::En)),
        "002:1768-1782",
    );
}

fn plan_rules(plan: &Plan, profile: Option<&PersonalProfile>, grid: Option<&AssessmentGrid>, at: &Path, out: &mut Out) {
    goal_rules(plan, profile, grid, at, out);
    date_rules(plan, at, out);
    let ids = goal_ids(plan);
    worksheet_rules(plan, &ids, at, out);
    step_rules(plan, &ids, at, out);
    application_rule(plan, grid, at, out);
}

fn unknown_goal(path: &Path, out: &mut Out) {
    out.add(
        FindingCode::UnknownGoalReference,
        Severity::Error,
        path,
        "Deze verwijzing noemt een doel-id die het plan niet heeft.".into(),
        "This reference names a goal id the plan does not have.".into(),
        "002:1626-1631, 002:1711-1713",
    );
}

fn evaluation_rules(case: &SupportCase, out: &mut Out) {
    // As `SupportCase::plan`: the first plan with the version; each plan's goal ids built once.
    let mut by_version: HashMap<u32, usize> = HashMap::with_capacity(case.plans.len());
    for (i, plan) in case.plans.iter().enumerate() {
        by_version.entry(plan.version).or_insert(i);
    }
    let mut ids: Vec<Option<HashSet<&str>>> = vec![None; case.plans.len()];
    for (e, ev) in case.evaluations.iter().enumerate() {
        let p = Path::root().key("evaluations").index(e);
        let Some(&i) = by_version.get(&ev.plan_version) else {
            out.add(
                FindingCode::UnknownPlanVersion,
                Severity::Error,
                &p.key("plan_version"),
                "De evaluatie noemt een planversie die de casus niet heeft.".into(),
                "The evaluation names a plan version the case does not have.".into(),
                "002:1826-1832",
            );
            continue;
        };
        let plan = &case.plans[i];
        if ev.date <= plan.drawn_up {
            out.add(
                FindingCode::EvaluationBeforeDrawnUp,
                Severity::Error,
                &p.clone().key("date"),
                "De evaluatie ligt niet na de datum waarop het geëvalueerde plan is opgesteld.".into(),
                "The evaluation is not after the date the evaluated plan was drawn up.".into(),
                "002:1720-1722, 002:1833",
            );
        }
        let ids = ids[i].get_or_insert_with(|| goal_ids(plan));
        for (g, ge) in ev.goals.iter().enumerate() {
            if !ids.contains(ge.goal.as_str()) {
                unknown_goal(&p.clone().key("goals").index(g).key("goal"), out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{goal::Goal, options::OptionsWorksheet, plan::Step};
    use super::*;
    use serde_json::{json, Value};

    /// The former quadratic check, kept as the reference for [`InnerRings`].
    fn reference_inner_rings_for_step(plan: &Plan, goal: Option<&str>) -> bool {
        let served: Vec<&str> = match goal {
            Some(g) => vec![g],
            None => plan.goals.iter().map(|g| g.id.as_str()).collect(),
        };
        if served.is_empty() {
            return plan.steps.iter().any(|s| s.rings().iter().any(inner));
        }
        served.iter().all(|id| {
            let in_options =
                plan.worksheets.iter().filter(|w| w.goal == *id).any(|w| w.options.iter().any(|o| inner(&o.ring)));
            in_options || plan.steps_for(id).any(|s| s.rings().iter().any(inner))
        })
    }

    fn example_plan() -> Value {
        let case: Value = serde_json::from_str(include_str!("../../data/examples/bram_case.json")).unwrap();
        case["plans"][0].clone()
    }

    #[test]
    fn inner_rings_agree_with_the_former_check_on_generated_plans() {
        let mut seed: u64 = 0x1A2B;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let ids = ["a", "b", "c", "d"];
        let rings = ["own_strength", "social_network", "general_provision", "individual_provision"];
        let (mut yes, mut no) = (0, 0);
        for _ in 0..400 {
            let mut plan = example_plan();
            let goal = |id: &str| json!({"id": id, "result": "R", "priority": 1, "term": "short"});
            plan["goals"] = (0..next(4)).map(|_| goal(ids[next(4) as usize])).collect();
            plan["worksheets"] = (0..next(4))
                .map(|_| {
                    let options: Vec<Value> =
                        (0..next(3)).map(|_| json!({"description": "O", "ring": rings[next(4) as usize]})).collect();
                    json!({"goal": ids[next(4) as usize], "options": options})
                })
                .collect();
            plan["steps"] = (0..next(5))
                .map(|_| {
                    let wmo: Vec<Value> = (0..next(3))
                        .map(|_| json!({"provision": "P", "ring": rings[next(4) as usize], "form": "in_kind"}))
                        .collect();
                    let own: Vec<&str> = if next(3) == 0 { vec!["Zelf"] } else { vec![] };
                    let goal = if next(3) == 0 { Value::Null } else { json!(ids[next(4) as usize]) };
                    json!({"activity": "S", "goal": goal, "own": own, "wmo": wmo})
                })
                .collect();
            let plan: Plan = serde_json::from_value(plan).unwrap();
            let rings = InnerRings::of(&plan);
            for goal in [None, Some("a"), Some("b"), Some("c"), Some("d"), Some("e")] {
                let want = reference_inner_rings_for_step(&plan, goal);
                assert_eq!(rings.for_step(goal), want, "{goal:?}");
                if want {
                    yes += 1;
                } else {
                    no += 1;
                }
            }
        }
        assert!(yes > 300 && no > 300, "{yes} {no}");
    }

    #[test]
    fn large_plans_are_validated_in_linear_time() {
        // 60,000 goals, worksheets, steps and evaluation goals: quadratic lookups would take
        // billions of comparisons; this asserts the findings, so the work is really done.
        let n = 60_000;
        let mut plan = example_plan();
        plan["goals"] =
            json!([{"id": "", "result": "R", "priority": 1, "term": "short", "personal_preferences": ["P"]}]);
        plan["worksheets"] = json!([{"goal": "", "options": [{"description": "O", "ring": "own_strength"},
            {"description": "O", "ring": "individual_provision"}], "best": 1, "second_best": 2}]);
        plan["steps"] = json!([{"activity": "S", "wmo": [{"provision": "P", "ring": "individual_provision",
            "form": "in_kind", "motivation": "M"}]}]);
        let mut plan: Plan = serde_json::from_value(plan).unwrap();
        let (goal, sheet, step) = (plan.goals[0].clone(), plan.worksheets[0].clone(), plan.steps[0].clone());
        plan.goals = (0..n).map(|i| Goal { id: format!("g{}", i % (n - 1)), ..goal.clone() }).collect();
        plan.worksheets = (0..n).map(|i| OptionsWorksheet { goal: format!("g{}", i + 1), ..sheet.clone() }).collect();
        plan.steps = (0..n).map(|i| Step { goal: Some(format!("g{}", i + 2)), ..step.clone() }).collect();
        let found = validate_plan(&plan, None, None);
        let count = |code| found.findings.iter().filter(|f| f.code == code).count();
        // Goal ids are g0..g59998 with g0 twice; worksheets name g1..g60000, steps g2..g60001,
        // so two worksheets and three steps name a goal the plan lacks.
        assert_eq!(count(FindingCode::DuplicateGoalId), 1);
        assert_eq!(
            found.findings.iter().find(|f| f.code == FindingCode::DuplicateGoalId).unwrap().path,
            format!("goals[{}].id", n - 1)
        );
        assert_eq!(count(FindingCode::UnknownGoalReference), 2 + 3);
        // Every goal a step names has a worksheet with an inner option, except g60001.
        assert_eq!(count(FindingCode::IndividualProvisionBeforeInnerRings), 1);
    }
}
