"""The urgency instrument from Python: typed and dict input, errors with loc, batches, the
combinations against rules written out here, and byte-identical JSON with the CLI and C."""

import itertools
import json
import pathlib
import subprocess

import pytest

import steun

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Independent rules (002:3959-4006; 5-6 consultation is the library's interpretation).
RISK = {"none": 0, "moderate": 1, "severe": 2, "unknown": None}
DURATION = {"incidental": 0, "structural_under_half_year": 1, "structural_over_half_year": 2, "unknown": None}
SCOPES = [
    ((1, False, False), "individual", 0),
    ((2, False, False), "several_persons", 1),
    ((1, True, False), "minor", 2),
    ((1, False, True), "over_75", 2),
    ((3, True, True), "minor", 2),
]


def band_of(score):
    if score <= 4:
        return ("information_advice", "no_action", "information_advice_support")
    if score <= 6:
        return ("consultation", "team_consultation", "information_advice_support_feedback")
    if score <= 9:
        return ("professional_services", "professional_services", "information_advice_support_feedback")
    return ("crisis", "crisis_report", "information_advice_support_feedback")


def make(s, h, w, scope, d):
    persons, minors, old = scope
    return {
        "risks": {"safety": s, "health": h, "wellbeing": w},
        "scope": {"persons": persons, "minors_involved": minors, "over_75_involved": old},
        "duration": d,
    }


WIDOW = make("none", "moderate", "moderate", (1, False, True), "unknown")


def test_every_combination_against_the_independent_rules():
    cases = []
    for s, h, w, d in itertools.product(RISK, RISK, RISK, DURATION):
        for scope, answer, points in SCOPES:
            cases.append((make(s, h, w, scope, d), [RISK[s], RISK[h], RISK[w], points, DURATION[d]], [s, h, w, answer, d]))
    results = steun.assess_urgency_many([c[0] for c in cases])
    assert len(results) == 4 * 4 * 4 * 4 * len(SCOPES)
    for (inp, pts, answers), r in zip(cases, results):
        lo = sum(0 if p is None else p for p in pts)
        hi = sum(2 if p is None else p for p in pts)
        # 2.0.0: the band of the known evidence; the worst case is the band of hi.
        band, report, reporter = band_of(lo)
        assert (r.score, r.score_min, r.score_max, r.max_score) == (lo, lo, hi, 10), inp
        assert (r.band.code, r.report_action.code, r.reporter_action.code) == (band, report, reporter), inp
        assert r.worst_band.code == band_of(hi)[0], inp
        assert r.needs_consultation == (None in pts), inp
        assert r.band.code != "crisis" or None not in pts, inp
        assert [c.criterion.code for c in r.breakdown] == ["safety", "health", "wellbeing", "scope", "duration"]
        assert [c.answer.code for c in r.breakdown] == answers
        assert [c.points for c in r.breakdown] == pts
        assert [c.points_max for c in r.breakdown] == [2 if p is None else p for p in pts]


def test_the_widow_of_78_dict_and_typed():
    # 002:4056-4070: moderate risk to health and wellbeing, over 75, duration not told.
    r = steun.assess_urgency(WIDOW)
    # The known evidence: "nog niet ernstig"; the unknown duration asks for consultation; the
    # worst case is the 5-6 band, marked as the library's reading (U1).
    assert (r.score, r.score_min, r.score_max) == (4, 4, 6)
    assert r.band is steun.UrgencyBand.INFORMATION_ADVICE
    assert r.worst_band is steun.UrgencyBand.CONSULTATION
    assert r.report_action is steun.UrgencyReportAction.NO_ACTION
    assert r.needs_consultation is True
    assert "Onbekend: Duur." in r.explanation.nl and "Unknown: Duration." in r.explanation.en
    assert "score 6, band Consultation" in r.explanation.en and "(interpretation U1" in r.explanation.en
    assert r.breakdown[4].points is None and r.breakdown[4].answer is steun.UrgencyAnswer.UNKNOWN
    typed = steun.UrgencyInput(
        risks=steun.UrgencyRisks(safety=steun.UrgencyRisk.NONE, health="moderate", wellbeing="moderate"),
        scope=steun.UrgencyScope(persons=1, minors_involved=False, over_75_involved=True),
        duration=steun.UrgencyDuration.UNKNOWN,
    )
    assert steun.assess_urgency(typed) == r
    assert typed == steun.UrgencyInput.from_dict(WIDOW) == steun.UrgencyInput.from_json(json.dumps(WIDOW))
    assert typed.to_dict() == WIDOW
    assert typed.scope.persons == 1 and typed.risks.health is steun.UrgencyRisk.MODERATE
    assert "Gezondheid: Matig risico, 1 punt." in r.explanation.nl
    assert "UrgencyBand.INFORMATION_ADVICE" in repr(r) and "worst_band=UrgencyBand.CONSULTATION" in repr(r)
    d = r.to_dict()
    assert d["explanation"]["en"] == r.explanation.en
    assert d["breakdown"][4] == {"criterion": "duration", "answer": "unknown", "points": None, "points_min": 0, "points_max": 2}
    assert steun.UrgencyResult.from_dict(d) == r
    assert steun.UrgencyResult.from_json(r.to_json()) == r
    with pytest.raises(AttributeError):
        r.score = 3  # type: ignore[misc]


def test_unknowns_about_a_child_are_no_crisis():
    # Issue 17's review case: every answer unknown, a child involved. 1.0.0 made it a crisis
    # report; 2.0.0 takes the band of the known 2 points, asks for consultation and shows
    # the worst case (002:3945-3948, 4139-4141).
    r = steun.assess_urgency(make("unknown", "unknown", "unknown", (1, True, False), "unknown"))
    assert (r.score, r.score_max) == (2, 10)
    assert r.band is steun.UrgencyBand.INFORMATION_ADVICE
    assert r.report_action is not steun.UrgencyReportAction.CRISIS_REPORT
    assert r.worst_band is steun.UrgencyBand.CRISIS
    assert r.needs_consultation is True
    report = {
        "reported_on": "2012-03-01", "reporter": "neighbour", "network": "outside",
        "client": "ID-ZG43-9PSD-QSXB-KJVQ", "signals": [{"kind": "loneliness"}],
        "tried_before": [], "discussed_with_client": False,
        "urgency": make("unknown", "unknown", "unknown", (1, True, False), "unknown"),
    }
    a = steun.attach_urgency(report)
    assert a.route.code == "consult_team" and a.urgency.worst_band is steun.UrgencyBand.CRISIS


def test_stored_1_0_0_results_read_and_verify():
    cases = json.loads((ROOT / "tests" / "data" / "urgency_cases.json").read_text(encoding="utf-8"))
    old = json.loads((ROOT / "tests" / "data" / "urgency_expected_1.0.0.json").read_text(encoding="utf-8"))
    for inp, stored in zip(cases, old):
        r = steun.UrgencyResult.from_dict(stored)
        assert r.instrument_version == "1.0.0" and r.worst_band is None
        v = steun.call("result.verify", {"op": "urgency.assess", "request": inp, "response": stored})
        assert v["matches"] is True and v["instrument_version"] == "1.0.0", v
    bad = dict(old[0], instrument_version="1.7.0")
    with pytest.raises(steun.ValidationError) as info:
        steun.UrgencyResult.from_dict(bad)
    assert info.value.loc == ("instrument_version",)


@pytest.mark.parametrize(
    "change, loc, needle",
    [
        (lambda d: d["scope"].update(persons=0), ("scope", "persons"), "from 1 to 4294967295"),
        (lambda d: d["scope"].update(persons=-2), ("scope", "persons"), "from 1 to 4294967295"),
        (lambda d: d["scope"].update(persons=True), ("scope", "persons"), "got a boolean"),
        (lambda d: d["scope"].update(persons=1.5), ("scope", "persons"), "got a number, expected an integer"),
        (lambda d: d["risks"].update(health="Jansen"), ("risks", "health"), "allowed: none, moderate, severe, unknown"),
        (lambda d: d.update(duration="lang"), ("duration",), "allowed: incidental"),
        (lambda d: d.update(naam="Jansen"), (), "allowed fields: risks, scope, duration"),
        (lambda d: d.pop("duration"), ("duration",), "missing required field"),
        (lambda d: d["scope"].update(minors_involved=1), ("scope", "minors_involved"), "(true or false)"),
        (lambda d: d.update(risks="x"), ("risks",), "got a string, expected an object"),
    ],
)
def test_errors_name_the_field(change, loc, needle):
    d = json.loads(json.dumps(WIDOW))
    change(d)
    with pytest.raises(steun.ValidationError) as info:
        steun.assess_urgency(d)
    assert info.value.loc == loc
    assert needle in info.value.errors()[0]["msg"]
    assert "Jansen" not in str(info.value) and "lang" not in str(info.value).replace("allowed", "")
    with pytest.raises(steun.ValidationError) as info:
        steun.assess_urgency_many([WIDOW, WIDOW, d])
    assert info.value.loc == (2,) + loc
    with pytest.raises(steun.ValidationError) as info:
        steun.UrgencyInput(**d)
    assert info.value.loc == loc


def test_batch_equals_single_and_accepts_mixed_inputs():
    inputs = json.loads((ROOT / "tests" / "data" / "urgency_cases.json").read_text())
    typed = [steun.UrgencyInput.from_dict(i) for i in inputs]
    mixed = [x if n % 2 else t for n, (x, t) in enumerate(zip(inputs, typed))]
    batch = steun.assess_urgency_many(mixed)
    assert batch == [steun.assess_urgency(i) for i in inputs]
    assert steun.assess_urgency_many(iter(typed)) == batch
    assert steun.assess_urgency_many([]) == []


def test_custom_bands():
    table = {
        "bands": [
            {"band": "information_advice", "score_from": 0, "score_to": 6, "report_action": "no_action", "reporter_action": "information_advice_support"},
            {"band": "crisis", "score_from": 7, "score_to": 10, "report_action": "crisis_report", "reporter_action": "information_advice_support_feedback"},
        ]
    }
    r = steun.assess_urgency(WIDOW, bands=table)
    assert r.band is steun.UrgencyBand.INFORMATION_ADVICE
    assert steun.assess_urgency(WIDOW, bands=json.dumps(table)) == r
    assert steun.assess_urgency(WIDOW, bands=steun.UrgencyBandTable.from_dict(table)) == r
    assert steun.assess_urgency_many([WIDOW], bands=table) == [r]
    assert steun.assess_urgency_many([WIDOW], bands=json.dumps(table)) == [r]
    text = json.dumps({"input": WIDOW, "bands": table})
    assert '"band":"information_advice"' in steun.call_json("urgency.assess_with_bands", text)
    default = steun.default_urgency_bands()
    assert [(b.band.code, b.score_from, b.score_to) for b in default.bands] == [
        ("information_advice", 0, 4), ("consultation", 5, 6), ("professional_services", 7, 9), ("crisis", 10, 10)]
    assert steun.assess_urgency(WIDOW, bands=default) == steun.assess_urgency(WIDOW)
    bad = json.loads(json.dumps(table))
    bad["bands"][1]["score_from"] = 8
    with pytest.raises(steun.ValidationError) as info:
        steun.assess_urgency(WIDOW, bands=bad)
    assert info.value.loc == ("bands", "bands", 1, "score_from")
    with pytest.raises(steun.ValidationError) as info:
        steun.UrgencyBandTable.from_dict(bad)
    assert info.value.loc == ("bands", 1, "score_from")


def _cli():
    for profile in ("release", "debug"):
        exe = ROOT / "target" / profile / "steun"
        if exe.exists():
            return exe
    pytest.skip("the steun CLI is not built")


def test_same_json_as_the_cli_and_the_expected_file():
    cases = ROOT / "tests" / "data" / "urgency_cases.json"
    expected = (ROOT / "tests" / "data" / "urgency_expected.json").read_text(encoding="utf-8")
    cli = subprocess.run([str(_cli()), "urgency", "assess", str(cases)], capture_output=True, text=True, check=True)
    assert cli.stdout == expected
    inputs = json.loads(cases.read_text(encoding="utf-8"))
    python = "[" + ",".join(steun.assess_urgency(i).to_json() for i in inputs) + "]\n"
    assert python == expected
    assert "[" + ",".join(r.to_json() for r in steun.assess_urgency_many(inputs)) + "]\n" == expected
    for i in inputs:
        one = subprocess.run([str(_cli()), "urgency", "assess"], input=json.dumps(i), capture_output=True, text=True, check=True)
        assert one.stdout == steun.assess_urgency(i).to_json() + "\n"


def test_schemas_and_stub_names():
    assert {"urgency_input", "urgency_result", "urgency_band_table"} <= set(steun.schema_names())
    assert steun.schema("urgency_result")["title"] == "UrgencyResult"
    for name in ("urgency_assess", "urgency_assess_with_bands", "urgency_assess_batch", "urgency_default_bands"):
        assert name in steun.__all__ and callable(getattr(steun, name)), name


def test_assessments_latest_decides_and_disagreements():
    # The widow of 78 (example): two assessors disagree on 1 March; a reassessment on 8 March
    # is lower than the override and decides (issue 17; 002:4019-4021, 4139-4142).
    r = steun.urgency_review_assessments(steun.example("urgency.review_assessments"))
    assert (r.latest, r.band, r.overridden) == (2, steun.UrgencyBand.INFORMATION_ADVICE, False)
    assert [d.assessments for d in r.disagreements] == [(0, 1)]
    ex = steun.example("urgency.review_assessments")
    ex = json.loads(ex) if isinstance(ex, str) else ex
    ex["assessments"][1]["band_override"]["reason"] = " "
    with pytest.raises(steun.ValidationError) as info:
        steun.urgency_review_assessments(ex)
    assert info.value.loc == ("assessments", 1, "band_override", "reason")
    case = steun.case_assess(steun.example("case.assess"))
    assert case.urgency_band is steun.UrgencyBand.CONSULTATION and len(case.assessments) == 1
