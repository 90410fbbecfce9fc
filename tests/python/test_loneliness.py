"""The loneliness scorer against an independent, straightforward transcription of the
manual's SPSS syntax (De Jong Gierveld & Van Tilburg, Manual of the Loneliness Scale, 1999,
updated 2022, §8), on every answer combination of the 6-item scale and on random 11-item
sets, through ``steun.call``.

The transcription works on the manual's numeric codes, not on steun's tables: three-point
1 = no, 2 = more or less, 3 = yes; five-point 1 = nee!, 2 = nee, 3 = min of meer, 4 = ja,
5 = ja!. For the 11-item scale it follows the library's reading of the missing-value rule
(docs/interpretations.md L1).
"""

from __future__ import annotations

import itertools
import json
import random
from typing import Dict, List, Optional, Sequence

import pytest

import steun

THREE = {"no": 1, "more_or_less": 2, "yes": 3}
FIVE = {"no_strongly": 1, "no": 2, "more_or_less": 3, "yes": 4, "yes_strongly": 5}

# Manual item numbers by subscale (manual §2): emotional items are negatively worded.
EMOTIONAL_11 = (2, 3, 5, 6, 9, 10)
SOCIAL_11 = (1, 4, 7, 8, 11)
SHORT_ORDER = (3, 9, 10, 4, 7, 8)


def count(values: Dict[int, Optional[int]], items: Sequence[int], codes: Sequence[int]) -> int:
    """SPSS ``count``: how many of ``items`` hold one of ``codes`` (missing never does)."""
    return sum(1 for i in items if values[i] in codes)


def missing(values: Dict[int, Optional[int]], items: Sequence[int]) -> int:
    """SPSS ``count ... (sys, lo thru -1)``: how many of ``items`` are missing."""
    return sum(1 for i in items if values[i] is None)


def spss(scale: str, fmt: str, answers: List[Optional[str]]) -> Dict[str, object]:
    codes = THREE if fmt == "three_point" else FIVE
    # The "lonely" codes of a negatively and a positively worded item.
    neg = (2, 3) if fmt == "three_point" else (3, 4, 5)
    pos = (1, 2) if fmt == "three_point" else (1, 2, 3)
    order = SHORT_ORDER if scale == "djg_6" else tuple(range(1, 12))
    values = {n: (None if a is None else codes[a]) for n, a in zip(order, answers)}
    emo = tuple(i for i in EMOTIONAL_11 if i in order)
    soc = tuple(i for i in SOCIAL_11 if i in order)
    if scale == "djg_6":
        # count lones= lone3 lone9 lone10 (2,3) lone4 lone7 lone8 (1,2). if (mlones>1) lones=-1.
        total_max, sub_max = 1, (0, 0)
    else:
        total_max, sub_max = 2, (1, 1)
    lones: Optional[int] = count(values, emo, neg) + count(values, soc, pos)
    if missing(values, order) > total_max:
        lones = None
    loneemos: Optional[int] = count(values, emo, neg)
    if missing(values, emo) > sub_max[0]:
        loneemos = None
    lonesocs: Optional[int] = count(values, soc, pos)
    if missing(values, soc) > sub_max[1]:
        lonesocs = None
    level: Optional[str] = None
    if lones is not None:
        if scale == "djg_6":
            # recode lones (0 thru 1=0)(2 thru 4=1)(5,6=2) into lonescat.
            level = ["not_lonely", "moderately_lonely", "severely_lonely"][0 if lones <= 1 else 1 if lones <= 4 else 2]
        else:
            # Van Tilburg & De Jong Gierveld (1999): 0-2, 3-8, 9-10, 11.
            level = ("not_lonely" if lones <= 2 else "moderately_lonely" if lones <= 8
                     else "severely_lonely" if lones <= 10 else "very_severely_lonely")
    # recode loneemos (0=0)(1,2,3=1) into loneemoscat (short scale only).
    emo_flag = None if scale != "djg_6" or loneemos is None else loneemos >= 1
    soc_flag = None if scale != "djg_6" or lonesocs is None else lonesocs >= 1
    return {
        "score": lones,
        "emotional_score": loneemos,
        "social_score": lonesocs,
        "level": level,
        "emotionally_lonely": emo_flag,
        "socially_lonely": soc_flag,
        "missing": sum(1 for a in answers if a is None),
    }


def scored(scale: str, fmt: str, answers: List[Optional[str]]) -> Dict[str, object]:
    r = steun.call("loneliness.score", {"scale": scale, "format": fmt, "answers": answers})
    assert r["instrument"] == "djg-loneliness" and r["instrument_version"] == "1.0.0"
    assert r["scale"] == scale and r["format"] == fmt
    return {k: r[k] for k in ("score", "emotional_score", "social_score", "level",
                              "emotionally_lonely", "socially_lonely", "missing")}


