//! A decision helper for professionals who do not yet know the row: from four facts to the
//! persistence, with the rule that applied.
//!
//! This is the library's reading of the two indicators (002:4409-4427), not part of the
//! source: the typology itself asks the professional to analyse and name the problems first
//! (002:4429-4435). A caller who knows the row states the persistence directly.
//!
//! A loneliness result (`loneliness.score`) may be given as evidence: loneliness without
//! structural or situational isolation points at row 1, "eenzaamheid, dreigend isolement"
//! (002:4253-4255, 002:4289), and emotional versus social loneliness shifts the emphasis of
//! that row's interventions (002:4271-4287). Both are the library's reading, not the source's.

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled, Lang};
use crate::loneliness::{LonelinessLevel, LonelinessResult};
use crate::{Error, Path};

use super::{Intervention, Persistence};

/// What a professional knows about the isolation, as four facts and, optionally, a
/// loneliness result as evidence. `structural` may be left out (or null) when it is not
/// known; a stated `structural: false` must not contradict the other facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersistenceFacts {
    /// The isolation is interwoven with psychiatric or psychogeriatric problems.
    pub psychiatric_or_psychogeriatric: bool,
    /// Several problems are entangled (complex), rather than a single problem.
    pub complex_problems: bool,
    /// The isolation is structural: persistent and hard to break through. Null or left out:
    /// not known, the helper derives it. False with psychiatric or complex problems is
    /// refused: both rows are structural isolation (002:4329-4367).
    #[serde(default)]
    pub structural: Option<bool>,
    /// The person became isolated through a particular situation or event.
    pub caused_by_event_or_situation: bool,
    /// A result of `loneliness.score` for the person, as evidence; leave it out to decide on
    /// the four facts alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loneliness: Option<LonelinessResult>,
}

labelled_enum! {
    /// The rule of the decision helper that applied; the rules are tried in this order and
    /// the first that holds decides (the library's reading of 002:4409-4427).
    pub enum PersistenceRule {
        /// Psychiatric or psychogeriatric problems interwoven with the isolation: row 4.
        PsychiatricInterwoven = "psychiatric_interwoven" { nl: "Verweven met psychiatrische of psychogeriatrische problematiek", en: "Interwoven with psychiatric or psychogeriatric problems" },
        /// Structural isolation without such problems: row 3.
        Structural = "structural" { nl: "Structureel isolement", en: "Structural isolation" },
        /// Complex problems, though not called structural: row 3.
        ComplexProblems = "complex_problems" { nl: "Complexe problematiek", en: "Complex problems" },
        /// Caused by a situation or event, a single problem: row 2.
        EventOrSituation = "event_or_situation" { nl: "Door een situatie of gebeurtenis", en: "Caused by a situation or event" },
        /// Loneliness (a loneliness result above `not_lonely`) without structural or
        /// situational isolation: row 1 (002:4253-4255, 002:4289).
        Loneliness = "loneliness" { nl: "Eenzaamheid zonder structureel of situationeel isolement", en: "Loneliness without structural or situational isolation" },
        /// None of the above: loneliness, threatened isolation, row 1.
        NoneOfThese = "none_of_these" { nl: "Geen van deze", en: "None of these" },
    }
}

labelled_enum! {
    /// Where a loneliness result puts the emphasis among row 1's interventions (the library's
    /// reading of 002:4271-4287 with the two subscales of the loneliness scale).
    pub enum LonelinessEmphasis {
        /// Emotional loneliness, the missing of an intimate relationship: grief support and a
        /// confidant (preventive intervention, a volunteer or a match).
        Emotional = "emotional" { nl: "Emotionele eenzaamheid: nadruk op hulp bij rouwverwerking en een vertrouwd persoon", en: "Emotional loneliness: emphasis on grief support and a confidant" },
        /// Social loneliness, the missing of a wider network: network and group activities
        /// (referral to group offers, removing barriers to participation).
        Social = "social" { nl: "Sociale eenzaamheid: nadruk op netwerk en groepsactiviteiten", en: "Social loneliness: emphasis on network and group activities" },
        /// Both: the row's interventions as they stand.
        Both = "both" { nl: "Emotionele en sociale eenzaamheid: alle interventies van de rij", en: "Emotional and social loneliness: all of the row's interventions" },
    }
}

