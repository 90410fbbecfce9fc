//! ZRM-compatible self-reliance scores: the domain lists against the sources, recording and
//! checking a measurement, comparing two (also across versions), the matrix with a host's
//! criteria, and the plan findings.

use serde_json::{json, Value};
use steun::plan::{validate_case, FindingCode, SupportCase};
use steun::zrm::*;
use steun::{Document, Labelled};

const EXAMPLE: &str = include_str!("../data/examples/zrm_measurement.json");
const COMPARE: &str = include_str!("../data/examples/zrm_compare.json");

#[test]
fn the_domain_lists_are_the_sources() {
    // zrmtraining.nl (ZRM-Handleiding 2017): the 13 domains in order.
    let nl: Vec<&str> = ZrmVersion::Zrm2017.domains().iter().map(|d| d.label(steun::Lang::Nl)).collect();
    assert_eq!(
        nl,
        [
            "Financiën",
            "Werk & opleiding",
            "Tijdsbesteding",
            "Huisvesting",
            "Huiselijke relaties",
            "Geestelijke gezondheid",
            "Lichamelijke gezondheid",
            "Middelengebruik",
            "Basale ADL",
            "Instrumentele ADL",
            "Sociaal netwerk",
            "Maatschappelijke participatie",
            "Justitie"
        ]
    );
    // instrumentwijzer.nl: the 11 domains in order.
    let old: Vec<&str> = ZrmVersion::Zrm11.domains().iter().map(|d| d.label(steun::Lang::Nl)).collect();
    assert_eq!(
        old,
        [
            "Financiën",
            "Dagbesteding",
            "Huisvesting",
            "Huiselijke relaties",
            "Geestelijke gezondheid",
            "Lichamelijke gezondheid",
            "Verslaving",
            "Activiteiten dagelijks leven (ADL)",
            "Sociaal netwerk",
            "Maatschappelijke participatie",
            "Justitie"
        ]
    );
    let levels: Vec<u8> = ZrmLevel::ALL.iter().map(|l| l.number()).collect();
    assert_eq!(levels, [1, 2, 3, 4, 5]);
    assert_eq!(ZrmLevel::from_number(3), Some(ZrmLevel::LimitedlySelfReliant));
    assert_eq!(ZrmLevel::from_number(0), None);
    assert_eq!(ZrmLevel::from_number(6), None);
}

#[test]
fn the_mapping_covers_both_versions() {
    // Every 2017 domain once; every old domain at least once; the three changes of 2017.
    let new: Vec<ZrmDomain> = MAPPING.iter().map(|r| r.zrm_2017).collect();
    assert_eq!(new, ZrmVersion::Zrm2017.domains());
    for d in ZrmVersion::Zrm11.domains() {
        assert!(MAPPING.iter().any(|r| r.zrm_11 == Some(*d)), "{d}");
    }
    let kind = |d: ZrmDomain| MAPPING.iter().find(|r| r.zrm_2017 == d).unwrap();
    assert_eq!(
        (kind(ZrmDomain::WorkEducation).zrm_11, kind(ZrmDomain::WorkEducation).kind),
        (Some(ZrmDomain::DayActivities), ZrmMappingKind::Renamed)
    );
    assert_eq!(kind(ZrmDomain::SubstanceUse).zrm_11, Some(ZrmDomain::Addiction));
    assert_eq!((kind(ZrmDomain::TimeUse).zrm_11, kind(ZrmDomain::TimeUse).kind), (None, ZrmMappingKind::New));
    assert_eq!(kind(ZrmDomain::BasicAdl).kind, ZrmMappingKind::Split);
    assert!(ZrmDomain::Adl.same_area(ZrmDomain::InstrumentalAdl));
    assert!(!ZrmDomain::BasicAdl.same_area(ZrmDomain::InstrumentalAdl));
    assert!(!ZrmDomain::Housing.same_area(ZrmDomain::Finances));
    // Links: clear, partial and none.
    assert_eq!(ZrmDomain::Finances.links().life_domains, [steun::LifeDomain::SelfCare]);
    assert_eq!(ZrmDomain::Justice.links().fit, ZrmFit::Unclear);
    assert!(ZrmDomain::Justice.links().dimensions.is_empty());
    assert_eq!(ZrmDomain::CommunityParticipation.links().dimensions, [steun::Dimension::SocialInclusion]);
}

