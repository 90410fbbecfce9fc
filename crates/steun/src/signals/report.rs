//! The report form (meldformulier, 002:4710-4718): the signal card and the registration form
//! merged into one. The reporter names the signals that made them report, says what was
//! tried, and fills in the urgency input; the library attaches the urgency result and the
//! route the report takes. A report form holds no name, only the client's ID code.

use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::signals::urgency_link;
use crate::signals::{NetworkTier, ReporterRole, RiskGroup, SignalKind};
use crate::text::{ClientCode, FreeText};
use crate::{Date, Error, Path};

use crate::signals::rules::SignalsRules;
pub use crate::signals::urgency_link::{Band, UrgencyInput, UrgencyResult};

use crate::lang::labelled_enum;

/// One signal on a report: its kind and, where needed, the reporter's words.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ObservedSignal {
    /// What kind of signal.
    pub kind: SignalKind,
    /// What the reporter saw (personal text); required for `other`.
    #[serde(default)]
    pub description: Option<FreeText>,
}

/// A report (melding) on the merged report form, as the reporter fills it in. It has no
/// urgency result field: the library computes that ([`attach`]).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// When the report was made.
    pub reported_on: Date,
    /// The reporter's role (002:3745-3753, 002:4495-4498).
    pub reporter: ReporterRole,
    /// The reporter's place in the network (002:4472-4498).
    pub network: NetworkTier,
    /// The client's ID code, never a name (002:4725-4726).
    pub client: ClientCode,
    /// A pseudonymous reference to the reporter (e.g. `M-0001`), so the feedback the
    /// urgency table asks for ("terugkoppeling van actie", 002:3997-4006) can be tracked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter_ref: Option<ClientCode>,
    /// The signals on which the reporter decided to report (002:4713-4715); at least one.
    pub signals: Vec<ObservedSignal>,
    /// The network's risk groups the client belongs to (002:4463-4469).
    #[serde(default)]
    pub risk_groups: Vec<RiskGroup>,
    /// What was already tried, and with whom (002:4507-4516).
    #[serde(default)]
    pub tried_before: Vec<FreeText>,
    /// Whether the reporter discussed the report with the client (002:4492-4494).
    pub discussed_with_client: bool,
    // No `destroy_after_meeting` flag since signals 2.0.0: every member must destroy the
    // forms after the meeting (002:4717-4718), so retention removes every form.
    /// The urgency instrument's input (002:3930-4006).
    pub urgency: UrgencyInput,
}

impl Report {
    pub(crate) fn check_at(&self, at: &Path) -> Result<(), Error> {
        if self.signals.is_empty() {
            return Err(Error::invalid(at.clone().key("signals"), "name at least one signal (002:4713-4715)"));
        }
        for (i, s) in self.signals.iter().enumerate() {
            let blank = s.description.as_ref().is_none_or(FreeText::is_blank);
            if s.kind == SignalKind::Other && blank {
                return Err(Error::invalid(
                    at.clone().key("signals").index(i).key("description"),
                    "a signal of kind `other` needs a description",
                ));
            }
        }
        urgency_link::check_input(&self.urgency, &at.clone().key("urgency"))
    }
}

