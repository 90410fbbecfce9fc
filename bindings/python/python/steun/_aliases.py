"""The names of the earlier Python API, each forwarding to one generated operation
function (``_ops.py``). No rule lives here: arguments are put into the operation's request
as they are, and the answer is taken out of its response.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Mapping, Optional, Union

from . import _ops, _steun
from ._enums import IdentifierKind, IdentifierKindCode, RenderPart, RenderPartCode
from ._models import (
    AssessedReport,
    Case,
    CaseList,
    CaseListing,
    CandidatePatterns,
    DemandPattern,
    Finding,
    FollowUpList,
    InterventionCheckResult,
    IsolationResult,
    PersistenceDecision,
    Plan,
    PlanDiff,
    ReferencePatternSet,
    SupportCase,
    UrgencyBandTable,
    UrgencyResult,
    WmoApplication,
)

if TYPE_CHECKING:
    from typing import TypedDict

    from typing_extensions import Unpack

    from ._enums import CaseStatus, CaseStatusCode, UrgencyBand, UrgencyBandCode
    from ._ops import _InterventionCheckFields, _IsolationInputFields, _PersistenceFactsFields

    _CaseQueryFields = TypedDict(
        "_CaseQueryFields",
        {
            "status": "CaseStatus | CaseStatusCode | None",
            "overdue_on": "_dt.date | str | None",
            "band": "UrgencyBand | UrgencyBandCode | None",
        },
        total=False,
    )

__all__ = [
    "assess_urgency",
    "assess_urgency_many",
    "default_urgency_bands",
    "classify_isolation",
    "decide_isolation_persistence",
    "check_isolation_interventions",
    "validate_case",
    "render_case",
    "wmo_application",
    "diff_plans",
    "find_candidate_patterns",
    "validate_pattern",
    "address_pattern",
    "close_pattern",
    "reference_patterns",
    "client_code",
    "bsn_is_valid",
    "attach_urgency",
    "list_cases",
    "apply_retention",
    "minimise",
    "record_step",
]

Doc = Any


def _doc(cls: Any, value: Any) -> Any:
    """A document given as JSON text, read as ``cls``; anything else as it is."""
    return cls.from_json(value) if isinstance(value, (str, bytes, bytearray)) else value


def _one(request: Any, fields: Mapping[str, Any]) -> Any:
    if request is not None and fields:
        raise TypeError("pass the request as one argument or as keywords, not both")
    return dict(fields) if request is None else request


def assess_urgency(input: Doc, *, bands: Doc = None) -> UrgencyResult:
    """Scores one signal (``urgency.assess``; with ``bands``, ``urgency.assess_with_bands``).

    >>> r = steun.assess_urgency(steun.example("urgency.assess"))
    >>> (r.score, r.score_max, r.band.code)
    (6, 6, 'consultation')
    """
    if bands is None:
        return _ops.urgency_assess(input)
    return _ops.urgency_assess_with_bands(input=input, bands=_doc(UrgencyBandTable, bands))


def assess_urgency_many(inputs: Iterable[Doc], *, bands: Doc = None) -> List[UrgencyResult]:
    """Scores many signals (``urgency.assess`` or ``urgency.assess_with_bands`` per input,
    the core's work without the GIL). Bad inputs raise one ValidationError listing the
    problems of each, with the input's index first in ``loc``.

    >>> [r.band.code for r in steun.assess_urgency_many([steun.example("urgency.assess")] * 2)]
    ['consultation', 'consultation']
    """
    if bands is None:
        return _steun.call_many("urgency.assess", UrgencyResult, inputs)
    table = UrgencyBandTable.from_json(bands) if isinstance(bands, (str, bytes)) else UrgencyBandTable.from_dict(bands)
    return _steun.call_many(
        "urgency.assess_with_bands", UrgencyResult, ({"input": i, "bands": table} for i in inputs)
    )


def default_urgency_bands() -> UrgencyBandTable:
    """The default band table (``urgency.default_bands``).

    >>> steun.default_urgency_bands().bands[1].score_from
    5
    """
    return _ops.urgency_default_bands()


def classify_isolation(input: Doc = None, **fields: Unpack[_IsolationInputFields]) -> IsolationResult:
    """Classifies an older person's isolation (``isolation.classify``).

    >>> steun.classify_isolation(persistence="situational", participation_oriented=False).category
    2
    """
    return _ops.isolation_classify(_one(input, fields))


def decide_isolation_persistence(facts: Doc = None, **fields: Unpack[_PersistenceFactsFields]) -> PersistenceDecision:
    """Derives the persistence from four facts (``isolation.decide_persistence``).

    >>> steun.decide_isolation_persistence(steun.example("isolation.decide_persistence")).persistence.code
    'structural_complex'
    """
    return _ops.isolation_decide_persistence(_one(facts, fields))


def check_isolation_interventions(check: Doc = None, **fields: Unpack[_InterventionCheckFields]) -> InterventionCheckResult:
    """Checks planned interventions against a type (``isolation.check_interventions``).

    >>> r = steun.check_isolation_interventions(steun.example("isolation.check_interventions"))
    >>> type(r).__name__
    'InterventionCheckResult'
    """
    return _ops.isolation_check_interventions(_one(check, fields))


def validate_case(case: Doc) -> List[Finding]:
    """The findings of a support case (``plan.validate``).

    >>> steun.validate_case(steun.example("plan.validate"))
    []
    """
    return list(_ops.plan_validate(case).findings)


def render_case(
    case: Doc,
    lang: Literal["nl", "en"] = "nl",
    what: Union[RenderPart, RenderPartCode] = "plan",
    version: Optional[int] = None,
    format: Literal["markdown", "html"] = "markdown",
    per_goal: bool = False,
) -> str:
    """A form of the case as Markdown or print-ready HTML (``plan.render``; ``what`` is its
    ``part``; ``per_goal`` gives one plan form per goal).

    >>> steun.render_case(steun.example("plan.validate"), "en").splitlines()[0]
    '# PLAN OF ACTION'
    """
    request: Dict[str, Any] = {
        "case": _doc(SupportCase, case),
        "lang": lang,
        "part": what,
        "version": version,
        "format": format,
        "per_goal": per_goal,
    }
    return _ops.plan_render(request).text


def wmo_application(case: Doc, version: Optional[int] = None) -> WmoApplication:
    """The Wmo application of a plan version of a case (``plan.application``).

    >>> steun.wmo_application(steun.example("plan.validate")).missing
    ()
    """
    return _ops.plan_application(case=_doc(SupportCase, case), version=version)


def diff_plans(old: Doc, new: Doc) -> PlanDiff:
    """The changes from one plan to another (``plan.diff``).

    >>> [c.path for c in steun.diff_plans(**steun.example("plan.diff")).changes][:1]
    ['drawn_up']
    """
    return _ops.plan_diff(old=_doc(Plan, old), new=_doc(Plan, new))


def find_candidate_patterns(fragments: Any, min_respondents: int = 3) -> CandidatePatterns:
    """Candidate demand patterns (``patterns.find``).

    >>> type(steun.find_candidate_patterns(steun.example("patterns.find")["fragments"])).__name__
    'CandidatePatterns'
    """
    return _ops.patterns_find(fragments=fragments, min_respondents=min_respondents)


def validate_pattern(pattern: Doc, meeting: Doc) -> DemandPattern:
    """Records the meeting that validated a pattern (``pattern.validate``).

    >>> steun.validate_pattern(**steun.example("pattern.validate")).status.code
    'validated'
    """
    return _ops.pattern_validate(pattern=pattern, meeting=meeting)


def address_pattern(pattern: Doc, addressing: Doc) -> DemandPattern:
    """Records the party that takes a pattern up (``pattern.address``).

    >>> steun.address_pattern(**steun.example("pattern.address")).status.code
    'addressed'
    """
    return _ops.pattern_address(pattern=pattern, addressing=addressing)


def close_pattern(pattern: Doc, closure: Doc) -> DemandPattern:
    """Closes an addressed pattern (``pattern.close``).

    >>> steun.close_pattern(**steun.example("pattern.close")).status.code
    'closed'
    """
    return _ops.pattern_close(pattern=pattern, closure=closure)


def reference_patterns(name: str) -> ReferencePatternSet:
    """A reference set of demand patterns (``catalogue.reference``), read as its kind.

    >>> steun.reference_patterns("patterns_elburg").respondents
    23
    """
    return ReferencePatternSet.from_dict(_steun.call("catalogue.reference", {"name": name}))


def client_code(
    identifier: str,
    key: Union[bytes, bytearray, memoryview, str],
    kind: Union[IdentifierKind, IdentifierKindCode] = "bsn",
) -> str:
    """The pseudonymous client code of an identifier under a key of at least 16 bytes
    (``client_code.derive``, the key passed as ``key_hex``; a str key as its UTF-8 bytes).

    >>> steun.client_code("111222333", bytes(range(16)))
    'ID-VP2B-WTCQ-Q814-GV38'
    """
    if isinstance(key, str):
        try:
            key = key.encode("utf-8")
        except UnicodeEncodeError:
            raise TypeError("key must be bytes, or a str that is valid Unicode") from None
    if not isinstance(key, (bytes, bytearray, memoryview)):
        raise TypeError("key must be bytes or str")
    return _ops.client_code_derive(kind=kind, identifier=identifier, key_hex=bytes(key).hex()).client_code


def bsn_is_valid(number: str) -> bool:
    """Whether a number is a well-formed BSN (``bsn.check``).

    >>> steun.bsn_is_valid("111222333"), steun.bsn_is_valid("111222334")
    (True, False)
    """
    return _ops.bsn_check(bsn=number).answer


def attach_urgency(report: Doc) -> AssessedReport:
    """Scores a report's urgency and attaches where it goes next (``signals.attach_urgency``).

    >>> steun.attach_urgency(steun.example("signals.attach_urgency")).urgency.band.code
    'consultation'
    """
    return _ops.signals_attach_urgency(report)


def list_cases(case_list: Doc, **query: Unpack[_CaseQueryFields]) -> CaseListing:
    """The cases that match a query of ``status``, ``overdue_on`` and ``band``
    (``cases.list``).

    >>> [c.id for c in steun.list_cases(steun.example("cases.list")["case_list"], status="in_progress").cases]
    ['VNDL-2012-01']
    """
    return _ops.cases_list(case_list=_doc(CaseList, case_list), query=query)


def apply_retention(case_list: Doc, as_of: Union[_dt.date, str]) -> CaseList:
    """The case list without what its retention periods no longer allow
    (``cases.apply_retention``).

    >>> type(steun.apply_retention(**steun.example("cases.apply_retention"))).__name__
    'CaseList'
    """
    return _ops.cases_apply_retention(case_list=_doc(CaseList, case_list), as_of=as_of)


def minimise(case_list: Doc) -> FollowUpList:
    """The case list with only what follow-up needs (``cases.minimise``).

    >>> type(steun.minimise(steun.example("cases.minimise"))).__name__
    'FollowUpList'
    """
    return _ops.cases_minimise(case_list)


def record_step(case: Doc, step: Any, date: Union[_dt.date, str], note: Optional[str] = None) -> Case:
    """Appends a step of the signalling cycle to a case (``case.record_step``).

    >>> type(steun.record_step(**steun.example("case.record_step"))).__name__
    'Case'
    """
    return _ops.case_record_step(case=_doc(Case, case), step=step, date=date, note=note)
