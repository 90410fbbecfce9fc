//! The project plan of step 4 (003:601-790) and its checks. The guide names four parts,
//! "(1) ambities, (2) beoogde resultaten, (3) activiteiten en (4) planning en financiën"
//! (003:605); the checks report parts that are absent or empty, and the helpers the guide
//! gives for each part that the plan leaves out. Findings only: never a grade, never blocking
//! (all of 003 is advice, interpretation CP1).

use serde::{Deserialize, Serialize};

use super::{INSTRUMENT, INSTRUMENT_VERSION};
use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled, Lang};
use crate::text::FreeText;
use crate::{Error, Path};

/// The most ambitions, results or activities in one plan.
pub const MAX_ITEMS: usize = 200;
/// The longest text in a plan, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;

labelled_enum! {
    /// The four parts of a project plan (003:605).
    pub enum PlanPart {
        /// (1) Ambities, 003:607-636.
        Ambitions = "ambitions" { nl: "Ambities", en: "Ambitions" },
        /// (2) Beoogde resultaten, 003:656-681.
        Results = "results" { nl: "Beoogde resultaten", en: "Intended results" },
        /// (3) De activiteiten, 003:683-690.
        Activities = "activities" { nl: "Activiteiten", en: "Activities" },
        /// (4) Planning en financiën, 003:711-723.
        PlanningFinances = "planning_finances" { nl: "Planning en financiën", en: "Planning and finances" },
    }
}

labelled_enum! {
    /// The central themes of the koploper plans (003:630-636); a plan may name none.
    pub enum PlanTheme {
        /// 003:632.
        PositioningVision = "positioning_vision" { nl: "Positionering en visie", en: "Positioning and vision" },
        /// 003:633.
        AwarenessCommunication = "awareness_communication" { nl: "Bekendheid en communicatie", en: "Awareness and communication" },
        /// 003:634.
        LifeBreadth = "life_breadth" { nl: "Levensbreedheid", en: "Breadth of life domains" },
        /// 003:635.
        FormalInformalCooperation = "formal_informal_cooperation" { nl: "Samenwerking formeel-informeel", en: "Formal-informal cooperation" },
        /// 003:636.
        TargetGroups = "target_groups" { nl: "Doelgroepen", en: "Target groups" },
    }
}

labelled_enum! {
    /// Output or outcome (003:658).
    pub enum ResultKind {
        /// What was done or reached in numbers, e.g. how often a supporter was engaged.
        Output = "output" { nl: "Output", en: "Output" },
        /// The effect for residents' situation, e.g. suitable support received.
        Outcome = "outcome" { nl: "Outcome", en: "Outcome" },
    }
}

labelled_enum! {
    /// What a project-plan check found.
    pub enum PlanCheck {
        /// A part is left out. 003:605
        PartAbsent = "part_absent" { nl: "Onderdeel ontbreekt", en: "Part absent" },
        /// A part is there but has no content. 003:605
        PartEmpty = "part_empty" { nl: "Onderdeel is leeg", en: "Part empty" },
        /// A result is not marked output or outcome. 003:658
        ResultKindMissing = "result_kind_missing" { nl: "Niet aangegeven of het resultaat output of outcome is", en: "Result not marked output or outcome" },
        /// No result is an outcome. 003:658
        NoOutcome = "no_outcome" { nl: "Geen resultaat op het niveau van outcome", en: "No outcome result" },
        /// A result does not say with whom a change is sought. 003:662
        ForWhomMissing = "for_whom_missing" { nl: "Niet beschreven bij wie een verandering wordt beoogd", en: "Not said with whom a change is sought" },
        /// An activity serves no result. 003:687
        ActivityServesNoResult = "activity_serves_no_result" { nl: "Activiteit draagt niet aan een resultaat bij", en: "Activity serves no result" },
        /// A result no activity serves. 003:687
        ResultWithoutActivity = "result_without_activity" { nl: "Geen activiteit voor dit resultaat", en: "No activity for this result" },
        /// An activity without observable steps (who, what, when, how). 003:688
        StepsMissing = "steps_missing" { nl: "Geen waarneembare stappen (wie, wat, wanneer, hoe)", en: "No observable steps (who, what, when, how)" },
        /// An activity without its preconditions. 003:689
        PreconditionsMissing = "preconditions_missing" { nl: "Randvoorwaarden niet beschreven", en: "Preconditions not described" },
        /// An activity without a responsible party. 003:690
        ResponsibleMissing = "responsible_missing" { nl: "Niet opgenomen wie verantwoordelijk is", en: "No responsible party recorded" },
        /// No project planning (order of the phases). 003:715-717
        ProjectPlanningMissing = "project_planning_missing" { nl: "Geen projectplanning (samenhang en volgorde)", en: "No project planning (coherence and order)" },
        /// No financial input described. 003:719-723
        FinancesMissing = "finances_missing" { nl: "Financiële inzet niet beschreven", en: "Financial input not described" },
    }
}

