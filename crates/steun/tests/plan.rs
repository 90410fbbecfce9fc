//! Support plans end to end: Bram's case (002:1608-1840), every finding code, versions and
//! their difference, the Wmo application, rendering, and bad input.

use serde_json::{json, Value};
use steun::plan::{
    application, diff, render_case, validate_case, ApplicationPart, ChangeKind, FindingCode, RenderPart, Severity,
    SupportCase,
};
use steun::{Document, Error, Labelled, Lang, SupportPhase};

const BRAM: &str = include_str!("../../../examples/data/bram_case.json");

fn bram() -> SupportCase {
    SupportCase::from_json(BRAM).unwrap()
}

/// A small case with no findings: one goal, a worksheet of two options, one step.
fn minimal() -> Value {
    json!({
        "client": "K-0001",
        "profile": {"domains": [{"domain": "housing", "wishes": ["Een opgeruimd huis"]}], "important_wishes": ["Een opgeruimd huis"]},
        "plans": [{
            "client": "K-0001", "version": 1, "drawn_up": "2013-01-10", "evaluation_date": "2013-04-10",
            "goals": [{"id": "g", "result": "Het huis is opgeruimd", "priority": 1, "term": "short",
                       "personal_preferences": ["Alles heeft een vaste plek"],
                       "wish": {"source": "important_wishes", "number": 1}}],
            "worksheets": [{"goal": "g", "options": [
                {"description": "Zelf een weekschema maken", "ring": "own_strength"},
                {"description": "Zus helpt", "ring": "social_network"}], "best": 1, "second_best": 2}],
            "steps": [{"activity": "Wekelijks opruimen", "goal": "g", "own": ["Ruimt op met een schema"]}]
        }]
    })
}

fn findings_of(case: &Value) -> Vec<(FindingCode, Severity, String)> {
    let case = SupportCase::from_json(&case.to_string()).unwrap();
    validate_case(&case).findings.into_iter().map(|f| (f.code, f.severity, f.path)).collect()
}

fn one(case: &Value, code: FindingCode) -> (Severity, String) {
    let all = findings_of(case);
    let hits: Vec<_> = all.iter().filter(|f| f.0 == code).collect();
    assert_eq!(hits.len(), 1, "{code}: {all:?}");
    (hits[0].1, hits[0].2.clone())
}

#[test]
fn bram_validates_without_any_finding() {
    let f = validate_case(&bram());
    assert!(f.findings.is_empty(), "{:?}", f.findings);
    assert_eq!(f.instrument, "steun.plan");
    assert!(findings_of(&minimal()).is_empty(), "the minimal case is clean");
}

#[test]
fn bram_has_what_the_seed_says() {
    let case = bram();
    assert_eq!(case.plans.len(), 2);
    let v1 = &case.plans[0];
    // 002:1630-1631: household first, volunteering and new contacts second.
    assert_eq!(
        v1.goals.iter().map(|g| (g.id.as_str(), g.priority)).collect::<Vec<_>>(),
        [("household", 1), ("volunteering", 2)]
    );
    let helpers: Vec<&str> = v1.steps.iter().flat_map(|s| &s.others).map(|h| h.relation.code()).collect();
    assert_eq!(helpers, ["neighbour", "friend", "neighbour"]); // 002:1755-1759
    let app = application(&case, Some(1)).unwrap();
    // 002:1811-1813: three hours of home help and two of ambulatory support a week.
    let measures: Vec<(f64, &str, &str)> =
        app.measures.iter().map(|m| (m.extent.unwrap().amount, m.extent.unwrap().unit.code(), m.form.code())).collect();
    assert_eq!(measures, [(3.0, "hours_per_week", "in_kind"), (2.0, "hours_per_week", "in_kind")]);
    assert_eq!(app.measures.iter().map(|m| m.step).collect::<Vec<_>>(), [2, 4]);
    assert!(app.missing.is_empty(), "{:?}", app.missing);
    assert_eq!(app.problems.len(), 5, "the grid's experienced barriers, one per row");
    assert_eq!(app.intended_results.len(), 2);
    assert_eq!(
        app.solution_direction.iter().map(|r| r.code()).collect::<Vec<_>>(),
        ["own_strength", "social_network", "individual_provision"]
    );
    assert_eq!(case.process.as_ref().unwrap().current(), SupportPhase::Execution);
    assert_eq!(case.evaluations[0].goals[0].outcome.code(), "partly");
}

