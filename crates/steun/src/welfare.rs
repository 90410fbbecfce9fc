//! Welzijn Nieuwe Stijl's eight beacons and the five quality standards of Professioneel
//! Ondersteunen.

use crate::lang::labelled_enum;

labelled_enum! {
    /// The eight beacons (bakens) of Welzijn Nieuwe Stijl (002:909-1052).
    pub enum Beacon {
        /// Baken 1 (002:920).
        QuestionBehindTheQuestion = "question_behind_the_question" { nl: "Gericht op de vraag achter de vraag", en: "Aimed at the question behind the question" },
        /// Baken 2 (002:931).
        OwnStrength = "own_strength" { nl: "Gebaseerd op de eigen kracht van de burger", en: "Based on the citizen's own strength" },
        /// Baken 3 (002:950).
        OutreachDirect = "outreach_direct" { nl: "Direct er op af", en: "Going straight to people" },
        /// Baken 4 (002:966).
        FormalInformalBalance = "formal_informal_balance" { nl: "Formeel en informeel in optimale verhouding", en: "Formal and informal in optimal proportion" },
        /// Baken 5 (002:982).
        CollectiveIndividualBalance = "collective_individual_balance" { nl: "Doordachte balans van collectief en individueel", en: "A considered balance of collective and individual" },
        /// Baken 6 (002:995).
        IntegratedWorking = "integrated_working" { nl: "Integraal werken", en: "Integrated working" },
        /// Baken 7 (002:1006).
        ResultOriented = "result_oriented" { nl: "Niet vrijblijvend, maar resultaatgericht", en: "Not without obligation, but result-oriented" },
        /// Baken 8 (002:1018).
        RoomForTheProfessional = "room_for_the_professional" { nl: "Gebaseerd op ruimte voor de professional", en: "Based on room for the professional" },
    }
}

labelled_enum! {
    /// The five quality standards of Professioneel Ondersteunen (MOVISIE 2011;
    /// 002:3440-3458, 002:4030-4033).
    pub enum QualityStandard {
        /// Respectvol bejegenen: let the person tell their own story.
        RespectfulTreatment = "respectful_treatment" { nl: "Respectvol bejegenen", en: "Treating respectfully" },
        /// Eigen regie versterken.
        StrengthenOwnDirection = "strengthen_own_direction" { nl: "Eigen regie versterken", en: "Strengthening own direction" },
        /// Integraal benaderen.
        IntegratedApproach = "integrated_approach" { nl: "Integraal benaderen", en: "Integrated approach" },
        /// Ontwikkelingsgericht ondersteunen.
        DevelopmentOriented = "development_oriented" { nl: "Ontwikkelingsgericht ondersteunen", en: "Development-oriented support" },
        /// Resultaatgericht ondersteunen.
        ResultOriented = "result_oriented" { nl: "Resultaatgericht ondersteunen", en: "Result-oriented support" },
    }
}
