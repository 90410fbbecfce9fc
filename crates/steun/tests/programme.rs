//! The municipal programme (003): the cost indications as the seed prints them.

#[test]
fn cost_indications_are_the_seeds_figures_with_the_caveat() {
    let r = steun::programme::cost_indications();
    assert!(r.caveat.nl.contains("Er kunnen geen rechten aan ontleend worden.")); // 003:723
    assert!(r.as_of.starts_with("augustus 2020")); // 003:1208
    let figs: Vec<(Option<u32>, Option<u32>, &str)> =
        r.figures.iter().map(|f| (f.min, f.max, f.source.as_str())).collect();
    assert_eq!(
        figs,
        [
            (Some(4), Some(32), "003:742"),      // 4 tot 32 uur per week
            (Some(500), None, "003:743"),        // vanaf €500
            (Some(3000), Some(3000), "003:743"), // kosten €3.000
            (Some(1000), Some(1500), "003:766"), // €1.000 tot €1.500
            (Some(2500), Some(2500), "003:786"), // circa €2.500 per jaar, per inwoner
        ]
    );
    let out = steun::op::call("co_programme.cost_indications", "{}").unwrap();
    assert!(out.contains("\"instrument\":\"movisie-2020-co-programme\""));
}

use steun::programme::{FormTheme, PlanCheck, PlanPart, ProgrammeStep, StepStatus};

fn checks(plan: &str) -> Vec<(PlanCheck, Option<String>)> {
    let out = steun::op::call("co_programme.check_project_plan", plan).unwrap();
    let r: steun::programme::ProjectPlanCheck = serde_json::from_str(&out).unwrap();
    assert_eq!(r.instrument_version, steun::programme::INSTRUMENT_VERSION);
    r.findings.into_iter().map(|f| (f.check, f.at)).collect()
}

#[test]
fn an_empty_plan_lacks_the_four_parts_of_003_605() {
    // "(1) ambities, (2) beoogde resultaten, (3) activiteiten en (4) planning en financiën"
    let out = steun::op::call("co_programme.check_project_plan", "{}").unwrap();
    let r: steun::programme::ProjectPlanCheck = serde_json::from_str(&out).unwrap();
    let absent: Vec<PlanPart> =
        r.findings.iter().filter(|f| f.check == PlanCheck::PartAbsent).map(|f| f.part).collect();
    assert_eq!(absent, [PlanPart::Ambitions, PlanPart::Results, PlanPart::Activities, PlanPart::PlanningFinances]);
    assert!(r.findings.iter().all(|f| f.lines == "003:605"));
    assert!(r.parts.iter().all(|p| !p.present));
}

#[test]
fn empty_parts_and_the_helpers_of_each_part_are_reported() {
    let plan = r#"{"ambitions": [], "results": [{"id": "R1", "description": "vijftig mensen vinden de weg (003:687)"}],
        "activities": [{"description": "publieksinformatie verbeteren"}], "planning_finances": {"planning": " "}}"#;
    let got = checks(plan);
    let r0 = Some("results[0]".to_owned());
    let a0 = Some("activities[0]".to_owned());
    assert_eq!(
        got,
        [
            (PlanCheck::PartEmpty, None),
            (PlanCheck::ResultKindMissing, r0.clone()),
            (PlanCheck::ForWhomMissing, r0.clone()),
            (PlanCheck::ResultWithoutActivity, r0),
            (PlanCheck::NoOutcome, None),
            (PlanCheck::ActivityServesNoResult, a0.clone()),
            (PlanCheck::StepsMissing, a0.clone()),
            (PlanCheck::PreconditionsMissing, a0.clone()),
            (PlanCheck::ResponsibleMissing, a0),
            (PlanCheck::PartEmpty, None),
        ]
    );
}

#[test]
fn the_example_plan_only_lacks_what_it_leaves_out() {
    let got = checks(include_str!("../data/examples/co_project_plan.json"));
    assert_eq!(
        got,
        [
            (PlanCheck::ForWhomMissing, Some("results[1]".to_owned())),
            (PlanCheck::PreconditionsMissing, Some("activities[1]".to_owned())),
            (PlanCheck::FinancesMissing, None),
        ]
    );
}

