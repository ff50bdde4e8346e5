"""The record contract: one typed model for a press release.

Field names follow ``CONTRACT.md``; they are relied on from outside the code and
may be extended but never renamed. Every class converts to and from plain JSON
(``to_dict`` / ``from_dict``); :func:`json_schema` derives a JSON Schema from
the type hints, so the schema can never drift from the model.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import types
import typing
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin

SourceFormat = Literal["html", "text", "pdf"]
MemberKind = Literal["Stadt", "Gemeinde", "Amt", "Landkreis", "Verband"]

MEMBER_KINDS: tuple[str, ...] = get_args(MemberKind)
SOURCE_FORMATS: tuple[str, ...] = get_args(SourceFormat)


class RecordError(ValueError):
    """A JSON value does not fit the record contract; names the field and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class _Model:
    """Shared JSON conversion for the dataclasses of this module."""

    def to_dict(self) -> dict[str, Any]:
        """Return the object as plain JSON-compatible data, in field order."""
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: Any, path: str = "record") -> Any:
        """Build an instance from JSON data, raising :class:`RecordError` on bad input."""
        return _load(cls, data, path)


@dataclass
class Source(_Model):
    """Where the raw document came from."""

    uri: str
    sha256: str
    format: SourceFormat
    bytes: int


@dataclass
class Speaker(_Model):
    """A person quoted in the release, with the role stated there."""

    name: str
    honorific: str | None = None
    given_name: str | None = None
    surname: str | None = None
    role: str | None = None
    organisation: str | None = None
    quotes: list[str] = field(default_factory=list)


@dataclass
class Member(_Model):
    """One entry of a member list, linked to an official key where certain."""

    name: str
    kind: MemberKind | None = None
    key: str | None = None


@dataclass
class MemberList(_Model):
    """A list of members (municipalities, Ämter, associations) named in the text."""

    label: str
    members: list[Member] = field(default_factory=list)
    body: str | None = None  # the body whose members these are, as the text names it


@dataclass
class PlaceMention(_Model):
    """A place named in the text, with its official key where linked."""

    name: str
    key: str | None = None


@dataclass
class Mentions(_Model):
    """Persons, places and organisations named anywhere in the release."""

    persons: list[str] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


@dataclass
class Record(_Model):
    """A press release as a structured record (see CONTRACT.md)."""

    id: str
    source: Source
    version: int = 1
    publisher: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    categories: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    language: str = "de"
    body: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    member_lists: list[MemberList] = field(default_factory=list)
    mentioned_dates: list[str] = field(default_factory=list)
    mentions: Mentions = field(default_factory=Mentions)
    warnings: list[str] = field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        """Serialise to a JSON string (UTF-8 text, umlauts unescaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Record:
        """Parse a JSON string produced by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError("record", f"not valid JSON ({exc.msg} at line {exc.lineno})") from exc
        return cls.from_dict(data)


_PATTERNS = {
    ("Record", "date"): r"^\d{4}-\d{2}-\d{2}$",
    ("Source", "sha256"): r"^[0-9a-f]{64}$",
    ("Record", "mentioned_dates"): r"^\d{4}(-\d{2}(-\d{2})?)?$",
    ("Member", "key"): r"^(\d{5}|\d{8}|\d{9}|\d{12})$",
    ("PlaceMention", "key"): r"^(\d{5}|\d{8}|\d{9}|\d{12})$",
}


def _dump(value: Any) -> Any:
    if isinstance(value, _Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load(tp: Any, data: Any, path: str) -> Any:
    """Convert JSON ``data`` to type ``tp``, validating as it goes."""
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        if data is None:
            if type(None) in options:
                return None
            raise RecordError(path, "must not be null")
        inner = [o for o in options if o is not type(None)]
        return _load(inner[0], data, path)
    if origin is Literal:
        if data not in get_args(tp):
            allowed = ", ".join(repr(a) for a in get_args(tp))
            raise RecordError(path, f"{data!r} is not one of {allowed}")
        return data
    if origin is list:
        if not isinstance(data, list):
            raise RecordError(path, f"expected a list, got {type(data).__name__}")
        (item_type,) = get_args(tp)
        return [_load(item_type, item, f"{path}[{i}]") for i, item in enumerate(data)]
    if isinstance(tp, type) and issubclass(tp, _Model):
        if not isinstance(data, dict):
            raise RecordError(path, f"expected an object, got {type(data).__name__}")
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(tp):
            fpath = f"{path}.{f.name}"
            if f.name not in data:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise RecordError(fpath, "is required")
                continue
            kwargs[f.name] = _load(hints[f.name], data[f.name], fpath)
        unknown = sorted(set(data) - {f.name for f in dataclasses.fields(tp)})
        if unknown:
            raise RecordError(f"{path}.{unknown[0]}", "is not a field of the record contract")
        return tp(**kwargs)
    if tp is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise RecordError(path, f"expected an integer, got {type(data).__name__}")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise RecordError(path, f"expected a string, got {type(data).__name__}")
        return data
    raise RecordError(path, f"unsupported type {tp!r}")  # pragma: no cover - model bug


def _schema_for(tp: Any, owner: str, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [o for o in get_args(tp) if o is not type(None)]
        schema = _schema_for(inner[0], owner, name, defs)
        if "$ref" in schema:
            return {"anyOf": [schema, {"type": "null"}]}
        if "enum" in schema:
            return {"enum": [*schema["enum"], None]}
        return {**schema, "type": [schema["type"], "null"]}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin is list:
        (item_type,) = get_args(tp)
        return {"type": "array", "items": _schema_for(item_type, owner, name, defs)}
    if isinstance(tp, type) and issubclass(tp, _Model):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    schema: dict[str, Any] = {"type": {int: "integer", str: "string"}[tp]}
    pattern = _PATTERNS.get((owner, name))
    if pattern:
        schema["pattern"] = pattern
    return schema


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ in defs:
        return defs[cls.__name__]
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = _hints(cls)
    props = {f.name: _schema_for(hints[f.name], cls.__name__, f.name, defs) for f in dataclasses.fields(cls)}
    required = [
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    definition = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }
    defs[cls.__name__] = definition
    return definition


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :class:`Record`, derived from the model."""
    defs: dict[str, Any] = {}
    _define(Record, defs)
    root = defs.pop("Record")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://pressearchiv.invalid/schema/record.json",
        "title": "Pressearchiv record",
        **root,
        "$defs": defs,
    }


def make_record_id(uri: str) -> str:
    """Return the stable id of the document at ``uri``: a readable slug plus a hash of the uri.

    The same uri always gives the same id; a changed document at the same uri keeps
    its id and gets a new version.
    """
    stem = uri.rstrip("/").rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    slug = _slugify(stem)[:60].strip("-") or "dokument"
    digest = hashlib.sha256(uri.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def _slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", urllib.parse.unquote(text).translate(_UMLAUTS))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


if __name__ == "__main__":  # pragma: no cover - writes the committed schema file
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
