//! The demand pattern operations: `patterns.find`, the life-cycle steps `pattern.validate`,
//! `pattern.prioritise` (one pattern) or `patterns.prioritise` (a choice among several),
//! `pattern.address`, `pattern.close`, and `patterns.method_checklist`.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::op::{op, Instrument, Op};
use crate::{operation, Error, Path};

/// The pattern finder (002:3362).
pub const PATTERNS: Instrument = Instrument { id: finder::INSTRUMENT, version: finder::INSTRUMENT_VERSION };

/// The life cycle's rules and the method checklist (002:3418-3437, 002:5775-5836, 002:6121-6154).
pub const LIFECYCLE: Instrument = Instrument { id: lifecycle::INSTRUMENT, version: lifecycle::INSTRUMENT_VERSION };

/// Coded story fragments and K.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FindRequest {
    /// The coded fragments.
    pub fragments: Vec<StoryFragment>,
    /// K: the least number of distinct respondents a candidate needs.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub min_respondents: u32,
}

impl Document for FindRequest {
    const KIND: &'static str = "find_patterns_request";

    fn check(&self) -> Result<(), Error> {
        if self.min_respondents == 0 {
            return Err(Error::invalid(
                Path::root().key("min_respondents"),
                "expected a whole number from 1 to 4294967295",
            ));
        }
        Ok(())
    }
}

macro_rules! step_request {
    ($ty:ident, $kind:literal, $field:ident: $inner:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Debug, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $ty {
            /// The pattern.
            pub pattern: DemandPattern,
            /// What happened.
            pub $field: $inner,
        }

        impl Document for $ty {
            const KIND: &'static str = $kind;

            fn check(&self) -> Result<(), Error> {
                self.pattern.check().map_err(|e| e.under("pattern"))?;
                self.$field.check().map_err(|e| e.under(stringify!($field)))
            }
        }
    };
}

step_request!(ValidateRequest, "pattern_validation_request", meeting: MeetingRecord, "A pattern and the meeting that validated it.");
step_request!(PrioritiseOneRequest, "pattern_priority_request", choice: PriorityChoice, "A validated pattern and the choice that made it one to address first.");
step_request!(AddressRequest, "pattern_addressing_request", addressing: Addressing, "A pattern and the party that takes it up.");
step_request!(CloseRequest, "pattern_closure_request", closure: Closure, "A pattern and how it was closed.");

operation! {
    /// Finds candidate patterns.
    Find = "patterns.find": FindRequest => CandidatePatterns,
    summary "Find candidate demand patterns: themes shared by at least K respondents (002:3362)",
    instrument Some(PATTERNS),
    example concat!(r#"{"min_respondents": 3, "fragments": "#, include_str!("../../data/examples/story_fragments.json"), "}"),
    run |r| Ok(finder::find_candidates_at(&r.fragments, i64::from(r.min_respondents), &Path::root().key("fragments"))?.to_json())
}

operation! {
    /// Records the validation meeting.
    Validate = "pattern.validate": ValidateRequest => DemandPattern,
    summary "Record the meeting in which the respondents recognised a candidate pattern (002:3418-3422, 002:5775-5777)",
    instrument None,
    example r#"{"pattern": {"id": "nijmegen-mobiel", "title": "We willen graag mobiel zijn", "status": "candidate"},
 "meeting": {"date": "2011-10-12", "roles_present": ["respondent", "researcher", "professional"], "respondents_present": 6, "respondents_recognising": 5, "recognised_by": ["respondent"]}}"#,
    run |r| {
        let mut p = r.pattern;
        p.validate(r.meeting)?;
        Ok(p.to_json())
    }
}

operation! {
    /// Records that one pattern was chosen to address first.
    PrioritiseOne = "pattern.prioritise": PrioritiseOneRequest => DemandPattern,
    summary "Record that a validated pattern was chosen as one to address first (002:3435-3437, 002:6128)",
    instrument None,
    example concat!(r#"{"pattern": "#, include_str!("../../data/examples/pattern_validated.json"),
        r#", "choice": {"date": "2011-10-12", "rank": 1, "considered": 8, "chosen_by": ["respondent", "self_organisation", "key_figure"]}}"#),
    run |r| {
        let mut p = r.pattern;
        p.prioritise(r.choice)?;
        Ok(p.to_json())
    }
}

operation! {
    /// Records who takes a pattern up.
    Address = "pattern.address": AddressRequest => DemandPattern,
    summary "Record the party that takes a prioritised pattern up (002:3426-3431, 002:5830-5836)",
    instrument None,
    example concat!(r#"{"pattern": "#, include_str!("../../data/examples/pattern_prioritised.json"), r#", "addressing": "#,
        include_str!("../../data/examples/pattern_addressing.json"), "}"),
    run |r| {
        let mut p = r.pattern;
        p.address(r.addressing)?;
        Ok(p.to_json())
    }
}

operation! {
    /// Closes a pattern.
    Close = "pattern.close": CloseRequest => DemandPattern,
    summary "Close an addressed pattern with its result (steun's own end state)",
    instrument None,
    example concat!(r#"{"pattern": "#, include_str!("../../data/examples/pattern_addressed.json"), r#", "closure": "#,
        include_str!("../../data/examples/pattern_closure.json"), "}"),
    run |r| {
        let mut p = r.pattern;
        p.close(r.closure)?;
        Ok(p.to_json())
    }
}

operation! {
    /// Chooses the patterns to address first.
    Prioritise = "patterns.prioritise": PrioritiseRequest => PrioritisedPatterns,
    summary "Choose among validated patterns the ones to address first, in order (002:3435-3437, 002:6128)",
    instrument Some(LIFECYCLE),
    example include_str!("../../data/examples/pattern_prioritisation.json"),
    run |r| Ok(priority::prioritise_request(r)?.to_json())
}

operation! {
    /// Hatert's eleven steps as a checklist.
    MethodChecklistOp = "patterns.method_checklist": MethodChecklistRequest => MethodChecklist,
    summary "Hatert's eleven steps from demand pattern to practice, ticked off in any order (002:6121-6154)",
    instrument Some(LIFECYCLE),
    example r#"{"pattern": "hatert-opgroeien", "done": [{"step": "demand_pattern_research", "date": "2008-12-01"}, {"step": "choose_priority_pattern", "note": "Opgroeien in Hatert"}]}"#,
    run |r| Ok(method::method_checklist(&r)?.to_json())
}

/// The demand pattern operations.
pub const OPS: &[Op] = &[
    op::<Find>(),
    op::<Validate>(),
    op::<Prioritise>(),
    op::<PrioritiseOne>(),
    op::<Address>(),
    op::<Close>(),
    op::<MethodChecklistOp>(),
];
