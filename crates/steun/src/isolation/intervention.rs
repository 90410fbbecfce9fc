//! The interventions of the typology table (002:4271-4401), in order of first appearance.

use crate::lang::{labelled_enum, Bilingual, Lang};

labelled_enum! {
    /// A type of intervention from the typology table ("Typen interventies"), in the order in
    /// which the table first names them (002:4271-4401).
    pub enum Intervention {
        /// Belemmeringen voor participatie wegnemen (rows 1, 2; 002:4271-4273, 002:4309-4311).
        RemoveParticipationBarriers = "remove_participation_barriers" { nl: "Belemmeringen voor participatie wegnemen", en: "Remove barriers to participation" },
        /// Preventieve interventie (hulp bij rouwverwerking, mantelzorgondersteuning)
        /// (row 1; 002:4275-4279).
        PreventiveIntervention = "preventive_intervention" { nl: "Preventieve interventie (hulp bij rouwverwerking, mantelzorgondersteuning)", en: "Preventive intervention (grief support, caregiver support)" },
        /// Toeleiding naar groepsaanbod en activiteiten (row 1; 002:4281-4283).
        ReferralToGroupActivities = "referral_to_group_activities" { nl: "Toeleiding naar groepsaanbod en activiteiten", en: "Referral to group offers and activities" },
        /// Inzet vrijwilliger/match met andere oudere (rows 1, 2; 002:4285-4287, 002:4317-4319).
        VolunteerMatch = "volunteer_match" { nl: "Inzet vrijwilliger/match met andere oudere", en: "A volunteer or a match with another older person" },
        /// Individuele begeleiding door professional (row 2; 002:4313-4315).
        IndividualProfessionalGuidance = "individual_professional_guidance" { nl: "Individuele begeleiding door professional", en: "Individual guidance by a professional" },
        /// Toeleiding naar activiteiten (row 2; 002:4321).
        ReferralToActivities = "referral_to_activities" { nl: "Toeleiding naar activiteiten", en: "Referral to activities" },
        /// Doorgeleiding naar specialistische hulp (rows 2, 4; 002:4323-4325, 002:4391-4393).
        ReferralToSpecialistHelp = "referral_to_specialist_help" { nl: "Doorgeleiding naar specialistische hulp", en: "Referral to specialist help" },
        /// Praktische problemen oplossen (rows 3, 4; 002:4347, 002:4381).
        SolvePracticalProblems = "solve_practical_problems" { nl: "Praktische problemen oplossen", en: "Solve practical problems" },
        /// Monitoren door professional (row 3; 002:4349).
        ProfessionalMonitoring = "professional_monitoring" { nl: "Monitoren door professional", en: "Monitoring by a professional" },
        /// Begeleiding bij dagelijks functioneren (row 4; 002:4383-4385).
        DailyFunctioningGuidance = "daily_functioning_guidance" { nl: "Begeleiding bij dagelijks functioneren", en: "Guidance in daily functioning" },
        /// Emotionele en psychosociale steun (row 4; 002:4387-4389).
        EmotionalPsychosocialSupport = "emotional_psychosocial_support" { nl: "Emotionele en psychosociale steun", en: "Emotional and psychosocial support" },
        /// Inzet van gespecialiseerde vrijwilliger (row 4; 002:4395-4397).
        SpecialisedVolunteer = "specialised_volunteer" { nl: "Inzet van gespecialiseerde vrijwilliger", en: "A specialised volunteer" },
        /// Creëren van een professioneel vangnet (row 4; 002:4399-4401).
        ProfessionalSafetyNet = "professional_safety_net" { nl: "Creëren van een professioneel vangnet", en: "Creating a professional safety net" },
    }
}

impl Intervention {
    /// A one-sentence description in `lang`. The table gives only the names; these
    /// descriptions are the library's plain wording of them, not text from the source.
    pub fn description(self, lang: Lang) -> &'static str {
        let (nl, en) = self.descriptions();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// The description in both languages.
    pub fn description_bilingual(self) -> Bilingual {
        let (nl, en) = self.descriptions();
        Bilingual::new(nl, en)
    }

