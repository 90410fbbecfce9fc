//! The zelfscan cliënt- en samensturing against seed 000: the four areas and their headed
//! elements (000:250-874), a per-role report without a grade, the steering descriptor
//! against the practice examples' own definitions (Kwintes 000:2670-2680, SCIP 000:905-911,
//! LFOS 000:65-75), and the practice examples as reference data (000 Part 2, 001).

use serde_json::{json, Value};
use steun::zelfscan::*;
use steun::{Labelled, Lang};

fn call(op: &str, request: Value) -> Value {
    let out = steun::op::call(op, &request.to_string()).unwrap_or_else(|e| panic!("{op}: {e}"));
    serde_json::from_str(&out).unwrap()
}

/// The four guiding questions (000:250-258) and the headings per area.
#[test]
fn areas_and_elements_follow_the_guide() {
    let questions: Vec<&str> = ZelfscanArea::ALL.iter().map(|a| a.label(Lang::Nl)).collect();
    assert_eq!(
        questions,
        [
            "Wat stimuleert het individueel herstel?",
            "Wat maakt van jou een goede ondersteuner?",
            "Wat werkt goed bij de organisatie?",
            "Wat zorgt voor soepele samenwerking?",
        ]
    );
    let counts: Vec<usize> = ZelfscanArea::ALL.iter().map(|a| a.elements().count()).collect();
    assert_eq!(counts, [4, 3, 8, 13]);
    // Headings word for word (000:265, 000:350, 000:378, 000:842).
    assert_eq!(ZelfscanElement::FellowHumanity.label(Lang::Nl), "Neem medemenselijkheid als kernwaarde");
    assert_eq!(
        ZelfscanElement::ClientAtTheTable.label(Lang::Nl),
        "Zet de cliënt aan tafel in plaats van de cliënt centraal"
    );
    assert_eq!(ZelfscanElement::DoNotTakeOver.label(Lang::Nl), "Neem het niet over");
    assert_eq!(ZelfscanElement::RoofTileHandover.label(Lang::Nl), "Werk via dakpanoverdracht");
    assert_eq!(ZelfscanElement::ClientAtTheTable.info().lines, "000:350-354");
    assert_eq!(ZelfscanElement::Diversity.info().id, "A4.13");
    let v = call("zelfscan.elements", json!({"area": "good_supporter", "lang": "en"}));
    assert_eq!(v["elements"].as_array().unwrap().len(), 3);
    assert_eq!(v["elements"][0]["en"], "Leave the steering with the clients");
    assert!(v["elements"][0]["nl"].is_null());
}

fn answers(list: &[(&str, &str)]) -> Value {
    Value::Array(list.iter().map(|(e, a)| json!({"element": e, "answer": a})).collect())
}

fn element<'a>(report: &'a Value, area: usize, code: &str) -> &'a Value {
    report["areas"][area]["elements"].as_array().unwrap().iter().find(|e| e["element"] == code).unwrap()
}

/// Kwintes: staff see samensturing, the clients leading the activities do not (000:2769-2773).
/// The report shows it per role and as a disagreement; it gives no score.
#[test]
fn report_shows_where_roles_disagree_and_no_grade() {
    let scan = json!({"respondents": [
        {"code": "R-01", "role": "client", "answers": answers(&[("client_at_the_table", "absent"), ("learning_culture", "partly")])},
        {"code": "R-02", "role": "client", "answers": answers(&[("client_at_the_table", "absent")])},
        {"code": "R-03", "role": "staff", "answers": answers(&[("client_at_the_table", "present"), ("learning_culture", "partly")])},
        {"code": "R-04", "role": "volunteer", "answers": answers(&[("learning_culture", "absent")])},
    ]});
    let r = call("zelfscan.report", scan.clone());
    assert_eq!(r["instrument"], "movisie-2013-zelfscan");
    let at_table = element(&r, 0, "client_at_the_table");
    assert_eq!(at_table["roles_disagree"], true);
    assert_eq!(at_table["disagreeing_roles"], json!(["client", "staff"]));
    assert_eq!(
        at_table["tallies"][0],
        json!({"role": "client", "present": 0, "partly": 0, "absent": 2, "not_applicable": 0, "unknown": 0, "unanswered": 0})
    );
    assert_eq!(at_table["tallies"][1]["role"], "volunteer");
    assert_eq!(at_table["tallies"][1]["unanswered"], 1);
    assert_eq!(r["areas"][0]["disagreements"], json!(["client_at_the_table"]));
    // partly vs absent is no split under the default rule, but is under any_difference.
    assert_eq!(element(&r, 2, "learning_culture")["roles_disagree"], false);
    let mut strict = scan.clone();
    strict["disagreement"] = json!("any_difference");
    let r2 = call("zelfscan.report", strict);
    let lc = element(&r2, 2, "learning_culture");
    assert_eq!(
        (lc["roles_disagree"].clone(), lc["disagreeing_roles"].clone()),
        (json!(true), json!(["client", "volunteer", "staff"]))
    );
    // Nobody marks present: 27 of 28 elements here (only A1.4 has a "present").
    let nobody: usize =
        r["areas"].as_array().unwrap().iter().map(|a| a["nobody_marks_present"].as_array().unwrap().len()).sum();
    assert_eq!(nobody, 27);
    assert_eq!(r["areas"][0]["nobody_marks_present"], json!(["fellow_humanity", "tailor_made", "variety_room_safety"]));
    // No number anywhere that could be a grade: no score, total or percentage key.
    let text = r.to_string();
    for k in ["score", "total", "percent", "grade", "rank"] {
        assert!(!text.contains(&format!("\"{k}")), "{k}");
    }
    assert!(r["explanation"]["nl"].as_str().unwrap().contains("geen meetinstrument"));
}

