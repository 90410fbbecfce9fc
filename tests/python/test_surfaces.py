"""Every operation gives the same answer through Rust, C, Python and the CLI.

For each operation of the registry: its example, requests generated from its request schema,
and broken variants of the example (an unknown key holding a BSN, a required field removed, a
wrong type, malformed JSON) go through

- Rust: the `replay` example (`steun::op::call`),
- C: `steun_call` and the operation's own generated function in libsteun (ctypes),
- Python: `steun.call_json` and the generated typed function's JSON path,
- the CLI: `steun --error-format json run <op> -`,

and the responses must be byte-identical; errors must list the same issues (kind, path,
message) everywhere and never contain the BSN.
"""

from __future__ import annotations

import ctypes
import json
import pathlib
import random
import subprocess
from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import steun
from schema_strategy import from_schema

ROOT = pathlib.Path(__file__).resolve().parents[2]
RELEASE = ROOT / "target" / "release"
CLI = RELEASE / "steun"
LIB = RELEASE / "libsteun.so"
BSN = "111222333"
GENERATED_PER_OP = 4

OPS: List[Dict[str, Any]] = steun.ops()


def _examples() -> List[Tuple[str, str]]:
    """(op, request text) pairs: each example, broken variants, schema-generated requests."""
    out: List[Tuple[str, str]] = []
    rng = random.Random(20261202)
    for op in OPS:
        name, example = op["name"], op["example"]
        out.append((name, json.dumps(example)))
        out.append((name, "{not json"))
        if isinstance(example, dict):
            out.append((name, json.dumps({**example, f"{BSN} Jan Jansen": 1})))
            for key in list(example)[:2]:
                out.append((name, json.dumps({k: v for k, v in example.items() if k != key})))
                out.append((name, json.dumps({**example, key: [BSN]})))
        for value in _draw(from_schema(op["request_schema"]), GENERATED_PER_OP, rng.randrange(1 << 30)):
            out.append((name, json.dumps(value)))
    return out


def _draw(strategy: st.SearchStrategy[Any], n: int, at: int) -> List[Any]:
    """Up to `n` distinct values of `strategy`, the same on every run (seeded by `at`)."""
    found: List[Any] = []

    @seed(at)
    @settings(max_examples=n * 3, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(strategy)
    def pick(v: Any) -> None:
        text = json.dumps(v, sort_keys=True)
        if len(found) < n and text not in {json.dumps(f, sort_keys=True) for f in found}:
            found.append(v)

    pick()
    return found


CASES = _examples()


def _norm_error(report: Dict[str, Any]) -> Tuple[str, List[Tuple[str, str, str]]]:
    return report["code"], [(i["kind"], i["path"], i["message"]) for i in report["issues"]]


@pytest.fixture(scope="module")
def rust_answers() -> Dict[int, Tuple[str, Any]]:
    lines = "".join(json.dumps({"op": op, "request": text}) + "\n" for op, text in CASES)
    run = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "steun", "--example", "replay", "--", "-"],
        input=lines, capture_output=True, text=True, cwd=ROOT, check=True,
    )
    answers: Dict[int, Tuple[str, Any]] = {}
    # Split on "\n" only: str.splitlines also breaks at U+0085, U+2028 and the like, which a
    # response may hold unescaped.
    for i, line in enumerate(run.stdout.rstrip("\n").split("\n")):
        # The response's own bytes sit between `{"ok":` and the closing brace.
        if line.startswith('{"ok":'):
            answers[i] = ("ok", line[len('{"ok":'):-1])
        else:
            answers[i] = ("error", _norm_error(json.loads(line)["error"]))
    assert len(answers) == len(CASES)
    return answers


@pytest.fixture(scope="module")
def lib() -> ctypes.CDLL:
    lib = ctypes.CDLL(str(LIB))
    lib.steun_call.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
    lib.steun_call.restype = ctypes.c_int
    lib.steun_last_error_json.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
    lib.steun_last_error_json.restype = ctypes.c_int
    lib.steun_string_free.argtypes = [ctypes.c_void_p]
    return lib


def _c_take(lib: ctypes.CDLL, p: ctypes.c_void_p) -> str:
    text = ctypes.string_at(p.value).decode("utf-8")
    lib.steun_string_free(p)
    return text


def _c_call(lib: ctypes.CDLL, fn: Any, args: List[bytes]) -> Tuple[str, Any]:
    out = ctypes.c_void_p()
    status = fn(*args, ctypes.byref(out))
    if status == 0:
        return "ok", _c_take(lib, out)
    err = ctypes.c_void_p()
    assert lib.steun_last_error_json(ctypes.byref(err)) == 0
    return "error", _norm_error(json.loads(_c_take(lib, err)))


def _c_op_function(lib: ctypes.CDLL, name: str) -> Any:
    # The operations whose plain name is a hand-written typed function get a `_json` suffix.
    base = "steun_" + name.replace(".", "_")
    fn = getattr(lib, base + "_json") if base in ("steun_urgency_assess", "steun_isolation_classify") else getattr(lib, base)
    fn.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
    fn.restype = ctypes.c_int
    return fn


def _py_call(name: str, text: str) -> Tuple[str, Any]:
    try:
        return "ok", steun.call_json(name, text)
    except steun.SteunError as e:
        return "error", (e.code, [(i["kind"], i["path"], i["msg"]) for i in e.errors()])


def _cli_call(name: str, text: str) -> Tuple[str, Any]:
    run = subprocess.run([str(CLI), "--error-format", "json", "run", name, "-"], input=text,
                         capture_output=True, text=True)
    if run.returncode == 0:
        return "ok", run.stdout.rstrip("\n")
    assert run.returncode == 1, run.stderr
    return "error", _norm_error(json.loads(run.stderr))


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{op}-{i}" for i, (op, _) in enumerate(CASES)])
def test_every_surface_gives_the_same_answer(index: int, rust_answers: Dict[int, Tuple[str, Any]],
                                             lib: ctypes.CDLL) -> None:
    name, text = CASES[index]
    rust = rust_answers[index]
    answers = {
        "c steun_call": _c_call(lib, lib.steun_call, [name.encode(), text.encode()]),
        "c named": _c_call(lib, _c_op_function(lib, name), [text.encode()]),
        "python": _py_call(name, text),
        "cli": _cli_call(name, text),
    }
    for surface, answer in answers.items():
        assert answer == rust, f"{surface} differs from Rust for {name}"
    for surface, answer in answers.items():
        if answer[0] == "error":
            assert BSN not in json.dumps(answer[1]), f"{surface} echoed the BSN for {name}"


def test_every_operation_is_reachable_everywhere(lib: ctypes.CDLL) -> None:
    names = [op["name"] for op in OPS]
    cli = subprocess.run([str(CLI), "ops"], capture_output=True, text=True, check=True).stdout.split()
    assert cli == names
    out = ctypes.c_void_p()
    lib.steun_ops_json.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
    assert lib.steun_ops_json(ctypes.byref(out)) == 0
    assert [o["name"] for o in json.loads(_c_take(lib, out))] == names
    for name in names:
        _c_op_function(lib, name)
        assert callable(getattr(steun, name.replace(".", "_")))
