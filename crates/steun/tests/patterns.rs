//! Demand patterns: the life cycle, the finder on a hand-worked corpus, edge cases, bad input
//! and the shipped reference sets.

use steun::pattern::{
    find_candidates, find_candidates_json, Addressing, AddressingParty, AgreedAction, CandidatePatterns, Closure,
    DemandPattern, FragmentKind, MeetingRecord, MeetingRole, PatternStatus, PriorityChoice, StoryFragment,
};
use steun::{Document, Error};

fn date(s: &str) -> steun::Date {
    s.parse().unwrap()
}

fn meeting(roles: &[MeetingRole], present: u32, recognising: u32) -> MeetingRecord {
    MeetingRecord {
        date: date("2011-10-12"),
        roles_present: roles.to_vec(),
        respondents_present: present,
        respondents_recognising: recognising,
        recognised_by: vec![],
        recognising_respondents: vec![],
        min_recognising: None,
        solution_needed: None,
        notes: None,
    }
}

/// Chosen as the first of `considered` patterns to address.
fn choice() -> PriorityChoice {
    PriorityChoice {
        date: date("2011-10-12"),
        rank: 1,
        considered: 5,
        chosen_by: vec![MeetingRole::Respondent, MeetingRole::Professional],
        reason: None,
    }
}

const ALL_ROLES: [MeetingRole; 4] =
    [MeetingRole::Respondent, MeetingRole::Researcher, MeetingRole::Professional, MeetingRole::PolicyMaker];

fn own_strength() -> Addressing {
    Addressing {
        date: date("2011-11-01"),
        party: AddressingParty::SelfOrganisation,
        actions: vec![AgreedAction {
            action: "Huisbezoeken om de wensen van de achterban in beeld te krijgen".into(),
            owner: AddressingParty::SelfOrganisation,
            owner_name: None,
        }],
        why_not_the_group: None,
    }
}

fn path(e: &Error) -> String {
    e.path().map(ToString::to_string).unwrap_or_default()
}

#[test]
fn life_cycle_runs_candidate_validated_addressed_closed() {
    let mut p = DemandPattern::new("nijmegen-ontmoeting", "Ontmoeting is belangrijk");
    assert_eq!(p.status, PatternStatus::Candidate);
    p.validate(meeting(&ALL_ROLES, 8, 7)).unwrap();
    assert_eq!(p.status, PatternStatus::Validated);
    p.prioritise(choice()).unwrap();
    assert_eq!(p.status, PatternStatus::Prioritised);
    p.address(own_strength()).unwrap();
    assert_eq!(p.status, PatternStatus::Addressed);
    p.close(Closure { date: date("2012-06-01"), result: "Maandelijkse ontmoetingsochtend loopt".into() }).unwrap();
    assert_eq!(p.status, PatternStatus::Closed);
    // The closed pattern is a valid document and round-trips.
    let again = DemandPattern::from_json(&p.to_json()).unwrap();
    assert_eq!(again, p);
}

#[test]
fn validation_needs_respondents_who_recognised_the_pattern() {
    let mut p = DemandPattern::new("p1", "Neem mij serieus!");
    // Professionals and researchers alone cannot validate (002:3421-3422).
    let e = p.validate(meeting(&[MeetingRole::Researcher, MeetingRole::Professional], 0, 0)).unwrap_err();
    assert_eq!((e.code(), path(&e).as_str()), ("invalid", "roles_present"));
    let e = p.validate(meeting(&ALL_ROLES, 0, 0)).unwrap_err();
    assert_eq!(path(&e), "respondents_present");
    // Respondents present, but none recognised it.
    let e = p.validate(meeting(&ALL_ROLES, 5, 0)).unwrap_err();
    assert_eq!(path(&e), "respondents_recognising");
    assert!(e.message().contains("recognised"), "{e}");
    let e = p.validate(meeting(&ALL_ROLES, 2, 3)).unwrap_err();
    assert_eq!(path(&e), "respondents_recognising");
    // Nothing changed by the failures.
    assert_eq!((p.status, p.validation.is_none()), (PatternStatus::Candidate, true));
    // Respondents alone (as in Nijmegen, 002:5775-5777) are enough.
    p.validate(meeting(&[MeetingRole::Respondent], 12, 12)).unwrap();
}

