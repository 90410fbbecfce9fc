"""Bram's support case (002:1608-1840): validate it, print the revised Plan van Aanpak,
the Wmo application and what changed after the evaluation."""

from __future__ import annotations

import pathlib

import steun

DATA = pathlib.Path(__file__).resolve().parent.parent / "data" / "bram_case.json"


def main() -> None:
    case = steun.SupportCase.from_json(DATA.read_text(encoding="utf-8"))
    findings = steun.plan_validate(case)  # or steun.validate_case(case): the list
    print(f"{len(findings.findings)} findings; errors: {steun.plan_has_errors(findings).answer}")
    print(steun.plan_render(case=case, lang="nl", part="plan").text)

    app = steun.plan_application(case=case)
    print("Wmo-aanvraag, maatregelen:")
    for m in app.measures:
        extent = f", {m.extent.amount:g} {m.extent.unit.label('nl')}" if m.extent else ""
        print(f"  stap {m.step}: {m.provision} ({m.form.label('nl')}{extent})")
    print(f"  ontbreekt: {[p.label('nl') for p in app.missing] or 'niets'}")

    old, new = case.plans[0], case.plans[-1]
    print(f"\nWijzigingen v{old.version} -> v{new.version}:")
    for c in steun.plan_diff(old=old, new=new).changes:
        print(f"  {c.kind.label('nl')}: {c.path}")

    # A plan with gaps gets findings, not exceptions.
    draft = {"client": "K-0001", "plans": [{"client": "K-0001", "version": 1, "drawn_up": "2013-01-10"}]}
    for f in steun.validate_case(draft):
        print(f"{f.severity.code}: {f.code.code} at {f.path}: {f.message.en}")


if __name__ == "__main__":
    main()
