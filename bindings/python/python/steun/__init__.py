"""steun: an explainable model of the Dutch social-support domain.

The Wmo, Supportgericht Werken and cliëntondersteuning as typed Python objects, checked
and computed by a Rust core. Every coded value is an enum member with ``.code`` and
``.label("nl" | "en")``; every document class has keyword construction, attribute access,
``to_dict``/``from_dict``/``to_json``/``from_json``, equality and a repr that keeps personal
text out. Errors derive from :class:`SteunError`.

>>> import steun
>>> steun.Dimension.SOCIAL_INCLUSION.label("nl")
'Sociale inclusie'
>>> [d.code for d in steun.LifeDomain][:2]
['housing', 'work']
"""

from __future__ import annotations

import json as _json
from typing import Any, Dict, List

from . import _steun
from ._base import Model, SteunEnum
from ._isolation import *  # noqa: F403
from ._isolation import __all__ as _isolation_names
from ._enums import *  # noqa: F403
from ._enums import __all__ as _enum_names
from ._models import *  # noqa: F403
from ._models import __all__ as _model_names
from ._urgency import *  # noqa: F403
from ._urgency import __all__ as _urgency_names
from ._plan import diff_plans, has_errors, render_case, validate_case, wmo_application
from ._patterns import *  # noqa: F403
from ._patterns import __all__ as _pattern_names
from ._signals import *  # noqa: F403
from ._signals import __all__ as _signals_names
from ._steun import (
    InternalError,
    LimitError,
    NotFoundError,
    SteunError,
    TransitionError,
    ValidationError,
)

__version__: str = _steun.version()


def schema_names() -> List[str]:
    """The names of every document kind that has a JSON Schema.

    >>> "personal_profile" in steun.schema_names()
    True
    """
    return list(_steun.document_kinds())


def schema(name: str) -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document kind, as a dict.

    >>> steun.schema("assessment_grid")["title"]
    'AssessmentGrid'
    """
    result: Dict[str, Any] = _json.loads(_steun.schema_json(name))
    return result


def reference_names() -> List[str]:
    """The names of the reference sets (tables from the sources).

    >>> "dimensions" in steun.reference_names()
    True
    """
    return list(_steun.reference_names())


def reference(name: str) -> Any:
    """A reference set of the sources as JSON-shaped data, e.g. Van Loon's table.

    >>> steun.reference("dimensions")[0]["monitored_variables"]["en"][0]
    'improved safety'
    """
    return _json.loads(_steun.reference_json(name))


def validate(kind: str, data: Any) -> Dict[str, Any]:
    """Checks a JSON-shaped dict (or JSON text) as a document of ``kind``; returns it in
    canonical form or raises :class:`ValidationError` naming the field.

    >>> steun.validate("assessment_grid", {"rows": [{"dimension": "rights"}]})["rows"][0]["wishes"]
    []
    """
    from ._base import dumps

    text = data if isinstance(data, str) else dumps(data)
    result: Dict[str, Any] = _json.loads(_steun.validate_json(kind, text))
    return result


__all__ = [
    "SteunError",
    "ValidationError",
    "NotFoundError",
    "TransitionError",
    "LimitError",
    "InternalError",
    "SteunEnum",
    "Model",
    "schema",
    "schema_names",
    "reference",
    "reference_names",
    "validate",
    "validate_case",
    "has_errors",
    "render_case",
    "wmo_application",
    "diff_plans",
    "__version__",
    *_enum_names,
    *_model_names,
    *_isolation_names,
    *_urgency_names,
    *_pattern_names,
    *_signals_names,
]
