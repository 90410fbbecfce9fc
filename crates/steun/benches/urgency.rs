//! Urgency scoring: the typed path (target < 20 ns per assessment) and the JSON path.
//! Run: cargo bench -p steun --bench urgency

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use steun::urgency::{
    self, BandTable, Persons, UrgencyDuration, UrgencyInput, UrgencyRisk, UrgencyRisks, UrgencyScope,
};
use steun::Labelled;

fn inputs() -> Vec<UrgencyInput> {
    let mut v = Vec::new();
    for &s in UrgencyRisk::ALL {
        for &h in UrgencyRisk::ALL {
            for &d in UrgencyDuration::ALL {
                for (p, m, o) in [(1, false, false), (3, false, false), (1, true, false), (2, false, true)] {
                    v.push(UrgencyInput {
                        risks: UrgencyRisks { safety: s, health: h, wellbeing: s },
                        scope: UrgencyScope {
                            persons: Persons::new(p).unwrap(),
                            minors_involved: m,
                            over_75_involved: o,
                        },
                        duration: d,
                    });
                }
            }
        }
    }
    v
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    let n = inputs.len() as u64;
    let table = BandTable::DEFAULT;
    let mut g = c.benchmark_group("urgency");
    g.throughput(Throughput::Elements(n));
    g.bench_function("typed_assess", |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for i in &inputs {
                let r = urgency::assess(black_box(i));
                acc += u32::from(r.score_max) + u32::from(r.needs_consultation);
            }
            acc
        })
    });
    g.bench_function("typed_assess_with_table", |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for i in &inputs {
                acc += u32::from(urgency::assess_with(black_box(i), black_box(&table)).score);
            }
            acc
        })
    });
    let texts: Vec<String> = inputs.iter().map(steun::Document::to_json).collect();
    g.bench_function("json_assess", |b| {
        b.iter(|| {
            let mut len = 0;
            for t in &texts {
                len += urgency::assess_json(black_box(t)).map(|s| s.len()).unwrap_or(0);
            }
            len
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
