//! The result of the urgency instrument: score, range, band, actions and the breakdown.

use serde::ser::SerializeStruct;

use super::answers::{UrgencyAnswer, UrgencyBand, UrgencyCriterion, UrgencyReportAction, UrgencyReporterAction};
use super::bands::UrgencyBandRow;
use super::rules::UrgencyRules;
use super::{INSTRUMENT, MAX_SCORE};
use crate::document::Document;
use crate::lang::{Bilingual, Labelled, Lang};
use crate::{Error, Path};

/// One criterion's share of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyCriterionScore {
    /// The criterion.
    pub criterion: UrgencyCriterion,
    /// The answer given (for scope: derived from the input's scope).
    pub answer: UrgencyAnswer,
    /// The points, or null when the answer is unknown.
    pub points: Option<u8>,
    /// The points counted in the lowest possible score (0 for unknown).
    pub points_min: u8,
    /// The points counted in the highest possible score (the maximum for unknown).
    pub points_max: u8,
}

/// The outcome of one assessment. Plain data (`Copy`, no heap): the explanation is written
/// on demand by [`UrgencyResult::explanation`], and the wire JSON by its `Serialize` impl.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UrgencyResult {
    /// The score: the sum of the known points (equals `score_min`).
    pub score: u8,
    /// The lowest possible score: unknown answers count 0.
    pub score_min: u8,
    /// The highest possible score: unknown answers count their maximum.
    pub score_max: u8,
    /// The band that applies: the band of `score`, the known evidence (002:3945-3953).
    /// Under the 1.x rules it was the band of `score_max`.
    pub band: UrgencyBandRow,
    /// The worst case: the band of `score_max`, were every unknown answer 2 points. Equal to
    /// `band` when nothing is unknown.
    pub worst_band: UrgencyBandRow,
    /// True when an answer is unknown: the professional asks the team (002:3945-3948).
    pub needs_consultation: bool,
    /// The five criteria in the instrument's order: safety, health, wellbeing, scope, duration.
    pub breakdown: [UrgencyCriterionScore; 5],
    /// The rules that produced the result; its `instrument_version`.
    pub rules: UrgencyRules,
    /// The band of `score` (the 1.x explanation names it when it differs from `band`).
    pub(crate) score_band: UrgencyBand,
    /// The fingerprint of the band table it was scored with (written from 2.1.0 on).
    pub bands_fingerprint: [u8; 32],
}

impl UrgencyResult {
    /// The band that applies.
    pub fn band(&self) -> UrgencyBand {
        self.band.band
    }

    /// Actie melding: what happens with the report.
    pub fn report_action(&self) -> UrgencyReportAction {
        self.band.report_action
    }

    /// Actie melder: what happens towards the reporter.
    pub fn reporter_action(&self) -> UrgencyReporterAction {
        self.band.reporter_action
    }

    /// The band of the worst case (`score_max`).
    pub fn worst(&self) -> UrgencyBand {
        self.worst_band.band
    }

    /// True when at least one answer is unknown.
    pub fn has_unknown(&self) -> bool {
        self.breakdown.iter().any(|c| c.points.is_none())
    }

    /// The `instrument_version` of the rules that produced the result.
    pub fn instrument_version(&self) -> &'static str {
        self.rules.version()
    }

    /// The explanation in `lang`: which answers gave which points, which are unknown, why
    /// the band applies and what the worst case would be.
    pub fn explanation(&self, lang: Lang) -> String {
        match self.rules {
            UrgencyRules::V1 => super::explain_v1::explain(self, lang),
            UrgencyRules::V2 | UrgencyRules::V2_1 => super::explain::explain(self, lang),
        }
    }

    /// The explanation in both languages.
    pub fn explanations(&self) -> Bilingual {
        Bilingual { nl: self.explanation(Lang::Nl), en: self.explanation(Lang::En) }
    }

    /// The result as its wire document (owned; with the explanation).
    pub fn to_document(&self) -> UrgencyResultDocument {
        UrgencyResultDocument {
            instrument: INSTRUMENT.to_owned(),
            instrument_version: self.rules.version().to_owned(),
            score: self.score,
            score_min: self.score_min,
            score_max: self.score_max,
            max_score: MAX_SCORE,
            band: self.band(),
            worst_band: self.writes_worst_band().then(|| self.worst()),
            report_action: self.report_action(),
            reporter_action: self.reporter_action(),
            needs_consultation: self.needs_consultation,
            breakdown: self.breakdown.to_vec(),
            explanation: self.explanations(),
            bands_fingerprint: self.rules.writes_fingerprint().then(|| self.bands_fingerprint_hex()),
        }
    }

    /// The band table's fingerprint as 64 lowercase hex digits.
    pub fn bands_fingerprint_hex(&self) -> String {
        super::bands::hex(&self.bands_fingerprint)
    }

    /// The wire JSON (compact), as every language writes it.
    pub fn to_json(&self) -> String {
        crate::json::to_json(self)
    }

    /// 1.x results have no `worst_band` field.
    fn writes_worst_band(&self) -> bool {
        self.rules >= UrgencyRules::V2
    }
}

