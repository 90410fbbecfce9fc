//! The limits of the pattern finder: they bound its time and memory for every input.
//!
//! Without them the finder's cost grows faster than its input: the pairs of themes grow with
//! the square of the themes a respondent mentions, their co-occurring themes with the cube,
//! and every fragment can be listed under many candidates (the review of issue 14 turned
//! 1.5 KB into 131 MB of output and 7.9 KB into 23 GB of memory). An input beyond a limit is
//! an [`Error::Limit`] whose message names the field and the limit, e.g. `input too large:
//! fragments[3].themes: 40 themes on one fragment; at most 32 (max_fragment_themes)`; it is
//! never an abort. Limits count codes and positions only, so no personal text is involved.
//!
//! Within the limits the finder takes O(n + w) time and O(n + o) memory for `n` bytes of
//! input, `w` ≤ [`MAX_WORK`] steps and `o` ≤ [`MAX_OUTPUT_BYTES`] bytes of result
//! (docs/limits.md gives the figures).

use crate::{Error, Path};

/// The most themes one fragment may be coded with. A fragment is one statement, and coding
/// schemes give it a few themes; 32 leaves ample room. This caps the finder's pair count
/// per fragment (496) and keeps a single fragment from naming hundreds of themes.
pub const MAX_FRAGMENT_THEMES: usize = 32;

/// The most distinct theme codes one input may use. Coding schemes have tens to a few
/// hundred codes. This caps the distinct pairs the finder counts at 523,776 (about 17 MB).
pub const MAX_DISTINCT_THEMES: usize = 1024;

/// The most candidate patterns one result may hold: more than any group of people can
/// review; a larger K (`min_respondents`) gives fewer. 50,000 lets a large study (100,000
/// fragments of 10,000 respondents over 200 themes: 19,460 candidates at K = 3) be screened
/// at a small K; time and memory are bounded by [`MAX_WORK`] and [`MAX_OUTPUT_BYTES`].
pub const MAX_CANDIDATES: usize = 50_000;

/// The most bytes the compact JSON of all candidates of one result may take, counted as an
/// upper bound while they are built: 64 MiB, the size of the largest input, so a result is
/// never larger than the largest request. (Without it, 42 KB of fragments within the other
/// limits gave 50 MB of result, and 136 MB with 64-character theme codes.)
pub const MAX_OUTPUT_BYTES: usize = crate::json::MAX_INPUT_BYTES;

/// The most steps of the finder's superlinear work (2^28): per respondent, the pairs of their
/// frequent themes; per pair candidate, the postings, supporters and supporters' themes it
/// visits; per single candidate, its postings (docs/limits.md gives the exact sum). Under a
/// few seconds of one core in a release build.
pub const MAX_WORK: u64 = 1 << 28;

/// The most respondent codes one meeting record may list as recognising a pattern: more than
/// any meeting holds.
pub const MAX_RECOGNISING_RESPONDENTS: usize = 10_000;

/// The most patterns one prioritisation may weigh (`patterns.prioritise`): more than any
/// study finds (Elburg five, Nijmegen eight, Hatert five).
pub const MAX_PRIORITISED_PATTERNS: usize = 1_000;

/// The `Limit` error for `name` at `at`: `what` says what the input has, `max` the limit.
pub(crate) fn exceeded(at: &Path, what: &str, max: impl core::fmt::Display, name: &str) -> Error {
    Error::Limit { message: format!("{at}: {what}; at most {max} ({name})") }
}

/// The work left of [`MAX_WORK`], charged before each step of the finder.
pub(crate) struct Budget<'a> {
    left: u64,
    at: &'a Path,
}

impl<'a> Budget<'a> {
    /// A full budget; exceeding it is reported at `at` (the whole input).
    pub(crate) fn new(at: &'a Path) -> Self {
        Budget { left: MAX_WORK, at }
    }

    /// Takes `steps` from the budget, or fails when it has fewer left.
    pub(crate) fn spend(&mut self, steps: u64) -> Result<(), Error> {
        match self.left.checked_sub(steps) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(exceeded(
                self.at,
                "finding the candidates needs more steps than allowed; raise min_respondents or code fewer themes per respondent",
                MAX_WORK,
                "max_work",
            )),
        }
    }
}

/// The error for an allocation the system refused: the input is too large for this host.
pub(crate) fn out_of_memory(at: &Path) -> Error {
    Error::Limit { message: format!("{at}: not enough memory for this input") }
}

/// An empty vector with room for `n` items, or a `Limit` error instead of an abort.
pub(crate) fn try_vec<T>(n: usize, at: &Path) -> Result<Vec<T>, Error> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| out_of_memory(at))?;
    Ok(v)
}

/// `n` copies of `value`, or a `Limit` error instead of an abort.
pub(crate) fn try_filled<T: Clone>(n: usize, value: T, at: &Path) -> Result<Vec<T>, Error> {
    let mut v = try_vec(n, at)?;
    v.resize(n, value);
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_fails_exactly_past_max_work() {
        let at = Path::root().key("fragments");
        let mut b = Budget::new(&at);
        b.spend(MAX_WORK - 1).unwrap();
        b.spend(1).unwrap();
        let e = b.spend(1).unwrap_err();
        assert_eq!(e.code(), "limit");
        assert!(e.to_string().contains("fragments: ") && e.to_string().contains("(max_work)"), "{e}");
    }

    #[test]
    fn a_refused_allocation_is_a_limit_error() {
        let e = try_vec::<u64>(usize::MAX / 4, &Path::root()).unwrap_err();
        assert_eq!(e.code(), "limit");
        assert_eq!(try_filled(3, 7u8, &Path::root()).unwrap(), vec![7, 7, 7]);
    }
}
