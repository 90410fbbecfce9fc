//! Support plans, version 2 (issue 18): each finding of the fidelity review
//! (`shared/reviews/fidelity-plans-patterns.md`) that the plans part addresses, tested on
//! Bram's case (002:1608-1840) or a variant of it.

use serde_json::{json, Value};
use steun::plan::{
    render_case, validate_case, FindingCode, OtherScheme, ProcessClosureReason, RenderPart, Severity, SupportCase,
    SupportProcess,
};
use steun::{Document, Error, Labelled, Lang, PerformanceField, SupportPhase};

const BRAM: &str = include_str!("../data/examples/bram_case.json");

fn bram() -> Value {
    serde_json::from_str(BRAM).unwrap()
}

fn case_of(v: &Value) -> SupportCase {
    SupportCase::from_json(&v.to_string()).unwrap()
}

fn findings(v: &Value) -> Vec<(FindingCode, Severity, String)> {
    validate_case(&case_of(v)).findings.into_iter().map(|f| (f.code, f.severity, f.path)).collect()
}

fn paths(v: &Value, code: FindingCode) -> Vec<String> {
    findings(v).into_iter().filter(|f| f.0 == code).map(|f| f.2).collect()
}

/// Bram with plan version 1 only, in which nothing shows the inner rings for the household
/// goal: the kliko and groceries steps are gone, the cleaning and regie steps have nothing the
/// person does, and only the volunteering worksheet is left (the review's run V1).
fn v1_without_inner_rings() -> Value {
    let mut v = bram();
    v["plans"] = json!([v["plans"][0].clone()]);
    v["evaluations"] = json!([]);
    let plan = &mut v["plans"][0];
    plan["worksheets"] = json!([plan["worksheets"][1].clone()]);
    let steps = plan["steps"].as_array().unwrap().clone();
    // Steps: cleaning (household, Wmo), regie (no goal, Wmo), volunteering.
    let mut kept = vec![steps[1].clone(), steps[3].clone(), steps[4].clone()];
    kept[0]["own"] = json!([]);
    kept[1]["own"] = json!([]);
    plan["steps"] = json!(kept);
    v
}

const IP: FindingCode = FindingCode::IndividualProvisionBeforeInnerRings;

#[test]
fn bram_is_clean_under_the_version_2_rules() {
    let f = validate_case(&case_of(&bram()));
    assert!(f.findings.is_empty(), "{:?}", f.findings);
    assert_eq!(f.instrument_version, "2.1.0");
    // The new fields survive a round trip.
    let case = case_of(&bram());
    assert_eq!(SupportCase::from_json(&case.to_json()).unwrap(), case);
}

#[test]
fn an_individual_provision_needs_the_inner_rings_for_its_goal() {
    // V1: both claims warn — the cleaning for the household goal, the goal-less regie
    // support because it serves the household goal too (P4).
    let v = v1_without_inner_rings();
    assert_eq!(paths(&v, IP), ["plans[0].steps[0].wmo[0]", "plans[0].steps[1].wmo[0]"]);
    let f = validate_case(&case_of(&v));
    let w = f.with_code(IP).next().unwrap();
    assert_eq!(w.severity, Severity::Warning);
    // The warning says why it is no error: 002:1790.
    assert!(w.message.nl.contains("De Wmo kent geen hiërarchie in mogelijke maatregelen"), "{}", w.message.nl);
    assert!(w.message.en.contains("De Wmo kent geen hiërarchie in mogelijke maatregelen"), "{}", w.message.en);
    assert_eq!(w.source, "002:1149-1155, 002:1179-1185, 002:1788-1796");
}

