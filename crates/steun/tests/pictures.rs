//! The pictures: well-formed SVG (a small XML checker below), the expected elements, the
//! text alternative, labels in both languages, and escaping.

use serde_json::Value;
use steun::isolation::{IsolationType, Persistence};
use steun::Labelled;

/// The elements of a well-formed XML document in document order, with their attributes;
/// an error names what is wrong. Checks: one root, nesting, quoted and unique attributes,
/// only the five predefined entities and numeric references, no `<` or `&` loose in text.
/// An element: its name, attributes and text.
type Element = (String, Vec<(String, String)>, String);

fn parse(xml: &str) -> Result<Vec<Element>, String> {
    let b = xml.as_bytes();
    let (mut i, mut stack, mut out): (usize, Vec<String>, Vec<Element>) = (0, vec![], vec![]);
    let mut roots = 0;
    let entity = |s: &str| -> Result<(), String> {
        let mut rest = s;
        while let Some(p) = rest.find('&') {
            let end = rest[p..].find(';').ok_or("unterminated entity")? + p;
            let name = &rest[p + 1..end];
            let ok = ["amp", "lt", "gt", "quot", "apos"].contains(&name)
                || (name.starts_with("#x") && u32::from_str_radix(&name[2..], 16).is_ok())
                || (name.starts_with('#') && name[1..].parse::<u32>().is_ok());
            if !ok {
                return Err(format!("bad entity {name}"));
            }
            rest = &rest[end + 1..];
        }
        Ok(())
    };
    while i < b.len() {
        if b[i] != b'<' {
            let end = xml[i..].find('<').map_or(b.len(), |p| p + i);
            let text = &xml[i..end];
            if stack.is_empty() && !text.trim().is_empty() {
                return Err("text outside the root".into());
            }
            entity(text)?;
            if let Some(last) = out.iter_mut().rev().find(|(n, _, _)| Some(n) == stack.last()) {
                last.2.push_str(text);
            }
            i = end;
            continue;
        }
        let end = xml[i..].find('>').ok_or("unterminated tag")? + i;
        let tag = &xml[i + 1..end];
        i = end + 1;
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name.trim()) {
                return Err(format!("closing {name} does not match"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = &tag[..name_end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == ':' || c == '-') {
            return Err(format!("bad element name {name:?}"));
        }
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut rest = tag[name_end..].trim_start();
        while !rest.is_empty() {
            let eq = rest.find('=').ok_or("attribute without value")?;
            let key = rest[..eq].trim();
            let after = &rest[eq + 1..];
            if !after.starts_with('"') {
                return Err(format!("unquoted attribute {key}"));
            }
            let close = after[1..].find('"').ok_or("unterminated attribute")? + 1;
            let value = &after[1..close];
            if value.contains('<') {
                return Err("< in an attribute".into());
            }
            entity(value)?;
            if attrs.iter().any(|(k, _)| k == key) {
                return Err(format!("duplicate attribute {key}"));
            }
            attrs.push((key.to_string(), value.to_string()));
            rest = after[close + 1..].trim_start();
        }
        if stack.is_empty() {
            roots += 1;
        }
        out.push((name.to_string(), attrs, String::new()));
        if !self_closing {
            stack.push(name.to_string());
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} roots"));
    }
    Ok(out)
}

#[test]
fn the_checker_refuses_what_is_not_well_formed() {
    for bad in
        ["<a><b></a></b>", "<a x=1/>", "<a>&nbsp;</a>", "<a>x</a><b/>", "<a x=\"1\" x=\"2\"/>", "<a>", "<a>1 < 2</a>"]
    {
        assert!(parse(bad).is_err(), "{bad}");
    }
    assert!(parse("<a x=\"&amp;\"><b/>t &lt; &#233;</a>").is_ok());
}

fn picture(op: &str, example_lang: &str) -> String {
    let o = steun::op::named(op).unwrap();
    let mut req: Value = serde_json::from_str(o.example).unwrap();
    req["lang"] = Value::from(example_lang);
    let out: Value = serde_json::from_str(&o.call(&req.to_string()).unwrap()).unwrap();
    assert_eq!(out["instrument"], "steun.picture");
    assert_eq!(out["lang"], example_lang);
    out["svg"].as_str().unwrap().to_string()
}

fn count(els: &[Element], name: &str, class: &str) -> usize {
    els.iter()
        .filter(|(n, a, _)| n == name && (class.is_empty() || a.iter().any(|(k, v)| k == "class" && v == class)))
        .count()
}

fn title_desc(els: &[Element]) -> (String, String) {
    assert_eq!(els[0].0, "svg");
    assert!(els[0].1.iter().any(|(k, v)| k == "role" && v == "img"));
    assert_eq!((els[1].0.as_str(), els[2].0.as_str()), ("title", "desc"), "title and desc come first");
    (els[1].2.clone(), els[2].2.clone())
}

#[test]
fn every_picture_is_well_formed_in_both_languages() {
    for op in
        ["picture.zrm_profile", "picture.loneliness_scale", "picture.urgency_thermometer", "picture.isolation_grid"]
    {
        for lang in ["nl", "en"] {
            let svg = picture(op, lang);
            let els = parse(&svg).unwrap_or_else(|e| panic!("{op} {lang}: {e}"));
            let (t, d) = title_desc(&els);
            assert!(!t.is_empty() && d.len() > t.len(), "{op}");
            // Only black, white and greys: readable in black and white.
            for (_, attrs, _) in &els {
                for (k, v) in attrs {
                    if k == "fill" || k == "stroke" {
                        let grey = v == "none"
                            || v == "url(#hatch)"
                            || (v.len() == 4 && v[1..].chars().all(|c| c == v.as_bytes()[1] as char));
                        assert!(grey, "{op}: {k}={v}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_radar_has_an_axis_per_domain_and_three_profiles() {
    let svg = picture("picture.zrm_profile", "nl");
    let els = parse(&svg).unwrap();
    assert_eq!(count(&els, "polygon", "ring"), 5, "levels 1-5");
    assert_eq!(count(&els, "polygon", "baseline"), 1);
    assert_eq!(count(&els, "polygon", "current"), 1);
    assert_eq!(count(&els, "polygon", "target"), 1);
    let current = els.iter().find(|(_, a, _)| a.iter().any(|(k, v)| k == "class" && v == "current")).unwrap();
    let points = &current.1.iter().find(|(k, _)| k == "points").unwrap().1;
    assert_eq!(points.split(' ').count(), 13);
    let (_, desc) = title_desc(&els);
    // The example: finances 1 → 3 with target 4; justice not scored at the baseline.
    assert!(desc.contains("Financiën: 1 → 3 (doel 4)"), "{desc}");
    assert!(desc.contains("Justitie: niet gescoord → 5"), "{desc}");
    let en = picture("picture.zrm_profile", "en");
    assert!(en.contains("Finances: 1 → 3 (target 4)"));
}

#[test]
fn the_thermometer_shows_the_known_score_and_the_worst_case() {
    let svg = picture("picture.urgency_thermometer", "en");
    let els = parse(&svg).unwrap();
    // Example: score 4, worst case 8 (two unknown answers), default four bands.
    assert_eq!(count(&els, "rect", "known"), 1);
    assert_eq!(count(&els, "rect", "worst"), 1);
    assert_eq!(count(&els, "rect", "band"), 4);
    let h = |class: &str| {
        let r = els.iter().find(|(_, a, _)| a.iter().any(|(k, v)| k == "class" && v == class)).unwrap();
        r.1.iter().find(|(k, _)| k == "height").unwrap().1.parse::<f64>().unwrap()
    };
    assert_eq!(h("worst") / h("known"), 1.0, "4 known points, 4 more in the worst case");
    let (t, d) = title_desc(&els);
    assert!(t.contains("score 4 of 10, Information and advice"), "{t}");
    assert!(d.contains("Worst possible score 8 (band Professional services)"), "{d}");
}

#[test]
fn the_scale_marks_the_cut_offs() {
    let svg = picture("picture.loneliness_scale", "nl");
    let els = parse(&svg).unwrap();
    // 11 items: 0-2, 3-8, 9-10, 11.
    assert_eq!(count(&els, "rect", "level"), 4);
    assert_eq!(count(&els, "polygon", "marker"), 1);
    let (_, d) = title_desc(&els);
    assert!(d.contains("niet eenzaam 0-2; matig eenzaam 3-8; ernstig eenzaam 9-10; zeer ernstig eenzaam 11"), "{d}");
}

#[test]
fn the_grid_marks_one_cell_of_eight() {
    for t in IsolationType::ALL {
        let svg = steun::picture::isolation_grid(*t, steun::Lang::Nl);
        let els = parse(&svg).unwrap();
        assert_eq!(count(&els, "rect", "client"), 1);
        let (title, _) = title_desc(&els);
        let row = Persistence::ALL.iter().position(|p| *p == t.persistence()).unwrap() + 1;
        assert!(title.contains(&format!("{} (rij {row},", t.label(steun::Lang::Nl))), "{title}");
        for other in IsolationType::ALL {
            assert!(svg.contains(other.label(steun::Lang::Nl)), "every type is in the grid");
        }
    }
}

#[test]
fn text_is_escaped() {
    assert_eq!(steun::picture::escape("a<b & \"c\" 'd'>\u{1}"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    // A Dutch label with an ampersand ("Werk & opleiding") comes out escaped and well-formed.
    let svg = picture("picture.zrm_profile", "nl");
    assert!(svg.contains("Werk &amp; opleiding") && !svg.contains("Werk & opleiding"));
    parse(&svg).unwrap();
}

#[test]
fn docs_pictures_are_the_examples_rendered() {
    for (op, file) in [
        ("picture.zrm_profile", "zrm_profile"),
        ("picture.loneliness_scale", "loneliness_scale"),
        ("picture.urgency_thermometer", "urgency_thermometer"),
        ("picture.isolation_grid", "isolation_grid"),
    ] {
        for lang in ["nl", "en"] {
            let path = format!("{}/../../docs/pictures/{file}_{lang}.svg", env!("CARGO_MANIFEST_DIR"));
            let on_disk = std::fs::read_to_string(&path).unwrap();
            assert_eq!(on_disk, picture(op, lang), "{path} is stale: run ./scripts/render-pictures");
        }
    }
}
