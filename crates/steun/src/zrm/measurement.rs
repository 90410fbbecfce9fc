//! A ZRM measurement: on a date, by an assessor, one level per domain of the version, or
//! "not scored".

use crate::date::Date;
use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::text::ClientCode;
use crate::{Error, Path};

use super::{ZrmDomain, ZrmLevel, ZrmVersion, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};

/// One domain's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmScore {
    /// The domain.
    pub domain: ZrmDomain,
    /// The level; null when the domain was not scored.
    pub level: Option<ZrmLevel>,
}

/// One measurement with the matrix.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmMeasurement {
    /// The version of the matrix; `zrm_2017` when left out.
    #[serde(default = "default_version")]
    pub version: ZrmVersion,
    /// The date of the measurement.
    pub date: Date,
    /// The assessor's pseudonymous code, in the client-code format (e.g. `M-017`), never a name.
    pub assessor: ClientCode,
    /// One score per domain of the version, each domain once, in any order.
    pub scores: Vec<ZrmScore>,
}

fn default_version() -> ZrmVersion {
    ZrmVersion::Zrm2017
}

impl ZrmMeasurement {
    /// The level of `d` as this measurement gives it: its own score when the version has
    /// `d`, else the score of the domain it maps to (interpretation ZR2); for an old domain
    /// split in two (ADL), the lower of both. None when not scored or not measured.
    pub fn level_of(&self, d: ZrmDomain) -> Option<ZrmLevel> {
        if self.version.has(d) {
            return self.scores.iter().find(|s| s.domain == d).and_then(|s| s.level);
        }
        self.scores.iter().filter(|s| s.domain.same_area(d)).filter_map(|s| s.level).min()
    }

    /// The scored domains at a level, in the version's order.
    pub fn at(&self, pred: impl Fn(ZrmLevel) -> bool) -> Vec<ZrmDomain> {
        self.version.domains().iter().copied().filter(|&d| self.level_of(d).is_some_and(&pred)).collect()
    }
}

impl Document for ZrmMeasurement {
    const KIND: &'static str = "zrm_measurement";

    /// Every domain of the version exactly once; no domain of the other version.
    fn check(&self) -> Result<(), Error> {
        let v = self.version;
        let allowed = || v.domains().iter().map(|d| d.code()).collect::<Vec<_>>().join(", ");
        let mut seen = [false; 16];
        for (i, s) in self.scores.iter().enumerate() {
            let at = Path::root().key("scores").index(i).key("domain");
            if !v.has(s.domain) {
                return Err(Error::invalid(at, format!("not a domain of {}; allowed: {}", v.code(), allowed())));
            }
            if std::mem::replace(&mut seen[s.domain as usize], true) {
                return Err(Error::invalid(at, "this domain is scored twice; give each domain once"));
            }
        }
        if let Some(d) = v.domains().iter().find(|d| !seen[**d as usize]) {
            let msg = format!(
                "must hold one score per domain of {} ({} domains; level null when not scored); {} is missing",
                v.code(),
                v.domains().len(),
                d.code()
            );
            return Err(Error::invalid(Path::root().key("scores"), msg));
        }
        Ok(())
    }
}

/// A recorded measurement: the measurement as checked, in the version's domain order, with
/// what it shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmRecord {
    /// Always `zrm`.
    pub instrument: String,
    /// The version of steun's encoding of the matrix.
    pub instrument_version: String,
    /// The measurement, its scores in the version's order.
    pub measurement: ZrmMeasurement,
    /// The number of domains scored.
    pub scored: u8,
    /// The domains not scored.
    pub not_scored: Vec<ZrmDomain>,
    /// The domains at level 1 (acute).
    pub acute: Vec<ZrmDomain>,
    /// The domains at level 1 or 2, where support is needed.
    pub concerns: Vec<ZrmDomain>,
    /// What it shows, in Dutch and English.
    pub explanation: Bilingual,
    /// Where the domains and levels come from.
    pub source: String,
}

impl Document for ZrmRecord {
    const KIND: &'static str = "zrm_record";
}

pub(crate) fn names(ds: &[ZrmDomain], lang: crate::Lang) -> String {
    ds.iter().map(|d| d.label(lang).to_lowercase()).collect::<Vec<_>>().join(", ")
}

/// Records a checked measurement: its scores in the version's order and its concerns.
pub fn record(m: &ZrmMeasurement) -> ZrmRecord {
    let mut measurement = m.clone();
    let order = |d: ZrmDomain| m.version.domains().iter().position(|x| *x == d).unwrap_or(usize::MAX);
    measurement.scores.sort_by_key(|s| order(s.domain));
    let not_scored: Vec<ZrmDomain> =
        measurement.scores.iter().filter(|s| s.level.is_none()).map(|s| s.domain).collect();
    let acute = m.at(|l| l == ZrmLevel::Acute);
    let concerns = m.at(ZrmLevel::is_concern);
    let n = m.version.domains().len();
    let scored = (measurement.scores.len() - not_scored.len()) as u8;
    let (mut nl, mut en) = (format!("{scored} van {n} domeinen gescoord."), format!("{scored} of {n} domains scored."));
    if !acute.is_empty() {
        nl += &format!(" Acute problematiek: {}.", names(&acute, crate::Lang::Nl));
        en += &format!(" Acute problems: {}.", names(&acute, crate::Lang::En));
    }
    let two = m.at(|l| l == ZrmLevel::NotSelfReliant);
    if !two.is_empty() {
        nl += &format!(" Niet zelfredzaam: {}.", names(&two, crate::Lang::Nl));
        en += &format!(" Not self-reliant: {}.", names(&two, crate::Lang::En));
    }
    ZrmRecord {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        measurement,
        scored,
        not_scored,
        acute,
        concerns,
        explanation: Bilingual::new(nl, en),
        source: SOURCE.to_owned(),
    }
}
