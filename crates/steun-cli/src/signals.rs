//! `steun signal report FILE`, `steun case list FILE`, `steun client-code --key-file F`.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use steun::signals::{self, CaseList, CaseQuery, IdentifierKind, PseudonymKey};
use steun::{Date, Document};

use crate::{input, CmdResult, Failure};

/// `steun signal ...`
#[derive(clap::Args)]
pub(crate) struct SignalArgs {
    #[command(subcommand)]
    command: SignalCommand,
}

#[derive(clap::Subcommand)]
enum SignalCommand {
    /// Check a report form and print it with the urgency result and route attached.
    Report {
        /// The report JSON; standard input when left out or `-`.
        file: Option<PathBuf>,
    },
}

pub(crate) fn run_signal(a: SignalArgs) -> CmdResult {
    match a.command {
        SignalCommand::Report { file } => {
            let text = input::read(file.as_deref())?;
            println!("{}", signals::attach_json(&text)?);
            Ok(())
        }
    }
}

/// `steun case ...`
#[derive(clap::Args)]
pub(crate) struct CaseArgs {
    #[command(subcommand)]
    command: CaseCommand,
}

#[derive(clap::Subcommand)]
enum CaseCommand {
    /// List the cases of a case-tracking list (JSON), filtered by status, band or overdue actions.
    List {
        /// The case list JSON; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// Only cases with this status: registered, in_progress, closed.
        #[arg(long)]
        status: Option<String>,
        /// Only cases with open actions due before this date (YYYY-MM-DD), listing them.
        #[arg(long)]
        overdue: Option<String>,
        /// Only cases in this urgency band.
        #[arg(long)]
        band: Option<String>,
    },
}

pub(crate) fn run_case(a: CaseArgs) -> CmdResult {
    match a.command {
        CaseCommand::List { file, status, overdue, band } => {
            let query = CaseQuery {
                status: status.map(|s| s.parse()).transpose()?,
                overdue_on: overdue.map(|d| d.parse::<Date>().map_err(|_| bad_date())).transpose()?,
                band: band.map(|b| b.parse()).transpose()?,
            };
            let list = CaseList::from_json(&input::read(file.as_deref())?)?;
            println!("{}", signals::list_cases(&list, &query).to_json());
            Ok(())
        }
    }
}

fn bad_date() -> Failure {
    Failure { message: "error: invalid: --overdue: expected an ISO date YYYY-MM-DD".into(), code: 2 }
}

/// `steun client-code --key-file F [--kind bsn|client_number]`
#[derive(clap::Args)]
pub(crate) struct ClientCodeArgs {
    /// The file holding the secret key: its bytes exactly as stored (a trailing newline is
    /// part of the key), at least 16.
    #[arg(long)]
    key_file: PathBuf,
    /// The kind of identifier on each line: bsn or client_number.
    #[arg(long, default_value = "bsn")]
    kind: String,
}

/// Reads identifiers from standard input, one per line, and prints one client code per line.
/// A bad line stops the run with its line number; the identifier is never printed.
pub(crate) fn run_client_code(a: ClientCodeArgs) -> CmdResult {
    let kind: IdentifierKind = a.kind.parse()?;
    let bytes = std::fs::read(&a.key_file).map_err(|e| Failure::io(&format!("read {}", a.key_file.display()), e))?;
    let key = PseudonymKey::new(&bytes)?;
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (i, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| Failure::io("read standard input", e))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        let at = |e: steun::Error| Failure { message: format!("error: line {}: {}", i + 1, e), code: 1 };
        let text = std::str::from_utf8(line)
            .map_err(|_| Failure { message: format!("error: line {}: identifier: not valid UTF-8", i + 1), code: 1 })?;
        let code = signals::client_code(kind, text, &key).map_err(at)?;
        writeln!(out, "{code}").map_err(|e| Failure::io("write standard output", e))?;
    }
    Ok(())
}
