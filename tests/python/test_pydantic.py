"""steun document classes as fields of pydantic v2 models (issue 16, item 4): validated once by
the core, dumped as their wire dicts, errors as pydantic errors with steun's paths and never
the input, and the core's JSON Schema inside the model's."""

import json
from typing import List, Optional

import pytest

import steun

pydantic = pytest.importorskip("pydantic")
jsonschema = pytest.importorskip("jsonschema")

from pydantic import BaseModel  # noqa: E402

SIGNAL = steun.example("urgency.assess")
CASE = steun.example("plan.validate")


class Intake(BaseModel):
    signal: steun.UrgencyInput
    case: Optional[steun.SupportCase] = None
    earlier: List[steun.UrgencyInput] = []


def test_a_dict_json_text_or_instance_gives_the_same_document():
    from_dict = Intake(signal=SIGNAL).signal
    from_text = Intake(signal=json.dumps(SIGNAL)).signal
    from_doc = Intake(signal=steun.UrgencyInput.from_dict(SIGNAL)).signal
    assert type(from_dict) is steun.UrgencyInput
    assert from_dict == from_text == from_doc
    assert from_dict.to_dict() == SIGNAL
    # An instance of the class is kept as it is, not read again.
    doc = steun.UrgencyInput.from_dict(SIGNAL)
    assert Intake(signal=doc).signal is doc


def test_model_validate_json_reads_nested_documents():
    text = json.dumps({"signal": SIGNAL, "case": CASE, "earlier": [SIGNAL, SIGNAL]})
    m = Intake.model_validate_json(text)
    assert type(m.case) is steun.SupportCase
    assert m.case.to_dict() == steun.SupportCase.from_dict(CASE).to_dict()
    assert [e.to_dict() for e in m.earlier] == [SIGNAL, SIGNAL]


def test_dump_is_the_wire_dict_in_python_and_json_mode():
    m = Intake(signal=SIGNAL, case=CASE)
    case = steun.SupportCase.from_dict(CASE).to_dict()
    assert m.model_dump() == {"signal": SIGNAL, "case": case, "earlier": []}
    assert json.loads(m.model_dump_json()) == {"signal": SIGNAL, "case": case, "earlier": []}
    # The dump reads back to an equal model.
    assert Intake.model_validate_json(m.model_dump_json()) == m


def test_a_bad_code_is_a_pydantic_error_at_steuns_path_without_the_value():
    bad = {**SIGNAL, "risks": {**SIGNAL["risks"], "safety": "Jan Jansen"}}
    with pytest.raises(pydantic.ValidationError) as e:
        Intake(signal=bad)
    (err,) = e.value.errors()
    assert err["type"] == "steun_unknown_code"
    assert err["loc"] == ("signal", "risks", "safety")
    assert err["msg"] == "unknown code; allowed: none, moderate, severe, unknown"
    assert err["input"] == "<not shown>"
    assert "Jan Jansen" not in str(e.value)
    assert "Jan Jansen" not in repr(e.value.errors())


def test_an_unknown_key_is_reported_without_echoing_it():
    key = "123456782 Jan Jansen"
    with pytest.raises(pydantic.ValidationError) as e:
        Intake(signal={**SIGNAL, key: 1})
    (err,) = e.value.errors()
    assert err["type"] == "steun_unknown_field"
    assert err["loc"] == ("signal",)
    assert "allowed fields: risks, scope, duration" in err["msg"]
    for shown in (str(e.value), repr(e.value.errors()), e.value.json()):
        assert "123456782" not in shown and "Jansen" not in shown


def test_every_problem_of_a_document_is_listed():
    bad = {"risks": {"safety": "x", "health": "y", "wellbeing": "moderate"}, "scope": SIGNAL["scope"]}
    with pytest.raises(pydantic.ValidationError) as e:
        Intake(signal=bad)
    got = sorted((err["loc"], err["type"]) for err in e.value.errors())
    assert got == [
        (("signal", "duration"), "steun_missing"),
        (("signal", "risks", "health"), "steun_unknown_code"),
        (("signal", "risks", "safety"), "steun_unknown_code"),
    ]


def test_a_value_of_the_wrong_type_is_a_pydantic_error():
    with pytest.raises(pydantic.ValidationError) as e:
        Intake(signal=42)
    (err,) = e.value.errors()
    assert err["loc"] == ("signal",)
    assert err["type"] == "steun_wrong_type"
    assert err["msg"] == "got a number, expected an object"
    assert err["input"] == "<not shown>"


def test_steun_schema_of_a_kind_and_of_its_class_are_the_cores():
    core = steun.call("document.schema", {"name": "urgency_input"})
    assert steun.schema("urgency_input") == core
    assert steun.schema(steun.UrgencyInput) == core
    assert core["$id"].endswith("/urgency_input.json")
    assert core["additionalProperties"] is False
    assert set(core["required"]) == {"risks", "scope", "duration"}


def test_a_part_class_gets_its_definition_rooted_at_itself():
    part = steun.schema(steun.UrgencyRisks)
    assert part["title"] == "UrgencyRisks"
    assert part["$id"].endswith("/urgency_input/UrgencyRisks.json")
    assert set(part["properties"]) == {"safety", "health", "wellbeing"}
    jsonschema.Draft202012Validator(part).validate(SIGNAL["risks"])


def test_steun_schema_refuses_what_is_not_a_document():
    with pytest.raises(TypeError):
        steun.schema(int)  # type: ignore[arg-type]


def test_the_models_json_schema_embeds_the_core_schema_and_validates_a_dump():
    schema = Intake.model_json_schema()
    signal = schema["properties"]["signal"]
    assert signal["$id"] == steun.schema("urgency_input")["$id"]
    assert "$schema" not in signal

    def refs(v):
        if isinstance(v, dict):
            for k, x in v.items():
                if k == "$ref":
                    yield x
                else:
                    yield from refs(x)
        elif isinstance(v, list):
            for x in v:
                yield from refs(x)

    # Every reference inside the embedded schema names its own resource.
    assert all(r.startswith(signal["$id"] + "#") for r in refs(signal))
    validator = jsonschema.Draft202012Validator(schema)
    dump = json.loads(Intake(signal=SIGNAL, case=CASE, earlier=[SIGNAL]).model_dump_json())
    validator.validate(dump)
    bad = {**dump, "signal": {**SIGNAL, "duration": "forever"}}
    assert not validator.is_valid(bad)
