//! Scoring: from the answers to the total, the subscales, the level and the flags, as the
//! manual's SPSS syntax does it (manual §7, §8).

use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::{Error, Path};

use super::{
    AnswerFormat, LonelinessAnswer, LonelinessLevel, LonelinessScale, MaxMissing, Subscale, INSTRUMENT,
    INSTRUMENT_VERSION, SOURCE,
};

/// The lowest subscale scores that count as emotionally and socially lonely, where a caller
/// states its own (the manual gives none for the 11-item scale; interpretation L2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SubscaleCutoffs {
    /// The lowest emotional score that counts as emotionally lonely (1..the subscale's items).
    pub emotional: u8,
    /// The lowest social score that counts as socially lonely (1..the subscale's items).
    pub social: u8,
}

/// The answers of one person to one version of the scale.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LonelinessInput {
    /// The version of the scale.
    pub scale: LonelinessScale,
    /// The answer format; `three_point` when left out.
    #[serde(default)]
    pub format: AnswerFormat,
    /// One answer per item in the manual's order (11-item: items 1..11; short scale: items
    /// 3, 9, 10, 4, 7, 8); `null` for an item not answered.
    pub answers: Vec<Option<LonelinessAnswer>>,
    /// Overrides the missing-value rules (the library's reading for the 11-item scale,
    /// interpretation L1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_missing: Option<MaxMissing>,
    /// Overrides the subscale cut-offs (none by default for the 11-item scale,
    /// interpretation L2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscale_cutoffs: Option<SubscaleCutoffs>,
}

/// The scores of one person on the scale.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LonelinessResult {
    /// Always `djg-loneliness`.
    pub instrument: String,
    /// The version of steun's encoding of the manual's rules.
    pub instrument_version: String,
    /// The version of the scale.
    pub scale: LonelinessScale,
    /// The answer format.
    pub format: AnswerFormat,
    /// The total: the number of lonely answers (0..the number of items); null when more
    /// items are missing than the rules allow.
    pub score: Option<u8>,
    /// The emotional subscale's score; null when too many of its items are missing.
    pub emotional_score: Option<u8>,
    /// The social subscale's score; null when too many of its items are missing.
    pub social_score: Option<u8>,
    /// The level of the total; null when there is no total.
    pub level: Option<LonelinessLevel>,
    /// Whether the emotional score reaches the cut-off; null without score or cut-off.
    pub emotionally_lonely: Option<bool>,
    /// Whether the social score reaches the cut-off; null without score or cut-off.
    pub socially_lonely: Option<bool>,
    /// The number of items not answered.
    pub missing: u8,
    /// What the result says, with the note that the scale is a screening signal.
    pub explanation: Bilingual,
    /// The manual and the sources of the cut-offs.
    pub source: String,
}

const SCREENING_NL: &str = "De schaal is ontwikkeld voor surveyonderzoek; de uitkomst is een signaal om \
                            verder over door te praten, geen diagnose van een persoon (handleiding §1).";
const SCREENING_EN: &str = "The scale was developed for survey research; the result is a signal to talk \
                            further about, not a diagnosis of a person (manual §1).";

impl LonelinessInput {
    fn cutoffs(&self) -> Option<SubscaleCutoffs> {
        self.subscale_cutoffs
            .or_else(|| self.scale.subscale_cutoff().map(|c| SubscaleCutoffs { emotional: c, social: c }))
    }
}

/// Scores `input`: each answered item scores 1 when its answer counts as lonely
/// ([`LonelinessAnswer::counts_lonely`]); the total and the subscales are the counts over the
/// answered items, given only when no more items are missing than [`MaxMissing`] allows
/// (the SPSS `count` over the answered items, then `if (m>…) …=-1`; manual §7, §8).
pub fn score(input: &LonelinessInput) -> LonelinessResult {
    let scale = input.scale;
    let rules = input.max_missing.unwrap_or_else(|| scale.max_missing());
    let (mut lonely, mut missing) = ([0u8; 2], [0u8; 2]);
    for (item, answer) in scale.items().zip(&input.answers) {
        let s = item.subscale as usize;
        match answer {
            None => missing[s] += 1,
            Some(a) => lonely[s] += u8::from(a.counts_lonely(item.subscale.wording())),
        }
    }
    let (e, s) = (Subscale::Emotional as usize, Subscale::Social as usize);
    let total_missing = missing[e] + missing[s];
    let score = (total_missing <= rules.total).then_some(lonely[e] + lonely[s]);
    let emotional_score = (missing[e] <= rules.emotional).then_some(lonely[e]);
    let social_score = (missing[s] <= rules.social).then_some(lonely[s]);
    let level = score.map(|t| scale.level(t));
    let cutoffs = input.cutoffs();
    let emotionally_lonely = emotional_score.zip(cutoffs).map(|(v, c)| v >= c.emotional);
    let socially_lonely = social_score.zip(cutoffs).map(|(v, c)| v >= c.social);
    LonelinessResult {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        scale,
        format: input.format,
        score,
        emotional_score,
        social_score,
        level,
        emotionally_lonely,
        socially_lonely,
        missing: total_missing,
        explanation: explain(scale, score, level, total_missing),
        source: SOURCE.to_owned(),
    }
}

