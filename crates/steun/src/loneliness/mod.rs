//! Loneliness: the De Jong Gierveld loneliness scale, 11 items and the 6-item short scale,
//! scored as its manual does (De Jong Gierveld & Van Tilburg, *Manual of the Loneliness
//! Scale*, 1999, updated 2022; §7 "Processing the scale data", §8 "A short scale", §9
//! "Cut-off points").
//!
//! The scale is a screening signal for survey use, not a diagnosis of a person (manual §1);
//! every result says so.
//!
//! ```
//! use steun::loneliness::{score, LonelinessInput, LonelinessLevel, LonelinessScale};
//! use steun::loneliness::LonelinessAnswer::{MoreOrLess, No, Yes};
//!
//! // Short scale, items 3, 9, 10 (emotional) then 4, 7, 8 (social).
//! let input = LonelinessInput {
//!     scale: LonelinessScale::Djg6, format: Default::default(),
//!     answers: vec![Some(Yes), Some(No), Some(MoreOrLess), Some(Yes), Some(No), None],
//!     max_missing: None, subscale_cutoffs: None,
//! };
//! let r = score(&input);
//! assert_eq!((r.score, r.emotional_score, r.social_score), (Some(3), Some(2), None));
//! assert_eq!(r.level, Some(LonelinessLevel::ModeratelyLonely));
//! ```

mod answer;
mod items;
mod level;
pub mod ops;
mod scale;
mod score;

pub use answer::{AnswerFormat, LonelinessAnswer};
pub use items::{item, Item, Subscale, Wording, ITEMS};
pub use level::LonelinessLevel;
pub use ops::{items, ItemInfo, ItemsQuery, LonelinessItems};
pub use scale::{LonelinessScale, MaxMissing};
pub use score::{score, LonelinessInput, LonelinessResult, SubscaleCutoffs};

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "djg-loneliness";

/// The version of steun's encoding of the manual's rules; raise it when a rule changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

/// The sources of the rules, carried in every result.
pub const SOURCE: &str = "De Jong Gierveld, J., & Van Tilburg, T. G. (1999, updated 2022). Manual of the \
                          Loneliness Scale. Vrije Universiteit Amsterdam, §7-§9; cut-offs of the 11-item scale: \
                          Van Tilburg & De Jong Gierveld (1999); short scale: De Jong Gierveld & Van Tilburg (2006).";

/// The source of the item texts.
pub const ITEMS_SOURCE: &str = "De Jong Gierveld & Van Tilburg, Manual of the Loneliness Scale (1999, updated \
                                2022), §2 (English); De Jong Gierveld & Kamphuis (1985) (Dutch).";
