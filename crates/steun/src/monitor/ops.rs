//! The monitor's operations.

use super::*;
use crate::document::Document;
use crate::op::{op, Instrument, Op};
use crate::operation;

/// Monitoring cliëntondersteuning (003).
pub const CO_MONITOR: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

operation! {
    /// The monitoring report.
    Report = "co_monitor.report": MonitorRequest => MonitorReport,
    summary "Monitor client support: output, outcome and experience indicators and 003's questions answered",
    instrument Some(CO_MONITOR),
    example include_str!("../../data/examples/co_monitor.json"),
    run |r| Ok(report(&r).to_json())
}

/// The monitor's operations.
pub const OPS: &[Op] = &[op::<Report>()];
