"""Benchmark: 1,000,000 urgency assessments with steun.assess_urgency_many against a plain
Python implementation of the same rules that builds the same result dicts (explanations
included). Not a test; prints both times and the ratio.

    python benchmarks/urgency.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any, Dict, List

import steun

RISK_POINTS = {"none": 0, "moderate": 1, "severe": 2, "unknown": None}
DURATION_POINTS = {"incidental": 0, "structural_under_half_year": 1, "structural_over_half_year": 2, "unknown": None}
BANDS = [
    (0, 4, "information_advice", "no_action", "information_advice_support"),
    (5, 6, "consultation", "team_consultation", "information_advice_support_feedback"),
    (7, 9, "professional_services", "professional_services", "information_advice_support_feedback"),
    (10, 10, "crisis", "crisis_report", "information_advice_support_feedback"),
]


def _band(score: int) -> Any:
    for b in BANDS:
        if b[0] <= score <= b[1]:
            return b
    raise ValueError(score)


def plain_python(inp: Dict[str, Any]) -> Dict[str, Any]:
    """The rules in plain Python, with a result dict and a (shorter) bilingual explanation."""
    risks, scope = inp["risks"], inp["scope"]
    items = []
    for name in ("safety", "health", "wellbeing"):
        a = risks[name]
        items.append((name, a, RISK_POINTS[a]))
    if scope["minors_involved"]:
        items.append(("scope", "minor", 2))
    elif scope["over_75_involved"]:
        items.append(("scope", "over_75", 2))
    elif scope["persons"] >= 2:
        items.append(("scope", "several_persons", 1))
    else:
        items.append(("scope", "individual", 0))
    items.append(("duration", inp["duration"], DURATION_POINTS[inp["duration"]]))
    breakdown = []
    lo = hi = 0
    unknown = False
    nl: List[str] = []
    en: List[str] = []
    for name, a, p in items:
        pmin = 0 if p is None else p
        pmax = 2 if p is None else p
        lo += pmin
        hi += pmax
        unknown = unknown or p is None
        breakdown.append({"criterion": name, "answer": a, "points": p, "points_min": pmin, "points_max": pmax})
        nl.append(f"{name}: {a}, {p if p is not None else f'0 tot {pmax}'} punten.")
        en.append(f"{name}: {a}, {p if p is not None else f'0 to {pmax}'} points.")
    b = _band(hi)
    nl.append(f"Score {lo} van 10. Categorie {b[2]} (scores {b[0]} tot en met {b[1]}).")
    en.append(f"Score {lo} of 10. Band {b[2]} (scores {b[0]} to {b[1]}).")
    return {
        "instrument": "jaspers-2011-urgency",
        "instrument_version": steun.INSTRUMENTS["jaspers-2011-urgency"],
        "score": lo,
        "score_min": lo,
        "score_max": hi,
        "max_score": 10,
        "band": b[2],
        "report_action": b[3],
        "reporter_action": b[4],
        "needs_consultation": unknown or _band(lo) is not b,
        "breakdown": breakdown,
        "explanation": {"nl": " ".join(nl), "en": " ".join(en)},
    }


def inputs(n: int) -> List[Dict[str, Any]]:
    rnd = random.Random(2011)
    risks = list(RISK_POINTS)
    durations = list(DURATION_POINTS)
    return [
        {
            "risks": {"safety": rnd.choice(risks), "health": rnd.choice(risks), "wellbeing": rnd.choice(risks)},
            "scope": {"persons": rnd.randint(1, 4), "minors_involved": rnd.random() < 0.2, "over_75_involved": rnd.random() < 0.2},
            "duration": rnd.choice(durations),
        }
        for _ in range(n)
    ]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    data = inputs(n)
    typed = [steun.UrgencyInput.from_dict(d) for d in data]

    t0 = time.perf_counter()
    plain = [plain_python(d) for d in data]
    t_plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    native = steun.assess_urgency_many(data)
    t_dicts = time.perf_counter() - t0

    t0 = time.perf_counter()
    native_typed = steun.assess_urgency_many(typed)
    t_typed = time.perf_counter() - t0

    # Same scores and bands as the plain implementation (a spot check, outside the timing).
    for i in range(0, n, max(1, n // 1000)):
        p, r = plain[i], native[i]
        assert (p["score"], p["score_max"], p["band"], p["needs_consultation"]) == (
            r.score, r.score_max, r.band.code, r.needs_consultation), i
        assert native_typed[i] == r

    print(f"{n} assessments")
    print(f"plain Python (dicts, with explanations): {t_plain:8.3f} s  {t_plain / n * 1e9:8.0f} ns each")
    print(f"assess_urgency_many (dict inputs):       {t_dicts:8.3f} s  {t_dicts / n * 1e9:8.0f} ns each  ratio {t_plain / t_dicts:5.1f}x")
    print(f"assess_urgency_many (UrgencyInput):      {t_typed:8.3f} s  {t_typed / n * 1e9:8.0f} ns each  ratio {t_plain / t_typed:5.1f}x")


if __name__ == "__main__":
    main()
