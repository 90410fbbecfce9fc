//! The isolation typology against tables written out here from the seed (002:4235-4469),
//! independent of the library's own tables.

use steun::isolation::*;
use steun::{Document, Labelled, Lang};

/// The typology table, row by row, copied from 002:4235-4405:
/// (persistence, oriented type, not-oriented type, interventions, length, intensity, volunteer).
#[allow(clippy::type_complexity)]
const TABLE: [(&str, &str, &str, &[&str], &str, &str, &str); 4] = [
    (
        "threatened",
        "actives",
        "sheltered",
        &[
            "remove_participation_barriers",
            "preventive_intervention",
            "referral_to_group_activities",
            "volunteer_match",
        ],
        "relatively_short",
        "unspecified",
        "volunteer_match",
    ),
    (
        "situational",
        "left_behind",
        "dependents",
        &[
            "remove_participation_barriers",
            "individual_professional_guidance",
            "volunteer_match",
            "referral_to_activities",
            "referral_to_specialist_help",
        ],
        "relatively_short",
        "intensive",
        "volunteer_match",
    ),
    (
        "structural_complex",
        "compensators",
        "outsiders",
        &["solve_practical_problems", "professional_monitoring"],
        "long",
        "not_intensive",
        "none",
    ),
    (
        "structural_psychiatric",
        "hopefuls",
        "survivors",
        &[
            "solve_practical_problems",
            "daily_functioning_guidance",
            "emotional_psychosocial_support",
            "referral_to_specialist_help",
            "specialised_volunteer",
            "professional_safety_net",
        ],
        "long",
        "intensive",
        "specialised",
    ),
];

/// Dutch names of the eight types (002:4257-4379).
const DUTCH: [(&str, &str); 8] = [
    ("actives", "Actieven"),
    ("sheltered", "Geborgenen"),
    ("left_behind", "Achterblijvers"),
    ("dependents", "Afhankelijken"),
    ("compensators", "Compenseerders"),
    ("outsiders", "Buitenstaanders"),
    ("hopefuls", "Hoopvollen"),
    ("survivors", "Overlevers"),
];

