"""A report about an older woman: pseudonymise, attach the urgency, follow up the case list,
and destroy the forms after the network meeting (002:4443-4727)."""

from __future__ import annotations

import json
import pathlib

import steun

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"

# The network's secret key; in practice read from a protected file.
code = steun.client_code("111222333", b"steun-test-key-0123456789")
print("client code:", code)

report = steun.Report.from_json((DATA / "signals_report.json").read_text(encoding="utf-8"))
assessed = steun.attach_urgency(report)
print("urgency:", assessed.urgency.score, assessed.urgency.band.label("en"), "->", assessed.route.label("en"))

cases = json.loads((DATA / "signals_cases.json").read_text(encoding="utf-8"))
cases["cases"][0]["reports"] = [assessed.to_dict()]
case_list = steun.CaseList.from_dict(cases)
for line in steun.list_cases(case_list, overdue_on="2012-03-21").cases:
    for a in line.overdue_actions:
        print("overdue:", line.id, a.action, a.due, a.owner.organisation, a.owner.role.label("nl"))

after = steun.apply_retention(case_list, "2012-03-13")
print("forms left after the meeting:", len(after.cases[0].reports))
print(steun.minimise(after).to_json()[:120], "...")
