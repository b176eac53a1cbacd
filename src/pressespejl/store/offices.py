"""Offices over time: reading a user's CSV table, and letting it win over the archive.

The archive collects ``OfficeHolding`` evidence from appositions when articles are added
("Den danske udenrigsminister, Jeppe Kofod" -> udenrigsminister, Danmark, Jeppe Kofod,
first/last seen = the article's dates). Users may load their own table with
``Store.load_offices_csv`` (``pressespejl offices load FILE.csv``)::

    office,holder,from,to,scope
    udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark
    udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark

``from`` and ``to`` are days (``2019-06-27``), months (``2019-06``: its first or last day)
or years; an empty ``to`` means still in office (stored as 9999-12-31). ``scope`` is
optional. A user row wins: archive evidence for the same office (and scope, if the row
has one and the evidence too) whose period overlaps the row's is not returned.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from pressespejl.errors import InputError, QueryError
from pressespejl.search.danish import name_key
from pressespejl.types import OfficeHolding

STILL_IN_OFFICE = date(9999, 12, 31)
"""``last_seen`` of a user row with an empty ``to``."""

REQUIRED = ("office", "holder", "from", "to")


def csv_source(path: str | Path) -> str:
    """The ``source`` of rows loaded from ``path``: ``csv:<file name>``."""
    return f"csv:{Path(path).name}"


def _day(value: str, end: bool) -> date:
    from pressespejl.search.query import parse_date

    try:
        return parse_date(value, end=end)
    except QueryError as exc:
        raise ValueError(str(exc)) from exc  # "Bad date '2020-13-01': there is no month 13."


def read_offices_csv(path: str | Path) -> list[OfficeHolding]:
    """Read and check a CSV table of office holders.

    Raises:
        InputError: the file is missing, lacks a column, or has bad rows; the message
            lists every bad row with its line number, so all can be fixed at once.
    """
    source = csv_source(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip().lower() for h in reader.fieldnames or []]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise InputError(
                    f"{path}: the header lacks {', '.join(missing)}; the columns are "
                    "office, holder, from, to and optionally scope.")
            reader.fieldnames = header
            rows: list[OfficeHolding] = []
            problems: list[str] = []
            for row in reader:
                line = reader.line_num
                values = {k: (v or "").strip() for k, v in row.items() if k is not None}
                if not any(values.values()):
                    continue
                try:
                    rows.append(_holding(values, source))
                except ValueError as exc:
                    problems.append(f"  line {line}: {exc}")
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {path}.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason}); save it as UTF-8.") from exc
    if problems:
        raise InputError(f"{path}: {len(problems)} bad rows, nothing loaded:\n"
                         + "\n".join(problems))
    return rows


def _holding(values: dict[str, str], source: str) -> OfficeHolding:
    office, holder = values.get("office", ""), values.get("holder", "")
    if not office:
        raise ValueError("office is empty")
    if not holder:
        raise ValueError("holder is empty")
    if not values.get("from"):
        raise ValueError("from is empty (the first day in office)")
    first = _day(values["from"], end=False)
    last = _day(values["to"], end=True) if values.get("to") else STILL_IN_OFFICE
    if last < first:
        raise ValueError(f"to ({values['to']}) is before from ({values['from']})")
    return OfficeHolding(office=office.lower(), holder=holder, first_seen=first,
                         last_seen=last, scope=values.get("scope") or None, source=source)


def _overlaps(a: OfficeHolding, b: OfficeHolding) -> bool:
    return a.first_seen <= b.last_seen and b.first_seen <= a.last_seen


def prefer_user_rows(rows: Iterable[OfficeHolding]) -> list[OfficeHolding]:
    """Drop archive evidence that a user row of the same office and period contradicts.

    Scopes must be equal, unless one of the two has none: a user row without a scope
    covers the office in every scope, and archive evidence without a scope ("minister
    Jeppe Kofod": Danish news leaves Danish offices unscoped) is covered by a user row
    with one.
    """
    rows = list(rows)
    user = [r for r in rows if r.source != "archive"]
    if not user:  # the common case: nothing to contradict the archive's evidence
        return rows
    kept = []
    for row in rows:
        if row.source == "archive" and any(
                name_key(u.office) == name_key(row.office)
                and (u.scope is None or row.scope is None
                     or name_key(u.scope) == name_key(row.scope))
                and _overlaps(u, row) for u in user):
            continue
        kept.append(row)
    return kept
