//! The signalling process: six steps in a cycle (002:3648-3661), recorded as dated entries
//! on a case.

use crate::lang::{labelled_enum, Labelled};
use crate::text::FreeText;
use crate::{Date, Error, Path};

labelled_enum! {
    /// A step of the cyclic signalling process (signaleringsproces, 002:3648-3661). After
    /// `evaluate` the cycle starts again with `notice`.
    pub enum SignalStep {
        /// 1. Opmerken, waarnemen.
        Notice = "notice" { nl: "Opmerken, waarnemen", en: "Noticing" },
        /// 2. Beoordelen.
        Assess = "assess" { nl: "Beoordelen", en: "Assessing" },
        /// 3. Analyseren.
        Analyse = "analyse" { nl: "Analyseren", en: "Analysing" },
        /// 4. Beslissen.
        Decide = "decide" { nl: "Beslissen", en: "Deciding" },
        /// 5. Uitvoeren/actie.
        Act = "act" { nl: "Uitvoeren, actie", en: "Acting" },
        /// 6. Evalueren.
        Evaluate = "evaluate" { nl: "Evalueren", en: "Evaluating" },
    }
}

impl SignalStep {
    /// The step's number, 1-6.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The step that follows: the next number, and `notice` after `evaluate` (the process is
    /// cyclic, 002:3654).
    pub fn next(self) -> SignalStep {
        let all = <SignalStep as Labelled>::ALL;
        all[(self as usize + 1) % all.len()]
    }
}

/// One dated entry of the signalling process on a case.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcessEntry {
    /// The step taken.
    pub step: SignalStep,
    /// When it was taken.
    pub date: Date,
    /// What was done or found (personal text).
    #[serde(default)]
    pub note: Option<FreeText>,
}

/// Checks that `entries` follow the cycle from `notice`, step by step, with dates that never
/// go back. A step out of order is an [`Error::Transition`] (from `start` for the first one).
pub fn check_cycle(entries: &[ProcessEntry], path: &Path) -> Result<(), Error> {
    let mut prev: Option<&ProcessEntry> = None;
    for (i, e) in entries.iter().enumerate() {
        check_next(prev, e.step, e.date, &path.clone().index(i))?;
        prev = Some(e);
    }
    Ok(())
}

/// Checks that `step` on `date` may follow `prev` (None: the process has not started).
pub(crate) fn check_next(prev: Option<&ProcessEntry>, step: SignalStep, date: Date, path: &Path) -> Result<(), Error> {
    let (from, allowed) = match prev {
        None => ("start", SignalStep::Notice),
        Some(p) => (p.step.code(), p.step.next()),
    };
    if step != allowed {
        return Err(Error::Transition {
            from: from.to_owned(),
            to: step.code().to_owned(),
            allowed: allowed.code().to_owned(),
        });
    }
    if let Some(p) = prev {
        if date < p.date {
            return Err(Error::invalid(
                path.clone().key("date"),
                "a process step cannot be dated before the step it follows",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(step: SignalStep, date: &str) -> ProcessEntry {
        ProcessEntry { step, date: date.parse().unwrap(), note: None }
    }

    #[test]
    fn the_cycle_runs_one_to_six_and_back_to_one() {
        use SignalStep::*;
        // 002:3656-3661, and "cyclisch" (002:3654).
        let order = [Notice, Assess, Analyse, Decide, Act, Evaluate, Notice];
        for w in order.windows(2) {
            assert_eq!(w[0].next(), w[1]);
        }
        assert_eq!(Evaluate.number(), 6);
    }

    #[test]
    fn a_full_cycle_and_a_second_round_are_accepted() {
        use SignalStep::*;
        let mut entries = Vec::new();
        for (i, s) in [Notice, Assess, Analyse, Decide, Act, Evaluate, Notice, Assess].into_iter().enumerate() {
            entries.push(e(s, &format!("2012-03-{:02}", i + 1)));
        }
        assert_eq!(check_cycle(&entries, &Path::root().key("process")), Ok(()));
    }

    #[test]
    fn skipping_or_starting_late_is_a_transition_error() {
        use SignalStep::*;
        let skip = [e(Notice, "2012-03-01"), e(Analyse, "2012-03-02")];
        assert_eq!(
            check_cycle(&skip, &Path::root()).unwrap_err(),
            Error::Transition { from: "notice".into(), to: "analyse".into(), allowed: "assess".into() }
        );
        let late = [e(Assess, "2012-03-01")];
        assert_eq!(
            check_cycle(&late, &Path::root()).unwrap_err().to_string(),
            "cannot go from start to assess; allowed from start: notice"
        );
    }

    #[test]
    fn dates_may_not_go_back() {
        use SignalStep::*;
        let back = [e(Notice, "2012-03-02"), e(Assess, "2012-03-01")];
        let err = check_cycle(&back, &Path::root().key("process")).unwrap_err();
        assert_eq!(err.path().unwrap().to_string(), "process[1].date");
    }
}
