//! `steun urgency assess [FILE] [--bands FILE] [--explain [--lang nl|en]]`: scores signals
//! with the urgency instrument (Jaspers e.a. 2011). One input object is `urgency.assess`
//! (`urgency.assess_with_bands` with `--bands`); an array gives the array of those
//! responses, each the registry's bytes (`steun run urgency.assess_batch` is the batch
//! operation, which reports bad items inside its response).

use std::path::PathBuf;

use serde_json::{json, Value};
use steun::{Error, Lang, Segment};

use crate::{call, input, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Score one input object or a JSON array of them; print the result(s) as JSON.
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
    let inputs = match input {
        Value::Array(items) => items,
        one => vec![one],
    };
    let mut responses = Vec::new();
    let mut issues = Vec::new();
    for (i, item) in inputs.into_iter().enumerate() {
        match assess_one(item, bands.as_ref()) {
            Ok(out) => responses.push(out),
            // An item's problems get its index, as in the array the user gave.
            Err(Failure::Core(e)) if batch && !is_bands_error(&e) => {
                issues.extend(e.issues().into_iter().map(|mut issue| {
                    issue.path.0.insert(0, Segment::Index(i));
                    issue
                }));
            }
            Err(f) => return Err(f),
        }
    }
    if !issues.is_empty() {
        issues.truncate(steun::error::MAX_ISSUES);
        return Err(Error::Issues(issues).into());
    }
    if a.explain {
        let langs: Vec<Lang> = a.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
        let mut text = String::new();
        for (i, out) in responses.iter().enumerate() {
            let r = call::value(out)?;
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
    } else if batch {
        outln!("[{}]", responses.join(","));
    } else {
        outln!("{}", responses[0]);
    }
    Ok(())
}

/// One input: `urgency.assess`, or `urgency.assess_with_bands` with paths kept the input's.
fn assess_one(input: Value, bands: Option<&Value>) -> Result<String, Failure> {
    match bands {
        None => call::call("urgency.assess", input),
        Some(bands) => call::call("urgency.assess_with_bands", json!({"input": input, "bands": bands}))
            .map_err(|f| call::within(f, "input")),
    }
}

/// A problem of the band table, the same for every input.
fn is_bands_error(e: &Error) -> bool {
    e.issues().iter().any(|i| matches!(i.path.0.first(), Some(Segment::Key(k)) if k == "bands"))
}
