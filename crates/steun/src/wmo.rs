//! The frame of the Wmo (Wet maatschappelijke ondersteuning): its central concepts, the
//! compensation domains, the nine prestatievelden and the kinds of impairment.

use crate::lang::{labelled_enum, Lang};

labelled_enum! {
    /// The three central concepts of the Wmo's chain of reasoning (002:328-376): one can only
    /// participate when self-reliant, and social cohesion grows from participation.
    pub enum CentralConcept {
        /// Zelfredzaamheid.
        SelfReliance = "self_reliance" { nl: "Zelfredzaamheid", en: "Self-reliance" },
        /// Participatie.
        Participation = "participation" { nl: "Participatie", en: "Participation" },
        /// Sociale samenhang.
        SocialCohesion = "social_cohesion" { nl: "Sociale samenhang", en: "Social cohesion" },
    }
}

impl CentralConcept {
    /// The results support may aim at in this concept's field (beoogde resultaten, 002:751-780).
    pub fn intended_results(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            // 002:755-759
            (CentralConcept::SelfReliance, Lang::Nl) => &[
                "de persoon kan zichzelf (beter) verzorgen (wassen, kleden, eten)",
                "de persoon kan zelf (beter) de huishouding doen",
                "de persoon kan zelf (beter) contacten aangaan en onderhouden",
                "de persoon kan (beter) regie voeren over zijn leven",
            ],
            (CentralConcept::SelfReliance, Lang::En) => &[
                "the person can take care of themself (better): washing, dressing, eating",
                "the person can do the housekeeping themself (better)",
                "the person can make and keep contacts themself (better)",
                "the person can direct their own life (better)",
            ],
            // 002:761-768
            (CentralConcept::Participation, Lang::Nl) => &[
                "mogelijkheden tot het hebben en onderhouden van een sociaal netwerk zijn versterkt",
                "het (beter/meer) gebruik maken van voorzieningen in de samenleving (winkels, wijkcentrum, sport, bioscoop, etc.)",
                "het (meer) leveren van een bijdrage aan de samenleving (bijv. in de vorm van (vrijwilligers)werk, het geven van burenhulp, etc.)",
            ],
            (CentralConcept::Participation, Lang::En) => &[
                "the possibilities to have and keep a social network are strengthened",
                "(better or more) use of provisions in society (shops, community centre, sport, cinema, etc.)",
                "contributing (more) to society (for example through (volunteer) work or helping neighbours)",
            ],
            // 002:770-776
            (CentralConcept::SocialCohesion, Lang::Nl) => &[
                "de kwaliteit van sociale netwerken is verbeterd (er is bijvoorbeeld meer onderlinge betrokkenheid, het netwerk kan meer aan)",
                "de betrokkenheid bij maatschappelijke organisaties en andere sociale verbanden is groter geworden",
                "de betrokkenheid bij de samenleving als geheel is groter geworden",
            ],
            (CentralConcept::SocialCohesion, Lang::En) => &[
                "the quality of social networks has improved (for example more mutual involvement; the network can carry more)",
                "involvement in civil-society organisations and other social ties has grown",
                "involvement in society as a whole has grown",
            ],
        }
    }
}

labelled_enum! {
    /// The five domains on which art. 4 Wmo obliges municipalities to compensate
    /// (compensatieplicht, 002:399-404, 002:412-421); a Wmo claim names the ones it addresses
    /// (002:1785-1786).
    pub enum CompensationDomain {
        /// Het voeren van een huishouden.
        RunningAHousehold = "running_a_household" { nl: "Het voeren van een huishouden", en: "Running a household" },
        /// Zich in en om de woning verplaatsen.
        MovingInAndAroundTheHome = "moving_in_and_around_the_home" { nl: "Zich in en om de woning verplaatsen", en: "Moving in and around the home" },
        /// Zich lokaal verplaatsen per vervoermiddel.
        LocalTransport = "local_transport" { nl: "Zich lokaal verplaatsen per vervoermiddel", en: "Getting around locally by means of transport" },
        /// Medemensen ontmoeten en op basis daarvan sociale verbanden aangaan.
        MeetingPeople = "meeting_people" { nl: "Medemensen ontmoeten en op basis daarvan sociale verbanden aangaan", en: "Meeting other people and forming social ties" },
        /// Dagelijkse levensverrichtingen uitvoeren en het persoonlijk leven structureren en
        /// daarover regie voeren.
        DailyLiving = "daily_living" { nl: "Dagelijkse levensverrichtingen uitvoeren en het persoonlijk leven structureren en daarover regie voeren", en: "Performing daily activities and structuring and directing one's personal life" },
    }
}

