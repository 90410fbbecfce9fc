//! The one place where the signals module meets the urgency instrument
//! ([`crate::urgency`], 002:3930-4006). A report carries the instrument's input; the
//! library attaches the instrument's result document, computed here.

use crate::{Error, Path};

pub use crate::urgency::{UrgencyBand as Band, UrgencyInput, UrgencyResultDocument as UrgencyResult, UrgencyRules};

/// Rules of the urgency input beyond its types. The instrument's types already refuse what
/// is invalid (e.g. `persons` below 1), so there is nothing left to check.
pub fn check_input(_input: &UrgencyInput, _at: &Path) -> Result<(), Error> {
    Ok(())
}

/// The urgency result of `input`, with the default band table.
pub fn assess(input: &UrgencyInput) -> UrgencyResult {
    crate::urgency::assess(input).to_document()
}

/// As [`assess`], under the given urgency rules (a stored report replays under the rules of
/// the urgency result it carries).
pub fn assess_under(input: &UrgencyInput, rules: UrgencyRules) -> UrgencyResult {
    crate::urgency::assess_under(input, &crate::urgency::BandTable::DEFAULT, rules).to_document()
}
