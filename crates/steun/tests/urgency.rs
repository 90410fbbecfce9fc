//! The urgency instrument against tables written out here, independent of the code
//! (002:3930-4070).

use serde_json::{json, Value};
use steun::urgency::{self, BandTable, UrgencyBand, UrgencyInput, UrgencyResultDocument};
use steun::{Document, Lang};

/// The points of a risk or duration answer, by hand from figure 2 (002:3959-3989);
/// None for unknown.
fn risk_points(code: &str) -> Option<u32> {
    match code {
        "none" => Some(0),
        "moderate" => Some(1),
        "severe" => Some(2),
        "unknown" => None,
        _ => unreachable!(),
    }
}

fn duration_points(code: &str) -> Option<u32> {
    match code {
        "incidental" => Some(0),
        "structural_under_half_year" => Some(1),
        "structural_over_half_year" => Some(2),
        "unknown" => None,
        _ => unreachable!(),
    }
}

/// Scope variants: (persons, minors, over 75, expected answer, expected points), 002:3977-3984.
const SCOPES: &[(u32, bool, bool, &str, u32)] = &[
    (1, false, false, "individual", 0),
    (2, false, false, "several_persons", 1),
    (7, false, false, "several_persons", 1),
    (1, true, false, "minor", 2),
    (1, false, true, "over_75", 2),
    (4, true, true, "minor", 2),
    (3, false, true, "over_75", 2),
];

/// The default band of a score and its actions, by hand (002:3993-4006; 5-6 interpretation).
fn band_of(score: u32) -> (&'static str, &'static str, &'static str) {
    match score {
        0..=4 => ("information_advice", "no_action", "information_advice_support"),
        5..=6 => ("consultation", "team_consultation", "information_advice_support_feedback"),
        7..=9 => ("professional_services", "professional_services", "information_advice_support_feedback"),
        10 => ("crisis", "crisis_report", "information_advice_support_feedback"),
        _ => unreachable!(),
    }
}

const RISKS: [&str; 4] = ["none", "moderate", "severe", "unknown"];
const DURATIONS: [&str; 4] = ["incidental", "structural_under_half_year", "structural_over_half_year", "unknown"];

fn input_json(s: &str, h: &str, w: &str, scope: (u32, bool, bool), d: &str) -> Value {
    json!({
        "risks": {"safety": s, "health": h, "wellbeing": w},
        "scope": {"persons": scope.0, "minors_involved": scope.1, "over_75_involved": scope.2},
        "duration": d,
    })
}

fn assess_value(input: &Value) -> Value {
    serde_json::from_str(&urgency::assess_json(&input.to_string()).unwrap()).unwrap()
}

