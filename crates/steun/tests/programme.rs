//! The municipal programme (003): the cost indications as the seed prints them.

#[test]
fn cost_indications_are_the_seeds_figures_with_the_caveat() {
    let r = steun::programme::cost_indications();
    assert!(r.caveat.nl.contains("Er kunnen geen rechten aan ontleend worden.")); // 003:723
    assert!(r.as_of.starts_with("augustus 2020")); // 003:1208
    let figs: Vec<(Option<u32>, Option<u32>, &str)> =
        r.figures.iter().map(|f| (f.min, f.max, f.source.as_str())).collect();
    assert_eq!(
        figs,
        [
            (Some(4), Some(32), "003:742"),      // 4 tot 32 uur per week
            (Some(500), None, "003:743"),        // vanaf €500
            (Some(3000), Some(3000), "003:743"), // kosten €3.000
            (Some(1000), Some(1500), "003:766"), // €1.000 tot €1.500
            (Some(2500), Some(2500), "003:786"), // circa €2.500 per jaar, per inwoner
        ]
    );
    let out = steun::op::call("co_programme.cost_indications", "{}").unwrap();
    assert!(out.contains("\"instrument\":\"movisie-2020-co-programme\""));
}
