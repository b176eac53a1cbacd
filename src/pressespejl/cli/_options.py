"""Option groups shared by several commands (as sqlite-utils shares output options)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from pressespejl.errors import PressespejlError, QueryError

F = Callable[..., Any]


def db_option(f: F) -> F:
    """``--db``: where the archive lives (a SQLite path or a postgresql:// URL)."""
    return click.option(
        "--db", "db", envvar="PRESSESPEJL_DB", default=None, metavar="URL",
        help="Archive to use: a SQLite file path (default: "
             "~/.local/share/pressespejl/archive.sqlite) or a postgresql:// URL. "
             "Also read from PRESSESPEJL_DB.")(f)


@contextmanager
def open_archive(db: str | None) -> Iterator[Any]:
    """The archive (``--db``), with library errors turned into click errors; a query
    error also shows the query with a caret under the problem."""
    from pressespejl.store import open_store

    try:
        with open_store(db) as store:
            yield store
    except QueryError as exc:
        pointer = exc.pointer()
        raise click.ClickException(f"{exc}\n{pointer}" if pointer else str(exc)) from exc
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc
