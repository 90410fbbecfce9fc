//! `steun validate KIND FILE`: checks a document; exits 1 with the errors when it is invalid.

use std::path::PathBuf;

use crate::{input, CmdResult};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document kind, e.g. personal_profile (see `steun schema`).
    kind: String,
    /// The JSON file; standard input when left out or `-`.
    file: Option<PathBuf>,
    /// Print the document in canonical form when it is valid.
    #[arg(long)]
    canonical: bool,
}

pub(crate) fn run(a: Args) -> CmdResult {
    let text = input::read(a.file.as_deref())?;
    let canonical = steun::document::validate_json(&a.kind, &text)?;
    if a.canonical {
        println!("{canonical}");
    } else {
        println!("valid {}", a.kind);
    }
    Ok(())
}
