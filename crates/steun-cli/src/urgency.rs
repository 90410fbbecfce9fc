//! `steun urgency assess [FILE] [--bands FILE] [--explain [--lang nl|en]]`: scores signals
//! with the urgency instrument (Jaspers e.a. 2011). One input object is `urgency.assess`
//! (`urgency.assess_with_bands` with `--bands`), an array is `urgency.assess_batch`; the
//! JSON printed is the registry's response, byte for byte what every surface gives.

use std::path::PathBuf;

use serde_json::{json, Value};
use steun::error::{Issue, IssueKind};
use steun::{Error, Lang, Path, Segment};

use crate::{call, input, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Score one input object or a JSON array of them; print the result (or the batch) as JSON.
    Assess(AssessArgs),
}

#[derive(clap::Args)]
struct AssessArgs {
    /// The JSON input; standard input when left out or `-`.
    file: Option<PathBuf>,
    /// A band table (kind urgency_band_table) instead of the default bands.
    #[arg(long, value_name = "FILE")]
    bands: Option<PathBuf>,
    /// Print the explanation as text instead of JSON.
    #[arg(long)]
    explain: bool,
    /// The language of --explain: both (default), nl or en.
    #[arg(long, value_name = "nl|en")]
    lang: Option<Lang>,
}

pub(crate) fn run(a: Args) -> CmdResult {
    match a.command {
        Command::Assess(a) => assess(a),
    }
}

fn assess(a: AssessArgs) -> CmdResult {
    if a.lang.is_some() && !a.explain {
        return Err(Failure::usage("--lang goes with --explain"));
    }
    let input = input::value(a.file.as_deref())?;
    let bands = a.bands.as_deref().map(|p| input::value(Some(p))).transpose()?;
    let batch = input.is_array();
    let out = match (batch, bands) {
        (true, bands) => call::call("urgency.assess_batch", json!({"inputs": input, "bands": bands}))?,
        (false, None) => call::call("urgency.assess", input)?,
        (false, Some(bands)) => call::call("urgency.assess_with_bands", json!({"input": input, "bands": bands}))
            .map_err(|f| call::within(f, "input"))?,
    };
    let response = call::value(&out)?;
    let results: Vec<&Value> = match batch {
        true => {
            response["items"].as_array().map(|items| items.iter().map(|i| &i["result"]).collect()).unwrap_or_default()
        }
        false => vec![&response],
    };
    if a.explain {
        let langs: Vec<Lang> = a.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
        let mut text = String::new();
        for (i, r) in results.iter().enumerate().filter(|(_, r)| !r.is_null()) {
            if batch {
                text.push_str(&format!("[{i}]\n"));
            }
            for lang in &langs {
                if langs.len() > 1 {
                    text.push_str(&format!("{}: ", lang.code()));
                }
                text.push_str(r["explanation"][lang.code()].as_str().unwrap_or_default());
                text.push('\n');
            }
        }
        out!("{text}");
    } else {
        outln!("{out}");
    }
    if batch {
        item_errors(&response)?;
    }
    Ok(())
}

/// A batch with bad inputs fails after printing: its items' problems, with paths from the
/// array the user gave (`[1].risks.safety`).
fn item_errors(response: &Value) -> CmdResult {
    let mut issues = Vec::new();
    for (i, item) in response["items"].as_array().into_iter().flatten().enumerate() {
        for issue in item["error"]["issues"].as_array().into_iter().flatten() {
            let code = issue["kind"].as_str().unwrap_or_default();
            let kind = IssueKind::ALL.into_iter().find(|k| k.code() == code).unwrap_or(IssueKind::Rule);
            let mut path = match issue["path"].as_str() {
                Some("(root)") | None => Path::root(),
                Some(p) => Path::parse(p),
            };
            path.0.insert(0, Segment::Index(i));
            let message = issue["message"].as_str().unwrap_or_default().to_owned();
            issues.push(Issue { kind, path, message });
        }
    }
    issues.truncate(steun::error::MAX_ISSUES);
    match issues.is_empty() {
        true => Ok(()),
        false => Err(Error::Issues(issues).into()),
    }
}
