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
use crate::phase::SupportPhase;
use crate::support::SolutionRing;
use crate::text::FreeText;
use crate::wmo::CompensationDomain;
use crate::Path;

/// The instrument id carried by every result of this module.
pub const INSTRUMENT: &str = "steun.plan";

/// The version of the plan rules (validation, application, diff, rendering); raise it when one
/// changes. 2.1.0: forms show the profile fields when recorded (003:33, 000:1314-1320, 000:2771-2775).
pub const RULES_VERSION: &str = "2.1.0";

/// Fewer options than this on a worksheet gives `options_too_few`. Interpretation: the
/// worksheet ends by choosing a best and a second-best option (002:1684-1686, 002:1692:
/// "Uiteindelijk worden de twee beste opties gekozen"), which takes at least two.
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
    /// The opt-in check profile the finding comes from (`plan.check_profiles`); never set by
    /// `plan.validate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<super::profiles::CheckProfile>,
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
            profile: None,
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
    process_rules(case, &mut out);
    isolation_rules(case, &mut out);
    out.0.extend(super::zrm_checks::findings(case));
    iwmo_rules(case, &mut out);
    Findings { instrument: INSTRUMENT.to_owned(), instrument_version: RULES_VERSION.to_owned(), findings: out.0 }
}

/// The iWmo coding of each claim that has one (`crate::iwmo`): the standard's combination
/// rules and the comparison with the plan's extent, as `iwmo_rule` with the rule in `source`.
/// A claim without iWmo data is no finding here (coding is optional in a plan).
fn iwmo_rules(case: &SupportCase, out: &mut Out) {
    for (i, plan) in case.plans.iter().enumerate() {
        for (j, step) in plan.steps.iter().enumerate() {
            for (k, claim) in step.wmo.iter().enumerate().filter(|(_, c)| c.iwmo.is_some()) {
                let at = Path::root().key("plans").index(i).key("steps").index(j).key("wmo").index(k);
                for f in crate::iwmo::claim_findings(claim, &at) {
                    out.add(FindingCode::IwmoRule, f.severity, &at, f.message.nl, f.message.en, &f.rule);
                }
            }
        }
    }
}

/// The process as recorded: each broken phase rule (`SupportProcess::issues`), and a phase
/// that the plans and evaluations contradict: plans belong to phase 4 on, evaluations to
/// phase 6 (002:1345-1347); monitoring checks "de aansluiting tussen de ene en de andere
/// fase" (002:1823).
fn process_rules(case: &SupportCase, out: &mut Out) {
    let Some(process) = &case.process else { return };
    let root = Path::root().key("process");
    for issue in process.issues() {
        let severity = match issue.code {
            FindingCode::TransitionDateOutOfOrder => Severity::Error,
            _ => Severity::Warning,
        };
        let mut path = root.clone();
        path.0.extend(issue.path.0);
        out.add(issue.code, severity, &path, issue.nl, issue.en, "002:1345-1347, 002:1813-1823");
    }
    let mut inconsistent = |phase: SupportPhase, nl: &str, en: &str| {
        if !process.reached(phase) {
            out.add(
                FindingCode::PhaseInconsistentWithPlans,
                Severity::Warning,
                &root,
                format!(
                    "De casus heeft {nl}, maar het proces heeft fase {} ({}) nooit bereikt; het staat in fase {}.",
                    phase.number(),
                    phase.label(Lang::Nl),
                    process.current().number()
                ),
                format!(
                    "The case has {en}, but the process never reached phase {} ({}); it is in phase {}.",
                    phase.number(),
                    phase.label(Lang::En),
                    process.current().number()
                ),
                "002:1345-1347, 002:1813-1823",
            );
        }
    };
    if !case.plans.is_empty() {
        inconsistent(SupportPhase::Planning, "een plan", "a plan");
    }
    if !case.evaluations.is_empty() {
        inconsistent(SupportPhase::Evaluation, "een evaluatie", "an evaluation");
    }
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
            "002:1704, 002:1711",
        ),
        // Interpretation: an evaluation on the day the plan is drawn up evaluates nothing,
        // so the date must lie after it.
        Some(e) if e <= plan.drawn_up => out.add(
            FindingCode::EvaluationBeforeDrawnUp,
            Severity::Error,
            &p,
            "De evaluatiedatum ligt niet na de datum van opstellen.".into(),
            "The evaluation date is not after the date the plan was drawn up.".into(),
            "002:1709-1711",
        ),
        Some(_) => {}
    }
}