#[test]
fn revised_plan_lists_friend_out_and_team_mate_in() {
    let case = bram();
    let d = diff(&case.plans[0], &case.plans[1]);
    assert_eq!((d.from_version, d.to_version), (1, 2));
    let got: Vec<(ChangeKind, &str)> = d.changes.iter().map(|c| (c.kind, c.path.as_str())).collect();
    assert_eq!(
        got,
        [
            (ChangeKind::Changed, "drawn_up"),
            (ChangeKind::Changed, "evaluation_date"),
            (ChangeKind::Added, "steps[2].own[1]"),
            (ChangeKind::Removed, "steps[2].others[0]"),
            (ChangeKind::Added, "steps[2].others[0]"),
        ]
    );
    assert_eq!(d.changes[3].before.as_ref().unwrap()["relation"], "friend");
    assert_eq!(d.changes[4].after.as_ref().unwrap()["relation"], "team_mate");
    assert_eq!(d.changes[0].before, Some(json!("2012-03-05")));
    assert!(diff(&case.plans[1], &case.plans[1]).changes.is_empty());
}

#[test]
fn revise_keeps_the_old_version() {
    let mut case = bram();
    let mut next = case.plans[1].clone();
    next.aids.clear();
    assert_eq!(case.revise(next).unwrap(), 3);
    assert_eq!(case.plans.len(), 3);
    assert_eq!(case.plans[1].aids.len(), 2, "the old version is kept unchanged");
    assert_eq!(SupportCase::from_json(&case.to_json()).unwrap(), case);
}

/// A ZRM 2017 measurement with every domain not scored except `levels`.
fn zrm_measurement(date: &str, levels: &[(&str, &str)]) -> Value {
    let scores: Vec<Value> = steun::zrm::ZrmVersion::Zrm2017
        .domains()
        .iter()
        .map(|d| {
            let level = levels.iter().find(|(c, _)| *c == d.code()).map(|(_, l)| *l);
            json!({"domain": d.code(), "level": level})
        })
        .collect();
    json!({"date": date, "assessor": "M-017", "scores": scores})
}

fn plan0(v: &mut Value) -> &mut Value {
    &mut v["plans"][0]
}

