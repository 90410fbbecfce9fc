//! The levels of loneliness the cut-offs give.

use crate::lang::labelled_enum;

labelled_enum! {
    /// The level of loneliness of a total score (manual §8, §9). The short scale has no
    /// `very_severely_lonely`.
    pub enum LonelinessLevel {
        /// Niet eenzaam.
        NotLonely = "not_lonely" { nl: "Niet eenzaam", en: "Not lonely" },
        /// Matig eenzaam.
        ModeratelyLonely = "moderately_lonely" { nl: "Matig eenzaam", en: "Moderately lonely" },
        /// Ernstig eenzaam.
        SeverelyLonely = "severely_lonely" { nl: "Ernstig eenzaam", en: "Severely lonely" },
        /// Zeer ernstig eenzaam (11-item scale, score 11).
        VerySeverelyLonely = "very_severely_lonely" { nl: "Zeer ernstig eenzaam", en: "Very severely lonely" },
    }
}
