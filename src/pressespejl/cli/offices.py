"""``pressespejl offices list`` and ``offices load``: who held which office when.

Thin over ``Store.office_holdings`` and ``Store.load_offices_csv`` (the CSV format and
the rule that a user's table wins are in ``store/offices.py``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click

from pressespejl.cli._options import db_option, open_archive
from pressespejl.errors import QueryError


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    from pressespejl.search.query import parse_date

    try:
        return parse_date(value)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.group("offices")
def offices() -> None:
    """Offices over time: who was udenrigsminister when.

    The archive collects evidence from appositions ("Den danske udenrigsminister,
    Jeppe Kofod") as articles are stored; a table you load wins over it.

    Example:

        pressespejl offices list --office udenrigsminister --at 2022-01-12

        pressespejl offices load ministre.csv
    """


@offices.command("list")
@click.option("--office", default=None, metavar="OFFICE",
              help="Only this office, e.g. udenrigsminister (any case).")
@click.option("--at", callback=_day, metavar="DATE",
              help="Only holdings that include this day (2022-01-12; 2022-01 is its 1st).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people, json for scripts.")
@db_option
def list_command(office: str | None, at: date | None, fmt: str, db: str | None) -> None:
    """List office holdings: office, scope, holder, first and last day, source.

    Archive rows span the first and last article that named the holder so; rows
    from a loaded CSV say csv:<file>. A "-" last day means still in office.

    Example:

        pressespejl offices list

        pressespejl offices list --office udenrigsminister --at 2022-01-12
    """
    from pressespejl.store.offices import STILL_IN_OFFICE

    with open_archive(db) as store:
        rows = store.office_holdings(office=office, at=at)
    if fmt == "json":
        click.echo(json.dumps([{**asdict(r), "first_seen": r.first_seen.isoformat(),
                                "last_seen": r.last_seen.isoformat()} for r in rows],
                              ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No office holdings match.")
        return
    table = [(r.office, r.scope or "-", r.holder, r.first_seen.isoformat(),
              "-" if r.last_seen == STILL_IN_OFFICE else r.last_seen.isoformat(), r.source)
             for r in rows]
    header = ("office", "scope", "holder", "from", "to", "source")
    widths = [max(len(str(row[i])) for row in [header, *table]) for i in range(len(header))]
    for row in [header, *table]:
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


@offices.command("load")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def load_command(file: Path, db: str | None) -> None:
    """Load a CSV table of office holders (columns office, holder, from, to, scope).

    Every row is checked first; with any bad row nothing is loaded and each bad line
    is named. Loading a file of the same name again replaces its rows. Dates are
    2022-01-12, 2022-01 or 2022; an empty "to" means still in office.

    Example:

    \b
        ministre.csv:
        office,holder,from,to,scope
        udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark
        udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark

        pressespejl offices load ministre.csv
    """
    from pressespejl.store.offices import csv_source

    with open_archive(db, create=True) as store:
        count = store.load_offices_csv(file)
    click.echo(f"loaded {count} office holdings from {file} (source {csv_source(file)})",
               err=True)


# The name the command table uses (cli/__init__.py).
offices_command = offices
