//! The picture operations: each request carries a result and `lang`, each response the SVG.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::isolation::IsolationResult;
use crate::lang::Lang;
use crate::loneliness::LonelinessResult;
use crate::op::{op, Instrument, Op};
use crate::operation;
use crate::plan::case::under;
use crate::urgency::{BandTable, UrgencyBandTable, UrgencyResultDocument};
use crate::zrm::{ZrmMeasurement, ZrmTarget};
use crate::{Error, Path};

/// The pictures.
pub const PICTURE: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

/// A picture as SVG text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// Always `steun.picture`.
    pub instrument: String,
    /// The version of the pictures' layout.
    pub instrument_version: String,
    /// The language of the labels.
    pub lang: Lang,
    /// The SVG document (UTF-8 text, `image/svg+xml`).
    pub svg: String,
}

impl Document for Picture {
    const KIND: &'static str = "picture";
}

fn picture(lang: Lang, svg: String) -> String {
    Picture { instrument: INSTRUMENT.to_owned(), instrument_version: INSTRUMENT_VERSION.to_owned(), lang, svg }
        .to_json()
}

/// An urgency result to draw as a thermometer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyPicture {
    /// The result, as `urgency.assess` gives it.
    pub result: UrgencyResultDocument,
    /// The band table the result was scored with; the default bands when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands: Option<UrgencyBandTable>,
    /// The language of the labels.
    pub lang: Lang,
}

impl Document for UrgencyPicture {
    const KIND: &'static str = "urgency_picture";
    fn check(&self) -> Result<(), Error> {
        self.result.check().map_err(|e| under(&Path::root().key("result"), e))?;
        if let Some(b) = &self.bands {
            b.check().map_err(|e| under(&Path::root().key("bands"), e))?;
        }
        Ok(())
    }
}

/// A loneliness result to draw on its scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LonelinessPicture {
    /// The result, as `loneliness.score` gives it.
    pub result: LonelinessResult,
    /// The language of the labels.
    pub lang: Lang,
}

impl Document for LonelinessPicture {
    const KIND: &'static str = "loneliness_picture";
    fn check(&self) -> Result<(), Error> {
        self.result.check().map_err(|e| under(&Path::root().key("result"), e))
    }
}

/// An isolation result to draw in the typology's grid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IsolationPicture {
    /// The result, as `isolation.classify` gives it.
    pub result: IsolationResult,
    /// The language of the labels.
    pub lang: Lang,
}

impl Document for IsolationPicture {
    const KIND: &'static str = "isolation_picture";
    fn check(&self) -> Result<(), Error> {
        self.result.check().map_err(|e| under(&Path::root().key("result"), e))
    }
}

/// ZRM measurements to draw as a radar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmPicture {
    /// The earlier measurement, drawn dashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<ZrmMeasurement>,
    /// The measurement drawn solid; its version gives the axes.
    pub current: ZrmMeasurement,
    /// Target levels, e.g. a plan's goals' `zrm` entries; at most 64.
    #[serde(default)]
    pub targets: Vec<ZrmTarget>,
    /// The language of the labels.
    pub lang: Lang,
}

impl Document for ZrmPicture {
    const KIND: &'static str = "zrm_picture";
    fn check(&self) -> Result<(), Error> {
        if let Some(b) = &self.baseline {
            b.check().map_err(|e| under(&Path::root().key("baseline"), e))?;
        }
        self.current.check().map_err(|e| under(&Path::root().key("current"), e))?;
        if self.targets.len() > MAX_TARGETS {
            return Err(Error::invalid(Path::root().key("targets"), format!("at most {MAX_TARGETS} targets")));
        }
        Ok(())
    }
}

operation! {
    /// The urgency thermometer.
    Thermometer = "picture.urgency_thermometer": UrgencyPicture => Picture,
    summary "SVG: the urgency thermometer with the known score, the worst case and the bands",
    instrument Some(PICTURE),
    example include_str!("../../data/examples/picture_urgency.json"),
    run |r| {
        let bands = r.bands.clone().unwrap_or_else(|| BandTable::DEFAULT.to_table());
        Ok(picture(r.lang, thermometer(&r.result, &bands, r.lang)))
    }
}

operation! {
    /// A loneliness result on its scale.
    Loneliness = "picture.loneliness_scale": LonelinessPicture => Picture,
    summary "SVG: a De Jong Gierveld loneliness result on its scale with the cut-offs",
    instrument Some(PICTURE),
    example include_str!("../../data/examples/picture_loneliness.json"),
    run |r| Ok(picture(r.lang, loneliness_scale(&r.result, r.lang)))
}

operation! {
    /// The isolation typology's grid.
    Isolation = "picture.isolation_grid": IsolationPicture => Picture,
    summary "SVG: the isolation typology's 4 by 2 grid with the client's cell marked",
    instrument Some(PICTURE),
    example include_str!("../../data/examples/picture_isolation.json"),
    run |r| Ok(picture(r.lang, isolation_grid(r.result.r#type, r.lang)))
}

operation! {
    /// The ZRM radar.
    Zrm = "picture.zrm_profile": ZrmPicture => Picture,
    summary "SVG: a ZRM profile as a radar with baseline, current measurement and targets",
    instrument Some(PICTURE),
    example include_str!("../../data/examples/picture_zrm.json"),
    run |r| Ok(picture(r.lang, zrm_profile(r.baseline.as_ref(), &r.current, &r.targets, r.lang)))
}

/// The picture operations.
pub const OPS: &[Op] = &[op::<Zrm>(), op::<Loneliness>(), op::<Thermometer>(), op::<Isolation>()];