#[test]
fn invalid_transitions_are_transition_errors() {
    let mut p = DemandPattern::new("p1", "Hulp van derden");
    let e = p.address(own_strength()).unwrap_err();
    assert_eq!(e, Error::Transition { from: "candidate".into(), to: "addressed".into(), allowed: "validated".into() });
    let e = p.close(Closure { date: date("2012-01-01"), result: "klaar".into() }).unwrap_err();
    assert_eq!(e.code(), "transition");
    p.validate(meeting(&ALL_ROLES, 3, 3)).unwrap();
    assert_eq!(p.validate(meeting(&ALL_ROLES, 3, 3)).unwrap_err().code(), "transition");
    // A validated pattern is chosen before it is addressed (002:3435-3437, 002:6128).
    let e = p.address(own_strength()).unwrap_err();
    assert_eq!(
        e,
        Error::Transition { from: "validated".into(), to: "addressed".into(), allowed: "prioritised".into() }
    );
    p.prioritise(choice()).unwrap();
    p.address(own_strength()).unwrap();
    p.close(Closure { date: date("2012-01-01"), result: "klaar".into() }).unwrap();
    let e = p.validate(meeting(&ALL_ROLES, 3, 3)).unwrap_err();
    assert_eq!(e, Error::Transition { from: "closed".into(), to: "validated".into(), allowed: "(none)".into() });
}

#[test]
fn professional_addressing_must_say_why_the_group_cannot() {
    let mut p = DemandPattern::new("p3", "We willen graag mobiel zijn");
    p.validate(meeting(&ALL_ROLES, 6, 6)).unwrap();
    p.prioritise(choice()).unwrap();
    let mut a = Addressing {
        date: date("2011-11-01"),
        party: AddressingParty::WelfareWork,
        actions: vec![AgreedAction {
            action: "Een folder met alle vervoersmogelijkheden maken".into(),
            owner: AddressingParty::WelfareWork,
            owner_name: Some("Swon".into()),
        }],
        why_not_the_group: None,
    };
    let e = p.address(a.clone()).unwrap_err();
    assert_eq!(path(&e), "why_not_the_group");
    a.why_not_the_group = Some("   ".into());
    assert_eq!(path(&p.address(a.clone()).unwrap_err()), "why_not_the_group");
    // A professional owner of one action also needs the reason, even if the group leads.
    let mut b = own_strength();
    b.actions.push(AgreedAction {
        action: "Vervoer regelen".into(),
        owner: AddressingParty::Municipality,
        owner_name: None,
    });
    assert_eq!(path(&p.address(b).unwrap_err()), "why_not_the_group");
    // No actions at all.
    let mut c = own_strength();
    c.actions.clear();
    assert_eq!(path(&p.address(c).unwrap_err()), "actions");
    assert_eq!(p.status, PatternStatus::Prioritised);
    a.why_not_the_group = Some("De ouderen kennen de vervoersmogelijkheden zelf niet".into());
    p.address(a).unwrap();
    // Which parties are professional: an independent table from 002:5830-5836.
    let professional: Vec<&str> = [
        AddressingParty::GroupItself,
        AddressingParty::SelfOrganisation,
        AddressingParty::KeyFigure,
        AddressingParty::Residents,
        AddressingParty::HousingCorporation,
        AddressingParty::CareProvider,
        AddressingParty::WelfareWork,
        AddressingParty::Municipality,
    ]
    .into_iter()
    .filter(|p| p.is_professional())
    .map(steun::Labelled::code)
    .collect();
    assert_eq!(professional, ["housing_corporation", "care_provider", "welfare_work", "municipality"]);
}

