//! `steun`: the command-line front of the steun library. JSON in, JSON or text out.
//!
//! Exit codes: 0 success; 1 invalid input (the errors are printed with their JSON paths);
//! 2 wrong usage.

mod demo;
mod input;
mod isolation;
mod labels;
mod patterns;
mod plan;
mod schema;
mod signals;
mod urgency;
mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// steun: an explainable model of the Dutch social-support domain (Wmo, Supportgericht Werken).
#[derive(Parser)]
#[command(name = "steun", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the JSON Schema of a document kind, or write every schema to a folder.
    Schema(schema::Args),
    /// List the codes and Dutch/English labels of one enum or of all.
    Labels(labels::Args),
    /// Check a JSON document of a kind; print its errors with their paths.
    Validate(validate::Args),
    /// Support plans: validate, render, build the Wmo application, list version changes.
    Plan(plan::Args),
    /// Show Bram's case, the library's worked example.
    Demo(demo::Args),
    /// The social isolation typology (Machielse & Hortulanus 2011): classify, types, decide, check, risk-groups.
    Isolation(isolation::Args),
    /// Score signals with the urgency instrument (the "thermometer", Jaspers e.a. 2011).
    Urgency(urgency::Args),
    /// Demand patterns (vraagpatronen): find candidates, validate, address, reference sets.
    Patterns(patterns::Args),
    /// Signals: check a report form and attach its urgency.
    Signal(signals::SignalArgs),
    /// The case-tracking list: list cases by status, band or overdue actions.
    Case(signals::CaseArgs),
    /// Derive pseudonymous client codes from identifiers on standard input (one per line).
    ClientCode(signals::ClientCodeArgs),
}

/// What a command reports when it fails: a message and the exit code.
pub(crate) struct Failure {
    pub message: String,
    pub code: u8,
}

impl From<steun::Error> for Failure {
    fn from(e: steun::Error) -> Self {
        let message = match e.path() {
            Some(p) => format!("error: {}: {}\n  at: {p}", e.code(), e.message()),
            None => format!("error: {}: {e}", e.code()),
        };
        Failure { message, code: 1 }
    }
}

impl Failure {
    pub(crate) fn io(what: &str, e: std::io::Error) -> Self {
        Failure { message: format!("error: cannot {what}: {e}"), code: 2 }
    }
}

pub(crate) type CmdResult = Result<(), Failure>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Schema(a) => schema::run(a),
        Command::Labels(a) => labels::run(a),
        Command::Validate(a) => validate::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Isolation(a) => isolation::run(a),
        Command::Urgency(a) => urgency::run(a),
        Command::Plan(a) => plan::run(a),
        Command::Patterns(a) => patterns::run(a),
        Command::Signal(a) => signals::run_signal(a),
        Command::Case(a) => signals::run_case(a),
        Command::ClientCode(a) => signals::run_client_code(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{}", f.message);
            ExitCode::from(f.code)
        }
    }
}
