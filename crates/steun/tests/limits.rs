//! Worst cases within the documented limits (docs/limits.md): the pattern finder's blow-up
//! inputs of the issue 14 review end in a `Limit` error or a bounded result, and the plan
//! diff is linear yet gives exactly what the former quadratic diff gave.

use serde_json::{json, Value};
use steun::pattern::limits::{MAX_CANDIDATES, MAX_DISTINCT_THEMES, MAX_FRAGMENT_THEMES, MAX_OUTPUT_BYTES};
use steun::pattern::{find_candidates, find_candidates_json, StoryFragment};
use steun::plan::{diff, ChangeKind, Extent, Plan, PlanChange, PlanDiff};
use steun::{Error, Path};

// ---------------------------------------------------------------------------------------
// The pattern finder

/// `n` distinct theme codes that are not words: `t0`, `t1`, ...
fn codes(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("t{i}")).collect()
}

/// The JSON of one fragment.
fn fragment(respondent: &str, themes: &[String]) -> Value {
    json!({"respondent": respondent, "kind": "need", "themes": themes, "text": "Jansen vertelt"})
}

fn fragments(v: &[Value]) -> Vec<StoryFragment> {
    steun::json::from_json(&Value::Array(v.to_vec()).to_string()).unwrap()
}

/// The limit error's message, checking that it is one and echoes no theme code.
fn limit_message(e: &Error) -> String {
    assert_eq!(e.code(), "limit", "{e}");
    let m = e.to_string();
    assert!(!m.contains("Jansen") && !m.contains("t1"), "{m}");
    assert_eq!(e.issues()[0].kind.code(), "limit");
    m
}

#[test]
fn one_fragment_naming_hundreds_of_themes_is_a_limit_error() {
    // The review: 200 themes on one fragment (1.5 KB) gave 131 MB; 500 gave 2 GB; 1000 was
    // killed at 23 GB.
    for n in [MAX_FRAGMENT_THEMES + 1, 200, 500, 1000] {
        let input = Value::Array(vec![fragment("R-00001", &codes(n))]).to_string();
        let m = limit_message(&find_candidates_json(&input, 1).unwrap_err());
        assert_eq!(
            m,
            format!("input too large: [0].themes: {n} themes on one fragment; at most 32 (max_fragment_themes)")
        );
        // Through the registry, with the path in the request.
        let req = json!({"min_respondents": 1, "fragments": [fragment("R-00001", &codes(3)), fragment("R-00002", &codes(n))]});
        let e = steun::op::call("patterns.find", &req.to_string()).unwrap_err();
        assert!(limit_message(&e).contains("fragments[1].themes: "), "{e}");
        // A story fragment on its own is held to the same limit.
        let one = fragment("R-00001", &codes(n)).to_string();
        assert_eq!(steun::document::validate_json("story_fragment", &one).unwrap_err().code(), "limit");
    }
    // Exactly the limit is accepted: one respondent, 32 themes, K = 1 gives every pair.
    let found = find_candidates(&fragments(&[fragment("R-00001", &codes(MAX_FRAGMENT_THEMES))]), 1).unwrap();
    assert_eq!(found.candidates.len(), 32 * 31 / 2);
    assert!(found.candidates.iter().all(|c| c.co_occurring.len() == 30 && c.needs == [0]));
}

#[test]
fn more_distinct_themes_than_allowed_names_the_first_one_too_many() {
    // Fragments of 32 new themes each; theme number 1024 (0-based) is the first too many:
    // fragment 32, position 0.
    let all = codes(MAX_DISTINCT_THEMES + 40);
    let v: Vec<Value> = all.chunks(32).enumerate().map(|(i, c)| fragment(&format!("R-{i:05}"), c)).collect();
    let e = find_candidates(&fragments(&v), 3).unwrap_err();
    let m = limit_message(&e);
    assert_eq!(
        m,
        "input too large: [32].themes[0]: more than 1024 distinct themes in the input; at most 1024 (max_distinct_themes)"
    );
    // 1024 themes are accepted.
    assert!(find_candidates(&fragments(&v[..32]), 3).unwrap().candidates.is_empty());
}

