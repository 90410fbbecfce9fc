//! The catalogue of the eleven werkvormen, as the guide gives them (004:79-364).
//!
//! Fields hold only what the guide states; where it states nothing (a duration, materials)
//! the field is empty, never filled in. Dutch texts keep the guide's words; the English
//! texts are steun's translations.

use serde::{Deserialize, Serialize};

use super::{Werkvorm, WerkvormGoal, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};
use crate::document::Document;
use crate::lang::{Labelled, Lang};

/// A statement of the guide: Dutch, English and the lines it stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Said {
    /// The guide's words (Dutch).
    pub nl: &'static str,
    /// steun's English translation.
    pub en: &'static str,
    /// The seed lines, e.g. `004:135`.
    pub lines: &'static str,
}

const fn s(nl: &'static str, en: &'static str, lines: &'static str) -> Said {
    Said { nl, en, lines }
}

/// One werkvorm as the guide describes it.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The werkvorm.
    pub werkvorm: Werkvorm,
    /// Its number in the guide (1..11).
    pub number: u8,
    /// The lines of its section.
    pub section: &'static str,
    /// "Wat levert het op?"
    pub yields: Said,
    /// "Hoe werkt het?", in short.
    pub how: Said,
    /// Who takes part, as stated.
    pub participants: &'static [Said],
    /// Duration or frequency, as stated; `None` when the guide gives none.
    pub duration: Option<Said>,
    /// Materials, as stated.
    pub materials: &'static [Said],
    /// The steps, in order, where the guide gives them.
    pub steps: &'static [Said],
    /// The rules, where the guide gives them (the Wereldcafé's eight).
    pub rules: &'static [Said],
    /// Terms the werkvorm defines (positions, phases, aspects).
    pub terms: &'static [Said],
    /// Questions to discuss with the region.
    pub questions: &'static [Said],
    /// The practice example, if any.
    pub example: Option<Said>,
    /// "Hoe pakt u dit samen met uw regio op?"
    pub regional_use: Said,
}

