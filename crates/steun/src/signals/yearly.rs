//! The yearly report of a signalling network, as the Veenendaal network's 2011 overview
//! (002:4533-4600): cases per isolation category (the typology's rows, 002:4539-4567) and
//! per outcome, with and without interventions. Counts under a threshold are suppressed,
//! and further counts with them, so that a small municipality's report identifies no one.

use crate::document::Document;
use crate::isolation::Persistence;
use crate::lang::{labelled_enum, Bilingual};
use crate::signals::case::{ActionStatus, Case, CaseList, CaseStatus};
use crate::signals::closure::CaseClosureReason;
use crate::{Date, Error, Path};

/// The default threshold: counts from 1 to 4 are suppressed (reading S22).
pub const DEFAULT_THRESHOLD: u32 = 5;

labelled_enum! {
    /// A case's outcome at the end of the year: its closure reason, or still open.
    pub enum CaseOutcome {
        /// Not closed by the end of the year.
        Open = "open" { nl: "Loopt nog", en: "Still open" },
        /// Closed: situation improved (002:4535-4537).
        SituationImproved = "situation_improved" { nl: "Situatie verbeterd", en: "Situation improved" },
        /// Closed: referred (002:4557-4558).
        Referred = "referred" { nl: "Doorverwezen", en: "Referred" },
        /// Closed: handed over, e.g. to MEE (002:4582-4584).
        HandedOver = "handed_over" { nl: "Overgedragen", en: "Handed over" },
        /// Closed: admitted or placed (002:4591-4598).
        Admitted = "admitted" { nl: "Opgenomen of geplaatst", en: "Admitted or placed" },
        /// Closed: the client died (002:4537).
        ClientDied = "client_died" { nl: "Cliënt overleden", en: "Client died" },
        /// Closed: handled outside the network (002:4764-4767).
        HandledOutsideNetwork = "handled_outside_network" { nl: "Buiten het netwerk opgelost", en: "Handled outside the network" },
        /// Closed for another reason.
        Other = "other" { nl: "Andere reden", en: "Other reason" },
        /// Closed without a recorded closure (a case from before signals 2.0.0).
        ClosedWithoutReason = "closed_without_reason" { nl: "Afgesloten zonder reden", en: "Closed without a reason" },
    }
}

impl From<CaseClosureReason> for CaseOutcome {
    fn from(r: CaseClosureReason) -> Self {
        match r {
            CaseClosureReason::SituationImproved => CaseOutcome::SituationImproved,
            CaseClosureReason::Referred => CaseOutcome::Referred,
            CaseClosureReason::HandedOver => CaseOutcome::HandedOver,
            CaseClosureReason::Admitted => CaseOutcome::Admitted,
            CaseClosureReason::ClientDied => CaseOutcome::ClientDied,
            CaseClosureReason::HandledOutsideNetwork => CaseOutcome::HandledOutsideNetwork,
            CaseClosureReason::Other => CaseOutcome::Other,
        }
    }
}

/// A case list, the year, and the suppression threshold.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearlyReportRequest {
    /// The case-tracking list.
    pub case_list: CaseList,
    /// The year, e.g. 2011.
    pub year: u16,
    /// Counts from 1 to `threshold - 1` are suppressed; default 5. 1 turns suppression off.
    #[serde(default)]
    pub threshold: Option<u32>,
}

impl Document for YearlyReportRequest {
    const KIND: &'static str = "yearly_report_request";

    fn check(&self) -> Result<(), Error> {
        self.case_list.check().map_err(|e| e.under("case_list"))?;
        if self.threshold == Some(0) {
            return Err(Error::invalid(
                Path::root().key("threshold"),
                "expected a threshold of at least 1 (1: no suppression)",
            ));
        }
        if Date::new(self.year, 1, 1).is_none() {
            return Err(Error::invalid(Path::root().key("year"), "expected a year the library's dates cover"));
        }
        Ok(())
    }
}

