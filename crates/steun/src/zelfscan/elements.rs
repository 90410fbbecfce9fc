//! The werkzame elementen of cliënt- en samensturing in four areas (000:250-874).
//!
//! The guide gives them as headed advice without numbering, weights or a scale. The ids
//! (`A1.1` ...) and the grouping into 28 headed elements are steun's reading of a layout that
//! lost its bullet glyphs (interpretation Z1).

use crate::lang::labelled_enum;

labelled_enum! {
    /// The four areas, by the guide's guiding questions (000:250-258).
    pub enum ZelfscanArea {
        /// Wat stimuleert het individueel herstel? (000:252, 000:259-354)
        IndividualRecovery = "individual_recovery" { nl: "Wat stimuleert het individueel herstel?", en: "What stimulates individual recovery?" },
        /// Wat maakt van jou een goede ondersteuner? (000:254, 000:355-447)
        GoodSupporter = "good_supporter" { nl: "Wat maakt van jou een goede ondersteuner?", en: "What makes you a good supporter?" },
        /// Wat werkt goed bij de organisatie? (000:256, 000:448-674)
        Organisation = "organisation" { nl: "Wat werkt goed bij de organisatie?", en: "What works well in the organisation?" },
        /// Wat zorgt voor soepele samenwerking? (000:258, 000:675-874)
        Cooperation = "cooperation" { nl: "Wat zorgt voor soepele samenwerking?", en: "What makes cooperation smooth?" },
    }
}

labelled_enum! {
    /// The 28 headed elements, in the guide's order; the Dutch label is the guide's heading.
    pub enum ZelfscanElement {
        /// A1.1 (000:265-285).
        FellowHumanity = "fellow_humanity" { nl: "Neem medemenselijkheid als kernwaarde", en: "Take fellow humanity as a core value" },
        /// A1.2 (000:288-322).
        TailorMade = "tailor_made" { nl: "Kies voor maatwerk omdat ieder mens anders is", en: "Choose tailor-made support, since everyone is different" },
        /// A1.3 (000:324-348).
        VarietyRoomSafety = "variety_room_safety" { nl: "Zorg voor variatie, ruimte en veiligheid", en: "Provide variety, room and safety" },
        /// A1.4 (000:350-354).
        ClientAtTheTable = "client_at_the_table" { nl: "Zet de cliënt aan tafel in plaats van de cliënt centraal", en: "Put the client at the table instead of at the centre" },
        /// A2.1 (000:371-377).
        SteeringWithClients = "steering_with_clients" { nl: "Leg de sturing bij cliënten", en: "Leave the steering with the clients" },
        /// A2.2 (000:378-400).
        DoNotTakeOver = "do_not_take_over" { nl: "Neem het niet over", en: "Don't take over" },
        /// A2.3 (000:402-430).
        RightCompetences = "right_competences" { nl: "Je hebt de juiste competenties", en: "You have the right competences" },
        /// A3.1 (000:465-492).
        ExcellentOrganisation = "excellent_organisation" { nl: "Zorg voor een \"excellente\" organisatie", en: "Be an \"excellent\" organisation" },
        /// A3.2 (000:494-510).
        BeVisible = "be_visible" { nl: "Zorg dat je zichtbaar bent", en: "Make sure you are visible" },
        /// A3.3 (000:512-563).
        StableOrganisation = "stable_organisation" { nl: "Zorg voor een zo stabiel mogelijke organisatie", en: "Be as stable an organisation as possible" },
        /// A3.4 (000:565-579).
        ClearStructure = "clear_structure" { nl: "Wees helder over de organisatiestructuur", en: "Be clear about the organisational structure" },
        /// A3.5 (000:581-599).
        LearningCulture = "learning_culture" { nl: "Stimuleer een lerende organisatiecultuur", en: "Stimulate a learning organisational culture" },
        /// A3.6 (000:601-617).
        ClientAsEmployee = "client_as_employee" { nl: "Beschouw de cliënt als medewerker", en: "See the client as an employee" },
        /// A3.7 (000:619-630).
        InternalCommunication = "internal_communication" { nl: "Heb aandacht voor de interne communicatie", en: "Attend to internal communication" },
        /// A3.8 (000:632-674).
        InternalDecisionMaking = "internal_decision_making" { nl: "Heb aandacht voor de interne besluitvorming", en: "Attend to internal decision-making" },
        /// A4.1 (000:700-712).
        CooperationAsSpearhead = "cooperation_as_spearhead" { nl: "Neem samenwerking als speerpunt in het organisatiebeleid", en: "Make cooperation a spearhead of the organisation's policy" },
        /// A4.2 (000:716-730).
        ExternalCooperationTask = "external_cooperation_task" { nl: "Zie externe samenwerking als aparte taak en functie", en: "See external cooperation as a separate task and function" },
        /// A4.3 (000:732-744).
        SupportiveMunicipalPolicy = "supportive_municipal_policy" { nl: "Ondersteunend gemeentelijk beleid", en: "Supportive municipal policy" },
        /// A4.4 (000:746-758).
        KeepNetworking = "keep_networking" { nl: "Blijf actief netwerken", en: "Keep networking actively" },
        /// A4.5 (000:760-775).
        StartFromChances = "start_from_chances" { nl: "Start bij kansen, zoek de energie op", en: "Start from chances, look for the energy" },
        /// A4.6 (000:777-785).
        PartnersInterests = "partners_interests" { nl: "Sluit aan bij belangen samenwerkingspartners", en: "Connect to the partners' interests" },
        /// A4.7 (000:787-797).
        AdaptAndKeepIdentity = "adapt_and_keep_identity" { nl: "Zorg voor balans tussen aanpassen aan anderen en vasthouden aan eigen identiteit", en: "Balance adapting to others and keeping your own identity" },
        /// A4.8 (000:799-811).
        CarryClientPerspective = "carry_client_perspective" { nl: "Draag het cliëntenperspectief consequent uit", en: "Carry the clients' perspective out consistently" },
        /// A4.9 (000:813-821).
        TransferKnowledge = "transfer_knowledge" { nl: "Draag kennis over", en: "Pass knowledge on" },
        /// A4.10 (000:823-841).
        NetworkTables = "network_tables" { nl: "Doe mee aan netwerktafels", en: "Take part in network tables" },
        /// A4.11 (000:842-854).
        RoofTileHandover = "roof_tile_handover" { nl: "Werk via dakpanoverdracht", en: "Work by roof-tile handover" },
        /// A4.12 (000:856-864).
        ExternalActionTension = "external_action_tension" { nl: "Heb oog voor het spanningsveld extern handelen–cliëntsturing", en: "Mind the tension between external action and client steering" },
        /// A4.13 (000:866-874).
        Diversity = "diversity" { nl: "Heb aandacht voor diversiteit", en: "Attend to diversity" },
    }
}

