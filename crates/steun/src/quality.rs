//! Quality of life (kwaliteit van bestaan): Schalock's eight dimensions, with the variables
//! to monitor and the result indicators from Van Loon's table.
//!
//! Sources: 002:466-469 (Schalock's dimensions), 002:1338-1343, 002:803-890 (Van Loon's
//! table of variables and indicators), 002:1495-1540 (the assessment grid's rows).

use crate::lang::{labelled_enum, Lang};

labelled_enum! {
    /// A dimension of quality of life (dimensie kwaliteit van bestaan), in the order of Van
    /// Loon's table and the assessment grid (002:803-890, 002:1495-1540; Schalock, 002:466-469).
    pub enum Dimension {
        /// Emotioneel welbevinden.
        EmotionalWellbeing = "emotional_wellbeing" { nl: "Emotioneel welbevinden", en: "Emotional wellbeing" },
        /// Interpersoonlijke relaties.
        InterpersonalRelations = "interpersonal_relations" { nl: "Interpersoonlijke relaties", en: "Interpersonal relations" },
        /// Materieel welbevinden.
        MaterialWellbeing = "material_wellbeing" { nl: "Materieel welbevinden", en: "Material wellbeing" },
        /// Persoonlijke ontplooiing.
        PersonalDevelopment = "personal_development" { nl: "Persoonlijke ontplooiing", en: "Personal development" },
        /// Lichamelijk welbevinden.
        PhysicalWellbeing = "physical_wellbeing" { nl: "Lichamelijk welbevinden", en: "Physical wellbeing" },
        /// Zelfbepaling.
        SelfDetermination = "self_determination" { nl: "Zelfbepaling", en: "Self-determination" },
        /// Sociale inclusie.
        SocialInclusion = "social_inclusion" { nl: "Sociale inclusie", en: "Social inclusion" },
        /// Rechten.
        Rights = "rights" { nl: "Rechten", en: "Rights" },
    }
}

/// Per dimension: (monitored variables nl, en), (result indicators nl, en). 002:803-890.
type Row = ([&'static [&'static str]; 2], [&'static [&'static str]; 2]);

const TABLE: [Row; 8] = [
    // 002:808-816
    (
        [
            &["verbeterde veiligheid", "stabiele en voorspelbare omgevingen", "positieve feedback"],
            &["improved safety", "stable and predictable environments", "positive feedback"],
        ],
        [&["tevredenheid", "zelfbeeld", "gebrek aan stress"], &["satisfaction", "self-image", "absence of stress"]],
    ),
    // 002:818-830
    (
        [
            &["het koesteren van vriendschappen", "het stimuleren van intimiteit", "ondersteunen van gezinnen"],
            &["cherishing friendships", "stimulating intimacy", "supporting families"],
        ],
        [
            &["interacties", "relaties", "de ontvangen ondersteuning"],
            &["interactions", "relations", "support received"],
        ],
    ),
    // 002:832-834
    (
        [&["eigendom", "bezittingen", "werk"], &["ownership", "possessions", "work"]],
        [&["financiële status", "status qua werk", "onderdak"], &["financial status", "work status", "housing"]],
    ),
    // 002:836-846
    (
        [
            &["functioneel onderwijs/scholing", "ondersteunende technologie"],
            &["functional education", "assistive technology"],
        ],
        [
            &["stand van zaken qua opleiding en scholing", "persoonlijke competentie", "prestatie"],
            &["education status", "personal competence", "achievement"],
        ],
    ),
    // 002:848-856
    (
        [
            &["gezondheidszorg", "mobiliteit", "gezondheid", "voeding"],
            &["health care", "mobility", "health", "nutrition"],
        ],
        [
            &["gezondheidsniveau", "algemene dagelijkse activiteiten", "ontspanning en recreatie"],
            &["health level", "activities of daily living", "leisure and recreation"],
        ],
    ),
    // 002:858-866
    (
        [
            &["keuzes", "persoonlijke controle", "beslissingen", "persoonlijke doelen"],
            &["choices", "personal control", "decisions", "personal goals"],
        ],
        [
            &["autonomie", "doelen en persoonlijke waarden", "keuzes"],
            &["autonomy", "goals and personal values", "choices"],
        ],
    ),
    // 002:868-878
    (
        [
            &["rol in de samenleving", "activiteiten in de samenleving", "vrijwilligerswerk"],
            &["role in society", "activities in society", "volunteering"],
        ],
        [
            &["integratie in de samenleving", "rollen in de samenleving", "sociale ondersteuning"],
            &["integration in society", "roles in society", "social support"],
        ],
    ),
    // 002:880-892
    (
        [
            &["privacy", "stemrecht", "rechtvaardige behandeling", "rechten en plichten als burger"],
            &["privacy", "right to vote", "fair treatment", "civic rights and duties"],
        ],
        [
            &["mensenrechten (zoals respect)", "wettelijke rechten (zoals toegang)"],
            &["human rights (such as respect)", "legal rights (such as access)"],
        ],
    ),
];

fn idx(lang: Lang) -> usize {
    match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    }
}

impl Dimension {
    /// The variables to monitor for this dimension (te monitoren variabelen), 002:803-890.
    pub fn monitored_variables(self, lang: Lang) -> &'static [&'static str] {
        TABLE[self as usize].0[idx(lang)]
    }

    /// The indicators of results for this dimension (indicatoren van resultaten), 002:803-890.
    pub fn result_indicators(self, lang: Lang) -> &'static [&'static str] {
        TABLE[self as usize].1[idx(lang)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Labelled;

    #[test]
    fn eight_dimensions_in_the_seed_order() {
        let codes: Vec<_> = Dimension::ALL.iter().map(|d| d.code()).collect();
        assert_eq!(
            codes,
            [
                "emotional_wellbeing",
                "interpersonal_relations",
                "material_wellbeing",
                "personal_development",
                "physical_wellbeing",
                "self_determination",
                "social_inclusion",
                "rights"
            ]
        );
        assert_eq!(Dimension::SocialInclusion.label(Lang::Nl), "Sociale inclusie");
        assert_eq!(Dimension::Rights.label(Lang::En), "Rights");
    }

    #[test]
    fn van_loons_table() {
        assert_eq!(Dimension::MaterialWellbeing.monitored_variables(Lang::Nl), ["eigendom", "bezittingen", "werk"]);
        assert_eq!(Dimension::PhysicalWellbeing.monitored_variables(Lang::En).len(), 4);
        assert_eq!(
            Dimension::SelfDetermination.result_indicators(Lang::En),
            ["autonomy", "goals and personal values", "choices"]
        );
        for d in Dimension::ALL {
            for lang in Lang::ALL {
                assert!(!d.monitored_variables(*lang).is_empty());
                assert_eq!(d.monitored_variables(Lang::Nl).len(), d.monitored_variables(Lang::En).len());
                assert_eq!(d.result_indicators(Lang::Nl).len(), d.result_indicators(Lang::En).len());
            }
        }
    }
}
