//! Session templates: a werkvorm's plan as Markdown, from the catalogue (004:79-364).
//!
//! The template holds only what the guide gives (steps, rules, roles, materials, times) plus
//! empty places to fill in; the Wereldcafé gets an agenda of its three rounds (004:135-137).
//! Text the caller adds (a title, questions, municipalities) is escaped.

use serde::{Deserialize, Serialize};

use super::{entry, Said, Werkvorm, INSTRUMENT, INSTRUMENT_VERSION, SOURCE};
use crate::document::Document;
use crate::lang::{Labelled, Lang};
use crate::plan::form::md_escape;
use crate::text::FreeText;
use crate::{Error, Path};

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The most questions a caller may add.
pub const MAX_QUESTIONS: usize = 12;
/// The longest question or municipality, in characters.
pub const MAX_QUESTION_CHARS: usize = 500;
/// The most municipalities (columns of a comparison grid).
pub const MAX_MUNICIPALITIES: usize = 30;

/// A request for a session template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TemplateRequest {
    /// The werkvorm.
    pub werkvorm: Werkvorm,
    /// The language of the template.
    pub lang: Lang,
    /// A title for the session (at most 200 characters); the werkvorm's name when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<FreeText>,
    /// The session's own questions (at most 12 of at most 500 characters). In a Wereldcafé
    /// question `i` goes to round `i`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<FreeText>,
    /// Municipalities to compare side by side (at most 30): a grid of the guide's questions
    /// with one column each, in the caller's order. Never a ranking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<FreeText>,
}

fn exceeded(at: Path, what: String, max: usize, name: &str) -> Error {
    Error::Limit { message: format!("{at}: {what}; at most {max} ({name})") }
}

impl Document for TemplateRequest {
    const KIND: &'static str = "werkvorm_template_request";

    fn check(&self) -> Result<(), Error> {
        if let Some(t) = &self.title {
            let n = t.as_str().chars().count();
            if n > MAX_TITLE_CHARS {
                return Err(exceeded(
                    Path::root().key("title"),
                    format!("{n} characters"),
                    MAX_TITLE_CHARS,
                    "max_title_chars",
                ));
            }
        }
        for (key, list, max) in [
            ("questions", &self.questions, MAX_QUESTIONS),
            ("municipalities", &self.municipalities, MAX_MUNICIPALITIES),
        ] {
            if list.len() > max {
                let name = format!("max_{key}");
                return Err(exceeded(Path::root().key(key), format!("{} items", list.len()), max, &name));
            }
            for (i, q) in list.iter().enumerate() {
                let n = q.as_str().chars().count();
                if n > MAX_QUESTION_CHARS {
                    let at = Path::root().key(key).index(i);
                    return Err(exceeded(at, format!("{n} characters"), MAX_QUESTION_CHARS, "max_question_chars"));
                }
            }
        }
        Ok(())
    }
}

/// A session template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WerkvormTemplate {
    /// Always `movisie-2017-werkvormen`.
    pub instrument: String,
    /// The version of steun's encoding of the guide.
    pub instrument_version: String,
    /// The werkvorm.
    pub werkvorm: Werkvorm,
    /// The language.
    pub lang: Lang,
    /// The template as Markdown.
    pub markdown: String,
    /// The source.
    pub source: String,
}

impl Document for WerkvormTemplate {
    const KIND: &'static str = "werkvorm_template";
}

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn said(x: &Said, lang: Lang) -> String {
    format!("{} ({})", t(lang, x.nl, x.en), x.lines)
}

fn section(out: &mut String, heading: &str, items: &[Said], lang: Lang, numbered: bool) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {heading}\n\n"));
    for (i, x) in items.iter().enumerate() {
        let mark = if numbered { format!("{}.", i + 1) } else { "- [ ]".to_owned() };
        out.push_str(&format!("{mark} {}\n", said(x, lang)));
    }
}