#[test]
fn recording_the_example() {
    let out: Value = serde_json::from_str(&steun::op::call("zrm.record", EXAMPLE).unwrap()).unwrap();
    // Baseline by hand: 1 3 2 4 4 2 4 5 5 3 2 2 -, justice not scored.
    assert_eq!(out["instrument"], "zrm");
    assert_eq!(out["scored"], 12);
    assert_eq!(out["not_scored"], json!(["justice"]));
    assert_eq!(out["acute"], json!(["finances"]));
    assert_eq!(
        out["concerns"],
        json!(["finances", "time_use", "mental_health", "social_network", "community_participation"])
    );
    assert!(out["explanation"]["nl"].as_str().unwrap().contains("Acute problematiek: financiën."));
}

fn measurement() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

fn error_paths(v: &Value) -> (String, String) {
    let e = ZrmMeasurement::from_json(&v.to_string()).unwrap_err();
    let issue = e.issues().into_iter().next().unwrap();
    (issue.path.to_string(), e.to_string())
}

#[test]
fn bad_measurements_name_the_field() {
    let mut v = measurement();
    v["scores"].as_array_mut().unwrap().pop();
    let (p, m) = error_paths(&v);
    assert_eq!(p, "scores");
    assert!(m.contains("justice is missing"), "{m}");

    let mut v = measurement();
    v["scores"][1]["domain"] = json!("finances");
    assert_eq!(error_paths(&v).0, "scores[1].domain");

    let mut v = measurement();
    v["scores"][1]["domain"] = json!("day_activities");
    let (p, m) = error_paths(&v);
    assert_eq!(p, "scores[1].domain");
    assert!(m.contains("time_use"), "lists the allowed domains: {m}");

    let mut v = measurement();
    v["scores"][0]["level"] = json!("Jansen");
    let (p, m) = error_paths(&v);
    assert_eq!(p, "scores[0].level");
    assert!(!m.contains("Jansen"), "never echoes the value: {m}");

    let mut v = measurement();
    v["assessor"] = json!("Jansen");
    let (p, m) = error_paths(&v);
    assert_eq!(p, "assessor");
    assert!(!m.contains("Jansen"), "{m}");

    let mut v = measurement();
    v["notes"] = json!("x");
    assert!(ZrmMeasurement::from_json(&v.to_string()).is_err(), "unknown fields are refused");
}

#[test]
fn comparing_the_example() {
    let out: Value = serde_json::from_str(&steun::op::call("zrm.compare", COMPARE).unwrap()).unwrap();
    // 2024-03-01 to 2024-09-02: 30 + 30 + 31 + 30 + 31 + 31 + 2 days.
    assert_eq!(out["days"], 185);
    assert_eq!(
        out["improved"],
        json!(["finances", "time_use", "mental_health", "instrumental_adl", "community_participation"])
    );
    assert_eq!(out["worsened"], json!([]));
    assert_eq!(out["current_concerns"], json!(["social_network"]));
    let justice = &out["domains"][12];
    assert_eq!((justice["domain"].as_str(), justice["change"].as_str()), (Some("justice"), Some("not_comparable")));
    assert_eq!(out["domains"][0]["delta"], 2);
}

fn old_measurement(date: &str, levels: &[(ZrmDomain, ZrmLevel)]) -> ZrmMeasurement {
    ZrmMeasurement {
        version: ZrmVersion::Zrm11,
        date: date.parse().unwrap(),
        assessor: steun::ClientCode::new("M-002").unwrap(),
        scores: ZrmVersion::Zrm11
            .domains()
            .iter()
            .map(|&domain| ZrmScore { domain, level: levels.iter().find(|x| x.0 == domain).map(|x| x.1) })
            .collect(),
    }
}

