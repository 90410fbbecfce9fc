"""The foundation's Python API: enums, documents, schemas, errors."""

import json
import subprocess
import sys

import pytest

import steun
from steun import _steun


def test_enums_are_python_enums_in_the_seed_order():
    codes = [d.code for d in steun.Dimension]
    assert codes == [
        "emotional_wellbeing",
        "interpersonal_relations",
        "material_wellbeing",
        "personal_development",
        "physical_wellbeing",
        "self_determination",
        "social_inclusion",
        "rights",
    ]
    assert steun.Dimension.SOCIAL_INCLUSION.label("nl") == "Sociale inclusie"
    assert steun.Dimension.SOCIAL_INCLUSION.label("en") == "Social inclusion"
    assert steun.LifeDomain("housing") is steun.LifeDomain.HOUSING
    assert steun.LifeDomain.HOUSING == "housing"
    assert [r.code for r in steun.SolutionRing] == ["own_strength", "social_network", "general_provision", "individual_provision"]
    with pytest.raises(steun.NotFoundError):
        steun.Dimension.RIGHTS.label("de")


def test_every_catalogue_enum_is_exported_with_every_label():
    for name, members in _steun.enum_catalogue():
        cls = getattr(steun, name)
        assert [m.code for m in cls] == [code for code, _, _ in members]
        for member, (code, nl, en) in zip(cls, members):
            assert (member.label("nl"), member.label("en")) == (nl, en)


def test_profile_round_trips(data_dir):
    text = (data_dir / "bram_profile.json").read_text(encoding="utf-8")
    p = steun.PersonalProfile.from_json(text)
    assert p.client == "K-0027"
    assert p.domains[0].domain is steun.LifeDomain.HOUSING
    assert p.important_wishes[0] == "Mijn huishouden op orde"
    assert steun.PersonalProfile.from_json(p.to_json()) == p
    assert steun.PersonalProfile.from_dict(p.to_dict()) == p
    assert json.loads(p.to_json()) == json.loads(text)


def test_keyword_construction_and_equality():
    row = steun.GridRow(dimension=steun.Dimension.RIGHTS, wishes=["stemmen"])
    grid = steun.AssessmentGrid(rows=[row, {"dimension": "social_inclusion"}])
    assert grid.rows[1].dimension is steun.Dimension.SOCIAL_INCLUSION
    assert grid.rows[1].wishes == ()
    assert grid == steun.AssessmentGrid.from_dict(grid.to_dict())
    assert grid != steun.AssessmentGrid(rows=[row])
    with pytest.raises(AttributeError):
        grid.rows = ()  # type: ignore[misc]
    changed = grid.replace(rows=[row])
    assert changed == steun.AssessmentGrid(rows=[row])
    assert changed.rows[0].wishes == ("stemmen",) and changed.rows[0].needed_support == ()


def test_repr_is_readable_and_keeps_personal_text_out():
    row = steun.GridRow(dimension="rights", wishes=["Bram wil stemmen"])
    text = repr(row)
    assert text == "GridRow(dimension=Dimension.RIGHTS, ...)"
    assert "Bram" not in repr(steun.PersonalProfile.from_dict({"client": "K-0027", "domains": []}))


@pytest.mark.parametrize(
    "doc, loc, needle",
    [
        ({"domains": [{"domain": "wonen"}]}, ("domains", 0, "domain"), "allowed: housing, work"),
        # The unknown key is never echoed: the path ends at the object that holds it.
        ({"domains": [], "naam": "Bram"}, (), "allowed fields: client, domains, important_wishes"),
        ({"domains": [{"domain": "work", "wishes": [3]}]}, ("domains", 0, "wishes", 0), "expected a string"),
        ({"domains": "x"}, ("domains",), "got a string, expected an array"),
        # serde_json alone would read {"code": null} as the code; the schemas allow strings only.
        ({"domains": [{"domain": {"housing": None}}]}, ("domains", 0, "domain"), "expected one of: housing, work"),
        ({}, ("domains",), "missing required field"),
        ({"client": "Jan Jansen", "domains": []}, ("client",), "pseudonymous client code"),
    ],
)
def test_bad_input_names_the_field(doc, loc, needle):
    with pytest.raises(steun.ValidationError) as info:
        steun.PersonalProfile.from_dict(doc)
    err = info.value
    assert err.loc == loc
    assert err.errors()[0]["loc"] == loc
    assert needle in err.errors()[0]["msg"]
    assert isinstance(err, steun.SteunError)
    assert "Jansen" not in str(err) and "wonen" not in str(err) and "naam" not in str(err)