fn is_fingerprint(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Says which tables differ: the stored result's and the one it is audited against
/// (default or custom, by fingerprint; fingerprints are not personal data). Called after
/// `check`, so `stored` is well-formed.
fn fingerprint_mismatch(stored: &str, want: &str) -> String {
    let kind = |fp: &str| {
        if fp == super::DEFAULT_BANDS_FINGERPRINT {
            "the default band table"
        } else {
            "a custom band table"
        }
    };
    format!(
        "the result was scored with {} (fingerprint {stored}), not with the band table it is audited against, {} \
         (fingerprint {want})",
        kind(stored),
        kind(want),
    )
}

struct Explanation<'a>(&'a UrgencyResult);

impl serde::Serialize for Explanation<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Bilingual", 2)?;
        st.serialize_field("nl", &self.0.explanation(Lang::Nl))?;
        st.serialize_field("en", &self.0.explanation(Lang::En))?;
        st.end()
    }
}

/// Writes the wire format of the issue, field for field as [`UrgencyResultDocument`].
impl serde::Serialize for UrgencyResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let worst = self.writes_worst_band();
        let fingerprint = self.rules.writes_fingerprint();
        let mut st = s.serialize_struct("UrgencyResult", 12 + usize::from(worst) + usize::from(fingerprint))?;
        st.serialize_field("instrument", INSTRUMENT)?;
        st.serialize_field("instrument_version", self.rules.version())?;
        st.serialize_field("score", &self.score)?;
        st.serialize_field("score_min", &self.score_min)?;
        st.serialize_field("score_max", &self.score_max)?;
        st.serialize_field("max_score", &MAX_SCORE)?;
        st.serialize_field("band", &self.band())?;
        if worst {
            st.serialize_field("worst_band", &self.worst())?;
        }
        st.serialize_field("report_action", &self.report_action())?;
        st.serialize_field("reporter_action", &self.reporter_action())?;
        st.serialize_field("needs_consultation", &self.needs_consultation)?;
        st.serialize_field("breakdown", &self.breakdown)?;
        st.serialize_field("explanation", &Explanation(self))?;
        if fingerprint {
            st.serialize_field("bands_fingerprint", &self.bands_fingerprint_hex())?;
        }
        st.end()
    }
}

/// A stored urgency result (wire kind `urgency_result`), e.g. read back for an audit.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "UrgencyResult"))]
#[serde(deny_unknown_fields)]
pub struct UrgencyResultDocument {
    /// Always `jaspers-2011-urgency`.
    pub instrument: String,
    /// The version of the instrument's rules and defaults that produced the result.
    pub instrument_version: String,
    /// The score: the sum of the known points (equals `score_min`).
    pub score: u8,
    /// The lowest possible score: unknown answers count 0.
    pub score_min: u8,
    /// The highest possible score: unknown answers count their maximum.
    pub score_max: u8,
    /// Always 10.
    pub max_score: u8,
    /// The band that applies: of `score` (the known evidence); in 1.x results, of `score_max`.
    pub band: UrgencyBand,
    /// The band of `score_max`, the worst case were every unknown answer 2 points (2.0.0 and
    /// later; absent in 1.x results).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worst_band: Option<UrgencyBand>,
    /// Actie melding.
    pub report_action: UrgencyReportAction,
    /// Actie melder.
    pub reporter_action: UrgencyReporterAction,
    /// True when an answer is unknown (002:3945-3948).
    pub needs_consultation: bool,
    /// The five criteria in order: safety, health, wellbeing, scope, duration.
    pub breakdown: Vec<UrgencyCriterionScore>,
    /// Why: the points per answer, the unknown answers, the reason for the band and the worst
    /// case, in Dutch and English.
    pub explanation: Bilingual,
    /// The SHA-256 (64 lowercase hex digits) of the canonical JSON of the band table the
    /// result was scored with; `DEFAULT_BANDS_FINGERPRINT` for the default table (2.1.0 and
    /// later; absent in older results, which name no table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands_fingerprint: Option<String>,
}

impl Document for UrgencyResultDocument {
    const KIND: &'static str = "urgency_result";