/// One outcome's count in a row; `count` is null when suppressed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OutcomeCount {
    /// The outcome.
    pub outcome: CaseOutcome,
    /// How many cases; null when suppressed.
    pub count: Option<u32>,
}

/// One row: an isolation category (or none recorded).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CategoryRow {
    /// The category, the typology's row (its number is `category()`, 1-4); null: not recorded.
    pub category: Option<Persistence>,
    /// Cases in the row; null when suppressed.
    pub cases: Option<u32>,
    /// Cases with at least one action done (an intervention); null when suppressed.
    pub with_interventions: Option<u32>,
    /// Cases without; null when suppressed.
    pub without_interventions: Option<u32>,
    /// Per outcome, every outcome listed.
    pub outcomes: Vec<OutcomeCount>,
}

/// The yearly report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearlyReport {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The year.
    pub year: u16,
    /// The threshold used.
    pub threshold: u32,
    /// Every case open at some time in the year; null when suppressed.
    pub cases: Option<u32>,
    /// Cases with interventions; null when suppressed.
    pub with_interventions: Option<u32>,
    /// Cases without; null when suppressed.
    pub without_interventions: Option<u32>,
    /// Rows: categories 1-4, then cases without a category.
    pub rows: Vec<CategoryRow>,
    /// Totals per outcome.
    pub outcome_totals: Vec<OutcomeCount>,
    /// How many counts were suppressed (below the threshold, or with them so they cannot be
    /// worked out from the others).
    pub suppressed: u32,
    /// What the report counts and how it suppresses, in Dutch and English.
    pub note: Bilingual,
}

impl Document for YearlyReport {
    const KIND: &'static str = "yearly_report";
}

/// Whether `c` was open at some time in `year`, and its outcome at the year's end.
fn in_year(c: &Case, first: Date, last: Date) -> Option<CaseOutcome> {
    if c.opened > last {
        return None;
    }
    match (&c.closure, c.status) {
        (Some(k), _) if k.closed_on < first => None,
        (Some(k), _) if k.closed_on > last => Some(CaseOutcome::Open),
        (Some(k), _) => Some(k.reason.into()),
        // Closed without a date: counted in the year it was opened.
        (None, CaseStatus::Closed) => (c.opened >= first).then_some(CaseOutcome::ClosedWithoutReason),
        (None, _) => Some(CaseOutcome::Open),
    }
}

/// Builds the yearly report of `list` for `year`.
pub fn yearly_report(list: &CaseList, year: u16, threshold: u32) -> YearlyReport {
    let (Some(first), Some(last)) = (Date::new(year, 1, 1), Date::new(year, 12, 31)) else {
        return build(year, threshold, &[[[0; 2]; OUTCOMES]; ROWS]);
    };
    // counts[row][outcome][0 without, 1 with interventions]
    let mut counts = [[[0u32; 2]; OUTCOMES]; ROWS];
    for c in &list.cases {
        let Some(outcome) = in_year(c, first, last) else { continue };
        let row = c.isolation_category.map_or(ROWS - 1, |p| usize::from(p.category()) - 1).min(ROWS - 1);
        let done = c.all_actions().any(|a| a.status == ActionStatus::Done);
        let cell = &mut counts[row][outcome as usize][usize::from(done)];
        *cell = cell.saturating_add(1);
    }
    build(year, threshold, &counts)
}

const ROWS: usize = 5;
const OUTCOMES: usize = 9;

