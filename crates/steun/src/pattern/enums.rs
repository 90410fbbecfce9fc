//! The coded values of demand patterns: fragment kinds, the life cycle's states, levels,
//! the roles at a validation meeting and the parties that can take a pattern up.

use crate::lang::labelled_enum;

labelled_enum! {
    /// What a story fragment (or a line of a pattern) says: what people need, want, demand
    /// or expect, or can contribute themselves (002:5757-5758, 002:5773-5774, 002:5968-5972).
    pub enum FragmentKind {
        /// Wat hebt u nodig? (needs).
        Need = "need" { nl: "Behoefte (wat heeft u nodig)", en: "Need (what do you need)" },
        /// Wat wilt u? (wants).
        Want = "want" { nl: "Wens (wat wilt u)", en: "Want (what do you want)" },
        /// Wat eist en verwacht u? (demands).
        Demand = "demand" { nl: "Eis of verwachting (wat eist en verwacht u)", en: "Demand (what do you demand or expect)" },
        /// Wat kunt u zelf bijdragen? (competences, contributions).
        Contribution = "contribution" { nl: "Bijdrage (wat kunt u zelf bijdragen)", en: "Contribution (what can you contribute yourself)" },
    }
}

labelled_enum! {
    /// The life cycle of a demand pattern: found in stories, recognised by the respondents in
    /// a transdisciplinary meeting (002:3418-3422, 002:5775-5777), chosen as one to address
    /// first (002:3435-3437, 002:6128-6129), taken up by someone (002:5830-5836), and
    /// optionally closed (steun's own end state, D7).
    pub enum PatternStatus {
        /// Found in the stories; not yet a vraagpatroon (002:3418-3419).
        Candidate = "candidate" { nl: "Kandidaat", en: "Candidate" },
        /// Recognised by the respondents in a transdisciplinary meeting (002:3421-3422).
        Validated = "validated" { nl: "Gevalideerd", en: "Validated" },
        /// Someone takes it up (geadresseerd, 002:5832-5834).
        Addressed = "addressed" { nl: "Geadresseerd", en: "Addressed" },
        /// The agreed actions are done or the pattern is no longer pursued.
        Closed = "closed" { nl: "Afgesloten", en: "Closed" },
        /// Chosen as a pattern to address first ("keuze maken welk vraagpatroon prioriteit
        /// heeft", 002:6128; Elburg chose two of five, 002:3435-3437): between validated and
        /// addressed in the life cycle, last in this list so the C values of the older
        /// members stay as they were.
        Prioritised = "prioritised" { nl: "Prioriteit gekozen", en: "Prioritised" },
    }
}

labelled_enum! {
    /// The level on which a pattern is worked on (002:5857-5881): one person's own solutions,
    /// or solving it together.
    pub enum PatternLevel {
        /// Op individueel niveau (002:5866-5878).
        Individual = "individual" { nl: "Individueel", en: "Individual" },
        /// Op collectief niveau (002:5880-5881).
        Collective = "collective" { nl: "Collectief", en: "Collective" },
    }
}

labelled_enum! {
    /// Who takes part in the meeting that validates patterns, or chooses the ones to address
    /// first (002:3419-3421, 002:3433-3437, 002:5775-5777).
    pub enum MeetingRole {
        /// De respondenten, ervaringsdeskundigen (002:3433).
        Respondent = "respondent" { nl: "Respondent / ervaringsdeskundige", en: "Respondent / expert by experience" },
        /// De onderzoeker (002:3434).
        Researcher = "researcher" { nl: "Onderzoeker", en: "Researcher" },
        /// Professionals uit welzijn en zorg (002:3434).
        Professional = "professional" { nl: "Professional", en: "Professional" },
        /// Beleidsmakers van de gemeente (002:3434-3435).
        PolicyMaker = "policy_maker" { nl: "Beleidsmaker", en: "Policy maker" },
        /// De zelforganisaties, who validated the Nijmegen patterns (002:5775-5776).
        SelfOrganisation = "self_organisation" { nl: "Zelforganisatie", en: "Self-organisation" },
        /// De sleutelfiguren, who validated the Nijmegen patterns (002:5776).
        KeyFigure = "key_figure" { nl: "Sleutelfiguur", en: "Key figure" },
    }
}

labelled_enum! {
    /// Who takes a pattern up (002:5830-5834, 002:5750, 002:5859-5861). The first four are the
    /// group and its own community; the others are professional or formal parties, which come
    /// in only where the group cannot take it up itself (002:5834-5836).
    pub enum AddressingParty {
        /// De groep zelf, e.g. the older migrants (002:5830-5831).
        GroupItself = "group_itself" { nl: "De groep zelf", en: "The group itself" },
        /// Een zelforganisatie (002:5831, 002:5898-5900).
        SelfOrganisation = "self_organisation" { nl: "Zelforganisatie", en: "Self-organisation" },
        /// Een sleutelfiguur (002:5750, 002:5896).
        KeyFigure = "key_figure" { nl: "Sleutelfiguur", en: "Key figure" },
        /// Buurtbewoners (002:5832).
        Residents = "residents" { nl: "Buurtbewoners", en: "Residents" },
        /// De wooncorporatie (002:5831).
        HousingCorporation = "housing_corporation" { nl: "Wooncorporatie", en: "Housing corporation" },
        /// De zorgaanbieder (002:5831).
        CareProvider = "care_provider" { nl: "Zorgaanbieder", en: "Care provider" },
        /// Het welzijnswerk (002:5832).
        WelfareWork = "welfare_work" { nl: "Welzijnswerk", en: "Welfare work" },
        /// De gemeente (002:5860-5862).
        Municipality = "municipality" { nl: "Gemeente", en: "Municipality" },
    }
}

impl AddressingParty {
    /// True for the professional or formal parties, whose strength is added only where the
    /// group cannot take the pattern up itself (002:5834-5836).
    pub fn is_professional(self) -> bool {
        matches!(
            self,
            AddressingParty::HousingCorporation
                | AddressingParty::CareProvider
                | AddressingParty::WelfareWork
                | AddressingParty::Municipality
        )
    }
}

impl PatternStatus {
    /// The state a pattern may move to from this one (the life cycle is a straight line; a
    /// validated pattern not chosen stays validated until a later choice).
    pub fn next(self) -> Option<PatternStatus> {
        match self {
            PatternStatus::Candidate => Some(PatternStatus::Validated),
            PatternStatus::Validated => Some(PatternStatus::Prioritised),
            PatternStatus::Prioritised => Some(PatternStatus::Addressed),
            PatternStatus::Addressed => Some(PatternStatus::Closed),
            PatternStatus::Closed => None,
        }
    }

    /// The place in the life cycle, from 0 (candidate) to 4 (closed); not the enum's
    /// position, which keeps `prioritised` last for the C values.
    pub fn stage(self) -> usize {
        match self {
            PatternStatus::Candidate => 0,
            PatternStatus::Validated => 1,
            PatternStatus::Prioritised => 2,
            PatternStatus::Addressed => 3,
            PatternStatus::Closed => 4,
        }
    }
}