    fn check(&self) -> Result<(), Error> {
        let order = UrgencyCriterion::ALL;
        if self.breakdown.len() != order.len() {
            return Err(Error::invalid(
                Path::root().key("breakdown"),
                "expected the five criteria: safety, health, wellbeing, scope, duration",
            ));
        }
        for (i, (c, want)) in self.breakdown.iter().zip(order).enumerate() {
            if c.criterion != *want {
                return Err(Error::invalid(
                    Path::root().key("breakdown").index(i).key("criterion"),
                    format!("expected {}: the order is safety, health, wellbeing, scope, duration", want.code()),
                ));
            }
        }
        if self.score != self.score_min || self.score_min > self.score_max || self.score_max > MAX_SCORE {
            return Err(Error::invalid(Path::root().key("score"), "expected score = score_min <= score_max <= 10"));
        }
        // Version dispatch: 1.x results have no `worst_band`, 2.x results must have it.
        match UrgencyRules::of_version(&self.instrument_version) {
            None => Err(Error::invalid(
                Path::root().key("instrument_version"),
                format!("expected a version of the rules this library keeps: {}", UrgencyRules::versions()),
            )),
            Some(UrgencyRules::V1) if self.worst_band.is_some() => Err(Error::invalid(
                Path::root().key("worst_band"),
                "a 1.x result has no worst_band: remove it, or the result is not 1.x",
            )),
            Some(r) if r >= UrgencyRules::V2 && self.worst_band.is_none() => Err(Error::invalid(
                Path::root().key("worst_band"),
                "missing required field (results of 2.0.0 and later)",
            )),
            Some(r) if r.writes_fingerprint() != self.bands_fingerprint.is_some() => Err(Error::invalid(
                Path::root().key("bands_fingerprint"),
                if r.writes_fingerprint() {
                    "missing required field (results of 2.1.0 and later)"
                } else {
                    "a result before 2.1.0 has no bands_fingerprint: remove it, or the result is not of that version"
                },
            )),
            Some(_) if !self.bands_fingerprint.as_deref().is_none_or(is_fingerprint) => Err(Error::invalid(
                Path::root().key("bands_fingerprint"),
                "expected 64 lowercase hex digits (SHA-256 of the band table's canonical JSON)",
            )),
            Some(_) => Ok(()),
        }
    }
}

impl UrgencyResultDocument {
    /// Audits a stored result: rebuilds the answers from its breakdown, scores them again
    /// with `table` under the rules of the version the result carries (1.0.0 or 2.0.0) and
    /// checks that every field (explanation included) is what those rules write. Returns the
    /// recomputed result.
    pub fn audit(&self, table: &super::BandTable) -> Result<UrgencyResult, Error> {
        use super::answers::{UrgencyDuration, UrgencyRisk};
        use super::input::{Persons, UrgencyInput, UrgencyRisks, UrgencyScope};
        if self.instrument != INSTRUMENT {
            return Err(Error::invalid(Path::root().key("instrument"), format!("expected {INSTRUMENT}")));
        }
        self.check()?;
        if let Some(fp) = &self.bands_fingerprint {
            if *fp != table.fingerprint_hex() {
                return Err(Error::invalid(
                    Path::root().key("bands_fingerprint"),
                    fingerprint_mismatch(fp, &table.fingerprint_hex()),
                ));
            }
        }
        let Some(rules) = UrgencyRules::of_version(&self.instrument_version) else {
            return Err(Error::invalid(
                Path::root().key("instrument_version"),
                format!("this library audits {INSTRUMENT} versions {} only", UrgencyRules::versions()),
            ));
        };
        let at = |i: usize| Path::root().key("breakdown").index(i).key("answer");
        let risk = |i: usize| -> Result<UrgencyRisk, Error> {
            UrgencyRisk::ALL
                .iter()
                .copied()
                .find(|r| r.answer() == self.breakdown[i].answer)
                .ok_or_else(|| Error::invalid(at(i), "expected a risk answer: none, moderate, severe, unknown"))
        };
        let scope = |persons: u32, minors_involved: bool, over_75_involved: bool| -> Result<UrgencyScope, Error> {
            Ok(UrgencyScope { persons: Persons::new(persons)?, minors_involved, over_75_involved })
        };
        let scope = match self.breakdown[3].answer {
            UrgencyAnswer::Individual => scope(1, false, false)?,
            UrgencyAnswer::SeveralPersons => scope(2, false, false)?,
            UrgencyAnswer::Minor => scope(1, true, false)?,
            UrgencyAnswer::Over75 => scope(1, false, true)?,
            _ => {
                return Err(Error::invalid(
                    at(3),
                    "expected a scope answer: individual, several_persons, minor, over_75",
                ))
            }
        };
        let duration =
            UrgencyDuration::ALL.iter().copied().find(|d| d.answer() == self.breakdown[4].answer).ok_or_else(|| {
                Error::invalid(
                    at(4),
                    "expected a duration answer: incidental, structural_under_half_year, structural_over_half_year, unknown",
                )
            })?;
        let input = UrgencyInput {
            risks: UrgencyRisks { safety: risk(0)?, health: risk(1)?, wellbeing: risk(2)? },
            scope,
            duration,
        };
        let result = super::assess_under(&input, table, rules);
        let again = result.to_document();
        if again != *self {
            let a = serde_json::to_value(&again).unwrap_or_default();
            let b = serde_json::to_value(self).unwrap_or_default();
            let field = a
                .as_object()
                .and_then(|a| a.iter().find(|(k, v)| b.get(k.as_str()) != Some(v)).map(|(k, _)| k.clone()))
                .unwrap_or_default();
            return Err(Error::invalid(
                Path::root().key(field),
                "does not match what the instrument computes from the breakdown's answers with this band table",
            ));
        }
        Ok(result)
    }
}
