"""Where an archive lives and which backend opens it: ``default_path`` and ``open_store``.

Kept apart from the ``Store`` protocol (``store/base.py``) because it imports the
backends, and the backends import the protocol's types.
"""

from __future__ import annotations

import os
from pathlib import Path

from pressespejl import settings
from pressespejl.errors import ArchiveNotFound, StoreError
from pressespejl.settings import setting
from pressespejl.store.base import DEFAULT_MARKERS, Store


def default_path() -> Path:
    """The archive used without ``--db``: the ``db`` setting (``$PRESSESPEJL_DB``, else
    ``$XDG_DATA_HOME/pressespejl/archive.sqlite``; see ``pressespejl.settings``)."""
    return Path(str(setting("db")))


def open_store(
    url: str | Path | None = None, *, markers: tuple[str, str] = DEFAULT_MARKERS,
    create: bool = True, read_only: bool | None = None, read_url: str | None = None,
) -> Store:
    """Open (and create or migrate) an archive.

    Args:
        url: ``None`` for the default SQLite file (``default_path``; ``$PRESSESPEJL_DB``
            may itself be a URL); ``postgresql://...`` (or ``postgres://``) for
            PostgreSQL; ``sqlite:///path``, a plain path, or ``:memory:`` for SQLite.
        markers: the default highlight markers for snippets.
        create: create a SQLite archive (and its folders) that does not exist yet;
            reading commands pass False, so a mistyped path is an error, not a new
            empty archive.
        read_only: open a SQLite archive for reading only; None (the default) does so
            when the file or its folder cannot be written, so a read-only archive can
            still be searched.
        read_url: a PostgreSQL read replica of ``url`` for search, quotes, facets,
            trend and entities (``PostgresStore``); writes go to ``url``.

    Raises:
        ArchiveNotFound: ``create`` is False and there is no SQLite archive at ``url``.
        StoreError: the archive cannot be opened or migrated.
        BackendUnavailable: the PostgreSQL driver is missing or the server unreachable.
    """
    text = str(url if url is not None else setting("db"))
    if text.startswith(("postgresql://", "postgres://")):
        from pressespejl.store.postgres import PostgresStore

        return PostgresStore(text, markers=markers, read_url=read_url)
    if read_url:
        raise StoreError("A read replica (--read-db) needs a PostgreSQL archive; the SQLite "
                         "archive is read where it is.")
    path = sqlite_path(text)
    if path != ":memory:":
        found = Path(path).expanduser()
        if not create and not found.is_file():
            raise ArchiveNotFound(_not_found(found))
        if read_only is None:
            read_only = found.is_file() and not _writable(found)
    from pressespejl.store.sqlite import SQLiteStore

    return SQLiteStore(path, markers=markers, read_only=bool(read_only))


def sqlite_path(url: str) -> str:
    """The file of a SQLite archive URL (``sqlite:///path``, a path or ``:memory:``).

    Raises:
        StoreError: the URL has a scheme Pressespejl does not know.
    """
    if url.startswith("sqlite://"):
        url = url.removeprefix("sqlite://")
        # sqlite:///abs/path -> /abs/path; sqlite:///:memory: -> :memory:
        return url[1:] if url.startswith("/:memory:") else url
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreError(
            f"Unknown archive URL scheme {scheme!r}: use a file path, sqlite:///path or "
            "postgresql://user@host/db."
        )
    return url


def _writable(path: Path) -> bool:
    """The file and its folder can be written (SQLite writes its journal beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _not_found(path: Path) -> str:
    default = Path(str(settings.default("db")))
    where = ("This is the default archive" if path == default.expanduser()
             else f"The default archive is {default}")
    return (f"No archive at {path}. {where}; choose another with --db or PRESSESPEJL_DB. "
            "`pressespejl ingest FILES` or `pressespejl demo` creates one.")
