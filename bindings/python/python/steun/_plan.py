"""Support plans (Supportgericht Werken, 002:1345-1840): validate a support case, render its
forms as Markdown, assemble the Wmo application and list the changes between plan versions.

Every rule lives in the Rust core; these functions convert and forward. They accept a
:class:`SupportCase` (or :class:`Plan` for the diff), a JSON-shaped dict, or JSON text. The
same operations are available as methods: ``case.validate()``, ``case.render(lang, what)``,
``case.wmo_application()`` and ``plan.diff(newer)``.

>>> import pathlib, steun
>>> case = steun.SupportCase.from_json(pathlib.Path("examples/data/bram_case.json").read_text())
>>> case.validate()
[]
>>> [c.kind.code for c in case.plans[0].diff(case.plans[1]).changes][-2:]
['removed', 'added']
"""

from __future__ import annotations

import json as _json
from typing import Any, List, Mapping, Optional, Union

from . import _steun
from ._base import Model, dumps
from ._models import Finding, Findings, Plan, PlanDiff, SupportCase, WmoApplication

CaseLike = Union[SupportCase, Mapping[str, Any], str]
PlanLike = Union[Plan, Mapping[str, Any], str]


def _text(doc: Union[Model, Mapping[str, Any], str]) -> str:
    if isinstance(doc, str):
        return doc
    if isinstance(doc, Model):
        return dumps(doc.to_dict())
    return dumps(doc)


def validate_case(case: CaseLike) -> List[Finding]:
    """The findings of a support case: each with ``code``, ``severity``, ``path``,
    ``message`` (``.nl``/``.en``) and ``source`` (seed lines). Malformed input raises
    :class:`ValidationError` naming the field; broken plan rules are findings.

    >>> f = steun.validate_case({"client": "K-0001", "plans": [
    ...     {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]})
    >>> [(x.code.code, x.severity.code, x.path) for x in f]
    [('no_goals', 'error', 'plans[0].goals'), ('missing_evaluation_date', 'error', 'plans[0].evaluation_date')]
    """
    result = Findings.from_dict(_json.loads(_steun.plan_validate_json(_text(case))))
    return list(result.findings)


def has_errors(findings: List[Finding]) -> bool:
    """True when some finding has severity ``error`` (the rule is the core's
    ``Findings::has_errors``; warnings alone do not block a plan).

    >>> steun.has_errors([])
    False
    >>> steun.has_errors(steun.validate_case({"client": "K-0001", "plans": [
    ...     {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]}))
    True
    """
    if isinstance(findings, (str, bytes)) or not hasattr(findings, "__iter__"):
        raise TypeError("has_errors takes the list of Finding objects that validate_case returns")
    items = list(findings)
    if not all(isinstance(f, Finding) for f in items):
        raise TypeError("has_errors takes the list of Finding objects that validate_case returns")
    return _steun.plan_has_errors_json(dumps([f.to_dict() for f in items]))


def render_case(case: CaseLike, lang: str = "nl", what: str = "plan", version: Optional[int] = None) -> str:
    """A form of the case as Markdown in ``lang`` ("nl" or "en"): ``what`` is "plan" (the
    Plan van Aanpak), "options" (Werkblad Opties), "profile" (Persoonlijk Profiel) or "all";
    ``version`` is the plan version (the newest when None).

    >>> md = steun.render_case(pathlib.Path("examples/data/bram_case.json").read_text(), "en")
    >>> md.splitlines()[0]
    '# PLAN OF ACTION'
    """
    return _steun.plan_render_json(_text(case), lang, what, version)


def wmo_application(case: CaseLike, version: Optional[int] = None) -> WmoApplication:
    """The Wmo application assembled from plan ``version`` (the newest when None); its
    ``missing`` lists the parts still to write (002:1768-1782).

    >>> app = steun.wmo_application(pathlib.Path("examples/data/bram_case.json").read_text())
    >>> [(m.extent.amount, m.extent.unit.code) for m in app.measures]
    [(3.0, 'hours_per_week'), (2.0, 'hours_per_week')]
    """
    return WmoApplication.from_dict(_json.loads(_steun.wmo_application_json(_text(case), version)))


def diff_plans(old: PlanLike, new: PlanLike) -> PlanDiff:
    """What changed from plan ``old`` to plan ``new``: added, removed and changed items with
    their paths.

    >>> p = {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}
    >>> d = steun.diff_plans(p, {**p, "version": 2, "evaluation_date": "2013-04-10"})
    >>> [(c.kind.code, c.path) for c in d.changes]
    [('changed', 'evaluation_date')]
    """
    return PlanDiff.from_dict(_json.loads(_steun.plan_diff_json(_text(old), _text(new))))


__all__ = ["validate_case", "has_errors", "render_case", "wmo_application", "diff_plans"]
