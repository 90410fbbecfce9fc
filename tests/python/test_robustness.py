"""Whatever a case system passes in, steun answers with a value or a SteunError (TypeError
for arguments of the wrong Python type): never a crash, never another exception."""

from __future__ import annotations

import inspect
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import steun

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
anything = json_values | st.binary(max_size=20) | st.sampled_from(
    ["personal_profile", "assessment_grid", "dimensions", "Dimension", "nl", "en", "{}", "[]", '{"rows": []}']
)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def public_functions() -> List[Callable[..., Any]]:
    funcs = []
    for name in steun.__all__:
        obj = getattr(steun, name)
        if inspect.isfunction(obj):
            funcs.append(obj)
    return funcs


def public_constructors() -> List[Callable[..., Any]]:
    out: List[Callable[..., Any]] = []
    for name in steun.__all__:
        obj = getattr(steun, name)
        if isinstance(obj, type) and issubclass(obj, steun.Document) and obj is not steun.Document:
            out += [obj.from_dict, obj.from_json]
    return out


def test_the_robustness_tests_cover_the_api() -> None:
    # Guards the parametrised tests from passing vacuously on an empty list.
    names = {f.__name__ for f in public_functions()}
    assert {"assess_urgency", "classify_isolation", "validate_case", "find_candidate_patterns", "client_code"} <= names
    assert len(public_constructors()) >= 80


def call_safely(fn: Callable[..., Any], *args: Any) -> None:
    try:
        fn(*args)
    except (steun.SteunError, TypeError):
        pass


@pytest.mark.parametrize("fn", public_functions(), ids=lambda f: f.__name__)
def test_public_functions_raise_only_steun_errors(fn: Callable[..., Any]) -> None:
    arity = len([p for p in inspect.signature(fn).parameters.values() if p.default is inspect.Parameter.empty
                 and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])

    @SETTINGS
    @given(st.lists(anything, min_size=arity, max_size=arity))
    def run(args: List[Any]) -> None:
        call_safely(fn, *args)

    run()


@pytest.mark.parametrize("fn", public_constructors(), ids=lambda f: f.__qualname__)
def test_document_readers_raise_only_steun_errors(fn: Callable[..., Any]) -> None:
    @SETTINGS
    @given(anything | json_values.map(json.dumps))
    def run(arg: Any) -> None:
        call_safely(fn, arg)

    run()


def test_labels_raise_only_steun_errors() -> None:
    @SETTINGS
    @given(anything)
    def run(lang: Any) -> None:
        call_safely(steun.Dimension.RIGHTS.label, lang)

    run()


def test_eight_threads_give_the_serial_results(data_dir) -> None:
    text = (data_dir / "bram_profile.json").read_text(encoding="utf-8")

    def work(i: int) -> Any:
        p = steun.PersonalProfile.from_json(text)
        try:
            steun.PersonalProfile.from_dict({"domains": [{"domain": f"bad{i}"}]})
        except steun.ValidationError as e:
            loc = e.loc
        return (p.to_json(), steun.schema("assessment_grid"), steun.Dimension.RIGHTS.label("nl"), loc)

    serial = [work(i) for i in range(64)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(work, range(64)))
    assert parallel == serial


def test_instruments_from_eight_threads_give_the_serial_results(data_dir) -> None:
    root = data_dir.parent.parent
    urgency_inputs = json.loads((root / "tests" / "data" / "urgency_cases.json").read_text(encoding="utf-8"))
    case = (data_dir / "bram_case.json").read_text(encoding="utf-8")
    fragments = json.loads((data_dir / "story_fragments.json").read_text(encoding="utf-8"))
    report = (data_dir / "signals_report.json").read_text(encoding="utf-8")
    cases = (data_dir / "signals_cases.json").read_text(encoding="utf-8")

    def work(i: int) -> Any:
        return (
            [r.to_json() for r in steun.assess_urgency_many(urgency_inputs)],
            steun.classify_isolation(persistence=["threatened", "situational", "structural_complex",
                                                  "structural_psychiatric"][i % 4],
                                     participation_oriented=i % 2 == 0).to_json(),
            [f.to_json() for f in steun.validate_case(case)],
            steun.render_case(case, "nl"),
            [c.to_json() for c in steun.find_candidate_patterns(fragments, min_respondents=2).candidates],
            steun.attach_urgency(report).to_json(),
            steun.minimise(cases).to_json(),
            steun.client_code("111222333", b"sixteen byte key!", "bsn"),
        )

    serial = [work(i) for i in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(work, range(16)))
    assert parallel == serial