fn step_rules(plan: &Plan, ids: &HashSet<&str>, at: &Path, out: &mut Out) {
    use FindingCode::*;
    let mut inner: Option<InnerRings> = None;
    // The domains that provisions under a prior scheme cover, gathered once (002:1181-1182).
    let prior: HashSet<CompensationDomain> = plan
        .steps
        .iter()
        .flat_map(|s| &s.other_schemes)
        .filter(|o| o.scheme.comes_before_wmo())
        .flat_map(|o| o.covers.iter().copied())
        .collect();
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
            && step.wmo.is_empty()
            && step.general.iter().all(FreeText::is_blank)
            && step.other_schemes.is_empty();
        if nobody {
            out.add(
                StepWithoutActor,
                Severity::Warning,
                &s,
                "De stap zegt niet wie iets doet: de persoon zelf, anderen, een professional, een voorziening of de Wmo.".into(),
                "The step says nobody who does anything: the person, others, a professional, a provision or the Wmo.".into(),
                "002:1723-1743",
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
            claim_ring_rule(claim.ring, &c.clone().key("ring"), out);
            if claim.domains.is_empty() {
                out.add(
                    WmoClaimWithoutCompensationDomain,
                    Severity::Warning,
                    &c.clone().key("domains"),
                    "Het beroep op de Wmo noemt geen compensatiedomein (art. 4 Wmo); de gekozen oplossing moet het probleem compenseren.".into(),
                    "The Wmo claim names no compensation domain (art. 4 Wmo); the chosen solution must compensate the problem.".into(),
                    "002:412-421, 002:1785-1786",
                );
            }
            let covered: Vec<&CompensationDomain> = claim.domains.iter().filter(|d| prior.contains(d)).collect();
            if !covered.is_empty() && claim.other_scheme_reason.as_ref().is_none_or(FreeText::is_blank) {
                let list = |lang| covered.iter().map(|d| d.label(lang)).collect::<Vec<_>>().join("; ");
                out.add(
                    OtherSchemeComesFirst,
                    Severity::Warning,
                    &c.clone().key("domains"),
                    format!(
                        "Het plan heeft al een voorziening uit de Zvw, AWBZ of Wlz voor: {}. Die gaat wettelijk voor op de Wmo; zeg in `other_scheme_reason` waarom de Wmo toch nodig is.",
                        list(Lang::Nl)
                    ),
                    format!(
                        "The plan already has a provision under the Zvw, AWBZ or Wlz for: {}. By law it comes before the Wmo; say in `other_scheme_reason` why the Wmo is still needed.",
                        list(Lang::En)
                    ),
                    "002:1181-1182, 002:1700-1702, 002:1768-1770",
                );
            }
            if claim.ring == SolutionRing::IndividualProvision
                && claim.why_not_inner_rings.as_ref().is_none_or(FreeText::is_blank)
                && !inner.get_or_insert_with(|| InnerRings::of(plan)).for_step(step.goal.as_deref())
            {
                out.add(
                    IndividualProvisionBeforeInnerRings,
                    Severity::Warning,
                    &c,
                    "Er wordt een individuele voorziening gevraagd, maar niets laat zien dat eigen kracht, het sociale netwerk of algemene voorzieningen voor dit doel zijn overwogen: geen optie op het werkblad, geen stap met wat de persoon zelf doet, wat anderen doen of een algemene voorziening, en geen reden waarom niet (`why_not_inner_rings`). De Kanteling bouwt van binnen naar buiten, maar \"De Wmo kent geen hiërarchie in mogelijke maatregelen\": de meest passende oplossing telt. Daarom is dit een waarschuwing en geen fout.".into(),
                    "An individual provision is claimed, but nothing shows that own strength, the social network or general provisions were considered for this goal: no option on the worksheet, no step with what the person does, what others do or a general provision, and no reason why not (`why_not_inner_rings`). The Kanteling builds from the inside out; the Wmo itself knows no hierarchy of possible measures (\"De Wmo kent geen hiërarchie in mogelijke maatregelen\") and asks for the most fitting solution. That is why this is a warning, not an error.".into(),
                    "002:1149-1155, 002:1179-1185, 002:1788-1796",
                );
            }
        }
    }
}

