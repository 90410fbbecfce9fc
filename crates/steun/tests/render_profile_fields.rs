//! The check-profile fields on the forms: the case's `informed_of_client_support` (003:33,
//! 003:62) on the Plan van Aanpak, a goal's `day_activity` (000:1314-1320) with its goal, an
//! evaluation's `client_present` (000:2771-2775) on the evaluation form; in Dutch and English,
//! Markdown and HTML. Left out, the forms are as before.

use serde_json::{json, Value};
use steun::plan::{render_case, render_case_as, RenderFormat, RenderPart, SupportCase};
use steun::{Document, Lang};

const BRAM: &str = include_str!("../data/examples/bram_case.json");

fn bram_json() -> Value {
    serde_json::from_str(BRAM).unwrap()
}

fn case(v: &Value) -> SupportCase {
    SupportCase::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn render(v: &Value, part: RenderPart, lang: Lang, format: RenderFormat) -> String {
    render_case_as(&case(v), part, Some(1), lang, format).unwrap_or_else(|e| panic!("{e}"))
}

/// Bram's case with the three fields recorded: told, a day-activity goal and one that is not,
/// the client present.
fn recorded() -> Value {
    let mut v = bram_json();
    v["informed_of_client_support"] = json!(true);
    v["plans"][0]["goals"][0]["day_activity"] = json!(false);
    v["plans"][0]["goals"][1]["day_activity"] = json!(true);
    v["evaluations"][0]["client_present"] = json!(true);
    v
}

const WORDS: [&str; 12] = [
    "cliëntondersteuning",
    "client support",
    "Dagbesteding",
    "dagbesteding",
    "Day activities",
    "day activities",
    "aanwezig bij de evaluatie",
    "present at the evaluation",
    ": Ja",
    ": Yes",
    "Nee",
    ": No",
];

#[test]
fn the_plan_form_shows_the_recorded_fields_in_markdown() {
    let v = recorded();
    let nl = render(&v, RenderPart::Plan, Lang::Nl, RenderFormat::Markdown);
    assert!(nl.contains("**Gewezen op gratis, onafhankelijke cliëntondersteuning:** Ja\n"), "{nl}");
    assert!(nl.contains("het huis is schoon _(Korte termijn; dagbesteding: nee)_"), "{nl}");
    assert!(nl.contains("_(Lange termijn; dagbesteding: ja)_"), "{nl}");
    let en = render(&v, RenderPart::Plan, Lang::En, RenderFormat::Markdown);
    assert!(en.contains("**Told about free, independent client support:** Yes\n"), "{en}");
    assert!(
        en.contains("_(Short term; day activities: no)_") && en.contains("_(Long term; day activities: yes)_"),
        "{en}"
    );

    // Recorded as not told.
    let mut v = recorded();
    v["informed_of_client_support"] = json!(false);
    let nl = render(&v, RenderPart::Plan, Lang::Nl, RenderFormat::Markdown);
    assert!(nl.contains("**Gewezen op gratis, onafhankelijke cliëntondersteuning:** Nee\n"), "{nl}");
    let en = render(&v, RenderPart::Plan, Lang::En, RenderFormat::Markdown);
    assert!(en.contains("**Told about free, independent client support:** No\n"), "{en}");
}

#[test]
fn the_plan_form_shows_the_recorded_fields_in_html() {
    let v = recorded();
    let nl = render(&v, RenderPart::Plan, Lang::Nl, RenderFormat::Html);
    assert!(nl.contains("<strong>Gewezen op gratis, onafhankelijke cliëntondersteuning:</strong> Ja</p>"), "{nl}");
    assert!(nl.contains("<em>(Korte termijn; dagbesteding: nee)</em>"), "{nl}");
    assert!(nl.contains("<em>(Lange termijn; dagbesteding: ja)</em>"), "{nl}");
    let en = render(&v, RenderPart::Plan, Lang::En, RenderFormat::Html);
    assert!(en.contains("<strong>Told about free, independent client support:</strong> Yes</p>"), "{en}");
    assert!(en.contains("<em>(Long term; day activities: yes)</em>"), "{en}");
}

#[test]
fn every_plan_form_of_all_and_per_goal_shows_the_told_line() {
    let v = recorded();
    let all = render(&v, RenderPart::All, Lang::Nl, RenderFormat::Markdown);
    assert_eq!(all.matches("onafhankelijke cliëntondersteuning:** Ja").count(), 1, "{all}");
    let req = json!({"lang": "en", "part": "plan", "per_goal": true, "version": 1, "case": v});
    let out: Value = serde_json::from_str(&steun::op::call("plan.render", &req.to_string()).unwrap()).unwrap();
    let text = out["text"].as_str().unwrap();
    assert_eq!(text.matches("**Told about free, independent client support:** Yes").count(), 2, "{text}");
    assert_eq!(out["instrument_version"], "2.1.0");
}

#[test]
fn the_evaluation_form_shows_whether_the_client_was_present() {
    let v = recorded();
    let nl = render(&v, RenderPart::Evaluation, Lang::Nl, RenderFormat::Markdown);
    assert!(nl.contains("**Cliënt aanwezig bij de evaluatie:** Ja\n"), "{nl}");
    let en = render(&v, RenderPart::Evaluation, Lang::En, RenderFormat::Markdown);
    assert!(en.contains("**Client present at the evaluation:** Yes\n"), "{en}");
    let nl = render(&v, RenderPart::Evaluation, Lang::Nl, RenderFormat::Html);
    assert!(nl.contains("<strong>Cliënt aanwezig bij de evaluatie:</strong> Ja</p>"), "{nl}");
    let mut v = recorded();
    v["evaluations"][0]["client_present"] = json!(false);
    let en = render(&v, RenderPart::Evaluation, Lang::En, RenderFormat::Html);
    assert!(en.contains("<strong>Client present at the evaluation:</strong> No</p>"), "{en}");
    // The evaluation form is not the plan form: neither shows the other's fields.
    assert!(!en.contains("client support") && !en.contains("day activities"), "{en}");
    let plan = render(&v, RenderPart::Plan, Lang::En, RenderFormat::Markdown);
    assert!(!plan.contains("present at the evaluation"), "{plan}");
}

#[test]
fn left_out_the_forms_show_nothing_of_them_and_are_unchanged() {
    let bare = bram_json();
    for part in [RenderPart::Plan, RenderPart::All, RenderPart::Evaluation] {
        for lang in [Lang::Nl, Lang::En] {
            for format in [RenderFormat::Markdown, RenderFormat::Html] {
                let out = render(&bare, part, lang, format);
                for w in WORDS {
                    assert!(!out.contains(w), "{part:?} {lang:?} {format:?} shows {w:?}:\n{out}");
                }
            }
        }
    }
    // Markdown rendering of the recorded case minus the new lines is the bare rendering.
    let rec = recorded();
    let strip = |s: String| {
        s.replace("  \n**Gewezen op gratis, onafhankelijke cliëntondersteuning:** Ja", "")
            .replace("; dagbesteding: nee", "")
            .replace("; dagbesteding: ja", "")
            .replace("  \n**Cliënt aanwezig bij de evaluatie:** Ja", "")
    };
    for part in [RenderPart::Plan, RenderPart::Evaluation] {
        let before = render_case(&case(&bare), part, Some(1), Lang::Nl).unwrap();
        assert_eq!(strip(render(&rec, part, Lang::Nl, RenderFormat::Markdown)), before, "{part:?}");
    }
}
