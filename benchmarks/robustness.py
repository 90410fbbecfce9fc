#!/usr/bin/env python3
"""Robustness measurement: bad inputs through every surface, counted as the issue 14 review
counted them (docs/fuzzing.md, "The robustness harness").

Seeds are every operation's example request from the core's registry (`steun ops --json`),
plus one `document.validate` request per document kind that an example request or response
gives. Every string leaf of a seed is tainted with the marker "Jansen 123456782 diabetes: "
where the request stays valid; then each seed is mutated (leaf values, object keys, size and
nesting, number literals, text-level damage, odd names) and sent through

- Python: `steun.call` (dicts) and `steun.call_json` (text),
- C: `steun_call` in libsteun.so through ctypes, in a child process so that a real crash is
  counted and the run goes on,
- the CLI: a sample through `steun run OP` and the curated commands, document on stdin, plus
  stray arguments.

An error output (exception attributes, last error message/path/JSON, stderr and stdout of a
failed command) that holds "123456782", "Jansen" or "diabetes" is an echo: a field-name echo
when the marker was a key the mutation added, another echo otherwise. A response to an
accepted request may hold the marker (free text is part of the answer) and is not searched.
A crash is an exception that is not a steun error, STEUN_STATUS_PANIC, a dead process, or an
exit code other than 0/1/2.

Then, per operation, the size mutations and the worst cases of docs/limits.md are timed in a
child process through the C ABI: the slowest call in ms and the peak RSS above the child's
start in MB.

    python3 benchmarks/robustness.py [--quick] [--seed N]

Exits 1 when any crash or echo is found. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.environ.get("STEUN_LIB", os.path.join(ROOT, "target", "release", "libsteun.so"))
CLI = os.environ.get("STEUN_CLI", os.path.join(ROOT, "target", "release", "steun"))

TAINT = "Jansen 123456782 diabetes: "
CODE_TAINTS = ("Jansen123456782", "Jansen-123456782")
MARKERS = ("123456782", "Jansen", "diabetes")
KEY_MARKERS = ("Jansen 123456782", "123456782")

# The review's 19 wrong values for a leaf.
WRONG_VALUES: List[Any] = [
    123456782, "Jansen 123456782", {"Jansen 123456782": None}, ["Jansen 123456782"], True, None, 1.5, -1,
    2**64, 1e308, -0.0, "", " ", 0, 1.0, 2**32, -(2**63) - 1, "\u0000Jansen", "Jansen\ud800",
]
NUMBER_LITERALS = ["NaN", "Infinity", "1e400", "01", "1.", ".5", "+1", "0x10", "1e2", "1.0", "-0", str(2**64), "1E0"]
ODD_NAMES = [
    "Jansen 123456782", "123456782", "Jansen123456782", "Jansen-123456782", "diabetes", "", " ", "\u0000",
    "Jansen\u0000123456782", "Jansen\ud800", "x" * 100_000 + "Jansen", "2026-02-30 Jansen", "0000-00-00",
    "9999-99-99T123456782", "1e400", "-1", "null", "{}", "[]", "urgency.assess Jansen", "../123456782",
    "Jansen\n123456782", "URGENCY.ASSESS", "%s%n123456782", "\ufeffJansen",
]
STATUS_PANIC = 99
# Larger documents (responses such as the catalogue) are left out as validate seeds.
MAX_DOC_SEED = 20_000

Path = Tuple[Any, ...]
# A case: (operation, payload, payload is text, the marker keys the mutation added)
Case = Tuple[str, Any, bool, Tuple[str, ...]]


# ---------------------------------------------------------------------------------------
# The C library, for the seeds, the C surface and the worst-case timings.


class Lib:
    def __init__(self, path: str = LIB) -> None:
        lib = ctypes.CDLL(path)
        lib.steun_call.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        lib.steun_call.restype = ctypes.c_int
        lib.steun_last_error_message.restype = ctypes.c_char_p
        lib.steun_last_error_path.restype = ctypes.c_char_p
        lib.steun_last_error_json.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
        lib.steun_last_error_json.restype = ctypes.c_int
        lib.steun_ops_json.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
        lib.steun_string_free.argtypes = [ctypes.c_void_p]
        self.lib = lib

    def _take(self, p: ctypes.c_void_p) -> bytes:
        if not p.value:
            return b""
        s = ctypes.string_at(p.value)
        self.lib.steun_string_free(p)
        return s

    def call(self, op: bytes, request: bytes) -> Tuple[int, bytes, bytes]:
        """(status, response, error output: message, path and JSON)."""
        out = ctypes.c_void_p()
        status = self.lib.steun_call(op, request, ctypes.byref(out))
        if status == 0:
            return status, self._take(out), b""
        msg = self.lib.steun_last_error_message() or b""
        path = self.lib.steun_last_error_path() or b""
        ej = ctypes.c_void_p()
        self.lib.steun_last_error_json(ctypes.byref(ej))
        return status, b"", msg + b"\n" + path + b"\n" + self._take(ej)

    def ops(self) -> List[Dict[str, Any]]:
        out = ctypes.c_void_p()
        self.lib.steun_ops_json(ctypes.byref(out))
        return json.loads(self._take(out))


def dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, allow_nan=True)


def to_bytes(payload: Any, is_text: bool) -> bytes:
    text = payload if is_text else json.dumps(payload, allow_nan=True)
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------
# Seeds


def walk(v: Any, path: Path = ()) -> Iterator[Tuple[Path, Any]]:
    yield path, v
    if isinstance(v, dict):
        for k, x in v.items():
            yield from walk(x, path + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from walk(x, path + (i,))


def get(v: Any, path: Path) -> Any:
    for p in path:
        v = v[p]
    return v


def replaced(root: Any, path: Path, new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    out: Any = dict(root) if isinstance(root, dict) else list(root)
    out[head] = replaced(root[head], rest, new)
    return out


def transformed(root: Any, path: Path, fn: Any) -> Any:
    """`root` with the node at `path` replaced by fn(node)."""
    return replaced(root, path, fn(get(root, path)))


def taint(lib: Lib, op: str, seed: Any) -> Any:
    """Every string leaf that can carry the marker (or a code-shaped one) carries it."""
    opb = op.encode()
    for path, v in list(walk(seed)):
        if not isinstance(v, str):
            continue
        for new in (TAINT + v, *CODE_TAINTS):
            cand = replaced(seed, path, new)
            if lib.call(opb, to_bytes(cand, False))[0] == 0:
                seed = cand
                break
    return seed


def seeds(lib: Lib) -> List[Tuple[str, str, Any]]:
    """(label, operation, tainted request): every example, and one validate per kind."""
    out: List[Tuple[str, str, Any]] = []
    docs: Dict[str, Any] = {}
    for o in lib.ops():
        out.append((o["name"], o["name"], o["example"]))
        docs.setdefault(o["request"], o["example"])
        status, resp, _ = lib.call(o["name"].encode(), to_bytes(o["example"], False))
        if status == 0:
            docs.setdefault(o["response"], json.loads(resp))
    for kind in sorted(docs):
        req = {"kind": kind, "document": docs[kind]}
        if len(json.dumps(req)) > MAX_DOC_SEED:
            continue
        if lib.call(b"document.validate", to_bytes(req, False))[0] == 0:
            out.append(("validate:" + kind, "document.validate", req))
    return [(label, op, taint(lib, op, req)) for label, op, req in out]


# ---------------------------------------------------------------------------------------
# Mutations


def ser(v: Any, path: Path, target: Path, fn: Any, here: Path = ()) -> str:
    """Compact JSON text of `v`, with the node at `target` written by fn(node)."""
    if here == target:
        return fn(v)
    if isinstance(v, dict):
        return "{" + ",".join(json.dumps(k) + ":" + ser(x, path, target, fn, here + (k,)) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ",".join(ser(x, path, target, fn, here + (i,)) for i, x in enumerate(v)) + "]"
    return json.dumps(v, allow_nan=True)


def nested(depth: int, inner: Any = 0) -> Any:
    for _ in range(depth):
        inner = [inner]
    return inner


def mutations(op: str, seed: Any, rng: random.Random, max_nodes: int, big: bool = True) -> Iterator[Case]:
    """The review's mutations, at `max_nodes` nodes of the seed chosen with `rng` (all
    when there are fewer)."""
    nodes = list(walk(seed))
    if len(nodes) > max_nodes:
        keep = sorted(rng.sample(range(len(nodes)), max_nodes))
        nodes = [nodes[i] for i in keep]
    text = json.dumps(seed)
    # Leaves: 19 wrong values, through the dict path and as text.
    for path, v in nodes:
        if isinstance(v, (dict, list)) and v:
            continue
        for w in WRONG_VALUES:
            m = replaced(seed, path, w)
            yield op, m, False, ()
            yield op, json.dumps(m), True, ()
    # Objects: unknown keys, renamed, removed and duplicated keys.
    for path, v in nodes:
        if not isinstance(v, dict):
            continue
        for key in KEY_MARKERS:
            m = transformed(seed, path, lambda o, key=key: {**o, key: TAINT + "x"})
            yield op, m, False, (key,)
            yield op, json.dumps(m), True, (key,)
        for k in v:
            ren = transformed(seed, path, lambda o, k=k: {("Jansen 123456782" if kk == k else kk): x for kk, x in o.items()})
            yield op, ren, False, ("Jansen 123456782",)
            yield op, transformed(seed, path, lambda o, k=k: {kk: x for kk, x in o.items() if kk != k}), False, ()
            for before in (True, False):
                for same in (True, False):

                    def dup(o: Dict[str, Any], k: str = k, before: bool = before, same: bool = same) -> str:
                        extra = json.dumps(k) + ":" + (json.dumps(o[k]) if same else json.dumps(TAINT + "x"))
                        items = [json.dumps(kk) + ":" + json.dumps(x) for kk, x in o.items()]
                        return "{" + ",".join([extra] + items if before else items + [extra]) + "}"

                    yield op, ser(seed, path, path, dup), True, ()
    # Size and nesting.
    for path, v in nodes:
        if isinstance(v, list) and v and big:
            yield op, replaced(seed, path, v * 2000), False, ()
        if isinstance(v, str):
            if big:
                yield op, replaced(seed, path, (TAINT * 40_000)[:1_000_000]), False, ()
            yield op, replaced(seed, path, v + "\u0000"), False, ()
            yield op, replaced(seed, path, "e\u0301" + v), False, ()
        if path and not isinstance(v, (dict, list)):
            for d in (120, 200):
                yield op, ser(seed, path, path, lambda _x, d=d: "[" * d + json.dumps(TAINT) + "]" * d), True, ()
    yield op, "[" * 129 + "]" * 129, True, ()
    yield op, dumps(nested(129, seed)), True, ()
    # Number literals.
    for path, v in nodes:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            for lit in NUMBER_LITERALS:
                yield op, ser(seed, path, path, lambda _x, lit=lit: lit), True, ()
    # Text-level damage.
    for marker in MARKERS:
        at = text.find(marker)
        if at >= 0:
            cut = at + len(marker)
            yield op, text[:cut], True, ()
            yield op, text[:cut] + '"' + text[cut:], True, ()
            yield op, text[:cut] + "\\q" + text[cut:], True, ()
            yield op, text[:cut] + "\n" + text[cut:], True, ()
    for t in (
        "\ufeff" + text, text + " Jansen 123456782", text + text, " \n\t" + text, "", "null",
        "/* Jansen 123456782 */" + text, text.replace('"', "'"), text[:-1], text + "}",
        '{"Jansen 123456782": }', "Jansen 123456782", text.encode("utf-8") + b"\xff Jansen",
        b"\xed\xa0\x80 Jansen 123456782",
    ):
        yield op, t, True, ()


def odd_name_cases() -> Iterator[Case]:
    for name in ODD_NAMES:
        yield name, {}, False, ()
        yield name, "{}", True, ()


# ---------------------------------------------------------------------------------------
# Checking outputs


def echoed(out: str, keys: Sequence[str]) -> Optional[str]:
    """None, "field" or "other"."""
    if not any(m in out for m in MARKERS):
        return None
    rest = out.replace(TAINT, "")
    if keys and any(k in rest for k in keys):
        return "field"
    return "other"


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.inputs = self.refused = self.field = self.other = self.crash = 0
        self.codes: Dict[Any, int] = {}
        self.findings: List[str] = []

    def add(self, refused: bool, echo: Optional[str], crash: bool, code: Any, what: str) -> None:
        self.inputs += 1
        self.refused += refused
        self.codes[code] = self.codes.get(code, 0) + 1
        if echo == "field":
            self.field += 1
        elif echo == "other":
            self.other += 1
        if crash:
            self.crash += 1
        if (echo or crash) and len(self.findings) < 20:
            self.findings.append(what)

    def row(self) -> str:
        return f"| {self.name} | {self.inputs:,} | {self.refused:,} | {self.field:,} | {self.other:,} | {self.crash:,} |"


def short(x: Any, n: int = 300) -> str:
    r = repr(x)
    return r if len(r) <= n else r[:n] + f"... ({len(r)} chars)"


# ---------------------------------------------------------------------------------------
# Python


def exception_text(e: BaseException, seen: Optional[set] = None) -> str:
    seen = seen if seen is not None else set()
    if id(e) in seen:
        return ""
    seen.add(id(e))
    parts = [str(e), repr(e), repr(e.args)]
    for attr in ("errors", "loc", "code", "object", "path", "msg"):
        try:
            a = getattr(e, attr)
            parts.append(repr(a() if callable(a) else a))
        except Exception:  # noqa: BLE001 - searching, not judging
            pass
    for inner in (e.__cause__, e.__context__):
        if inner is not None:
            parts.append(exception_text(inner, seen))
    return "\n".join(parts)


def run_python(cases: Sequence[Case]) -> Tuple[Tally, Tally]:
    import steun

    by_dict, by_text = Tally("Python `steun.call` (dicts)"), Tally("Python `steun.call_json` (text)")
    for op, payload, is_text, keys in cases:
        tally = by_text if is_text else by_dict
        try:
            if is_text:
                steun.call_json(op, payload)
            else:
                steun.call(op, payload)
            tally.add(False, None, False, "ok", "")
        except steun.SteunError as e:
            internal = isinstance(e, steun.InternalError)
            out = exception_text(e)
            tally.add(True, echoed(out, keys), internal, type(e).__name__, f"{op} {short(payload)} -> {short(out)}")
        except Exception as e:  # noqa: BLE001 - a crash-class finding
            out = exception_text(e)
            tally.add(True, echoed(out, keys), True, type(e).__name__, f"{op} {short(payload)} -> {type(e).__name__}: {short(out)}")
    return by_dict, by_text


# ---------------------------------------------------------------------------------------
# C, in child processes


def c_worker(infile: str, outfile: str, start: int) -> None:
    with open(infile, "rb") as f:
        items: List[Tuple[bytes, bytes]] = pickle.load(f)
    lib = Lib()
    with open(outfile, "a", encoding="utf-8") as out:
        for i in range(start, len(items)):
            op, req = items[i]
            status, _, err = lib.call(op, req)
            out.write(json.dumps([i, status, err.decode("utf-8", "replace")]) + "\n")
            out.flush()


def run_c(cases: Sequence[Case]) -> Tally:
    tally = Tally("C ABI `steun_call` (ctypes)")
    items = []
    for op, payload, is_text, _ in cases:
        opb = op.encode("utf-8", "surrogatepass")
        req = to_bytes(payload, is_text)
        # A C string ends at the first NUL: the C surface cannot be given one.
        items.append((opb.split(b"\0")[0], req.split(b"\0")[0]))
    with tempfile.TemporaryDirectory() as d:
        infile, outfile = os.path.join(d, "in.pickle"), os.path.join(d, "out.jsonl")
        with open(infile, "wb") as f:
            pickle.dump(items, f)
        results: Dict[int, Tuple[int, str]] = {}
        start = 0
        while start < len(items):
            p = subprocess.run([sys.executable, __file__, "--c-worker", infile, outfile, str(start)])
            with open(outfile, encoding="utf-8") as f:
                for line in f:
                    i, status, err = json.loads(line)
                    results[i] = (status, err)
            if p.returncode == 0:
                break
            dead = max(results) + 1 if results else start
            results[dead] = (-abs(p.returncode) if p.returncode else -1, f"process died: {p.returncode}")
            start = dead + 1
    for i, (op, payload, is_text, keys) in enumerate(cases):
        status, err = results[i]
        crash = status == STATUS_PANIC or status < 0
        what = f"{op} {short(payload)} -> status {status}: {short(err)}"
        tally.add(status != 0, echoed(err, keys) if status != 0 else None, crash, status, what)
    return tally


# ---------------------------------------------------------------------------------------
# CLI

CURATED = {"signals.attach_urgency": ["signal", "report"]}


def cli_argv(op: str, payload: Any, is_text: bool, i: int) -> Tuple[List[str], bytes]:
    fmt = ["--error-format", "json"] if i % 2 else []
    data = to_bytes(payload, is_text)
    if i % 3 == 1 and op in CURATED:
        return [CLI, *fmt, *CURATED[op]], data
    if i % 3 == 1 and op == "document.validate" and not is_text and isinstance(payload, dict) and "document" in payload:
        kind = payload.get("kind")
        if isinstance(kind, str) and "\0" not in kind:
            return [CLI, *fmt, "validate", kind.encode("utf-8", "surrogatepass").decode("utf-8", "replace")], to_bytes(payload["document"], False)
    if i % 3 == 1 and op == "cases.list" and not is_text and isinstance(payload, dict) and "case_list" in payload:
        return [CLI, *fmt, "case", "list"], to_bytes(payload["case_list"], False)
    name = op.split("\0")[0].encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return [CLI, *fmt, "run", name], data


STRAY = [
    ["signal", "report", "123456782"], ["signal", "report", "Jansen 123456782"], ["case", "list", "Jansen 123456782"],
    ["validate", "Jansen 123456782"], ["validate", "personal_profile", "Jansen 123456782.json"], ["run", "Jansen 123456782"],
    ["run", "urgency.assess", "123456782"], ["labels", "Jansen 123456782"], ["schema", "Jansen 123456782"],
    ["urgency", "Jansen 123456782"], ["isolation", "classify", "--persistence", "Jansen 123456782"],
    ["plan", "render", "Jansen 123456782"], ["patterns", "find", "123456782"], ["case", "list", "--status", "Jansen"],
    ["case", "list", "--band", "123456782"], ["client-code", "--key-file", "Jansen 123456782"],
    ["client-code", "--key-file", "/dev/null", "--kind", "Jansen"], ["ops", "Jansen 123456782"], ["Jansen 123456782"],
    ["--error-format", "Jansen 123456782", "ops"], ["run", "--Jansen-123456782"], ["demo", "123456782"],
]


def run_cli(cases: Sequence[Case], odd: Sequence[str]) -> Tally:
    tally = Tally("CLI `steun`")
    jobs: List[Tuple[List[str], bytes, Tuple[str, ...], str]] = []
    for i, (op, payload, is_text, keys) in enumerate(cases):
        argv, data = cli_argv(op, payload, is_text, i)
        jobs.append((argv, data, keys, f"{' '.join(argv[1:])[:120]} <<< {short(payload)}"))
    for i, extra in enumerate(STRAY + [["run", n] for n in odd] + [["validate", n] for n in odd] + [["signal", "report", n] for n in odd]):
        extra = [a.split("\0")[0].encode("utf-8", "surrogatepass").decode("utf-8", "replace") for a in extra]
        fmt = ["--error-format", "json"] if i % 2 else []
        jobs.append(([CLI, *fmt, *extra], b"{}", ("Jansen 123456782", "123456782"), " ".join(extra)[:200]))

    def one(job: Tuple[List[str], bytes, Tuple[str, ...], str]) -> Tuple[int, str, Tuple[str, ...], str]:
        argv, data, keys, what = job
        p = subprocess.run(argv, input=data, capture_output=True, timeout=120)
        return p.returncode, (p.stdout + b"\n" + p.stderr).decode("utf-8", "replace"), keys, what

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for code, out, keys, what in ex.map(one, jobs):
            crash = code not in (0, 1, 2) or "panicked" in out
            tally.add(code != 0, echoed(out, keys) if code != 0 else None, crash, code, f"{what} -> exit {code}: {short(out)}")
    return tally


# ---------------------------------------------------------------------------------------
# Worst case time and memory per operation (C ABI, a child process per operation)


def documented(op: str) -> Iterator[Tuple[str, Any]]:
    """The worst cases named in docs/limits.md, where they are easy to build."""
    if op == "patterns.find":
        theme = lambda j: f"t{j:03d}" + "x" * 60  # noqa: E731 - 64 characters
        frags = [{"respondent": f"R-{r:04d}", "kind": "need", "themes": [theme(j) for j in range(k, min(k + 32, 141))], "text": "x"} for r in range(36) for k in range(0, 141, 32)]
        yield "36 x 141 themes, K=1", {"fragments": frags, "min_respondents": 1}
        frags = [{"respondent": f"R-{r:04d}", "kind": "need", "themes": [f"t{j}" for j in range(k, min(k + 32, 1000))], "text": "x"} for r in range(100) for k in range(0, 1000, 32)]
        yield "100 x 1000 themes, K=1", {"fragments": frags, "min_respondents": 1}
    if op == "urgency.assess_batch":
        yield "100,000 bad items {}", {"inputs": [{}] * 100_000}


def worst_inputs(op: str, seed: Any, quick: bool) -> Iterator[Tuple[str, bytes]]:
    for path, v in walk(seed):
        where = ".".join(map(str, path)) or "(root)"
        if isinstance(v, list) and v:
            yield f"{where} x2000", json.dumps(replaced(seed, path, v * 2000)).encode()
        if isinstance(v, str):
            yield f"{where} 1M chars", json.dumps(replaced(seed, path, "x" * 1_000_000)).encode()
        if path and not isinstance(v, (dict, list)):
            yield f"{where} depth 200", ser(seed, path, path, lambda _x: "[" * 200 + "0" + "]" * 200).encode()
        if quick:
            break
    yield "depth 129 at the root", ("[" * 129 + "]" * 129).encode()
    for what, req in documented(op):
        if op == "patterns.find" and quick and "1000" in what:
            continue
        yield what, json.dumps(req).encode()


def worst_worker(op: str, seedfile: str, quick: bool) -> None:
    with open(seedfile, "rb") as f:
        seed = pickle.load(f)
    lib = Lib()
    opb = op.encode()
    # ru_maxrss survives execve (the parent's peak): read this process's own from /proc.
    base = vm("VmRSS")
    worst_ms, worst_what, n = 0.0, "", 0
    for what, req in worst_inputs(op, seed, quick):
        t = time.perf_counter()
        lib.call(opb, req)
        ms = (time.perf_counter() - t) * 1000
        n += 1
        if ms > worst_ms:
            worst_ms, worst_what = ms, what
    peak = vm("VmHWM")
    print(json.dumps({"n": n, "ms": worst_ms, "what": worst_what, "mb": (peak - base) / 1024, "peak_mb": peak / 1024}))


def vm(field: str) -> int:
    """A field of /proc/self/status in kB (VmRSS now, VmHWM the peak of this process)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_worst(seed_list: Sequence[Tuple[str, str, Any]], quick: bool) -> List[Tuple[str, Dict[str, Any]]]:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for label, op, seed in seed_list:
            if label.startswith("validate:") and quick:
                continue
            seedfile = os.path.join(d, "seed.pickle")
            with open(seedfile, "wb") as f:
                pickle.dump(seed, f)
            argv = [sys.executable, __file__, "--worst-worker", op, seedfile] + (["--quick"] if quick else [])
            p = subprocess.run(argv, capture_output=True, text=True)
            if p.returncode != 0:
                rows.append((label, {"n": 0, "ms": 0.0, "what": f"child died: {p.returncode} {p.stderr[-200:]}", "mb": 0.0}))
            else:
                rows.append((label, json.loads(p.stdout.strip().splitlines()[-1])))
    return rows


