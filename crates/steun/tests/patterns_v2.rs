//! Demand patterns, rules 2.0.0: recognition by the respondents (not one person), the Nijmegen
//! validators, the prioritisation step before addressing, Elburg's beacons and improvement
//! ideas, and Hatert's eleven steps as a checklist. Built from the seed's own examples.

use steun::pattern::{
    method_checklist, prioritise, AddressingParty, AgreedAction, ChosenPattern, DemandPattern, MeetingRecord,
    MeetingRole, MethodChecklistRequest, MethodStep, PatternStatus, Prioritisation, PriorityChoice, StepDone,
};
use steun::{Document, Error, Labelled, QualityStandard};

fn date(s: &str) -> steun::Date {
    s.parse().unwrap()
}

fn path(e: &Error) -> String {
    e.path().map(ToString::to_string).unwrap_or_default()
}

fn meeting(present: u32, recognising: u32) -> MeetingRecord {
    MeetingRecord {
        date: date("2011-06-14"),
        roles_present: vec![MeetingRole::Respondent, MeetingRole::Researcher, MeetingRole::Professional],
        respondents_present: present,
        respondents_recognising: recognising,
        recognised_by: vec![],
        recognising_respondents: vec![],
        min_recognising: None,
        solution_needed: None,
        notes: None,
    }
}

// ---- recognition: "de respondenten", not one of them (002:3421-3422; D6) ----

#[test]
fn one_respondent_recognising_is_not_enough_by_default() {
    let mut p = DemandPattern::new("elburg-neem-mij-serieus", "Neem mij serieus!");
    // One respondent present who recognised it, or one of ten: not "the respondents".
    for (present, recognising) in [(1, 1), (10, 1), (6, 3), (4, 2)] {
        let e = p.validate(meeting(present, recognising)).unwrap_err();
        assert_eq!(path(&e), "respondents_recognising", "{present}/{recognising}");
        assert!(e.message().contains("002:3422") && e.message().contains("min_recognising"), "{e}");
    }
    assert_eq!(p.status, PatternStatus::Candidate);
    // The default: a majority of those present, at least two.
    let mins: Vec<u32> = [1, 2, 3, 4, 6, 23].into_iter().map(steun::pattern::default_min_recognising).collect();
    assert_eq!(mins, [2, 2, 2, 3, 4, 12]);
    p.clone().validate(meeting(2, 2)).unwrap();
    p.clone().validate(meeting(6, 4)).unwrap();
    assert_eq!(meeting(23, 12).min_recognising_applied(), 12);
}

#[test]
fn the_minimum_is_overridable_and_the_override_is_checked() {
    let mut p = DemandPattern::new("p", "Help mij als ik vastzit!");
    let mut m = meeting(1, 1);
    m.min_recognising = Some(1);
    p.clone().validate(m.clone()).unwrap();
    // The override travels with the record, so a re-read pattern holds to it.
    p.validate(m).unwrap();
    let again = DemandPattern::from_json(&p.to_json()).unwrap();
    assert_eq!(again.validation.unwrap().min_recognising, Some(1));
    // Raising it works too: 4 of 6 is a majority, but not the 5 asked for.
    let mut m = meeting(6, 4);
    m.min_recognising = Some(5);
    let e = DemandPattern::new("q", "T").validate(m).unwrap_err();
    assert_eq!(path(&e), "respondents_recognising");
    for bad in [0, 7] {
        let mut m = meeting(6, 6);
        m.min_recognising = Some(bad);
        assert_eq!(path(&DemandPattern::new("q", "T").validate(m).unwrap_err()), "min_recognising", "{bad}");
    }
    // Unchanged documents from 1.x with one recognising respondent no longer read as validated.
    let old = r#"{"id": "p", "title": "T", "status": "validated", "validation": {"date": "2011-01-01", "roles_present": ["respondent"], "respondents_present": 10, "respondents_recognising": 1}}"#;
    assert_eq!(path(&DemandPattern::from_json(old).unwrap_err()), "validation.respondents_recognising");
}

