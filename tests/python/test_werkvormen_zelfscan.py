"""The werkvormen (seed 004) and the zelfscan (seed 000) through the Python surface: the
guide's own mapping (004:61-75), the Wereldcafé's eight rules (004:141-148), a per-role
report with a disagreement and no grade (000:350-354), and the steering descriptor on the
Kwintes shop (000:2715-2735)."""

from __future__ import annotations

import json

import pytest

import steun


def test_guide_mapping_only() -> None:
    out = steun.call("werkvormen.select", {"goal": "compare_approaches", "include_readings": False})
    assert [m["werkvorm"] for m in out["matches"]] == ["client_journey", "personas"]  # 004:71
    assert {m["source"] for m in out["matches"]} == {"guide"}


def test_world_cafe_rules_and_agenda() -> None:
    cat = steun.call("werkvormen.list", {"werkvorm": "world_cafe", "lang": "nl"})
    rules = [r["nl"] for r in cat["werkvormen"][0]["rules"]]
    assert len(rules) == 8 and rules[0] == "Concentreer je op wat van belang is." and rules[7] == "Geniet ervan!"
    md = steun.call("werkvormen.template", {"werkvorm": "world_cafe", "lang": "nl"})["markdown"]
    assert md.count("20-30 minuten |") == 3


def test_zelfscan_disagreement_without_grade() -> None:
    scan = {
        "respondents": [
            {"code": "R-01", "role": "client", "answers": [{"element": "client_at_the_table", "answer": "absent"}]},
            {"code": "R-02", "role": "staff", "answers": [{"element": "client_at_the_table", "answer": "present"}]},
        ]
    }
    r = steun.call("zelfscan.report", scan)
    assert r["areas"][0]["disagreements"] == ["client_at_the_table"]
    # No key that could hold a grade, anywhere in the report.
    assert not any(f'"{k}' in json.dumps(r) for k in ("score", "total", "grade", "rank", "percent"))


def test_bad_code_is_not_echoed() -> None:
    with pytest.raises(steun.SteunError) as e:
        steun.call("zelfscan.report", {"respondents": [{"code": "Jan Jansen", "role": "client"}]})
    assert "Jansen" not in str(e.value)


def test_kwintes_shop_is_a_client_initiative() -> None:
    d = steun.call("steering.describe", {"idea_from_clients": True, "clients_execute": False})
    assert [v["verdict"] for v in d["views"]] == ["client_initiative", "unknown", "unknown"]