/// Where an element stands: its area, steun's id and the guide's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElementInfo {
    /// The element.
    pub element: ZelfscanElement,
    /// Its area.
    pub area: ZelfscanArea,
    /// steun's id, e.g. `A1.4` (the guide numbers nothing).
    pub id: &'static str,
    /// The lines of the heading and its bullets.
    pub lines: &'static str,
}

use ZelfscanArea as Ar;
use ZelfscanElement as E;

const fn el(element: E, area: Ar, id: &'static str, lines: &'static str) -> ElementInfo {
    ElementInfo { element, area, id, lines }
}

/// The 28 elements, in the enum's (the guide's) order.
pub const ELEMENTS: [ElementInfo; 28] = [
    el(E::FellowHumanity, Ar::IndividualRecovery, "A1.1", "000:265-285"),
    el(E::TailorMade, Ar::IndividualRecovery, "A1.2", "000:288-322"),
    el(E::VarietyRoomSafety, Ar::IndividualRecovery, "A1.3", "000:324-348"),
    el(E::ClientAtTheTable, Ar::IndividualRecovery, "A1.4", "000:350-354"),
    el(E::SteeringWithClients, Ar::GoodSupporter, "A2.1", "000:371-377"),
    el(E::DoNotTakeOver, Ar::GoodSupporter, "A2.2", "000:378-400"),
    el(E::RightCompetences, Ar::GoodSupporter, "A2.3", "000:402-430"),
    el(E::ExcellentOrganisation, Ar::Organisation, "A3.1", "000:465-492"),
    el(E::BeVisible, Ar::Organisation, "A3.2", "000:494-510"),
    el(E::StableOrganisation, Ar::Organisation, "A3.3", "000:512-563"),
    el(E::ClearStructure, Ar::Organisation, "A3.4", "000:565-579"),
    el(E::LearningCulture, Ar::Organisation, "A3.5", "000:581-599"),
    el(E::ClientAsEmployee, Ar::Organisation, "A3.6", "000:601-617"),
    el(E::InternalCommunication, Ar::Organisation, "A3.7", "000:619-630"),
    el(E::InternalDecisionMaking, Ar::Organisation, "A3.8", "000:632-674"),
    el(E::CooperationAsSpearhead, Ar::Cooperation, "A4.1", "000:700-712"),
    el(E::ExternalCooperationTask, Ar::Cooperation, "A4.2", "000:716-730"),
    el(E::SupportiveMunicipalPolicy, Ar::Cooperation, "A4.3", "000:732-744"),
    el(E::KeepNetworking, Ar::Cooperation, "A4.4", "000:746-758"),
    el(E::StartFromChances, Ar::Cooperation, "A4.5", "000:760-775"),
    el(E::PartnersInterests, Ar::Cooperation, "A4.6", "000:777-785"),
    el(E::AdaptAndKeepIdentity, Ar::Cooperation, "A4.7", "000:787-797"),
    el(E::CarryClientPerspective, Ar::Cooperation, "A4.8", "000:799-811"),
    el(E::TransferKnowledge, Ar::Cooperation, "A4.9", "000:813-821"),
    el(E::NetworkTables, Ar::Cooperation, "A4.10", "000:823-841"),
    el(E::RoofTileHandover, Ar::Cooperation, "A4.11", "000:842-854"),
    el(E::ExternalActionTension, Ar::Cooperation, "A4.12", "000:856-864"),
    el(E::Diversity, Ar::Cooperation, "A4.13", "000:866-874"),
];

impl ZelfscanElement {
    /// Where the element stands in the guide.
    pub fn info(self) -> &'static ElementInfo {
        // ELEMENTS is in the enum's order (a test checks it).
        &ELEMENTS[self as usize]
    }

    /// The element's area.
    pub fn area(self) -> ZelfscanArea {
        self.info().area
    }
}

impl ZelfscanArea {
    /// The area's elements in the guide's order.
    pub fn elements(self) -> impl Iterator<Item = ZelfscanElement> {
        ELEMENTS.iter().filter(move |e| e.area == self).map(|e| e.element)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Labelled;

    #[test]
    fn elements_are_in_the_enums_order() {
        for (i, e) in ZelfscanElement::ALL.iter().enumerate() {
            assert_eq!(ELEMENTS[i].element, *e);
        }
    }
}
