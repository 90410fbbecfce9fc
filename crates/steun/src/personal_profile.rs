//! The Personal Profile (Persoonlijk Profiel, Den Hollander & Wilken 2011; 002:1541-1606):
//! per life domain the current possibilities and experiences, the wishes, and the earlier
//! possibilities and experiences; below them the most important wishes, ranked.

use crate::document::Document;
use crate::life_domain::LifeDomain;
use crate::text::{ClientCode, FreeText};
use crate::{Error, Path};

/// A Personal Profile: a tool of and for the client (002:1541-1548). The form's "Naam" is
/// replaced by a pseudonymous client code.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersonalProfile {
    /// The client's pseudonymous code, never a name.
    #[serde(default)]
    pub client: Option<ClientCode>,
    /// The life domains filled in, at most one entry per domain, in the order written.
    pub domains: Vec<ProfileDomain>,
    /// Welke wensen zijn het belangrijkst? The most important wishes, most important first
    /// (002:1587, 002:1602-1603).
    #[serde(default)]
    pub important_wishes: Vec<FreeText>,
}

/// One life domain of the profile with its three columns (002:1559-1601).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfileDomain {
    /// The life domain.
    pub domain: LifeDomain,
    /// Huidige mogelijkheden en ervaringen: how life looks now, what the person can use.
    #[serde(default)]
    pub current: Vec<FreeText>,
    /// Wensen: wishes in this domain.
    #[serde(default)]
    pub wishes: Vec<FreeText>,
    /// Vroegere mogelijkheden en ervaringen: the situation before, what helped then.
    #[serde(default)]
    pub earlier: Vec<FreeText>,
}

impl ProfileDomain {
    /// An empty entry for `domain`.
    pub fn new(domain: LifeDomain) -> Self {
        ProfileDomain { domain, current: Vec::new(), wishes: Vec::new(), earlier: Vec::new() }
    }
}

impl PersonalProfile {
    /// The entry for `domain`, if the profile has one.
    pub fn domain(&self, domain: LifeDomain) -> Option<&ProfileDomain> {
        self.domains.iter().find(|d| d.domain == domain)
    }
}

impl Document for PersonalProfile {
    const KIND: &'static str = "personal_profile";

    fn check(&self) -> Result<(), Error> {
        for (i, d) in self.domains.iter().enumerate() {
            if self.domains[..i].iter().any(|o| o.domain == d.domain) {
                return Err(Error::invalid(
                    Path::root().key("domains").index(i).key("domain"),
                    "duplicate life domain: each domain has at most one entry",
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bram_round_trips() {
        let text = include_str!("../../../examples/data/bram_profile.json");
        let p = PersonalProfile::from_json(text).unwrap();
        assert_eq!(p.client.as_ref().map(ClientCode::as_str), Some("K-0027"));
        let housing = p.domain(LifeDomain::Housing).unwrap();
        assert!(!housing.wishes.is_empty());
        assert_eq!(PersonalProfile::from_json(&p.to_json()).unwrap(), p);
        let v1: serde_json::Value = serde_json::from_str(text).unwrap();
        let v2: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(v1, v2, "the example is written in canonical form and survives a round trip");
    }

    #[test]
    fn duplicate_domain_is_rejected() {
        let e = PersonalProfile::from_json(r#"{"domains":[{"domain":"work"},{"domain":"work"}]}"#).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "domains[1].domain");
    }

    #[test]
    fn unknown_domain_code_names_the_field_and_the_codes() {
        let e = PersonalProfile::from_json(r#"{"domains":[{"domain":"wonen"}]}"#).unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "domains[0].domain");
        assert!(e.message().contains("housing, work, learning"), "{e}");
    }
}
