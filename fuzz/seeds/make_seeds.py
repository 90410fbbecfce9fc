#!/usr/bin/env python3
"""Writes the C seeds of fuzz/corpus/{c_instruments,c_abi}/ from the examples.

A seed is an entry point's name, a newline, then its string arguments separated by NUL.
Run from the repository root: python3 fuzz/seeds/make_seeds.py (the lifecycle seeds in
fuzz/seeds/*.json are the patterns of tests/c/test_patterns.c run through the CLI)."""
import json
import os
import struct

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def text(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read().strip()


iso = load("tests/data/isolation_cases.json")
urgency = load("tests/data/urgency_cases.json")
fragments = compact(load("tests/data/pattern_fragments.json"))
case = load("examples/data/bram_case.json")
cases = load("examples/data/signals_cases.json")
report = compact(load("examples/data/signals_report.json"))
bands = ('{"bands":[{"band":"information_advice","score_from":0,"score_to":5,"report_action":"no_action",'
         '"reporter_action":"information_advice_support"},{"band":"crisis","score_from":6,"score_to":10,'
         '"report_action":"crisis_report","reporter_action":"information_advice_support_feedback"}]}')
pattern = '{"id":"nijmegen-mobiel","title":"We willen graag mobiel zijn"}'
meeting = text("fuzz/seeds/meeting.json")
addressing = text("fuzz/seeds/addressing.json")
closure = text("fuzz/seeds/closure.json")
findings = text("fuzz/seeds/findings.json")
findings_array = text("fuzz/seeds/findings_array.json")
validated = text("fuzz/seeds/validated.json")
addressed = text("fuzz/seeds/addressed.json")
first_case = compact(cases["cases"][0])
plans = case["plans"]

# (seed file name, core entry, C function, arguments)
seeds = [
    ("urgency_one", "urgency_assess", "urgency_assess_json", [compact(urgency[0])]),
    ("urgency_all", "urgency_assess", "urgency_assess_json", [compact(urgency)]),
    ("urgency_with", "urgency_assess_with", "urgency_assess_json_with_bands", [compact(urgency), bands]),
    ("urgency_bands", "urgency_bands", "urgency_bands_from_json", [bands]),
    ("isolation_type", "isolation_type_info", "isolation_type_json", ["outsiders"]),
    ("plan_validate", "plan_validate", "plan_validate_json", [compact(case)]),
    ("plan_render", "plan_render", "plan_render_json", [compact(case), "en", "plan"]),
    ("plan_application", "plan_application", "wmo_application_json", [compact(case)]),
    ("plan_diff", "plan_diff", "plan_diff_json", [compact(plans[0]), compact(plans[-1])]),
    ("plan_has_errors", "plan_has_errors", "plan_has_errors_json", [findings]),
    ("plan_has_errors_array", "plan_has_errors", "plan_has_errors_json", [findings_array]),
    ("pattern_find", "pattern_find", "patterns_find_json", [fragments, "3"]),
    ("pattern_validate", "pattern_validate", "pattern_validate_json", [pattern, meeting]),
    ("pattern_address", "pattern_address", "pattern_address_json", [validated, addressing]),
    ("pattern_close", "pattern_close", "pattern_close_json", [addressed, closure]),
    ("signals_attach", "signals_attach", "report_attach_json", [report]),
    ("signals_list", "signals_list_cases", "case_list_json",
     [compact(cases), '{"status":"in_progress","overdue_on":"2012-03-21"}']),
    ("signals_retention", "signals_retention", "case_list_retain_json", [compact(cases), "2012-03-13"]),
    ("signals_minimise", "signals_minimise", "case_list_minimise_json", [compact(cases)]),
    ("signals_record_step", "signals_record_step", None, [first_case, "act", "2012-03-20", "Huisbezoek"]),
    ("client_code_bsn", "signals_client_code", "client_code", ["bsn", "111222333", "fuzz-key-0123456789abcdef"]),
    ("client_code_number", "signals_client_code", "client_code",
     ["client_number", "K-0027", "fuzz-key-0123456789abcdef"]),
]
function_names = {"classify": ("isolation_classify", "isolation_classify_json"),
                  "decide_persistence": ("isolation_decide_persistence", "isolation_decide_persistence_json"),
                  "check_interventions": ("isolation_check_interventions", "isolation_check_interventions_json"),
                  "risk_groups": ("isolation_risk_groups", "isolation_risk_groups_json")}
for i, c in enumerate(iso):
    core, cfn = function_names[c["function"]]
    seeds.append((f"isolation_{i:02}", core, cfn, [compact(c["input"])]))

# The `instruments` seeds are generated from the registry (crates/steun-codegen/src/fuzz.rs,
# ./scripts/regenerate); only the C target's are written here.
for target, column in (("c_instruments", 2),):
    folder = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(folder, exist_ok=True)
    for seed in seeds:
        name = seed[column]
        if name is None:
            continue
        data = name.encode() + b"\n" + b"\0".join(a.encode() for a in seed[3])
        with open(os.path.join(folder, seed[0]), "wb") as f:
            f.write(data)

# c_abi: a selector byte, a byte of NULL bits, then the arguments (see fuzz_targets/c_abi.rs).

def s(value, rest=False):
    data = value.encode()
    return struct.pack("<H", 0xFFFF if rest else len(data)) + data


widow = struct.pack("<iiiIBBxxi", 0, 1, 1, 1, 0, 1, 2)  # SteunUrgencyInput, 002:4056-4070
key = "fuzz-key-0123456789abcdef"
c_abi = [
    ("no_arguments", 0, b""),
    ("label", 1, struct.pack("<i", 0) + s("Dimension") + s("rights")),
    ("render", 2, struct.pack("<i", 1) + s("plan") + s(compact(case), rest=True)),
    ("explain", 3, struct.pack("<i", 0) + widow),
    ("assess", 4, widow),
    ("assess_with", 5, widow + s(bands, rest=True)),
    ("classify", 6, struct.pack("<iB3x", 3, 1)),
    ("patterns_find", 7, struct.pack("<q", 3) + s(fragments, rest=True)),
    ("client_code", 8, s("bsn") + s("111222333") + s(key)),
    ("has_errors", 9, s(findings, rest=True)),
    ("profile", 11, s(text("examples/data/bram_profile.json"), rest=True)),
    ("isolation_classify_json", 16, b"\0" + s(compact(iso[0]["input"])) + s("")),
    ("urgency_json_with_bands", 23, b"\0" + s(compact(urgency)) + s(bands)),
]
folder = os.path.join(ROOT, "fuzz", "corpus", "c_abi")
os.makedirs(folder, exist_ok=True)
for name, selector, args in c_abi:
    with open(os.path.join(folder, name), "wb") as f:
        f.write(bytes([selector, 0]) + args)
