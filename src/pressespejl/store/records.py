"""Lossless (Article, Analysis) <-> JSON records, and their checksums.

Export files, ``import`` and ``migrate`` all go through these two functions, so an
archive moved between backends can be compared record by record. The record is not the
public ``analysis_record`` contract of ``pressespejl analyse`` (that one leaves out the
text, mentions and lemmas); it is every field of both dataclasses.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from pressespejl.errors import InputError
from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    OfficeHolding,
    Person,
    Quote,
    Sentence,
    TimeExpression,
)

RECORD_VERSION = 1
"""Bump when the record layout changes; ``import`` refuses versions it does not know."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}

_AS_IS = frozenset({str, int, float, bool, type(None)})
"""Types a record holds as they are: checked by exact type first, the common case."""


def _plain(value: Any) -> Any:
    # dataclasses.asdict deep-copies every value; this walks the few shapes we have.
    # The exact-type tests first are a shortcut only (every article's record is built
    # for its checksum, hundreds of values): anything else takes the general tests.
    kind = type(value)
    if kind in _AS_IS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        if all(type(v) is str for v in value):  # lemmas, names, roles: the common case
            return list(value)
        return [_plain(v) for v in value]
    if kind is date:
        return value.isoformat()
    return _plain_any(value)


def _plain_any(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        if all(type(v) is str for v in value):
            return list(value)
        return [_plain(v) for v in value]
    if is_dataclass(value):
        names = tuple(f.name for f in fields(value))
        if not isinstance(value, type):  # an instance: its class's names, kept
            _FIELD_NAMES[type(value)] = names
        return {name: _plain(getattr(value, name)) for name in names}
    raise TypeError(f"cannot store {type(value).__name__}")


_ADDED_LATER = ("offices",)
"""Analysis fields added after record version 1: left out of a record when empty, so the
checksums of records stored before they existed stay valid."""


def to_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The JSON-ready record of one stored article."""
    plain = _plain(analysis)
    for name in _ADDED_LATER:
        if not plain[name]:
            del plain[name]
    return {"article": _plain(article), "analysis": plain}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def from_record(record: dict[str, Any]) -> tuple[Article, Analysis]:
    """Rebuild the dataclasses from ``to_record`` output.

    Raises:
        InputError: if a field is missing or has the wrong shape.
    """
    try:
        a = dict(record["article"])
        a["published"] = _day(a["published"])
        a["sources"] = tuple(a.get("sources", ()))
        article = Article(**a)
        n = dict(record["analysis"])
        analysis = Analysis(
            article_id=n["article_id"],
            pipeline=n["pipeline"],
            sentences=tuple(Sentence(**s) for s in n.get("sentences", ())),
            quotes=tuple(Quote(**q) for q in n.get("quotes", ())),
            people=tuple(
                Person(**{**p, "roles": tuple(p.get("roles", ()))}) for p in n.get("people", ())
            ),
            organisations=tuple(n.get("organisations", ())),
            places=tuple(n.get("places", ())),
            entities=tuple(Entity(**e) for e in n.get("entities", ())),
            time_expressions=tuple(
                TimeExpression(
                    **{**t, "earliest": _day(t.get("earliest")), "latest": _day(t.get("latest"))}
                )
                for t in n.get("time_expressions", ())
            ),
            definitions=tuple(Definition(**d) for d in n.get("definitions", ())),
            lemmas=tuple(n.get("lemmas", ())),
            offices=tuple(
                OfficeHolding(**{**o, "first_seen": date.fromisoformat(o["first_seen"]),
                                 "last_seen": date.fromisoformat(o["last_seen"])})
                for o in n.get("offices", ())
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"Not an archive record ({type(exc).__name__}: {exc}).") from exc
    return article, analysis


def canonical_json(record: dict[str, Any]) -> str:
    """One line of JSON with sorted keys: the same record always gives the same text."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_checksum(article: Article, analysis: Analysis) -> str:
    """SHA-256 of the canonical JSON of one record."""
    return hashlib.sha256(canonical_json(to_record(article, analysis)).encode()).hexdigest()


def archive_checksum(record_checksums: Iterable[str]) -> str:
    """SHA-256 over the sorted record checksums: independent of order and backend."""
    digest = hashlib.sha256()
    for checksum in sorted(record_checksums):
        digest.update(checksum.encode())
    return digest.hexdigest()
