//! The band table: which scores lead to which band and actions (002:3993-4006).
//!
//! The default table follows the source, with one interpretation: the source's action
//! table covers "< 5", "> 6" and "10", and leaves 5 and 6 open. steun puts them in a
//! `consultation` band, since where a professional cannot judge the risks the team is
//! consulted (002:3945-3953). A caller who reads the source differently passes its own
//! table; changing a default bumps [`super::INSTRUMENT_VERSION`].

use super::answers::{UrgencyBand, UrgencyReportAction, UrgencyReporterAction};
use super::MAX_SCORE;
use crate::document::Document;
use crate::{Error, Path};

/// One band of a band table: its scores (inclusive) and its actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyBandRow {
    /// The band.
    pub band: UrgencyBand,
    /// The lowest score in the band.
    pub score_from: u8,
    /// The highest score in the band (inclusive).
    pub score_to: u8,
    /// Actie melding: what happens with the report.
    pub report_action: UrgencyReportAction,
    /// Actie melder: what happens towards the reporter.
    pub reporter_action: UrgencyReporterAction,
}

/// A band table as JSON (wire kind `urgency_band_table`): bands in ascending order,
/// contiguous, non-overlapping, covering 0..=10, each band at most once.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyBandTable {
    /// The bands, lowest scores first.
    pub bands: Vec<UrgencyBandRow>,
}

impl Document for UrgencyBandTable {
    const KIND: &'static str = "urgency_band_table";

    fn check(&self) -> Result<(), Error> {
        BandTable::new(self).map(|_| ())
    }
}

/// A checked band table, ready for scoring: a lookup from score to band. Copy-sized and
/// allocation-free; build one with [`BandTable::new`] or take [`BandTable::DEFAULT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandTable {
    by_score: [UrgencyBandRow; MAX_SCORE as usize + 1],
    /// SHA-256 of the table's canonical JSON, computed once when the table is built.
    fingerprint: [u8; 32],
}

/// The fingerprint of [`BandTable::DEFAULT`]: SHA-256 of its canonical JSON, lowercase hex.
/// A result whose `bands_fingerprint` is this was scored with the default table.
pub const DEFAULT_BANDS_FINGERPRINT: &str = "08bdd61191384bf0c33f62d9c1e95971fc39c3d1af17ce80130f57d4088311df";

/// Decodes 64 lowercase hex digits at compile time (the default table's fingerprint).
const fn unhex(hex: &str) -> [u8; 32] {
    let h = hex.as_bytes();
    assert!(h.len() == 64);
    let mut out = [0u8; 32];
    let mut i = 0;
    while i < 64 {
        let d = match h[i] {
            b'0'..=b'9' => h[i] - b'0',
            b'a'..=b'f' => h[i] - b'a' + 10,
            _ => panic!("not lowercase hex"),
        };
        out[i / 2] |= if i % 2 == 0 { d << 4 } else { d };
        i += 1;
    }
    out
}

/// SHA-256 of the canonical JSON of a checked table: its wire form
/// (`{"bands":[{"band":..,"score_from":..,"score_to":..,"report_action":..,"reporter_action":..},..]}`,
/// compact, fields in that order, bands ascending, each band once), as
/// [`BandTable::to_table`] writes it. Two tables that score alike have one fingerprint.
fn fingerprint_of(by_score: &[UrgencyBandRow; MAX_SCORE as usize + 1]) -> [u8; 32] {
    use sha2::Digest;
    let table = BandTable { by_score: *by_score, fingerprint: [0; 32] }.to_table();
    sha2::Sha256::digest(crate::json::to_json(&table).as_bytes()).into()
}

const fn row(
    band: UrgencyBand,
    from: u8,
    to: u8,
    report_action: UrgencyReportAction,
    reporter_action: UrgencyReporterAction,
) -> UrgencyBandRow {
    UrgencyBandRow { band, score_from: from, score_to: to, report_action, reporter_action }
}

/// Score < 5: no action on the report; IAO to the reporter (002:3995).
const INFO: UrgencyBandRow = row(
    UrgencyBand::InformationAdvice,
    0,
    4,
    UrgencyReportAction::NoAction,
    UrgencyReporterAction::InformationAdviceSupport,
);
/// Scores 5-6: the library's interpretation (002:3945-3953); the team is consulted and,
/// since something is done with the report, the reporter hears back as in the bands above.
const CONSULT: UrgencyBandRow = row(
    UrgencyBand::Consultation,
    5,
    6,
    UrgencyReportAction::TeamConsultation,
    UrgencyReporterAction::InformationAdviceSupportFeedback,
);
/// Score > 6 (7-9): professional services, check for help present; IAO + feedback (002:3997-4003).
const PRO: UrgencyBandRow = row(
    UrgencyBand::ProfessionalServices,
    7,
    9,
    UrgencyReportAction::ProfessionalServices,
    UrgencyReporterAction::InformationAdviceSupportFeedback,
);
/// Score 10: acute help / crisis report; IAO + feedback (002:4005).
const CRISIS: UrgencyBandRow = row(
    UrgencyBand::Crisis,
    10,
    10,
    UrgencyReportAction::CrisisReport,
    UrgencyReporterAction::InformationAdviceSupportFeedback,
);

