//! `steun labels [ENUM] [--lang nl|en] [--json]`.

use steun::Lang;

use crate::CmdResult;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The enum's type name, e.g. Dimension; all enums when left out.
    name: Option<String>,
    /// Only this language's labels (nl or en); both when left out.
    #[arg(long)]
    lang: Option<Lang>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(a: Args) -> CmdResult {
    let enums: Vec<&steun::EnumInfo> = match &a.name {
        Some(n) => vec![steun::catalogue::enum_named(n)?],
        None => steun::catalogue::ENUMS.iter().collect(),
    };
    if a.json {
        let out: Vec<serde_json::Value> = enums
            .iter()
            .map(|e| {
                let members: Vec<serde_json::Value> = e
                    .members
                    .iter()
                    .map(|m| match a.lang {
                        Some(l) => serde_json::json!({"code": m.code, "label": m.label(l)}),
                        None => serde_json::json!({"code": m.code, "nl": m.nl, "en": m.en}),
                    })
                    .collect();
                serde_json::json!({"name": e.name, "members": members})
            })
            .collect();
        println!("{}", steun::json::to_json_pretty(&out));
        return Ok(());
    }
    for e in enums {
        println!("{}", e.name);
        for m in e.members {
            match a.lang {
                Some(l) => println!("  {:<34} {}", m.code, m.label(l)),
                None => println!("  {:<34} {} | {}", m.code, m.nl, m.en),
            }
        }
    }
    Ok(())
}
