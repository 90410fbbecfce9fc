//! The isolation typology's grid (002:4226-4420): four rows of persistence by two columns of
//! orientation, each cell its type, the client's cell hatched and framed.

use super::svg::{wrap, Svg};
use crate::isolation::{IsolationType, Orientation, Persistence};
use crate::lang::{Labelled, Lang};

/// The grid with `t`'s cell marked, labelled in `lang`.
pub fn isolation_grid(t: IsolationType, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let (row, col) = (t.persistence(), t.orientation());
    let title = if nl {
        format!(
            "Typologie van sociaal isolement: {} (rij {}, {})",
            t.label(lang),
            row as u8 + 1,
            col.label(lang).to_lowercase()
        )
    } else {
        format!(
            "Social isolation typology: {} (row {}, {})",
            t.label(lang),
            row as u8 + 1,
            col.label(lang).to_lowercase()
        )
    };
    let desc = if nl {
        format!("Vier rijen naar hardnekkigheid van het isolement, twee kolommen naar gerichtheid op sociale participatie. De cliënt valt in rij {}: {}; kolom: {}; type {}.", row as u8 + 1, row.label(lang).to_lowercase(), col.label(lang).to_lowercase(), t.label(lang))
    } else {
        format!("Four rows by persistence of the isolation, two columns by orientation to social participation. The client is in row {}: {}; column: {}; type {}.", row as u8 + 1, row.label(lang).to_lowercase(), col.label(lang).to_lowercase(), t.label(lang))
    };
    let (x0, y0, head_w, cw, rh) = (20.0, 100.0, 250.0, 190.0, 80.0);
    let mut s = Svg::new(x0 * 2.0 + head_w + 2.0 * cw, y0 + 4.0 * rh + 30.0, &title, &desc);
    s.text(
        x0,
        26.0,
        "start",
        15.0,
        true,
        if nl { "Typologie van sociaal isolement" } else { "Social isolation typology" },
    );
    for (j, o) in Orientation::ALL.iter().enumerate() {
        let x = x0 + head_w + j as f64 * cw;
        s.rect(x, y0 - 50.0, cw, 50.0, "#eee", 1.0);
        s.lines(x + cw / 2.0, y0 - 32.0, "middle", 11.0, true, &wrap(o.label(lang), 28));
    }
    for (i, p) in Persistence::ALL.iter().enumerate() {
        let y = y0 + i as f64 * rh;
        s.rect(x0, y, head_w, rh, "#eee", 1.0);
        let mut lines = vec![format!("{}.", i + 1)];
        lines.extend(wrap(p.label(lang), 38));
        s.lines(x0 + 8.0, y + 18.0, "start", 11.0, false, &lines);
        for (j, o) in Orientation::ALL.iter().enumerate() {
            let x = x0 + head_w + j as f64 * cw;
            let cell = IsolationType::of(*p, *o == Orientation::Oriented);
            let mine = cell == t;
            if mine {
                s.el(
                    "rect",
                    &[
                        ("class", "client".into()),
                        ("x", super::svg::n(x)),
                        ("y", super::svg::n(y)),
                        ("width", super::svg::n(cw)),
                        ("height", super::svg::n(rh)),
                        ("fill", "url(#hatch)".into()),
                        ("stroke", "#000".into()),
                        ("stroke-width", "4".into()),
                    ],
                );
                s.rect(x + 20.0, y + rh / 2.0 - 24.0, cw - 40.0, 42.0, "#fff", 1.0);
                s.text(x + cw / 2.0, y + rh / 2.0 - 6.0, "middle", 14.0, true, cell.label(lang));
                s.text(
                    x + cw / 2.0,
                    y + rh / 2.0 + 12.0,
                    "middle",
                    11.0,
                    false,
                    if nl { "de cliënt" } else { "the client" },
                );
            } else {
                s.rect(x, y, cw, rh, "#fff", 1.0);
                s.text(x + cw / 2.0, y + rh / 2.0 + 5.0, "middle", 13.0, false, cell.label(lang));
            }
        }
    }
    s.finish()
}
