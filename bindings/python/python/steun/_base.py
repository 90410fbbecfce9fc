"""The machinery behind steun's Python enums and document classes.

Enum members and document classes are generated from the Rust types (see
``bindings/python/generate.py``); this module holds what they share. No domain rule lives
here: documents are checked by the Rust core.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
from typing import Any, Callable, ClassVar, Dict, Mapping, Optional, Tuple, Type, TypeVar

from . import _steun
from ._steun import ValidationError

Loc = Tuple[Any, ...]
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
M = TypeVar("M", bound="Model")

_LABELS: Dict[str, Dict[str, Tuple[str, str]]] = {
    name: {code: (nl, en) for code, nl, en in members} for name, members in _steun.enum_catalogue()
}


def _lang(lang: str) -> int:
    if lang == "nl":
        return 0
    if lang == "en":
        return 1
    raise _steun.NotFoundError("unknown language; allowed: nl, en")


class SteunEnum(str, enum.Enum):
    """A coded value with a Dutch and an English label.

    Members compare equal to their code and serialise as it.
    """

    @property
    def code(self) -> str:
        """The stable snake_case code used on the wire."""
        return str(self.value)

    def label(self, lang: str = "nl") -> str:
        """The label in ``lang`` ("nl" or "en")."""
        return _LABELS[type(self).__name__][self.value][_lang(lang)]

    def __str__(self) -> str:
        return str(self.value)


def invalid(loc: Loc, msg: str, code: str = "invalid") -> ValidationError:
    """A ValidationError shaped like the ones the core raises."""
    where = _loc_text(loc)
    err = ValidationError(f"{where}: {msg}")
    err.errors = [{"type": code, "loc": tuple(loc), "msg": msg}]
    err.loc = tuple(loc)
    err.code = code
    return err


def _loc_text(loc: Loc) -> str:
    if not loc:
        return "(root)"
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _kind_name(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, Mapping):
        return "object"
    if isinstance(v, (list, tuple)):
        return "array"
    return type(v).__name__


class Conv:
    """Converts a value for one field, checking its type (never its content)."""

    def build(self, v: Any, loc: Loc) -> Any:
        raise NotImplementedError

    def dump(self, v: Any) -> Any:
        return v

    def show(self, v: Any) -> str:
        return repr(v)


class Scalar(Conv):
    def __init__(self, types: Tuple[type, ...], name: str, personal: bool = False) -> None:
        self.types = types
        self.name = name
        self.personal = personal

    def build(self, v: Any, loc: Loc) -> Any:
        if isinstance(v, bool) and bool not in self.types:
            raise invalid(loc, f"invalid type: got boolean, expected {self.name}")
        if not isinstance(v, self.types):
            raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected {self.name}")
        if float in self.types and isinstance(v, int):
            return float(v)
        return v

    def show(self, v: Any) -> str:
        # Text about a person stays out of reprs, as it stays out of Rust's Debug output.
        return f"<text: {len(v)} chars>" if self.personal else repr(v)


class Date(Conv):
    def build(self, v: Any, loc: Loc) -> Any:
        if isinstance(v, _dt.datetime):
            raise invalid(loc, "invalid type: got datetime, expected a date")
        if isinstance(v, _dt.date):
            return v
        if isinstance(v, str):
            # Only YYYY-MM-DD: Python also reads week dates and compact forms the wire does not allow.
            if _ISO_DATE.match(v):
                try:
                    return _dt.date.fromisoformat(v)
                except ValueError:
                    pass
            raise invalid(loc, "expected an ISO date YYYY-MM-DD that exists in the calendar")
        raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected an ISO date YYYY-MM-DD")

    def dump(self, v: Any) -> Any:
        return v.isoformat()


class Enum(Conv):
    def __init__(self, cls: Type[SteunEnum]) -> None:
        self.cls = cls

    def build(self, v: Any, loc: Loc) -> Any:
        if isinstance(v, self.cls):
            return v
        if isinstance(v, str) and not isinstance(v, enum.Enum):
            try:
                return self.cls(v)
            except ValueError:
                pass
        allowed = ", ".join(m.value for m in self.cls)
        if isinstance(v, str):
            raise invalid(loc, f"unknown code; allowed: {allowed}")
        raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected one of: {allowed}")

    def dump(self, v: Any) -> Any:
        return v.value

    def show(self, v: Any) -> str:
        return f"{type(v).__name__}.{v.name}"


class Nested(Conv):
    def __init__(self, resolve: Callable[[], Type["Model"]]) -> None:
        self.resolve = resolve

    def build(self, v: Any, loc: Loc) -> Any:
        cls = self.resolve()
        if isinstance(v, cls):
            return v
        if isinstance(v, Mapping):
            return cls._from_mapping(v, loc)
        raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected {cls.__name__} or an object")

    def dump(self, v: Any) -> Any:
        return v.to_dict()


class Native(Conv):
    """A class the native module provides (e.g. the urgency input and result): built with its
    own ``from_dict``, dumped with its ``to_dict``; errors get this field's path in front."""

    def __init__(self, resolve: Callable[[], Any]) -> None:
        self.resolve = resolve

    def build(self, v: Any, loc: Loc) -> Any:
        cls = self.resolve()
        if isinstance(v, cls):
            return v
        if not isinstance(v, Mapping):
            raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected {cls.__name__} or an object")
        try:
            return cls.from_dict(v)
        except ValidationError as e:
            errors: Any = getattr(e, "errors", None) or [{"loc": (), "msg": str(e), "type": "invalid"}]
            first = errors[0]
            raise invalid(loc + tuple(first["loc"]), str(first["msg"]), str(first["type"])) from None

    def dump(self, v: Any) -> Any:
        return v.to_dict()


