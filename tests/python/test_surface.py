"""The generated Python surface: every operation by name and as a typed function, the
listing, errors as data, Rust-backed documents (pickling, equality, reprs) and the limits
of the conversion from Python values."""

from __future__ import annotations

import copy
import datetime
import json
import pathlib
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Dict, List

import pytest

import steun
from steun import _steun

ROOT = pathlib.Path(__file__).resolve().parents[2]
BRAM = (ROOT / "examples" / "data" / "bram_case.json").read_text(encoding="utf-8")
LISTING = json.loads((ROOT / "schemas" / "ops" / "ops.json").read_text(encoding="utf-8"))
NAMES = [o["name"] for o in LISTING]


def test_ops_is_the_committed_listing() -> None:
    assert len(NAMES) >= 30 and {"urgency.assess", "plan.render", "case.record_step", "bsn.check"} <= set(NAMES)
    got = steun.ops()
    assert got == LISTING
    keys = {"name", "summary", "instrument", "instrument_version", "request", "response",
            "request_schema", "response_schema", "example"}
    assert all(set(o) == keys for o in got)
    got[0]["name"] = "changed"
    assert steun.ops()[0]["name"] == "urgency.assess", "each call gives fresh data"


@pytest.mark.parametrize("name", NAMES)
def test_every_operation_by_name_typed_and_as_text(name: str) -> None:
    op = next(o for o in LISTING if o["name"] == name)
    text = json.dumps(op["example"])
    exact = steun.call_json(name, text)
    assert steun.call(name, op["example"]) == json.loads(exact)
    assert steun.call(name, text) == json.loads(exact)
    fn = getattr(steun, name.replace(".", "_"))
    assert fn.__doc__ and op["summary"].rstrip(".") in fn.__doc__
    r = fn() if op["request"] == "empty" else fn(op["example"])
    if isinstance(r, steun.Document):
        assert r.to_json() == exact, "the typed result holds the core's bytes"
        assert type(r).__kind__ == op["response"]
        assert type(r).from_json(exact) == r, "the response reads back as its kind"
    else:
        assert r == json.loads(exact)
    if op["instrument"] is not None:
        out = json.loads(exact)
        assert (out["instrument"], out["instrument_version"]) == (op["instrument"], op["instrument_version"])
        assert steun.INSTRUMENTS[op["instrument"]] == op["instrument_version"]


def test_typed_functions_take_keywords_and_documents() -> None:
    by_kw = steun.isolation_classify(persistence="situational", participation_oriented=False)
    by_doc = steun.isolation_classify(steun.IsolationInput(persistence="situational", participation_oriented=False))
    by_text = steun.isolation_classify('{"persistence": "situational", "participation_oriented": false}')
    assert by_kw == by_doc == by_text
    assert by_kw.type is steun.IsolationType.DEPENDENTS
    with pytest.raises(TypeError):
        steun.isolation_classify({"persistence": "situational"}, participation_oriented=False)  # type: ignore[call-arg]
    # A keyword that is a Python keyword takes a trailing underscore.
    case = steun.SupportCase.from_json(BRAM)
    d = steun.plan_diff_versions(case=case, from_=1, to=2)
    assert d == steun.plan_diff_versions({"case": json.loads(BRAM), "from": 1, "to": 2})
    assert steun.CaseVersions(case=case, from_=1, to=2).from_ == 1


def test_call_json_gives_the_cores_bytes_for_errors_too() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.call_json("isolation.classify", '{"persistence": 1, "extra": 2}')
    kinds = sorted(i["kind"] for i in info.value.errors())
    assert kinds == ["missing", "unknown_field", "wrong_type"]
    with pytest.raises(steun.NotFoundError) as nf:
        steun.call("nope.nope", {})
    assert "urgency.assess" in str(nf.value) and "nope" not in str(nf.value)
    assert isinstance(nf.value, LookupError)
    with pytest.raises(steun.ValidationError) as syn:
        steun.call_json("bsn.check", "{")
    assert syn.value.code == "syntax" and syn.value.errors()[0]["kind"] == "syntax"


def test_errors_list_every_problem_with_loc_and_path() -> None:
    bad = {"domains": [{"domain": "wonen"}, {"domain": "work", "wishes": [3]}], "naam": "Bram"}
    for attempt in (lambda: steun.PersonalProfile.from_dict(bad),
                    lambda: steun.PersonalProfile.from_json(json.dumps(bad)),
                    lambda: steun.PersonalProfile(**bad)):
        with pytest.raises(steun.ValidationError) as info:
            attempt()
        e = info.value
        assert isinstance(e, ValueError) and isinstance(e, steun.SteunError)
        assert e.code == "invalid"
        got = sorted((i["kind"], i["loc"], i["path"]) for i in e.errors())
        assert got == [
            ("unknown_code", ("domains", 0, "domain"), "domains[0].domain"),
            ("unknown_field", (), "(root)"),
            ("wrong_type", ("domains", 1, "wishes", 0), "domains[1].wishes[0]"),
        ]
        assert all(set(i) == {"kind", "loc", "path", "msg"} for i in e.errors())
        assert "(and 2 more problems)" in str(e)
        # The unknown key and the values are never echoed.
        for secret in ("naam", "Bram", "wonen"):
            assert secret not in str(e) and secret not in repr(e.errors())


