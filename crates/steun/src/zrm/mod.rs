//! Self-reliance: scores compatible with the Zelfredzaamheid-Matrix (ZRM) of GGD Amsterdam,
//! the 13 domains of ZRM 2017 and the 11 of the earlier version, the five levels, a
//! measurement, the comparison of two, and the link to the support plan (a goal names the
//! ZRM domains it works on, `plan::zrm_checks`).
//!
//! Only the domain and level names are shipped; the cell criteria are © GGD Amsterdam and a
//! licensed host passes them in ([`ZrmCriteria`]).
//!
//! ```
//! use steun::zrm::{record, ZrmDomain, ZrmLevel, ZrmMeasurement};
//! use steun::Document;
//!
//! let mut scores: Vec<_> = ZrmMeasurement::template_2017();
//! scores[0].level = Some(ZrmLevel::Acute); // finances
//! let m = ZrmMeasurement { version: Default::default(), date: "2024-03-01".parse()?,
//!     assessor: steun::ClientCode::new("M-017")?, scores };
//! m.check()?;
//! let r = record(&m);
//! assert_eq!(r.acute, [ZrmDomain::Finances]);
//! assert_eq!(r.scored, 1);
//! # Ok::<(), steun::Error>(())
//! ```

mod compare;
pub mod criteria;
mod domain;
mod measurement;
pub mod ops;

pub use compare::{compare, ZrmChange, ZrmCompareRequest, ZrmComparison, ZrmDomainChange};
pub use criteria::{matrix, ZrmCell, ZrmCriteria, ZrmCriterion, ZrmMatrix, ZrmMatrixRequest, ZrmRow};
pub use domain::{ZrmDomain, ZrmFit, ZrmLevel, ZrmLinks, ZrmMapping, ZrmMappingKind, ZrmTarget, ZrmVersion, MAPPING};
pub use measurement::{record, ZrmMeasurement, ZrmRecord, ZrmScore};
pub use ops::{reference, ZrmDomainInfo, ZrmReference};

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "zrm";

/// The version of steun's encoding of the matrix (domains, mapping, rules); raise it when
/// one changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

/// The sources of the domains, levels and mapping.
pub const SOURCE: &str = "Zelfredzaamheid-Matrix (ZRM), GGD Amsterdam: ZRM 2017, 13 domains (ZRM-Handleiding 2017, \
                          as listed by zrmtraining.nl, 'Welke domeinen heeft de ZRM 2017?'); the 11-domain version \
                          (instrumentwijzer.nl, 'Zelfredzaamheid-Matrix (ZRM)'; selfsufficiencymatrix.org); the changes \
                          of 2017 (zelfredzaamheidmatrix.nl, 'ZRM 2017: De ZRM is vernieuwd!', 17-01-2017). Names only; \
                          the cell criteria are (c) GGD Amsterdam and not included.";

impl ZrmMeasurement {
    /// One unscored entry per domain of ZRM 2017, in its order, to fill in.
    pub fn template_2017() -> Vec<ZrmScore> {
        ZrmVersion::Zrm2017.domains().iter().map(|&domain| ZrmScore { domain, level: None }).collect()
    }
}