#[test]
fn one_respondent_with_a_thousand_themes_is_a_limit_error_not_a_blow_up() {
    // 1000 themes over 32 fragments of one respondent, K = 1: 499,500 pairs, each with 998
    // co-occurring themes (half a billion entries) without the limits.
    let all = codes(1000);
    let v: Vec<Value> = all.chunks(32).map(|c| fragment("R-00001", c)).collect();
    let m = limit_message(&find_candidates(&fragments(&v), 1).unwrap_err());
    assert_eq!(
        m,
        format!("input too large: (root): 499500 candidate patterns at min_respondents 1; raise min_respondents; at most {MAX_CANDIDATES} (max_candidates)")
    );
}

#[test]
fn many_respondents_times_many_themes_is_a_limit_error() {
    // 100 respondents who each mention the same 400 themes (13 fragments of at most 32),
    // K = 3: 79,800 frequent pairs, each supported by all 100.
    let all = codes(400);
    let mut v = Vec::new();
    for r in 0..100 {
        for c in all.chunks(32) {
            v.push(fragment(&format!("R-{r:05}"), c));
        }
    }
    let m = limit_message(&find_candidates(&fragments(&v), 3).unwrap_err());
    assert!(m.contains("79800 candidate patterns") && m.ends_with("(max_candidates)"), "{m}");
}

#[test]
fn many_pairs_with_long_codes_hit_the_output_limit() {
    // 141 themes with 64-character codes (9,870 pairs: under MAX_CANDIDATES), each of 20
    // respondents mentions all of them: every pair lists 139 co-occurring themes, about
    // 13 KB of JSON, so 190 KB of input would give about 130 MB of result.
    let all: Vec<String> = (0..141).map(|i| format!("t{i:x<63}")).collect();
    let mut v = Vec::new();
    for r in 0..20 {
        for c in all.chunks(32) {
            v.push(fragment(&format!("R-{r:05}"), c));
        }
    }
    let m = limit_message(&find_candidates(&fragments(&v), 1).unwrap_err());
    assert_eq!(
        m,
        format!("input too large: (root): the candidates would take more bytes of JSON than allowed; raise min_respondents; at most {MAX_OUTPUT_BYTES} (max_output_bytes)")
    );
}

#[test]
fn a_large_result_within_the_limits_stays_bounded() {
    // 60 themes, 200 respondents who each mention 20 of them in 2 fragments: at K = 2 about
    // every pair and single is a candidate, and the result is complete and within the limits.
    let all = codes(60);
    let mut g = Gen(0xF1ED);
    let mut v = Vec::new();
    for r in 0..200usize {
        let mut mine: Vec<String> = Vec::new();
        while mine.len() < 20 {
            let t = &all[g.next(60) as usize];
            if !mine.contains(t) {
                mine.push(t.clone());
            }
        }
        v.push(fragment(&format!("R-{r:05}"), &mine[..10]));
        v.push(fragment(&format!("R-{r:05}"), &mine[10..]));
    }
    let found = find_candidates(&fragments(&v), 2).unwrap();
    assert!(found.candidates.len() > 1700 && found.candidates.len() <= MAX_CANDIDATES, "{}", found.candidates.len());
    let entries: usize = found
        .candidates
        .iter()
        .map(|c| c.needs.len() + c.wants.len() + c.demands.len() + c.contributions.len() + c.co_occurring.len())
        .sum();
    assert!(entries > 10_000, "{entries}");
    let json = steun::json::to_json(&found);
    assert!(json.len() > 1_000_000 && json.len() <= MAX_OUTPUT_BYTES, "{}", json.len());
    // Every listed fragment is a supporter's and carries a theme of the group.
    let frags = fragments(&v);
    let c = found.candidates.iter().find(|c| c.themes.len() == 2).unwrap();
    for i in &c.needs {
        let f = &frags[*i as usize];
        assert!(c.themes.iter().any(|t| f.themes.contains(t)));
        for t in &c.themes {
            assert!(frags.iter().any(|o| o.respondent == f.respondent && o.themes.contains(t)));
        }
    }
}

