//! The matrix's cell criteria, which steun does not ship: they are © GGD Amsterdam with no
//! open licence found. A host that holds a licence passes them in as a [`ZrmCriteria`]
//! document; [`matrix`] then lays them out per domain and level beside steun's names.

use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::{Error, Path};

use super::{ZrmDomain, ZrmLevel, ZrmLinks, ZrmVersion, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};

/// The longest criteria text of one cell, in characters.
pub const MAX_CRITERIA_CHARS: usize = 4000;

/// The longest source note of a criteria set, in characters.
pub const MAX_SOURCE_CHARS: usize = 500;

/// The criteria of one cell (domain × level), in one or both languages.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmCriterion {
    /// The domain.
    pub domain: ZrmDomain,
    /// The level.
    pub level: ZrmLevel,
    /// The Dutch text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
    /// The English text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A licensed set of cell criteria, supplied by the host.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmCriteria {
    /// The version the criteria belong to.
    pub version: ZrmVersion,
    /// Where the texts come from and under which licence (shown with them).
    pub source: String,
    /// The cells; each domain × level at most once; cells left out have no text.
    pub cells: Vec<ZrmCriterion>,
}

impl Document for ZrmCriteria {
    const KIND: &'static str = "zrm_criteria";

    fn check(&self) -> Result<(), Error> {
        if self.source.chars().count() > MAX_SOURCE_CHARS {
            return Err(Error::invalid(Path::root().key("source"), format!("at most {MAX_SOURCE_CHARS} characters")));
        }
        let mut seen = [[false; 5]; 16];
        for (i, c) in self.cells.iter().enumerate() {
            let at = Path::root().key("cells").index(i);
            if !self.version.has(c.domain) {
                let allowed: Vec<&str> = self.version.domains().iter().map(|d| d.code()).collect();
                let msg = format!("not a domain of {}; allowed: {}", self.version.code(), allowed.join(", "));
                return Err(Error::invalid(at.key("domain"), msg));
            }
            if std::mem::replace(&mut seen[c.domain as usize][c.level as usize], true) {
                return Err(Error::invalid(at, "this domain and level are given twice"));
            }
            for (key, t) in [("nl", &c.nl), ("en", &c.en)] {
                if t.as_ref().is_some_and(|t| t.chars().count() > MAX_CRITERIA_CHARS) {
                    let msg = format!("at most {MAX_CRITERIA_CHARS} characters");
                    return Err(Error::invalid(at.clone().key(key), msg));
                }
            }
        }
        Ok(())
    }
}

/// The matrix asked for: a version, optionally with the host's criteria.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmMatrixRequest {
    /// The version; `zrm_2017` when left out.
    #[serde(default = "v2017")]
    pub version: ZrmVersion,
    /// The host's licensed criteria for the same version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<ZrmCriteria>,
}

fn v2017() -> ZrmVersion {
    ZrmVersion::Zrm2017
}

impl Document for ZrmMatrixRequest {
    const KIND: &'static str = "zrm_matrix_request";

    fn check(&self) -> Result<(), Error> {
        if let Some(c) = &self.criteria {
            c.check().map_err(|e| crate::plan::case::under(&Path::root().key("criteria"), e))?;
            if c.version != self.version {
                let msg = format!("must be the matrix's version, {}", self.version.code());
                return Err(Error::invalid(Path::root().key("criteria").key("version"), msg));
            }
        }
        Ok(())
    }
}

/// One cell of the matrix.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmCell {
    /// The level.
    pub level: ZrmLevel,
    /// The host's criteria text, Dutch; null when none was passed in.
    pub nl: Option<String>,
    /// The host's criteria text, English; null when none was passed in.
    pub en: Option<String>,
}

/// One row of the matrix: a domain with its names, its links and its five cells.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmRow {
    /// The domain.
    pub domain: ZrmDomain,
    /// Its name.
    pub name: Bilingual,
    /// Where it meets the book's life domains and dimensions.
    pub links: ZrmLinks,
    /// The five cells, level 1 first.
    pub cells: Vec<ZrmCell>,
}

/// The matrix of a version.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmMatrix {
    /// Always `zrm`.
    pub instrument: String,
    /// The version of steun's encoding of the matrix.
    pub instrument_version: String,
    /// The version of the matrix.
    pub version: ZrmVersion,
    /// One row per domain, in the matrix's order.
    pub rows: Vec<ZrmRow>,
    /// Where the domains and levels come from.
    pub source: String,
    /// The host's source note for the criteria; null without criteria.
    pub criteria_source: Option<String>,
    /// That steun ships no criteria texts, and why.
    pub note: Bilingual,
}

impl Document for ZrmMatrix {
    const KIND: &'static str = "zrm_matrix";
}

/// The matrix of `r.version`, with the host's criteria where passed in.
pub fn matrix(r: &ZrmMatrixRequest) -> ZrmMatrix {
    let text = |d: ZrmDomain, l: ZrmLevel| {
        r.criteria.as_ref().and_then(|c| c.cells.iter().find(|x| x.domain == d && x.level == l))
    };
    let rows = r
        .version
        .domains()
        .iter()
        .map(|&d| ZrmRow {
            domain: d,
            name: Bilingual::new(d.label(crate::Lang::Nl), d.label(crate::Lang::En)),
            links: d.links(),
            cells: ZrmLevel::ALL
                .iter()
                .map(|&l| {
                    let t = text(d, l);
                    ZrmCell { level: l, nl: t.and_then(|t| t.nl.clone()), en: t.and_then(|t| t.en.clone()) }
                })
                .collect(),
        })
        .collect();
    ZrmMatrix {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        version: r.version,
        rows,
        source: SOURCE.to_owned(),
        criteria_source: r.criteria.as_ref().map(|c| c.source.clone()),
        note: Bilingual::new(
            "steun levert de criteria per cel niet mee: die zijn © GGD Amsterdam. Een organisatie met een licentie kan ze meegeven (zrm_criteria).",
            "steun does not ship the cell criteria: they are © GGD Amsterdam. An organisation holding a licence can pass them in (zrm_criteria).",
        ),
    }
}