/// An ambition (003:607-636).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ambition {
    /// The plan's own id, e.g. `A1` (unique among ambitions).
    pub id: String,
    /// How the ambition is realised.
    pub description: FreeText,
    /// The koploper themes it belongs to; none is fine.
    #[serde(default)]
    pub themes: Vec<PlanTheme>,
}

/// An intended result (003:656-681).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IntendedResult {
    /// The plan's own id, e.g. `R1` (unique among results).
    pub id: String,
    /// What is reached at the end.
    pub description: FreeText,
    /// Output or outcome (003:658).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ResultKind>,
    /// With whom a change is sought (003:662).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_whom: Option<FreeText>,
    /// The ambition it serves, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambition: Option<String>,
}

/// An activity (003:683-690).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// What is done.
    pub description: FreeText,
    /// The results it serves, by id (003:687).
    #[serde(default)]
    pub results: Vec<String>,
    /// Who does what, when and how (003:688).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<FreeText>,
    /// Means, time, input of organisations or people, support (003:689).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preconditions: Option<FreeText>,
    /// Who is responsible, e.g. the policy officer (003:690); a role, never a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<FreeText>,
}

/// Planning and finances (003:711-723).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanningFinances {
    /// The project planning: the phases and their order (003:715-717).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning: Option<FreeText>,
    /// The financial input (003:719-723).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finances: Option<FreeText>,
}

/// A project plan: its four parts (003:605), each optional so a draft can be checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectPlan {
    /// (1) Ambitions; left out = absent, `[]` = empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambitions: Option<Vec<Ambition>>,
    /// (2) Intended results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<IntendedResult>>,
    /// (3) Activities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<Vec<Activity>>,
    /// (4) Planning and finances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning_finances: Option<PlanningFinances>,
}

fn check_text(t: &FreeText, at: Path) -> Result<(), Error> {
    let n = t.as_str().chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(Error::Limit {
            message: format!("{at}: {n} characters; at most {MAX_TEXT_CHARS} (max_text_chars)"),
        });
    }
    Ok(())
}

fn check_id(id: &str, at: Path) -> Result<(), Error> {
    if id.trim().is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(Error::invalid(at, format!("an id of 1 to {MAX_ID_CHARS} characters")));
    }
    Ok(())
}

fn check_len<T>(v: &Option<Vec<T>>, at: Path) -> Result<(), Error> {
    match v {
        Some(v) if v.len() > MAX_ITEMS => {
            Err(Error::Limit { message: format!("{at}: {} items; at most {MAX_ITEMS} (max_items)", v.len()) })
        }
        _ => Ok(()),
    }
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, at: &str) -> Result<Vec<&'a str>, Error> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.enumerate() {
        let p = Path::root().key(at).index(i).key("id");
        check_id(id, p.clone())?;
        if seen.contains(&id) {
            return Err(Error::invalid(p, "the same id as an earlier entry; ids are unique"));
        }
        seen.push(id);
    }
    Ok(seen)
}

impl Document for ProjectPlan {
    const KIND: &'static str = "co_project_plan";

