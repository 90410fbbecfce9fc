//! Languages and labels: every coded value in steun carries a Dutch and an English label.
//!
//! Case workers read Dutch; integrators read English; the wire format uses neither but a
//! stable snake_case code. [`Labelled`] is the one way to get from a value to its code and
//! its label in either language.

use crate::Error;

/// A language for labels and explanations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Dutch (Nederlands), the language of the sources and of case workers.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: &'static [Lang] = &[Lang::Nl, Lang::En];

    /// The language's code: `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl core::str::FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(Error::not_found("language", s, &["nl", "en"])),
        }
    }
}

/// One member of a labelled enum: its code and its two labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Member {
    /// The stable snake_case code used on the wire.
    pub code: &'static str,
    /// The Dutch label.
    pub nl: &'static str,
    /// The English label.
    pub en: &'static str,
}

impl Member {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// A labelled enum as data: its name and its members in the seed's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EnumInfo {
    /// The Rust (and Python) type name, e.g. `Dimension`.
    pub name: &'static str,
    /// The members in the order the source lists them.
    pub members: &'static [Member],
}

impl EnumInfo {
    /// The message for a code this enum does not have; the code itself is not repeated
    /// (a caller may have put personal data where a code belongs).
    pub fn unknown_code_message(&self) -> String {
        crate::error::unknown_code_message(self.members.iter().map(|m| m.code))
    }
}

/// A closed set of coded values with Dutch and English labels.
///
/// Implemented by every enum in the domain model; the order of [`Labelled::ALL`] is the
/// order in which the source lists the members.
pub trait Labelled: Copy + Sized + 'static {
    /// The enum's name and members.
    const INFO: EnumInfo;
    /// All members, in the source's order.
    const ALL: &'static [Self];

    /// The stable snake_case wire code.
    fn code(self) -> &'static str {
        self.member().code
    }

    /// The label in `lang`.
    fn label(self, lang: Lang) -> &'static str {
        self.member().label(lang)
    }

    /// This value's entry in [`Labelled::INFO`].
    fn member(self) -> &'static Member;

    /// This value's position in [`Labelled::ALL`] and [`EnumInfo::members`] (the number C
    /// enums and dictionary-encoded columns give it).
    fn position(self) -> usize;

    /// The value with this code, or an error that lists the allowed codes.
    fn from_code(code: &str) -> Result<Self, Error> {
        Self::ALL.iter().copied().find(|v| v.code() == code).ok_or_else(|| {
            let allowed: Vec<&str> = Self::INFO.members.iter().map(|m| m.code).collect();
            Error::not_found(Self::INFO.name, code, &allowed)
        })
    }
}

/// Declares a labelled enum: serde and schema derives, codes, labels, `Display`, `FromStr`.
///
/// Variants are declared in the source's order, which is also their `Ord` order.
macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal { nl: $nl:literal, en: $en:literal }
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $crate::lang::Labelled for $name {
            const INFO: $crate::lang::EnumInfo = $crate::lang::EnumInfo {
                name: stringify!($name),
                members: &[ $( $crate::lang::Member { code: $code, nl: $nl, en: $en } ),+ ],
            };
            const ALL: &'static [Self] = &[ $( Self::$variant ),+ ];
            fn member(self) -> &'static $crate::lang::Member {
                // Variants are declared in the same order as INFO.members, so the
                // discriminant is the index.
                &<Self as $crate::lang::Labelled>::INFO.members[self as usize]
            }
            fn position(self) -> usize {
                self as usize
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::lang::Labelled::code(*self))
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> Result<Self, $crate::Error> {
                <Self as $crate::lang::Labelled>::from_code(s)
            }
        }
    };
}
pub(crate) use labelled_enum;

/// A text in both languages, as instruments give their explanations.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// A pair of texts.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual { nl: nl.into(), en: en.into() }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_read_and_write() {
        assert_eq!(Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(), ["nl", "en"]);
        for &lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
        }
        let e = "de".parse::<Lang>().unwrap_err().to_string();
        assert!(e.contains("nl, en"), "{e}");
        assert!("NL".parse::<Lang>().is_err());
        let m = Member { code: "c", nl: "Dutch", en: "English" };
        assert_eq!((m.label(Lang::Nl), m.label(Lang::En)), ("Dutch", "English"));
    }
}
