//! `steun schema [NAME] [-o DIR]`: the `document.schema` and `document.kinds` operations.

use std::path::PathBuf;

use serde_json::json;

use crate::{call, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document kind, e.g. personal_profile; all kinds when left out.
    name: Option<String>,
    /// Write NAME.json files into this folder instead of printing (indented, as in schemas/).
    #[arg(short, long)]
    out: Option<PathBuf>,
}

pub(crate) fn run(a: Args) -> CmdResult {
    let names: Vec<String> = match &a.name {
        Some(n) => vec![n.clone()],
        None => serde_json::from_str(&call::call("document.kinds", json!({}))?).unwrap_or_default(),
    };
    let schema = |name: &str| call::call("document.schema", json!({ "name": name }));
    match a.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Failure::io("create the folder", e))?;
            for name in &names {
                let text = steun::json::to_json_pretty(&call::value(&schema(name)?)?) + "\n";
                // The name is a registered kind's (the call above succeeded), not the user's text.
                let path = dir.join(format!("{name}.json"));
                std::fs::write(&path, text).map_err(|e| Failure::io("write a schema file", e))?;
            }
        }
        None if a.name.is_some() => outln!("{}", schema(&names[0])?),
        None => {
            let all: Vec<String> = names
                .iter()
                .map(|n| Ok(format!("{}:{}", steun::json::to_json(n), schema(n)?)))
                .collect::<Result<_, Failure>>()?;
            outln!("{{{}}}", all.join(","));
        }
    }
    Ok(())
}
