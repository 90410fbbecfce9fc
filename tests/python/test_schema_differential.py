"""The JSON Schemas and the parser agree, on generated documents, for every document kind.

- Every document the schema accepts, the parser accepts (its types; the document rules that a
  schema cannot state, such as "one row per dimension", are checked apart: rules=False).
- Every document the parser accepts, the schema accepts: checked on mutations of
  schema-valid documents (a field dropped, added, retyped), which the parser must then
  reject exactly when the schema does.

One deliberate difference (interpretation F5): JSON Schema counts a number with a zero
fraction (``1.0``) as an integer; steun does not coerce it and rejects it where an integer is
required. The mutations therefore use floats with a fraction only, and a separate test pins
the difference down.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_strategy import from_schema

import steun
from steun import _steun

KINDS = steun.schema_names()


def test_every_kind_is_covered() -> None:
    # Guards the parametrised tests below from passing vacuously on an empty list.
    assert len(KINDS) >= 38 and {"assessment_grid", "support_case", "urgency_input", "case_list"} <= set(KINDS)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


def validator(kind: str) -> jsonschema.protocols.Validator:
    schema = steun.schema(kind)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def parser_accepts(kind: str, doc: Any) -> bool:
    try:
        _steun.validate_json(kind, json.dumps(doc), rules=False)
        return True
    except steun.ValidationError:
        return False


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> Any:
    """A schema-valid document with one random change somewhere inside it."""
    doc = draw(from_schema(steun.schema(kind)))
    paths = []

    def walk(node: Any, path: tuple) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + (i,))

    walk(doc, ())
    path = draw(st.sampled_from(paths))
    replacement = draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
            st.text(max_size=8),
            st.sampled_from(["", "rights", "housing", "2012-02-30", "2012-02-29", "K-01"]),
            st.lists(st.text(max_size=3), max_size=2),
            st.dictionaries(st.sampled_from(["x", "rows", "domains", "dimension"]), st.integers(), max_size=2),
        )
    )
    if not path:
        return replacement
    parent = doc
    for p in path[:-1]:
        parent = parent[p]
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    last = path[-1]
    if action == "drop" and isinstance(parent, dict):
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=6))] = replacement
    else:
        parent[last] = replacement
    return doc


@pytest.mark.parametrize("kind", KINDS)
def test_what_the_schema_accepts_the_parser_accepts(kind: str) -> None:
    check = validator(kind)

    @SETTINGS
    @given(from_schema(steun.schema(kind)))
    def run(doc: Any) -> None:
        assert check.is_valid(doc)
        assert parser_accepts(kind, doc), json.dumps(doc)[:500]

    run()


@pytest.mark.parametrize("kind", KINDS)
def test_the_parser_and_the_schema_agree_on_mutations(kind: str) -> None:
    check = validator(kind)

    @SETTINGS
    @given(mutated(kind))
    def run(doc: Any) -> None:
        assert parser_accepts(kind, doc) == check.is_valid(doc), json.dumps(doc)[:500]

    run()


def test_integral_floats_are_not_integers_for_steun() -> None:
    doc = {"living_alone": False, "health_loss": False, "age": 80.0, "low_income": False,
           "psychosocial_or_psychiatric_problems": False}
    assert validator("risk_group_input").is_valid(doc)
    assert not parser_accepts("risk_group_input", doc)
    assert parser_accepts("risk_group_input", {**doc, "age": 80})
