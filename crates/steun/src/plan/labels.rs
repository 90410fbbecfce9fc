//! The labelled enums of support plans: relations, provision forms, terms, outcomes,
//! finding severities and codes, extent units, wish sources, application parts.

use crate::lang::{labelled_enum, Lang};

/// A label of a form line, in Dutch and English.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FormLabel {
    nl: &'static str,
    en: &'static str,
}

impl FormLabel {
    /// The label in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Form line of `informed_of_client_support`: told that free, independent
/// cliëntondersteuning exists (003:33, 003:62).
pub(crate) const INFORMED_OF_CLIENT_SUPPORT: FormLabel = FormLabel {
    nl: "Gewezen op gratis, onafhankelijke cliëntondersteuning",
    en: "Told about free, independent client support",
};

/// Form line of an evaluation's `client_present`: the client took part (000:2771-2775).
pub(crate) const CLIENT_PRESENT: FormLabel =
    FormLabel { nl: "Cliënt aanwezig bij de evaluatie", en: "Client present at the evaluation" };

/// Form note of a goal's `day_activity`: a goal about dagbesteding (000:1314-1320).
pub(crate) const DAY_ACTIVITY: FormLabel = FormLabel { nl: "Dagbesteding", en: "Day activities" };

/// A recorded yes or no on a form.
pub(crate) fn yes_no(value: bool, lang: Lang) -> &'static str {
    let l = if value { FormLabel { nl: "Ja", en: "Yes" } } else { FormLabel { nl: "Nee", en: "No" } };
    l.get(lang)
}

labelled_enum! {
    /// How a person who helps is related to the client: the natural network of friends,
    /// family and peers (002:1651-1653), the neighbour and the friend of Bram's plan
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
        /// Lotgenoot: another person with a disability (002:1651-1653).
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
    /// (002:1778-1779, 002:1185).
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
    /// (002:1575, 002:1600-1601), a wish in one of its life domains (002:1559-1601), or a
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
        /// The plan has no evaluation date (002:1704, 002:1711).
        MissingEvaluationDate = "missing_evaluation_date" { nl: "Geen evaluatiedatum", en: "No evaluation date" },
        /// The evaluation date is not after the date the plan was drawn up.
        EvaluationBeforeDrawnUp = "evaluation_before_drawn_up" { nl: "Evaluatie vóór datum opstellen", en: "Evaluation before the plan was drawn up" },
        /// A step says nobody who does anything (002:1726-1738).
        StepWithoutActor = "step_without_actor" { nl: "Stap zonder uitvoerder", en: "Step without anyone doing it" },
        /// A Wmo claim has no motivation (002:1776-1777).
        WmoClaimWithoutMotivation = "wmo_claim_without_motivation" { nl: "Wmo-beroep zonder motivatie", en: "Wmo claim without a motivation" },
        /// An options worksheet lists too few options to choose a best and a second best (002:1688-1692).
        OptionsTooFew = "options_too_few" { nl: "Te weinig opties", en: "Too few options" },
        /// The best option is not chosen or not one of the listed options (002:1677-1679).
        BestOptionNotListed = "best_option_not_listed" { nl: "Beste optie staat niet in de lijst", en: "Best option not listed" },
        /// The second-best option is the best option.
        SecondBestEqualsBest = "second_best_equals_best" { nl: "Op één na beste optie is de beste optie", en: "Second-best option equals the best" },
        /// An individual provision is claimed while nothing shows that the inner rings were
        /// considered for its goal (002:1149-1155, 002:1179-1185; a warning because of 002:1790).
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
        /// A Wmo claim carries the own-strength or social-network ring: those are not provisions
        /// (002:1149-1155, 002:1697-1702).
        WmoClaimInInnerRing = "wmo_claim_in_inner_ring" { nl: "Wmo-beroep in een binnenste ring", en: "Wmo claim in an inner ring" },
        /// A general provision is recorded as a Wmo claim instead of in the step's `general`
        /// column (002:1697-1702).
        GeneralProvisionAsWmoClaim = "general_provision_as_wmo_claim" { nl: "Algemene voorziening als Wmo-beroep", en: "General provision recorded as a Wmo claim" },
        /// A Wmo claim names no compensation domain of art. 4 Wmo (002:412-421, 002:1785-1786).
        WmoClaimWithoutCompensationDomain = "wmo_claim_without_compensation_domain" { nl: "Wmo-beroep zonder compensatiedomein", en: "Wmo claim without a compensation domain" },
        /// A Wmo claim covers a compensation domain that a provision under a prior scheme
        /// (Zvw, AWBZ, Wlz) in the plan already covers (002:1181-1182).
        OtherSchemeComesFirst = "other_scheme_comes_first" { nl: "Andere regeling gaat voor", en: "Another scheme comes first" },
        /// A plan has goals but no steps (002:1647, 002:1697-1704).
        PlanWithoutSteps = "plan_without_steps" { nl: "Plan zonder stappen", en: "Plan without steps" },
        /// No step serves this goal (002:1647).
        GoalWithoutStep = "goal_without_step" { nl: "Doel zonder stap", en: "Goal without a step" },
        /// A worksheet chooses no second-best option (002:1686, 002:1692).
        NoSecondBestOption = "no_second_best_option" { nl: "Geen op één na beste optie", en: "No second-best option" },
        /// The process never reached the phase that the case's plans or evaluations belong to
        /// (002:1345-1347, 002:1813-1823).
        PhaseInconsistentWithPlans = "phase_inconsistent_with_plans" { nl: "Fase past niet bij de plannen", en: "Phase inconsistent with the plans" },
        /// A Wmo claim's iWmo coding breaks a rule of the iWmo 3.2 standard (CD041, CD080,
        /// CS338, CD076) or differs from the plan; `source` names the rule
        /// (`crate::iwmo::claim_findings`, the same findings as `plan.iwmo_allocations`).
        IwmoRule = "iwmo_rule" { nl: "iWmo-regel", en: "iWmo rule" },
        /// A phase transition that is neither the next phase, the way back from phase 6, nor a
        /// move back with a reason (002:1345-1347, 002:1813-1823).
        InvalidPhaseTransition = "invalid_phase_transition" { nl: "Ongeldige faseovergang", en: "Invalid phase transition" },
        /// A move back to an earlier phase without a recorded reason (002:1813-1823).
        BackwardTransitionWithoutReason = "backward_transition_without_reason" { nl: "Terug naar een eerdere fase zonder reden", en: "Move back to an earlier phase without a reason" },
        /// A transition dated before the previous one, or a closure dated before the last
        /// transition.
        TransitionDateOutOfOrder = "transition_date_out_of_order" { nl: "Faseovergang in verkeerde datumvolgorde", en: "Phase transition dated out of order" },
        /// Profile `co_informed_of_client_support`: the case records that the resident was
        /// not told about free, independent client support (003:33, 003:62; `plan::profiles`).
        ClientSupportNotInformed = "client_support_not_informed" { nl: "Niet gewezen op cliëntondersteuning", en: "Not told about client support" },
        /// Profile `co_evaluation_with_client`: an evaluation held without the client
        /// (000:2771-2775; `plan::profiles`).
        EvaluationWithoutClient = "evaluation_without_client" { nl: "Evaluatie zonder de cliënt", en: "Evaluation without the client" },
        /// Profile `co_day_activity_in_shelter_plan`: a plan without a day-activity goal
        /// (000:1316-1320; `plan::profiles`).
        ShelterPlanWithoutDayActivityGoal = "shelter_plan_without_day_activity_goal" { nl: "Opvangplan zonder doel voor dagbesteding", en: "Shelter plan without a day-activity goal" },
        /// A switched-on profile finds nothing to check: the case does not record what it
        /// asks (severity info, never a breach; `plan::profiles`).
        ProfileNotRecorded = "profile_not_recorded" { nl: "Niet vastgelegd voor een controleprofiel", en: "Not recorded for a check profile" },
    }
}

