//! `steun urgency assess [FILE] [--bands FILE] [--explain [--lang nl|en]]`: scores signals
//! with the urgency instrument (Jaspers e.a. 2011). One input object gives one result, an
//! array an array; the JSON is the wire format every language writes byte for byte.

use std::path::PathBuf;

use steun::urgency::{self, BandTable, UrgencyInput};
use steun::Lang;

use crate::{input, CmdResult, Failure};

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
    lang: Option<String>,
}

pub(crate) fn run(a: Args) -> CmdResult {
    match a.command {
        Command::Assess(a) => assess(a),
    }
}

fn assess(a: AssessArgs) -> CmdResult {
    let text = input::read(a.file.as_deref())?;
    let table = match &a.bands {
        Some(p) => BandTable::from_json(&input::read(Some(p))?)?,
        None => BandTable::DEFAULT,
    };
    if !a.explain {
        if a.lang.is_some() {
            return Err(Failure { message: "error: --lang goes with --explain".into(), code: 2 });
        }
        println!("{}", urgency::assess_json_with(&text, &table)?);
        return Ok(());
    }
    let langs: Vec<Lang> = match a.lang.as_deref() {
        None => Lang::ALL.to_vec(),
        Some(l) => vec![l.parse::<Lang>()?],
    };
    let inputs: Vec<UrgencyInput> = if text.trim_start().starts_with('[') {
        steun::json::from_json(&text)?
    } else {
        vec![steun::json::from_json(&text)?]
    };
    let mut out = String::new();
    for (i, input) in inputs.iter().enumerate() {
        let r = urgency::assess_with(input, &table);
        if inputs.len() > 1 {
            out.push_str(&format!("[{i}]\n"));
        }
        for lang in &langs {
            if langs.len() > 1 {
                out.push_str(&format!("{}: ", lang.code()));
            }
            out.push_str(&r.explanation(*lang));
            out.push('\n');
        }
    }
    print!("{out}");
    Ok(())
}
