//! Documents: the JSON types steun reads and writes, each with a kind name and a schema.
//!
//! Every document kind is listed once in [`KINDS`]; the bindings, the CLI and the schema
//! files all take their list from there.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::Error;

/// A JSON document type of steun.
pub trait Document: Serialize + DeserializeOwned {
    /// The kind's snake_case name, e.g. `personal_profile`; also the schema's file name.
    const KIND: &'static str;

    /// Rules the types alone cannot express (duplicates, ranges). Parsing calls it.
    fn check(&self) -> Result<(), Error> {
        Ok(())
    }

    /// Parses and checks a document.
    fn from_json(text: &str) -> Result<Self, Error> {
        let doc: Self = crate::json::from_json(text)?;
        doc.check()?;
        Ok(doc)
    }

    /// The document as compact JSON.
    fn to_json(&self) -> String {
        crate::json::to_json(self)
    }
}

/// A document kind in the registry.
#[derive(Clone, Copy)]
pub struct Kind {
    /// The kind's name.
    pub name: &'static str,
    canonical: fn(&str) -> Result<String, Error>,
    unchecked: fn(&str) -> Result<String, Error>,
    read: fn(&str) -> Result<String, Error>,
    #[cfg(feature = "schema")]
    schema: fn() -> serde_json::Value,
}

impl core::fmt::Debug for Kind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Kind").field("name", &self.name).finish_non_exhaustive()
    }
}

impl Kind {
    /// Parses and checks a document of this kind and writes it back in canonical form
    /// (compact, every field present).
    pub fn canonical(&self, text: &str) -> Result<String, Error> {
        (self.canonical)(text)
    }

    /// Parses a document of this kind against its types only, without the rules of
    /// [`Document::check`] (which a JSON Schema cannot express); writes it back canonically.
    /// For differential tests of the schemas against the parser.
    pub fn canonical_unchecked(&self, text: &str) -> Result<String, Error> {
        (self.unchecked)(text)
    }

    /// As [`Kind::canonical`], but a bad document reports every problem the schema walker
    /// sees ([`crate::wire::all_issues`]), as an operation's request does.
    pub fn read(&self, text: &str) -> Result<String, Error> {
        (self.read)(text)
    }

    /// The kind's JSON Schema (draft 2020-12).
    #[cfg(feature = "schema")]
    pub fn schema(&self) -> serde_json::Value {
        (self.schema)()
    }
}

fn canonical<T: Document>(text: &str) -> Result<String, Error> {
    T::from_json(text).map(|d| d.to_json())
}

fn unchecked<T: Document>(text: &str) -> Result<String, Error> {
    crate::json::from_json::<T>(text).map(|d| d.to_json())
}

fn read<T: Document + MaybeSchema>(text: &str) -> Result<String, Error> {
    T::from_json(text).map(|d| d.to_json()).map_err(|e| crate::wire::all_issues::<T>(e, text))
}

/// schemars states an integer's Rust type as `format` (e.g. `uint32`) but bounds only the
/// minimum; validators ignore `format`, so the bounds are written out to match the parser.
#[cfg(feature = "schema")]
fn integer_bounds(schema: &mut schemars::Schema) {
    let bounds: Option<(i128, i128)> = match schema.get("format").and_then(|f| f.as_str()) {
        Some("uint8") => Some((0, u8::MAX.into())),
        Some("uint16") => Some((0, u16::MAX.into())),
        Some("uint32") => Some((0, u32::MAX.into())),
        Some("uint64") | Some("uint") => Some((0, u64::MAX.into())),
        Some("int8") => Some((i8::MIN.into(), i8::MAX.into())),
        Some("int16") => Some((i16::MIN.into(), i16::MAX.into())),
        Some("int32") => Some((i32::MIN.into(), i32::MAX.into())),
        Some("int64") | Some("int") => Some((i64::MIN.into(), i64::MAX.into())),
        _ => None,
    };
    let Some((lo, hi)) = bounds else { return };
    let (Some(lo), Some(hi)) = (serde_json::Number::from_i128(lo), serde_json::Number::from_i128(hi)) else {
        return;
    };
    if let Some(obj) = schema.as_object_mut() {
        obj.entry("minimum").or_insert(lo.into());
        obj.entry("maximum").or_insert(hi.into());
    }
}

/// The schema of `T` as the schema files state it (integer bounds written out), without `$id`.
#[cfg(feature = "schema")]
pub(crate) fn schema_root<T: schemars::JsonSchema>() -> schemars::Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .with_transform(schemars::transform::RecursiveTransform(integer_bounds))
        .into_generator()
        .into_root_schema_for::<T>()
}

#[cfg(feature = "schema")]
fn schema_of<T: Document + schemars::JsonSchema>() -> serde_json::Value {
    let mut root = schema_root::<T>();
    root.insert("$id".into(), format!("https://steun.invalid/schemas/{}.json", T::KIND).into());
    root.to_value()
}