impl Document for Report {
    const KIND: &'static str = "report";

    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

labelled_enum! {
    /// Where a report goes next. The library's reading of the urgency actions
    /// (002:3993-4006) and of when a case goes to the Veenendaal network (002:4491-4519).
    pub enum ReportRoute {
        /// Crisis band: acute help or a crisis report now, not at the next meeting.
        AcuteHelp = "acute_help" { nl: "Acute hulp of crisismelding", en: "Acute help or crisis report" },
        /// Lowest band: no action on the report; information, advice and support to the reporter.
        InformReporter = "inform_reporter" { nl: "Informatie, advies en ondersteuning aan de melder", en: "Information, advice and support to the reporter" },
        /// Only practical problems: the professional arranges help at once (002:4503-4507).
        ActDirectly = "act_directly" { nl: "Direct zelf actie ondernemen", en: "Act directly" },
        /// Not yet discussed with the client: do that first (002:4492-4494).
        DiscussWithClient = "discuss_with_client" { nl: "Eerst met de cliënt overleggen", en: "Discuss with the client first" },
        /// Nothing tried yet: first the GP, family, informal carer or own team (002:4507-4513).
        TryFirst = "try_first" { nl: "Eerst zelf en met anderen proberen", en: "Try first with others" },
        /// Unsolved and complex: bring the case to the network meeting (002:4513-4519).
        Network = "network" { nl: "Inbrengen in het signaleringsnetwerk", en: "Bring to the network meeting" },
        /// Low known urgency but answers unknown: consult the multidisciplinary team before
        /// deciding that nothing needs doing (002:3945-3948). Signals rules 1.2.0.
        ConsultTeam = "consult_team" { nl: "Consultatie in het multidisciplinaire (wijk)team", en: "Consult the multidisciplinary team" },
    }
}

impl ReportRoute {
    /// The route of a report with this urgency, checked in this order (signals 2.0.0): acute
    /// help, act directly (only practical problems, 002:4503-4508), consult the team, inform
    /// the reporter, discuss with the client, try first, network. Before 2.0.0 the low band
    /// came before the practical rule. `consult_team` (rules 1.2.0, with urgency 2.0.0): "no action" is only decided
    /// on complete answers; a low band with unknown answers goes to the team (002:3945-3948).
    /// A 1.x urgency result keeps the 1.1.0 routes, so stored reports still check.
    pub fn of(report: &Report, urgency: &UrgencyResult) -> ReportRoute {
        ReportRoute::under(report, urgency, SignalsRules::CURRENT)
    }

    /// As [`ReportRoute::of`], under the given signals rules.
    pub(crate) fn under(report: &Report, urgency: &UrgencyResult, rules: SignalsRules) -> ReportRoute {
        let consult = urgency.needs_consultation && urgency.worst_band.is_some();
        let practical = report.signals.iter().all(|s| s.kind.is_practical());
        // 2.0.0: practical problems get practical action whatever the band, never "no
        // action" (002:4503-4508); only a crisis comes first.
        if rules >= SignalsRules::V2 && practical && urgency.band.code() != "crisis" {
            return ReportRoute::ActDirectly;
        }
        match urgency.band.code() {
            "crisis" => ReportRoute::AcuteHelp,
            "information_advice" if consult => ReportRoute::ConsultTeam,
            "information_advice" => ReportRoute::InformReporter,
            _ if report.signals.iter().all(|s| s.kind.is_practical()) => ReportRoute::ActDirectly,
            _ if !report.discussed_with_client => ReportRoute::DiscussWithClient,
            _ if report.tried_before.iter().all(FreeText::is_blank) => ReportRoute::TryFirst,
            _ => ReportRoute::Network,
        }
    }

