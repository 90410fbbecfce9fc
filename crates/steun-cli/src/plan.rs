//! `steun plan validate|render|application|diff FILE`: support cases (a Personal Profile, a
//! grid, plan versions, evaluations) through the `plan.*` operations. JSON is the registry's
//! bytes; paths in errors point into the case file.

use std::path::PathBuf;

use serde_json::{json, Value};
use steun::plan::{RenderFormat, RenderPart};
use steun::{Labelled, Lang};

use crate::{call, input, CmdResult, Failure};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Check a support case; print its findings. Exits 1 when a finding is an error.
    Validate {
        /// The support case JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// Language of the messages (nl or en).
        #[arg(long, default_value = "nl")]
        lang: Lang,
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Render a form of the case as Markdown or HTML (print-ready, A4): plan, options,
    /// profile, grid, evaluation, application or all.
    Render {
        /// The support case JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// Language (nl or en).
        #[arg(long, default_value = "nl")]
        lang: Lang,
        /// Which form: plan, options, profile, grid, evaluation, application or all.
        #[arg(long, default_value = "plan")]
        what: RenderPart,
        /// The plan version; the newest when left out.
        #[arg(long = "plan-version")]
        plan_version: Option<u32>,
        /// markdown or html (a whole document with a print stylesheet).
        #[arg(long, default_value = "markdown")]
        format: RenderFormat,
        /// One Plan van Aanpak per goal, as the book's form.
        #[arg(long = "per-goal")]
        per_goal: bool,
        /// Print the rendered_form response as JSON instead of its text.
        #[arg(long)]
        json: bool,
    },
    /// Assemble the Wmo application from a plan of the case, as JSON (with what is missing).
    Application {
        /// The support case JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// The plan version; the newest when left out.
        #[arg(long = "plan-version")]
        plan_version: Option<u32>,
    },
    /// List the changes between two plan versions of the case, as JSON.
    Diff {
        /// The support case JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// The older version.
        #[arg(long)]
        from: u32,
        /// The newer version.
        #[arg(long)]
        to: u32,
    },
}

/// Runs `op` on a request holding the case as `case`; paths come back relative to the case.
fn with_case(op: &str, file: Option<&std::path::Path>, mut request: Value) -> Result<String, Failure> {
    request["case"] = input::value(file)?;
    call::call(op, request).map_err(|f| call::within(f, "case"))
}

pub(crate) fn run(a: Args) -> CmdResult {
    match a.command {
        Sub::Validate { file, lang, json } => {
            let out = call::call("plan.validate", input::value(file.as_deref())?)?;
            if json {
                outln!("{out}");
            } else {
                print_findings(&call::value(&out)?, lang)?;
            }
            let errors = call::value(&call::call_text("plan.has_errors", &out)?)?;
            if errors["answer"] == true {
                let message = "the support case has findings of severity error".to_owned();
                return Err(Failure::Other { exit: 1, code: "findings", message });
            }
            Ok(())
        }
        Sub::Render { file, lang, what, plan_version, format, per_goal, json } => {
            let request = json!({"lang": lang, "part": what.code(), "version": plan_version,
                "format": format.code(), "per_goal": per_goal});
            let out = with_case("plan.render", file.as_deref(), request)?;
            if json {
                outln!("{out}");
            } else {
                out!("{}", call::value(&out)?["text"].as_str().unwrap_or_default());
            }
            Ok(())
        }
        Sub::Application { file, plan_version } => {
            outln!("{}", with_case("plan.application", file.as_deref(), json!({ "version": plan_version }))?);
            Ok(())
        }
        Sub::Diff { file, from, to } => {
            outln!("{}", with_case("plan.diff_versions", file.as_deref(), json!({"from": from, "to": to}))?);
            Ok(())
        }
    }
}

/// One finding a line (`severity code path: message [source]`), then the count per
/// severity, labelled by the catalogue.
pub(crate) fn print_findings(findings: &Value, lang: Lang) -> CmdResult {
    let list = findings["findings"].as_array().cloned().unwrap_or_default();
    for f in &list {
        outln!(
            "{} {} {}: {} [{}]",
            f["severity"].as_str().unwrap_or_default(),
            f["code"].as_str().unwrap_or_default(),
            f["path"].as_str().unwrap_or_default(),
            f["message"][lang.code()].as_str().unwrap_or_default(),
            f["source"].as_str().unwrap_or_default()
        );
    }
    let severities = call::value(&call::call("catalogue.enum", json!({"name": "Severity"}))?)?;
    let counts: Vec<String> = severities["members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["code"].as_str())
        .map(|code| {
            let n = list.iter().filter(|f| f["severity"] == code).count();
            Ok(format!("{}: {n}", call::label("Severity", code, lang)?))
        })
        .collect::<Result<_, Failure>>()?;
    outln!("{}", counts.join(", "));
    Ok(())
}
