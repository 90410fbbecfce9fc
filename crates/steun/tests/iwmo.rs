//! iWmo 3.2 for Wmo claims: the codelists against tables copied by hand from the iWmo 3.2
//! Basisschema.xsd (LDT_ProductCategorie, LDT_Eenheid, LDT_Frequentie), the combination
//! rules CD041, CD080, CS338 and CD076, and the allocation lines of a Bram variant
//! (002:1809-1810: three hours of household help and two hours of ambulant support a week).

use serde_json::{json, Value};
use steun::iwmo::{IwmoCode, IwmoFrequency, IwmoUnit, ProductCategory};
use steun::Lang;

/// WMO020 as the schema lists it (code, Dutch label), typed in from the source.
const WMO020: &[(&str, &str)] = &[
    ("01", "Hulp bij het huishouden"),
    ("02", "Begeleiding"),
    ("03", "Persoonlijke verzorging"),
    ("04", "Kortdurend verblijf"),
    ("05", "Woondiensten"),
    ("06", "Overige ondersteuning gericht op het individu of huishouden/gezin"),
    ("07", "Dagbesteding"),
    ("08", "Vervoerdiensten"),
    ("09", "Overige groepsgerichte ondersteuning"),
    ("10", "Overige maatwerk arrangementen"),
    ("11", "Rolstoelen"),
    ("12", "Vervoervoorzieningen"),
    ("13", "Woonvoorzieningen"),
    ("14", "Overige hulpmiddelen"),
    ("15", "Beschermd wonen"),
    ("16", "Opvang"),
    ("17", "Spoedopvang"),
    ("18", "Overige beschermd wonen en opvang"),
];

/// WJ756.
const WJ756: &[(&str, &str)] = &[
    ("01", "Minuut"),
    ("04", "Uur"),
    ("14", "Etmaal"),
    ("16", "Dagdeel (4 uur)"),
    ("82", "Stuks (output)"),
    ("83", "Euro's"),
    ("84", "Stuks (inspanning)"),
];

/// WMO757 (release 3.2 has no 3 and 5).
const WMO757: &[(&str, &str)] =
    &[("1", "Per dag"), ("2", "Per week"), ("4", "Per maand"), ("6", "Totaal binnen geldigheidsduur toewijzing")];

fn table<T: IwmoCode>() -> Vec<(&'static str, &'static str)> {
    T::ALL.iter().map(|&v| (v.iwmo_code(), v.label(Lang::Nl))).collect()
}

#[test]
fn codelists_match_the_standard() {
    assert_eq!(table::<ProductCategory>(), WMO020);
    assert_eq!(table::<IwmoUnit>(), WJ756);
    assert_eq!(table::<IwmoFrequency>(), WMO757);
    assert_eq!((ProductCategory::LIST, IwmoUnit::LIST, IwmoFrequency::LIST), ("WMO020", "WJ756", "WMO757"));
    assert_eq!(IwmoFrequency::from_iwmo_code("5"), None);
    assert_eq!(IwmoUnit::from_iwmo_code("85"), None, "85 (KM) is iJw's, not iWmo 3.2's");
}

