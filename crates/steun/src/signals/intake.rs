//! Intake at the central meldpunt (002:4691-4699, 002:4756-4770): every report is
//! registered and judged for urgency and the need to act (at once or not); the project
//! leader may advise first steps and do a first investigation or home visit; then the
//! decision: handled outside the network, or brought into it, when a case file is made.
//! Practical problems get practical action at once (002:4503-4508).

use crate::document::Document;
use crate::isolation::Persistence;
use crate::lang::{labelled_enum, Bilingual};
use crate::signals::case::{Case, CaseStatus};
use crate::signals::process::{ProcessEntry, SignalStep};
use crate::signals::report::{attach, AssessedReport, Report, ReportFinding, ReportFindingCode, ReportRoute};
use crate::text::FreeText;
use crate::{Date, Error, Path};

labelled_enum! {
    /// How a report reached the meldpunt ("telefonisch of per e-mail", 002:4696-4697).
    pub enum IntakeChannel {
        /// By phone.
        Phone = "phone" { nl: "Telefonisch", en: "By phone" },
        /// By e-mail.
        Email = "email" { nl: "Per e-mail", en: "By e-mail" },
        /// In person (e.g. at the elderly adviser's office).
        InPerson = "in_person" { nl: "Persoonlijk", en: "In person" },
        /// On the network's report form (002:4708-4716).
        ReportForm = "report_form" { nl: "Met het meldformulier", en: "On the report form" },
    }
}

labelled_enum! {
    /// What the project leader decides about a report (002:4756-4770).
    pub enum IntakeDecision {
        /// Crisis: acute help now, not at the next meeting (002:4005, 002:4757-4758).
        AcuteHelp = "acute_help" { nl: "Acute hulp", en: "Acute help" },
        /// Practical problems: the professional arranges a meal service or home help at once,
        /// without waiting for the network (002:4503-4508).
        PracticalAction = "practical_action" { nl: "Direct praktische actie", en: "Immediate practical action" },
        /// Handled outside the network, e.g. after a first investigation that brought movement
        /// or a solution (002:4764-4767).
        OutsideNetwork = "outside_network" { nl: "Buiten het netwerk afgehandeld", en: "Handled outside the network" },
        /// Brought into the network; a case file is made (002:4759-4761).
        IntoNetwork = "into_network" { nl: "Inbrengen in het signaleringsnetwerk", en: "Brought into the network" },
    }
}

labelled_enum! {
    /// What the project leader's first investigation led to (002:4764-4770).
    pub enum InvestigationOutcome {
        /// "beweging of oplossing": the network need not discuss it now (002:4765-4766).
        MovementOrSolution = "movement_or_solution" { nl: "Beweging of oplossing", en: "Movement or a solution" },
        /// No movement: the project leader brings the findings to the network (002:4768-4770).
        NoMovement = "no_movement" { nl: "Geen beweging", en: "No movement" },
    }
}

/// The project leader's first investigation of a report (002:4764-4770).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Investigation {
    /// When.
    pub on: Date,
    /// Whether it included a home visit (002:4637-4639: "bespreking, huisbezoek en rapportage").
    pub home_visit: bool,
    /// What it led to.
    pub outcome: InvestigationOutcome,
}

/// A report as registered at the meldpunt.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Intake {
    /// The report.
    pub report: Report,
    /// When the meldpunt received it (on or after `report.reported_on`).
    pub received_on: Date,
    /// How.
    pub channel: IntakeChannel,
    /// The first steps the project leader advised (002:4758-4759).
    #[serde(default)]
    pub first_steps: Vec<FreeText>,
    /// The first investigation or home visit, if one was done.
    #[serde(default)]
    pub investigation: Option<Investigation>,
    /// The project leader's decision; the library's suggestion when left out.
    #[serde(default)]
    pub decision: Option<IntakeDecision>,
    /// The case number for the file, when the report is brought into the network.
    #[serde(default)]
    pub case_id: Option<String>,
    /// The row of the isolation typology, when the project leader has classified it: the
    /// suggestion then agrees with the typology's `network_case` (S23), and the new case
    /// records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isolation_category: Option<Persistence>,
}

impl Document for Intake {
    const KIND: &'static str = "intake";

    fn check(&self) -> Result<(), Error> {
        self.report.check_at(&Path::root().key("report"))?;
        if self.received_on < self.report.reported_on {
            return Err(Error::invalid(
                Path::root().key("received_on"),
                "a report cannot be received before it was made",
            ));
        }
        if let Some(i) = &self.investigation {
            if i.on < self.received_on {
                return Err(Error::invalid(
                    Path::root().key("investigation").key("on"),
                    "the investigation cannot be before the report was received",
                ));
            }
        }
        Ok(())
    }
}

/// The intake's outcome: the assessed report, the decision and, when brought into the
/// network, the new case with its file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IntakeResult {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The report with its urgency, route and findings.
    pub assessed: AssessedReport,
    /// What the library suggests from the route and the investigation.
    pub suggested: IntakeDecision,
    /// The decision: the project leader's when given, else the suggestion.
    pub decision: IntakeDecision,
    /// True when the decision is the project leader's own.
    pub decided_by_project_leader: bool,
    /// Why the library suggests what it does, in Dutch and English.
    pub reason: Bilingual,
    /// Where the typology and the report's route point different ways (S23).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<ReportFinding>,
    /// The new case (status `registered`, the form on it), when brought into the network.
    #[serde(default)]
    pub case: Option<Case>,
}

impl Document for IntakeResult {
    const KIND: &'static str = "intake_result";
}

