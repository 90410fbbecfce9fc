//! The two versions of the scale: the 11-item scale and the 6-item short scale, with their
//! item order, missing-value rules and cut-offs.

use crate::lang::labelled_enum;

use super::{item, Item, LonelinessLevel, Subscale};

labelled_enum! {
    /// The version of the De Jong Gierveld scale (manual §1, §8).
    pub enum LonelinessScale {
        /// The 11-item scale (De Jong Gierveld & Kamphuis 1985): 6 emotional, 5 social items.
        Djg11 = "djg_11" { nl: "Eenzaamheidsschaal, 11 items", en: "Loneliness scale, 11 items" },
        /// The 6-item short scale (De Jong Gierveld & Van Tilburg 2006): 3 emotional, 3 social.
        Djg6 = "djg_6" { nl: "Verkorte eenzaamheidsschaal, 6 items", en: "Short loneliness scale, 6 items" },
    }
}

/// The most items that may be missing, per total and per subscale, before no score is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MaxMissing {
    /// For the total score.
    pub total: u8,
    /// For the emotional subscale.
    pub emotional: u8,
    /// For the social subscale.
    pub social: u8,
}

impl LonelinessScale {
    /// The manual numbers of the scale's items, in the order the answers are given: 1..11,
    /// or for the short scale 3, 9, 10, 4, 7, 8 (manual §8).
    pub fn numbers(self) -> &'static [u8] {
        match self {
            LonelinessScale::Djg11 => &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
            LonelinessScale::Djg6 => &[3, 9, 10, 4, 7, 8],
        }
    }

    /// The scale's items in answer order.
    pub fn items(self) -> impl Iterator<Item = &'static Item> {
        self.numbers().iter().map(|&n| item(n))
    }

    /// The number of items, which is also the highest score.
    pub fn item_count(self) -> u8 {
        self.numbers().len() as u8
    }

    /// The number of items of a subscale.
    pub fn subscale_len(self, s: Subscale) -> u8 {
        self.items().filter(|i| i.subscale == s).count() as u8
    }

    /// The manual's missing-value rules. Short scale (manual §8, SPSS syntax): no total with
    /// more than one item missing (`if (mlones>1)`), no subscale with any item missing
    /// (`if (mlones>0)`). 11-item scale: no total with more than two items missing, no
    /// subscale with more than one (interpretation L1).
    pub fn max_missing(self) -> MaxMissing {
        match self {
            LonelinessScale::Djg11 => MaxMissing { total: 2, emotional: 1, social: 1 },
            LonelinessScale::Djg6 => MaxMissing { total: 1, emotional: 0, social: 0 },
        }
    }

    /// The level of a total score. 11-item: 0-2 not lonely, 3-8 moderately, 9-10 severely,
    /// 11 very severely lonely (Van Tilburg & De Jong Gierveld 1999; manual §9). Short scale:
    /// 0-1 not lonely, 2-4 moderately, 5-6 severely lonely (manual §8, SPSS syntax
    /// `recode lones (0 thru 1=0)(2 thru 4=1)(5,6=2)`).
    pub fn level(self, score: u8) -> LonelinessLevel {
        use LonelinessLevel as L;
        match (self, score) {
            (LonelinessScale::Djg11, 0..=2) => L::NotLonely,
            (LonelinessScale::Djg11, 3..=8) => L::ModeratelyLonely,
            (LonelinessScale::Djg11, 9..=10) => L::SeverelyLonely,
            (LonelinessScale::Djg11, _) => L::VerySeverelyLonely,
            (LonelinessScale::Djg6, 0..=1) => L::NotLonely,
            (LonelinessScale::Djg6, 2..=4) => L::ModeratelyLonely,
            (LonelinessScale::Djg6, _) => L::SeverelyLonely,
        }
    }

    /// The lowest subscale score that counts as emotionally or socially lonely, if the
    /// manual gives one: for the short scale a score of 1 or more (manual §8, SPSS syntax
    /// `recode loneemos (0=0)(1,2,3=1)`, "lonely (1-3)"). For the 11-item scale the manual
    /// gives none (interpretation L2); a caller may state its own.
    pub fn subscale_cutoff(self) -> Option<u8> {
        match self {
            LonelinessScale::Djg11 => None,
            LonelinessScale::Djg6 => Some(1),
        }
    }
}
