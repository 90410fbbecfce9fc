"""Scores the signal about the widow of 78 (002:4056-4070), one at a time and in a batch."""

from __future__ import annotations

import json
import pathlib

import steun

DATA = pathlib.Path(__file__).resolve().parent.parent / "data" / "widow_78_urgency.json"


def main() -> None:
    signal = json.loads(DATA.read_text(encoding="utf-8"))
    result = steun.assess_urgency(signal)
    print(result.score, result.band, result.worst_band, result.needs_consultation)
    print(result.to_json())
    batch = steun.assess_urgency_many([signal] * 3)
    print([r.score for r in batch])


if __name__ == "__main__":
    main()