fn explain(scale: LonelinessScale, score: Option<u8>, level: Option<LonelinessLevel>, missing: u8) -> Bilingual {
    let n = scale.item_count();
    let (nl, en) = match (score, level) {
        (Some(t), Some(l)) => (
            format!(
                "Score {t} van {n} op de {}: {}.",
                scale.label(crate::Lang::Nl).to_lowercase(),
                l.label(crate::Lang::Nl).to_lowercase()
            ),
            format!(
                "Score {t} of {n} on the {}: {}.",
                scale.label(crate::Lang::En).to_lowercase(),
                l.label(crate::Lang::En).to_lowercase()
            ),
        ),
        _ => (
            format!(
                "Geen totaalscore: {missing} van de {n} items zijn niet beantwoord, meer dan de handleiding toestaat."
            ),
            format!("No total score: {missing} of the {n} items are not answered, more than the manual allows."),
        ),
    };
    Bilingual::new(format!("{nl} {SCREENING_NL}"), format!("{en} {SCREENING_EN}"))
}

impl Document for LonelinessInput {
    const KIND: &'static str = "loneliness_input";

    fn check(&self) -> Result<(), Error> {
        let scale = self.scale;
        let n = usize::from(scale.item_count());
        if self.answers.len() != n {
            let msg = format!("must hold exactly {n} answers for scale {}, in the manual's order", scale.code());
            return Err(Error::invalid(Path::root().key("answers"), msg));
        }
        for (i, a) in self.answers.iter().enumerate() {
            if let Some(a) = a {
                if !self.format.allows(*a) {
                    let codes: Vec<&str> = self.format.answers().iter().map(|a| a.code()).collect();
                    let msg = format!("unknown code for format {}; allowed: {}", self.format.code(), codes.join(", "));
                    return Err(Error::invalid(Path::root().key("answers").index(i), msg));
                }
            }
        }
        if let Some(m) = self.max_missing {
            let limits = [
                ("total", m.total, scale.item_count()),
                ("emotional", m.emotional, scale.subscale_len(Subscale::Emotional)),
                ("social", m.social, scale.subscale_len(Subscale::Social)),
            ];
            for (key, v, max) in limits {
                if v > max {
                    let msg = format!("expected a whole number from 0 to {max}");
                    return Err(Error::invalid(Path::root().key("max_missing").key(key), msg));
                }
            }
        }
        if let Some(c) = self.subscale_cutoffs {
            let limits = [
                ("emotional", c.emotional, scale.subscale_len(Subscale::Emotional)),
                ("social", c.social, scale.subscale_len(Subscale::Social)),
            ];
            for (key, v, max) in limits {
                if v == 0 || v > max {
                    let msg = format!("expected a whole number from 1 to {max}");
                    return Err(Error::invalid(Path::root().key("subscale_cutoffs").key(key), msg));
                }
            }
        }
        Ok(())
    }
}

impl Document for LonelinessResult {
    const KIND: &'static str = "loneliness_result";

    /// A stored result must hang together: scores within range, the level the cut-offs give.
    fn check(&self) -> Result<(), Error> {
        let scale = self.scale;
        let bounds = [
            ("score", self.score, scale.item_count()),
            ("emotional_score", self.emotional_score, scale.subscale_len(Subscale::Emotional)),
            ("social_score", self.social_score, scale.subscale_len(Subscale::Social)),
        ];
        for (key, v, max) in bounds {
            if v.is_some_and(|v| v > max) {
                return Err(Error::invalid(Path::root().key(key), format!("expected a whole number from 0 to {max}")));
            }
        }
        if self.missing > scale.item_count() {
            let msg = format!("expected a whole number from 0 to {}", scale.item_count());
            return Err(Error::invalid(Path::root().key("missing"), msg));
        }
        if self.level != self.score.map(|t| scale.level(t)) {
            let want = self.score.map_or("null", |t| scale.level(t).code());
            let msg = format!("must be the level the cut-offs give the score: {want}");
            return Err(Error::invalid(Path::root().key("level"), msg));
        }
        if self.emotionally_lonely.is_some() && self.emotional_score.is_none() {
            return Err(Error::invalid(
                Path::root().key("emotionally_lonely"),
                "must be null without an emotional score",
            ));
        }
        if self.socially_lonely.is_some() && self.social_score.is_none() {
            return Err(Error::invalid(Path::root().key("socially_lonely"), "must be null without a social score"));
        }
        Ok(())
    }
}
