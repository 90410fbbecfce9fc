//! The selector by goal: the guide's own mapping first (004:59-75), then steun's readings.

use serde::{Deserialize, Serialize};

use super::{CitedText, MappingSource, Said, Werkvorm, WerkvormGoal, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};
use crate::document::Document;
use crate::lang::Lang;

/// One pairing of a goal and a werkvorm, with where it comes from.
#[derive(Clone, Copy, Debug)]
pub struct Pairing {
    /// The goal.
    pub goal: WerkvormGoal,
    /// The werkvorm.
    pub werkvorm: Werkvorm,
    /// The guide's usage guide, or steun's reading.
    pub source: MappingSource,
    /// Why, with the lines.
    pub why: Said,
}

const fn p(goal: WerkvormGoal, werkvorm: Werkvorm, source: MappingSource, why: Said) -> Pairing {
    Pairing { goal, werkvorm, source, why }
}

use MappingSource::{Guide, LibraryReading as Reading};
use Werkvorm as W;
use WerkvormGoal as G;

/// Every pairing, the guide's first. The guide's usage guide names seven werkvormen for its
/// four goals (004:61-75); the rest are steun's readings of each werkvorm's own text
/// (interpretation W2), which `include_readings: false` leaves out.
pub const MAPPING: &[Pairing] = &[
    p(G::GetAcquaintedExchange, W::WorldCafe, Guide, Said { nl: "De gids noemt het Wereldcafé bij kennismaken en uitwisselen.", en: "The guide names the world café for getting acquainted and exchanging.", lines: "004:63" }),
    p(G::GetAcquaintedExchange, W::WorkingVisit, Guide, Said { nl: "De gids noemt het werkbezoek bij kennismaken en uitwisselen.", en: "The guide names the working visit for getting acquainted and exchanging.", lines: "004:63" }),
    p(G::InformResidents, W::ThemeWeek, Guide, Said { nl: "De gids noemt een Week van onafhankelijke cliëntondersteuning bij inwoners informeren.", en: "The guide names a Week of independent client support for informing residents.", lines: "004:67" }),
    p(G::CompareApproaches, W::ClientJourney, Guide, Said { nl: "De gids noemt de cliëntenreis bij aanpak vergelijken.", en: "The guide names the client journey for comparing approaches.", lines: "004:71" }),
    p(G::CompareApproaches, W::Personas, Guide, Said { nl: "De gids noemt een vergelijking via persona's bij aanpak vergelijken.", en: "The guide names a comparison through personas for comparing approaches.", lines: "004:71" }),
    p(G::StimulateCooperation, W::MysteryGuest, Guide, Said { nl: "De gids noemt kwaliteitstoetsing via een Mystery Guest-project bij samenwerking stimuleren.", en: "The guide names quality testing through a mystery-guest project for stimulating cooperation.", lines: "004:75" }),
    p(G::StimulateCooperation, W::GgzMirror, Guide, Said { nl: "De gids noemt een onderzoek zoals de (O)ggz-spiegel bij samenwerking stimuleren.", en: "The guide names a study like the (O)ggz mirror for stimulating cooperation.", lines: "004:75" }),
    // steun's readings (W2): each werkvorm's own "Hoe pakt u dit samen met uw regio op?".
    p(G::InformResidents, W::ArtCulture, Reading, Said { nl: "De gids noemt bij de Week een activiteit met kunst of participatief drama; Kunst & cultuur laat cliënten hun ervaring tonen.", en: "The guide mentions an activity with art or participatory drama within the Week; art & culture lets clients show their experience.", lines: "004:67, 004:344" }),
    p(G::StimulateCooperation, W::CooperationMap, Reading, Said { nl: "De landkaart gaat over ambities en samenwerkingsmogelijkheden voor regionale samenwerking.", en: "The map is about ambitions and options for regional cooperation.", lines: "004:186" }),
    p(G::StimulateCooperation, W::NetworkAnalysis, Reading, Said { nl: "De netwerkanalyse laat zien wie de verbindende schakels zijn en met wie u verbinding zou moeten maken.", en: "The network analysis shows who the connecting links are and with whom to connect.", lines: "004:247" }),
    p(G::CompareApproaches, W::InnovationSpiral, Reading, Said { nl: "Met de Innovatiespiraal stellen gemeenten samen vast hoe ver zij zijn op een aspect.", en: "With the innovation spiral municipalities establish together how far they are on an aspect.", lines: "004:254" }),
    p(G::StimulateCooperation, W::InnovationSpiral, Reading, Said { nl: "De Innovatiespiraal helpt blokkades te vinden en verbindingen te prioriteren.", en: "The innovation spiral helps find blockages and prioritise connections.", lines: "004:294" }),
    p(G::CompareApproaches, W::MysteryGuest, Reading, Said { nl: "Een Mystery Guest-project vergelijkt de aanpak met andere gemeenten, als spiegel en niet als rangorde.", en: "A mystery-guest project compares the approach with other municipalities, as a mirror, not a ranking.", lines: "004:350, 004:358" }),
    p(G::GetAcquaintedExchange, W::CooperationMap, Reading, Said { nl: "De landkaart brengt verschillende partijen op een andere manier met elkaar in gesprek.", en: "The map gets different parties talking to each other in another way.", lines: "004:160" }),
];

