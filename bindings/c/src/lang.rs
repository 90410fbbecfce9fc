//! The language of labels and explanations, for the typed functions that take one.

use steun::Lang;

use crate::boundary::{code_from_c, Failure};

/// A language for labels. Functions take it as an `int32_t` (any value a host may pass is
/// then defined behaviour); a value other than these is `STEUN_STATUS_INVALID_INPUT`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SteunLang {
    /// Dutch.
    Nl = 0,
    /// English.
    En = 1,
}

/// The header constants of `SteunLang`, by value.
pub(crate) const LANG_NAMES: [&str; 2] = ["STEUN_LANG_NL", "STEUN_LANG_EN"];

/// Reads a `lang` argument: 0 or 1, else an error naming `lang` and the allowed values.
pub(crate) fn lang_from_c(lang: i32) -> Result<Lang, Failure> {
    const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];
    let i = code_from_c(lang, || steun::Path::root().key("lang"), &LANG_NAMES)?;
    Ok(LANGS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_follow_the_core() {
        assert_eq!(SteunLang::Nl as usize, 0);
        assert_eq!(SteunLang::En as usize, 1);
        assert_eq!(lang_from_c(0).ok(), Some(Lang::Nl));
        assert_eq!(lang_from_c(1).ok(), Some(Lang::En));
        assert!(lang_from_c(2).is_err());
    }
}
