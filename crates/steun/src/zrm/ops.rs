//! The ZRM operations.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::op::{op, Empty, Instrument, Op};
use crate::operation;

/// The Zelfredzaamheid-Matrix (GGD Amsterdam), names and levels.
pub const ZRM: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

/// One domain in the reference data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmDomainInfo {
    /// The code.
    pub domain: ZrmDomain,
    /// The Dutch and English names.
    pub name: Bilingual,
    /// The versions that have it.
    pub versions: Vec<ZrmVersion>,
    /// Where it meets the book's life domains and dimensions.
    pub links: ZrmLinks,
}

/// One version with its domains in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmVersionInfo {
    /// The version.
    pub version: ZrmVersion,
    /// Its domains in the matrix's order.
    pub domains: Vec<ZrmDomain>,
}

/// One level with its number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmLevelInfo {
    /// The code.
    pub level: ZrmLevel,
    /// 1..5.
    pub number: u8,
    /// The Dutch and English names.
    pub name: Bilingual,
}

/// The versioned reference data of the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmReference {
    /// Always `zrm`.
    pub instrument: String,
    /// The version of steun's encoding: of these lists and the mapping.
    pub instrument_version: String,
    /// The versions with their domains.
    pub versions: Vec<ZrmVersionInfo>,
    /// Every domain code of either version.
    pub domains: Vec<ZrmDomainInfo>,
    /// The five levels.
    pub levels: Vec<ZrmLevelInfo>,
    /// From the 11-domain version to ZRM 2017, one row per 2017 domain.
    pub mapping: Vec<ZrmMapping>,
    /// The sources.
    pub source: String,
}

impl Document for ZrmReference {
    const KIND: &'static str = "zrm_reference";
}

/// The reference data: versions, domains, levels, mapping, links.
pub fn reference() -> ZrmReference {
    let bi = |m: &crate::lang::Member| Bilingual::new(m.nl, m.en);
    ZrmReference {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        versions: ZrmVersion::ALL
            .iter()
            .map(|&version| ZrmVersionInfo { version, domains: version.domains().to_vec() })
            .collect(),
        domains: ZrmDomain::ALL
            .iter()
            .map(|&d| ZrmDomainInfo {
                domain: d,
                name: bi(d.member()),
                versions: ZrmVersion::ALL.iter().copied().filter(|v| v.has(d)).collect(),
                links: d.links(),
            })
            .collect(),
        levels: ZrmLevel::ALL
            .iter()
            .map(|&l| ZrmLevelInfo { level: l, number: l.number(), name: bi(l.member()) })
            .collect(),
        mapping: MAPPING.to_vec(),
        source: SOURCE.to_owned(),
    }
}

operation! {
    /// The matrix's reference data.
    Domains = "zrm.domains": Empty => ZrmReference,
    summary "ZRM reference data: versions (2017, 11 domains), domains, levels, mapping, links to the book",
    instrument Some(ZRM),
    example "{}",
    run |_q| Ok(reference().to_json())
}

operation! {
    /// The matrix of a version, with the host's licensed criteria where given.
    Matrix = "zrm.matrix": ZrmMatrixRequest => ZrmMatrix,
    summary "The ZRM matrix of a version, domain rows by five levels, with a licensed host's criteria texts",
    instrument Some(ZRM),
    example r#"{"version": "zrm_11"}"#,
    run |r| Ok(matrix(&r).to_json())
}

operation! {
    /// Records a measurement.
    Record = "zrm.record": ZrmMeasurement => ZrmRecord,
    summary "Check and record a ZRM measurement: one level per domain or null, the acute domains and concerns",
    instrument Some(ZRM),
    example include_str!("../../data/examples/zrm_measurement.json"),
    run |m| Ok(record(&m).to_json())
}

operation! {
    /// Compares two measurements.
    Compare = "zrm.compare": ZrmCompareRequest => ZrmComparison,
    summary "Compare two ZRM measurements: per-domain change and the domains at level 1-2",
    instrument Some(ZRM),
    example include_str!("../../data/examples/zrm_compare.json"),
    run |r| Ok(compare(&r).to_json())
}

/// The ZRM operations.
pub const OPS: &[Op] = &[op::<Domains>(), op::<Matrix>(), op::<Record>(), op::<Compare>()];
