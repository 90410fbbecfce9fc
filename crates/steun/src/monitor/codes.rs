//! The coded values of the monitor, each with its seed lines.

use crate::lang::labelled_enum;

labelled_enum! {
    /// Formal (professional) or informal (volunteer) client supporter (003:635, 003:766, 003:1075).
    pub enum SupporterKind {
        /// Beroepsmatig (003:635).
        Formal = "formal" { nl: "Formele (beroepsmatige) cliëntondersteuner", en: "Formal (professional) client supporter" },
        /// Vrijwilliger (003:635).
        Informal = "informal" { nl: "Informele cliëntondersteuner (vrijwilliger)", en: "Informal client supporter (volunteer)" },
    }
}

labelled_enum! {
    /// The level of support: Deurne's four levels (003:1040-1043), one municipality's frame
    /// (interpretation M2).
    pub enum SupportLevel {
        /// 003:1040.
        SocialBase = "social_base" { nl: "Cliëntondersteuning in de sociale basis", en: "Client support in the social base" },
        /// 003:1041.
        Generalists = "generalists" { nl: "Cliëntondersteuning door generalisten", en: "Client support by generalists" },
        /// 003:1042.
        Specialised = "specialised" { nl: "Consultatie en/of inzet van meer gespecialiseerde ondersteuners", en: "Consultation and/or deployment of more specialised supporters" },
        /// 003:1043, 003:1047.
        Individual = "individual" { nl: "Individuele cliëntondersteuning", en: "Individual client support" },
    }
}

labelled_enum! {
    /// Who referred the resident. The list is the library's reading of 003:351-353, 003:431,
    /// 003:555, 003:906-909 (interpretation M3).
    pub enum ReferralSource {
        /// The resident found the way himself (MQ5, 003:906).
        Resident = "resident" { nl: "Inwoner zelf", en: "The resident himself" },
        /// Toegangsfunctionaris (003:431).
        AccessOfficer = "access_officer" { nl: "Toegangsfunctionaris", en: "Access officer" },
        /// Sociaal wijkteam (003:353).
        SocialDistrictTeam = "social_district_team" { nl: "Sociaal wijkteam", en: "Social district team" },
        /// Huisarts (003:555).
        GeneralPractitioner = "general_practitioner" { nl: "Huisarts", en: "General practitioner" },
        /// Wijkverpleging (003:555).
        DistrictNursing = "district_nursing" { nl: "Wijkverpleging", en: "District nursing" },
        /// Welzijnsstichting (003:555).
        Welfare = "welfare" { nl: "Welzijnsorganisatie", en: "Welfare organisation" },
        /// Schuldhulpverlening (003:555).
        DebtHelp = "debt_help" { nl: "Schuldhulpverlening", en: "Debt help" },
        /// Zorgorganisatie (003:351).
        CareProvider = "care_provider" { nl: "Zorgorganisatie", en: "Care provider" },
        /// Another formal client supporter (MQ8, 003:909).
        FormalSupporter = "formal_supporter" { nl: "Formele cliëntondersteuner", en: "Formal client supporter" },
        /// Another informal client supporter (MQ8, 003:909).
        InformalSupporter = "informal_supporter" { nl: "Informele cliëntondersteuner", en: "Informal client supporter" },
        /// Anyone else.
        Other = "other" { nl: "Anders", en: "Other" },
    }
}

labelled_enum! {
    /// The life domain a question is about: the six of 003:62 (interpretation M4).
    pub enum QuestionDomain {
        /// 003:62.
        IndependentLiving = "independent_living" { nl: "Zelfstandig leven", en: "Independent living" },
        /// 003:62.
        CareSupport = "care_support" { nl: "Zorg en ondersteuning", en: "Care and support" },
        /// 003:62.
        Participation = "participation" { nl: "Participatie", en: "Participation" },
        /// 003:62.
        Housing = "housing" { nl: "Wonen", en: "Housing" },
        /// 003:62.
        Education = "education" { nl: "Onderwijs", en: "Education" },
        /// 003:62.
        WorkIncome = "work_income" { nl: "Werk en inkomen", en: "Work and income" },
    }
}

