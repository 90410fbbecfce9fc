"""Support plans from Python: typed findings, rendering, the Wmo application, versions."""

from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any, Dict

import pytest

import steun

ROOT = pathlib.Path(__file__).resolve().parents[2]
BRAM = (ROOT / "examples" / "data" / "bram_case.json").read_text(encoding="utf-8")


def minimal() -> Dict[str, Any]:
    return {
        "client": "K-0001",
        "plans": [
            {
                "client": "K-0001",
                "version": 1,
                "drawn_up": "2013-01-10",
                "evaluation_date": "2013-04-10",
                "goals": [
                    {"id": "g", "result": "Opgeruimd huis", "priority": 1, "term": "short",
                     "personal_preferences": ["Vaste plek"]}
                ],
                "worksheets": [
                    {"goal": "g", "best": 1, "second_best": 2, "options": [
                        {"description": "Zelf", "ring": "own_strength"},
                        {"description": "Zus", "ring": "social_network"}]}
                ],
                "steps": [{"activity": "Opruimen", "goal": "g", "own": ["Ruimt op"]}],
            }
        ],
    }


def test_bram_is_clean_and_typed() -> None:
    case = steun.SupportCase.from_json(BRAM)
    assert steun.validate_case(case) == []
    assert steun.validate_case(BRAM) == []
    assert steun.plan_validate(BRAM).findings == ()
    assert case.plans[0].drawn_up == datetime.date(2012, 3, 5)
    helper = case.plans[0].steps[2].others[0]
    assert helper.relation is steun.Relation.FRIEND
    assert helper.relation.label("en") == "Friend"
    assert case.plans[1].steps[2].others[0].relation is steun.Relation.TEAM_MATE
    assert case.process is not None and case.process.transitions[-1].to is steun.SupportPhase.EXECUTION


def test_findings_are_typed_and_match_the_core() -> None:
    data = minimal()
    data["plans"][0]["goals"] = []
    data["plans"][0]["evaluation_date"] = None
    data["plans"][0]["steps"][0]["goal"] = None
    data["plans"][0]["worksheets"][0]["second_best"] = 1
    findings = steun.validate_case(data)
    got = [(f.code, f.severity, f.path) for f in findings]
    assert got == [
        (steun.FindingCode.NO_GOALS, steun.Severity.ERROR, "plans[0].goals"),
        (steun.FindingCode.MISSING_EVALUATION_DATE, steun.Severity.ERROR, "plans[0].evaluation_date"),
        (steun.FindingCode.UNKNOWN_GOAL_REFERENCE, steun.Severity.ERROR, "plans[0].worksheets[0].goal"),
        (steun.FindingCode.SECOND_BEST_EQUALS_BEST, steun.Severity.ERROR, "plans[0].worksheets[0].second_best"),
    ]
    assert isinstance(findings[0], steun.Finding)
    assert findings[0].message.en == "The plan has no goal: the intended result is missing."
    assert findings[0].source == "002:1626-1628, 002:1711-1713"
    assert steun.plan_has_errors(steun.plan_validate(data)).answer is True
    assert steun.validate_case(minimal()) == []


