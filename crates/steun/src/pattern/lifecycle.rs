//! The life cycle of a demand pattern: candidate -> validated -> prioritised -> addressed ->
//! closed (rules version [`INSTRUMENT_VERSION`]).
//!
//! Each step needs its record: the transdisciplinary meeting in which the respondents
//! recognised the pattern (002:3418-3422, 002:5775-5777), the choice of it as one to address
//! first (002:3435-3437, 002:6128; [`crate::pattern::priority`]), who takes it up and the agreed
//! actions (002:3426-3431, 002:5830-5836), and how it was closed. A step from the wrong state
//! is an [`Error::Transition`]; a record that breaks a rule is an [`Error::Invalid`] whose
//! path names the field within the record. Either way the pattern is left as it was.

use crate::document::Document;
use crate::pattern::enums::PatternStatus;
use crate::pattern::model::{Addressing, Closure, DemandPattern, MeetingRecord};
use crate::pattern::priority::PriorityChoice;
use crate::{Error, Path};

/// The id of the life cycle's rules (validation, prioritisation, addressing, closing) and of
/// the method checklist, carried by `patterns.prioritise` and `patterns.method_checklist`.
pub const INSTRUMENT: &str = "steun.patterns";

/// The version of those rules. 2.0.0: the respondents' recognition needs a majority (D6), and
/// a prioritisation step comes before addressing (D8). Until 1.x the rules shared
/// `steun.patterns.find` 1.0.0 with the finder, whose rules did not change.
pub const INSTRUMENT_VERSION: &str = "2.0.0";

pub(crate) fn transition(from: PatternStatus, to: PatternStatus) -> Error {
    Error::Transition {
        from: from.to_string(),
        to: to.to_string(),
        allowed: from.next().map_or_else(|| "(none)".to_owned(), |n| n.to_string()),
    }
}

impl DemandPattern {
    fn step(&self, to: PatternStatus) -> Result<(), Error> {
        if self.status.next() == Some(to) {
            Ok(())
        } else {
            Err(transition(self.status, to))
        }
    }

    /// Validates a candidate with the record of the meeting in which respondents recognised
    /// it. Only people validate a pattern: without respondents present who recognised it,
    /// this fails (002:3421-3422).
    ///
    /// ```
    /// use steun::pattern::{DemandPattern, MeetingRecord, MeetingRole, PatternStatus};
    ///
    /// let mut p = DemandPattern::new("neem-mij-serieus", "Neem mij serieus!");
    /// let mut meeting = MeetingRecord {
    ///     date: "2012-03-01".parse()?,
    ///     roles_present: vec![MeetingRole::Researcher, MeetingRole::Professional],
    ///     respondents_present: 0,
    ///     respondents_recognising: 0,
    ///     recognised_by: vec![],
    ///     recognising_respondents: vec![],
    ///     min_recognising: None,
    ///     solution_needed: None,
    ///     notes: None,
    /// };
    /// assert!(p.validate(meeting.clone()).is_err()); // no respondents: no vraagpatroon
    /// meeting.roles_present.push(MeetingRole::Respondent);
    /// meeting.respondents_present = 6;
    /// meeting.respondents_recognising = 1;
    /// assert!(p.validate(meeting.clone()).is_err()); // one of six is not "the respondents"
    /// meeting.respondents_recognising = 5;
    /// p.validate(meeting)?;
    /// assert_eq!(p.status, PatternStatus::Validated);
    /// # Ok::<(), steun::Error>(())
    /// ```
    pub fn validate(&mut self, meeting: MeetingRecord) -> Result<(), Error> {
        self.step(PatternStatus::Validated)?;
        meeting.check_at(&Path::root())?;
        self.validation = Some(meeting);
        self.status = PatternStatus::Validated;
        Ok(())
    }

    /// Records that a validated pattern was chosen as one to address first (002:3435-3437,
    /// 002:6128). [`crate::pattern::priority::prioritise`] does this for a set of patterns.
    pub fn prioritise(&mut self, choice: PriorityChoice) -> Result<(), Error> {
        self.step(PatternStatus::Prioritised)?;
        choice.check_at(&Path::root())?;
        self.prioritisation = Some(choice);
        self.status = PatternStatus::Prioritised;
        Ok(())
    }

    /// Addresses a prioritised pattern: names who takes it up and the agreed actions with their
    /// owners. A professional party needs the reason the group cannot take it up itself
    /// (002:5834-5836).
    pub fn address(&mut self, addressing: Addressing) -> Result<(), Error> {
        self.step(PatternStatus::Addressed)?;
        addressing.check_at(&Path::root())?;
        self.addressing = Some(addressing);
        self.status = PatternStatus::Addressed;
        Ok(())
    }

    /// Closes an addressed pattern.
    pub fn close(&mut self, closure: Closure) -> Result<(), Error> {
        self.step(PatternStatus::Closed)?;
        closure.check_at(&Path::root())?;
        self.closure = Some(closure);
        self.status = PatternStatus::Closed;
        Ok(())
    }
}

/// [`DemandPattern::validate`] on JSON: the pattern and the meeting record in, the validated
/// pattern out (canonical JSON).
pub fn validate_json(pattern: &str, meeting: &str) -> Result<String, Error> {
    let mut p = DemandPattern::from_json(pattern)?;
    p.validate(crate::json::from_json(meeting)?)?;
    Ok(p.to_json())
}

/// [`DemandPattern::address`] on JSON.
pub fn address_json(pattern: &str, addressing: &str) -> Result<String, Error> {
    let mut p = DemandPattern::from_json(pattern)?;
    p.address(crate::json::from_json(addressing)?)?;
    Ok(p.to_json())
}

/// [`DemandPattern::close`] on JSON.
pub fn close_json(pattern: &str, closure: &str) -> Result<String, Error> {
    let mut p = DemandPattern::from_json(pattern)?;
    p.close(crate::json::from_json(closure)?)?;
    Ok(p.to_json())
}
