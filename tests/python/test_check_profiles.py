"""Opt-in check profiles (plan.check_profiles) through the generated Python surface."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import steun


def shelter_case() -> Dict[str, Any]:
    return {
        "client": "K-0131",
        "informed_of_client_support": False,
        "plans": [
            {
                "client": "K-0131",
                "version": 1,
                "drawn_up": "2012-03-01",
                "evaluation_date": "2012-06-01",
                "goals": [
                    {"id": "housing", "result": "Een eigen kamer", "priority": 1, "term": "short",
                     "personal_preferences": ["Rust"], "day_activity": False},
                ],
                "steps": [{"activity": "Aanmelden", "own": ["Gaat zelf"]}],
            }
        ],
        # Kwintes (000:2771-2775): the professionals evaluate among themselves.
        "evaluations": [{"date": "2012-06-01", "plan_version": 1, "client_present": False}],
    }


ALL = ["co_informed_of_client_support", "co_evaluation_with_client", "co_day_activity_in_shelter_plan"]


def test_each_profile_fires_on_a_case_that_lacks_it() -> None:
    r = steun.plan_check_profiles(case=shelter_case(), profiles=ALL)
    assert r.instrument == "steun.plan_profiles" and r.instrument_version == "1.0.0"
    got = [(f.code, f.severity, f.path, f.profile, f.source) for f in r.findings]
    assert got == [
        ("client_support_not_informed", "warning", "informed_of_client_support",
         "co_informed_of_client_support", "003:33, 003:62"),
        ("evaluation_without_client", "warning", "evaluations[0].client_present",
         "co_evaluation_with_client", "000:2771-2775"),
        ("shelter_plan_without_day_activity_goal", "warning", "plans[0]",
         "co_day_activity_in_shelter_plan", "000:1314-1320"),
    ]
    assert all("not from the law" in f.message.en for f in r.findings)
    assert steun.plan_has_errors(r.to_dict()).answer is False


def test_no_finding_on_a_case_that_has_it_and_none_by_default() -> None:
    case = shelter_case()
    case["informed_of_client_support"] = True
    case["evaluations"][0]["client_present"] = True
    case["plans"][0]["goals"][0]["day_activity"] = True
    assert steun.plan_check_profiles(case=case, profiles=ALL).findings == ()
    # Off by default: no profile named, nothing; plan.validate never runs them.
    assert steun.plan_check_profiles(case=shelter_case(), profiles=[]).findings == ()
    validated = steun.call("plan.validate", shelter_case())
    assert all("profile" not in f for f in validated["findings"])


def test_absent_is_not_recorded_not_a_breach() -> None:
    case = shelter_case()
    del case["informed_of_client_support"]
    r = steun.plan_check_profiles(case=case, profiles=["co_informed_of_client_support"])
    assert [(f.code, f.severity) for f in r.findings] == [("profile_not_recorded", "info")]


def test_an_unknown_profile_is_an_unknown_code_at_its_path() -> None:
    with pytest.raises(steun.ValidationError) as e:
        steun.plan_check_profiles(case=shelter_case(), profiles=["co_evaluation_with_client", "co_all"])
    assert e.value.loc == ("profiles", 1)
    err = e.value.errors()[0]
    assert err["kind"] == "unknown_code"
    assert "co_day_activity_in_shelter_plan" in str(e.value) and "co_all" not in str(e.value)


def test_the_profiles_are_listed_with_their_sources() -> None:
    ref = steun.reference("check_profiles")
    assert [p["code"] for p in ref] == ALL
    assert [p["source"] for p in ref] == ["003:33, 003:62", "000:2771-2775", "000:1314-1320"]
    assert all(p["default"] == "off" and "not from the law" in p["basis"]["en"] for p in ref)
    members = steun.call("catalogue.enum", {"name": "CheckProfile"})["members"]
    assert [m["code"] for m in members] == ALL