/// The session template of `r.werkvorm` in `r.lang`.
pub fn template(r: &TemplateRequest) -> WerkvormTemplate {
    let l = r.lang;
    let e = entry(r.werkvorm);
    let name = r.werkvorm.label(l);
    let mut md = String::new();
    match &r.title {
        Some(title) => md.push_str(&format!("# {name}: {}\n\n", md_escape(title.as_str()))),
        None => md.push_str(&format!("# {name}\n\n")),
    }
    md.push_str(&format!(
        "{} {} {} ({}). {}\n",
        t(l, "Werkvorm", "Werkvorm"),
        e.number,
        t(
            l,
            "uit de Inspiratiegids cliëntondersteuning voor gemeenten, Movisie 2017",
            "of the Inspiratiegids cliëntondersteuning voor gemeenten, Movisie 2017"
        ),
        e.section,
        t(
            l,
            "Sjabloon van steun: het geeft alleen wat de gids geeft, met open plekken om in te vullen.",
            "A template by steun: it gives only what the guide gives, with blanks to fill in."
        ),
    ));
    md.push_str(&format!("\n## {}\n\n{}\n", t(l, "Wat levert het op?", "What does it yield?"), said(&e.yields, l)));
    md.push_str(&format!(
        "\n## {}\n\n- {}: \n- {}: \n- {}: \n",
        t(l, "Voorbereiding", "Preparation"),
        t(l, "Doelstelling", "Objective"),
        t(l, "Datum en plaats", "Date and place"),
        t(l, "Organisator", "Organiser"),
    ));
    section(&mut md, t(l, "Wie doen mee", "Who takes part"), e.participants, l, false);
    if let Some(d) = &e.duration {
        md.push_str(&format!("\n## {}\n\n{}\n", t(l, "Duur", "Duration"), said(d, l)));
    }
    section(&mut md, t(l, "Benodigdheden", "Materials"), e.materials, l, false);
    if r.werkvorm == Werkvorm::WorldCafe {
        world_cafe_agenda(&mut md, r);
    } else {
        section(&mut md, t(l, "Stappen", "Steps"), e.steps, l, true);
    }
    section(&mut md, t(l, "Regels", "Rules"), e.rules, l, true);
    let terms = match r.werkvorm {
        Werkvorm::Personas => t(l, "Voorbeeldpersona's", "Example personas"),
        Werkvorm::NetworkAnalysis => t(l, "Posities van betrokkenheid", "Positions of involvement"),
        Werkvorm::InnovationSpiral => t(l, "De zeven fasen", "The seven phases"),
        Werkvorm::MysteryGuest => t(l, "Waar de Mystery Guest op let", "What the mystery guest looks at"),
        _ => t(l, "Begrippen", "Terms"),
    };
    section(&mut md, terms, e.terms, l, true);
    if !r.questions.is_empty() && r.werkvorm != Werkvorm::WorldCafe {
        md.push_str(&format!("\n## {}\n\n", t(l, "Vragen van deze bijeenkomst", "This session's questions")));
        for (i, q) in r.questions.iter().enumerate() {
            md.push_str(&format!("{}. {}\n", i + 1, md_escape(q.as_str())));
        }
    }
    section(&mut md, t(l, "Vragen uit de gids", "Questions from the guide"), e.questions, l, true);
    if !r.municipalities.is_empty() && !e.questions.is_empty() {
        grid(&mut md, r, e.questions);
    }
    md.push_str(&format!("\n## {}\n\n{}\n", t(l, "Samen met de regio", "With the region"), said(&e.regional_use, l)));
    md.push_str(&format!("\n## {}\n\n- \n", t(l, "Afspraken en vervolg", "Agreements and follow-up")));
    WerkvormTemplate {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        werkvorm: r.werkvorm,
        lang: l,
        markdown: md,
        source: SOURCE.to_owned(),
    }
}

/// The Wereldcafé's agenda: opening, three rounds of 20-30 minutes, pooling, plenary
/// (004:135-137).
fn world_cafe_agenda(md: &mut String, r: &TemplateRequest) {
    let l = r.lang;
    md.push_str(&format!(
        "\n## {}\n\n| # | {} | {} | {} |\n|---|---|---|---|\n",
        t(l, "Agenda", "Agenda"),
        t(l, "onderdeel", "part"),
        t(l, "tijd", "time"),
        t(l, "regels in de gids", "guide lines"),
    ));
    let mut row = |n: usize, what: String, time: &str, lines: &str| {
        md.push_str(&format!("| {n} | {what} | {time} | {lines} |\n"));
    };
    row(1, t(l, "Opening met een inspirerend verhaal", "Opening with an inspiring story").to_owned(), "", "004:135");
    for round in 1..=3 {
        let q = r.questions.get(round - 1).map(|q| md_escape(q.as_str())).unwrap_or_else(|| "…".to_owned());
        let what = format!("{} {round}: {q}", t(l, "Gespreksronde", "Conversation round"));
        row(round + 1, what, t(l, "20-30 minuten", "20-30 minutes"), "004:135-137");
    }
    row(
        5,
        t(l, "Ontdekkingen samenvoegen aan de eerste tafel", "Pool the discoveries at the first table").to_owned(),
        "",
        "004:137",
    );
    row(6, t(l, "Gesprek met de hele groep", "Whole-group conversation").to_owned(), "", "004:137");
    md.push_str(&format!(
        "\n{}\n",
        t(
            l,
            "Deelnemers mogen per ronde van tafel wisselen; de gastvrouw of gastheer blijft, moedigt notities en tekeningen op de tafelkleden aan en vat het vorige gesprek samen (004:137).",
            "Participants may change tables each round; the host stays, encourages notes and drawings on the tablecloths and sums up the previous conversation (004:137)."
        )
    ));
    for extra in r.questions.iter().skip(3) {
        md.push_str(&format!("- {}: {}\n", t(l, "Extra vraag", "Extra question"), md_escape(extra.as_str())));
    }
}

/// The guide's questions × the caller's municipalities, side by side in the caller's order.
fn grid(md: &mut String, r: &TemplateRequest, questions: &[Said]) {
    let l = r.lang;
    md.push_str(&format!(
        "\n## {}\n\n{}\n\n| {} |",
        t(l, "Naast elkaar", "Side by side"),
        t(
            l,
            "Een rooster om antwoorden naast elkaar te zetten en te bespreken; geen score en geen rangorde.",
            "A grid to put answers side by side and discuss them; no score and no ranking."
        ),
        t(l, "vraag", "question"),
    ));
    for m in &r.municipalities {
        md.push_str(&format!(" {} |", md_escape(m.as_str())));
    }
    md.push_str("\n|---|");
    md.push_str(&"---|".repeat(r.municipalities.len()));
    md.push('\n');
    for q in questions {
        md.push_str(&format!("| {} |{}\n", md_escape(t(l, q.nl, q.en)), "  |".repeat(r.municipalities.len())));
    }
}
