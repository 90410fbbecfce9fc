//! The werkvormen against the Inspiratiegids cliëntondersteuning (Movisie 2017, seed 004):
//! the guide's own list of eleven (004:11-31), its usage guide (004:59-75), the Wereldcafé's
//! rules and rounds (004:135-148), and the other lists it gives.

use serde_json::{json, Value};
use steun::werkvorm::*;
use steun::{Labelled, Lang};

fn call(op: &str, request: Value) -> Value {
    let out = steun::op::call(op, &request.to_string()).unwrap_or_else(|e| panic!("{op}: {e}"));
    serde_json::from_str(&out).unwrap()
}

fn nl(list: &[Said]) -> Vec<&str> {
    list.iter().map(|s| s.nl).collect()
}

/// The table of contents, 004:11-31.
#[test]
fn the_eleven_in_the_guides_order_and_names() {
    let names: Vec<&str> = Werkvorm::ALL.iter().map(|w| w.label(Lang::Nl)).collect();
    assert_eq!(
        names,
        [
            "Persona's",
            "Klantreis",
            "Wereldcafé",
            "Landkaart Verder in samenwerken",
            "Werkbezoek",
            "Netwerkanalyse",
            "Innovatiespiraal",
            "(O)ggz-spiegel",
            "De week van ...",
            "Kunst & cultuur",
            "Mystery Guest",
        ]
    );
    let v = call("werkvormen.list", json!({}));
    assert_eq!(v["instrument"], "movisie-2017-werkvormen");
    assert_eq!(v["werkvormen"].as_array().unwrap().len(), 11);
    assert_eq!(v["werkvormen"][2]["section"], "004:123-154");
    assert_eq!(v["werkvormen"][10]["number"], 11);
}

/// The eight rules of the Wereldcafé, 004:141-148, word for word.
#[test]
fn world_cafe_rules_are_the_guides_eight() {
    let e = entry(Werkvorm::WorldCafe);
    assert_eq!(
        nl(e.rules),
        [
            "Concentreer je op wat van belang is.",
            "Lever een bijdrage door jouw ideeën mee te delen.",
            "Spreek met je hart en je verstand.",
            "Luister om te begrijpen.",
            "Breng ideeën met elkaar in verband.",
            "Luister om tot nieuwe inzichten en nog diepzinnigere vragen te komen.",
            "Speel, krabbel, teken (op de tafel)!",
            "Geniet ervan!",
        ]
    );
    let lines: Vec<&str> = e.rules.iter().map(|r| r.lines).collect();
    assert_eq!(lines, ["004:141", "004:142", "004:143", "004:144", "004:145", "004:146", "004:147", "004:148"]);
    // Rounds of 20 to 30 minutes, three of them (004:135-137); tablecloths of cotton (004:137).
    assert!(e.duration.unwrap().nl.contains("Drie gespreksrondes van 20 tot 30 minuten"));
    assert!(nl(e.materials).iter().any(|m| m.contains("Katoenen tafelkleden")));
    assert_eq!(e.steps.len(), 6);
}

