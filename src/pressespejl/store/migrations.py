"""Numbered SQL migrations in ``store/schema/``: ``<backend>_<NNN>_<name>.sql``.

Each file runs once, in its own transaction, in number order. The version reached is
kept in the ``schema_version`` table (one row per applied file) and, for SQLite, also in
``PRAGMA user_version`` (cheap to read, visible to any SQLite tool). To change the
schema, add the next file; never edit one that has been released.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pressespejl.errors import StoreError

_NAME = re.compile(r"^(sqlite|postgres)_(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(backend: str) -> list[Migration]:
    """The migrations of one backend (``sqlite`` or ``postgres``), in order."""
    found = []
    for entry in resources.files("pressespejl.store").joinpath("schema").iterdir():
        match = _NAME.match(entry.name)
        if match and match.group(1) == backend:
            found.append(Migration(int(match.group(2)), match.group(3), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:  # pragma: no cover - a packaging mistake
            raise RuntimeError(f"schema/{backend}_{expected:03d}_*.sql is missing")
    return found


def pending(backend: str, current: int, where: str) -> list[Migration]:
    """The migrations an archive at schema ``current`` still needs, in order.

    Raises:
        StoreError: the archive (``where``, for the message) is newer than this code.
    """
    found = migrations(backend)
    latest = found[-1].version if found else 0
    if current > latest:
        raise StoreError(
            f"The archive {where} has schema version {current}, newer than this "
            f"Pressespejl knows ({latest}); upgrade Pressespejl to use it."
        )
    return [m for m in found if m.version > current]


def latest_version(backend: str) -> int:
    """The schema version this code writes."""
    found = migrations(backend)
    return found[-1].version if found else 0


def sqlite_has_table(cur: Any, name: str) -> bool:
    """Whether a SQLite archive (a connection or a cursor on it) has the table ``name``:
    how readers tell an archive held below a schema (tests keep some) from a current one."""
    found = cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
    return found.fetchone() is not None