#[test]
fn comparing_across_versions_uses_the_mapping() {
    use ZrmDomain as D;
    use ZrmLevel as L;
    let baseline = old_measurement(
        "2016-05-01",
        &[(D::Adl, L::NotSelfReliant), (D::DayActivities, L::LimitedlySelfReliant), (D::Addiction, L::Acute)],
    );
    assert!(baseline.check().is_ok());
    let mut scores = ZrmMeasurement::template_2017();
    for s in &mut scores {
        s.level = match s.domain {
            D::BasicAdl => Some(L::SufficientlySelfReliant),
            D::InstrumentalAdl => Some(L::NotSelfReliant),
            D::WorkEducation => Some(L::LimitedlySelfReliant),
            D::SubstanceUse => Some(L::NotSelfReliant),
            D::TimeUse => Some(L::FullySelfReliant),
            _ => None,
        };
    }
    let current = ZrmMeasurement {
        version: ZrmVersion::Zrm2017,
        date: "2017-05-01".parse().unwrap(),
        assessor: baseline.assessor.clone(),
        scores,
    };
    let mut req = ZrmCompareRequest { baseline, current, compare_split_domains: true };
    let c = compare(&req);
    let get = |c: &ZrmComparison, d| *c.domains.iter().find(|x| x.domain == d).unwrap();
    assert_eq!(c.version, ZrmVersion::Zrm2017);
    assert_eq!((get(&c, D::BasicAdl).delta, get(&c, D::BasicAdl).approximate), (Some(2), true));
    assert_eq!(get(&c, D::InstrumentalAdl).change, ZrmChange::Same);
    assert_eq!((get(&c, D::WorkEducation).change, get(&c, D::WorkEducation).approximate), (ZrmChange::Same, false));
    assert_eq!(get(&c, D::SubstanceUse).change, ZrmChange::Improved);
    assert_eq!(get(&c, D::TimeUse).change, ZrmChange::NotComparable, "new in 2017");
    assert_eq!(c.baseline_concerns, [D::SubstanceUse, D::BasicAdl, D::InstrumentalAdl]);
    req.compare_split_domains = false;
    let c = compare(&req);
    assert_eq!(get(&c, D::BasicAdl).change, ZrmChange::NotComparable);
    assert!(!get(&c, D::BasicAdl).approximate);
    // A current measurement before the baseline is refused.
    let mut v: Value = serde_json::from_str(COMPARE).unwrap();
    v["current"]["date"] = json!("2024-01-01");
    let e = ZrmCompareRequest::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.issues()[0].path.to_string(), "current.date");
}