#[test]
fn the_nijmegen_validators_and_their_condition_can_be_recorded() {
    // "de zelforganisaties, de sleutelfiguren en deelnemende ouderen zelf hebben aangegeven dat
    // het vraagpatroon er écht toe doet en dat er een oplossing nodig is" (002:5775-5777).
    let json = r#"{"date": "2011-10-12", "roles_present": ["respondent", "self_organisation", "key_figure"],
        "respondents_present": 12, "respondents_recognising": 11,
        "recognised_by": ["respondent", "self_organisation", "key_figure"], "solution_needed": true}"#;
    let m = MeetingRecord::from_json(json).unwrap();
    assert_eq!(m.solution_needed, Some(true));
    let mut p = DemandPattern::new("nijmegen-mobiel", "We willen graag mobiel zijn");
    p.validate(m.clone()).unwrap();
    assert_eq!(p.validation.as_ref().unwrap().recognised_by[1], MeetingRole::SelfOrganisation);
    assert_eq!(
        (MeetingRole::KeyFigure.code(), MeetingRole::KeyFigure.label(steun::Lang::Nl)),
        ("key_figure", "Sleutelfiguur")
    );
    // Who recognised it must include the respondents, and be among those present.
    let mut bad = m.clone();
    bad.recognised_by = vec![MeetingRole::SelfOrganisation, MeetingRole::KeyFigure];
    assert_eq!(path(&bad.check().unwrap_err()), "recognised_by");
    let mut bad = m.clone();
    bad.recognised_by = vec![MeetingRole::Respondent, MeetingRole::PolicyMaker];
    assert_eq!(path(&bad.check().unwrap_err()), "recognised_by[1]");
    // Respondents by pseudonymous code: as many as recognised it, each once.
    let mut coded = meeting(3, 2);
    coded.recognising_respondents =
        vec![steun::ClientCode::new("R-01").unwrap(), steun::ClientCode::new("R-02").unwrap()];
    coded.check().unwrap();
    coded.recognising_respondents.pop();
    assert_eq!(path(&coded.check().unwrap_err()), "recognising_respondents");
    coded.recognising_respondents.push(steun::ClientCode::new("R-01").unwrap());
    assert_eq!(path(&coded.check().unwrap_err()), "recognising_respondents[1]");
    // A name is no respondent code; the error does not repeat it.
    let e = MeetingRecord::from_json(
        r#"{"date": "2011-10-12", "roles_present": ["respondent"], "respondents_present": 2, "respondents_recognising": 2, "recognising_respondents": ["Fatima", "R-02"]}"#,
    )
    .unwrap_err();
    assert!(path(&e).starts_with("recognising_respondents[0]") && !e.to_string().contains("Fatima"), "{e}");
}

// ---- prioritisation before addressing (002:3435-3437, 002:6128) ----

fn elburg_request() -> steun::pattern::PrioritiseRequest {
    steun::pattern::PrioritiseRequest::from_json(include_str!("../data/examples/pattern_prioritisation.json")).unwrap()
}

#[test]
fn elburg_chose_two_of_five_to_address_first() {
    let out =
        steun::op::call("patterns.prioritise", include_str!("../data/examples/pattern_prioritisation.json")).unwrap();
    let r = steun::pattern::PrioritisedPatterns::from_json(&out).unwrap();
    assert_eq!((r.instrument.as_str(), r.instrument_version.as_str()), ("steun.patterns", "2.0.0"));
    assert_eq!(r.chosen, ["elburg-neem-mij-serieus", "elburg-regie-blijven-houden"]);
    assert_eq!(
        r.not_chosen,
        ["elburg-burger-met-mogelijkheden", "elburg-help-mij-als-ik-vastzit", "elburg-verschillende-contacten"]
    );
    let status: Vec<(PatternStatus, Option<u32>)> =
        r.patterns.iter().map(|p| (p.status, p.prioritisation.as_ref().map(|c| c.rank))).collect();
    use PatternStatus::{Prioritised, Validated};
    assert_eq!(
        status,
        [(Validated, None), (Prioritised, Some(1)), (Validated, None), (Prioritised, Some(2)), (Validated, None)]
    );
    assert!(r.patterns.iter().filter_map(|p| p.prioritisation.as_ref()).all(|c| c.considered == 5));

    // Only a chosen pattern is addressed; the others wait for a later choice.
    let addressing = steun::pattern::Addressing {
        date: date("2011-09-01"),
        party: AddressingParty::GroupItself,
        actions: vec![AgreedAction {
            action: "Het eigen verhaal laten vertellen".into(),
            owner: AddressingParty::GroupItself,
            owner_name: None,
        }],
        why_not_the_group: None,
    };
    let mut not_chosen = r.patterns[0].clone();
    let e = not_chosen.address(addressing.clone()).unwrap_err();
    assert_eq!(
        e,
        Error::Transition { from: "validated".into(), to: "addressed".into(), allowed: "prioritised".into() }
    );
    let mut chosen = r.patterns[1].clone();
    chosen.address(addressing).unwrap();
    assert_eq!(chosen.status, PatternStatus::Addressed);
    assert!(DemandPattern::from_json(&chosen.to_json()).is_ok());
}