fn classify_json(persistence: &str, oriented: bool) -> serde_json::Value {
    let input =
        IsolationInput::from_json(&format!(r#"{{"persistence":"{persistence}","participation_oriented":{oriented}}}"#))
            .unwrap();
    serde_json::from_str(&classify(&input).to_json()).unwrap()
}

#[test]
fn all_eight_cells_match_the_table() {
    for (row, (p, oriented_type, other_type, interventions, length, intensity, volunteer)) in TABLE.iter().enumerate() {
        let category = row as u64 + 1;
        for (oriented, t) in [(true, oriented_type), (false, other_type)] {
            let r = classify_json(p, oriented);
            assert_eq!(r["instrument"], "machielse-hortulanus-2011");
            assert_eq!(r["type"], *t, "{p} {oriented}");
            assert_eq!(r["category"], category);
            let nl = DUTCH.iter().find(|(c, _)| c == t).unwrap().1;
            assert_eq!(r["label"]["nl"], nl);
            let got: Vec<&str> = r["interventions"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            assert_eq!(got, *interventions, "{t}: the list and its order");
            assert_eq!(r["trajectory"]["length"], *length);
            assert_eq!(r["trajectory"]["intensity"], *intensity);
            assert_eq!(r["volunteer"], *volunteer);
            assert_eq!(r["participation_interventions_realistic"], category <= 2, "002:4409-4418");
            assert_eq!(r["network_case"], category >= 3, "002:4539-4567");
            assert!(r["description"]["nl"].as_str().unwrap().len() > 3);
            assert!(r["description"]["en"].as_str().unwrap().len() > 3);
        }
    }
}

#[test]
fn result_fields_are_exactly_the_contract_plus_version() {
    let r = classify_json("threatened", true);
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "instrument",
            "instrument_version",
            "type",
            "category",
            "label",
            "description",
            "interventions",
            "suggested_order",
            "orientation_note",
            "trajectory",
            "volunteer",
            "participation_interventions_realistic",
            "network_case"
        ]
    );
    assert_eq!(r["description"]["nl"], "gericht op participatie");
}

#[test]
fn inverse_lookup_and_listing() {
    let list = types();
    assert_eq!(list.len(), 8);
    for (i, info) in list.iter().enumerate() {
        let (p, o, n, ..) = TABLE[i / 2];
        assert_eq!(info.r#type.code(), if i % 2 == 0 { o } else { n });
        assert_eq!(usize::from(info.category), i / 2 + 1);
        assert_eq!(info.persistence.code(), p);
        assert_eq!(info.participation_oriented, i % 2 == 0);
        assert_eq!(info.orientation.code(), if i % 2 == 0 { "oriented" } else { "not_oriented" });
        assert_eq!(info.label.nl, DUTCH[i].1);
        assert_eq!(IsolationType::of(info.persistence, info.participation_oriented), info.r#type);
    }
    let r = steun::reference::get("isolation_types").unwrap();
    assert_eq!(r[5]["type"], "outsiders");
    assert_eq!(r[5]["label"]["nl"], "Buitenstaanders");
    assert_eq!(IsolationTypeInfo::from_json(&r[5].to_string()).unwrap().category, 3);
}

#[test]
fn preventive_intervention_names_its_examples_and_every_intervention_has_texts() {
    let p = Intervention::PreventiveIntervention;
    assert!(p.label(Lang::Nl).contains("hulp bij rouwverwerking, mantelzorgondersteuning"));
    assert!(p.label(Lang::En).contains("grief support") && p.label(Lang::En).contains("caregiver support"));
    assert!(p.description(Lang::Nl).contains("rouwverwerking") && p.description(Lang::Nl).contains("mantelzorg"));
    assert!(p.description(Lang::En).contains("grief support"));
    assert_eq!(p.examples(Lang::En), ["grief support", "caregiver support"]);
    assert_eq!(Intervention::ALL.len(), 13);
    for i in Intervention::ALL {
        assert!(!i.description(Lang::Nl).is_empty() && !i.description(Lang::En).is_empty(), "{i}");
    }
    assert_eq!(Intervention::ProfessionalSafetyNet.label(Lang::Nl), "Creëren van een professioneel vangnet");
}

#[test]
fn decision_helper_rules() {
    let f = |psy, complex, structural, event| PersistenceFacts {
        psychiatric_or_psychogeriatric: psy,
        complex_problems: complex,
        structural,
        caused_by_event_or_situation: event,
        loneliness: None,
    };
    // (facts, persistence, rule), worked out by hand from the documented rules; `None` is a
    // structural fact not known.
    let cases = [
        (f(true, false, None, false), "structural_psychiatric", "psychiatric_interwoven"),
        (f(true, false, Some(true), false), "structural_psychiatric", "psychiatric_interwoven"),
        (f(true, true, Some(true), true), "structural_psychiatric", "psychiatric_interwoven"),
        (f(false, false, Some(true), false), "structural_complex", "structural"),
        (f(false, true, Some(true), true), "structural_complex", "structural"),
        (f(false, true, None, false), "structural_complex", "complex_problems"),
        (f(false, true, None, true), "structural_complex", "complex_problems"),
        (f(false, false, Some(false), true), "situational", "event_or_situation"),
        (f(false, false, None, true), "situational", "event_or_situation"),
        (f(false, false, Some(false), false), "threatened", "none_of_these"),
        (f(false, false, None, false), "threatened", "none_of_these"),
    ];
    for (facts, p, rule) in cases {
        let d = decide_persistence(&facts).unwrap();
        assert_eq!((d.persistence.code(), d.rule.code()), (p, rule), "{facts:?}");
        assert_eq!(d.category, d.persistence.category());
        assert!(d.explanation.nl.contains("lezing van de bibliotheek"), "{}", d.explanation.nl);
        assert!(d.explanation.en.contains("library's reading"));
        assert_eq!(d.source, "002:4409-4427");
    }
    // The helper never contradicts the caller's own "not structural" (review finding 8): every
    // combination with structural false and psychiatric or complex problems is refused, naming
    // the facts; none answers a structural row.
    for psy in [false, true] {
        for complex in [false, true] {
            for event in [false, true] {
                let facts = f(psy, complex, Some(false), event);
                match decide_persistence(&facts) {
                    Ok(d) => {
                        assert!(!psy && !complex, "{facts:?}");
                        assert!(d.category <= 2, "{facts:?} gave a structural row");
                    }
                    Err(e) => {
                        assert!(psy || complex, "{facts:?}");
                        assert_eq!(e.path().unwrap().to_string(), "structural");
                        let want = if psy { "psychiatric_or_psychogeriatric: true" } else { "complex_problems: true" };
                        assert!(e.to_string().contains(want), "{e}");
                    }
                }
            }
        }
    }
    let json = r#"{"psychiatric_or_psychogeriatric":false,"complex_problems":true,"structural":false,"caused_by_event_or_situation":false}"#;
    let e = steun::op::call("isolation.decide_persistence", json).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "structural");
    let json =
        r#"{"psychiatric_or_psychogeriatric":false,"complex_problems":true,"caused_by_event_or_situation":false}"#;
    assert!(steun::op::call("isolation.decide_persistence", json).unwrap().contains("\"rule\":\"complex_problems\""));
    let e = PersistenceFacts::from_json(
        r#"{"psychiatric_or_psychogeriatric":true,"complex_problems":false,"structural":false}"#,
    )
    .unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "caused_by_event_or_situation");
}

#[test]
fn intervention_check() {
    use Intervention as I;
    // Category 1: everything in the row is fine.
    assert!(check_interventions(IsolationType::Actives, &[I::VolunteerMatch, I::PreventiveIntervention]).is_empty());
    // Category 2: a row-4 intervention is not suggested, but not unrealistic.
    let f = check_interventions(IsolationType::Dependents, &[I::ReferralToActivities, I::ProfessionalSafetyNet]);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].index, f[0].intervention, f[0].kind),
        (1, I::ProfessionalSafetyNet, InterventionFindingKind::NotSuggested)
    );
    // Category 3: group activities are both not suggested and unrealistic; monitoring fits.
    let f = check_interventions(
        IsolationType::Outsiders,
        &[I::ProfessionalMonitoring, I::ReferralToGroupActivities, I::SpecialisedVolunteer],
    );
    let got: Vec<(usize, &str)> = f.iter().map(|x| (x.index, x.kind.code())).collect();
    assert_eq!(got, [(1, "not_suggested"), (1, "unrealistic"), (2, "not_suggested")]);
    assert_eq!(f[1].source, "002:4409-4418");
    assert!(f[1].explanation.en.contains("usually not realistic"));
    assert!(f[0].explanation.nl.contains("Buitenstaanders"));
    // Category 4: the specialised volunteer is suggested; a volunteer match is not, and unrealistic.
    let f = check_interventions(IsolationType::Hopefuls, &[I::SpecialisedVolunteer, I::VolunteerMatch]);
    let got: Vec<(usize, &str)> = f.iter().map(|x| (x.index, x.kind.code())).collect();
    assert_eq!(got, [(1, "not_suggested"), (1, "unrealistic")]);
    // Through the document.
    let r = InterventionCheck::from_json(r#"{"type":"survivors","interventions":["remove_participation_barriers"]}"#)
        .unwrap()
        .run();
    assert_eq!(r.findings.len(), 2);
}

