//! The Plan van Aanpak (002:1697-1754): who the plan is for, when it was drawn up and is
//! evaluated, the goals, the aids or provisions needed, and numbered steps saying what the
//! person does, what others do, which professional help is needed and what is claimed
//! from the Wmo.

use super::goal::Goal;
use super::labels::{ExtentUnit, OtherScheme, ProvisionForm, Relation};
use super::options::OptionsWorksheet;
use crate::date::Date;
use crate::support::SolutionRing;
use crate::text::{ClientCode, FreeText};
use crate::wmo::CompensationDomain;

/// One version of a Plan van Aanpak (also called the arrangement, 002:1690-1692).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The client's pseudonymous code; the form's "Naam" (never a name).
    pub client: ClientCode,
    /// The version, from 1; a revised plan is a new version (002:1820-1832).
    pub version: u32,
    /// Datum opstellen.
    pub drawn_up: Date,
    /// Datum evaluatie.
    #[serde(default)]
    pub evaluation_date: Option<Date>,
    /// Te bereiken resultaat (doel): the goals, each with its result.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The options worksheets made on the way to the plan (002:1660-1696).
    #[serde(default)]
    pub worksheets: Vec<OptionsWorksheet>,
    /// Benodigde hulpmiddelen of voorzieningen.
    #[serde(default)]
    pub aids: Vec<FreeText>,
    /// Concrete stappen of activiteiten, numbered 1, 2, ... in this order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// What a Wmo application needs beyond the plan itself (002:1768-1782).
    #[serde(default)]
    pub application: Option<ApplicationBasis>,
}

/// One numbered step of the plan with the form's four columns (002:1726-1738).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The concrete step or activity.
    pub activity: FreeText,
    /// The id of the goal the step serves; none for a step that serves the whole plan.
    #[serde(default)]
    pub goal: Option<String>,
    /// Wat de persoon zelf doet.
    #[serde(default)]
    pub own: Vec<FreeText>,
    /// Wat anderen doen: people from the network.
    #[serde(default)]
    pub others: Vec<Helper>,
    /// Welke professionele hulp nodig is.
    #[serde(default)]
    pub professional: Vec<FreeText>,
    /// Waarvoor een beroep op de Wmo gedaan wordt: individual provisions (002:1182-1188).
    #[serde(default)]
    pub wmo: Vec<WmoClaim>,
    /// General provisions used without a Wmo claim, e.g. a community centre or a volunteer
    /// centre: the "algemeen maatschappelijke voorzieningen" of the plan (002:1654-1657,
    /// 002:1700-1702). They are the third ring (002:1149-1155).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub general: Vec<FreeText>,
    /// Provisions under other legal schemes (Zvw, AWBZ, ...): "andere wettelijke regelingen"
    /// (002:1700-1702, 002:1768-1770).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_schemes: Vec<OtherSchemeProvision>,
    /// The ZRM domains the step works on directly, e.g. a crisis step (`plan::zrm_checks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zrm_domains: Vec<crate::zrm::ZrmDomain>,
}

/// Someone from the network who helps, and how they are related.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Helper {
    /// Who: a role or description, e.g. "buurman" (no full names needed).
    pub who: FreeText,
    /// The relation to the client.
    pub relation: Relation,
    /// What they do.
    pub does: FreeText,
}

/// A provision under a legal scheme other than the Wmo (002:1700-1702, 002:1768-1770).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OtherSchemeProvision {
    /// The scheme.
    pub scheme: OtherScheme,
    /// The provision, e.g. "wijkverpleging".
    pub provision: FreeText,
    /// The compensation domains of art. 4 Wmo it covers, as the case worker reads it; a Wmo
    /// claim on one of these domains gets `other_scheme_comes_first` when the scheme comes
    /// before the Wmo (interpretation P16).
    #[serde(default)]
    pub covers: Vec<CompensationDomain>,
}

/// A provision claimed from the Wmo (002:1714-1716, 002:1778-1779).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WmoClaim {
    /// The provision, e.g. "huishoudelijke hulp".
    pub provision: FreeText,
    /// Its Kanteling ring: an individual provision (002:1182-1188). Other rings are findings:
    /// own strength and the network are no provisions, and a general provision belongs in
    /// the step's `general` column.
    pub ring: SolutionRing,
    /// In kind or a personal budget.
    pub form: ProvisionForm,
    /// The compensation domains of art. 4 Wmo the claim addresses: the chosen solution must
    /// compensate the problem (002:412-421, 002:1785-1786).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<CompensationDomain>,
    /// Why own strength, the network and general provisions cannot do this, when the plan
    /// shows no inner ring for the claim's goal (002:1182-1185).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_not_inner_rings: Option<FreeText>,
    /// Why the Wmo is claimed although a provision under a prior scheme covers the same
    /// domain (002:1181-1182), e.g. because it covers only part of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_scheme_reason: Option<FreeText>,
    /// How much, e.g. 3 hours per week.
    #[serde(default)]
    pub extent: Option<Extent>,
    /// Why this measure (de motivatie van de in te zetten maatregelen, 002:1776-1777).
    #[serde(default)]
    pub motivation: Option<FreeText>,
    /// The claim as the iWmo 3.2 standard expresses it: product category, product code and
    /// extent (`crate::iwmo`); none when the host has not coded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iwmo: Option<crate::iwmo::IwmoClaim>,
}

/// The extent of a provision: an amount in a unit.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Extent {
    /// The amount; a positive number.
    pub amount: f64,
    /// The unit.
    pub unit: ExtentUnit,
}

/// The parts of a Wmo application that the plan does not itself contain (002:1768-1782).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplicationBasis {
    /// De problemen van betrokkene; when empty, the experienced barriers of the case's
    /// assessment grid are used.
    #[serde(default)]
    pub problems: Vec<FreeText>,
    /// Een probleemanalyse.
    #[serde(default)]
    pub problem_analysis: Option<FreeText>,
    /// Why this solution direction (de motivatie van de oplossingsrichting).
    #[serde(default)]
    pub solution_motivation: Option<FreeText>,
}

impl Plan {
    /// The goal with this id.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// Every Wmo claim of the plan with the index of its step.
    pub fn wmo_claims(&self) -> impl Iterator<Item = (usize, &WmoClaim)> {
        self.steps.iter().enumerate().flat_map(|(i, s)| s.wmo.iter().map(move |c| (i, c)))
    }

    /// The steps that serve goal `id`: those linked to it and those linked to no goal.
    pub fn steps_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps.iter().filter(move |s| s.goal.as_deref().is_none_or(|g| g == id))
    }
}

impl Step {
    /// The rings this step draws on: own strength when the person does something, the
    /// social network when others help, general provisions when the step uses one, and the
    /// ring of each Wmo claim.
    pub fn rings(&self) -> Vec<SolutionRing> {
        let mut rings = self.inner_rings();
        rings.extend(self.wmo.iter().map(|c| c.ring));
        rings
    }

    /// The inner rings the step really draws on: own strength, the network and general
    /// provisions, from the columns that say who does what. A Wmo claim's ring never counts
    /// here, so a claim cannot stand in for the inner rings (002:1149-1155, 002:1182-1185).
    pub fn inner_rings(&self) -> Vec<SolutionRing> {
        let mut rings = Vec::new();
        if self.own.iter().any(|t| !t.is_blank()) {
            rings.push(SolutionRing::OwnStrength);
        }
        if !self.others.is_empty() {
            rings.push(SolutionRing::SocialNetwork);
        }
        if self.general.iter().any(|t| !t.is_blank()) {
            rings.push(SolutionRing::GeneralProvision);
        }
        rings
    }
}