labelled_enum! {
    /// Why a support process was closed. The seed names one way out: a citizen can at any
    /// moment be helped enough to carry on alone, and not everyone runs the whole process
    /// (002:1145-1147); the others are steun's (interpretation P15).
    pub enum ProcessClosureReason {
        /// The goals were reached (phase 6, 002:1828-1831).
        GoalsReached = "goals_reached" { nl: "Doelen bereikt", en: "Goals reached" },
        /// Helped enough to carry on alone (002:1145-1146).
        SelfReliant = "self_reliant" { nl: "Voldoende geholpen om zelf verder te kunnen", en: "Helped enough to carry on alone" },
        /// The client stopped (002:1146-1147: not everyone runs the whole process).
        ClientWithdrew = "client_withdrew" { nl: "Cliënt ziet af van verdere ondersteuning", en: "Client withdrew" },
        /// Referred to another scheme or provider, e.g. a prior scheme (002:1181-1182).
        Referred = "referred" { nl: "Doorverwezen", en: "Referred elsewhere" },
        /// Another reason, said in the closure's note.
        Other = "other" { nl: "Andere reden", en: "Other reason" },
    }
}

labelled_enum! {
    /// A legal scheme other than the Wmo that a plan can draw on (002:1700-1702, 002:1768-1770).
    /// The AWBZ and the Zvw come before the Wmo (voorliggend, 002:1181-1182); the Wlz, which
    /// replaced the AWBZ in 2015, is steun's addition (interpretation P16).
    pub enum OtherScheme {
        /// Zorgverzekeringswet.
        Zvw = "zvw" { nl: "Zorgverzekeringswet (Zvw)", en: "Health Insurance Act (Zvw)" },
        /// Algemene Wet Bijzondere Ziektekosten.
        Awbz = "awbz" { nl: "Algemene Wet Bijzondere Ziektekosten (AWBZ)", en: "Exceptional Medical Expenses Act (AWBZ)" },
        /// Wet langdurige zorg (from 2015; not in the seed).
        Wlz = "wlz" { nl: "Wet langdurige zorg (Wlz)", en: "Long-term Care Act (Wlz)" },
        /// Wet Werken naar Vermogen (002:1769-1770).
        Wwnv = "wwnv" { nl: "Wet Werken naar Vermogen (WWNV)", en: "Work according to Ability Act (WWNV)" },
        /// Another legal scheme.
        Other = "other" { nl: "Andere wettelijke regeling", en: "Other legal scheme" },
    }
}

impl OtherScheme {
    /// Whether support under this scheme comes before support from the Wmo (voorliggend):
    /// the AWBZ and the Zvw by law (002:1181-1182), and the Wlz as the AWBZ's successor.
    pub fn comes_before_wmo(self) -> bool {
        matches!(self, OtherScheme::Zvw | OtherScheme::Awbz | OtherScheme::Wlz)
    }
}