/// Lists of the other werkvormen, counted against the guide.
#[test]
fn the_other_lists_have_the_guides_lengths() {
    assert_eq!(entry(Werkvorm::CooperationMap).steps.len(), 4); // three rounds and the plenary, 004:170-182
    assert_eq!(entry(Werkvorm::WorkingVisit).steps.len(), 9); // the tips, 004:198-207
    assert_eq!(entry(Werkvorm::WorkingVisit).questions.len(), 4); // 004:211
    assert_eq!(entry(Werkvorm::NetworkAnalysis).steps.len(), 4); // four questions, 004:221-241
    let positions: Vec<&str> =
        entry(Werkvorm::NetworkAnalysis).terms.iter().map(|t| t.nl.split(':').next().unwrap()).collect();
    assert_eq!(positions, ["Initiatiefnemers", "Partners", "Schakels", "Leveranciers", "Gebruikers"]); // 004:228-233
    assert_eq!(entry(Werkvorm::InnovationSpiral).terms.len(), 7); // seven phases, 004:258
    assert!(entry(Werkvorm::InnovationSpiral).terms[6].nl.starts_with("Fase 7, inbedding"));
    let personas: Vec<&str> = entry(Werkvorm::Personas).terms.iter().map(|t| t.nl.split(',').next().unwrap()).collect();
    assert_eq!(personas, ["Ryan", "Hermien", "Klaas"]); // 004:97
    assert_eq!(entry(Werkvorm::Personas).questions.len(), 4); // the main question and three sub-questions, 004:97-101
    assert_eq!(
        nl(entry(Werkvorm::MysteryGuest).terms),
        ["Bereikbaarheid", "Toegankelijkheid", "Klantvriendelijkheid", "Bejegening"]
    ); // 004:358
    assert_eq!(entry(Werkvorm::GgzMirror).questions.len(), 3); // the VNG self-test's examples, 004:312
    assert!(entry(Werkvorm::GgzMirror).example.unwrap().nl.contains("229 gemeenten"));
    // Where the guide states no duration, none is made up.
    for w in [Werkvorm::ClientJourney, Werkvorm::NetworkAnalysis, Werkvorm::GgzMirror, Werkvorm::ArtCulture] {
        assert!(entry(w).duration.is_none(), "{w}");
    }
    // The persona method's seven steps are in a brochure, not in the guide (004:87).
    assert!(entry(Werkvorm::Personas).steps.is_empty());
}

fn selected(goal: WerkvormGoal, readings: bool) -> Vec<(Werkvorm, MappingSource)> {
    select(&SelectQuery { goal, include_readings: readings, lang: None })
        .matches
        .iter()
        .map(|m| (m.werkvorm, m.source))
        .collect()
}

/// The usage guide, 004:61-75: seven werkvormen for four goals.
#[test]
fn the_guides_own_mapping() {
    use MappingSource::Guide as G;
    use Werkvorm as W;
    use WerkvormGoal as Goal;
    assert_eq!(selected(Goal::GetAcquaintedExchange, false), [(W::WorldCafe, G), (W::WorkingVisit, G)]); // 004:63
    assert_eq!(selected(Goal::InformResidents, false), [(W::ThemeWeek, G)]); // 004:67
    assert_eq!(selected(Goal::CompareApproaches, false), [(W::ClientJourney, G), (W::Personas, G)]); // 004:71
    assert_eq!(selected(Goal::StimulateCooperation, false), [(W::MysteryGuest, G), (W::GgzMirror, G)]); // 004:75
    let placed: Vec<Werkvorm> =
        Werkvorm::ALL.iter().copied().filter(|w| !info(*w, None).guide_goals.is_empty()).collect();
    assert_eq!(placed.len(), 7);
    let unplaced: Vec<Werkvorm> =
        Werkvorm::ALL.iter().copied().filter(|w| info(*w, None).guide_goals.is_empty()).collect();
    assert_eq!(unplaced, [W::CooperationMap, W::NetworkAnalysis, W::InnovationSpiral, W::ArtCulture]);
}

/// Every other pairing is marked as the library's reading and comes after the guide's.
#[test]
fn readings_are_marked_and_come_last() {
    for goal in WerkvormGoal::ALL {
        let all = selected(*goal, true);
        let guide = selected(*goal, false);
        assert_eq!(&all[..guide.len()], &guide[..], "{goal}");
        assert!(all[guide.len()..].iter().all(|(_, s)| *s == MappingSource::LibraryReading), "{goal}");
    }
    // Each of the four unplaced werkvormen is reachable, as a reading only.
    for w in [Werkvorm::CooperationMap, Werkvorm::NetworkAnalysis, Werkvorm::InnovationSpiral, Werkvorm::ArtCulture] {
        let found: Vec<MappingSource> = WerkvormGoal::ALL
            .iter()
            .flat_map(|g| selected(*g, true))
            .filter(|(x, _)| *x == w)
            .map(|(_, s)| s)
            .collect();
        assert!(!found.is_empty() && found.iter().all(|s| *s == MappingSource::LibraryReading), "{w}");
    }
    let v = call("werkvormen.select", json!({"goal": "stimulate_cooperation"}));
    assert_eq!(v["matches"][0]["source"], "guide");
    assert_eq!(v["matches"][0]["why"]["lines"], "004:75");
    assert_eq!(v["matches"][2]["source"], "library_reading");
}