#[test]
fn each_finding_code_has_a_minimal_trigger() {
    use FindingCode::*;
    type Edit = fn(&mut Value);
    let cases: &[(FindingCode, Severity, &str, Edit)] = &[
        (NoGoals, Severity::Error, "plans[0].goals", |v| {
            plan0(v)["goals"] = json!([]);
            plan0(v)["worksheets"] = json!([]);
            plan0(v)["steps"][0]["goal"] = Value::Null;
        }),
        (DuplicateGoalId, Severity::Error, "plans[0].goals[1].id", |v| {
            let g = plan0(v)["goals"][0].clone();
            plan0(v)["goals"].as_array_mut().unwrap().push(g);
        }),
        (GoalWithoutResult, Severity::Error, "plans[0].goals[0].result", |v| {
            plan0(v)["goals"][0]["result"] = json!("  ")
        }),
        (GoalWithoutPersonalPreferences, Severity::Warning, "plans[0].goals[0].personal_preferences", |v| {
            plan0(v)["goals"][0]["personal_preferences"] = json!([])
        }),
        (UnknownWishReference, Severity::Error, "plans[0].goals[0].wish", |v| {
            plan0(v)["goals"][0]["wish"] = json!({"source": "important_wishes", "number": 2})
        }),
        (UnknownGoalReference, Severity::Error, "plans[0].steps[0].goal", |v| {
            plan0(v)["steps"][0]["goal"] = json!("nope")
        }),
        (MissingEvaluationDate, Severity::Error, "plans[0].evaluation_date", |v| {
            plan0(v)["evaluation_date"] = Value::Null
        }),
        (EvaluationBeforeDrawnUp, Severity::Error, "plans[0].evaluation_date", |v| {
            plan0(v)["evaluation_date"] = json!("2013-01-09")
        }),
        (StepWithoutActor, Severity::Warning, "plans[0].steps[0]", |v| plan0(v)["steps"][0]["own"] = json!([])),
        (WmoClaimWithoutMotivation, Severity::Warning, "plans[0].steps[0].wmo[0].motivation", |v| {
            plan0(v)["steps"][0]["wmo"] =
                json!([{"provision": "Buurthuis", "ring": "general_provision", "form": "in_kind"}]);
            plan0(v)["application"] = json!({"problems": ["x"], "problem_analysis": "x", "solution_motivation": "x"});
        }),
        (OptionsTooFew, Severity::Warning, "plans[0].worksheets[0].options", |v| {
            plan0(v)["worksheets"][0]["options"].as_array_mut().unwrap().pop();
            plan0(v)["worksheets"][0]["second_best"] = Value::Null;
        }),
        (BestOptionNotListed, Severity::Error, "plans[0].worksheets[0].best", |v| {
            plan0(v)["worksheets"][0]["best"] = json!(3)
        }),
        (SecondBestEqualsBest, Severity::Error, "plans[0].worksheets[0].second_best", |v| {
            plan0(v)["worksheets"][0]["second_best"] = json!(1)
        }),
        (IndividualProvisionBeforeInnerRings, Severity::Warning, "plans[0].steps[0].wmo[0]", |v| {
            plan0(v)["worksheets"] = json!([]);
            plan0(v)["steps"][0]["own"] = json!([]);
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Huishoudelijke hulp", "ring": "individual_provision",
                "form": "pgb", "motivation": "m"}]);
            plan0(v)["application"] = json!({"problems": ["x"], "problem_analysis": "x", "solution_motivation": "x"});
        }),
        (ApplicationIncomplete, Severity::Warning, "plans[0]", |v| {
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Huishoudelijke hulp", "ring": "individual_provision",
                "form": "in_kind", "motivation": "m"}]);
        }),
        (UnknownPlanVersion, Severity::Error, "evaluations[0].plan_version", |v| {
            v["evaluations"] = json!([{"date": "2013-04-10", "plan_version": 7}])
        }),
        (ParticipationGoalUnrealistic, Severity::Warning, "plans[0].goals[0]", |v| {
            v["isolation_type"] = json!("outsiders");
            plan0(v)["goals"][0]["life_domains"] = json!(["social_contacts"]);
        }),
        (ZrmGoalDomainAlreadyFull, Severity::Warning, "plans[0].goals[0].zrm[0]", |v| {
            v["zrm"] = json!([zrm_measurement("2013-01-05", &[("finances", "fully_self_reliant")])]);
            plan0(v)["goals"][0]["zrm"] = json!([{"domain": "finances", "target": "fully_self_reliant"}]);
        }),
        (ZrmAcuteDomainUnaddressed, Severity::Warning, "plans[0]", |v| {
            v["zrm"] = json!([zrm_measurement("2013-01-10", &[("housing", "acute")])]);
        }),
        (ZrmEvaluationWithoutRemeasurement, Severity::Warning, "evaluations[0]", |v| {
            v["zrm"] = json!([zrm_measurement("2013-01-05", &[])]);
            v["evaluations"] = json!([{"date": "2013-04-10", "plan_version": 1}]);
        }),
        (WmoClaimInInnerRing, Severity::Error, "plans[0].steps[0].wmo[0].ring", |v| {
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Buurthulp", "ring": "social_network",
                "form": "in_kind", "motivation": "m", "domains": ["running_a_household"]}]);
        }),
        (GeneralProvisionAsWmoClaim, Severity::Warning, "plans[0].steps[0].wmo[0].ring", |v| {
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Buurthuis", "ring": "general_provision",
                "form": "in_kind", "motivation": "m", "domains": ["meeting_people"]}]);
        }),
        (WmoClaimWithoutCompensationDomain, Severity::Warning, "plans[0].steps[0].wmo[0].domains", |v| {
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Huishoudelijke hulp", "ring": "individual_provision",
                "form": "in_kind", "motivation": "m"}]);
        }),
        (OtherSchemeComesFirst, Severity::Warning, "plans[0].steps[0].wmo[0].domains", |v| {
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Begeleiding", "ring": "individual_provision",
                "form": "in_kind", "motivation": "m", "domains": ["daily_living"]}]);
            plan0(v)["steps"][0]["other_schemes"] = json!([{"scheme": "awbz", "provision": "Begeleiding (AWBZ)",
                "covers": ["daily_living"]}]);
        }),
        (PlanWithoutSteps, Severity::Error, "plans[0].steps", |v| plan0(v)["steps"] = json!([])),
        (GoalWithoutStep, Severity::Warning, "plans[0].goals[1]", |v| {
            let mut g = plan0(v)["goals"][0].clone();
            g["id"] = json!("h");
            plan0(v)["goals"].as_array_mut().unwrap().push(g);
        }),
        (NoSecondBestOption, Severity::Warning, "plans[0].worksheets[0].second_best", |v| {
            plan0(v)["worksheets"][0]["second_best"] = Value::Null
        }),
        (PhaseInconsistentWithPlans, Severity::Warning, "process", |v| {
            v["process"] =
                json!({"started": "2013-01-01", "transitions": [{"to": "information", "date": "2013-01-02"}]});
        }),
        (InvalidPhaseTransition, Severity::Warning, "process.transitions[1]", |v| {
            v["process"] = json!({"started": "2013-01-01", "transitions": [{"to": "information", "date": "2013-01-02"},
                {"to": "planning", "date": "2013-01-03"}]});
        }),
        (BackwardTransitionWithoutReason, Severity::Warning, "process.transitions[3]", |v| {
            v["process"] = json!({"started": "2013-01-01", "transitions": [{"to": "information", "date": "2013-01-02"},
                {"to": "goal_setting", "date": "2013-01-03"}, {"to": "planning", "date": "2013-01-04"},
                {"to": "information", "date": "2013-01-05"}, {"to": "goal_setting", "date": "2013-01-06"},
                {"to": "planning", "date": "2013-01-07"}]});
        }),
        (IwmoRule, Severity::Error, "plans[0].steps[0].wmo[0]", |v| {
            // iWmo 3.2 CS338: an etmaal is not per day (tests/iwmo.rs has the rules).
            plan0(v)["steps"][0]["wmo"] = json!([{"provision": "Dagbesteding", "ring": "individual_provision",
                "form": "in_kind", "motivation": "m", "domains": ["daily_living"],
                "iwmo": {"product_category": "day_activities", "product_code": "07A01",
                    "extent": {"volume": 1, "unit": "etmaal", "frequency": "per_day"}, "end_date": "2021-12-31"}}]);
        }),
        (TransitionDateOutOfOrder, Severity::Error, "process.transitions[1].date", |v| {
            v["process"] = json!({"started": "2013-01-01", "transitions": [{"to": "information", "date": "2013-01-05"},
                {"to": "goal_setting", "date": "2013-01-03"}, {"to": "planning", "date": "2013-01-07"}]});
        }),
    ];
    let mut seen = Vec::new();
    for (code, severity, path, edit) in cases {
        let mut v = minimal();
        edit(&mut v);
        assert_eq!(one(&v, *code), (*severity, path.to_string()), "{code}");
        seen.push(*code);
    }
    // The profile codes never come from plan.validate; tests/check_profiles.rs triggers each.
    let profile_codes =
        [ClientSupportNotInformed, EvaluationWithoutClient, ShelterPlanWithoutDayActivityGoal, ProfileNotRecorded];
    for code in FindingCode::ALL.iter().filter(|c| !profile_codes.contains(c)) {
        assert!(seen.contains(code), "no trigger test for {code}");
    }
}

