//! The iWmo combination rules for one Wmo claim, each the standard's own condition (CD) or
//! constraint (CS) on `ToegewezenProduct` in WMO301, as the iWmo 3.2 validation stylesheet
//! (XSLTVersie 2.10.5) implements it:
//!
//! - CD041: with a product code, the extent is mandatory.
//! - CD080: without a product code, no extent (when the end date is after 31-12-2020 or open).
//! - CS338: with unit 14, 16, 83 or 84, the frequency is 2, 4 or 6, not 1 (per day) (same dates).
//! - CD076: with frequency 2 (per week), the end date is mandatory.
//!
//! The standard has no rule tying a unit or frequency to a product category, and the
//! product codes below a category are the municipality's (S329 checks them against its own
//! list): steun checks neither (IW3, IW4). Two findings are steun's, not the standard's: a
//! personal budget is not sent as an iWmo allocation (IW5), and the iWmo extent should say
//! what the plan's extent says (IW6).

use crate::date::Date;
use crate::lang::{labelled_enum, Bilingual};
use crate::plan::{ExtentUnit, ProvisionForm, Severity, WmoClaim};
use crate::Path;

use super::{IwmoClaim, IwmoExtent, IwmoFrequency, IwmoUnit};

labelled_enum! {
    /// What an iWmo finding is about.
    pub enum IwmoFindingCode {
        /// The claim has no iWmo data, so it gives no allocation line.
        ClaimWithoutIwmo = "claim_without_iwmo" { nl: "Wmo-beroep zonder iWmo-gegevens", en: "Wmo claim without iWmo data" },
        /// CD041: a product code without an extent.
        ProductCodeWithoutExtent = "product_code_without_extent" { nl: "Productcode zonder omvang", en: "Product code without an extent" },
        /// CD080: an extent without a product code.
        ExtentWithoutProductCode = "extent_without_product_code" { nl: "Omvang zonder productcode", en: "Extent without a product code" },
        /// CS338: unit 14, 16, 83 or 84 with frequency 1 (per day).
        UnitFrequencyMismatch = "unit_frequency_mismatch" { nl: "Eenheid past niet bij frequentie", en: "Unit does not fit the frequency" },
        /// CD076: frequency 2 (per week) without an end date.
        WeeklyWithoutEndDate = "weekly_without_end_date" { nl: "Frequentie per week zonder einddatum", en: "Weekly frequency without an end date" },
        /// A personal budget claim: iWmo allocations go to providers of provisions in kind (IW5).
        PersonalBudgetNotIwmo = "personal_budget_not_iwmo" { nl: "Pgb gaat niet via een iWmo-toewijzing", en: "A personal budget is not an iWmo allocation" },
        /// The iWmo extent says something else than the plan's extent (IW6).
        ExtentDiffersFromPlan = "extent_differs_from_plan" { nl: "iWmo-omvang wijkt af van het plan", en: "iWmo extent differs from the plan" },
    }
}

/// One iWmo finding on a Wmo claim.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IwmoFinding {
    /// The finding's stable code.
    pub code: IwmoFindingCode,
    /// `error`: an iWmo message with these values would be refused; `warning`: the host has
    /// to decide or add something; `info`: no line for this claim.
    pub severity: Severity,
    /// The JSON path of the claim in the request, e.g. `case.plans[0].steps[1].wmo[0]`.
    pub path: String,
    /// What is wrong, in Dutch and English; never repeats the claim's text.
    pub message: Bilingual,
    /// The rule: the standard's id (`iWmo 3.2 CS338`) or steun's reading (`steun IW5`).
    pub rule: String,
}

/// From this date on the standard applies CD080 and CS338 (both test an end date after
/// 31-12-2020, or none).
fn after_2020(end: Option<Date>) -> bool {
    end.is_none_or(|d| d.year() > 2020)
}

