//! The codes of the urgency instrument: answers, criteria, bands and actions
//! (Jaspers e.a. 2011, figure 2 at 002:3955-4006).

use crate::lang::labelled_enum;

labelled_enum! {
    /// The answer to one of the three "aard" (nature) questions: the risk to safety, health
    /// or wellbeing (002:3959-3976). `unknown` is the library's addition for a risk the
    /// professional cannot judge yet (002:3945-3947).
    pub enum UrgencyRisk {
        /// Geen risico: 0 points (002:3959).
        None = "none" { nl: "Geen risico", en: "No risk" },
        /// Matig risico: 1 point (002:3961).
        Moderate = "moderate" { nl: "Matig risico", en: "Moderate risk" },
        /// Ernstig risico: 2 points (002:3963).
        Severe = "severe" { nl: "Ernstig risico", en: "Severe risk" },
        /// Not (yet) known: counts 0 in the lowest and 2 in the highest possible score.
        Unknown = "unknown" { nl: "Onbekend", en: "Unknown" },
    }
}

labelled_enum! {
    /// How long the signalled situation has lasted ("duur", 002:3985-3989). `unknown` is the
    /// library's addition, as for the risks.
    pub enum UrgencyDuration {
        /// Incidenteel: 0 points.
        Incidental = "incidental" { nl: "Incidenteel", en: "Incidental" },
        /// Structureel korter dan een half jaar: 1 point.
        StructuralUnderHalfYear = "structural_under_half_year" { nl: "Structureel < ½ jaar", en: "Structural, under half a year" },
        /// Structureel langer dan een half jaar: 2 points.
        StructuralOverHalfYear = "structural_over_half_year" { nl: "Structureel > ½ jaar", en: "Structural, over half a year" },
        /// Not (yet) known: counts 0 in the lowest and 2 in the highest possible score.
        Unknown = "unknown" { nl: "Onbekend", en: "Unknown" },
    }
}

labelled_enum! {
    /// The five criteria of the instrument, in the order of the figure (002:3959-3989).
    pub enum UrgencyCriterion {
        /// Aard: veiligheid (002:3959).
        Safety = "safety" { nl: "Veiligheid", en: "Safety" },
        /// Aard: gezondheid (002:3965).
        Health = "health" { nl: "Gezondheid", en: "Health" },
        /// Aard: welzijn (002:3971).
        Wellbeing = "wellbeing" { nl: "Welzijn", en: "Wellbeing" },
        /// Omvang: how many people, and whether risk groups are involved (002:3977-3984).
        Scope = "scope" { nl: "Omvang", en: "Scope" },
        /// Duur (002:3985-3989).
        Duration = "duration" { nl: "Duur", en: "Duration" },
    }
}

labelled_enum! {
    /// Every answer a criterion can get, as the breakdown of a result names it
    /// (002:3959-3989). The scope answers are derived from the input's scope.
    pub enum UrgencyAnswer {
        /// Geen risico.
        None = "none" { nl: "Geen risico", en: "No risk" },
        /// Matig risico.
        Moderate = "moderate" { nl: "Matig risico", en: "Moderate risk" },
        /// Ernstig risico.
        Severe = "severe" { nl: "Ernstig risico", en: "Severe risk" },
        /// Onbekend (a risk or the duration).
        Unknown = "unknown" { nl: "Onbekend", en: "Unknown" },
        /// Individu: 0 points (002:3977).
        Individual = "individual" { nl: "Individu", en: "Individual" },
        /// Meer personen: 1 point (002:3979).
        SeveralPersons = "several_persons" { nl: "Meer personen", en: "Several persons" },
        /// Perso(o)n(en) < 18 jr: 2 points (002:3981).
        Minor = "minor" { nl: "Perso(o)n(en) < 18 jaar", en: "Person(s) under 18" },
        /// Perso(o)n(en) > 75 jr: 2 points (002:3983).
        Over75 = "over_75" { nl: "Perso(o)n(en) > 75 jaar", en: "Person(s) over 75" },
        /// Incidenteel.
        Incidental = "incidental" { nl: "Incidenteel", en: "Incidental" },
        /// Structureel < ½ jaar.
        StructuralUnderHalfYear = "structural_under_half_year" { nl: "Structureel < ½ jaar", en: "Structural, under half a year" },
        /// Structureel > ½ jaar.
        StructuralOverHalfYear = "structural_over_half_year" { nl: "Structureel > ½ jaar", en: "Structural, over half a year" },
    }
}

