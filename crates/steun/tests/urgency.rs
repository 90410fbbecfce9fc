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
                        // 2.0.0: the band of the known evidence; the worst case is that of max.
                        let (band, report, reporter) = band_of(min);
                        let ctx = format!("{input}");
                        assert_eq!(out["score"], min, "{ctx}");
                        assert_eq!(out["score_min"], min, "{ctx}");
                        assert_eq!(out["score_max"], max, "{ctx}");
                        assert_eq!(out["max_score"], 10);
                        assert_eq!(out["band"], band, "{ctx}");
                        assert_eq!(out["worst_band"], band_of(max).0, "{ctx}");
                        assert_eq!(out["report_action"], report, "{ctx}");
                        assert_eq!(out["reporter_action"], reporter, "{ctx}");
                        assert_eq!(out["needs_consultation"], unknown, "{ctx}");
                        // Never crisis from unknowns alone: a crisis needs every answer known.
                        assert!(out["band"] != "crisis" || !unknown, "{ctx}");
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
    // been going on, so duration is unknown: score 4 (at least 4, at most 6). The known
    // evidence gives information and advice ("nog niet ernstig"), the unknown duration asks
    // for consultation, and the worst case (6) is the consultation band — just the discussion
    // the case describes (a home visit, or supporting the neighbour's "eyes and ears"?).
    let widow = input_json("none", "moderate", "moderate", (1, false, true), "unknown");
    let out = assess_value(&widow);
    assert_eq!(
        (out["score"].as_u64(), out["score_min"].as_u64(), out["score_max"].as_u64()),
        (Some(4), Some(4), Some(6))
    );
    assert_eq!(out["band"], "information_advice");
    assert_eq!(out["worst_band"], "consultation");
    assert_eq!(out["report_action"], "no_action");
    assert_eq!(out["reporter_action"], "information_advice_support");
    assert_eq!(out["needs_consultation"], true);
    assert_eq!(out["breakdown"][3]["answer"], "over_75");
    assert_eq!(out["breakdown"][3]["points"], 2);
    assert_eq!(out["breakdown"][4]["points"], Value::Null);
    let en = out["explanation"]["en"].as_str().unwrap();
    assert!(en.contains("Health: Moderate risk, 1 point."), "{en}");
    assert!(en.contains("Scope: Person(s) over 75, 2 points."), "{en}");
    assert!(en.contains("Duration: Unknown, 0 points (2 in the worst case)."), "{en}");
    assert!(en.contains("Unknown: Duration."), "{en}");
    assert!(en.contains("Worst case, were every unknown answer 2 points: score 6, band Consultation"), "{en}");
    assert!(en.contains("is this library's reading"), "{en}");
    let nl = out["explanation"]["nl"].as_str().unwrap();
    assert!(nl.contains("Gezondheid: Matig risico, 1 punt."), "{nl}");
    assert!(nl.contains("Onbekend: Duur."), "{nl}");
    assert!(nl.contains("categorie Consultatie (scores 5 tot en met 6)"), "{nl}");
    assert!(nl.contains("de lezing van deze bibliotheek"), "{nl}");
    // Had the situation been incidental, the score would be 4: information and advice to
    // the neighbour, the case's "eyes and ears" option.
    let incidental = assess_value(&input_json("none", "moderate", "moderate", (1, false, true), "incidental"));
    assert_eq!(incidental["score"], 4);
    assert_eq!(incidental["band"], "information_advice");
    assert_eq!(incidental["report_action"], "no_action");
    assert_eq!(incidental["needs_consultation"], false);
    assert_eq!(incidental["worst_band"], "information_advice");
    // Each duration, by hand: <½ year 5 and >½ year 6 are the consultation band (U1).
    for (d, score, band) in
        [("structural_under_half_year", 5, "consultation"), ("structural_over_half_year", 6, "consultation")]
    {
        let out = assess_value(&input_json("none", "moderate", "moderate", (1, false, true), d));
        assert_eq!((out["score"].as_u64(), out["band"].as_str()), (Some(score), Some(band)), "{d}");
        assert_eq!(out["needs_consultation"], false);
    }
}

