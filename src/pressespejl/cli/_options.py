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
def open_archive(db: str | None, *, create: bool = False) -> Iterator[Any]:
    """The archive (``--db``), with library errors turned into click errors; a query
    error also shows the query with a caret under the problem.

    Only commands that add to an archive pass ``create``: for every other, a path with
    no archive is an error that names it and the default, not a new empty archive.
    """
    from pressespejl.store import open_store

    try:
        with open_store(db, create=create) as store:
            yield store
    except QueryError as exc:
        pointer = exc.pointer()
        raise click.ClickException(f"{exc}\n{pointer}" if pointer else str(exc)) from exc
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from pressespejl.ingest._dates import parse_given_date

    try:
        parse_given_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def input_options(f: F) -> F:
    """``--date`` and ``--verbose``: how inputs are read (``analyse`` and ``ingest``)."""
    f = click.option(
        "-v", "--verbose", is_flag=True,
        help="Also list the files in the folders that were skipped as not articles "
             "(README.md, LICENSE, .csv, ...).")(f)
    return click.option(
        "--date", "date", default=None, metavar="YYYY-MM-DD|YYYY-MM", callback=_check_date,
        help="The date of articles whose input gives none. An input's own date (date "
             "line, JSON field, page markup, feed item) wins, then a dateline in the "
             "text (\"Publiceret 12. marts 2021\"); without either and without --date an "
             "article is analysed undated: relative times (\"i går\") get no day.")(f)
