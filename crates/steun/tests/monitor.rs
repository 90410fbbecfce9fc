//! Monitoring cliëntondersteuning (003): lists and questions from the seed, hand-counted reports.

use steun::monitor::*;
use steun::{Document, Labelled, Lang};

#[test]
fn lists_match_the_seed() {
    assert_eq!(CoQuestion::ALL.len(), 20); // 003:884-909 (8) + 003:420-431 (12)
    assert_eq!(SupportLevel::ALL.len(), 4); // 003:1040-1043
    assert_eq!(QuestionDomain::ALL.len(), 6); // 003:62
    assert_eq!(Agreement::ALL.len(), 5); // 003:520
    let labels: Vec<&str> = Agreement::ALL.iter().map(|a| a.label(Lang::Nl)).collect();
    assert_eq!(labels, ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"]);
    assert_eq!(SurveyItem::Helpful.label(Lang::Nl), "Ik heb de ondersteuning als helpend ervaren."); // 003:519
    assert_eq!(
        CoQuestion::Mq5ResidentsFindWay.label(Lang::Nl),
        "Weten inwoners de weg te vinden naar cliëntondersteuners?"
    ); // 003:906
    assert_eq!(SupportLevel::Individual.label(Lang::Nl), "Individuele cliëntondersteuning");
    // 003:1043
}

fn t(client: &str, sup: &str, kind: &str, by: &str, opened: &str, extra: &str) -> String {
    format!(
        r#"{{"client": "{client}", "supporter": "{sup}", "provider": "P-01", "supporter_kind": "{kind}", "referred_by": "{by}", "opened": "{opened}"{extra}}}"#
    )
}

fn run(trajectories: &[String], min: u32) -> serde_json::Value {
    let req = format!(r#"{{"register": {{"trajectories": [{}]}}, "min_count": {min}}}"#, trajectories.join(","));
    serde_json::from_str(&steun::op::call("co_monitor.report", &req).unwrap()).unwrap()
}

fn cell(report: &serde_json::Value, part: &str, code: &str, cat: &str) -> serde_json::Value {
    let ind = report[part].as_array().unwrap().iter().find(|i| i["code"] == code).unwrap();
    ind["cells"].as_array().unwrap().iter().find(|c| c["category"] == cat).unwrap()["count"].clone()
}

#[test]
fn hand_counted_register() {
    let ts = vec![
        t(
            "K-0001",
            "CO-01",
            "formal",
            "resident",
            "2025-01-10",
            r#", "closed": "2025-02-01", "suitable_support": true"#,
        ),
        t("K-0001", "CO-01", "formal", "general_practitioner", "2025-05-01", ""),
        t("K-0002", "CO-02", "informal", "formal_supporter", "2025-02-01", r#", "target_groups": ["homeless"]"#),
        t("K-0003", "CO-03", "formal", "informal_supporter", "2025-03-01", r#", "closed": "2025-04-01""#),
    ];
    let r = run(&ts, 1);
    assert_eq!(r["instrument"], INSTRUMENT);
    assert_eq!(cell(&r, "output", "trajectories", "total"), 4);
    assert_eq!(cell(&r, "output", "residents", "total"), 3);
    assert_eq!(cell(&r, "output", "by_referral_source", "resident"), 1);
    assert_eq!(cell(&r, "output", "formal_informal_referrals", "formal_to_informal"), 1);
    assert_eq!(cell(&r, "output", "formal_informal_referrals", "informal_to_formal"), 1);
    assert_eq!(cell(&r, "output", "continuity", "returning_residents"), 1);
    assert_eq!(cell(&r, "output", "continuity", "later_same_supporter"), 1);
    assert_eq!(cell(&r, "outcome", "suitable_support", "yes"), 1);
    assert_eq!(cell(&r, "outcome", "suitable_support", "unrecorded"), 1);
    assert_eq!(r["answers"].as_array().unwrap().len(), 20);
    // Default-like threshold: counts 1-4 are suppressed, zeros shown.
    let s = run(&ts, 5);
    assert_eq!(cell(&s, "output", "trajectories", "total"), serde_json::Value::Null);
    assert_eq!(cell(&s, "output", "by_referral_source", "welfare"), 0);
    assert!(s["suppression_note"]["en"].as_str().unwrap().contains("steun's design"));
    // Supporter and provider codes never appear in a result.
    let text = s.to_string();
    assert!(!text.contains("CO-01") && !text.contains("P-01") && !text.contains("K-0001"));
}

#[test]
fn survey_counts_labels_and_respects_the_condition() {
    let req = r#"{"register": {"trajectories": []}, "min_count": 1, "survey": [
        {"used_client_support": true, "helpful": "agree", "improvement_points": true, "improvement_text": "Sneller"},
        {"used_client_support": true, "helpful": "agree"},
        {"used_client_support": false, "helpful": "disagree"}]}"#;
    let r: serde_json::Value = serde_json::from_str(&steun::op::call("co_monitor.report", req).unwrap()).unwrap();
    assert_eq!(r["survey_excluded"], 1); // 003:517
    let helpful = r["outcome"].as_array().unwrap().iter().find(|i| i["item"] == "helpful").unwrap();
    let agree = helpful["cells"].as_array().unwrap().iter().find(|c| c["category"] == "agree").unwrap();
    assert_eq!(agree["count"], 2);
    assert!(!r.to_string().contains("Sneller"));
}

#[test]
fn bad_input_names_the_field() {
    let e = steun::op::call("co_monitor.report", r#"{"register": {"trajectories": []}, "min_count": 0}"#).unwrap_err();
    assert!(e.report_json().contains("min_count"), "{}", e.report_json());
    let bad = t("K-0001", "CO-01", "formal", "resident", "2025-02-01", r#", "closed": "2025-01-01""#);
    let e = Register::from_json(&format!(r#"{{"trajectories": [{bad}]}}"#)).unwrap_err();
    assert_eq!(e.path().unwrap().to_string(), "trajectories[0].closed");
}

// Secondary suppression (M6).

fn cells<'a>(report: &'a serde_json::Value, part: &str, code: &str) -> &'a Vec<serde_json::Value> {
    report[part].as_array().unwrap().iter().find(|i| i["code"] == code).unwrap()["cells"].as_array().unwrap()
}

/// A register of `n` trajectories per referral source (in `ReferralSource::ALL` order).
fn by_referral(n: &[usize]) -> Vec<String> {
    let mut ts = Vec::new();
    for (k, src) in ReferralSource::ALL.iter().enumerate() {
        for j in 0..n.get(k).copied().unwrap_or(0) {
            ts.push(t(&format!("K-{k:02}{j:03}"), "CO-01", "formal", src.code(), "2025-01-10", ""));
        }
    }
    ts
}

fn with(ts: &[String], extra: &str) -> serde_json::Value {
    let req = format!(r#"{{"register": {{"trajectories": [{}]}}{extra}}}"#, ts.join(","));
    serde_json::from_str(&steun::op::call("co_monitor.report", &req).unwrap()).unwrap()
}

#[test]
fn one_small_cell_cannot_be_recovered_from_the_total() {
    // resident 2, access officer 5, district team 7, GP 9: total 23.
    let ts = by_referral(&[2, 5, 7, 9]);
    let r = with(&ts, "");
    assert_eq!(r["instrument_version"], INSTRUMENT_VERSION);
    assert_eq!(r["secondary_suppression"], true);
    assert_eq!(cell(&r, "output", "trajectories", "total"), 23);
    let cs = cells(&r, "output", "by_referral_source");
    let hidden: Vec<&str> =
        cs.iter().filter(|c| c["suppressed"] == true).map(|c| c["category"].as_str().unwrap()).collect();
    // The small cell and the smallest other non-zero cell.
    assert_eq!(hidden, ["resident", "access_officer"]);
    assert!(cs.iter().filter(|c| c["suppressed"] == true).all(|c| c["count"].is_null()));
    let visible: u64 = cs.iter().filter_map(|c| c["count"].as_u64()).sum();
    assert_eq!(visible, 16);
    assert_ne!(23 - visible, 2);
    // Levels are all unrecorded (23): nothing to hide there.
    assert_eq!(cell(&r, "output", "by_level", "unrecorded"), 23);
}

#[test]
fn small_totals_and_cells_of_one_stay_hidden() {
    // Only GP (3): the total is as small and hidden itself.
    let ts = by_referral(&[0, 0, 0, 3]);
    let r = with(&ts, r#", "min_count": 5"#);
    assert_eq!(cell(&r, "output", "trajectories", "total"), serde_json::Value::Null);
    // Two hidden cells of 1 each with a shown total: both would read as 1.
    let ts = by_referral(&[1, 1, 9]);
    let r = with(&ts, "");
    let cs = cells(&r, "output", "by_referral_source");
    assert_eq!(cs.iter().filter(|c| c["suppressed"] == true).count(), 3);
}

#[test]
fn a_hidden_pair_bounded_below_min_count_gets_a_third() {
    // resident 1, access officer 2, district team 7, GP 9: total 19. The two small cells sum to
    // 19 - 16 = 3, so each would be known to be 1 or 2: the district team is hidden too (1.2.0).
    let r = with(&by_referral(&[1, 2, 7, 9]), "");
    let cs = cells(&r, "output", "by_referral_source");
    let hidden: Vec<&str> =
        cs.iter().filter(|c| c["suppressed"] == true).map(|c| c["category"].as_str().unwrap()).collect();
    assert_eq!(hidden, ["resident", "access_officer", "social_district_team"]);
    let visible: u64 = cs.iter().filter_map(|c| c["count"].as_u64()).sum();
    // Three hidden counts summing to 10: any of them could be 8, above min_count.
    assert_eq!(19 - visible, 10);
}

/// The reader's view of a partition whose total is shown: the hidden parts sum to
/// `total - shown`, each is at least 1, so none is above `rest - (hidden - 1)`.
fn reader_bound_ok(total: Option<u64>, parts: &[serde_json::Value], min: u64) -> bool {
    let Some(total) = total else { return true };
    let k = unknowns(parts) as u64;
    let rest = total - parts.iter().filter_map(|c| c["count"].as_u64()).sum::<u64>();
    k == 0 || (k >= 2 && rest.saturating_sub(k - 1) >= min)
}

#[test]
fn with_the_option_off_the_old_behaviour_holds() {
    let ts = by_referral(&[2, 5, 7, 9]);
    let r = with(&ts, r#", "secondary_suppression": false"#);
    assert_eq!(r["secondary_suppression"], false);
    assert!(r["suppression_note"]["en"].as_str().unwrap().contains("a total may reveal"));
    let cs = cells(&r, "output", "by_referral_source");
    let hidden: Vec<&str> =
        cs.iter().filter(|c| c["suppressed"] == true).map(|c| c["category"].as_str().unwrap()).collect();
    assert_eq!(hidden, ["resident"]);
    assert_eq!(cell(&r, "output", "by_referral_source", "access_officer"), 5);
    let visible: u64 = cs.iter().filter_map(|c| c["count"].as_u64()).sum();
    assert_eq!(23 - visible, 2);
}

/// Tiny deterministic generator (xorshift), so the test needs no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn unknowns(cs: &[serde_json::Value]) -> usize {
    cs.iter().filter(|c| c["count"].is_null()).count()
}

#[test]
fn random_registers_never_leave_one_unknown() {
    let mut rng = Rng(0x5eed_2026);
    let mut old_leaks = 0;
    let mut bound_leaks = 0;
    let levels = SupportLevel::ALL;
    let sources = ReferralSource::ALL;
    let agreements = Agreement::ALL;
    for round in 0..300 {
        let n = rng.next(40) as usize;
        let mut ts = Vec::new();
        // Skewed: some categories are rare, so small counts are common.
        for j in 0..n {
            let src = sources[(rng.next(4) * rng.next(4)) as usize % sources.len()].code();
            let mut extra = String::new();
            if rng.next(3) > 0 {
                extra += &format!(r#", "level": "{}""#, levels[rng.next(levels.len() as u64) as usize].code());
            }
            if rng.next(2) == 0 {
                let s = ["true", "false", "null"][rng.next(3) as usize];
                extra += &format!(r#", "closed": "2025-03-01", "suitable_support": {s}"#);
            }
            ts.push(t(&format!("K-{j:04}"), "CO-01", "formal", src, "2025-01-10", &extra));
        }
        let mut survey = Vec::new();
        for _ in 0..rng.next(30) {
            let mut fields = vec![r#""used_client_support": true"#.to_owned()];
            for item in ["helpful", "can_continue", "own_choices", "same_supporter_again", "would_recommend"] {
                if rng.next(4) > 0 {
                    let a = agreements[(rng.next(5) * rng.next(2)) as usize].code();
                    fields.push(format!(r#""{item}": "{a}""#));
                }
            }
            match rng.next(3) {
                0 => fields.push(r#""improvement_points": true"#.into()),
                1 => fields.push(r#""improvement_points": false"#.into()),
                _ => {}
            }
            survey.push(format!("{{{}}}", fields.join(",")));
        }
        let min = 2 + rng.next(6);
        let r = with(&ts, &format!(r#", "min_count": {min}, "survey": [{}]"#, survey.join(",")));
        let total = cells(&r, "output", "trajectories");
        for code in ["by_level", "by_referral_source"] {
            let k = unknowns(total) + unknowns(cells(&r, "output", code));
            assert_ne!(k, 1, "round {round}: {code}");
        }
        assert_ne!(unknowns(cells(&r, "outcome", "suitable_support")), 1, "round {round}: suitable_support");
        // No hidden count can be bounded below min_count from a shown total.
        let shown_total = total[0]["count"].as_u64();
        for code in ["by_level", "by_referral_source"] {
            assert!(reader_bound_ok(shown_total, cells(&r, "output", code), min), "round {round}: {code}");
        }
        let suitable = cells(&r, "outcome", "suitable_support");
        assert!(reader_bound_ok(suitable[0]["count"].as_u64(), &suitable[1..], min), "round {round}: suitable");
        // Survey items: the number of users counts as known.
        for part in ["outcome", "experience"] {
            for ind in r[part].as_array().unwrap().iter().filter(|i| i["code"] == "survey") {
                let cs = ind["cells"].as_array().unwrap();
                let cs = if ind["item"] == "improvement_points" { &cs[..3] } else { &cs[..] };
                assert_ne!(unknowns(cs), 1, "round {round}: {}", ind["item"]);
            }
        }
        // Off: primary suppression only, never more.
        let off = with(&ts, &format!(r#", "min_count": {min}, "secondary_suppression": false"#));
        let k = unknowns(cells(&off, "output", "trajectories")) + unknowns(cells(&off, "output", "by_referral_source"));
        old_leaks += usize::from(k == 1);
        let off_total = cells(&off, "output", "trajectories")[0]["count"].as_u64();
        bound_leaks += usize::from(!reader_bound_ok(off_total, cells(&off, "output", "by_referral_source"), min));
        for ind in off["output"].as_array().unwrap() {
            for c in ind["cells"].as_array().unwrap() {
                let shown = c["count"].as_u64();
                assert_eq!(c["suppressed"] == true, shown.is_none());
            }
        }
    }
    // The registers do exercise the leak that secondary suppression closes.
    assert!(old_leaks > 20, "{old_leaks}");
    assert!(bound_leaks > old_leaks, "{bound_leaks} {old_leaks}");
}
