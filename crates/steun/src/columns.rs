//! Instruments over tables: one input a row, in flat columns named as the JSON fields' last
//! names. Bindings that read columnar data (Arrow) take the column names, kinds and messages
//! from here and convert each cell to the core's type; the rules are the JSON path's.

use crate::lang::EnumInfo;
use crate::{Error, Path};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// A code of the enum: strings, or dictionary-encoded strings.
    Code(&'static EnumInfo),
    /// A whole number (any integer type).
    Count,
    /// true or false (a boolean column).
    Flag,
    /// Text.
    Text,
    /// A list of codes of the enum.
    Codes(&'static EnumInfo),
}

/// One column of an instrument's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    /// What it holds.
    pub kind: ColumnKind,
}

impl Column {
    /// The path errors name: the column.
    pub fn path(&self) -> Path {
        Path::root().key(self.name)
    }

    /// The error for a null cell.
    pub fn missing(&self) -> Error {
        Error::invalid(self.path(), "missing (null); this column needs a value in every row")
    }

    /// The error for a column of the wrong type; `got` is the Arrow type's name (never data).
    pub fn wrong_type(&self, got: &str) -> Error {
        let want = match self.kind {
            ColumnKind::Code(_) => "strings or dictionary-encoded strings",
            ColumnKind::Count => "integers",
            ColumnKind::Flag => "booleans",
            ColumnKind::Text => "strings",
            ColumnKind::Codes(_) => "lists of strings",
        };
        Error::invalid(self.path(), format!("invalid type: expected a column of {want}, got {got}"))
    }

    /// The error for a code the column's enum does not have (the code is not repeated).
    pub fn unknown_code(&self) -> Error {
        match self.kind {
            ColumnKind::Code(info) | ColumnKind::Codes(info) => {
                Error::invalid(self.path(), info.unknown_code_message())
            }
            // Only code columns hold codes.
            _ => self.wrong_type("a code"),
        }
    }
}

/// The result column holding a row's error (null for a good row).
pub const ERROR_COLUMN: &str = "error";

/// The error for an argument that is not a table at all (at `table`).
pub fn not_a_table() -> Error {
    Error::invalid(
        Path::root().key("table"),
        "invalid type: expected an Arrow table (an object with __arrow_c_stream__ or __arrow_c_array__)",
    )
}

/// Checks a table's column names against an instrument's input columns: every one present,
/// none other. Unknown names are not repeated (a column name may be personal data).
pub fn check_names<'a>(columns: &[Column], names: impl IntoIterator<Item = &'a str>) -> Result<Vec<usize>, Error> {
    let mut at = vec![usize::MAX; columns.len()];
    let allowed: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let mut unknown = 0usize;
    for (i, name) in names.into_iter().enumerate() {
        match columns.iter().position(|c| c.name == name) {
            Some(j) if at[j] == usize::MAX => at[j] = i,
            Some(j) => {
                return Err(Error::invalid(columns[j].path(), "the table has this column twice"));
            }
            None => unknown += 1,
        }
    }
    if unknown > 0 {
        return Err(Error::invalid(
            Path::root(),
            format!(
                "unknown field: the table has {unknown} column{} this operation does not read (not named here); \
                 allowed: {} (select them first)",
                if unknown == 1 { "" } else { "s" },
                allowed.join(", ")
            ),
        ));
    }
    let mut problems = Vec::new();
    for (j, c) in columns.iter().enumerate() {
        if at[j] == usize::MAX {
            problems.push(Error::invalid(c.path(), "missing required field: the table has no such column"));
        }
    }
    match problems.len() {
        0 => Ok(at),
        1 => Err(problems.remove(0)),
        _ => Err(Error::Issues(problems.iter().flat_map(Error::issues).collect())),
    }
}