#[test]
fn participation_interventions_are_the_four_of_rows_one_and_two() {
    let aims: Vec<&str> = Intervention::ALL.iter().filter(|i| i.aims_at_participation()).map(|i| i.code()).collect();
    assert_eq!(
        aims,
        ["remove_participation_barriers", "referral_to_group_activities", "volunteer_match", "referral_to_activities"]
    );
    // None of them is suggested for categories 3 and 4, so the two findings never contradict the table.
    for (_, _, _, list, ..) in &TABLE[2..] {
        assert!(aims.iter().all(|a| !list.contains(a)));
    }
}

#[test]
fn risk_groups_apply_as_described() {
    let person = |alone, health, psy, low, age| RiskGroupInput {
        living_alone: alone,
        health_loss: health,
        psychosocial_or_psychiatric_problems: psy,
        low_income: low,
        age,
    };
    let codes = |p: RiskGroupInput| risk_groups(&p).iter().map(|g| g.code()).collect::<Vec<_>>();
    assert!(codes(person(false, false, false, false, 79)).is_empty());
    assert_eq!(codes(person(false, false, false, false, 80)), ["aged_80_or_older"]);
    assert_eq!(
        codes(person(true, true, true, true, 91)),
        ["living_alone", "health_loss", "psychosocial_or_psychiatric", "low_income", "aged_80_or_older"]
    );
    assert_eq!(codes(person(true, false, false, true, 65)), ["living_alone", "low_income"]);
    assert_eq!(RiskGroup::ALL.len(), 5);
    assert_eq!(RiskGroup::Aged80OrOlder.label(Lang::Nl), "Ouderen van 80 jaar en ouder");
}