/// The eleven werkvormen in the guide's order.
pub const ENTRIES: [Entry; 11] = [
    Entry {
        werkvorm: Werkvorm::Personas,
        number: 1,
        section: "004:79-103",
        yields: s(
            "Cliënten of inwoners beter in beeld bij de ontwikkeling van beleid; de gevolgen van beleidsveranderingen samen of alleen doordenken; de doelgroep krijgt letterlijk een gezicht.",
            "Clients or residents clearly in view when policy is made; think through the consequences of policy changes, together or alone; the target group literally gets a face.",
            "004:83",
        ),
        how: s(
            "Een persona is een fictief persoon dat zich blijft ontwikkelen, gebaseerd op feitelijke informatie en opgebouwd uit kenmerken van een doelgroep, samen met de doelgroep ontwikkeld in zeven stappen over verschillende bijeenkomsten (de stappen staan in de brochure Wmo beleid maken met persona's, niet in de gids).",
            "A persona is a fictitious person who keeps developing, based on facts and built from features of a target group, developed with the target group in seven steps over several meetings (the steps are in the brochure Wmo beleid maken met persona's, not in the guide).",
            "004:87",
        ),
        participants: &[s(
            "De gemeente, cliënt- of belangengroep; samen met de doelgroep",
            "The municipality, a client or interest group; together with the target group",
            "004:83, 004:87",
        )],
        duration: Some(s("Zeven stappen over verschillende bijeenkomsten", "Seven steps over several meetings", "004:87")),
        materials: &[s(
            "De brochure (Wmo) beleid maken met persona's (Sok, Lucassen & Walburgh Schmidt, 2013)",
            "The brochure (Wmo) beleid maken met persona's (Sok, Lucassen & Walburgh Schmidt, 2013)",
            "004:87, 004:374",
        )],
        steps: &[],
        rules: &[],
        terms: &[
            s("Ryan, een zestienjarige jongen met autisme die niet meer naar school wil", "Ryan, a boy of sixteen with autism who no longer wants to go to school", "004:97"),
            s("Hermien, een veertigjarige vrouw met een lange opnamegeschiedenis in de ggz", "Hermien, a woman of forty with a long history of admissions in mental health care", "004:97"),
            s("Klaas, een oudere heer die mogelijk dement aan het worden is", "Klaas, an older man who may be becoming demented", "004:97"),
        ],
        questions: &[
            s("Als (naam persona) in (naam gemeente) woont, hoe tevreden zou hij of zij dan zijn over de onafhankelijke cliëntondersteuning die hij of zij kan krijgen?", "If (persona) lived in (municipality), how satisfied would he or she be with the independent client support he or she can get?", "004:97"),
            s("Hoe wordt de persona geïnformeerd over de onafhankelijke cliëntondersteuning die hij of zij kan krijgen? Wanneer, met wie, en met welke boodschap?", "How is the persona informed about the independent client support he or she can get? When, by whom, and with which message?", "004:99"),
            s("Kan de persona erop vertrouwen een onafhankelijke cliëntondersteuner te vinden die goed bekend is met zijn of haar specifieke situatie en problematiek?", "Can the persona trust to find an independent client supporter who knows his or her specific situation and problems well?", "004:100"),
            s("Heeft de persona daarin keuze: zijn er voldoende en voldoende diverse onafhankelijke cliëntondersteuners beschikbaar?", "Does the persona have a choice: are there enough, and diverse enough, independent client supporters?", "004:101"),
        ],
        example: Some(s(
            "Vrouw Hoepertz, gemeente Kerkrade: een doorsneegebruiker van de Wmo; alles moet 'Vrouw Hoepertz-proof' zijn.",
            "Vrouw Hoepertz, municipality of Kerkrade: an average Wmo user; everything must be 'Vrouw Hoepertz-proof'.",
            "004:91-93",
        )),
        regional_use: s(
            "Met een aantal persona's per gemeente de vragen beantwoorden, de antwoorden uitwisselen en zo een vergelijking maken tussen de gemeenten.",
            "Answer the questions with a few personas per municipality, exchange the answers and so compare the municipalities.",
            "004:97-103",
        ),
    },
    Entry {
        werkvorm: Werkvorm::ClientJourney,
        number: 2,
        section: "004:105-121",
        yields: s(
            "Inzicht in cliëntervaringen: waar de blinde vlekken en knelpunten zitten die klanten ervaren in het contact met een gemeente; handvatten om de kwaliteit van onafhankelijke cliëntondersteuning te verbeteren.",
            "Insight into client experiences: the blind spots and bottlenecks clients meet in contact with a municipality; handles to improve the quality of independent client support.",
            "004:109",
        ),
        how: s(
            "Op een visuele manier inzichtelijk maken hoe de reis van een cliënt van begin tot eind verloopt, aan de hand van gesprekken met cliënten en de betrokken medewerkers van de gemeente: het proces zoals bedoeld tegenover hoe het uitpakt voor cliënten.",
            "Show visually how a client's journey runs from beginning to end, from conversations with clients and the municipal staff involved: the process as designed against how it works out for clients.",
            "004:113-117",
        ),
        participants: &[s("Cliënten en de betrokken medewerkers van de gemeente", "Clients and the municipal staff involved", "004:117")],
        duration: None,
        materials: &[s("Een schematische, visuele weergave van het proces", "A schematic, visual map of the process", "004:117")],
        steps: &[],
        rules: &[],
        terms: &[],
        questions: &[
            s("Welke ervaringen heeft de cliënt tijdens het aanvragen van onafhankelijke cliëntondersteuning?", "What does the client experience while requesting independent client support?", "004:113"),
            s("Hoe en op welke manier komt een cliënt in contact met een onafhankelijk cliëntondersteuner?", "How does a client come into contact with an independent client supporter?", "004:113"),
            s("Hoe ervaart de cliënt dit contact?", "How does the client experience this contact?", "004:113"),
        ],
        example: None,
        regional_use: s(
            "Samen met andere gemeenten toepassen: ervaringen van cliënten vergelijken, goede voorbeelden uitwisselen en in gesprek gaan over het verder ontwikkelen van het aanbod.",
            "Apply it with other municipalities: compare clients' experiences, exchange good examples and discuss developing the offer further.",
            "004:121",
        ),
    },
    Entry {
        werkvorm: Werkvorm::WorldCafe,
        number: 3,
        section: "004:123-154",
        yields: s(
            "Een dialoog op basis van samenwerking en betrokkenheid. Doelen: betrokkenheid bij het thema creëren; collectieve ideeën en inzichten ontwikkelen over invulling en uitvoering; mensen de verantwoordelijkheid voor hun eigen aandeel laten nemen.",
            "A dialogue based on cooperation and involvement. Goals: create involvement in the theme; develop collective ideas and insights on shaping and carrying it out; let people take responsibility for their own part.",
            "004:127-131",
        ),
        how: s(
            "Gespreksrondes van 20 tot 30 minuten aan verschillende tafels; deelnemers wisselen van tafel, de gastvrouw of gastheer blijft; na drie rondes volgt een gesprek met de hele groep.",
            "Conversation rounds of 20 to 30 minutes at several tables; participants change tables, the host stays; after three rounds the whole group talks.",
            "004:135-137",
        ),
        participants: &[
            s("De deelnemers", "The participants", "004:135"),
            s("Eén centrale begeleider die op de sfeer, de tijd en de faciliteiten let", "One central facilitator who minds the atmosphere, the time and the facilities", "004:135"),
            s("Een voorbereidingsgroep", "A preparation group", "004:135"),
            s("Per tafel een gastvrouw of gastheer, geselecteerd uit de deelnemers", "A host per table, chosen from the participants", "004:137"),
        ],
        duration: Some(s(
            "Drie gespreksrondes van 20 tot 30 minuten, daarna samenvoegen en een gesprek met de hele groep",
            "Three conversation rounds of 20 to 30 minutes, then pooling and a whole-group conversation",
            "004:135-137",
        )),
        materials: &[
            s("Verschillende tafels", "Several tables", "004:135"),
            s("Katoenen tafelkleden om notities en tekeningen op te maken", "Cotton tablecloths to write and draw on", "004:137"),
        ],
        steps: &[
            s("Voor de bijeenkomst de doelstelling bepalen en de naam van het café en de vragen bedenken", "Before the meeting set the objective and think of the café's name and the questions", "004:135"),
            s("Het café starten met een inspirerend verhaal", "Open the café with an inspiring story", "004:135"),
            s("Gespreksrondes van 20 tot 30 minuten aan verschillende tafels; deelnemers mogen van tafel wisselen", "Rounds of 20 to 30 minutes at several tables; participants may change tables", "004:135-137"),
            s("De gastvrouw of gastheer blijft aan dezelfde tafel, moedigt notities en tekeningen op de tafelkleden aan en vat het voorgaande gesprek samen", "The host stays at the same table, encourages notes and drawings on the tablecloths and sums up the previous conversation", "004:137"),
            s("Na drie rondes voegen de deelnemers hun ontdekkingen samen aan de eerste tafel", "After three rounds the participants pool their discoveries at the first table", "004:137"),
            s("Een gesprek met de hele groep", "A conversation with the whole group", "004:137"),
        ],
        rules: &[
            s("Concentreer je op wat van belang is.", "Focus on what matters.", "004:141"),
            s("Lever een bijdrage door jouw ideeën mee te delen.", "Contribute by sharing your ideas.", "004:142"),
            s("Spreek met je hart en je verstand.", "Speak with your heart and your mind.", "004:143"),
            s("Luister om te begrijpen.", "Listen to understand.", "004:144"),
            s("Breng ideeën met elkaar in verband.", "Connect ideas with each other.", "004:145"),
            s("Luister om tot nieuwe inzichten en nog diepzinnigere vragen te komen.", "Listen for new insights and deeper questions.", "004:146"),
            s("Speel, krabbel, teken (op de tafel)!", "Play, doodle, draw (on the table)!", "004:147"),
            s("Geniet ervan!", "Enjoy it!", "004:148"),
        ],
        terms: &[],
        questions: &[],
        example: None,
        regional_use: s(
            "Komt goed van pas in de beginfase van het stimuleren van regionale aandacht: een regionaal Wereldcafé om betrokkenheid te ontwikkelen en gezamenlijk tot ideeën te komen over het aanbod.",
            "Useful in the beginning phase of raising regional attention: a regional world café to build involvement and come to joint ideas about the offer.",
            "004:154",
        ),
    },
    Entry {
        werkvorm: Werkvorm::CooperationMap,
        number: 4,
        section: "004:156-186",
        yields: s(
            "Op een creatieve en speelse manier met verschillende partijen formuleren wat belangrijk is in goede samenwerking; door de landkaart te tekenen gaan deelnemers op een andere manier het gesprek aan.",
            "Formulate creatively and playfully with several parties what matters in good cooperation; drawing the map changes the conversation.",
            "004:160",
        ),
        how: s(
            "In drie rondes beantwoorden groepjes vragen en brengen de antwoorden in beeld op hun eigen landkaart; daarna worden de kaarten plenair gepresenteerd en besproken.",
            "In three rounds small groups answer questions and draw the answers on their own map; then the maps are presented and discussed in plenary.",
            "004:168-182",
        ),
        participants: &[s("Verschillende partijen, in groepjes", "Several parties, in small groups", "004:160, 004:168")],
        duration: Some(s("Drie rondes, daarna een plenaire presentatie", "Three rounds, then a plenary presentation", "004:168-182")),
        materials: &[
            s("Een eigen landkaart per groepje", "A map of their own per group", "004:168"),
            s("Verder in samenwerken: landkaarten en instructie (Bouwman, Kruijswijk & Lohuis, 2015)", "Verder in samenwerken: landkaarten en instructie (Bouwman, Kruijswijk & Lohuis, 2015)", "004:368"),
        ],
        steps: &[
            s("Ronde 1, ambities en belangen: welke ambities en belangen deel je? Plaats ze centraal als hoofdsteden of dorpen.", "Round 1, ambitions and interests: which ambitions and interests do you share? Place them centrally as capitals or villages.", "004:170-172"),
            s("Ronde 2, relaties en samenwerkingsmogelijkheden: heb je anderen nodig om je ambities te behalen? Wat is nodig om prettig samen te werken? Welke afspraak wil je maken? Nieuwe elementen als stad, weg of bos, verbonden met de hoofdambitie.", "Round 2, relations and cooperation options: do you need others to reach your ambitions? What do you need to cooperate pleasantly? Which agreement would you like to make? New elements as a city, road or forest, connected to the main ambition.", "004:174-176"),
            s("Ronde 3, organisatie: wat heb je nodig om dit te bereiken?", "Round 3, organisation: what do you need to achieve this?", "004:178-180"),
            s("De kaarten plenair presenteren en bespreken", "Present and discuss the maps in plenary", "004:182"),
        ],
        rules: &[],
        terms: &[],
        questions: &[],
        example: Some(s(
            "Dialoogbijeenkomsten in 2015 van Kennisplatform Integratie en Samenleving (KIS) en Stichting Lize met migrantenorganisaties, gemeenten, werkgevers en maatschappelijke organisaties over de positie van EU-migranten.",
            "Dialogue meetings in 2015 by Kennisplatform Integratie en Samenleving (KIS) and Stichting Lize with migrant organisations, municipalities, employers and social organisations on the position of EU migrants.",
            "004:166-168",
        )),
        regional_use: s(
            "Een vergelijkbare bijeenkomst met gemeenten in de regio over de huidige stand van zaken, de ambities en de samenwerkingsmogelijkheden.",
            "A similar meeting with the region's municipalities on the current state, the ambitions and the options for cooperation.",
            "004:186",
        ),
    },
    Entry {
        werkvorm: Werkvorm::WorkingVisit,
        number: 5,
        section: "004:188-211",
        yields: s(
            "Een kijkje in de keuken nemen bij (andere) gemeenten of organisaties en zo inspiratie opdoen.",
            "A look in the kitchen of (other) municipalities or organisations, for inspiration.",
            "004:192",
        ),
        how: s(
            "Tips van Vluchtelingenwerk en andere voor het organiseren van een inspirerend werkbezoek.",
            "Tips from Vluchtelingenwerk and others for organising an inspiring working visit.",
            "004:196",
        ),
        participants: &[
            s("Gastheer en gasten", "Hosts and guests", "004:199"),
            s("Een duidelijke 'programmaleider' of 'ceremoniemeester'", "A clear 'programme leader' or 'master of ceremonies'", "004:202"),
            s("Voldoende medewerkers en cliënten", "Enough staff and clients", "004:202"),
            s("De communicatieafdeling", "The communications department", "004:205"),
            s("De uitvoerder van cliëntondersteuning, als die ontvangt", "The provider of client support, when it hosts", "004:206"),
        ],
        duration: Some(s("Een concreet conceptprogramma met tijdsindeling", "A concrete draft programme with timing", "004:199")),
        materials: &[
            s("Informatie vooraf en/of een informatiepakket na afloop", "Information beforehand and/or an information pack afterwards", "004:198"),
            s("Kerngegevens, bijvoorbeeld aantal klanten of vrijwilligers", "Key figures, e.g. the number of clients or volunteers", "004:201"),
            s("Catering", "Catering", "004:202"),
            s("Foto's", "Photos", "004:204"),
        ],
        steps: &[
            s("Stuur van tevoren informatie toe over wat je gaat laten zien en/of deel na afloop een informatiepakket uit.", "Send information beforehand about what you will show and/or hand out an information pack afterwards.", "004:198"),
            s("Stel een concreet conceptprogramma op (met tijdsindeling) en overleg hierover met de gasten.", "Draw up a concrete draft programme (with timing) and agree it with the guests.", "004:199"),
            s("Zorg voor goede instructies voor iedereen die een rol heeft; eventueel reservesprekers of een reserveonderdeel.", "Give good instructions to everyone with a role; reserve speakers or a reserve item if needed.", "004:200"),
            s("Zorg dat u een aantal kerngegevens paraat heeft.", "Have some key figures at hand.", "004:201"),
            s("Zorg voor een professionele uitstraling: een programmaleider, een opgeruimd kantoor, alleen in overleg afwijken van programma en tijd, voldoende medewerkers en cliënten, goede catering.", "Look professional: a programme leader, a tidy office, deviate from programme and time only with the guests' consent, enough staff and clients, good catering.", "004:202"),
            s("Maak foto's van het werkbezoek.", "Take photos of the visit.", "004:204"),
            s("Betrek de communicatieafdeling bij de voorbereiding.", "Involve the communications department in the preparation.", "004:205"),
            s("Wordt u ontvangen bij een uitvoerder van cliëntondersteuning, bereid het programma dan goed met de uitvoerder voor.", "When hosted by a client-support provider, prepare the programme well with it.", "004:206"),
            s("Bedank de gasten na afloop; maak eventueel vervolgafspraken.", "Thank the guests afterwards; make follow-up agreements if wanted.", "004:207"),
        ],
        rules: &[],
        terms: &[],
        questions: &[
            s("Wat vinden ze inspirerend?", "What do they find inspiring?", "004:211"),
            s("Waar zit de vernieuwing?", "Where is the innovation?", "004:211"),
            s("Welke elementen kunnen bruikbaar zijn om ook in de eigen gemeente te hanteren?", "Which elements could be used in their own municipality too?", "004:211"),
            s("Is samenwerking mogelijk, en zo ja, op welke terreinen?", "Is cooperation possible, and if so, in which fields?", "004:211"),
        ],
        example: None,
        regional_use: s(
            "Als koploper gemeenten uit de regio uitnodigen om uw aanpak in de praktijk te zien en daarna in gesprek gaan; of samen elders op werkbezoek gaan.",
            "As a leading municipality invite the region to see your approach in practice and then talk it over; or visit an innovative approach elsewhere together.",
            "004:211",
        ),
    },
    Entry {
        werkvorm: Werkvorm::NetworkAnalysis,
        number: 6,
        section: "004:213-247",
        yields: s(
            "De betrokkenheid en de opbouw van een netwerk rondom een initiatief of project analyseren (Zaalmink et al., 2007).",
            "Analyse involvement in and the build-up of a network around an initiative or project (Zaalmink et al., 2007).",
            "004:217",
        ),
        how: s(
            "Vier vragen staan centraal; bij voorkeur samen met de netwerkdeelnemers, met de kerntekst in het midden en de antwoorden daaromheen.",
            "Four questions are central; preferably with the network participants, with the core text in the middle and the answers around it.",
            "004:221, 004:243",
        ),
        participants: &[s("Bij voorkeur de netwerkdeelnemers", "Preferably the network participants", "004:243")],
        duration: None,
        materials: &[s("Een flip-overvel, tafellaken of laptop en beamerscherm", "A flip-over sheet, a tablecloth, or a laptop and projector screen", "004:243")],
        steps: &[
            s("Wat is de kern? Benoem in één of enkele krachtige woorden waar het om gaat; dit staat centraal.", "What is the core? Name in one or a few powerful words what it is about; it stays central.", "004:221"),
            s("Welke partijen zijn betrokken? Met wie en wat heb je te maken, voor wie is het initiatief belangrijk, met welke partijen, ontwikkelingen, regels en omstandigheden moet je rekening houden?", "Which parties are involved? With whom and what do you deal, for whom does it matter, which parties, developments, rules and circumstances must you reckon with?", "004:224"),
            s("Wat zijn de posities van betrokkenheid?", "What are the positions of involvement?", "004:226"),
            s("Is dit een netwerk om op te bouwen?", "Is this a network to build on?", "004:241"),
        ],
        rules: &[],
        terms: &[
            s("Initiatiefnemers: nemen het initiatief, benoemen het vertrekpunt en nodigen anderen uit.", "Initiators: take the initiative, name the starting point and invite others.", "004:228"),
            s("Partners: vragen het initiatief en zetten zich in om het zichtbaar te maken, te realiseren en zelf voorbeeld te zijn.", "Partners: ask for the initiative and work to make it visible, realise it and be an example.", "004:229"),
            s("Schakels: leggen relaties, maken verbindingen met andere netwerken, zijn ambassadeurs.", "Links: build relations, connect to other networks, are ambassadors.", "004:230"),
            s("Leveranciers: alle betrokkenen leveren een bijdrage; daarnaast zijn er specialistische bijdragen.", "Suppliers: everyone involved contributes; there are also specialist contributions.", "004:232"),
            s("Gebruikers: alle betrokkenen zijn gebruikers; daarnaast zijn er specifieke gebruikers, zoals klanten.", "Users: everyone involved uses the network; there are also specific users, such as customers.", "004:233"),
        ],
        questions: &[],
        example: None,
        regional_use: s(
            "Inzicht in wie de verbindende schakels rondom onafhankelijke cliëntondersteuning in de regio zijn en met wie u verbinding zou moeten maken.",
            "Insight into who the connecting links around independent client support in the region are and with whom you should connect.",
            "004:247",
        ),
    },
    Entry {
        werkvorm: Werkvorm::InnovationSpiral,
        number: 7,
        section: "004:250-294",
        yields: s(
            "De stadia waarlangs een pril idee zich ontwikkelt tot een innovatie; met gemeenten in de regio vaststellen hoe ver u bent op één of meer aspecten van onafhankelijke cliëntondersteuning.",
            "The stages by which a fledgling idea grows into an innovation; establish with the region's municipalities how far you are on one or more aspects of independent client support.",
            "004:254",
        ),
        how: s(
            "Innovatie ontstaat uit zichzelf in een goede 'biotoop'; u helpt de omstandigheden verbeteren door de juiste verbindingen te maken en blokkades weg te nemen. De spiraal kent zeven fasen.",
            "Innovation arises by itself in a good 'biotope'; you help by making the right connections and removing blockages. The spiral has seven phases.",
            "004:258",
        ),
        participants: &[s("Gemeenten in de regio", "The region's municipalities", "004:254")],
        duration: Some(s("Meerdere bijeenkomsten", "Several meetings", "004:294")),
        materials: &[],
        steps: &[],
        rules: &[],
        terms: &[
            s("Fase 1, het prille idee: meestal niet gepland.", "Phase 1, the fledgling idea: mostly unplanned.", "004:262-264"),
            s("Fase 2, inspiratie: anderen haken aan; er ontstaat een initiatiefgroep.", "Phase 2, inspiration: others join; an initiative group arises.", "004:266-268"),
            s("Fase 3, planvorming: eindigt met concrete afspraken over doel, acties en inzet.", "Phase 3, plan forming: ends with concrete agreements on goal, actions and input.", "004:272-274"),
            s("Fase 4, ontwikkeling: een techniek of werkwijze wordt ontwikkeld.", "Phase 4, development: a technique or way of working is developed.", "004:276-278"),
            s("Fase 5, realisatie: de prioriteit ligt bij het realiseren van het idee.", "Phase 5, realisation: the priority is realising the idea.", "004:280-282"),
            s("Fase 6, verspreiding: de werkwijze raakt bekend en krijgt navolging.", "Phase 6, dissemination: the way of working becomes known and finds followers.", "004:284-286"),
            s("Fase 7, inbedding: afspraken over structurele veranderingen; institutionalisering.", "Phase 7, embedding: agreements on structural changes; institutionalisation.", "004:288-290"),
        ],
        questions: &[
            s("Wat betekent het feit dat onafhankelijke cliëntondersteuning zich in stadium X bevindt voor het soort kennis waaraan gewerkt wordt?", "What does it mean for the kind of knowledge being worked on that independent client support is in stage X?", "004:294"),
            s("Wie zou daarvoor in beweging moeten komen?", "Who should move for it?", "004:294"),
        ],
        example: None,
        regional_use: s(
            "In meerdere bijeenkomsten bepalen in welk stadium onafhankelijke cliëntondersteuning zich bevindt, om blokkades te vinden en verbindingen te prioriteren.",
            "Over several meetings determine the stage independent client support is in, to find blockages and prioritise connections.",
            "004:294",
        ),
    },
    Entry {
        werkvorm: Werkvorm::GgzMirror,
        number: 8,
        section: "004:296-312",
        yields: s(
            "Inzicht in hoe het er met onafhankelijke cliëntondersteuning in de regio voor staat; inspiratie, uitwisseling en uiteindelijk een verbetering van het beleid.",
            "Insight into how independent client support stands in the region; inspiration, exchange and in the end better policy.",
            "004:300",
        ),
        how: s(
            "Een onderzoeksinstrument met een vragenlijst voor cliënten én een vragenlijst voor gemeenten, in samenspraak met cliënten ontwikkeld en afgenomen door toegeruste ervaringsdeskundigen.",
            "A research instrument with a questionnaire for clients and one for municipalities, developed with clients and administered by trained people with client experience.",
            "004:306-308",
        ),
        participants: &[
            s("Een regionale cliëntenorganisatie (RCO)", "A regional client organisation", "004:304, 004:312"),
            s("Mensen met ervaring als cliënt, toegerust om de vragenlijsten af te nemen", "People with client experience, trained to administer the questionnaires", "004:306"),
            s("Cliënten en gemeenten als respondenten", "Clients and municipalities as respondents", "004:308"),
        ],
        duration: None,
        materials: &[
            s("Een vragenlijst voor cliënten en een vragenlijst voor gemeenten", "A questionnaire for clients and one for municipalities", "004:308"),
            s("De Zelftest cliëntondersteuning voor gemeenten (VNG, 2015)", "The VNG's Zelftest cliëntondersteuning voor gemeenten (2015)", "004:312, 004:380"),
        ],
        steps: &[],
        rules: &[],
        terms: &[],
        questions: &[
            s("Wijst de gemeente de cliënt erop dat deze cliëntondersteuning onafhankelijk is en uitgaat van het belang van de cliënt?", "Does the municipality tell the client that this client support is independent and starts from the client's interest?", "004:312"),
            s("En dat deze gratis is?", "And that it is free?", "004:312"),
            s("Wordt cliëntondersteuning in de gemeente aangeboden als algemene, vrij toegankelijke voorziening voor alle inwoners?", "Is client support offered in the municipality as a general, freely accessible provision for all residents?", "004:312"),
        ],
        example: Some(s(
            "De (O)ggz-spiegel van het Landelijk Platform GGz, Vereniging Geestdrift en regionale cliëntenorganisaties, 2010-2011: uitgevoerd bij 229 gemeenten; ruim 2500 cliënten en 97 gemeenten vulden de vragenlijsten in.",
            "The (O)ggz mirror of the Landelijk Platform GGz, Vereniging Geestdrift and regional client organisations, 2010-2011: carried out in 229 municipalities; over 2,500 clients and 97 municipalities answered.",
            "004:304-308",
        )),
        regional_use: s(
            "In overleg met een regionale cliëntenorganisatie een onderzoek laten doen bij meerdere gemeenten in de regio, met de vragen van de VNG-Zelftest.",
            "With a regional client organisation, have research done across several municipalities of the region, using the questions of the VNG self-test.",
            "004:312",
        ),
    },
    Entry {
        werkvorm: Werkvorm::ThemeWeek,
        number: 9,
        section: "004:314-328",
        yields: s(
            "Een thema voor een korte periode extra belichten: breed onder de aandacht brengen, leren van anderen en uiteenlopende partijen bij elkaar brengen.",
            "Highlight a theme for a short period: put it broadly in the spotlight, learn from others and bring diverse parties together.",
            "004:318",
        ),
        how: s(
            "Een projectorganisatie schept de randvoorwaarden waarbinnen lokale organisaties zelf activiteiten organiseren.",
            "A project organisation creates the conditions in which local organisations organise activities themselves.",
            "004:322",
        ),
        participants: &[
            s("Lokale belangenorganisaties, gemeenten, bedrijfsleven en andere maatschappelijke organisaties", "Local interest organisations, municipalities, business and other social organisations", "004:322"),
            s("Iedere gemeente, opeenvolgend", "Each municipality in turn", "004:328"),
        ],
        duration: Some(s("Een week; bijvoorbeeld iedere gemeente opeenvolgend een dag", "A week; for example each municipality one day in turn", "004:67, 004:328")),
        materials: &[s("Een actiepakket (in het voorbeeld van de Week van de alfabetisering)", "An action pack (in the example of the Week van de alfabetisering)", "004:324")],
        steps: &[],
        rules: &[],
        terms: &[],
        questions: &[],
        example: Some(s(
            "De Week van de Toegankelijkheid (Ieder(in), jaarlijks) en de Week van de alfabetisering (Stichting Lezen en Schrijven).",
            "The Week van de Toegankelijkheid (Ieder(in), yearly) and the Week van de alfabetisering (Stichting Lezen en Schrijven).",
            "004:322-324",
        )),
        regional_use: s(
            "Campagneweken in verschillende gemeenten of regio's, of een Week van Onafhankelijke Cliëntondersteuning waarin iedere gemeente opeenvolgend een dag organiseert.",
            "Campaign weeks in several municipalities or regions, or a Week of Independent Client Support in which each municipality organises one day in turn.",
            "004:328",
        ),
    },
    Entry {
        werkvorm: Werkvorm::ArtCulture,
        number: 10,
        section: "004:330-344",
        yields: s(
            "Door een koppeling tussen onafhankelijke cliëntondersteuning en kunst & cultuur op een creatieve manier regionale samenwerkingspartners betrekken; vaak hele nieuwe inzichten.",
            "Involve regional partners creatively by linking independent client support with art and culture; often quite new insights.",
            "004:334",
        ),
        how: s(
            "Een werkplaats die kunst en maatschappelijke onderwerpen koppelt, zoals Theatergroep Formaat met de interventie Participatief Drama.",
            "A workplace linking art and social issues, such as Theatergroep Formaat with its intervention Participatief Drama.",
            "004:338-340",
        ),
        participants: &[
            s("Cliënten of ervaringsdeskundigen", "Clients or experts by experience", "004:344"),
            s("Andere gemeenten in de regio", "Other municipalities of the region", "004:344"),
        ],
        duration: None,
        materials: &[s("Een tentoon- of voorstelling", "An exhibition or a performance", "004:344")],
        steps: &[],
        rules: &[],
        terms: &[],
        questions: &[],
        example: Some(s(
            "Theatergroep Formaat (Rotterdam) en Participatief Drama.",
            "Theatergroep Formaat (Rotterdam) and Participatief Drama.",
            "004:338-340, 004:373",
        )),
        regional_use: s(
            "Een tentoon- of voorstelling waarin cliënten of ervaringsdeskundigen creatief uitdrukken hoe zij onafhankelijke cliëntondersteuning ervaren, en daarna een gesprek over wat verbeterd kan worden.",
            "An exhibition or performance in which clients or experts by experience express how they experience independent client support, then a conversation about what can be improved.",
            "004:344",
        ),
    },
    Entry {
        werkvorm: Werkvorm::MysteryGuest,
        number: 11,
        section: "004:346-364",
        yields: s(
            "De aanpak van onafhankelijke cliëntondersteuning tegen het licht houden, vergelijken met andere gemeenten én verbeteren; een spiegel, niet een onderzoek naar welke loketten het beter of slechter doen.",
            "Hold the approach to independent client support up to the light, compare it with other municipalities and improve it; a mirror, not a study of which desks do better or worse.",
            "004:350, 004:358",
        ),
        how: s(
            "Vrijwilligers bezoeken in tweetallen onaangekondigd loketten met fictieve, realistische vragen en rapporteren hun bevindingen; ieder loket drie keer door verschillende vrijwilligers.",
            "Volunteers in pairs visit desks unannounced with fictitious, realistic questions and report their findings; each desk three times by different volunteers.",
            "004:354, 004:360",
        ),
        participants: &[
            s("Getrainde vrijwilligers uit de doelgroepen, in tweetallen", "Trained volunteers from the target groups, in pairs", "004:354, 004:364"),
            s("Samenwerkende belangenorganisaties", "Cooperating interest organisations", "004:356"),
            s("Meerdere gemeenten in de regio", "Several municipalities of the region", "004:364"),
        ],
        duration: Some(s("Ieder loket drie keer bezocht door verschillende vrijwilligers", "Each desk visited three times by different volunteers", "004:354")),
        materials: &[
            s("Fictieve, realistische vragen of problemen", "Fictitious, realistic questions or problems", "004:354"),
            s("Rapportages van de bezoeken en een algemeen rapport", "Reports of the visits and a general report", "004:354"),
        ],
        steps: &[],
        rules: &[],
        terms: &[
            s("Bereikbaarheid", "Reachability", "004:358"),
            s("Toegankelijkheid", "Accessibility", "004:358"),
            s("Klantvriendelijkheid", "Customer friendliness", "004:358"),
            s("Bejegening", "Treatment", "004:358"),
        ],
        questions: &[],
        example: Some(s(
            "Drenthe 2007 (Lokale Versterking Drenthe, uitgevoerd door GGz-cliënten) en Overijssel 2008 (ruim zestig vrijwilligers uit diverse doelgroepen).",
            "Drenthe 2007 (Lokale Versterking Drenthe, carried out by mental-health clients) and Overijssel 2008 (over sixty volunteers from various target groups).",
            "004:354-356",
        )),
        regional_use: s(
            "Getrainde vrijwilligers doen zich in meerdere gemeenten voor als cliënt die onafhankelijke cliëntondersteuning wil, en beoordelen de dienstverlening over het hele traject; om van elkaar te leren.",
            "Trained volunteers pose as a client wanting independent client support in several municipalities and judge the service over the whole trajectory; to learn from each other.",
            "004:364",
        ),
    },
];