#[test]
fn unknowns_about_a_child_are_not_a_crisis() {
    // The review's case (issue 17): nothing assessed yet about a child. 1.x made it a crisis
    // report (the band of score_max 10); the source sends uncertainty to the team
    // (002:3945-3948) and leaves the decision to the professional (002:4139-4141).
    let out = assess_value(&input_json("unknown", "unknown", "unknown", (1, true, false), "unknown"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(2), Some(10)));
    assert_eq!(out["band"], "information_advice", "the band of the known evidence: 2 points");
    assert_ne!(out["report_action"], "crisis_report");
    assert_eq!(out["worst_band"], "crisis", "the worst case is shown");
    assert_eq!(out["needs_consultation"], true);
    let en = out["explanation"]["en"].as_str().unwrap();
    assert!(en.contains("Unknown: Safety, Health, Wellbeing, Duration."), "{en}");
    assert!(
        en.contains("score 10, band Crisis (scores 10), action on the report: Acute help / crisis report."),
        "{en}"
    );
    let nl = out["explanation"]["nl"].as_str().unwrap();
    assert!(nl.contains("Onbekend: Veiligheid, Gezondheid, Welzijn, Duur."), "{nl}");
    assert!(nl.contains("Consultatie nodig"), "{nl}");
    // The 1.x rule stays reachable for replaying stored 1.x results only.
    let typed: UrgencyInput =
        serde_json::from_value(input_json("unknown", "unknown", "unknown", (1, true, false), "unknown")).unwrap();
    let v1 = urgency::assess_under(&typed, &BandTable::DEFAULT, urgency::UrgencyRules::V1);
    assert_eq!((v1.band(), v1.instrument_version()), (UrgencyBand::Crisis, "1.0.0"));
    let v1: Value = serde_json::from_str(&v1.to_json()).unwrap();
    assert!(v1.get("worst_band").is_none(), "1.x results have no worst_band: {v1}");
}

