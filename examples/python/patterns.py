"""Finds candidate demand patterns in coded story fragments and prints them, then loads the
eight patterns of the older migrants in Nijmegen."""

import json
import pathlib

import steun

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "story_fragments.json"

fragments = json.loads(DATA.read_text(encoding="utf-8"))
found = steun.find_candidate_patterns(fragments, min_respondents=3)
for c in found.candidates:
    print(f"{c.name:<20} {c.respondents} of {found.respondents} respondents, share {c.share:.2f}")
    for i in c.needs:
        print(f"    need: {fragments[i]['text']}")

nijmegen = steun.reference_patterns("patterns_nijmegen_migrants")
for p in nijmegen.patterns:
    print(p.number, p.title.nl, "/", p.title.en)
