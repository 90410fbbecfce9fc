//! The explanation of a result (rules 2.0.0), in Dutch and English: the points per answer,
//! which answers are unknown, why the band applies, what the worst case would be, and that
//! the 5-6 band is the library's reading (U1). Written on demand, so scoring allocates nothing.

use core::fmt::Write;

use super::bands::{BandTable, UrgencyBandRow};
use super::result::UrgencyResult;
use super::MAX_SCORE;
use crate::lang::{Labelled, Lang};

struct Words {
    point: &'static str,
    points: &'static str,
    in_worst_case: &'static str,
    score: &'static str,
    of: &'static str,
    from_known: &'static str,
    worst_case: &'static str,
    band: &'static str,
    scores: &'static str,
    to: &'static str,
    because: &'static str,
    falls_in: &'static str,
    report: &'static str,
    reporter: &'static str,
    unknown: &'static str,
    consult: &'static str,
    worst: &'static str,
    band_lower: &'static str,
    report_lower: &'static str,
    u1: &'static str,
}

const NL: Words = Words {
    point: "punt",
    points: "punten",
    in_worst_case: "in het slechtste geval",
    score: "Score",
    of: "van",
    from_known: "uit de bekende antwoorden",
    worst_case: "slechtste geval",
    band: "Categorie",
    scores: "scores",
    to: "tot en met",
    because: "omdat de score",
    falls_in: "daarin valt",
    report: "Actie melding",
    reporter: "actie melder",
    unknown: "Onbekend",
    consult: "Consultatie nodig: niet alle antwoorden zijn bekend; het multidisciplinaire (wijk)team kan helpen ze in te schatten",
    worst: "Slechtste geval, als elk onbekend antwoord 2 punten telt: score",
    band_lower: "categorie",
    report_lower: "actie melding",
    u1: "is de lezing van deze bibliotheek: de tabel van de bron heeft geen rij voor de scores 5 en 6 \
         (interpretatie U1; een eigen categorietabel kan dit veranderen)",
};

const EN: Words = Words {
    point: "point",
    points: "points",
    in_worst_case: "in the worst case",
    score: "Score",
    of: "of",
    from_known: "from the known answers",
    worst_case: "worst case",
    band: "Band",
    scores: "scores",
    to: "to",
    because: "because the score",
    falls_in: "falls in it",
    report: "Action on the report",
    reporter: "action towards the reporter",
    unknown: "Unknown",
    consult: "Consultation needed: not every answer is known; the multidisciplinary team can help judge them",
    worst: "Worst case, were every unknown answer 2 points: score",
    band_lower: "band",
    report_lower: "action on the report",
    u1: "is this library's reading: the source's table has no row for the scores 5 and 6 \
         (interpretation U1; a band table of your own can change it)",
};

fn range(w: &Words, row: &UrgencyBandRow) -> String {
    if row.score_from == row.score_to {
        format!("{} {}", w.scores, row.score_from)
    } else {
        format!("{} {} {} {}", w.scores, row.score_from, w.to, row.score_to)
    }
}

/// True for the default table's 5-6 row, which the source does not have (U1).
fn is_u1(row: &UrgencyBandRow) -> bool {
    row == BandTable::DEFAULT.row_for(5)
}

/// The explanation of `r` in `lang`.
pub(crate) fn explain(r: &UrgencyResult, lang: Lang) -> String {
    let w = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let mut s = String::with_capacity(900);
    // Writing to a String cannot fail; the results of write! are ignored for that reason.
    for c in &r.breakdown {
        let (label, answer) = (c.criterion.label(lang), c.answer.label(lang));
        let _ = match c.points {
            Some(p) => write!(s, "{label}: {answer}, {p} {}. ", if p == 1 { w.point } else { w.points }),
            None => write!(s, "{label}: {answer}, 0 {} ({} {}). ", w.points, c.points_max, w.in_worst_case),
        };
    }
    let unknown = r.has_unknown();
    if unknown {
        let _ = write!(
            s,
            "{} {} {} {MAX_SCORE}, {} ({} {}). ",
            w.score, r.score, w.of, w.from_known, w.worst_case, r.score_max
        );
    } else {
        let _ = write!(s, "{} {} {} {MAX_SCORE}. ", w.score, r.score, w.of);
    }
    let band = &r.band;
    let _ = write!(
        s,
        "{} {} ({}), {} {} {}. {}: {}; {}: {}.",
        w.band,
        band.band.label(lang),
        range(w, band),
        w.because,
        r.score,
        w.falls_in,
        w.report,
        band.report_action.label(lang),
        w.reporter,
        band.reporter_action.label(lang)
    );
    if unknown {
        let names: Vec<&str> =
            r.breakdown.iter().filter(|c| c.points.is_none()).map(|c| c.criterion.label(lang)).collect();
        let worst = &r.worst_band;
        let _ = write!(
            s,
            " {}: {}. {}. {} {}, {} {} ({}), {}: {}.",
            w.unknown,
            names.join(", "),
            w.consult,
            w.worst,
            r.score_max,
            w.band_lower,
            worst.band.label(lang),
            range(w, worst),
            w.report_lower,
            worst.report_action.label(lang)
        );
    }
    let u1 = [&r.band, &r.worst_band].into_iter().find(|row| is_u1(row));
    if let Some(row) = u1 {
        let _ = write!(s, " {} {} ({}) {}.", w.band, row.band.label(lang), range(w, row), w.u1);
    }
    s
}
