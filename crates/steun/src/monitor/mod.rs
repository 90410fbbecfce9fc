//! Monitoring cliëntondersteuning (003): a register of support trajectories, the answers it
//! gives to 003's monitoring questions (003:884-909) and mapping questions (003:420-431),
//! Putten's after-care questionnaire (003:513-530), with output kept apart from outcome
//! (003:658). Counts below a configurable threshold are suppressed; the threshold is the
//! library's design, not the seed's (interpretation M6). Nothing here ranks municipalities,
//! providers or supporters: codes of supporters and providers never appear in a result.

mod codes;
pub mod ops;
mod register;
mod report;

pub use codes::*;
pub use register::*;
pub use report::*;

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "movisie-2020-co-monitor";

/// The version of steun's encoding; raise it when a rule changes.
pub const INSTRUMENT_VERSION: &str = "1.2.0";

/// The source, carried in every result.
pub const SOURCE: &str = "Herder, De Vries & De Haan, Hoe organiseer en versterk je cliëntondersteuning in je \
                          gemeente? (Movisie, augustus 2020), 003:420-431, 003:513-530, 003:658, 003:880-909.";

/// The most trajectories one register may hold.
pub const MAX_TRAJECTORIES: usize = 200_000;

/// The most survey responses one request may hold.
pub const MAX_RESPONSES: usize = 200_000;

/// The default suppression threshold: counts from 1 to 4 are not shown (interpretation M6).
pub const DEFAULT_MIN_COUNT: u32 = 5;

/// The highest threshold a caller may set.
pub const MAX_MIN_COUNT: u32 = 1000;
