//! The support model and the Kanteling's solution rings.

use crate::lang::labelled_enum;

labelled_enum! {
    /// A source of support in the support model (supportmodel, 002:584-668): what a person
    /// does themself, their network, community provisions, and professionals, who come in
    /// when the others fall short.
    pub enum SupportSource {
        /// Self support: what the person can do for themself (zelfredzaamheid).
        SelfSupport = "self" { nl: "Zelf (self support)", en: "Self support" },
        /// Natural support from the social network.
        Natural = "natural" { nl: "Natuurlijke steun (sociaal netwerk)", en: "Natural support (social network)" },
        /// Community support: social provisions open to everyone.
        Community = "community" { nl: "Maatschappelijke voorzieningen (community support)", en: "Community support" },
        /// Professional care and services.
        Professional = "professional" { nl: "Professionele zorg en dienstverlening", en: "Professional support" },
    }
}

labelled_enum! {
    /// The four kinds of solution of De Kanteling, in their inside-out order
    /// (002:1120-1190): arrangements are built from the inside out, and an individual
    /// provision comes in when the inner rings are insufficient. `Ord` follows that order.
    pub enum SolutionRing {
        /// Eigen kracht: what the citizen can do and organise themself.
        OwnStrength = "own_strength" { nl: "Eigen kracht", en: "Own strength" },
        /// Sociaal netwerk (sociale omgeving).
        SocialNetwork = "social_network" { nl: "Sociaal netwerk", en: "Social network" },
        /// Algemene voorzieningen.
        GeneralProvision = "general_provision" { nl: "Algemene voorzieningen", en: "General provisions" },
        /// Individuele voorzieningen.
        IndividualProvision = "individual_provision" { nl: "Individuele voorzieningen", en: "Individual provisions" },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Labelled;

    #[test]
    fn rings_run_from_the_inside_out() {
        let rings = SolutionRing::ALL;
        assert!(rings.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(rings[0], SolutionRing::OwnStrength);
        assert_eq!(rings[3], SolutionRing::IndividualProvision);
    }
}