#[test]
fn options_threshold_and_evaluation_dates() {
    // Two options is enough (MIN_OPTIONS = 2); one is too few.
    assert!(findings_of(&minimal()).iter().all(|f| f.0 != FindingCode::OptionsTooFew));
    // An evaluation conversation before the plan was drawn up.
    let mut v = minimal();
    v["evaluations"] =
        json!([{"date": "2013-01-01", "plan_version": 1, "goals": [{"goal": "zz", "outcome": "reached"}]}]);
    let f = findings_of(&v);
    assert!(f.contains(&(FindingCode::EvaluationBeforeDrawnUp, Severity::Error, "evaluations[0].date".into())));
    assert!(f.contains(&(FindingCode::UnknownGoalReference, Severity::Error, "evaluations[0].goals[0].goal".into())));
    // The same day is not after it (interpretation).
    let mut v = minimal();
    plan0(&mut v)["evaluation_date"] = json!("2013-01-10");
    assert_eq!(one(&v, FindingCode::EvaluationBeforeDrawnUp).1, "plans[0].evaluation_date");
}

#[test]
fn application_incomplete_names_each_missing_part() {
    let mut v = minimal();
    plan0(&mut v)["steps"][0]["wmo"] =
        json!([{"provision": "Begeleiding", "ring": "individual_provision", "form": "in_kind"}]);
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    let app = application(&case, None).unwrap();
    assert_eq!(
        app.missing,
        [
            ApplicationPart::Problems,
            ApplicationPart::ProblemAnalysis,
            ApplicationPart::SolutionMotivation,
            ApplicationPart::MeasureMotivation
        ]
    );
    let f = validate_case(&case);
    let inc = f.with_code(FindingCode::ApplicationIncomplete).next().unwrap();
    assert!(inc.message.nl.contains("Een probleemanalyse"), "{}", inc.message.nl);
    assert!(inc.message.en.contains("The motivation of the measures"), "{}", inc.message.en);
    assert_eq!(inc.source, "002:1768-1782");
    assert!(!f.has_errors(), "missing application parts are warnings");
    assert_eq!(application(&case, Some(9)).unwrap_err().code(), "not_found");
}

#[test]
fn findings_do_not_echo_personal_text() {
    let mut v = minimal();
    plan0(&mut v)["goals"][0]["personal_preferences"] = json!([]);
    plan0(&mut v)["goals"][0]["result"] = json!("Jan Jansen wil verhuizen");
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    let text = validate_case(&case).to_json();
    assert!(!text.contains("Jansen"));
}

