"""Demand patterns (vraagpatronen): finding candidates in coded story fragments, the life
cycle candidate -> validated -> addressed -> closed, and the worked sets of the sources.

The rules live in the Rust core (``steun::pattern``); these functions convert and forward.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Union

from . import _steun
from ._base import dumps
from ._models import (
    Addressing,
    CandidatePatterns,
    Closure,
    DemandPattern,
    MeetingRecord,
    ReferencePatternSet,
    StoryFragment,
)

Fragments = Union[str, Iterable[Union[StoryFragment, Mapping[str, Any]]]]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else dumps(value)


def find_candidate_patterns(fragments: Fragments, min_respondents: int = 3) -> CandidatePatterns:
    """Finds candidate demand patterns: the groups of one or two themes that recur in the
    stories of at least ``min_respondents`` distinct respondents (see docs/patterns.md).

    ``fragments`` is a list of :class:`StoryFragment` objects or dicts with exactly the keys
    ``respondent``, ``kind``, ``themes`` and ``text`` (or the JSON text of such a list).
    Every result has status ``candidate``: only the respondents validate a pattern.

    >>> found = steun.find_candidate_patterns([
    ...     {"respondent": "R-01", "kind": "need", "themes": ["mobility"], "text": "Geen bus 's avonds"},
    ...     {"respondent": "R-02", "kind": "want", "themes": ["mobility"], "text": "Naar de moskee"},
    ...     {"respondent": "R-02", "kind": "need", "themes": ["mobility"], "text": "Welk vervoer is er?"},
    ... ], min_respondents=2)
    >>> c = found.candidates[0]
    >>> (c.name, c.respondents, c.share, c.needs, c.status.code)
    ('mobility', 2, 1.0, (0, 2), 'candidate')
    """
    if not isinstance(fragments, str):
        fragments = list(fragments)
    text = _steun.patterns_find_json(_text(fragments), min_respondents)
    # The core built this result, so it is not checked again.
    return CandidatePatterns._from_mapping(json.loads(text), ())


def validate_pattern(
    pattern: Union[DemandPattern, Mapping[str, Any], str],
    meeting: Union[MeetingRecord, Mapping[str, Any], str],
) -> DemandPattern:
    """Validates a candidate pattern with the record of the transdisciplinary meeting in
    which the respondents recognised it. Without respondents present who recognised it this
    raises :class:`ValidationError` naming the field; a pattern that is not a candidate raises
    :class:`TransitionError`.

    >>> p = steun.DemandPattern(id="elburg-neem-mij-serieus", title="Neem mij serieus!")
    >>> meeting = {"date": "2011-10-12", "roles_present": ["respondent", "researcher"],
    ...            "respondents_present": 6, "respondents_recognising": 6}
    >>> steun.validate_pattern(p, meeting).status
    <PatternStatus.VALIDATED: 'validated'>
    >>> try:
    ...     steun.validate_pattern(p, dict(meeting, respondents_recognising=0))
    ... except steun.ValidationError as e:
    ...     print(e.loc)
    ('respondents_recognising',)
    """
    return DemandPattern.from_json(_steun.pattern_validate_json(_text(pattern), _text(meeting)))


def address_pattern(
    pattern: Union[DemandPattern, Mapping[str, Any], str],
    addressing: Union[Addressing, Mapping[str, Any], str],
) -> DemandPattern:
    """Addresses a validated pattern: who takes it up and the agreed actions with their
    owners. A professional party (housing corporation, care provider, welfare work,
    municipality) needs ``why_not_the_group``: the group's own strength comes first.

    >>> p = steun.validate_pattern(
    ...     {"id": "p3", "title": "We willen graag mobiel zijn"},
    ...     {"date": "2011-10-12", "roles_present": ["respondent"], "respondents_present": 5,
    ...      "respondents_recognising": 5})
    >>> a = {"date": "2011-11-01", "party": "welfare_work",
    ...      "actions": [{"action": "Folder met vervoersmogelijkheden", "owner": "welfare_work"}]}
    >>> try:
    ...     steun.address_pattern(p, a)
    ... except steun.ValidationError as e:
    ...     print(e.loc)
    ('why_not_the_group',)
    >>> a["why_not_the_group"] = "De ouderen kennen de mogelijkheden zelf niet"
    >>> steun.address_pattern(p, a).status.code
    'addressed'
    """
    return DemandPattern.from_json(_steun.pattern_address_json(_text(pattern), _text(addressing)))


def close_pattern(
    pattern: Union[DemandPattern, Mapping[str, Any], str],
    closure: Union[Closure, Mapping[str, Any], str],
) -> DemandPattern:
    """Closes an addressed pattern; any other state raises :class:`TransitionError`.

    >>> try:
    ...     steun.close_pattern({"id": "p", "title": "T"}, {"date": "2012-01-01", "result": "klaar"})
    ... except steun.TransitionError as e:
    ...     print(e)
    cannot go from candidate to closed; allowed from candidate: validated
    """
    return DemandPattern.from_json(_steun.pattern_close_json(_text(pattern), _text(closure)))


def reference_patterns(name: str) -> ReferencePatternSet:
    """A worked pattern set of the sources: ``patterns_elburg`` (five patterns) or
    ``patterns_nijmegen_migrants`` (eight patterns of older migrants).

    >>> s = steun.reference_patterns("patterns_nijmegen_migrants")
    >>> (s.respondents, len(s.patterns), s.patterns[2].title.nl)
    (32, 8, 'We willen graag mobiel zijn')
    """
    return ReferencePatternSet.from_json(_steun.reference_json(name))


__all__ = [
    "find_candidate_patterns",
    "validate_pattern",
    "address_pattern",
    "close_pattern",
    "reference_patterns",
]