#[test]
fn limit_errors_keep_the_request_path_through_every_surface_shape() {
    let e = steun::op::call(
        "patterns.find",
        &json!({"min_respondents": 1, "fragments": [fragment("R-00001", &codes(40))]}).to_string(),
    )
    .unwrap_err();
    let report: Value = serde_json::from_str(&e.report_json()).unwrap();
    assert_eq!(report["code"], "limit");
    assert_eq!(report["issues"][0]["kind"], "limit");
    assert!(report["message"].as_str().unwrap().contains("fragments[0].themes: 40 themes on one fragment"));
    // An invalid fragment still gets its path under `fragments` (an Invalid error).
    let dup = json!({"respondent": "R-00001", "kind": "need", "themes": ["a", "a"], "text": ""});
    let e =
        steun::op::call("patterns.find", &json!({"min_respondents": 1, "fragments": [dup]}).to_string()).unwrap_err();
    assert_eq!(e.path().map(Path::to_string).as_deref(), Some("fragments[0].themes[1]"));
}

// ---------------------------------------------------------------------------------------
// The plan diff

/// The diff as it was before it was made linear: `contains` and `find` in loops. The
/// reference for the linear one.
fn reference_diff(old: &Plan, new: &Plan) -> PlanDiff {
    fn j<T: serde::Serialize>(v: &T) -> Value {
        serde_json::to_value(v).unwrap_or(Value::Null)
    }
    let mut out: Vec<PlanChange> = Vec::new();
    let mut push =
        |kind, path: &Path, before, after| out.push(PlanChange { kind, path: path.to_string(), before, after });
    macro_rules! value {
        ($push:ident, $path:expr, $old:expr, $new:expr) => {
            if $old != $new {
                $push(ChangeKind::Changed, &$path, Some(j(&$old)), Some(j(&$new)));
            }
        };
    }
    macro_rules! list {
        ($push:ident, $path:expr, $old:expr, $new:expr) => {
            for (i, o) in $old.iter().enumerate() {
                if !$new.contains(o) {
                    $push(ChangeKind::Removed, &$path.clone().index(i), Some(j(o)), None);
                }
            }
            for (i, n) in $new.iter().enumerate() {
                if !$old.contains(n) {
                    $push(ChangeKind::Added, &$path.clone().index(i), None, Some(j(n)));
                }
            }
        };
    }
    let root = Path::root();
    value!(push, root.clone().key("drawn_up"), old.drawn_up, new.drawn_up);
    value!(push, root.clone().key("evaluation_date"), old.evaluation_date, new.evaluation_date);
    for (i, g) in old.goals.iter().enumerate() {
        if new.goal(&g.id).is_none() {
            push(ChangeKind::Removed, &root.clone().key("goals").index(i), Some(j(g)), None);
        }
    }
    for (i, g) in new.goals.iter().enumerate() {
        match old.goal(&g.id) {
            None => push(ChangeKind::Added, &root.clone().key("goals").index(i), None, Some(j(g))),
            Some(o) if o != g => {
                let (ov, nv) = (j(o), j(g));
                if let (Value::Object(om), Value::Object(nm)) = (&ov, &nv) {
                    for (k, v) in nm {
                        if om.get(k) != Some(v) {
                            let p = root.clone().key("goals").index(i).key(k.as_str());
                            push(ChangeKind::Changed, &p, om.get(k).cloned(), Some(v.clone()));
                        }
                    }
                }
            }
            Some(_) => {}
        }
    }
    for (i, w) in old.worksheets.iter().enumerate() {
        if !new.worksheets.iter().any(|n| n.goal == w.goal) {
            push(ChangeKind::Removed, &root.clone().key("worksheets").index(i), Some(j(w)), None);
        }
    }
    for (i, w) in new.worksheets.iter().enumerate() {
        match old.worksheets.iter().find(|o| o.goal == w.goal) {
            None => push(ChangeKind::Added, &root.clone().key("worksheets").index(i), None, Some(j(w))),
            Some(o) => value!(push, root.clone().key("worksheets").index(i), *o, *w),
        }
    }
    list!(push, root.clone().key("aids"), old.aids, new.aids);
    let common = old.steps.len().min(new.steps.len());
    for i in 0..common {
        let (o, n) = (&old.steps[i], &new.steps[i]);
        let s = root.clone().key("steps").index(i);
        value!(push, s.clone().key("activity"), o.activity, n.activity);
        value!(push, s.clone().key("goal"), o.goal, n.goal);
        list!(push, s.clone().key("own"), o.own, n.own);
        list!(push, s.clone().key("others"), o.others, n.others);
        list!(push, s.clone().key("professional"), o.professional, n.professional);
        list!(push, s.clone().key("wmo"), o.wmo, n.wmo);
    }
    for (i, s) in old.steps.iter().enumerate().skip(common) {
        push(ChangeKind::Removed, &root.clone().key("steps").index(i), Some(j(s)), None);
    }
    for (i, s) in new.steps.iter().enumerate().skip(common) {
        push(ChangeKind::Added, &root.clone().key("steps").index(i), None, Some(j(s)));
    }
    value!(push, root.key("application"), old.application, new.application);
    PlanDiff {
        instrument: "steun.plan".into(),
        instrument_version: steun::plan::validate::RULES_VERSION.into(),
        from_version: old.version,
        to_version: new.version,
        changes: out,
    }
}

