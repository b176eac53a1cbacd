"""Option groups shared by several commands (as sqlite-utils shares output options)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from pressespejl.errors import PressespejlError, QueryError
from pressespejl.settings import setting

F = Callable[..., Any]


def _remember_read_db(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    ctx.meta["pressespejl.read_db"] = value


def db_option(f: F) -> F:
    """``--db``: where the archive lives (a SQLite path or a postgresql:// URL), and
    ``--read-db``: a PostgreSQL read replica that ``open_archive`` reads from."""
    # No envvar on --db: open_store reads the ``db`` setting (pressespejl.settings).
    f = click.option(
        "--read-db", default=None, metavar="URL",
        expose_value=False, callback=_remember_read_db,
        help="A read-only PostgreSQL replica of --db: searches, quotes, facets, trends and "
             "entities read there while ingests write to --db (`pressespejl docs "
             "scaling`). "
             "Without it, PRESSESPEJL_READ_DB.")(f)
    return click.option(
        "--db", "db", default=None, metavar="URL",
        help="Archive to use: a SQLite file path (default: "
             "~/.local/share/pressespejl/archive.sqlite) or a postgresql:// URL. "
             "Without it, PRESSESPEJL_DB (see `pressespejl config`).")(f)


@contextmanager
def open_archive(db: str | None, *, create: bool = False) -> Iterator[Any]:
    """The archive (``--db``), with library errors turned into click errors; a query
    error also shows the query with a caret under the problem. A store's ``notice`` (a
    PostgreSQL archive without RUM ranks slowly) goes to stderr.

    Only commands that add to an archive pass ``create``: for every other, a path with
    no archive is an error that names it and the default, not a new empty archive.
    """
    from pressespejl.store import open_store

    ctx = click.get_current_context(silent=True)
    read_db = (ctx.meta.get("pressespejl.read_db") if ctx is not None else None) or setting(
        "read_db")
    try:
        with open_store(db, create=create, read_url=read_db) as store:
            notice = getattr(store, "notice", None)
            if notice:
                click.echo(f"Note: {notice}", err=True)
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


class QueryCommand(click.Command):
    """A command whose QUERY argument may start with "-": ``search '-kina nato'``.

    Click reads any word starting with "-" as an option and stops at an unknown one.
    Here a word that starts with "-" but is not one of the command's options (nor its
    value) is taken as the query, as if written after ``--``.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not (param.is_flag or param.count)
        kept: list[str] = []
        queries: list[str] = []
        rest = iter(args)
        for arg in rest:
            if arg == "--":
                kept += [arg, *rest]
                break
            name = arg.split("=", 1)[0]
            if arg.startswith("-") and arg != "-" and name not in takes_value:
                queries.append(arg)
                continue
            kept.append(arg)
            if takes_value.get(arg):  # "--db PATH": the next word is its value
                value = next(rest, None)
                if value is not None:
                    kept.append(value)
        if queries:
            kept = [*kept, "--", *queries] if "--" not in kept else [*kept, *queries]
        return super().parse_args(ctx, kept)
