//! The domains, versions and levels of the Zelfredzaamheid-Matrix, the mapping between the
//! 11-domain version and ZRM 2017, and the links to the book's life domains and
//! quality-of-life dimensions. Names only: the cell criteria are © GGD Amsterdam and are not
//! shipped (see [`super::criteria`]).

use crate::lang::labelled_enum;
use crate::life_domain::LifeDomain;
use crate::quality::Dimension;

labelled_enum! {
    /// A version of the matrix. ZRM 2017 has 13 domains (ZRM-Handleiding 2017, GGD Amsterdam,
    /// as zrmtraining.nl lists them); the earlier versions had 11 (instrumentwijzer.nl;
    /// selfsufficiencymatrix.org, "SSM-NL has 11 domains").
    #[derive(Default)]
    pub enum ZrmVersion {
        /// ZRM 2017, 13 domains.
        #[default]
        Zrm2017 = "zrm_2017" { nl: "ZRM 2017 (13 domeinen)", en: "SSM 2017 (13 domains)" },
        /// The earlier matrix with 11 domains (2010, 2013).
        Zrm11 = "zrm_11" { nl: "ZRM met 11 domeinen (vóór 2017)", en: "SSM with 11 domains (before 2017)" },
    }
}

labelled_enum! {
    /// A domain of the matrix, of either version: the 13 of ZRM 2017 in their order, then
    /// the three names only the 11-domain version has. The English names of the 11-domain
    /// version are those of selfsufficiencymatrix.org; those of 2017 follow them
    /// (interpretation ZR1).
    pub enum ZrmDomain {
        /// Financiën.
        Finances = "finances" { nl: "Financiën", en: "Finances" },
        /// Werk & opleiding (2017; formerly dagbesteding).
        WorkEducation = "work_education" { nl: "Werk & opleiding", en: "Work & education" },
        /// Tijdsbesteding (2017; formerly a supplement).
        TimeUse = "time_use" { nl: "Tijdsbesteding", en: "Time use" },
        /// Huisvesting.
        Housing = "housing" { nl: "Huisvesting", en: "Housing" },
        /// Huiselijke relaties.
        DomesticRelations = "domestic_relations" { nl: "Huiselijke relaties", en: "Domestic relations" },
        /// Geestelijke gezondheid.
        MentalHealth = "mental_health" { nl: "Geestelijke gezondheid", en: "Mental health" },
        /// Lichamelijke gezondheid.
        PhysicalHealth = "physical_health" { nl: "Lichamelijke gezondheid", en: "Physical health" },
        /// Middelengebruik (2017; formerly verslaving).
        SubstanceUse = "substance_use" { nl: "Middelengebruik", en: "Substance use" },
        /// Basale ADL (2017).
        BasicAdl = "basic_adl" { nl: "Basale ADL", en: "Basic ADL" },
        /// Instrumentele ADL (2017).
        InstrumentalAdl = "instrumental_adl" { nl: "Instrumentele ADL", en: "Instrumental ADL" },
        /// Sociaal netwerk.
        SocialNetwork = "social_network" { nl: "Sociaal netwerk", en: "Social network" },
        /// Maatschappelijke participatie.
        CommunityParticipation = "community_participation" { nl: "Maatschappelijke participatie", en: "Community participation" },
        /// Justitie.
        Justice = "justice" { nl: "Justitie", en: "Judiciary" },
        /// Dagbesteding (11-domain version only).
        DayActivities = "day_activities" { nl: "Dagbesteding", en: "Day-time activities" },
        /// Verslaving (11-domain version only).
        Addiction = "addiction" { nl: "Verslaving", en: "Addiction" },
        /// Activiteiten dagelijks leven (11-domain version only).
        Adl = "adl" { nl: "Activiteiten dagelijks leven (ADL)", en: "Daily life skills (ADL)" },
    }
}

labelled_enum! {
    /// The five levels of self-reliance, 1 to 5, the same in both versions.
    pub enum ZrmLevel {
        /// 1: acute problematiek.
        Acute = "acute" { nl: "1 Acute problematiek", en: "1 Acute problems" },
        /// 2: niet zelfredzaam.
        NotSelfReliant = "not_self_reliant" { nl: "2 Niet zelfredzaam", en: "2 Not self-reliant" },
        /// 3: beperkt zelfredzaam.
        LimitedlySelfReliant = "limitedly_self_reliant" { nl: "3 Beperkt zelfredzaam", en: "3 Limited self-reliance" },
        /// 4: voldoende zelfredzaam.
        SufficientlySelfReliant = "sufficiently_self_reliant" { nl: "4 Voldoende zelfredzaam", en: "4 Sufficiently self-reliant" },
        /// 5: volledig zelfredzaam.
        FullySelfReliant = "fully_self_reliant" { nl: "5 Volledig zelfredzaam", en: "5 Fully self-reliant" },
    }
}

