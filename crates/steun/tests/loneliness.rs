//! The De Jong Gierveld loneliness scale against cases worked out by hand from the manual
//! (De Jong Gierveld & Van Tilburg 1999, updated 2022: §2 items, §7-§9 scoring, missing
//! values and cut-offs).

use serde_json::{json, Value};
use steun::loneliness::*;
use steun::Document;

fn run(request: Value) -> Value {
    let out = steun::op::call("loneliness.score", &request.to_string()).unwrap();
    serde_json::from_str(&out).unwrap()
}

fn err(request: Value) -> steun::Error {
    steun::op::call("loneliness.score", &request.to_string()).unwrap_err()
}

/// The manual's item keys: emotional (negatively worded) items 2, 3, 5, 6, 9, 10; social
/// (positively worded) items 1, 4, 7, 8, 11 (manual §2).
#[test]
fn items_are_keyed_as_the_manual_says() {
    let emotional: Vec<u8> = ITEMS.iter().filter(|i| i.subscale == Subscale::Emotional).map(|i| i.number).collect();
    let social: Vec<u8> = ITEMS.iter().filter(|i| i.subscale == Subscale::Social).map(|i| i.number).collect();
    assert_eq!(emotional, [2, 3, 5, 6, 9, 10]);
    assert_eq!(social, [1, 4, 7, 8, 11]);
    assert_eq!(LonelinessScale::Djg6.numbers(), [3, 9, 10, 4, 7, 8]);
    assert_eq!(item(3).en, "I experience a general sense of emptiness.");
    assert_eq!(item(10).nl, "Vaak voel ik me in de steek gelaten.");
}

#[test]
fn all_lonely_and_none_lonely_answers_give_the_extremes() {
    // Lonely: "yes" on emotional items, "no" on social ones.
    let lonely: Vec<&str> =
        ITEMS.iter().map(|i| if i.subscale == Subscale::Emotional { "yes" } else { "no" }).collect();
    let r = run(json!({"scale": "djg_11", "answers": lonely}));
    assert_eq!(
        (r["score"].clone(), r["emotional_score"].clone(), r["social_score"].clone()),
        (json!(11), json!(6), json!(5))
    );
    assert_eq!(r["level"], "very_severely_lonely");
    let not: Vec<&str> = ITEMS.iter().map(|i| if i.subscale == Subscale::Emotional { "no" } else { "yes" }).collect();
    let r = run(json!({"scale": "djg_11", "answers": not}));
    assert_eq!((r["score"].clone(), r["level"].clone()), (json!(0), json!("not_lonely")));
    assert_eq!(r["instrument"], "djg-loneliness");
    assert_eq!(r["instrument_version"], "1.0.0");
}

/// "More or less" counts as lonely on every item (manual §7).
#[test]
fn the_neutral_answer_counts_as_lonely() {
    let r = run(json!({"scale": "djg_11", "answers": vec!["more_or_less"; 11]}));
    assert_eq!(r["score"], 11);
    let r = run(json!({"scale": "djg_6", "answers": vec!["more_or_less"; 6]}));
    assert_eq!((r["score"].clone(), r["level"].clone()), (json!(6), json!("severely_lonely")));
}

/// Cut-offs: 11 items 0-2 / 3-8 / 9-10 / 11; 6 items 0-1 / 2-4 / 5-6.
#[test]
fn cut_offs() {
    let want11 = [
        (0, "not_lonely"),
        (2, "not_lonely"),
        (3, "moderately_lonely"),
        (8, "moderately_lonely"),
        (9, "severely_lonely"),
        (10, "severely_lonely"),
        (11, "very_severely_lonely"),
    ];
    for (score, level) in want11 {
        // The first `score` items answered lonely, the rest not.
        let answers: Vec<&str> = ITEMS
            .iter()
            .enumerate()
            .map(|(k, i)| match (k < score, i.subscale) {
                (true, Subscale::Emotional) | (false, Subscale::Social) => "yes",
                _ => "no",
            })
            .collect();
        let r = run(json!({"scale": "djg_11", "answers": answers}));
        assert_eq!(r["score"], score, "{answers:?}");
        assert_eq!(r["level"], level, "score {score}");
    }
    let want6 = [
        (0, "not_lonely"),
        (1, "not_lonely"),
        (2, "moderately_lonely"),
        (4, "moderately_lonely"),
        (5, "severely_lonely"),
        (6, "severely_lonely"),
    ];
    for (score, level) in want6 {
        let answers: Vec<&str> = (0..6)
            .map(|k| {
                if k < score {
                    "more_or_less"
                } else if k < 3 {
                    "no"
                } else {
                    "yes"
                }
            })
            .collect();
        let r = run(json!({"scale": "djg_6", "answers": answers}));
        assert_eq!((r["score"].clone(), r["level"].clone()), (json!(score), json!(level)));
    }
}

