"""Methods of the generated document classes that forward to the instrument functions.

The classes in ``_models`` are generated from the Rust types and must stay generated, so
their methods live here as mixins that ``generate.py`` names as bases; that way type
checkers see them. Imports are deferred because ``_plan`` imports ``_models``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, cast

if TYPE_CHECKING:
    from ._models import Finding, Plan, PlanDiff, SupportCase, WmoApplication


class SupportCaseMethods:
    """Methods of :class:`steun.SupportCase`."""

    __slots__ = ()

    def validate(self) -> List[Finding]:
        """The findings of this case (see :func:`steun.validate_case`).

        >>> steun.SupportCase.from_json(pathlib.Path("examples/data/bram_case.json").read_text()).validate()
        []
        """
        from ._plan import validate_case

        return validate_case(cast("SupportCase", self))

    def render(self, lang: str = "nl", what: str = "plan", version: Optional[int] = None) -> str:
        """This case's form as Markdown (see :func:`steun.render_case`).

        >>> case = steun.SupportCase.from_json(pathlib.Path("examples/data/bram_case.json").read_text())
        >>> case.render("en", "options").splitlines()[0]
        '# OPTIONS WORKSHEET'
        """
        from ._plan import render_case

        return render_case(cast("SupportCase", self), lang, what, version)

    def wmo_application(self, version: Optional[int] = None) -> WmoApplication:
        """The Wmo application of this case (see :func:`steun.wmo_application`).

        >>> case = steun.SupportCase.from_json(pathlib.Path("examples/data/bram_case.json").read_text())
        >>> case.wmo_application().missing
        ()
        """
        from ._plan import wmo_application

        return wmo_application(cast("SupportCase", self), version)


class PlanMethods:
    """Methods of :class:`steun.Plan`."""

    __slots__ = ()

    def diff(self, newer: Union[Plan, Mapping[str, Any], str]) -> PlanDiff:
        """The changes from this plan to ``newer`` (see :func:`steun.diff_plans`).

        >>> case = steun.SupportCase.from_json(pathlib.Path("examples/data/bram_case.json").read_text())
        >>> [c.kind.code for c in case.plans[0].diff(case.plans[1]).changes][-2:]
        ['removed', 'added']
        """
        from ._plan import diff_plans

        return diff_plans(cast("Plan", self), newer)