#[test]
fn a_bad_choice_changes_nothing_and_names_the_field() {
    let base = elburg_request();
    let mut patterns = base.patterns.clone();
    let pick = |ids: &[&str]| Prioritisation {
        date: date("2011-06-14"),
        chosen_by: vec![MeetingRole::Respondent],
        chosen: ids.iter().map(|id| ChosenPattern { pattern: (*id).into(), reason: None }).collect(),
    };
    // The second id is unknown: the first is not chosen either.
    let e = prioritise(&mut patterns, &pick(&["elburg-neem-mij-serieus", "nope"])).unwrap_err();
    assert_eq!(path(&e), "prioritisation.chosen[1].pattern");
    assert_eq!(patterns, base.patterns);
    let e = prioritise(&mut patterns, &pick(&["elburg-neem-mij-serieus", "elburg-neem-mij-serieus"])).unwrap_err();
    assert_eq!(path(&e), "prioritisation.chosen[1]");
    assert_eq!(path(&prioritise(&mut patterns, &pick(&[])).unwrap_err()), "prioritisation.chosen");
    let mut nobody = pick(&["elburg-neem-mij-serieus"]);
    nobody.chosen_by.clear();
    assert_eq!(path(&prioritise(&mut patterns, &nobody).unwrap_err()), "prioritisation.chosen_by");
    // A candidate is validated before it can be chosen.
    let mut with_candidate = vec![DemandPattern::new("hatert-opgroeien", "Opgroeien in Hatert")];
    let e = prioritise(&mut with_candidate, &pick(&["hatert-opgroeien"])).unwrap_err();
    assert_eq!(
        e,
        Error::Transition { from: "candidate".into(), to: "prioritised".into(), allowed: "validated".into() }
    );
    // Through the operation: duplicate ids among the patterns.
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../data/examples/pattern_prioritisation.json")).unwrap();
    v["patterns"][1]["id"] = v["patterns"][0]["id"].clone();
    let e = steun::op::call("patterns.prioritise", &v.to_string()).unwrap_err();
    assert_eq!(path(&e), "patterns[1]");
}

#[test]
fn a_priority_record_is_checked() {
    let mut c = PriorityChoice {
        date: date("2008-12-01"),
        rank: 1,
        considered: 5,
        chosen_by: vec![MeetingRole::Professional],
        reason: None,
    };
    let mut p = DemandPattern::new("hatert-opgroeien", "Opgroeien in Hatert");
    assert_eq!(p.prioritise(c.clone()).unwrap_err().code(), "transition");
    p.validate(meeting(6, 5)).unwrap();
    c.rank = 6;
    assert_eq!(path(&p.clone().prioritise(c.clone()).unwrap_err()), "rank");
    c.rank = 1;
    c.chosen_by.push(MeetingRole::Professional);
    assert_eq!(path(&p.clone().prioritise(c.clone()).unwrap_err()), "chosen_by[1]");
    c.chosen_by.pop();
    p.prioritise(c).unwrap();
    // A prioritised document carries its record, and a validated one none.
    let mut v: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    v["prioritisation"] = serde_json::Value::Null;
    assert_eq!(path(&DemandPattern::from_json(&v.to_string()).unwrap_err()), "prioritisation");
    let mut v: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    v["status"] = "validated".into();
    assert_eq!(path(&DemandPattern::from_json(&v.to_string()).unwrap_err()), "prioritisation");
}

// ---- the Elburg set: beacons and improvement ideas in the seed's words ----