    fn descriptions(self) -> (&'static str, &'static str) {
        match self {
            Intervention::RemoveParticipationBarriers => (
                "Wegnemen wat de oudere belet om mee te doen, zodat de wens om te participeren uitvoerbaar wordt.",
                "Take away what keeps the older person from taking part, so that the wish to participate can be realised.",
            ),
            Intervention::PreventiveIntervention => (
                "Voorkomen dat dreigend isolement dieper wordt, bijvoorbeeld met hulp bij rouwverwerking of mantelzorgondersteuning.",
                "Prevent threatened isolation from deepening, for example with grief support or caregiver support.",
            ),
            Intervention::ReferralToGroupActivities => (
                "De oudere toeleiden naar groepsaanbod en activiteiten waar hij of zij anderen ontmoet.",
                "Guide the older person to group offers and activities where they meet others.",
            ),
            Intervention::VolunteerMatch => (
                "Een vrijwilliger inzetten of de oudere koppelen aan een andere oudere voor contact.",
                "Bring in a volunteer or match the older person with another older person for company.",
            ),
            Intervention::IndividualProfessionalGuidance => (
                "Een professional begeleidt de oudere individueel bij het verwerken van de situatie of gebeurtenis.",
                "A professional guides the older person individually in dealing with the situation or event.",
            ),
            Intervention::ReferralToActivities => (
                "De oudere toeleiden naar activiteiten die bij zijn of haar wensen passen.",
                "Guide the older person to activities that fit their wishes.",
            ),
            Intervention::ReferralToSpecialistHelp => (
                "Doorgeleiden naar specialistische hulp, zoals de huisarts, GGz of een andere behandelaar.",
                "Refer on to specialist help, such as the GP, mental health care or another practitioner.",
            ),
            Intervention::SolvePracticalProblems => (
                "Praktische problemen oplossen, zoals maaltijden, het huishouden of de administratie.",
                "Solve practical problems, such as meals, housekeeping or paperwork.",
            ),
            Intervention::ProfessionalMonitoring => (
                "Een professional houdt de situatie van de oudere in de gaten en grijpt in waar nodig.",
                "A professional keeps an eye on the older person's situation and steps in where needed.",
            ),
            Intervention::DailyFunctioningGuidance => (
                "Begeleiding bij het dagelijks functioneren: zelfzorg, dagstructuur en zelfredzaamheid.",
                "Guidance in daily functioning: self-care, daily structure and self-reliance.",
            ),
            Intervention::EmotionalPsychosocialSupport => (
                "Emotionele en psychosociale steun bij wat de oudere doormaakt.",
                "Emotional and psychosocial support with what the older person is going through.",
            ),
            Intervention::SpecialisedVolunteer => (
                "Een vrijwilliger die is toegerust voor ouderen met psychiatrische of psychogeriatrische problematiek.",
                "A volunteer equipped for older people with psychiatric or psychogeriatric problems.",
            ),
            Intervention::ProfessionalSafetyNet => (
                "Een professioneel vangnet rond de oudere creëren, zodat risico's tijdig worden opgemerkt.",
                "Create a professional safety net around the older person, so that risks are noticed in time.",
            ),
        }
    }

    /// The examples the source gives for this intervention: for the preventive intervention,
    /// grief support and caregiver support (002:4275-4279); none for the others.
    pub fn examples(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            (Intervention::PreventiveIntervention, Lang::Nl) => &["hulp bij rouwverwerking", "mantelzorgondersteuning"],
            (Intervention::PreventiveIntervention, Lang::En) => &["grief support", "caregiver support"],
            _ => &[],
        }
    }

    /// Whether the intervention aims at social participation or growth of the network, the
    /// kind the source calls usually not realistic for structural isolation (002:4409-4418).
    ///
    /// The source names the kind but not its members; this set is the library's
    /// interpretation: removing participation barriers, referral to group offers and
    /// activities, referral to activities, and a volunteer or match with another older
    /// person (all four appear only in rows 1 and 2). A specialised volunteer (row 4) is
    /// support, not network growth.
    pub fn aims_at_participation(self) -> bool {
        matches!(
            self,
            Intervention::RemoveParticipationBarriers
                | Intervention::ReferralToGroupActivities
                | Intervention::VolunteerMatch
                | Intervention::ReferralToActivities
        )
    }
}
