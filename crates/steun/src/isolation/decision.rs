//! A decision helper for professionals who do not yet know the row: from four facts to the
//! persistence, with the rule that applied.
//!
//! This is the library's reading of the two indicators (002:4409-4427), not part of the
//! source: the typology itself asks the professional to analyse and name the problems first
//! (002:4429-4435). A caller who knows the row states the persistence directly.

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual};
use crate::{Error, Path};

use super::Persistence;

/// What a professional knows about the isolation, as four yes/no facts. All are required.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersistenceFacts {
    /// The isolation is interwoven with psychiatric or psychogeriatric problems.
    pub psychiatric_or_psychogeriatric: bool,
    /// Several problems are entangled (complex), rather than a single problem.
    pub complex_problems: bool,
    /// The isolation is structural: persistent and hard to break through.
    pub structural: bool,
    /// The person became isolated through a particular situation or event.
    pub caused_by_event_or_situation: bool,
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
        /// None of the above: loneliness, threatened isolation, row 1.
        NoneOfThese = "none_of_these" { nl: "Geen van deze", en: "None of these" },
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
    /// Why, in words, noting that this is the library's reading and not the source's.
    pub explanation: Bilingual,
    /// The seed lines the reading is based on.
    pub source: String,
}

/// The seed lines of the two indicators.
const SOURCE: &str = "002:4409-4427";

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
/// 5. otherwise → loneliness, threatened isolation (row 1).
pub fn decide_persistence(facts: &PersistenceFacts) -> PersistenceDecision {
    let (rule, persistence, nl, en) = if facts.psychiatric_or_psychogeriatric {
        (
            PersistenceRule::PsychiatricInterwoven,
            Persistence::StructuralPsychiatric,
            "Het isolement is verweven met psychiatrische of psychogeriatrische problematiek: categorie 4.",
            "The isolation is interwoven with psychiatric or psychogeriatric problems: category 4.",
        )
    } else if facts.structural {
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
    PersistenceDecision {
        instrument: super::TYPOLOGY.to_owned(),
        instrument_version: super::TYPOLOGY_VERSION.to_owned(),
        persistence,
        category: persistence.category(),
        rule,
        explanation: Bilingual::new(format!("{nl} {NOTE_NL}"), format!("{en} {NOTE_EN}")),
        source: SOURCE.to_owned(),
    }
}

impl Document for PersistenceFacts {
    const KIND: &'static str = "persistence_facts";
}

impl Document for PersistenceDecision {
    const KIND: &'static str = "persistence_decision";

    fn check(&self) -> Result<(), Error> {
        if self.category != self.persistence.category() {
            let msg = format!("must be the category of the persistence, {}", self.persistence.category());
            return Err(Error::invalid(Path::root().key("category"), msg));
        }
        Ok(())
    }
}
