//! The catalogue of every labelled enum, for bindings and tools that list codes and labels.

use crate::lang::{EnumInfo, Labelled};
use crate::Error;

/// Every labelled enum of steun, in a stable order.
pub const ENUMS: &[EnumInfo] = &[
    crate::Dimension::INFO,
    crate::LifeDomain::INFO,
    crate::CentralConcept::INFO,
    crate::CompensationDomain::INFO,
    crate::PerformanceField::INFO,
    crate::Impairment::INFO,
    crate::SupportSource::INFO,
    crate::SolutionRing::INFO,
    crate::Beacon::INFO,
    crate::QualityStandard::INFO,
    crate::SupportPhase::INFO,
    crate::ConversationPhase::INFO,
    crate::isolation::Persistence::INFO,
    crate::isolation::Orientation::INFO,
    crate::isolation::IsolationType::INFO,
    crate::isolation::Intervention::INFO,
    crate::isolation::TrajectoryLength::INFO,
    crate::isolation::TrajectoryIntensity::INFO,
    crate::isolation::Volunteer::INFO,
    crate::isolation::PersistenceRule::INFO,
    crate::isolation::LonelinessEmphasis::INFO,
    crate::isolation::InterventionFindingKind::INFO,
    crate::isolation::RiskGroup::INFO,
    crate::loneliness::LonelinessScale::INFO,
    crate::loneliness::AnswerFormat::INFO,
    crate::loneliness::LonelinessAnswer::INFO,
    crate::loneliness::Subscale::INFO,
    crate::loneliness::Wording::INFO,
    crate::loneliness::LonelinessLevel::INFO,
    crate::zrm::ZrmVersion::INFO,
    crate::zrm::ZrmDomain::INFO,
    crate::zrm::ZrmLevel::INFO,
    crate::zrm::ZrmMappingKind::INFO,
    crate::zrm::ZrmFit::INFO,
    crate::zrm::ZrmChange::INFO,
    crate::urgency::UrgencyRisk::INFO,
    crate::urgency::UrgencyDuration::INFO,
    crate::urgency::UrgencyCriterion::INFO,
    crate::urgency::UrgencyAnswer::INFO,
    crate::urgency::UrgencyBand::INFO,
    crate::urgency::UrgencyReportAction::INFO,
    crate::urgency::UrgencyReporterAction::INFO,
    // Support plans (crate::plan).
    crate::plan::Relation::INFO,
    crate::plan::ProvisionForm::INFO,
    crate::plan::ExtentUnit::INFO,
    crate::plan::Term::INFO,
    crate::plan::GoalOutcome::INFO,
    crate::plan::Severity::INFO,
    crate::plan::WishSource::INFO,
    crate::plan::ApplicationPart::INFO,
    crate::plan::ChangeKind::INFO,
    crate::plan::FindingCode::INFO,
    crate::plan::ProcessClosureReason::INFO,
    crate::plan::OtherScheme::INFO,
    crate::plan::RenderPart::INFO,
    crate::plan::CheckProfile::INFO,
    // iWmo 3.2 for Wmo claims (crate::iwmo).
    crate::iwmo::ProductCategory::INFO,
    crate::iwmo::IwmoUnit::INFO,
    crate::iwmo::IwmoFrequency::INFO,
    crate::iwmo::IwmoFindingCode::INFO,
    crate::pattern::FragmentKind::INFO,
    crate::pattern::PatternStatus::INFO,
    crate::pattern::PatternLevel::INFO,
    crate::pattern::MeetingRole::INFO,
    crate::pattern::AddressingParty::INFO,
    crate::pattern::MethodStep::INFO,
    crate::signals::SignalLevel::INFO,
    crate::signals::ReporterRole::INFO,
    crate::signals::NetworkTier::INFO,
    crate::signals::SignalKind::INFO,
    crate::signals::SignalStep::INFO,
    crate::signals::CaseStatus::INFO,
    crate::signals::ActionStatus::INFO,
    crate::signals::OwnerRole::INFO,
    crate::signals::IdentifierKind::INFO,
    crate::signals::ReportRoute::INFO,
    crate::signals::ReportFindingCode::INFO,
    crate::signals::CaseClosureReason::INFO,
    crate::signals::MeetingKind::INFO,
    crate::signals::IntakeChannel::INFO,
    crate::signals::IntakeDecision::INFO,
    crate::signals::InvestigationOutcome::INFO,
    crate::signals::CaseOutcome::INFO,
    crate::werkvorm::Werkvorm::INFO,
    crate::werkvorm::WerkvormGoal::INFO,
    crate::werkvorm::MappingSource::INFO,
    crate::zelfscan::ZelfscanArea::INFO,
    crate::zelfscan::ZelfscanElement::INFO,
    crate::zelfscan::RespondentRole::INFO,
    crate::zelfscan::ZelfscanAnswer::INFO,
    crate::zelfscan::DisagreementRule::INFO,
    crate::zelfscan::OrganisationLayer::INFO,
    crate::zelfscan::StartMode::INFO,
    crate::zelfscan::LfosFeature::INFO,
    crate::zelfscan::SteeringDefinition::INFO,
    crate::zelfscan::SteeringVerdict::INFO,
    // Monitoring cliëntondersteuning (crate::monitor, 003).
    crate::monitor::SupporterKind::INFO,
    crate::monitor::SupportLevel::INFO,
    crate::monitor::ReferralSource::INFO,
    crate::monitor::QuestionDomain::INFO,
    crate::monitor::TargetGroup::INFO,
    crate::monitor::Agreement::INFO,
    crate::monitor::SurveyItem::INFO,
    crate::monitor::IndicatorKind::INFO,
    crate::monitor::IndicatorCode::INFO,
    crate::monitor::CoQuestion::INFO,
    crate::monitor::AnswerStatus::INFO,
    crate::programme::CostUnit::INFO,
    crate::programme::PlanPart::INFO,
    crate::programme::PlanTheme::INFO,
    crate::programme::ResultKind::INFO,
    crate::programme::PlanCheck::INFO,
    crate::programme::FormTheme::INFO,
    crate::programme::ProgrammeStep::INFO,
    crate::programme::StepStatus::INFO,
];

