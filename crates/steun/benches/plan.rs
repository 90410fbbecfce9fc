//! Parse and validate Bram's support case from JSON (002:1608-1840).
//!
//! Run with `cargo bench -p steun --bench plan`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use steun::plan::{validate_case, SupportCase};
use steun::Document;

const BRAM: &str = include_str!("../../../examples/data/bram_case.json");

fn bench(c: &mut Criterion) {
    c.bench_function("plan/parse", |b| b.iter(|| SupportCase::from_json(black_box(BRAM)).unwrap()));
    let case = SupportCase::from_json(BRAM).unwrap();
    c.bench_function("plan/validate", |b| b.iter(|| validate_case(black_box(&case))));
    c.bench_function("plan/parse_and_validate", |b| {
        b.iter(|| validate_case(&SupportCase::from_json(black_box(BRAM)).unwrap()))
    });
    c.bench_function("plan/validate_json", |b| b.iter(|| steun::plan::validate_json(black_box(BRAM)).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
