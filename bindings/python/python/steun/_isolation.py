"""Social isolation of older people: the typology of Machielse & Hortulanus (2011).

Typed wrappers over the Rust core (``steun::isolation``): every rule lives there; these
functions only turn their arguments into a JSON document, call the core and build the
generated result class. Source: 002:4226-4575.

>>> import steun
>>> r = steun.classify_isolation(persistence="situational", participation_oriented=False)
>>> r.type.label("nl"), r.category
('Afhankelijken', 2)
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, List, Mapping, Optional, Type, TypeVar, Union

from . import _steun
from ._base import Model, dumps
from ._enums import Intervention, IsolationType
from ._models import (
    InterventionCheck,
    InterventionCheckResult,
    IsolationInput,
    IsolationResult,
    IsolationTypeInfo,
    PersistenceDecision,
    PersistenceFacts,
    RiskGroupInput,
    RiskGroupResult,
)

R = TypeVar("R", bound=Model)

#: The typology's id, carried in every result.
TYPOLOGY = "machielse-hortulanus-2011"


def _call(
    name: str,
    doc_cls: Type[Model],
    value: Any,
    kwargs: Mapping[str, Any],
    native: Callable[[str], str],
    result_cls: Type[R],
) -> R:
    """Builds the input document from an object, a dict or keywords and runs ``native``."""
    if value is not None and kwargs:
        raise TypeError(f"{name}() takes a {doc_cls.__name__}, a dict or keywords, not both")
    if value is None:
        data: Any = dict(kwargs)
    elif isinstance(value, doc_cls):
        data = value.to_dict()
    elif isinstance(value, Mapping):
        data = dict(value)
    else:
        raise TypeError(f"{name}() takes a {doc_cls.__name__}, a dict or keywords, not {type(value).__name__}")
    return result_cls.from_json(native(dumps(data)))


def classify_isolation(
    input: Union[IsolationInput, Mapping[str, Any], None] = None, **kwargs: Any
) -> IsolationResult:
    """Classifies an older person's isolation from its persistence and orientation.

    Takes an :class:`IsolationInput`, a dict, or the keywords ``persistence`` and
    ``participation_oriented``. Bad input raises :class:`ValidationError` naming the field
    and the allowed values.

    >>> r = steun.classify_isolation({"persistence": "structural_complex", "participation_oriented": False})
    >>> r.type, r.category, r.network_case, r.participation_interventions_realistic
    (<IsolationType.OUTSIDERS: 'outsiders'>, 3, True, False)
    >>> [i.code for i in r.interventions]
    ['solve_practical_problems', 'professional_monitoring']
    >>> r.to_dict()["trajectory"]
    {'length': 'long', 'intensity': 'not_intensive'}
    >>> try:
    ...     steun.classify_isolation(persistence="dreigend", participation_oriented=True)
    ... except steun.ValidationError as e:
    ...     print(e.loc, e.errors[0]["msg"])
    ('persistence',) unknown code; allowed: threatened, situational, structural_complex, structural_psychiatric
    """
    return _call(
        "classify_isolation", IsolationInput, input, kwargs, _steun.isolation_classify_json, IsolationResult
    )


def decide_isolation_persistence(
    facts: Union[PersistenceFacts, Mapping[str, Any], None] = None, **kwargs: Any
) -> PersistenceDecision:
    """The decision helper: derives the persistence from four facts, with the rule that
    applied. This is the library's reading of the two indicators (002:4409-4427), not the
    source; who knows the category passes the persistence to :func:`classify_isolation`.

    >>> d = steun.decide_isolation_persistence(psychiatric_or_psychogeriatric=False, complex_problems=False,
    ...                                        structural=False, caused_by_event_or_situation=True)
    >>> d.persistence.code, d.category, d.rule.code
    ('situational', 2, 'event_or_situation')
    """
    return _call(
        "decide_isolation_persistence",
        PersistenceFacts,
        facts,
        kwargs,
        _steun.isolation_decide_persistence_json,
        PersistenceDecision,
    )


def check_isolation_interventions(
    type: Union[IsolationType, str, InterventionCheck, Mapping[str, Any]],
    interventions: Optional[Iterable[Union[Intervention, str]]] = None,
) -> InterventionCheckResult:
    """Checks planned interventions against a type: each one the typology does not suggest
    for the type is reported as ``not_suggested``; in categories 3 and 4 each one aimed at
    participation or network growth also as ``unrealistic`` (002:4409-4418).

    >>> r = steun.check_isolation_interventions("outsiders", ["professional_monitoring", "referral_to_group_activities"])
    >>> [(f.index, f.kind.code) for f in r.findings]
    [(1, 'not_suggested'), (1, 'unrealistic')]
    """
    if interventions is None:
        return _call(
            "check_isolation_interventions",
            InterventionCheck,
            type,
            {},
            _steun.isolation_check_interventions_json,
            InterventionCheckResult,
        )
    data = {"type": type, "interventions": list(interventions)}
    return _call(
        "check_isolation_interventions",
        InterventionCheck,
        data,
        {},
        _steun.isolation_check_interventions_json,
        InterventionCheckResult,
    )


def isolation_risk_groups(
    person: Union[RiskGroupInput, Mapping[str, Any], None] = None, **kwargs: Any
) -> RiskGroupResult:
    """The Veenendaal risk groups (002:4463-4469) that apply to a described person.

    >>> r = steun.isolation_risk_groups(living_alone=True, health_loss=False,
    ...                                 psychosocial_or_psychiatric_problems=False, low_income=False, age=84)
    >>> [g.code for g in r.risk_groups]
    ['living_alone', 'aged_80_or_older']
    """
    return _call(
        "isolation_risk_groups", RiskGroupInput, person, kwargs, _steun.isolation_risk_groups_json, RiskGroupResult
    )


def isolation_types() -> List[IsolationTypeInfo]:
    """All eight types with their category, persistence, orientation and labels.

    >>> [(t.type.code, t.category) for t in steun.isolation_types()][:3]
    [('actives', 1), ('sheltered', 1), ('left_behind', 2)]
    """
    return [IsolationTypeInfo.from_dict(d) for d in json.loads(_steun.isolation_types_json())]


def isolation_type_info(type: Union[IsolationType, str]) -> IsolationTypeInfo:
    """The inverse lookup: where a type sits in the table.

    >>> info = steun.isolation_type_info("hopefuls")
    >>> info.category, info.persistence.code, info.participation_oriented, info.label.en
    (4, 'structural_psychiatric', True, 'Hopefuls')
    """
    code = type.value if isinstance(type, IsolationType) else type
    if not isinstance(code, str):
        raise TypeError("isolation_type_info() takes an IsolationType or its code")
    return IsolationTypeInfo.from_json(_steun.isolation_type_json(code))


__all__ = [
    "TYPOLOGY",
    "classify_isolation",
    "decide_isolation_persistence",
    "check_isolation_interventions",
    "isolation_risk_groups",
    "isolation_types",
    "isolation_type_info",
]
