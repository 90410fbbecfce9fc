//! # steun
//!
//! An explainable model of the Dutch social-support domain: the Wmo, *Supportgericht
//! Werken* and cliëntondersteuning. It is pure Rust with no I/O; Python and C bindings
//! live in their own crates and only convert and forward.
//!
//! Every coded value has a stable snake_case code (the wire format) and a Dutch and an
//! English label; every rule cites the lines of its source (the documents listed in
//! docs/sources.md), written as `002:1495-1540` (file 002, lines 1495 to 1540).
//!
//! ## Labels
//!
//! ```
//! use steun::{Dimension, Labelled, Lang};
//!
//! let d = Dimension::SocialInclusion;
//! assert_eq!(d.code(), "social_inclusion");
//! assert_eq!(d.label(Lang::Nl), "Sociale inclusie");
//! assert_eq!(Dimension::ALL.len(), 8);
//! assert_eq!(d.monitored_variables(Lang::En), ["role in society", "activities in society", "volunteering"]);
//! ```
//!
//! ## Documents
//!
//! ```
//! use steun::{Document, LifeDomain, PersonalProfile};
//!
//! let profile = PersonalProfile::from_json(r#"{
//!     "client": "K-0027",
//!     "domains": [{"domain": "housing", "wishes": ["Mijn huishouden op orde"]}],
//!     "important_wishes": ["Mijn huishouden op orde"]
//! }"#)?;
//! assert_eq!(profile.domain(LifeDomain::Housing).unwrap().wishes.len(), 1);
//!
//! // Bad input names the field and what is allowed, and never repeats the value.
//! let err = PersonalProfile::from_json(r#"{"domains": [{"domain": "wonen"}]}"#).unwrap_err();
//! assert_eq!(err.path().unwrap().to_string(), "domains[0].domain");
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## Urgency of a signal ([`urgency`])
//!
//! ```
//! use steun::urgency::{assess, UrgencyBand};
//! use steun::{Document, UrgencyInput};
//!
//! // The widow of 78 (002:4056-4070): moderate risks to health and wellbeing.
//! let input = UrgencyInput::from_json(r#"{"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
//!     "scope": {"persons": 1, "minors_involved": false, "over_75_involved": true},
//!     "duration": "structural_over_half_year"}"#)?;
//! let result = assess(&input); // no allocation
//! assert_eq!((result.score, result.band()), (6, UrgencyBand::Consultation));
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## Social isolation typology ([`isolation`])
//!
//! ```
//! use steun::isolation::{classify, IsolationInput, IsolationType, Persistence};
//!
//! let r = classify(&IsolationInput { persistence: Persistence::StructuralComplex, participation_oriented: false });
//! assert_eq!((r.r#type, r.category), (IsolationType::Outsiders, 3));
//! assert!(!r.participation_interventions_realistic && r.network_case);
//! ```
//!
//! ## Support plans ([`plan`])
//!
//! ```
//! use steun::plan::validate_case;
//! use steun::{Document, SupportCase};
//!
//! let case = SupportCase::from_json(r#"{"client": "K-0001", "plans": [
//!     {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]}"#)?;
//! let codes: Vec<String> = validate_case(&case).findings.iter().map(|f| f.code.to_string()).collect();
//! assert_eq!(codes, ["no_goals", "missing_evaluation_date"]);
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## iWmo 3.2 for Wmo claims ([`iwmo`])
//!
//! ```
//! let lists = steun::op::call("iwmo.codelists", "{}")?;
//! assert!(lists.contains(r#"{"iwmo_code":"01","code":"household_help","nl":"Hulp bij het huishouden""#));
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## Demand patterns ([`pattern`])
//!
//! ```
//! let fragments = r#"[
//!   {"respondent": "R-01", "kind": "need", "themes": ["mobility"], "text": "..."},
//!   {"respondent": "R-02", "kind": "want", "themes": ["mobility"], "text": "..."},
//!   {"respondent": "R-03", "kind": "demand", "themes": ["mobility"], "text": "..."}]"#;
//! let found = steun::pattern::find_candidates_json(fragments, 3)?;
//! assert!(found.contains("\"mobility\""));
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## Signals and pseudonymous clients ([`signals`])
//!
//! ```
//! use steun::signals::{bsn_is_valid, client_code, IdentifierKind, PseudonymKey};
//!
//! assert!(bsn_is_valid("111222333") && !bsn_is_valid("123456789"));
//! let key = PseudonymKey::new(b"a key of sixteen+ bytes")?;
//! let code = client_code(IdentifierKind::Bsn, "111222333", &key)?;
//! assert!(code.as_str().starts_with("ID-"));
//! # Ok::<(), steun::Error>(())
//! ```
//!
//! ## Features
//!
//! - `schema` (default): JSON Schemas for every document kind, through `schemars`
//!   ([`document::schema`]).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod lang;

pub mod assessment_grid;
pub mod catalogue;
pub mod columns;
pub mod date;
pub mod document;
pub mod error;
pub mod isolation;
pub mod iwmo;
pub mod json;
pub mod life_domain;
pub mod loneliness;
pub mod monitor;
pub mod op;
pub mod pattern;
pub mod personal_profile;
pub mod phase;
pub mod picture;
pub mod plan;
pub mod programme;
pub mod quality;
pub mod reference;
pub mod registry;
pub mod signals;
mod strict;
pub mod support;
pub mod text;
pub mod urgency;
pub mod verify;
pub mod welfare;
pub mod werkvorm;
pub mod wire;
pub mod wmo;
pub mod zelfscan;
pub mod zrm;

pub use assessment_grid::{AssessmentGrid, GridRow};
pub use date::Date;
pub use document::Document;
pub use error::{Error, Path, Result, Segment};
pub use lang::{Bilingual, EnumInfo, Labelled, Lang, Member};
pub use life_domain::LifeDomain;
pub use pattern::{DemandPattern, StoryFragment};
pub use personal_profile::{PersonalProfile, ProfileDomain};
pub use phase::{ConversationPhase, SupportPhase};
pub use plan::{Findings, Plan, SupportCase, SupportProcess, WmoApplication};
pub use quality::Dimension;
pub use support::{SolutionRing, SupportSource};
pub use text::{ClientCode, FreeText};
pub use urgency::{UrgencyInput, UrgencyResult};
pub use welfare::{Beacon, QualityStandard};
pub use wmo::{CentralConcept, CompensationDomain, Impairment, PerformanceField};

/// The library's version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
