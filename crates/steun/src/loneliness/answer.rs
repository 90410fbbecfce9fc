//! The answers to one item, in the manual's two answer formats.

use crate::lang::labelled_enum;

use super::Wording;

labelled_enum! {
    /// An answer to one item. The three-point format (interviews) has `yes`, `more_or_less`
    /// and `no`; the five-point format (self-completion) adds the emphatic `yes_strongly`
    /// ("ja!") and `no_strongly` ("nee!") (manual §2).
    pub enum LonelinessAnswer {
        /// "ja!" (five-point format only).
        YesStrongly = "yes_strongly" { nl: "Ja!", en: "Yes!" },
        /// "ja".
        Yes = "yes" { nl: "Ja", en: "Yes" },
        /// "min of meer".
        MoreOrLess = "more_or_less" { nl: "Min of meer", en: "More or less" },
        /// "nee".
        No = "no" { nl: "Nee", en: "No" },
        /// "nee!" (five-point format only).
        NoStrongly = "no_strongly" { nl: "Nee!", en: "No!" },
    }
}

labelled_enum! {
    /// The answer format the items were put in (manual §2): three answers when interviewing
    /// face to face or by telephone, five in a self-completion questionnaire.
    #[derive(Default)]
    pub enum AnswerFormat {
        /// "ja", "min of meer", "nee".
        #[default]
        ThreePoint = "three_point" { nl: "Drie antwoorden (ja, min of meer, nee)", en: "Three answers (yes, more or less, no)" },
        /// "ja!", "ja", "min of meer", "nee", "nee!".
        FivePoint = "five_point" { nl: "Vijf antwoorden (ja!, ja, min of meer, nee, nee!)", en: "Five answers (yes!, yes, more or less, no, no!)" },
    }
}

impl AnswerFormat {
    /// The answers of the format, in the questionnaire's order.
    pub fn answers(self) -> &'static [LonelinessAnswer] {
        use LonelinessAnswer as A;
        match self {
            AnswerFormat::ThreePoint => &[A::Yes, A::MoreOrLess, A::No],
            AnswerFormat::FivePoint => &[A::YesStrongly, A::Yes, A::MoreOrLess, A::No, A::NoStrongly],
        }
    }

    /// Whether `a` is one of the format's answers.
    pub fn allows(self, a: LonelinessAnswer) -> bool {
        self.answers().contains(&a)
    }
}

impl LonelinessAnswer {
    /// Whether the answer counts as a lonely one (item score 1). The manual dichotomises
    /// every item and counts the neutral answer as lonely: on the negatively worded
    /// (emotional) items "yes" and "more or less", on the positively worded (social) items
    /// "no" and "more or less" (manual §7; the short scale's SPSS syntax, §8, counts
    /// `lone3 lone9 lone10 (2,3) lone4 lone7 lone8 (1,2)` with 1 = no, 2 = more or less,
    /// 3 = yes). In the five-point format the emphatic answers go with their plain ones
    /// (interpretation L3).
    pub fn counts_lonely(self, wording: Wording) -> bool {
        use LonelinessAnswer as A;
        match wording {
            Wording::Negative => matches!(self, A::YesStrongly | A::Yes | A::MoreOrLess),
            Wording::Positive => matches!(self, A::MoreOrLess | A::No | A::NoStrongly),
        }
    }
}
