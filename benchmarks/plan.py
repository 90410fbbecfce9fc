"""Parse and validate Bram's support case from JSON text: steun from Python versus pydantic v2
models of the same document (types only, no plan rules — a lower bound for pydantic), in the
same run.

    .venv/bin/pip install 'pydantic>=2,<3'
    .venv/bin/python benchmarks/plan.py

Prints microseconds per call (best of 5 repeats). steun's documents are read and checked by
the core at once and turned into Python values when an attribute is read, so the second pair
of rows reads every field of the result too (what a user who walks the whole case pays).
No assertions: figures only.
"""

from __future__ import annotations

import datetime
import pathlib
import timeit
from typing import List, Literal, Optional

import steun

BRAM = (pathlib.Path(__file__).resolve().parent.parent / "examples" / "data" / "bram_case.json").read_text("utf-8")

try:
    from pydantic import BaseModel, ConfigDict
except ImportError:  # pragma: no cover
    BaseModel = None  # type: ignore[assignment,misc]


def pydantic_models():  # type: ignore[no-untyped-def]
    class Strict(BaseModel):  # type: ignore[misc,valid-type]
        model_config = ConfigDict(extra="forbid")

    Ring = Literal["own_strength", "social_network", "general_provision", "individual_provision"]
    Dim = Literal["emotional_wellbeing", "interpersonal_relations", "material_wellbeing", "personal_development",
                  "physical_wellbeing", "self_determination", "social_inclusion", "rights"]
    Dom = Literal["housing", "work", "learning", "leisure", "health", "self_care", "social_contacts", "meaning"]
    Phase = Literal["meeting", "information", "goal_setting", "planning", "execution", "evaluation"]

    class ProfileDomain(Strict):
        domain: Dom
        current: List[str] = []
        wishes: List[str] = []
        earlier: List[str] = []

    class Profile(Strict):
        client: Optional[str] = None
        domains: List[ProfileDomain]
        important_wishes: List[str] = []

    class GridRow(Strict):
        dimension: Dim
        experienced_barriers: List[str] = []
        wishes: List[str] = []
        needed_support: List[str] = []
        present_support: List[str] = []

    class Grid(Strict):
        rows: List[GridRow]

    class Transition(Strict):
        to: Phase
        date: datetime.date

    class Process(Strict):
        started: datetime.date
        transitions: List[Transition] = []

    class WishRef(Strict):
        source: Literal["important_wishes", "personal_profile", "assessment_grid"]
        domain: Optional[Dom] = None
        dimension: Optional[Dim] = None
        number: int

    class Goal(Strict):
        id: str
        result: str
        wish: Optional[WishRef] = None
        priority: int
        dimensions: List[Dim] = []
        life_domains: List[Dom] = []
        personal_preferences: List[str] = []
        term: Literal["short", "long"]

    class Option(Strict):
        description: str
        advantages: List[str] = []
        disadvantages: List[str] = []
        ring: Ring

    class Worksheet(Strict):
        goal: str
        options: List[Option] = []
        best: Optional[int] = None
        second_best: Optional[int] = None

    class Helper(Strict):
        who: str
        relation: str
        does: str

    class Extent(Strict):
        amount: float
        unit: Literal["hours_per_week", "hours_per_month", "times_per_week", "times_per_month"]

    class Claim(Strict):
        provision: str
        ring: Ring
        form: Literal["in_kind", "pgb"]
        extent: Optional[Extent] = None
        motivation: Optional[str] = None

    class Step(Strict):
        activity: str
        goal: Optional[str] = None
        own: List[str] = []
        others: List[Helper] = []
        professional: List[str] = []
        wmo: List[Claim] = []

    class Basis(Strict):
        problems: List[str] = []
        problem_analysis: Optional[str] = None
        solution_motivation: Optional[str] = None

    class Plan(Strict):
        client: str
        version: int
        drawn_up: datetime.date
        evaluation_date: Optional[datetime.date] = None
        goals: List[Goal] = []
        worksheets: List[Worksheet] = []
        aids: List[str] = []
        steps: List[Step] = []
        application: Optional[Basis] = None

    class GoalEval(Strict):
        goal: str
        outcome: Literal["reached", "partly", "not_reached"]
        experience: List[str] = []
        learnt: List[str] = []
        adjustment: List[str] = []

    class Evaluation(Strict):
        date: datetime.date
        plan_version: int
        goals: List[GoalEval] = []
        process: List[str] = []

    class Case(Strict):
        client: str
        profile: Optional[Profile] = None
        grid: Optional[Grid] = None
        process: Optional[Process] = None
        plans: List[Plan] = []
        evaluations: List[Evaluation] = []

    return Case


def per_call_us(fn, number: int = 2000) -> float:  # type: ignore[no-untyped-def]
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def walk_steun(v):  # type: ignore[no-untyped-def]
    """Reads every field of a steun document, recursively."""
    if isinstance(v, steun.Document):
        for name in type(v).__fields__:
            walk_steun(getattr(v, name))
    elif isinstance(v, tuple):
        for x in v:
            walk_steun(x)


def walk_pydantic(v):  # type: ignore[no-untyped-def]
    """Reads every field of a pydantic model, recursively."""
    if isinstance(v, BaseModel):
        for name in type(v).model_fields:
            walk_pydantic(getattr(v, name))
    elif isinstance(v, list):
        for x in v:
            walk_pydantic(x)


def main() -> None:
    rows = [
        ("steun.call_json('plan.validate', text) (parse + all plan rules)", lambda: steun.call_json("plan.validate", BRAM)),
        ("steun.plan_validate(text) -> Findings", lambda: steun.plan_validate(BRAM)),
        ("steun.SupportCase.from_json(text) (core's strict reader + document checks)",
         lambda: steun.SupportCase.from_json(BRAM)),
    ]
    if BaseModel is not None:
        case_model = pydantic_models()
        case_model.model_validate_json(BRAM)  # the document fits the models
        rows.append(("pydantic v2 Case.model_validate_json (types only, no rules)",
                     lambda: case_model.model_validate_json(BRAM)))
        rows.append(("steun.SupportCase.from_json(text) + read every field",
                     lambda: walk_steun(steun.SupportCase.from_json(BRAM))))
        rows.append(("pydantic v2 model_validate_json + read every field",
                     lambda: walk_pydantic(case_model.model_validate_json(BRAM))))
    else:
        print("pydantic not installed: pip install 'pydantic>=2,<3' to compare")
    for name, fn in rows:
        print(f"{per_call_us(fn):9.1f} µs  {name}")


if __name__ == "__main__":
    main()
