//! What is signalled: coded kinds of signals. The network's risk groups (002:4463-4469) are
//! [`crate::isolation::RiskGroup`], shared with the isolation typology.

use crate::lang::labelled_enum;

labelled_enum! {
    /// A coded kind of signal, as the Veenendaal network meets them (002:4491-4519): the
    /// network's theme (loneliness, isolation), practical problems a professional solves at
    /// once, and the complex problems that bring a case to the network. `other` needs a
    /// description on the report.
    pub enum SignalKind {
        /// Eenzaamheid (002:4494).
        Loneliness = "loneliness" { nl: "Eenzaamheid", en: "Loneliness" },
        /// Sociaal isolement (002:4446-4448).
        SocialIsolation = "social_isolation" { nl: "Sociaal isolement", en: "Social isolation" },
        /// Cannot prepare a hot meal any more (002:4504) — practical.
        Meals = "meals" { nl: "Kan geen warme maaltijd meer klaarmaken", en: "Cannot prepare a hot meal" },
        /// Problems keeping the home clean (002:4504-4505) — practical.
        Housekeeping = "housekeeping" { nl: "Problemen met schoonhouden van de woning", en: "Problems keeping the home clean" },
        /// Lichamelijke verwaarlozing (002:4517-4518).
        PhysicalNeglect = "physical_neglect" { nl: "Lichamelijke verwaarlozing", en: "Physical neglect" },
        /// Storend gedrag (002:4518).
        DisturbingBehaviour = "disturbing_behaviour" { nl: "Storend gedrag", en: "Disturbing behaviour" },
        /// (Beginnende) dementie (002:4518).
        Dementia = "dementia" { nl: "(Beginnende) dementie", en: "(Early) dementia" },
        /// Mishandeling (002:4518).
        Abuse = "abuse" { nl: "Mishandeling", en: "Abuse" },
        /// Drankmisbruik (002:4518).
        AlcoholAbuse = "alcohol_abuse" { nl: "Drankmisbruik", en: "Alcohol abuse" },
        /// Psychiatrische problematiek (002:4519).
        PsychiatricProblems = "psychiatric_problems" { nl: "Psychiatrische problematiek", en: "Psychiatric problems" },
        /// Anders ("en dergelijke", 002:4519): described in the report's text.
        Other = "other" { nl: "Anders", en: "Other" },
    }
}

impl SignalKind {
    /// Practical problems that the professional who meets them solves at once, e.g. with a
    /// meal service or home help, without the network (002:4503-4507).
    pub fn is_practical(self) -> bool {
        matches!(self, SignalKind::Meals | SignalKind::Housekeeping)
    }
}