    /// Why this route, in Dutch and English.
    pub fn reason(self) -> Bilingual {
        let (nl, en) = match self {
            ReportRoute::AcuteHelp => (
                "De urgentie valt in de crisisband: acute hulp of een crisismelding, niet wachten op het netwerkoverleg.",
                "The urgency is in the crisis band: acute help or a crisis report, without waiting for the network meeting.",
            ),
            ReportRoute::InformReporter => (
                "De urgentie is laag: geen actie op de melding; informatie, advies en ondersteuning aan de melder.",
                "The urgency is low: no action on the report; information, advice and support to the reporter.",
            ),
            ReportRoute::ActDirectly => (
                "Alleen praktische problemen: de hulpverlener regelt zo snel mogelijk zelf hulp, zoals maaltijdservice of huishoudelijke hulp.",
                "Only practical problems: the professional arranges help at once, such as a meal service or home help.",
            ),
            ReportRoute::DiscussWithClient => (
                "Een casus wordt ingebracht na overleg met de betreffende oudere; dat overleg is nog niet gevoerd.",
                "A case is brought in after talking with the older person concerned; that has not happened yet.",
            ),
            ReportRoute::TryFirst => (
                "Er is nog niets geprobeerd: eerst overleg met huisarts, familie of mantelzorger, of in het eigen team.",
                "Nothing has been tried yet: first consult the GP, family or informal carer, or the own team.",
            ),
            ReportRoute::ConsultTeam => (
                "Niet alle antwoorden zijn bekend en de bekende wijzen op een lage urgentie: eerst gerichte consultatie in het multidisciplinaire (wijk)team, niet al besluiten dat er niets hoeft.",
                "Not every answer is known and the known ones point to low urgency: consult the multidisciplinary team first rather than decide that nothing needs doing.",
            ),
            ReportRoute::Network => (
                "Er is al het een en ander geprobeerd zonder het gewenste resultaat: de casus gaat naar het netwerkoverleg.",
                "Several things were tried without the desired result: the case goes to the network meeting.",
            ),
        };
        Bilingual::new(nl, en)
    }
}

/// A report with what the library attached: the urgency result and the route.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessedReport {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The report as filled in.
    pub report: Report,
    /// The urgency result the library computed from `report.urgency`.
    pub urgency: UrgencyResult,
    /// Where the report goes next.
    pub route: ReportRoute,
    /// Why, in Dutch and English.
    pub route_reason: Bilingual,
    /// True when some, not all, signals are practical problems: the professional arranges
    /// those at once while the rest takes its route (002:4503-4508; signals 2.0.0).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub act_on_practical: bool,
    /// What the library noticed in the report (signals 2.0.0); the report is still valid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<ReportFinding>,
}

labelled_enum! {
    /// A finding on a report (signals 2.0.0).
    pub enum ReportFindingCode {
        /// The risk group "80 jaar en ouder" (002:4469) but no one over 75 in the urgency
        /// scope (002:3983): the scope, and so the urgency, may be too low.
        RiskGroupOutsideUrgencyScope = "risk_group_outside_urgency_scope" { nl: "Risicogroep past niet bij de omvang", en: "Risk group outside the urgency scope" },
        /// The urgency asks for feedback to the reporter (002:3997-4006) but the report has
        /// no `reporter_ref` to track it by.
        FeedbackWithoutReporterRef = "feedback_without_reporter_ref" { nl: "Terugkoppeling zonder verwijzing naar de melder", en: "Feedback without a reporter reference" },
        /// At intake: a network route for a case the typology leaves to regular work
        /// (category 1 or 2, 002:4539-4543); outside the network is suggested (S23).
        TypologyRegularWork = "typology_regular_work" { nl: "Typologie: regulier werk", en: "Typology: regular work" },
        /// At intake: a category 3 or 4 case whose route does not yet lead to the network
        /// (002:4539-4567; S23).
        TypologyNetworkCase = "typology_network_case" { nl: "Typologie: casus voor het netwerk", en: "Typology: a case for the network" },
    }
}

/// A finding: its code, the field it is about and a message in Dutch and English.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportFinding {
    /// What was found.
    pub code: ReportFindingCode,
    /// The path of the field it concerns, in the report.
    pub path: String,
    /// Explanation.
    pub message: Bilingual,
}

