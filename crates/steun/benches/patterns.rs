//! The demand-pattern finder on 100,000 fragments from 10,000 respondents.
//!
//! The corpus is generated deterministically (a fixed linear congruential generator): 200
//! themes with a skewed popularity (theme t is drawn with weight 1/(t+1)), 10 fragments per
//! respondent, 1 to 3 themes per fragment, kinds in turn. Run with
//! `cargo bench -p steun --bench patterns`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use steun::pattern::{find_candidates, FragmentKind, StoryFragment, ThemeCode};
use steun::{ClientCode, Document};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn corpus(respondents: usize, per_respondent: usize, themes: usize) -> Vec<StoryFragment> {
    let codes: Vec<ThemeCode> = (0..themes).map(|t| ThemeCode::new(&format!("theme-{t:03}")).unwrap()).collect();
    // Cumulative weights 1/(t+1), scaled to integers.
    let mut cumulative = Vec::with_capacity(themes);
    let mut total = 0u64;
    for t in 0..themes {
        total += 1_000_000 / (t as u64 + 1);
        cumulative.push(total);
    }
    let kinds = [FragmentKind::Need, FragmentKind::Want, FragmentKind::Demand, FragmentKind::Contribution];
    let mut rng = Lcg(42);
    let mut out = Vec::with_capacity(respondents * per_respondent);
    for r in 0..respondents {
        let respondent = ClientCode::new(&format!("R-{r:05}")).unwrap();
        for f in 0..per_respondent {
            let n = 1 + (rng.next() % 3) as usize;
            let mut ts: Vec<ThemeCode> = Vec::with_capacity(n);
            while ts.len() < n {
                let x = rng.next() % total;
                let t = cumulative.partition_point(|c| *c <= x);
                if !ts.contains(&codes[t]) {
                    ts.push(codes[t].clone());
                }
            }
            out.push(StoryFragment {
                respondent: respondent.clone(),
                kind: kinds[(r + f) % 4],
                themes: ts,
                text: "Een fragment uit het levensverhaal".into(),
            });
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let fragments = corpus(10_000, 10, 200);
    let k_default = find_candidates(&fragments, 3).unwrap();
    let k_share = find_candidates(&fragments, 500).unwrap();
    eprintln!(
        "corpus: {} fragments, {} respondents; K=3: {} candidates; K=500: {} candidates",
        fragments.len(),
        k_default.respondents,
        k_default.candidates.len(),
        k_share.candidates.len()
    );
    let mut g = c.benchmark_group("patterns_find_100k_fragments_10k_respondents");
    g.sample_size(10);
    g.bench_function("K=3", |b| b.iter(|| find_candidates(black_box(&fragments), 3).unwrap()));
    g.bench_function("K=500", |b| b.iter(|| find_candidates(black_box(&fragments), 500).unwrap()));
    let text = steun::json::to_json(&fragments);
    g.bench_function("K=500 JSON in and out", |b| {
        b.iter(|| steun::pattern::find_candidates_json(black_box(&text), 500).unwrap())
    });
    g.finish();
    let _ = k_share.to_json();
}

criterion_group!(benches, bench);
criterion_main!(benches);