fn build(year: u16, threshold: u32, counts: &[[[u32; 2]; OUTCOMES]; ROWS]) -> YearlyReport {
    let mut t = Table::default();
    // Entries: A[r][o], B[r][k], R[r], C[o], W[k], G.
    let a: Vec<Vec<usize>> =
        (0..ROWS).map(|r| (0..OUTCOMES).map(|o| t.add(counts[r][o][0] + counts[r][o][1])).collect()).collect();
    let b: Vec<Vec<usize>> =
        (0..ROWS).map(|r| (0..2).map(|k| t.add((0..OUTCOMES).map(|o| counts[r][o][k]).sum())).collect()).collect();
    let r_tot: Vec<usize> = (0..ROWS).map(|r| t.add(a[r].iter().map(|&i| t.value[i]).sum())).collect();
    let c_tot: Vec<usize> = (0..OUTCOMES).map(|o| t.add((0..ROWS).map(|r| t.value[a[r][o]]).sum())).collect();
    let w_tot: Vec<usize> = (0..2).map(|k| t.add((0..ROWS).map(|r| t.value[b[r][k]]).sum())).collect();
    let g = t.add(r_tot.iter().map(|&i| t.value[i]).sum());
    for r in 0..ROWS {
        t.line(a[r].iter().copied(), r_tot[r]);
        t.line(b[r].iter().copied(), r_tot[r]);
    }
    for o in 0..OUTCOMES {
        t.line((0..ROWS).map(|r| a[r][o]), c_tot[o]);
    }
    for k in 0..2 {
        t.line((0..ROWS).map(|r| b[r][k]), w_tot[k]);
    }
    t.line(r_tot.iter().copied(), g);
    t.line(c_tot.iter().copied(), g);
    t.line(w_tot.iter().copied(), g);
    t.suppress(threshold);

    let outcome_list = |ids: &[usize], t: &Table| {
        <CaseOutcome as crate::Labelled>::ALL
            .iter()
            .zip(ids)
            .map(|(&outcome, &i)| OutcomeCount { outcome, count: t.shown(i) })
            .collect::<Vec<_>>()
    };
    let categories = [
        Some(Persistence::Threatened),
        Some(Persistence::Situational),
        Some(Persistence::StructuralComplex),
        Some(Persistence::StructuralPsychiatric),
        None,
    ];
    let rows = (0..ROWS)
        .map(|r| CategoryRow {
            category: categories[r],
            cases: t.shown(r_tot[r]),
            with_interventions: t.shown(b[r][1]),
            without_interventions: t.shown(b[r][0]),
            outcomes: outcome_list(&a[r], &t),
        })
        .collect();
    YearlyReport {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        year,
        threshold,
        cases: t.shown(g),
        with_interventions: t.shown(w_tot[1]),
        without_interventions: t.shown(w_tot[0]),
        rows,
        outcome_totals: outcome_list(&c_tot, &t),
        suppressed: t.hidden.iter().filter(|h| **h).count() as u32,
        note: Bilingual::new(
            format!(
                "Casussen die in {year} liepen, per isolementscategorie (002:4533-4600) en uitkomst aan het eind van het jaar; met interventies = minstens één uitgevoerde actie. Aantallen van 1 tot {threshold} zijn weggelaten (null), en zo nodig andere aantallen, zodat geen weggelaten aantal uit de overige te berekenen is."
            ),
            format!(
                "Cases open at some time in {year}, per isolation category (002:4533-4600) and outcome at the year's end; with interventions = at least one action done. Counts from 1 to below {threshold} are left out (null), and other counts where needed, so that no left-out count can be worked out from the others."
            ),
        ),
    }
}

/// Published counts and the additive relations between them (each line: parts and total).
#[derive(Default)]
struct Table {
    value: Vec<u32>,
    hidden: Vec<bool>,
    lines: Vec<(Vec<usize>, usize)>,
}

impl Table {
    fn add(&mut self, v: u32) -> usize {
        self.value.push(v);
        self.hidden.push(false);
        self.value.len() - 1
    }

    fn line(&mut self, parts: impl Iterator<Item = usize>, total: usize) {
        self.lines.push((parts.collect(), total));
    }

    fn shown(&self, i: usize) -> Option<u32> {
        (!self.hidden[i]).then(|| self.value[i])
    }

