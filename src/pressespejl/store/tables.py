"""What an archive holds, table by table, as export, import, migrate and its checksum see it.

An archive is its articles with their analyses, plus the tables people add to it: office
holders loaded from a CSV (``pressespejl offices load``), corrections and saved
searches. Everything else is derived from those when an article is added (archive-wide
entities, the office table's ``archive`` rows merged from ``Analysis.offices``, the
search indexes) and is rebuilt when the articles are loaded again. Near-duplicate
groups ("clusters") are derived too, but depend on the order articles arrive in, so
they travel as a table of their own.

``ARCHIVE_TABLES`` names every table in the order it is exported and loaded (articles
first, so that later tables may refer to them). To carry a new table of user data across
export, import and migrate, and into the checksum, add one ``UserTable`` line to
``USER_TABLES``: its rows are copied column by column, and a row already in the target
(equal in every listed column) is skipped.

Checksums: each row is hashed as canonical JSON (``records.canonical_json``); a table's
checksum is ``records.archive_checksum`` of its row hashes (so it depends neither on the
order of rows nor on the backend); the archive's checksum hashes the tables' checksums
in ``ARCHIVE_TABLES`` order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pressespejl.search.danish import name_key
from pressespejl.store.records import canonical_json

Row = dict[str, Any]


@dataclass(frozen=True)
class UserTable:
    """A table of user data that is copied row by row.

    Args:
        name: the SQL table.
        columns: the columns that make up a row in the export file (never a surrogate
            key such as ``id``: the target numbers its rows itself).
        dates: columns holding a date (ISO text in the file).
        where: SQL condition selecting the table's user rows, when it also holds
            derived ones (``office_holdings``' ``archive`` rows).
        derived: columns the target computes from a row when inserting it.
    """

    name: str
    columns: tuple[str, ...]
    dates: tuple[str, ...] = ()
    where: str = ""
    derived: Mapping[str, Callable[[Row], Any]] = field(default_factory=dict)


USER_TABLES: tuple[UserTable, ...] = (
    UserTable(
        "office_holdings", ("office", "scope", "holder", "first_seen", "last_seen", "source"),
        dates=("first_seen", "last_seen"), where="source <> 'archive'",
        derived={"office_key": lambda r: name_key(r["office"]),
                 "scope_key": lambda r: name_key(r["scope"] or ""),
                 "holder_key": lambda r: name_key(r["holder"])}),
    UserTable("corrections", ("article_id", "kind", "target_start", "target_end", "value",
                              "author", "created_at", "note")),
    UserTable("saved_searches", ("name", "query", "params", "author", "created_at")),
)
"""Tables of user data, in the order they are loaded."""

ARTICLES = "articles"
"""Rows are ``records.to_record`` of each article and its analysis."""

CLUSTERS = "clusters"
"""Rows are ``{"article": id, "group": id}`` for each article with a near-duplicate group."""

ARCHIVE_TABLES: tuple[str, ...] = (ARTICLES, *(t.name for t in USER_TABLES), CLUSTERS)
"""Every table an export holds, in the order it is written and loaded."""


def user_table(name: str) -> UserTable:
    """The ``UserTable`` called ``name``.

    Raises:
        KeyError: there is none.
    """
    for table in USER_TABLES:
        if table.name == name:
            return table
    raise KeyError(name)


def row_checksum(row: Row) -> str:
    """SHA-256 of a row's canonical JSON."""
    return hashlib.sha256(canonical_json(row).encode()).hexdigest()


def combined_checksum(tables: Mapping[str, str]) -> str:
    """The archive checksum from each table's checksum, in ``ARCHIVE_TABLES`` order."""
    digest = hashlib.sha256()
    for name in ARCHIVE_TABLES:
        digest.update(f"{name}:{tables[name]}\n".encode())
    return digest.hexdigest()
