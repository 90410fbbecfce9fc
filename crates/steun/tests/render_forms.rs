//! The forms as a Wmo consultant reads them (issue 18, fidelity review section F): which goal
//! each step serves, no internal ids on a Dutch form, Dutch dates and amounts, relation labels
//! not doubled, the ring of one provision in the singular; the assessment grid, evaluation and
//! Wmo application forms; and the HTML document to print, checked by a strict parser below.

use serde_json::{json, Value};
use steun::plan::render::{amount_text, date_text};
use steun::plan::{render_case, render_case_as, RenderFormat, RenderPart, SupportCase};
use steun::{Date, Document, Lang};

const BRAM: &str = include_str!("../data/examples/bram_case.json");

fn bram() -> SupportCase {
    SupportCase::from_json(BRAM).unwrap()
}

fn bram_json() -> Value {
    serde_json::from_str(BRAM).unwrap()
}

fn case(v: &Value) -> SupportCase {
    SupportCase::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn md(case: &SupportCase, part: RenderPart, version: Option<u32>, lang: Lang) -> String {
    render_case(case, part, version, lang).unwrap_or_else(|e| panic!("{e}"))
}

fn html(case: &SupportCase, part: RenderPart, version: Option<u32>, lang: Lang) -> String {
    render_case_as(case, part, version, lang, RenderFormat::Html).unwrap_or_else(|e| panic!("{e}"))
}

/// The table row of the step numbered `n` in a Markdown plan form.
fn step_row(md: &str, n: usize) -> &str {
    let md = md.find("# PLAN ").map_or(md, |i| &md[i..]);
    let start = format!("| {n}. ");
    md.lines().find(|l| l.starts_with(&start)).unwrap_or_else(|| panic!("no step {n} in\n{md}"))
}

const ALL_PARTS: [RenderPart; 7] = [
    RenderPart::Plan,
    RenderPart::Options,
    RenderPart::Profile,
    RenderPart::All,
    RenderPart::Grid,
    RenderPart::Evaluation,
    RenderPart::Application,
];

#[test]
fn each_step_says_which_goal_it_serves() {
    // Bram's plan has two goals on one form; the book's form has one (002:1713).
    let nl = md(&bram(), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(nl.contains("1. Mijn huishouden is op orde"), "{nl}");
    assert!(nl.contains("2. Vrijwilligerswerk doen en zo nieuwe contacten opdoen"), "{nl}");
    for (n, tag) in
        [(1, "Voor doel 1"), (2, "Voor doel 1"), (3, "Voor doel 1"), (4, "Voor alle doelen"), (5, "Voor doel 2")]
    {
        assert!(step_row(&nl, n).contains(&format!("<br>_{tag}_")), "step {n}: {}", step_row(&nl, n));
    }
    let en = md(&bram(), RenderPart::Plan, Some(1), Lang::En);
    assert!(step_row(&en, 5).contains("_For goal 2_") && step_row(&en, 4).contains("_For all goals_"), "{en}");

    // With one goal, every step serves it: no tags.
    let mut v = bram_json();
    let plan = &mut v["plans"][0];
    plan["goals"].as_array_mut().unwrap().truncate(1);
    plan["steps"].as_array_mut().unwrap().truncate(3);
    plan["worksheets"].as_array_mut().unwrap().truncate(1);
    let one = md(&case(&v), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(!one.contains("Voor doel") && !one.contains("Voor alle doelen"), "{one}");

    // Goals are numbered by priority, as listed on the form, whatever their order in the file.
    let mut v = bram_json();
    v["plans"][0]["goals"].as_array_mut().unwrap().reverse();
    let swapped = md(&case(&v), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(swapped.contains("1. Mijn huishouden is op orde"), "{swapped}");
    assert!(step_row(&swapped, 5).contains("_Voor doel 2_"), "{swapped}");
}

#[test]
fn dutch_forms_show_no_internal_ids_or_iso_dates() {
    let bram = bram();
    for part in ALL_PARTS {
        for version in [Some(1), None] {
            let nl = md(&bram, part, version, Lang::Nl);
            for id in
                ["household", "volunteering", "social_network", "individual_provision", "in_kind", "hours_per_week"]
            {
                assert!(!nl.contains(id), "{part:?}: {id:?} on the Dutch form\n{nl}");
            }
            // No ISO date (YYYY-MM-DD) anywhere.
            let iso = nl.as_bytes().windows(10).any(|w| {
                w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
            });
            assert!(!iso, "{part:?}: an ISO date\n{nl}");
        }
    }
    // An unknown goal reference (a validation error) is named, not shown.
    let mut v = bram_json();
    v["plans"][0]["steps"][0]["goal"] = json!("tuinieren_xyz");
    v["plans"][0]["worksheets"][0]["goal"] = json!("tuinieren_xyz");
    let nl = md(&case(&v), RenderPart::All, Some(1), Lang::Nl);
    assert!(!nl.contains("tuinieren_xyz"), "{nl}");
    assert!(step_row(&nl, 1).contains("_Onbekend doel_") && nl.contains("**Doel:** Onbekend doel"), "{nl}");
}

#[test]
fn dates_and_amounts_follow_the_forms_language() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    assert_eq!(date_text(d("2012-06-05"), Lang::Nl), "5 juni 2012");
    assert_eq!(date_text(d("2012-03-05"), Lang::Nl), "5 maart 2012");
    assert_eq!(date_text(d("2013-12-31"), Lang::Nl), "31 december 2013");
    assert_eq!(date_text(d("2012-06-05"), Lang::En), "5 June 2012");
    assert_eq!(amount_text(1.5, Lang::Nl), "1,5");
    assert_eq!(amount_text(1.5, Lang::En), "1.5");
    assert_eq!(amount_text(3.0, Lang::Nl), "3");
    assert_eq!(amount_text(2.25, Lang::Nl), "2,25");
    assert_eq!(amount_text(0.333, Lang::Nl), "0,33");
    assert_eq!(amount_text(120.0, Lang::En), "120");

    // The review's run V12: a PGB of 1.5 hours a week.
    let mut v = bram_json();
    let claim = &mut v["plans"][1]["steps"][1]["wmo"][0];
    claim["form"] = json!("pgb");
    claim["extent"] = json!({"amount": 1.5, "unit": "hours_per_week"});
    v["plans"][1]["steps"][3]["wmo"][0]["extent"] = json!({"amount": 1.0, "unit": "hours_per_week"});
    let c = case(&v);
    let nl = md(&c, RenderPart::Plan, None, Lang::Nl);
    assert!(
        nl.contains(
            "Huishoudelijke hulp (Thuiszorg): individuele voorziening, persoonsgebonden budget (PGB), 1,5 uur per week"
        ),
        "{nl}"
    );
    assert!(!nl.contains("1.5"), "{nl}");
    let en = md(&c, RenderPart::Plan, None, Lang::En);
    assert!(
        en.contains("1.5 hours per week")
            && en.contains("Ambulante begeleiding: individual provision, in kind, 1 hour per week"),
        "{en}"
    );
    let app = md(&c, RenderPart::Application, None, Lang::Nl);
    assert!(app.contains("| 1,5 uur per week |") && app.contains("| Persoonsgebonden budget (PGB) |"), "{app}");
    // Dates on the plan form.
    let nl = md(&bram(), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(nl.contains("**Datum opstellen:** 5 maart 2012  \n**Datum evaluatie:** 5 juni 2012"), "{nl}");
    let en = md(&bram(), RenderPart::Plan, Some(1), Lang::En);
    assert!(en.contains("**Date drawn up:** 5 March 2012  \n**Evaluation date:** 5 June 2012"), "{en}");
}

#[test]
fn relation_labels_are_not_doubled_and_one_provision_is_singular() {
    let nl = md(&bram(), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(step_row(&nl, 1).contains("| Buurman: Herinnert Bram eraan dat de kliko buiten moet |"), "{nl}");
    assert!(step_row(&nl, 3).contains("| Vriend: Helpt een handje met de boodschappen |"), "{nl}");
    assert!(!nl.contains("Buurman (Buurman/buurvrouw)") && !nl.contains("Vriend (Vriend(in))"), "{nl}");
    // The relation stays where it says more than the helper's description (plan 2).
    let v2 = md(&bram(), RenderPart::Plan, Some(2), Lang::Nl);
    assert!(
        step_row(&v2, 3).contains(
            "Teamgenote van de volleybalvereniging, woont enkele straten verderop (Teamgenoot/clubgenoot): Wordt door Bram gevraagd"
        ),
        "{v2}"
    );
    // Both variants of a label count: "vriendin" for Vriend(in), "buurvrouw" for Buurman/buurvrouw.
    let mut v = bram_json();
    v["plans"][0]["steps"][2]["others"][0]["who"] = json!("Vriendin");
    v["plans"][0]["steps"][0]["others"][0]["who"] = json!("buurvrouw");
    let nl = md(&case(&v), RenderPart::Plan, Some(1), Lang::Nl);
    assert!(
        step_row(&nl, 3).contains("| Vriendin: Helpt") && step_row(&nl, 1).contains("| buurvrouw: Herinnert"),
        "{nl}"
    );
    // In English the Dutch description and the English relation are not the same words.
    let en = md(&bram(), RenderPart::Plan, Some(1), Lang::En);
    assert!(step_row(&en, 3).contains("Vriend (Friend): Helpt"), "{en}");

    // One provision: the singular ring label, no doubled parentheses.
    let wmo = step_row(&nl, 2).rsplit(" | ").next().unwrap().trim_end_matches(" |");
    assert_eq!(wmo, "Huishoudelijke hulp (Thuiszorg): individuele voorziening, in natura, 3 uur per week");
    assert!(!nl.contains("Individuele voorzieningen") && !nl.contains(")) ") && !nl.contains(") ("), "{nl}");
    let ws = md(&bram(), RenderPart::Options, Some(1), Lang::Nl);
    assert!(ws.contains("_(Algemene voorziening)_") && ws.contains("_(Eigen kracht)_"), "{ws}");
    assert!(!ws.contains("voorzieningen)_"), "{ws}");
}

#[test]
fn the_plan_has_lines_to_sign() {
    let nl = md(&bram(), RenderPart::Plan, None, Lang::Nl);
    assert!(
        nl.trim_end().ends_with(
            "**Cliënt:** Naam: ________________ Handtekening: ________________ Datum: ________________  \n\
         **Consulent:** Naam: ________________ Handtekening: ________________ Datum: ________________"
        ),
        "{nl}"
    );
    let h = html(&bram(), RenderPart::Plan, None, Lang::En);
    let doc = parse(&h);
    let sig = h.split("<table class=\"signatures\">").nth(1).unwrap();
    assert!(
        sig.starts_with(
            "\n<tbody>\n<tr><th>Client</th><th>Consultant</th></tr>\n<tr><td>Name:</td><td>Name:</td></tr>"
        ),
        "{sig}"
    );
    assert!(doc.texts.iter().any(|t| t == "Signature:") && doc.texts.iter().any(|t| t == "Date:"));
}

#[test]
fn the_assessment_grid_form_has_the_eight_dimensions_in_the_seeds_order() {
    let nl = md(&bram(), RenderPart::Grid, None, Lang::Nl);
    assert!(nl.starts_with("# SCHEMA INFORMATIE VERZAMELEN\n"), "{nl}");
    assert!(nl.contains(
        "| Dimensie kwaliteit van bestaan | Ervaren belemmeringen | Wensen | Benodigde ondersteuning en hulpbronnen | Aanwezige ondersteuning en hulpbronnen |"
    ), "{nl}");
    // 002:1515-1531: the rows in the seed's order; rows absent from Bram's grid are empty.
    let rows: Vec<&str> = nl.lines().filter(|l| l.starts_with("| **")).collect();
    let names: Vec<&str> = rows.iter().map(|r| r.split("**").nth(1).unwrap()).collect();
    assert_eq!(
        names,
        [
            "Emotioneel welbevinden",
            "Interpersoonlijke relaties",
            "Materieel welbevinden",
            "Persoonlijke ontplooiing",
            "Lichamelijk welbevinden",
            "Zelfbepaling",
            "Sociale inclusie",
            "Rechten"
        ]
    );
    // Bram's regie row (P18, 002:1761-1764).
    assert!(rows[5].starts_with("| **Zelfbepaling** | Verliest snel het overzicht"), "{}", rows[5]);
    assert!(
        rows[4].contains("| Hulp bij het schoonmaken<br>Hulp bij het opruimen van de kleding in de kast |"),
        "{}",
        rows[4]
    );
    let en = md(&bram(), RenderPart::Grid, None, Lang::En);
    assert!(en.starts_with("# ASSESSMENT GRID") && en.contains("| **Self-determination** |"), "{en}");
    // No grid: an error naming the field.
    let mut v = bram_json();
    v.as_object_mut().unwrap().remove("grid");
    let e = render_case(&case(&v), RenderPart::Grid, None, Lang::Nl).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "grid");
    // `all` starts with the grid, the first form of the process (002:1495).
    assert!(md(&bram(), RenderPart::All, None, Lang::Nl).starts_with("# SCHEMA INFORMATIE VERZAMELEN"));
}

#[test]
fn the_evaluation_form_shows_each_goals_outcome_and_the_process() {
    let c = bram();
    let nl = md(&c, RenderPart::Evaluation, None, Lang::Nl);
    assert!(nl.starts_with("# EVALUATIE\n"), "{nl}");
    assert!(nl.contains("**Datum evaluatiegesprek:** 5 juni 2012"), "{nl}");
    assert!(nl.contains("**Plan van Aanpak:** versie 1, opgesteld op 5 maart 2012"), "{nl}");
    let row = nl.lines().find(|l| l.starts_with("| Doel 1: ")).unwrap();
    assert!(row.starts_with("| Doel 1: Mijn huishouden is op orde: alles heeft zijn vaste plek en het huis is schoon | **Gedeeltelijk bereikt** | Het contact met de buurman"), "{row}");
    assert!(row.contains("Bram vraagt een teamgenote van de volleybalvereniging"), "{row}");
    assert!(nl.contains("**Het proces:**\n\n- Bram houdt de regie"), "{nl}");
    // The evaluations of plan 1, named by version; plan 2 has none yet.
    assert_eq!(md(&c, RenderPart::Evaluation, Some(1), Lang::Nl), nl);
    assert_eq!(render_case(&c, RenderPart::Evaluation, Some(2), Lang::Nl).unwrap_err().code(), "not_found");
    let en = md(&c, RenderPart::Evaluation, None, Lang::En);
    assert!(
        en.contains("| Goal 2: Vrijwilligerswerk doen en zo nieuwe contacten opdoen | **Partly reached** |"),
        "{en}"
    );
    // An evaluation of a goal the plan does not have shows no id.
    let mut v = bram_json();
    v["evaluations"][0]["goals"][1]["goal"] = json!("vrijwilligerswerk_oud");
    let nl = md(&case(&v), RenderPart::Evaluation, None, Lang::Nl);
    assert!(nl.contains("| Onbekend doel | **Gedeeltelijk bereikt** |") && !nl.contains("_oud"), "{nl}");
}

#[test]
fn the_application_form_has_the_parts_in_the_seeds_order() {
    let nl = md(&bram(), RenderPart::Application, None, Lang::Nl);
    assert!(nl.starts_with("# WMO-AANVRAAG\n"), "{nl}");
    // 002:1770-1779, in order.
    let parts = [
        "**De problemen van betrokkene:**",
        "**Een probleemanalyse:**",
        "**De keuze van de oplossingsrichting:**",
        "**De motivatie van de oplossingsrichting:**",
        "**Een overzicht van de beoogde resultaten:**",
        "**De keuze van de in te zetten maatregelen:**",
    ];
    let at: Vec<usize> = parts.iter().map(|p| nl.find(p).unwrap_or_else(|| panic!("{p} missing\n{nl}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // Problems from the grid's barriers (P6), the direction as rings, the measures as claims.
    assert!(nl.contains("- Durft geen vrienden of familie thuis te ontvangen"), "{nl}");
    assert!(nl.contains("- Eigen kracht\n- Sociaal netwerk\n- Individuele voorzieningen\n"), "{nl}");
    assert!(nl.contains("| Stap | Voorziening | Soort | Vorm | Omvang | Motivatie |"), "{nl}");
    assert!(nl.contains("| 2 | Huishoudelijke hulp (Thuiszorg) | Individuele voorziening | In natura | 3 uur per week | Bram verliest"), "{nl}");
    assert!(
        nl.contains("| 4 | Ambulante begeleiding | Individuele voorziening | In natura | 2 uur per week |"),
        "{nl}"
    );
    assert!(!nl.contains("Nog niet ingevuld"), "Bram's application is complete\n{nl}");
    // Without the application basis and a motivation: what is missing is listed.
    let mut v = bram_json();
    v["plans"][1].as_object_mut().unwrap().remove("application");
    v["plans"][1]["steps"][1]["wmo"][0].as_object_mut().unwrap().remove("motivation");
    let nl = md(&case(&v), RenderPart::Application, None, Lang::Nl);
    assert!(nl.contains(
        "**Nog niet ingevuld:**\n\n- _een probleemanalyse_\n- _de motivatie van de oplossingsrichting_\n- _de motivatie van de in te zetten maatregelen_\n"
    ), "{nl}");
    assert!(nl.contains("**Een probleemanalyse:**\n\n-\n"), "{nl}");
    let en = md(&bram(), RenderPart::Application, Some(1), Lang::En);
    assert!(
        en.starts_with("# WMO APPLICATION") && en.contains("**Plan of action:** version 1, drawn up on 5 March 2012"),
        "{en}"
    );
}

#[test]
fn the_render_operation_takes_the_new_parts() {
    for (part, title) in
        [("grid", "SCHEMA INFORMATIE VERZAMELEN"), ("evaluation", "EVALUATIE"), ("application", "WMO-AANVRAAG")]
    {
        let req = format!(r#"{{"lang": "nl", "part": "{part}", "format": "html", "case": {BRAM}}}"#);
        let out: Value = serde_json::from_str(&steun::op::call("plan.render", &req).unwrap()).unwrap();
        assert_eq!((out["part"].as_str(), out["format"].as_str()), (Some(part), Some("html")));
        let text = out["text"].as_str().unwrap();
        assert!(text.starts_with("<!DOCTYPE html>") && text.contains(&format!("<h1>{title}</h1>")), "{text}");
        parse(text);
    }
}

// ---- A strict HTML checker ---------------------------------------------------------------

/// What the checker found: the decoded text nodes and the elements with their attributes.
struct Doc {
    texts: Vec<String>,
    elements: Vec<(String, Vec<(String, String)>)>,
    style: String,
}

const VOID: [&str; 2] = ["br", "meta"];

/// The elements a parent may contain (HTML's content models, as far as the writer uses them).
fn allowed_in(parent: &str, child: &str) -> bool {
    const INLINE: [&str; 3] = ["em", "strong", "br"];
    match parent {
        "#root" => child == "html",
        "html" => matches!(child, "head" | "body"),
        "head" => matches!(child, "meta" | "title" | "style"),
        "body" => child == "section",
        "section" => matches!(child, "h1" | "p" | "ol" | "ul" | "table"),
        "ol" | "ul" => child == "li",
        "li" => INLINE.contains(&child) || matches!(child, "ul" | "ol"),
        "table" => matches!(child, "thead" | "tbody"),
        "thead" | "tbody" => child == "tr",
        "tr" => matches!(child, "th" | "td"),
        "h1" | "p" | "td" | "th" | "em" | "strong" => INLINE.contains(&child),
        _ => false,
    }
}

/// Decodes the only entities the writer may produce; anything else after `&` fails.
fn decode(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (ent, ch) = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\'')]
            .into_iter()
            .find(|(e, _)| rest.starts_with(e))
            .unwrap_or_else(|| panic!("a bare & in {raw:?}"));
        out.push(ch);
        rest = &rest[ent.len()..];
    }
    out.push_str(rest);
    out
}

/// Parses `html` strictly: the doctype, then properly nested elements allowed where they
/// stand, attributes double-quoted, no `<`, `>` or bare `&` in text or attribute values, the
/// stylesheet free of markup. Panics with the offending place.
fn parse(html: &str) -> Doc {
    let mut s = html.strip_prefix("<!DOCTYPE html>\n").expect("starts with the HTML5 doctype");
    let mut stack: Vec<String> = vec!["#root".into()];
    let mut doc = Doc { texts: Vec::new(), elements: Vec::new(), style: String::new() };
    let name_end = |s: &str| s.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(s.len());
    while !s.is_empty() {
        if let Some(rest) = s.strip_prefix("</") {
            let n = name_end(rest);
            let name = &rest[..n];
            assert!(rest[n..].starts_with('>'), "bad end tag at {s:.40}");
            assert_eq!(stack.pop().as_deref(), Some(name), "misnested </{name}> at {s:.60}");
            s = &rest[n + 1..];
        } else if let Some(rest) = s.strip_prefix('<') {
            let n = name_end(rest);
            let name = rest[..n].to_owned();
            assert!(!name.is_empty(), "a bare < at {s:.40}");
            let parent = stack.last().unwrap();
            assert!(allowed_in(parent, &name), "<{name}> inside <{parent}>");
            let mut rest = &rest[n..];
            let mut attrs = Vec::new();
            loop {
                if let Some(r) = rest.strip_prefix('>') {
                    rest = r;
                    break;
                }
                let r = rest.strip_prefix(' ').unwrap_or_else(|| panic!("bad tag <{name} at {rest:.40}"));
                let eq = r.find("=\"").unwrap_or_else(|| panic!("unquoted attribute in <{name}: {r:.40}"));
                let key = &r[..eq];
                assert!(
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "attribute {key:?}"
                );
                let r = &r[eq + 2..];
                let end = r.find('"').unwrap();
                let value = &r[..end];
                assert!(!value.contains('<') && !value.contains('>'), "markup in an attribute: {value:?}");
                attrs.push((key.to_owned(), decode(value)));
                rest = &r[end + 1..];
            }
            doc.elements.push((name.clone(), attrs));
            if name == "style" {
                let end = rest.find("</style>").expect("style closed");
                doc.style = rest[..end].to_owned();
                assert!(!doc.style.contains('<'), "markup in the stylesheet");
                s = &rest[end + "</style>".len()..];
            } else {
                if !VOID.contains(&name.as_str()) {
                    stack.push(name);
                }
                s = rest;
            }
        } else {
            let end = s.find('<').unwrap_or(s.len());
            let raw = &s[..end];
            assert!(!raw.contains('>'), "a raw > in text: {raw:?}");
            let parent = stack.last().unwrap();
            if !raw.trim().is_empty() {
                assert!(
                    !matches!(
                        parent.as_str(),
                        "#root" | "html" | "head" | "body" | "table" | "thead" | "tbody" | "tr" | "ol" | "ul"
                    ),
                    "text {raw:?} directly in <{parent}>"
                );
                doc.texts.push(decode(raw));
            }
            s = &s[end..];
        }
    }
    assert_eq!(stack, ["#root"], "unclosed elements");
    doc
}

/// The only attributes the writer may write, with their values.
fn attribute_allowed(tag: &str, key: &str, value: &str) -> bool {
    matches!(
        (tag, key, value),
        ("html", "lang", "nl" | "en")
            | ("meta", "charset", "utf-8")
            | ("section", "class", "steun-form")
            | ("table", "class", "signatures")
    )
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\" onmouseover=\"x",
    "' onfocus='x' autofocus='",
    "</td></tr></table><img src=x onerror=alert(1)>",
    "Tom & Jerry &amp; co &#60;b&#62;",
    "<!-- verborgen --> ]]> <![CDATA[",
    "</style><style>body{display:none}</style>",
];

/// Bram's case with `text` written into every kind of text the forms show.
fn hostile_case(text: &str) -> SupportCase {
    let mut v = bram_json();
    let t = json!(text);
    v["profile"]["domains"][0]["wishes"][0] = t.clone();
    v["profile"]["important_wishes"][0] = t.clone();
    v["grid"]["rows"][0]["experienced_barriers"][0] = t.clone();
    v["grid"]["rows"][0]["present_support"][0] = t.clone();
    for p in 0..2 {
        let plan = &mut v["plans"][p];
        plan["goals"][0]["result"] = t.clone();
        plan["goals"][0]["personal_preferences"][0] = t.clone();
        plan["aids"][0] = t.clone();
        plan["worksheets"][0]["options"][0]["description"] = t.clone();
        plan["worksheets"][0]["options"][0]["advantages"][0] = t.clone();
        plan["steps"][0]["activity"] = t.clone();
        plan["steps"][0]["own"][0] = t.clone();
        plan["steps"][0]["others"][0]["who"] = t.clone();
        plan["steps"][0]["others"][0]["does"] = t.clone();
        plan["steps"][1]["professional"][0] = t.clone();
        plan["steps"][1]["wmo"][0]["provision"] = t.clone();
        plan["steps"][1]["wmo"][0]["motivation"] = t.clone();
        plan["application"]["problem_analysis"] = t.clone();
    }
    v["evaluations"][0]["goals"][0]["experience"][0] = t.clone();
    v["evaluations"][0]["process"][0] = t.clone();
    case(&v)
}

#[test]
fn every_html_form_is_a_strict_well_formed_document_with_every_text_escaped() {
    for h in HOSTILE {
        let c = hostile_case(h);
        for part in ALL_PARTS {
            for lang in [Lang::Nl, Lang::En] {
                let out = html(&c, part, Some(1), lang);
                let doc = parse(&out);
                for (tag, attrs) in &doc.elements {
                    for (k, v) in attrs {
                        assert!(attribute_allowed(tag, k, v), "{part:?} {h}: <{tag} {k}=\"{v}\">");
                    }
                }
                assert!(!doc.elements.iter().any(|(t, _)| t == "script" || t == "img"), "{part:?} {h}");
                // The client's words are there, whole, as text: escaped, not dropped.
                assert!(doc.texts.iter().any(|t| t.contains(h)), "{part:?} {lang:?}: {h:?} not in the text\n{out}");
                let titles = doc.elements.iter().filter(|(t, _)| t == "title").count();
                assert_eq!(titles, 1);
            }
        }
    }
}

#[test]
fn the_html_document_prints_on_a4_each_form_on_its_own_page() {
    let out = html(&bram(), RenderPart::All, None, Lang::Nl);
    let doc = parse(&out);
    assert!(doc.style.contains("@page { size: A4;"), "{}", doc.style);
    assert!(doc.style.contains("@media print"), "{}", doc.style);
    assert!(doc.style.contains("break-before: page"), "each form on a new page");
    assert!(doc.style.contains("thead { display: table-header-group; }"), "table heads repeat on each page");
    assert!(doc.elements.iter().any(|(t, a)| t == "html" && a == &[("lang".to_owned(), "nl".to_owned())]));
    // Grid, profile, two worksheets, plan: five forms, each a section with its title.
    let h1: Vec<&String> =
        doc.texts.iter().filter(|t| t.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-')).collect();
    assert_eq!(
        h1,
        [
            "SCHEMA INFORMATIE VERZAMELEN",
            "PERSOONLIJK PROFIEL",
            "WERKBLAD OPTIES",
            "WERKBLAD OPTIES",
            "PLAN VAN AANPAK"
        ]
    );
    assert_eq!(doc.elements.iter().filter(|(t, _)| t == "section").count(), 5);
    // The English document says so.
    let en = parse(&html(&bram(), RenderPart::Plan, None, Lang::En));
    assert!(en.elements.iter().any(|(t, a)| t == "html" && a == &[("lang".to_owned(), "en".to_owned())]));
    // Markdown stays the default format of the operation.
    let req = format!(r#"{{"lang": "nl", "part": "plan", "case": {BRAM}}}"#);
    let out: Value = serde_json::from_str(&steun::op::call("plan.render", &req).unwrap()).unwrap();
    assert_eq!(out["format"], "markdown");
    assert!(out["text"].as_str().unwrap().starts_with("# PLAN VAN AANPAK"));
}

#[test]
fn the_checker_rejects_what_it_must() {
    let ok = "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>x</title></head><body><section><p>a &amp; b</p></section></body></html>";
    assert_eq!(parse(ok).texts, ["x", "a & b"]);
    for bad in [
        "<html><body></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p>a & b</p></section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p><em>x</p></em></section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p>x</section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p><script>x</script></p></section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p title=x>y</p></section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><p>1 > 0</p></section></body></html>",
        "<!DOCTYPE html>\n<html><body><section><table><tr><td>x</td></tr></table></section></body></html>",
    ] {
        assert!(std::panic::catch_unwind(|| parse(bad)).is_err(), "accepted {bad}");
    }
}

#[test]
fn one_form_per_goal_as_the_books_form() {
    let req = |per_goal: bool| {
        format!(r#"{{"lang": "nl", "part": "plan", "version": 1, "per_goal": {per_goal}, "case": {BRAM}}}"#)
    };
    let out: Value = serde_json::from_str(&steun::op::call("plan.render", &req(true)).unwrap()).unwrap();
    let text = out["text"].as_str().unwrap();
    let forms: Vec<&str> = text.split("# PLAN VAN AANPAK").skip(1).collect();
    assert_eq!(forms.len(), 2, "{text}");
    // Goal 1's form: its three steps and the step for all goals, numbered as in the plan.
    assert!(forms[0].contains("- Doel 1: Mijn huishouden is op orde"), "{}", forms[0]);
    let rows = |f: &str| {
        f.lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| Concrete"))
            .map(|l| l[2..4].to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(forms[0]), ["1.", "2.", "3.", "4."]);
    assert_eq!(rows(forms[1]), ["4.", "5."]);
    assert!(
        forms[1].contains("- Doel 2: Vrijwilligerswerk doen") && !forms[1].contains("Mijn huishouden is op orde"),
        "{}",
        forms[1]
    );
    // Only the shared step is tagged; each form has its own lines to sign.
    assert!(!forms[0].contains("Voor doel") && forms[0].contains("<br>_Voor alle doelen_"), "{}", forms[0]);
    assert!(forms.iter().all(|f| f.contains("**Cliënt:** Naam:")));
    // Off by default: one form.
    let out: Value = serde_json::from_str(&steun::op::call("plan.render", &req(false)).unwrap()).unwrap();
    assert_eq!(out["text"].as_str().unwrap().matches("# PLAN VAN AANPAK").count(), 1);
    // A step whose goal is unknown is not lost: it is on every goal's form, marked.
    let mut v = bram_json();
    v["plans"][0]["steps"][4]["goal"] = json!("onbekend_xyz");
    let options = steun::plan::render::RenderOptions { format: RenderFormat::Html, per_goal: true };
    let h = steun::plan::render::render_case_with(&case(&v), RenderPart::Plan, Some(1), Lang::Nl, options).unwrap();
    let doc = parse(&h);
    assert_eq!(doc.elements.iter().filter(|(t, _)| t == "section").count(), 2);
    assert_eq!(
        h.matches("<td>5. Vrijwilligerswerk en nieuwe contacten vinden<br><em>Onbekend doel</em></td>").count(),
        2,
        "{h}"
    );
}

/// A plan with `n` goals, each with a worksheet and a step.
fn wide_case(n: usize) -> SupportCase {
    let goals: Vec<Value> =
        (0..n).map(|i| json!({"id": format!("g{i}"), "result": "Doel", "priority": i + 1, "term": "short"})).collect();
    let sheets: Vec<Value> = (0..n)
        .map(|i| json!({"goal": format!("g{i}"), "options": [{"description": "Optie", "ring": "own_strength"}]}))
        .collect();
    let steps: Vec<Value> =
        (0..n).map(|i| json!({"activity": "Stap", "goal": format!("g{i}"), "own": ["Zelf"]})).collect();
    case(&json!({"client": "K-0001", "plans": [{"client": "K-0001", "version": 1, "drawn_up": "2013-01-10",
        "goals": goals, "worksheets": sheets, "steps": steps}]}))
}

#[test]
fn a_wide_plan_renders_every_goal_once() {
    // The time is measured by `cargo bench -p steun --bench plan` (plan/render_all/*): timed
    // tests do not belong here. What can be checked: four times the goals give four times the
    // form, every worksheet found under its own goal.
    let (small, large) = (wide_case(1500), wide_case(6000));
    let out = |c: &SupportCase| render_case(c, RenderPart::All, None, Lang::Nl).unwrap();
    let (a, b) = (out(&small), out(&large));
    let ratio = b.len() as f64 / a.len() as f64;
    assert!((3.8..4.2).contains(&ratio), "{ratio}");
    assert_eq!(b.matches("Optie").count(), 4 * a.matches("Optie").count());
}