#[test]
fn a_plan_pointing_at_an_unknown_result_is_bad_input() {
    let e = steun::op::call(
        "co_programme.check_project_plan",
        r#"{"results": [], "activities": [{"description": "x", "results": ["R9"]}]}"#,
    )
    .unwrap_err();
    assert!(e.to_string().contains("activities[0].results[0]"), "{e}");
    assert!(steun::op::call("co_programme.check_project_plan", r#"{"grade": 1}"#).is_err());
}

#[test]
fn the_form_record_lists_the_nine_themes_not_yet_considered_and_picks_nothing() {
    let out = steun::op::call("co_programme.organisation_form_record", "{}").unwrap();
    let r: steun::programme::OrganisationFormSummary = serde_json::from_str(&out).unwrap();
    assert_eq!(r.not_considered, <FormTheme as steun::lang::Labelled>::ALL.to_vec());
    assert_eq!(r.themes[0].lines, "003:839");
    assert_eq!(r.themes[8].lines, "003:847");
    assert!(r.themes[1].question.nl.starts_with("Ervaart de inwoner voldoende ruimte"));
    assert_eq!(r.chosen_option, None);

    let ex = include_str!("../data/examples/co_organisation_form_record.json");
    let r: steun::programme::OrganisationFormSummary =
        serde_json::from_str(&steun::op::call("co_programme.organisation_form_record", ex).unwrap()).unwrap();
    assert_eq!(r.not_considered.len(), 6);
    assert!(!r.not_considered.contains(&FormTheme::Independence));
    assert!(r.not_considered.contains(&FormTheme::ResidentPreferences));
    assert_eq!(r.themes[0].options_weighed, 2);
    assert_eq!(r.chosen_option, None);
    assert!(!out.contains("adviesraad"), "the record's texts are not repeated");

    let chosen = r#"{"options": [{"id": "O1", "description": "netwerk"}], "chosen": {"option": "O1", "reasons": ""}}"#;
    let r: steun::programme::OrganisationFormSummary =
        serde_json::from_str(&steun::op::call("co_programme.organisation_form_record", chosen).unwrap()).unwrap();
    assert_eq!(r.chosen_option.as_deref(), Some("O1"));
    assert!(r.chosen_without_reasons);
    let bad = r#"{"chosen": {"option": "O7", "reasons": "x"}}"#;
    let e = steun::op::call("co_programme.organisation_form_record", bad).unwrap_err();
    assert!(e.to_string().contains("chosen.option"), "{e}");
}

#[test]
fn the_step_tracker_never_blocks_and_shows_steps_ahead() {
    // Step 4 under way while step 2 is not: allowed (003:58 "ondersteunend", 003:388).
    let req =
        r#"{"steps": [{"step": "initiative", "status": "done"}, {"step": "project_plan", "status": "in_progress"}]}"#;
    let r: steun::programme::StepsTracker =
        serde_json::from_str(&steun::op::call("co_programme.steps", req).unwrap()).unwrap();
    assert!(!r.blocking);
    assert!(r.steps.iter().all(|s| s.may_proceed));
    assert_eq!(r.steps.iter().map(|s| s.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert_eq!(r.steps[0].status, Some(StepStatus::Done));
    assert_eq!(r.steps[1].status, None);
    assert_eq!(r.ahead_of_earlier, [ProgrammeStep::ProjectPlan]);
    assert!(r.explanation.nl.contains("003:58") && r.explanation.nl.contains("003:388"));
    assert_eq!(r.steps[3].lines, "003:601-790");
    let twice = r#"{"steps": [{"step": "initiative", "status": "done"}, {"step": "initiative", "status": "done"}]}"#;
    assert!(steun::op::call("co_programme.steps", twice).unwrap_err().to_string().contains("steps[1].step"));
}
