"""A hypothesis strategy for the subset of JSON Schema (draft 2020-12) that steun's schemas use.

Kept here rather than taken from a package so the differential tests depend only on
hypothesis itself; an unsupported keyword fails loudly instead of being skipped.
"""

from __future__ import annotations

from typing import Any, Dict

from hypothesis import strategies as st

_HANDLED = {
    "$schema", "$id", "$defs", "title", "description", "default", "examples",
    "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
    "enum", "const", "oneOf", "anyOf", "$ref", "format", "pattern", "minimum", "maximum",
    "minLength", "maxLength", "x-personal-data", "uniqueItems",
}


def from_schema(root: Dict[str, Any]) -> st.SearchStrategy[Any]:
    defs = root.get("$defs", {})

    def build(s: Any) -> st.SearchStrategy[Any]:
        if s is True or not (set(s) - {"description", "default", "title", "examples", "$schema", "$id"}):
            return st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                                lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c, max_size=3),
                                max_leaves=5)
        unknown = set(s) - _HANDLED
        if unknown:
            raise NotImplementedError(f"schema keywords not supported by the test generator: {unknown}")
        if "$ref" in s:
            name = s["$ref"].rsplit("/", 1)[-1]
            return st.deferred(lambda: build(defs[name]))
        if "const" in s:
            return st.just(s["const"])
        if "enum" in s:
            return st.sampled_from(s["enum"])
        for key in ("oneOf", "anyOf"):
            if key in s:
                return st.one_of([build(o) for o in s[key]])
        t = s.get("type")
        if isinstance(t, list):
            return st.one_of([build({**s, "type": x}) for x in t])
        if t == "null":
            return st.none()
        if t == "boolean":
            return st.booleans()
        if t == "integer":
            return st.integers(min_value=s.get("minimum"), max_value=s.get("maximum"))
        if t == "number":
            return st.floats(min_value=s.get("minimum"), max_value=s.get("maximum"), allow_nan=False, allow_infinity=False)
        if t == "string":
            if s.get("format") == "date":
                return st.dates().map(lambda d: d.isoformat())
            if "pattern" in s:
                return st.from_regex(s["pattern"], fullmatch=True)
            return st.text(min_size=s.get("minLength", 0), max_size=s.get("maxLength", 12))
        if t == "array":
            return st.lists(build(s.get("items", True)), min_size=s.get("minItems", 0), max_size=min(s.get("maxItems", 4), 4))
        if t == "object":
            props = s.get("properties", {})
            required = set(s.get("required", []))
            fixed = {k: build(v) for k, v in props.items() if k in required}
            optional = {k: build(v) for k, v in props.items() if k not in required}
            extra = s.get("additionalProperties", True)
            base = st.fixed_dictionaries(fixed, optional=optional)
            if extra is False or props:
                return base
            return st.dictionaries(st.text(max_size=6), build(extra), max_size=3)
        raise NotImplementedError(f"schema not supported by the test generator: {s}")

    return build({k: v for k, v in root.items() if k != "$defs"})
