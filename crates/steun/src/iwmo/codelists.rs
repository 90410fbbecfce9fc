//! The three iWmo 3.2 codelists a Wmo claim uses, as labelled enums: WMO020 Productcategorie,
//! WJ756 Eenheid and WMO757 Frequentie. The wire code is English snake_case like every steun
//! code; [`IwmoCode::iwmo_code`] gives the standard's own code ("01", "04", "2") that an iWmo
//! message carries. The Dutch labels are the standard's, word for word; the English ones are
//! steun's translations.
//!
//! Source of every code and Dutch label: the iWmo 3.2 `Basisschema.xsd` (namespace
//! `http://www.istandaarden.nl/iwmo/3_2/basisschema/schema`, BasisschemaXsdVersie 1.0.0),
//! simple types `LDT_ProductCategorie`, `LDT_Eenheid` and `LDT_Frequentie`, in the order the
//! schema lists them; see [`CODELISTS`] and docs/iwmo.md for where it was read.

use crate::lang::{labelled_enum, Labelled};

/// The standard's own code of a value of an iWmo codelist.
pub trait IwmoCode: Labelled {
    /// The codelist's id, e.g. `WMO020`.
    const LIST: &'static str;

    /// The code as an iWmo message carries it, e.g. `01`.
    fn iwmo_code(self) -> &'static str;

    /// The value with this iWmo code, if the list has it.
    fn from_iwmo_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.iwmo_code() == code)
    }
}

labelled_enum! {
    /// WMO020 Productcategorie: the main categories of Wmo products (iWmo 3.2,
    /// `LDT_ProductCategorie`). Mandatory in iWmo messages; the product codes below a
    /// category are the municipality's (istandaarden.nl, "Productcodelijst Wmo").
    pub enum ProductCategory {
        /// 01.
        HouseholdHelp = "household_help" { nl: "Hulp bij het huishouden", en: "Household help" },
        /// 02.
        Guidance = "guidance" { nl: "Begeleiding", en: "Guidance (support)" },
        /// 03.
        PersonalCare = "personal_care" { nl: "Persoonlijke verzorging", en: "Personal care" },
        /// 04.
        ShortStay = "short_stay" { nl: "Kortdurend verblijf", en: "Short stay" },
        /// 05.
        HousingServices = "housing_services" { nl: "Woondiensten", en: "Housing services" },
        /// 06.
        OtherIndividualSupport = "other_individual_support" { nl: "Overige ondersteuning gericht op het individu of huishouden/gezin", en: "Other support aimed at the individual or the household/family" },
        /// 07.
        DayActivities = "day_activities" { nl: "Dagbesteding", en: "Day activities" },
        /// 08.
        TransportServices = "transport_services" { nl: "Vervoerdiensten", en: "Transport services" },
        /// 09.
        OtherGroupSupport = "other_group_support" { nl: "Overige groepsgerichte ondersteuning", en: "Other group-based support" },
        /// 10.
        OtherTailoredArrangements = "other_tailored_arrangements" { nl: "Overige maatwerk arrangementen", en: "Other tailored arrangements" },
        /// 11.
        Wheelchairs = "wheelchairs" { nl: "Rolstoelen", en: "Wheelchairs" },
        /// 12.
        TransportProvisions = "transport_provisions" { nl: "Vervoervoorzieningen", en: "Transport provisions" },
        /// 13.
        HousingProvisions = "housing_provisions" { nl: "Woonvoorzieningen", en: "Housing provisions" },
        /// 14.
        OtherAids = "other_aids" { nl: "Overige hulpmiddelen", en: "Other aids" },
        /// 15.
        ShelteredHousing = "sheltered_housing" { nl: "Beschermd wonen", en: "Sheltered housing" },
        /// 16.
        Shelter = "shelter" { nl: "Opvang", en: "Shelter" },
        /// 17.
        EmergencyShelter = "emergency_shelter" { nl: "Spoedopvang", en: "Emergency shelter" },
        /// 18.
        OtherShelteredHousingAndShelter = "other_sheltered_housing_and_shelter" { nl: "Overige beschermd wonen en opvang", en: "Other sheltered housing and shelter" },
    }
}

impl IwmoCode for ProductCategory {
    const LIST: &'static str = "WMO020";
    fn iwmo_code(self) -> &'static str {
        use ProductCategory::*;
        match self {
            HouseholdHelp => "01",
            Guidance => "02",
            PersonalCare => "03",
            ShortStay => "04",
            HousingServices => "05",
            OtherIndividualSupport => "06",
            DayActivities => "07",
            TransportServices => "08",
            OtherGroupSupport => "09",
            OtherTailoredArrangements => "10",
            Wheelchairs => "11",
            TransportProvisions => "12",
            HousingProvisions => "13",
            OtherAids => "14",
            ShelteredHousing => "15",
            Shelter => "16",
            EmergencyShelter => "17",
            OtherShelteredHousingAndShelter => "18",
        }
    }
}

