//! `steun`: the command-line front of the steun library. JSON in, JSON or text out.
//!
//! Every command goes through the operations registry (`steun::op`): `steun run OP [FILE]`
//! calls any operation, and the curated commands build a request and print the registry's
//! response bytes (or a human-readable view of them, made with the core's labels).
//!
//! Exit codes: 0 success; 1 invalid input (the problems are printed with their JSON paths);
//! 2 wrong usage or an unreadable file. `--error-format json` prints the error as data
//! (`steun::Error::report_json`) on standard error. Messages never contain argument
//! values, file names or file contents: they may be personal data.

#[macro_use]
mod out;
mod call;
mod demo;
mod input;
mod isolation;
mod labels;
mod patterns;
mod plan;
mod run;
mod schema;
mod signals;
mod urgency;
mod usage;
mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// steun: an explainable model of the Dutch social-support domain (Wmo, Supportgericht Werken).
#[derive(Parser)]
#[command(name = "steun", version, about, long_about = None)]
struct Cli {
    /// How errors are printed on standard error: text, or json (`{"code", "message", "issues"}`).
    #[arg(long, global = true, value_enum, default_value_t = ErrorFormat::Text)]
    error_format: ErrorFormat,
    #[command(subcommand)]
    command: Command,
}

/// How errors are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ErrorFormat {
    /// One problem a line, with its path.
    Text,
    /// The error as data, the same JSON as every other surface gives.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Run an operation of the registry: a JSON request in (FILE, or standard input), its JSON response out.
    Run(run::RunArgs),
    /// List the operations, one name a line (`--json`: with summaries, schemas and examples).
    Ops(run::OpsArgs),
    /// Print the JSON Schema of a document kind, or write every schema to a folder.
    Schema(schema::Args),
    /// List the codes and Dutch/English labels of one enum or of all.
    Labels(labels::Args),
    /// Check a JSON document of a kind; print its errors with their paths.
    Validate(validate::Args),
    /// Support plans: validate, render, build the Wmo application, list version changes.
    Plan(plan::Args),
    /// Walk one case through every instrument: signal, urgency, case list, isolation, plan.
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

/// Why a command failed.
pub(crate) enum Failure {
    /// The core refused the input: exit 1, printed as the core's problems.
    Core(steun::Error),
    /// Anything else: the exit code, a stable code for `--error-format json`, a message.
    Other { exit: u8, code: &'static str, message: String },
    /// The reader of standard output went away: stop without a message.
    Quiet,
}

impl From<steun::Error> for Failure {
    fn from(e: steun::Error) -> Self {
        Failure::Core(e)
    }
}

impl Failure {
    /// A file or stream that cannot be read or written; the file's name is left out.
    pub(crate) fn io(what: &str, e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::Quiet;
        }
        Failure::Other { exit: 2, code: "io", message: format!("cannot {what}: {e}") }
    }

    /// Wrong usage of the command line.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Failure::Other { exit: 2, code: "usage", message: message.into() }
    }

    fn exit_code(&self) -> u8 {
        match self {
            Failure::Core(_) => 1,
            Failure::Other { exit, .. } => *exit,
            Failure::Quiet => 0,
        }
    }

    /// The error as printed on standard error, without the final newline.
    fn render(&self, format: ErrorFormat) -> String {
        match (self, format) {
            (Failure::Core(e), ErrorFormat::Json) => e.report_json(),
            (Failure::Core(e), ErrorFormat::Text) => {
                let lines: Vec<String> = e
                    .issues()
                    .iter()
                    .map(|i| match i.path.is_root() {
                        true => format!("error: {}: {}", i.kind.code(), i.message),
                        false => format!("error: {}: {}\n  at: {}", i.kind.code(), i.message, i.path),
                    })
                    .collect();
                lines.join("\n")
            }
            (Failure::Other { code, message, .. }, ErrorFormat::Json) => {
                steun::json::to_json(&serde_json::json!({"code": code, "message": message, "issues": []}))
            }
            (Failure::Other { message, .. }, ErrorFormat::Text) => format!("error: {message}"),
            (Failure::Quiet, _) => String::new(),
        }
    }
}

pub(crate) type CmdResult = Result<(), Failure>;

fn main() -> ExitCode {
    let format = usage::error_format_of_args();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage::report(e, format),
    };
    let result = match cli.command {
        Command::Run(a) => run::run(a),
        Command::Ops(a) => run::ops(a),
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
    // What was printed before a failure (e.g. a batch with bad items) is still written.
    let result = match out::flush() {
        Ok(()) => result,
        Err(e) => result.and(Err(Failure::io("write standard output", e))),
    };
    match result {
        Ok(()) | Err(Failure::Quiet) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{}", f.render(cli.error_format));
            ExitCode::from(f.exit_code())
        }
    }
}
