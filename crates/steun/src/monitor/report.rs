//! The monitoring report: indicators from the register and the questionnaire, and the
//! answers to 003's questions.

use std::collections::{BTreeMap, BTreeSet};

use crate::document::Document;
use crate::lang::{Bilingual, Labelled};
use crate::{Error, Path};

use super::*;

/// A request for a monitoring report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MonitorRequest {
    /// The register.
    pub register: Register,
    /// Putten's questionnaire responses, if any (at most 200,000).
    #[serde(default)]
    pub survey: Vec<SurveyResponse>,
    /// Only trajectories open on some day of this period; all when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Counts from 1 to `min_count - 1` are suppressed; 5 when left out (interpretation M6).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "min_count")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1000)))]
    pub min_count: Option<u32>,
    /// Also suppress cells that would let a suppressed count be recovered from a total;
    /// true when left out (interpretation M6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_suppression: Option<bool>,
}

impl Document for MonitorRequest {
    const KIND: &'static str = "co_monitor_request";
    fn check(&self) -> Result<(), Error> {
        check_register(&self.register, &Path::root().key("register"))?;
        check_survey(&self.survey, Path::root().key("survey"))?;
        if let Some(p) = self.period {
            if p.to < p.from {
                return Err(Error::invalid(Path::root().key("period").key("to"), "must not be before from"));
            }
        }
        Ok(())
    }
}

/// One count, shown or suppressed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// The category's code (an enum code, or `total`, `unrecorded`).
    pub category: String,
    /// The count; null when suppressed.
    pub count: Option<u32>,
    /// True when the count lies from 1 to the threshold minus one, or when it is hidden so
    /// that such a count cannot be recovered from a total (M6). Which of the two is not said.
    pub suppressed: bool,
}

/// One indicator.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// The indicator.
    pub code: IndicatorCode,
    /// Output, outcome or experience (003:658; interpretation M1).
    pub kind: IndicatorKind,
    /// For survey items: the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<SurveyItem>,
    /// The counts.
    pub cells: Vec<Cell>,
    /// The seed lines.
    pub source: String,
}

/// The answer to one of 003's questions.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    /// The question.
    pub question: CoQuestion,
    /// Its lines in 003.
    pub source: String,
    /// How far the register answers it.
    pub status: AnswerStatus,
    /// The indicators that answer it (in `output`, `outcome` or `experience`).
    pub indicators: Vec<IndicatorCode>,
    /// What the figures do not say.
    pub note: Bilingual,
}

/// The monitoring report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MonitorReport {
    /// Always `movisie-2020-co-monitor`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The period, if one was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The suppression threshold used.
    pub min_count: u32,
    /// Whether secondary suppression was applied (M6).
    #[serde(default = "yes")]
    pub secondary_suppression: bool,
    /// Says the threshold is the library's design and how to change it.
    pub suppression_note: Bilingual,
    /// Output indicators (003:658).
    pub output: Vec<Indicator>,
    /// Outcome indicators (003:658).
    pub outcome: Vec<Indicator>,
    /// Experience indicators (the questionnaire's items 4-6).
    pub experience: Vec<Indicator>,
    /// Responses left out because the resident did not use client support (003:517).
    pub survey_excluded: u32,
    /// The answers to the eight monitoring and twelve mapping questions.
    pub answers: Vec<QuestionAnswer>,
    /// The sources.
    pub source: String,
}

impl Document for MonitorReport {
    const KIND: &'static str = "co_monitor_report";
}

fn yes() -> bool {
    true
}

struct Counter {
    min: u32,
}

impl Counter {
    fn cell(&self, category: &str, n: usize) -> Cell {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        let suppressed = n > 0 && n < self.min;
        Cell { category: category.to_owned(), count: (!suppressed).then_some(n), suppressed }
    }
    fn cells<T: Labelled + Ord>(&self, counts: &BTreeMap<T, usize>) -> Vec<Cell> {
        T::ALL.iter().map(|c| self.cell(c.code(), counts.get(c).copied().unwrap_or(0))).collect()
    }
}

fn ind(code: IndicatorCode, kind: IndicatorKind, cells: Vec<Cell>, source: &str) -> Indicator {
    Indicator { code, kind, item: None, cells, source: source.to_owned() }
}

