//! Classification: from persistence and orientation to the type, its interventions, its
//! trajectory and what the network does with it (002:4235-4567).

use serde_json::Value;

use crate::document::Document;
use crate::lang::Bilingual;
use crate::{Error, Path};

use super::{Intervention, IsolationType, Persistence, Trajectory, Volunteer, TYPOLOGY, TYPOLOGY_VERSION};

/// What a professional knows of an older person's isolation: its persistence (the main
/// indicator, 002:4409-4418) and whether they are oriented to social participation (the
/// second indicator, 002:4420-4427). Both fields are required.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IsolationInput {
    /// The row of the typology. When it is not yet known, `decide_persistence` derives it
    /// from facts (the library's reading, not the source's).
    pub persistence: Persistence,
    /// True for "gericht op sociale participatie", false for "niet (duidelijk) gericht op
    /// sociale participatie".
    pub participation_oriented: bool,
}

/// The type of an older person's isolation with what the typology suggests for it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IsolationResult {
    /// The typology's id: always `machielse-hortulanus-2011` (stored results of 0.1 called it `typology`).
    #[serde(alias = "typology")]
    pub instrument: String,
    /// The version of steun's encoding of the typology, for replay and audit (formerly `version`).
    #[serde(alias = "version")]
    pub instrument_version: String,
    /// The type (one of eight).
    #[serde(rename = "type")]
    pub r#type: IsolationType,
    /// The category 1..4: the row of the table, as the Veenendaal network numbered them.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 4)))]
    #[serde(deserialize_with = "crate::isolation::category")]
    pub category: u8,
    /// The type's name.
    pub label: Bilingual,
    /// The table's characterisation of the type.
    pub description: Bilingual,
    /// The suggested interventions of the row, in the table's order.
    pub interventions: Vec<Intervention>,
    /// The same interventions in the order the orientation suggests: those aimed at
    /// participation first when the person is oriented to it, last when not (the library's
    /// reading of 002:4420-4427, interpretation I9; typology 2.0.0). Results stored under 1.x
    /// have none.
    #[serde(default)]
    pub suggested_order: Vec<Intervention>,
    /// Why `suggested_order` is what it is.
    #[serde(default)]
    pub orientation_note: Option<Bilingual>,
    /// The kind of trajectory the row needs.
    pub trajectory: Trajectory,
    /// What a volunteer can do.
    pub volunteer: Volunteer,
    /// Whether interventions aimed at participation and network growth are usually
    /// realistic: false for categories 3 and 4 (002:4409-4418).
    pub participation_interventions_realistic: bool,
    /// Whether this is a case for the signalling network: true for categories 3 and 4; in
    /// Veenendaal categories 1 and 2 stayed in regular work (002:4539-4567).
    pub network_case: bool,
}

/// Classifies an older person's isolation (002:4235-4405).
pub fn classify(input: &IsolationInput) -> IsolationResult {
    let t = IsolationType::of(input.persistence, input.participation_oriented);
    result_for(t)
}

/// The result for type `t`: what the table says of its row.
pub fn result_for(t: IsolationType) -> IsolationResult {
    let p: Persistence = t.persistence();
    IsolationResult {
        instrument: TYPOLOGY.to_owned(),
        instrument_version: TYPOLOGY_VERSION.to_owned(),
        r#type: t,
        category: p.category(),
        label: t.label_bilingual(),
        description: t.description_bilingual(),
        interventions: p.interventions().to_vec(),
        suggested_order: super::orientation_order::suggested_order(t),
        orientation_note: Some(super::orientation_order::orientation_note(t)),
        trajectory: p.trajectory(),
        volunteer: p.volunteer(),
        participation_interventions_realistic: p.participation_interventions_realistic(),
        network_case: p.network_case(),
    }
}

impl IsolationInput {
    /// The input that gives type `t`.
    pub fn for_type(t: IsolationType) -> Self {
        IsolationInput { persistence: t.persistence(), participation_oriented: t.participation_oriented() }
    }
}

impl Document for IsolationInput {
    const KIND: &'static str = "isolation_input";
}

impl Document for IsolationResult {
    const KIND: &'static str = "isolation_result";

    /// A stored result must be what this version of the typology gives for its type, so a
    /// hand-edited or outdated result is caught when it is read.
    fn check(&self) -> Result<(), Error> {
        // Results stored under the 0.1 names and version "1", under 1.1.0 (before the
        // decision helper took loneliness evidence) or 1.2.0 (before the orientation ordered
        // the interventions) have the same tables and no suggested order.
        if matches!(self.instrument_version.as_str(), "1" | "1.1.0" | "1.2.0") {
            let want = result_for(self.r#type);
            if !self.suggested_order.is_empty() || self.orientation_note.is_some() {
                let msg = "a result of typology 1.x has no suggested order; expected none";
                return Err(Error::invalid(Path::root().key("suggested_order"), msg));
            }
            let mut current = self.clone();
            current.instrument_version = TYPOLOGY_VERSION.to_owned();
            current.suggested_order = want.suggested_order.clone();
            current.orientation_note = want.orientation_note.clone();
            return same_as(&current, &want);
        }
        same_as(self, &result_for(self.r#type))
    }
}

/// Checks that a stored document equals the one the table gives; the first field that
/// differs is reported with its path and the expected value (table data, never the input).
pub(super) fn same_as<T: serde::Serialize>(have: &T, want: &T) -> Result<(), Error> {
    let have = serde_json::to_value(have).unwrap_or(Value::Null);
    let want = serde_json::to_value(want).unwrap_or(Value::Null);
    first_difference(&have, &want, Path::root())
}

fn first_difference(have: &Value, want: &Value, path: Path) -> Result<(), Error> {
    if have == want {
        return Ok(());
    }
    if let (Value::Object(h), Value::Object(w)) = (have, want) {
        for (k, wv) in w {
            first_difference(h.get(k).unwrap_or(&Value::Null), wv, path.clone().key(k.as_str()))?;
        }
        return Ok(());
    }
    let msg = format!("does not match the typology {TYPOLOGY} (version {TYPOLOGY_VERSION}); expected {want}");
    Err(Error::invalid(path, msg))
}
