//! Plan findings from the client's ZRM measurements: a goal on a domain already at level 5,
//! an acute domain (level 1) that no goal or step works on, and an evaluation without a
//! re-measurement when there is a baseline. All warnings; the readings are ZR5-ZR7 in
//! docs/interpretations.md.
//!
//! The measurement a plan starts from is the newest one dated on or before the plan was
//! drawn up (ZR5). Measurements are sorted by date once, so each lookup is a binary search.

use std::collections::HashMap;

use super::case::SupportCase;
use super::labels::{FindingCode, Severity};
use super::plan::Plan;
use super::validate::Finding;
use crate::date::Date;
use crate::lang::{Bilingual, Labelled, Lang};
use crate::zrm::{ZrmLevel, ZrmMeasurement};
use crate::Path;

/// Goals are concrete results (002:1626-1650); evaluation looks at the result (002:1813-1832).
const GOAL_SOURCE: &str = "002:1626-1650; ZRM (GGD Amsterdam)";
const EVAL_SOURCE: &str = "002:1813-1832; ZRM (GGD Amsterdam)";

/// The ZRM findings of a case, in plan then evaluation order; none without measurements.
pub fn findings(case: &SupportCase) -> Vec<Finding> {
    let mut out = Vec::new();
    if case.zrm.is_empty() {
        return out;
    }
    let mut sorted: Vec<&ZrmMeasurement> = case.zrm.iter().collect();
    sorted.sort_by_key(|m| m.date);
    for (i, plan) in case.plans.iter().enumerate() {
        if let Some(base) = baseline(&sorted, plan.drawn_up) {
            plan_findings(plan, base, &Path::root().key("plans").index(i), &mut out);
        }
    }
    let mut by_version: HashMap<u32, &Plan> = HashMap::with_capacity(case.plans.len());
    for plan in &case.plans {
        by_version.entry(plan.version).or_insert(plan);
    }
    for (e, ev) in case.evaluations.iter().enumerate() {
        let Some(plan) = by_version.get(&ev.plan_version) else { continue };
        if baseline(&sorted, plan.drawn_up).is_none() {
            continue;
        }
        // A re-measurement: after the plan was drawn up, at the latest on the evaluation day.
        let after = sorted.partition_point(|m| m.date <= plan.drawn_up);
        if sorted.get(after).is_none_or(|m| m.date > ev.date) {
            out.push(finding(
                FindingCode::ZrmEvaluationWithoutRemeasurement,
                Path::root().key("evaluations").index(e),
                "Er is een ZRM-beginmeting, maar geen nieuwe meting tussen het opstellen van het plan en deze evaluatie; zonder die meting is niet te zien of de zelfredzaamheid veranderde.".into(),
                "There is a ZRM baseline but no new measurement between drawing up the plan and this evaluation; without it the change in self-reliance cannot be seen.".into(),
                EVAL_SOURCE,
            ));
        }
    }
    out
}

/// The newest measurement dated on or before `day`.
fn baseline<'a>(sorted: &[&'a ZrmMeasurement], day: Date) -> Option<&'a ZrmMeasurement> {
    let n = sorted.partition_point(|m| m.date <= day);
    n.checked_sub(1).map(|i| sorted[i])
}

fn plan_findings(plan: &Plan, base: &ZrmMeasurement, at: &Path, out: &mut Vec<Finding>) {
    for (j, goal) in plan.goals.iter().enumerate() {
        for (k, t) in goal.zrm.iter().enumerate() {
            if base.level_of(t.domain) == Some(ZrmLevel::FullySelfReliant) {
                out.push(finding(
                    FindingCode::ZrmGoalDomainAlreadyFull,
                    at.clone().key("goals").index(j).key("zrm").index(k),
                    format!(
                        "Dit doel werkt aan het ZRM-domein {}, dat bij de meting van {} al op niveau 5 (volledig zelfredzaam) stond.",
                        t.domain.label(Lang::Nl).to_lowercase(),
                        base.date
                    ),
                    format!(
                        "This goal works on the ZRM domain {}, already at level 5 (fully self-reliant) in the measurement of {}.",
                        t.domain.label(Lang::En).to_lowercase(),
                        base.date
                    ),
                    GOAL_SOURCE,
                ));
            }
        }
    }
    for d in base.at(|l| l == ZrmLevel::Acute) {
        let by_goal = plan.goals.iter().any(|g| g.zrm.iter().any(|t| t.domain.same_area(d)));
        let by_step = plan.steps.iter().any(|s| s.zrm_domains.iter().any(|x| x.same_area(d)));
        if !(by_goal || by_step) {
            out.push(finding(
                FindingCode::ZrmAcuteDomainUnaddressed,
                at.clone(),
                format!(
                    "Het ZRM-domein {} stond bij de meting van {} op niveau 1 (acute problematiek), maar geen doel of stap van het plan werkt eraan.",
                    d.label(Lang::Nl).to_lowercase(),
                    base.date
                ),
                format!(
                    "The ZRM domain {} was at level 1 (acute problems) in the measurement of {}, but no goal or step of the plan works on it.",
                    d.label(Lang::En).to_lowercase(),
                    base.date
                ),
                GOAL_SOURCE,
            ));
        }
    }
}

fn finding(code: FindingCode, path: Path, nl: String, en: String, source: &str) -> Finding {
    Finding {
        code,
        severity: Severity::Warning,
        path: path.to_string(),
        message: Bilingual::new(nl, en),
        source: source.to_owned(),
        profile: None,
    }
}