#[test]
fn every_combination_matches_the_independent_table() {
    let mut n = 0;
    for s in RISKS {
        for h in RISKS {
            for w in RISKS {
                for d in DURATIONS {
                    for &(persons, minors, old, scope_answer, scope_points) in SCOPES {
                        let input = input_json(s, h, w, (persons, minors, old), d);
                        let out = assess_value(&input);
                        let pts =
                            [risk_points(s), risk_points(h), risk_points(w), Some(scope_points), duration_points(d)];
                        let min: u32 = pts.iter().map(|p| p.unwrap_or(0)).sum();
                        let max: u32 = pts.iter().map(|p| p.unwrap_or(2)).sum();
                        let unknown = pts.iter().any(Option::is_none);
                        let (band, report, reporter) = band_of(max);
                        let ctx = format!("{input}");
                        assert_eq!(out["score"], min, "{ctx}");
                        assert_eq!(out["score_min"], min, "{ctx}");
                        assert_eq!(out["score_max"], max, "{ctx}");
                        assert_eq!(out["max_score"], 10);
                        assert_eq!(out["band"], band, "{ctx}");
                        assert_eq!(out["report_action"], report, "{ctx}");
                        assert_eq!(out["reporter_action"], reporter, "{ctx}");
                        assert_eq!(out["needs_consultation"], unknown || band_of(min).0 != band, "{ctx}");
                        assert_eq!(out["instrument"], "jaspers-2011-urgency");
                        let bd = out["breakdown"].as_array().unwrap();
                        let crit: Vec<&str> = bd.iter().map(|c| c["criterion"].as_str().unwrap()).collect();
                        assert_eq!(crit, ["safety", "health", "wellbeing", "scope", "duration"]);
                        let answers: Vec<&str> = bd.iter().map(|c| c["answer"].as_str().unwrap()).collect();
                        assert_eq!(answers, [s, h, w, scope_answer, d], "{ctx}");
                        for (c, p) in bd.iter().zip(pts) {
                            assert_eq!(c["points"], json!(p), "{ctx}");
                            assert_eq!(c["points_min"], p.unwrap_or(0), "{ctx}");
                            assert_eq!(c["points_max"], p.unwrap_or(2), "{ctx}");
                        }
                        // The typed path gives the same result.
                        let typed: UrgencyInput = serde_json::from_value(input.clone()).unwrap();
                        let r = urgency::assess(&typed);
                        assert_eq!(serde_json::to_value(r).unwrap(), out);
                        assert_eq!(u32::from(r.score_max), max);
                        n += 1;
                    }
                }
            }
        }
    }
    assert_eq!(n, 4 * 4 * 4 * 4 * SCOPES.len());
}

#[test]
fn the_widow_of_78() {
    // 002:4056-4070: a widow of 78; her neighbour worries about her self-reliance and
    // forgetfulness. "Vraagverheldering geeft over het geheel genomen een matig risico weer
    // op gezondheid en welzijn" -> health 1, wellbeing 1; nothing about safety -> 0; "boven
    // de 75 jaar" -> scope 2 (one person, over 75). The case does not tell how long it has
    // been going on, so duration is unknown: score 4 (at least 4, at most 6). The band is
    // that of 6, consultation, and consultation is needed — which is just the discussion the
    // case describes (a home visit, or supporting the neighbour's "eyes and ears"?).
    let widow = input_json("none", "moderate", "moderate", (1, false, true), "unknown");
    let out = assess_value(&widow);
    assert_eq!(
        (out["score"].as_u64(), out["score_min"].as_u64(), out["score_max"].as_u64()),
        (Some(4), Some(4), Some(6))
    );
    assert_eq!(out["band"], "consultation");
    assert_eq!(out["report_action"], "team_consultation");
    assert_eq!(out["needs_consultation"], true);
    assert_eq!(out["breakdown"][3]["answer"], "over_75");
    assert_eq!(out["breakdown"][3]["points"], 2);
    assert_eq!(out["breakdown"][4]["points"], Value::Null);
    let en = out["explanation"]["en"].as_str().unwrap();
    assert!(en.contains("Health: Moderate risk, 1 point."), "{en}");
    assert!(en.contains("Scope: Person(s) over 75, 2 points."), "{en}");
    assert!(en.contains("Duration: Unknown, counts as 0 to 2 points."), "{en}");
    assert!(en.contains("highest possible score 6"), "{en}");
    let nl = out["explanation"]["nl"].as_str().unwrap();
    assert!(nl.contains("Gezondheid: Matig risico, 1 punt."), "{nl}");
    assert!(nl.contains("Categorie Consultatie (scores 5 tot en met 6)"), "{nl}");
    // Had the situation been incidental, the score would be 4: information and advice to
    // the neighbour, the case's "eyes and ears" option.
    let incidental = assess_value(&input_json("none", "moderate", "moderate", (1, false, true), "incidental"));
    assert_eq!(incidental["score"], 4);
    assert_eq!(incidental["band"], "information_advice");
    assert_eq!(incidental["report_action"], "no_action");
    assert_eq!(incidental["needs_consultation"], false);
}