/// A type with a JSON Schema when the `schema` feature is on; any type without it.
#[cfg(feature = "schema")]
pub trait MaybeSchema: schemars::JsonSchema {}
#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> MaybeSchema for T {}
/// A type with a JSON Schema when the `schema` feature is on; any type without it.
#[cfg(not(feature = "schema"))]
pub trait MaybeSchema {}
#[cfg(not(feature = "schema"))]
impl<T> MaybeSchema for T {}

/// The registry entry of document type `T`.
#[cfg(feature = "schema")]
pub const fn kind<T: Document + MaybeSchema>() -> Kind {
    Kind {
        name: T::KIND,
        canonical: canonical::<T>,
        unchecked: unchecked::<T>,
        read: read::<T>,
        schema: schema_of::<T>,
    }
}

/// The registry entry of document type `T`.
#[cfg(not(feature = "schema"))]
pub const fn kind<T: Document + MaybeSchema>() -> Kind {
    Kind { name: T::KIND, canonical: canonical::<T>, unchecked: unchecked::<T>, read: read::<T> }
}

/// Every document kind, in a stable order.
pub const KINDS: &[Kind] = &[
    kind::<crate::AssessmentGrid>(),
    kind::<crate::PersonalProfile>(),
    kind::<crate::isolation::IsolationInput>(),
    kind::<crate::isolation::IsolationResult>(),
    kind::<crate::isolation::IsolationTypeInfo>(),
    kind::<crate::isolation::PersistenceFacts>(),
    kind::<crate::isolation::PersistenceDecision>(),
    kind::<crate::isolation::InterventionCheck>(),
    kind::<crate::isolation::InterventionCheckResult>(),
    kind::<crate::isolation::RiskGroupInput>(),
    kind::<crate::isolation::RiskGroupResult>(),
    kind::<crate::urgency::UrgencyInput>(),
    kind::<crate::urgency::UrgencyResultDocument>(),
    kind::<crate::urgency::UrgencyBandTable>(),
    kind::<crate::urgency::UrgencyAssessment>(),
    // Support plans (crate::plan).
    kind::<crate::plan::Goal>(),
    kind::<crate::plan::OptionsWorksheet>(),
    kind::<crate::plan::Plan>(),
    kind::<crate::plan::SupportProcess>(),
    kind::<crate::plan::Evaluation>(),
    kind::<crate::plan::SupportCase>(),
    kind::<crate::plan::Findings>(),
    kind::<crate::plan::WmoApplication>(),
    kind::<crate::plan::PlanDiff>(),
    kind::<crate::pattern::DemandPattern>(),
    kind::<crate::pattern::MeetingRecord>(),
    kind::<crate::pattern::Addressing>(),
    kind::<crate::pattern::Closure>(),
    kind::<crate::pattern::StoryFragment>(),
    kind::<crate::pattern::CandidatePatterns>(),
    kind::<crate::pattern::ReferencePatternSet>(),
    kind::<crate::signals::Report>(),
    kind::<crate::signals::AssessedReport>(),
    kind::<crate::signals::Case>(),
    kind::<crate::signals::CaseList>(),
    kind::<crate::signals::CaseQuery>(),
    kind::<crate::signals::CaseListing>(),
    kind::<crate::signals::FollowUpList>(),
    kind::<crate::signals::ClientCodeResult>(),
    kind::<crate::monitor::Register>(),
    kind::<crate::monitor::Trajectory>(),
    kind::<crate::monitor::SurveyResponse>(),
];

/// Every document kind: [`KINDS`], then the request and response kinds of the operations
/// that are not among them, each once.
pub fn kinds() -> impl Iterator<Item = &'static Kind> {
    let from_ops = crate::op::ops().flat_map(|o| [&o.request, &o.response]);
    let mut seen: Vec<&'static str> = KINDS.iter().map(|k| k.name).collect();
    KINDS.iter().chain(from_ops.filter(move |k| {
        let new = !seen.contains(&k.name);
        if new {
            seen.push(k.name);
        }
        new
    }))
}

/// The kind called `name`, or an error listing the kinds.
pub fn kind_named(name: &str) -> Result<&'static Kind, Error> {
    kinds().find(|k| k.name == name).ok_or_else(|| {
        let names: Vec<&str> = kinds().map(|k| k.name).collect();
        Error::not_found("document kind", name, &names)
    })
}

/// Parses and checks a document of kind `name`; returns it in canonical JSON.
pub fn validate_json(name: &str, text: &str) -> Result<String, Error> {
    kind_named(name)?.canonical(text)
}

