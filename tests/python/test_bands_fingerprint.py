"""The band table's fingerprint (urgency 2.1.0) is what docs/urgency.md says it is: SHA-256 of
the table's canonical JSON, computed here independently of the library, and result.verify
catches a result that claims another table."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Dict

import steun

FIELDS = ("band", "score_from", "score_to", "report_action", "reporter_action")
INPUT = {
    "risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
    "scope": {"persons": 1, "minors_involved": False, "over_75_involved": True},
    "duration": "structural_over_half_year",
}


def canonical_sha256(table: Dict[str, Any]) -> str:
    bands = sorted(table["bands"], key=lambda b: b["score_from"])
    canonical = {"bands": [{f: b[f] for f in FIELDS} for b in bands]}
    text = json.dumps(canonical, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def custom_table() -> Dict[str, Any]:
    table = steun.call("urgency.default_bands", None)
    table["bands"][0]["score_to"] = 5
    table["bands"][1]["score_from"] = 6
    return table


def test_the_default_fingerprint_is_the_sha256_of_the_documented_canonical_json() -> None:
    default = steun.call("urgency.default_bands", None)
    result = steun.call("urgency.assess", INPUT)
    assert result["instrument_version"] == "2.1.0"
    assert result["bands_fingerprint"] == canonical_sha256(default)
    assert result["bands_fingerprint"] == "08bdd61191384bf0c33f62d9c1e95971fc39c3d1af17ce80130f57d4088311df"


def test_a_custom_table_has_its_own_fingerprint_and_a_forged_one_does_not_verify() -> None:
    table = custom_table()
    request = {"input": INPUT, "bands": table}
    result = steun.call("urgency.assess_with_bands", request)
    assert result["bands_fingerprint"] == canonical_sha256(table)
    assert result["bands_fingerprint"] != steun.call("urgency.assess", INPUT)["bands_fingerprint"]
    ok = steun.call("result.verify", {"op": "urgency.assess_with_bands", "request": request, "response": result})
    assert ok["matches"] is True
    # The same result claiming the default table: only the fingerprint differs.
    forged = dict(result, bands_fingerprint=canonical_sha256(steun.call("urgency.default_bands", None)))
    bad = steun.call("result.verify", {"op": "urgency.assess_with_bands", "request": request, "response": forged})
    assert bad["matches"] is False
    assert bad["differences"] == ["response.bands_fingerprint"]