#[test]
fn every_band_boundary() {
    // (safety, health, wellbeing, scope, duration) giving each score; scope (1,false,false)=0,
    // (2,false,false)=1, (1,true,false)=2.
    let cases: &[(&str, &str, &str, (u32, bool, bool), &str, u32, &str)] = &[
        ("none", "none", "none", (1, false, false), "incidental", 0, "information_advice"),
        ("severe", "severe", "none", (1, false, false), "incidental", 4, "information_advice"),
        ("severe", "severe", "moderate", (1, false, false), "incidental", 5, "consultation"),
        ("severe", "severe", "severe", (1, false, false), "incidental", 6, "consultation"),
        ("severe", "severe", "severe", (2, false, false), "incidental", 7, "professional_services"),
        ("severe", "severe", "severe", (1, true, false), "structural_under_half_year", 9, "professional_services"),
        ("severe", "severe", "severe", (1, false, true), "structural_over_half_year", 10, "crisis"),
    ];
    for &(s, h, w, scope, d, score, band) in cases {
        let out = assess_value(&input_json(s, h, w, scope, d));
        assert_eq!(out["score"], score);
        assert_eq!(out["band"], band, "score {score}");
        assert_eq!(out["needs_consultation"], false);
    }
}

#[test]
fn unknown_answers_take_the_precautionary_band() {
    let out = assess_value(&input_json("unknown", "unknown", "unknown", (1, false, false), "unknown"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(0), Some(8)));
    assert_eq!(out["band"], "professional_services");
    assert_eq!(out["needs_consultation"], true);
    // One unknown that does not change the band still asks for consultation.
    let out = assess_value(&input_json("unknown", "none", "none", (1, false, false), "incidental"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(0), Some(2)));
    assert_eq!(out["band"], "information_advice");
    assert_eq!(out["needs_consultation"], true);
    // Crisis only reachable through unknowns.
    let out = assess_value(&input_json("severe", "severe", "unknown", (1, true, false), "unknown"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(6), Some(10)));
    assert_eq!(out["band"], "crisis");
    assert!(out["explanation"]["en"].as_str().unwrap().contains("the lowest possible score falls in Consultation"));
}

fn table(rows: Value) -> Result<BandTable, steun::Error> {
    BandTable::from_json(&json!({ "bands": rows }).to_string())
}

fn band(b: &str, from: i64, to: i64) -> Value {
    json!({"band": b, "score_from": from, "score_to": to, "report_action": "no_action", "reporter_action": "information_advice_support"})
}

#[test]
fn custom_bands_are_used() {
    // A reading without a consultation band: 0-5 information, 6-9 professional, 10 crisis.
    let t =
        table(json!([band("information_advice", 0, 5), band("professional_services", 6, 9), band("crisis", 10, 10)]))
            .unwrap();
    let input: UrgencyInput =
        serde_json::from_value(input_json("severe", "severe", "moderate", (1, false, false), "incidental")).unwrap();
    assert_eq!(urgency::assess(&input).band(), UrgencyBand::Consultation);
    let r = urgency::assess_with(&input, &t);
    assert_eq!(r.band(), UrgencyBand::InformationAdvice);
    assert_eq!((r.band.score_from, r.band.score_to), (0, 5));
    let six: UrgencyInput =
        serde_json::from_value(input_json("severe", "severe", "severe", (1, false, false), "incidental")).unwrap();
    assert_eq!(urgency::assess_with(&six, &t).band(), UrgencyBand::ProfessionalServices);
    // One band covering everything is a valid table.
    assert!(table(json!([band("crisis", 0, 10)])).is_ok());
    // The default table round-trips through its wire form.
    let default = BandTable::DEFAULT.to_table();
    assert_eq!(default.bands.len(), 4);
    assert_eq!(BandTable::new(&default).unwrap(), BandTable::DEFAULT);
    assert_eq!(
        steun::document::validate_json("urgency_band_table", &steun::json::to_json(&default)).unwrap(),
        steun::json::to_json(&default)
    );
    let json =
        urgency::assess_json_with(&input_json("none", "none", "none", (1, false, false), "incidental").to_string(), &t)
            .unwrap();
    assert!(json.contains("\"band\":\"information_advice\""));
}

