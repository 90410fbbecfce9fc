//! The werkvormen's operations.

use super::*;
use crate::document::Document;
use crate::op::{op, Instrument, Op};
use crate::operation;

/// The werkvormen of the Inspiratiegids cliëntondersteuning (Movisie 2017).
pub const WERKVORMEN: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

operation! {
    /// The catalogue of the eleven werkvormen.
    List = "werkvormen.list": WerkvormQuery => WerkvormCatalogue,
    summary "The eleven werkvormen of 004 (goal, participants, duration, materials, steps, rules), cited",
    instrument Some(WERKVORMEN),
    example r#"{"werkvorm": "world_cafe", "lang": "nl"}"#,
    run |q| Ok(catalogue(&q).to_json())
}

operation! {
    /// The werkvormen for a goal: the guide's mapping first, then steun's readings.
    Select = "werkvormen.select": SelectQuery => WerkvormSelection,
    summary "The werkvormen for one of the guide's four goals; the guide's own mapping first",
    instrument Some(WERKVORMEN),
    example r#"{"goal": "stimulate_cooperation", "lang": "en"}"#,
    run |q| Ok(select(&q).to_json())
}

operation! {
    /// A session template as Markdown.
    Template = "werkvormen.template": TemplateRequest => WerkvormTemplate,
    summary "A session plan for a werkvorm as Markdown (e.g. a Wereldcafé agenda), Dutch or English",
    instrument Some(WERKVORMEN),
    example r#"{"werkvorm": "world_cafe", "lang": "nl", "questions": ["Wat betekent onafhankelijke cliëntondersteuning voor u?"]}"#,
    run |r| Ok(template(&r).to_json())
}

/// The werkvormen operations.
pub const OPS: &[Op] = &[op::<List>(), op::<Select>(), op::<Template>()];