labelled_enum! {
    /// Specific target groups: the union of 003:110, 003:636, 003:767, 003:908
    /// (interpretation M5).
    pub enum TargetGroup {
        /// LVB (003:110, 003:636, 003:767, 003:908).
        MildIntellectualDisability = "mild_intellectual_disability" { nl: "Mensen met een licht verstandelijke beperking (LVB)", en: "People with a mild intellectual disability" },
        /// Dak- en thuislozen (003:636, 003:767, 003:908).
        Homeless = "homeless" { nl: "Dak- en thuislozen", en: "Homeless people" },
        /// Psychische kwetsbaarheid, ggz (003:110, 003:767, 003:908).
        MentalHealth = "mental_health" { nl: "Mensen met psychische problemen of ggz-problematiek", en: "People with psychological problems" },
        /// Jeugd (en 18-/18+), jongeren in een kwetsbare situatie (003:110, 003:636, 003:767, 003:908).
        Youth = "youth" { nl: "Jeugd en jongeren (ook 18-/18+)", en: "Youth and young people (incl. 18-/18+)" },
        /// Ouderen (003:636).
        OlderPeople = "older_people" { nl: "Ouderen", en: "Older people" },
    }
}

labelled_enum! {
    /// Putten's five answer labels (003:520); no numbers are attached to them.
    pub enum Agreement {
        /// 003:520.
        StronglyDisagree = "strongly_disagree" { nl: "Helemaal mee oneens", en: "Strongly disagree" },
        /// 003:520.
        Disagree = "disagree" { nl: "Mee oneens", en: "Disagree" },
        /// 003:520.
        Neutral = "neutral" { nl: "Neutraal", en: "Neutral" },
        /// 003:520.
        Agree = "agree" { nl: "Mee eens", en: "Agree" },
        /// 003:520.
        StronglyAgree = "strongly_agree" { nl: "Helemaal mee eens", en: "Strongly agree" },
    }
}

labelled_enum! {
    /// Putten's six questions (003:519-530), labelled with their own wording.
    pub enum SurveyItem {
        /// 003:519.
        Helpful = "helpful" { nl: "Ik heb de ondersteuning als helpend ervaren.", en: "I experienced the support as helpful." },
        /// 003:521.
        CanContinue = "can_continue" { nl: "Door cliëntondersteuning kan ik zelfstandig of met passende hulp verder.", en: "Thanks to client support I can go on independently or with suitable help." },
        /// 003:523.
        OwnChoices = "own_choices" { nl: "Ik heb met cliëntondersteuning mijn eigen keuzes kunnen maken.", en: "With client support I was able to make my own choices." },
        /// 003:525.
        SameSupporterAgain = "same_supporter_again" { nl: "Als ik weer ondersteuning nodig heb, zou ik met dezelfde cliëntondersteuner contact opnemen.", en: "If I need support again, I would contact the same client supporter." },
        /// 003:527.
        WouldRecommend = "would_recommend" { nl: "Ik zou mensen om mij heen cliëntondersteuning aanraden.", en: "I would recommend client support to people around me." },
        /// 003:529.
        ImprovementPoints = "improvement_points" { nl: "Zijn er nog verbeterpunten in de ondersteuning?", en: "Are there any points for improvement in the support?" },
    }
}

labelled_enum! {
    /// Output or outcome (003:658), or the resident's experience of the service (interpretation M1).
    pub enum IndicatorKind {
        /// What was done or reached in numbers (003:658).
        Output = "output" { nl: "Output", en: "Output" },
        /// The effect for the resident's situation (003:658).
        Outcome = "outcome" { nl: "Outcome (effect)", en: "Outcome (effect)" },
        /// How the resident experienced the service: neither output nor outcome.
        Experience = "experience" { nl: "Ervaring", en: "Experience" },
    }
}