/// The guide's entry for `w`.
pub fn entry(w: Werkvorm) -> &'static Entry {
    // ENTRIES is in the enum's order (a test checks it), so the discriminant is the index.
    &ENTRIES[w as usize]
}

/// A statement as the responses give it: Dutch and/or English, and its lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CitedText {
    /// The guide's words; null when only English was asked for.
    pub nl: Option<String>,
    /// steun's translation; null when only Dutch was asked for.
    pub en: Option<String>,
    /// The seed lines.
    pub lines: String,
}

impl CitedText {
    pub(crate) fn of(said: &Said, lang: Option<Lang>) -> Self {
        CitedText {
            nl: (lang != Some(Lang::En)).then(|| said.nl.to_owned()),
            en: (lang != Some(Lang::Nl)).then(|| said.en.to_owned()),
            lines: said.lines.to_owned(),
        }
    }
}

fn all(list: &[Said], lang: Option<Lang>) -> Vec<CitedText> {
    list.iter().map(|x| CitedText::of(x, lang)).collect()
}

/// One werkvorm in the catalogue's response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WerkvormInfo {
    /// The code.
    pub werkvorm: Werkvorm,
    /// The number in the guide (1..11).
    pub number: u8,
    /// The name: Dutch label, English label and the heading's line.
    pub name: CitedText,
    /// The lines of its section.
    pub section: String,
    /// What it yields ("Wat levert het op?").
    pub yields: CitedText,
    /// How it works, in short.
    pub how: CitedText,
    /// Who takes part, as stated.
    pub participants: Vec<CitedText>,
    /// Duration or frequency as stated; null when the guide states none.
    pub duration: Option<CitedText>,
    /// Materials as stated.
    pub materials: Vec<CitedText>,
    /// Steps in order, where the guide gives them.
    pub steps: Vec<CitedText>,
    /// Rules, where the guide gives them.
    pub rules: Vec<CitedText>,
    /// Terms it defines: positions, phases, aspects, example personas.
    pub terms: Vec<CitedText>,
    /// Questions to discuss with the region.
    pub questions: Vec<CitedText>,
    /// The practice example; null when the guide gives none.
    pub example: Option<CitedText>,
    /// How to take it up with the region.
    pub regional_use: CitedText,
    /// The goals the guide's usage guide names it for (004:59-75); empty for the four it
    /// does not place.
    pub guide_goals: Vec<WerkvormGoal>,
}