    fn check(&self) -> Result<(), Error> {
        let root = Path::root();
        check_len(&self.ambitions, root.clone().key("ambitions"))?;
        check_len(&self.results, root.clone().key("results"))?;
        check_len(&self.activities, root.clone().key("activities"))?;
        let ambitions = unique(self.ambitions.iter().flatten().map(|a| a.id.as_str()), "ambitions")?;
        let results = unique(self.results.iter().flatten().map(|r| r.id.as_str()), "results")?;
        for (i, a) in self.ambitions.iter().flatten().enumerate() {
            check_text(&a.description, root.clone().key("ambitions").index(i).key("description"))?;
        }
        for (i, r) in self.results.iter().flatten().enumerate() {
            let at = root.clone().key("results").index(i);
            check_text(&r.description, at.clone().key("description"))?;
            if let Some(t) = &r.for_whom {
                check_text(t, at.clone().key("for_whom"))?;
            }
            if let Some(a) = &r.ambition {
                if !ambitions.contains(&a.as_str()) {
                    return Err(Error::invalid(at.key("ambition"), "not the id of an ambition in this plan"));
                }
            }
        }
        for (i, a) in self.activities.iter().flatten().enumerate() {
            let at = root.clone().key("activities").index(i);
            for (k, t) in [
                ("description", Some(&a.description)),
                ("steps", a.steps.as_ref()),
                ("preconditions", a.preconditions.as_ref()),
                ("responsible", a.responsible.as_ref()),
            ] {
                if let Some(t) = t {
                    check_text(t, at.clone().key(k))?;
                }
            }
            if a.results.len() > MAX_ITEMS {
                return Err(Error::Limit {
                    message: format!("{}: at most {MAX_ITEMS} (max_items)", at.key("results")),
                });
            }
            for (j, r) in a.results.iter().enumerate() {
                if !results.contains(&r.as_str()) {
                    return Err(Error::invalid(
                        at.clone().key("results").index(j),
                        "not the id of a result in this plan",
                    ));
                }
            }
        }
        if let Some(pf) = &self.planning_finances {
            let at = root.key("planning_finances");
            for (k, t) in [("planning", pf.planning.as_ref()), ("finances", pf.finances.as_ref())] {
                if let Some(t) = t {
                    check_text(t, at.clone().key(k))?;
                }
            }
        }
        Ok(())
    }
}

/// One finding of a check: never a grade, never blocking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanFinding {
    /// What was found.
    pub check: PlanCheck,
    /// The part it concerns.
    pub part: PlanPart,
    /// Where in the plan, e.g. `activities[2]`; the part itself when null.
    pub at: Option<String>,
    /// What the guide says there, in both languages.
    pub message: Bilingual,
    /// The seed lines.
    pub lines: String,
}

/// The state of one part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartState {
    /// The part.
    pub part: PlanPart,
    /// False when left out.
    pub present: bool,
    /// True when present with no content.
    pub empty: bool,
    /// The part's lines in the guide.
    pub lines: String,
}

/// The checks of a project plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectPlanCheck {
    /// Always `movisie-2020-co-programme`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The four parts in the guide's order.
    pub parts: Vec<PartState>,
    /// The findings, by part; none blocks anything.
    pub findings: Vec<PlanFinding>,
    /// What the checks are and are not.
    pub explanation: Bilingual,
}

impl Document for ProjectPlanCheck {
    const KIND: &'static str = "co_project_plan_check";
}

fn part_lines(p: PlanPart) -> &'static str {
    match p {
        PlanPart::Ambitions => "003:607-636",
        PlanPart::Results => "003:656-681",
        PlanPart::Activities => "003:683-690",
        PlanPart::PlanningFinances => "003:711-723",
    }
}

fn says(check: PlanCheck) -> (&'static str, &'static str, &'static str) {
    use PlanCheck as C;
    match check {
        C::PartAbsent | C::PartEmpty => (
            "Het projectplan kent vier onderdelen: ambities, beoogde resultaten, activiteiten, planning en financiën.",
            "The project plan has four parts: ambitions, intended results, activities, planning and finances.",
            "003:605",
        ),
        C::ResultKindMissing | C::NoOutcome => (
            "Het helpt om onderscheid te maken tussen output en outcome: het effect voor de situatie van inwoners.",
            "It helps to distinguish output from outcome: the effect for residents' situation.",
            "003:658",
        ),
        C::ForWhomMissing => (
            "Vraag jezelf: bij wie wil ik met deze aanpak een verandering bewerkstelligen?",
            "Ask yourself: with whom do I want to bring about a change with this approach?",
            "003:662",
        ),
        C::ActivityServesNoResult | C::ResultWithoutActivity => (
            "Beredeneer vanuit de resultaten en outcome welke output en activiteiten nodig zijn.",
            "Reason from the results and outcome to the output and activities needed.",
            "003:687",
        ),
        C::StepsMissing => (
            "Onderscheid waarneembare stappen: wie gaat wat doen, wanneer en hoe?",
            "Distinguish observable steps: who will do what, when and how?",
            "003:688",
        ),
        C::PreconditionsMissing => (
            "Heb zicht op de randvoorwaarden: middelen, tijd, inzet van organisaties of personen, draagvlak.",
            "Know the preconditions: means, time, input of organisations or people, support.",
            "003:689",
        ),
        C::ResponsibleMissing => (
            "Neem op wie verantwoordelijk is voor het uitvoeren van de activiteit.",
            "Record who is responsible for carrying out the activity.",
            "003:690",
        ),
        C::ProjectPlanningMissing => (
            "Een gedetailleerde projectplanning helpt om samenhang en volgorde van activiteiten te bepalen.",
            "A detailed project planning helps to settle the coherence and order of activities.",
            "003:715-717",
        ),
        C::FinancesMissing => (
            "De financiële inzet is vooraf lastig in te schatten; de indicaties geven een gevoel bij de kosten.",
            "The financial input is hard to estimate beforehand; the indications give a feel for the costs.",
            "003:719-723",
        ),
    }
}

