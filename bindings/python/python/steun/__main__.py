"""``python -m steun``: a small command line over the Python API.

Run ``python -m steun --help`` for the commands. The full command line is the ``steun``
binary (crates/steun-cli); this one is for Python installs without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

import steun
from steun import _steun


def _labels(args: argparse.Namespace) -> int:
    for name, members in _steun.enum_catalogue():
        if args.enum and name != args.enum:
            continue
        print(name)
        for code, nl, en in members:
            label = {"nl": nl, "en": en}.get(args.lang or "", f"{nl} | {en}")
            print(f"  {code:<34} {label}")
    if args.enum and args.enum not in {n for n, _ in _steun.enum_catalogue()}:
        print(f"error: unknown enum; allowed: {', '.join(n for n, _ in _steun.enum_catalogue())}", file=sys.stderr)
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    names = [args.name] if args.name else steun.schema_names()
    out = {n: steun.schema(n) for n in names}
    print(json.dumps(out[args.name] if args.name else out, indent=2, ensure_ascii=False))
    return 0


def _validate(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.file in (None, "-") else open(args.file, encoding="utf-8").read()
    try:
        steun.validate(args.kind, text)
    except steun.ValidationError as e:
        for err in getattr(e, "errors", []):
            loc = ".".join(str(p) for p in err["loc"]) or "(root)"
            print(f"error: {err['type']}: {err['msg']}\n  at: {loc}", file=sys.stderr)
        return 1
    print(f"valid {args.kind}")
    return 0


def _reference(args: argparse.Namespace) -> int:
    print(json.dumps(steun.reference(args.name), indent=2, ensure_ascii=False))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m steun", description=(steun.__doc__ or "").splitlines()[0])
    parser.add_argument("--version", action="version", version=f"steun {steun.__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("labels", help="list the codes and Dutch/English labels of the enums")
    p.add_argument("enum", nargs="?", help="an enum's name, e.g. Dimension")
    p.add_argument("--lang", choices=["nl", "en"])
    p.set_defaults(run=_labels)
    p = sub.add_parser("schema", help="print the JSON Schema of a document kind (all when left out)")
    p.add_argument("name", nargs="?", choices=steun.schema_names())
    p.set_defaults(run=_schema)
    p = sub.add_parser("validate", help="check a JSON document; exit 1 with the errors and their paths")
    p.add_argument("kind", choices=steun.schema_names())
    p.add_argument("file", nargs="?", help="the JSON file (standard input when left out)")
    p.set_defaults(run=_validate)
    p = sub.add_parser("reference", help="print a reference set of the sources")
    p.add_argument("name", choices=steun.reference_names())
    p.set_defaults(run=_reference)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except steun.SteunError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
