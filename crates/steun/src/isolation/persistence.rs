//! The two axes of the typology: persistence (the rows) and orientation (the columns).

use crate::lang::labelled_enum;

use super::{Intervention, Trajectory, TrajectoryIntensity, TrajectoryLength, Volunteer};

labelled_enum! {
    /// How persistent the isolation is: the four rows of the typology, in the table's order
    /// (002:4235-4405). The row number is the category (1..4) the Veenendaal network used
    /// (002:4539-4567).
    pub enum Persistence {
        /// Row 1: eenzaamheid, dreigend isolement (002:4253-4255).
        Threatened = "threatened" { nl: "Eenzaamheid, dreigend isolement", en: "Loneliness, threatened isolation" },
        /// Row 2: situationeel bepaald isolement, enkelvoudige problematiek (002:4291-4297).
        Situational = "situational" { nl: "Situationeel bepaald isolement, enkelvoudige problematiek", en: "Situational isolation, single problem" },
        /// Row 3: structureel isolement, complexe problematiek (002:4329-4333).
        StructuralComplex = "structural_complex" { nl: "Structureel isolement, complexe problematiek", en: "Structural isolation, complex problems" },
        /// Row 4: structureel isolement, verweven met psychiatrische of psychogeriatrische
        /// problematiek (002:4357-4367).
        StructuralPsychiatric = "structural_psychiatric" { nl: "Structureel isolement, verweven met psychiatrische of psychogeriatrische problematiek", en: "Structural isolation, interwoven with psychiatric or psychogeriatric problems" },
    }
}

labelled_enum! {
    /// The starting point with respect to social participation: the two columns of the
    /// typology (002:4241-4251), the second indicator (002:4420-4427).
    pub enum Orientation {
        /// Gericht op sociale participatie.
        Oriented = "oriented" { nl: "Gericht op sociale participatie", en: "Oriented to social participation" },
        /// Niet (duidelijk) gericht op sociale participatie.
        NotOriented = "not_oriented" { nl: "Niet (duidelijk) gericht op sociale participatie", en: "Not (clearly) oriented to social participation" },
    }
}

impl Orientation {
    /// The column for an input's `participation_oriented` flag.
    pub fn of(participation_oriented: bool) -> Self {
        if participation_oriented {
            Orientation::Oriented
        } else {
            Orientation::NotOriented
        }
    }

    /// True for the column "gericht op sociale participatie".
    pub fn is_oriented(self) -> bool {
        self == Orientation::Oriented
    }
}

use Intervention as I;

impl Persistence {
    /// The category number the Veenendaal network used: the row of the table, 1..4
    /// (002:4539-4567).
    pub fn category(self) -> u8 {
        self as u8 + 1
    }

    /// The row with category number `n` (1..4), if there is one.
    pub fn from_category(n: u8) -> Option<Self> {
        Self::ALL_ROWS.get(usize::from(n).checked_sub(1)?).copied()
    }

    const ALL_ROWS: [Persistence; 4] = [
        Persistence::Threatened,
        Persistence::Situational,
        Persistence::StructuralComplex,
        Persistence::StructuralPsychiatric,
    ];

    /// The suggested interventions of the row, in the table's order.
    pub fn interventions(self) -> &'static [Intervention] {
        match self {
            // 002:4271-4287
            Persistence::Threatened => &[
                I::RemoveParticipationBarriers,
                I::PreventiveIntervention,
                I::ReferralToGroupActivities,
                I::VolunteerMatch,
            ],
            // 002:4309-4325
            Persistence::Situational => &[
                I::RemoveParticipationBarriers,
                I::IndividualProfessionalGuidance,
                I::VolunteerMatch,
                I::ReferralToActivities,
                I::ReferralToSpecialistHelp,
            ],
            // 002:4347-4351
            Persistence::StructuralComplex => &[I::SolvePracticalProblems, I::ProfessionalMonitoring],
            // 002:4381-4401
            Persistence::StructuralPsychiatric => &[
                I::SolvePracticalProblems,
                I::DailyFunctioningGuidance,
                I::EmotionalPsychosocialSupport,
                I::ReferralToSpecialistHelp,
                I::SpecialisedVolunteer,
                I::ProfessionalSafetyNet,
            ],
        }
    }

    /// The kind of trajectory of the row (002:4289, 002:4327, 002:4353-4355, 002:4403).
    pub fn trajectory(self) -> Trajectory {
        let (length, intensity) = match self {
            // "Relatief korte trajecten": the source says nothing of intensity.
            Persistence::Threatened => (TrajectoryLength::RelativelyShort, TrajectoryIntensity::Unspecified),
            // "Relatief korte, intensieve trajecten"
            Persistence::Situational => (TrajectoryLength::RelativelyShort, TrajectoryIntensity::Intensive),
            // "Langdurige trajecten, niet intensief"
            Persistence::StructuralComplex => (TrajectoryLength::Long, TrajectoryIntensity::NotIntensive),
            // "Langdurige, intensieve trajecten"
            Persistence::StructuralPsychiatric => (TrajectoryLength::Long, TrajectoryIntensity::Intensive),
        };
        Trajectory { length, intensity }
    }

    /// What a volunteer can do in the row (002:4285-4287, 002:4317-4319, 002:4351, 002:4395-4397).
    pub fn volunteer(self) -> Volunteer {
        match self {
            Persistence::Threatened | Persistence::Situational => Volunteer::VolunteerMatch,
            Persistence::StructuralComplex => Volunteer::None,
            Persistence::StructuralPsychiatric => Volunteer::Specialised,
        }
    }

    /// True when the isolation is structural (rows 3 and 4, "de laatste twee categorieën").
    pub fn is_structural(self) -> bool {
        matches!(self, Persistence::StructuralComplex | Persistence::StructuralPsychiatric)
    }

    /// Whether interventions aimed at social participation and network growth are usually
    /// realistic: not for structural isolation, often for the first two rows (002:4409-4420).
    pub fn participation_interventions_realistic(self) -> bool {
        !self.is_structural()
    }

    /// Whether the case belonged to the signalling network: in Veenendaal categories 1 and 2
    /// stayed in regular work, 3 and 4 were discussed in the network (002:4539-4567).
    pub fn network_case(self) -> bool {
        self.is_structural()
    }
}
