//! Who steers an activity: the facts, and each practice example's own definition side by
//! side (Kwintes 000:2670-2680, SCIP 000:905-911, LFOS 000:65-75). Never one verdict: the
//! guide treats cliënt- and samensturing as a continuum that glides into each other
//! (000:91-101), and each cut-off is one organisation's own.

use serde::{Deserialize, Serialize};

use super::{INSTRUMENT, INSTRUMENT_VERSION, SOURCE};
use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled};
use crate::{Error, Path};

labelled_enum! {
    /// A layer of an organisation, for SCIP's "in alle lagen (van uitvoering tot management)"
    /// (000:905-911). The four layers are steun's reading (interpretation Z5).
    pub enum OrganisationLayer {
        /// Uitvoering: those carrying out the work.
        Execution = "execution" { nl: "Uitvoering", en: "Execution" },
        /// Begeleiding en coördinatie.
        Coordination = "coordination" { nl: "Begeleiding en coördinatie", en: "Supervision and coordination" },
        /// Management.
        Management = "management" { nl: "Management", en: "Management" },
        /// Bestuur.
        Board = "board" { nl: "Bestuur", en: "Board" },
    }
}

labelled_enum! {
    /// How an activity started (Stadsbrug vs SBWU, 000:1753-1771). Descriptive only.
    pub enum StartMode {
        /// Started professionally, parts handed to participants once it runs (Stadsbrug, 000:1753-1765).
        ProfessionalThenHandedOver = "professional_then_handed_over" { nl: "Professioneel gestart, daarna overgedragen aan deelnemers", en: "Started professionally, then handed over to participants" },
        /// Participants have the lead from the start, professionals strongly supportive (SBWU, 000:1767-1771).
        ParticipantsLeadFromStart = "participants_lead_from_start" { nl: "Deelnemers hebben van begin af aan de lead", en: "Participants lead from the start" },
    }
}

labelled_enum! {
    /// LFOS's five features of cliëntsturing (000:65-75).
    pub enum LfosFeature {
        /// De regie ligt bij (ex-)cliënten.
        DirectionWithClients = "direction_with_clients" { nl: "De regie over activiteiten, projecten en organisaties ligt bij (ex-)cliënten", en: "Direction over activities, projects and organisations lies with (ex-)clients" },
        /// De inzet van professionele en betaalde krachten is beperkt.
        LimitedPaidStaff = "limited_paid_staff" { nl: "De inzet van professionele en betaalde krachten is beperkt", en: "The deployment of professional and paid staff is limited" },
        /// Inspraak en zeggenschap zijn gewaarborgd in alle geledingen.
        SayInAllRanks = "say_in_all_ranks" { nl: "Inspraak en zeggenschap zijn gewaarborgd in alle geledingen", en: "Say and control are guaranteed in all ranks" },
        /// Vrijwilligers zijn in de regel ervaringsdeskundigen uit de doelgroep.
        VolunteersExpertsByExperience = "volunteers_experts_by_experience" { nl: "Vrijwilligers zijn in de regel ervaringsdeskundigen uit de doelgroep", en: "Volunteers are as a rule experts by experience from the target group" },
        /// Ieder werkt mee vanuit persoonlijke betrokkenheid.
        PersonalInvolvement = "personal_involvement" { nl: "Ieder werkt mee vanuit persoonlijke betrokkenheid", en: "Everyone takes part from personal involvement" },
    }
}

labelled_enum! {
    /// Whose definition a view applies.
    pub enum SteeringDefinition {
        /// Kwintes: cliënteninitiatief / cliëntgestuurd (000:2670-2680).
        Kwintes = "kwintes" { nl: "Kwintes (Veenendaal)", en: "Kwintes (Veenendaal)" },
        /// SCIP: at least 51% with a client background in all layers (000:905-911).
        Scip = "scip" { nl: "SCIP (Amsterdam)", en: "SCIP (Amsterdam)" },
        /// LFOS, a federation of client-steered initiatives (000:65-75).
        Lfos = "lfos" { nl: "LFOS (2012)", en: "LFOS (2012)" },
    }
}

