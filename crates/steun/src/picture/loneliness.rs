//! A loneliness result on its scale: the scores 0 to the number of items, the levels the
//! cut-offs give (manual §8, §9), and the person's score marked.

use super::svg::{n, Svg};
use crate::lang::{Labelled, Lang};
use crate::loneliness::{LonelinessLevel, LonelinessResult};

const FILLS: [&str; 4] = ["#fff", "#ccc", "#888", "#444"];

/// The result `r` on its scale, labelled in `lang`.
pub fn loneliness_scale(r: &LonelinessResult, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let scale = r.scale;
    let max = scale.item_count();
    // The levels as runs of scores.
    let mut runs: Vec<(LonelinessLevel, u8, u8)> = Vec::new();
    for t in 0..=max {
        let l = scale.level(t);
        match runs.last_mut() {
            Some(run) if run.0 == l => run.2 = t,
            _ => runs.push((l, t, t)),
        }
    }
    let score = match (r.score, r.level) {
        (Some(t), Some(l)) => {
            if nl {
                format!("score {t} van {max}: {}", l.label(lang).to_lowercase())
            } else {
                format!("score {t} of {max}: {}", l.label(lang).to_lowercase())
            }
        }
        _ => {
            if nl {
                "geen totaalscore (te veel antwoorden ontbreken)".to_string()
            } else {
                "no total score (too many answers missing)".to_string()
            }
        }
    };
    let title = format!("{}: {score}", scale.label(lang));
    let cut: Vec<String> = runs.iter().map(|(l, a, b)| format!("{} {a}-{b}", l.label(lang).to_lowercase())).collect();
    let desc = format!("{}. {} {}.", title, if nl { "Afkappunten:" } else { "Cut-offs:" }, cut.join("; "));
    let (x0, w) = (30.0, 540.0);
    let cell = w / f64::from(max + 1);
    let mut s = Svg::new(600.0, 190.0, &title, &desc);
    s.text(x0, 24.0, "start", 15.0, true, scale.label(lang));
    for (i, (l, a, b)) in runs.iter().enumerate() {
        let (xa, xb) = (x0 + f64::from(*a) * cell, x0 + f64::from(*b + 1) * cell);
        s.el(
            "rect",
            &[
                ("class", "level".into()),
                ("x", n(xa)),
                ("y", "70".into()),
                ("width", n(xb - xa)),
                ("height", "36".into()),
                ("fill", FILLS[i % 4].into()),
                ("stroke", "#000".into()),
                ("stroke-width", "1.5".into()),
            ],
        );
        let lines = super::svg::wrap(l.label(lang), ((xb - xa) / 7.0).max(6.0) as usize);
        s.lines((xa + xb) / 2.0, 46.0 - (lines.len().saturating_sub(1)) as f64 * 14.0, "middle", 12.0, false, &lines);
    }
    for t in 0..=max {
        s.text(x0 + (f64::from(t) + 0.5) * cell, 124.0, "middle", 12.0, false, &t.to_string());
    }
    if let Some(t) = r.score {
        let cx = x0 + (f64::from(t) + 0.5) * cell;
        s.el(
            "polygon",
            &[
                ("class", "marker".into()),
                ("points", format!("{},{} {},{} {},{}", n(cx), n(130.0), n(cx - 9.0), n(150.0), n(cx + 9.0), n(150.0))),
                ("fill", "#000".into()),
            ],
        );
    }
    s.text(x0, 176.0, "start", 13.0, true, &score);
    s.finish()
}
