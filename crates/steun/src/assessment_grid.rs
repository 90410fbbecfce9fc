//! The assessment grid (schema bij het verzamelen van informatie, 002:1495-1540): for each
//! quality-of-life dimension, what the person experiences as barriers, what they wish, what
//! support and resources they need, and what support and resources are already there.

use crate::document::Document;
use crate::quality::Dimension;
use crate::text::FreeText;
use crate::{Error, Path};

/// The assessment grid of phase 2 (information gathering), one row per dimension that
/// matters for the person. Rows keep the order in which they were written; a dimension
/// appears at most once.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentGrid {
    /// The rows, at most one per dimension.
    pub rows: Vec<GridRow>,
}

/// One row of the assessment grid: a dimension and its four columns (002:1499-1512).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GridRow {
    /// The quality-of-life dimension of this row.
    pub dimension: Dimension,
    /// Ervaren belemmeringen: barriers the person experiences.
    #[serde(default)]
    pub experienced_barriers: Vec<FreeText>,
    /// Wensen: the person's wishes.
    #[serde(default)]
    pub wishes: Vec<FreeText>,
    /// Benodigde ondersteuning en hulpbronnen: support and resources needed.
    #[serde(default)]
    pub needed_support: Vec<FreeText>,
    /// Aanwezige ondersteuning en hulpbronnen: support and resources already present.
    #[serde(default)]
    pub present_support: Vec<FreeText>,
}

impl GridRow {
    /// An empty row for `dimension`.
    pub fn new(dimension: Dimension) -> Self {
        GridRow {
            dimension,
            experienced_barriers: Vec::new(),
            wishes: Vec::new(),
            needed_support: Vec::new(),
            present_support: Vec::new(),
        }
    }
}

impl AssessmentGrid {
    /// The row for `dimension`, if the grid has one.
    pub fn row(&self, dimension: Dimension) -> Option<&GridRow> {
        self.rows.iter().find(|r| r.dimension == dimension)
    }
}

impl Document for AssessmentGrid {
    const KIND: &'static str = "assessment_grid";

    fn check(&self) -> Result<(), Error> {
        for (i, row) in self.rows.iter().enumerate() {
            if self.rows[..i].iter().any(|r| r.dimension == row.dimension) {
                return Err(Error::invalid(
                    Path::root().key("rows").index(i).key("dimension"),
                    "duplicate dimension: each dimension has at most one row",
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_without_loss() {
        let mut row = GridRow::new(Dimension::SocialInclusion);
        row.wishes.push("vrijwilligerswerk doen".into());
        row.present_support.push("collega's op het werk".into());
        let grid = AssessmentGrid { rows: vec![row, GridRow::new(Dimension::Rights)] };
        let text = grid.to_json();
        assert_eq!(AssessmentGrid::from_json(&text).unwrap(), grid);
        assert!(text.contains("\"dimension\":\"social_inclusion\""));
    }

    #[test]
    fn missing_columns_default_to_empty() {
        let g = AssessmentGrid::from_json(r#"{"rows":[{"dimension":"rights"}]}"#).unwrap();
        assert_eq!(g.rows[0], GridRow::new(Dimension::Rights));
    }

    #[test]
    fn duplicate_dimension_is_an_error_with_path() {
        let e = AssessmentGrid::from_json(r#"{"rows":[{"dimension":"rights"},{"dimension":"rights"}]}"#).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "rows[1].dimension");
    }

    #[test]
    fn unknown_column_is_rejected() {
        let e = AssessmentGrid::from_json(r#"{"rows":[{"dimension":"rights","notes":[]}]}"#).unwrap_err();
        // The unknown key is never echoed: the path ends at its object.
        assert_eq!(e.path().unwrap().to_string(), "rows[0]");
        assert!(!e.to_string().contains("notes"), "{e}");
    }

    #[test]
    fn debug_hides_the_texts() {
        let mut row = GridRow::new(Dimension::Rights);
        row.wishes.push("geheim".into());
        assert!(!format!("{row:?}").contains("geheim"));
    }
}
