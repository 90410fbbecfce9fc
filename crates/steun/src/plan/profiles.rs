//! Opt-in check profiles on existing plans and cases (issue 20, item 5): named checks that a
//! host switches on in `plan.check_profiles`, each from **one practice example or guide** in
//! the seeds, **not from the law**. `plan.validate` never runs them.
//!
//! The seeds give these as practice, not as norms: which profile applies is the host's
//! choice, and each finding says where it comes from. A profile that finds nothing to check
//! against (the case does not record what it asks) gives `profile_not_recorded` with severity
//! info, never a breach. A breach is always a warning, never an error. The readings are
//! CO1-CO4 in docs/interpretations.md.

use super::case::SupportCase;
use super::labels::{FindingCode, Severity};
use super::validate::{Finding, Findings};
use crate::lang::{labelled_enum, Bilingual, Labelled, Lang};
use crate::Path;

/// The instrument id of `plan.check_profiles` results.
pub const INSTRUMENT: &str = "steun.plan_profiles";

/// The version of the profile checks; raise it when one changes.
pub const VERSION: &str = "1.0.0";

labelled_enum! {
    /// An opt-in check profile: a check from one practice example or guide, off unless a host
    /// switches it on.
    pub enum CheckProfile {
        /// The resident was told that free, independent cliëntondersteuning exists: Marijke
        /// was pointed to a client supporter by the municipality (003:33); the guide defines
        /// it as a free municipal provision (003:62).
        InformedOfClientSupport = "co_informed_of_client_support" { nl: "Gewezen op gratis, onafhankelijke cliëntondersteuning", en: "Told about free, independent client support" },
        /// Evaluations are held with the client: Kwintes' professionals evaluate among
        /// themselves, "niet met de cliënten" (000:2771-2775).
        EvaluationWithClient = "co_evaluation_with_client" { nl: "Evaluatie met de cliënt erbij", en: "Evaluation with the client present" },
        /// A shelter plan has a day-activity goal: Noord-Veluwe's municipalities require an
        /// individual care plan with day activities for every client of the
        /// maatschappelijke opvang (000:1314-1320).
        DayActivityInShelterPlan = "co_day_activity_in_shelter_plan" { nl: "Doel voor dagbesteding in een opvangplan", en: "Day-activity goal in a shelter plan" },
    }
}

impl CheckProfile {
    /// The seed lines the profile comes from.
    // 003:33, 003:62 / 000:2771-2775 / 000:1314-1320
    pub fn source(self) -> &'static str {
        match self {
            CheckProfile::InformedOfClientSupport => "003:33, 003:62",
            CheckProfile::EvaluationWithClient => "000:2771-2775",
            CheckProfile::DayActivityInShelterPlan => "000:1314-1320",
        }
    }

    /// Where the profile comes from: one practice example or guide, not the law.
    pub fn basis(self) -> Bilingual {
        match self {
            CheckProfile::InformedOfClientSupport => Bilingual::new(
                "Uit één praktijkvoorbeeld (Marijke, 003:33) en de definitie van de handreiking (003:62), niet uit de wet: de seed zegt dat de gemeente cliëntondersteuning moet bieden, niet dat zij elke inwoner erop wijst.",
                "From one practice example (Marijke, 003:33) and the guide's definition (003:62), not from the law: the seed says the municipality must provide client support, not that it tells every resident.",
            ),
            CheckProfile::EvaluationWithClient => Bilingual::new(
                "Uit één praktijkvoorbeeld (Kwintes, 000:2771-2775), niet uit de wet.",
                "From one practice example (Kwintes, 000:2771-2775), not from the law.",
            ),
            CheckProfile::DayActivityInShelterPlan => Bilingual::new(
                "Uit één praktijkvoorbeeld (Noord-Veluwe: een eis in de subsidiecontracten van zes gemeenten, 000:1314-1320), niet uit de wet.",
                "From one practice example (Noord-Veluwe: a requirement in six municipalities' subsidy contracts, 000:1314-1320), not from the law.",
            ),
        }
    }

    /// What the profile reads in the case, in both languages.
    pub fn reads(self) -> Bilingual {
        match self {
            CheckProfile::InformedOfClientSupport => Bilingual::new(
                "`informed_of_client_support` van de casus",
                "the case's `informed_of_client_support`",
            ),
            CheckProfile::EvaluationWithClient => {
                Bilingual::new("`client_present` van elke evaluatie", "each evaluation's `client_present`")
            }
            CheckProfile::DayActivityInShelterPlan => Bilingual::new(
                "`day_activity` van de doelen van het nieuwste plan; wie het profiel aanzet, zegt daarmee dat de casus een casus van de maatschappelijke opvang is",
                "the newest plan's goals' `day_activity`; switching the profile on says the case is one of the maatschappelijke opvang",
            ),
        }
    }
}

