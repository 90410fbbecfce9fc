//! `steun isolation ...`: the social isolation typology of Machielse & Hortulanus (2011),
//! through the `isolation.*` operations. JSON results are the registry's bytes.

use std::path::PathBuf;

use serde_json::json;
use steun::Lang;

use crate::{call, input, CmdResult};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Classify an isolation_input ({"persistence": ..., "participation_oriented": ...}).
    Classify {
        /// The JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
    },
    /// List the eight types with their category, orientation and labels.
    Types {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Only this language's labels in the text listing (nl or en); both when left out.
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// The inverse lookup of one type code, e.g. outsiders (JSON).
    Type {
        /// The type's code.
        code: String,
    },
    /// Derive the persistence from facts (persistence_facts); the library's reading of
    /// 002:4409-4427, not the source.
    Decide {
        /// The JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
    },
    /// Check planned interventions against a type (intervention_check).
    Check {
        /// The JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
    },
    /// Which Veenendaal risk groups apply to a person (risk_group_input).
    RiskGroups {
        /// The JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
    },
}

fn op_on_file(op: &str, file: Option<PathBuf>) -> Result<String, crate::Failure> {
    call::call_text(op, &input::read(file.as_deref())?)
}

pub(crate) fn run(a: Args) -> CmdResult {
    let out = match a.command {
        Command::Classify { file } => op_on_file("isolation.classify", file)?,
        Command::Decide { file } => op_on_file("isolation.decide_persistence", file)?,
        Command::Check { file } => op_on_file("isolation.check_interventions", file)?,
        Command::RiskGroups { file } => op_on_file("isolation.risk_groups", file)?,
        Command::Type { code } => call::call("isolation.type_info", json!({ "type": code }))?,
        Command::Types { json: true, .. } => call::call("isolation.types", json!({}))?,
        Command::Types { json: false, lang } => {
            let types = call::value(&call::call("isolation.types", json!({}))?)?;
            for t in types["types"].as_array().into_iter().flatten() {
                let label = match lang {
                    Some(l) => t["label"][l.code()].as_str().unwrap_or_default().to_owned(),
                    None => format!(
                        "{} | {}",
                        t["label"]["nl"].as_str().unwrap_or_default(),
                        t["label"]["en"].as_str().unwrap_or_default()
                    ),
                };
                let orientation = call::label_of("Orientation", &t["orientation"], lang.unwrap_or(Lang::Nl))?;
                let code = t["type"].as_str().unwrap_or_default();
                outln!("{} {:<14} {:<32} {}", t["category"], code, label, orientation);
            }
            return Ok(());
        }
    };
    outln!("{out}");
    Ok(())
}