/// Bram's first plan, as the base the generated plans change.
fn example_plan() -> Value {
    let case: Value = serde_json::from_str(include_str!("../data/examples/bram_case.json")).unwrap();
    case["plans"][0].clone()
}

/// A small deterministic generator (no dependency).
struct Gen(u64);

impl Gen {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len() as u64) as usize]
    }
    fn list(&mut self, max: u64, mut item: impl FnMut(&mut Self) -> Value) -> Value {
        Value::Array((0..self.next(max + 1)).map(|_| item(self)).collect())
    }
}

/// Amounts that are equal (0.0 and -0.0) without being the same number.
const AMOUNTS: [f64; 4] = [1.0, 0.0, -0.0, 2.5];

/// A plan with few distinct values, so that items repeat within and across versions.
fn generated_plan(g: &mut Gen) -> Plan {
    let mut p = example_plan();
    let ids = ["a", "b", "c", "d"];
    let texts = ["x", "y", "z"];
    p["drawn_up"] = json!(g.pick(&["2012-03-05", "2012-03-06"]));
    p["goals"] = g.list(5, |g| {
        json!({"id": g.pick(&ids), "result": g.pick(&texts), "priority": 1 + g.next(2), "term": g.pick(&["short", "long"])})
    });
    p["worksheets"] = g.list(4, |g| {
        json!({"goal": g.pick(&ids), "options": [{"description": g.pick(&texts), "ring": "own_strength"}], "best": 1})
    });
    p["aids"] = g.list(5, |g| json!(g.pick(&texts)));
    p["steps"] = g.list(4, |g| {
        json!({
            "activity": g.pick(&texts),
            "goal": if g.next(3) == 0 { Value::Null } else { json!(g.pick(&ids)) },
            "own": g.list(4, |g| json!(g.pick(&texts))),
            "others": g.list(4, |g| json!({"who": g.pick(&texts), "relation": g.pick(&["friend", "family"]), "does": g.pick(&texts)})),
            "professional": g.list(3, |g| json!(g.pick(&texts))),
            "wmo": g.list(4, |g| json!({
                "provision": g.pick(&texts),
                "ring": g.pick(&["general_provision", "individual_provision"]),
                "form": g.pick(&["in_kind", "pgb"]),
                "extent": if g.next(4) == 0 { Value::Null } else {
                    json!({"amount": AMOUNTS[g.next(4) as usize], "unit": g.pick(&["hours_per_week", "times_per_week"])})
                },
                "motivation": if g.next(2) == 0 { Value::Null } else { json!(g.pick(&texts)) },
            })),
        })
    });
    let mut plan: Plan = serde_json::from_value(p).unwrap();
    // A NaN amount (only a Rust caller can build one) equals nothing, not even itself.
    for s in &mut plan.steps {
        for c in &mut s.wmo {
            if g.next(10) == 0 {
                c.extent = Some(Extent {
                    amount: f64::NAN,
                    unit: c.extent.map_or(steun::plan::ExtentUnit::HoursPerWeek, |e| e.unit),
                });
            }
        }
    }
    plan
}

