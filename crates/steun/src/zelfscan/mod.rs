//! The zelfscan cliënt- en samensturing: the werkzame elementen of *Cliënt- en samensturing
//! in tijden van decentralisaties: wat werkt goed?* (Van Bergen & Brink, MOVISIE 2013; seed
//! 000) in four areas, answered by several respondents by role, reported per area without a
//! grade; a descriptor of who steers an activity with each practice example's own definition
//! side by side; and the practice examples as reference data (with seed 001).
//!
//! ```
//! use steun::zelfscan::{describe, ActivityFacts, SteeringVerdict};
//!
//! // The Kwintes shop: the clients' idea, meant to be client-run, but staff stepped in
//! // (000:2715-2735): by Kwintes's own categories a client initiative.
//! let facts = ActivityFacts { idea_from_clients: Some(true), clients_execute: Some(false), ..Default::default() };
//! assert_eq!(describe(&facts).views[0].verdict, SteeringVerdict::ClientInitiative);
//! ```

mod elements;
pub mod examples;
pub mod ops;
mod scan;
mod steering;

pub use elements::{ElementInfo, ZelfscanArea, ZelfscanElement, ELEMENTS};
pub use examples::{Fact, PracticeExample, EXAMPLES};
pub use ops::{elements, ElementListing, ElementsQuery, ListedElement};
pub use scan::{
    report, AreaReport, DisagreementRule, ElementAnswer, ElementNote, ElementReport, Respondent, RespondentRole,
    RoleCount, RoleTally, ZelfscanAnswer, ZelfscanInput, ZelfscanReport, MAX_NOTE_CHARS, MAX_RESPONDENTS,
};
pub use steering::{
    describe, ActivityFacts, LayerShare, LfosFacts, LfosFeature, OrganisationLayer, StartMode, SteeringDefinition,
    SteeringDescription, SteeringVerdict, SteeringView,
};

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "movisie-2013-zelfscan";

/// The version of steun's encoding; raise it when a rule changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

/// The source, carried in every result.
pub const SOURCE: &str = "Van Bergen, A.-M., & Brink, C. (2013). Cliënt- en samensturing in tijden van \
                          decentralisaties: wat werkt goed? Utrecht: MOVISIE. Seed 000 (Part 1, the werkzame \
                          elementen; Part 2, eight practice examples).";
