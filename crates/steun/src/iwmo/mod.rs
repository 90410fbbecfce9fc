//! iWmo 3.2 for Wmo claims: what a municipality's case system must send on when a plan's
//! Wmo claim becomes an allocation (toewijzing, message WMO301): the product category
//! (WMO020), an optional product code, and the extent as volume, unit (WJ756) and frequency
//! (WMO757). steun does not write iWmo XML; [`allocation_lines`] gives JSON lines shaped
//! like a `ToegewezenProduct` for the host's own message layer.
//!
//! The codelists are versioned reference data with their source ([`codelists`],
//! operation `iwmo.codelists`); the combination rules are the standard's conditions and
//! constraints, each cited by its id (CD041, CD076, CD080, CS338; [`checks`]). Where the
//! standard leaves a choice to the municipality (which product codes exist below a
//! category) steun checks only the form. Readings are IW1-IW9 in docs/interpretations.md.
//!
//! Operations: `iwmo.codelists` (the lists and rules) and `plan.iwmo_allocations` (a plan
//! version's claims as allocation lines with findings); see docs/iwmo.md.
//!
//! ```
//! use steun::iwmo::{IwmoCode, IwmoUnit, ProductCategory};
//! use steun::Labelled;
//!
//! assert_eq!(ProductCategory::HouseholdHelp.iwmo_code(), "01");
//! assert_eq!(ProductCategory::HouseholdHelp.label(steun::Lang::Nl), "Hulp bij het huishouden");
//! assert_eq!(IwmoUnit::from_iwmo_code("16"), Some(IwmoUnit::DayPart));
//! ```

pub mod allocation;
pub mod checks;
pub mod codelists;
pub mod ops;

pub use allocation::{allocation_lines, AllocationLine, IwmoAllocations};
pub use checks::{claim_findings, IwmoFinding, IwmoFindingCode};
pub use codelists::{IwmoCode, IwmoFrequency, IwmoUnit, ProductCategory, CODELISTS};

use crate::date::Date;

/// The instrument id of every iWmo result.
pub const INSTRUMENT: &str = "steun.iwmo";
/// The version of the iWmo rules and lists; raise it when one changes.
pub const RULES_VERSION: &str = "1.0.0";

/// The longest product code (iWmo 3.2 `LDT_ProductCode`, RS012: at most 5 positions).
pub const MAX_PRODUCT_CODE: usize = 5;
/// The largest volume (iWmo 3.2 `LDT_Volume`, RS005: at most 99999999).
pub const MAX_VOLUME: u32 = 99_999_999;

/// A Wmo claim coded for iWmo: the product and, for a specific allocation, its extent.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoClaim {
    /// WMO020 Productcategorie.
    pub product_category: ProductCategory,
    /// The product code below the category: from the municipality's list or the standard
    /// product code list WMO021, which steun does not hold (IW3). Needed with an extent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<ProductCode>,
    /// Omvang: volume, unit and frequency. Left out for an allocation by category only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent: Option<IwmoExtent>,
    /// The intended end date of the allocation (Einddatum), if known; the standard needs it
    /// with a weekly frequency (CD076).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
}

/// Omvang: how much, in which unit, how often (iWmo 3.2 `CDT_Omvang`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoExtent {
    /// A whole number from 0 to 99999999; in eurocent when the unit is `euros` (IV042).
    pub volume: Volume,
    /// WJ756 Eenheid.
    pub unit: IwmoUnit,
    /// WMO757 Frequentie.
    pub frequency: IwmoFrequency,
}

/// A volume: a whole number from 0 to [`MAX_VOLUME`] (`LDT_Volume` is an integer).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Volume(u32);

impl Volume {
    /// The volume, if it is within the standard's range.
    pub fn new(v: u32) -> Option<Self> {
        (v <= MAX_VOLUME).then_some(Volume(v))
    }

    /// The number.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl<'de> serde::Deserialize<'de> for Volume {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u64::deserialize(d).map_err(|_| {
            serde::de::Error::custom("the volume is a whole number from 0 to 99999999 (iWmo LDT_Volume)")
        })?;
        u32::try_from(v).ok().and_then(Volume::new).ok_or_else(|| {
            serde::de::Error::custom("the volume is a whole number from 0 to 99999999 (iWmo LDT_Volume)")
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Volume {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IwmoVolume".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "integer", "minimum": 0, "maximum": MAX_VOLUME })
    }
}

/// A product code: 1 to 5 characters (`LDT_ProductCode`), without spaces or control
/// characters (steun's reading, IW3: codes are alphanumeric in practice, and a space would
/// not survive the host's fixed-width messages). Which codes exist is the municipality's
/// matter (IW3).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct ProductCode(String);

const PRODUCT_CODE_RULE: &str =
    "a product code has 1 to 5 characters, without spaces or control characters (iWmo LDT_ProductCode)";

impl ProductCode {
    /// The code, if it has the standard's form.
    pub fn new(code: &str) -> Option<Self> {
        let n = code.chars().count();
        let ok = (1..=MAX_PRODUCT_CODE).contains(&n) && !code.chars().any(|c| c.is_whitespace() || c.is_control());
        ok.then(|| ProductCode(code.to_owned()))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for ProductCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ProductCode::new(&s).ok_or_else(|| serde::de::Error::custom(PRODUCT_CODE_RULE))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ProductCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IwmoProductCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "minLength": 1, "maxLength": MAX_PRODUCT_CODE, "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F]{1,5}$" })
    }
}