fn findings_of(report: &Report, urgency: &UrgencyResult) -> Vec<ReportFinding> {
    let mut out = Vec::new();
    // 002:4469 (80 and older) lies inside 002:3983 (over 75).
    if report.risk_groups.contains(&RiskGroup::Aged80OrOlder) && !report.urgency.scope.over_75_involved {
        out.push(ReportFinding {
            code: ReportFindingCode::RiskGroupOutsideUrgencyScope,
            path: "urgency.scope.over_75_involved".to_owned(),
            message: Bilingual::new(
                "De cliënt hoort bij de risicogroep 80 jaar en ouder, maar bij de omvang staat niemand boven de 75: de omvang telt dan 2 punten, niet minder.",
                "The client is in the risk group aged 80 or older, but the scope has no one over 75: the scope then scores 2 points, not fewer.",
            ),
        });
    }
    if feedback_due(urgency) && report.reporter_ref.is_none() {
        out.push(ReportFinding {
            code: ReportFindingCode::FeedbackWithoutReporterRef,
            path: "reporter_ref".to_owned(),
            message: Bilingual::new(
                "De urgentie vraagt om terugkoppeling van actie aan de melder; geef een verwijzing naar de melder (reporter_ref) om die bij te houden.",
                "The urgency asks for feedback on the action to the reporter; give a reporter reference (reporter_ref) to track it.",
            ),
        });
    }
    out
}

/// Whether the urgency table's reporter action includes feedback (002:4002, 002:4005).
fn feedback_due(urgency: &UrgencyResult) -> bool {
    urgency.reporter_action == crate::urgency::UrgencyReporterAction::InformationAdviceSupportFeedback
}

impl AssessedReport {
    /// Whether feedback on the action is owed to the reporter (002:3997-4006).
    pub fn feedback_due(&self) -> bool {
        feedback_due(&self.urgency)
    }

    pub(crate) fn check_at(&self, at: &Path) -> Result<(), Error> {
        self.report.check_at(&at.clone().key("report"))?;
        let rules = SignalsRules::of_version(&self.instrument_version).ok_or_else(|| {
            Error::invalid(
                at.clone().key("instrument_version"),
                format!("expected a version of the signals rules this library keeps: {}", SignalsRules::versions()),
            )
        })?;
        let want = attach_under(self.report.clone(), rules);
        if self.urgency != want.urgency {
            return Err(Error::invalid(
                at.clone().key("urgency"),
                "the urgency result must be the one the library computes from report.urgency; use attach",
            ));
        }
        if self.route != want.route
            || self.route_reason != want.route_reason
            || self.findings != want.findings
            || self.act_on_practical != want.act_on_practical
        {
            return Err(Error::invalid(
                at.clone().key("route"),
                "the route must be the one the library computes; use attach",
            ));
        }
        Ok(())
    }
}

impl Document for AssessedReport {
    const KIND: &'static str = "assessed_report";

    fn check(&self) -> Result<(), Error> {
        self.check_at(&Path::root())
    }
}

fn attach_checked(report: Report) -> AssessedReport {
    attach_under(report, SignalsRules::CURRENT)
}

/// Attaches the urgency under `rules` and the route that goes with them.
pub(crate) fn attach_under(report: Report, rules: SignalsRules) -> AssessedReport {
    let urgency = urgency_link::assess_under(&report.urgency, rules.urgency());
    let route = ReportRoute::under(&report, &urgency, rules);
    let v2 = rules >= SignalsRules::V2;
    let findings = if v2 { findings_of(&report, &urgency) } else { Vec::new() };
    let some_practical = report.signals.iter().any(|s| s.kind.is_practical());
    let act_on_practical = v2 && some_practical && route != ReportRoute::ActDirectly;
    AssessedReport {
        instrument: super::INSTRUMENT.to_owned(),
        instrument_version: rules.version().to_owned(),
        urgency,
        route,
        route_reason: route.reason(),
        act_on_practical,
        findings,
        report,
    }
}

/// Checks a report and attaches the urgency result and the route.
pub fn attach(report: Report) -> Result<AssessedReport, Error> {
    report.check()?;
    Ok(attach_checked(report))
}

/// Parses a report from JSON, checks it and attaches the urgency; returns the assessed
/// report as JSON.
pub fn attach_json(text: &str) -> Result<String, Error> {
    Ok(attach(Report::from_json(text)?)?.to_json())
}
