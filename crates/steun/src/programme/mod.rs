//! The municipal programme for client support (003 steps 1-5). So far: the cost indications
//! of 2020 (003:719-786), printed with the guide's own caveat that no rights can be derived
//! from them (003:723); the checks of the project plan of step 4 (003:601-723), the decision
//! record of the nine-theme frame for the organisational form (003:838-847) and a tracker of
//! the five steps that never blocks (003:58, 003:388).

mod form;
pub mod ops;
mod plan;
mod steps;

pub use form::{
    organisation_form_record, ChosenForm, FormOption, FormTheme, OrganisationFormRecord, OrganisationFormSummary,
    ThemeConsideration, ThemeState,
};
pub use plan::{
    check_project_plan, Activity, Ambition, IntendedResult, PartState, PlanCheck, PlanFinding, PlanPart, PlanTheme,
    PlanningFinances, ProjectPlan, ProjectPlanCheck, ResultKind, MAX_ID_CHARS, MAX_ITEMS, MAX_TEXT_CHARS,
};
pub use steps::{steps, ProgrammeStep, StepEntry, StepState, StepStatus, StepsInput, StepsTracker};

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual};

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "movisie-2020-co-programme";

/// The version of steun's encoding; raise it when a rule changes.
pub const INSTRUMENT_VERSION: &str = "1.1.0";

labelled_enum! {
    /// What a figure counts in.
    pub enum CostUnit {
        /// Hours a week.
        HoursPerWeek = "hours_per_week" { nl: "Uur per week", en: "Hours a week" },
        /// Euros, once.
        Eur = "eur" { nl: "Euro", en: "Euros" },
        /// Euros per informal client supporter trained.
        EurPerInformalSupporter = "eur_per_informal_supporter" { nl: "Euro per informele cliëntondersteuner", en: "Euros per informal client supporter" },
        /// Euros per resident per year.
        EurPerResidentPerYear = "eur_per_resident_per_year" { nl: "Euro per inwoner per jaar", en: "Euros per resident per year" },
    }
}

/// One figure of the table, exactly as the seed gives it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostFigure {
    /// The activity (the table's first column).
    pub activity: Bilingual,
    /// What the figure is for.
    pub what: Bilingual,
    /// The lowest figure ("vanaf", "van").
    pub min: Option<u32>,
    /// The highest figure; equal to `min` for a single amount; null for "from".
    pub max: Option<u32>,
    /// The unit.
    pub unit: CostUnit,
    /// True for "circa".
    pub approximate: bool,
    /// The seed lines.
    pub source: String,
}

/// The cost indications with their caveat.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostIndications {
    /// Always `movisie-2020-co-programme`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The guide's caveat (003:723), Dutch verbatim.
    pub caveat: Bilingual,
    /// The date of the figures (003:1208).
    pub as_of: String,
    /// The figures; items without a figure in the seed (process guidance, a kwartiermaker,
    /// a volunteer allowance) are named in `without_figure`.
    pub figures: Vec<CostFigure>,
    /// Items of the table the seed gives no amount for.
    pub without_figure: Vec<Bilingual>,
}

impl Document for CostIndications {
    const KIND: &'static str = "co_cost_indications";
}

fn fig(
    a: (&str, &str),
    w: (&str, &str),
    min: Option<u32>,
    max: Option<u32>,
    unit: CostUnit,
    approx: bool,
    src: &str,
) -> CostFigure {
    CostFigure {
        activity: Bilingual::new(a.0, a.1),
        what: Bilingual::new(w.0, w.1),
        min,
        max,
        unit,
        approximate: approx,
        source: src.to_owned(),
    }
}

/// The cost indications of the koploper plans (003:741-786), never indexed.
pub fn cost_indications() -> CostIndications {
    use CostUnit as U;
    CostIndications {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        caveat: Bilingual::new(
            "Kanttekening: Er zijn veel verschillen tussen koplopers als het gaat om thema's en begrote middelen. Logischerwijs zijn er ook verschillen tussen grote en kleine gemeenten. De bedragen die genoemd staan zijn indicaties en bedoeld om een gevoel te krijgen bij de kosten om (onderdelen van) cliëntondersteuning te versterken. Er kunnen geen rechten aan ontleend worden. (003:723)",
            "Caveat: koplopers differ a lot in themes and budgets, and large and small municipalities differ. The amounts are indications, meant to give a feel for the costs of strengthening (parts of) client support. No rights can be derived from them. (003:723)",
        ),
        as_of: "augustus 2020 (003:1208)".to_owned(),
        figures: vec![
            fig(("Projectleiding", "Project leadership"), ("uren projectleiding bij koplopers", "hours of project leadership among koplopers"), Some(4), Some(32), U::HoursPerWeek, false, "003:742"),
            fig(("Communicatie", "Communication"), ("losse communicatieactiviteiten, vanaf", "loose communication activities, from"), Some(500), None, U::Eur, false, "003:743"),
            fig(("Communicatie", "Communication"), ("strategisch communicatieplan, voorbeeld Bureau Holland Spoor", "strategic communication plan, example Bureau Holland Spoor"), Some(3000), Some(3000), U::Eur, false, "003:743"),
            fig(("Deskundigheidsbevordering informele cliëntondersteuning", "Training informal client supporters"), ("trainen van informele cliëntondersteuners", "training informal client supporters"), Some(1000), Some(1500), U::EurPerInformalSupporter, true, "003:766"),
            fig(("Cliëntondersteuning voor specifieke doelgroepen", "Client support for specific target groups"), ("(waakvlam)traject door een zorgaanbieder", "(waakvlam) trajectory by a care provider"), Some(2500), Some(2500), U::EurPerResidentPerYear, true, "003:786"),
        ],
        without_figure: vec![
            Bilingual::new("Samenwerking cliëntondersteuners, voorbeeld 1: beperkte uren procesbegeleiding (003:744)", "Cooperation of client supporters, example 1: limited hours of process guidance (003:744)"),
            Bilingual::new("Samenwerking cliëntondersteuners, voorbeeld 2: een kwartiermaker, afhankelijk van de opdracht (003:765)", "Cooperation of client supporters, example 2: a kwartiermaker, depending on the assignment (003:765)"),
            Bilingual::new("Gespecialiseerde formele cliëntondersteuning: x uur, vergelijkbaar met andere sociaal werkers (003:786)", "Specialised formal client support: x hours, comparable to other social workers (003:786)"),
            Bilingual::new("Informele cliëntondersteuners: soms een vrijwilligersvergoeding per uur (003:786)", "Informal client supporters: sometimes a volunteer allowance per hour (003:786)"),
        ],
    }
}
