//! `steun schema [NAME] [-o DIR]`.

use std::path::PathBuf;

use crate::{CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document kind, e.g. personal_profile; all kinds when left out.
    name: Option<String>,
    /// Write NAME.json files into this folder instead of printing.
    #[arg(short, long)]
    out: Option<PathBuf>,
}

pub(crate) fn run(a: Args) -> CmdResult {
    let kinds: Vec<&steun::document::Kind> = match &a.name {
        Some(n) => vec![steun::document::kind_named(n)?],
        None => steun::document::KINDS.iter().collect(),
    };
    match a.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Failure::io("create the folder", e))?;
            for k in kinds {
                let path = dir.join(format!("{}.json", k.name));
                let text = steun::json::to_json_pretty(&k.schema()) + "\n";
                std::fs::write(&path, text).map_err(|e| Failure::io(&format!("write {}", path.display()), e))?;
            }
        }
        None if kinds.len() == 1 => println!("{}", steun::json::to_json_pretty(&kinds[0].schema())),
        None => {
            let all: serde_json::Map<String, serde_json::Value> =
                kinds.iter().map(|k| (k.name.to_owned(), k.schema())).collect();
            println!("{}", steun::json::to_json_pretty(&all));
        }
    }
    Ok(())
}