impl LonelinessEmphasis {
    /// The interventions of row 1 the emphasis points at, in the table's order (002:4271-4287).
    pub fn interventions(self) -> &'static [Intervention] {
        use Intervention as I;
        match self {
            LonelinessEmphasis::Emotional => &[I::PreventiveIntervention, I::VolunteerMatch],
            LonelinessEmphasis::Social => &[I::RemoveParticipationBarriers, I::ReferralToGroupActivities],
            LonelinessEmphasis::Both => Persistence::Threatened.interventions(),
        }
    }

    /// The emphasis a loneliness result gives: from its `emotionally_lonely` and
    /// `socially_lonely` flags; none when neither is true (or the scale gave no flags).
    pub fn of(r: &LonelinessResult) -> Option<Self> {
        match (r.emotionally_lonely == Some(true), r.socially_lonely == Some(true)) {
            (true, true) => Some(LonelinessEmphasis::Both),
            (true, false) => Some(LonelinessEmphasis::Emotional),
            (false, true) => Some(LonelinessEmphasis::Social),
            (false, false) => None,
        }
    }
}

/// The helper's answer: the persistence, the rule that applied and why.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersistenceDecision {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The derived row of the typology.
    pub persistence: Persistence,
    /// Its category number 1..4.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 4)))]
    #[serde(deserialize_with = "crate::isolation::category")]
    pub category: u8,
    /// The rule that applied.
    pub rule: PersistenceRule,
    /// Where a loneliness result puts the emphasis among row 1's interventions; null without
    /// a loneliness result, outside row 1, or when the result flags neither subscale.
    #[serde(default)]
    pub loneliness_emphasis: Option<LonelinessEmphasis>,
    /// The interventions of the row the emphasis points at; empty without an emphasis.
    #[serde(default)]
    pub emphasised_interventions: Vec<Intervention>,
    /// Why, in words, noting that this is the library's reading and not the source's.
    pub explanation: Bilingual,
    /// The seed lines the reading is based on.
    pub source: String,
}

/// The seed lines of the two indicators.
const SOURCE: &str = "002:4409-4427";

/// The seed lines and the manual a decision with loneliness evidence rests on.
const SOURCE_LONELINESS: &str = "002:4409-4427; 002:4253-4289; De Jong Gierveld & Van Tilburg, \
                                 Manual of the Loneliness Scale (1999, updated 2022)";

const NOTE_NL: &str =
    "Dit is de lezing van de bibliotheek van de twee indicatoren (002:4409-4427), niet de bron zelf; \
                       wie de categorie kent, geeft de persistentie direct op.";
const NOTE_EN: &str = "This is the library's reading of the two indicators (002:4409-4427), not the source itself; \
                       who knows the category states the persistence directly.";

/// Derives the persistence from `facts`: the first rule that holds decides.
///
/// 1. psychiatric or psychogeriatric problems → structural, psychiatric (row 4): the table
///    names this row "verweven met psychiatrische of psychogeriatrische problematiek" and the
///    network found such isolation structural and complex (002:4357-4367, 002:4563-4567);
/// 2. structural → structural, complex (row 3): persistence is the main indicator
///    (002:4409-4414), so a structural isolation is never row 1 or 2;
/// 3. complex problems → structural, complex (row 3): row 2 is "enkelvoudige problematiek"
///    (a single problem), and the table pairs complex problems only with structural isolation
///    (002:4291-4297, 002:4329-4333);
/// 4. caused by a situation or event → situational (row 2): "door een bepaalde situatie of
///    gebeurtenis in een sociaal isolement geraakt" (002:4415-4417);
/// 5. a loneliness result above `not_lonely` → loneliness, threatened isolation (row 1):
///    loneliness without structural or situational isolation is what the row names
///    (002:4253-4255, 002:4289);
/// 6. otherwise → loneliness, threatened isolation (row 1).
///
/// In row 1 a loneliness result also sets [`LonelinessEmphasis`]: emotional loneliness points
/// at grief support and a confidant, social loneliness at network and group activities.
///
/// The helper never contradicts the caller: facts that no row fits (a stated
/// `structural: false` with psychiatric or complex problems) are an error naming them.
pub fn decide_persistence(facts: &PersistenceFacts) -> Result<PersistenceDecision, Error> {
    facts.check()?;
    Ok(decide_checked(facts))
}

