//! The loneliness scale's operations.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::lang::Lang;
use crate::op::{op, Instrument, Op};
use crate::operation;

/// The De Jong Gierveld loneliness scale (manual, 1999, updated 2022).
pub const LONELINESS: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

/// The items of a version of the scale, asked for by scale and, optionally, language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ItemsQuery {
    /// The version of the scale.
    pub scale: LonelinessScale,
    /// Only this language's texts; both when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Document for ItemsQuery {
    const KIND: &'static str = "loneliness_items_query";
}

/// One item as the items listing gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ItemInfo {
    /// The position in the answers, from 1.
    pub position: u8,
    /// The item's number in the manual (1..11).
    pub number: u8,
    /// The subscale.
    pub subscale: Subscale,
    /// The wording, which decides which answers count as lonely.
    pub wording: Wording,
    /// The answers that count as lonely in the five-point format (the three-point format
    /// uses those of them it has).
    pub lonely_answers: Vec<LonelinessAnswer>,
    /// The Dutch text; null when only English was asked for.
    pub nl: Option<String>,
    /// The English text; null when only Dutch was asked for.
    pub en: Option<String>,
}

/// The items of a version of the scale, in answer order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LonelinessItems {
    /// Always `djg-loneliness`.
    pub instrument: String,
    /// The version of steun's encoding of the manual.
    pub instrument_version: String,
    /// The version of the scale.
    pub scale: LonelinessScale,
    /// The items in the order the answers are given.
    pub items: Vec<ItemInfo>,
    /// Where the texts come from.
    pub source: String,
}

impl Document for LonelinessItems {
    const KIND: &'static str = "loneliness_items";
}

/// The items of `q.scale`, in answer order.
pub fn items(q: ItemsQuery) -> LonelinessItems {
    let all = AnswerFormat::FivePoint.answers();
    let items = q
        .scale
        .items()
        .enumerate()
        .map(|(i, it)| {
            let wording = it.subscale.wording();
            ItemInfo {
                position: i as u8 + 1,
                number: it.number,
                subscale: it.subscale,
                wording,
                lonely_answers: all.iter().copied().filter(|a| a.counts_lonely(wording)).collect(),
                nl: (q.lang != Some(Lang::En)).then(|| it.nl.to_owned()),
                en: (q.lang != Some(Lang::Nl)).then(|| it.en.to_owned()),
            }
        })
        .collect();
    LonelinessItems {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        scale: q.scale,
        items,
        source: ITEMS_SOURCE.to_owned(),
    }
}

operation! {
    /// Scores the De Jong Gierveld loneliness scale.
    Score = "loneliness.score": LonelinessInput => LonelinessResult,
    summary "Score the De Jong Gierveld loneliness scale (11 or 6 items): total, subscales, level",
    instrument Some(LONELINESS),
    example include_str!("../../data/examples/loneliness_djg_11.json"),
    run |input| Ok(score(&input).to_json())
}

operation! {
    /// The items of a version of the scale.
    Items = "loneliness.items": ItemsQuery => LonelinessItems,
    summary "The items of the De Jong Gierveld loneliness scale in answer order, Dutch and English",
    instrument Some(LONELINESS),
    example r#"{"scale": "djg_6", "lang": "nl"}"#,
    run |q| Ok(items(q).to_json())
}

/// The loneliness operations.
pub const OPS: &[Op] = &[op::<Score>(), op::<Items>()];
