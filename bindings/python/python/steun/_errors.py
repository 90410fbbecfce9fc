"""The exceptions of steun. The native module raises them with the core's message and its
list of problems; nothing here decides what is wrong."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence, Tuple

__all__ = ["SteunError", "ValidationError", "LimitError", "NotFoundError", "TransitionError", "InternalError"]


class SteunError(Exception):
    """Base class of every error steun raises.

    ``str(e)`` is the core's message; ``e.code`` its code (``syntax``, ``invalid``,
    ``limit``, ``not_found``, ``transition``); ``e.errors()`` lists every problem as a dict
    with ``kind`` (``missing``, ``unknown_field``, ``wrong_type``, ``unknown_code``,
    ``out_of_range``, ``rule``, ``syntax``, ``limit``, ``not_found``, ``transition``),
    ``loc`` (the JSON path as a tuple of keys and indices), ``path`` (the same as text) and
    ``msg``. No message holds the offending value.
    """

    def __init__(self, message: str, issues: Sequence[Dict[str, Any]] = (), code: str = "internal") -> None:
        super().__init__(message, list(issues), code)
        self.code = code
        self._issues = [dict(i) for i in issues]

    def errors(self) -> List[Dict[str, Any]]:
        """Every problem: dicts with ``kind``, ``loc``, ``path`` and ``msg``."""
        return [dict(i) for i in self._issues]

    @property
    def loc(self) -> Tuple[Any, ...]:
        """The path of the first problem (the root when there is none)."""
        return tuple(self._issues[0]["loc"]) if self._issues else ()

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(SteunError, ValueError):
    """Input that is malformed, has a missing, unknown or mistyped field, an unknown code,
    or breaks a rule of the document."""


class LimitError(ValidationError):
    """Input larger or deeper than steun accepts."""


class NotFoundError(SteunError, LookupError):
    """An unknown name: operation, document kind, enum, language or reference set."""


class TransitionError(SteunError):
    """A state change that the process does not allow."""


class InternalError(SteunError):
    """A bug in steun (a caught panic). Please report it."""


for _cls in (SteunError, ValidationError, LimitError, NotFoundError, TransitionError, InternalError):
    _cls.__module__ = "steun"
