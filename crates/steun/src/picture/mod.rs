//! Pictures: SVG renderings made by the core as text, no I/O and no dependency: a ZRM
//! profile as a radar, a loneliness result on its scale, the urgency thermometer and the
//! isolation typology's grid. Every picture has Dutch or English labels, a `<title>` and a
//! `<desc>` that say in words what it shows, every text XML-escaped, and only black, white
//! and greys with dash patterns and hatching, so it reads in black and white.
//!
//! ```
//! use steun::isolation::IsolationType;
//! let svg = steun::picture::isolation_grid(IsolationType::Outsiders, steun::Lang::En);
//! assert!(svg.starts_with("<svg") && svg.contains("<title id=\"title\">Social isolation typology: Outsiders"));
//! ```

mod isolation;
mod loneliness;
pub mod ops;
mod svg;
mod thermometer;
mod zrm_profile;

pub use isolation::isolation_grid;
pub use loneliness::loneliness_scale;
pub use ops::{IsolationPicture, LonelinessPicture, Picture, UrgencyPicture, ZrmPicture};
pub use svg::escape;
pub use thermometer::thermometer;
pub use zrm_profile::zrm_profile;

/// The id of the pictures' producer, carried in every picture response.
pub const INSTRUMENT: &str = "steun.picture";

/// The version of the pictures' layout; raise it when what a picture shows changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

/// The most targets a ZRM picture request may name.
pub const MAX_TARGETS: usize = 64;
