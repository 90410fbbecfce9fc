//! The isolation typology (002:4226-4575): decide the persistence from facts, classify, check
//! a plan's interventions, and see which Veenendaal risk groups apply.

use steun::isolation::*;
use steun::{Document, Labelled, Lang};

fn main() -> Result<(), steun::Error> {
    // A case like the network's category 3 (002:4545-4551): problems piled up after life
    // events, a language barrier, no connection found; persistent isolation.
    let facts = PersistenceFacts {
        psychiatric_or_psychogeriatric: false,
        complex_problems: true,
        structural: Some(true),
        caused_by_event_or_situation: true,
        loneliness: None,
    };
    let decision = decide_persistence(&facts)?;
    println!("{} ({})", decision.persistence.label(Lang::Nl), decision.explanation.en);

    let result = classify(&IsolationInput { persistence: decision.persistence, participation_oriented: false });
    println!("{}", result.to_json());
    for i in &result.interventions {
        println!("  - {} / {}", i.label(Lang::Nl), i.label(Lang::En));
    }

    let planned = [Intervention::ProfessionalMonitoring, Intervention::ReferralToGroupActivities];
    for f in check_interventions(result.r#type, &planned) {
        println!("  ! {} [{}]: {}", f.intervention, f.kind, f.explanation.en);
    }

    let person = RiskGroupInput {
        living_alone: true,
        health_loss: false,
        psychosocial_or_psychiatric_problems: false,
        low_income: true,
        age: 82,
    };
    let groups: Vec<&str> = risk_groups(&person).iter().map(|g| g.label(Lang::En)).collect();
    println!("risk groups: {}", groups.join("; "));
    Ok(())
}
