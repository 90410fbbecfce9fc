//! The eight types of socially isolated older people (002:4235-4405) and the inverse lookup
//! from a type to its row (category) and column (orientation).

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual, Labelled, Lang};
use crate::Error;

use super::{Orientation, Persistence};

labelled_enum! {
    /// One of the eight types of the typology, row by row, the participation-oriented type
    /// first (002:4257-4379).
    pub enum IsolationType {
        /// Actieven (gericht op participatie): row 1, oriented (002:4257-4261).
        Actives = "actives" { nl: "Actieven", en: "Actives" },
        /// Geborgenen (gericht op aanpassing aan de situatie): row 1, not oriented (002:4263-4269).
        Sheltered = "sheltered" { nl: "Geborgenen", en: "Sheltered" },
        /// Achterblijvers (klein netwerk kwijtgeraakt): row 2, oriented (002:4299-4303).
        LeftBehind = "left_behind" { nl: "Achterblijvers", en: "Left behind" },
        /// Afhankelijken (beperkende relatie): row 2, not oriented (002:4305-4307).
        Dependents = "dependents" { nl: "Afhankelijken", en: "Dependents" },
        /// Compenseerders (actief in formele verbanden): row 3, oriented (002:4335-4339).
        Compensators = "compensators" { nl: "Compenseerders", en: "Compensators" },
        /// Buitenstaanders (probleemverbergers): row 3, not oriented (002:4341-4345).
        Outsiders = "outsiders" { nl: "Buitenstaanders", en: "Outsiders" },
        /// Hoopvollen (teleurgesteld, afwachtend): row 4, oriented (002:4369-4373).
        Hopefuls = "hopefuls" { nl: "Hoopvollen", en: "Hopefuls" },
        /// Overlevers (verslagen, gemarginaliseerd): row 4, not oriented (002:4375-4379).
        Survivors = "survivors" { nl: "Overlevers", en: "Survivors" },
    }
}

impl IsolationType {
    /// The type in row `persistence` and the column for `participation_oriented`.
    pub fn of(persistence: Persistence, participation_oriented: bool) -> Self {
        use IsolationType as T;
        match (persistence, participation_oriented) {
            (Persistence::Threatened, true) => T::Actives,
            (Persistence::Threatened, false) => T::Sheltered,
            (Persistence::Situational, true) => T::LeftBehind,
            (Persistence::Situational, false) => T::Dependents,
            (Persistence::StructuralComplex, true) => T::Compensators,
            (Persistence::StructuralComplex, false) => T::Outsiders,
            (Persistence::StructuralPsychiatric, true) => T::Hopefuls,
            (Persistence::StructuralPsychiatric, false) => T::Survivors,
        }
    }

    /// The row of the type.
    pub fn persistence(self) -> Persistence {
        use IsolationType as T;
        match self {
            T::Actives | T::Sheltered => Persistence::Threatened,
            T::LeftBehind | T::Dependents => Persistence::Situational,
            T::Compensators | T::Outsiders => Persistence::StructuralComplex,
            T::Hopefuls | T::Survivors => Persistence::StructuralPsychiatric,
        }
    }

    /// The column of the type.
    pub fn orientation(self) -> Orientation {
        use IsolationType as T;
        Orientation::of(matches!(self, T::Actives | T::LeftBehind | T::Compensators | T::Hopefuls))
    }

    /// True for the column "gericht op sociale participatie".
    pub fn participation_oriented(self) -> bool {
        self.orientation().is_oriented()
    }

    /// The category number 1..4 (the row).
    pub fn category(self) -> u8 {
        self.persistence().category()
    }

    /// The table's characterisation of the type (the words in brackets under its name),
    /// with an English rendering.
    pub fn description(self, lang: Lang) -> &'static str {
        use IsolationType as T;
        let (nl, en) = match self {
            T::Actives => ("gericht op participatie", "oriented to participation"),
            T::Sheltered => ("gericht op aanpassing aan de situatie", "oriented to adapting to the situation"),
            T::LeftBehind => ("klein netwerk kwijtgeraakt", "have lost a small network"),
            T::Dependents => ("beperkende relatie", "a restricting relationship"),
            T::Compensators => ("actief in formele verbanden", "active in formal settings"),
            T::Outsiders => ("probleemverbergers", "hide their problems"),
            T::Hopefuls => ("teleurgesteld, afwachtend", "disappointed, waiting"),
            T::Survivors => ("verslagen, gemarginaliseerd", "defeated, marginalised"),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// The label in both languages.
    pub fn label_bilingual(self) -> Bilingual {
        Bilingual::new(self.label(Lang::Nl), self.label(Lang::En))
    }

    /// The description in both languages.
    pub fn description_bilingual(self) -> Bilingual {
        Bilingual::new(self.description(Lang::Nl), self.description(Lang::En))
    }
}

/// A type with its place in the table: the inverse lookup, and one entry of the reference
/// set `isolation_types`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IsolationTypeInfo {
    /// The type.
    #[serde(rename = "type")]
    pub r#type: IsolationType,
    /// The category 1..4 (the row of the table).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 4)))]
    #[serde(deserialize_with = "crate::isolation::category")]
    pub category: u8,
    /// The persistence of the isolation (the row).
    pub persistence: Persistence,
    /// The orientation to social participation (the column).
    pub orientation: Orientation,
    /// True for the column "gericht op sociale participatie".
    pub participation_oriented: bool,
    /// The type's name.
    pub label: Bilingual,
    /// The table's characterisation of the type.
    pub description: Bilingual,
    /// The seed lines of the table.
    pub source: String,
}

/// The inverse lookup: where `t` sits in the table.
pub fn type_info(t: IsolationType) -> IsolationTypeInfo {
    IsolationTypeInfo {
        r#type: t,
        category: t.category(),
        persistence: t.persistence(),
        orientation: t.orientation(),
        participation_oriented: t.participation_oriented(),
        label: t.label_bilingual(),
        description: t.description_bilingual(),
        source: super::SOURCE.to_owned(),
    }
}

/// All eight types with their place in the table, in the table's order.
pub fn types() -> Vec<IsolationTypeInfo> {
    IsolationType::ALL.iter().map(|t| type_info(*t)).collect()
}

impl Document for IsolationTypeInfo {
    const KIND: &'static str = "isolation_type_info";

    /// A stored entry must say what the table says of its type.
    fn check(&self) -> Result<(), Error> {
        super::classify::same_as(self, &type_info(self.r#type))
    }
}
