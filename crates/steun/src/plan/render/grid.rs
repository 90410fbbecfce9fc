//! The assessment grid as a form (002:1495-1532): the eight dimensions of quality of life as
//! rows, in the seed's order, and its four columns. A dimension without a row is printed
//! empty: it was not discussed (F2).

use super::{cells, label, t, text};
use crate::assessment_grid::AssessmentGrid;
use crate::lang::{Labelled, Lang};
use crate::plan::form::{Block, Form, Span};
use crate::quality::Dimension;
use crate::text::ClientCode;

/// The grid of `client` as a form.
pub(crate) fn grid_form(grid: &AssessmentGrid, client: &ClientCode, lang: Lang) -> Form {
    let mut f = Form::default();
    f.0.push(Block::Title(t(lang, "SCHEMA INFORMATIE VERZAMELEN", "ASSESSMENT GRID").to_owned()));
    f.0.push(Block::Fields(vec![(
        t(lang, "Naam (cliëntcode)", "Name (client code)").to_owned(),
        vec![text(client.as_str())],
    )]));
    let head = [
        t(lang, "Dimensie kwaliteit van bestaan", "Quality-of-life dimension"),
        t(lang, "Ervaren belemmeringen", "Experienced barriers"),
        t(lang, "Wensen", "Wishes"),
        t(lang, "Benodigde ondersteuning en hulpbronnen", "Support and resources needed"),
        t(lang, "Aanwezige ondersteuning en hulpbronnen", "Support and resources present"),
    ];
    // At most one row per dimension (checked on input), so eight lookups in at most eight rows.
    let rows = Dimension::ALL
        .iter()
        .map(|d| {
            let mut row = vec![vec![Span::Strong(d.label(lang).to_owned())]];
            match grid.row(*d) {
                Some(r) => row.extend([
                    cells(&r.experienced_barriers),
                    cells(&r.wishes),
                    cells(&r.needed_support),
                    cells(&r.present_support),
                ]),
                None => row.extend((0..4).map(|_| Vec::new())),
            }
            row
        })
        .collect();
    f.0.push(Block::Table { head: head.iter().map(|h| (*h).to_owned()).collect(), rows });
    f.0.push(Block::Para(vec![label(t(lang, "Een lege rij is niet besproken.", "An empty row was not discussed."))]));
    f
}

/// The case's assessment grid as Markdown.
pub fn render_grid(grid: &AssessmentGrid, client: &ClientCode, lang: Lang) -> String {
    grid_form(grid, client, lang).markdown()
}