/// The short scale's syntax: a total with one item missing, none with two; a subscale only
/// with all its items; emotionally or socially lonely from a subscale score of 1 (manual §8).
#[test]
fn short_scale_missing_values_and_subscale_categories() {
    let r = run(json!({"scale": "djg_6", "answers": ["yes", null, "no", "yes", "yes", "no"]}));
    assert_eq!(r["score"], 2);
    assert_eq!(r["missing"], 1);
    assert_eq!(r["emotional_score"], Value::Null);
    assert_eq!(r["emotionally_lonely"], Value::Null);
    assert_eq!((r["social_score"].clone(), r["socially_lonely"].clone()), (json!(1), json!(true)));
    assert_eq!(r["level"], "moderately_lonely");
    let r = run(json!({"scale": "djg_6", "answers": ["yes", null, "no", null, "yes", "yes"]}));
    assert_eq!((r["score"].clone(), r["level"].clone(), r["missing"].clone()), (Value::Null, Value::Null, json!(2)));
    assert!(r["explanation"]["en"].as_str().unwrap().starts_with("No total score"));
    let r = run(json!({"scale": "djg_6", "answers": ["no", "no", "no", "yes", "yes", "yes"]}));
    assert_eq!((r["emotionally_lonely"].clone(), r["socially_lonely"].clone()), (json!(false), json!(false)));
}

/// The 11-item scale: a total with up to two items missing, a subscale with up to one
/// (interpretation L1); no subscale cut-off unless the caller gives one (L2).
#[test]
fn eleven_item_missing_values_and_overrides() {
    let mut answers = vec![json!("yes"); 11];
    answers[1] = Value::Null; // item 2, emotional
    answers[3] = Value::Null; // item 4, social
    let r = run(json!({"scale": "djg_11", "answers": answers}));
    // Items 1, 7, 8, 11 social "yes": not lonely; emotional 3, 5, 6, 9, 10 "yes": lonely.
    assert_eq!(
        (r["score"].clone(), r["emotional_score"].clone(), r["social_score"].clone()),
        (json!(5), json!(5), json!(0))
    );
    assert_eq!(r["emotionally_lonely"], Value::Null);
    answers[2] = Value::Null; // a third missing item, the second emotional one
    let r = run(json!({"scale": "djg_11", "answers": answers}));
    assert_eq!(
        (r["score"].clone(), r["emotional_score"].clone(), r["social_score"].clone()),
        (Value::Null, Value::Null, json!(0))
    );
    let r =
        run(json!({"scale": "djg_11", "answers": answers, "max_missing": {"total": 3, "emotional": 2, "social": 1},
        "subscale_cutoffs": {"emotional": 3, "social": 2}}));
    assert_eq!((r["score"].clone(), r["emotional_score"].clone()), (json!(4), json!(4)));
    assert_eq!((r["emotionally_lonely"].clone(), r["socially_lonely"].clone()), (json!(true), json!(false)));
}

/// The five-point format: "ja!" and "nee!" go with "ja" and "nee" (interpretation L3).
#[test]
fn five_point_format() {
    let r = run(json!({"scale": "djg_6", "format": "five_point",
        "answers": ["yes_strongly", "no_strongly", "more_or_less", "no_strongly", "yes_strongly", "more_or_less"]}));
    assert_eq!(
        (r["emotional_score"].clone(), r["social_score"].clone(), r["score"].clone()),
        (json!(2), json!(2), json!(4))
    );
    assert_eq!(r["format"], "five_point");
    let e = err(json!({"scale": "djg_6", "answers": ["yes_strongly", "no", "no", "no", "no", "no"]}));
    assert_eq!(e.path().unwrap().to_string(), "answers[0]");
    assert_eq!(e.message(), "unknown code for format three_point; allowed: yes, more_or_less, no");
}