labelled_enum! {
    /// What a definition says of the facts.
    pub enum SteeringVerdict {
        /// Kwintes: the idea is the clients', staff carry it out.
        ClientInitiative = "client_initiative" { nl: "Cliënteninitiatief", en: "Client initiative" },
        /// Kwintes: clients also carry it out.
        ClientSteered = "client_steered" { nl: "Cliëntgestuurd", en: "Client-steered" },
        /// Kwintes: the idea is not the clients'.
        Neither = "neither" { nl: "Geen van beide", en: "Neither" },
        /// SCIP: at least 51% in every layer given.
        Meets = "meets" { nl: "Voldoet aan deze omschrijving", en: "Meets this definition" },
        /// SCIP: some layer below 51%.
        FallsShort = "falls_short" { nl: "Voldoet niet aan deze omschrijving", en: "Does not meet this definition" },
        /// LFOS: all five features hold.
        AllFeaturesHold = "all_features_hold" { nl: "Alle kenmerken gelden", en: "All features hold" },
        /// LFOS: some feature does not hold.
        NotAllFeaturesHold = "not_all_features_hold" { nl: "Niet alle kenmerken gelden", en: "Not all features hold" },
        /// The facts this definition needs were not given.
        Unknown = "unknown" { nl: "Onbekend: feiten ontbreken", en: "Unknown: facts missing" },
    }
}

/// The share of people with a client background in one layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LayerShare {
    /// The layer.
    pub layer: OrganisationLayer,
    /// How many in it have a client background.
    pub with_client_background: u32,
    /// How many are in it (at least 1, at least `with_client_background`).
    pub total: u32,
}

/// LFOS's five features, each true, false or unknown (left out).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LfosFacts {
    /// Direction lies with (ex-)clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction_with_clients: Option<bool>,
    /// The deployment of paid staff is limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limited_paid_staff: Option<bool>,
    /// Say and control are guaranteed in all ranks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say_in_all_ranks: Option<bool>,
    /// Volunteers are as a rule experts by experience.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteers_experts_by_experience: Option<bool>,
    /// Everyone takes part from personal involvement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_involvement: Option<bool>,
}

impl LfosFacts {
    fn get(&self, f: LfosFeature) -> Option<bool> {
        match f {
            LfosFeature::DirectionWithClients => self.direction_with_clients,
            LfosFeature::LimitedPaidStaff => self.limited_paid_staff,
            LfosFeature::SayInAllRanks => self.say_in_all_ranks,
            LfosFeature::VolunteersExpertsByExperience => self.volunteers_experts_by_experience,
            LfosFeature::PersonalInvolvement => self.personal_involvement,
        }
    }
}

/// The facts of one activity or organisation. Every fact is optional; a definition whose
/// facts are missing says `unknown`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityFacts {
    /// The idea came from clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idea_from_clients: Option<bool>,
    /// Clients are responsible for carrying the activity out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clients_execute: Option<bool>,
    /// The share with a client background per layer (each layer at most once).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<LayerShare>,
    /// LFOS's five features.
    #[serde(default)]
    pub lfos: LfosFacts,
    /// How the activity started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_mode: Option<StartMode>,
}

impl Document for ActivityFacts {
    const KIND: &'static str = "activity_facts";

    fn check(&self) -> Result<(), Error> {
        for (i, l) in self.layers.iter().enumerate() {
            let at = Path::root().key("layers").index(i);
            if self.layers[..i].iter().any(|o| o.layer == l.layer) {
                return Err(Error::invalid(at.key("layer"), "this layer is given twice"));
            }
            if l.total == 0 {
                return Err(Error::invalid(at.key("total"), "expected at least 1"));
            }
            if l.with_client_background > l.total {
                return Err(Error::invalid(at.key("with_client_background"), "expected at most `total`"));
            }
        }
        Ok(())
    }
}

/// One definition applied to the facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SteeringView {
    /// Whose definition.
    pub definition: SteeringDefinition,
    /// The definition in words.
    pub text: Bilingual,
    /// Its lines in 000.
    pub lines: String,
    /// What it says of the facts.
    pub verdict: SteeringVerdict,
    /// SCIP: the layers below 51%.
    pub layers_short: Vec<OrganisationLayer>,
    /// LFOS: the features that do not hold.
    pub features_not_holding: Vec<LfosFeature>,
    /// LFOS: the features not given.
    pub features_unknown: Vec<LfosFeature>,
}

/// Who steers, by each definition side by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SteeringDescription {
    /// Always `movisie-2013-zelfscan`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// Kwintes, SCIP and LFOS, in that order.
    pub views: Vec<SteeringView>,
    /// How the activity started, as given.
    pub start_mode: Option<StartMode>,
    /// Why there is no single verdict.
    pub note: Bilingual,
    /// The source.
    pub source: String,
}

