//! The support process as a state machine over the six phases (002:1345-1400): phases run
//! 1 → 2 → ... → 6, and phase 6 (monitoring, evaluating, adjusting) may lead back to
//! phases 2-5 to adjust the plan (002:1347-1351, 002:1813-1832). Every transition is dated.

use crate::date::Date;
use crate::lang::Labelled;
use crate::phase::SupportPhase;
use crate::{Error, Path};

/// The phases reachable from `from` in one transition.
///
/// 1-5 lead to the next phase; 6 leads back to 2, 3, 4 or 5. Interpretation: going back to
/// phase 1 is not a transition (a new acquaintance is a new case), and phases are not
/// skipped (002:1404-1407 lists them as consecutive steps).
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

/// A checked transition, or [`Error::Transition`] naming the allowed phases.
pub fn check_transition(from: SupportPhase, to: SupportPhase) -> Result<(), Error> {
    let allowed = allowed_next(from);
    if allowed.contains(&to) {
        Ok(())
    } else {
        let names: Vec<&str> = allowed.iter().map(|p| p.code()).collect();
        Err(Error::Transition { from: from.code().to_owned(), to: to.code().to_owned(), allowed: names.join(", ") })
    }
}

/// The course of one support process: it starts in phase 1 on `started` and moves by
/// dated transitions.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportProcess {
    /// The date of the first meeting (phase 1).
    pub started: Date,
    /// The transitions, in order; dates never go back.
    #[serde(default)]
    pub transitions: Vec<PhaseTransition>,
}

/// A move to another phase on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PhaseTransition {
    /// The phase entered.
    pub to: SupportPhase,
    /// The date it was entered.
    pub date: Date,
}

impl SupportProcess {
    /// A process that starts in phase 1 on `started`.
    pub fn new(started: Date) -> Self {
        SupportProcess { started, transitions: Vec::new() }
    }

    /// The current phase.
    pub fn current(&self) -> SupportPhase {
        self.transitions.last().map_or(SupportPhase::Meeting, |t| t.to)
    }

    /// The date the current phase was entered.
    pub fn since(&self) -> Date {
        self.transitions.last().map_or(self.started, |t| t.date)
    }

    /// Moves to `to` on `date`; an error (and no change) when the move is not allowed or
    /// the date lies before the previous transition.
    pub fn advance(&mut self, to: SupportPhase, date: Date) -> Result<(), Error> {
        check_transition(self.current(), to)?;
        if date < self.since() {
            return Err(Error::invalid(
                Path::root().key("transitions").index(self.transitions.len()).key("date"),
                "a transition cannot be dated before the previous one",
            ));
        }
        self.transitions.push(PhaseTransition { to, date });
        Ok(())
    }

    /// Replays every transition from phase 1; the first invalid one is the error.
    pub fn check(&self) -> Result<(), Error> {
        let mut replay = SupportProcess::new(self.started);
        for t in &self.transitions {
            replay.advance(t.to, t.date)?;
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
        q.transitions = vec![PhaseTransition { to: Information, date: d("2012-02-07") }];
        assert!(q.check().is_ok());
        assert!(q.advance(GoalSetting, d("2012-02-01")).is_err(), "dates do not go back");
        assert!(q.advance(Meeting, d("2012-03-01")).is_err());
    }
}
