//! The urgency thermometer (002:3930-4006): the scale 0-10 with its bands, the known score
//! filled in black and the worst case (every unknown answer 2 points) hatched above it.

use super::svg::{n, Svg};
use crate::lang::{Labelled, Lang};
use crate::urgency::{UrgencyBandTable, UrgencyResultDocument};

const MAX: u8 = 10;

/// The thermometer of `r` with the bands of `bands`, labelled in `lang`.
pub fn thermometer(r: &UrgencyResultDocument, bands: &UrgencyBandTable, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let (top, unit, x) = (40.0, 28.0, 70.0);
    let y = |s: f64| top + (f64::from(MAX) - s) * unit;
    let band_of = |s: u8| bands.bands.iter().find(|b| b.score_from <= s && s <= b.score_to);
    let band_name = |s: u8| band_of(s).map_or("", |b| b.band.label(lang));
    let title = if nl {
        format!("Urgentiethermometer: score {} van {MAX}, {}", r.score, band_name(r.score))
    } else {
        format!("Urgency thermometer: score {} of {MAX}, {}", r.score, band_name(r.score))
    };
    let mut desc = if nl {
        format!("Bekende score {} (categorie {}).", r.score, band_name(r.score))
    } else {
        format!("Known score {} (band {}).", r.score, band_name(r.score))
    };
    if r.score_max > r.score {
        desc += &if nl {
            format!(
                " Slechtst mogelijke score {} (categorie {}) als elk onbekend antwoord 2 punten telt.",
                r.score_max,
                band_name(r.score_max)
            )
        } else {
            format!(
                " Worst possible score {} (band {}) if every unknown answer counts 2 points.",
                r.score_max,
                band_name(r.score_max)
            )
        };
    }
    desc += if nl { " Categorieën:" } else { " Bands:" };
    for b in &bands.bands {
        desc += &format!(" {} {}-{};", b.band.label(lang), b.score_from, b.score_to);
    }
    let h = y(0.0) + 80.0;
    let mut s = Svg::new(460.0, h, &title, desc.trim_end_matches(';'));
    s.text(20.0, 24.0, "start", 15.0, true, if nl { "Urgentiethermometer" } else { "Urgency thermometer" });
    // The tube: one cell per point, 0 at the bottom.
    s.rect(x, y(f64::from(MAX)), 40.0, f64::from(MAX) * unit, "#fff", 1.5);
    s.el(
        "rect",
        &[
            ("class", "known".into()),
            ("x", n(x)),
            ("y", n(y(f64::from(r.score)))),
            ("width", "40".into()),
            ("height", n(f64::from(r.score) * unit)),
            ("fill", "#000".into()),
        ],
    );
    if r.score_max > r.score {
        s.el(
            "rect",
            &[
                ("class", "worst".into()),
                ("x", n(x)),
                ("y", n(y(f64::from(r.score_max)))),
                ("width", "40".into()),
                ("height", n(f64::from(r.score_max - r.score) * unit)),
                ("fill", "url(#hatch)".into()),
                ("stroke", "#000".into()),
                ("stroke-dasharray", "4 3".into()),
            ],
        );
    }
    // The bulb.
    s.el("circle", &[("cx", n(x + 20.0)), ("cy", n(y(0.0) + 22.0)), ("r", "20".into()), ("fill", "#000".into())]);
    for p in 0..=MAX {
        let yy = y(f64::from(p));
        s.line((x - 6.0, yy), (x, yy), 1.0, None);
        s.text(x - 10.0, yy + 4.0, "end", 11.0, false, &p.to_string());
    }
    // The bands, as brackets to the right with their names.
    for b in &bands.bands {
        let (y1, y2) =
            (y(f64::from(b.score_to) + 0.5).max(y(f64::from(MAX))), y(f64::from(b.score_from) - 0.5).min(y(0.0)));
        let bx = x + 60.0;
        s.el(
            "rect",
            &[
                ("class", "band".into()),
                ("x", n(bx)),
                ("y", n(y1 + 1.0)),
                ("width", "6".into()),
                ("height", n(y2 - y1 - 2.0)),
                ("fill", "#000".into()),
            ],
        );
        s.text(
            bx + 14.0,
            (y1 + y2) / 2.0 + 4.0,
            "start",
            12.0,
            false,
            &format!("{} ({}-{})", b.band.label(lang), b.score_from, b.score_to),
        );
    }
    // Markers and legend.
    let legend_y = y(0.0) + 58.0;
    s.rect(20.0, legend_y - 10.0, 12.0, 12.0, "#000", 1.0);
    s.text(
        38.0,
        legend_y,
        "start",
        12.0,
        false,
        &if nl { format!("bekende score {}", r.score) } else { format!("known score {}", r.score) },
    );
    if r.score_max > r.score {
        s.rect(220.0, legend_y - 10.0, 12.0, 12.0, "url(#hatch)", 1.0);
        s.text(
            238.0,
            legend_y,
            "start",
            12.0,
            false,
            &if nl { format!("slechtst mogelijk {}", r.score_max) } else { format!("worst case {}", r.score_max) },
        );
    }
    s.finish()
}
