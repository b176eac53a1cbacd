"""``pressespejl ingest`` and ``pressespejl demo``: read, analyse and store articles."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click
from tqdm import tqdm

from pressespejl.cli._options import db_option
from pressespejl.errors import PressespejlError
from pressespejl.types import Article, IngestProblem


def run_ingest(paths: list[Path], db: str | None, model: Path | None, quiet: bool) -> int:
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

    def progress(item: Article | IngestProblem) -> None:
        if isinstance(item, IngestProblem):
            bar.write(f"rejected: {item}", file=sys.stderr)
        bar.update(1)

    try:
        report = ingest(paths, store, nlp=nlp, progress=progress)
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
def ingest_command(paths: tuple[Path, ...], db: str | None, model: Path | None,
                   quiet: bool) -> None:
    """Read, analyse and store articles in the archive.

    PATHS are files (seed text .txt, JSON Lines .jsonl, HTML, RSS/Atom) or folders.
    Ingesting is idempotent: an article already stored is counted as a duplicate and
    skipped, so an interrupted run can simply be run again. Rejected inputs are named
    with file and line; the exit status is 1 if any were rejected, 130 if interrupted.

    Example:

        pressespejl ingest ~/nyheder/ --db archive.sqlite

        PRESSESPEJL_DB=postgresql://localhost/pressespejl pressespejl ingest feed.jsonl
    """
    raise SystemExit(run_ingest(list(paths), db, model, quiet))


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