fn finding(check: PlanCheck, part: PlanPart, at: Option<String>) -> PlanFinding {
    let (nl, en, lines) = says(check);
    PlanFinding {
        check,
        part,
        at,
        message: Bilingual::new(format!("{}: {nl}", check.label(Lang::Nl)), format!("{}: {en}", check.label(Lang::En))),
        lines: lines.to_owned(),
    }
}

fn blank(t: &Option<FreeText>) -> bool {
    t.as_ref().is_none_or(FreeText::is_blank)
}

/// Checks a project plan: which parts are absent or empty, and which of the guide's helpers
/// the plan leaves out.
pub fn check_project_plan(plan: &ProjectPlan) -> ProjectPlanCheck {
    use PlanCheck as C;
    use PlanPart as P;
    let mut findings = Vec::new();
    let pf_empty = plan.planning_finances.as_ref().is_some_and(|p| blank(&p.planning) && blank(&p.finances));
    let states = [
        (
            P::Ambitions,
            plan.ambitions.is_some(),
            plan.ambitions.as_ref().is_some_and(|v| v.iter().all(|a| a.description.is_blank())),
        ),
        (
            P::Results,
            plan.results.is_some(),
            plan.results.as_ref().is_some_and(|v| v.iter().all(|r| r.description.is_blank())),
        ),
        (
            P::Activities,
            plan.activities.is_some(),
            plan.activities.as_ref().is_some_and(|v| v.iter().all(|a| a.description.is_blank())),
        ),
        (P::PlanningFinances, plan.planning_finances.is_some(), pf_empty),
    ];
    for (part, present, empty) in states {
        if !present {
            findings.push(finding(C::PartAbsent, part, None));
        } else if empty {
            findings.push(finding(C::PartEmpty, part, None));
        }
    }
    let results = plan.results.as_deref().unwrap_or_default();
    let activities = plan.activities.as_deref().unwrap_or_default();
    for (i, r) in results.iter().enumerate() {
        let at = Some(format!("results[{i}]"));
        if r.kind.is_none() {
            findings.push(finding(C::ResultKindMissing, P::Results, at.clone()));
        }
        if blank(&r.for_whom) {
            findings.push(finding(C::ForWhomMissing, P::Results, at.clone()));
        }
        if plan.activities.is_some() && !activities.iter().any(|a| a.results.contains(&r.id)) {
            findings.push(finding(C::ResultWithoutActivity, P::Results, at));
        }
    }
    if !results.is_empty() && !results.iter().any(|r| r.kind == Some(ResultKind::Outcome)) {
        findings.push(finding(C::NoOutcome, P::Results, None));
    }
    for (i, a) in activities.iter().enumerate() {
        let at = Some(format!("activities[{i}]"));
        if a.results.is_empty() {
            findings.push(finding(C::ActivityServesNoResult, P::Activities, at.clone()));
        }
        if blank(&a.steps) {
            findings.push(finding(C::StepsMissing, P::Activities, at.clone()));
        }
        if blank(&a.preconditions) {
            findings.push(finding(C::PreconditionsMissing, P::Activities, at.clone()));
        }
        if blank(&a.responsible) {
            findings.push(finding(C::ResponsibleMissing, P::Activities, at));
        }
    }
    if let Some(pf) = plan.planning_finances.as_ref().filter(|_| !pf_empty) {
        if blank(&pf.planning) {
            findings.push(finding(C::ProjectPlanningMissing, P::PlanningFinances, None));
        }
        if blank(&pf.finances) {
            findings.push(finding(C::FinancesMissing, P::PlanningFinances, None));
        }
    }
    findings.sort_by_key(|f| f.part);
    ProjectPlanCheck {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        parts: states
            .iter()
            .map(|&(part, present, empty)| PartState { part, present, empty, lines: part_lines(part).to_owned() })
            .collect(),
        findings,
        explanation: Bilingual::new(
            "Bevindingen bij de vier onderdelen van het projectplan (003:605) en de hulpmiddelen die de handreiking per onderdeel geeft. Geen oordeel of cijfer en niets blokkeert: de handreiking adviseert alleen (steun-interpretatie CP1).",
            "Findings on the four parts of the project plan (003:605) and the helpers the guide gives per part. No grade or score and nothing blocks: the guide only advises (steun interpretation CP1).",
        ),
    }
}
