//! The support process over the six phases (002:1345-1347). Phases run 1 → 2 → ... → 6,
//! and phase 6 (monitoring, evaluating, adjusting) may lead back to phases 2-5 to adjust the
//! plan. Monitoring runs "gedurende het hele proces" and checks "de aansluiting tussen de
//! ene en de andere fase" (002:1814-1823), so a move back to an earlier phase is allowed
//! with a recorded reason. A process can be closed at any moment with a coded reason
//! (002:1145-1147). Every transition is dated.
//!
//! A recorded process is read as it is: a transition that breaks these rules is a
//! validation finding ([`SupportProcess::issues`]), never a reason to refuse the case.
//! [`SupportProcess::advance`] and [`SupportProcess::go_back`] refuse such moves for
//! programs that drive the process.

use super::labels::{FindingCode, ProcessClosureReason};
use crate::date::Date;
use crate::lang::Labelled;
use crate::phase::SupportPhase;
use crate::text::FreeText;
use crate::{Error, Path};

/// The phases reachable from `from` without a reason.
///
/// 1-5 lead to the next phase; 6 leads back to 2, 3, 4 or 5 (002:1345-1347, 002:1826-1832).
/// Interpretation (P1): phases are not skipped (002:1345-1347 lists them in order) and
/// phase 1 is not entered again (a new acquaintance is a new case).
pub fn allowed_next(from: SupportPhase) -> &'static [SupportPhase] {
    use SupportPhase::*;
    match from {
        Meeting => &[Information],
        Information => &[GoalSetting],
        GoalSetting => &[Planning],
        Planning => &[Execution],
        Execution => &[Evaluation],
        Evaluation => &[Information, GoalSetting, Planning, Execution],
    }
}

/// True for a move back from `from` to an earlier phase 2-5 that is not the regular way back
/// from phase 6: allowed with a reason (002:1814-1823, interpretation P11).
pub fn is_backward(from: SupportPhase, to: SupportPhase) -> bool {
    to < from && to != SupportPhase::Meeting && !allowed_next(from).contains(&to)
}

/// A checked transition without a reason, or [`Error::Transition`] naming the allowed phases.
pub fn check_transition(from: SupportPhase, to: SupportPhase) -> Result<(), Error> {
    let allowed = allowed_next(from);
    if allowed.contains(&to) {
        Ok(())
    } else {
        let names: Vec<&str> = allowed.iter().map(|p| p.code()).collect();
        Err(Error::Transition { from: from.code().to_owned(), to: to.code().to_owned(), allowed: names.join(", ") })
    }
}

/// The course of one support process: it starts in phase 1 on `started`, moves by dated
/// transitions and may be closed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportProcess {
    /// The date of the first meeting (phase 1).
    pub started: Date,
    /// The transitions, in order; dates never go back.
    #[serde(default)]
    pub transitions: Vec<PhaseTransition>,
    /// The closure, when the process has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<ProcessClosure>,
}

/// A move to another phase on a date.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PhaseTransition {
    /// The phase entered.
    pub to: SupportPhase,
    /// The date it was entered.
    pub date: Date,
    /// Why the process goes back; required for a move back to an earlier phase other than
    /// the way back from phase 6 (002:1814-1823).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<FreeText>,
}

/// The end of a support process: when and why (002:1145-1147).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcessClosure {
    /// The date the process was closed.
    pub date: Date,
    /// Why.
    pub reason: ProcessClosureReason,
    /// A note, e.g. for `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<FreeText>,
}

/// One way a recorded process breaks the rules: the transition's index (the closure's is
/// the number of transitions), the finding code and what is wrong in Dutch and English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcessIssue {
    /// The JSON path relative to the process, e.g. `transitions[3]` or `closed.date`.
    pub path: Path,
    /// The finding code.
    pub code: FindingCode,
    /// What is wrong, in Dutch.
    pub nl: String,
    /// What is wrong, in English.
    pub en: String,
}

impl SupportProcess {
    /// A process that starts in phase 1 on `started`.
    pub fn new(started: Date) -> Self {
        SupportProcess { started, transitions: Vec::new(), closed: None }
    }

    /// The current phase.
    pub fn current(&self) -> SupportPhase {
        self.transitions.last().map_or(SupportPhase::Meeting, |t| t.to)
    }

    /// The date the current phase was entered.
    pub fn since(&self) -> Date {
        self.transitions.last().map_or(self.started, |t| t.date)
    }

    /// True when the process has been closed.
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    /// True when the process has been in `phase` at some point.
    pub fn reached(&self, phase: SupportPhase) -> bool {
        phase == SupportPhase::Meeting || self.transitions.iter().any(|t| t.to == phase)
    }

