//! `steun validate KIND FILE`: checks a document (`document.validate`); exits 1 with the
//! errors, their paths pointing into the file, when it is invalid.

use std::path::PathBuf;

use serde_json::json;

use crate::{call, input, CmdResult};

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
    let request = json!({"kind": a.kind, "document": input::value(a.file.as_deref())?});
    let canonical = call::call("document.validate", request).map_err(|f| call::within(f, "document"))?;
    if a.canonical {
        outln!("{canonical}");
    } else {
        // The kind is a registered one: document.validate refuses any other.
        outln!("valid {}", a.kind);
    }
    Ok(())
}