# ---------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a small sample (under a minute)")
    ap.add_argument("--seed", type=int, default=14, help="the random seed of the samples")
    ap.add_argument("--cli-sample", type=int, default=None, help="CLI inputs to sample (default 3000, --quick 150)")
    ap.add_argument("--no-worst", action="store_true", help="skip the per-operation worst-case table")
    ap.add_argument("--c-worker", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--worst-worker", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.c_worker:
        c_worker(a.c_worker[0], a.c_worker[1], int(a.c_worker[2]))
        return 0
    if a.worst_worker:
        worst_worker(a.worst_worker[0], a.worst_worker[1], a.quick)
        return 0

    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    t0 = time.time()
    rng = random.Random(a.seed)
    lib = Lib()
    seed_list = seeds(lib)
    # Per seed: the mutations at up to N nodes, then at most M of them, chosen with --seed.
    max_nodes, per_seed_max = (4, 30) if a.quick else (40, 800)
    cases: List[Case] = []
    for label, op, seed in seed_list:
        ms = list(mutations(op, seed, rng, max_nodes, big=not a.quick))
        cases += ms if len(ms) <= per_seed_max else rng.sample(ms, per_seed_max)
    odd = list(odd_name_cases())
    cases += odd
    cli_n = a.cli_sample if a.cli_sample is not None else (150 if a.quick else 3000)
    cli_cases = rng.sample(cases, min(cli_n, len(cases)))
    odd_names = [n for n in ODD_NAMES if len(n) < 1000]

    tallies: List[Tally] = []
    try:
        tallies += list(run_python(cases))
    except ImportError:
        print("(Python surface skipped: the steun module is not installed)", file=sys.stderr)
    tallies.append(run_c(cases))
    tallies.append(run_cli(cli_cases, odd_names))
    worst = [] if a.no_worst else run_worst(seed_list, a.quick)

    print(f"robustness: {len(seed_list)} seeds ({sum(1 for s in seed_list if s[0].startswith('validate:'))} of them validate:<kind>), "
          f"{'quick' if a.quick else 'full'} run, --seed {a.seed}")
    print()
    print("| surface | inputs | refused | field-name echo | other echo | crash or panic |")
    print("|---|---|---|---|---|---|")
    for t in tallies:
        print(t.row())
    print()
    for t in tallies:
        seen = ", ".join(f"{k}: {v:,}" for k, v in sorted(t.codes.items(), key=lambda kv: str(kv[0])))
        label = "exit codes" if t.name.startswith("CLI") else ("statuses" if t.name.startswith("C ") else "outcomes")
        print(f"{t.name} {label}: {seen}")
    if worst:
        print()
        print("| operation (seed) | inputs | worst ms | worst input | peak RSS above start, MB |")
        print("|---|---|---|---|---|")
        for label, r in worst:
            print(f"| {label} | {r['n']} | {r['ms']:.1f} | {r['what']} | {r['mb']:.1f} |")
    bad = [t for t in tallies if t.field or t.other or t.crash]
    for t in bad:
        print()
        print(f"findings, {t.name} (first {len(t.findings)}):")
        for f in t.findings:
            print("  " + f)
    print()
    print(f"wall time {time.time() - t0:.1f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
