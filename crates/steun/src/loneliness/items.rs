//! The eleven items of the scale with their Dutch and English texts (manual §2).
//!
//! The English texts are the manual's (§2); the Dutch texts are the original wording of
//! De Jong Gierveld & Kamphuis (1985) as the manual and the GGD/RIVM Gezondheidsmonitor give
//! them. A host that uses its own wording keeps the manual's item order and scores with
//! [`super::score`] all the same.

use crate::lang::labelled_enum;

labelled_enum! {
    /// The two subscales (manual §2, §4): emotional loneliness, the missing of an intimate
    /// relationship, and social loneliness, the missing of a wider network.
    pub enum Subscale {
        /// Emotionele eenzaamheid: the six negatively worded items.
        Emotional = "emotional" { nl: "Emotionele eenzaamheid", en: "Emotional loneliness" },
        /// Sociale eenzaamheid: the five positively worded items.
        Social = "social" { nl: "Sociale eenzaamheid", en: "Social loneliness" },
    }
}

labelled_enum! {
    /// How an item is worded (manual §2, §7): the emotional items are negatively worded, the
    /// social items positively.
    pub enum Wording {
        /// Negatively worded: "yes" and "more or less" count as lonely.
        Negative = "negative" { nl: "Negatief geformuleerd", en: "Negatively worded" },
        /// Positively worded: "no" and "more or less" count as lonely.
        Positive = "positive" { nl: "Positief geformuleerd", en: "Positively worded" },
    }
}

impl Subscale {
    /// The wording of the subscale's items.
    pub fn wording(self) -> Wording {
        match self {
            Subscale::Emotional => Wording::Negative,
            Subscale::Social => Wording::Positive,
        }
    }
}

/// One item of the 11-item scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// The item's number in the manual, 1..11.
    pub number: u8,
    /// The subscale it belongs to.
    pub subscale: Subscale,
    /// The Dutch text.
    pub nl: &'static str,
    /// The English text.
    pub en: &'static str,
}

use Subscale::{Emotional as E, Social as S};

/// The 11 items in the manual's order (manual §2).
pub const ITEMS: [Item; 11] = [
    Item {
        number: 1,
        subscale: S,
        nl: "Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan.",
        en: "There is always someone I can talk to about my day-to-day problems.",
    },
    Item {
        number: 2,
        subscale: E,
        nl: "Ik mis een echt goede vriend of vriendin.",
        en: "I miss having a really close friend.",
    },
    Item {
        number: 3,
        subscale: E,
        nl: "Ik ervaar een leegte om mij heen.",
        en: "I experience a general sense of emptiness.",
    },
    Item {
        number: 4,
        subscale: S,
        nl: "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.",
        en: "There are plenty of people I can lean on when I have problems.",
    },
    Item {
        number: 5,
        subscale: E,
        nl: "Ik mis gezelligheid om mij heen.",
        en: "I miss the pleasure of the company of others.",
    },
    Item {
        number: 6,
        subscale: E,
        nl: "Ik vind mijn kring van kennissen te beperkt.",
        en: "I find my circle of friends and acquaintances too limited.",
    },
    Item {
        number: 7,
        subscale: S,
        nl: "Ik heb veel mensen op wie ik volledig kan vertrouwen.",
        en: "There are many people I can trust completely.",
    },
    Item {
        number: 8,
        subscale: S,
        nl: "Er zijn voldoende mensen met wie ik me nauw verbonden voel.",
        en: "There are enough people I feel close to.",
    },
    Item { number: 9, subscale: E, nl: "Ik mis mensen om mij heen.", en: "I miss having people around me." },
    Item { number: 10, subscale: E, nl: "Vaak voel ik me in de steek gelaten.", en: "I often feel rejected." },
    Item {
        number: 11,
        subscale: S,
        nl: "Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht.",
        en: "I can call on my friends whenever I need them.",
    },
];

/// The item with manual number `n` (1..11).
pub fn item(n: u8) -> &'static Item {
    &ITEMS[usize::from(n.clamp(1, 11)) - 1]
}
