//! Builds Bram's Personal Profile (002:1608-1650) in code and from JSON, and prints it.

use steun::{Document, Labelled, Lang, LifeDomain, PersonalProfile, ProfileDomain};

fn main() -> Result<(), steun::Error> {
    let mut housing = ProfileDomain::new(LifeDomain::Housing);
    housing.current.push("Woont alleen in een appartement in Schothorst".into());
    housing.wishes.push("Een huis dat op orde is".into());
    housing.earlier.push("Zijn moeder zorgde voor de nodige orde".into());
    let profile = PersonalProfile {
        client: Some(steun::ClientCode::new("K-0027")?),
        domains: vec![housing],
        important_wishes: vec!["Mijn huishouden op orde".into()],
    };
    println!("{}", profile.to_json());

    let full = PersonalProfile::from_json(include_str!("../data/bram_profile.json"))?;
    for d in &full.domains {
        println!("{} / {}: {} wens(en)", d.domain.label(Lang::Nl), d.domain.label(Lang::En), d.wishes.len());
    }
    Ok(())
}