#[test]
fn the_linear_diff_gives_exactly_what_the_quadratic_diff_gave() {
    let mut g = Gen(0xD1FF);
    let (mut changes, mut kept, mut zero_pairs) = (0, 0, 0);
    for round in 0..500 {
        let old = generated_plan(&mut g);
        let new = if g.next(3) == 0 { old.clone() } else { generated_plan(&mut g) };
        let got = diff(&old, &new);
        assert_eq!(got, reference_diff(&old, &new), "round {round}");
        changes += got.changes.len();
        kept += old.aids.iter().filter(|a| new.aids.contains(a)).count();
        let amounts = |p: &Plan| -> Vec<f64> {
            p.steps.iter().flat_map(|s| s.wmo.iter().filter_map(|c| c.extent.map(|e| e.amount))).collect()
        };
        let (oa, na) = (amounts(&old), amounts(&new));
        zero_pairs += usize::from(
            oa.iter().any(|x| x.to_bits() == (-0.0f64).to_bits()) && na.iter().any(|x| x.to_bits() == 0.0f64.to_bits()),
        );
    }
    // The generator must reach what it is for: changes, kept items, and 0.0 against -0.0.
    assert!(changes > 2500 && kept > 250 && zero_pairs > 12, "{changes} {kept} {zero_pairs}");
}

#[test]
fn a_diff_of_sixty_thousand_items_per_list_is_linear() {
    // The review: 60,000 aids per version took 10 s with the quadratic diff (hours at 64 MiB).
    let n = 60_000;
    let half = n / 2;
    let mut small = example_plan();
    small["goals"] = json!([{"id": "", "result": "R", "priority": 1, "term": "short"}]);
    small["worksheets"] = json!([{"goal": ""}]);
    small["steps"] = json!([{"activity": "S", "others": [{"who": "Buurman", "relation": "neighbour", "does": ""}]}]);
    let mut old: Plan = serde_json::from_value(small).unwrap();
    let mut new = old.clone();
    let text = |i: usize| steun::text::FreeText::new(format!("hulpmiddel {i}"));
    old.aids = (0..n).map(text).collect();
    new.aids = (half..n + half).map(text).collect();
    let (goal, sheet, step) = (old.goals[0].clone(), old.worksheets[0].clone(), old.steps[0].clone());
    let goals =
        |r: std::ops::Range<usize>| r.map(|i| steun::plan::Goal { id: format!("g{i}"), ..goal.clone() }).collect();
    let sheets = |r: std::ops::Range<usize>| {
        r.map(|i| steun::plan::OptionsWorksheet { goal: format!("g{i}"), ..sheet.clone() }).collect()
    };
    let helpers = |r: std::ops::Range<usize>| {
        let others = r.map(|i| steun::plan::Helper { does: text(i), ..step.others[0].clone() }).collect();
        vec![steun::plan::Step { others, ..step.clone() }]
    };
    (old.goals, new.goals) = (goals(0..n), goals(half..n + half));
    (old.worksheets, new.worksheets) = (sheets(0..n), sheets(half..n + half));
    (old.steps, new.steps) = (helpers(0..n), helpers(half..n + half));
    let d = diff(&old, &new);
    let count = |kind, prefix: &str| d.changes.iter().filter(|c| c.kind == kind && c.path.starts_with(prefix)).count();
    for list in ["aids[", "goals[", "worksheets[", "steps[0].others["] {
        assert_eq!((count(ChangeKind::Removed, list), count(ChangeKind::Added, list)), (half, half), "{list}");
    }
    assert_eq!(d.changes.len(), 8 * half);
    // Removed items are at their place in the old list, added ones in the new, in order.
    let aids: Vec<&PlanChange> = d.changes.iter().filter(|c| c.path.starts_with("aids[")).collect();
    assert_eq!((aids[0].path.as_str(), aids[0].kind), ("aids[0]", ChangeKind::Removed));
    assert_eq!((aids[half].path.as_str(), aids[half].kind), (&*format!("aids[{half}]"), ChangeKind::Added));
    assert_eq!(aids[half].after, Some(json!(format!("hulpmiddel {n}"))));
}