#[test]
fn a_claim_in_an_inner_ring_is_an_error_and_no_evidence() {
    // V3b, the loophole: a "Wmo claim" on the social-network ring next to the cleaning no
    // longer silences the warning, and is itself an error (V3).
    let mut v = v1_without_inner_rings();
    v["plans"][0]["steps"][0]["wmo"].as_array_mut().unwrap().push(json!({"provision": "Hulp van de buurman",
        "ring": "social_network", "form": "in_kind", "motivation": "m", "domains": ["running_a_household"]}));
    assert_eq!(paths(&v, IP), ["plans[0].steps[0].wmo[0]", "plans[0].steps[1].wmo[0]"]);
    assert_eq!(
        findings(&v).into_iter().filter(|f| f.0 == FindingCode::WmoClaimInInnerRing).collect::<Vec<_>>(),
        [(FindingCode::WmoClaimInInnerRing, Severity::Error, "plans[0].steps[0].wmo[1].ring".to_owned())]
    );
    // The same with the own-strength ring (V3).
    let mut v = v1_without_inner_rings();
    v["plans"][0]["steps"][0]["wmo"][0]["ring"] = json!("own_strength");
    assert_eq!(paths(&v, FindingCode::WmoClaimInInnerRing), ["plans[0].steps[0].wmo[0].ring"]);
    // A general provision recorded as a claim is a warning and no evidence either.
    let mut v = v1_without_inner_rings();
    v["plans"][0]["steps"][0]["wmo"].as_array_mut().unwrap().push(json!({"provision": "Buurthuis",
        "ring": "general_provision", "form": "in_kind", "motivation": "m", "domains": ["meeting_people"]}));
    assert_eq!(paths(&v, FindingCode::GeneralProvisionAsWmoClaim), ["plans[0].steps[0].wmo[1].ring"]);
    assert_eq!(paths(&v, IP).len(), 2);
}

#[test]
fn real_evidence_or_a_reason_silences_the_warning() {
    let ip_at = |edit: &dyn Fn(&mut Value)| {
        let mut v = v1_without_inner_rings();
        edit(&mut v);
        paths(&v, IP)
    };
    // A recorded reason why not, on the claim (002:1182-1185).
    assert_eq!(
        ip_at(&|v| v["plans"][0]["steps"][0]["wmo"][0]["why_not_inner_rings"] =
            json!("Zijn moeder wil hij niet vragen; het netwerk kan niet schoonmaken")),
        ["plans[0].steps[1].wmo[0]"]
    );
    // A blank reason is no reason.
    assert_eq!(ip_at(&|v| v["plans"][0]["steps"][0]["wmo"][0]["why_not_inner_rings"] = json!("  ")).len(), 2);
    // What the person does in a step for the goal (own strength).
    assert!(ip_at(&|v| v["plans"][0]["steps"][0]["own"] = json!(["Doet zelf zijn eigen was"])).is_empty());
    // Others' help.
    assert!(ip_at(&|v| v["plans"][0]["steps"][0]["others"] =
        json!([{"who": "Buurman", "relation": "neighbour", "does": "Herinnert hem aan de kliko"}]))
    .is_empty());
    // A general provision used without a Wmo claim (002:1654-1657).
    assert!(ip_at(&|v| v["plans"][0]["steps"][0]["general"] = json!(["Klussendienst van het wijkcentrum"])).is_empty());
    // An inner-ring option on the goal's worksheet (the book's Werkblad Opties).
    assert!(ip_at(&|v| {
        let sheet = bram()["plans"][0]["worksheets"][0].clone();
        v["plans"][0]["worksheets"].as_array_mut().unwrap().push(sheet);
    })
    .is_empty());
}

#[test]
fn goals_need_steps_and_worksheets_a_second_best() {
    // V6: goals and no steps.
    let mut v = bram();
    v["plans"][0]["steps"] = json!([]);
    assert_eq!(
        findings(&v).into_iter().filter(|f| f.0 == FindingCode::PlanWithoutSteps).collect::<Vec<_>>(),
        [(FindingCode::PlanWithoutSteps, Severity::Error, "plans[0].steps".to_owned())]
    );
    // V6b: the volunteering goal served by no step. While the regie step serves every goal
    // (P4) the goal is served; linked to the household goal, it is not.
    let mut v = bram();
    v["plans"][0]["steps"].as_array_mut().unwrap().remove(4);
    assert!(paths(&v, FindingCode::GoalWithoutStep).is_empty());
    v["plans"][0]["steps"][3]["goal"] = json!("household");
    assert_eq!(paths(&v, FindingCode::GoalWithoutStep), ["plans[0].goals[1]"]);
    // V4b: options enough, no second best (002:1692).
    let mut v = bram();
    v["plans"][1]["worksheets"][1]["second_best"] = Value::Null;
    assert_eq!(
        findings(&v),
        [(FindingCode::NoSecondBestOption, Severity::Warning, "plans[1].worksheets[1].second_best".to_owned())]
    );
}

