"""steun: an explainable model of the Dutch social-support domain.

The Wmo, Supportgericht Werken and cliëntondersteuning, computed by a Rust core. Every
operation of the core's registry is a typed function here (``steun.urgency_assess``,
``steun.plan_render``, ...; ``steun.ops()`` lists them) and can be called by name
(``steun.call(op, request)``). Documents are Rust-backed values read and checked once by the
core: attribute access, ``to_dict``/``from_dict``/``to_json``/``from_json``, equality,
hashing and pickling. Coded values are enum members with ``.code`` and
``.label("nl" | "en")``. Errors derive from :class:`SteunError`; ``e.errors()`` lists every
problem.

>>> import steun
>>> steun.Dimension.SOCIAL_INCLUSION.label("nl")
'Sociale inclusie'
>>> steun.isolation_classify(persistence="situational", participation_oriented=False).type.code
'dependents'
"""

from __future__ import annotations

import json as _json
from typing import Any, Dict, List, Type, Union

from . import _pydantic, _steun
from ._aliases import *  # noqa: F403
from ._aliases import __all__ as _alias_names
from ._base import SteunEnum
from ._enums import *  # noqa: F403
from ._enums import __all__ as _enum_names
from ._errors import InternalError, LimitError, NotFoundError, SteunError, TransitionError, ValidationError
from ._models import *  # noqa: F403
from ._models import DocumentKind
from ._models import __all__ as _model_names
from ._ops import *  # noqa: F403
from ._ops import __all__ as _op_names
from ._steun import Document
from ._tables import Table, assess_urgency_table, classify_isolation_table

__version__: str = _steun.version()


def call(op: str, request: Any) -> Any:
    """Runs operation ``op`` (see :func:`ops`) on a request (a dict, JSON text or a
    document); returns the response as JSON-shaped data.

    >>> steun.call("bsn.check", {"bsn": "111222333"})
    {'answer': True}
    """
    return _steun.call(op, request)


def call_json(op: str, request_json: Union[str, bytes]) -> str:
    """Runs operation ``op`` on JSON text; returns the response JSON exactly as the core
    (and the C library and the CLI) writes it.

    >>> steun.call_json("bsn.check", '{"bsn": "111222333"}')
    '{"answer":true}'
    """
    return _steun.call_json(op, request_json)


def ops() -> List[Dict[str, Any]]:
    """Every operation: ``name``, ``summary``, ``instrument``, ``instrument_version``,
    ``request``, ``response`` (document kinds), ``request_schema``, ``response_schema`` and
    ``example``.

    >>> [o["name"] for o in steun.ops()][:2]
    ['urgency.assess', 'urgency.assess_with_bands']
    """
    result: List[Dict[str, Any]] = _steun.ops()
    return result


def example(op: str) -> Any:
    """The example request of operation ``op``, as the docs and the tests use it.

    >>> steun.example("isolation.classify")
    {'persistence': 'structural_complex', 'participation_oriented': False}
    """
    return _steun.example(op)


def schema_names() -> List[str]:
    """The names of every document kind.

    >>> "personal_profile" in steun.schema_names()
    True
    """
    return list(_steun.document_kinds())


def schema(kind: Union[DocumentKind, Type[Document]]) -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12, with ``$defs``) of a document kind or class
    (``document.schema``): the schema pydantic puts in a model's JSON Schema for a field of
    that class. A part of a document (e.g. ``steun.GridRow``) gets the schema of the kind
    that defines it, rooted at the part.

    >>> steun.schema("assessment_grid")["title"]
    'AssessmentGrid'
    >>> steun.schema(steun.AssessmentGrid) == steun.schema("assessment_grid")
    True
    """
    return _pydantic.schema_of(kind)


def reference(name: str) -> Any:
    """A reference set of the sources as JSON-shaped data (``catalogue.reference``).

    >>> steun.reference("dimensions")[0]["monitored_variables"]["en"][0]
    'improved safety'
    """
    return _steun.call("catalogue.reference", {"name": name})


def validate(kind: DocumentKind, data: Any) -> Any:
    """Checks a dict (or JSON text) as a document of ``kind``; returns it in canonical form
    (``document.validate``) or raises :class:`ValidationError` naming every problem.

    >>> steun.validate("assessment_grid", {"rows": [{"dimension": "rights"}]})["rows"][0]["wishes"]
    []
    """
    if isinstance(data, (str, bytes)):
        return _json.loads(_steun.validate_json(kind, data))
    return _steun.call("document.validate", {"kind": kind, "document": data})


__all__ = [
    "SteunError",
    "ValidationError",
    "NotFoundError",
    "TransitionError",
    "LimitError",
    "InternalError",
    "SteunEnum",
    "Document",
    "call",
    "call_json",
    "ops",
    "example",
    "schema",
    "schema_names",
    "reference",
    "validate",
    "Table",
    "assess_urgency_table",
    "classify_isolation_table",
    "__version__",
    *_enum_names,
    *_model_names,
    *_op_names,
    *_alias_names,
]