#[test]
fn codelists_operation_cites_standard_release_and_source() {
    let v: Value = serde_json::from_str(&steun::op::call("iwmo.codelists", "{}").unwrap()).unwrap();
    assert_eq!((v["instrument"].as_str(), v["instrument_version"].as_str()), (Some("steun.iwmo"), Some("1.0.0")));
    assert_eq!((v["standard"].as_str(), v["release"].as_str()), (Some("iWmo"), Some("3.2")));
    assert!(v["schema"].as_str().unwrap().contains("Basisschema.xsd"));
    let ids: Vec<&str> = v["lists"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["WMO020", "WJ756", "WMO757"]);
    let wj756: Vec<(&str, &str)> = v["lists"][1]["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["iwmo_code"].as_str().unwrap(), c["nl"].as_str().unwrap()))
        .collect();
    assert_eq!(wj756, WJ756);
    assert!(v["lists"][2]["url"].as_str().unwrap().ends_with("/iwmo/3.2/codelijsten/wmo757"));
    let rules: Vec<&str> = v["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(rules, ["CD041", "CD080", "CS338", "CD076"]);
}

/// Bram's plan with two claims, each given the iWmo data in `household` and `guidance`.
fn bram(household: Value, guidance: Value) -> Value {
    let claim = |provision: &str, hours: f64, iwmo: Value| {
        let mut c = json!({"provision": provision, "ring": "individual_provision", "form": "in_kind",
            "extent": {"amount": hours, "unit": "hours_per_week"}, "motivation": "Zie plan"});
        if !iwmo.is_null() {
            c["iwmo"] = iwmo;
        }
        c
    };
    json!({"case": {"client": "K-0027", "plans": [{"client": "K-0027", "version": 1, "drawn_up": "2021-03-05",
        "evaluation_date": "2021-06-05",
        "goals": [{"id": "household", "result": "Mijn huishouden is op orde", "priority": 1, "term": "short"}],
        "steps": [
            {"activity": "De kliko komt op tijd aan de straat", "goal": "household", "own": ["Zet de kliko buiten"]},
            {"activity": "Het huis wordt eenmaal per week schoongemaakt", "goal": "household",
             "wmo": [claim("Huishoudelijke hulp (Thuiszorg)", 3.0, household)]},
            {"activity": "De regie houden", "own": ["Bespreekt zijn weekplanning"],
             "wmo": [claim("Ambulante begeleiding", 2.0, guidance)]}]}]}})
}

fn allocations(request: &Value) -> Value {
    serde_json::from_str(&steun::op::call("plan.iwmo_allocations", &request.to_string()).unwrap()).unwrap()
}

fn codes(v: &Value) -> Vec<(String, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].as_str().unwrap().to_owned(), f["rule"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn bram_claims_become_allocation_lines() {
    let household = json!({"product_category": "household_help", "product_code": "01A01",
        "extent": {"volume": 3, "unit": "hour", "frequency": "per_week"}, "end_date": "2021-12-31"});
    let guidance = json!({"product_category": "guidance", "product_code": "02A01",
        "extent": {"volume": 120, "unit": "minute", "frequency": "per_week"}, "end_date": "2021-12-31"});
    let v = allocations(&bram(household, guidance));
    assert_eq!((v["instrument"].as_str(), v["standard"].as_str()), (Some("steun.iwmo"), Some("iWmo 3.2")));
    assert_eq!(v["findings"], json!([]), "both claims are complete and consistent with the plan");
    let lines = v["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    let hh = &lines[0];
    assert_eq!(hh["path"], "case.plans[0].steps[1].wmo[0]");
    assert_eq!((hh["step"].as_u64(), hh["goal"].as_str()), (Some(2), Some("household")));
    assert_eq!(hh["product_category_code"], "01");
    assert_eq!(hh["product_category_label"], "Hulp bij het huishouden");
    assert_eq!(hh["product_code"], "01A01");
    assert_eq!(
        hh["extent"],
        json!({"volume": 3, "unit": "hour", "unit_code": "04", "frequency": "per_week", "frequency_code": "2"})
    );
    assert_eq!((hh["end_date"].as_str(), hh["valid"].as_bool()), (Some("2021-12-31"), Some(true)));
    let gd = &lines[1];
    assert_eq!((gd["step"].as_u64(), gd["goal"].is_null()), (Some(3), true), "a step for the whole plan has no goal");
    assert_eq!((gd["product_category_code"].as_str(), gd["extent"]["unit_code"].as_str()), (Some("02"), Some("01")));
}

#[test]
fn claims_without_iwmo_get_a_finding_not_a_line() {
    let v = allocations(&bram(Value::Null, json!({"product_category": "guidance"})));
    let lines = v["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1, "only the coded claim");
    assert_eq!(lines[0]["extent"], Value::Null, "allocation by category only");
    assert_eq!(codes(&v), [("claim_without_iwmo".to_owned(), "steun IW2".to_owned())]);
    assert_eq!(v["findings"][0]["path"], "case.plans[0].steps[1].wmo[0]");
    assert_eq!(v["findings"][0]["severity"], "info");
}

fn one_claim(iwmo: Value) -> Vec<(String, String)> {
    codes(&allocations(&bram(iwmo, json!({"product_category": "guidance"}))))
}

fn pair(code: &str, rule: &str) -> (String, String) {
    (code.to_owned(), rule.to_owned())
}

#[test]
fn product_code_and_extent_go_together() {
    // CD041: a code needs an extent.
    let f = one_claim(json!({"product_category": "household_help", "product_code": "01A01"}));
    assert_eq!(f, [pair("product_code_without_extent", "iWmo 3.2 CD041")]);
    // CD080: an extent needs a code when the end date is after 2020 or open ...
    let x = json!({"volume": 3, "unit": "hour", "frequency": "per_month"});
    let f = one_claim(json!({"product_category": "household_help", "extent": x}));
    assert_eq!(
        f,
        [pair("extent_without_product_code", "iWmo 3.2 CD080"), pair("extent_differs_from_plan", "steun IW6")]
    );
    // ... but not for an allocation ending by 31-12-2020.
    let f = one_claim(json!({"product_category": "household_help", "extent": x, "end_date": "2020-12-31"}));
    assert_eq!(f, [pair("extent_differs_from_plan", "steun IW6")]);
}

#[test]
fn unit_and_frequency_combinations_follow_cs338() {
    let with = |unit: &str, frequency: &str, end: &str| {
        one_claim(json!({"product_category": "day_activities", "product_code": "07A01",
            "extent": {"volume": 1, "unit": unit, "frequency": frequency}, "end_date": end}))
        .into_iter()
        .filter(|(c, _)| c != "extent_differs_from_plan")
        .collect::<Vec<_>>()
    };
    let refused = [pair("unit_frequency_mismatch", "iWmo 3.2 CS338")];
    for unit in ["etmaal", "day_part", "euros", "pieces_effort"] {
        assert_eq!(with(unit, "per_day", "2021-12-31"), refused, "{unit} per day");
        assert_eq!(with(unit, "per_day", "2020-12-31"), [], "{unit} per day, ended by 2020");
        for ok in ["per_week", "per_month", "total_within_allocation"] {
            assert_eq!(with(unit, ok, "2021-12-31"), [], "{unit} {ok}");
        }
    }
    for unit in ["minute", "hour", "pieces_output"] {
        assert_eq!(with(unit, "per_day", "2021-12-31"), [], "{unit} per day is allowed");
    }
}

#[test]
fn weekly_frequency_needs_an_end_date() {
    let f = one_claim(json!({"product_category": "household_help", "product_code": "01A01",
        "extent": {"volume": 3, "unit": "hour", "frequency": "per_week"}}));
    assert_eq!(f, [pair("weekly_without_end_date", "iWmo 3.2 CD076")]);
}

#[test]
fn an_invalid_line_is_marked_and_a_personal_budget_gets_none() {
    let mut req = bram(
        json!({"product_category": "household_help", "product_code": "01A01"}),
        json!({"product_category": "guidance"}),
    );
    let v = allocations(&req);
    assert_eq!(v["lines"][0]["valid"], false, "CD041 is an error");
    assert_eq!(v["lines"][1]["valid"], true);
    req["case"]["plans"][0]["steps"][2]["wmo"][0]["form"] = json!("pgb");
    let v = allocations(&req);
    assert_eq!(v["lines"].as_array().unwrap().len(), 1);
    assert!(codes(&v).contains(&pair("personal_budget_not_iwmo", "steun IW5")));
}

#[test]
fn the_iwmo_extent_is_compared_with_the_plan() {
    let f = |volume: u32, unit: &str, frequency: &str| {
        one_claim(json!({"product_category": "household_help", "product_code": "01A01",
            "extent": {"volume": volume, "unit": unit, "frequency": frequency}, "end_date": "2021-12-31"}))
    };
    assert_eq!(f(3, "hour", "per_week"), []);
    assert_eq!(f(180, "minute", "per_week"), []);
    let differs = [pair("extent_differs_from_plan", "steun IW6")];
    assert_eq!(f(2, "hour", "per_week"), differs);
    assert_eq!(f(3, "hour", "per_month"), differs);
    assert_eq!(f(3, "day_part", "per_week"), differs);
}

fn error_of(iwmo: Value) -> steun::Error {
    let req = bram(iwmo, Value::Null);
    steun::op::call("plan.iwmo_allocations", &req.to_string()).unwrap_err()
}

#[test]
fn unknown_codes_are_refused_with_path_and_allowed_values() {
    let at = "case.plans[0].steps[1].wmo[0].iwmo";
    let e = error_of(json!({"product_category": "01"}));
    let i = &e.issues()[0];
    assert_eq!(i.path.to_string(), format!("{at}.product_category"));
    assert!(
        i.message.contains("household_help") && i.message.contains("other_sheltered_housing_and_shelter"),
        "{}",
        i.message
    );
    let e = error_of(json!({"product_category": "guidance", "product_code": "02A01",
        "extent": {"volume": 2, "unit": "km", "frequency": "per_year"}}));
    let paths: Vec<String> = e.issues().iter().map(|i| i.path.to_string()).collect();
    assert!(paths.contains(&format!("{at}.extent.unit")), "{paths:?}");
    let unit = e.issues().into_iter().find(|i| i.path.to_string().ends_with("unit")).unwrap();
    assert!(
        unit.message.contains("minute, hour, etmaal, day_part, pieces_output, euros, pieces_effort"),
        "{}",
        unit.message
    );
    assert!(!unit.message.contains("km"), "the unknown value is not repeated");
}

#[test]
fn volume_and_product_code_are_bounded_by_the_schema() {
    let at = "case.plans[0].steps[1].wmo[0].iwmo";
    for volume in [json!(100_000_000u64), json!(-1), json!(1.5)] {
        let e = error_of(json!({"product_category": "guidance", "product_code": "02A01",
            "extent": {"volume": volume, "unit": "hour", "frequency": "per_week"}}));
        let i = &e.issues()[0];
        assert_eq!(i.path.to_string(), format!("{at}.extent.volume"), "{volume}");
        assert!(i.message.contains("0 to 99999999"), "{}", i.message);
    }
    for code in ["", "   ", "123456", "Jan\n", "01 A"] {
        let e = error_of(json!({"product_category": "guidance", "product_code": code}));
        let i = &e.issues()[0];
        assert_eq!(i.path.to_string(), format!("{at}.product_code"));
        assert!(!i.message.is_empty() && !i.message.contains("Jan"), "{}", i.message);
    }
    // An unknown field inside the optional object is reported as itself, at the object,
    // naming the allowed fields (not a vague "expected an object or null").
    let e = error_of(json!({"product_category": "guidance", "budget": 100}));
    let i = &e.issues()[0];
    assert_eq!(e.issues().len(), 1, "{e}");
    assert_eq!(i.kind, steun::error::IssueKind::UnknownField, "{e}");
    assert!(i.path.to_string().starts_with(at), "{e}");
    assert!(i.message.contains("product_code"), "names the allowed fields: {}", i.message);
    assert!(!i.message.contains("object or null"), "{}", i.message);
}

#[test]
fn an_unknown_plan_version_is_an_error_at_version() {
    let mut req = bram(Value::Null, Value::Null);
    req["version"] = json!(7);
    let e = steun::op::call("plan.iwmo_allocations", &req.to_string()).unwrap_err();
    assert_eq!(e.issues()[0].path.to_string(), "version");
    assert!(e.to_string().contains("the case has: 1"), "{e}");
}

#[test]
fn the_iwmo_data_survives_a_round_trip_and_shows_in_the_diff() {
    let req = bram(
        json!({"product_category": "household_help", "product_code": "01A01",
            "extent": {"volume": 3, "unit": "hour", "frequency": "per_week"}, "end_date": "2021-12-31"}),
        Value::Null,
    );
    let plan = req["case"]["plans"][0].clone();
    let mut changed = plan.clone();
    changed["version"] = json!(2);
    changed["steps"][1]["wmo"][0]["iwmo"]["extent"]["volume"] = json!(4);
    let d = steun::op::call("plan.diff", &json!({"old": plan, "new": changed}).to_string()).unwrap();
    assert!(d.contains("\"volume\":4"), "the changed claim is in the diff: {d}");
    let doc = steun::op::call("document.validate", &json!({"kind": "plan", "document": plan}).to_string()).unwrap();
    assert!(doc.contains(r#""iwmo":{"product_category":"household_help","product_code":"01A01""#), "{doc}");
}

#[test]
fn plan_validation_reports_the_standards_rules_for_coded_claims() {
    // The same findings as plan.iwmo_allocations, as `iwmo_rule` with the rule in `source`;
    // an uncoded claim is no finding in plan.validate (coding is optional in a plan).
    let household = json!({"product_category": "day_activities", "product_code": "07A01",
        "extent": {"volume": 1, "unit": "etmaal", "frequency": "per_day"}, "end_date": "2021-12-31"});
    let request = bram(household, Value::Null);
    let out = steun::op::call("plan.validate", &request["case"].to_string()).unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    let iwmo: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "iwmo_rule")
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap().to_owned();
            (s("severity"), s("path"), s("source"))
        })
        .collect();
    assert!(iwmo.contains(&("error".into(), "plans[0].steps[1].wmo[0]".into(), "iWmo 3.2 CS338".into())), "{iwmo:?}");
    assert!(iwmo.iter().all(|(_, p, _)| p == "plans[0].steps[1].wmo[0]"), "the uncoded claim gives none: {iwmo:?}");
}
