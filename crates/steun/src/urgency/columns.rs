//! The urgency instrument over a table (see [`crate::columns`]): one signal a row.

use super::{
    Persons, UrgencyBand, UrgencyDuration, UrgencyInput, UrgencyReportAction, UrgencyReporterAction, UrgencyRisk,
    UrgencyRisks, UrgencyScope, PERSONS_RULE,
};
use crate::columns::{Column, ColumnKind};
use crate::lang::Labelled;
use crate::Error;

const fn code<T: Labelled>(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Code(&T::INFO) }
}
const fn col(name: &'static str, kind: ColumnKind) -> Column {
    Column { name, kind }
}

/// The input columns, in the order [`input_of_row`] takes them: `risks.safety`,
/// `risks.health`, `risks.wellbeing`, `scope.persons`, `scope.minors_involved`,
/// `scope.over_75_involved`, `duration` of an `urgency_input`.
pub const INPUT_COLUMNS: [Column; 7] = [
    code::<UrgencyRisk>("safety"),
    code::<UrgencyRisk>("health"),
    code::<UrgencyRisk>("wellbeing"),
    col("persons", ColumnKind::Count),
    col("minors_involved", ColumnKind::Flag),
    col("over_75_involved", ColumnKind::Flag),
    code::<UrgencyDuration>("duration"),
];

/// The result columns, each the `urgency_result` field of its name (`band` is `band.band`);
/// a table result adds `explanation` when asked for and `error` (null for a good row).
pub const RESULT_COLUMNS: [Column; 10] = [
    col("score", ColumnKind::Count),
    col("score_min", ColumnKind::Count),
    col("score_max", ColumnKind::Count),
    code::<UrgencyBand>("band"),
    code::<UrgencyBand>("worst_band"),
    col("needs_consultation", ColumnKind::Flag),
    code::<UrgencyReportAction>("report_action"),
    code::<UrgencyReporterAction>("reporter_action"),
    col("instrument", ColumnKind::Text),
    col("instrument_version", ColumnKind::Text),
];

/// The `persons` cell: >= 1 and at most `u32::MAX`, else an error naming the column.
pub fn persons(n: i64) -> Result<Persons, Error> {
    u32::try_from(n)
        .ok()
        .and_then(|n| Persons::new(n).ok())
        .ok_or_else(|| Error::invalid(INPUT_COLUMNS[3].path(), format!("expected {PERSONS_RULE}")))
}

/// The input of one row, its cells in the order of [`INPUT_COLUMNS`].
pub fn input_of_row(
    safety: UrgencyRisk,
    health: UrgencyRisk,
    wellbeing: UrgencyRisk,
    persons: Persons,
    minors_involved: bool,
    over_75_involved: bool,
    duration: UrgencyDuration,
) -> UrgencyInput {
    UrgencyInput {
        risks: UrgencyRisks { safety, health, wellbeing },
        scope: UrgencyScope { persons, minors_involved, over_75_involved },
        duration,
    }
}
