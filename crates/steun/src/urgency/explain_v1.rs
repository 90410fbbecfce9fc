//! The explanation of a 1.x result (rules [`super::UrgencyRules::V1`]), word for word as
//! 1.0.0 wrote it, so stored 1.x results replay exactly. New results use `explain.rs`.

use core::fmt::Write;

use super::result::UrgencyResult;
use super::MAX_SCORE;
use crate::lang::{Labelled, Lang};

struct Words {
    point: &'static str,
    points: &'static str,
    unknown_counts: &'static str,
    to: &'static str,
    score: &'static str,
    of: &'static str,
    range: &'static str,
    band: &'static str,
    scores: &'static str,
    because_score: &'static str,
    because_max: &'static str,
    falls_in: &'static str,
    report: &'static str,
    reporter: &'static str,
    consult_unknown: &'static str,
    consult_bands: &'static str,
    lowest_in: &'static str,
}

const NL: Words = Words {
    point: "punt",
    points: "punten",
    unknown_counts: "telt als 0 tot",
    to: "tot en met",
    score: "Score",
    of: "van",
    range: "laagst mogelijk",
    band: "Categorie",
    scores: "scores",
    because_score: "omdat de score",
    because_max: "omdat de hoogst mogelijke score",
    falls_in: "daarin valt (voorzichtige lezing: onbekende antwoorden tellen hun maximum)",
    report: "Actie melding",
    reporter: "actie melder",
    consult_unknown: "Consultatie nodig: niet alle antwoorden zijn bekend",
    consult_bands: "Consultatie nodig: de laagst en hoogst mogelijke score vallen in verschillende categorieën",
    lowest_in: "de laagst mogelijke score valt in",
};

const EN: Words = Words {
    point: "point",
    points: "points",
    unknown_counts: "counts as 0 to",
    to: "to",
    score: "Score",
    of: "of",
    range: "lowest possible",
    band: "Band",
    scores: "scores",
    because_score: "because the score",
    because_max: "because the highest possible score",
    falls_in: "falls in it (precautionary reading: unknown answers count their maximum)",
    report: "Action on the report",
    reporter: "action towards the reporter",
    consult_unknown: "Consultation needed: not every answer is known",
    consult_bands: "Consultation needed: the lowest and highest possible scores fall in different bands",
    lowest_in: "the lowest possible score falls in",
};

/// The 1.x explanation of `r` in `lang`.
pub(crate) fn explain(r: &UrgencyResult, lang: Lang) -> String {
    let w = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let mut s = String::with_capacity(640);
    // Writing to a String cannot fail; the results of write! are ignored for that reason.
    for c in &r.breakdown {
        let answer = c.answer.label(lang);
        let _ = match c.points {
            Some(p) => {
                write!(s, "{}: {answer}, {p} {}. ", c.criterion.label(lang), if p == 1 { w.point } else { w.points })
            }
            None => {
                write!(s, "{}: {answer}, {} {} {}. ", c.criterion.label(lang), w.unknown_counts, c.points_max, w.points)
            }
        };
    }
    let band = &r.band;
    if r.score_min == r.score_max {
        let _ = write!(s, "{} {} {} {MAX_SCORE}. ", w.score, r.score, w.of);
    } else {
        let _ = write!(
            s,
            "{} {} {} {MAX_SCORE} ({} {}, {} {}). ",
            w.score,
            r.score,
            w.of,
            w.range,
            r.score_min,
            match lang {
                Lang::Nl => "hoogst mogelijk",
                Lang::En => "highest possible",
            },
            r.score_max
        );
    }
    let range = if band.score_from == band.score_to {
        format!("{} {}", w.scores, band.score_from)
    } else {
        format!("{} {} {} {}", w.scores, band.score_from, w.to, band.score_to)
    };
    let because = if r.score_min == r.score_max {
        format!("{} {}", w.because_score, r.score)
    } else {
        format!("{} {}", w.because_max, r.score_max)
    };
    let falls = if r.score_min == r.score_max {
        match lang {
            Lang::Nl => "daarin valt",
            Lang::En => "falls in it",
        }
    } else {
        w.falls_in
    };
    let _ = write!(
        s,
        "{} {} ({range}), {because} {falls}. {}: {}; {}: {}.",
        w.band,
        band.band.label(lang),
        w.report,
        band.report_action.label(lang),
        w.reporter,
        band.reporter_action.label(lang)
    );
    if r.needs_consultation {
        let why = if r.has_unknown() { w.consult_unknown } else { w.consult_bands };
        let _ = write!(s, " {why}");
        if r.score_band != band.band {
            let _ = write!(s, "; {} {}", w.lowest_in, r.score_band.label(lang));
        }
        s.push('.');
    }
    s
}
