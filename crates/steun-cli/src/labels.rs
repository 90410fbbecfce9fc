//! `steun labels [ENUM] [--lang nl|en] [--json]`: the `catalogue.enum(s)` operations.

use serde_json::json;
use steun::Lang;

use crate::{call, CmdResult};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The enum's type name, e.g. Dimension; all enums when left out.
    name: Option<String>,
    /// Only this language's labels in the text listing (nl or en); both when left out.
    #[arg(long)]
    lang: Option<Lang>,
    /// Print the registry's JSON (codes with both labels) instead of text.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(a: Args) -> CmdResult {
    let out = match &a.name {
        Some(n) => call::call("catalogue.enum", json!({ "name": n }))?,
        None => call::call("catalogue.enums", json!({}))?,
    };
    if a.json {
        outln!("{out}");
        return Ok(());
    }
    let v = call::value(&out)?;
    let enums = match v.as_array() {
        Some(all) => all.clone(),
        None => vec![v],
    };
    for e in &enums {
        outln!("{}", e["name"].as_str().unwrap_or_default());
        for m in e["members"].as_array().into_iter().flatten() {
            let code = m["code"].as_str().unwrap_or_default();
            let label = |l: Lang| m[l.code()].as_str().unwrap_or_default();
            match a.lang {
                Some(l) => outln!("  {code:<34} {}", label(l)),
                None => outln!("  {code:<34} {} | {}", label(Lang::Nl), label(Lang::En)),
            }
        }
    }
    Ok(())
}