/// The enum called `name` (its type name, e.g. `Dimension`), or an error listing the names.
pub fn enum_named(name: &str) -> Result<&'static EnumInfo, Error> {
    ENUMS.iter().find(|e| e.name == name).ok_or_else(|| {
        let names: Vec<&str> = ENUMS.iter().map(|e| e.name).collect();
        Error::not_found("enum", name, &names)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn every_enum_has_unique_snake_case_codes_and_labels() {
        for (i, e) in ENUMS.iter().enumerate() {
            assert!(ENUMS[..i].iter().all(|o| o.name != e.name), "{}", e.name);
            for (j, m) in e.members.iter().enumerate() {
                assert!(
                    m.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                    "{}",
                    m.code
                );
                assert!(!m.nl.is_empty() && !m.en.is_empty(), "{}", m.code);
                assert!(e.members[..j].iter().all(|o| o.code != m.code), "{}.{}", e.name, m.code);
            }
        }
    }

    #[test]
    fn counts_match_the_sources() {
        let count = |n: &str| enum_named(n).unwrap().members.len();
        assert_eq!(count("Dimension"), 8); // 002:466-469
        assert_eq!(count("LifeDomain"), 8); // 002:1563-1586
        assert_eq!(count("CentralConcept"), 3); // 002:326-340
        assert_eq!(count("CompensationDomain"), 5); // 002:412-421
        assert_eq!(count("PerformanceField"), 9); // 002:282-313
        assert_eq!(count("Impairment"), 5); // 002:478-491
        assert_eq!(count("SupportSource"), 4); // 002:584-668
        assert_eq!(count("SolutionRing"), 4); // 002:1120-1190
        assert_eq!(count("Beacon"), 8); // 002:909-1052
        assert_eq!(count("QualityStandard"), 5); // 002:3440-3458
        assert_eq!(count("SupportPhase"), 6); // 002:1345-1400
        assert_eq!(count("ConversationPhase"), 5); // 002:1075-1078
        assert_eq!(count("Persistence"), 4); // 002:4235-4405
        assert_eq!(count("IsolationType"), 8); // 002:4257-4379
        assert_eq!(count("Intervention"), 13); // 002:4271-4401
        assert_eq!(count("RiskGroup"), 5); // 002:4463-4469
        assert_eq!(count("UrgencyCriterion"), 5); // 002:3959-3989
        assert_eq!(count("UrgencyAnswer"), 11); // 002:3959-3989, plus unknown
        assert_eq!(count("SignalLevel"), 3); // 002:3739, 3777, 3819
        assert_eq!(count("SignalStep"), 6); // 002:3656-3661
        assert_eq!(count("NetworkTier"), 3); // 002:4472-4498
        assert_eq!(count("Werkvorm"), 11); // 004:11-31
        assert_eq!(count("WerkvormGoal"), 4); // 004:59-75
        assert_eq!(count("ZelfscanArea"), 4); // 000:250-258
        assert_eq!(count("ZelfscanElement"), 28); // 000:259-874 (reading Z1)
        assert_eq!(count("LfosFeature"), 5); // 000:65-75
    }

    #[test]
    fn codes_parse_and_serialise_like_the_catalogue() {
        use crate::Labelled;
        for d in crate::Dimension::ALL {
            let json = crate::json::to_json(d);
            assert_eq!(json, format!("\"{}\"", d.code()));
            assert_eq!(crate::json::from_json::<crate::Dimension>(&json).unwrap(), *d);
            assert_eq!(d.code().parse::<crate::Dimension>().unwrap(), *d);
            assert_eq!(d.to_string(), d.code());
        }
        assert_eq!(crate::PerformanceField::AddictionPolicy.number(), 9);
        assert_eq!(crate::SupportPhase::Evaluation.number(), 6);
        assert_eq!(crate::SolutionRing::OwnStrength.label(Lang::Nl), "Eigen kracht");
        assert_eq!(crate::Beacon::OutreachDirect.label(Lang::Nl), "Direct er op af");
        assert!("Rights".parse::<crate::Dimension>().is_err());
    }

    #[test]
    fn unknown_enum_is_not_found() {
        assert_eq!(enum_named("Nope").unwrap_err().code(), "not_found");
    }
}