def test_constructor_errors_name_the_field():
    # A grid row is a part of a document: the core checks it inside the grid.
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid(rows=[steun.GridRow(dimension="nope")])
    assert info.value.loc == ("rows", 0, "dimension")
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid(rows=[{"dimension": "rights"}, {"dimension": "rights"}])
    assert info.value.loc == ("rows", 1, "dimension")
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid(rows=[steun.GridRow(dimension="rights", wishes="not a list")])
    assert info.value.loc == ("rows", 0, "wishes")
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid(rows=[], notes=[])  # type: ignore[call-arg]
    assert info.value.errors()[0]["kind"] == "unknown_field"
    with pytest.raises(steun.ValidationError) as info:
        steun.GridRow.from_json("[]")
    assert info.value.errors()[0]["kind"] == "wrong_type"


def test_malformed_json_is_a_validation_error():
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessmentGrid.from_json('{"rows": [')
    assert info.value.code == "syntax"
    with pytest.raises(steun.ValidationError):
        steun.AssessmentGrid.from_json(b"\xff")


def test_schemas():
    assert set(steun.schema_names()) >= {"assessment_grid", "personal_profile"}
    s = steun.schema("personal_profile")
    assert s["title"] == "PersonalProfile"
    assert s["additionalProperties"] is False
    with pytest.raises(steun.NotFoundError):
        steun.schema("nope")


def test_reference_and_validate():
    dims = steun.reference("dimensions")
    assert [d["code"] for d in dims] == [d.code for d in steun.Dimension]
    assert dims[2]["monitored_variables"]["nl"] == ["eigendom", "bezittingen", "werk"]
    with pytest.raises(steun.NotFoundError):
        steun.reference("nope")
    assert steun.validate("assessment_grid", '{"rows": []}') == {"rows": []}


def test_version_and_module_name():
    assert steun.__version__ == _steun.__version__
    assert _steun.__name__ == "steun._steun"


def test_errors_hierarchy():
    for cls in (steun.ValidationError, steun.NotFoundError, steun.TransitionError, steun.LimitError, steun.InternalError):
        assert issubclass(cls, steun.SteunError)
        assert issubclass(cls, Exception)
    assert issubclass(steun.LimitError, steun.ValidationError)
    assert issubclass(steun.ValidationError, ValueError) and issubclass(steun.NotFoundError, LookupError)


def test_python_m_steun_documents_itself(data_dir):
    run = lambda *a: subprocess.run([sys.executable, "-m", "steun", *a], capture_output=True, text=True)
    helptext = run("--help")
    assert helptext.returncode == 0
    for cmd in ("run", "ops", "labels", "schema", "validate", "reference"):
        assert cmd in helptext.stdout
    ok = run("validate", "personal_profile", str(data_dir / "bram_profile.json"))
    assert ok.returncode == 0, ok.stderr
    labels = run("labels", "Dimension", "--lang", "nl")
    assert "Sociale inclusie" in labels.stdout


def test_every_public_function_has_a_doctest_example():
    import inspect

    missing = [
        name
        for name in steun.__all__
        if inspect.isfunction(getattr(steun, name)) and ">>>" not in (getattr(steun, name).__doc__ or "")
    ]
    assert missing == []