/// The iWmo findings of one claim at `path`, in a fixed order.
pub fn claim_findings(claim: &WmoClaim, path: &Path) -> Vec<IwmoFinding> {
    let mut out = Vec::new();
    let mut add = |code, severity, rule: &str, nl: &str, en: &str| {
        out.push(IwmoFinding {
            code,
            severity,
            path: path.to_string(),
            message: Bilingual::new(nl, en),
            rule: rule.to_owned(),
        })
    };
    let Some(iwmo) = &claim.iwmo else {
        add(
            IwmoFindingCode::ClaimWithoutIwmo,
            Severity::Info,
            "steun IW2",
            "Dit Wmo-beroep heeft geen iWmo-gegevens (productcategorie); er is geen toewijzingsregel voor gemaakt.",
            "This Wmo claim has no iWmo data (product category); no allocation line was made for it.",
        );
        return out;
    };
    if claim.form == ProvisionForm::Pgb {
        add(
            IwmoFindingCode::PersonalBudgetNotIwmo,
            Severity::Warning,
            "steun IW5",
            "Een pgb wordt niet als iWmo-toewijzing aan een aanbieder gestuurd; er is geen toewijzingsregel voor gemaakt.",
            "A personal budget is not sent to a provider as an iWmo allocation; no allocation line was made for it.",
        );
    }
    combination_findings(iwmo, &mut add);
    if let (Some(plan), Some(x)) = (&claim.extent, &iwmo.extent) {
        if !same_extent(plan.amount, plan.unit, x) {
            add(
                IwmoFindingCode::ExtentDiffersFromPlan,
                Severity::Warning,
                "steun IW6",
                "De iWmo-omvang (volume, eenheid, frequentie) zegt iets anders dan de omvang in het plan.",
                "The iWmo extent (volume, unit, frequency) says something else than the extent in the plan.",
            );
        }
    }
    out
}

fn combination_findings(iwmo: &IwmoClaim, add: &mut impl FnMut(IwmoFindingCode, Severity, &str, &str, &str)) {
    let late = after_2020(iwmo.end_date);
    match (&iwmo.product_code, &iwmo.extent) {
        (Some(_), None) => add(
            IwmoFindingCode::ProductCodeWithoutExtent,
            Severity::Error,
            "iWmo 3.2 CD041",
            "Met een productcode is de omvang (volume, eenheid, frequentie) verplicht.",
            "With a product code the extent (volume, unit, frequency) is mandatory.",
        ),
        (None, Some(_)) if late => add(
            IwmoFindingCode::ExtentWithoutProductCode,
            Severity::Error,
            "iWmo 3.2 CD080",
            "Zonder productcode blijft de omvang leeg (toewijzing op productcategorie); geef een productcode of laat de omvang weg.",
            "Without a product code the extent stays empty (allocation by product category); give a product code or leave the extent out.",
        ),
        _ => {}
    }
    let Some(x) = &iwmo.extent else { return };
    let daily_not_allowed =
        matches!(x.unit, IwmoUnit::Etmaal | IwmoUnit::DayPart | IwmoUnit::Euros | IwmoUnit::PiecesEffort);
    if late && daily_not_allowed && x.frequency == IwmoFrequency::PerDay {
        add(
            IwmoFindingCode::UnitFrequencyMismatch,
            Severity::Error,
            "iWmo 3.2 CS338",
            "Bij eenheid etmaal, dagdeel, euro's of stuks (inspanning) is de frequentie per week, per maand of totaal binnen geldigheidsduur toewijzing, niet per dag.",
            "With unit etmaal, part of a day, euros or pieces (effort) the frequency is per week, per month or total within the allocation's period, not per day.",
        );
    }
    if x.frequency == IwmoFrequency::PerWeek && iwmo.end_date.is_none() {
        add(
            IwmoFindingCode::WeeklyWithoutEndDate,
            Severity::Warning,
            "iWmo 3.2 CD076",
            "Bij frequentie per week is de einddatum van de toewijzing verplicht; die ontbreekt nog.",
            "With a weekly frequency the allocation's end date is mandatory; it is still missing.",
        );
    }
}

/// Whether the iWmo extent says what the plan's extent says (IW6): hours per week or month
/// as hours or minutes with that frequency; times per week or month with that frequency
/// (any unit, since iWmo has no unit "times").
fn same_extent(amount: f64, unit: ExtentUnit, x: &IwmoExtent) -> bool {
    let (hours, frequency) = match unit {
        ExtentUnit::HoursPerWeek => (true, IwmoFrequency::PerWeek),
        ExtentUnit::HoursPerMonth => (true, IwmoFrequency::PerMonth),
        ExtentUnit::TimesPerWeek => (false, IwmoFrequency::PerWeek),
        ExtentUnit::TimesPerMonth => (false, IwmoFrequency::PerMonth),
    };
    if x.frequency != frequency {
        return false;
    }
    if !hours {
        return true;
    }
    let v = f64::from(x.volume.get());
    match x.unit {
        IwmoUnit::Hour => v == amount,
        IwmoUnit::Minute => v == amount * 60.0,
        _ => false,
    }
}