/// The JSON Schema of document kind `name`.
#[cfg(feature = "schema")]
pub fn schema(name: &str) -> Result<serde_json::Value, Error> {
    Ok(kind_named(name)?.schema())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_unique_snake_case_names() {
        let all: Vec<&Kind> = kinds().collect();
        for (i, k) in all.iter().enumerate() {
            assert!(k.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{}", k.name);
            assert!(all[..i].iter().all(|o| o.name != k.name), "{}", k.name);
        }
    }

    #[test]
    fn canonical_forms_with_and_without_the_checks() {
        let grid = kind_named("assessment_grid").unwrap();
        assert_eq!(format!("{grid:?}"), r#"Kind { name: "assessment_grid", .. }"#);
        let row = r#"{"dimension": "rights"}"#;
        let canonical =
            r#"{"dimension":"rights","experienced_barriers":[],"wishes":[],"needed_support":[],"present_support":[]}"#;
        let one = format!(r#"{{"rows": [{row}]}}"#);
        assert_eq!(grid.canonical(&one).unwrap(), format!(r#"{{"rows":[{canonical}]}}"#));
        assert_eq!(grid.canonical_unchecked(&one).unwrap(), grid.canonical(&one).unwrap());
        // A dimension twice breaks a rule the types cannot state: only the checked form sees it.
        let twice = format!(r#"{{"rows": [{row}, {row}]}}"#);
        assert!(grid.canonical(&twice).is_err());
        assert_eq!(grid.canonical_unchecked(&twice).unwrap(), format!(r#"{{"rows":[{canonical},{canonical}]}}"#));
        assert!(grid.canonical_unchecked(r#"{"rows": 1}"#).is_err());
    }

    #[cfg(feature = "schema")]
    #[test]
    fn integer_formats_get_their_bounds() {
        let cases: [(&str, i128, i128); 10] = [
            ("uint8", 0, 255),
            ("uint16", 0, 65_535),
            ("uint32", 0, 4_294_967_295),
            ("uint64", 0, u64::MAX as i128),
            ("uint", 0, u64::MAX as i128),
            ("int8", -128, 127),
            ("int16", -32_768, 32_767),
            ("int32", -2_147_483_648, 2_147_483_647),
            ("int64", i64::MIN as i128, i64::MAX as i128),
            ("int", i64::MIN as i128, i64::MAX as i128),
        ];
        for (format, lo, hi) in cases {
            let mut s = schemars::json_schema!({"type": "integer", "format": format});
            integer_bounds(&mut s);
            let v = s.as_value();
            assert_eq!(v["minimum"].to_string(), lo.to_string(), "{format}");
            assert_eq!(v["maximum"].to_string(), hi.to_string(), "{format}");
        }
        // A stated bound wins; other formats are left alone.
        let mut s = schemars::json_schema!({"type": "integer", "format": "uint8", "minimum": 1});
        integer_bounds(&mut s);
        assert_eq!((s.as_value()["minimum"].as_i64(), s.as_value()["maximum"].as_i64()), (Some(1), Some(255)));
        let mut s = schemars::json_schema!({"type": "number", "format": "double"});
        integer_bounds(&mut s);
        assert!(s.as_value().get("minimum").is_none() && s.as_value().get("maximum").is_none());
    }

    #[test]
    fn read_reports_every_problem() {
        let profile = kind_named("personal_profile").unwrap();
        let bad = r#"{"domains": [{"domain": "wonen"}, {"domain": "work", "wishes": [3]}], "naam": "Bram"}"#;
        let mut got: Vec<_> =
            profile.read(bad).unwrap_err().issues().iter().map(|i| (i.kind.code(), i.path.to_string())).collect();
        got.sort();
        let want = [
            ("unknown_code", "domains[0].domain"),
            ("unknown_field", "(root)"),
            ("wrong_type", "domains[1].wishes[0]"),
        ];
        assert_eq!(got, want.map(|(k, p)| (k, p.to_owned())));
        assert_eq!(profile.canonical(bad).unwrap_err().issues().len(), 1);
        let good = r#"{"domains": [{"domain": "work"}]}"#;
        assert_eq!(profile.read(good).unwrap(), profile.canonical(good).unwrap());
        // The document's rules run too.
        assert!(profile.read(r#"{"domains": [{"domain": "work"}, {"domain": "work"}]}"#).is_err());
    }

    #[test]
    fn unknown_kind_lists_the_kinds() {
        let e = validate_json("nope", "{}").unwrap_err();
        assert_eq!(e.code(), "not_found");
        assert!(e.to_string().contains("assessment_grid, personal_profile"));
    }

    /// The committed schema files under schemas/ are what the code generates. Regenerate
    /// with `STEUN_BLESS=1 cargo test -p steun schema_files`.
    #[cfg(feature = "schema")]
    #[test]
    fn schema_files_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
        let bless = std::env::var_os("STEUN_BLESS").is_some();
        let mut stale = Vec::new();
        for k in kinds() {
            let path = dir.join(format!("{}.json", k.name));
            let want = crate::json::to_json_pretty(&k.schema()) + "\n";
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            if have != want {
                if bless {
                    std::fs::write(&path, &want).unwrap();
                } else {
                    stale.push(path.display().to_string());
                }
            }
        }
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        let mut want: Vec<String> = kinds().map(|k| format!("{}.json", k.name)).collect();
        want.sort();
        assert_eq!(names, want, "schemas/ holds exactly one file per document kind");
        assert!(stale.is_empty(), "stale schema files (run with STEUN_BLESS=1): {stale:?}");
    }
}
