"""steun's values behave like Python values (issue 16, item 3): every document, result and
exception survives copy, deepcopy, pickle and a process pool, compares equal and hashes;
NumPy scalars are accepted where a bool or a number is; NaN and None in a required field
are errors naming the field."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Type

import numpy as np
import pytest

import steun
from steun import _models

OPS = steun.ops()
NAMES = [o["name"] for o in OPS]
EXAMPLES = {o["name"]: o["example"] for o in OPS}
CLASSES: Dict[str, Type[steun.Document]] = {}
for _name in _models.__all__:
    _cls = getattr(steun, _name)
    # __all__ also names the Literal aliases (DocumentKind, ...), which are not classes.
    if isinstance(_cls, type) and _cls.__kind__:
        CLASSES[_cls.__kind__] = _cls
REQUEST = {o["name"]: CLASSES.get(o["request"]) for o in OPS}
EMPTY = {o["name"] for o in OPS if o["request"] == "empty"}
PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


def function(op: str) -> Callable[..., Any]:
    return getattr(steun, op.replace(".", "_"))  # type: ignore[no-any-return]


def run(op: str) -> Any:
    """The typed function of `op` on its example (a top-level function: it runs in workers)."""
    return function(op)() if op in EMPTY else function(op)(EXAMPLES[op])


def parts(doc: steun.Document, depth: int = 0) -> Iterator[steun.Document]:
    """`doc` and the documents nested in it (views into the same value), a few per field."""
    yield doc
    if depth >= 3:
        return
    for name in type(doc).__fields__:
        v = getattr(doc, name)
        items = v[:2] if isinstance(v, tuple) else list(v.values())[:2] if isinstance(v, dict) else [v]
        for item in items:
            if isinstance(item, steun.Document):
                yield from parts(item, depth + 1)


def every_document() -> List[Tuple[str, steun.Document]]:
    found: List[Tuple[str, steun.Document]] = []
    for op in NAMES:
        cls = REQUEST[op]
        if cls is not None:
            found.append((f"{op} request", cls.from_dict(EXAMPLES[op])))
        response = run(op)
        if isinstance(response, steun.Document):
            found.append((f"{op} response", response))
    out: List[Tuple[str, steun.Document]] = []
    for label, doc in found:
        for i, part in enumerate(parts(doc)):
            out.append((f"{label} {type(part).__name__}" + (f" #{i}" if i else ""), part))
    return out


DOCUMENTS = every_document()


def test_the_examples_cover_documents_results_and_parts() -> None:
    classes = {type(d) for _, d in DOCUMENTS}
    # Requests, responses, and parts such as UrgencyRisks or Finding.
    for cls in (steun.UrgencyInput, steun.UrgencyResult, steun.UrgencyRisks, steun.IsolationResult,
                steun.SupportCase, steun.Findings, steun.CandidatePatterns, steun.Case,
                steun.CaseList, steun.Bilingual, steun.RenderedForm, steun.ClientCodeResult):
        assert cls in classes, cls
    assert len(classes) >= 50


@pytest.mark.parametrize("doc", [d for _, d in DOCUMENTS], ids=[n for n, _ in DOCUMENTS])
def test_every_document_round_trips(doc: steun.Document) -> None:
    cls = type(doc)
    for protocol in PROTOCOLS:
        again = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert type(again) is cls
        assert again == doc and not (again != doc)
        assert hash(again) == hash(doc)
        assert again.to_json() == doc.to_json() and again.to_dict() == doc.to_dict()
    assert copy.copy(doc) == doc and copy.deepcopy(doc) == doc
    assert hash(copy.deepcopy(doc)) == hash(doc)
    # Inside containers too (deepcopy and pickle walk them).
    box = {"doc": doc, "list": [doc, doc]}
    assert copy.deepcopy(box) == box and pickle.loads(pickle.dumps(box)) == box
    # Immutable, so hashable: usable in sets and as dict keys.
    assert {doc, pickle.loads(pickle.dumps(doc))} == {doc}
    assert {doc: 1}[cls.from_json(doc.to_json())] == 1
    with pytest.raises(AttributeError):
        setattr(doc, cls.__fields__[0] if cls.__fields__ else "x", None)


def test_different_values_are_unequal() -> None:
    a = steun.urgency_assess(EXAMPLES["urgency.assess"])
    other = dict(EXAMPLES["urgency.assess"], duration="incidental")
    b = steun.urgency_assess(other)
    assert a != b and not (a == b)
    assert a != a.to_dict() and a != a.to_json() and a is not None
    # Same JSON, different class: not equal.
    empty = steun.Empty()
    assert steun.Empty.from_dict({}) == empty
    assert len({a, b, empty, steun.Empty()}) == 3


def test_a_process_pool_gives_the_serial_results() -> None:
    serial = [run(n) for n in NAMES]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(run, NAMES))
        # Documents also travel to the workers as arguments.
        docs = [d for _, d in DOCUMENTS]
        back = list(pool.map(copy.copy, docs, chunksize=16))
    assert parallel == serial
    assert [type(p) for p in parallel] == [type(s) for s in serial]
    assert back == docs and [type(b) for b in back] == [type(d) for d in docs]


# Exceptions -----------------------------------------------------------------------------


def raise_bad_urgency(duration: str) -> None:
    steun.urgency_assess(risks={"safety": "x"}, scope={"persons": 0}, duration=duration)


def caught(f: Callable[[], Any]) -> steun.SteunError:
    with pytest.raises(steun.SteunError) as info:
        f()
    return info.value


def real_errors() -> List[steun.SteunError]:
    deep: Any = 1
    for _ in range(200):
        deep = [deep]
    return [
        caught(lambda: raise_bad_urgency("lang")),
        caught(lambda: steun.call("no.such_op", {})),
        caught(lambda: steun.catalogue_label(enum="UrgencyBand", code="x", lang="nl")),
        caught(lambda: steun.call("document.validate", {"kind": "any_json", "document": deep})),
        caught(lambda: steun.SupportCase.from_json("{")),
    ]


ERRORS = real_errors()


def test_exceptions_are_importable_from_steun_with_python_bases() -> None:
    from steun import InternalError, LimitError, NotFoundError, SteunError, TransitionError, ValidationError

    assert issubclass(SteunError, Exception)
    assert issubclass(ValidationError, ValueError) and issubclass(ValidationError, SteunError)
    for cls in (LimitError, NotFoundError, TransitionError, InternalError, ValidationError):
        assert issubclass(cls, SteunError) and cls.__module__ == "steun"
        assert getattr(steun, cls.__name__) is cls
    kinds = {type(e) for e in ERRORS}
    assert {ValidationError, NotFoundError, LimitError} <= kinds


@pytest.mark.parametrize("e", ERRORS, ids=[f"{type(e).__name__}-{e.code}" for e in ERRORS])
def test_exceptions_round_trip_with_their_errors(e: steun.SteunError) -> None:
    assert e.errors() or e.code in ("not_found", "limit", "syntax")
    for again in [pickle.loads(pickle.dumps(e, protocol=p)) for p in PROTOCOLS] + [copy.copy(e), copy.deepcopy(e)]:
        assert type(again) is type(e)
        assert str(again) == str(e) and again.code == e.code
        assert again.errors() == e.errors() and again.loc == e.loc
        assert again.args == e.args


def test_an_exception_crosses_a_process_pool() -> None:
    local = caught(lambda: raise_bad_urgency("lang"))
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(raise_bad_urgency, "lang")
        with pytest.raises(steun.ValidationError) as info:
            future.result()
    assert isinstance(info.value, ValueError)
    assert info.value.errors() == local.errors() and str(info.value) == str(local)
    assert len(local.errors()) >= 3
    assert {i["loc"] for i in local.errors()} >= {("risks", "safety"), ("scope", "persons"), ("duration",)}


# NumPy scalars, NaN and None ------------------------------------------------------------

URGENCY = {"risks": {"safety": "moderate", "health": "none", "wellbeing": "severe"},
           "scope": {"persons": 3, "minors_involved": True, "over_75_involved": False},
           "duration": "structural_over_half_year"}


def urgency_with(**scope: Any) -> Dict[str, Any]:
    return {**URGENCY, "scope": {**URGENCY["scope"], **scope}}


@pytest.mark.parametrize("persons", [np.int64(3), np.int32(3), np.uint8(3), np.int16(3)],
                         ids=lambda v: type(v).__name__)
def test_numpy_integers_are_integers(persons: Any) -> None:
    expected = steun.urgency_assess(URGENCY)
    assert steun.urgency_assess(urgency_with(persons=persons)) == expected
    assert steun.UrgencyScope(persons=persons, minors_involved=True, over_75_involved=False).persons == 3
    got = steun.isolation_risk_groups(living_alone=True, health_loss=False, psychosocial_or_psychiatric_problems=False,
                                      low_income=False, age=np.int64(80))
    assert got == steun.isolation_risk_groups(living_alone=True, health_loss=False,
                                              psychosocial_or_psychiatric_problems=False, low_income=False, age=80)


@pytest.mark.parametrize("flag", [True, False])
def test_numpy_bools_are_bools(flag: bool) -> None:
    expected = steun.urgency_assess(urgency_with(minors_involved=flag, over_75_involved=not flag))
    got = steun.urgency_assess(urgency_with(minors_involved=np.bool_(flag), over_75_involved=np.bool_(not flag)))
    assert got == expected
    iso = steun.isolation_classify(persistence="situational", participation_oriented=np.bool_(flag))
    assert iso == steun.isolation_classify(persistence="situational", participation_oriented=flag)
    assert steun.IsolationInput(persistence="situational", participation_oriented=np.bool_(flag)).participation_oriented is flag


def test_numpy_floats_where_a_number_is_allowed() -> None:
    for value in (np.float64(2.5), np.float32(2.5)):
        assert steun.Extent(amount=value, unit="hours_per_week") == steun.Extent(amount=2.5, unit="hours_per_week")
        assert steun.Extent(amount=value, unit="hours_per_week").amount == 2.5
    # A whole float64 is still not an integer: the core's rule for counts is unchanged.
    with pytest.raises(steun.ValidationError) as info:
        steun.urgency_assess(urgency_with(persons=np.float64(2.5)))
    assert info.value.loc == ("scope", "persons")


def test_numpy_arrays_and_other_objects_are_named_not_converted() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.urgency_assess(urgency_with(persons=np.array([3, 4])))
    assert info.value.loc == ("scope", "persons") and "ndarray" in str(info.value)


@pytest.mark.parametrize("missing", [float("nan"), np.float64("nan"), None], ids=["nan", "np.nan", "None"])
@pytest.mark.parametrize("field,where", [
    ("persons", ("scope", "persons")),
    ("minors_involved", ("scope", "minors_involved")),
])
def test_nan_and_none_in_a_required_field_name_the_field(missing: Any, field: str, where: Tuple[str, ...]) -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.urgency_assess(urgency_with(**{field: missing}))
    e = info.value
    assert e.loc == where and e.code != "syntax"
    text = str(e)
    assert ".".join(where) in text and "JSON" not in text
    assert ("NaN" in text) if missing is not None else ("null" in text or "missing" in text or "None" in text)


@pytest.mark.parametrize("missing", [float("nan"), None], ids=["nan", "None"])
def test_nan_and_none_in_a_coded_field_name_the_field(missing: Optional[float]) -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.isolation_classify(persistence=missing, participation_oriented=True)  # type: ignore[arg-type]
    assert info.value.loc == ("persistence",) and "persistence" in str(info.value)


def test_replace_and_setattr_never_echo_a_name_that_is_not_a_field() -> None:
    import steun

    e = steun.IwmoExtent(volume=2, unit="hour", frequency="per_week")
    with pytest.raises(TypeError) as info:
        e.replace(**{"123456782 Jan Jansen": 1})
    text = str(info.value)
    assert "123456782" not in text and "Jansen" not in text
    assert "volume, unit, frequency" in text  # the allowed names instead
    with pytest.raises(AttributeError) as info2:
        setattr(e, "123456782 Jan Jansen", 1)
    assert "123456782" not in str(info2.value) and "Jansen" not in str(info2.value)
    with pytest.raises(AttributeError, match=r"replace\(volume=\.\.\.\)"):
        e.volume = 3  # type: ignore[misc]