def test_exceptions_pickle_and_live_in_steun() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.UrgencyInput.from_dict({"risks": {}, "scope": {}, "duration": "lang"})
    e = info.value
    assert type(e).__module__ == "steun"
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is steun.ValidationError
    assert again.errors() == e.errors() and str(again) == str(e) and again.code == e.code
    assert len(e.errors()) >= 7


def test_documents_pickle_copy_hash_and_compare() -> None:
    case = steun.SupportCase.from_json(BRAM)
    again = pickle.loads(pickle.dumps(case))
    assert again == case and hash(again) == hash(case) and type(again) is steun.SupportCase
    plan = case.plans[1]
    plan_again = pickle.loads(pickle.dumps(plan))
    assert plan_again == plan and isinstance(plan_again, steun.Plan)
    assert copy.copy(case) is case and copy.deepcopy(case) is case
    assert case != steun.SupportCase.from_dict({**json.loads(BRAM), "plans": []})
    assert case.plans[0] != case.plans[1]
    assert {case, again} == {case}
    # A view and the same value read on its own are equal.
    assert steun.Plan.from_json(plan.to_json()) == plan
    with pytest.raises(AttributeError):
        case.client = "X"  # type: ignore[misc]


def _classify(persistence: str) -> steun.IsolationResult:
    return steun.isolation_classify(persistence=persistence, participation_oriented=True)


def test_results_cross_a_process_pool() -> None:
    codes = ["threatened", "situational", "structural_complex", "structural_psychiatric"]
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(_classify, codes))
    assert got == [_classify(c) for c in codes]


def test_documents_read_through_the_core() -> None:
    case = steun.SupportCase.from_json(BRAM)
    assert case.to_json() == steun.call_json("document.validate", json.dumps(
        {"kind": "support_case", "document": json.loads(BRAM)}))
    assert steun.SupportCase.from_json(BRAM.encode()) == case
    assert steun.SupportCase.from_dict(json.loads(BRAM)) == case
    assert case.to_dict() == json.loads(case.to_json())
    assert case.plans[0].drawn_up == datetime.date(2012, 3, 5)
    assert case.plans[0].steps[2].others[0].relation is steun.Relation.FRIEND
    assert isinstance(case.plans, tuple) and isinstance(case.plans[0], steun.Plan)
    assert steun.SupportCase.__kind__ == "support_case" and "plans" in steun.SupportCase.__fields__
    changed = case.replace(evaluations=[])
    assert changed.evaluations == () and changed.plans == case.plans and changed != case
    with pytest.raises(steun.ValidationError) as info:
        case.replace(client="BRAM-0028")  # every plan names the case's client: a rule of the core
    assert info.value.loc == ("plans", 0, "client")
    with pytest.raises(TypeError):
        case.replace(colour="red")
    with pytest.raises(TypeError):
        steun.SupportCase(json.loads(BRAM))  # type: ignore[call-arg]


def test_repr_shows_the_kind_and_codes_but_no_text() -> None:
    case = steun.SupportCase.from_json(BRAM)
    text = repr(case) + repr(case.plans[0]) + repr(case.plans[0].goals[0]) + repr(case.profile)
    assert text.startswith('SupportCase(kind="support_case"')
    for personal in ("BRAM", "Bram", "Amersfoort", "huishouden"):
        assert personal not in text
    r = steun.urgency_assess(steun.example("urgency.assess"))
    assert "band=UrgencyBand.CONSULTATION" in repr(r) and "score=6" in repr(r)


def test_equal_parts_hash_alike_whatever_their_key_order() -> None:
    a = steun.GridRow(dimension="rights", wishes=["x"])
    b = steun.GridRow(wishes=["x"], dimension="rights")
    assert a == b and hash(a) == hash(b)
    assert a != steun.GridRow(dimension="rights", wishes=["y"])


def test_a_part_of_a_document_is_checked_where_it_is_used() -> None:
    row = steun.GridRow(dimension="nope")
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid(rows=[row])
    assert info.value.loc == ("rows", 0, "dimension")
    assert steun.AssessmentGrid(rows=[steun.GridRow(dimension="rights")]).rows[0].dimension is steun.Dimension.RIGHTS


def nested(depth: int) -> Any:
    v: Any = 1
    for _ in range(depth):
        v = [v]
    return v


