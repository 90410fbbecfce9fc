//! The register of support trajectories and the questionnaire responses.

use crate::document::Document;
use crate::{ClientCode, Date, Error, FreeText, Path};

use super::*;

/// The longest supporter or provider code.
pub const MAX_CODE: usize = 64;

fn code<'de, D: serde::Deserializer<'de>>(d: D, what: &str, example: &str) -> Result<String, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    match crate::text::code_problem(&s, MAX_CODE) {
        None => Ok(s),
        Some(r) => Err(serde::de::Error::custom(crate::text::code_message(what, example, MAX_CODE, r))),
    }
}

fn supporter_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    code(d, "supporter code", "CO-017")
}

fn provider_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    code(d, "provider code", "P-01")
}

#[cfg(feature = "schema")]
struct CodeSchema;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CodeSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PseudonymousCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": crate::text::code_pattern(MAX_CODE),
            "description": "A pseudonymous code such as CO-017 or P-01, never a name."
        })
    }
}

/// One client-support trajectory.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trajectory {
    /// The resident, by pseudonymous code.
    pub client: ClientCode,
    /// The client supporter, by pseudonymous code (never shown in a result).
    #[serde(deserialize_with = "supporter_code")]
    #[cfg_attr(feature = "schema", schemars(with = "CodeSchema"))]
    pub supporter: String,
    /// The provider (organisation), by pseudonymous code (never shown in a result).
    #[serde(deserialize_with = "provider_code")]
    #[cfg_attr(feature = "schema", schemars(with = "CodeSchema"))]
    pub provider: String,
    /// Formal or informal supporter (003:635).
    pub supporter_kind: SupporterKind,
    /// The level (Deurne's four, 003:1040-1043), if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<SupportLevel>,
    /// Who referred the resident (003:906-909).
    pub referred_by: ReferralSource,
    /// The life domains the question is about (003:62, 003:424); each at most once.
    #[serde(default)]
    pub question_domains: Vec<QuestionDomain>,
    /// The specific target groups the resident belongs to (003:908); each at most once.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// The first day of the trajectory.
    pub opened: Date,
    /// The last day; null while open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Date>,
    /// Referred on to a formal or informal supporter at the end (003:909), if so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_to: Option<SupporterKind>,
    /// Whether the resident obtained suitable support thanks to client support (the outcome
    /// of 003:658), if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suitable_support: Option<bool>,
}

/// A register of trajectories.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// At most 200,000 trajectories.
    pub trajectories: Vec<Trajectory>,
}

/// One response to Putten's questionnaire (003:513-530).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyResponse {
    /// The questionnaire's condition: the resident used client support (003:517). Responses
    /// with `false` are counted apart and not summarised.
    pub used_client_support: bool,
    /// Item 1 (003:519).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpful: Option<Agreement>,
    /// Item 2 (003:521).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_continue: Option<Agreement>,
    /// Item 3 (003:523).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_choices: Option<Agreement>,
    /// Item 4 (003:525).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_supporter_again: Option<Agreement>,
    /// Item 5 (003:527).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub would_recommend: Option<Agreement>,
    /// Item 6, "Ja/nee" (003:529-530).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement_points: Option<bool>,
    /// Item 6, "want ....." (003:530): personal text, never shown in a summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement_text: Option<FreeText>,
}

impl SurveyResponse {
    /// The answers to items 1-5 in the questionnaire's order.
    pub fn agreements(&self) -> [(SurveyItem, Option<Agreement>); 5] {
        [
            (SurveyItem::Helpful, self.helpful),
            (SurveyItem::CanContinue, self.can_continue),
            (SurveyItem::OwnChoices, self.own_choices),
            (SurveyItem::SameSupporterAgain, self.same_supporter_again),
            (SurveyItem::WouldRecommend, self.would_recommend),
        ]
    }
}

/// The period a report covers, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub to: Date,
}

fn limit(at: Path, what: &str, max: usize, name: &str) -> Error {
    Error::Limit { message: format!("{at}: {what}; at most {max} ({name})") }
}

/// Checks a register: bounds, dates in order, no code twice in one list.
pub(crate) fn check_register(r: &Register, at: &Path) -> Result<(), Error> {
    let at = at.clone().key("trajectories");
    if r.trajectories.len() > MAX_TRAJECTORIES {
        return Err(limit(at, "too many trajectories", MAX_TRAJECTORIES, "max_trajectories"));
    }
    for (i, t) in r.trajectories.iter().enumerate() {
        let p = at.clone().index(i);
        if t.closed.is_some_and(|c| c < t.opened) {
            return Err(Error::invalid(p.key("closed"), "must not be before opened"));
        }
        for (j, d) in t.question_domains.iter().enumerate() {
            if t.question_domains[..j].contains(d) {
                return Err(Error::invalid(p.key("question_domains").index(j), "each domain at most once"));
            }
        }
        for (j, g) in t.target_groups.iter().enumerate() {
            if t.target_groups[..j].contains(g) {
                return Err(Error::invalid(p.key("target_groups").index(j), "each target group at most once"));
            }
        }
    }
    Ok(())
}

/// Checks the survey responses' bound.
pub(crate) fn check_survey(s: &[SurveyResponse], at: Path) -> Result<(), Error> {
    if s.len() > MAX_RESPONSES {
        return Err(limit(at, "too many responses", MAX_RESPONSES, "max_responses"));
    }
    Ok(())
}

impl Document for Register {
    const KIND: &'static str = "co_register";
    fn check(&self) -> Result<(), Error> {
        check_register(self, &Path::root())
    }
}

impl Document for Trajectory {
    const KIND: &'static str = "co_trajectory";
    fn check(&self) -> Result<(), Error> {
        check_register(&Register { trajectories: vec![self.clone()] }, &Path::root()).map_err(|_| {
            Error::invalid(Path::root(), "closed must not be before opened; each domain and target group at most once")
        })
    }
}

impl Document for SurveyResponse {
    const KIND: &'static str = "co_survey_response";
}

/// Reads a suppression threshold (1..=1000) as the schema states it.
pub(crate) fn min_count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let v = <Option<u32> as serde::Deserialize>::deserialize(d)?;
    match v {
        Some(n) if !(1..=MAX_MIN_COUNT).contains(&n) => {
            Err(serde::de::Error::custom(format!("expected a whole number from 1 to {MAX_MIN_COUNT}")))
        }
        v => Ok(v),
    }
}
