//! The programme's operations.

use super::*;
use crate::op::{op, Empty, Instrument, Op};
use crate::operation;

/// The municipal programme for client support (003).
pub const CO_PROGRAMME: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

operation! {
    /// The cost indications of 2020.
    CostIndicationsOp = "co_programme.cost_indications": Empty => CostIndications,
    summary "The cost indications of the koploper plans (August 2020), with their caveat: no rights",
    instrument Some(CO_PROGRAMME),
    example "{}",
    run |_r| Ok(cost_indications().to_json())
}

/// The programme's operations.
pub const OPS: &[Op] = &[op::<CostIndicationsOp>()];