labelled_enum! {
    /// The indicators the register and the questionnaire give.
    pub enum IndicatorCode {
        /// 003:423, 003:658.
        Trajectories = "trajectories" { nl: "Aantal trajecten cliëntondersteuning", en: "Number of client-support trajectories" },
        /// 003:423.
        Residents = "residents" { nl: "Aantal inwoners met cliëntondersteuning", en: "Number of residents supported" },
        /// 003:421, 003:635.
        SupportersByKind = "supporters_by_kind" { nl: "Cliëntondersteuners naar formeel en informeel", en: "Client supporters, formal and informal" },
        /// 003:1040-1043.
        ByLevel = "by_level" { nl: "Trajecten naar niveau", en: "Trajectories by level" },
        /// 003:424.
        ByQuestionDomain = "by_question_domain" { nl: "Trajecten naar type vraag (levensdomein)", en: "Trajectories by type of question (life domain)" },
        /// 003:429, 003:908.
        ByTargetGroup = "by_target_group" { nl: "Inwoners naar doelgroep", en: "Residents by target group" },
        /// 003:431, 003:906-907.
        ByReferralSource = "by_referral_source" { nl: "Trajecten naar verwijzer", en: "Trajectories by referral source" },
        /// 003:909.
        FormalInformalReferrals = "formal_informal_referrals" { nl: "Verwijzingen tussen formele en informele cliëntondersteuners", en: "Referrals between formal and informal client supporters" },
        /// 003:844, 003:887.
        Continuity = "continuity" { nl: "Dezelfde cliëntondersteuner bij een nieuwe vraag", en: "The same client supporter for a new question" },
        /// 003:658.
        SuitableSupport = "suitable_support" { nl: "Passende ondersteuning ontvangen dankzij cliëntondersteuning", en: "Suitable support obtained thanks to client support" },
        /// 003:519-530.
        Survey = "survey" { nl: "Vragenlijst achteraf (Putten)", en: "After-care questionnaire (Putten)" },
    }
}

