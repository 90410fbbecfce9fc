//! The options worksheet (Werkblad Opties, Den Hollander & Wilken 2011; 002:1665-1696):
//! for one goal, every option with its advantages and disadvantages, then the best and the
//! second-best option.

use crate::support::SolutionRing;
use crate::text::FreeText;

/// A Werkblad Opties for one goal of the plan.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OptionsWorksheet {
    /// The id of the goal (Doel) the options serve.
    pub goal: String,
    /// The part of the goal these options answer, when a goal needs more than one choice
    /// (e.g. who reminds Bram of the bin). Options on one worksheet are alternatives for the
    /// same question, not parts of one solution (002:1661-1665, 002:1688-1692).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<FreeText>,
    /// The options, numbered 1, 2, 3, ... in this order, as on the form (002:1676-1680).
    #[serde(default)]
    pub options: Vec<PlanOption>,
    /// Beste optie: the number of the best option (from 1).
    #[serde(default)]
    pub best: Option<u32>,
    /// Op één na beste optie: the number of the second-best option (from 1).
    #[serde(default)]
    pub second_best: Option<u32>,
}

/// One option on the worksheet: what could be done, its pros and cons, and the Kanteling
/// ring it draws on (002:1149-1155).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanOption {
    /// The option.
    pub description: FreeText,
    /// Voordelen.
    #[serde(default)]
    pub advantages: Vec<FreeText>,
    /// Nadelen.
    #[serde(default)]
    pub disadvantages: Vec<FreeText>,
    /// The solution ring the option draws on.
    pub ring: SolutionRing,
}

impl OptionsWorksheet {
    /// The option with this number (from 1), if listed.
    pub fn option(&self, number: u32) -> Option<&PlanOption> {
        let i = usize::try_from(number).ok()?.checked_sub(1)?;
        self.options.get(i)
    }
}