#[test]
fn bad_requests_name_the_field_and_never_echo() {
    let e = err(json!({"scale": "djg_6", "answers": vec!["yes"; 5]}));
    assert_eq!(e.path().unwrap().to_string(), "answers");
    assert!(e.message().contains("exactly 6 answers for scale djg_6"), "{e}");
    let e = err(
        json!({"scale": "djg_11", "answers": ["yes", "Jan Jansen", "no", "no", "no", "no", "no", "no", "no", "no", "no"]}),
    );
    let report = e.report_json();
    assert!(!report.contains("Jan"), "{report}");
    let issues = e.issues();
    // A nullable code: the schema walker says which codes (or null) are allowed.
    assert_eq!(issues[0].path.to_string(), "answers[1]");
    let codes = ["yes_strongly", "yes", "more_or_less", "no", "no_strongly", "null"];
    assert!(codes.iter().all(|c| issues[0].message.contains(c)), "{report}");
    let e = err(json!({"scale": "djg_6", "answers": vec!["yes"; 6], "111222333": 1}));
    assert_eq!(e.issues()[0].kind.code(), "unknown_field");
    assert!(!e.report_json().contains("111222333"));
    let e = err(json!({"scale": "djg_12", "answers": []}));
    assert!(e.report_json().contains("djg_11, djg_6"), "{}", e.report_json());
    let e =
        err(json!({"scale": "djg_6", "answers": vec!["yes"; 6], "subscale_cutoffs": {"emotional": 0, "social": 4}}));
    assert_eq!(e.path().unwrap().to_string(), "subscale_cutoffs.emotional");
}

#[test]
fn results_say_it_is_screening_and_cite_the_manual() {
    let r = run(json!({"scale": "djg_11", "answers": vec!["no"; 11]}));
    assert!(r["explanation"]["en"].as_str().unwrap().contains("not a diagnosis of a person"));
    assert!(r["explanation"]["nl"].as_str().unwrap().contains("geen diagnose van een persoon"));
    assert!(r["source"].as_str().unwrap().contains("Manual of the Loneliness Scale"));
    // A result reads back as a loneliness_result, and a tampered level is refused.
    let text = r.to_string();
    assert!(LonelinessResult::from_json(&text).is_ok());
    let bad = text.replace("\"moderately_lonely\"", "\"not_lonely\"");
    assert_eq!(r["level"], "moderately_lonely");
    assert!(LonelinessResult::from_json(&bad).is_err());
}

#[test]
fn items_listing() {
    let out = steun::op::call("loneliness.items", r#"{"scale": "djg_6", "lang": "en"}"#).unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    let numbers: Vec<u64> = v["items"].as_array().unwrap().iter().map(|i| i["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [3, 9, 10, 4, 7, 8]);
    assert_eq!(v["items"][0]["nl"], Value::Null);
    assert_eq!(v["items"][0]["en"], "I experience a general sense of emptiness.");
    assert_eq!(v["items"][0]["lonely_answers"], json!(["yes_strongly", "yes", "more_or_less"]));
    assert_eq!(v["items"][3]["wording"], "positive");
    let both = steun::op::call("loneliness.items", r#"{"scale": "djg_11"}"#).unwrap();
    let v: Value = serde_json::from_str(&both).unwrap();
    assert_eq!(v["items"].as_array().unwrap().len(), 11);
    assert_eq!(
        v["items"][0]["nl"],
        "Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan."
    );
}

#[test]
fn an_unknown_answer_is_an_unknown_code_listing_the_answers() {
    // An optional code (`anyOf [codes, null]` in the schema) missed by its code is an unknown
    // code, as for a required one, not a wrong type; the value sent is not repeated.
    let e =
        steun::op::call("loneliness.score", r#"{"scale":"djg_6","answers":["banana","yes","yes","yes","yes","yes"]}"#)
            .unwrap_err();
    let i = &e.issues()[0];
    assert_eq!((i.kind.code(), i.path.to_string().as_str()), ("unknown_code", "answers[0]"));
    assert!(i.message.starts_with("unknown code; allowed: yes_strongly, yes, more_or_less, no"), "{}", i.message);
    assert!(!e.to_string().contains("banana"));
    let e = steun::op::call("loneliness.score", r#"{"scale":"djg_6","answers":[7,"yes","yes","yes","yes","yes"]}"#)
        .unwrap_err();
    assert_eq!(e.issues()[0].kind.code(), "wrong_type");
}
