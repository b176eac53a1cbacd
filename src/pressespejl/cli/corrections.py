"""``pressespejl corrections``: people's corrections of the analysis, as a list or as a
test set in the ``pressespejl eval`` gold format (the web app and the API make them)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pressespejl.cli._options import db_option, open_archive


@click.group("corrections")
def corrections_command() -> None:
    """List or export the corrections people made in the web app or through the API.

    Example:

        pressespejl corrections list

        pressespejl corrections export gold.jsonl

        pressespejl eval gold.jsonl articles/
    """


@corrections_command.command("list")
@db_option
@click.option("--article", default=None, metavar="ID", help="Only this article's.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def list_command(db: str | None, article: str | None, fmt: str) -> None:
    """Every correction, oldest first, with who made it and when.

    Example:

        pressespejl corrections list --format json
    """
    with open_archive(db) as store:
        found = store.corrections(article)
    if fmt == "json":
        click.echo(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No corrections.")
    for c in found:
        value = ", ".join(f"{k}={v}" for k, v in c.value.items())
        click.echo(f"{c.created_at}  {c.author}  {c.article_id}  {c.kind} "
                   f"{c.target_start}-{c.target_end}" + (f"  {value}" if value else ""))


@corrections_command.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def export_command(file: Path, db: str | None) -> None:
    """Write the corrected articles to FILE in the `pressespejl eval` gold format
    (`pressespejl docs gold-format`): the archive's corrections become its own test set.

    Example:

        pressespejl corrections export gold.jsonl
    """
    from pressespejl.corrections import gold_records

    with open_archive(db) as store:
        records = gold_records(store)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if str(file) == "-":
        click.echo(text, nl=False)
    else:
        file.write_text(text, encoding="utf-8")
    click.echo(f"{len(records)} corrected articles written", err=True)
