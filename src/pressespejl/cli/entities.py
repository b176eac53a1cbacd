"""``pressespejl entities`` and ``pressespejl entity``: people, organisations and places.

Thin over ``Store.entities`` and ``Store.entity`` (ids and linking rules are in
``store/entities.py``).
"""

from __future__ import annotations

import json

import click

from pressespejl.cli._options import db_option, open_archive
from pressespejl.cli._report import counted, quoted, shown_date, shown_days


def _format_option(f):  # type: ignore[no-untyped-def]
    return click.option("--format", "fmt", type=click.Choice(["text", "json"]),
                        default="text", show_default=True,
                        help="text for people, json for scripts.")(f)


@click.command("entities")
@click.argument("query", required=False, default=None)
@click.option("--kind", type=click.Choice(["person", "org", "place"]), default=None,
              help="Only people, organisations or places.")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@_format_option
@db_option
def entities_command(query: str | None, kind: str | None, limit: int, fmt: str,
                     db: str | None) -> None:
    """List the people, organisations and places of the archive, most named first.

    QUERY is part of a name, in any case ("stolten" finds Jens Stoltenberg). Each has
    a stable id (per:jens-stoltenberg, org:nato, loc:aarhus) for `pressespejl entity`.

    Example:

        pressespejl entities --kind person

        pressespejl entities nato --format json
    """
    with open_archive(db) as store:
        rows = store.entities(kind=kind, query=query, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No entities match.")
        return
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        click.echo(f"{r['id']:<{width}}  {r['name']}  ({counted(r['articles'], 'article')}, "
                   f"{counted(r['quotes'], 'quote')}, "
                   f"{shown_days(r['first_seen'], r['last_seen'])})")


@click.command("entity")
@click.argument("name")
@_format_option
@db_option
def entity_command(name: str, fmt: str, db: str | None) -> None:
    """Show one person, organisation or place: roles, offices, quotes, company.

    NAME is an id (per:jens-stoltenberg), a name in any case, or the surname of
    exactly one person.

    Example:

        pressespejl entity Stoltenberg

        pressespejl entity per:jeppe-kofod --format json
    """
    with open_archive(db) as store:
        found = store.entity(name)
    if found is None:
        raise click.ClickException(
            f"No entity {name!r} in the archive; list candidates with "
            f"`pressespejl entities {name.split()[-1] if name.split() else name}`.")
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{found['name']}  ({found['id']}, {found['kind']})")
    click.echo(f"seen {shown_days(found['first_seen'], found['last_seen'])} in "
               f"{counted(found['articles'], 'article')}, "
               f"{counted(found['mentions'], 'mention')}, {counted(found['quotes'], 'quote')}")
    if found["roles"]:
        click.echo("roles: " + ", ".join(f"{r['role']} ({r['articles']})"
                                         for r in found["roles"]))
    for office in found["offices"]:
        scope = f" ({office['scope']})" if office["scope"] else ""
        click.echo(f"office: {office['office']}{scope} {office['first_seen']}.."
                   f"{office['last_seen']} [{office['source']}]")
    if found["latest_quotes"]:
        click.echo("latest quotes:")
        for q in found["latest_quotes"]:
            click.echo(f"  {shown_date(q['date'])}  {quoted(q['text'])}  (id {q['article_id']})")
    if found["co_mentioned"]:
        click.echo("named with: " + ", ".join(f"{c['name']} ({c['articles']})"
                                              for c in found["co_mentioned"]))
