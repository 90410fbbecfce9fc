"""pydantic v2 support: every steun document class can be a field of a pydantic model.

pydantic hands the field's value (a dict, JSON text or an instance) to the class's own
reader (``from_dict`` / ``from_json``), which the core checks once; nothing is checked twice.
A document serialises as its wire dict (``to_dict``) in both modes, like a nested model. Its
JSON Schema is the core's (``steun.schema``). pydantic is imported only when pydantic asks,
so steun works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Type, Union

from . import _steun
from ._errors import SteunError

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic_core import CoreSchema, ValidationError

__all__ = ["Base", "schema_of"]

# What a pydantic error shows as the input: never the value, which may be personal data.
_HIDDEN = "<not shown>"


class Base(_steun.Document):
    """The Python base of the generated document classes: ``steun.Document`` with the hooks
    pydantic v2 looks for."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            _validator(cls),
            serialization=core_schema.plain_serializer_function_ser_schema(_to_dict),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: CoreSchema, handler: GetJsonSchemaHandler) -> Dict[str, Any]:
        return embedded(schema_of(cls))


def _to_dict(value: Any) -> Any:
    if isinstance(value, _steun.Document):
        return value.to_dict()
    return value


def _validator(cls: Type[Base]) -> Callable[[Any], Base]:
    def validate(value: Any) -> Base:
        if type(value) is cls:
            return value
        try:
            if isinstance(value, (str, bytes, bytearray)):
                return cls.from_json(value)
            if isinstance(value, _steun.Document):
                return cls.from_json(value.to_json())
            return cls.from_dict(value)
        except SteunError as e:
            raise pydantic_error(cls.__name__, e) from None
        except (TypeError, ValueError):
            raise pydantic_error(cls.__name__, None) from None

    return validate


def pydantic_error(title: str, error: Union[SteunError, None]) -> ValidationError:
    """steun's problems as a pydantic ValidationError: one line per problem with steun's path
    as ``loc`` (pydantic puts the field's name in front) and its message; type
    ``steun_<kind>`` (``steun_missing``, ``steun_unknown_code``, ...)."""
    from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

    issues = error.errors() if error is not None else []
    if not issues:
        code = error.code if error is not None else "wrong_type"
        msg = str(error) if error is not None else f"expected a {title} document, a dict or JSON text"
        issues = [{"kind": code, "loc": (), "path": "", "msg": msg}]
    lines = [
        InitErrorDetails(
            type=PydanticCustomError(
                f"steun_{i.get('kind', 'invalid')}", "{msg}", {"msg": str(i.get("msg", "")), "path": str(i.get("path", ""))}
            ),
            loc=tuple(i.get("loc", ())),
            input=_HIDDEN,
        )
        for i in issues
    ]
    return ValidationError.from_exception_data(title, lines)


def schema_of(kind_or_class: Union[str, Type[_steun.Document]]) -> Dict[str, Any]:
    """The core's JSON Schema (draft 2020-12, with ``$defs``) of a document kind or class. A
    part of a document (a class without a kind) gets the schema of the kind that defines it,
    rooted at the part's definition."""
    if isinstance(kind_or_class, str):
        result: Dict[str, Any] = _steun.call("document.schema", {"name": kind_or_class})
        return result
    if not (isinstance(kind_or_class, type) and issubclass(kind_or_class, _steun.Document)):
        raise TypeError("steun.schema takes a document kind (str) or a steun document class")
    kind = getattr(kind_or_class, "__kind__", None)
    if kind:
        return schema_of(str(kind))
    part = getattr(kind_or_class, "__part_of__", None)
    if part is None:
        raise TypeError("steun.schema takes a generated document class, not steun.Document itself")
    whole = schema_of(part[0])
    defs: Dict[str, Any] = whole.get("$defs", {})
    return {
        "$schema": whole.get("$schema"),
        # The part is a schema resource of its own, so that a model holding both the kind
        # and the part has no two resources with one id.
        "$id": f"{str(whole['$id']).rsplit('.json', 1)[0]}/{part[1]}.json",
        "title": part[1],
        **defs[part[1]],
        "$defs": defs,
    }


def embedded(schema: Dict[str, Any]) -> Dict[str, Any]:
    """The schema to put inside a pydantic model's schema: a resource of its own (its
    ``$id``) whose references name that id, so they resolve to its own ``$defs`` and not to
    the model's; ``$schema`` dropped (a subschema does not declare the dialect)."""
    base = str(schema.get("$id", ""))

    def walk(v: Any) -> Any:
        if isinstance(v, dict):
            return {
                k: (f"{base}{x}" if k == "$ref" and isinstance(x, str) and x.startswith("#") else walk(x))
                for k, x in v.items()
            }
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    out: Dict[str, Any] = walk({k: v for k, v in schema.items() if k != "$schema"})
    return out
