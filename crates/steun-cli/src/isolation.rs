//! `steun isolation ...`: the social isolation typology of Machielse & Hortulanus (2011).
//! JSON results are printed compactly, byte for byte what the Python and C bindings give.

use std::path::PathBuf;

use steun::isolation::json_api;
use steun::{Labelled, Lang};

use crate::{input, CmdResult};

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

pub(crate) fn run(a: Args) -> CmdResult {
    let out = match a.command {
        Command::Classify { file } => json_api::classify_json(&input::read(file.as_deref())?)?,
        Command::Decide { file } => json_api::decide_persistence_json(&input::read(file.as_deref())?)?,
        Command::Check { file } => json_api::check_interventions_json(&input::read(file.as_deref())?)?,
        Command::RiskGroups { file } => json_api::risk_groups_json(&input::read(file.as_deref())?)?,
        Command::Type { code } => json_api::type_info_json(&code)?,
        Command::Types { json: true, .. } => json_api::types_json(),
        Command::Types { json: false, lang } => {
            for t in steun::isolation::types() {
                let label = match lang {
                    Some(l) => t.label.get(l).to_owned(),
                    None => format!("{} | {}", t.label.nl, t.label.en),
                };
                let orientation = t.orientation.label(lang.unwrap_or(Lang::Nl));
                println!("{} {:<14} {:<32} {}", t.category, t.r#type.code(), label, orientation);
            }
            return Ok(());
        }
    };
    println!("{out}");
    Ok(())
}