def test_has_errors_is_the_core_rule() -> None:
    data = minimal()
    data["plans"][0]["goals"][0]["personal_preferences"] = []  # a warning only
    warned = steun.plan_validate(data)
    assert [f.severity for f in warned.findings] == [steun.Severity.WARNING]
    assert steun.plan_has_errors(warned).answer is False
    assert steun.plan_has_errors(steun.plan_validate(minimal())).answer is False
    failed = steun.plan_validate({"client": "K-0001", "plans": [
        {"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]})
    assert steun.plan_has_errors(failed).answer is True
    both = failed.replace(findings=list(failed.findings) + list(warned.findings))
    assert steun.plan_has_errors(both).answer is True
    with pytest.raises(steun.ValidationError):
        steun.plan_has_errors(findings=[{"severity": "error"}])


def test_typed_functions_and_aliases_agree() -> None:
    data = minimal()
    data["plans"][0]["goals"][0]["personal_preferences"] = []
    case = steun.SupportCase.from_dict(data)
    assert list(steun.plan_validate(case).findings) == steun.validate_case(data)
    assert steun.plan_render(case=case, lang="en", part="all").text == steun.render_case(data, "en", "all")
    assert steun.plan_application(case=case) == steun.wmo_application(data)
    assert steun.plan_diff(old=case.plans[0], new=case.plans[0]) == steun.diff_plans(data["plans"][0], data["plans"][0])


@pytest.mark.parametrize(
    "edit, code",
    [
        (lambda p: p["goals"][0].update(personal_preferences=[]), "goal_without_personal_preferences"),
        (lambda p: p["goals"][0].update(wish={"source": "assessment_grid", "dimension": "rights", "number": 1}),
         "unknown_wish_reference"),
        (lambda p: p["steps"][0].update(own=[]), "step_without_actor"),
        (lambda p: p["worksheets"][0].update(best=5), "best_option_not_listed"),
        (lambda p: p.update(evaluation_date="2013-01-01"), "evaluation_before_drawn_up"),
        (lambda p: p["steps"][0].update(wmo=[{"provision": "Hulp", "ring": "individual_provision", "form": "pgb"}]),
         "wmo_claim_without_motivation"),
    ],
)
def test_same_codes_as_the_rust_tests(edit: Any, code: str) -> None:
    data = minimal()
    edit(data["plans"][0])
    assert code in [f.code.code for f in steun.validate_case(data)]


def test_bad_input_raises_with_the_path() -> None:
    data = minimal()
    data["plans"][0]["drawn_up"] = "10-01-2013"
    with pytest.raises(steun.ValidationError) as e:
        steun.validate_case(data)
    assert e.value.loc == ("plans", 0, "drawn_up")
    data = minimal()
    data["plans"][0]["steps"][0]["colour"] = "red"
    with pytest.raises(steun.ValidationError) as e:
        steun.validate_case(json.dumps(data))
    assert e.value.loc == ("plans", 0, "steps", 0)  # the unknown key itself is not echoed
    assert e.value.errors()[0]["kind"] == "unknown_field" and "colour" not in str(e.value)
    data = minimal()
    data["process"] = {"started": "2013-01-01", "transitions": [{"to": "planning", "date": "2013-01-02"}]}
    # Plan rules 2.0.0: a skipped phase is a finding on a readable case, not a parse failure.
    skipped = [f for f in steun.validate_case(data) if f.code.code == "invalid_phase_transition"]
    assert [f.path for f in skipped] == ["process.transitions[0]"]
    with pytest.raises(steun.ValidationError):
        steun.validate_case("{")


def test_rendering_both_languages() -> None:
    case = steun.SupportCase.from_json(BRAM)
    nl = steun.render_case(case, "nl", "all")
    for want in ["# PERSOONLIJK PROFIEL", "# WERKBLAD OPTIES", "**Beste optie:**", "# PLAN VAN AANPAK", "Datum evaluatie"]:
        assert want in nl
    en = steun.render_case(BRAM, "en", "plan", version=1)
    assert en.startswith("# PLAN OF ACTION") and "**Date drawn up:** 5 March 2012" in en
    out = steun.plan_render(case=case, lang="en", part="plan", version=1)
    assert (out.lang, out.part, out.format) == ("en", steun.RenderPart.PLAN, "markdown") and out.text == en
    for lang, part, loc in (("en", "nope", ("part",)), ("de", "plan", ("lang",))):
        with pytest.raises(steun.ValidationError) as info:
            steun.render_case(BRAM, lang, part)
        assert info.value.loc == loc and info.value.errors()[0]["kind"] == "unknown_code"
    html = steun.render_case(BRAM, "nl", "grid", format="html")
    assert html.startswith("<!DOCTYPE html>") and "size: A4" in html
    assert steun.render_case(BRAM, "nl", "plan", per_goal=True).count("# PLAN VAN AANPAK") == 2


def test_application_and_diff() -> None:
    case = steun.SupportCase.from_json(BRAM)
    app = steun.wmo_application(case)
    assert app.missing == ()
    assert [m.form for m in app.measures] == [steun.ProvisionForm.IN_KIND] * 2
    assert app.solution_direction[-1] is steun.SolutionRing.INDIVIDUAL_PROVISION
    old = steun.wmo_application(case, version=1)
    assert old.plan_version == 1
    d = steun.diff_plans(case.plans[0], case.plans[1])
    assert d == steun.plan_diff_versions(case=case, from_=1, to=2)
    assert [(c.kind.code, c.path) for c in d.changes] == [
        ("changed", "drawn_up"),
        ("changed", "evaluation_date"),
        ("added", "steps[2].own[1]"),
        ("removed", "steps[2].others[0]"),
        ("added", "steps[2].others[0]"),
    ]
    assert d.changes[3].before["relation"] == "friend"
    assert d.changes[4].after["relation"] == "team_mate"