impl BandTable {
    /// The default table (002:3993-4006, with 5-6 as consultation).
    pub const DEFAULT: BandTable = BandTable {
        by_score: [INFO, INFO, INFO, INFO, INFO, CONSULT, CONSULT, PRO, PRO, PRO, CRISIS],
        fingerprint: unhex(DEFAULT_BANDS_FINGERPRINT),
    };

    /// Checks a table: at least one band; the first starts at 0; each next one starts right
    /// after the previous one ends; none ends before it starts; the last ends at 10; no band
    /// appears twice. Errors name the field, e.g. `bands[2].from`.
    pub fn new(table: &UrgencyBandTable) -> Result<BandTable, Error> {
        let at = |i: usize, field: &str| Path::root().key("bands").index(i).key(field);
        if table.bands.is_empty() {
            return Err(Error::invalid(
                Path::root().key("bands"),
                "a band table needs at least one band; the bands must cover the scores 0 to 10",
            ));
        }
        let mut by_score = [table.bands[0]; MAX_SCORE as usize + 1];
        let mut next: u8 = 0;
        for (i, r) in table.bands.iter().enumerate() {
            if table.bands[..i].iter().any(|o| o.band == r.band) {
                return Err(Error::invalid(at(i, "band"), "duplicate band: each band appears at most once"));
            }
            if next > MAX_SCORE {
                return Err(Error::invalid(
                    at(i, "score_from"),
                    "the bands before this one already cover the scores up to 10: remove it",
                ));
            }
            if r.score_from != next {
                return Err(Error::invalid(
                    at(i, "score_from"),
                    format!(
                        "expected {next}: bands are in ascending order, contiguous and non-overlapping, \
                         the first starting at 0 and each next one at the previous band's `score_to` + 1"
                    ),
                ));
            }
            if r.score_to < r.score_from {
                return Err(Error::invalid(
                    at(i, "score_to"),
                    "`score_to` must be at least `score_from` (both inclusive)",
                ));
            }
            if r.score_to > MAX_SCORE {
                return Err(Error::invalid(at(i, "score_to"), "expected at most 10, the maximum score"));
            }
            for slot in &mut by_score[r.score_from as usize..=r.score_to as usize] {
                *slot = *r;
            }
            next = r.score_to + 1;
        }
        if next != MAX_SCORE + 1 {
            return Err(Error::invalid(
                at(table.bands.len() - 1, "score_to"),
                "the last band must end at 10, the maximum score: the bands cover 0 to 10",
            ));
        }
        Ok(BandTable { by_score, fingerprint: fingerprint_of(&by_score) })
    }

    /// The table's fingerprint: SHA-256 of its canonical JSON (see [`DEFAULT_BANDS_FINGERPRINT`]).
    pub fn fingerprint(&self) -> [u8; 32] {
        self.fingerprint
    }

    /// The fingerprint as 64 lowercase hex digits, as results carry it in `bands_fingerprint`.
    pub fn fingerprint_hex(&self) -> String {
        hex(&self.fingerprint)
    }

    /// True when this is the default table (by fingerprint).
    pub fn is_default(&self) -> bool {
        self.fingerprint == BandTable::DEFAULT.fingerprint
    }

    /// Parses and checks a band table from JSON.
    pub fn from_json(text: &str) -> Result<BandTable, Error> {
        BandTable::new(&crate::json::from_json::<UrgencyBandTable>(text)?)
    }

    /// The band of `score`; scores above 10 get the band of 10.
    pub fn row_for(&self, score: u8) -> &UrgencyBandRow {
        // min() keeps the index in bounds: by_score has MAX_SCORE + 1 entries.
        &self.by_score[score.min(MAX_SCORE) as usize]
    }

    /// The table as its wire form (each band once, ascending).
    pub fn to_table(&self) -> UrgencyBandTable {
        let mut bands: Vec<UrgencyBandRow> = Vec::new();
        for r in &self.by_score {
            if bands.last() != Some(r) {
                bands.push(*r);
            }
        }
        UrgencyBandTable { bands }
    }
}

/// Lowercase hex of a fingerprint.
pub(crate) fn hex(bytes: &[u8; 32]) -> String {
    use core::fmt::Write;
    let mut s = String::with_capacity(64);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

impl Default for BandTable {
    fn default() -> Self {
        BandTable::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_fingerprint_is_the_hash_of_the_default_table() {
        assert_eq!(hex(&fingerprint_of(&BandTable::DEFAULT.by_score)), DEFAULT_BANDS_FINGERPRINT);
        let rebuilt = BandTable::new(&BandTable::DEFAULT.to_table()).unwrap();
        assert_eq!(rebuilt, BandTable::DEFAULT);
        assert!(rebuilt.is_default());
    }

    #[test]
    fn another_table_has_another_fingerprint() {
        let mut t = BandTable::DEFAULT.to_table();
        t.bands[0].score_to = 5;
        t.bands[1].score_from = 6;
        let custom = BandTable::new(&t).unwrap();
        assert!(!custom.is_default());
        assert_ne!(custom.fingerprint_hex(), DEFAULT_BANDS_FINGERPRINT);
        assert_eq!(custom.fingerprint_hex().len(), 64);
    }
}