#[test]
fn the_matrix_carries_a_hosts_criteria_and_ships_none() {
    let m: Value = serde_json::from_str(&steun::op::call("zrm.matrix", r#"{"version": "zrm_2017"}"#).unwrap()).unwrap();
    assert_eq!(m["rows"].as_array().unwrap().len(), 13);
    for row in m["rows"].as_array().unwrap() {
        assert_eq!(row["cells"].as_array().unwrap().len(), 5);
        assert!(row["cells"].as_array().unwrap().iter().all(|c| c["nl"].is_null() && c["en"].is_null()));
    }
    let req = json!({"version": "zrm_2017", "criteria": {"version": "zrm_2017", "source": "Licensed copy",
        "cells": [{"domain": "housing", "level": "acute", "nl": "Tekst A"}]}});
    let m: Value = serde_json::from_str(&steun::op::call("zrm.matrix", &req.to_string()).unwrap()).unwrap();
    assert_eq!(m["rows"][3]["cells"][0]["nl"], "Tekst A");
    assert!(m["rows"][3]["cells"][1]["nl"].is_null());
    assert_eq!(m["criteria_source"], "Licensed copy");
    // The criteria must be of the matrix's version, each cell once, of a domain it has.
    let bad = [
        (json!({"version": "zrm_11", "criteria": req["criteria"]}), "criteria.version"),
        (
            json!({"version": "zrm_2017", "criteria": {"version": "zrm_2017", "source": "s", "cells": [
            {"domain": "adl", "level": "acute"}]}}),
            "criteria.cells[0].domain",
        ),
        (
            json!({"version": "zrm_2017", "criteria": {"version": "zrm_2017", "source": "s", "cells": [
            {"domain": "housing", "level": "acute"}, {"domain": "housing", "level": "acute"}]}}),
            "criteria.cells[1]",
        ),
        (
            json!({"version": "zrm_2017", "criteria": {"version": "zrm_2017", "source": "s", "cells": [
            {"domain": "housing", "level": "acute", "en": "x".repeat(criteria::MAX_CRITERIA_CHARS + 1)}]}}),
            "criteria.cells[0].en",
        ),
    ];
    for (v, path) in bad {
        let e = ZrmMatrixRequest::from_json(&v.to_string()).unwrap_err();
        assert_eq!(e.issues()[0].path.to_string(), path);
    }
}

#[test]
fn the_reference_lists_everything() {
    let r = reference();
    assert_eq!(r.domains.len(), ZrmDomain::ALL.len());
    assert_eq!(r.versions[0].domains.len(), 13);
    assert_eq!(r.versions[1].domains.len(), 11);
    let adl = r.domains.iter().find(|d| d.domain == ZrmDomain::Adl).unwrap();
    assert_eq!(adl.versions, [ZrmVersion::Zrm11]);
    let fin = r.domains.iter().find(|d| d.domain == ZrmDomain::Finances).unwrap();
    assert_eq!(fin.versions, [ZrmVersion::Zrm2017, ZrmVersion::Zrm11]);
}

// The plan link: Bram's case with measurements added.

const BRAM: &str = include_str!("../../../examples/data/bram_case.json");

fn bram_with(zrm: Value) -> Value {
    let mut v: Value = serde_json::from_str(BRAM).unwrap();
    v["zrm"] = zrm;
    v
}

fn scores(levels: &[(&str, &str)]) -> Value {
    ZrmVersion::Zrm2017
        .domains()
        .iter()
        .map(|d| json!({"domain": d.code(), "level": levels.iter().find(|x| x.0 == d.code()).map(|x| x.1)}))
        .collect()
}

fn zrm_findings(v: &Value) -> Vec<(FindingCode, String)> {
    let case = SupportCase::from_json(&v.to_string()).unwrap();
    validate_case(&case)
        .findings
        .into_iter()
        .filter(|f| f.code.code().starts_with("zrm_"))
        .map(|f| (f.code, f.path))
        .collect()
}

#[test]
fn old_cases_read_and_write_as_before() {
    let case = SupportCase::from_json(BRAM).unwrap();
    assert!(case.zrm.is_empty());
    let out = case.to_json();
    assert!(!out.contains("\"zrm"), "no new keys in an old document");
    assert!(validate_case(&case).findings.is_empty());
}

#[test]
fn plan_findings_from_the_measurements() {
    use FindingCode::*;
    // Bram: plan 1 drawn up 2012-03-05, evaluated 2012-06-05; plan 2 drawn up 2012-06-05.
    let baseline = json!({"date": "2012-03-01", "assessor": "M-017",
        "scores": scores(&[("instrumental_adl", "not_self_reliant"), ("finances", "acute"), ("social_network", "fully_self_reliant")])});
    let mut v = bram_with(json!([baseline]));
    v["plans"][0]["goals"][0]["zrm"] = json!([{"domain": "instrumental_adl", "target": "sufficiently_self_reliant"}]);
    v["plans"][0]["goals"][1]["zrm"] = json!([{"domain": "social_network", "target": "fully_self_reliant"}]);
    let f = zrm_findings(&v);
    assert_eq!(
        f,
        [
            (ZrmGoalDomainAlreadyFull, "plans[0].goals[1].zrm[0]".to_string()),
            (ZrmAcuteDomainUnaddressed, "plans[0]".to_string()),
            // Plan 2 starts from the same measurement (the newest on or before 2012-06-05).
            (ZrmAcuteDomainUnaddressed, "plans[1]".to_string()),
            (ZrmEvaluationWithoutRemeasurement, "evaluations[0]".to_string()),
        ]
    );
    // A crisis step on finances in plan 1, no goal on the full domain, and a re-measurement
    // on the evaluation day.
    v["plans"][0]["steps"][3]["zrm_domains"] = json!(["finances"]);
    v["plans"][0]["goals"][1]["zrm"] = json!([]);
    let again = json!({"date": "2012-06-05", "assessor": "M-017",
        "scores": scores(&[("finances", "limitedly_self_reliant"), ("social_network", "fully_self_reliant")])});
    v["zrm"].as_array_mut().unwrap().insert(0, again);
    let f = zrm_findings(&v);
    // Plan 2 now starts from the re-measurement: no acute domain; its goal copies none.
    assert_eq!(f, []);
    // A re-measurement after the evaluation does not count.
    v["zrm"][0]["date"] = json!("2012-06-06");
    let f = zrm_findings(&v);
    assert!(f.contains(&(ZrmEvaluationWithoutRemeasurement, "evaluations[0]".to_string())));
    // An 11-domain measurement's ADL level stands for both ADL domains of a goal.
    let old = json!({"version": "zrm_11", "date": "2012-03-01", "assessor": "M-017",
        "scores": ZrmVersion::Zrm11.domains().iter().map(|d| json!({"domain": d.code(),
            "level": if *d == ZrmDomain::Adl { json!("fully_self_reliant") } else { Value::Null }})).collect::<Value>()});
    let mut v = bram_with(json!([old]));
    v["plans"][0]["goals"][0]["zrm"] = json!([{"domain": "basic_adl", "target": "fully_self_reliant"}]);
    let f = zrm_findings(&v);
    assert_eq!(f[0], (ZrmGoalDomainAlreadyFull, "plans[0].goals[0].zrm[0]".to_string()));
    assert_eq!(f[1..], [(ZrmEvaluationWithoutRemeasurement, "evaluations[0]".to_string())]);
}

#[test]
fn a_bad_measurement_in_a_case_is_an_error_at_its_path() {
    let v = bram_with(json!([{"date": "2012-03-01", "assessor": "M-017", "scores": []}]));
    let e = SupportCase::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.issues()[0].path.to_string(), "zrm[0].scores");
}