#[test]
fn renders_the_forms_in_both_languages() {
    let case = bram();
    let nl = render_case(&case, RenderPart::All, None, Lang::Nl).unwrap();
    for want in [
        "# PERSOONLIJK PROFIEL",
        "Huidige mogelijkheden en ervaringen | Wensen | Vroegere mogelijkheden en ervaringen",
        "Welke wensen zijn het belangrijkst?",
        "# WERKBLAD OPTIES",
        "| Opties | Voordelen | Nadelen |",
        "**Beste optie:** 1. De buurman herinnert Bram eraan",
        "**Op één na beste optie:** 2.",
        "# PLAN VAN AANPAK",
        "**Datum opstellen:** 5 juni 2012",
        "**Datum evaluatie:** 5 september 2012",
        "Te bereiken resultaat (doel)",
        "Benodigde hulpmiddelen of voorzieningen",
        "| Wat de persoon zelf doet | Wat anderen doen | Welke professionele hulp nodig is | Waarvoor een beroep op de Wmo gedaan wordt |",
        "Huishoudelijke hulp (Thuiszorg): individuele voorziening, in natura, 3 uur per week",
        "(Teamgenoot/clubgenoot): Wordt door Bram gevraagd een handje te helpen met de boodschappen",
        "| **Zingeving (incl. spiritualiteit/religie)** |  |  |  |",
    ] {
        assert!(nl.contains(want), "missing {want:?} in\n{nl}");
    }
    let en = render_case(&case, RenderPart::Plan, Some(1), Lang::En).unwrap();
    for want in [
        "# PLAN OF ACTION",
        "**Date drawn up:** 5 March 2012",
        "What is claimed from the Wmo",
        "Vriend (Friend): Helpt",
        "2 hours per week",
    ] {
        assert!(en.contains(want), "missing {want:?} in\n{en}");
    }
    let en_ws = render_case(&case, RenderPart::Options, None, Lang::En).unwrap();
    assert!(
        en_ws.contains("# OPTIONS WORKSHEET")
            && en_ws.contains("**Best option:**")
            && en_ws.contains("**Second-best option:**")
    );
    let en_pr = render_case(&case, RenderPart::Profile, None, Lang::En).unwrap();
    assert!(en_pr.contains("# PERSONAL PROFILE") && en_pr.contains("Which wishes matter most?"));
    assert_eq!(en_pr.matches("\n| **").count(), 8, "all eight life domains, as on the form");
}

#[test]
fn bad_input_is_an_error_with_the_path() {
    let mut v = minimal();
    plan0(&mut v)["steps"][0]["colour"] = json!("x");
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "plans[0].steps[0]");

    let mut v = minimal();
    plan0(&mut v)["drawn_up"] = json!("10-01-2013");
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "plans[0].drawn_up");
    assert!(e.message().contains("YYYY-MM-DD"));

    let mut v = minimal();
    plan0(&mut v)["steps"][0]["others"] = json!([{"who": "Zus", "relation": "zus", "does": "x"}]);
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "plans[0].steps[0].others[0].relation");
    assert!(e.message().contains("family, partner, friend, neighbour"), "{e}");

    let mut v = minimal();
    plan0(&mut v)["steps"][0]["wmo"] = json!([{"provision": "x", "ring": "individual_provision", "form": "in_kind",
        "extent": {"amount": -3, "unit": "hours_per_week"}}]);
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "plans[0].steps[0].wmo[0].extent.amount");

    let mut v = minimal();
    v["plans"] = json!([v["plans"][0].clone(), v["plans"][0].clone()]);
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "plans[1].version");

    // A skipped phase is a finding on a readable case, not an error (002:1814-1823).
    let mut v = minimal();
    v["process"] = json!({"started": "2013-01-01", "transitions": [{"to": "planning", "date": "2013-01-02"}]});
    assert_eq!(one(&v, FindingCode::InvalidPhaseTransition), (Severity::Warning, "process.transitions[0]".into()));

    let e = SupportCase::from_json("{\"client\": ").unwrap_err();
    assert_eq!(e.code(), "syntax");
}

#[test]
fn json_entry_points() {
    let f: Value = serde_json::from_str(&steun::plan::validate_json(BRAM).unwrap()).unwrap();
    assert_eq!(f["findings"], json!([]));
    let app: Value = serde_json::from_str(&steun::plan::application_json(BRAM).unwrap()).unwrap();
    assert_eq!(app["plan_version"], 2);
    assert_eq!(app["missing"], json!([]));
    let md = steun::plan::render_json(BRAM, Lang::Nl, RenderPart::Plan).unwrap();
    assert!(md.starts_with("# PLAN VAN AANPAK"));
    let case = bram();
    let d: Value =
        serde_json::from_str(&steun::plan::diff_json(&case.plans[0].to_json(), &case.plans[1].to_json()).unwrap())
            .unwrap();
    assert_eq!(d["changes"].as_array().unwrap().len(), 5);
}

#[test]
fn participation_goals_against_the_isolation_type() {
    // 002:4409-4420: categories 3 and 4 get the warning, 1 and 2 do not.
    let with = |t: &str, edit: fn(&mut Value)| {
        let mut v = minimal();
        v["isolation_type"] = json!(t);
        edit(&mut v);
        findings_of(&v).iter().filter(|f| f.0 == FindingCode::ParticipationGoalUnrealistic).count()
    };
    let social = |v: &mut Value| plan0(v)["goals"][0]["dimensions"] = json!(["social_inclusion"]);
    for (t, want) in
        [("actives", 0), ("dependents", 0), ("compensators", 1), ("outsiders", 1), ("hopefuls", 1), ("survivors", 1)]
    {
        assert_eq!(with(t, social), want, "{t}");
    }
    // A goal about the household does not aim at participation ...
    assert_eq!(with("survivors", |_| {}), 0);
    // ... unless the case worker says it does; and a stated false overrides the reading.
    assert_eq!(with("survivors", |v| plan0(v)["goals"][0]["aims_at_participation"] = json!(true)), 1);
    assert_eq!(
        with("survivors", |v| {
            plan0(v)["goals"][0]["dimensions"] = json!(["interpersonal_relations"]);
            plan0(v)["goals"][0]["aims_at_participation"] = json!(false);
        }),
        0
    );
    // Without a known type there is no such finding.
    let mut v = minimal();
    social(&mut v);
    assert!(findings_of(&v).iter().all(|f| f.0 != FindingCode::ParticipationGoalUnrealistic));
}

