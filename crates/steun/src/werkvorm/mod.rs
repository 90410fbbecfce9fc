//! The werkvormen: the eleven ways of working for regional cooperation on independent
//! cliëntondersteuning of the *Inspiratiegids cliëntondersteuning voor gemeenten* (Schrijver &
//! Van Bergen, Movisie 2017; seed 004).
//!
//! A catalogue of the eleven with what the guide gives (what it yields, participants,
//! duration, materials, steps, rules, questions; every entry cites its 004 lines), a selector
//! by goal that gives the guide's own mapping (004:59-75) first and marks every other pairing
//! as the library's reading, and session templates rendered as Markdown. Nothing is graded.
//!
//! ```
//! use steun::werkvorm::{select, SelectQuery, Werkvorm, WerkvormGoal, MappingSource};
//!
//! let s = select(&SelectQuery { goal: WerkvormGoal::CompareApproaches, include_readings: false, lang: None });
//! let got: Vec<Werkvorm> = s.matches.iter().map(|m| m.werkvorm).collect();
//! assert_eq!(got, [Werkvorm::ClientJourney, Werkvorm::Personas]); // 004:71
//! assert!(s.matches.iter().all(|m| m.source == MappingSource::Guide));
//! ```

mod catalogue;
mod enums;
pub mod ops;
mod select;
mod template;

pub use catalogue::{catalogue, entry, info, CitedText, Entry, Said, WerkvormCatalogue, WerkvormInfo, WerkvormQuery};
pub use enums::{MappingSource, Werkvorm, WerkvormGoal};
pub use select::{select, SelectMatch, SelectQuery, WerkvormSelection, MAPPING};
pub use template::{template, TemplateRequest, WerkvormTemplate, MAX_QUESTIONS, MAX_QUESTION_CHARS, MAX_TITLE_CHARS};

/// The id of the instrument, carried in every result.
pub const INSTRUMENT: &str = "movisie-2017-werkvormen";

/// The version of steun's encoding of the guide; raise it when a rule or mapping changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

/// The source, carried in every result.
pub const SOURCE: &str = "Schrijver, E., & Van Bergen, A.-M. (2017). Inspiratiegids cliëntondersteuning voor \
                          gemeenten: 11 werkvormen om regionaal samen te werken. Utrecht: Movisie (project \
                          Koplopers Cliëntondersteuning). Seed 004.";