#[test]
fn the_missing_evaluation_date_cites_the_plan_contents_and_the_form() {
    let mut v = bram();
    v["plans"][0]["evaluation_date"] = Value::Null;
    let f = validate_case(&case_of(&v));
    assert_eq!(f.with_code(FindingCode::MissingEvaluationDate).next().unwrap().source, "002:1704, 002:1711");
}

fn with_process(transitions: Value) -> Value {
    let mut v = bram();
    v["process"] = json!({"started": "2012-02-06", "transitions": transitions});
    v
}

#[test]
fn going_back_is_allowed_with_a_reason() {
    // V9: from goal setting back to information gathering, then on.
    let back = |reason: Value| {
        with_process(json!([
            {"to": "information", "date": "2012-02-13"},
            {"to": "goal_setting", "date": "2012-02-27"},
            {"to": "information", "date": "2012-02-28", "reason": reason},
            {"to": "goal_setting", "date": "2012-02-29"},
            {"to": "planning", "date": "2012-03-01"},
            {"to": "execution", "date": "2012-03-05"},
            {"to": "evaluation", "date": "2012-06-05"},
            {"to": "planning", "date": "2012-06-05"},
            {"to": "execution", "date": "2012-06-05"}
        ]))
    };
    let with_reason = back(json!("Bram wil eerst nog met zijn moeder praten over wat zij vroeger deed"));
    assert!(findings(&with_reason).is_empty(), "{:?}", findings(&with_reason));
    // Without a reason: a warning on a readable case, which still renders.
    let without = back(Value::Null);
    assert_eq!(
        findings(&without),
        [(FindingCode::BackwardTransitionWithoutReason, Severity::Warning, "process.transitions[2]".to_owned())]
    );
    assert!(render_case(&case_of(&without), RenderPart::Plan, None, Lang::Nl)
        .unwrap()
        .starts_with("# PLAN VAN AANPAK"));
    // The programmatic way: `go_back` wants a reason, `advance` refuses the move.
    let d = |s: &str| s.parse().unwrap();
    let mut p = SupportProcess::new(d("2012-02-06"));
    p.advance(SupportPhase::Information, d("2012-02-13")).unwrap();
    p.advance(SupportPhase::GoalSetting, d("2012-02-27")).unwrap();
    assert!(matches!(p.advance(SupportPhase::Information, d("2012-02-28")), Err(Error::Transition { .. })));
    assert!(p.go_back(SupportPhase::Information, d("2012-02-28"), " ".into()).is_err());
    assert!(p.go_back(SupportPhase::Meeting, d("2012-02-28"), "r".into()).is_err(), "phase 1 is not entered again");
    p.go_back(SupportPhase::Information, d("2012-02-28"), "Meer informatie nodig".into()).unwrap();
    assert_eq!(p.current(), SupportPhase::Information);
    assert!(p.check().is_ok());
    assert!(p.issues().is_empty());
}

#[test]
fn a_skip_or_dates_out_of_order_are_findings_not_parse_errors() {
    // V9b: information straight to planning.
    let v = with_process(json!([
        {"to": "information", "date": "2012-02-13"},
        {"to": "planning", "date": "2012-03-01"},
        {"to": "execution", "date": "2012-03-05"},
        {"to": "evaluation", "date": "2012-06-05"}
    ]));
    assert_eq!(
        findings(&v),
        [(FindingCode::InvalidPhaseTransition, Severity::Warning, "process.transitions[1]".to_owned())]
    );
    let msg = validate_case(&case_of(&v)).findings.remove(0).message;
    assert!(msg.en.contains("from phase 2 to phase 4"), "{}", msg.en);
    let v = with_process(json!([
        {"to": "information", "date": "2012-02-13"},
        {"to": "goal_setting", "date": "2012-02-10"},
        {"to": "planning", "date": "2012-03-01"},
        {"to": "execution", "date": "2012-03-05"},
        {"to": "evaluation", "date": "2012-06-05"}
    ]));
    assert_eq!(
        findings(&v),
        [(FindingCode::TransitionDateOutOfOrder, Severity::Error, "process.transitions[1].date".to_owned())]
    );
}

