//! Demand patterns (vraagpatronen): the model, its life cycle, the worked sets of the sources,
//! and finding candidate patterns in coded story fragments.
//!
//! A vraagpatroon is a set of recurring, interrelated questions, needs and possibilities
//! (002:3362). It states what people need, want, demand or expect, and can contribute
//! themselves (002:5773-5774, 002:5968-5972). Conclusions are only called vraagpatronen once
//! the respondents recognised them in a transdisciplinary meeting (002:3418-3422); the ones to
//! address first are chosen (002:3435-3437, 002:6128); then they are addressed: someone takes them up, the group's own strength first (002:5830-5836).
//!
//! - [`model`]: [`DemandPattern`] and the records of its life cycle;
//! - [`lifecycle`]: [`DemandPattern::validate`], [`DemandPattern::prioritise`],
//!   [`DemandPattern::address`], [`DemandPattern::close`];
//! - [`priority`]: [`prioritise`], the choice of the patterns to address first (002:3435-3437,
//!   002:6128);
//! - [`method`]: [`method_checklist`], Hatert's eleven steps as a checklist (002:6121-6154);
//! - [`finder`]: [`find_candidates`] on [`StoryFragment`]s;
//! - [`reference`](mod@reference): the Elburg and Nijmegen sets as shipped data.
//!
//! Operations ([`ops`]): `patterns.find`, `pattern.validate`, `pattern.prioritise`,
//! `patterns.prioritise`, `pattern.address`, `pattern.close`, `patterns.method_checklist`.

pub mod enums;
pub mod finder;
pub mod lifecycle;
pub mod limits;
pub mod method;
pub mod model;
pub mod ops;
pub mod priority;
pub mod reference;
pub mod theme;

pub use enums::{AddressingParty, FragmentKind, MeetingRole, PatternLevel, PatternStatus};
pub use finder::{
    find_candidates, find_candidates_json, CandidatePattern, CandidatePatterns, CoOccurrence, StoryFragment,
    DEFAULT_MIN_RESPONDENTS, MAX_THEMES,
};
pub use method::{method_checklist, ChecklistItem, MethodChecklist, MethodChecklistRequest, MethodStep, StepDone};
pub use model::{
    default_min_recognising, Addressing, AgreedAction, Closure, DemandPattern, MeetingRecord, SupportingFragment,
};
pub use priority::{prioritise, ChosenPattern, Prioritisation, PrioritiseRequest, PrioritisedPatterns, PriorityChoice};
pub use reference::{
    pattern_set, BeaconLink, ImprovementIdea, ReferenceAction, ReferencePattern, ReferencePatternSet,
    ReferencePrioritisation, ReferenceValidation,
};
pub use theme::{Theme, ThemeCode};
