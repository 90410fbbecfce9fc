"""The stubs type keyword arguments: a misspelled or mistyped keyword of a document's
constructor or `replace` is a type error, not an `Any` (issue 16, item 4)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

GOOD = """
import steun
u = steun.UrgencyInput.from_dict({"risks": {"safety": "high", "health": "none", "wellbeing": "none"},
    "scope": {"persons": 1, "minors_involved": False, "over_75_involved": True}, "duration": "unknown"})
v: steun.UrgencyInput = u.replace(duration="incidental")
e = steun.IwmoExtent(volume=2, unit="hour", frequency="per_week").replace(volume=3)
"""

BAD = """
import steun
e = steun.IwmoExtent(volume=2, unit="hour", frequency="per_week")
e.replace(volumes=3)
e.replace(volume="3")
e.replace(unit="hours")
"""


def check(tmp_path: Path, source: str) -> str:
    f = tmp_path / "snippet.py"
    f.write_text(source)
    out, err, _ = mypy_api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), "--no-error-summary", str(f)]
    )
    return out + err


def test_replace_with_the_fields_type_checks(tmp_path: Path) -> None:
    assert check(tmp_path, GOOD).strip() == ""


def test_replace_with_a_wrong_keyword_or_value_is_a_type_error(tmp_path: Path) -> None:
    out = check(tmp_path, BAD)
    lines = {int(l.split(":")[1]) for l in out.splitlines() if "snippet.py:" in l and ": error:" in l}
    # Lines 4, 5 and 6 of BAD: an unknown keyword, a str for an int, an unknown unit code.
    assert lines == {4, 5, 6}, out
    assert 'Unexpected keyword argument "volumes"' in out
    shutil.rmtree(tmp_path / ".mypy_cache", ignore_errors=True)