#[test]
fn bad_input_names_the_field_and_the_allowed_values() {
    let e = IsolationInput::from_json(r#"{"persistence":"Jan Jansen","participation_oriented":true}"#).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "persistence");
    assert_eq!(
        e.message(),
        "unknown code; allowed: threatened, situational, structural_complex, structural_psychiatric"
    );
    assert!(!e.to_string().contains("Jansen"));

    let e = IsolationInput::from_json(r#"{"persistence":"threatened"}"#).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "participation_oriented");
    assert_eq!(e.message(), "missing required field");

    let e = IsolationInput::from_json(r#"{"persistence":"threatened","participation_oriented":true,"naam":"x"}"#)
        .unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "(root)");
    assert!(!e.to_string().contains("naam"), "{e}");
    assert_eq!(e.message(), "unknown field; allowed fields: persistence, participation_oriented");

    let e = IsolationInput::from_json(r#"{"persistence":"threatened","participation_oriented":"yes"}"#).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "participation_oriented");

    let e = InterventionCheck::from_json(r#"{"type":"outsiders","interventions":["bingo"]}"#).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "interventions[0]");
    assert!(e.message().contains("remove_participation_barriers, preventive_intervention"));
}

#[test]
fn a_stored_result_must_match_the_table() {
    let good = classify(&IsolationInput::for_type(IsolationType::Survivors)).to_json();
    assert_eq!(IsolationResult::from_json(&good).unwrap().r#type, IsolationType::Survivors);
    let edited = good.replace("\"network_case\":true", "\"network_case\":false");
    let e = IsolationResult::from_json(&edited).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "network_case");
    let e =
        IsolationResult::from_json(&good.replace("\"instrument_version\":\"2.0.0\"", "\"instrument_version\":\"0\""))
            .unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "instrument_version");
    // A result stored under the 0.1 names (typology, version "1") still reads; results of 1.x
    // have no suggested order.
    let legacy = {
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        v.as_object_mut().unwrap().remove("suggested_order");
        v.as_object_mut().unwrap().remove("orientation_note");
        serde_json::to_string(&v).unwrap()
    };
    let old = legacy
        .replace("\"instrument\":", "\"typology\":")
        .replace("\"instrument_version\":\"2.0.0\"", "\"version\":\"1\"");
    assert_eq!(IsolationResult::from_json(&old).unwrap().r#type, IsolationType::Survivors);
    // A result stored under 1.1.0 (the tables did not change in 1.2.0) still reads.
    let v110 = legacy.replace("\"instrument_version\":\"2.0.0\"", "\"instrument_version\":\"1.1.0\"");
    assert_ne!(v110, legacy);
    assert_eq!(IsolationResult::from_json(&v110).unwrap().r#type, IsolationType::Survivors);
}

// ---- Tests added for mutation testing (docs/mutation-testing.md). ----

#[test]
fn json_entry_points_give_the_documents() {
    use serde_json::{json, Value};
    use steun::isolation::json_api::*;
    let v = |s: String| serde_json::from_str::<Value>(&s).unwrap();
    let r = v(classify_json(r#"{"persistence":"situational","participation_oriented":false}"#).unwrap());
    assert_eq!((r["type"].as_str(), r["category"].as_u64()), (Some("dependents"), Some(2)));
    let d = v(decide_persistence_json(
        r#"{"psychiatric_or_psychogeriatric":false,"complex_problems":false,"structural":false,"caused_by_event_or_situation":true}"#,
    )
    .unwrap());
    assert_eq!(
        (d["persistence"].as_str(), d["rule"].as_str(), d["category"].as_u64()),
        (Some("situational"), Some("event_or_situation"), Some(2))
    );
    let c = v(check_interventions_json(r#"{"type":"outsiders","interventions":["volunteer_match"]}"#).unwrap());
    assert_eq!(c["findings"].as_array().unwrap().len(), 2);
    let g = v(risk_groups_json(r#"{"living_alone":true,"health_loss":false,"psychosocial_or_psychiatric_problems":false,"low_income":false,"age":80}"#).unwrap());
    assert_eq!(g["risk_groups"], json!(["living_alone", "aged_80_or_older"]));
    assert_eq!(g["source"], "002:4463-4469");
    let t = v(types_json());
    assert_eq!(t.as_array().unwrap().len(), 8);
    assert_eq!(t[7]["type"], "survivors");
    let i = v(type_info_json("compensators").unwrap());
    assert_eq!((i["category"].as_u64(), i["participation_oriented"].as_bool()), (Some(3), Some(true)));
    assert!(type_info_json("bingo").unwrap_err().message().contains("allowed: actives"));
}

#[test]
fn rows_columns_and_categories_by_hand() {
    // 002:4235-4405: four rows numbered 1-4, each with an oriented and a not-oriented type.
    let rows = [
        (Persistence::Threatened, 1, IsolationType::Actives, IsolationType::Sheltered, false),
        (Persistence::Situational, 2, IsolationType::LeftBehind, IsolationType::Dependents, false),
        (Persistence::StructuralComplex, 3, IsolationType::Compensators, IsolationType::Outsiders, true),
        (Persistence::StructuralPsychiatric, 4, IsolationType::Hopefuls, IsolationType::Survivors, true),
    ];
    for (p, cat, oriented, not, structural) in rows {
        assert_eq!(p.category(), cat);
        assert_eq!(Persistence::from_category(cat), Some(p));
        assert_eq!(p.is_structural(), structural);
        assert_eq!(p.network_case(), structural);
        assert_eq!(p.participation_interventions_realistic(), !structural);
        for (t, o) in [(oriented, true), (not, false)] {
            assert_eq!(t.category(), cat);
            assert_eq!(t.persistence(), p);
            assert_eq!(t.participation_oriented(), o);
            assert_eq!(t.orientation().is_oriented(), o);
            assert_eq!(Orientation::of(o).is_oriented(), o);
            assert!(!t.description(Lang::Nl).is_empty() && !t.description(Lang::En).is_empty());
            assert_ne!(t.description(Lang::Nl), t.description(Lang::En));
        }
    }
    assert_eq!(Persistence::from_category(0), None);
    assert_eq!(Persistence::from_category(5), None);
    assert_eq!(
        Intervention::PreventiveIntervention.examples(Lang::Nl),
        ["hulp bij rouwverwerking", "mantelzorgondersteuning"]
    );
    assert!(Intervention::VolunteerMatch.examples(Lang::En).is_empty());
    let i = Intervention::VolunteerMatch;
    assert_eq!(i.description_bilingual().nl, i.description(Lang::Nl));
    assert_eq!(i.description_bilingual().en, i.description(Lang::En));
    assert_ne!(i.description(Lang::Nl), i.description(Lang::En));
}

#[test]
fn stored_decisions_and_type_infos_are_checked() {
    let d = decide_persistence(&PersistenceFacts { structural: Some(true), ..Default::default() }).unwrap();
    let good = d.to_json();
    assert_eq!(PersistenceDecision::from_json(&good).unwrap(), d);
    let e = PersistenceDecision::from_json(&good.replace("\"category\":3", "\"category\":2")).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "category");
    let info = type_info(IsolationType::Hopefuls).to_json();
    assert_eq!(IsolationTypeInfo::from_json(&info).unwrap().r#type, IsolationType::Hopefuls);
    let e = IsolationTypeInfo::from_json(&info.replace("\"category\":4", "\"category\":1")).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "category");
    // A nested difference is named by its full path.
    let r = classify(&IsolationInput::for_type(IsolationType::Actives)).to_json();
    let e =
        IsolationResult::from_json(&r.replace("\"length\":\"relatively_short\"", "\"length\":\"long\"")).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "trajectory.length");
}

#[test]
fn a_category_outside_1_to_4_is_refused_by_the_types_as_by_the_schema() {
    // The schema says 1..4; reading without the document rules must say so too.
    let d = decide_persistence(&PersistenceFacts::default()).unwrap().to_json();
    for bad in ["0", "5", "255"] {
        let text = d.replace("\"category\":1", &format!("\"category\":{bad}"));
        let e = serde_json::from_str::<PersistenceDecision>(&text).unwrap_err().to_string();
        assert!(e.contains("from 1 to 4"), "{e}");
        let e = PersistenceDecision::from_json(&text).unwrap_err();
        assert_eq!(
            (e.path().unwrap().to_string(), e.message()),
            ("category".into(), "expected a whole number from 1 to 4".into())
        );
    }
    let r = classify(&IsolationInput::for_type(IsolationType::Actives)).to_json();
    assert!(serde_json::from_str::<IsolationResult>(&r.replace("\"category\":1", "\"category\":0")).is_err());
}

/// A loneliness result as evidence (the library's reading of 002:4253-4289 with the manual of
/// the De Jong Gierveld scale): loneliness alone points at row 1; the subscales set the emphasis.
#[test]
fn loneliness_evidence_feeds_the_decision_helper() {
    let score = |answers: &str| {
        let r = steun::op::call("loneliness.score", &format!(r#"{{"scale": "djg_6", "answers": {answers}}}"#)).unwrap();
        steun::loneliness::LonelinessResult::from_json(&r).unwrap()
    };
    // Items 3, 9, 10 (emotional), 4, 7, 8 (social).
    let emotional = score(r#"["yes", "yes", "no", "yes", "yes", "yes"]"#);
    let social = score(r#"["no", "no", "no", "no", "more_or_less", "yes"]"#);
    let both = score(r#"["yes", "no", "no", "no", "yes", "yes"]"#);
    let not_lonely = score(r#"["no", "no", "no", "yes", "yes", "yes"]"#);
    let facts = |r: &steun::loneliness::LonelinessResult| PersistenceFacts {
        loneliness: Some(r.clone()),
        ..Default::default()
    };
    let d = decide_persistence(&facts(&emotional)).unwrap();
    assert_eq!((d.persistence, d.rule), (Persistence::Threatened, PersistenceRule::Loneliness));
    assert_eq!(d.loneliness_emphasis, Some(LonelinessEmphasis::Emotional));
    assert_eq!(d.emphasised_interventions, [Intervention::PreventiveIntervention, Intervention::VolunteerMatch]);
    assert!(d.explanation.en.contains("grief support and a confidant"), "{}", d.explanation.en);
    assert!(d.source.contains("Manual of the Loneliness Scale"));
    let d = decide_persistence(&facts(&social)).unwrap();
    assert_eq!(d.loneliness_emphasis, Some(LonelinessEmphasis::Social));
    assert_eq!(
        d.emphasised_interventions,
        [Intervention::RemoveParticipationBarriers, Intervention::ReferralToGroupActivities]
    );
    let d = decide_persistence(&facts(&both)).unwrap();
    assert_eq!(d.loneliness_emphasis, Some(LonelinessEmphasis::Both));
    assert_eq!(d.emphasised_interventions, Persistence::Threatened.interventions());
    // Not lonely: the old rule, row 1 without emphasis.
    let d = decide_persistence(&facts(&not_lonely)).unwrap();
    assert_eq!((d.rule, d.loneliness_emphasis), (PersistenceRule::NoneOfThese, None));
    assert!(d.emphasised_interventions.is_empty());
    // The four facts come first: loneliness does not pull structural isolation into row 1.
    let d = decide_persistence(&PersistenceFacts { structural: Some(true), ..facts(&emotional) }).unwrap();
    assert_eq!(
        (d.persistence, d.rule, d.loneliness_emphasis),
        (Persistence::StructuralComplex, PersistenceRule::Structural, None)
    );
    let d = decide_persistence(&PersistenceFacts { caused_by_event_or_situation: true, ..facts(&social) }).unwrap();
    assert_eq!((d.persistence, d.loneliness_emphasis), (Persistence::Situational, None));
    // Without evidence nothing changes.
    let d = decide_persistence(&PersistenceFacts::default()).unwrap();
    assert_eq!((d.rule, d.source.as_str()), (PersistenceRule::NoneOfThese, "002:4409-4427"));
    // Through the operation, a tampered loneliness result is refused under its path.
    let mut req: serde_json::Value = serde_json::to_value(facts(&emotional)).unwrap();
    req["loneliness"]["level"] = "not_lonely".into();
    let e = steun::op::call("isolation.decide_persistence", &req.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "loneliness.level");
    // A stored decision with a forged emphasis list is refused.
    let good = decide_persistence(&facts(&emotional)).unwrap().to_json();
    let bad =
        good.replace(r#""emphasised_interventions":["preventive_intervention","#, r#""emphasised_interventions":["#);
    assert!(PersistenceDecision::from_json(&good).is_ok());
    assert_eq!(
        PersistenceDecision::from_json(&bad).unwrap_err().path().unwrap().to_string(),
        "emphasised_interventions"
    );
}

#[test]
fn orientation_is_the_second_indicator_for_the_order_of_interventions() {
    // 002:4420-4427: orientation separates those still oriented to participation from those
    // who no longer have that need. Actives and Sheltered share row 1 (002:4271-4287).
    use Intervention as I;
    let actives = classify(&IsolationInput::for_type(IsolationType::Actives));
    let sheltered = classify(&IsolationInput::for_type(IsolationType::Sheltered));
    assert_eq!(actives.interventions, sheltered.interventions, "the table's order is kept in `interventions`");
    assert_eq!(actives.suggested_order[0], I::RemoveParticipationBarriers);
    assert_eq!(actives.suggested_order.last(), Some(&I::PreventiveIntervention));
    assert_eq!(sheltered.suggested_order[0], I::PreventiveIntervention);
    assert!(sheltered.suggested_order[1..].iter().all(|i| i.aims_at_participation()));
    let note = sheltered.orientation_note.as_ref().unwrap();
    assert!(note.nl.contains("002:4420-4427") && note.en.contains("library's reading"), "{note:?}");
    // Row 2 (Left behind / Dependents): the same rule.
    let dependents = classify(&IsolationInput::for_type(IsolationType::Dependents));
    assert!(!dependents.suggested_order[0].aims_at_participation());
    // A stored result is checked, its new fields included; a 1.2.0 result has none.
    let stored = actives.to_json();
    assert_eq!(IsolationResult::from_json(&stored).unwrap(), actives);
    let reordered = stored.replacen(
        "\"suggested_order\":[\"remove_participation_barriers\"",
        "\"suggested_order\":[\"preventive_intervention\"",
        1,
    );
    assert_eq!(IsolationResult::from_json(&reordered).unwrap_err().path().unwrap().to_string(), "suggested_order");
    let mut old: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let o = old.as_object_mut().unwrap();
    o.remove("suggested_order");
    o.remove("orientation_note");
    o.insert("instrument_version".into(), "1.2.0".into());
    let old = IsolationResult::from_json(&serde_json::to_string(&old).unwrap()).unwrap();
    assert!(old.suggested_order.is_empty());
}
