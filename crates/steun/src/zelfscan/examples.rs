//! Reference data: the eight practice examples of 000 (Part 2, 000:875-2840) and the
//! write-up of the Noord-Veluwe example in 001, with names, places, years and key facts,
//! each citing its lines. For docs and tests; nothing is scored or compared.

use serde_json::{json, Value};

/// A fact of an example: Dutch, English and the lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// Dutch (the source's words, condensed).
    pub nl: &'static str,
    /// English (steun's translation).
    pub en: &'static str,
    /// The seed lines.
    pub lines: &'static str,
}

/// A practice example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PracticeExample {
    /// A stable code.
    pub code: &'static str,
    /// Its place in 000's Part 2 (1..8); 0 for 001.
    pub number: u8,
    /// The name.
    pub name: &'static str,
    /// The place.
    pub place: &'static str,
    /// Years the source gives, as stated.
    pub years: &'static [&'static str],
    /// The section's lines.
    pub section: &'static str,
    /// Key facts.
    pub facts: &'static [Fact],
}

const fn f(nl: &'static str, en: &'static str, lines: &'static str) -> Fact {
    Fact { nl, en, lines }
}

/// The eight examples of 000, then 001. The guide labels two sections "Voorbeeld 5"
/// (000:2037, 000:2230); Cumulus is the sixth here.
pub const EXAMPLES: [PracticeExample; 9] = [
    PracticeExample {
        code: "scip",
        number: 1,
        name: "SCIP (Stichting Cliëntgestuurde Innovatie en Projecten)",
        place: "Amsterdam",
        years: &["2009"],
        section: "000:875-1204",
        facts: &[
            f("Zelfstandig cliëntgestuurd onderdeel van de dagbesteding van HVO-Querido, sinds 2009 onderdeel van HVO Querido; circa 18 projecten.", "An independent client-steered part of HVO-Querido's day activities, part of HVO Querido since 2009; about 18 projects.", "000:875-887, 000:1162"),
            f("Cliëntgestuurd: minimaal 51% van de betrokkenen in alle lagen heeft een cliëntachtergrond.", "Client-steered: at least 51% of those involved in all layers have a client background.", "000:905-911"),
            f("Uitgeverij Toby Vroegh: circa 40 vrijwilligers, besluiten bij consensus, wisselend voorzitterschap.", "Publisher Toby Vroegh: about 40 volunteers, decisions by consensus, a rotating chair.", "000:931-963"),
            f("ACC Singel heeft één betaalde projectleider; ACC Noord nu geen betaalde krachten, 15 tot 20 vrijwilligers.", "ACC Singel has one paid project leader; ACC Noord at present no paid staff, 15 to 20 volunteers.", "000:977-999"),
            f("Tien tips voor zorgorganisaties die fuseren of samenwerken met een cliëntgestuurde organisatie.", "Ten tips for care organisations merging or cooperating with a client-steered organisation.", "000:1164-1200"),
        ],
    },
    PracticeExample {
        code: "noord_veluwe",
        number: 2,
        name: "Participatie Maatschappelijke Zorg Noord-Veluwe",
        place: "Harderwijk, Putten, Ermelo, Nunspeet, Elburg en Oldebroek",
        years: &["2012"],
        section: "000:1205-1444",
        facts: &[
            f("Zes gemeenten op de Veluwe met een procesondersteuner Participatie Maatschappelijke Zorg.", "Six municipalities on the Veluwe with a process supporter for participation in social care.", "000:1205-1215"),
            f("Credo: cliënten overal aan tafel.", "Credo: clients at the table everywhere.", "000:1229-1241"),
            f("Eis in subsidiecontracten: ieder cliënt die zich meldt bij de maatschappelijke opvang krijgt een individueel zorgplan, ook over dagbesteding.", "A requirement in subsidy contracts: every client reporting to the shelter gets an individual care plan that also covers day activities.", "000:1314-1322"),
            f("De procesondersteuner heeft geen eigen budget, alleen overtuigingskracht; netwerksturing zonder vooraf een projectplan.", "The process supporter has no budget of her own, only persuasion; network steering without a prior project plan.", "000:1334-1359"),
            f("In 2012 namen cliënten het initiatief voor de Veluwe Games.", "In 2012 clients took the initiative for the Veluwe Games.", "000:1385-1389"),
        ],
    },
    PracticeExample {
        code: "door_en_voor",
        number: 3,
        name: "Stichting Door en Voor",
        place: "Noordoost-Brabant",
        years: &["2000", "2011", "2013"],
        section: "000:1445-1676",
        facts: &[
            f("In 2000 opgericht op initiatief van de cliëntenraden van de GGZ-instellingen in Oost-Brabant en 's-Hertogenbosch.", "Founded in 2000 on the initiative of the client councils of the mental-health institutions in Oost-Brabant and 's-Hertogenbosch.", "000:1461-1471"),
            f("Ongeveer 50 vrijwillige ervaringsdeskundigen.", "About 50 volunteer experts by experience.", "000:1445-1457, 000:1645"),
            f("Een databank met 189 ervaringsdeskundigen (begin 2013).", "A databank of 189 experts by experience (early 2013).", "000:1611-1619"),
            f("In 2011 3119 cliëntcontacten.", "3,119 client contacts in 2011.", "000:1643-1662"),
        ],
    },
    PracticeExample {
        code: "stadsbrug",
        number: 4,
        name: "Stadsbrug",
        place: "Utrecht",
        years: &[],
        section: "000:1686-1972",
        facts: &[
            f("Een bedrijfsverzamelgebouw voor kwetsbare doelgroepen van Stichting Gids, SBWU en Altrecht Talent.", "A multi-company building for vulnerable groups, by Stichting Gids, SBWU and Altrecht Talent.", "000:1686-1690"),
            f("Nieuwe activiteiten worden professioneel gestart en daarna deels overgedragen; bij de SBWU hebben deelnemers van begin af aan de lead.", "New activities are started professionally and then partly handed over; at SBWU participants lead from the start.", "000:1753-1771"),
            f("8 betaalde medewerkers en 60 deelnemers.", "8 paid staff and 60 participants.", "000:1873-1901"),
            f("22 succesfactoren in vijf groepen.", "22 success factors in five groups.", "000:1902-1968"),
        ],
    },
    PracticeExample {
        code: "werkconferentie_eigen_kracht",
        number: 5,
        name: "Werkconferentie Eigen Kracht",
        place: "Utrecht",
        years: &["2012"],
        section: "000:1973-2171",
        facts: &[
            f("Cliënten en professionals organiseren samen een werkconferentie over eigen kracht voor professionals en cliënten van Utrechtse instellingen.", "Clients and professionals jointly organise a working conference on own strength for professionals and clients of Utrecht institutions.", "000:1973-1993"),
            f("De conferentie van 2012 had het thema 'Kloten!'.", "The 2012 conference had the theme 'Kloten!'.", "000:2106-2131"),
        ],
    },
    PracticeExample {
        code: "cumulus",
        number: 6,
        name: "Cumulus Welzijn",
        place: "Utrecht, Overvecht",
        years: &["2011"],
        section: "000:2172-2403",
        facts: &[
            f("Een brede welzijnsorganisatie met activiteiten voor (O)GGZ-participatie in Overvecht.", "A broad welfare organisation with activities for (O)GGZ participation in Overvecht.", "000:2172-2190"),
            f("Van naar schatting 1200 tot 1500 mensen met (O)GGZ-problematiek in de wijk worden er jaarlijks ongeveer 100 tot 120 bereikt.", "Of an estimated 1,200 to 1,500 people with (O)GGZ problems in the neighbourhood, about 100 to 120 a year are reached.", "000:2297-2305"),
            f("In 2011 16 maatjeskoppels en 4 vriendschapsgroepen.", "In 2011, 16 buddy pairs and 4 friendship groups.", "000:2336-2356"),
        ],
    },
    PracticeExample {
        code: "smo_breda",
        number: 7,
        name: "Stichting Maatschappelijke Opvang (SMO) Breda",
        place: "Breda",
        years: &["2013", "2014"],
        section: "000:2404-2637",
        facts: &[
            f("Credo: de cliënt aan tafel, niet langer de cliënt centraal; de cliënt zit bij het team om zijn traject te bespreken, anders wordt het niet besproken.", "Credo: the client at the table, no longer the client at the centre; the client sits with the team to discuss his trajectory, or it is not discussed.", "000:2436-2466"),
            f("Voor 2014 krijgt de cliënt toegang tot het eigen cliëntdossier.", "Before 2014 the client gets access to his own client file.", "000:2471-2485"),
            f("Medio 2013 een pilot waarin de financiering de cliënt volgt, eerst met gesloten beurzen.", "From mid-2013 a pilot in which funding follows the client, at first without money changing hands.", "000:2426-2432"),
            f("KC × KW = EH: kracht van de cliënt maal kracht van de werker is effectiviteit van het handelen.", "KC × KW = EH: the client's strength times the worker's strength is the effectiveness of the work.", "000:2527-2550"),
        ],
    },
    PracticeExample {
        code: "kwintes",
        number: 8,
        name: "Kwintes",
        place: "Veenendaal",
        years: &[],
        section: "000:2638-2840",
        facts: &[
            f("Kwintes regio Oost: ongeveer 600 ambulante cliënten en 300 in woonvoorzieningen.", "Kwintes regio Oost: about 600 ambulant clients and 300 in housing.", "000:2638-2650"),
            f("Onderscheid cliënteninitiatief (idee van cliënten, uitvoering door medewerkers) en cliëntgestuurd (cliënten voeren ook uit).", "The distinction client initiative (clients' idea, staff carry it out) and client-steered (clients also carry it out).", "000:2670-2680"),
            f("De winkel in Scheepjeshof zou cliëntgestuurd en kostendekkend worden; medewerkers sprongen bij.", "The shop in Scheepjeshof was to become client-run and cost-covering; staff stepped in.", "000:2715-2735"),
            f("Professionals evalueren onderling, niet met de cliënten die de activiteiten leiden.", "Professionals evaluate among themselves, not with the clients who lead the activities.", "000:2769-2778"),
            f("Tien werkzame bestanddelen.", "Ten working components.", "000:2810-2836"),
        ],
    },
    PracticeExample {
        code: "noord_veluwe_2016",
        number: 0,
        name: "Dagbesteding door en voor cliënten maatschappelijke zorg",
        place: "Harderwijk, Elburg, Oldebroek, Putten, Nunspeet en Ermelo",
        years: &["2010", "2013", "2016"],
        section: "001:1-55",
        facts: &[
            f("Artikel van 11 januari 2016 over het Noord-Veluwse project (000, voorbeeld 2).", "An article of 11 January 2016 on the Noord-Veluwe project (000, example 2).", "001:1-7"),
            f("Twee doelen: nieuw dagbestedingsaanbod, en aanbieders werken op een nieuwe manier met cliënten.", "Two goals: a new day-activity offer, and providers working with clients in a new way.", "001:11-14"),
            f("Het traject is in 2010 gestart.", "The trajectory started in 2010.", "001:49-51"),
            f("Uitvoerende organisaties: Stichting Door en Voor en de zes gemeenten.", "Executing organisations: Stichting Door en Voor and the six municipalities.", "001:53-55"),
        ],
    },
];

/// The reference set `samensturing_practice_examples`.
pub fn reference() -> Value {
    Value::Array(
        EXAMPLES
            .iter()
            .map(|e| {
                json!({
                    "code": e.code,
                    "number": e.number,
                    "name": e.name,
                    "place": e.place,
                    "years": e.years,
                    "section": e.section,
                    "facts": e.facts.iter().map(|x| json!({"nl": x.nl, "en": x.en, "lines": x.lines})).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}
