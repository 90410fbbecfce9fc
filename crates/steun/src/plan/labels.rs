//! The labelled enums of support plans: relations, provision forms, terms, outcomes,
//! finding severities and codes, extent units, wish sources, application parts.

use crate::lang::labelled_enum;

labelled_enum! {
    /// How a person who helps is related to the client: the natural network of friends,
    /// family and peers (002:1699-1701), the neighbour and the friend of Bram's plan
    /// (002:1755-1759), the volleyball team-mate of the revised plan (002:1833-1838).
    pub enum Relation {
        /// Familie: a family member (parent, brother, sister, ...).
        Family = "family" { nl: "Familie", en: "Family" },
        /// Partner.
        Partner = "partner" { nl: "Partner", en: "Partner" },
        /// Vriend of vriendin.
        Friend = "friend" { nl: "Vriend(in)", en: "Friend" },
        /// Buurman of buurvrouw.
        Neighbour = "neighbour" { nl: "Buurman/buurvrouw", en: "Neighbour" },
        /// Kennis.
        Acquaintance = "acquaintance" { nl: "Kennis", en: "Acquaintance" },
        /// Collega.
        Colleague = "colleague" { nl: "Collega", en: "Colleague" },
        /// Teamgenoot of clubgenoot (sport, vereniging).
        TeamMate = "team_mate" { nl: "Teamgenoot/clubgenoot", en: "Team-mate or club member" },
        /// Lotgenoot: another person with a disability (002:1700-1701).
        Peer = "peer" { nl: "Lotgenoot", en: "Peer (another person with a disability)" },
        /// Vrijwilliger.
        Volunteer = "volunteer" { nl: "Vrijwilliger", en: "Volunteer" },
        /// Mantelzorger not covered above.
        Carer = "carer" { nl: "Mantelzorger", en: "Informal carer" },
        /// Anders.
        Other = "other" { nl: "Anders", en: "Other" },
    }
}

labelled_enum! {
    /// The form of a provision claimed from the Wmo: in kind or a personal budget
    /// (002:1778-1779, 002:1179-1180).
    pub enum ProvisionForm {
        /// In natura: the municipality contracts the provider.
        InKind = "in_kind" { nl: "In natura", en: "In kind" },
        /// Persoonsgebonden budget (PGB): the client buys the support.
        Pgb = "pgb" { nl: "Persoonsgebonden budget (PGB)", en: "Personal budget (PGB)" },
    }
}

labelled_enum! {
    /// The unit of a provision's extent, e.g. three hours of home help a week (002:1811-1813).
    pub enum ExtentUnit {
        /// Uur per week.
        HoursPerWeek = "hours_per_week" { nl: "uur per week", en: "hours per week" },
        /// Uur per maand.
        HoursPerMonth = "hours_per_month" { nl: "uur per maand", en: "hours per month" },
        /// Keer per week ("eenmaal per week", 002:1757).
        TimesPerWeek = "times_per_week" { nl: "keer per week", en: "times per week" },
        /// Keer per maand.
        TimesPerMonth = "times_per_month" { nl: "keer per maand", en: "times per month" },
    }
}

labelled_enum! {
    /// Whether a goal is for the short or the long term: goals are a mix of both (002:1010-1017).
    pub enum Term {
        /// Korte termijn.
        Short = "short" { nl: "Korte termijn", en: "Short term" },
        /// Lange termijn.
        Long = "long" { nl: "Lange termijn", en: "Long term" },
    }
}

labelled_enum! {
    /// Whether a goal was reached, looked at in the evaluation (002:1813-1832).
    pub enum GoalOutcome {
        /// Bereikt.
        Reached = "reached" { nl: "Bereikt", en: "Reached" },
        /// Gedeeltelijk bereikt.
        Partly = "partly" { nl: "Gedeeltelijk bereikt", en: "Partly reached" },
        /// Niet bereikt.
        NotReached = "not_reached" { nl: "Niet bereikt", en: "Not reached" },
    }
}

