//! The registry: every module's operations, and the catalogue lookups.
//!
//! Adding an instrument: write its module with an `ops.rs` (see `urgency/ops.rs`), add its
//! `OPS` to [`OPS`] below, and run `./scripts/regenerate`.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::lang::Lang;
use crate::op::{op, AnyJson, Empty, Op, Text};
use crate::{operation, Error, Path};

/// Every module's operations, in a stable order.
pub const OPS: &[&[Op]] = &[
    crate::urgency::ops::OPS,
    crate::isolation::ops::OPS,
    crate::plan::ops::OPS,
    crate::iwmo::ops::OPS,
    crate::pattern::ops::OPS,
    crate::signals::ops::OPS,
    crate::verify::OPS,
    CATALOGUE,
    crate::loneliness::ops::OPS,
    crate::werkvorm::ops::OPS,
    crate::zelfscan::ops::OPS,
    crate::monitor::ops::OPS,
    crate::programme::ops::OPS,
    crate::zrm::ops::OPS,
    crate::picture::ops::OPS,
];

/// A label asked for by enum, code and language.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabelQuery {
    /// The enum's type name, e.g. `Dimension`.
    #[serde(rename = "enum")]
    pub r#enum: String,
    /// The code, e.g. `rights`.
    pub code: String,
    /// The language.
    pub lang: Lang,
}

impl Document for LabelQuery {
    const KIND: &'static str = "label_query";
}

/// A name to look up: an enum, a reference set or a document kind.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NameQuery {
    /// The name.
    pub name: String,
}

impl Document for NameQuery {
    const KIND: &'static str = "name_query";
}

/// A document to check, with its kind.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ValidateRequest {
    /// The document kind, e.g. `personal_profile`.
    pub kind: String,
    /// The document.
    pub document: AnyJson,
}

impl Document for ValidateRequest {
    const KIND: &'static str = "validate_request";
}

operation! {
    /// Every labelled enum with its codes and labels.
    Enums = "catalogue.enums": Empty => AnyJson,
    summary "Every coded value: the enums with their codes and Dutch and English labels",
    instrument None, example "{}",
    run |_r| Ok(crate::json::to_json(crate::catalogue::ENUMS))
}

operation! {
    /// One enum's codes and labels.
    Enum = "catalogue.enum": NameQuery => AnyJson,
    summary "One enum's codes and labels, by its type name (e.g. Dimension)",
    instrument None, example r#"{"name": "Dimension"}"#,
    run |q| Ok(crate::json::to_json(crate::catalogue::enum_named(&q.name)?))
}

operation! {
    /// The label of one code.
    Label = "catalogue.label": LabelQuery => Text,
    summary "The Dutch or English label of one code of one enum",
    instrument None, example r#"{"enum": "Dimension", "code": "rights", "lang": "nl"}"#,
    run |q| {
        let info = crate::catalogue::enum_named(&q.r#enum)?;
        let member = info
            .members
            .iter()
            .find(|m| m.code == q.code)
            .ok_or_else(|| Error::invalid(Path::root().key("code"), info.unknown_code_message()))?;
        Ok(Text { text: member.label(q.lang).to_owned() }.to_json())
    }
}

operation! {
    /// A reference set.
    Reference = "catalogue.reference": NameQuery => AnyJson,
    summary "A reference data set of the book (dimensions, central concepts, the signal matrix, ...)",
    instrument None, example r#"{"name": "dimensions"}"#,
    run |q| Ok(crate::json::to_json(&crate::reference::get(&q.name)?))
}

operation! {
    /// The document kinds.
    Kinds = "document.kinds": Empty => AnyJson,
    summary "The names of every document kind",
    instrument None, example "{}",
    run |_r| {
        let names: Vec<&str> = crate::document::kinds().map(|k| k.name).collect();
        Ok(crate::json::to_json(&names))
    }
}

operation! {
    /// Checks a document of a kind and writes it canonically.
    ValidateDocument = "document.validate": ValidateRequest => AnyJson,
    summary "Check a document of a named kind; returns it in canonical form",
    instrument None, example r#"{"kind": "isolation_input", "document": {"persistence": "threatened", "participation_oriented": true}}"#,
    run |r| {
        let k = crate::document::kind_named(&r.kind)?;
        k.canonical(&crate::json::to_json(&r.document)).map_err(|e| e.under("document"))
    }
}

operation! {
    /// The JSON Schema of a document kind.
    Schema = "document.schema": NameQuery => AnyJson,
    summary "The JSON Schema (draft 2020-12) of a document kind",
    instrument None, example r#"{"name": "isolation_input"}"#,
    run |q| {
        #[cfg(feature = "schema")]
        { Ok(crate::json::to_json(&crate::document::kind_named(&q.name)?.schema())) }
        #[cfg(not(feature = "schema"))]
        { let _ = q; Err(Error::Limit { message: "built without the schema feature".into() }) }
    }
}

/// The catalogue lookups.
pub const CATALOGUE: &[Op] = &[
    op::<Enums>(),
    op::<Enum>(),
    op::<Label>(),
    op::<Reference>(),
    op::<Kinds>(),
    op::<ValidateDocument>(),
    op::<Schema>(),
];
