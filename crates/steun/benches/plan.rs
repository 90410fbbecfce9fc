//! Parse and validate Bram's support case from JSON (002:1608-1840); render wide plans.
//!
//! Run with `cargo bench -p steun --bench plan`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use steun::plan::{render_case, validate_case, RenderPart, SupportCase};
use steun::Document;
use steun::Lang;

const BRAM: &str = include_str!("../../../examples/data/bram_case.json");

fn bench(c: &mut Criterion) {
    c.bench_function("plan/parse", |b| b.iter(|| SupportCase::from_json(black_box(BRAM)).unwrap()));
    let case = SupportCase::from_json(BRAM).unwrap();
    c.bench_function("plan/validate", |b| b.iter(|| validate_case(black_box(&case))));
    c.bench_function("plan/parse_and_validate", |b| {
        b.iter(|| validate_case(&SupportCase::from_json(black_box(BRAM)).unwrap()))
    });
    c.bench_function("plan/validate_json", |b| b.iter(|| steun::plan::validate_json(black_box(BRAM)).unwrap()));
    // Rendering must stay linear in the number of goals (a goal lookup per worksheet made it
    // quadratic once): compare the two figures, 4x the goals should cost about 4x.
    for n in [1500, 6000] {
        let case = wide_case(n);
        c.bench_function(&format!("plan/render_all/{n}_goals"), |b| {
            b.iter(|| render_case(black_box(&case), RenderPart::All, None, Lang::Nl).unwrap())
        });
    }
}

/// A plan with `n` goals, each with a worksheet and a step.
fn wide_case(n: usize) -> SupportCase {
    let goals: Vec<String> =
        (0..n).map(|i| format!(r#"{{"id":"g{i}","result":"Doel","priority":{},"term":"short"}}"#, i + 1)).collect();
    let sheets: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"goal":"g{i}","options":[{{"description":"Optie","ring":"own_strength"}}]}}"#))
        .collect();
    let steps: Vec<String> = (0..n).map(|i| format!(r#"{{"activity":"Stap","goal":"g{i}","own":["Zelf"]}}"#)).collect();
    SupportCase::from_json(&format!(
        r#"{{"client":"K-0001","plans":[{{"client":"K-0001","version":1,"drawn_up":"2013-01-10","goals":[{}],"worksheets":[{}],"steps":[{}]}}]}}"#,
        goals.join(","),
        sheets.join(","),
        steps.join(",")
    ))
    .unwrap()
}

criterion_group!(benches, bench);
criterion_main!(benches);