    fn guard(&self, date: Date) -> Result<(), Error> {
        let at = Path::root().key("transitions").index(self.transitions.len());
        if self.closed.is_some() {
            return Err(Error::invalid(at, "the process is closed"));
        }
        if date < self.since() {
            return Err(Error::invalid(at.key("date"), "a transition cannot be dated before the previous one"));
        }
        Ok(())
    }

    /// Moves forward (or back from phase 6) to `to` on `date`; an error (and no change) when
    /// the move is not allowed without a reason, the date lies before the previous
    /// transition, or the process is closed.
    pub fn advance(&mut self, to: SupportPhase, date: Date) -> Result<(), Error> {
        check_transition(self.current(), to)?;
        self.guard(date)?;
        self.transitions.push(PhaseTransition { to, date, reason: None });
        Ok(())
    }

    /// Moves back to an earlier phase (2-5) on `date` for `reason` (002:1814-1823); an error
    /// (and no change) for a move that is not back, a blank reason, a date before the
    /// previous transition or a closed process.
    pub fn go_back(&mut self, to: SupportPhase, date: Date, reason: FreeText) -> Result<(), Error> {
        let from = self.current();
        if !(is_backward(from, to) || (from == SupportPhase::Evaluation && allowed_next(from).contains(&to))) {
            return check_transition(from, to);
        }
        if reason.is_blank() {
            let at = Path::root().key("transitions").index(self.transitions.len()).key("reason");
            return Err(Error::invalid(at, "a move back needs a reason"));
        }
        self.guard(date)?;
        self.transitions.push(PhaseTransition { to, date, reason: Some(reason) });
        Ok(())
    }

    /// Closes the process on `date`; an error (and no change) when it is already closed or
    /// the date lies before the last transition.
    pub fn close(&mut self, date: Date, reason: ProcessClosureReason, note: Option<FreeText>) -> Result<(), Error> {
        if self.closed.is_some() {
            return Err(Error::invalid(Path::root().key("closed"), "the process is already closed"));
        }
        if date < self.since() {
            return Err(Error::invalid(
                Path::root().key("closed").key("date"),
                "the closure cannot be dated before the last transition",
            ));
        }
        self.closed = Some(ProcessClosure { date, reason, note });
        Ok(())
    }

    /// Replays the recorded transitions and lists every one that breaks the rules, in order:
    /// a move that is neither allowed nor back, a move back without a reason, a date before
    /// the previous one, a transition after the closure or a closure before the last
    /// transition. Replay continues from the phase each transition enters.
    pub fn issues(&self) -> Vec<ProcessIssue> {
        let mut out = Vec::new();
        let (mut phase, mut since) = (SupportPhase::Meeting, self.started);
        for (i, t) in self.transitions.iter().enumerate() {
            let at = Path::root().key("transitions").index(i);
            let issue = |code, nl: String, en: String| ProcessIssue { path: at.clone(), code, nl, en };
            if allowed_next(phase).contains(&t.to) {
                // The regular order.
            } else if is_backward(phase, t.to) {
                if t.reason.as_ref().is_none_or(FreeText::is_blank) {
                    out.push(issue(
                        FindingCode::BackwardTransitionWithoutReason,
                        format!(
                            "Het proces gaat terug van fase {} naar fase {} zonder dat de reden is vastgelegd.",
                            phase.number(),
                            t.to.number()
                        ),
                        format!(
                            "The process moves back from phase {} to phase {} without a recorded reason.",
                            phase.number(),
                            t.to.number()
                        ),
                    ));
                }
            } else {
                let allowed: Vec<String> = allowed_next(phase).iter().map(|p| p.number().to_string()).collect();
                out.push(issue(
                    FindingCode::InvalidPhaseTransition,
                    format!(
                        "Van fase {} gaat het proces naar fase {}; na fase {} volgt fase {} (of, met een reden, een eerdere fase vanaf 2).",
                        phase.number(),
                        t.to.number(),
                        phase.number(),
                        allowed.join(", ")
                    ),
                    format!(
                        "The process moves from phase {} to phase {}; after phase {} comes phase {} (or, with a reason, an earlier phase from 2).",
                        phase.number(),
                        t.to.number(),
                        phase.number(),
                        allowed.join(", ")
                    ),
                ));
            }
            if t.date < since {
                out.push(ProcessIssue {
                    path: at.clone().key("date"),
                    code: FindingCode::TransitionDateOutOfOrder,
                    nl: "Deze faseovergang is gedateerd vóór de vorige.".into(),
                    en: "This transition is dated before the previous one.".into(),
                });
            }
            if let Some(c) = &self.closed {
                if t.date > c.date {
                    out.push(ProcessIssue {
                        path: at.key("date"),
                        code: FindingCode::TransitionDateOutOfOrder,
                        nl: "Deze faseovergang ligt na de afsluiting van het proces.".into(),
                        en: "This transition lies after the process was closed.".into(),
                    });
                }
            }
            phase = t.to;
            since = since.max(t.date);
        }
        if let Some(c) = &self.closed {
            if c.date < self.started {
                out.push(ProcessIssue {
                    path: Path::root().key("closed").key("date"),
                    code: FindingCode::TransitionDateOutOfOrder,
                    nl: "Het proces is afgesloten vóór het begon.".into(),
                    en: "The process is closed before it started.".into(),
                });
            }
        }
        out
    }

