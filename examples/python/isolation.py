"""The isolation typology (002:4226-4575) from Python: decide, classify, check, risk groups."""

from __future__ import annotations

import steun


def main() -> None:
    decision = steun.decide_isolation_persistence(
        psychiatric_or_psychogeriatric=False,
        complex_problems=False,
        structural=False,
        caused_by_event_or_situation=True,
    )
    print(decision.persistence.label("nl"), "-", decision.explanation.en)

    result = steun.classify_isolation(persistence=decision.persistence, participation_oriented=True)
    print(f"{result.type.label('nl')} / {result.type.label('en')}: categorie {result.category}")
    for i in result.interventions:
        print(f"  - {i.label('nl')}")
    print(result.to_json())

    check = steun.isolation_check_interventions(type="hopefuls", interventions=["specialised_volunteer", "volunteer_match"])
    for f in check.findings:
        print(f"  ! {f.intervention.code} [{f.kind.code}]: {f.explanation.en}")

    groups = steun.isolation_risk_groups(
        living_alone=True, health_loss=True, psychosocial_or_psychiatric_problems=False, low_income=False, age=77
    )
    print("risicogroepen:", "; ".join(g.label("nl") for g in groups.risk_groups))

    for t in steun.isolation_types().types:
        print(t.category, t.type.code, t.label.nl, "|", t.orientation.label("en"))


if __name__ == "__main__":
    main()
