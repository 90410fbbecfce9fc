//! Who reports a signal: reporter roles (from the signal matrix and the Veenendaal network)
//! and the reporter's place in the network (core or shell partner, or outside it).

use crate::lang::labelled_enum;
use crate::signals::SignalLevel;

labelled_enum! {
    /// The role of whoever reports a signal. The first four are the matrix's micro column
    /// (002:3745-3753); police, neighbours, family and church are the Veenendaal network's
    /// reporters from outside the core (002:4495-4498); the organisations are the matrix's
    /// meso and macro columns (002:3785-3795, 002:3827-3837).
    pub enum ReporterRole {
        /// A resident, citizen (burger, bewoner).
        Resident = "resident" { nl: "Burger, bewoner", en: "Resident" },
        /// An informal carer (mantelzorger).
        InformalCarer = "informal_carer" { nl: "Mantelzorger", en: "Informal carer" },
        /// A volunteer (vrijwilliger).
        Volunteer = "volunteer" { nl: "Vrijwilliger", en: "Volunteer" },
        /// A care or welfare professional (hulp- en zorgverlener, professional).
        Professional = "professional" { nl: "Hulp- en zorgverlener (professional)", en: "Care or welfare professional" },
        /// The police (politie).
        Police = "police" { nl: "Politie", en: "Police" },
        /// A neighbour (buren).
        Neighbour = "neighbour" { nl: "Buren", en: "Neighbour" },
        /// Family (familie).
        Family = "family" { nl: "Familie", en: "Family" },
        /// People from the church (mensen van de kerk).
        Church = "church" { nl: "Mensen van de kerk", en: "Church members" },
        /// An interest organisation (belangenorganisatie).
        InterestOrganisation = "interest_organisation" { nl: "Belangenorganisatie", en: "Interest organisation" },
        /// A care organisation (zorgorganisatie).
        CareOrganisation = "care_organisation" { nl: "Zorgorganisatie", en: "Care organisation" },
        /// An aid organisation (hulporganisatie).
        AidOrganisation = "aid_organisation" { nl: "Hulporganisatie", en: "Aid organisation" },
        /// A professional body (beroepsgroep).
        ProfessionalBody = "professional_body" { nl: "Beroepsgroep", en: "Professional body" },
        /// An organisation as a network (organisatie (netwerk)).
        NetworkOrganisation = "network_organisation" { nl: "Organisatie (netwerk)", en: "Organisation (network)" },
        /// An umbrella organisation (koepelorganisatie).
        UmbrellaOrganisation = "umbrella_organisation" { nl: "Koepelorganisatie", en: "Umbrella organisation" },
    }
}

impl ReporterRole {
    /// The matrix levels at which this role signals (002:3745-3753, 002:3785-3795,
    /// 002:3827-3837). Police, neighbours, family and church are not in the matrix; they
    /// report about an individual (002:4497-4498), so the library places them with the
    /// citizens at micro level (an interpretation).
    pub fn levels(self) -> &'static [SignalLevel] {
        use ReporterRole as R;
        use SignalLevel::{Macro, Meso, Micro};
        match self {
            R::Resident | R::InformalCarer | R::Volunteer | R::Police | R::Neighbour | R::Family | R::Church => {
                &[Micro]
            }
            R::Professional => &[Micro, Meso],
            R::CareOrganisation | R::AidOrganisation | R::ProfessionalBody => &[Meso],
            R::InterestOrganisation => &[Meso, Macro],
            R::NetworkOrganisation | R::UmbrellaOrganisation => &[Macro],
        }
    }
}

labelled_enum! {
    /// The reporter's place in the signalling network (002:4472-4498): core partners meet
    /// every six weeks to discuss cases, shell partners twice a year; anyone else may still
    /// report a case.
    pub enum NetworkTier {
        /// Kernpartner: a first-line organisation in the six-weekly case meeting (002:4476-4482).
        CorePartner = "core_partner" { nl: "Kernpartner", en: "Core partner" },
        /// Schilpartner: meets twice a year (002:4484-4489).
        ShellPartner = "shell_partner" { nl: "Schilpartner", en: "Shell partner" },
        /// Not a partner: in principle anyone may report (002:4495-4498).
        Outside = "outside" { nl: "Geen netwerkpartner", en: "Not a network partner" },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Labelled;

    #[test]
    fn every_matrix_reporter_sits_at_its_levels() {
        use SignalLevel::*;
        // Independent table from figure 1 (002:3737-3859): role -> levels.
        let table = [
            ("resident", vec![Micro]),
            ("informal_carer", vec![Micro]),
            ("volunteer", vec![Micro]),
            ("professional", vec![Micro, Meso]),
            ("interest_organisation", vec![Meso, Macro]),
            ("care_organisation", vec![Meso]),
            ("aid_organisation", vec![Meso]),
            ("professional_body", vec![Meso]),
            ("network_organisation", vec![Macro]),
            ("umbrella_organisation", vec![Macro]),
        ];
        for (code, levels) in table {
            assert_eq!(ReporterRole::from_code(code).unwrap().levels(), levels.as_slice(), "{code}");
        }
        for l in SignalLevel::ALL {
            assert!(ReporterRole::ALL.iter().any(|r| r.levels().contains(l)));
        }
    }
}