/// The findings of the switched-on `profiles` on a case, profile by profile in the order
/// given (a profile named twice runs once), each in document order. No profile, no finding.
pub fn check_profiles(case: &SupportCase, profiles: &[CheckProfile]) -> Findings {
    let mut out = Vec::new();
    let mut seen: Vec<CheckProfile> = Vec::with_capacity(profiles.len());
    for &p in profiles {
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        match p {
            CheckProfile::InformedOfClientSupport => informed(case, &mut out),
            CheckProfile::EvaluationWithClient => evaluations(case, &mut out),
            CheckProfile::DayActivityInShelterPlan => day_activity(case, &mut out),
        }
    }
    Findings { instrument: INSTRUMENT.to_owned(), instrument_version: VERSION.to_owned(), findings: out }
}

fn push(out: &mut Vec<Finding>, p: CheckProfile, code: FindingCode, path: Path, nl: String, en: String) {
    let severity = if code == FindingCode::ProfileNotRecorded { Severity::Info } else { Severity::Warning };
    let basis = p.basis();
    out.push(Finding {
        code,
        severity,
        path: path.to_string(),
        message: Bilingual::new(format!("{nl} {}", basis.nl), format!("{en} {}", basis.en)),
        source: p.source().to_owned(),
        profile: Some(p),
    });
}

fn not_recorded(out: &mut Vec<Finding>, p: CheckProfile, path: Path, field: &str) {
    push(
        out,
        p,
        FindingCode::ProfileNotRecorded,
        path,
        format!(
            "Het profiel {} ({}) staat aan, maar de casus legt `{field}` niet vast: onbekend, geen overtreding.",
            p.code(),
            p.label(Lang::Nl)
        ),
        format!(
            "The profile {} ({}) is on, but the case does not record `{field}`: unknown, not a breach.",
            p.code(),
            p.label(Lang::En)
        ),
    );
}

/// 003:33: "Door de gemeente werd ze daarom gewezen op de mogelijkheid gebruik te maken van de
/// hulp van een cliëntondersteuner"; 003:62: "een gratis gemeentelijke voorziening".
fn informed(case: &SupportCase, out: &mut Vec<Finding>) {
    let p = CheckProfile::InformedOfClientSupport;
    let at = Path::root().key("informed_of_client_support");
    match case.informed_of_client_support {
        None => not_recorded(out, p, at, "informed_of_client_support"),
        Some(true) => {}
        Some(false) => push(
            out,
            p,
            FindingCode::ClientSupportNotInformed,
            at,
            "De casus legt vast dat de inwoner niet is gewezen op gratis, onafhankelijke cliëntondersteuning.".into(),
            "The case records that the resident was not told about free, independent client support.".into(),
        ),
    }
}

/// 000:2771-2775: "beroepskrachten bespreken en evalueren zaken met elkaar [...] maar niet met
/// de cliënten [...] Samensturing zit dus nog niet echt tot in de haarvaten!"
fn evaluations(case: &SupportCase, out: &mut Vec<Finding>) {
    let p = CheckProfile::EvaluationWithClient;
    for (e, ev) in case.evaluations.iter().enumerate() {
        let at = Path::root().key("evaluations").index(e);
        match ev.client_present {
            None => not_recorded(out, p, at, "client_present"),
            Some(true) => {}
            Some(false) => push(
                out,
                p,
                FindingCode::EvaluationWithoutClient,
                at.key("client_present"),
                format!("Deze evaluatie (van {}) is gehouden zonder de cliënt.", ev.date),
                format!("This evaluation (of {}) was held without the client.", ev.date),
            ),
        }
    }
}

/// 000:1316-1320: "de eis dat iedere cliënt die zich bij de maatschappelijke opvang meldt een
/// individueel zorgplan dient te krijgen waarin niet alleen aandacht is voor zorg, wonen en
/// inkomen maar ook voor het realiseren van dagbesteding". Reading CO3: the newest plan is the
/// client's plan; only goals that say `day_activity: true` count.
fn day_activity(case: &SupportCase, out: &mut Vec<Finding>) {
    let p = CheckProfile::DayActivityInShelterPlan;
    let Some(plan) = case.current_plan() else { return };
    let at = Path::root().key("plans").index(case.plans.len() - 1);
    if plan.goals.iter().any(|g| g.day_activity == Some(true)) {
        return;
    }
    if plan.goals.iter().any(|g| g.day_activity.is_none()) {
        not_recorded(out, p, at.key("goals"), "day_activity");
        return;
    }
    push(
        out,
        p,
        FindingCode::ShelterPlanWithoutDayActivityGoal,
        at,
        format!("Plan versie {} heeft geen doel voor dagbesteding.", plan.version),
        format!("Plan version {} has no day-activity goal.", plan.version),
    );
}

/// The profiles as a reference set (`catalogue.reference` `check_profiles`): code, labels,
/// source lines, basis and what each reads.
pub fn reference() -> serde_json::Value {
    serde_json::Value::Array(
        CheckProfile::ALL
            .iter()
            .map(|p| {
                serde_json::json!({
                    "code": p.code(),
                    "label": { "nl": p.label(Lang::Nl), "en": p.label(Lang::En) },
                    "source": p.source(),
                    "basis": p.basis(),
                    "reads": p.reads(),
                    "default": "off",
                })
            })
            .collect(),
    )
}
