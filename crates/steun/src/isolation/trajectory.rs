//! The trajectory and the role of volunteers per row of the typology (002:4235-4405).

use crate::lang::labelled_enum;

labelled_enum! {
    /// How long the trajectory of a row is (002:4289, 002:4327, 002:4353, 002:4403).
    pub enum TrajectoryLength {
        /// Relatief korte trajecten (rows 1 and 2).
        RelativelyShort = "relatively_short" { nl: "Relatief kort", en: "Relatively short" },
        /// Langdurige trajecten (rows 3 and 4).
        Long = "long" { nl: "Langdurig", en: "Long" },
    }
}

labelled_enum! {
    /// How intensive the trajectory of a row is (002:4327, 002:4353-4355, 002:4403).
    pub enum TrajectoryIntensity {
        /// Intensief (rows 2 and 4).
        Intensive = "intensive" { nl: "Intensief", en: "Intensive" },
        /// Niet intensief (row 3).
        NotIntensive = "not_intensive" { nl: "Niet intensief", en: "Not intensive" },
        /// The source names no intensity (row 1: "Relatief korte trajecten", 002:4289).
        Unspecified = "unspecified" { nl: "Niet genoemd in de bron", en: "Not stated in the source" },
    }
}

labelled_enum! {
    /// What a volunteer can do for a row (002:4285-4287, 002:4317-4319, 002:4351, 002:4395-4397).
    pub enum Volunteer {
        /// Inzet vrijwilliger/match met andere oudere (rows 1 and 2).
        VolunteerMatch = "volunteer_match" { nl: "Inzet vrijwilliger/match met andere oudere", en: "A volunteer or a match with another older person" },
        /// Geen inzet vrijwilliger mogelijk (row 3).
        None = "none" { nl: "Geen inzet vrijwilliger mogelijk", en: "No volunteer possible" },
        /// Inzet van gespecialiseerde vrijwilliger (row 4).
        Specialised = "specialised" { nl: "Inzet van gespecialiseerde vrijwilliger", en: "A specialised volunteer" },
    }
}

/// The kind of trajectory a row needs: its length and intensity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trajectory {
    /// Relatively short or long.
    pub length: TrajectoryLength,
    /// Intensive, not intensive, or not stated by the source.
    pub intensity: TrajectoryIntensity,
}
