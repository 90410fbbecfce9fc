//! Operations: the one declaration per entry point that every surface is generated from.
//!
//! Each instrument module declares its operations (a unit type implementing [`Operation`])
//! and lists them in its `ops::OPS`; [`crate::registry::OPS`] joins the lists. The C functions, the Python
//! functions and stubs, the CLI's `steun run`, the fuzz targets and the schema files are
//! generated from [`ops()`] by `crates/steun-codegen` (`./scripts/regenerate`).
//!
//! ```
//! let out = steun::op::call("isolation.classify",
//!     r#"{"persistence": "structural_complex", "participation_oriented": false}"#)?;
//! assert!(out.starts_with(r#"{"instrument":"machielse-hortulanus-2011""#));
//! let e = steun::op::call("isolation.classify", r#"{"persistence": 1, "extra": 2}"#).unwrap_err();
//! let kinds: Vec<&str> = e.issues().iter().map(|i| i.kind.code()).collect();
//! assert_eq!(kinds, ["missing", "wrong_type", "unknown_field"]);
//! # Ok::<(), steun::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::document::{kind, Document, Kind, MaybeSchema};
use crate::Error;

/// The instrument an operation belongs to and the version of its rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Instrument {
    /// The instrument's id, e.g. `jaspers-2011-urgency`.
    pub id: &'static str,
    /// The version of its rules, e.g. `1.0.0`.
    pub version: &'static str,
}

/// One entry point: a request document in, a response document out.
pub trait Operation {
    /// The name on every surface, e.g. `urgency.assess`.
    const NAME: &'static str;
    /// One line saying what it does.
    const SUMMARY: &'static str;
    /// An example request (JSON) that the docs and the tests use.
    const EXAMPLE: &'static str;
    /// The instrument whose identity every response carries; `None` for catalogue lookups.
    const INSTRUMENT: Option<Instrument>;
    /// The request document.
    type Request: Document + MaybeSchema;
    /// The response document (the JSON [`Operation::run`] writes reads back as this kind).
    type Response: Document + MaybeSchema;
    /// Runs the operation on a parsed and checked request; returns the response as compact JSON.
    fn run(request: Self::Request) -> Result<String, Error>;
}

/// An operation in the registry.
#[derive(Clone, Copy)]
pub struct Op {
    /// The name on every surface.
    pub name: &'static str,
    /// One line saying what it does.
    pub summary: &'static str,
    /// An example request.
    pub example: &'static str,
    /// The instrument, if any.
    pub instrument: Option<Instrument>,
    /// The request kind.
    pub request: Kind,
    /// The response kind.
    pub response: Kind,
    call: fn(&str) -> Result<String, Error>,
    call_value: fn(serde_json::Value) -> Result<String, Error>,
}

impl core::fmt::Debug for Op {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Op").field("name", &self.name).finish_non_exhaustive()
    }
}

impl Op {
    /// Runs the operation on a request given as JSON text.
    pub fn call(&self, request: &str) -> Result<String, Error> {
        (self.call)(request)
    }

    /// Runs the operation on a request already parsed into a JSON value (the Python
    /// binding's path for dicts).
    pub fn call_value(&self, request: serde_json::Value) -> Result<String, Error> {
        (self.call_value)(request)
    }
}

fn call_text<O: Operation>(text: &str) -> Result<String, Error> {
    let request = O::Request::from_json(text).map_err(|e| crate::wire::all_issues::<O::Request>(e, text))?;
    O::run(request)
}

fn call_value<O: Operation>(value: serde_json::Value) -> Result<String, Error> {
    O::run(parse_request::<O::Request>(value)?)
}

/// Parses and checks a request document from a JSON value, with the errors every surface
/// gives (used where a request is replayed under older rules, `result.verify`).
pub fn parse_request<T: Document + MaybeSchema>(value: serde_json::Value) -> Result<T, Error> {
    crate::json::check_depth(&value)?;
    let request: T = match crate::json::from_value(value.clone()) {
        Ok(r) => r,
        Err(e) => return Err(crate::wire::all_issues_value::<T>(e, &value)),
    };
    request.check()?;
    Ok(request)
}

/// The registry entry of operation `O`.
pub const fn op<O: Operation>() -> Op {
    Op {
        name: O::NAME,
        summary: O::SUMMARY,
        example: O::EXAMPLE,
        instrument: O::INSTRUMENT,
        request: kind::<O::Request>(),
        response: kind::<O::Response>(),
        call: call_text::<O>,
        call_value: call_value::<O>,
    }
}

/// Every operation, grouped by module, in a stable order.
pub fn ops() -> impl Iterator<Item = &'static Op> {
    crate::registry::OPS.iter().flat_map(|group| group.iter())
}

/// The operation called `name`, or an error listing the names.
pub fn named(name: &str) -> Result<&'static Op, Error> {
    ops().find(|o| o.name == name).ok_or_else(|| {
        let names: Vec<&str> = ops().map(|o| o.name).collect();
        Error::not_found("operation", name, &names)
    })
}

/// Runs operation `name` on a JSON request; returns the JSON response.
pub fn call(name: &str, request: &str) -> Result<String, Error> {
    named(name)?.call(request)
}

