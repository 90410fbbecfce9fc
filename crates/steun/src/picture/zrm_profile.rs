//! A ZRM profile as a radar ("spinnenweb"): one axis per domain of the current measurement's
//! version, rings at levels 1-5, the baseline dashed, the current measurement solid and
//! filled grey, the targets dotted with square markers. A domain not scored sits at the
//! centre and its label says so.

use super::svg::{n, Svg};
use crate::lang::{Labelled, Lang};
use crate::zrm::{ZrmDomain, ZrmLevel, ZrmMeasurement, ZrmTarget};

/// The radar of `current`, with `baseline` and `targets` where given, labelled in `lang`.
pub fn zrm_profile(
    baseline: Option<&ZrmMeasurement>,
    current: &ZrmMeasurement,
    targets: &[ZrmTarget],
    lang: Lang,
) -> String {
    let nl = lang == Lang::Nl;
    let domains = current.version.domains();
    let k = domains.len() as f64;
    // Wide enough for the longest label left of the radar ("Maatschappelijke participatie").
    let (cx, cy, r) = (400.0, 300.0, 190.0);
    let at = |i: usize, level: f64| {
        let a = -std::f64::consts::FRAC_PI_2 + 2.0 * std::f64::consts::PI * i as f64 / k;
        (cx + r * level / 5.0 * a.cos(), cy + r * level / 5.0 * a.sin())
    };
    let lv = |l: Option<ZrmLevel>| l.map_or(0.0, |l| f64::from(l.number()));
    let target_of = |d: ZrmDomain| targets.iter().filter(|t| t.domain.same_area(d)).filter_map(|t| t.target).max();
    let title = if nl {
        format!("ZRM-profiel, {}, meting van {}", current.version.label(lang), current.date)
    } else {
        format!("Self-reliance profile, {}, measurement of {}", current.version.label(lang), current.date)
    };
    let dash = if nl { "niet gescoord" } else { "not scored" };
    let show = |l: Option<ZrmLevel>| l.map_or(dash.to_string(), |l| l.number().to_string());
    let mut desc = String::new();
    if let Some(b) = baseline {
        desc += &if nl {
            format!("Beginmeting {}, huidige meting {}. ", b.date, current.date)
        } else {
            format!("Baseline {}, current {}. ", b.date, current.date)
        };
    }
    for &d in domains {
        desc += &format!("{}: ", d.label(lang));
        if let Some(b) = baseline {
            desc += &format!("{} → ", show(b.level_of(d)));
        }
        desc += &show(current.level_of(d));
        if let Some(t) = target_of(d) {
            desc += &if nl { format!(" (doel {})", t.number()) } else { format!(" (target {})", t.number()) };
        }
        desc += "; ";
    }
    let desc = desc.trim_end_matches("; ").to_string() + ".";
    let mut s = Svg::new(800.0, 620.0, &title, &desc);
    s.text(20.0, 26.0, "start", 15.0, true, &title);
    // Rings and axes.
    for level in 1..=5 {
        let ring: Vec<(f64, f64)> = (0..domains.len()).map(|i| at(i, f64::from(level))).collect();
        s.polygon(&ring, "none", if level == 5 { 1.2 } else { 0.5 }, None, "ring");
        let (x, y) = at(0, f64::from(level));
        s.text(x + 4.0, y + 12.0, "start", 10.0, false, &level.to_string());
    }
    for (i, &d) in domains.iter().enumerate() {
        s.line((cx, cy), at(i, 5.0), 0.5, None);
        let (x, y) = at(i, 5.6);
        let anchor = if (x - cx).abs() < 10.0 {
            "middle"
        } else if x > cx {
            "start"
        } else {
            "end"
        };
        let mut label = d.label(lang).to_string();
        if current.level_of(d).is_none() {
            label += &format!(" ({dash})");
        }
        s.text(x, y + 4.0, anchor, 11.0, false, &label);
    }
    if let Some(b) = baseline {
        let pts: Vec<(f64, f64)> = domains.iter().enumerate().map(|(i, &d)| at(i, lv(b.level_of(d)))).collect();
        s.polygon(&pts, "none", 1.5, Some("6 4"), "baseline");
    }
    let pts: Vec<(f64, f64)> = domains.iter().enumerate().map(|(i, &d)| at(i, lv(current.level_of(d)))).collect();
    s.polygon(&pts, "#bbb", 2.5, None, "current");
    for (x, y) in &pts {
        s.el("circle", &[("cx", n(*x)), ("cy", n(*y)), ("r", "3.5".into()), ("fill", "#000".into())]);
    }
    if !targets.is_empty() {
        let pts: Vec<(f64, f64)> = domains
            .iter()
            .enumerate()
            .map(|(i, &d)| at(i, target_of(d).map_or_else(|| lv(current.level_of(d)), |t| f64::from(t.number()))))
            .collect();
        s.polygon(&pts, "none", 1.5, Some("1 3"), "target");
        for (i, &d) in domains.iter().enumerate() {
            if target_of(d).is_some() {
                let (x, y) = pts[i];
                s.rect(x - 4.0, y - 4.0, 8.0, 8.0, "#fff", 1.5);
            }
        }
    }
    // Legend.
    let ly = 585.0;
    let mut lx = 20.0;
    let mut item = |s: &mut Svg, dash: Option<&str>, w: f64, label: &str| {
        s.line((lx, ly), (lx + 30.0, ly), w, dash);
        s.text(lx + 36.0, ly + 4.0, "start", 12.0, false, label);
        lx += 40.0 + label.chars().count() as f64 * 6.5 + 20.0;
    };
    if baseline.is_some() {
        item(&mut s, Some("6 4"), 1.5, if nl { "beginmeting" } else { "baseline" });
    }
    item(&mut s, None, 2.5, if nl { "huidige meting" } else { "current" });
    if !targets.is_empty() {
        item(&mut s, Some("1 3"), 1.5, if nl { "doel (vierkantje)" } else { "target (square)" });
    }
    s.text(
        20.0,
        608.0,
        "start",
        10.0,
        false,
        if nl {
            "Niveaus: 1 acute problematiek … 5 volledig zelfredzaam"
        } else {
            "Levels: 1 acute problems … 5 fully self-reliant"
        },
    );
    s.finish()
}
