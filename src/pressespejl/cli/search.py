"""``pressespejl search``, ``quotes`` and ``trend``: ask the archive.

Each command builds a ``SearchQuery`` from its options, calls one ``Store`` method and
prints the result as text (for people) or JSON (for scripts). Query errors are shown with
a caret under the problem.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any

import click

from pressespejl.cli._options import QueryCommand, db_option, open_archive
from pressespejl.cli._report import counted, quoted, shown_date
from pressespejl.errors import QueryError
from pressespejl.types import SearchQuery

F = Callable[..., Any]


def _date_option(name: str, end: bool, help_text: str) -> F:
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
        if value is None:
            return None
        from pressespejl.search.query import parse_date

        try:
            return parse_date(value, end=end)
        except QueryError as exc:
            raise click.BadParameter(str(exc)) from exc

    return click.option(name, "date_to" if end else "date_from", metavar="DATE",
                        callback=convert, help=help_text)


def filter_options(f: F) -> F:
    """The filters every search command shares; repeat an option for any-of."""
    for option in reversed([
        _date_option("--from", False, "First day: 2022-01-10, or 2022-01 / 2022 for its "
                     "first day. Articles dated only by month overlap if any day does."),
        _date_option("--to", True, "Last day: 2022-01-31, or 2022-01 / 2022 for its last day."),
        click.option("--speaker", "speakers", multiple=True, metavar="NAME",
                     help="Quoted speaker, full name or surname (case-insensitive)."),
        click.option("--person", "people", multiple=True, metavar="NAME",
                     help="Person named in the article (quotes: mentioned in the quote)."),
        click.option("--place", "places", multiple=True, metavar="NAME", help="Place named."),
        click.option("--source", "sources", multiple=True, metavar="NAME",
                     help="Wire source from the byline, e.g. ritzau."),
        click.option("--outlet", "outlets", multiple=True, metavar="NAME",
                     help="Outlet, e.g. dr."),
    ]):
        f = option(f)
    return f


def format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                        show_default=True, help="text for people, json for scripts.")(f)


def _query(text: str, **options: Any) -> SearchQuery:
    keys = ("date_from", "date_to", "speakers", "people", "places", "sources", "outlets",
            "sort", "limit", "offset")
    return SearchQuery(text=text, **{k: v for k, v in options.items() if k in keys})


@click.command("search", cls=QueryCommand)
@click.argument("query", required=False, default="")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]),
              default="relevance", show_default=True, help="Order of the hits.")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many hits.")
@click.option("--facets", "with_facets", is_flag=True,
              help="Also count matches by source, outlet, month, person, speaker, place.")
@click.option("--collapse", is_flag=True,
              help="Show one hit per group of near-duplicate wire copies, with a count.")
@format_option
@db_option
def search(query: str, with_facets: bool, collapse: bool, fmt: str, db: str | None,
           **options: Any) -> None:
    """Search the archive for articles.

    QUERY uses the query language: words match any inflection
    and compounds ("alliance" finds "forsvarsalliancen"), "exact phrases",
    AND / OR / NOT or -word (a query may start with one), (parentheses),
    prefixes rus*, and filters speaker:, person:, place:, source:, outlet:,
    date:2022-01 or date:2022-01-10..2022-01-31.

    speaker:NAME finds articles in which NAME is quoted; the other words may be
    anywhere in the article, said by anyone. For what NAME said, use
    `pressespejl quotes --speaker NAME --query WORDS`.

    Example:

        pressespejl search 'soldat (rusland OR ukraine)' --from 2022-01 --facets

        pressespejl search '-kina "væbnet konflikt"' --sort newest --format json

        pressespejl search 'speaker:Stoltenberg date:2022-01'

        pressespejl search 'Rusland' --collapse
    """
    search_query = _query(query, **options)
    with open_archive(db) as store:
        results = store.search(search_query, collapse=collapse)
        facets = store.facets(search_query) if with_facets else None
    if fmt == "json":
        hits = [asdict(h) | ({"copies": results.copies.get(h.article_id, 1)}
                             if collapse else {}) for h in results.hits]
        payload: dict[str, Any] = {"total": results.total,
                                   "total_capped": results.total_capped, "hits": hits}
        if facets is not None:
            payload["facets"] = {k: [list(v) for v in values] for k, values in facets.items()}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    first, last = search_query.offset + 1, search_query.offset + len(results.hits)
    # Counting stops at a cap so common words stay fast.
    if results.total_capped:
        count = f"more than {results.total:,} articles match"
    else:
        count = counted(results.total, "article") + (" matches" if results.total == 1
                                                     else " match")
    # Which hits are shown, when not all of them: "(showing 11-20)", "(showing 21)".
    if results.hits and (first > 1 or last < results.total or results.total_capped):
        count += f" (showing {first}-{last})" if first < last else f" (showing {first})"
    click.echo(count)
    for hit in results.hits:
        where = "; ".join(x for x in (hit.outlet, ", ".join(hit.sources)) if x)
        click.echo("")
        click.echo(f"{shown_date(hit.date)}  {hit.title or '(no title)'}"
                   + (f"  ({where})" if where else ""))
        click.echo(f"    {hit.snippet}")
        click.echo(f"    id {hit.article_id}" + (f"  {hit.path}" if hit.path else ""))
        copies = results.copies.get(hit.article_id, 1) if collapse else 1
        if copies > 1:
            click.echo(f"    + {copies - 1} near-duplicate copies")
    if facets is not None:
        click.echo("")
        for name, values in facets.items():
            listed = ", ".join(f"{value} ({count})" for value, count in values) or "-"
            click.echo(f"{name}: {listed}")


@click.command("quotes")
@click.option("-q", "--query", "text", default="", metavar="QUERY",
              help="Words in the quote (the query language of `pressespejl search`).")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]),
              default="newest", show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@format_option
@db_option
def quotes(text: str, fmt: str, db: str | None, **options: Any) -> None:
    """Who said what: search quotes by their words, speaker and who they mention.

    --speaker is who said it; --query the words in the quote (the query language of
    `pressespejl search`); --person is someone the quote names.

    Example:

        pressespejl quotes --speaker Stoltenberg --query Rusland --from 2022-01

        pressespejl quotes --speaker Kofod --query 'diplomatiske spor'

        pressespejl quotes --query Ukraine --format json
    """
    search_query = _query(text, **options)
    with open_archive(db) as store:
        hits = store.quotes(search_query)
    if fmt == "json":
        click.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("No quotes match.")
    for hit in hits:
        q = hit.quote
        click.echo(f"{shown_date(hit.date)}  {q.speaker or '(unknown speaker)'} ({q.kind}): "
                   f"{quoted(hit.snippet or q.text)}")
        click.echo(f"    id {hit.article_id}  characters {q.start}-{q.end}")


@click.command("trend", cls=QueryCommand)
@click.argument("query", required=False, default="")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month",
              show_default=True, help="Bucket size; weeks are ISO weeks (2022-W02).")
@filter_options
@click.option("--csv", "as_csv", is_flag=True, help="CSV (period,articles) on stdout.")
@db_option
def trend(query: str, by: str, as_csv: bool, db: str | None, **options: Any) -> None:
    """How many articles match QUERY per day, week or month.

    Empty periods between the first and the last are shown as 0. An article dated
    only by month counts on the month's first day.

    Example:

        pressespejl trend 'rusland nato' --by week

        pressespejl trend 'speaker:Kofod' --by month --csv > kofod.csv
    """
    search_query = _query(query, **options)
    with open_archive(db) as store:
        rows = store.trend(search_query, by=by)  # type: ignore[arg-type]
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["period", "articles"])
        writer.writerows(rows)
        return
    if not rows:
        click.echo("No articles match.")
        return
    peak = max(n for _, n in rows) or 1
    width = max(len(label) for label, _ in rows)
    for label, n in rows:
        click.echo(f"{label:<{width}}  {n:>5}  {'#' * max(0, round(40 * n / peak))}")