labelled_enum! {
    /// How a domain of the 11-domain version carries over to ZRM 2017.
    pub enum ZrmMappingKind {
        /// The same domain under the same name.
        Same = "same" { nl: "Hetzelfde domein", en: "Same domain" },
        /// The same domain under a new name (dagbesteding → werk & opleiding, verslaving →
        /// middelengebruik).
        Renamed = "renamed" { nl: "Hernoemd", en: "Renamed" },
        /// One old domain became two (ADL → basale en instrumentele ADL); the old level is
        /// an approximation of both (interpretation ZR2).
        Split = "split" { nl: "Gesplitst", en: "Split" },
        /// New in 2017 with no old counterpart (tijdsbesteding, formerly a supplement).
        New = "new" { nl: "Nieuw", en: "New" },
    }
}

labelled_enum! {
    /// How well a ZRM domain fits the book's life domains and dimensions.
    pub enum ZrmFit {
        /// The ZRM domain names the same area.
        Clear = "clear" { nl: "Duidelijk", en: "Clear" },
        /// It overlaps part of the area, or the area is wider.
        Partial = "partial" { nl: "Gedeeltelijk", en: "Partial" },
        /// No life domain or dimension of the book fits it well.
        Unclear = "unclear" { nl: "Onduidelijk", en: "Unclear" },
    }
}

impl ZrmLevel {
    /// The level's number, 1 (acute) to 5 (fully self-reliant).
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The level with this number, 1..5.
    pub fn from_number(n: u8) -> Option<ZrmLevel> {
        use crate::lang::Labelled;
        n.checked_sub(1).and_then(|i| ZrmLevel::ALL.get(usize::from(i))).copied()
    }

    /// Levels 1 and 2: acute or not self-reliant, where support is needed.
    pub fn is_concern(self) -> bool {
        self <= ZrmLevel::NotSelfReliant
    }
}

use ZrmDomain as D;

const DOMAINS_2017: &[ZrmDomain] = &[
    D::Finances,
    D::WorkEducation,
    D::TimeUse,
    D::Housing,
    D::DomesticRelations,
    D::MentalHealth,
    D::PhysicalHealth,
    D::SubstanceUse,
    D::BasicAdl,
    D::InstrumentalAdl,
    D::SocialNetwork,
    D::CommunityParticipation,
    D::Justice,
];

const DOMAINS_11: &[ZrmDomain] = &[
    D::Finances,
    D::DayActivities,
    D::Housing,
    D::DomesticRelations,
    D::MentalHealth,
    D::PhysicalHealth,
    D::Addiction,
    D::Adl,
    D::SocialNetwork,
    D::CommunityParticipation,
    D::Justice,
];

impl ZrmVersion {
    /// The version's domains in the matrix's order.
    pub fn domains(self) -> &'static [ZrmDomain] {
        match self {
            ZrmVersion::Zrm2017 => DOMAINS_2017,
            ZrmVersion::Zrm11 => DOMAINS_11,
        }
    }

    /// Whether `d` is one of the version's domains.
    pub fn has(self, d: ZrmDomain) -> bool {
        self.domains().contains(&d)
    }
}

/// One row of the mapping from the 11-domain version to ZRM 2017.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmMapping {
    /// The 11-domain version's domain; null for a domain new in 2017.
    pub zrm_11: Option<ZrmDomain>,
    /// The ZRM 2017 domain.
    pub zrm_2017: ZrmDomain,
    /// How it carries over.
    pub kind: ZrmMappingKind,
}

const fn m(old: Option<ZrmDomain>, new: ZrmDomain, kind: ZrmMappingKind) -> ZrmMapping {
    ZrmMapping { zrm_11: old, zrm_2017: new, kind }
}