/// The description of `w`, in `lang` or both languages.
pub fn info(w: Werkvorm, lang: Option<Lang>) -> WerkvormInfo {
    let e = entry(w);
    let heading = Said { nl: w.label(Lang::Nl), en: w.label(Lang::En), lines: e.section };
    WerkvormInfo {
        werkvorm: w,
        number: e.number,
        name: CitedText::of(&heading, lang),
        section: e.section.to_owned(),
        yields: CitedText::of(&e.yields, lang),
        how: CitedText::of(&e.how, lang),
        participants: all(e.participants, lang),
        duration: e.duration.as_ref().map(|d| CitedText::of(d, lang)),
        materials: all(e.materials, lang),
        steps: all(e.steps, lang),
        rules: all(e.rules, lang),
        terms: all(e.terms, lang),
        questions: all(e.questions, lang),
        example: e.example.as_ref().map(|x| CitedText::of(x, lang)),
        regional_use: CitedText::of(&e.regional_use, lang),
        guide_goals: super::select::guide_goals(w),
    }
}

/// A request for the catalogue: one werkvorm or all, in one language or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WerkvormQuery {
    /// Only this werkvorm; all eleven when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub werkvorm: Option<Werkvorm>,
    /// Only this language's texts; both when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Document for WerkvormQuery {
    const KIND: &'static str = "werkvorm_query";
}