#[test]
fn invalid_band_tables_name_the_field() {
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!([]), "bands", "at least one band"),
        (json!([band("information_advice", 1, 10)]), "bands[0].score_from", "expected 0"),
        (json!([band("information_advice", 0, 4), band("crisis", 6, 10)]), "bands[1].score_from", "expected 5"),
        (json!([band("information_advice", 0, 4), band("crisis", 4, 10)]), "bands[1].score_from", "expected 5"),
        (json!([band("information_advice", 0, 4), band("crisis", 5, 9)]), "bands[1].score_to", "must end at 10"),
        (json!([band("information_advice", 0, 4), band("crisis", 5, 11)]), "bands[1].score_to", "at most 10"),
        (json!([band("information_advice", 0, 4), band("crisis", 5, 3)]), "bands[1].score_to", "at least `score_from`"),
        (json!([band("crisis", 0, 4), band("crisis", 5, 10)]), "bands[1].band", "duplicate band"),
        (json!([band("information_advice", 0, 10), band("crisis", 11, 11)]), "bands[1].score_from", "remove it"),
        (json!([band("information_advice", 0, -1)]), "bands[0].score_to", "expected u8"),
        (json!([band("urgent", 0, 10)]), "bands[0].band", "allowed: information_advice, consultation"),
        (
            json!([{"band": "crisis", "score_from": 0, "score_to": 10, "report_action": "crisis_report"}]),
            "bands[0].reporter_action",
            "missing required field",
        ),
        (
            json!([{"band": "crisis", "score_from": 0, "score_to": 10, "report_action": "crisis_report", "reporter_action": "information_advice_support", "x": 1}]),
            "bands[0].x",
            "unknown field",
        ),
    ];
    for (rows, path, needle) in cases {
        let e = table(rows.clone()).unwrap_err();
        assert_eq!(e.code(), "invalid", "{rows}");
        assert_eq!(e.path().unwrap().to_string(), path, "{rows}: {e}");
        assert!(e.message().contains(needle), "{rows}: {e}");
    }
}

#[test]
fn bad_input_names_the_field_and_never_echoes() {
    let ok = input_json("none", "none", "none", (1, false, false), "incidental");
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = ok.clone();
        f(&mut v);
        urgency::assess_json(&v.to_string()).unwrap_err()
    };
    let cases: Vec<(steun::Error, &str, &str)> = vec![
        (with(&|v| v["scope"]["persons"] = json!(0)), "scope.persons", "expected an integer >= 1"),
        (with(&|v| v["scope"]["persons"] = json!(-3)), "scope.persons", "expected an integer >= 1"),
        (with(&|v| v["scope"]["persons"] = json!(1.5)), "scope.persons", "got floating point number"),
        (with(&|v| v["scope"]["persons"] = json!("two")), "scope.persons", "got string"),
        (with(&|v| v["risks"]["health"] = json!("Jansen")), "risks.health", "allowed: none, moderate, severe, unknown"),
        (with(&|v| v["duration"] = json!("forever")), "duration", "allowed: incidental, structural_under_half_year"),
        (with(&|v| v["extra"] = json!(1)), "extra", "allowed fields: risks, scope, duration"),
        (with(&|v| v["scope"]["names"] = json!("Jansen")), "scope.names", "allowed fields: persons"),
        (with(&|v| drop(v.as_object_mut().unwrap().remove("duration"))), "duration", "missing required field"),
        (
            with(&|v| drop(v["scope"].as_object_mut().unwrap().remove("minors_involved"))),
            "scope.minors_involved",
            "missing required field",
        ),
        (with(&|v| v["scope"]["over_75_involved"] = json!("yes")), "scope.over_75_involved", "expected a boolean"),
    ];
    for (e, path, needle) in cases {
        assert_eq!(e.path().map(ToString::to_string).as_deref(), Some(path), "{e}");
        assert!(e.message().contains(needle), "{e}");
        assert!(!e.to_string().contains("Jansen") && !e.to_string().contains("forever"), "{e}");
    }
    let e = urgency::assess_json(&json!([ok, {"risks": 1}]).to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "[1].risks");
    assert_eq!(
        urgency::Persons::new(0).unwrap_err(),
        urgency::assess_json(&{
            let mut v = ok.clone();
            v["scope"]["persons"] = json!(0);
            v.to_string()
        })
        .unwrap_err(),
        "the typed and the JSON path give the same error"
    );
    assert!(matches!(urgency::assess_json("{"), Err(steun::Error::Syntax { .. })));
}

