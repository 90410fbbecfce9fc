//! A neighbour's report about an older woman, pseudonymised, assessed and put on the
//! case-tracking list; then the forms are destroyed after the meeting (002:4443-4727).

use steun::signals::{
    apply_retention, client_code, list_cases, minimise, CaseList, CaseQuery, IdentifierKind, PseudonymKey, Report,
    SignalStep,
};
use steun::{Document, Labelled, Lang};

fn main() -> Result<(), steun::Error> {
    // The network's secret key; in practice read from a protected file, never from code.
    let key = PseudonymKey::new(b"steun-test-key-0123456789")?;
    let code = client_code(IdentifierKind::Bsn, "111222333", &key)?;
    println!("client code: {code}");

    let mut list = CaseList::from_json(include_str!("../data/signals_cases.json"))?;
    let report = Report::from_json(include_str!("../data/signals_report.json"))?;
    let case = &mut list.cases[0];
    assert_eq!(case.client, code);
    case.add_report(report)?;
    let r = &case.reports[0];
    println!("urgency: {} points, band {}; route: {}", r.urgency.score, r.urgency.band, r.route.label(Lang::En));
    case.record_step(SignalStep::Act, "2012-03-20".parse()?, None)?;

    let overdue = list_cases(&list, &CaseQuery { overdue_on: Some("2012-03-21".parse()?), ..Default::default() });
    for c in &overdue.cases {
        for a in &c.overdue_actions {
            println!(
                "overdue: {} action {} due {} ({}, {})",
                c.id, a.action, a.due, a.owner.organisation, a.owner.role
            );
        }
    }
    let after = apply_retention(&list, "2012-03-13".parse()?);
    println!("forms left after the meeting: {}", after.cases[0].reports.len());
    println!("{}", minimise(&after).to_json());
    Ok(())
}