labelled_enum! {
    /// How serious a validation finding is. A plan with an `error` finding is not ready to
    /// share or to base an application on; warnings and information are advice.
    pub enum Severity {
        /// Fout: the plan breaks a rule of the form or of the method.
        Error = "error" { nl: "Fout", en: "Error" },
        /// Waarschuwing: likely a gap; the case worker should look.
        Warning = "warning" { nl: "Waarschuwing", en: "Warning" },
        /// Informatie.
        Info = "info" { nl: "Informatie", en: "Information" },
    }
}

labelled_enum! {
    /// Where a goal's wish is written down: the Personal Profile's most important wishes
    /// (002:1587, 002:1602-1603), a wish in one of its life domains (002:1559-1601), or a
    /// wish in the assessment grid (002:1495-1540).
    pub enum WishSource {
        /// Welke wensen zijn het belangrijkst? (the ranked list under the profile).
        ImportantWishes = "important_wishes" { nl: "Belangrijkste wensen (Persoonlijk Profiel)", en: "Most important wishes (Personal Profile)" },
        /// The wishes column of a life domain of the Personal Profile.
        PersonalProfile = "personal_profile" { nl: "Persoonlijk Profiel", en: "Personal Profile" },
        /// The wishes column of a dimension of the assessment grid.
        AssessmentGrid = "assessment_grid" { nl: "Schema informatie verzamelen", en: "Assessment grid" },
    }
}

labelled_enum! {
    /// The parts of a Wmo application (002:1768-1782, after Project de Kanteling 2010a).
    pub enum ApplicationPart {
        /// De problemen van betrokkene.
        Problems = "problems" { nl: "De problemen van betrokkene", en: "The person's problems" },
        /// Een probleemanalyse.
        ProblemAnalysis = "problem_analysis" { nl: "Een probleemanalyse", en: "A problem analysis" },
        /// De keuze van de oplossingsrichting.
        SolutionDirection = "solution_direction" { nl: "De keuze van de oplossingsrichting", en: "The chosen solution direction" },
        /// De motivatie van de oplossingsrichting.
        SolutionMotivation = "solution_motivation" { nl: "De motivatie van de oplossingsrichting", en: "The motivation of the solution direction" },
        /// Een overzicht van de beoogde resultaten.
        IntendedResults = "intended_results" { nl: "Een overzicht van de beoogde resultaten", en: "An overview of the intended results" },
        /// De keuze van de in te zetten maatregelen.
        Measures = "measures" { nl: "De keuze van de in te zetten maatregelen", en: "The chosen measures" },
        /// De motivatie van de in te zetten maatregelen.
        MeasureMotivation = "measure_motivation" { nl: "De motivatie van de in te zetten maatregelen", en: "The motivation of the measures" },
        /// De vorm van de aangevraagde maatregelen (in natura of PGB).
        Form = "form" { nl: "De vorm van de maatregelen (in natura of PGB)", en: "The form of the measures (in kind or PGB)" },
    }
}

labelled_enum! {
    /// What changed between two versions of a plan.
    pub enum ChangeKind {
        /// Toegevoegd.
        Added = "added" { nl: "Toegevoegd", en: "Added" },
        /// Verwijderd.
        Removed = "removed" { nl: "Verwijderd", en: "Removed" },
        /// Gewijzigd.
        Changed = "changed" { nl: "Gewijzigd", en: "Changed" },
    }
}