/// The mapping, one row per ZRM 2017 domain in its order. Renames and the new domain:
/// zelfredzaamheidmatrix.nl, "ZRM 2017: De ZRM is vernieuwd!" (17-01-2017): dagbesteding is
/// now werk & opleiding, verslaving now middelengebruik, tijdsbesteding was a supplement and
/// 11 domains became 13. The ADL split is read from the two lists (interpretation ZR2).
pub const MAPPING: [ZrmMapping; 13] = {
    use ZrmMappingKind::*;
    [
        m(Some(D::Finances), D::Finances, Same),
        m(Some(D::DayActivities), D::WorkEducation, Renamed),
        m(None, D::TimeUse, New),
        m(Some(D::Housing), D::Housing, Same),
        m(Some(D::DomesticRelations), D::DomesticRelations, Same),
        m(Some(D::MentalHealth), D::MentalHealth, Same),
        m(Some(D::PhysicalHealth), D::PhysicalHealth, Same),
        m(Some(D::Addiction), D::SubstanceUse, Renamed),
        m(Some(D::Adl), D::BasicAdl, Split),
        m(Some(D::Adl), D::InstrumentalAdl, Split),
        m(Some(D::SocialNetwork), D::SocialNetwork, Same),
        m(Some(D::CommunityParticipation), D::CommunityParticipation, Same),
        m(Some(D::Justice), D::Justice, Same),
    ]
};

impl ZrmDomain {
    /// The ZRM 2017 domains this domain corresponds to: itself for a 2017 domain, its
    /// successor(s) for an 11-domain name.
    pub fn in_2017(self) -> impl Iterator<Item = &'static ZrmMapping> {
        MAPPING.iter().filter(move |r| r.zrm_2017 == self || r.zrm_11 == Some(self))
    }

    /// Whether two domains name the same area, within a version or across the mapping.
    pub fn same_area(self, other: ZrmDomain) -> bool {
        self == other || self.in_2017().any(|r| r.zrm_2017 == other || r.zrm_11 == Some(other))
    }

    /// The book's life domains (002:1563-1586) and quality-of-life dimensions (002:466-469,
    /// 002:803-890) the domain touches, and how well they fit (interpretation ZR4).
    pub fn links(self) -> ZrmLinks {
        use Dimension as Q;
        use LifeDomain as L;
        use ZrmFit::*;
        let (life, dims, fit): (&[LifeDomain], &[Dimension], ZrmFit) = match self {
            // Finances sit under personal (self-)care in the profile; financial status is a
            // result indicator of material wellbeing.
            D::Finances => (&[L::SelfCare], &[Q::MaterialWellbeing], Clear),
            // Work status (material wellbeing), education status (personal development).
            D::WorkEducation => (&[L::Work, L::Learning], &[Q::MaterialWellbeing, Q::PersonalDevelopment], Clear),
            D::DayActivities => {
                (&[L::Work, L::Learning, L::Leisure], &[Q::MaterialWellbeing, Q::PersonalDevelopment], Partial)
            }
            // Leisure is a life domain; among the dimensions it is only an indicator of
            // physical wellbeing, which is not what time use means.
            D::TimeUse => (&[L::Leisure], &[], Partial),
            D::Housing => (&[L::Housing], &[Q::MaterialWellbeing], Clear),
            // The household's relations: interpersonal relations; the profile has only the
            // wider social contacts.
            D::DomesticRelations => (&[L::SocialContacts], &[Q::InterpersonalRelations], Partial),
            D::MentalHealth => (&[L::Health], &[Q::EmotionalWellbeing], Clear),
            D::PhysicalHealth => (&[L::Health], &[Q::PhysicalWellbeing], Clear),
            // Health in the profile; no dimension names it.
            D::SubstanceUse | D::Addiction => (&[L::Health], &[], Partial),
            // Activities of daily living are an indicator of physical wellbeing; self-care
            // and household are one life domain.
            D::BasicAdl | D::InstrumentalAdl | D::Adl => (&[L::SelfCare], &[Q::PhysicalWellbeing], Clear),
            D::SocialNetwork => (&[L::SocialContacts], &[Q::InterpersonalRelations, Q::SocialInclusion], Clear),
            // Roles and activities in society; no life domain of the profile.
            D::CommunityParticipation => (&[], &[Q::SocialInclusion], Partial),
            // Contact with police and courts: neither the profile nor the dimensions.
            D::Justice => (&[], &[], Unclear),
        };
        ZrmLinks { life_domains: life.to_vec(), dimensions: dims.to_vec(), fit }
    }
}

/// Where a ZRM domain meets the book's model.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmLinks {
    /// The Personal Profile's life domains (002:1563-1586).
    pub life_domains: Vec<LifeDomain>,
    /// The quality-of-life dimensions (002:466-469).
    pub dimensions: Vec<Dimension>,
    /// How well they fit.
    pub fit: ZrmFit,
}

/// A ZRM domain a plan goal works on, with the level aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZrmTarget {
    /// The domain, of either version.
    pub domain: ZrmDomain,
    /// The level the goal aims at; null when none is set.
    #[serde(default)]
    pub target: Option<ZrmLevel>,
}