labelled_enum! {
    /// The urgency bands of the action table (002:3993-4006). The source leaves scores 5
    /// and 6 open; `consultation` is the library's interpretation (002:3945-3953).
    pub enum UrgencyBand {
        /// Score < 5: information and advice (002:3995).
        InformationAdvice = "information_advice" { nl: "Informatie en advies", en: "Information and advice" },
        /// Scores 5-6 (interpretation): consult the multidisciplinary team (002:3945-3953).
        Consultation = "consultation" { nl: "Consultatie", en: "Consultation" },
        /// Score > 6: professional services (002:3997-4003).
        ProfessionalServices = "professional_services" { nl: "Professionele dienstverlening", en: "Professional services" },
        /// Score 10: acute help, crisis report (002:4005).
        Crisis = "crisis" { nl: "Crisis", en: "Crisis" },
    }
}

labelled_enum! {
    /// What happens with the report ("actie melding", 002:3993-4006).
    pub enum UrgencyReportAction {
        /// Geen: no action on the report (002:3995).
        NoAction = "no_action" { nl: "Geen", en: "No action" },
        /// Consultation in the multidisciplinary (wijk)team; the library's interpretation for
        /// scores 5-6 (002:3945-3953).
        TeamConsultation = "team_consultation" { nl: "Consultatie in het multidisciplinaire (wijk)team", en: "Consultation in the multidisciplinary (neighbourhood) team" },
        /// Actief toewerken naar professionele dienstverlening, check op aanwezige hulp
        /// (002:3997-4000).
        ProfessionalServices = "professional_services" { nl: "Actief toewerken naar professionele dienstverlening; check op aanwezige hulp", en: "Actively work towards professional services; check for help already present" },
        /// Acute hulp / crisismelding (002:4005).
        CrisisReport = "crisis_report" { nl: "Acute hulp / crisismelding", en: "Acute help / crisis report" },
    }
}

labelled_enum! {
    /// What happens towards the reporter ("actie melder", 002:3993-4006).
    pub enum UrgencyReporterAction {
        /// Informatie, Advies en Ondersteuning (IAO), 002:3995.
        InformationAdviceSupport = "information_advice_support" { nl: "Informatie, Advies en Ondersteuning (IAO)", en: "Information, advice and support (IAO)" },
        /// IAO + terugkoppeling van actie (002:4002, 002:4005).
        InformationAdviceSupportFeedback = "information_advice_support_feedback" { nl: "IAO + terugkoppeling van actie", en: "IAO plus feedback on the action taken" },
    }
}

impl UrgencyRisk {
    /// The points of the answer, or `None` for `unknown` (002:3959-3976).
    pub const fn points(self) -> Option<u8> {
        match self {
            UrgencyRisk::None => Some(0),
            UrgencyRisk::Moderate => Some(1),
            UrgencyRisk::Severe => Some(2),
            UrgencyRisk::Unknown => None,
        }
    }

    /// The answer as the breakdown names it.
    pub const fn answer(self) -> UrgencyAnswer {
        match self {
            UrgencyRisk::None => UrgencyAnswer::None,
            UrgencyRisk::Moderate => UrgencyAnswer::Moderate,
            UrgencyRisk::Severe => UrgencyAnswer::Severe,
            UrgencyRisk::Unknown => UrgencyAnswer::Unknown,
        }
    }
}

impl UrgencyDuration {
    /// The points of the answer, or `None` for `unknown` (002:3985-3989).
    pub const fn points(self) -> Option<u8> {
        match self {
            UrgencyDuration::Incidental => Some(0),
            UrgencyDuration::StructuralUnderHalfYear => Some(1),
            UrgencyDuration::StructuralOverHalfYear => Some(2),
            UrgencyDuration::Unknown => None,
        }
    }

    /// The answer as the breakdown names it.
    pub const fn answer(self) -> UrgencyAnswer {
        match self {
            UrgencyDuration::Incidental => UrgencyAnswer::Incidental,
            UrgencyDuration::StructuralUnderHalfYear => UrgencyAnswer::StructuralUnderHalfYear,
            UrgencyDuration::StructuralOverHalfYear => UrgencyAnswer::StructuralOverHalfYear,
            UrgencyDuration::Unknown => UrgencyAnswer::Unknown,
        }
    }
}

/// The most points one criterion can give (002:3959-3989).
pub const MAX_POINTS_PER_CRITERION: u8 = 2;