labelled_enum! {
    /// WJ756 Eenheid: the unit the volume of an extent is expressed in (iWmo 3.2,
    /// `LDT_Eenheid`). With `euros` the volume is in eurocent (IV042).
    pub enum IwmoUnit {
        /// 01.
        Minute = "minute" { nl: "Minuut", en: "Minute" },
        /// 04.
        Hour = "hour" { nl: "Uur", en: "Hour" },
        /// 14: a full day and night.
        Etmaal = "etmaal" { nl: "Etmaal", en: "Day and night (24 hours)" },
        /// 16.
        DayPart = "day_part" { nl: "Dagdeel (4 uur)", en: "Part of a day (4 hours)" },
        /// 82.
        PiecesOutput = "pieces_output" { nl: "Stuks (output)", en: "Pieces (output)" },
        /// 83: the volume is in eurocent (IV042).
        Euros = "euros" { nl: "Euro's", en: "Euros" },
        /// 84.
        PiecesEffort = "pieces_effort" { nl: "Stuks (inspanning)", en: "Pieces (effort)" },
    }
}

impl IwmoCode for IwmoUnit {
    const LIST: &'static str = "WJ756";
    fn iwmo_code(self) -> &'static str {
        match self {
            IwmoUnit::Minute => "01",
            IwmoUnit::Hour => "04",
            IwmoUnit::Etmaal => "14",
            IwmoUnit::DayPart => "16",
            IwmoUnit::PiecesOutput => "82",
            IwmoUnit::Euros => "83",
            IwmoUnit::PiecesEffort => "84",
        }
    }
}

labelled_enum! {
    /// WMO757 Frequentie: how often the volume is delivered (iWmo 3.2, `LDT_Frequentie`).
    /// The list has no codes 3 and 5 in release 3.2.
    pub enum IwmoFrequency {
        /// 1.
        PerDay = "per_day" { nl: "Per dag", en: "Per day" },
        /// 2.
        PerWeek = "per_week" { nl: "Per week", en: "Per week" },
        /// 4.
        PerMonth = "per_month" { nl: "Per maand", en: "Per month" },
        /// 6.
        TotalWithinAllocation = "total_within_allocation" { nl: "Totaal binnen geldigheidsduur toewijzing", en: "Total within the allocation's period of validity" },
    }
}

impl IwmoCode for IwmoFrequency {
    const LIST: &'static str = "WMO757";
    fn iwmo_code(self) -> &'static str {
        match self {
            IwmoFrequency::PerDay => "1",
            IwmoFrequency::PerWeek => "2",
            IwmoFrequency::PerMonth => "4",
            IwmoFrequency::TotalWithinAllocation => "6",
        }
    }
}

/// Where a codelist comes from: standard, release, the schema type, and the addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CodelistSource {
    /// The codelist's id, e.g. `WMO020`.
    pub id: &'static str,
    /// Its name in the standard, e.g. `Productcategorie`.
    pub name: &'static str,
    /// The steun enum, e.g. `ProductCategory`.
    pub steun_enum: &'static str,
    /// The schema's simple type that enumerates it.
    pub schema_type: &'static str,
    /// The standard's page for the list.
    pub url: &'static str,
}

/// The standard the codelists belong to.
pub const STANDARD: &str = "iWmo";
/// Its release.
pub const RELEASE: &str = "3.2";
/// Who maintains it.
pub const MAINTAINER: &str = "Zorginstituut Nederland (iStandaarden)";
/// The schema the codes and Dutch labels were read from.
pub const SCHEMA: &str =
    "iWmo 3.2 Basisschema.xsd, namespace http://www.istandaarden.nl/iwmo/3_2/basisschema/schema, BasisschemaXsdVersie 1.0.0";
/// Where that schema was read: a public copy, since the standard's site itself could not be
/// fetched from the build machine (docs/iwmo.md, "Sources").
pub const READ_FROM: &str =
    "github.com/i-Sociaal-Lab/jaapjunior, packages/api/wmo/bronnen/xsd/Basisschema.xsd (commit 6c57399885d573bc1ff11dc1742fc7037bd3428b)";

/// The three codelists, with their sources.
pub const CODELISTS: [CodelistSource; 3] = [
    CodelistSource {
        id: "WMO020",
        name: "Productcategorie",
        steun_enum: "ProductCategory",
        schema_type: "LDT_ProductCategorie",
        url: "https://informatiemodel.istandaarden.nl/informatiemodel/iwmo/3.2/codelijsten/wmo020",
    },
    CodelistSource {
        id: "WJ756",
        name: "Eenheid",
        steun_enum: "IwmoUnit",
        schema_type: "LDT_Eenheid",
        url: "https://informatiemodel.istandaarden.nl/informatiemodel/iwmo/3.2/codelijsten/wj756",
    },
    CodelistSource {
        id: "WMO757",
        name: "Frequentie",
        steun_enum: "IwmoFrequency",
        schema_type: "LDT_Frequentie",
        url: "https://informatiemodel.istandaarden.nl/informatiemodel/iwmo/3.2/codelijsten/wmo757",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn codes<T: IwmoCode>() -> Vec<&'static str> {
        T::ALL.iter().map(|v| v.iwmo_code()).collect()
    }

    #[test]
    fn iwmo_codes_are_unique_and_round_trip() {
        for list in [codes::<ProductCategory>(), codes::<IwmoUnit>(), codes::<IwmoFrequency>()] {
            for (i, c) in list.iter().enumerate() {
                assert!(!list[..i].contains(c), "{c}");
            }
        }
        for &v in IwmoUnit::ALL {
            assert_eq!(IwmoUnit::from_iwmo_code(v.iwmo_code()), Some(v));
        }
        assert_eq!(IwmoFrequency::from_iwmo_code("3"), None);
        assert_eq!(ProductCategory::from_iwmo_code("99"), None);
    }
}
