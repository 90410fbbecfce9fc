//! Goals (doelen stellen, phase 3; 002:1626-1650): the result to reach, set from the wish
//! with the highest priority, with the person's personal preferences.

use super::labels::{Term, WishSource};
use crate::life_domain::LifeDomain;
use crate::quality::Dimension;
use crate::text::FreeText;

/// A support goal: what the person wants to reach and what that means to them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// A short id, unique within the plan, that steps, worksheets and evaluations refer to
    /// (e.g. `household`). Not personal data: do not put names in it.
    pub id: String,
    /// Het te behalen resultaat: the result to reach (002:1626-1628).
    pub result: FreeText,
    /// The wish this goal comes from, where it is written down.
    #[serde(default)]
    pub wish: Option<WishRef>,
    /// Priority, 1 the highest: the goal from the wish with the highest priority comes first
    /// (002:1626-1628).
    pub priority: u32,
    /// The quality-of-life dimensions the goal touches (002:466-469).
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    /// The life domains the goal touches (002:1553-1573).
    #[serde(default)]
    pub life_domains: Vec<LifeDomain>,
    /// Persoonlijke voorkeuren: what the goal means to the person, concretely (002:1632-1650).
    #[serde(default)]
    pub personal_preferences: Vec<FreeText>,
    /// Short or long term (002:1010-1017).
    pub term: Term,
    /// Whether the goal aims at participation or the growth of the social network. When
    /// left out, steun's reading applies ([`Goal::aims_at_participation`]); state it to
    /// override that reading.
    #[serde(default)]
    pub aims_at_participation: Option<bool>,
    /// The ZRM domains the goal works on, each with the level aimed at
    /// (`plan::zrm_checks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zrm: Vec<crate::zrm::ZrmTarget>,
    /// Whether the goal is about day activities (dagbesteding), as the profile
    /// `co_day_activity_in_shelter_plan` asks (000:1316-1320). Left out: not recorded; steun
    /// does not guess it from the life domains (`plan::profiles`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_activity: Option<bool>,
}

impl Goal {
    /// Whether the goal aims at participation or network growth, as the isolation typology
    /// asks (002:4409-4420). Interpretation: the stated `aims_at_participation` when given,
    /// else true when the goal touches social inclusion or interpersonal relations, or the
    /// life domain social contacts.
    pub fn aims_at_participation(&self) -> bool {
        self.aims_at_participation.unwrap_or_else(|| {
            self.dimensions.iter().any(|d| matches!(d, Dimension::SocialInclusion | Dimension::InterpersonalRelations))
                || self.life_domains.contains(&LifeDomain::SocialContacts)
        })
    }
}

/// A reference to a wish in the Personal Profile or the assessment grid of the same case.
///
/// `number` counts from 1, as the forms number their lines. For `important_wishes` it is the
/// rank; for `personal_profile` the wish's line in the `domain`'s wishes column; for
/// `assessment_grid` its line in the `dimension`'s wishes column.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WishRef {
    /// Which list the wish is in.
    pub source: WishSource,
    /// The life domain, for `personal_profile`.
    #[serde(default)]
    pub domain: Option<LifeDomain>,
    /// The dimension, for `assessment_grid`.
    #[serde(default)]
    pub dimension: Option<Dimension>,
    /// The wish's number in its list, from 1.
    pub number: u32,
}
