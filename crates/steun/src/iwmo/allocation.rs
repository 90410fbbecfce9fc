//! A plan version's Wmo claims as iWmo-shaped allocation lines: one line per claim with iWmo
//! data (except a personal budget, IW5), shaped like WMO301 `ToegewezenProduct` (Product:
//! Categorie and Code; Omvang: Volume, Eenheid, Frequentie; Einddatum), plus the goal and
//! step it comes from. The host adds what a message needs and a plan does not hold: the
//! client's BSN, the provider, the allocation number and dates (IW7).

use crate::date::Date;
use crate::lang::{Labelled, Lang};
use crate::plan::{ProvisionForm, Severity, SupportCase};
use crate::{Error, Path};

use super::checks::{claim_findings, IwmoFinding};
use super::{IwmoCode, IwmoFrequency, IwmoUnit, ProductCategory};

/// The allocation lines of one plan version.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoAllocations {
    /// Always `steun.iwmo`.
    pub instrument: String,
    /// The version of the iWmo rules and lists.
    pub instrument_version: String,
    /// The standard and release the lines follow: `iWmo 3.2`.
    pub standard: String,
    /// The plan version the lines come from.
    pub plan_version: u32,
    /// One line per claim with iWmo data, in step then claim order.
    pub lines: Vec<AllocationLine>,
    /// Claims without iWmo data, and combinations the standard refuses; in claim order.
    pub findings: Vec<IwmoFinding>,
}

/// One allocation line: a product with its extent, and where in the plan it comes from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AllocationLine {
    /// The claim's JSON path in the request, e.g. `case.plans[0].steps[1].wmo[0]`.
    pub path: String,
    /// The step's number on the form, from 1.
    pub step: usize,
    /// The id of the goal the step serves; none for a step serving the whole plan.
    pub goal: Option<String>,
    /// WMO020, as steun's code.
    pub product_category: ProductCategory,
    /// WMO020, as the standard's code (`Categorie`), e.g. `01`.
    pub product_category_code: String,
    /// The category's label in the standard (Dutch).
    pub product_category_label: String,
    /// The product code (`Code`), if the claim has one.
    pub product_code: Option<String>,
    /// The extent (`Omvang`); none for an allocation by category only.
    pub extent: Option<LineExtent>,
    /// The allocation's end date (`Einddatum`), if the claim gives one.
    pub end_date: Option<Date>,
    /// False when a finding of severity `error` concerns this claim: the standard would
    /// refuse a message with these values.
    pub valid: bool,
}

/// `Omvang` with both codes of each value.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LineExtent {
    /// `Volume`; in eurocent with unit `euros`.
    pub volume: u32,
    /// WJ756, as steun's code.
    pub unit: IwmoUnit,
    /// WJ756, as the standard's code (`Eenheid`), e.g. `04`.
    pub unit_code: String,
    /// WMO757, as steun's code.
    pub frequency: IwmoFrequency,
    /// WMO757, as the standard's code (`Frequentie`), e.g. `2`.
    pub frequency_code: String,
}

/// The allocation lines of plan `version` of `case` (the newest when `None`). Paths start at
/// `case`, as in the `plan.iwmo_allocations` request.
pub fn allocation_lines(case: &SupportCase, version: Option<u32>) -> Result<IwmoAllocations, Error> {
    let found = match version {
        Some(v) => case.plans.iter().enumerate().find(|(_, p)| p.version == v),
        None => case.plans.iter().enumerate().next_back(),
    };
    let Some((i, plan)) = found else {
        let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
        let message = if versions.is_empty() {
            "the case has no plan".to_owned()
        } else {
            format!("no plan with this version; the case has: {}", versions.join(", "))
        };
        return Err(Error::invalid(Path::root().key("version"), message));
    };
    let at = Path::root().key("case").key("plans").index(i);
    let mut lines = Vec::new();
    let mut findings = Vec::new();
    for (s, step) in plan.steps.iter().enumerate() {
        for (c, claim) in step.wmo.iter().enumerate() {
            let path = at.clone().key("steps").index(s).key("wmo").index(c);
            let mine = claim_findings(claim, &path);
            let valid = !mine.iter().any(|f| f.severity == Severity::Error);
            findings.extend(mine);
            let Some(iwmo) = &claim.iwmo else { continue };
            if claim.form == ProvisionForm::Pgb {
                continue;
            }
            lines.push(AllocationLine {
                path: path.to_string(),
                step: s + 1,
                goal: step.goal.clone(),
                product_category: iwmo.product_category,
                product_category_code: iwmo.product_category.iwmo_code().to_owned(),
                product_category_label: iwmo.product_category.label(Lang::Nl).to_owned(),
                product_code: iwmo.product_code.as_ref().map(|p| p.as_str().to_owned()),
                extent: iwmo.extent.map(|x| LineExtent {
                    volume: x.volume.get(),
                    unit: x.unit,
                    unit_code: x.unit.iwmo_code().to_owned(),
                    frequency: x.frequency,
                    frequency_code: x.frequency.iwmo_code().to_owned(),
                }),
                end_date: iwmo.end_date,
                valid,
            });
        }
    }
    Ok(IwmoAllocations {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::RULES_VERSION.to_owned(),
        standard: format!("{} {}", super::codelists::STANDARD, super::codelists::RELEASE),
        plan_version: plan.version,
        lines,
        findings,
    })
}