/// Builds the report (time O(n log n), n the trajectories and responses).
pub fn report(req: &MonitorRequest) -> MonitorReport {
    let min = req.min_count.unwrap_or(DEFAULT_MIN_COUNT);
    let secondary = req.secondary_suppression.unwrap_or(true);
    // Cells are built unsuppressed; `suppress` hides them once all are known.
    let c = Counter { min: 0 };
    let ts: Vec<&Trajectory> = req
        .register
        .trajectories
        .iter()
        .filter(|t| req.period.is_none_or(|p| t.opened <= p.to && t.closed.is_none_or(|e| e >= p.from)))
        .collect();
    let residents: BTreeSet<&str> = ts.iter().map(|t| t.client.as_str()).collect();
    let mut supporters: BTreeMap<SupporterKind, BTreeSet<&str>> = BTreeMap::new();
    let (mut level, mut domain, mut referral) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    let mut groups: BTreeMap<TargetGroup, BTreeSet<&str>> = BTreeMap::new();
    let (mut no_level, mut f2i, mut i2f, mut to_other) = (0, 0, 0, 0);
    let (mut suit_yes, mut suit_no, mut suit_unrec, mut closed) = (0, 0, 0, 0);
    let mut by_client: BTreeMap<&str, Vec<&Trajectory>> = BTreeMap::new();
    for t in &ts {
        supporters.entry(t.supporter_kind).or_default().insert(t.supporter.as_str());
        match t.level {
            Some(l) => *level.entry(l).or_insert(0) += 1,
            None => no_level += 1,
        }
        for d in &t.question_domains {
            *domain.entry(*d).or_insert(0) += 1;
        }
        for g in &t.target_groups {
            groups.entry(*g).or_default().insert(t.client.as_str());
        }
        *referral.entry(t.referred_by).or_insert(0) += 1;
        // 003:909: a supporter of one kind refers to one of the other kind.
        match (t.referred_by, t.supporter_kind) {
            (ReferralSource::FormalSupporter, SupporterKind::Informal) => f2i += 1,
            (ReferralSource::InformalSupporter, SupporterKind::Formal) => i2f += 1,
            _ => {}
        }
        if t.referred_to.is_some_and(|k| k != t.supporter_kind) {
            to_other += 1;
        }
        if t.closed.is_some() {
            closed += 1;
            match t.suitable_support {
                Some(true) => suit_yes += 1,
                Some(false) => suit_no += 1,
                None => suit_unrec += 1,
            }
        }
        by_client.entry(t.client.as_str()).or_default().push(t);
    }
    // 003:844: a later trajectory of the same resident with the same supporter as the one before.
    let (mut returning, mut same, mut other) = (0, 0, 0);
    for list in by_client.values_mut() {
        if list.len() < 2 {
            continue;
        }
        returning += 1;
        list.sort_by_key(|t| t.opened);
        for w in list.windows(2) {
            if w[0].supporter == w[1].supporter {
                same += 1;
            } else {
                other += 1;
            }
        }
    }
    let group_counts: BTreeMap<TargetGroup, usize> = groups.iter().map(|(g, s)| (*g, s.len())).collect();
    let sup_counts: BTreeMap<SupporterKind, usize> = supporters.iter().map(|(k, s)| (*k, s.len())).collect();
    let mut level_cells = c.cells(&level);
    level_cells.push(c.cell("unrecorded", no_level));
    use IndicatorCode as I;
    use IndicatorKind as K;
    let output = vec![
        ind(I::Trajectories, K::Output, vec![c.cell("total", ts.len())], "003:423, 003:658"),
        ind(I::Residents, K::Output, vec![c.cell("total", residents.len())], "003:423"),
        ind(I::SupportersByKind, K::Output, c.cells(&sup_counts), "003:421, 003:635"),
        ind(I::ByLevel, K::Output, level_cells, "003:1040-1043"),
        ind(I::ByQuestionDomain, K::Output, c.cells(&domain), "003:62, 003:424"),
        ind(I::ByTargetGroup, K::Output, c.cells(&group_counts), "003:429, 003:908"),
        ind(I::ByReferralSource, K::Output, c.cells(&referral), "003:431, 003:906-907"),
        ind(
            I::FormalInformalReferrals,
            K::Output,
            vec![
                c.cell("formal_to_informal", f2i),
                c.cell("informal_to_formal", i2f),
                c.cell("referred_on_to_other_kind", to_other),
            ],
            "003:909",
        ),
        ind(
            I::Continuity,
            K::Output,
            vec![
                c.cell("returning_residents", returning),
                c.cell("later_same_supporter", same),
                c.cell("later_other_supporter", other),
            ],
            "003:844, 003:887",
        ),
    ];
    let mut outcome = vec![ind(
        I::SuitableSupport,
        K::Outcome,
        vec![
            c.cell("closed", closed),
            c.cell("yes", suit_yes),
            c.cell("no", suit_no),
            c.cell("unrecorded", suit_unrec),
        ],
        "003:658",
    )];
    let (items, excluded) = survey_indicators(&req.survey, &c);
    let n_output = output.len();
    let mut all = output;
    all.append(&mut outcome);
    all.extend(items);
    suppress(&mut all, min, secondary);
    let rest = all.split_off(n_output);
    let output = all;
    let mut outcome = Vec::new();
    let mut experience = Vec::new();
    for i in rest {
        if i.kind == K::Outcome {
            outcome.push(i)
        } else {
            experience.push(i)
        }
    }
    MonitorReport {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        period: req.period,
        min_count: min,
        secondary_suppression: secondary,
        suppression_note: Bilingual::new(
            format!("Aantallen van 1 tot {min} zijn niet getoond (null){}. Deze drempel is een keuze van steun, niet van de handreiking; zet min_count om hem te wijzigen.", if secondary { ", en ook andere aantallen waaruit zo'n aantal via een totaal te berekenen of tot onder de drempel te begrenzen zou zijn" } else { "; een totaal kan een verborgen aantal verraden" }),
            format!("Counts from 1 to {} are not shown (null){}. This threshold is steun's design, not the guide's; set min_count to change it.", min.saturating_sub(1), if secondary { ", nor other counts from which such a count could be worked out, or bounded below the threshold, through a total" } else { "; a total may reveal a hidden count" }),
        ),
        output,
        outcome,
        experience,
        survey_excluded: u32::try_from(excluded).unwrap_or(u32::MAX),
        answers: answers(),
        source: SOURCE.to_owned(),
    }
}

