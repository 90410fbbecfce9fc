"""Instruments over Arrow tables: every row agrees with the single-document operation, a bad
row gets nulls and its error without stopping the others, and a bad table is refused with the
column named (never a value)."""

from __future__ import annotations

import itertools
import pickle
import random
from typing import Any, Dict, List

import pytest

import steun

pa = pytest.importorskip("pyarrow")
pl = pytest.importorskip("polars")

RISKS = ["none", "moderate", "severe", "unknown"]
DURATIONS = ["incidental", "structural_under_half_year", "structural_over_half_year", "unknown"]
RESULT = ["score", "score_min", "score_max", "band", "worst_band", "needs_consultation", "report_action", "reporter_action"]


def rows(n: int, seed: int = 7) -> List[Dict[str, Any]]:
    rnd = random.Random(seed)
    return [
        {
            "safety": rnd.choice(RISKS),
            "health": rnd.choice(RISKS),
            "wellbeing": rnd.choice(RISKS),
            "persons": rnd.randint(1, 5),
            "minors_involved": rnd.random() < 0.3,
            "over_75_involved": rnd.random() < 0.3,
            "duration": rnd.choice(DURATIONS),
        }
        for _ in range(n)
    ]


def nested(r: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "risks": {k: r[k] for k in ("safety", "health", "wellbeing")},
        "scope": {k: r[k] for k in ("persons", "minors_involved", "over_75_involved")},
        "duration": r["duration"],
    }


def expected(r: Dict[str, Any], bands: Any = None) -> Dict[str, Any]:
    if bands is None:
        res = steun.call("urgency.assess", nested(r))
    else:
        res = steun.call("urgency.assess_with_bands", {"input": nested(r), "bands": bands})
    return {
        "score": res["score"],
        "score_min": res["score_min"],
        "score_max": res["score_max"],
        "band": res["band"],
        "worst_band": res["worst_band"],
        "needs_consultation": res["needs_consultation"],
        "report_action": res["report_action"],
        "reporter_action": res["reporter_action"],
        "instrument": res["instrument"],
        "instrument_version": res["instrument_version"],
        "error": None,
    }


def every_input() -> List[Dict[str, Any]]:
    out = []
    for s, h, w, d in itertools.product(RISKS, RISKS, RISKS, DURATIONS):
        for persons, minors, over75 in [(1, False, False), (2, False, False), (1, True, False), (3, False, True)]:
            out.append({"safety": s, "health": h, "wellbeing": w, "persons": persons,
                        "minors_involved": minors, "over_75_involved": over75, "duration": d})
    return out


def test_every_row_agrees_with_the_single_operation() -> None:
    data = every_input()
    got = pa.table(steun.assess_urgency_table(pa.Table.from_pylist(data))).to_pylist()
    assert len(got) == len(data)
    assert got == [expected(r) for r in data]


def test_a_custom_band_table_is_used() -> None:
    bands = steun.call("urgency.default_bands", {})
    bands["bands"][0]["score_to"] = 2
    bands["bands"][1]["score_from"] = 3
    data = every_input()[:200]
    got = pa.table(steun.assess_urgency_table(pa.Table.from_pylist(data), bands)).to_pylist()
    assert got == [expected(r, bands) for r in data]
    assert any(g["band"] == "consultation" and g["score"] in (3, 4) for g in got)


def test_polars_in_polars_out_with_categoricals_and_chunks() -> None:
    data = rows(3000)
    df = pl.DataFrame(data).with_columns(pl.col("safety").cast(pl.Categorical), pl.col("duration").cast(pl.Categorical))
    df = pl.concat([df[:1000], df[1000:]], rechunk=False)
    out = pl.DataFrame(steun.assess_urgency_table(df))
    assert out.height == 3000
    assert out["error"].null_count() == 3000
    want = [expected(r) for r in data]
    got = out.with_columns(pl.col(pl.Categorical).cast(pl.Utf8)).to_dicts()
    assert got == want


def test_large_and_view_strings_and_any_integer_type() -> None:
    data = rows(50)
    t = pa.Table.from_pylist(data)
    t = t.set_column(0, "safety", t.column("safety").cast(pa.large_string()))
    t = t.set_column(1, "health", t.column("health").cast(pa.string_view()))
    t = t.set_column(3, "persons", t.column("persons").cast(pa.uint16()))
    t = t.set_column(6, "duration", t.column("duration").dictionary_encode())
    got = pa.table(steun.assess_urgency_table(t)).to_pylist()
    assert got == [expected(r) for r in data]