impl Document for SteeringDescription {
    const KIND: &'static str = "steering_description";
}

fn view(definition: SteeringDefinition, nl: &str, en: &str, lines: &str, verdict: SteeringVerdict) -> SteeringView {
    SteeringView {
        definition,
        text: Bilingual::new(nl, en),
        lines: lines.to_owned(),
        verdict,
        layers_short: vec![],
        features_not_holding: vec![],
        features_unknown: vec![],
    }
}

/// Kwintes's two categories (000:2674-2680): "cliëntgestuurd" is read as also having the
/// clients' idea ("ook", interpretation Z4).
fn kwintes(f: &ActivityFacts) -> SteeringVerdict {
    use SteeringVerdict as V;
    match (f.idea_from_clients, f.clients_execute) {
        (Some(false), _) => V::Neither,
        (Some(true), Some(true)) => V::ClientSteered,
        (Some(true), Some(false)) => V::ClientInitiative,
        _ => V::Unknown,
    }
}

/// SCIP: "minimaal 51% van de betrokkenen in alle lagen" (000:905-911), over the layers given.
fn scip_short(f: &ActivityFacts) -> Vec<OrganisationLayer> {
    f.layers
        .iter()
        .filter(|l| u64::from(l.with_client_background) * 100 < u64::from(l.total) * 51)
        .map(|l| l.layer)
        .collect()
}

/// The description of `f`.
pub fn describe(f: &ActivityFacts) -> SteeringDescription {
    use SteeringDefinition as D;
    use SteeringVerdict as V;
    let kw = view(
        D::Kwintes,
        "Cliënteninitiatief: het idee is van de cliënten, maar medewerkers zijn verantwoordelijk voor het uitvoeren van de activiteit. Cliëntgestuurd: de cliënten zijn ook verantwoordelijk voor het uitvoeren van de activiteit.",
        "Client initiative: the idea is the clients', but staff are responsible for carrying the activity out. Client-steered: the clients are also responsible for carrying it out.",
        "000:2670-2680",
        kwintes(f),
    );
    let short = scip_short(f);
    let mut sc = view(
        D::Scip,
        "Cliëntgestuurd betekent minimaal 51% van de betrokkenen in alle lagen (van uitvoering tot management) heeft een cliëntachtergrond.",
        "Client-steered means at least 51% of those involved in all layers (from execution to management) have a client background.",
        "000:905-911",
        if f.layers.is_empty() {
            V::Unknown
        } else if short.is_empty() {
            V::Meets
        } else {
            V::FallsShort
        },
    );
    sc.layers_short = short;
    let not: Vec<LfosFeature> = LfosFeature::ALL.iter().copied().filter(|x| f.lfos.get(*x) == Some(false)).collect();
    let unknown: Vec<LfosFeature> = LfosFeature::ALL.iter().copied().filter(|x| f.lfos.get(*x).is_none()).collect();
    let mut lf = view(
        D::Lfos,
        "De regie over activiteiten, projecten en organisaties ligt bij (ex-)cliënten. De inzet van professionele en betaalde krachten is beperkt. Inspraak en zeggenschap zijn gewaarborgd in alle geledingen. Vrijwilligers zijn in de regel ervaringsdeskundigen uit de doelgroep. Ieder werkt mee vanuit persoonlijke betrokkenheid.",
        "Direction over activities, projects and organisations lies with (ex-)clients. The deployment of professional and paid staff is limited. Say and control are guaranteed in all ranks. Volunteers are as a rule experts by experience from the target group. Everyone takes part from personal involvement.",
        "000:65-75",
        if !not.is_empty() {
            V::NotAllFeaturesHold
        } else if !unknown.is_empty() {
            V::Unknown
        } else {
            V::AllFeaturesHold
        },
    );
    lf.features_not_holding = not;
    lf.features_unknown = unknown;
    SteeringDescription {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        views: vec![kw, sc, lf],
        start_mode: f.start_mode,
        note: Bilingual::new(
            "Drie omschrijvingen naast elkaar, geen oordeel van steun: de gids ziet cliëntsturing en samensturing als glijdend in elkaar overlopend (000:91-101); elke grens hier is die van één organisatie.",
            "Three definitions side by side, no verdict of steun's: the guide sees client steering and joint steering as gliding into each other (000:91-101); each cut-off here is one organisation's own.",
        ),
        source: SOURCE.to_owned(),
    }
}
