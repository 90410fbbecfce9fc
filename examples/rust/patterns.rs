//! Finds candidate demand patterns in coded story fragments, then takes one through its life
//! cycle: validated by the respondents, chosen to address first, addressed by the group's own
//! self-organisation.

use steun::pattern::{
    find_candidates, Addressing, AddressingParty, AgreedAction, DemandPattern, MeetingRecord, MeetingRole,
    PriorityChoice, StoryFragment,
};
use steun::{Document, Labelled, Lang};

fn main() -> Result<(), steun::Error> {
    let fragments: Vec<StoryFragment> = steun::json::from_json(include_str!("../data/story_fragments.json"))?;
    let found = find_candidates(&fragments, 3)?;
    for c in &found.candidates {
        println!(
            "{:<20} {} of {} respondents ({})",
            c.name,
            c.respondents,
            found.respondents,
            c.status.label(Lang::Nl)
        );
    }

    let mut pattern = DemandPattern::new("mobiliteit", "We willen graag mobiel zijn");
    pattern.validate(MeetingRecord {
        date: "2011-10-12".parse()?,
        roles_present: vec![MeetingRole::Respondent, MeetingRole::Researcher, MeetingRole::Professional],
        respondents_present: 6,
        respondents_recognising: 6,
        recognised_by: vec![MeetingRole::Respondent],
        recognising_respondents: vec![],
        min_recognising: None,
        solution_needed: Some(true),
        notes: None,
    })?;
    pattern.prioritise(PriorityChoice {
        date: "2011-10-12".parse()?,
        rank: 1,
        considered: 8,
        chosen_by: vec![MeetingRole::Respondent, MeetingRole::SelfOrganisation],
        reason: None,
    })?;
    pattern.address(Addressing {
        date: "2011-11-01".parse()?,
        party: AddressingParty::SelfOrganisation,
        actions: vec![AgreedAction {
            action: "Samen een overzicht van vervoer in het weekend maken".into(),
            owner: AddressingParty::SelfOrganisation,
            owner_name: None,
        }],
        why_not_the_group: None,
    })?;
    println!("{}", pattern.to_json());
    Ok(())
}