#[test]
fn a_pattern_document_needs_the_records_of_its_status() {
    let e = DemandPattern::from_json(r#"{"id": "p", "title": "T", "status": "validated"}"#).unwrap_err();
    assert_eq!(path(&e), "validation");
    let e = DemandPattern::from_json(
        r#"{"id": "p", "title": "T", "validation": {"date": "2011-01-01", "roles_present": ["respondent"], "respondents_present": 1, "respondents_recognising": 1}}"#,
    )
    .unwrap_err();
    assert_eq!(path(&e), "validation"); // a record without its status
    let e = DemandPattern::from_json(
        r#"{"id": "p", "title": "T", "status": "validated", "validation": {"date": "2011-01-01", "roles_present": ["respondent"], "respondents_present": 1, "respondents_recognising": 0}}"#,
    )
    .unwrap_err();
    assert_eq!(path(&e), "validation.respondents_recognising");
    let e = DemandPattern::from_json(r#"{"id": "has space", "title": "T"}"#).unwrap_err();
    assert_eq!(path(&e), "id");
    let e = DemandPattern::from_json(r#"{"id": "p", "title": "T", "status": "gevalideerd"}"#).unwrap_err();
    assert!(e.message().contains("candidate, validated, addressed, closed, prioritised"), "{e}");
    assert!(!e.to_string().contains("gevalideerd"));
}

#[test]
fn lifecycle_json_functions() {
    let p = r#"{"id": "p", "title": "Neem mij serieus!"}"#;
    let m = r#"{"date": "2011-10-12", "roles_present": ["respondent", "researcher"], "respondents_present": 4, "respondents_recognising": 4}"#;
    let v = steun::pattern::lifecycle::validate_json(p, m).unwrap();
    let back = DemandPattern::from_json(&v).unwrap();
    assert_eq!(back.status, PatternStatus::Validated);
    let bad = r#"{"date": "2011-10-12", "roles_present": ["researcher"], "respondents_present": 0, "respondents_recognising": 0}"#;
    assert_eq!(path(&steun::pattern::lifecycle::validate_json(p, bad).unwrap_err()), "roles_present");
    let e =
        steun::pattern::lifecycle::address_json(p, r#"{"date": "2011-10-12", "party": "residents", "actions": []}"#)
            .unwrap_err();
    assert_eq!(e.code(), "transition");
}

// ---- the finder ----

fn corpus_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/pattern_fragments.json")).unwrap()
}

fn corpus() -> Vec<StoryFragment> {
    steun::json::from_json(&corpus_text()).unwrap()
}

fn ids(r: &CandidatePatterns) -> Vec<(&str, u32)> {
    r.candidates.iter().map(|c| (c.id.as_str(), c.respondents)).collect()
}

fn idx(refs: &[u32]) -> Vec<u32> {
    refs.to_vec()
}

/// The corpus in tests/data/pattern_fragments.json, worked by hand.
///
/// Themes each respondent mentions (fragment indices in brackets):
///   R-0A: mobility [0,1,2], family [1]            -> {family, mobility}
///   R-0B: mobility, loneliness [3], family [4]    -> {family, loneliness, mobility}
///   R-0C: mobility [5], family, religion [6]      -> {family, mobility, religion}
///   R-0D: religion [7], loneliness [8]            -> {loneliness, religion}
///   R-0E: religion [9], mobility, religion [10]   -> {mobility, religion}
///   R-0F: no themes [11]                          -> {}
/// Six respondents. Single themes: mobility 4 (A B C E), family 3 (A B C), religion 3 (C D E),
/// loneliness 2 (B D). Pairs: family+mobility 3 (A B C), mobility+religion 2 (C E),
/// family+religion 1, family+loneliness 1, loneliness+mobility 1, loneliness+religion 1.
#[test]
fn finder_on_the_hand_worked_corpus_k3() {
    let r = find_candidates(&corpus(), 3).unwrap();
    assert_eq!((r.respondents, r.fragments, r.min_respondents, r.max_themes), (6, 12, 3, 2));
    assert_eq!(r.instrument, "steun.patterns.find");
    // family (3) is left out: family+mobility has the same 3 respondents. Ties at 3 by name.
    assert_eq!(ids(&r), [("mobility", 4), ("family+mobility", 3), ("religion", 3)]);
    assert!(r.candidates.iter().all(|c| c.status == PatternStatus::Candidate));

    let m = &r.candidates[0];
    assert_eq!(m.name, "mobility");
    assert_eq!(m.share, 4.0 / 6.0);
    assert_eq!(idx(&m.needs), [0, 2, 3, 10]);
    assert_eq!(idx(&m.wants), [1]);
    assert_eq!(idx(&m.demands), [5]);
    assert!(m.contributions.is_empty());
    // Among A B C E: family 3 (kept), religion 2 and loneliness 1 (below K).
    let co: Vec<(&str, u32)> = m.co_occurring.iter().map(|c| (c.theme.as_str(), c.respondents)).collect();
    assert_eq!(co, [("family", 3)]);

    let fm = &r.candidates[1];
    assert_eq!(fm.name, "family + mobility");
    assert_eq!(fm.themes.iter().map(|t| t.as_str()).collect::<Vec<_>>(), ["family", "mobility"]);
    assert_eq!(fm.share, 0.5);
    assert_eq!(idx(&fm.needs), [0, 2, 3]);
    assert_eq!(idx(&fm.wants), [1, 6]);
    assert_eq!(idx(&fm.demands), [5]);
    assert_eq!(idx(&fm.contributions), [4]);
    assert!(fm.co_occurring.is_empty());

    let rel = &r.candidates[2];
    assert_eq!(idx(&rel.needs), [10]);
    assert_eq!(idx(&rel.wants), [6, 7]);
    assert_eq!(idx(&rel.contributions), [9]);
    assert!(rel.demands.is_empty() && rel.co_occurring.is_empty());
}

#[test]
fn finder_on_the_hand_worked_corpus_k2() {
    let r = find_candidates(&corpus(), 2).unwrap();
    // Frequent pairs now also mobility+religion (2); loneliness (2) has no frequent pair.
    assert_eq!(
        ids(&r),
        [("mobility", 4), ("family+mobility", 3), ("religion", 3), ("loneliness", 2), ("mobility+religion", 2)]
    );
    let co: Vec<(&str, u32)> = r.candidates[0].co_occurring.iter().map(|c| (c.theme.as_str(), c.respondents)).collect();
    assert_eq!(co, [("family", 3), ("religion", 2)]);
}

#[test]
fn the_committed_cross_language_answer_is_current() {
    let got = find_candidates_json(&corpus_text(), 3).unwrap();
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/pattern_candidates_k3.json");
    if std::env::var_os("STEUN_BLESS").is_some() {
        std::fs::write(file, format!("{got}\n")).unwrap();
    }
    let want = std::fs::read_to_string(file).unwrap();
    assert_eq!(got, want.trim_end());
    // And it is the hand-worked answer above.
    let parsed = CandidatePatterns::from_json(&want).unwrap();
    assert_eq!(ids(&parsed), [("mobility", 4), ("family+mobility", 3), ("religion", 3)]);
}

fn frag(respondent: &str, kind: FragmentKind, themes: &[&str]) -> StoryFragment {
    StoryFragment {
        respondent: steun::ClientCode::new(respondent).unwrap(),
        kind,
        themes: themes.iter().map(|t| steun::pattern::ThemeCode::new(t).unwrap()).collect(),
        text: "tekst".into(),
    }
}

#[test]
fn one_respondent_repeating_a_theme_counts_once() {
    let many: Vec<StoryFragment> = (0..50).map(|_| frag("R-0X", FragmentKind::Need, &["mobility"])).collect();
    let r = find_candidates(&many, 1).unwrap();
    assert_eq!(ids(&r), [("mobility", 1)]);
    assert_eq!(r.candidates[0].needs.len(), 50);
    assert_eq!(r.candidates[0].share, 1.0);
    assert!(find_candidates(&many, 2).unwrap().candidates.is_empty());
    // Two more respondents make it recur across three.
    let mut more = many.clone();
    more.push(frag("R-0Y", FragmentKind::Want, &["mobility"]));
    more.push(frag("R-0Z", FragmentKind::Demand, &["mobility"]));
    assert_eq!(ids(&find_candidates(&more, 3).unwrap()), [("mobility", 3)]);
}

#[test]
fn empty_input_gives_an_empty_result() {
    let r = find_candidates(&[], 3).unwrap();
    assert_eq!((r.respondents, r.fragments, r.candidates.len()), (0, 0, 0));
    let j = find_candidates_json("[]", 3).unwrap();
    assert!(j.contains("\"candidates\":[]"), "{j}");
}

#[test]
fn k_below_one_is_an_error_naming_min_respondents() {
    for k in [0, -1, i64::MIN, i64::from(u32::MAX) + 1] {
        let e = find_candidates(&[], k).unwrap_err();
        assert_eq!(path(&e), "min_respondents", "{k}");
        let e = find_candidates_json("not json", k).unwrap_err();
        assert_eq!(path(&e), "min_respondents", "K is checked first");
    }
}

#[test]
fn bad_fragments_are_reported_with_their_path() {
    let find = |s: &str| find_candidates_json(s, 3).unwrap_err();
    let e = find(
        r#"[{"respondent": "R-0A", "kind": "need", "themes": [], "text": ""}, {"kind": "need", "themes": [], "text": ""}]"#,
    );
    assert_eq!((path(&e).as_str(), e.message().as_str()), ("[1].respondent", "missing required field"));
    let e = find(r#"[{"respondent": "R-0A", "kind": "wens", "themes": [], "text": "Jan"}]"#);
    assert_eq!(path(&e), "[0].kind");
    assert_eq!(e.message(), "unknown code; allowed: need, want, demand, contribution");
    let e = find(r#"[{"respondent": "Jan Jansen", "kind": "need", "themes": [], "text": ""}]"#);
    assert_eq!(path(&e), "[0].respondent");
    assert!(!e.to_string().contains("Jansen"));
    // A respondent code is a pseudonymous code: not a bare letter, a name or a BSN.
    for bad in ["R-A", "JANSEN", "111222333", "R-123456782", "r-01"] {
        let e = find(&format!(r#"[{{"respondent": "{bad}", "kind": "need", "themes": [], "text": ""}}]"#));
        assert_eq!(path(&e), "[0].respondent", "{bad}");
        assert!(e.message().starts_with("expected a pseudonymous client code such as K-0001: "), "{e}");
        assert!(!e.to_string().contains(bad), "{e}");
    }
    let fragment =
        |who: &str| format!(r#"{{"id": "p", "title": "T", "fragments": [{{"respondent": "{who}", "kind": "need"}}]}}"#);
    assert!(DemandPattern::from_json(&fragment("R-01")).is_ok());
    let e = DemandPattern::from_json(&fragment("123456782")).unwrap_err();
    assert_eq!(path(&e), "fragments[0].respondent");
    let e = find(r#"[{"respondent": "R-0A", "kind": "need", "themes": ["Vervoer"], "text": ""}]"#);
    assert_eq!(path(&e), "[0].themes[0]");
    let e = find(r#"[{"respondent": "R-0A", "kind": "need", "themes": ["a", "b", "a"], "text": ""}]"#);
    assert_eq!(path(&e), "[0].themes[2]");
    let e = find(r#"[{"respondent": "R-0A", "kind": "need", "themes": [], "text": "", "age": 80}]"#);
    assert_eq!(path(&e), "[0]");
    assert!(e.message().contains("respondent, kind, themes, text"), "{e}");
    let e = find(r#"[{"respondent": "R-0A", "kind": "need", "themes": []}]"#);
    assert_eq!(path(&e), "[0].text");
    assert!(matches!(find("[{\"respondent\": "), Error::Syntax { .. }));
    assert_eq!(path(&find("{}")), "(root)");
}

#[test]
fn output_is_deterministic_whatever_the_input_order() {
    let mut c = corpus();
    let a = find_candidates(&c, 2).unwrap();
    c.reverse();
    let b = find_candidates(&c, 2).unwrap();
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(a.candidates[0].co_occurring, b.candidates[0].co_occurring);
}

// ---- the reference sets ----

#[test]
fn reference_sets_hold_the_seed_patterns() {
    let elburg = steun::pattern::pattern_set("patterns_elburg").unwrap();
    assert_eq!(elburg.respondents, 23); // 002:3356-3357
    let titles: Vec<&str> = elburg.patterns.iter().map(|p| p.title.nl.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Ik ben een burger met mogelijkheden!",
            "Neem mij serieus!",
            "Help mij als ik vastzit!",
            "Ik wil de regie blijven houden, heb daarom geduld met mij!",
            "Ik ben geïnteresseerd in verschillende contacten! Jij ook?",
        ]
    );
    // The two chosen in the transdisciplinary meeting (002:3435-3437) are a prioritisation,
    // not a validation note.
    assert_eq!(elburg.prioritisation.as_ref().unwrap().chosen, [2, 4]);
    assert!(elburg.patterns.iter().all(|p| p.validation.is_none()));

    let nijmegen = steun::pattern::pattern_set("patterns_nijmegen_migrants").unwrap();
    assert_eq!(nijmegen.respondents, 32); // 002:5751
    assert_eq!(nijmegen.patterns.len(), 8);
    assert_eq!(nijmegen.patterns.iter().map(|p| p.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert!(nijmegen.patterns[2].title.nl.starts_with("We willen graag mobiel zijn"));
    assert_eq!(nijmegen.beacon_links.len(), 8); // 002:5914-5944
    for set in [&elburg, &nijmegen] {
        for p in &set.patterns {
            assert!(p.source.starts_with("002:"), "{}", p.id);
            assert!(!p.title.en.is_empty() && !p.description.nl.is_empty() && !p.description.en.is_empty());
        }
    }
    // Loadable through the common reference registry too.
    let v = steun::reference::get("patterns_nijmegen_migrants").unwrap();
    assert_eq!(v["patterns"][3]["levels"][0], "collective");
    assert_eq!(steun::pattern::pattern_set("nope").unwrap_err().code(), "not_found");
}

/// The finder's specification (the module documentation, steps 1-6) written out the slow,
/// obvious way: every pair of themes, every respondent, no indexes.
#[allow(clippy::type_complexity)]
fn reference_finder(fragments: &[StoryFragment], k: u32) -> Vec<(String, u32, [Vec<u32>; 4], Vec<(String, u32)>)> {
    use std::collections::{BTreeMap, BTreeSet};
    let mut mentions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in fragments {
        mentions.entry(f.respondent.as_str()).or_default().extend(f.themes.iter().map(|t| t.as_str()));
    }
    let themes: BTreeSet<&str> = mentions.values().flatten().copied().collect();
    let supporters = |group: &[&str]| -> Vec<&str> {
        mentions.iter().filter(|(_, ts)| group.iter().all(|t| ts.contains(t))).map(|(r, _)| *r).collect()
    };
    let mut groups: Vec<Vec<&str>> = Vec::new();
    for a in &themes {
        for b in themes.range::<&str, _>((std::ops::Bound::Excluded(a), std::ops::Bound::Unbounded)) {
            if supporters(&[a, b]).len() as u32 >= k {
                groups.push(vec![a, b]);
            }
        }
    }
    for t in &themes {
        let n = supporters(&[t]).len();
        let closed = !groups.iter().any(|g| g.contains(t) && supporters(g).len() == n);
        if n as u32 >= k && closed {
            groups.push(vec![t]);
        }
    }
    let mut out: Vec<_> = groups
        .iter()
        .map(|g| {
            let who = supporters(g);
            let mut by_kind: [Vec<u32>; 4] = Default::default();
            for (i, f) in fragments.iter().enumerate() {
                if who.contains(&f.respondent.as_str()) && f.themes.iter().any(|t| g.contains(&t.as_str())) {
                    by_kind[f.kind as usize].push(i as u32);
                }
            }
            let mut co: Vec<(String, u32)> = themes
                .iter()
                .filter(|t| !g.contains(t))
                .map(|t| (t.to_string(), who.iter().filter(|r| mentions[*r].contains(t)).count() as u32))
                .filter(|(_, n)| *n >= k)
                .collect();
            co.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (g.join(" + "), who.len() as u32, by_kind, co)
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[test]
fn the_finder_agrees_with_its_specification_on_generated_stories() {
    // A small deterministic generator (no dependency): 1..40 respondents, 6 themes, so pairs,
    // closed singles and co-occurring themes all occur.
    let mut seed: u64 = 0x5EED;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let names = ["family", "health", "mobility", "money", "religion", "work"];
    let kinds = [FragmentKind::Need, FragmentKind::Want, FragmentKind::Demand, FragmentKind::Contribution];
    let (mut pairs, mut co) = (0, 0);
    for round in 0..300 {
        let respondents = 1 + next(40);
        let fragments: Vec<StoryFragment> = (0..next(120))
            .map(|_| {
                let mut ts: Vec<&str> = names.iter().copied().filter(|_| next(3) == 0).collect();
                ts.truncate(1 + next(3) as usize);
                let r = format!("R-{:02}", next(respondents));
                frag(&r, kinds[next(4) as usize], &ts)
            })
            .collect();
        let k = 1 + next(5) as u32;
        let got = find_candidates(&fragments, i64::from(k)).unwrap();
        let want = reference_finder(&fragments, k);
        let have: Vec<_> = got
            .candidates
            .iter()
            .map(|c| {
                assert_eq!(c.id, c.name.replace(" + ", "+"));
                assert_eq!(c.themes.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" + "), c.name);
                assert_eq!(c.share, f64::from(c.respondents) / f64::from(got.respondents));
                let co = c.co_occurring.iter().map(|x| (x.theme.as_str().to_owned(), x.respondents)).collect();
                (
                    c.name.clone(),
                    c.respondents,
                    [c.needs.clone(), c.wants.clone(), c.demands.clone(), c.contributions.clone()],
                    co,
                )
            })
            .collect();
        assert_eq!(have, want, "round {round}, K = {k}");
        let distinct: std::collections::BTreeSet<&str> = fragments.iter().map(|f| f.respondent.as_str()).collect();
        assert_eq!(
            (got.respondents as usize, got.fragments as usize, got.min_respondents),
            (distinct.len(), fragments.len(), k)
        );
        pairs += want.iter().filter(|c| c.0.contains(" + ")).count();
        co += want.iter().filter(|c| c.0.contains(" + ") && !c.3.is_empty()).count();
    }
    // The generator must reach what it is for.
    assert!(pairs > 300 && co > 100, "pairs {pairs}, pairs with co-occurring themes {co}");
}

#[test]
fn records_and_patterns_are_checked_as_documents() {
    // Each record on its own, as a document of its kind.
    let m = r#"{"date": "2011-10-12", "roles_present": ["researcher"], "respondents_present": 3, "respondents_recognising": 3}"#;
    assert_eq!(path(&MeetingRecord::from_json(m).unwrap_err()), "roles_present");
    let a = r#"{"date": "2011-11-01", "party": "residents", "actions": []}"#;
    assert_eq!(path(&Addressing::from_json(a).unwrap_err()), "actions");
    assert_eq!(path(&Closure::from_json(r#"{"date": "2012-01-01", "result": "  "}"#).unwrap_err()), "result");
    assert!(Closure::from_json(r#"{"date": "2012-01-01", "result": "Buurtbus rijdt"}"#).is_ok());
    // Themes, levels and beacons at most once each.
    let p = |extra: &str| DemandPattern::from_json(&format!(r#"{{"id": "p", "title": "T", {extra}}}"#));
    assert!(p(r#""levels": ["individual", "collective"], "beacons": ["own_strength"]"#).is_ok());
    assert_eq!(path(&p(r#""levels": ["individual", "individual"]"#).unwrap_err()), "levels[1]");
    assert_eq!(
        path(&p(r#""beacons": ["own_strength", "outreach_direct", "own_strength"]"#).unwrap_err()),
        "beacons[2]"
    );
    let e = p(r#""themes": [{"code": "mobility"}, {"code": "mobility", "life_domain": "housing"}]"#).unwrap_err();
    assert_eq!((path(&e), e.message()), ("themes[1]".into(), "duplicate theme".into()));
    // A story fragment codes a theme once.
    let f = r#"{"respondent": "R-01", "kind": "need", "themes": ["mobility", "mobility"], "text": "x"}"#;
    assert_eq!(path(&StoryFragment::from_json(f).unwrap_err()), "themes[1]");
}

#[test]
fn close_json_closes_an_addressed_pattern() {
    let p = r#"{"id": "p", "title": "Neem mij serieus!"}"#;
    let m = r#"{"date": "2011-10-12", "roles_present": ["respondent"], "respondents_present": 4, "respondents_recognising": 4}"#;
    let validated = steun::pattern::lifecycle::validate_json(p, m).unwrap();
    let mut chosen = DemandPattern::from_json(&validated).unwrap();
    chosen.prioritise(choice()).unwrap();
    let addressed = steun::pattern::lifecycle::address_json(&chosen.to_json(), &own_strength().to_json()).unwrap();
    let closure = r#"{"date": "2012-01-01", "result": "Huisbezoeken gedaan"}"#;
    let closed = steun::pattern::lifecycle::close_json(&addressed, closure).unwrap();
    let mut want = DemandPattern::from_json(&addressed).unwrap();
    want.close(Closure::from_json(closure).unwrap()).unwrap();
    assert_eq!(closed, want.to_json());
    assert_eq!(DemandPattern::from_json(&closed).unwrap().status, PatternStatus::Closed);
    let blank = r#"{"date": "2012-01-01", "result": ""}"#;
    assert_eq!(path(&steun::pattern::lifecycle::close_json(&addressed, blank).unwrap_err()), "result");
    assert_eq!(steun::pattern::lifecycle::close_json(p, closure).unwrap_err().code(), "transition");
}

#[test]
fn theme_codes_print_as_their_code() {
    let t = steun::pattern::ThemeCode::new("mobility").unwrap();
    assert_eq!((format!("{t:?}"), t.to_string()), ("ThemeCode(mobility)".to_owned(), "mobility".to_owned()));
}
