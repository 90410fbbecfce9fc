"""The urgency instrument for signals: the "thermometer" of Jaspers e.a. (2011).

Five criteria (risks to safety, health and wellbeing; scope; duration) give 0-2 points
each; the score (at most 10) selects a band with an action on the report and towards the
reporter. Scoring runs in the Rust core; the classes here are native.
"""

from __future__ import annotations

import json as _json
from typing import Any, Iterable, List, Mapping, Optional, Union

from . import _steun
from ._steun import (
    UrgencyCriterionScore,
    UrgencyInput,
    UrgencyResult,
    UrgencyRisks,
    UrgencyScope,
)

InputLike = Union[UrgencyInput, Mapping[str, Any]]
BandsLike = Union[None, str, Mapping[str, Any], Any]


def _bands(bands: BandsLike) -> Any:
    # Generated models (UrgencyBandTable) and dicts go to the core as they are; the core
    # checks the table and names the bad field.
    if bands is None or isinstance(bands, (str, Mapping)):
        return bands
    to_dict = getattr(bands, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return bands


def assess_urgency(input: InputLike, *, bands: BandsLike = None) -> UrgencyResult:
    """Scores one signal (a dict in the wire format or an :class:`UrgencyInput`).

    ``bands`` is an optional band table (dict, JSON text or :class:`UrgencyBandTable`).

    >>> widow = {"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
    ...          "scope": {"persons": 1, "minors_involved": False, "over_75_involved": True},
    ...          "duration": "unknown"}
    >>> r = steun.assess_urgency(widow)
    >>> (r.score, r.score_max, r.band.code, r.needs_consultation)
    (4, 6, 'consultation', True)
    """
    return _steun.urgency_assess(input, _bands(bands))


def assess_urgency_many(inputs: Iterable[InputLike], *, bands: BandsLike = None) -> List[UrgencyResult]:
    """Scores many signals; the scoring itself runs without holding the GIL. An error
    names the item, e.g. ``loc == (3, "scope", "persons")``.

    >>> rs = steun.assess_urgency_many([steun.UrgencyInput(
    ...     risks={"safety": "severe", "health": "severe", "wellbeing": "severe"},
    ...     scope={"persons": 2, "minors_involved": False, "over_75_involved": False},
    ...     duration="incidental")])
    >>> [r.band.code for r in rs]
    ['professional_services']
    """
    if not isinstance(inputs, (list, tuple)):
        inputs = list(inputs)
    return _steun.urgency_assess_many(inputs, _bands(bands))


def assess_urgency_json(text: str, *, bands: BandsLike = None) -> str:
    """Scores JSON text (one object or an array) and returns the result(s) as JSON text,
    byte for byte as the CLI and the C library write them.

    >>> out = steun.assess_urgency_json('{"risks": {"safety": "none", "health": "none", '
    ...     '"wellbeing": "none"}, "scope": {"persons": 1, "minors_involved": false, '
    ...     '"over_75_involved": false}, "duration": "incidental"}')
    >>> out.startswith('{"instrument":"jaspers-2011-urgency"')
    True
    """
    b = _bands(bands)
    if b is not None and not isinstance(b, str):
        b = _json.dumps(b)
    return _steun.urgency_assess_json(text, b)


def default_urgency_bands() -> Any:
    """The default band table as an :class:`UrgencyBandTable` (scores 5-6 are the
    library's interpretation: consultation).

    >>> [(b.band.code, b.score_from, b.score_to) for b in steun.default_urgency_bands().bands][1]
    ('consultation', 5, 6)
    """
    from ._models import UrgencyBandTable

    return UrgencyBandTable.from_json(_steun.urgency_default_bands_json())


URGENCY_INSTRUMENT: str = _steun.URGENCY_INSTRUMENT
URGENCY_INSTRUMENT_VERSION: str = _steun.URGENCY_INSTRUMENT_VERSION

__all__ = [
    "UrgencyInput",
    "UrgencyRisks",
    "UrgencyScope",
    "UrgencyResult",
    "UrgencyCriterionScore",
    "assess_urgency",
    "assess_urgency_many",
    "assess_urgency_json",
    "default_urgency_bands",
    "URGENCY_INSTRUMENT",
    "URGENCY_INSTRUMENT_VERSION",
]
