//! Comparing two measurements: per domain the change from the baseline, and the domains at
//! level 1 or 2. Measurements of different versions are compared on ZRM 2017's domains
//! through [`super::MAPPING`].

use crate::document::Document;
use crate::lang::{labelled_enum, Bilingual};
use crate::{Error, Path};

use super::measurement::names;
use super::{ZrmDomain, ZrmLevel, ZrmMappingKind, ZrmMeasurement, ZrmVersion, INSTRUMENT, INSTRUMENT_VERSION, MAPPING};

labelled_enum! {
    /// The direction of a domain's change.
    pub enum ZrmChange {
        /// Hoger niveau: more self-reliant.
        Improved = "improved" { nl: "Verbeterd", en: "Improved" },
        /// Gelijk gebleven.
        Same = "same" { nl: "Gelijk gebleven", en: "Same" },
        /// Lager niveau: less self-reliant.
        Worsened = "worsened" { nl: "Verslechterd", en: "Worsened" },
        /// Not scored in one of the two, or no counterpart in the other version.
        NotComparable = "not_comparable" { nl: "Niet te vergelijken", en: "Not comparable" },
    }
}

/// Two measurements of one client to compare, the baseline first.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmCompareRequest {
    /// The earlier measurement.
    pub baseline: ZrmMeasurement,
    /// The later measurement.
    pub current: ZrmMeasurement,
    /// Whether an old domain split in two (ADL) is compared with both of its successors
    /// (true, the default: interpretation ZR2) or counts as not comparable.
    #[serde(default = "yes")]
    pub compare_split_domains: bool,
}

fn yes() -> bool {
    true
}

impl Document for ZrmCompareRequest {
    const KIND: &'static str = "zrm_compare_request";

    fn check(&self) -> Result<(), Error> {
        self.baseline.check().map_err(|e| crate::plan::case::under(&Path::root().key("baseline"), e))?;
        self.current.check().map_err(|e| crate::plan::case::under(&Path::root().key("current"), e))?;
        if self.current.date < self.baseline.date {
            return Err(Error::invalid(
                Path::root().key("current").key("date"),
                "must not lie before the baseline's date",
            ));
        }
        Ok(())
    }
}

/// One domain's change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmDomainChange {
    /// The domain (of the current measurement's version; ZRM 2017 when the versions differ).
    pub domain: ZrmDomain,
    /// The level at the baseline.
    pub baseline: Option<ZrmLevel>,
    /// The level now.
    pub current: Option<ZrmLevel>,
    /// Current minus baseline in levels (-4..4); null when not comparable.
    pub delta: Option<i8>,
    /// The direction.
    pub change: ZrmChange,
    /// True when the baseline level is an old domain's that was split (an approximation).
    pub approximate: bool,
}

/// The comparison of two measurements.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmComparison {
    /// Always `zrm`.
    pub instrument: String,
    /// The version of steun's encoding of the matrix.
    pub instrument_version: String,
    /// The version the domains are compared in.
    pub version: ZrmVersion,
    /// Days from the baseline to the current measurement.
    pub days: i64,
    /// One entry per domain, in the version's order.
    pub domains: Vec<ZrmDomainChange>,
    /// The domains that improved, stayed the same, worsened.
    pub improved: Vec<ZrmDomain>,
    /// The domains at the same level.
    pub same: Vec<ZrmDomain>,
    /// The domains that worsened.
    pub worsened: Vec<ZrmDomain>,
    /// The domains at level 1 or 2 at the baseline.
    pub baseline_concerns: Vec<ZrmDomain>,
    /// The domains at level 1 or 2 now.
    pub current_concerns: Vec<ZrmDomain>,
    /// What changed, in Dutch and English.
    pub explanation: Bilingual,
}

impl Document for ZrmComparison {
    const KIND: &'static str = "zrm_comparison";
}

fn split(d: ZrmDomain) -> bool {
    MAPPING.iter().any(|r| r.kind == ZrmMappingKind::Split && (r.zrm_2017 == d || r.zrm_11 == Some(d)))
}

/// Compares `r.current` with `r.baseline`, domain by domain.
pub fn compare(r: &ZrmCompareRequest) -> ZrmComparison {
    let (b, c) = (&r.baseline, &r.current);
    let version = if b.version == c.version { c.version } else { ZrmVersion::Zrm2017 };
    let cross = b.version != c.version;
    let domains: Vec<ZrmDomainChange> = version
        .domains()
        .iter()
        .map(|&d| {
            let approximate = cross && split(d);
            let refuse = approximate && !r.compare_split_domains;
            let (bl, cl) = (if refuse { None } else { b.level_of(d) }, c.level_of(d));
            let delta = bl.zip(cl).map(|(x, y)| y.number() as i8 - x.number() as i8);
            let change = match delta {
                None => ZrmChange::NotComparable,
                Some(0) => ZrmChange::Same,
                Some(x) if x > 0 => ZrmChange::Improved,
                Some(_) => ZrmChange::Worsened,
            };
            ZrmDomainChange { domain: d, baseline: bl, current: cl, delta, change, approximate: approximate && !refuse }
        })
        .collect();
    let with = |k: ZrmChange| domains.iter().filter(|x| x.change == k).map(|x| x.domain).collect::<Vec<_>>();
    let (improved, same, worsened) = (with(ZrmChange::Improved), with(ZrmChange::Same), with(ZrmChange::Worsened));
    let concern = |pick: fn(&ZrmDomainChange) -> Option<ZrmLevel>| {
        domains.iter().filter(|x| pick(x).is_some_and(ZrmLevel::is_concern)).map(|x| x.domain).collect::<Vec<_>>()
    };
    let baseline_concerns = concern(|x| x.baseline);
    let current_concerns = concern(|x| x.current);
    let days = day_number(c.date) - day_number(b.date);
    let part = |nl: &str, en: &str, ds: &[ZrmDomain]| {
        if ds.is_empty() {
            (String::new(), String::new())
        } else {
            (format!(" {nl}: {}.", names(ds, crate::Lang::Nl)), format!(" {en}: {}.", names(ds, crate::Lang::En)))
        }
    };
    let (mut nl, mut en) = (format!("Vergeleken over {days} dagen."), format!("Compared over {days} days."));
    for (n, e, ds) in [
        ("Verbeterd", "Improved", &improved),
        ("Verslechterd", "Worsened", &worsened),
        ("Nu op niveau 1 of 2", "Now at level 1 or 2", &current_concerns),
    ] {
        let (a, b) = part(n, e, ds);
        nl += &a;
        en += &b;
    }
    ZrmComparison {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        version,
        days,
        domains,
        improved,
        same,
        worsened,
        baseline_concerns,
        current_concerns,
        explanation: Bilingual::new(nl, en),
    }
}

/// Days since 0000-03-01 in the proleptic Gregorian calendar (the civil-from-days inverse).
fn day_number(d: crate::Date) -> i64 {
    let (y, m, day) = (i64::from(d.year()), i64::from(d.month()), i64::from(d.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let mp = (m + 9) % 12;
    365 * y + y / 4 - y / 100 + y / 400 + (153 * mp + 2) / 5 + day - 1
}
