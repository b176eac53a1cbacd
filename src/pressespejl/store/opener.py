"""Where an archive lives and which backend opens it: ``default_path`` and ``open_store``.

Kept apart from the ``Store`` protocol (``store/base.py``) because it imports the
backends, and the backends import the protocol's types.
"""

from __future__ import annotations

import os
from pathlib import Path

from pressespejl.errors import StoreError
from pressespejl.store.base import DEFAULT_MARKERS, Store


def default_path() -> Path:
    """``$PRESSESPEJL_DB``, else ``$XDG_DATA_HOME/pressespejl/archive.sqlite``.

    ``XDG_DATA_HOME`` defaults to ``~/.local/share`` (the XDG base directory spec).
    """
    env = os.environ.get("PRESSESPEJL_DB")
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "pressespejl" / "archive.sqlite"


def open_store(
    url: str | Path | None = None, *, markers: tuple[str, str] = DEFAULT_MARKERS
) -> Store:
    """Open (and create or migrate) an archive.

    Args:
        url: ``None`` for the default SQLite file (``default_path``; ``$PRESSESPEJL_DB``
            may itself be a URL); ``postgresql://...`` (or ``postgres://``) for
            PostgreSQL; ``sqlite:///path``, a plain path, or ``:memory:`` for SQLite.
        markers: the default highlight markers for snippets.

    Raises:
        StoreError: the archive cannot be opened or migrated.
        BackendUnavailable: the PostgreSQL driver is missing or the server unreachable.
    """
    if url is None:
        env = os.environ.get("PRESSESPEJL_DB")
        url = env if env else default_path()
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        from pressespejl.store.postgres import PostgresStore

        return PostgresStore(text, markers=markers)
    if text.startswith("sqlite://"):
        text = text.removeprefix("sqlite://")
        # sqlite:///abs/path -> /abs/path; sqlite:///:memory: -> :memory:
        text = text[1:] if text.startswith("/:memory:") else text
    elif "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"Unknown archive URL scheme {scheme!r}: use a file path, sqlite:///path or "
            "postgresql://user@host/db."
        )
    from pressespejl.store.sqlite import SQLiteStore

    return SQLiteStore(text, markers=markers)
