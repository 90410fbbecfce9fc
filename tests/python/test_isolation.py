"""The isolation typology from Python: typed results, the helpers, bad input, and the
same JSON as the core writes for the inputs of the shared case file."""

import json
import pathlib

import pytest

import steun

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "data" / "isolation_cases.json"

# The typology table written out from the seed (002:4235-4405), independent of the library.
TABLE = {
    ("threatened", True): ("actives", "Actieven", 1),
    ("threatened", False): ("sheltered", "Geborgenen", 1),
    ("situational", True): ("left_behind", "Achterblijvers", 2),
    ("situational", False): ("dependents", "Afhankelijken", 2),
    ("structural_complex", True): ("compensators", "Compenseerders", 3),
    ("structural_complex", False): ("outsiders", "Buitenstaanders", 3),
    ("structural_psychiatric", True): ("hopefuls", "Hoopvollen", 4),
    ("structural_psychiatric", False): ("survivors", "Overlevers", 4),
}
ROWS = {
    1: ["remove_participation_barriers", "preventive_intervention", "referral_to_group_activities", "volunteer_match"],
    2: [
        "remove_participation_barriers",
        "individual_professional_guidance",
        "volunteer_match",
        "referral_to_activities",
        "referral_to_specialist_help",
    ],
    3: ["solve_practical_problems", "professional_monitoring"],
    4: [
        "solve_practical_problems",
        "daily_functioning_guidance",
        "emotional_psychosocial_support",
        "referral_to_specialist_help",
        "specialised_volunteer",
        "professional_safety_net",
    ],
}


@pytest.mark.parametrize("cell", sorted(TABLE))
def test_every_cell(cell):
    persistence, oriented = cell
    code, dutch, category = TABLE[cell]
    r = steun.classify_isolation(persistence=persistence, participation_oriented=oriented)
    assert isinstance(r, steun.IsolationResult)
    assert r.instrument == "machielse-hortulanus-2011"
    assert r.instrument_version == steun.INSTRUMENTS["machielse-hortulanus-2011"]
    assert r.type is steun.IsolationType(code)
    assert r.category == category
    assert r.label.nl == dutch
    assert [i.code for i in r.interventions] == ROWS[category]
    assert r.participation_interventions_realistic is (category <= 2)
    assert r.network_case is (category >= 3)
    d = r.to_dict()
    assert d["type"] == code and d["interventions"] == ROWS[category]


def test_input_forms_agree():
    want = steun.classify_isolation(persistence="structural_complex", participation_oriented=True)
    assert steun.classify_isolation({"persistence": "structural_complex", "participation_oriented": True}) == want
    obj = steun.IsolationInput(persistence=steun.Persistence.STRUCTURAL_COMPLEX, participation_oriented=True)
    assert steun.classify_isolation(obj) == want
    assert want.type is steun.IsolationType.COMPENSATORS
    assert want.trajectory.length is steun.TrajectoryLength.LONG
    assert want.volunteer is steun.Volunteer.NONE
    with pytest.raises(TypeError):
        steun.classify_isolation(obj, persistence="threatened")
    with pytest.raises(steun.ValidationError) as info:
        steun.classify_isolation(42)  # type: ignore[arg-type]
    assert info.value.errors()[0]["kind"] == "wrong_type"


@pytest.mark.parametrize(
    "kwargs, loc, needle",
    [
        ({"persistence": "Jan Jansen", "participation_oriented": True}, ("persistence",),
         "allowed: threatened, situational, structural_complex, structural_psychiatric"),
        ({"persistence": "threatened"}, ("participation_oriented",), "missing required field"),
        ({"persistence": "threatened", "participation_oriented": True, "naam": "Jan"}, (),
         "allowed fields: persistence, participation_oriented"),
        ({"persistence": "threatened", "participation_oriented": "ja"}, ("participation_oriented",), "(true or false)"),
    ],
)
def test_bad_input_names_the_field(kwargs, loc, needle):
    with pytest.raises(steun.ValidationError) as info:
        steun.classify_isolation(**kwargs)
    assert info.value.loc == loc
    assert needle in info.value.errors()[0]["msg"]
    assert "Jan" not in str(info.value) and "naam" not in str(info.value)


