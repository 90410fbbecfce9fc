//! The signal matrix (signaleringsmatrix, Jaspers, Overmars e.a. 2011; 002:3735-3859): the
//! level a signal is about, who signals at that level, what for, and whose task it is.

use crate::lang::{labelled_enum, Lang};

labelled_enum! {
    /// The level of a signal in the signal matrix (002:3735-3859).
    pub enum SignalLevel {
        /// Micro: about an individual citizen or client system (002:3739-3775).
        Micro = "micro" { nl: "Microniveau", en: "Micro level" },
        /// Meso: about a client group, districts and neighbourhoods (002:3777-3817).
        Meso = "meso" { nl: "Mesoniveau", en: "Meso level" },
        /// Macro: about target groups, population groups and regions (002:3819-3859).
        Macro = "macro" { nl: "Macroniveau", en: "Macro level" },
    }
}

impl SignalLevel {
    /// Column "Over": whom the signal is about.
    pub fn about(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            // 002:3739-3743
            (SignalLevel::Micro, Lang::Nl) => &["individuele burger", "cliënt-cliëntsysteem"],
            (SignalLevel::Micro, Lang::En) => &["individual citizen", "client and client system"],
            // 002:3777-3783
            (SignalLevel::Meso, Lang::Nl) => &["patiënt-/cliëntgroep", "wijken, buurten, etc."],
            (SignalLevel::Meso, Lang::En) => &["patient or client group", "districts, neighbourhoods, etc."],
            // 002:3819-3825
            (SignalLevel::Macro, Lang::Nl) => &["patiëntengroep", "doelgroep", "bevolkingsgroepen", "regio's"],
            (SignalLevel::Macro, Lang::En) => &["patient group", "target group", "population groups", "regions"],
        }
    }

    /// Column "Door wie": who signals at this level.
    pub fn by_whom(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            // 002:3745-3753
            (SignalLevel::Micro, Lang::Nl) => &["burger", "mantelzorger", "vrijwilliger", "hulp- en zorgverlener"],
            (SignalLevel::Micro, Lang::En) => {
                &["citizen", "informal carer", "volunteer", "care or welfare professional"]
            }
            // 002:3785-3795
            (SignalLevel::Meso, Lang::Nl) => {
                &["professional", "belangenorganisaties", "zorgorganisatie", "hulporganisaties", "beroepsgroep"]
            }
            (SignalLevel::Meso, Lang::En) => &[
                "professional",
                "interest organisations",
                "care organisation",
                "aid organisations",
                "professional body",
            ],
            // 002:3827-3837
            (SignalLevel::Macro, Lang::Nl) => &["organisatie (netwerk)", "koepelorganisaties", "belangenorganisaties"],
            (SignalLevel::Macro, Lang::En) => {
                &["organisation (network)", "umbrella organisations", "interest organisations"]
            }
        }
    }

    /// Column "Waarvoor": what the signalling is for.
    pub fn what_for(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            // 002:3755-3765
            (SignalLevel::Micro, Lang::Nl) => {
                &["waarnemen/opsporen van persoonlijke/individuele zorg-, welzijns- en/of veiligheidsrisico's"]
            }
            (SignalLevel::Micro, Lang::En) => {
                &["noticing and detecting personal, individual risks to care, wellbeing and/or safety"]
            }
            // 002:3797-3807
            (SignalLevel::Meso, Lang::Nl) => {
                &["kwaliteit van zorg- en dienstverlening", "voorzieningen op wijk-, gemeente- en regioniveau"]
            }
            (SignalLevel::Meso, Lang::En) => {
                &["quality of care and services", "provisions at district, municipal and regional level"]
            }
            // 002:3839-3853
            (SignalLevel::Macro, Lang::Nl) => &[
                "knelpunten en risico's in wet- en regelgeving",
                "risico's m.b.t. verschillen in opvattingen, normen en waarden",
            ],
            (SignalLevel::Macro, Lang::En) => {
                &["bottlenecks and risks in laws and regulations", "risks from differences in views, norms and values"]
            }
        }
    }

    /// Column "Taakstelling": whose task signalling is at this level.
    pub fn task(self, lang: Lang) -> &'static str {
        match (self, lang) {
            // 002:3767-3775
            (SignalLevel::Micro, Lang::Nl) => "'burgerzorg'/'burgerplicht'; professiegebonden (individueel)",
            (SignalLevel::Micro, Lang::En) => "citizens' care and duty; bound to the profession (individual)",
            // 002:3809-3817
            (SignalLevel::Meso, Lang::Nl) => "professie- en organisatiegebonden (individueel en systematisch)",
            (SignalLevel::Meso, Lang::En) => "bound to the profession and the organisation (individual and systematic)",
            // 002:3855-3859
            (SignalLevel::Macro, Lang::Nl) => "organisatiegebonden (systematisch)",
            (SignalLevel::Macro, Lang::En) => "bound to the organisation (systematic)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Labelled;

    #[test]
    fn matrix_rows_follow_the_figure() {
        assert_eq!(SignalLevel::ALL, &[SignalLevel::Micro, SignalLevel::Meso, SignalLevel::Macro]);
        // Counts per cell, read off figure 1 (002:3737-3859).
        let counts: Vec<(usize, usize, usize)> = SignalLevel::ALL
            .iter()
            .map(|l| (l.about(Lang::Nl).len(), l.by_whom(Lang::Nl).len(), l.what_for(Lang::Nl).len()))
            .collect();
        assert_eq!(counts, [(2, 4, 1), (2, 5, 2), (4, 3, 2)]);
        for l in SignalLevel::ALL {
            assert_eq!(l.about(Lang::Nl).len(), l.about(Lang::En).len());
            assert_eq!(l.by_whom(Lang::Nl).len(), l.by_whom(Lang::En).len());
            assert_eq!(l.what_for(Lang::Nl).len(), l.what_for(Lang::En).len());
        }
        assert!(SignalLevel::Micro.by_whom(Lang::Nl).contains(&"mantelzorger"));
        assert!(SignalLevel::Macro.task(Lang::Nl).contains("systematisch"));
    }
}