#[test]
fn every_band_boundary() {
    // (safety, health, wellbeing, scope, duration) giving each score; scope (1,false,false)=0,
    // (2,false,false)=1, (1,true,false)=2.
    #[allow(clippy::type_complexity)]
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
fn unknown_answers_take_the_band_of_the_known_evidence() {
    let out = assess_value(&input_json("unknown", "unknown", "unknown", (1, false, false), "unknown"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(0), Some(8)));
    assert_eq!(out["band"], "information_advice");
    assert_eq!(out["worst_band"], "professional_services");
    assert_eq!(out["needs_consultation"], true);
    // One unknown that does not change the band still asks for consultation.
    let out = assess_value(&input_json("unknown", "none", "none", (1, false, false), "incidental"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(0), Some(2)));
    assert_eq!(out["band"], "information_advice");
    assert_eq!(out["worst_band"], "information_advice");
    assert_eq!(out["needs_consultation"], true);
    // Crisis only reachable through unknowns: the band stays that of the known 6 points.
    let out = assess_value(&input_json("severe", "severe", "unknown", (1, true, false), "unknown"));
    assert_eq!((out["score"].as_u64(), out["score_max"].as_u64()), (Some(6), Some(10)));
    assert_eq!(out["band"], "consultation");
    assert_eq!(out["worst_band"], "crisis");
    assert!(out["explanation"]["en"]
        .as_str()
        .unwrap()
        .contains("Worst case, were every unknown answer 2 points: score 10, band Crisis"));
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
        (json!([band("information_advice", 0, -1)]), "bands[0].score_to", "expected a whole number from 0 to 255"),
        (json!([band("urgent", 0, 10)]), "bands[0].band", "allowed: information_advice, consultation"),
        (
            json!([{"band": "crisis", "score_from": 0, "score_to": 10, "report_action": "crisis_report"}]),
            "bands[0].reporter_action",
            "missing required field",
        ),
        (
            json!([{"band": "crisis", "score_from": 0, "score_to": 10, "report_action": "crisis_report", "reporter_action": "information_advice_support", "x": 1}]),
            "bands[0]",
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
        (with(&|v| v["scope"]["persons"] = json!(1.5)), "scope.persons", "got a number"),
        (with(&|v| v["scope"]["persons"] = json!("two")), "scope.persons", "got a string"),
        (with(&|v| v["risks"]["health"] = json!("Jansen")), "risks.health", "allowed: none, moderate, severe, unknown"),
        (with(&|v| v["duration"] = json!("forever")), "duration", "allowed: incidental, structural_under_half_year"),
        (with(&|v| v["extra"] = json!(1)), "(root)", "allowed fields: risks, scope, duration"),
        (with(&|v| v["scope"]["names"] = json!("Jansen")), "scope", "allowed fields: persons"),
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
            "worst_band",
            "report_action",
            "reporter_action",
            "needs_consultation",
            "breakdown",
            "explanation",
            "bands_fingerprint"
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
    // A version whose rules this library does not keep does not even read.
    let mut old: Value = serde_json::from_str(&r.to_json()).unwrap();
    old["instrument_version"] = json!("0.9.0");
    let e = UrgencyResultDocument::from_json(&old.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "instrument_version");
    assert!(e.message().contains("1.0.0, 2.0.0"), "{e}");
    let doc: UrgencyResultDocument = serde_json::from_value(old).unwrap();
    assert_eq!(doc.audit(&BandTable::DEFAULT).unwrap_err().path().unwrap().to_string(), "instrument_version");
}

// ---- Tests added for mutation testing (docs/mutation-testing.md). ----

fn typed(s: &str, h: &str, w: &str, scope: (u32, bool, bool), d: &str) -> UrgencyInput {
    serde_json::from_value(input_json(s, h, w, scope, d)).unwrap()
}

#[test]
fn explanations_are_written_out_in_full() {
    // Everything known, one band: "Score n of 10" and "because the score".
    let r = urgency::assess(&typed("none", "none", "none", (1, false, false), "incidental"));
    assert_eq!(
        r.explanation(Lang::En),
        "Safety: No risk, 0 points. Health: No risk, 0 points. Wellbeing: No risk, 0 points. \
         Scope: Individual, 0 points. Duration: Incidental, 0 points. Score 0 of 10. \
         Band Information and advice (scores 0 to 4), because the score 0 falls in it. \
         Action on the report: No action; action towards the reporter: Information, advice and support (IAO)."
    );
    // The crisis band is the single score 10: "scores 10", not "scores 10 to 10".
    let r = urgency::assess(&typed("severe", "severe", "severe", (1, true, false), "structural_over_half_year"));
    assert_eq!(
        r.explanation(Lang::Nl),
        "Veiligheid: Ernstig risico, 2 punten. Gezondheid: Ernstig risico, 2 punten. Welzijn: Ernstig risico, 2 punten. \
         Omvang: Perso(o)n(en) < 18 jaar, 2 punten. Duur: Structureel > ½ jaar, 2 punten. Score 10 van 10. \
         Categorie Crisis (scores 10), omdat de score 10 daarin valt. \
         Actie melding: Acute hulp / crisismelding; actie melder: IAO + terugkoppeling van actie."
    );
    assert_eq!(r.explanations().en, r.explanation(Lang::En));
    assert_eq!(r.explanations().nl, r.explanation(Lang::Nl));
    // One unknown that keeps the band: the known score, the unknown criterion, consultation
    // and the worst case, which here is the same band.
    let r = urgency::assess(&typed("unknown", "moderate", "none", (1, false, false), "incidental"));
    assert_eq!(
        r.explanation(Lang::En),
        "Safety: Unknown, 0 points (2 in the worst case). Health: Moderate risk, 1 point. Wellbeing: No risk, 0 points. \
         Scope: Individual, 0 points. Duration: Incidental, 0 points. \
         Score 1 of 10, from the known answers (worst case 3). \
         Band Information and advice (scores 0 to 4), because the score 1 falls in it. \
         Action on the report: No action; action towards the reporter: Information, advice and support (IAO). \
         Unknown: Safety. Consultation needed: not every answer is known; the multidisciplinary team can help judge them. \
         Worst case, were every unknown answer 2 points: score 3, band Information and advice (scores 0 to 4), \
         action on the report: No action."
    );
    // The widow of 78 in Dutch: the worst case is the 5-6 band, which is marked as the
    // library's reading (U1).
    let r = urgency::assess(&typed("none", "moderate", "moderate", (1, false, true), "unknown"));
    assert_eq!(
        r.explanation(Lang::Nl),
        "Veiligheid: Geen risico, 0 punten. Gezondheid: Matig risico, 1 punt. Welzijn: Matig risico, 1 punt. \
         Omvang: Perso(o)n(en) > 75 jaar, 2 punten. Duur: Onbekend, 0 punten (2 in het slechtste geval). \
         Score 4 van 10, uit de bekende antwoorden (slechtste geval 6). \
         Categorie Informatie en advies (scores 0 tot en met 4), omdat de score 4 daarin valt. \
         Actie melding: Geen; actie melder: Informatie, Advies en Ondersteuning (IAO). \
         Onbekend: Duur. Consultatie nodig: niet alle antwoorden zijn bekend; het multidisciplinaire (wijk)team kan helpen ze in te schatten. \
         Slechtste geval, als elk onbekend antwoord 2 punten telt: score 6, categorie Consultatie (scores 5 tot en met 6), \
         actie melding: Consultatie in het multidisciplinaire (wijk)team. \
         Categorie Consultatie (scores 5 tot en met 6) is de lezing van deze bibliotheek: de tabel van de bron heeft geen rij \
         voor de scores 5 en 6 (interpretatie U1; een eigen categorietabel kan dit veranderen)."
    );
    // A known 5 names U1 too; a custom table's band of 5-6 is the caller's, not U1.
    let five = typed("severe", "severe", "moderate", (1, false, false), "incidental");
    assert!(urgency::assess(&five).explanation(Lang::En).ends_with(
        "Band Consultation (scores 5 to 6) is this library's reading: the source's table has no row for the scores 5 and 6 \
         (interpretation U1; a band table of your own can change it)."
    ));
    let own =
        table(json!([band("information_advice", 0, 4), band("consultation", 5, 6), band("crisis", 7, 10)])).unwrap();
    assert!(!urgency::assess_with(&five, &own).explanation(Lang::En).contains("U1"));
}

#[test]
fn result_accessors_and_persons() {
    let r = urgency::assess(&typed("severe", "severe", "severe", (1, true, false), "structural_over_half_year"));
    assert_eq!(r.band(), UrgencyBand::Crisis);
    assert_eq!(r.report_action(), urgency::UrgencyReportAction::CrisisReport);
    assert_eq!(r.reporter_action(), urgency::UrgencyReporterAction::InformationAdviceSupportFeedback);
    assert!(!r.has_unknown());
    let r = urgency::assess(&typed("none", "none", "none", (1, false, false), "unknown"));
    assert!(r.has_unknown());
    assert_eq!(r.report_action(), urgency::UrgencyReportAction::NoAction);
    assert_eq!(r.reporter_action(), urgency::UrgencyReporterAction::InformationAdviceSupport);
    assert_eq!(urgency::Persons::new(7).unwrap().get(), 7);
    assert_eq!(urgency::Persons::new(1).unwrap(), urgency::Persons::ONE);
    assert_eq!(urgency::Persons::ONE.get(), 1);
    // Typed scope points, by hand from 002:3977-3984.
    for &(persons, minors, old, _, points) in SCOPES {
        let scope = urgency::UrgencyScope {
            persons: urgency::Persons::new(persons).unwrap(),
            minors_involved: minors,
            over_75_involved: old,
        };
        assert_eq!(u32::from(scope.points()), points, "{persons} {minors} {old}");
    }
}

#[test]
fn codes_and_indexes_for_bindings() {
    use urgency::{code_at, index_at, UrgencyDuration, UrgencyRisk};
    let path = || steun::Path::root().key("risks").key("safety");
    assert_eq!(code_at::<UrgencyRisk>("severe", path).unwrap(), UrgencyRisk::Severe);
    assert_eq!(code_at::<UrgencyRisk>("none", path).unwrap(), UrgencyRisk::None);
    assert_eq!(code_at::<UrgencyDuration>("unknown", path).unwrap(), UrgencyDuration::Unknown);
    let e = code_at::<UrgencyRisk>("Jansen", path).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "risks.safety");
    assert!(e.message().contains("allowed: none, moderate, severe, unknown"), "{e}");
    assert!(!e.to_string().contains("Jansen"));
    // C numbering: the order of the figure (002:3959-3963), unknown last.
    assert_eq!(index_at::<UrgencyRisk>(0, path).unwrap(), UrgencyRisk::None);
    assert_eq!(index_at::<UrgencyRisk>(2, path).unwrap(), UrgencyRisk::Severe);
    assert_eq!(index_at::<UrgencyRisk>(3, path).unwrap(), UrgencyRisk::Unknown);
    for bad in [4, -1, i64::MAX] {
        let e = index_at::<UrgencyRisk>(bad, path).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "risks.safety");
        assert!(e.message().contains("allowed: 0 (none), 1 (moderate), 2 (severe), 3 (unknown)"), "{e}");
    }
}

