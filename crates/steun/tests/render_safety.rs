//! Rendered forms are safe to show: every text of the case is escaped, in Markdown and HTML
//! (issue 14 item 7).

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "[klik](javascript:alert(1))",
    "![beeld](http://example.invalid/x.png)",
    "<img src=x onerror=alert(1)>",
    "a | b",
    "**vet** _schuin_ `code`",
    "&lt;script&gt;",
    "regel\nnieuwe regel",
];

fn case_with(text: &str) -> String {
    let t = serde_json::to_string(text).unwrap();
    format!(
        r#"{{"client": "K-0001",
  "profile": {{"client": "K-0001", "domains": [{{"domain": "housing", "wishes": [{t}], "current": [{t}]}}], "important_wishes": [{t}]}},
  "plans": [{{"client": "K-0001", "version": 1, "drawn_up": "2013-01-10", "aids": [{t}],
    "goals": [{{"id": "g1", "result": {t}, "priority": 1, "term": "short", "personal_preferences": [{t}]}}],
    "steps": [{{"activity": {t}, "goal": "g1", "own": [{t}], "professional": [{t}],
      "others": [{{"who": {t}, "relation": "neighbour", "does": {t}}}]}}]}}]}}"#
    )
}

fn render(case: &str, format: &str) -> String {
    let req = format!(r#"{{"lang": "nl", "part": "all", "format": "{format}", "case": {case}}}"#);
    let out = steun::op::call("plan.render", &req).unwrap_or_else(|e| panic!("{e}"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["format"], format);
    v["text"].as_str().unwrap().to_owned()
}

#[test]
fn markdown_has_no_raw_html_links_or_images_from_the_case() {
    for h in HOSTILE {
        let md = render(&case_with(h), "markdown");
        assert!(!md.contains("<script") && !md.contains("<img"), "{h}: {md}");
        let unescaped = md.replace("\\]", "");
        assert!(!unescaped.contains("](javascript:") && !unescaped.contains("](http"), "{h}: {md}");
        assert!(!md.contains("**vet**") && !md.contains("`code`"), "{h}: {md}");
        // No table row is broken by a pipe or a line break from the case: every row of a
        // table has as many unescaped pipes as its header.
        let pipes = |l: &str| l.replace("\\|", "").matches('|').count();
        let mut header = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                header = None;
                continue;
            }
            let want = *header.get_or_insert(pipes(line));
            assert_eq!(pipes(line), want, "{h}: {line}");
        }
    }
}

#[test]
fn html_escapes_every_text() {
    for h in HOSTILE {
        let html = render(&case_with(h), "html");
        assert!(!html.contains("<script") && !html.contains("<img"), "{h}: {html}");
        // The client's words are still there, escaped, not dropped.
        let escaped = h.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        let first_line = escaped.lines().next().unwrap();
        assert!(html.contains(first_line), "{h}: the escaped text is missing");
        // Only the writer's own tags appear.
        let tags: std::collections::BTreeSet<&str> = html
            .split('<')
            .skip(1)
            .filter_map(|t| t.split(['>', ' ']).next())
            .map(|t| t.trim_start_matches('/'))
            .collect();
        let allowed = [
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "section", "h1", "p", "em", "strong", "br",
            "ol", "ul", "li", "table", "thead", "tbody", "tr", "th", "td",
        ];
        assert!(tags.iter().all(|t| allowed.contains(t)), "{h}: {tags:?}");
    }
}

#[test]
fn plain_text_renders_unchanged_in_markdown() {
    let md = render(&case_with("Mijn huishouden op orde"), "markdown");
    assert!(md.contains("1. Mijn huishouden op orde _("), "{md}");
}

#[test]
fn debug_output_keeps_plan_and_pattern_text_out() {
    use steun::Document;
    let diff = steun::op::call("plan.diff", r#"{"old": {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10", "aids": ["Rolstoel voor mevrouw Jansen"]},
        "new": {"client": "K-0001", "version": 2, "drawn_up": "2013-01-10"}}"#).unwrap();
    let d = steun::plan::PlanDiff::from_json(&diff).unwrap();
    assert!(!format!("{d:?}").contains("Jansen"), "{d:?}");
    let a: steun::pattern::Addressing = steun::json::from_json(
        r#"{"date": "2011-11-01", "party": "welfare_work", "actions": [{"action": "Bel mevrouw Jansen", "owner": "welfare_work", "owner_name": "Piet"}]}"#,
    )
    .unwrap();
    let shown = format!("{a:?}");
    assert!(!shown.contains("Jansen") && !shown.contains("Piet"), "{shown}");
    let c: steun::pattern::Closure =
        steun::json::from_json(r#"{"date": "2012-06-01", "result": "Mevrouw Jansen geholpen"}"#).unwrap();
    assert!(!format!("{c:?}").contains("Jansen"));
    let e = steun::op::call(
        "plan.diff",
        r#"{"old": {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"},
        "new": {"client": "K-0001", "version": 2, "drawn_up": "2013-01-10"}}"#,
    )
    .unwrap();
    let dup = e.replace(r#""changes":[]"#, r#""changes":[{"kind":"added","path":"aids[0]","after":{"a":1,"a":2}}]"#);
    assert!(steun::plan::PlanDiff::from_json(&dup).is_err(), "duplicate keys inside a change value are refused");
}