    /// Primary suppression (0 < v < threshold), then secondary until no hidden count is
    /// determined by the published ones through the lines (checked by elimination).
    fn suppress(&mut self, threshold: u32) {
        for i in 0..self.value.len() {
            self.hidden[i] = self.value[i] > 0 && self.value[i] < threshold;
        }
        // Each round hides one more count, so this ends after at most `value.len()` rounds.
        for _ in 0..self.value.len() {
            let Some(exposed) = self.determined() else { return };
            // Hide the smallest published non-zero count on a line through the exposed count,
            // or through a hidden count linked to it by lines (a line of zeros offers none).
            let mut reach = vec![exposed];
            let mut seen = vec![false; self.lines.len()];
            let mut candidate: Option<usize> = None;
            while let Some(h) = reach.pop() {
                for (l, (parts, total)) in self.lines.iter().enumerate() {
                    if seen[l] || (*total != h && !parts.contains(&h)) {
                        continue;
                    }
                    seen[l] = true;
                    for &j in parts.iter().chain(std::iter::once(total)) {
                        if self.hidden[j] {
                            reach.push(j);
                        } else if self.value[j] > 0 && candidate.is_none_or(|c| (self.value[j], j) < (self.value[c], c))
                        {
                            candidate = Some(j);
                        }
                    }
                }
            }
            match candidate {
                Some(j) => self.hidden[j] = true,
                None => return,
            }
        }
    }

    /// A hidden count that the published counts determine, if any: Gaussian elimination on
    /// the lines restricted to the hidden counts; a hidden count is determined when it is a
    /// pivot whose row has no free (non-pivot) entries.
    fn determined(&self) -> Option<usize> {
        let unknown: Vec<usize> = (0..self.value.len()).filter(|&i| self.hidden[i]).collect();
        if unknown.is_empty() {
            return None;
        }
        let col = |i: usize| unknown.iter().position(|&u| u == i);
        let mut m: Vec<Vec<f64>> = Vec::new();
        for (parts, total) in &self.lines {
            let mut row = vec![0.0; unknown.len()];
            for &p in parts {
                if let Some(c) = col(p) {
                    row[c] += 1.0;
                }
            }
            if let Some(c) = col(*total) {
                row[c] -= 1.0;
            }
            if row.iter().any(|x| *x != 0.0) {
                m.push(row);
            }
        }
        let mut pivots: Vec<(usize, usize)> = Vec::new();
        let mut r = 0;
        for c in 0..unknown.len() {
            let Some(p) = (r..m.len()).find(|&i| m[i][c].abs() > 1e-9) else { continue };
            m.swap(r, p);
            let div = m[r][c];
            for x in m[r].iter_mut() {
                *x /= div;
            }
            for i in 0..m.len() {
                if i != r && m[i][c].abs() > 1e-9 {
                    let f = m[i][c];
                    let pivot_row = m[r].clone();
                    for (x, y) in m[i].iter_mut().zip(&pivot_row) {
                        *x -= f * y;
                    }
                }
            }
            pivots.push((r, c));
            r += 1;
        }
        let pivot_cols: Vec<usize> = pivots.iter().map(|p| p.1).collect();
        pivots
            .iter()
            .find(|(row, _)| (0..unknown.len()).all(|c| pivot_cols.contains(&c) || m[*row][c].abs() <= 1e-9))
            .map(|(_, c)| unknown[*c])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_hidden_count_on_a_line_is_determined() {
        let mut t = Table::default();
        let a = t.add(13);
        let b = t.add(11);
        let c = t.add(1);
        let g = t.add(25);
        t.line([a, b, c].into_iter(), g);
        t.hidden[c] = true;
        assert_eq!(t.determined(), Some(c));
        t.suppress(5);
        assert!(t.hidden[c] && t.hidden[b] && !t.hidden[a], "{:?}", t.hidden);
        assert_eq!(t.determined(), None);
    }
}