// ---- Tests added for mutation testing (docs/mutation-testing.md). ----

fn codes_of(case: &Value) -> Vec<FindingCode> {
    findings_of(case).into_iter().map(|f| f.0).collect()
}

#[test]
fn wish_references_resolve_into_profile_and_grid() {
    let with_wish = |wish: Value, grid: bool| {
        let mut v = minimal();
        if grid {
            v["grid"] = json!({"rows": [{"dimension": "emotional_wellbeing", "experienced_barriers": [],
                "wishes": ["Rust in het hoofd", "Overzicht"], "needed_support": [], "present_support": []}]});
        }
        plan0(&mut v)["goals"][0]["wish"] = wish;
        codes_of(&v).contains(&FindingCode::UnknownWishReference)
    };
    // 002:1541-1606: a wish is found by its list and its number, counted from 1.
    assert!(!with_wish(json!({"source": "important_wishes", "number": 1}), false));
    assert!(with_wish(json!({"source": "important_wishes", "number": 0}), false));
    assert!(!with_wish(json!({"source": "personal_profile", "domain": "housing", "number": 1}), false));
    assert!(with_wish(json!({"source": "personal_profile", "domain": "housing", "number": 2}), false));
    assert!(with_wish(json!({"source": "personal_profile", "number": 1}), false));
    assert!(!with_wish(json!({"source": "assessment_grid", "dimension": "emotional_wellbeing", "number": 2}), true));
    assert!(with_wish(json!({"source": "assessment_grid", "dimension": "emotional_wellbeing", "number": 3}), true));
    assert!(with_wish(json!({"source": "assessment_grid", "dimension": "emotional_wellbeing", "number": 1}), false));
    assert!(with_wish(json!({"source": "assessment_grid", "number": 1}), true));
    // resolve_wish gives the wish itself.
    let case = SupportCase::from_json(&minimal().to_string()).unwrap();
    let wish = case.plans[0].goals[0].wish.as_ref().unwrap();
    let text = steun::plan::resolve_wish(wish, case.profile.as_ref(), None).unwrap();
    assert_eq!(text.as_str(), "Een opgeruimd huis");
}

#[test]
fn errors_and_warnings_and_one_plan() {
    let case = SupportCase::from_json(&minimal().to_string()).unwrap();
    assert!(!validate_case(&case).has_errors());
    let mut v = minimal();
    plan0(&mut v)["goals"][0]["personal_preferences"] = json!([]); // a warning only
    let f = validate_case(&SupportCase::from_json(&v.to_string()).unwrap());
    assert_eq!(f.findings.len(), 1);
    assert!(!f.has_errors());
    assert_eq!(f.with_code(FindingCode::GoalWithoutPersonalPreferences).count(), 1);
    assert_eq!(f.with_code(FindingCode::NoGoals).count(), 0);
    plan0(&mut v)["evaluation_date"] = Value::Null; // and an error
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    let f = validate_case(&case);
    assert!(f.has_errors());
    assert_eq!(f.findings[0].source, "002:1632-1650");
    assert!(f.findings[0].message.en.contains("no personal preferences"));
    // One plan on its own: paths relative to the plan.
    let f = steun::plan::validate_plan(&case.plans[0], case.profile.as_ref(), None);
    let got: Vec<(FindingCode, String)> = f.findings.iter().map(|x| (x.code, x.path.clone())).collect();
    assert_eq!(
        got,
        [
            (FindingCode::GoalWithoutPersonalPreferences, "goals[0].personal_preferences".to_owned()),
            (FindingCode::MissingEvaluationDate, "evaluation_date".to_owned())
        ]
    );
    assert_eq!(f.instrument, "steun.plan");
    // Without the profile the wish reference points nowhere.
    let f = steun::plan::validate_plan(&case.plans[0], None, None);
    assert_eq!(f.with_code(FindingCode::UnknownWishReference).count(), 1);
}