def test_bad_rows_get_nulls_and_their_error_and_do_not_stop_the_batch() -> None:
    data = rows(6)
    bad = [dict(data[1], safety="Jansen, Marie"), dict(data[3], persons=0), dict(data[4], health=None, duration="x")]
    table = pa.Table.from_pylist([data[0], bad[0], data[2], bad[1], bad[2], data[5]])
    result = steun.assess_urgency_table(table)
    assert result.error_count == 3
    got = pa.table(result).to_pylist()
    for i in (0, 2, 5):
        assert got[i] == expected([data[0], None, data[2], None, None, data[5]][i])
    for i in (1, 3, 4):
        assert all(got[i][c] is None for c in RESULT + ["instrument", "instrument_version"])
    assert got[1]["error"] == "safety: unknown code; allowed: none, moderate, severe, unknown"
    assert got[3]["error"].startswith("persons: expected an integer >= 1")
    assert got[4]["error"].startswith("health: missing (null)")
    assert "duration: unknown code" in got[4]["error"]
    assert "Jansen" not in repr(got)


def test_explanations_only_when_asked_for() -> None:
    t = pa.Table.from_pylist(rows(3))
    assert "explanation" not in steun.assess_urgency_table(t).column_names
    nl = pa.table(steun.assess_urgency_table(t, explain="nl")).column("explanation").to_pylist()
    en = pa.table(steun.assess_urgency_table(t, explain="en")).column("explanation").to_pylist()
    assert all(s.startswith("Veiligheid") for s in nl) and all(s.startswith("Safety") for s in en)
    with pytest.raises(steun.ValidationError) as e:
        steun.assess_urgency_table(t, explain="de")
    assert e.value.errors()[0]["loc"] == ("explain",)


def test_a_bad_table_names_the_column_never_a_value() -> None:
    t = pa.Table.from_pylist(rows(2))
    with pytest.raises(steun.ValidationError) as e:
        steun.assess_urgency_table(t.drop_columns(["persons", "duration"]))
    assert [(x["kind"], x["loc"]) for x in e.value.errors()] == [("missing", ("persons",)), ("missing", ("duration",))]
    with pytest.raises(steun.ValidationError) as e:
        steun.assess_urgency_table(t.append_column("bsn_111222333", pa.array(["x", "y"])))
    assert "111222333" not in str(e.value) and "unknown field" in str(e.value)
    assert e.value.errors()[0]["kind"] == "unknown_field"
    with pytest.raises(steun.ValidationError, match="persons: invalid type: expected a column of integers"):
        steun.assess_urgency_table(t.set_column(3, "persons", pa.array([1.0, 2.0])))
    with pytest.raises(steun.ValidationError, match="minors_involved: invalid type: expected a column of booleans"):
        steun.assess_urgency_table(t.set_column(4, "minors_involved", pa.array([0, 1])))
    with pytest.raises(steun.ValidationError, match="__arrow_c_stream__") as e:
        steun.assess_urgency_table({"not": "a table"})
    assert e.value.errors()[0]["loc"] == ("table",)


def test_an_empty_table_gives_an_empty_result_with_the_schema() -> None:
    t = pa.Table.from_pylist(rows(1)).slice(0, 0)
    r = pa.table(steun.assess_urgency_table(t))
    assert r.num_rows == 0
    assert r.column_names == RESULT + ["instrument", "instrument_version", "error"]


def test_isolation_rows_agree_with_the_single_operation() -> None:
    data = [{"persistence": p, "participation_oriented": o}
            for p in ["threatened", "situational", "structural_complex", "structural_psychiatric"] for o in (True, False)]
    got = pa.table(steun.classify_isolation_table(pa.Table.from_pylist(data))).to_pylist()
    for r, g in zip(data, got):
        one = steun.call("isolation.classify", r)
        assert g == {
            "type": one["type"],
            "category": one["category"],
            "interventions": one["interventions"],
            "trajectory_length": one["trajectory"]["length"],
            "trajectory_intensity": one["trajectory"]["intensity"],
            "volunteer": one["volunteer"],
            "participation_interventions_realistic": one["participation_interventions_realistic"],
            "network_case": one["network_case"],
            "instrument": one["instrument"],
            "instrument_version": one["instrument_version"],
            "error": None,
        }
    bad = pa.table(steun.classify_isolation_table(pa.table({"persistence": ["lonely", None], "participation_oriented": [None, True]})))
    errors = bad.column("error").to_pylist()
    assert errors[0] == ("persistence: unknown code; allowed: threatened, situational, structural_complex, "
                         "structural_psychiatric; participation_oriented: missing (null); this column needs a value in every row")
    assert errors[1].startswith("persistence: missing")
    assert bad.column("interventions").to_pylist() == [None, None]


def test_the_result_is_a_table_any_reader_takes() -> None:
    r = steun.assess_urgency_table(pa.Table.from_pylist(rows(4)))
    assert len(r) == 4 and "4 rows" in repr(r)
    assert pa.table(r).num_rows == 4 and pl.DataFrame(r).height == 4
    assert pa.table(r).equals(pa.table(r))  # exported again, same data
    with pytest.raises(TypeError):
        pickle.dumps(r)  # a view of Arrow memory: pickle pa.table(r) instead (documented)
