//! Command-line usage errors, reported without the offending argument: a stray argument
//! or a bad option value may be personal data (a BSN typed in the wrong place).

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::{ErrorFormat, Failure};

/// The `--error-format` asked for, read before parsing so that parse errors follow it.
pub(crate) fn error_format_of_args() -> ErrorFormat {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let json = args.windows(2).any(|w| w[0] == "--error-format" && w[1] == "json")
        || args.iter().any(|a| a == "--error-format=json");
    if json {
        ErrorFormat::Json
    } else {
        ErrorFormat::Text
    }
}

/// Prints a parse error (or the help and version, which are no errors) and gives the exit code.
pub(crate) fn report(e: clap::Error, format: ErrorFormat) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        // Clap's own text names only the command's arguments here, never a value.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand if format == ErrorFormat::Text => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let head = message(&e);
    let text = match (format, e.get(ContextKind::Usage)) {
        (ErrorFormat::Text, Some(ContextValue::StyledStr(u))) => {
            format!("{head}\n\n{u}\n\nFor more information, try '--help'.")
        }
        _ => head,
    };
    eprintln!("{}", Failure::usage(text).render(format));
    ExitCode::from(2)
}

/// The message of a parse error: what went wrong and which argument, never the value given.
fn message(e: &clap::Error) -> String {
    let arg = || match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => format!(" {s}"),
        Some(ContextValue::Strings(s)) => format!(" {}", s.join(", ")),
        _ => String::new(),
    };
    let valid = match e.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(s)) if !s.is_empty() => format!("; allowed: {}", s.join(", ")),
        _ => String::new(),
    };
    match e.kind() {
        ErrorKind::UnknownArgument => "unexpected argument".to_owned(),
        ErrorKind::InvalidSubcommand => "unknown command".to_owned(),
        ErrorKind::InvalidValue => format!("invalid value for{}{valid}", arg()),
        // The source is the parser's message: the core's never holds the value, clap's
        // number parsers' may, and then it is left out.
        ErrorKind::ValueValidation => {
            let given = match e.get(ContextKind::InvalidValue) {
                Some(ContextValue::String(v)) => v.as_str(),
                _ => "",
            };
            match std::error::Error::source(e).map(|s| s.to_string()) {
                Some(m) if given.is_empty() || !m.contains(given) => format!("invalid value for{}: {m}", arg()),
                _ => format!("invalid value for{}", arg()),
            }
        }
        ErrorKind::MissingRequiredArgument => format!("missing{}", arg()),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "missing command".to_owned()
        }
        ErrorKind::ArgumentConflict => match e.get(ContextKind::PriorArg) {
            Some(ContextValue::String(p)) => format!("{} cannot be used with {p}", arg().trim_start()),
            _ => format!("conflicting arguments{}", arg()),
        },
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("wrong number of values for{}", arg())
        }
        _ => format!("invalid usage{}", arg()),
    }
}