#[test]
fn inner_rings_for_steps_without_a_goal_and_per_goal() {
    let ip = json!([{"provision": "Huishoudelijke hulp", "ring": "individual_provision", "form": "in_kind", "motivation": "m"}]);
    let app = json!({"problems": ["x"], "problem_analysis": "x", "solution_motivation": "x"});
    let warned = |edit: &dyn Fn(&mut Value)| {
        let mut v = minimal();
        plan0(&mut v)["application"] = app.clone();
        edit(&mut v);
        codes_of(&v).contains(&FindingCode::IndividualProvisionBeforeInnerRings)
    };
    // The worksheet's own-strength option counts for its goal (002:1140-1145).
    assert!(!warned(&|v| plan0(v)["steps"][0]["wmo"] = ip.clone()));
    // An individual-provision option alone does not.
    assert!(warned(&|v| {
        plan0(v)["steps"][0]["wmo"] = ip.clone();
        plan0(v)["steps"][0]["own"] = json!([]);
        for o in plan0(v)["worksheets"][0]["options"].as_array_mut().unwrap() {
            o["ring"] = json!("individual_provision");
        }
    }));
    // A worksheet for another goal does not count for this one.
    assert!(warned(&|v| {
        let mut g2 = plan0(v)["goals"][0].clone();
        g2["id"] = json!("h");
        plan0(v)["goals"].as_array_mut().unwrap().push(g2);
        plan0(v)["steps"][0]["own"] = json!([]);
        plan0(v)["steps"][0]["goal"] = json!("h");
        plan0(v)["steps"][0]["wmo"] = ip.clone();
        plan0(v)["worksheets"].as_array_mut().unwrap().push(json!({"goal": "h", "options": [
            {"description": "a", "ring": "individual_provision"}, {"description": "b", "ring": "individual_provision"}],
            "best": 1, "second_best": 2}));
    }));
    // A step serving the goal with own strength counts, without any worksheet.
    assert!(!warned(&|v| {
        plan0(v)["worksheets"] = json!([]);
        plan0(v)["steps"][0]["wmo"] = ip.clone();
    }));
    // A step without a goal serves every goal: it needs inner rings for each (interpretation).
    assert!(!warned(&|v| {
        plan0(v)["steps"][0]["goal"] = Value::Null;
        plan0(v)["steps"][0]["wmo"] = ip.clone();
    }));
    // A plan without goals: any step with an inner ring will do.
    assert!(!warned(&|v| {
        plan0(v)["goals"] = json!([]);
        plan0(v)["worksheets"] = json!([]);
        plan0(v)["steps"][0]["goal"] = Value::Null;
        plan0(v)["steps"][0]["wmo"] = ip.clone();
    }));
    assert!(warned(&|v| {
        plan0(v)["goals"] = json!([]);
        plan0(v)["worksheets"] = json!([]);
        plan0(v)["steps"][0]["goal"] = Value::Null;
        plan0(v)["steps"][0]["own"] = json!([]);
        plan0(v)["steps"][0]["wmo"] = ip.clone();
    }));
}

#[test]
fn worksheet_option_counts_and_second_best() {
    // Three options is fine, one is too few (MIN_OPTIONS = 2, 002:1682-1691).
    let mut v = minimal();
    plan0(&mut v)["worksheets"][0]["options"]
        .as_array_mut()
        .unwrap()
        .push(json!({"description": "c", "ring": "general_provision"}));
    assert!(findings_of(&v).is_empty(), "{:?}", findings_of(&v));
    // An unlisted second-best option.
    let mut v = minimal();
    plan0(&mut v)["worksheets"][0]["second_best"] = json!(5);
    assert_eq!(
        one(&v, FindingCode::BestOptionNotListed),
        (Severity::Error, "plans[0].worksheets[0].second_best".into())
    );
    // An evaluation the day after the plan is fine; on the day is not.
    let mut v = minimal();
    v["evaluations"] = json!([{"date": "2013-01-11", "plan_version": 1}]);
    assert!(findings_of(&v).is_empty());
    v["evaluations"] = json!([{"date": "2013-01-10", "plan_version": 1}]);
    assert_eq!(one(&v, FindingCode::EvaluationBeforeDrawnUp).1, "evaluations[0].date");
}

#[test]
fn has_errors_json_reads_documents_and_arrays() {
    let mut v = minimal();
    plan0(&mut v)["goals"][0]["personal_preferences"] = json!([]); // a warning only
    let warned = steun::plan::validate_json(&v.to_string()).unwrap();
    assert!(!steun::plan::has_errors_json(&warned).unwrap());
    let findings: Value = serde_json::from_str(&warned).unwrap();
    let array = findings["findings"].to_string();
    assert!(array.starts_with("[{"));
    assert!(!steun::plan::has_errors_json(&format!("  \n{array}")).unwrap());
    plan0(&mut v)["evaluation_date"] = Value::Null; // and an error
    let failed = steun::plan::validate_json(&v.to_string()).unwrap();
    assert!(steun::plan::has_errors_json(&failed).unwrap());
    let findings: Value = serde_json::from_str(&failed).unwrap();
    assert!(steun::plan::has_errors_json(&findings["findings"].to_string()).unwrap());
    // Bad findings are errors with the path, in both shapes.
    let mut bad = findings.clone();
    bad["findings"][1]["severity"] = json!("fatal");
    let e = steun::plan::has_errors_json(&bad.to_string()).unwrap_err();
    assert_eq!(e.path().map(|p| p.to_string()).as_deref(), Some("findings[1].severity"));
    let e = steun::plan::has_errors_json(&bad["findings"].to_string()).unwrap_err();
    assert_eq!(e.path().map(|p| p.to_string()).as_deref(), Some("[1].severity"));
    assert!(steun::plan::has_errors_json("{}").is_err());
    assert!(steun::plan::has_errors_json("").is_err());
}

