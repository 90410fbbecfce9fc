//! Demand patterns (vraagpatronen): the model, its life cycle, the worked sets of the sources,
//! and finding candidate patterns in coded story fragments.
//!
//! A vraagpatroon is a set of recurring, interrelated questions, needs and possibilities
//! (002:3362). It states what people need, want, demand or expect, and can contribute
//! themselves (002:5773-5774, 002:5968-5972). Conclusions are only called vraagpatronen once
//! the respondents recognised them in a transdisciplinary meeting (002:3418-3422); then they
//! are addressed: someone takes them up, the group's own strength first (002:5830-5836).
//!
//! - [`model`]: [`DemandPattern`] and the records of its life cycle;
//! - [`lifecycle`]: [`DemandPattern::validate`], [`DemandPattern::address`],
//!   [`DemandPattern::close`];
//! - [`finder`]: [`find_candidates`] on [`StoryFragment`]s;
//! - [`reference`](mod@reference): the Elburg and Nijmegen sets as shipped data.

pub mod enums;
pub mod finder;
pub mod lifecycle;
pub mod limits;
pub mod model;
pub mod ops;
pub mod reference;
pub mod theme;

pub use enums::{AddressingParty, FragmentKind, MeetingRole, PatternLevel, PatternStatus};
pub use finder::{
    find_candidates, find_candidates_json, CandidatePattern, CandidatePatterns, CoOccurrence, StoryFragment,
    DEFAULT_MIN_RESPONDENTS, MAX_THEMES,
};
pub use model::{Addressing, AgreedAction, Closure, DemandPattern, MeetingRecord, SupportingFragment};
pub use reference::{pattern_set, BeaconLink, ReferenceAction, ReferencePattern, ReferencePatternSet};
pub use theme::{Theme, ThemeCode};
