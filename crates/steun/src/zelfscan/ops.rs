//! The zelfscan's operations.

use serde::{Deserialize, Serialize};

use super::*;
use crate::document::Document;
use crate::lang::{Labelled, Lang};
use crate::op::{op, Instrument, Op};
use crate::operation;

/// The zelfscan cliënt- en samensturing (MOVISIE 2013).
pub const ZELFSCAN: Instrument = Instrument { id: INSTRUMENT, version: INSTRUMENT_VERSION };

/// A request for the elements: one area or all, one language or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ElementsQuery {
    /// Only this area; all four when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<ZelfscanArea>,
    /// Only this language's labels; both when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Document for ElementsQuery {
    const KIND: &'static str = "zelfscan_elements_query";
}

/// One element as the listing gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListedElement {
    /// The element.
    pub element: ZelfscanElement,
    /// Its area.
    pub area: ZelfscanArea,
    /// steun's id, e.g. `A1.4`.
    pub id: String,
    /// The guide's heading (Dutch); null when only English was asked for.
    pub nl: Option<String>,
    /// The heading in English; null when only Dutch was asked for.
    pub en: Option<String>,
    /// The lines.
    pub lines: String,
}

/// The elements to answer, in the guide's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ElementListing {
    /// Always `movisie-2013-zelfscan`.
    pub instrument: String,
    /// The version of steun's encoding.
    pub instrument_version: String,
    /// The elements.
    pub elements: Vec<ListedElement>,
    /// The answers a respondent may give.
    pub answers: Vec<ZelfscanAnswer>,
    /// The source.
    pub source: String,
}

impl Document for ElementListing {
    const KIND: &'static str = "zelfscan_elements";
}

/// The elements of `q.area`, or all 28.
pub fn elements(q: &ElementsQuery) -> ElementListing {
    let elements = ELEMENTS
        .iter()
        .filter(|e| q.area.is_none_or(|a| a == e.area))
        .map(|e| ListedElement {
            element: e.element,
            area: e.area,
            id: e.id.to_owned(),
            nl: (q.lang != Some(Lang::En)).then(|| e.element.label(Lang::Nl).to_owned()),
            en: (q.lang != Some(Lang::Nl)).then(|| e.element.label(Lang::En).to_owned()),
            lines: e.lines.to_owned(),
        })
        .collect();
    ElementListing {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        elements,
        answers: ZelfscanAnswer::ALL.to_vec(),
        source: SOURCE.to_owned(),
    }
}

operation! {
    /// The werkzame elementen to answer.
    Elements = "zelfscan.elements": ElementsQuery => ElementListing,
    summary "The 28 werkzame elementen of cliënt- en samensturing in four areas (000), with lines",
    instrument Some(ZELFSCAN),
    example r#"{"area": "individual_recovery", "lang": "nl"}"#,
    run |q| Ok(elements(&q).to_json())
}

operation! {
    /// The zelfscan report.
    Report = "zelfscan.report": ZelfscanInput => ZelfscanReport,
    summary "Zelfscan report per area: answers per role, where roles disagree, what nobody marks present",
    instrument Some(ZELFSCAN),
    example include_str!("../../data/examples/zelfscan.json"),
    run |input| Ok(report(&input).to_json())
}

operation! {
    /// Who steers an activity, by each practice example's definition.
    Describe = "steering.describe": ActivityFacts => SteeringDescription,
    summary "Who steers an activity: Kwintes', SCIP's and LFOS's definitions side by side, no single verdict",
    instrument Some(ZELFSCAN),
    example r#"{"idea_from_clients": true, "clients_execute": false, "layers": [{"layer": "execution", "with_client_background": 12, "total": 15}, {"layer": "management", "with_client_background": 0, "total": 1}]}"#,
    run |f| Ok(describe(&f).to_json())
}

/// The zelfscan operations.
pub const OPS: &[Op] = &[op::<Elements>(), op::<Report>(), op::<Describe>()];
