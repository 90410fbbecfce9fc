//! The versions of the instrument's rules this library keeps, so a stored result is replayed
//! under the rules that produced it (issue 17: old results stay verifiable).

/// A version of the urgency rules. Both score the same points (002:3959-3991); they differ
/// in which score chooses the band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UrgencyRules {
    /// 1.0.0: the band is that of `score_max` (unknown answers count 2), the precautionary
    /// reading that turned unassessed signals into crisis reports. Kept for replaying stored
    /// 1.x results only.
    V1,
    /// 2.0.0: the band is that of `score` (the known evidence); `worst_band` is that of
    /// `score_max`; unknown answers ask for consultation (002:3945-3953).
    V2,
    /// 2.1.0: scores as 2.0.0; every result carries `bands_fingerprint`, the SHA-256 of the
    /// band table it was scored with (issue 14 item 8), so an audit can tell which table.
    V2_1,
}

impl UrgencyRules {
    /// The rules new results are computed with.
    pub const CURRENT: UrgencyRules = UrgencyRules::V2_1;

    /// Every rules version this library can replay, oldest first.
    pub const ALL: [UrgencyRules; 3] = [UrgencyRules::V1, UrgencyRules::V2, UrgencyRules::V2_1];

    /// The `instrument_version` results under these rules carry.
    pub const fn version(self) -> &'static str {
        match self {
            UrgencyRules::V1 => "1.0.0",
            UrgencyRules::V2 => "2.0.0",
            UrgencyRules::V2_1 => "2.1.0",
        }
    }

    /// The rules a stored `instrument_version` names, if this library keeps them.
    pub fn of_version(version: &str) -> Option<UrgencyRules> {
        UrgencyRules::ALL.into_iter().find(|r| r.version() == version)
    }

    /// True when results under these rules carry `bands_fingerprint` (2.1.0 and later).
    pub fn writes_fingerprint(self) -> bool {
        self >= UrgencyRules::V2_1
    }

    /// The versions this library replays, for error messages: "1.0.0, 2.0.0, 2.1.0".
    pub fn versions() -> &'static str {
        "1.0.0, 2.0.0, 2.1.0"
    }
}

#[cfg(test)]
mod tests {
    use super::UrgencyRules;

    #[test]
    fn versions_round_trip_and_the_list_is_complete() {
        for r in UrgencyRules::ALL {
            assert_eq!(UrgencyRules::of_version(r.version()), Some(r));
        }
        let listed: Vec<&str> = UrgencyRules::ALL.iter().map(|r| r.version()).collect();
        assert_eq!(listed.join(", "), UrgencyRules::versions());
        assert_eq!(UrgencyRules::of_version("1.1.0"), None);
        assert_eq!(UrgencyRules::CURRENT.version(), super::super::INSTRUMENT_VERSION);
    }
}
