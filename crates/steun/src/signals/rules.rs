//! The versions of the signals rules this library keeps, so a stored report or response is
//! checked and replayed under the rules that produced it.

use crate::urgency::UrgencyRules;

/// A version of the signals rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SignalsRules {
    /// 1.1.0: urgency 1.0.0 results; the band first, then the practical rule.
    V1_1,
    /// 1.2.0: urgency 2.0.0; a low band with unknown answers goes to `consult_team`.
    V1_2,
    /// 2.0.0: practical problems get practical action before the band is read
    /// (002:4503-4508); the report's findings (risk groups against the urgency scope,
    /// feedback without a reporter reference); no `destroy_after_meeting` flag.
    V2,
}

impl SignalsRules {
    /// The rules new documents are made with.
    pub const CURRENT: SignalsRules = SignalsRules::V2;

    /// Every version kept, oldest first.
    pub const ALL: [SignalsRules; 3] = [SignalsRules::V1_1, SignalsRules::V1_2, SignalsRules::V2];

    /// The `instrument_version` these rules stamp.
    pub const fn version(self) -> &'static str {
        match self {
            SignalsRules::V1_1 => "1.1.0",
            SignalsRules::V1_2 => "1.2.0",
            SignalsRules::V2 => "2.0.0",
        }
    }

    /// The urgency rules that go with them.
    pub const fn urgency(self) -> UrgencyRules {
        match self {
            SignalsRules::V1_1 => UrgencyRules::V1,
            SignalsRules::V1_2 | SignalsRules::V2 => UrgencyRules::V2,
        }
    }

    /// The rules a stored `instrument_version` names, if kept.
    pub fn of_version(version: &str) -> Option<SignalsRules> {
        SignalsRules::ALL.into_iter().find(|r| r.version() == version)
    }

    /// The kept versions, for error messages.
    pub fn versions() -> String {
        SignalsRules::ALL.map(SignalsRules::version).join(", ")
    }
}
