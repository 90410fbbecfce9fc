//! `steun signal report FILE`, `steun case list FILE`, `steun client-code --key-file F`:
//! the `signals.attach_urgency`, `cases.list` and `client_code.derive` operations.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::{call, input, CmdResult, Failure};

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
            outln!("{}", call::call_text("signals.attach_urgency", &input::read(file.as_deref())?)?);
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
        /// Only cases with this status (a CaseStatus code, see `steun labels CaseStatus`).
        #[arg(long)]
        status: Option<String>,
        /// Only cases with open actions due before this date (YYYY-MM-DD), listing them.
        #[arg(long)]
        overdue: Option<String>,
        /// Only cases in this urgency band (an UrgencyBand code).
        #[arg(long)]
        band: Option<String>,
    },
}

pub(crate) fn run_case(a: CaseArgs) -> CmdResult {
    match a.command {
        CaseCommand::List { file, status, overdue, band } => {
            let mut query = Map::new();
            for (key, v) in [("status", status), ("overdue_on", overdue), ("band", band)] {
                if let Some(v) = v {
                    query.insert(key.to_owned(), Value::String(v));
                }
            }
            let request = json!({"case_list": input::value(file.as_deref())?, "query": query});
            outln!("{}", call::call("cases.list", request).map_err(|f| call::within(f, "case_list"))?);
            Ok(())
        }
    }
}

/// `steun client-code --key-file F [--kind bsn|client_number]`
#[derive(clap::Args)]
pub(crate) struct ClientCodeArgs {
    /// The file holding the secret key: its bytes exactly as stored (a trailing newline is
    /// part of the key), at least 16.
    #[arg(long)]
    key_file: PathBuf,
    /// The kind of identifier on each line (an IdentifierKind code: bsn or client_number).
    #[arg(long, default_value = "bsn")]
    kind: String,
}

/// The key inverts every BSN (docs/signals.md), so like ssh with a private key the command
/// refuses a key file that its group or others may read or write.
fn check_key_file_mode(path: &std::path::Path) -> Result<(), Failure> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path).map_err(|e| Failure::io("read the key file", e))?;
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(Failure::usage(
                "the key file can be read or written by its group or others; restrict it to its owner (chmod 600), as ssh requires of a private key",
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Reads identifiers from standard input, one per line, and prints one client code per line.
/// A bad line stops the run with its line number; the identifier is never printed.
pub(crate) fn run_client_code(a: ClientCodeArgs) -> CmdResult {
    check_key_file_mode(&a.key_file)?;
    let bytes = std::fs::read(&a.key_file).map_err(|e| Failure::io("read the key file", e))?;
    let key_hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (i, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| Failure::io("read standard input", e))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        let Ok(identifier) = std::str::from_utf8(line) else {
            let message = format!("line {}: identifier: not valid UTF-8", i + 1);
            return Err(Failure::Other { exit: 1, code: "invalid", message });
        };
        let request = json!({"kind": a.kind, "identifier": identifier, "key_hex": key_hex});
        let code = call::call("client_code.derive", request).map_err(|f| at_line(f, i + 1))?;
        let code = call::value(&code)?;
        writeln!(out, "{}", code["client_code"].as_str().unwrap_or_default())
            .map_err(|e| Failure::io("write standard output", e))?;
    }
    Ok(())
}

/// A problem of the key or the kind is the command's; one of the identifier is its line's.
fn at_line(f: Failure, line: usize) -> Failure {
    let Failure::Core(e) = f else { return f };
    let field = e.path().and_then(|p| p.0.first().cloned());
    let message = match field {
        Some(steun::Segment::Key(k)) if k == "key_hex" => format!("--key-file: {}", e.message()),
        Some(steun::Segment::Key(k)) if k == "kind" => format!("--kind: {}", e.message()),
        _ => format!("line {line}: {}", e.message()),
    };
    Failure::Other { exit: 1, code: e.code(), message }
}
