//! The second indicator at work: the orientation to social participation orders a row's
//! interventions (002:4420-4427).
//!
//! The source names orientation "de tweede indicator voor het bepalen van de juiste
//! interventies" and says it separates older people "die nog wel gericht zijn op sociale
//! participatie" from those "die deze behoefte of oriëntatie niet meer hebben"
//! (002:4420-4427), but its table gives the interventions per row only (002:4235-4405). The
//! library's reading (interpretation I9): within the row, the interventions that aim at
//! participation or network growth ([`Intervention::aims_at_participation`]) come first for a
//! person oriented to participation and last for one who is not; the table's order is kept
//! inside each group. `interventions` keeps the table's order, so a caller who does not share
//! this reading uses that field.

use crate::lang::Bilingual;

use super::{Intervention, IsolationType};

/// The row's interventions in the order the orientation suggests.
pub fn suggested_order(t: IsolationType) -> Vec<Intervention> {
    let row = t.persistence().interventions();
    let first = t.participation_oriented();
    let mut out: Vec<Intervention> = row.iter().copied().filter(|i| i.aims_at_participation() == first).collect();
    out.extend(row.iter().copied().filter(|i| i.aims_at_participation() != first));
    out
}

/// Why the suggested order is what it is, in both languages.
pub fn orientation_note(t: IsolationType) -> Bilingual {
    let has_participation = t.persistence().interventions().iter().any(|i| i.aims_at_participation());
    match (t.participation_oriented(), has_participation) {
        (_, false) => Bilingual::new(
            "De rij kent geen interventies gericht op participatie of netwerkvergroting; de volgorde is die van de \
             tabel. De handelingsoriëntatie is de tweede indicator voor de juiste interventies (002:4420-4427).",
            "The row has no interventions aimed at participation or network growth; the order is the table's. \
             Orientation is the second indicator for the right interventions (002:4420-4427).",
        ),
        (true, true) => Bilingual::new(
            "Gericht op sociale participatie: interventies gericht op participatie en netwerkvergroting eerst \
             (lezing van de bibliotheek van 002:4420-4427; `interventions` houdt de volgorde van de tabel).",
            "Oriented to social participation: interventions aimed at participation and network growth first \
             (the library's reading of 002:4420-4427; `interventions` keeps the table's order).",
        ),
        (false, true) => Bilingual::new(
            "Niet (duidelijk) gericht op sociale participatie: wie deze behoefte of oriëntatie niet meer heeft, \
             krijgt eerst de andere interventies; die gericht op participatie en netwerkvergroting komen laatst \
             (lezing van de bibliotheek van 002:4420-4427; `interventions` houdt de volgorde van de tabel).",
            "Not (clearly) oriented to social participation: for someone who no longer has this need or \
             orientation the other interventions come first, those aimed at participation and network growth \
             last (the library's reading of 002:4420-4427; `interventions` keeps the table's order).",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Labelled;
    use Intervention as I;

    #[test]
    fn orientation_orders_rows_one_and_two_and_leaves_three_and_four() {
        // Row 1 in the table: barriers, preventive, group activities, volunteer (002:4271-4287).
        assert_eq!(
            suggested_order(IsolationType::Actives),
            [
                I::RemoveParticipationBarriers,
                I::ReferralToGroupActivities,
                I::VolunteerMatch,
                I::PreventiveIntervention
            ]
        );
        assert_eq!(
            suggested_order(IsolationType::Sheltered),
            [
                I::PreventiveIntervention,
                I::RemoveParticipationBarriers,
                I::ReferralToGroupActivities,
                I::VolunteerMatch
            ]
        );
        for t in [IsolationType::Outsiders, IsolationType::Survivors] {
            assert_eq!(suggested_order(t), t.persistence().interventions(), "{t:?}");
        }
        for t in IsolationType::ALL {
            let mut a = suggested_order(*t);
            let mut b = t.persistence().interventions().to_vec();
            a.sort_by_key(|i| *i as u8);
            b.sort_by_key(|i| *i as u8);
            assert_eq!(a, b, "{t:?}: the same interventions, reordered only");
        }
    }
}
