"""Signals: pseudonymous client codes, report forms with their urgency, and the
case-tracking list (002:3600-3895, 002:4443-4727, 002:4996-5004; see docs/signals.md).

The rules live in the Rust core; these functions convert and forward.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Mapping, Optional, Union

from . import _steun
from ._base import Model, dumps, invalid
from ._models import AssessedReport, Case, CaseList, CaseListing, FollowUpList, Report

_Doc = Union[Model, Mapping[str, Any], str]


def _text(doc: _Doc) -> str:
    if isinstance(doc, str):
        return doc
    if isinstance(doc, Model):
        return doc.to_json()
    return dumps(doc)


def _date(d: Union[_dt.date, str]) -> str:
    return d.isoformat() if isinstance(d, _dt.date) else d


def client_code(identifier: str, key: Union[bytes, str], kind: str = "bsn") -> str:
    """The pseudonymous client code of ``identifier`` under a secret ``key``.

    HMAC-SHA-256 (scheme ``hmac-sha256-v1``): stable for the same key and identifier,
    unlinkable without the key. ``kind`` is ``"bsn"`` (9 digits passing the eleven-test) or
    ``"client_number"``. A ``str`` key is encoded as UTF-8; it needs at least 16 bytes.
    Errors never contain the identifier.

    >>> steun.client_code("111222333", b"a secret key of the network")
    'ID-8B1D-MR2P-GXRR-92K7'
    >>> steun.client_code("111222334", b"a secret key of the network")
    Traceback (most recent call last):
    ...
    _steun.ValidationError: identifier: not a valid BSN: it fails the eleven-test (elfproef)
    """
    if isinstance(key, str):
        try:
            raw = key.encode("utf-8")
        except UnicodeEncodeError:
            raise invalid(("key",), "the key is not valid UTF-8 text; pass bytes") from None
    elif isinstance(key, (bytes, bytearray, memoryview)):
        raw = bytes(key)
    else:
        raise TypeError("key must be bytes or str")
    return _steun.client_code(kind, identifier, raw)


def bsn_is_valid(number: str) -> bool:
    """True when ``number`` is a BSN: exactly 9 digits, not all zero, passing the eleven-test.

    >>> steun.bsn_is_valid("111222333"), steun.bsn_is_valid("111222334")
    (True, False)
    """
    return bool(_steun.bsn_is_valid(number))


def attach_urgency(report: _Doc) -> AssessedReport:
    """Checks a report form and attaches the urgency result and route the library computes.

    The report itself has no result field: a typed-in result is refused.

    >>> r = steun.attach_urgency({
    ...     "reported_on": "2012-03-01", "reporter": "neighbour", "network": "outside",
    ...     "client": "ID-ZG43-9PSD-QSXB-KJVQ", "signals": [{"kind": "loneliness"}],
    ...     "tried_before": ["Huisarts gebeld"], "discussed_with_client": True,
    ...     "destroy_after_meeting": True,
    ...     "urgency": {"risks": {"safety": "none", "health": "moderate", "wellbeing": "moderate"},
    ...                 "scope": {"persons": 1, "minors_involved": False, "over_75_involved": True},
    ...                 "duration": "structural_over_half_year"}})
    >>> r.urgency.band.code, r.route.code
    ('consultation', 'network')
    """
    return AssessedReport.from_json(_steun.attach_report_json(_text(report)))


def list_cases(
    case_list: _Doc,
    *,
    status: Optional[str] = None,
    overdue_on: Union[_dt.date, str, None] = None,
    band: Optional[str] = None,
) -> CaseListing:
    """Lists the cases of a case-tracking list by status, urgency band and overdue actions
    (open actions due before ``overdue_on``). The listing holds no free text.

    >>> cases = {"cases": [{"id": "C1", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-02-20",
    ...   "status": "in_progress", "actions": [{"action": "Huisbezoek",
    ...   "owner": {"organisation": "Welzijn", "role": "elderly_adviser"},
    ...   "due": "2012-03-20", "status": "open"}]}]}
    >>> [c.id for c in steun.list_cases(cases, overdue_on="2012-03-21").cases]
    ['C1']
    >>> steun.list_cases(cases, status="closed").cases
    ()
    """
    query: dict[str, Any] = {}
    if status is not None:
        query["status"] = str(status)
    if overdue_on is not None:
        query["overdue_on"] = _date(overdue_on)
    if band is not None:
        query["band"] = str(band)
    return CaseListing.from_json(_steun.list_cases_json(_text(case_list), dumps(query)))


def apply_retention(case_list: _Doc, as_of: Union[_dt.date, str]) -> CaseList:
    """The case list with the report forms destroyed that are marked ``destroy_after_meeting``
    and whose case's network meeting was on or before ``as_of``.

    >>> steun.apply_retention({"cases": []}, "2012-03-13")
    CaseList(cases=())
    """
    return CaseList.from_json(_steun.apply_retention_json(_text(case_list), _date(as_of)))


def minimise(case_list: _Doc) -> FollowUpList:
    """The case list with only what follow-up needs: no report forms, no problems or earlier
    steps in words, no process notes.

    >>> steun.minimise({"cases": []})
    FollowUpList(cases=())
    """
    return FollowUpList.from_json(_steun.minimise_json(_text(case_list)))


def record_step(
    case: _Doc, step: str, date: Union[_dt.date, str], note: Optional[str] = None
) -> Case:
    """A copy of ``case`` with one more step of the cyclic signalling process (notice, assess,
    analyse, decide, act, evaluate, then notice again); a step out of order raises
    :class:`TransitionError`.

    >>> c = {"id": "C1", "client": "ID-ZG43-9PSD-QSXB-KJVQ", "opened": "2012-02-20", "status": "registered"}
    >>> steun.record_step(c, "notice", "2012-02-20").process[0].step.code
    'notice'
    >>> steun.record_step(c, "assess", "2012-02-20")
    Traceback (most recent call last):
    ...
    _steun.TransitionError: cannot go from start to assess; allowed from start: notice
    """
    return Case.from_json(_steun.record_step_json(_text(case), str(step), _date(date), note))


__all__ = [
    "client_code",
    "bsn_is_valid",
    "attach_urgency",
    "list_cases",
    "apply_retention",
    "minimise",
    "record_step",
]