#[test]
fn elburg_has_its_five_improvement_ideas_in_the_seeds_words() {
    let elburg = steun::pattern::pattern_set("patterns_elburg").unwrap();
    let ideas: Vec<(u32, QualityStandard, &str, &str, Vec<u32>)> = elburg
        .improvement_ideas
        .iter()
        .map(|i| (i.number, i.standard, i.text.nl.as_str(), i.source.as_str(), i.patterns.clone()))
        .collect();
    use QualityStandard::*;
    assert_eq!(
        ideas,
        [
            (1, RespectfulTreatment, "Respectvol bejegenen: laat de persoon het eigen verhaal vertellen.", "002:3442", vec![2, 4]),
            (2, StrengthenOwnDirection, "Eigen regie versterken: biedt ruimte aan de persoon voor het articuleren van de vraag (doorvragen) en heeft daarbij oog voor persoonlijke eigenheid. Laat de persoon ervaren hoe eerst de eigen kracht aan te wenden, dit gezien in het licht van zijn achtergrond. Laat ervaren wat het betekent als de persoon eigen keuzes maakt en wat de consequenties daarvan zijn.", "002:3443-3448", vec![2, 4]),
            (3, IntegratedApproach, "Integraal benaderen: helpt vragen verhelderen en brengt contact met de juiste professional en/of vrijwilliger tot stand.", "002:3450-3451", vec![2, 4]),
            (4, DevelopmentOriented, "Ontwikkelingsgericht ondersteunen: begeleidt, ondersteunt en faciliteert doelgericht. Maakt gebruik van de interactie tussen de persoon en zijn (sociale) omgeving.", "002:3453-3454", vec![2, 4]),
            (5, ResultOriented, "Resultaatgericht ondersteunen: werkt aan haalbaarheid en vertrouwen. Past zijn aanpak bewust aan. Faciliteert concrete steun. Geeft inzicht in mogelijkheden en te verwachten resultaten.", "002:3456-3458", vec![2, 4]),
        ]
    );
    // Each idea opens with its standard's Dutch name.
    for i in &elburg.improvement_ideas {
        assert!(i.text.nl.starts_with(&format!("{}: ", i.standard.label(steun::Lang::Nl))), "{}", i.number);
        assert!(!i.text.en.is_empty());
    }
}

#[test]
fn elburg_links_four_beacons_in_the_seeds_words() {
    let elburg = steun::pattern::pattern_set("patterns_elburg").unwrap();
    let links: Vec<(&str, &str)> = elburg.beacon_links.iter().map(|l| (l.beacon.code(), l.source.as_str())).collect();
    assert_eq!(
        links,
        [
            ("question_behind_the_question", "002:3520-3526"),
            ("own_strength", "002:3528-3544"),
            ("outreach_direct", "002:3546-3556"),
            ("formal_informal_balance", "002:3558-3570"),
        ]
    );
    let text = |i: usize| elburg.beacon_links[i].text.nl.as_str();
    assert!(text(0)
        .starts_with("De vraag van burgers is in eerste instantie bijna altijd een vraag naar het bekende aanbod."));
    assert!(text(0).ends_with("niet genoeg stil bij de behoefte die achter de vraag schuilt."));
    // The three ways the respondents define support in using their own strength (002:3535-3544).
    for way in [
        "1. informatie toegankelijk maken, zodat burgers zelf kunnen zoeken, kiezen, vinden;",
        "2. netwerken toegankelijk en zichtbaar maken, zodat blijkt dat iedereen welkom is;",
        "3. momenten van noodzakelijk of toevallig contact (bijvoorbeeld in het kader van uitkeringen) benutten",
    ] {
        assert!(text(1).contains(way), "{way}");
    }
    assert!(text(2).starts_with("Dit baken roept hulpverleners op zelf actief naar kwetsbare burgers toe te gaan"));
    assert!(text(3)
        .ends_with("namelijk een rol waarin ze niet alleen hulpontvangers maar juist ook hulpgevers kunnen zijn."));
    // No line-break hyphens left from the printed page.
    for l in &elburg.beacon_links {
        assert!(!["aan- bod", "finan- ciële", "spra- ke", "hulpge- vers"].iter().any(|h| l.text.nl.contains(h)));
    }
}

