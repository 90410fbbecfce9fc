//! `steun patterns ...`: find candidate demand patterns in coded story fragments, move a
//! pattern through its life cycle, and print the worked sets of the sources; through the
//! `patterns.find`, `pattern.*` and `catalogue.reference` operations.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::{call, input, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Find candidate patterns in FILE, a JSON array of fragments {respondent, kind, themes, text}; print JSON.
    Find {
        /// The fragments file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// K: the least number of distinct respondents a group of themes needs (at least 1).
        #[arg(long, short = 'k', default_value_t = steun::pattern::DEFAULT_MIN_RESPONDENTS, allow_hyphen_values = true)]
        min_respondents: i64,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// Validate a candidate PATTERN with the MEETING record in which the respondents recognised it.
    Validate {
        /// The demand pattern (JSON file).
        pattern: PathBuf,
        /// The meeting record (JSON file).
        meeting: PathBuf,
    },
    /// Address a validated PATTERN: who takes it up and the agreed actions (ADDRESSING).
    Address {
        /// The demand pattern (JSON file).
        pattern: PathBuf,
        /// The addressing record (JSON file).
        addressing: PathBuf,
    },
    /// Close an addressed PATTERN with a CLOSURE record.
    Close {
        /// The demand pattern (JSON file).
        pattern: PathBuf,
        /// The closure record (JSON file).
        closure: PathBuf,
    },
    /// Print the worked pattern sets of the sources (Elburg; older migrants in Nijmegen) as JSON.
    Reference {
        /// One set, e.g. patterns_elburg; all sets when left out.
        name: Option<String>,
    },
}

/// A life-cycle step: the pattern and its record, each from its own file.
fn step(op: &str, pattern: &Path, field: &str, record: &Path) -> Result<String, Failure> {
    let mut request = json!({ "pattern": input::value(Some(pattern))? });
    request[field] = input::value(Some(record))?;
    call::call(op, request)
}

pub(crate) fn run(a: Args) -> CmdResult {
    let out = match a.command {
        Command::Find { file, min_respondents, pretty } => {
            let request = json!({"fragments": input::value(file.as_deref())?, "min_respondents": min_respondents});
            let out = call::call("patterns.find", request).map_err(|f| call::within(f, "fragments"))?;
            match pretty {
                true => steun::json::to_json_pretty(&call::value(&out)?),
                false => out,
            }
        }
        Command::Validate { pattern, meeting } => step("pattern.validate", &pattern, "meeting", &meeting)?,
        Command::Address { pattern, addressing } => step("pattern.address", &pattern, "addressing", &addressing)?,
        Command::Close { pattern, closure } => step("pattern.close", &pattern, "closure", &closure)?,
        Command::Reference { name: Some(name) } => call::call("catalogue.reference", json!({ "name": name }))?,
        Command::Reference { name: None } => {
            let sets = steun::pattern::reference::NAMES
                .iter()
                .map(|n| call::call("catalogue.reference", json!({ "name": n })))
                .collect::<Result<Vec<String>, Failure>>()?;
            format!("[{}]", sets.join(","))
        }
    };
    outln!("{out}");
    Ok(())
}
