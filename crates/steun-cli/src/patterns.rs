//! `steun patterns ...`: find candidate demand patterns in coded story fragments, move a
//! pattern through its life cycle, and print the worked sets of the sources.

use std::path::PathBuf;

use crate::{input, CmdResult, Failure};

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

fn read(path: &std::path::Path) -> Result<String, Failure> {
    input::read(Some(path))
}

pub(crate) fn run(a: Args) -> CmdResult {
    match a.command {
        Command::Find { file, min_respondents, pretty } => {
            let text = input::read(file.as_deref())?;
            let out = steun::pattern::find_candidates_json(&text, min_respondents)?;
            if pretty {
                let v: serde_json::Value = steun::json::from_json(&out)?;
                println!("{}", steun::json::to_json_pretty(&v));
            } else {
                println!("{out}");
            }
        }
        Command::Validate { pattern, meeting } => {
            println!("{}", steun::pattern::lifecycle::validate_json(&read(&pattern)?, &read(&meeting)?)?);
        }
        Command::Address { pattern, addressing } => {
            println!("{}", steun::pattern::lifecycle::address_json(&read(&pattern)?, &read(&addressing)?)?);
        }
        Command::Close { pattern, closure } => {
            println!("{}", steun::pattern::lifecycle::close_json(&read(&pattern)?, &read(&closure)?)?);
        }
        Command::Reference { name } => {
            let sets = match name {
                Some(n) => vec![steun::pattern::pattern_set(&n)?],
                None => steun::pattern::reference::NAMES
                    .iter()
                    .map(|n| steun::pattern::pattern_set(n))
                    .collect::<Result<Vec<_>, _>>()?,
            };
            if sets.len() == 1 {
                println!("{}", steun::json::to_json_pretty(&sets[0]));
            } else {
                println!("{}", steun::json::to_json_pretty(&sets));
            }
        }
    }
    Ok(())
}
