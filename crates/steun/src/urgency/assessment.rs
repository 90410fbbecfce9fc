//! An urgency assessment as a professional's act (issue 17): who assessed it (a pseudonymous
//! staff code), on which date, the instrument's result, and an optional override of the band
//! with a mandatory reason. The score is advice: the urgency "wordt bepaald door de
//! deskundigheid van de professional" (002:4139-4142, 002:3945-3947), and the schema invites
//! professionals to exchange their estimates (002:4019-4021), so several assessors may score
//! one signal and a disagreement between them is a finding. A signal can be reassessed, also
//! to a lower band: the current band is that of the latest assessment.

use super::answers::UrgencyBand;
use super::result::UrgencyResultDocument;
use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::text::FreeText;
use crate::{Date, Error, Path};

/// The longest staff code.
pub const MAX_STAFF_CODE: usize = 32;

/// An override of the instrument's band by the professional, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BandOverride {
    /// The band the professional decides on.
    pub band: UrgencyBand,
    /// Why (required, not blank): the professional's judgement decides (002:4139-4142).
    pub reason: FreeText,
}

/// One assessment of a signal's urgency (wire kind `urgency_assessment`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyAssessment {
    /// The assessor: a pseudonymous staff code such as `W-017` (the format of a client code,
    /// at most 32 characters), never a name.
    #[cfg_attr(feature = "schema", schemars(with = "StaffCodeSchema"))]
    #[serde(deserialize_with = "staff_code")]
    pub assessor: String,
    /// When the assessment was made.
    pub assessed_on: Date,
    /// The instrument's result (any version this library keeps).
    pub result: UrgencyResultDocument,
    /// The professional's band, when it differs from the instrument's, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band_override: Option<BandOverride>,
}

impl UrgencyAssessment {
    /// The band this assessment decides: the override's, else the instrument's.
    pub fn band(&self) -> UrgencyBand {
        self.band_override.as_ref().map_or(self.result.band, |o| o.band)
    }

    pub(crate) fn check_at(&self, at: &Path) -> Result<(), Error> {
        if let Some(reason) = crate::text::code_problem(&self.assessor, MAX_STAFF_CODE) {
            return Err(Error::invalid(
                at.clone().key("assessor"),
                crate::text::code_message("staff code", "W-017", MAX_STAFF_CODE, reason),
            ));
        }
        self.result.check().map_err(|e| e.under_path(&at.clone().key("result")))?;
        if let Some(o) = &self.band_override {
            if o.reason.is_blank() {
                return Err(Error::invalid(
                    at.clone().key("band_override").key("reason"),
                    "an override of the band needs the professional's reason",
                ));
            }
            if o.band == self.result.band {
                return Err(Error::invalid(
                    at.clone().key("band_override").key("band"),
                    "an override must change the band: leave band_override out to keep the instrument's band",
                ));
            }
        }
        Ok(())
    }
}

impl Document for UrgencyAssessment {
    const KIND: &'static str = "urgency_assessment";

    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

/// For `#[serde(deserialize_with)]`: a staff code, refused when read if it is not a code.
fn staff_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    match crate::text::code_problem(&s, MAX_STAFF_CODE) {
        None => Ok(s),
        Some(reason) => {
            Err(serde::de::Error::custom(crate::text::code_message("staff code", "W-017", MAX_STAFF_CODE, reason)))
        }
    }
}

#[cfg(feature = "schema")]
struct StaffCodeSchema;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for StaffCodeSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StaffCode".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": crate::text::code_pattern(MAX_STAFF_CODE),
            "description": "A pseudonymous staff code such as W-017, never a name."
        })
    }
}

/// The assessments of one signal, oldest first or in any order (wire kind
/// `urgency_assessments`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyAssessments {
    /// At least one assessment.
    pub assessments: Vec<UrgencyAssessment>,
}

impl Document for UrgencyAssessments {
    const KIND: &'static str = "urgency_assessments";

    fn check(&self) -> Result<(), Error> {
        if self.assessments.is_empty() {
            return Err(Error::invalid(Path::root().key("assessments"), "expected at least one assessment"));
        }
        for (i, a) in self.assessments.iter().enumerate() {
            a.check_at(&Path::root().key("assessments").index(i))?;
        }
        Ok(())
    }
}

/// Assessors who, on one date, decided different bands for the same signal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentDisagreement {
    /// The date.
    pub assessed_on: Date,
    /// The positions of the assessments concerned, in the input's order.
    pub assessments: Vec<u32>,
    /// The distinct bands they decided, lowest first.
    pub bands: Vec<UrgencyBand>,
    /// What to do, in Dutch and English.
    pub message: Bilingual,
}

/// The current urgency of a signal from its assessments (wire kind `assessment_review`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentReview {
    /// Always `jaspers-2011-urgency`.
    pub instrument: String,
    /// The rules version of this review.
    pub instrument_version: String,
    /// The position of the latest assessment: the latest date, and of those the last given.
    pub latest: u32,
    /// The current band: that of the latest assessment (its override, else its result), also
    /// when it is lower than before.
    pub band: UrgencyBand,
    /// True when the latest assessment overrides the instrument's band.
    pub overridden: bool,
    /// Dates on which assessors disagreed.
    pub disagreements: Vec<AssessmentDisagreement>,
}

impl Document for AssessmentReview {
    const KIND: &'static str = "assessment_review";
}

/// The position of the latest assessment: the latest date; on equal dates, the last given.
pub fn latest(assessments: &[UrgencyAssessment]) -> Option<usize> {
    (0..assessments.len()).max_by_key(|&i| (assessments[i].assessed_on, i))
}

/// Reviews assessments: the current band and the disagreements. An empty set is an error.
pub fn review(set: &UrgencyAssessments) -> Result<AssessmentReview, Error> {
    let list = &set.assessments;
    let Some(at) = latest(list) else {
        return Err(Error::invalid(Path::root().key("assessments"), "expected at least one assessment"));
    };
    let mut dates: Vec<Date> = list.iter().map(|a| a.assessed_on).collect();
    dates.sort();
    dates.dedup();
    let mut disagreements = Vec::new();
    for date in dates {
        let same: Vec<usize> = (0..list.len()).filter(|&i| list[i].assessed_on == date).collect();
        let mut bands: Vec<UrgencyBand> = same.iter().map(|&i| list[i].band()).collect();
        bands.sort();
        bands.dedup();
        let assessors = same.iter().map(|&i| list[i].assessor.as_str()).collect::<std::collections::BTreeSet<_>>();
        if bands.len() > 1 && assessors.len() > 1 {
            let names = |lang| bands.iter().map(|b| b.label(lang)).collect::<Vec<_>>().join(", ");
            let message = Bilingual {
                nl: format!(
                    "De beoordelaars verschillen van inschatting ({}): bespreek het in het multidisciplinaire (wijk)team.",
                    names(crate::Lang::Nl)
                ),
                en: format!(
                    "The assessors' estimates differ ({}): discuss them in the multidisciplinary team.",
                    names(crate::Lang::En)
                ),
            };
            disagreements.push(AssessmentDisagreement {
                assessed_on: date,
                assessments: same.iter().map(|&i| i as u32).collect(),
                bands,
                message,
            });
        }
    }
    Ok(AssessmentReview {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        latest: at as u32,
        band: list[at].band(),
        overridden: list[at].band_override.is_some(),
        disagreements,
    })
}
