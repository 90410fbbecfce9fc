"""Benchmark: the night job of a municipality, 200,000 signals, DataFrame in -> DataFrame out.
Three ways of the same rule (urgency 2.0.0, default bands), each timed end to end from the
same polars DataFrame to a polars DataFrame of results, checked equal first:

- steun: ``polars.DataFrame(steun.assess_urgency_table(df))``
- the rule as polars expressions
- plain Python: a loop over the rows building result dicts, then a DataFrame

Targets (issue 16): steun at least 2x faster than polars and 50x faster than plain Python.
Not a test; prints the three figures and whether the targets are met.

    python benchmarks/urgency.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any, Callable, Dict, List

import polars as pl

import steun

RISK_POINTS = {"none": 0, "moderate": 1, "severe": 2, "unknown": None}
DURATION_POINTS = {"incidental": 0, "structural_under_half_year": 1, "structural_over_half_year": 2, "unknown": None}
# (from, to, band, report_action, reporter_action): the default band table of steun.
BANDS = [
    (0, 4, "information_advice", "no_action", "information_advice_support"),
    (5, 6, "consultation", "team_consultation", "information_advice_support_feedback"),
    (7, 9, "professional_services", "professional_services", "information_advice_support_feedback"),
    (10, 10, "crisis", "crisis_report", "information_advice_support_feedback"),
]
INSTRUMENT = "jaspers-2011-urgency"
VERSION = steun.INSTRUMENTS[INSTRUMENT]
COMPARED = ["score", "score_min", "score_max", "band", "worst_band", "needs_consultation", "report_action", "reporter_action"]


def frame(n: int) -> pl.DataFrame:
    rnd = random.Random(2011)
    risks, durations = list(RISK_POINTS), list(DURATION_POINTS)
    return pl.DataFrame(
        {
            "safety": [rnd.choice(risks) for _ in range(n)],
            "health": [rnd.choice(risks) for _ in range(n)],
            "wellbeing": [rnd.choice(risks) for _ in range(n)],
            "persons": [rnd.randint(1, 4) for _ in range(n)],
            "minors_involved": [rnd.random() < 0.2 for _ in range(n)],
            "over_75_involved": [rnd.random() < 0.2 for _ in range(n)],
            "duration": [rnd.choice(durations) for _ in range(n)],
        }
    )


def with_steun(df: pl.DataFrame) -> pl.DataFrame:
    return pl.DataFrame(steun.assess_urgency_table(df))


def with_polars(df: pl.DataFrame) -> pl.DataFrame:
    def points(col: str, table: Dict[str, Any]) -> pl.Expr:
        return pl.col(col).replace_strict(table, return_dtype=pl.Int8)

    def band_of(score: pl.Expr, field: int) -> pl.Expr:
        e = pl.when(score <= BANDS[0][1]).then(pl.lit(BANDS[0][field]))
        for b in BANDS[1:]:
            e = e.when(score <= b[1]).then(pl.lit(b[field]))
        return e

    scope = (
        pl.when(pl.col("minors_involved") | pl.col("over_75_involved"))
        .then(2)
        .when(pl.col("persons") >= 2)
        .then(1)
        .otherwise(0)
    )
    known = [points(c, RISK_POINTS) for c in ("safety", "health", "wellbeing")] + [points("duration", DURATION_POINTS)]
    score = pl.sum_horizontal([k.fill_null(0) for k in known]) + scope
    score_max = pl.sum_horizontal([k.fill_null(2) for k in known]) + scope
    return (
        df.select(
            score.cast(pl.UInt8).alias("score"),
            score_max.cast(pl.UInt8).alias("score_max"),
            pl.any_horizontal([k.is_null() for k in known]).alias("needs_consultation"),
        )
        .with_columns(
            pl.col("score").alias("score_min"),
            band_of(pl.col("score"), 2).alias("band"),
            band_of(pl.col("score_max"), 2).alias("worst_band"),
            band_of(pl.col("score"), 3).alias("report_action"),
            band_of(pl.col("score"), 4).alias("reporter_action"),
            pl.lit(INSTRUMENT).alias("instrument"),
            pl.lit(VERSION).alias("instrument_version"),
        )
    )


def _band(score: int) -> Any:
    for b in BANDS:
        if b[0] <= score <= b[1]:
            return b
    raise ValueError(score)


def plain_row(r: Dict[str, Any]) -> Dict[str, Any]:
    known = [RISK_POINTS[r["safety"]], RISK_POINTS[r["health"]], RISK_POINTS[r["wellbeing"]], DURATION_POINTS[r["duration"]]]
    scope = 2 if r["minors_involved"] or r["over_75_involved"] else 1 if r["persons"] >= 2 else 0
    lo = sum(p for p in known if p is not None) + scope
    hi = sum(2 if p is None else p for p in known) + scope
    b, w = _band(lo), _band(hi)
    return {
        "score": lo,
        "score_min": lo,
        "score_max": hi,
        "band": b[2],
        "worst_band": w[2],
        "needs_consultation": any(p is None for p in known),
        "report_action": b[3],
        "reporter_action": b[4],
        "instrument": INSTRUMENT,
        "instrument_version": VERSION,
    }


def with_plain_python(df: pl.DataFrame) -> pl.DataFrame:
    return pl.DataFrame([plain_row(r) for r in df.iter_rows(named=True)])


def best(f: Callable[[pl.DataFrame], pl.DataFrame], df: pl.DataFrame, rounds: int) -> float:
    times: List[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        f(df)
        times.append(time.perf_counter() - t0)
    return min(times)


def same(a: pl.DataFrame, b: pl.DataFrame) -> bool:
    cast = [pl.col(c).cast(pl.Utf8) if a.schema[c] in (pl.Categorical, pl.Enum) else pl.col(c).cast(pl.Int64) if a.schema[c].is_integer() else pl.col(c) for c in COMPARED]
    cast_b = [pl.col(c).cast(pl.Utf8) if b.schema[c] in (pl.Categorical, pl.Enum) else pl.col(c).cast(pl.Int64) if b.schema[c].is_integer() else pl.col(c) for c in COMPARED]
    return a.select(cast).equals(b.select(cast_b))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    df = frame(n)
    s, p, q = with_steun(df), with_polars(df), with_plain_python(df)
    assert s["error"].null_count() == n, "every row is good"
    assert same(s, p) and same(s, q), "the three give the same results"

    t_steun = best(with_steun, df, rounds)
    t_polars = best(with_polars, df, rounds)
    t_plain = best(with_plain_python, df, max(1, rounds // 2))
    print(f"{n} rows, DataFrame in -> DataFrame out, best of {rounds} (plain Python: {max(1, rounds // 2)})")
    print(f"steun.assess_urgency_table: {t_steun * 1e3:9.1f} ms  {t_steun / n * 1e9:6.0f} ns/row")
    print(f"polars expressions:         {t_polars * 1e3:9.1f} ms  {t_polars / n * 1e9:6.0f} ns/row  steun {t_polars / t_steun:5.1f}x faster (target >= 2x: {'met' if t_polars >= 2 * t_steun else 'NOT met'})")
    print(f"plain Python:               {t_plain * 1e3:9.1f} ms  {t_plain / n * 1e9:6.0f} ns/row  steun {t_plain / t_steun:5.1f}x faster (target >= 50x: {'met' if t_plain >= 50 * t_steun else 'NOT met'})")


if __name__ == "__main__":
    main()