#[test]
fn reference_sets_match_the_figure() {
    // 002:3959-3989: the criteria in order, with their answers and points.
    let c = urgency::reference_criteria();
    let crit: Vec<&str> = c.as_array().unwrap().iter().map(|x| x["criterion"].as_str().unwrap()).collect();
    assert_eq!(crit, ["safety", "health", "wellbeing", "scope", "duration"]);
    let answers = |i: usize| -> Vec<(String, Value)> {
        c[i]["answers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a["answer"].as_str().unwrap().to_owned(), a["points"].clone()))
            .collect()
    };
    let risk = vec![
        ("none".to_owned(), json!(0)),
        ("moderate".to_owned(), json!(1)),
        ("severe".to_owned(), json!(2)),
        ("unknown".to_owned(), Value::Null),
    ];
    assert_eq!(answers(0), risk);
    assert_eq!(answers(2), risk);
    assert_eq!(
        answers(3),
        [
            ("individual".to_owned(), json!(0)),
            ("several_persons".to_owned(), json!(1)),
            ("minor".to_owned(), json!(2)),
            ("over_75".to_owned(), json!(2)),
        ]
    );
    assert_eq!(
        answers(4),
        [
            ("incidental".to_owned(), json!(0)),
            ("structural_under_half_year".to_owned(), json!(1)),
            ("structural_over_half_year".to_owned(), json!(2)),
            ("unknown".to_owned(), Value::Null),
        ]
    );
    assert_eq!(c[3]["label"]["nl"], "Omvang");
    assert_eq!(c[0]["answers"][2]["label"]["en"], "Severe risk");
    // 002:3993-4006, with 5-6 as consultation.
    let b = urgency::reference_bands();
    let rows: Vec<(&str, u64, u64)> = b
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["band"].as_str().unwrap(), r["score_from"].as_u64().unwrap(), r["score_to"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        rows,
        [("information_advice", 0, 4), ("consultation", 5, 6), ("professional_services", 7, 9), ("crisis", 10, 10)]
    );
    assert_eq!(steun::reference::get("urgency_bands").unwrap(), b);
}

#[test]
fn band_table_documents_are_checked() {
    let bad = json!({"bands": [band("information_advice", 0, 4)]}).to_string();
    let e = steun::document::validate_json("urgency_band_table", &bad).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "bands[0].score_to");
    assert_eq!(BandTable::default(), BandTable::DEFAULT);
    // Scores above 10 get the band of 10.
    assert_eq!(BandTable::DEFAULT.row_for(11).band, UrgencyBand::Crisis);
    assert_eq!(BandTable::DEFAULT.row_for(4).band, UrgencyBand::InformationAdvice);
}