labelled_enum! {
    /// The nine performance fields (prestatievelden) of the Wmo, in the law's numbering:
    /// art. 1 lid 1 onder g Wmo (2007, as in force in 2012), which the seed quotes at
    /// 002:281-312. The Dutch labels are the law's words as the seed prints them, layout
    /// breaks (002:292, 002:308) left out; field 8 keeps its exception clause (002:309-310).
    /// Interpretation P19.
    pub enum PerformanceField {
        /// 1. Sociale samenhang en leefbaarheid (002:284-285; short name 002:6290).
        SocialCohesionAndLiveability = "social_cohesion_and_liveability" { nl: "Het bevorderen van de sociale samenhang in en leefbaarheid van dorpen, wijken en buurten", en: "Promoting social cohesion in and the liveability of villages, districts and neighbourhoods" },
        /// 2. Preventive support for young people and parents (002:287-288).
        PreventiveYouthSupport = "preventive_youth_support" { nl: "Op preventie gerichte ondersteuning van jeugdigen met problemen bij het opgroeien en van ouders met problemen bij het opvoeden", en: "Preventive support for young people with problems growing up and for parents with problems raising them" },
        /// 3. Information, advice and client support (002:290).
        InformationAdviceClientSupport = "information_advice_client_support" { nl: "Het geven van informatie, advies en cliëntondersteuning", en: "Giving information, advice and client support" },
        /// 4. Supporting informal carers and volunteers (002:291-294).
        InformalCarerSupport = "informal_carer_support" { nl: "Het ondersteunen van mantelzorgers; daaronder begrepen: steun bij het vinden van adequate oplossingen indien zij hun taken tijdelijk niet kunnen waarnemen, alsmede het ondersteunen van vrijwilligers", en: "Supporting informal carers, including help in finding adequate solutions when they temporarily cannot carry out their tasks, and supporting volunteers" },
        /// 5. Promoting participation and independent functioning (002:296-298).
        PromotingParticipation = "promoting_participation" { nl: "Het bevorderen van de deelname aan het maatschappelijke verkeer en van het zelfstandig functioneren van mensen met een beperking of een chronisch psychisch probleem en van mensen met een psychosociaal probleem", en: "Promoting participation in society and the independent functioning of people with an impairment or a chronic mental problem and of people with a psychosocial problem" },
        /// 6. Provisions for people with an impairment (002:300-303).
        ProvisionsForImpairments = "provisions_for_impairments" { nl: "Het verlenen van voorzieningen aan mensen met een beperking of een chronisch psychisch probleem en aan mensen met een psychosociaal probleem ten behoeve van het behouden en het bevorderen van hun zelfstandig functioneren of hun deelname aan het maatschappelijke verkeer", en: "Providing provisions to people with an impairment or a chronic mental problem and to people with a psychosocial problem, to keep and promote their independent functioning or their participation in society" },
        /// 7. Social shelter and domestic violence policy (002:305-306).
        ShelterAndDomesticViolence = "shelter_and_domestic_violence" { nl: "Het bieden van maatschappelijke opvang, waaronder vrouwenopvang, en het voeren van beleid ter bestrijding van huiselijk geweld", en: "Providing social shelter, including women's shelter, and policy against domestic violence" },
        /// 8. Public mental health care, except psychosocial help in disasters (002:309-310).
        PublicMentalHealth = "public_mental_health" { nl: "Het bevorderen van openbare geestelijke gezondheidszorg, met uitzondering van het bieden van psychosociale hulp bij rampen", en: "Promoting public mental health care, except providing psychosocial help in disasters" },
        /// 9. Addiction policy (002:312).
        AddictionPolicy = "addiction_policy" { nl: "Het bevorderen van verslavingsbeleid", en: "Promoting addiction policy" },
    }
}

impl PerformanceField {
    /// The field's number in the law, 1-9.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }
}

labelled_enum! {
    /// A kind of impairment (beperking) that keeps a person from being fully self-reliant
    /// (002:478-488); a person can have several (002:507-508), recorded on a support case.
    pub enum Impairment {
        /// Lichamelijke beperking.
        Physical = "physical" { nl: "Lichamelijke beperking", en: "Physical impairment" },
        /// Psychische beperking.
        Mental = "mental" { nl: "Psychische beperking", en: "Mental impairment" },
        /// Verstandelijke beperking.
        Intellectual = "intellectual" { nl: "Verstandelijke beperking", en: "Intellectual disability" },
        /// Maatschappelijke beperking (for example discrimination and stigmatisation).
        Social = "social" { nl: "Maatschappelijke beperking", en: "Social impairment" },
        /// Beperking ten gevolge van armoedeproblematiek (for example unemployment, homelessness).
        Poverty = "poverty" { nl: "Beperking ten gevolge van armoedeproblematiek", en: "Impairment resulting from poverty" },
    }
}