labelled_enum! {
    /// 003's questions: the eight monitoring questions (003:884-909) and the twelve mapping
    /// questions of step 3 (003:420-431), labelled with their own wording.
    pub enum CoQuestion {
        /// 003:884.
        Mq1AllGroupsHeard = "mq1_all_groups_heard" { nl: "Blijkt uit de cliënttevredenheidsonderzoeken, klachtenprocedures en indrukken van adviesraden en cliëntenorganisaties dat alle groepen zich goed gehoord en bediend voelen?", en: "Do satisfaction surveys, complaint procedures and impressions of advisory councils and client organisations show that all groups feel heard and served?" },
        /// 003:885.
        Mq2Treatment = "mq2_treatment" { nl: "Hoe is de bejegening, houding en het gedrag vanuit de cliëntondersteuners?", en: "How are the treatment, attitude and behaviour of the client supporters?" },
        /// 003:886.
        Mq3Expertise = "mq3_expertise" { nl: "Is er sprake van voldoende deskundigheid bij cliëntondersteuners (ook bijvoorbeeld rond de Participatiewet en de Jeugdwet); wat mist en zou aangevuld moeten worden?", en: "Do client supporters have enough expertise (also on the Participatiewet and Jeugdwet); what is missing?" },
        /// 003:887.
        Mq4Availability = "mq4_availability" { nl: "Is er sprake van voldoende beschikbaarheid (in relatie tot de continuïteitseis)?", en: "Is there enough availability (in relation to the continuity requirement)?" },
        /// 003:906.
        Mq5ResidentsFindWay = "mq5_residents_find_way" { nl: "Weten inwoners de weg te vinden naar cliëntondersteuners?", en: "Do residents find their way to client supporters?" },
        /// 003:907.
        Mq6ReferrersFindWay = "mq6_referrers_find_way" { nl: "Weten verwijzers de weg te vinden naar cliëntondersteuners en maken ze er ook gebruik van?", en: "Do referrers find their way to client supporters, and do they use them?" },
        /// 003:908.
        Mq7TargetGroupsReached = "mq7_target_groups_reached" { nl: "Worden specifieke doelgroepen goed bereikt en zijn er voldoende specifieke aanpakken voor doelgroepen zoals mensen met een licht verstandelijke beperking (LVB) of ggz-problematiek, daklozen en jeugdigen met complexe problematiek?", en: "Are specific target groups reached, with enough specific approaches for e.g. LVB or ggz problems, homeless people and young people with complex problems?" },
        /// 003:909.
        Mq8FormalInformalReferral = "mq8_formal_informal_referral" { nl: "Zoeken informele en formele cliëntondersteuners elkaar op en verwijzen ze naar elkaar?", en: "Do informal and formal client supporters seek each other out and refer to each other?" },
        /// 003:420.
        Q1Policy = "q1_policy" { nl: "Hoe ziet het huidige beleid van de gemeente met betrekking tot cliëntondersteuning eruit?", en: "What does the municipality's current client-support policy look like?" },
        /// 003:421.
        Q2Providers = "q2_providers" { nl: "Wie biedt er maatschappelijke ondersteuning in de gemeente en met welke opdracht(en)?", en: "Who offers social support in the municipality, and with which assignment(s)?" },
        /// 003:422.
        Q3Contracts = "q3_contracts" { nl: "Welke contractafspraken zijn er gemaakt met formele en informele aanbieders van cliëntondersteuning in de gemeente?", en: "Which contract agreements exist with formal and informal client-support providers?" },
        /// 003:423.
        Q4Use = "q4_use" { nl: "Hoeveel wordt er door inwoners gebruikgemaakt van cliëntondersteuning?", en: "How much do residents use client support?" },
        /// 003:424.
        Q5QuestionTypes = "q5_question_types" { nl: "Voor welk type vragen wordt cliëntondersteuning ingezet?", en: "For which types of questions is client support used?" },
        /// 003:425.
        Q6Experiences = "q6_experiences" { nl: "Wat zijn de ervaringen van inwoners die gebruik hebben gemaakt van cliëntondersteuning?", en: "What are the experiences of residents who used client support?" },
        /// 003:426.
        Q7ResidentAwareness = "q7_resident_awareness" { nl: "In hoeverre zijn inwoners bekend met cliëntondersteuning?", en: "How far are residents aware of client support?" },
        /// 003:427.
        Q8ProfessionalAwareness = "q8_professional_awareness" { nl: "In hoeverre zijn professionals in het sociaal domein bekend met cliëntondersteuning?", en: "How far are professionals in the social domain aware of client support?" },
        /// 003:428.
        Q9Communication = "q9_communication" { nl: "Op welke manier wordt er naar inwoners gecommuniceerd over cliëntondersteuning?", en: "How is client support communicated to residents?" },
        /// 003:429.
        Q10TargetGroups = "q10_target_groups" { nl: "Welke doelgroepen worden er op dit moment door cliëntondersteuning bediend?", en: "Which target groups does client support currently serve?" },
        /// 003:430.
        Q11Positioning = "q11_positioning" { nl: "Hoe is cliëntondersteuning gepositioneerd in het sociaal domein?", en: "How is client support positioned in the social domain?" },
        /// 003:431.
        Q12Cooperation = "q12_cooperation" { nl: "Hoe verloopt de samenwerking tussen de verschillende aanbieders, toegangsfunctionarissen en verwijzers?", en: "How does cooperation between providers, access officers and referrers go?" },
    }
}

labelled_enum! {
    /// How far the register answers a question.
    pub enum AnswerStatus {
        /// The register's figures answer it.
        FromRegister = "from_register" { nl: "Beantwoord uit het register", en: "Answered from the register" },
        /// The figures answer part of it; the rest needs other sources.
        Partly = "partly" { nl: "Deels beantwoord; de rest vraagt andere bronnen", en: "Partly answered; the rest needs other sources" },
        /// It needs other sources (conversations, documents, surveys).
        OtherSources = "other_sources" { nl: "Vraagt andere bronnen dan het register", en: "Needs sources other than the register" },
    }
}