/// One operation as [`listing`] describes it.
#[derive(Serialize)]
pub struct OpInfo {
    /// The name.
    pub name: &'static str,
    /// One line saying what it does.
    pub summary: &'static str,
    /// The instrument's id, or null.
    pub instrument: Option<&'static str>,
    /// The instrument's rules version, or null.
    pub instrument_version: Option<&'static str>,
    /// The request document kind.
    pub request: &'static str,
    /// The response document kind.
    pub response: &'static str,
    /// The request's JSON Schema.
    #[cfg(feature = "schema")]
    pub request_schema: serde_json::Value,
    /// The response's JSON Schema.
    #[cfg(feature = "schema")]
    pub response_schema: serde_json::Value,
    /// An example request.
    pub example: serde_json::Value,
}

impl OpInfo {
    /// The description of `op`.
    pub fn of(op: &Op) -> Self {
        OpInfo {
            name: op.name,
            summary: op.summary,
            instrument: op.instrument.map(|i| i.id),
            instrument_version: op.instrument.map(|i| i.version),
            request: op.request.name,
            response: op.response.name,
            #[cfg(feature = "schema")]
            request_schema: op.request.schema(),
            #[cfg(feature = "schema")]
            response_schema: op.response.schema(),
            example: serde_json::from_str(op.example).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// Every operation with its schemas and example, as JSON.
pub fn listing() -> String {
    let all: Vec<OpInfo> = ops().map(OpInfo::of).collect();
    crate::json::to_json(&all)
}

/// A request that takes no fields: `{}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Empty {}

impl Document for Empty {
    const KIND: &'static str = "empty";
}

/// Any JSON value: the response of the catalogue lookups whose shape depends on the name
/// asked for (a reference set, a schema, a canonical document). Keys are unique in every
/// object, as in the typed documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct AnyJson(pub serde_json::Value);

impl<'de> Deserialize<'de> for AnyJson {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::json::UniqueKeys::deserialize(d).map(|u| AnyJson(u.0))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for AnyJson {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnyJson".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!(true)
    }
}

impl Document for AnyJson {
    const KIND: &'static str = "any_json";

    fn from_json(text: &str) -> Result<Self, Error> {
        crate::json::parse_value(text).map(AnyJson)
    }
}

/// A yes/no answer, e.g. of `plan.has_errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The answer.
    pub answer: bool,
}

impl Document for Answer {
    const KIND: &'static str = "answer";
}

/// A piece of text, e.g. a label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The text.
    pub text: String,
}

impl Document for Text {
    const KIND: &'static str = "text";
}

/// Declares an operation: a unit type and its [`Operation`] impl.
///
/// ```ignore
/// operation! {
///     /// Classifies ...
///     Classify = "isolation.classify": IsolationInput => IsolationResult,
///     summary "Classify ...", instrument Some(ISOLATION), example r#"{...}"#,
///     run |req| Ok(classify(&req).to_json())
/// }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! operation {
    ($(#[$m:meta])* $ty:ident = $name:literal : $req:ty => $resp:ty,
     summary $summary:literal, instrument $instrument:expr, example $example:expr,
     run |$r:ident| $body:expr) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug)]
        pub struct $ty;
        impl $crate::op::Operation for $ty {
            const NAME: &'static str = $name;
            const SUMMARY: &'static str = $summary;
            const EXAMPLE: &'static str = $example;
            const INSTRUMENT: Option<$crate::op::Instrument> = $instrument;
            type Request = $req;
            type Response = $resp;
            fn run($r: $req) -> Result<String, $crate::Error> {
                $body
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_dotted_snake_case() {
        let all: Vec<&Op> = ops().collect();
        for (i, o) in all.iter().enumerate() {
            assert!(o.name.contains('.'), "{}", o.name);
            assert!(o.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'), "{}", o.name);
            assert!(all[..i].iter().all(|p| p.name != o.name), "{}", o.name);
            assert!(!o.summary.is_empty() && o.summary.len() < 120, "{}", o.name);
        }
    }

    /// Every example runs, and every instrument's response carries its identity.
    #[test]
    fn examples_run_and_responses_are_stamped() {
        for o in ops() {
            let out = o.call(o.example).unwrap_or_else(|e| panic!("{}: {e}", o.name));
            o.response.canonical(&out).unwrap_or_else(|e| panic!("{} response is no {}: {e}", o.name, o.response.name));
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            if let Some(i) = o.instrument {
                assert_eq!(v["instrument"], i.id, "{}", o.name);
                assert_eq!(v["instrument_version"], i.version, "{}", o.name);
            }
            let again = o.call_value(serde_json::from_str(o.example).unwrap()).unwrap();
            assert_eq!(again, out, "{}: text and value paths agree", o.name);
        }
    }

    #[test]
    fn unknown_operation_lists_the_names() {
        let e = call("nope.nope", "{}").unwrap_err();
        assert!(e.to_string().contains("urgency.assess"), "{e}");
        assert!(!e.to_string().contains("nope"), "{e}");
    }

    #[test]
    fn listing_has_every_operation() {
        let v: serde_json::Value = serde_json::from_str(&listing()).unwrap();
        assert_eq!(v.as_array().unwrap().len(), ops().count());
    }
}