fn decide_checked(facts: &PersistenceFacts) -> PersistenceDecision {
    let lonely = facts.loneliness.as_ref().and_then(|r| r.level).filter(|&l| l != LonelinessLevel::NotLonely);
    let (rule, persistence, nl, en) = if facts.psychiatric_or_psychogeriatric {
        (
            PersistenceRule::PsychiatricInterwoven,
            Persistence::StructuralPsychiatric,
            "Het isolement is verweven met psychiatrische of psychogeriatrische problematiek: categorie 4.",
            "The isolation is interwoven with psychiatric or psychogeriatric problems: category 4.",
        )
    } else if facts.structural == Some(true) {
        (
            PersistenceRule::Structural,
            Persistence::StructuralComplex,
            "Het isolement is structureel, zonder psychiatrische of psychogeriatrische problematiek: categorie 3.",
            "The isolation is structural, without psychiatric or psychogeriatric problems: category 3.",
        )
    } else if facts.complex_problems {
        (
            PersistenceRule::ComplexProblems,
            Persistence::StructuralComplex,
            "De problematiek is complex, niet enkelvoudig; de typologie koppelt complexe problematiek alleen aan \
             structureel isolement: categorie 3.",
            "The problems are complex, not single; the typology pairs complex problems only with structural \
             isolation: category 3.",
        )
    } else if facts.caused_by_event_or_situation {
        (
            PersistenceRule::EventOrSituation,
            Persistence::Situational,
            "Het isolement is door een situatie of gebeurtenis ontstaan, met enkelvoudige problematiek: categorie 2.",
            "The isolation arose from a situation or event, with a single problem: category 2.",
        )
    } else if let Some(level) = lonely {
        let (nl, en) = (level.label(Lang::Nl).to_lowercase(), level.label(Lang::En).to_lowercase());
        return decision(
            PersistenceRule::Loneliness,
            Persistence::Threatened,
            &format!(
                "De eenzaamheidsschaal geeft {nl}, zonder structureel isolement, complexe problematiek of \
                 aanleiding in een situatie of gebeurtenis: eenzaamheid, dreigend isolement, categorie 1."
            ),
            &format!(
                "The loneliness scale gives {en}, without structural isolation, complex problems or a situation \
                 or event as cause: loneliness, threatened isolation, category 1."
            ),
            facts,
        );
    } else {
        (
            PersistenceRule::NoneOfThese,
            Persistence::Threatened,
            "Geen structureel isolement, geen complexe problematiek en geen aanleiding in een situatie of \
             gebeurtenis: eenzaamheid, dreigend isolement, categorie 1.",
            "No structural isolation, no complex problems and no situation or event as cause: loneliness, \
             threatened isolation, category 1.",
        )
    };
    decision(rule, persistence, nl, en, facts)
}

fn decision(
    rule: PersistenceRule,
    persistence: Persistence,
    nl: &str,
    en: &str,
    facts: &PersistenceFacts,
) -> PersistenceDecision {
    let emphasis =
        facts.loneliness.as_ref().filter(|_| persistence == Persistence::Threatened).and_then(LonelinessEmphasis::of);
    let (mut nl, mut en) = (format!("{nl} {NOTE_NL}"), format!("{en} {NOTE_EN}"));
    if let Some(e) = emphasis {
        nl = format!("{nl} {}.", e.label(Lang::Nl));
        en = format!("{en} {}.", e.label(Lang::En));
    }
    let source = if facts.loneliness.is_some() { SOURCE_LONELINESS } else { SOURCE };
    PersistenceDecision {
        instrument: super::TYPOLOGY.to_owned(),
        instrument_version: super::TYPOLOGY_VERSION.to_owned(),
        persistence,
        category: persistence.category(),
        rule,
        loneliness_emphasis: emphasis,
        emphasised_interventions: emphasis.map(|e| e.interventions().to_vec()).unwrap_or_default(),
        explanation: Bilingual::new(nl, en),
        source: source.to_owned(),
    }
}

impl Document for PersistenceFacts {
    const KIND: &'static str = "persistence_facts";

    /// Refuses facts no row of the table fits (002:4291-4297, 002:4329-4367): the rows with
    /// psychiatric or complex problems are structural isolation.
    fn check(&self) -> Result<(), Error> {
        if self.structural == Some(false) {
            let contradiction = if self.psychiatric_or_psychogeriatric {
                Some(
                    "false contradicts psychiatric_or_psychogeriatric: true; the row of isolation interwoven with \
                     psychiatric or psychogeriatric problems is structural isolation (002:4357-4367); leave \
                     structural out (not known) or correct one of the facts",
                )
            } else if self.complex_problems {
                Some(
                    "false contradicts complex_problems: true; the typology pairs complex problems only with \
                     structural isolation, a situational isolation has a single problem (002:4291-4297, \
                     002:4329-4333); leave structural out (not known) or correct one of the facts",
                )
            } else {
                None
            };
            if let Some(msg) = contradiction {
                return Err(Error::invalid(Path::root().key("structural"), msg));
            }
        }
        match &self.loneliness {
            Some(r) => r.check().map_err(|e| e.under("loneliness")),
            None => Ok(()),
        }
    }
}

impl Document for PersistenceDecision {
    const KIND: &'static str = "persistence_decision";

    fn check(&self) -> Result<(), Error> {
        if self.category != self.persistence.category() {
            let msg = format!("must be the category of the persistence, {}", self.persistence.category());
            return Err(Error::invalid(Path::root().key("category"), msg));
        }
        let want = self.loneliness_emphasis.map(|e| e.interventions().to_vec()).unwrap_or_default();
        if self.emphasised_interventions != want {
            let msg = "must be the interventions of the loneliness emphasis";
            return Err(Error::invalid(Path::root().key("emphasised_interventions"), msg));
        }
        Ok(())
    }
}