/// A cell: (indicator, cell) in the report's flat list of indicators.
type At = (usize, usize);

/// A total and the cells that partition it; `None` is the number of survey users, which
/// counts as known (M6).
struct Partition {
    total: Option<At>,
    parts: Vec<At>,
}

/// The partitions of a total in the report (M6): levels and referral sources each split the
/// trajectories (one level or none, one referrer per trajectory); suitable support splits
/// the closed trajectories; each survey item 1-5 and item 6's yes/no/unanswered split the
/// survey users. Domains and target groups may overlap and split nothing.
fn partitions(all: &[Indicator]) -> Vec<Partition> {
    use IndicatorCode as I;
    let find = |code| all.iter().position(|i| i.code == code);
    let whole = |i: usize, from: usize, to: usize| (from..to).map(|j| (i, j)).collect::<Vec<At>>();
    let mut out = Vec::new();
    if let Some(t) = find(I::Trajectories) {
        for code in [I::ByLevel, I::ByReferralSource] {
            if let Some(i) = find(code) {
                out.push(Partition { total: Some((t, 0)), parts: whole(i, 0, all[i].cells.len()) });
            }
        }
    }
    if let Some(i) = find(I::SuitableSupport) {
        out.push(Partition { total: Some((i, 0)), parts: whole(i, 1, all[i].cells.len()) });
    }
    for (i, ind) in all.iter().enumerate() {
        match ind.item {
            Some(SurveyItem::ImprovementPoints) => out.push(Partition { total: None, parts: whole(i, 0, 3) }),
            Some(_) => out.push(Partition { total: None, parts: whole(i, 0, ind.cells.len()) }),
            None => {}
        }
    }
    out
}

