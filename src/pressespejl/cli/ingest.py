"""``pressespejl ingest`` and ``pressespejl demo``: read, analyse and store articles."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click
from tqdm import tqdm

from pressespejl.cli._options import db_option, input_options
from pressespejl.errors import PressespejlError
from pressespejl.types import Article, IngestProblem, SkippedFile


def run_ingest(paths: list[Path], db: str | None, model: Path | None, quiet: bool,
               date: str | None = None, verbose: bool = False) -> int:
    """Ingest ``paths`` into ``db`` with a progress bar; return the exit status."""
    from pressespejl.jobs import ingest
    from pressespejl.nlp import load_pipeline
    from pressespejl.store import open_store

    try:
        nlp = load_pipeline(model)
        store = open_store(db)
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc
    bar = tqdm(unit=" articles", disable=quiet, desc="ingest", leave=False)

    def progress(item: Article | IngestProblem | SkippedFile) -> None:
        if isinstance(item, SkippedFile):
            if verbose:
                bar.write(f"skipped: {item}", file=sys.stderr)
            return
        if isinstance(item, IngestProblem):
            bar.write(f"rejected: {item}", file=sys.stderr)
        bar.update(1)

    try:
        report = ingest(paths, store, nlp=nlp, progress=progress, date=date)
    finally:
        bar.close()
        store.close()
    click.echo(report.summary(), err=True)
    if report.interrupted:
        return 130
    return 1 if report.problems else 0


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--model", type=click.Path(path_type=Path), default=None,
              help="A trained spaCy pipeline directory to use instead of the bundled one.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@input_options
def ingest_command(paths: tuple[Path, ...], db: str | None, model: Path | None,
                   quiet: bool, date: str | None, verbose: bool) -> None:
    """Read, analyse and store articles in the archive.

    PATHS are files (seed text .txt, JSON Lines .jsonl, HTML, RSS/Atom) or folders.
    Ingesting is idempotent: an article already stored is counted as a duplicate and
    skipped, so an interrupted run can simply be run again. Rejected inputs are named
    with file and line; the exit status is 1 if any were rejected, 130 if interrupted.
    Files in folders that are not articles (README.md, ...) are skipped, not rejected;
    --verbose lists them. Articles without a date are stored undated unless --date
    gives one.

    Example:

        pressespejl ingest ~/nyheder/ --db archive.sqlite

        pressespejl ingest --date 2021-03 excerpts/

        PRESSESPEJL_DB=postgresql://localhost/pressespejl pressespejl ingest feed.jsonl
    """
    raise SystemExit(run_ingest(list(paths), db, model, quiet, date=date, verbose=verbose))


def sample_corpus() -> Path:
    """The bundled sample corpus (the seed article and a few more Danish articles)."""
    return Path(str(resources.files("pressespejl") / "data" / "sample"))


@click.command("demo")
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def demo(db: str | None, quiet: bool) -> None:
    """Ingest the bundled sample corpus and print who said what.

    Uses the default archive (or --db), so search works right after:

    Example:

        pressespejl demo

        pressespejl search 'Rusland AND speaker:Stoltenberg'
    """
    from pressespejl.cli._report import render_analysis
    from pressespejl.ingest import read_path
    from pressespejl.nlp import analyze_many, load_pipeline

    corpus = sample_corpus()
    status = run_ingest([corpus], db, None, quiet)
    articles = (a for a in read_path(corpus) if isinstance(a, Article))
    for article, analysis in analyze_many(articles, nlp=load_pipeline()):
        click.echo(render_analysis(article, analysis))
    raise SystemExit(status)
