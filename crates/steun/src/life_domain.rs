//! The eight life domains of the Personal Profile (002:1541-1606).

use crate::lang::labelled_enum;

labelled_enum! {
    /// A life domain (levensdomein) of the Personal Profile, in the form's order
    /// (002:1563-1586, Den Hollander & Wilken 2011).
    pub enum LifeDomain {
        /// Wonen.
        Housing = "housing" { nl: "Wonen", en: "Housing" },
        /// Werken.
        Work = "work" { nl: "Werken", en: "Work" },
        /// Leren - Opleiding.
        Learning = "learning" { nl: "Leren - Opleiding", en: "Learning - Education" },
        /// Recreëren - Vrije tijd.
        Leisure = "leisure" { nl: "Recreëren - Vrije tijd", en: "Recreation - Leisure" },
        /// Gezondheid.
        Health = "health" { nl: "Gezondheid", en: "Health" },
        /// Persoonlijke (zelf)zorg, including household and finances.
        SelfCare = "self_care" { nl: "Persoonlijke (zelf)zorg (incl. huishouden, financiën)", en: "Personal (self-)care (incl. household, finances)" },
        /// Sociale contacten.
        SocialContacts = "social_contacts" { nl: "Sociale contacten", en: "Social contacts" },
        /// Zingeving, including spirituality and religion.
        Meaning = "meaning" { nl: "Zingeving (incl. spiritualiteit/religie)", en: "Meaning (incl. spirituality/religion)" },
    }
}