/// The catalogue's response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WerkvormCatalogue {
    /// Always `movisie-2017-werkvormen`.
    pub instrument: String,
    /// The version of steun's encoding of the guide.
    pub instrument_version: String,
    /// The werkvormen asked for, in the guide's order.
    pub werkvormen: Vec<WerkvormInfo>,
    /// The source.
    pub source: String,
}

impl Document for WerkvormCatalogue {
    const KIND: &'static str = "werkvorm_catalogue";
}

/// The catalogue, or the one werkvorm of `q`.
pub fn catalogue(q: &WerkvormQuery) -> WerkvormCatalogue {
    let werkvormen =
        Werkvorm::ALL.iter().filter(|w| q.werkvorm.is_none_or(|x| x == **w)).map(|w| info(*w, q.lang)).collect();
    WerkvormCatalogue {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        werkvormen,
        source: SOURCE.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_in_the_enums_order() {
        for (i, w) in Werkvorm::ALL.iter().enumerate() {
            assert_eq!(ENTRIES[i].werkvorm, *w);
            assert_eq!(usize::from(ENTRIES[i].number), i + 1);
        }
    }

    #[test]
    fn every_statement_cites_004() {
        for e in &ENTRIES {
            let lists = [e.participants, e.materials, e.steps, e.rules, e.terms, e.questions];
            let singles = [Some(e.yields), Some(e.how), e.duration, e.example, Some(e.regional_use)];
            for x in lists.iter().flat_map(|l| l.iter()).chain(singles.iter().flatten()) {
                assert!(x.lines.starts_with("004:"), "{:?}", e.werkvorm);
                assert!(!x.nl.is_empty() && !x.en.is_empty(), "{:?}", e.werkvorm);
            }
        }
    }
}
