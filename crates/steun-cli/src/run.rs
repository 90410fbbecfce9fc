//! `steun run OP [FILE]` and `steun ops [--json]`: the registry itself on the command line.

use std::path::PathBuf;

use crate::{call, input, CmdResult};

#[derive(clap::Args)]
pub(crate) struct RunArgs {
    /// The operation, e.g. urgency.assess (see `steun ops`).
    op: String,
    /// The JSON request; standard input when left out or `-`.
    file: Option<PathBuf>,
}

/// Prints the response bytes of the core, as every other surface gives them.
pub(crate) fn run(a: RunArgs) -> CmdResult {
    // Name first: an unknown operation is reported before any input is read.
    let op = steun::op::named(&a.op)?;
    let request = input::read(a.file.as_deref())?;
    outln!("{}", call::call_text(op.name, &request)?);
    Ok(())
}

#[derive(clap::Args)]
pub(crate) struct OpsArgs {
    /// Print the full listing as JSON: name, summary, instrument, schemas, example.
    #[arg(long)]
    json: bool,
}

pub(crate) fn ops(a: OpsArgs) -> CmdResult {
    if a.json {
        outln!("{}", steun::op::listing());
    } else {
        for op in steun::op::ops() {
            outln!("{}", op.name);
        }
    }
    Ok(())
}
