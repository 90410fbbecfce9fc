//! `steun demo`: Bram's case (002:1608-1650), the library's worked example.

use steun::{Document, Labelled, Lang, PersonalProfile};

use crate::CmdResult;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Language of the labels (nl or en).
    #[arg(long, default_value = "nl")]
    lang: Lang,
}

const BRAM_PROFILE: &str = include_str!("../../../examples/data/bram_profile.json");

pub(crate) fn run(a: Args) -> CmdResult {
    let profile = PersonalProfile::from_json(BRAM_PROFILE)?;
    let lang = a.lang;
    let title = match lang {
        Lang::Nl => "Persoonlijk Profiel",
        Lang::En => "Personal Profile",
    };
    let client = profile.client.as_ref().map_or("-", |c| c.as_str());
    println!("{title} ({client})");
    let cols = match lang {
        Lang::Nl => ["Huidige mogelijkheden en ervaringen", "Wensen", "Vroegere mogelijkheden en ervaringen"],
        Lang::En => ["Current possibilities and experiences", "Wishes", "Earlier possibilities and experiences"],
    };
    for d in &profile.domains {
        println!("\n{}", d.domain.label(lang));
        for (col, items) in cols.iter().zip([&d.current, &d.wishes, &d.earlier]) {
            if !items.is_empty() {
                println!("  {col}:");
                for i in items {
                    println!("    - {}", i.as_str());
                }
            }
        }
    }
    let head = match lang {
        Lang::Nl => "Welke wensen zijn het belangrijkst?",
        Lang::En => "Which wishes matter most?",
    };
    println!("\n{head}");
    for (n, w) in profile.important_wishes.iter().enumerate() {
        println!("  {}. {}", n + 1, w.as_str());
    }
    Ok(())
}