def test_decision_helper():
    def decide(psy, complex_, structural, event):
        return steun.decide_isolation_persistence(
            psychiatric_or_psychogeriatric=psy,
            complex_problems=complex_,
            structural=structural,
            caused_by_event_or_situation=event,
        )

    assert decide(True, False, None, True).persistence is steun.Persistence.STRUCTURAL_PSYCHIATRIC
    assert decide(True, False, True, True).persistence is steun.Persistence.STRUCTURAL_PSYCHIATRIC
    assert decide(False, False, True, True).rule is steun.PersistenceRule.STRUCTURAL
    assert decide(False, True, None, True).rule is steun.PersistenceRule.COMPLEX_PROBLEMS
    # The helper never contradicts the caller's own "not structural" (typology 2.0.0).
    for psy, complex_ in [(True, False), (False, True), (True, True)]:
        with pytest.raises(steun.ValidationError) as bad:
            decide(psy, complex_, False, True)
        assert bad.value.loc == ("structural",)
        assert "contradicts" in bad.value.errors()[0]["msg"]
    assert decide(False, False, False, True).persistence is steun.Persistence.SITUATIONAL
    d = decide(False, False, False, False)
    assert (d.persistence, d.category) == (steun.Persistence.THREATENED, 1)
    assert "library's reading" in d.explanation.en
    with pytest.raises(steun.ValidationError) as info:
        steun.decide_isolation_persistence(structural=True)
    assert info.value.loc[0] in {"psychiatric_or_psychogeriatric", "complex_problems", "caused_by_event_or_situation"}


def test_intervention_check():
    r = steun.check_isolation_interventions(
        type=steun.IsolationType.SURVIVORS,
        interventions=[steun.Intervention.SPECIALISED_VOLUNTEER, "remove_participation_barriers"],
    )
    assert [(f.index, f.intervention.code, f.kind.code) for f in r.findings] == [
        (1, "remove_participation_barriers", "not_suggested"),
        (1, "remove_participation_barriers", "unrealistic"),
    ]
    assert r.findings[1].source == "002:4409-4418"
    ok = steun.check_isolation_interventions({"type": "left_behind", "interventions": ["referral_to_activities"]})
    assert ok.findings == ()
    with pytest.raises(steun.ValidationError) as info:
        steun.check_isolation_interventions(type="outsiders", interventions=["bingo"])
    assert info.value.loc == ("interventions", 0)


def test_risk_groups_and_types():
    r = steun.isolation_risk_groups(
        {"living_alone": False, "health_loss": True, "psychosocial_or_psychiatric_problems": True,
         "low_income": False, "age": 80}
    )
    assert [g.code for g in r.risk_groups] == ["health_loss", "psychosocial_or_psychiatric", "aged_80_or_older"]
    assert [g.code for g in steun.RiskGroup] == [
        "living_alone", "health_loss", "psychosocial_or_psychiatric", "low_income", "aged_80_or_older"
    ]
    types = steun.isolation_types().types
    assert [t.type.code for t in types] == [TABLE[k][0] for k in sorted(TABLE, key=lambda k: (TABLE[k][2], not k[1]))]
    info = steun.isolation_type_info(type=steun.IsolationType.OUTSIDERS)
    assert (info.category, info.orientation, info.participation_oriented) == (3, steun.Orientation.NOT_ORIENTED, False)
    assert steun.reference("isolation_types")[5]["type"] == "outsiders"
    with pytest.raises(steun.ValidationError) as bad:
        steun.isolation_type_info(type="nope")
    assert bad.value.errors()[0]["kind"] == "unknown_code"


def _inputs():
    """(operation, input) per line of the shared case file."""
    out = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            case = json.loads(line.rstrip(","))
            out.append(("isolation." + case["function"], case["input"]))
    return out


PY = {
    "isolation.classify": lambda d: steun.classify_isolation(d),
    "isolation.decide_persistence": lambda d: steun.decide_isolation_persistence(d),
    "isolation.check_interventions": lambda d: steun.check_isolation_interventions(d),
    "isolation.risk_groups": lambda d: steun.isolation_risk_groups(d),
}


def test_same_json_as_the_core_for_the_case_file():
    cases = _inputs()
    assert len(cases) == 18
    for op, data in cases:
        got = PY[op](data)
        assert got.to_json() == steun.call_json(op, json.dumps(data)), op
        assert got.instrument == "machielse-hortulanus-2011"
