"""``python -m steun``: the operations registry from the command line, for Python installs
without the ``steun`` binary (crates/steun-cli), which has the same ``run`` and ``ops``.

Run ``python -m steun --help`` for the commands.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

import steun
from steun import _steun


def _read(path: Optional[str]) -> str:
    if path in (None, "-"):
        return sys.stdin.read()
    with open(str(path), encoding="utf-8") as f:
        return f.read()


def _run(args: argparse.Namespace) -> int:
    print(steun.call_json(args.op, _read(args.file)))
    return 0


def _ops(args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(steun.ops(), ensure_ascii=False))
    else:
        for o in steun.ops():
            print(o["name"])
    return 0


def _labels(args: argparse.Namespace) -> int:
    for name, members in _steun.enum_catalogue():
        if args.enum and name != args.enum:
            continue
        print(name)
        for code, nl, en in members:
            print(f"  {code:<34} {nl if args.lang == 'nl' else en if args.lang == 'en' else nl + ' | ' + en}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(steun.schema(args.name), indent=2, ensure_ascii=False))
    return 0


def _validate(args: argparse.Namespace) -> int:
    steun.validate(args.kind, _read(args.file))
    print(f"valid {args.kind}")
    return 0


def _reference(args: argparse.Namespace) -> int:
    print(json.dumps(steun.reference(args.name), indent=2, ensure_ascii=False))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m steun", description=(steun.__doc__ or "").splitlines()[0])
    parser.add_argument("--version", action="version", version=f"steun {steun.__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="run an operation: JSON request in (FILE or standard input), JSON response out")
    p.add_argument("op", help="the operation's name (see: ops)")
    p.add_argument("file", nargs="?", help="the request's JSON file (standard input when left out or -)")
    p.set_defaults(run=_run)
    p = sub.add_parser("ops", help="list the operations, one a line (--json: with schemas and examples)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_ops)
    p = sub.add_parser("labels", help="list the codes and Dutch/English labels of the enums")
    p.add_argument("enum", nargs="?", help="an enum's name, e.g. Dimension")
    p.add_argument("--lang", help="nl or en (both when left out)")
    p.set_defaults(run=_labels)
    p = sub.add_parser("schema", help="print the JSON Schema of a document kind")
    p.add_argument("name")
    p.set_defaults(run=_schema)
    p = sub.add_parser("validate", help="check a JSON document of a kind; exit 1 with every problem")
    p.add_argument("kind")
    p.add_argument("file", nargs="?", help="the JSON file (standard input when left out or -)")
    p.set_defaults(run=_validate)
    p = sub.add_parser("reference", help="print a reference set of the sources")
    p.add_argument("name")
    p.set_defaults(run=_reference)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except steun.SteunError as e:
        print(f"error: {e}", file=sys.stderr)
        for i in e.errors():
            print(f"  {i['kind']} at {i['path']}: {i['msg']}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