#[test]
fn the_sets_record_their_validators_and_elburgs_choice() {
    let elburg = steun::pattern::pattern_set("patterns_elburg").unwrap();
    let v = elburg.validation.as_ref().unwrap();
    assert_eq!(
        v.by,
        [MeetingRole::Respondent, MeetingRole::Researcher, MeetingRole::Professional, MeetingRole::PolicyMaker]
    );
    assert!(!v.solution_needed);
    assert!(v.text.nl.ends_with(
        "We spreken dan ook pas van een vraagpatroon als de respondenten de vraagpatronen hebben onderkend."
    ));
    let c = elburg.prioritisation.as_ref().unwrap();
    assert_eq!((c.chosen.as_slice(), c.source.as_str()), ([2, 4].as_slice(), "002:3435-3437"));
    assert!(c
        .text
        .nl
        .contains("namelijk Neem mij serieus! en: Ik wil de regie blijven houden, heb daarom geduld met mij!"));

    let nijmegen = steun::pattern::pattern_set("patterns_nijmegen_migrants").unwrap();
    let v = nijmegen.validation.as_ref().unwrap();
    assert_eq!(v.by, [MeetingRole::SelfOrganisation, MeetingRole::KeyFigure, MeetingRole::Respondent]);
    assert!(v.solution_needed && v.text.nl.contains("dat er een oplossing nodig is"));
    assert_eq!(v.source, "002:5775-5777");
    assert!(nijmegen.prioritisation.is_none() && nijmegen.patterns.iter().all(|p| p.validation.is_none()));

    // A set whose choice names a pattern it does not have is refused.
    let mut bad: serde_json::Value = serde_json::to_value(&elburg).unwrap();
    bad["prioritisation"]["chosen"][1] = 9.into();
    let e = steun::pattern::ReferencePatternSet::from_json(&bad.to_string()).unwrap_err();
    assert_eq!(path(&e), "prioritisation.chosen[1]");
}

// ---- Hatert's method: a checklist, not a state machine (002:6121-6154) ----

#[test]
fn the_hatert_checklist_has_the_eleven_steps_as_the_seed_gives_them() {
    let c = method_checklist(&MethodChecklistRequest::default()).unwrap();
    let steps: Vec<(u32, &str, &str)> = c.steps.iter().map(|s| (s.number, s.step.code(), s.text.nl.as_str())).collect();
    assert_eq!(
        steps,
        [
            (1, "demand_pattern_research", "Het vraagpatronenonderzoek. Op zoek naar: wat hebben burgers nodig, wat willen zij, wat eisen zij en wat dragen zij zelf bij?"),
            (2, "choose_priority_pattern", "Keuze maken welk vraagpatroon prioriteit heeft (bijv.: opgroeien en opvoeden in Hatert, hoe gaat dat?)."),
            (3, "inventory_meeting_places", "Het inventariseren van vindplaatsen waar wijkbewoners zich kunnen herkennen in een ‘vraagpatroon’."),
            (4, "initiate_meetings", "Vanuit deze vindplaats samen met professionals en vrijwilligers een aantal bijeenkomsten initiëren waarin een vraagpatroon centraal staat."),
            (5, "activate_through_network", "Via de ‘netwerkmethode’ mensen activeren om naar bijeenkomsten te komen over het vraagpatroon."),
            (6, "build_together", "Vanuit deze bijeenkomsten mensen activeren en faciliteren om gezamenlijk verder te bouwen."),
            (7, "share_knowledge", "Kennisdelen tussen professionals en wijkbewoners."),
            (8, "let_go_and_secure", "Het ‘loslaten’ en het ‘borgen’. Het zelf verder bouwen door wijkbewoners."),
            (9, "parent_competence_profile", "Het maken van een ‘Competentieontwikkelingsprofiel Opvoeden Ouders’ (COO) aan de hand van de ervaringskennis van ouders/opvoeders."),
            (10, "professional_competence_profile", "Het maken van een ‘Competentieontwikkelingsprofiel Opvoeden Professionals’ (COP), op basis van wat ouders/opvoeders nodig hebben in de ondersteuning. Dit COP is afgeleid van de vraag van de ouder ofwel: de vraag bepaalt welke competentie de professional inzet."),
            (11, "describe_intervention", "Interventiemethode beschrijven:"),
        ]
    );
    let parts: Vec<&str> = c.steps[10].sub_items.iter().map(|s| s.text.nl.as_str()).collect();
    assert_eq!(
        parts,
        [
            "Wijze van toerusting van ouders en professionals (inclusief handleiding, COO en COP t.b.v. Wmo-werkplaats en Interventie Database MOVISIE).",
            "Organisatorische randvoorwaarden die nodig zijn om de ondersteuningsvormen op een kwalitatief goede manier aan te bieden.",
            "Uitrol en bestendiging in de wijk: ‘binden en borgen’.",
        ]
    );
    assert_eq!((c.steps[0].source.as_str(), c.steps[10].source.as_str()), ("002:6126-6127", "002:6146"));
    assert_eq!((c.done, c.open.len(), c.source.as_str()), (0, 11, "002:6121-6154"));
    // The steps are the enum's members, in order.
    let codes: Vec<MethodStep> = c.steps.iter().map(|s| s.step).collect();
    assert_eq!(codes, MethodStep::ALL);
}

