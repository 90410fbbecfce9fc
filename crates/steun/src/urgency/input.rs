//! The input of the urgency instrument: the answers about one signal (002:3930-3989).

use core::num::NonZeroU32;

use super::answers::{UrgencyAnswer, UrgencyDuration, UrgencyRisk};
use crate::document::Document;
use crate::lang::Labelled;
use crate::{Error, Path};

/// The answers about one signal: the nature of the risks, the scope and the duration
/// (aard, omvang en duur, 002:3936-3944). Wire kind `urgency_input`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyInput {
    /// The risks to safety, health and wellbeing (aard, 002:3959-3976).
    pub risks: UrgencyRisks,
    /// How many people the signal is about, and whether risk groups are among them
    /// (omvang, 002:3977-3984).
    pub scope: UrgencyScope,
    /// How long the situation has lasted (duur, 002:3985-3989).
    pub duration: UrgencyDuration,
}

/// The risk answers of the three "aard" criteria (002:3959-3976).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyRisks {
    /// Veiligheidsrisico.
    pub safety: UrgencyRisk,
    /// Gezondheidsrisico.
    pub health: UrgencyRisk,
    /// Welzijnsrisico.
    pub wellbeing: UrgencyRisk,
}

/// The scope of a signal (omvang, 002:3977-3984): how many persons, and whether a minor
/// (under 18) or a person over 75 is among them (the risk groups, 002:3934-3936).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UrgencyScope {
    /// The number of persons the signal is about; at least 1.
    pub persons: Persons,
    /// True when a person under 18 is involved.
    pub minors_involved: bool,
    /// True when a person over 75 is involved.
    pub over_75_involved: bool,
}

/// The number of persons a signal is about: an integer of at least 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Persons(NonZeroU32);

/// The rule for [`Persons`], as error messages state it.
pub const PERSONS_RULE: &str = "an integer >= 1 (the number of persons the signal is about)";

impl Persons {
    /// One person.
    pub const ONE: Persons = Persons(NonZeroU32::MIN);

    /// `n` persons; 0 is an error at `scope.persons` that states the rule.
    pub fn new(n: u32) -> Result<Persons, Error> {
        NonZeroU32::new(n)
            .map(Persons)
            .ok_or_else(|| Error::invalid(Path::root().key("scope").key("persons"), format!("expected {PERSONS_RULE}")))
    }

    /// The number.
    pub const fn get(self) -> u32 {
        self.0.get()
    }
}

impl<'de> serde::Deserialize<'de> for Persons {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Persons;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(PERSONS_RULE)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Persons, E> {
                u32::try_from(v)
                    .ok()
                    .and_then(NonZeroU32::new)
                    .map(Persons)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Persons, E> {
                match u64::try_from(v) {
                    Ok(u) => self.visit_u64(u),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
                }
            }
        }
        d.deserialize_u32(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Persons {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Persons".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "format": "uint32",
            "minimum": 1,
            "maximum": u32::MAX,
            "description": "The number of persons the signal is about; at least 1."
        })
    }
}

impl UrgencyScope {
    /// The scope as the instrument's table names it (002:3977-3984): a minor or a person
    /// over 75 counts 2 points, else several persons 1, else an individual 0. When both a
    /// minor and a person over 75 are involved the answer is `minor`, the first of the two
    /// rows in the figure; the points are the same.
    pub const fn answer(&self) -> UrgencyAnswer {
        if self.minors_involved {
            UrgencyAnswer::Minor
        } else if self.over_75_involved {
            UrgencyAnswer::Over75
        } else if self.persons.get() >= 2 {
            UrgencyAnswer::SeveralPersons
        } else {
            UrgencyAnswer::Individual
        }
    }

    /// The scope's points (002:3977-3984).
    pub const fn points(&self) -> u8 {
        match self.answer() {
            UrgencyAnswer::Minor | UrgencyAnswer::Over75 => 2,
            UrgencyAnswer::SeveralPersons => 1,
            _ => 0,
        }
    }
}

impl Document for UrgencyInput {
    const KIND: &'static str = "urgency_input";
}

/// The value of `T` with the wire code `code`, or an [`Error::Invalid`] at `path` that lists
/// the allowed codes (the same message as the JSON path gives). For bindings that read
/// codes from their own data structures.
pub fn code_at<T: Labelled>(code: &str, path: impl FnOnce() -> Path) -> Result<T, Error> {
    T::ALL
        .iter()
        .copied()
        .find(|v| v.code() == code)
        .ok_or_else(|| Error::invalid(path(), T::INFO.unknown_code_message()))
}

/// The value of `T` at position `index` in [`Labelled::ALL`] (as C enums number them), or an
/// [`Error::Invalid`] at `path` that lists the allowed numbers and codes.
pub fn index_at<T: Labelled>(index: i64, path: impl FnOnce() -> Path) -> Result<T, Error> {
    usize::try_from(index).ok().and_then(|i| T::ALL.get(i).copied()).ok_or_else(|| {
        let allowed: Vec<String> =
            T::INFO.members.iter().enumerate().map(|(i, m)| format!("{i} ({})", m.code)).collect();
        Error::invalid(path(), format!("unknown value; allowed: {}", allowed.join(", ")))
    })
}