/// A Wmo claim is an individual provision: own strength and the network are no provisions
/// at all (an error), and a general provision is used without a Wmo claim, in the step's
/// `general` column (a warning) (002:1149-1155, 002:1182-1188, 002:1697-1702).
fn claim_ring_rule(ring: SolutionRing, path: &Path, out: &mut Out) {
    match ring {
        SolutionRing::OwnStrength | SolutionRing::SocialNetwork => out.add(
            FindingCode::WmoClaimInInnerRing,
            Severity::Error,
            path,
            format!(
                "Een beroep op de Wmo staat in de ring {}: dat is geen voorziening. Zet wat de persoon zelf doet onder `own` en wat anderen doen onder `others`; zo'n beroep telt niet als eigen kracht of netwerk.",
                ring.label(Lang::Nl)
            ),
            format!(
                "A Wmo claim is in the ring {}: that is no provision. Put what the person does under `own` and what others do under `others`; such a claim does not count as own strength or network.",
                ring.label(Lang::En)
            ),
            "002:1149-1155, 002:1697-1702",
        ),
        SolutionRing::GeneralProvision => out.add(
            FindingCode::GeneralProvisionAsWmoClaim,
            Severity::Warning,
            path,
            "Een algemene voorziening staat als beroep op de Wmo; een algemene voorziening wordt gebruikt zonder aanvraag. Zet haar onder `general` van de stap.".into(),
            "A general provision is recorded as a Wmo claim; a general provision is used without an application. Put it under the step's `general`.".into(),
            "002:1182-1188, 002:1697-1702",
        ),
        SolutionRing::IndividualProvision => {}
    }
}

/// Every goal is served by some step: one linked to it, or one linked to no goal, which
/// serves every goal (P4); a plan with goals and no steps at all is an error, as the plan
/// "bevat de acties die leiden tot het realiseren van het doel" (002:1647).
fn served_rules(plan: &Plan, at: &Path, out: &mut Out) {
    if plan.goals.is_empty() {
        return;
    }
    if plan.steps.is_empty() {
        out.add(
            FindingCode::PlanWithoutSteps,
            Severity::Error,
            &at.clone().key("steps"),
            "Het plan heeft doelen maar geen stappen: een plan bevat de acties die tot het doel leiden.".into(),
            "The plan has goals but no steps: a plan holds the actions that lead to the goal.".into(),
            "002:1647, 002:1697-1704",
        );
        return;
    }
    if plan.steps.iter().any(|s| s.goal.is_none()) {
        return;
    }
    let served: HashSet<&str> = plan.steps.iter().filter_map(|s| s.goal.as_deref()).collect();
    for (j, goal) in plan.goals.iter().enumerate() {
        if !served.contains(goal.id.as_str()) {
            out.add(
                FindingCode::GoalWithoutStep,
                Severity::Warning,
                &at.clone().key("goals").index(j),
                "Geen stap van het plan dient dit doel.".into(),
                "No step of the plan serves this goal.".into(),
                "002:1647, 002:1697-1704",
            );
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
    /// with own action, others' help or a general provision.
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
            if !s.inner_rings().is_empty() {
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

    /// True when, for every goal the step serves, some option on the goal's worksheets is in
    /// an inner ring or some step serving the goal has the person act, others help or a
    /// general provision (never a Wmo claim's ring; 002:1149-1155, 002:1182-1185).
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
                "002:1684-1686, 002:1692",
            );
        }
        if sheet.options.len() >= MIN_OPTIONS && sheet.second_best.is_none() {
            out.add(
                NoSecondBestOption,
                Severity::Warning,
                &p.clone().key("second_best"),
                "Het werkblad kiest geen op één na beste optie; uiteindelijk worden de twee beste opties gekozen."
                    .into(),
                "The worksheet chooses no second-best option; in the end the two best options are chosen.".into(),
                "002:1684-1686, 002:1692",
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
                "002:1674-1686",
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
                    "002:1674-1686",
                );
            } else if sheet.best == Some(second) {
                out.add(
                    SecondBestEqualsBest,
                    Severity::Error,
                    &p.clone().key("second_best"),
                    "De op één na beste optie is dezelfde als de beste optie; er worden twee opties gekozen.".into(),
                    "The second-best option is the best option; two options are chosen.".into(),
                    "002:1684-1686, 002:1692",
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
    served_rules(plan, at, out);
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
                "002:1709-1711, 002:1833",
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
            return plan.steps.iter().any(|s| !s.inner_rings().is_empty());
        }
        served.iter().all(|id| {
            let in_options =
                plan.worksheets.iter().filter(|w| w.goal == *id).any(|w| w.options.iter().any(|o| inner(&o.ring)));
            in_options || plan.steps_for(id).any(|s| !s.inner_rings().is_empty())
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
