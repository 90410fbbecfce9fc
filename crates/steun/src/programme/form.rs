//! The decision record for the organisational form (inrichtingsvorm, 003:815-847): per theme of
//! the guide's frame (table "Thema · Afweging", 003:838-847) what the municipality weighed,
//! the options it considered and the form it chose with its reasons. steun never picks the
//! form: the forms themselves are in another handreiking (003:819) and the frame gives no
//! weights (interpretation CP2).

use serde::{Deserialize, Serialize};

use super::plan::{MAX_ID_CHARS, MAX_ITEMS, MAX_TEXT_CHARS};
use super::{INSTRUMENT, INSTRUMENT_VERSION};
use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled};
use crate::text::FreeText;
use crate::{Error, Path};

labelled_enum! {
    /// The nine themes of the frame (003:838-847), in the table's order.
    pub enum FormTheme {
        /// 003:839.
        Independence = "independence" { nl: "Onafhankelijkheid", en: "Independence" },
        /// 003:840.
        FreedomOfChoice = "freedom_of_choice" { nl: "Keuzevrijheid voor de inwoner", en: "Freedom of choice for the resident" },
        /// 003:841.
        Budget = "budget" { nl: "Budget", en: "Budget" },
        /// 003:842.
        QualityExpertise = "quality_expertise" { nl: "Kwaliteit en deskundigheid", en: "Quality and expertise" },
        /// 003:843.
        Availability = "availability" { nl: "Beschikbaarheid/bereikbaarheid", en: "Availability and reachability" },
        /// 003:844.
        Continuity = "continuity" { nl: "Continuïteit", en: "Continuity" },
        /// 003:845.
        Coordination = "coordination" { nl: "Coördinatie", en: "Coordination" },
        /// 003:846.
        ResidentPreferences = "resident_preferences" { nl: "Voorkeuren inwoners/inwonersvertegenwoordigers", en: "Preferences of residents and their representatives" },
        /// 003:847.
        CurrentSituation = "current_situation" { nl: "Huidige situatie", en: "Current situation" },
    }
}

impl FormTheme {
    /// The question to weigh (the table's "Afweging" column) and its line.
    pub fn question(self) -> (&'static str, &'static str, &'static str) {
        use FormTheme as T;
        match self {
            T::Independence => ("Wat noemen we in onze gemeente onafhankelijk en zijn de inwoners/ inwonersvertegenwoordigers het daarmee eens?", "What do we call independent in our municipality, and do residents and their representatives agree?", "003:839"),
            T::FreedomOfChoice => ("Ervaart de inwoner voldoende ruimte om zelf een cliëntondersteuner te kiezen die bij hem en zijn situatie past?", "Does the resident experience enough room to choose a client supporter who suits them and their situation?", "003:840"),
            T::Budget => ("Welke financiële ruimte hebben we in onze gemeente voor de inzet van cliëntondersteuners en hoe maken we daar optimaal gebruik van?", "What financial room do we have for client supporters, and how do we use it best?", "003:841"),
            T::QualityExpertise => ("Welke kwaliteit en deskundigheid moeten cliëntondersteuners minimaal hebben?", "What quality and expertise must client supporters have at least?", "003:842"),
            T::Availability => ("Ervaren inwoners dat de cliëntondersteuners voldoende dichtbij beschikbaar zijn?", "Do residents experience client supporters as available close enough by?", "003:843"),
            T::Continuity => ("Hoe belangrijk vinden wij/de inwoners het dat zij bij een nieuwe vraag een beroep kunnen doen op dezelfde cliëntondersteuner?", "How important is it to us and to residents that they can call on the same client supporter with a new question?", "003:844"),
            T::Coordination => ("Als meer partijen cliëntondersteuning aanbieden, is een vorm van coördinatie van de onderlinge samenwerking gewenst: hoe voorzien we hierin?", "If several parties offer client support, some coordination of their cooperation is wanted: how do we provide it?", "003:845"),
            T::ResidentPreferences => ("Welke voorkeuren hebben inwoners als het gaat om de inrichting van cliëntondersteuning?", "Which preferences do residents have for how client support is organised?", "003:846"),
            T::CurrentSituation => ("Wat is de huidige situatie in de gemeente en in hoeverre sluit de gewenste nieuwe inrichting hierbij aan?", "What is the current situation in the municipality, and how far does the desired new form connect to it?", "003:847"),
        }
    }
}

/// An organisational form the municipality considers (the forms are its own; 003:819).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormOption {
    /// The record's own id, e.g. `O1` (unique).
    pub id: String,
    /// A description of the form.
    pub description: FreeText,
}

/// What was weighed on one theme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeConsideration {
    /// The theme (each at most once).
    pub theme: FormTheme,
    /// The considerations written down.
    pub considerations: FreeText,
    /// The options weighed on this theme, by id.
    #[serde(default)]
    pub options: Vec<String>,
}

/// The form chosen and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChosenForm {
    /// The option chosen, by id.
    pub option: String,
    /// The reasons.
    pub reasons: FreeText,
}