#[test]
fn the_phase_must_fit_the_plans_and_evaluations() {
    // V14: still in phase 2 with two plans and an evaluation.
    let v = with_process(json!([{"to": "information", "date": "2012-02-13"}]));
    let f = validate_case(&case_of(&v));
    let got: Vec<_> = f.findings.iter().map(|f| (f.code, f.severity, f.path.as_str())).collect();
    assert_eq!(
        got,
        [
            (FindingCode::PhaseInconsistentWithPlans, Severity::Warning, "process"),
            (FindingCode::PhaseInconsistentWithPlans, Severity::Warning, "process")
        ]
    );
    assert!(f.findings[0].message.nl.contains("fase 4 (Plan maken)"), "{}", f.findings[0].message.nl);
    assert!(f.findings[1].message.en.contains("phase 6"), "{}", f.findings[1].message.en);
    // Plans but no evaluation yet, in execution: consistent.
    let mut v = with_process(json!([
        {"to": "information", "date": "2012-02-13"}, {"to": "goal_setting", "date": "2012-02-27"},
        {"to": "planning", "date": "2012-03-01"}, {"to": "execution", "date": "2012-03-05"}
    ]));
    v["plans"] = json!([v["plans"][0].clone()]);
    v["evaluations"] = json!([]);
    assert!(findings(&v).is_empty(), "{:?}", findings(&v));
}

#[test]
fn a_case_is_closed_with_a_coded_reason() {
    let mut v = bram();
    v["process"]["closed"] = json!({"date": "2012-09-05", "reason": "goals_reached"});
    let case = case_of(&v);
    assert!(case.process.as_ref().unwrap().is_closed());
    assert!(findings(&v).is_empty());
    assert_eq!(ProcessClosureReason::SelfReliant.label(Lang::Nl), "Voldoende geholpen om zelf verder te kunnen");
    assert!(steun::catalogue::ENUMS.iter().any(|e| e.name == "ProcessClosureReason"));
    // Unknown reasons are refused with the allowed values.
    v["process"]["closed"]["reason"] = json!("bored");
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "process.closed.reason");
    assert!(e.message().contains("goals_reached"), "{e}");
    // A transition after the closure.
    let mut v = bram();
    v["process"]["closed"] = json!({"date": "2012-06-01", "reason": "client_withdrew"});
    assert_eq!(
        paths(&v, FindingCode::TransitionDateOutOfOrder),
        ["process.transitions[4].date", "process.transitions[5].date", "process.transitions[6].date"]
    );
    // Programs cannot move a closed process.
    let mut p = case_of(&bram()).process.unwrap();
    p.close("2012-09-05".parse().unwrap(), ProcessClosureReason::GoalsReached, None).unwrap();
    assert!(p.advance(SupportPhase::Evaluation, "2012-09-06".parse().unwrap()).is_err());
    assert!(p.close("2012-09-06".parse().unwrap(), ProcessClosureReason::Other, None).is_err());
}

#[test]
fn claims_name_their_compensation_domains() {
    let case = case_of(&bram());
    let domains: Vec<&str> = case.plans[0].wmo_claims().flat_map(|(_, c)| c.domains.iter().map(|d| d.code())).collect();
    // Home help compensates running a household; the regie support structuring and directing
    // one's personal life (002:415, 002:419-421, 002:1761-1767).
    assert_eq!(domains, ["running_a_household", "daily_living"]);
    // Bram's kind of impairment (002:1353-1354).
    assert_eq!(case.impairments.iter().map(|i| i.code()).collect::<Vec<_>>(), ["intellectual"]);
    let mut v = bram();
    v["plans"][1]["steps"][1]["wmo"][0]["domains"] = json!([]);
    assert_eq!(
        findings(&v),
        [(
            FindingCode::WmoClaimWithoutCompensationDomain,
            Severity::Warning,
            "plans[1].steps[1].wmo[0].domains".to_owned()
        )]
    );
}