/// The library's suggestion, with its reason: the route first (acute help, practical
/// action), then the investigation's outcome, then the route again (network or not).
fn suggest(route: ReportRoute, investigation: Option<&Investigation>) -> (IntakeDecision, Bilingual) {
    let solved = investigation.is_some_and(|i| i.outcome == InvestigationOutcome::MovementOrSolution);
    match route {
        ReportRoute::AcuteHelp => (IntakeDecision::AcuteHelp, route.reason()),
        ReportRoute::ActDirectly => (IntakeDecision::PracticalAction, route.reason()),
        _ if solved => (
            IntakeDecision::OutsideNetwork,
            Bilingual::new(
                "Het eerste onderzoek bracht beweging of een oplossing: bespreking in het netwerk is niet direct nodig.",
                "The first investigation brought movement or a solution: the network need not discuss it now.",
            ),
        ),
        ReportRoute::Network => (IntakeDecision::IntoNetwork, route.reason()),
        _ => (IntakeDecision::OutsideNetwork, route.reason()),
    }
}

/// Registers a report at the meldpunt: attaches its urgency, suggests a decision and, when
/// the decision is to bring it into the network, opens the case with the form on it.
pub fn intake(i: Intake) -> Result<IntakeResult, Error> {
    i.check()?;
    let assessed = attach(i.report.clone()).map_err(|e| e.under("report"))?;
    let (suggested, reason) = suggest(assessed.route, i.investigation.as_ref());
    let (suggested, reason, findings) = agree_with_typology(suggested, reason, i.isolation_category);
    let decision = i.decision.unwrap_or(suggested);
    let case = match (decision, &i.case_id) {
        (IntakeDecision::IntoNetwork, None) => {
            return Err(Error::invalid(
                Path::root().key("case_id"),
                "a report brought into the network needs a case number for its file (002:4759-4761)",
            ))
        }
        (IntakeDecision::IntoNetwork, Some(id)) => {
            let mut kinds: Vec<_> = i.report.signals.iter().map(|s| s.kind).collect();
            kinds.sort();
            kinds.dedup();
            let mut steps = i.report.tried_before.clone();
            steps.extend(i.first_steps.iter().cloned());
            let mut case = Case {
                id: id.clone(),
                client: i.report.client.clone(),
                opened: i.received_on,
                status: CaseStatus::Registered,
                problem_kinds: kinds,
                problems: Vec::new(),
                steps_before: steps,
                process: vec![ProcessEntry { step: SignalStep::Notice, date: i.received_on, note: None }],
                network_meeting: None,
                actions: Vec::new(),
                urgency_band: None,
                assessments: Vec::new(),
                reports: Vec::new(),
                isolation_category: i.isolation_category,
                closure: None,
                meetings: Vec::new(),
                feedback: Vec::new(),
            };
            case.add_report(i.report.clone()).map_err(|e| e.under("report"))?;
            case.check().map_err(|e| match e.path().map(|p| p.to_string()) {
                Some(p) if p == "id" => Error::invalid(Path::root().key("case_id"), e.message().to_owned()),
                _ => e,
            })?;
            Some(case)
        }
        (_, Some(_)) => {
            return Err(Error::invalid(
                Path::root().key("case_id"),
                "a case number is given only when the report is brought into the network",
            ))
        }
        (_, None) => None,
    };
    Ok(IntakeResult {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: super::INSTRUMENT_VERSION.to_owned(),
        assessed,
        suggested,
        decision,
        decided_by_project_leader: i.decision.is_some(),
        reason,
        findings,
        case,
    })
}

/// The typology's `network_case` and the route agree (S23): the Veenendaal network left
/// categories 1 and 2 to regular work (002:4539-4543, reading I5), so a network route for
/// such a case is suggested as outside the network; a category 3 or 4 case whose route does
/// not (yet) lead to the network keeps the route, since its steps come first (the report
/// form's conditions, 002:3945-4006), with a finding saying the typology points at the network.
fn agree_with_typology(
    suggested: IntakeDecision,
    reason: Bilingual,
    category: Option<Persistence>,
) -> (IntakeDecision, Bilingual, Vec<ReportFinding>) {
    let Some(row) = category else { return (suggested, reason, Vec::new()) };
    let finding = |code, nl: &str, en: &str| ReportFinding {
        code,
        path: "isolation_category".to_owned(),
        message: Bilingual::new(nl, en),
    };
    match (row.network_case(), suggested) {
        (false, IntakeDecision::IntoNetwork) => {
            let f = finding(
                ReportFindingCode::TypologyRegularWork,
                "De route wijst naar het netwerk, maar categorie 1 en 2 van de typologie bleven in Veenendaal in het reguliere werk (002:4539-4543): buiten het netwerk voorgesteld.",
                "The route points at the network, but categories 1 and 2 of the typology stayed in regular work in Veenendaal (002:4539-4543): outside the network suggested.",
            );
            let reason =
                Bilingual::new(format!("{} {}", reason.nl, f.message.nl), format!("{} {}", reason.en, f.message.en));
            (IntakeDecision::OutsideNetwork, reason, vec![f])
        }
        (true, IntakeDecision::OutsideNetwork) => {
            let f = finding(
                ReportFindingCode::TypologyNetworkCase,
                "Categorie 3 of 4 van de typologie is een casus voor het netwerk (002:4539-4567); de route vraagt eerst de stappen hierboven.",
                "Category 3 or 4 of the typology is a case for the network (002:4539-4567); the route asks for the steps above first.",
            );
            (suggested, reason, vec![f])
        }
        _ => (suggested, reason, Vec::new()),
    }
}