#[test]
fn the_persons_schema_is_inline() {
    let s = steun::document::schema("urgency_input").unwrap();
    let persons = &s["$defs"]["UrgencyScope"]["properties"]["persons"];
    assert_eq!(persons["type"], "integer");
    assert_eq!(persons["minimum"], 1);
    assert!(s["$defs"].get("Persons").is_none(), "{s}");
}

fn result_doc(s: &str, h: &str, w: &str, scope: (u32, bool, bool), d: &str) -> Value {
    serde_json::from_str(&urgency::assess(&typed(s, h, w, scope, d)).to_json()).unwrap()
}

fn audit(v: &Value) -> Result<urgency::UrgencyResult, steun::Error> {
    let doc: UrgencyResultDocument = serde_json::from_value(v.clone()).unwrap();
    doc.audit(&BandTable::DEFAULT)
}

#[test]
fn every_answer_survives_an_audit() {
    for &(persons, minors, old, _, _) in SCOPES {
        for (i, s) in RISKS.iter().enumerate() {
            let d = DURATIONS[(i + 1) % 4];
            let h = RISKS[(i + 2) % 4];
            let w = RISKS[(i + 3) % 4];
            let v = result_doc(s, h, w, (persons, minors, old), d);
            let r = audit(&v).unwrap_or_else(|e| panic!("{v}: {e}"));
            assert_eq!(serde_json::to_value(r).unwrap(), v);
        }
    }
}