labelled_enum! {
    /// The stable codes of plan validation findings; each rule cites its seed lines in
    /// `plan::validate`.
    pub enum FindingCode {
        /// The plan has no goal (002:1711-1713).
        NoGoals = "no_goals" { nl: "Geen doelen", en: "No goals" },
        /// Two goals share an id.
        DuplicateGoalId = "duplicate_goal_id" { nl: "Dubbele doel-id", en: "Duplicate goal id" },
        /// A goal does not state the result to reach (002:1626-1628).
        GoalWithoutResult = "goal_without_result" { nl: "Doel zonder resultaat", en: "Goal without a result" },
        /// A goal does not state the person's personal preferences (002:1632-1636).
        GoalWithoutPersonalPreferences = "goal_without_personal_preferences" { nl: "Doel zonder persoonlijke voorkeuren", en: "Goal without personal preferences" },
        /// A goal's wish reference points to no wish.
        UnknownWishReference = "unknown_wish_reference" { nl: "Onbekende verwijzing naar een wens", en: "Unknown wish reference" },
        /// A step, worksheet or evaluation refers to a goal id the plan does not have.
        UnknownGoalReference = "unknown_goal_reference" { nl: "Onbekende verwijzing naar een doel", en: "Unknown goal reference" },
        /// The plan has no evaluation date (002:1717, 002:1722).
        MissingEvaluationDate = "missing_evaluation_date" { nl: "Geen evaluatiedatum", en: "No evaluation date" },
        /// The evaluation date is not after the date the plan was drawn up.
        EvaluationBeforeDrawnUp = "evaluation_before_drawn_up" { nl: "Evaluatie vóór datum opstellen", en: "Evaluation before the plan was drawn up" },
        /// A step says nobody who does anything (002:1726-1738).
        StepWithoutActor = "step_without_actor" { nl: "Stap zonder uitvoerder", en: "Step without anyone doing it" },
        /// A Wmo claim has no motivation (002:1776-1777).
        WmoClaimWithoutMotivation = "wmo_claim_without_motivation" { nl: "Wmo-beroep zonder motivatie", en: "Wmo claim without a motivation" },
        /// An options worksheet lists too few options to choose a best and a second best (002:1682-1691).
        OptionsTooFew = "options_too_few" { nl: "Te weinig opties", en: "Too few options" },
        /// The best option is not chosen or not one of the listed options (002:1677-1679).
        BestOptionNotListed = "best_option_not_listed" { nl: "Beste optie staat niet in de lijst", en: "Best option not listed" },
        /// The second-best option is the best option.
        SecondBestEqualsBest = "second_best_equals_best" { nl: "Op één na beste optie is de beste optie", en: "Second-best option equals the best" },
        /// An individual provision is claimed while nothing draws on the inner rings (002:1140-1143).
        IndividualProvisionBeforeInnerRings = "individual_provision_before_inner_rings" { nl: "Individuele voorziening zonder binnenste ringen", en: "Individual provision before the inner rings" },
        /// The Wmo application built from the plan misses parts (002:1768-1782).
        ApplicationIncomplete = "application_incomplete" { nl: "Wmo-aanvraag onvolledig", en: "Wmo application incomplete" },
        /// An evaluation refers to a plan version that does not exist.
        UnknownPlanVersion = "unknown_plan_version" { nl: "Onbekende planversie", en: "Unknown plan version" },
        /// A goal aims at participation or network growth while the client's isolation type
        /// is of category 3 or 4, where that is usually not realistic (002:4409-4420).
        ParticipationGoalUnrealistic = "participation_goal_unrealistic" { nl: "Participatiedoel weinig realistisch", en: "Participation goal unrealistic" },
        /// A goal works on a ZRM domain already at level 5 (`plan::zrm_checks`).
        ZrmGoalDomainAlreadyFull = "zrm_goal_domain_already_full" { nl: "Doel op ZRM-domein dat al volledig zelfredzaam is", en: "Goal on a ZRM domain already fully self-reliant" },
        /// A ZRM domain at level 1 (acute) has no goal or step (`plan::zrm_checks`).
        ZrmAcuteDomainUnaddressed = "zrm_acute_domain_unaddressed" { nl: "Acuut ZRM-domein zonder doel of stap", en: "Acute ZRM domain without a goal or step" },
        /// An evaluation has no ZRM re-measurement while a baseline exists (`plan::zrm_checks`).
        ZrmEvaluationWithoutRemeasurement = "zrm_evaluation_without_remeasurement" { nl: "Evaluatie zonder nieuwe ZRM-meting", en: "Evaluation without a ZRM re-measurement" },
    }
}