/// Hides counts from 1 to `min - 1` (primary), then, if `secondary`, further cells until no
/// partition lets a hidden count be worked out by subtraction, or be bounded below `min`
/// through the total (M6).
fn suppress(all: &mut [Indicator], min: u32, secondary: bool) {
    let raw: Vec<Vec<u32>> = all.iter().map(|i| i.cells.iter().map(|c| c.count.unwrap_or(0)).collect()).collect();
    let hide = |all: &mut [Indicator], (i, j): At| {
        all[i].cells[j].count = None;
        all[i].cells[j].suppressed = true;
    };
    for (i, ind) in raw.iter().enumerate() {
        for (j, n) in ind.iter().enumerate() {
            if *n > 0 && *n < min {
                hide(all, (i, j));
            }
        }
    }
    if !secondary {
        return;
    }
    let parts = partitions(all);
    // Each round hides one more cell, so this ends.
    'round: loop {
        for p in &parts {
            let hidden = |a: &At| all[a.0].cells[a.1].suppressed;
            let total_known = p.total.is_none_or(|t| !hidden(&t));
            let unknown: Vec<At> = p.total.iter().chain(&p.parts).copied().filter(hidden).collect();
            // With the total known, the hidden counts sum to `rest`; each is at least 1, so
            // none exceeds `rest - (k - 1)`. Below `min` that bound tells the reader every
            // hidden count is small (all ones is the extreme case): hide one more (M6, 1.2.0).
            let k = unknown.len() as u32;
            let rest: u32 = unknown.iter().map(|a| raw[a.0][a.1]).sum();
            let bounded = total_known && k >= 2 && rest.saturating_sub(k - 1) < min;
            if k != 1 && !bounded {
                continue;
            }
            // The smallest shown non-zero part; else the total; else a zero part.
            let shown = p.parts.iter().copied().filter(|a| !hidden(a));
            let pick = shown
                .clone()
                .filter(|a| raw[a.0][a.1] > 0)
                .min_by_key(|a| raw[a.0][a.1])
                .or(p.total.filter(|t| !hidden(t)))
                .or(shown.clone().next());
            match pick {
                Some(a) => hide(all, a),
                None => continue,
            }
            continue 'round;
        }
        break;
    }
}

/// Putten's items as indicators: counts per label, never a score (003:519-530).
fn survey_indicators(survey: &[SurveyResponse], c: &Counter) -> (Vec<Indicator>, usize) {
    let used: Vec<&SurveyResponse> = survey.iter().filter(|r| r.used_client_support).collect();
    let mut out = Vec::new();
    for (k, item) in SurveyItem::ALL[..5].iter().enumerate() {
        let mut counts = BTreeMap::new();
        let mut none = 0;
        for r in &used {
            match r.agreements()[k].1 {
                Some(a) => *counts.entry(a).or_insert(0) += 1,
                None => none += 1,
            }
        }
        let mut cells = c.cells(&counts);
        cells.push(c.cell("unanswered", none));
        // Items 1-3 ask about the effect; 4-5 about the service (interpretation M1).
        let kind = if k < 3 { IndicatorKind::Outcome } else { IndicatorKind::Experience };
        let lines = ["003:519-520", "003:521-522", "003:523-524", "003:525-526", "003:527-528"][k];
        out.push(Indicator { code: IndicatorCode::Survey, kind, item: Some(*item), cells, source: lines.into() });
    }
    let yes = used.iter().filter(|r| r.improvement_points == Some(true)).count();
    let no = used.iter().filter(|r| r.improvement_points == Some(false)).count();
    let text = used.iter().filter(|r| r.improvement_text.as_ref().is_some_and(|t| !t.is_blank())).count();
    out.push(Indicator {
        code: IndicatorCode::Survey,
        kind: IndicatorKind::Experience,
        item: Some(SurveyItem::ImprovementPoints),
        cells: vec![
            c.cell("yes", yes),
            c.cell("no", no),
            c.cell("unanswered", used.len() - yes - no),
            c.cell("with_text", text),
        ],
        source: "003:529-530".into(),
    });
    (out, survey.len() - used.len())
}

type Row = (CoQuestion, &'static str, AnswerStatus, &'static [IndicatorCode], &'static str, &'static str);