class Seq(Conv):
    def __init__(self, item: Conv) -> None:
        self.item = item

    def build(self, v: Any, loc: Loc) -> Any:
        if isinstance(v, (str, bytes, Mapping)) or not hasattr(v, "__iter__"):
            raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected a sequence")
        return tuple(self.item.build(x, loc + (i,)) for i, x in enumerate(v))

    def dump(self, v: Any) -> Any:
        return [self.item.dump(x) for x in v]

    def show(self, v: Any) -> str:
        inner = ", ".join(self.item.show(x) for x in v)
        return f"({inner},)" if len(v) == 1 else f"({inner})"


class Opt(Conv):
    def __init__(self, item: Conv) -> None:
        self.item = item

    def build(self, v: Any, loc: Loc) -> Any:
        return None if v is None else self.item.build(v, loc)

    def dump(self, v: Any) -> Any:
        return None if v is None else self.item.dump(v)

    def show(self, v: Any) -> str:
        return "None" if v is None else self.item.show(v)


class Map(Conv):
    def __init__(self, item: Conv) -> None:
        self.item = item

    def build(self, v: Any, loc: Loc) -> Any:
        if not isinstance(v, Mapping):
            raise invalid(loc, f"invalid type: got {_kind_name(v)}, expected an object")
        return {str(k): self.item.build(x, loc + (k,)) for k, x in v.items()}

    def dump(self, v: Any) -> Any:
        return {k: self.item.dump(x) for k, x in v.items()}


class AnyValue(Conv):
    def build(self, v: Any, loc: Loc) -> Any:
        return v


STR = Scalar((str,), "string")
TEXT = Scalar((str,), "string", personal=True)
INT = Scalar((int,), "integer")
FLOAT = Scalar((int, float), "number")
BOOL = Scalar((bool,), "boolean")
DATE = Date()
ANY = AnyValue()

_MISSING: Any = object()


class Field:
    __slots__ = ("name", "conv", "default")

    def __init__(self, name: str, conv: Conv, default: Any = _MISSING) -> None:
        self.name = name
        self.conv = conv
        self.default = default


def _json_default(v: Any) -> Any:
    if isinstance(v, Model):
        return v.to_dict()
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    if isinstance(v, tuple):
        return list(v)
    raise TypeError(f"{type(v).__name__} is not JSON serialisable")


def dumps(data: Any) -> str:
    """JSON text for a dict that may hold steun objects, enums and dates."""
    return json.dumps(data, default=_json_default, ensure_ascii=False)


class Model:
    """Base of steun's document classes: immutable, keyword-constructed, compared by value.

    Classes with a document kind are checked by the Rust core whenever one is built, so an
    object that exists is a valid document.
    """

    __slots__ = ()
    _kind: ClassVar[Optional[str]] = None
    _fields: ClassVar[Tuple[Field, ...]] = ()

    def _init(self, values: Mapping[str, Any]) -> None:
        for f in self._fields:
            object.__setattr__(self, f.name, f.conv.build(values[f.name], (f.name,)))
        if self._kind is not None:
            _steun.validate_json(self._kind, dumps(self.to_dict()))

    @classmethod
    def _from_mapping(cls: Type[M], data: Mapping[str, Any], loc: Loc) -> M:
        names = {f.name for f in cls._fields}
        for key in data:
            if key not in names:
                allowed = ", ".join(f.name for f in cls._fields)
                raise invalid(loc + (key,), f"unknown field; allowed fields: {allowed}")
        obj = object.__new__(cls)
        for f in cls._fields:
            if f.name in data:
                value = f.conv.build(data[f.name], loc + (f.name,))
            elif f.default is not _MISSING:
                value = f.conv.build(f.default, loc + (f.name,))
            else:
                raise invalid(loc + (f.name,), "missing required field")
            object.__setattr__(obj, f.name, value)
        return obj

    @classmethod
    def from_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """Builds the object from a JSON-shaped dict; raises ValidationError naming the field."""
        if not isinstance(data, Mapping):
            raise invalid((), f"invalid type: got {_kind_name(data)}, expected an object")
        if cls._kind is not None:
            data = json.loads(_steun.validate_json(cls._kind, dumps(data)))
        return cls._from_mapping(data, ())

    @classmethod
    def from_json(cls: Type[M], text: "str | bytes") -> M:
        """Parses JSON text; raises ValidationError naming the field."""
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError:
                raise invalid((), "the JSON text is not valid UTF-8", "syntax") from None
        if not isinstance(text, str):
            raise TypeError("from_json takes str or bytes")
        if cls._kind is not None:
            return cls._from_mapping(json.loads(_steun.validate_json(cls._kind, text)), ())
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise invalid((), f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}", "syntax") from None
        return cls.from_dict(data)

    def to_dict(self) -> Dict[str, Any]:
        """The object as a JSON-shaped dict (codes for enums, ISO strings for dates)."""
        return {f.name: f.conv.dump(getattr(self, f.name)) for f in self._fields}

    def to_json(self) -> str:
        """The object as compact JSON text; for documents, the core's canonical form."""
        if self._kind is not None:
            return _steun.validate_json(self._kind, dumps(self.to_dict()))
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    def replace(self: M, **changes: Any) -> M:
        """A copy with some fields changed (checked like a new object)."""
        values = {f.name: getattr(self, f.name) for f in self._fields}
        for k in changes:
            if k not in values:
                raise TypeError(f"{type(self).__name__} has no field {k!r}")
        values.update(changes)
        new = object.__new__(type(self))
        new._init(values)
        return new

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; use .replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = ", ".join(f"{f.name}={f.conv.show(getattr(self, f.name))}" for f in self._fields)
        return f"{type(self).__name__}({parts})"