#[test]
fn steps_are_ticked_in_any_order() {
    // Step 8 before step 2: a checklist has no transitions to break.
    let r = MethodChecklistRequest {
        pattern: Some("hatert-opgroeien".into()),
        done: vec![
            StepDone { step: MethodStep::LetGoAndSecure, date: None, note: None },
            StepDone {
                step: MethodStep::ChoosePriorityPattern,
                date: Some(date("2008-12-01")),
                note: Some(steun::text::FreeText::new("Opgroeien in Hatert")),
            },
        ],
    };
    let c = method_checklist(&r).unwrap();
    let done: Vec<u32> = c.steps.iter().filter(|s| s.done).map(|s| s.number).collect();
    assert_eq!((done, c.done), (vec![2, 8], 2));
    assert_eq!(c.steps[1].date, Some(date("2008-12-01")));
    assert_eq!(c.open.first(), Some(&MethodStep::DemandPatternResearch));
    assert!(!c.open.contains(&MethodStep::LetGoAndSecure) && c.open.len() == 9);
    // A step ticked twice is an error at the second.
    let twice = r#"{"done": [{"step": "share_knowledge"}, {"step": "share_knowledge"}]}"#;
    assert_eq!(path(&steun::op::call("patterns.method_checklist", twice).unwrap_err()), "done[1]");
    let e = steun::op::call("patterns.method_checklist", r#"{"done": [{"step": "stap_12"}]}"#).unwrap_err();
    assert!(path(&e).starts_with("done[0].step") && e.message().contains("describe_intervention"), "{e}");
    let e = steun::op::call("patterns.method_checklist", r#"{"pattern": "met spatie"}"#).unwrap_err();
    assert_eq!(path(&e), "pattern");
}

#[test]
fn one_pattern_is_prioritised_through_its_own_step() {
    // The life-cycle step for one pattern, as `pattern.validate` and `pattern.address` are.
    let validated = include_str!("../data/examples/pattern_validated.json");
    let choice = r#"{"date": "2011-10-12", "rank": 1, "considered": 8, "chosen_by": ["respondent", "key_figure"]}"#;
    let out =
        steun::op::call("pattern.prioritise", &format!(r#"{{"pattern": {validated}, "choice": {choice}}}"#)).unwrap();
    let p = DemandPattern::from_json(&out).unwrap();
    assert_eq!((p.status, p.prioritisation.as_ref().map(|c| c.rank)), (PatternStatus::Prioritised, Some(1)));
    let addressing = include_str!("../data/examples/pattern_addressing.json");
    let addressed =
        steun::op::call("pattern.address", &format!(r#"{{"pattern": {out}, "addressing": {addressing}}}"#)).unwrap();
    assert!(addressed.contains(r#""status":"addressed""#));
    // Skipping the step is a transition error; a bad rank names the field.
    let e = steun::op::call("pattern.address", &format!(r#"{{"pattern": {validated}, "addressing": {addressing}}}"#))
        .unwrap_err();
    assert_eq!(e.code(), "transition");
    let bad = r#"{"date": "2011-10-12", "rank": 9, "considered": 8, "chosen_by": ["respondent"]}"#;
    let e =
        steun::op::call("pattern.prioritise", &format!(r#"{{"pattern": {validated}, "choice": {bad}}}"#)).unwrap_err();
    assert_eq!(path(&e), "choice.rank");
}