#[test]
fn audits_reject_answers_of_the_wrong_criterion() {
    let ok = result_doc("moderate", "none", "severe", (1, false, false), "incidental");
    let cases: &[(usize, &str)] =
        &[(0, "minor"), (1, "incidental"), (2, "over_75"), (3, "none"), (3, "unknown"), (4, "severe")];
    for &(i, answer) in cases {
        let mut v = ok.clone();
        v["breakdown"][i]["answer"] = json!(answer);
        let e = audit(&v).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), format!("breakdown[{i}].answer"), "{i} {answer}: {e}");
    }
    let mut v = ok.clone();
    v["instrument"] = json!("other");
    assert_eq!(audit(&v).unwrap_err().path().unwrap().to_string(), "instrument");
    let mut v = ok.clone();
    v["score"] = json!(9);
    assert_eq!(audit(&v).unwrap_err().path().unwrap().to_string(), "score");
    // A changed explanation is found too.
    let mut v = ok;
    v["explanation"]["en"] = json!("x");
    assert_eq!(audit(&v).unwrap_err().path().unwrap().to_string(), "explanation");
}

#[test]
fn stored_result_documents_are_checked() {
    // Valid: the highest score, and a range.
    for v in [
        result_doc("severe", "severe", "severe", (1, true, false), "structural_over_half_year"),
        result_doc("unknown", "none", "none", (1, false, false), "incidental"),
        result_doc("none", "none", "none", (1, false, false), "incidental"),
    ] {
        UrgencyResultDocument::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{v}: {e}"));
    }
    let ok = result_doc("unknown", "moderate", "none", (1, false, false), "incidental"); // 1..3
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut v = ok.clone();
        f(&mut v);
        UrgencyResultDocument::from_json(&v.to_string()).unwrap_err().path().unwrap().to_string()
    };
    assert_eq!(broken(&|v| v["score"] = json!(2)), "score"); // score != score_min
    assert_eq!(
        broken(&|v| {
            v["score"] = json!(4);
            v["score_min"] = json!(4)
        }),
        "score"
    ); // min > max
    assert_eq!(broken(&|v| v["score_max"] = json!(11)), "score"); // max > 10
    assert_eq!(broken(&|v| drop(v["breakdown"].as_array_mut().unwrap().pop())), "breakdown");
    assert_eq!(broken(&|v| v["breakdown"].as_array_mut().unwrap().swap(3, 4)), "breakdown[3].criterion");
}