    /// Replays every transition strictly, as [`SupportProcess::advance`] and
    /// [`SupportProcess::go_back`] would make them; the first broken rule is the error. For
    /// programs; reading a case never calls it.
    pub fn check(&self) -> Result<(), Error> {
        let mut replay = SupportProcess::new(self.started);
        for t in &self.transitions {
            match &t.reason {
                Some(r) if is_backward(replay.current(), t.to) => replay.go_back(t.to, t.date, r.clone())?,
                _ => replay.advance(t.to, t.date)?,
            }
        }
        if let Some(c) = &self.closed {
            replay.close(c.date, c.reason, c.note.clone())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SupportPhase::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_cycle_and_its_way_back() {
        let mut p = SupportProcess::new(d("2012-02-06"));
        for (to, date) in [
            (Information, "2012-02-13"),
            (GoalSetting, "2012-02-27"),
            (Planning, "2012-03-01"),
            (Execution, "2012-03-05"),
            (Evaluation, "2012-06-05"),
            (Planning, "2012-06-05"),
            (Execution, "2012-06-05"),
        ] {
            p.advance(to, d(date)).unwrap();
        }
        assert_eq!(p.current(), Execution);
        assert_eq!(p.since(), d("2012-06-05"));
    }

    #[test]
    fn every_pair_against_an_independent_table() {
        // (from, to) pairs allowed by 002:1345-1400, written out by hand.
        let ok = [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 2), (6, 3), (6, 4), (6, 5)];
        for from in SupportPhase::ALL {
            for to in SupportPhase::ALL {
                let want = ok.contains(&(from.number(), to.number()));
                assert_eq!(check_transition(*from, *to).is_ok(), want, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn moves_back_against_an_independent_table() {
        // (from, to) moves back to phases 2-5 that are not the way back from 6 (002:1814-1823).
        let back = [(3, 2), (4, 2), (4, 3), (5, 2), (5, 3), (5, 4)];
        for from in SupportPhase::ALL {
            for to in SupportPhase::ALL {
                let want = back.contains(&(from.number(), to.number()));
                assert_eq!(is_backward(*from, *to), want, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn issues_replay_from_the_phase_each_transition_enters() {
        let t = |to, date: &str, reason: Option<&str>| PhaseTransition {
            to,
            date: d(date),
            reason: reason.map(Into::into),
        };
        let p = SupportProcess {
            started: d("2012-02-06"),
            transitions: vec![
                t(Information, "2012-02-13", None),
                t(Planning, "2012-02-20", None),    // a skip
                t(Execution, "2012-02-21", None),   // fine after the skip
                t(Information, "2012-02-22", None), // back without a reason
                t(GoalSetting, "2012-02-23", None),
                t(Information, "2012-02-24", Some("Meer informatie nodig")),
            ],
            closed: None,
        };
        let codes: Vec<(String, FindingCode)> = p.issues().into_iter().map(|i| (i.path.to_string(), i.code)).collect();
        assert_eq!(
            codes,
            [
                ("transitions[1]".to_owned(), FindingCode::InvalidPhaseTransition),
                ("transitions[3]".to_owned(), FindingCode::BackwardTransitionWithoutReason),
            ]
        );
        assert!(p.check().is_err());
    }

    #[test]
    fn invalid_transition_is_a_transition_error_listing_the_allowed() {
        let mut p = SupportProcess::new(d("2012-02-06"));
        match p.advance(Planning, d("2012-02-07")).unwrap_err() {
            Error::Transition { from, to, allowed } => {
                assert_eq!((from.as_str(), to.as_str(), allowed.as_str()), ("meeting", "planning", "information"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(p.current(), Meeting, "a refused move changes nothing");
        let mut q = SupportProcess::new(d("2012-02-06"));
        q.transitions = vec![PhaseTransition { to: Information, date: d("2012-02-07"), reason: None }];
        assert!(q.check().is_ok());
        assert!(q.advance(GoalSetting, d("2012-02-01")).is_err(), "dates do not go back");
        assert!(q.advance(Meeting, d("2012-03-01")).is_err());
    }
}
