"""``pressespejl analyse``: extraction without a database."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pressespejl.cli._options import input_options
from pressespejl.cli._report import render_analysis
from pressespejl.errors import PressespejlError
from pressespejl.types import IngestProblem, SkippedFile, analysis_record


@click.command("analyse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True,
              help="text: a readable who-said-what report; json: one JSON object per "
                   "article (JSON Lines; the fields never change meaning, and "
                   "article_id is the id search and quotes show).")
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None,
              help="A trained spaCy pipeline directory to use instead of the bundled one.")
@input_options
def analyse(paths: tuple[Path, ...], fmt: str, model: Path | None, date: str | None,
            verbose: bool) -> None:
    """Extract who said what, when, about whom and where, and print it.

    PATHS are article files (seed text .txt, JSON Lines, HTML, RSS/Atom) or folders of
    them. Nothing is stored; see `pressespejl ingest` for that. Problems with an input
    are reported on stderr and the rest goes on; the exit status is 1 if any input
    was rejected. Files in folders that are not articles (README.md, ...) are skipped.

    Example:

        pressespejl analyse article.txt

        pressespejl analyse --date 2021-03 undated-excerpt.txt

        pressespejl analyse --format json articles/ > analyses.jsonl
    """
    from pressespejl.jobs import analyse as analyse_paths

    rejected = False
    try:
        for item in analyse_paths(paths, date=date, model=model):
            if isinstance(item, SkippedFile):
                if verbose:
                    click.echo(f"skipped: {item}", err=True)
            elif isinstance(item, IngestProblem):
                rejected = True
                click.echo(f"rejected: {item}", err=True)
            elif isinstance(item, tuple):
                article, analysis = item
                if fmt == "json":
                    click.echo(json.dumps(analysis_record(article, analysis),
                                          ensure_ascii=False))
                else:
                    click.echo(render_analysis(article, analysis))
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc
    if rejected:
        raise SystemExit(1)