/// A scan filled in by staff alone is flagged: the client belongs at the table (000:350-354).
#[test]
fn staff_only_scan_is_flagged() {
    let r = call(
        "zelfscan.report",
        json!({"respondents": [
            {"code": "R-01", "role": "staff", "answers": answers(&[("client_at_the_table", "present")])},
            {"code": "R-02", "role": "management", "answers": answers(&[("client_at_the_table", "present")])},
        ]}),
    );
    assert_eq!(r["no_client_respondent"], true);
    assert_eq!(element(&r, 0, "client_at_the_table")["no_client_answer"], true);
    assert_eq!(element(&r, 0, "client_at_the_table")["roles_disagree"], false);
}

#[test]
fn bad_scans_name_the_field_and_never_echo() {
    let dup = json!({"respondents": [{"code": "R-01", "role": "client"}, {"code": "R-01", "role": "staff"}]});
    let e = steun::op::call("zelfscan.report", &dup.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "respondents[1].code");
    assert!(!e.to_string().contains("R-01"), "{e}");
    let twice = json!({"respondents": [{"code": "R-01", "role": "client", "answers": answers(&[("diversity", "present"), ("diversity", "absent")])}]});
    let e = steun::op::call("zelfscan.report", &twice.to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "respondents[0].answers[1].element");
    let name = json!({"respondents": [{"code": "Jan Jansen", "role": "client"}]});
    let e = steun::op::call("zelfscan.report", &name.to_string()).unwrap_err();
    assert!(e.to_string().contains("respondents[0].code") && !e.to_string().contains("Jansen"), "{e}");
    let long = json!({"respondents": [{"code": "R-01", "role": "client", "answers": [{"element": "diversity", "answer": "present", "note": "Jansen ".repeat(400)}]}]});
    let e = steun::op::call("zelfscan.report", &long.to_string()).unwrap_err();
    assert_eq!(e.code(), "limit");
    assert!(!e.to_string().contains("Jansen"), "{e}");
    let bad_answer = json!({"respondents": [{"code": "R-01", "role": "client", "answers": [{"element": "diversity", "answer": "Jansen"}]}]});
    let e = steun::op::call("zelfscan.report", &bad_answer.to_string()).unwrap_err();
    assert!(e.to_string().contains("present") && !e.to_string().contains("Jansen"), "{e}");
}

fn verdicts(facts: Value) -> Vec<String> {
    let v = call("steering.describe", facts);
    v["views"].as_array().unwrap().iter().map(|x| x["verdict"].as_str().unwrap().to_owned()).collect()
}

/// Kwintes's own categories (000:2674-2680) on its own shop: the clients' idea, meant to be
/// client-run, staff stepped in (000:2715-2735).
#[test]
fn kwintes_categories() {
    assert_eq!(verdicts(json!({"idea_from_clients": true, "clients_execute": false}))[0], "client_initiative");
    // As planned: client-run.
    assert_eq!(verdicts(json!({"idea_from_clients": true, "clients_execute": true}))[0], "client_steered");
    // Stadsbrug's professionally started activities (000:1753-1765) are neither category.
    assert_eq!(
        verdicts(
            json!({"idea_from_clients": false, "clients_execute": true, "start_mode": "professional_then_handed_over"})
        )[0],
        "neither"
    );
    assert_eq!(verdicts(json!({}))[0], "unknown");
}