def test_depth_is_limited_without_a_stack_overflow() -> None:
    with pytest.raises(steun.LimitError):
        steun.call("document.validate", {"kind": "any_json", "document": nested(100_000)})
    deep: Dict[str, Any] = {}
    node = deep
    for _ in range(50_000):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(steun.LimitError):
        steun.AssessmentGrid.from_dict(deep)
    with pytest.raises(steun.LimitError):
        steun.call_json("document.validate", '{"kind": "any_json", "document": ' + "[" * 100_000)
    assert steun.call("document.validate", {"kind": "any_json", "document": nested(100)}) == nested(100)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_refused(value: float) -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.isolation_risk_groups(living_alone=True, health_loss=False, psychosocial_or_psychiatric_problems=False,
                                    low_income=False, age=value)  # type: ignore[arg-type]
    assert info.value.loc == ("age",)
    assert info.value.errors()[0]["kind"] == "wrong_type"


def test_lone_surrogates_are_refused_without_the_text() -> None:
    secret = "Jansen\ud800"
    for attempt in (lambda: steun.call("bsn.check", {"bsn": secret}),
                    lambda: steun.call("bsn.check", {secret: "1"}),
                    lambda: steun.call_json("bsn.check", '{"bsn": "' + secret + '"}'),
                    lambda: steun.SupportCase.from_json(secret)):
        with pytest.raises(steun.ValidationError) as info:
            attempt()
        assert "Jansen" not in str(info.value) and "Jansen" not in repr(info.value.errors())
        assert info.value.__cause__ is None and info.value.__context__ is None


def test_keys_bools_and_ints() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.call("bsn.check", {1: "111222333"})
    assert "key" in info.value.errors()[0]["msg"]
    with pytest.raises(steun.ValidationError) as info:
        steun.isolation_classify(persistence="threatened", participation_oriented=1)  # type: ignore[arg-type]
    assert info.value.loc == ("participation_oriented",)
    risk = dict(living_alone=True, health_loss=False, psychosocial_or_psychiatric_problems=False, low_income=False)
    with pytest.raises(steun.ValidationError) as info:
        steun.isolation_risk_groups(**risk, age=True)  # type: ignore[arg-type]
    assert info.value.loc == ("age",)
    with pytest.raises(steun.ValidationError):
        steun.isolation_risk_groups(**risk, age=2**70)
    assert steun.isolation_risk_groups(**risk, age=80).to_dict()["risk_groups"][-1] == "aged_80_or_older"


def test_unknown_keys_are_not_echoed() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.isolation_classify({"persistence": "threatened", "participation_oriented": True, "Jan Jansen": 1})
    e = info.value
    assert e.errors()[0]["kind"] == "unknown_field" and e.loc == ()
    assert "Jansen" not in str(e) and "Jansen" not in repr(e.errors())


def test_batch_reports_every_bad_item() -> None:
    good = steun.example("urgency.assess")
    bad1 = {**good, "duration": "lang"}
    bad2 = {**good, "scope": {**good["scope"], "persons": 0}}
    with pytest.raises(steun.ValidationError) as info:
        steun.assess_urgency_many([good, bad1, good, bad2])
    locs = [i["loc"] for i in info.value.errors()]
    assert locs == [(1, "duration"), (3, "scope", "persons")]
    assert str(info.value).startswith("2 of 4 requests are bad; [1].duration: ")
    out = steun.urgency_assess_batch(inputs=[good, bad1])
    assert out.errors == 1 and out.items[0].error is None and out.items[1].result is None
    assert out.items[1].error["issues"][0]["path"] == "duration"
    assert out.items[0].result == steun.urgency_assess(good)


def test_python_m_steun_runs_operations(tmp_path: pathlib.Path) -> None:
    req = tmp_path / "req.json"
    req.write_text('{"bsn": "111222333"}', encoding="utf-8")
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "steun", *a], capture_output=True, text=True, **kw)
    assert run("run", "bsn.check", str(req)).stdout == '{"answer":true}\n'
    assert run("run", "bsn.check", input='{"bsn": "1"}').stdout == '{"answer":false}\n'
    assert run("ops").stdout.split() == NAMES
    bad = run("run", "bsn.check", input='{"bsn": 1}')
    assert bad.returncode == 1 and "wrong_type at bsn" in bad.stderr


def test_stubs_name_every_native_function() -> None:
    stub = (ROOT / "bindings" / "python" / "python" / "steun" / "_steun.pyi").read_text(encoding="utf-8")
    native = [n for n in dir(_steun) if not n.startswith("__") and callable(getattr(_steun, n))]
    missing: List[str] = [n for n in native if f"def {n}(" not in stub and f"class {n}" not in stub]
    assert missing == []


def test_generated_files_are_current() -> None:
    out = subprocess.run([str(ROOT / "scripts" / "regenerate"), "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
