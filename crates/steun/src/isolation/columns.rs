//! The isolation typology over a table (see [`crate::columns`]): one person a row.

use super::{
    Intervention, IsolationInput, IsolationType, Persistence, TrajectoryIntensity, TrajectoryLength, Volunteer,
};
use crate::columns::{Column, ColumnKind};
use crate::lang::Labelled;

const fn col(name: &'static str, kind: ColumnKind) -> Column {
    Column { name, kind }
}

/// The input columns: the `isolation_input` fields.
pub const INPUT_COLUMNS: [Column; 2] =
    [col("persistence", ColumnKind::Code(&Persistence::INFO)), col("participation_oriented", ColumnKind::Flag)];

/// The result columns, each the `isolation_result` field of its name
/// (`trajectory_length` and `trajectory_intensity` are `trajectory.length` and `.intensity`); a table result adds
/// `error` (null for a good row). The labels and descriptions are left out: they are the
/// type's, from `isolation.type_info` or the catalogue.
pub const RESULT_COLUMNS: [Column; 10] = [
    col("type", ColumnKind::Code(&IsolationType::INFO)),
    col("category", ColumnKind::Count),
    col("interventions", ColumnKind::Codes(&Intervention::INFO)),
    col("trajectory_length", ColumnKind::Code(&TrajectoryLength::INFO)),
    col("trajectory_intensity", ColumnKind::Code(&TrajectoryIntensity::INFO)),
    col("volunteer", ColumnKind::Code(&Volunteer::INFO)),
    col("participation_interventions_realistic", ColumnKind::Flag),
    col("network_case", ColumnKind::Flag),
    col("instrument", ColumnKind::Text),
    col("instrument_version", ColumnKind::Text),
];

/// The input of one row.
pub fn input_of_row(persistence: Persistence, participation_oriented: bool) -> IsolationInput {
    IsolationInput { persistence, participation_oriented }
}
