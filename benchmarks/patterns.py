"""Times steun.find_candidate_patterns on 100,000 fragments from 10,000 respondents, from
Python (dicts in, typed objects out). The corpus is the one of crates/steun/benches/patterns.rs:
200 themes drawn with weight 1/(t+1), 10 fragments per respondent, 1-3 themes each.

    python benchmarks/patterns.py
"""

import time

import steun

MASK = (1 << 64) - 1


def corpus(respondents=10_000, per_respondent=10, themes=200):
    state = 42
    codes = [f"theme-{t:03}" for t in range(themes)]
    cumulative, total = [], 0
    for t in range(themes):
        total += 1_000_000 // (t + 1)
        cumulative.append(total)
    kinds = ["need", "want", "demand", "contribution"]
    import bisect

    out = []
    for r in range(respondents):
        for f in range(per_respondent):
            state = (state * 6364136223846793005 + 1442695040888963407) & MASK
            n = 1 + (state >> 33) % 3
            ts = []
            while len(ts) < n:
                state = (state * 6364136223846793005 + 1442695040888963407) & MASK
                t = bisect.bisect_right(cumulative, (state >> 33) % total)
                if codes[t] not in ts:
                    ts.append(codes[t])
            out.append({"respondent": f"R-{r:05}", "kind": kinds[(r + f) % 4], "themes": ts,
                        "text": "Een fragment uit het levensverhaal"})
    return out


def main():
    fragments = corpus()
    for k in (3, 500):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            found = steun.find_candidate_patterns(fragments, min_respondents=k)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(f"find_candidate_patterns: {len(fragments)} fragments, K={k}: "
              f"{len(found.candidates)} candidates in {best * 1000:.0f} ms (best of 3)")


if __name__ == "__main__":
    main()