#[test]
fn arrays_give_arrays_and_results_round_trip_as_documents() {
    let a = input_json("severe", "none", "unknown", (3, false, false), "structural_over_half_year");
    let b = input_json("none", "none", "none", (1, false, false), "incidental");
    let out: Value = serde_json::from_str(&urgency::assess_json(&json!([a, b]).to_string()).unwrap()).unwrap();
    assert_eq!(out[0], assess_value(&a));
    assert_eq!(out[1], assess_value(&b));
    let typed: UrgencyInput = serde_json::from_value(a).unwrap();
    let r = urgency::assess(&typed);
    let doc = r.to_document();
    assert_eq!(doc.to_json(), r.to_json(), "the wire struct and the Serialize impl agree byte for byte");
    assert_eq!(UrgencyResultDocument::from_json(&r.to_json()).unwrap(), doc);
    assert_eq!(doc.explanation.get(Lang::Nl), r.explanation(Lang::Nl));
    assert_eq!(UrgencyInput::from_json(&typed.to_json()).unwrap(), typed);
    let mut bad: Value = serde_json::from_str(&r.to_json()).unwrap();
    bad["breakdown"].as_array_mut().unwrap().swap(0, 1);
    let e = UrgencyResultDocument::from_json(&bad.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "breakdown[0].criterion");
}

#[test]
fn wire_field_names_are_the_contract() {
    let r =
        urgency::assess_json(&input_json("none", "none", "none", (1, false, false), "incidental").to_string()).unwrap();
    let v: Value = serde_json::from_str(&r).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "instrument",
            "instrument_version",
            "score",
            "score_min",
            "score_max",
            "max_score",
            "band",
            "report_action",
            "reporter_action",
            "needs_consultation",
            "breakdown",
            "explanation"
        ]
    );
    let item: Vec<&str> = v["breakdown"][0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(item, ["criterion", "answer", "points", "points_min", "points_max"]);
    assert_eq!(v["instrument_version"], urgency::INSTRUMENT_VERSION);
}

#[test]
fn stored_results_are_audited() {
    let input: UrgencyInput =
        serde_json::from_value(input_json("severe", "moderate", "unknown", (5, false, false), "incidental")).unwrap();
    let r = urgency::assess(&input);
    let doc = UrgencyResultDocument::from_json(&r.to_json()).unwrap();
    assert_eq!(doc.audit(&BandTable::DEFAULT).unwrap(), r);
    let mut tampered: Value = serde_json::from_str(&r.to_json()).unwrap();
    tampered["band"] = json!("crisis");
    let e = UrgencyResultDocument::from_json(&tampered.to_string()).unwrap().audit(&BandTable::DEFAULT).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "band");
    let mut old: Value = serde_json::from_str(&r.to_json()).unwrap();
    old["instrument_version"] = json!("0.9.0");
    let e = UrgencyResultDocument::from_json(&old.to_string()).unwrap().audit(&BandTable::DEFAULT).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "instrument_version");
}