/// A decision record for the organisational form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationFormRecord {
    /// The options considered.
    #[serde(default)]
    pub options: Vec<FormOption>,
    /// What was weighed, per theme.
    #[serde(default)]
    pub themes: Vec<ThemeConsideration>,
    /// The choice, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen: Option<ChosenForm>,
}

fn too_long(t: &FreeText, at: Path) -> Result<(), Error> {
    let n = t.as_str().chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(Error::Limit {
            message: format!("{at}: {n} characters; at most {MAX_TEXT_CHARS} (max_text_chars)"),
        });
    }
    Ok(())
}

impl Document for OrganisationFormRecord {
    const KIND: &'static str = "co_organisation_form_record";

    fn check(&self) -> Result<(), Error> {
        let root = Path::root();
        if self.options.len() > MAX_ITEMS {
            return Err(Error::Limit {
                message: format!("options: {} items; at most {MAX_ITEMS} (max_items)", self.options.len()),
            });
        }
        let mut ids: Vec<&str> = Vec::new();
        for (i, o) in self.options.iter().enumerate() {
            let at = root.clone().key("options").index(i);
            if o.id.trim().is_empty() || o.id.chars().count() > MAX_ID_CHARS {
                return Err(Error::invalid(at.key("id"), format!("an id of 1 to {MAX_ID_CHARS} characters")));
            }
            if ids.contains(&o.id.as_str()) {
                return Err(Error::invalid(at.key("id"), "the same id as an earlier option; ids are unique"));
            }
            ids.push(&o.id);
            too_long(&o.description, at.key("description"))?;
        }
        let mut seen = [false; 9];
        for (i, t) in self.themes.iter().enumerate() {
            let at = root.clone().key("themes").index(i);
            if std::mem::replace(&mut seen[t.theme as usize], true) {
                return Err(Error::invalid(at.key("theme"), "this theme is recorded twice"));
            }
            too_long(&t.considerations, at.clone().key("considerations"))?;
            for (j, o) in t.options.iter().enumerate() {
                if !ids.contains(&o.as_str()) {
                    return Err(Error::invalid(
                        at.clone().key("options").index(j),
                        "not the id of an option in this record",
                    ));
                }
            }
        }
        if let Some(c) = &self.chosen {
            let at = root.key("chosen");
            if !ids.contains(&c.option.as_str()) {
                return Err(Error::invalid(at.key("option"), "not the id of an option in this record"));
            }
            too_long(&c.reasons, at.key("reasons"))?;
        }
        Ok(())
    }
}

/// One theme in the summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeState {
    /// The theme.
    pub theme: FormTheme,
    /// The guide's question, both languages.
    pub question: Bilingual,
    /// Its line.
    pub lines: String,
    /// True when considerations are written down (not blank).
    pub considered: bool,
    /// How many options were weighed on it.
    pub options_weighed: u32,
}

/// The summary of a decision record. The record's texts are the municipality's and are not
/// repeated here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationFormSummary {
    /// Always `movisie-2020-co-programme`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The nine themes in the table's order.
    pub themes: Vec<ThemeState>,
    /// The themes not yet considered, in the table's order.
    pub not_considered: Vec<FormTheme>,
    /// How many options the record names.
    pub options: u32,
    /// The id of the chosen option, as the record gives it; null while undecided.
    pub chosen_option: Option<String>,
    /// True when a choice is recorded with blank reasons.
    pub chosen_without_reasons: bool,
    /// What the summary is and is not.
    pub explanation: Bilingual,
}

impl Document for OrganisationFormSummary {
    const KIND: &'static str = "co_organisation_form_summary";
}

/// Summarises a record: which themes are considered, which not yet. Never picks a form.
pub fn organisation_form_record(r: &OrganisationFormRecord) -> OrganisationFormSummary {
    let themes: Vec<ThemeState> = FormTheme::ALL
        .iter()
        .map(|&theme| {
            let (nl, en, lines) = theme.question();
            let entry = r.themes.iter().find(|t| t.theme == theme);
            ThemeState {
                theme,
                question: Bilingual::new(nl, en),
                lines: lines.to_owned(),
                considered: entry.is_some_and(|t| !t.considerations.is_blank()),
                options_weighed: entry.map_or(0, |t| t.options.len() as u32),
            }
        })
        .collect();
    OrganisationFormSummary {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        not_considered: themes.iter().filter(|t| !t.considered).map(|t| t.theme).collect(),
        themes,
        options: r.options.len() as u32,
        chosen_option: r.chosen.as_ref().map(|c| c.option.clone()),
        chosen_without_reasons: r.chosen.as_ref().is_some_and(|c| c.reasons.is_blank()),
        explanation: Bilingual::new(
            "Beslisverslag bij het afwegingskader voor de inrichtingsvorm (003:838-847). steun kiest nooit de vorm en weegt niets: het kader geeft geen gewichten, de vormen staan in een andere handreiking (003:819). Een keuze mag vastgelegd zijn terwijl thema's nog openstaan (steun-interpretatie CP2).",
            "Decision record for the frame for the organisational form (003:838-847). steun never picks the form and weighs nothing: the frame gives no weights and the forms are in another handreiking (003:819). A choice may be recorded while themes are still open (steun interpretation CP2).",
        ),
    }
}