/// The Wereldcafé agenda: opening, three rounds of 20-30 minutes with the caller's
/// questions, pooling, plenary (004:135-137); caller text is escaped.
#[test]
fn world_cafe_agenda_template() {
    let v = call(
        "werkvormen.template",
        json!({"werkvorm": "world_cafe", "lang": "nl", "title": "Regio *Noord*",
               "questions": ["Wat werkt?", "Wat mist <er>?"]}),
    );
    let md = v["markdown"].as_str().unwrap();
    assert!(md.starts_with("# Wereldcafé: Regio \\*Noord\\*\n"), "{md}");
    assert!(md.contains("| 2 | Gespreksronde 1: Wat werkt? | 20-30 minuten |"), "{md}");
    assert!(md.contains("| 3 | Gespreksronde 2: Wat mist &lt;er&gt;? | 20-30 minuten |"), "{md}");
    assert!(md.contains("| 4 | Gespreksronde 3: … |"), "{md}");
    assert_eq!(md.matches("20-30 minuten |").count(), 3);
    assert!(md.contains("8. Geniet ervan! (004:148)"));
    assert!(md.find("Opening met een inspirerend verhaal").unwrap() < md.find("Gesprek met de hele groep").unwrap());
    let en = call("werkvormen.template", json!({"werkvorm": "world_cafe", "lang": "en"}));
    assert!(en["markdown"].as_str().unwrap().contains("| 2 | Conversation round 1: … | 20-30 minutes |"));
}

/// A comparison grid puts municipalities side by side in the caller's order, never ranked.
#[test]
fn persona_grid_is_side_by_side() {
    let v = call(
        "werkvormen.template",
        json!({"werkvorm": "personas", "lang": "nl", "municipalities": ["Voorst", "Almere"]}),
    );
    let md = v["markdown"].as_str().unwrap();
    assert!(md.contains("| vraag | Voorst | Almere |"), "{md}");
    assert!(md.contains("geen score en geen rangorde"));
    // Every werkvorm has a template.
    for w in Werkvorm::ALL {
        let r = template(&TemplateRequest {
            werkvorm: *w,
            lang: Lang::En,
            title: None,
            questions: vec![],
            municipalities: vec![],
        });
        assert!(r.markdown.starts_with(&format!("# {}\n", w.label(Lang::En))), "{w}");
        assert!(r.markdown.contains(entry(*w).section));
    }
}

#[test]
fn bad_requests_name_the_field_and_never_echo_text() {
    let e = steun::op::call("werkvormen.select", r#"{"goal": "Jan Jansen belt"}"#).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "goal");
    assert!(e.to_string().contains("stimulate_cooperation") && !e.to_string().contains("Jansen"), "{e}");
    let long = "Jansen ".repeat(100);
    let e = steun::op::call(
        "werkvormen.template",
        &json!({"werkvorm": "personas", "lang": "nl", "questions": [long]}).to_string(),
    )
    .unwrap_err();
    assert_eq!(e.code(), "limit");
    assert!(e.to_string().contains("questions[0]") && !e.to_string().contains("Jansen"), "{e}");
    let many: Vec<&str> = vec!["x"; 13];
    let e = steun::op::call(
        "werkvormen.template",
        &json!({"werkvorm": "personas", "lang": "nl", "questions": many}).to_string(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("at most 12"), "{e}");
    let e = steun::op::call("werkvormen.list", r#"{"werkvorm": "world_cafe", "naam": "x"}"#).unwrap_err();
    assert!(!e.to_string().contains("naam"), "{e}");
}