def test_every_short_scale_combination_agrees_with_the_syntax() -> None:
    choices: List[Optional[str]] = ["yes", "more_or_less", "no", None]
    n = 0
    for combo in itertools.product(choices, repeat=6):
        answers = list(combo)
        assert scored("djg_6", "three_point", answers) == spss("djg_6", "three_point", answers), answers
        n += 1
    assert n == 4 ** 6


def test_random_eleven_item_sets_agree_with_the_syntax() -> None:
    rng = random.Random(19)
    for k in range(3000):
        fmt = "three_point" if k % 2 == 0 else "five_point"
        codes: List[Optional[str]] = list(THREE if fmt == "three_point" else FIVE)
        p_missing = rng.choice([0.0, 0.1, 0.3])
        answers = [None if rng.random() < p_missing else rng.choice(codes) for _ in range(11)]
        assert scored("djg_11", fmt, answers) == spss("djg_11", fmt, answers), (fmt, answers)


def test_random_five_point_short_scale_sets_agree() -> None:
    rng = random.Random(6)
    codes: List[Optional[str]] = [*FIVE, None]
    for _ in range(1000):
        answers = [rng.choice(codes) for _ in range(6)]
        assert scored("djg_6", "five_point", answers) == spss("djg_6", "five_point", answers), answers


def test_the_result_says_it_screens_and_does_not_diagnose() -> None:
    r = steun.call("loneliness.score", steun.example("loneliness.score"))
    assert "not a diagnosis of a person" in r["explanation"]["en"]
    assert "geen diagnose van een persoon" in r["explanation"]["nl"]
    assert "Manual of the Loneliness Scale" in r["source"]


def test_wrong_count_names_answers_and_the_expected_length() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.call("loneliness.score", {"scale": "djg_11", "answers": ["yes"] * 6})
    (issue,) = info.value.errors()
    assert issue["path"] == "answers"
    assert "exactly 11 answers" in issue["msg"]


def test_unknown_code_lists_the_allowed_codes_without_echo() -> None:
    bad = ["yes", "no", "Jan Jansen 111222333", "no", "no", "no"]
    with pytest.raises(steun.ValidationError) as info:
        steun.call("loneliness.score", {"scale": "djg_6", "answers": bad})
    text = json.dumps(info.value.errors()) + str(info.value)
    assert "Jan" not in text and "111222333" not in text
    (issue,) = info.value.errors()
    assert issue["path"] == "answers[2]"
    for code in ("yes_strongly", "yes", "more_or_less", "no", "no_strongly"):
        assert code in issue["msg"]
    # A five-point answer in the three-point format.
    with pytest.raises(steun.ValidationError) as info:
        steun.call("loneliness.score", {"scale": "djg_6", "answers": ["no_strongly"] + ["no"] * 5})
    (issue,) = info.value.errors()
    assert issue["path"] == "answers[0]" and issue["kind"] == "unknown_code"
    assert issue["msg"] == "unknown code for format three_point; allowed: yes, more_or_less, no"


def test_unknown_field_is_refused_without_echo() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.call("loneliness.score", {"scale": "djg_6", "answers": ["no"] * 6, "Jan Jansen": 1})
    (issue,) = info.value.errors()
    assert issue["kind"] == "unknown_field" and "Jan" not in json.dumps(info.value.errors())
    assert "answers" in issue["msg"] and "format" in issue["msg"]


def test_items_in_both_languages() -> None:
    r = steun.call("loneliness.items", {"scale": "djg_6"})
    assert [i["number"] for i in r["items"]] == list(SHORT_ORDER)
    assert r["items"][0]["nl"] == "Ik ervaar een leegte om mij heen."
    assert r["items"][0]["en"] == "I experience a general sense of emptiness."
    assert [i["subscale"] for i in r["items"]] == ["emotional"] * 3 + ["social"] * 3


def test_a_result_feeds_the_isolation_decision_helper() -> None:
    r = steun.call("loneliness.score", {"scale": "djg_6", "answers": ["yes", "yes", "no", "yes", "yes", "yes"]})
    facts = {"psychiatric_or_psychogeriatric": False, "complex_problems": False, "structural": False,
             "caused_by_event_or_situation": False, "loneliness": r}
    d = steun.call("isolation.decide_persistence", facts)
    assert (d["persistence"], d["rule"], d["loneliness_emphasis"]) == ("threatened", "loneliness", "emotional")
    assert d["emphasised_interventions"] == ["preventive_intervention", "volunteer_match"]
    assert steun.decide_isolation_persistence(facts).loneliness_emphasis is steun.LonelinessEmphasis.EMOTIONAL
    d = steun.call("isolation.decide_persistence", {**facts, "structural": True})
    assert (d["rule"], d["loneliness_emphasis"]) == ("structural", None)
