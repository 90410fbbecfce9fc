"""The base of steun's enums. The members are generated from the core's catalogue
(``_enums.py``); their labels come from the core."""

from __future__ import annotations

import enum
from typing import Literal

from . import _steun


class SteunEnum(str, enum.Enum):
    """A coded value with a Dutch and an English label.

    Members compare equal to their code and serialise as it.
    """

    @property
    def code(self) -> str:
        """The stable snake_case code used on the wire."""
        return str(self.value)

    def label(self, lang: Literal["nl", "en"] = "nl") -> str:
        """The label in ``lang`` ("nl" or "en"); another language raises NotFoundError."""
        return _steun.label(type(self).__name__, self.value, lang)

    def __str__(self) -> str:
        return str(self.value)