#[test]
fn other_schemes_come_first() {
    // The regie support claimed from the Wmo while the plan records AWBZ support for the same
    // domain (002:1181-1182).
    let awbz = json!([{"scheme": "awbz", "provision": "Begeleiding uit de AWBZ", "covers": ["daily_living"]}]);
    let mut v = bram();
    v["plans"][1]["steps"][3]["other_schemes"] = awbz.clone();
    assert_eq!(
        findings(&v),
        [(FindingCode::OtherSchemeComesFirst, Severity::Warning, "plans[1].steps[3].wmo[0].domains".to_owned())]
    );
    // The case worker's reason overrides the reading.
    v["plans"][1]["steps"][3]["wmo"][0]["other_scheme_reason"] = json!("De AWBZ-indicatie dekt alleen de dagbesteding");
    assert!(findings(&v).is_empty());
    // Another domain, or a scheme that does not come first (the WWNV), gives nothing.
    let mut v = bram();
    v["plans"][1]["steps"][0]["other_schemes"] = json!([{"scheme": "zvw", "provision": "Wijkverpleging", "covers": ["moving_in_and_around_the_home"]},
               {"scheme": "wwnv", "provision": "Jobcoach", "covers": ["daily_living"]}]);
    assert!(findings(&v).is_empty(), "{:?}", findings(&v));
    assert!(OtherScheme::Zvw.comes_before_wmo() && OtherScheme::Awbz.comes_before_wmo());
    assert!(!OtherScheme::Wwnv.comes_before_wmo() && !OtherScheme::Other.comes_before_wmo());
    // An other-scheme provision alone is someone doing something in the step.
    let mut v = bram();
    v["plans"][1]["steps"][0] = json!({"activity": "Wondverzorging", "goal": "household",
        "other_schemes": [{"scheme": "zvw", "provision": "Wijkverpleging"}]});
    assert!(paths(&v, FindingCode::StepWithoutActor).is_empty());
}

#[test]
fn bram_follows_the_books_order() {
    let case = case_of(&bram());
    // The allotment and the volleyball club happen during execution (002:1807-1812) and are
    // told in the evaluation, not planned in version 1.
    let v1 = case.plans[0].to_json().to_lowercase();
    assert!(!v1.contains("volkstuin") && !v1.contains("volleybal"), "{v1}");
    let ev = case.evaluations[0].to_json().to_lowercase();
    assert!(ev.contains("volkstuin") && ev.contains("volleybal"));
    // Version 2 does not presume the team-mate said yes: Bram asks her (002:1836-1837).
    let step = &case.plans[1].steps[2];
    assert!(step.others[0].does.as_str().contains("gevraagd"));
    // Each worksheet answers one question with alternatives; the neighbour is the best option
    // for the bin reminder (002:1757-1758).
    for w in &case.plans[0].worksheets {
        assert!(w.question.is_some(), "{}", w.goal);
        assert!(w.options.len() >= 3);
        assert!(w.second_best.is_some());
    }
    let kliko = &case.plans[0].worksheets[0];
    assert!(kliko.option(kliko.best.unwrap()).unwrap().description.as_str().starts_with("De buurman"));
    assert!(kliko.options.iter().all(|o| o.ring != steun::SolutionRing::IndividualProvision));
}

#[test]
fn bram_grid_has_the_regie_row() {
    // Regie is central to Bram's plan (002:1761-1764): the grid has a self-determination row,
    // whose barrier is one of the application's problems.
    let case = case_of(&bram());
    let row = case.grid.as_ref().unwrap().row(steun::Dimension::SelfDetermination).unwrap();
    assert!(row.experienced_barriers[0].as_str().contains("regie"));
    let app = steun::plan::application(&case, None).unwrap();
    assert!(app.problems.iter().any(|p| p.as_str().contains("regie")));
}

#[test]
fn the_performance_fields_are_the_laws_words() {
    // 002:309-310: field 8 keeps its exception clause.
    assert_eq!(
        PerformanceField::PublicMentalHealth.label(Lang::Nl),
        "Het bevorderen van openbare geestelijke gezondheidszorg, met uitzondering van het bieden van psychosociale hulp bij rampen"
    );
    // 002:300-303: field 6 keeps its purpose; 002:293-294: field 4 its clause on respite.
    assert!(PerformanceField::ProvisionsForImpairments
        .label(Lang::Nl)
        .ends_with("ten behoeve van het behouden en het bevorderen van hun zelfstandig functioneren of hun deelname aan het maatschappelijke verkeer"));
    assert!(PerformanceField::InformalCarerSupport.label(Lang::Nl).contains("tijdelijk niet kunnen waarnemen"));
    assert_eq!(PerformanceField::ALL.iter().map(|f| f.number()).collect::<Vec<_>>(), (1..=9).collect::<Vec<u8>>());
}
