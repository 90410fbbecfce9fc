//! `steun plan validate|render|application|diff FILE`: support cases (a Personal Profile, a
//! grid, plan versions, evaluations) as JSON in; findings, Markdown forms or JSON out.

use std::path::PathBuf;

use steun::plan::{application, diff, render_case, validate_case, RenderPart, SupportCase};
use steun::{Document, Labelled, Lang};

use crate::{input, CmdResult, Failure};

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
    /// Render a form of the case as Markdown: plan, options, profile or all.
    Render {
        /// The support case JSON file; standard input when left out or `-`.
        file: Option<PathBuf>,
        /// Language (nl or en).
        #[arg(long, default_value = "nl")]
        lang: Lang,
        /// Which form: plan, options, profile or all.
        #[arg(long, default_value = "plan")]
        what: RenderPart,
        /// The plan version; the newest when left out.
        #[arg(long = "plan-version")]
        plan_version: Option<u32>,
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

fn read_case(file: Option<&std::path::Path>) -> Result<SupportCase, Failure> {
    let text = input::read(file)?;
    Ok(SupportCase::from_json(&text)?)
}

pub(crate) fn run(a: Args) -> CmdResult {
    match a.command {
        Sub::Validate { file, lang, json } => {
            let findings = validate_case(&read_case(file.as_deref())?);
            if json {
                println!("{}", steun::json::to_json_pretty(&findings));
            } else if findings.findings.is_empty() {
                println!("{}", if lang == Lang::Nl { "geen bevindingen" } else { "no findings" });
            } else {
                for f in &findings.findings {
                    println!(
                        "{} {} {}: {} [{}]",
                        f.severity.code(),
                        f.code.code(),
                        f.path,
                        f.message.get(lang),
                        f.source
                    );
                }
            }
            if findings.has_errors() {
                return Err(Failure {
                    message: "error: the support case has findings of severity error".into(),
                    code: 1,
                });
            }
            Ok(())
        }
        Sub::Render { file, lang, what, plan_version } => {
            print!("{}", render_case(&read_case(file.as_deref())?, what, plan_version, lang)?);
            Ok(())
        }
        Sub::Application { file, plan_version } => {
            let app = application(&read_case(file.as_deref())?, plan_version)?;
            println!("{}", steun::json::to_json_pretty(&app));
            Ok(())
        }
        Sub::Diff { file, from, to } => {
            let case = read_case(file.as_deref())?;
            let get = |v: u32| {
                case.plan(v).ok_or_else(|| {
                    let versions: Vec<String> = case.plans.iter().map(|p| p.version.to_string()).collect();
                    let refs: Vec<&str> = versions.iter().map(String::as_str).collect();
                    steun::Error::not_found("plan version", "", &refs)
                })
            };
            println!("{}", steun::json::to_json_pretty(&diff(get(from)?, get(to)?)));
            Ok(())
        }
    }
}