#[test]
fn plan_and_process_documents_are_checked() {
    let plan = |edit: &dyn Fn(&mut Value)| {
        let mut v = minimal()["plans"][0].clone();
        v["steps"][0]["wmo"] = json!([{"provision": "Huishoudelijke hulp", "ring": "individual_provision",
            "form": "in_kind", "extent": {"amount": 3, "unit": "hours_per_week"}, "motivation": "Kan niet zelf"}]);
        edit(&mut v);
        steun::plan::Plan::from_json(&v.to_string()).map(|_| ()).map_err(|e| e.path().unwrap().to_string())
    };
    assert_eq!(plan(&|_| {}), Ok(()));
    assert_eq!(plan(&|v| v["steps"][0]["wmo"][0]["extent"]["amount"] = json!(0.5)), Ok(()));
    for bad in [json!(0), json!(-1)] {
        assert_eq!(
            plan(&|v| v["steps"][0]["wmo"][0]["extent"]["amount"] = bad.clone()),
            Err("steps[0].wmo[0].extent.amount".to_owned())
        );
    }
    assert_eq!(plan(&|v| v["version"] = json!(0)), Err("version".to_owned()));
    // A support process read on its own keeps to the order of the phases.
    let ok = r#"{"started": "2013-01-01", "transitions": [{"to": "information", "date": "2013-01-02"}]}"#;
    assert!(steun::plan::SupportProcess::from_json(ok).is_ok());
    // A skip is read as recorded; the strict replay is for programs.
    let skip = r#"{"started": "2013-01-01", "transitions": [{"to": "planning", "date": "2013-01-02"}]}"#;
    let p = steun::plan::SupportProcess::from_json(skip).unwrap();
    assert!(matches!(p.check().unwrap_err(), Error::Transition { .. }));
    assert_eq!(p.issues().len(), 1);
}

#[test]
fn the_application_leaves_out_blank_problems() {
    let mut v = minimal();
    v["grid"] =
        json!({"rows": [{"dimension": "rights", "experienced_barriers": ["Weet niet waar hij recht op heeft"]}]});
    plan0(&mut v)["application"] = json!({"problems": ["  ", "Huis raakt vervuild"]});
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    let app = application(&case, None).unwrap();
    assert_eq!(app.problems.iter().map(|p| p.as_str()).collect::<Vec<_>>(), ["Huis raakt vervuild"]);
    // Only blank problems: the grid's barriers stand in.
    plan0(&mut v)["application"] = json!({"problems": [" "]});
    let app = application(&SupportCase::from_json(&v.to_string()).unwrap(), None).unwrap();
    assert_eq!(app.problems.iter().map(|p| p.as_str()).collect::<Vec<_>>(), ["Weet niet waar hij recht op heeft"]);
}

#[test]
fn a_changed_goal_is_reported_field_by_field() {
    let old = SupportCase::from_json(&minimal().to_string()).unwrap().plans.remove(0);
    assert!(diff(&old, &old).changes.is_empty());
    let mut new = old.clone();
    new.version = 2;
    new.goals[0].result = "Het huis blijft opgeruimd".into();
    let d = diff(&old, &new);
    let got: Vec<(ChangeKind, &str)> = d.changes.iter().map(|c| (c.kind, c.path.as_str())).collect();
    assert_eq!(got, [(ChangeKind::Changed, "goals[0].result")]);
    assert_eq!(d.changes[0].before, Some(json!("Het huis is opgeruimd")));
    assert_eq!(d.changes[0].after, Some(json!("Het huis blijft opgeruimd")));
}

#[test]
fn the_plan_form_shows_steps_and_preferences() {
    let mut v = minimal();
    plan0(&mut v)["steps"][0]["own"] = json!(["Ruimt op met een schema", "Zet | de vuilnis buiten"]);
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    let md = steun::plan::render_plan(&case.plans[0], Lang::En);
    assert!(md.contains("Ruimt op met een schema<br>Zet \\| de vuilnis buiten"), "{md}");
    assert!(md.contains("   - Personal preferences:\n     - Alles heeft een vaste plek\n"), "{md}");
    plan0(&mut v)["goals"][0]["personal_preferences"] = json!([]);
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    assert!(!steun::plan::render_plan(&case.plans[0], Lang::En).contains("Personal preferences"));
}
