//! The iWmo operations: `iwmo.codelists` and `plan.iwmo_allocations`.

use serde::{Deserialize, Serialize};

use super::codelists::{self, IwmoCode};
use super::{allocation_lines, IwmoAllocations, IwmoFrequency, IwmoUnit, ProductCategory};
use crate::document::Document;
use crate::lang::Lang;
use crate::op::{op, Empty, Instrument, Op};
use crate::operation;
use crate::plan::ops::CaseVersion;

/// The iWmo rules and lists.
pub const IWMO: Instrument = Instrument { id: super::INSTRUMENT, version: super::RULES_VERSION };

/// The iWmo codelists with their sources, and the combination rules steun checks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoCodelists {
    /// Always `steun.iwmo`.
    pub instrument: String,
    /// The version of the iWmo rules and lists.
    pub instrument_version: String,
    /// `iWmo`.
    pub standard: String,
    /// `3.2`.
    pub release: String,
    /// Who maintains the standard.
    pub maintainer: String,
    /// The schema the codes and Dutch labels were read from.
    pub schema: String,
    /// Where that schema was read.
    pub read_from: String,
    /// The codelists.
    pub lists: Vec<Codelist>,
    /// The standard's rules steun checks on a claim.
    pub rules: Vec<IwmoRule>,
    /// What steun does not know or does not check, in words.
    pub not_checked: Vec<String>,
}

/// One codelist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Codelist {
    /// The id, e.g. `WMO020`.
    pub id: String,
    /// The name in the standard.
    pub name: String,
    /// The steun enum (catalogue name).
    pub steun_enum: String,
    /// The schema type that enumerates it.
    pub schema_type: String,
    /// The standard's page for the list.
    pub url: String,
    /// The codes, in the schema's order.
    pub codes: Vec<CodelistEntry>,
}

/// One code of a codelist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CodelistEntry {
    /// The standard's code, e.g. `01`.
    pub iwmo_code: String,
    /// steun's wire code, e.g. `household_help`.
    pub code: String,
    /// The standard's label.
    pub nl: String,
    /// steun's English translation.
    pub en: String,
}

/// One rule of the standard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoRule {
    /// The id, e.g. `CS338`.
    pub id: String,
    /// The element of WMO301 `ToegewezenProduct` it is set on.
    pub element: String,
    /// The standard's text.
    pub nl: String,
    /// steun's translation.
    pub en: String,
}

impl Document for IwmoCodelists {
    const KIND: &'static str = "iwmo_codelists";
}

impl Document for IwmoAllocations {
    const KIND: &'static str = "iwmo_allocations";
}

fn list<T: IwmoCode>(src: &codelists::CodelistSource) -> Codelist {
    Codelist {
        id: src.id.to_owned(),
        name: src.name.to_owned(),
        steun_enum: src.steun_enum.to_owned(),
        schema_type: src.schema_type.to_owned(),
        url: src.url.to_owned(),
        codes: T::ALL
            .iter()
            .map(|&v| CodelistEntry {
                iwmo_code: v.iwmo_code().to_owned(),
                code: v.code().to_owned(),
                nl: v.label(Lang::Nl).to_owned(),
                en: v.label(Lang::En).to_owned(),
            })
            .collect(),
    }
}

/// The standard's rules on `ToegewezenProduct` that [`super::checks`] applies.
const RULES: &[(&str, &str, &str, &str)] = &[
    (
        "CD041",
        "Omvang",
        "Indien Code in Product gevuld is, verplicht vullen.",
        "When Code in Product is filled, mandatory.",
    ),
    (
        "CD080",
        "Omvang",
        "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of leeg is, dan leeg laten",
        "When Code in Product is empty and the allocation's end date is after 31-12-2020 or empty, leave empty.",
    ),
    (
        "CS338",
        "Omvang",
        "Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is, dan Frequentie vullen met de waarde 2 , 4 of 6",
        "When the unit is 14, 16, 83 or 84 and the end date is after 31-12-2020 or empty, the frequency is 2, 4 or 6.",
    ),
    (
        "CD076",
        "Einddatum",
        "Verplicht vullen indien Frequentie waarde 2 (per week)",
        "Mandatory when the frequency is 2 (per week).",
    ),
];

/// What steun leaves to the host, as `iwmo.codelists` says it.
const NOT_CHECKED: &[&str] = &[
    "Product codes: the municipality's own list or the standard product code list WMO021 (not shipped); steun checks only the form (1 to 5 characters). The standard's S329 (product code belongs to the category) needs that list.",
    "Budget instead of Omvang (CD075, CD077, CD078, CD079): not modelled; a claim has an extent or none.",
    "The standard ties no unit or frequency to a product category; steun does not either.",
    "Everything else of a WMO301 message (BSN, provider, allocation number, dates other than the end date, reason for change) is the host's.",
];

/// The `iwmo.codelists` response.
pub fn codelists_document() -> IwmoCodelists {
    let [a, b, c] = &codelists::CODELISTS;
    IwmoCodelists {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::RULES_VERSION.to_owned(),
        standard: codelists::STANDARD.to_owned(),
        release: codelists::RELEASE.to_owned(),
        maintainer: codelists::MAINTAINER.to_owned(),
        schema: codelists::SCHEMA.to_owned(),
        read_from: codelists::READ_FROM.to_owned(),
        lists: vec![list::<ProductCategory>(a), list::<IwmoUnit>(b), list::<IwmoFrequency>(c)],
        rules: RULES
            .iter()
            .map(|(id, element, nl, en)| IwmoRule {
                id: (*id).to_owned(),
                element: (*element).to_owned(),
                nl: (*nl).to_owned(),
                en: (*en).to_owned(),
            })
            .collect(),
        not_checked: NOT_CHECKED.iter().map(|s| (*s).to_owned()).collect(),
    }
}

operation! {
    /// The iWmo codelists and rules.
    Codelists = "iwmo.codelists": Empty => IwmoCodelists,
    summary "The iWmo 3.2 codelists WMO020, WJ756 and WMO757 with their source, and the combination rules steun checks",
    instrument Some(IWMO), example "{}",
    run |_r| Ok(codelists_document().to_json())
}

operation! {
    /// A plan version's Wmo claims as iWmo allocation lines.
    Allocations = "plan.iwmo_allocations": CaseVersion => IwmoAllocations,
    summary "A plan version's Wmo claims as iWmo 3.2 allocation lines (product, extent, goal, step) with findings",
    instrument Some(IWMO),
    example concat!(r#"{"case": "#, include_str!("../../data/examples/iwmo_case.json"), "}"),
    run |r| Ok(allocation_lines(&r.case, r.version)?.to_json())
}

/// The iWmo operations.
pub const OPS: &[Op] = &[op::<Codelists>(), op::<Allocations>()];