/// The goals the guide's usage guide names `w` for.
pub(crate) fn guide_goals(w: Werkvorm) -> Vec<WerkvormGoal> {
    MAPPING.iter().filter(|m| m.werkvorm == w && m.source == Guide).map(|m| m.goal).collect()
}

/// A request for the werkvormen of a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelectQuery {
    /// The goal (004:59-75).
    pub goal: WerkvormGoal,
    /// Also steun's readings for the werkvormen the guide does not place (default true;
    /// interpretation W2). `false` gives the guide's mapping only.
    #[serde(default = "yes")]
    pub include_readings: bool,
    /// Only this language's texts; both when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

fn yes() -> bool {
    true
}

impl Document for SelectQuery {
    const KIND: &'static str = "werkvorm_select_query";
}

/// One werkvorm selected for a goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelectMatch {
    /// The werkvorm.
    pub werkvorm: Werkvorm,
    /// `guide` when the usage guide names it for the goal; `library_reading` otherwise.
    pub source: MappingSource,
    /// Why, with the lines.
    pub why: CitedText,
}

/// The werkvormen for a goal, the guide's first. Not a ranking: within each source the
/// order is the mapping's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WerkvormSelection {
    /// Always `movisie-2017-werkvormen`.
    pub instrument: String,
    /// The version of steun's encoding of the guide.
    pub instrument_version: String,
    /// The goal asked for.
    pub goal: WerkvormGoal,
    /// The werkvormen, the guide's pairings first.
    pub matches: Vec<SelectMatch>,
    /// What the guide adds to the goal in words: combining werkvormen and repeating them
    /// works better than a one-off activity (004:47).
    pub note: CitedText,
    /// The source.
    pub source: String,
}

impl Document for WerkvormSelection {
    const KIND: &'static str = "werkvorm_selection";
}

const NOTE: Said = Said {
    nl: "Een combinatie van werkvormen is mogelijk en kan de effectiviteit vergroten; herhaling speelt een belangrijke rol. Werkvormen gemarkeerd als lezing van steun staan niet in de gebruikswijzer van de gids.",
    en: "Werkvormen may be combined, which can make them more effective; repetition matters. Werkvormen marked as steun's reading are not in the guide's usage guide.",
    lines: "004:47, 004:59-75",
};

/// The werkvormen for `q.goal`.
pub fn select(q: &SelectQuery) -> WerkvormSelection {
    let matches = MAPPING
        .iter()
        .filter(|m| m.goal == q.goal && (q.include_readings || m.source == Guide))
        .map(|m| SelectMatch { werkvorm: m.werkvorm, source: m.source, why: CitedText::of(&m.why, q.lang) })
        .collect();
    WerkvormSelection {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        goal: q.goal,
        matches,
        note: CitedText::of(&NOTE, q.lang),
        source: SOURCE.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_pairings_come_first_and_are_unique() {
        let first_reading = MAPPING.iter().position(|m| m.source == Reading).unwrap();
        assert!(MAPPING[first_reading..].iter().all(|m| m.source == Reading));
        for (i, m) in MAPPING.iter().enumerate() {
            assert!(MAPPING[..i].iter().all(|o| (o.goal, o.werkvorm) != (m.goal, m.werkvorm)));
        }
    }
}