fn answers() -> Vec<QuestionAnswer> {
    use AnswerStatus as S;
    use CoQuestion as Q;
    use IndicatorCode as I;
    let rows: [Row; 20] = [
        (Q::Mq1AllGroupsHeard, "003:884", S::Partly, &[I::Survey, I::ByTargetGroup], "Klachten en indrukken van adviesraden en cliëntenorganisaties staan niet in het register.", "Complaints and impressions of advisory councils and client organisations are not in the register."),
        (Q::Mq2Treatment, "003:885", S::OtherSources, &[], "Bejegening blijkt uit gesprekken en ervaringen, niet uit aantallen.", "Treatment shows in conversations and experiences, not in counts."),
        (Q::Mq3Expertise, "003:886", S::OtherSources, &[], "Deskundigheid staat niet in het register.", "Expertise is not in the register."),
        (Q::Mq4Availability, "003:887", S::Partly, &[I::Continuity, I::Survey], "De continuïteitseis is niet omschreven (003:887); getoond is alleen hoe vaak een inwoner bij een nieuwe vraag dezelfde ondersteuner had.", "The continuity requirement is not defined (003:887); shown is only how often a resident had the same supporter for a new question."),
        (Q::Mq5ResidentsFindWay, "003:906", S::FromRegister, &[I::ByReferralSource, I::Residents], "De cel 'resident' telt de trajecten waarin de inwoner zelf de weg vond.", "The 'resident' cell counts trajectories where residents found their own way."),
        (Q::Mq6ReferrersFindWay, "003:907", S::FromRegister, &[I::ByReferralSource], "De overige cellen tellen verwijzingen per verwijzer.", "The other cells count referrals per referrer."),
        (Q::Mq7TargetGroupsReached, "003:908", S::Partly, &[I::ByTargetGroup], "Of er voldoende specifieke aanpakken zijn, staat niet in het register.", "Whether there are enough specific approaches is not in the register."),
        (Q::Mq8FormalInformalReferral, "003:909", S::FromRegister, &[I::FormalInformalReferrals], "Elkaar opzoeken buiten verwijzingen om staat niet in het register.", "Seeking each other out apart from referrals is not in the register."),
        (Q::Q1Policy, "003:420", S::OtherSources, &[], "Beleidsdocumenten.", "Policy documents."),
        (Q::Q2Providers, "003:421", S::Partly, &[I::SupportersByKind], "Opdrachten staan niet in het register.", "Assignments are not in the register."),
        (Q::Q3Contracts, "003:422", S::OtherSources, &[], "Contracten.", "Contracts."),
        (Q::Q4Use, "003:423", S::FromRegister, &[I::Trajectories, I::Residents], "Alleen geregistreerde trajecten.", "Registered trajectories only."),
        (Q::Q5QuestionTypes, "003:424", S::FromRegister, &[I::ByQuestionDomain], "Een traject kan meer domeinen hebben.", "A trajectory may have several domains."),
        (Q::Q6Experiences, "003:425", S::Partly, &[I::Survey, I::SuitableSupport], "Gesprekken (003:495) geven meer dan de vragenlijst.", "Conversations (003:495) give more than the questionnaire."),
        (Q::Q7ResidentAwareness, "003:426", S::OtherSources, &[], "Het bekendheidscijfer komt uit het cliëntervaringsonderzoek, via waarstaatjegemeente.nl (003:166).", "The awareness figure comes from the client-experience survey, via waarstaatjegemeente.nl (003:166)."),
        (Q::Q8ProfessionalAwareness, "003:427", S::OtherSources, &[], "Vraag het professionals.", "Ask professionals."),
        (Q::Q9Communication, "003:428", S::OtherSources, &[], "Communicatiemiddelen.", "Communication material."),
        (Q::Q10TargetGroups, "003:429", S::FromRegister, &[I::ByTargetGroup], "Alleen de doelgroepen die het register vastlegt.", "Only the target groups the register records."),
        (Q::Q11Positioning, "003:430", S::OtherSources, &[], "Beleid en organisatie.", "Policy and organisation."),
        (Q::Q12Cooperation, "003:431", S::Partly, &[I::ByReferralSource, I::FormalInformalReferrals], "Hoe de samenwerking verloopt, blijkt uit gesprekken.", "How cooperation goes shows in conversations."),
    ];
    rows.iter()
        .map(|(q, src, s, inds, nl, en)| QuestionAnswer {
            question: *q,
            source: (*src).to_owned(),
            status: *s,
            indicators: inds.to_vec(),
            note: Bilingual::new(*nl, *en),
        })
        .collect()
}
