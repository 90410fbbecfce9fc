//! The programme's operations.

use super::*;
use crate::op::{op, Empty, Instrument, Op};
use crate::operation;

/// The municipal programme for client support (003).
pub const CO_PROGRAMME: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

operation! {
    /// The cost indications of 2020.
    CostIndicationsOp = "co_programme.cost_indications": Empty => CostIndications,
    summary "The cost indications of the koploper plans (August 2020), with their caveat: no rights",
    instrument Some(CO_PROGRAMME),
    example "{}",
    run |_r| Ok(cost_indications().to_json())
}

operation! {
    /// The checks of a project plan (step 4).
    CheckProjectPlan = "co_programme.check_project_plan": ProjectPlan => ProjectPlanCheck,
    summary "Project plan of step 4 (003:605): its four parts and the guide's helpers absent or empty; no grade",
    instrument Some(CO_PROGRAMME),
    example include_str!("../../data/examples/co_project_plan.json"),
    run |p| Ok(check_project_plan(&p).to_json())
}

operation! {
    /// The decision record for the organisational form.
    OrganisationFormRecordOp = "co_programme.organisation_form_record": OrganisationFormRecord => OrganisationFormSummary,
    summary "Decision record on the nine-theme frame (003:838-847): themes not yet considered; never picks a form",
    instrument Some(CO_PROGRAMME),
    example include_str!("../../data/examples/co_organisation_form_record.json"),
    run |r| Ok(organisation_form_record(&r).to_json())
}

operation! {
    /// The tracker of the five steps.
    Steps = "co_programme.steps": StepsInput => StepsTracker,
    summary "The five steps of 003 with a status each; never blocks a later step (003:58, 003:388)",
    instrument Some(CO_PROGRAMME),
    example r#"{"steps": [{"step": "initiative", "status": "done"}, {"step": "core_group", "status": "in_progress"}, {"step": "current_and_desired", "status": "in_progress"}]}"#,
    run |s| Ok(steps(&s).to_json())
}

/// The programme's operations.
pub const OPS: &[Op] =
    &[op::<CostIndicationsOp>(), op::<CheckProjectPlan>(), op::<OrganisationFormRecordOp>(), op::<Steps>()];