/// SCIP's 51% in all layers (000:905-911): at the boundary and per layer.
#[test]
fn scip_51_percent_in_all_layers() {
    let layers = |e: u32, et: u32, m: u32, mt: u32| {
        json!({"layers": [{"layer": "execution", "with_client_background": e, "total": et},
                           {"layer": "management", "with_client_background": m, "total": mt}]})
    };
    assert_eq!(verdicts(layers(51, 100, 1, 1))[1], "meets");
    assert_eq!(verdicts(layers(50, 100, 1, 1))[1], "falls_short");
    // One of two is 50%: short of "minimaal 51%".
    assert_eq!(verdicts(layers(2, 2, 1, 2))[1], "falls_short");
    // ACC Singel's one paid project leader (000:977-979), say without a client background,
    // and volunteers mostly with a GGZ background: the management layer falls short.
    let v = call("steering.describe", layers(12, 15, 0, 1));
    assert_eq!(v["views"][1]["verdict"], "falls_short");
    assert_eq!(v["views"][1]["layers_short"], json!(["management"]));
    assert_eq!(verdicts(json!({}))[1], "unknown");
    let e = steun::op::call("steering.describe", &layers(3, 2, 0, 1).to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "layers[0].with_client_background");
    let e = steun::op::call("steering.describe", &layers(0, 0, 0, 1).to_string()).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "layers[0].total");
}

/// LFOS's five features (000:65-75), and all three views side by side.
#[test]
fn lfos_features_and_side_by_side() {
    let all = json!({"lfos": {"direction_with_clients": true, "limited_paid_staff": true, "say_in_all_ranks": true,
                              "volunteers_experts_by_experience": true, "personal_involvement": true}});
    assert_eq!(verdicts(all)[2], "all_features_hold");
    // ACC Noord: no paid staff (000:991-999); the rest not stated.
    let v = call("steering.describe", json!({"lfos": {"limited_paid_staff": true}}));
    assert_eq!(v["views"][2]["verdict"], "unknown");
    assert_eq!(v["views"][2]["features_unknown"].as_array().unwrap().len(), 4);
    let v = call("steering.describe", json!({"lfos": {"limited_paid_staff": false}}));
    assert_eq!(v["views"][2]["features_not_holding"], json!(["limited_paid_staff"]));
    let defs: Vec<&str> = v["views"].as_array().unwrap().iter().map(|x| x["definition"].as_str().unwrap()).collect();
    assert_eq!(defs, ["kwintes", "scip", "lfos"]);
    assert_eq!(v["views"][1]["lines"], "000:905-911");
    assert!(v["views"][1]["text"]["nl"].as_str().unwrap().contains("minimaal 51%"));
    assert!(v["note"]["en"].as_str().unwrap().contains("000:91-101"));
}

/// The practice examples: eight in 000's Part 2 and 001's write-up of Noord-Veluwe.
#[test]
fn practice_examples_reference() {
    let v = call("catalogue.reference", json!({"name": "samensturing_practice_examples"}));
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 9);
    let names: Vec<&str> = list[..8].iter().map(|e| e["place"].as_str().unwrap()).collect();
    assert_eq!(names[0], "Amsterdam");
    assert_eq!(names[6], "Breda");
    assert_eq!(names[7], "Veenendaal");
    assert_eq!(list[5]["code"], "cumulus"); // labelled "Voorbeeld 5" in 000:2230, sixth in order
    assert_eq!(list[8]["years"], json!(["2010", "2013", "2016"])); // 001:5, 001:47, 001:51
    assert!(list[2]["facts"].to_string().contains("3119")); // 000:1648
    for e in list {
        for f in e["facts"].as_array().unwrap() {
            let lines = f["lines"].as_str().unwrap();
            assert!(lines.starts_with("000:") || lines.starts_with("001:"), "{lines}");
        }
    }
    let w = call("catalogue.reference", json!({"name": "werkvormen"}));
    assert_eq!(w["werkvormen"].as_array().unwrap().len(), 11);
}
