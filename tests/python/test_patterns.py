"""Demand patterns from Python: the finder (same answer as Rust and C), the life cycle,
errors with their paths and the reference sets."""

import json
import pathlib

import pytest

import steun

DATA = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data"


def fragments():
    return json.loads((DATA / "pattern_fragments.json").read_text(encoding="utf-8"))


def test_find_gives_the_cores_answer():
    found = steun.find_candidate_patterns(fragments())
    want = steun.call_json("patterns.find", json.dumps({"fragments": fragments(), "min_respondents": 3}))
    assert found.to_json() == want
    # The committed cross-language answer, apart from the instrument's stamp.
    committed = json.loads((DATA / "pattern_candidates_k3.json").read_text(encoding="utf-8"))
    assert committed["candidates"] == json.loads(want)["candidates"]


def test_find_hand_worked_answer():
    # Worked by hand in crates/steun/tests/patterns.rs: six respondents; mobility 4,
    # family+mobility 3 (family alone is left out: same respondents), religion 3.
    found = steun.find_candidate_patterns(fragments(), min_respondents=3)
    assert isinstance(found, steun.CandidatePatterns)
    assert (found.respondents, found.fragments, found.min_respondents) == (6, 12, 3)
    assert [(c.id, c.respondents) for c in found.candidates] == [
        ("mobility", 4),
        ("family+mobility", 3),
        ("religion", 3),
    ]
    m = found.candidates[0]
    assert m.share == pytest.approx(4 / 6)
    assert (m.needs, m.wants, m.demands, m.contributions) == ((0, 2, 3, 10), (1,), (5,), ())
    assert [(c.theme, c.respondents) for c in m.co_occurring] == [("family", 3)]
    assert all(c.status is steun.PatternStatus.CANDIDATE for c in found.candidates)


def test_find_accepts_generated_objects_and_json_text():
    objs = [steun.StoryFragment.from_dict(f) for f in fragments()]
    assert steun.find_candidate_patterns(objs) == steun.find_candidate_patterns(fragments())
    text = json.dumps({"fragments": fragments(), "min_respondents": 2})
    assert steun.patterns_find(text).candidates[3].id == "loneliness"
    assert steun.patterns_find(text) == steun.find_candidate_patterns(fragments(), 2)


def test_repeated_theme_by_one_respondent_counts_once_and_empty_input():
    many = [{"respondent": "R-0X", "kind": "need", "themes": ["mobility"], "text": "t"}] * 20
    assert steun.find_candidate_patterns(many, 2).candidates == ()
    one = steun.find_candidate_patterns(many, 1)
    assert [(c.id, c.respondents, len(c.needs)) for c in one.candidates] == [("mobility", 1, 20)]
    empty = steun.find_candidate_patterns([])
    assert (empty.respondents, empty.candidates) == (0, ())


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one(k):
    with pytest.raises(steun.ValidationError) as e:
        steun.find_candidate_patterns(fragments(), min_respondents=k)
    assert e.value.loc == ("min_respondents",)


def test_bad_fragments_name_the_path():
    bad = fragments()
    del bad[4]["respondent"]
    with pytest.raises(steun.ValidationError) as e:
        steun.find_candidate_patterns(bad)
    assert e.value.loc == ("fragments", 4, "respondent")
    bad = fragments()
    bad[1]["kind"] = "wens"
    with pytest.raises(steun.ValidationError) as e:
        steun.find_candidate_patterns(bad)
    assert e.value.loc == ("fragments", 1, "kind")
    assert "need, want, demand, contribution" in str(e.value)
    with pytest.raises(steun.ValidationError) as e:
        steun.patterns_find('{"fragments": [{')
    assert e.value.code == "syntax"


def test_life_cycle():
    p = steun.DemandPattern(id="nijmegen-ontmoeting", title="Ontmoeting is belangrijk")
    assert p.status is steun.PatternStatus.CANDIDATE
    no_respondents = {
        "date": "2011-10-12",
        "roles_present": ["researcher", "professional"],
        "respondents_present": 0,
        "respondents_recognising": 0,
    }
    with pytest.raises(steun.ValidationError) as e:
        steun.validate_pattern(p, no_respondents)
    assert e.value.loc == ("meeting", "roles_present")
    # A meeting record object is checked when it is built, so it cannot exist invalid.
    with pytest.raises(steun.ValidationError) as e:
        steun.MeetingRecord(**no_respondents)
    assert e.value.loc == ("roles_present",)
    with pytest.raises(steun.TransitionError):
        steun.address_pattern(p, {"date": "2011-11-01", "party": "group_itself",
                                  "actions": [{"action": "Huisbezoeken", "owner": "group_itself"}]})
    v = steun.validate_pattern(
        p, {"date": "2011-10-12", "roles_present": ["respondent"], "respondents_present": 9, "respondents_recognising": 8}
    )
    assert v.validation.respondents_recognising == 8
    with pytest.raises(steun.TransitionError):
        steun.validate_pattern(v, v.validation)
    addressing = {"date": "2011-11-01", "party": "group_itself",
                  "actions": [{"action": "Huisbezoeken", "owner": "group_itself"}]}
    # Rules 2.0.0: a validated pattern is chosen as one to address first before it is addressed.
    with pytest.raises(steun.TransitionError):
        steun.address_pattern(v, addressing)
    chosen = steun.pattern_prioritise(
        pattern=v, choice={"date": "2011-10-12", "rank": 1, "considered": 8, "chosen_by": ["respondent"]}
    )
    assert chosen.status is steun.PatternStatus.PRIORITISED and chosen.prioritisation.rank == 1
    a = steun.address_pattern(
        chosen,
        steun.Addressing(
            date="2011-11-01",
            party=steun.AddressingParty.SELF_ORGANISATION,
            actions=[steun.AgreedAction(action="Huisbezoeken", owner="self_organisation")],
        ),
    )
    assert a.status.code == "addressed" and a.addressing.why_not_the_group is None
    c = steun.close_pattern(a, steun.Closure(date="2012-06-01", result="Ontmoetingsochtend loopt"))
    assert c.status is steun.PatternStatus.CLOSED
    # A closed pattern is a valid document: building it again passes the core's checks.
    assert steun.DemandPattern.from_json(c.to_json()) == c
    with pytest.raises(steun.ValidationError) as e:
        steun.DemandPattern(id="p", title="T", status="validated")
    assert e.value.loc == ("validation",)


def test_reference_sets():
    e = steun.reference_patterns("patterns_elburg")
    assert [p.title.nl for p in e.patterns][1] == "Neem mij serieus!"
    assert e.respondents == 23
    n = steun.reference("patterns_nijmegen_migrants")
    assert len(n["patterns"]) == 8 and len(n["beacon_links"]) == 8
    with pytest.raises(steun.NotFoundError) as nf:
        steun.reference_patterns("nope")
    assert "patterns_elburg" in str(nf.value)


def test_enums_have_labels():
    assert steun.FragmentKind.CONTRIBUTION.label("nl").startswith("Bijdrage")
    assert [p.code for p in steun.PatternStatus] == ["candidate", "validated", "addressed", "closed", "prioritised"]
    assert steun.AddressingParty.WELFARE_WORK.label("nl") == "Welzijnswerk"
