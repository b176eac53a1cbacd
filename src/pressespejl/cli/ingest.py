"""``pressespejl ingest`` and ``pressespejl demo``: read, analyse and store articles."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click
from tqdm import tqdm

from pressespejl.cli._options import db_option, input_options, open_archive
from pressespejl.errors import PressespejlError
from pressespejl.types import Article, IngestProblem, SkippedFile

if TYPE_CHECKING:
    from pressespejl.jobs import IngestReport


class IngestBar:
    """The progress line of an ingest: the run's own counts as they grow, in the words of
    the summary printed at its end ("5 stored, 1 duplicate, 0 rejected"), so the bar and
    the totals can never disagree.

    Not a count of "articles": a bar that counted every input item said "1 articles"
    and, refreshed at most ten times a second while a batch was stored at once, still
    showed it when "9 stored" came. No bar when stderr is not a terminal (tqdm
    ``disable=None``), as in a pipe or a log.
    """

    def __init__(self, report: IngestReport, *, quiet: bool = False, verbose: bool = False,
                 file: TextIO | None = None) -> None:
        self.report = report
        self.verbose = verbose
        self.file = file if file is not None else sys.stderr
        self.bar = tqdm(disable=True if quiet else None, desc="ingest: reading",
                        leave=False, file=self.file,
                        bar_format="{desc} [{elapsed}]")

    def progress(self, item: Article | IngestProblem | SkippedFile) -> None:
        """``jobs.ingest``'s progress callback: called after the report counted ``item``."""
        if isinstance(item, SkippedFile):
            if self.verbose:
                self.bar.write(f"skipped: {item}", file=self.file)
            return
        if isinstance(item, IngestProblem):
            self.bar.write(f"rejected: {item}", file=self.file)
        self.bar.set_description_str(f"ingest: {self.report.summary()}", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        """Show the final counts, then clear the line for the summary."""
        self.bar.set_description_str(f"ingest: {self.report.summary()}", refresh=True)
        self.bar.close()


@contextlib.contextmanager
def frozen_after_first_batch() -> Iterator[Callable[[], None]]:
    """A hook for ``jobs.ingest``'s ``after_first_batch``: it moves everything this
    process holds by then (the word tables, the archive's caches, the pipeline when it
    runs here) out of the garbage collector's sight until the run ends.

    Notes:
        Every full collection walked those tables again, dicts and sets of hundreds of
        thousands of entries: frozen, the coordinator of a parallel ingest needs about
        0.3 ms less CPU per article (bench/README.md, round 12). Not in the library,
        where it would freeze a calling program's objects; and undone when the run
        ends, as a test or ``demo`` goes on in the same process.
    """
    frozen: list[bool] = []

    def freeze() -> None:
        gc.collect()
        gc.freeze()
        frozen.append(True)

    try:
        yield freeze
    finally:
        if frozen:
            gc.unfreeze()


def run_ingest(paths: list[Path], db: str | None, model: Path | None, quiet: bool,
               date: str | None = None, verbose: bool = False, workers: int = 1,
               cluster: str | None = None) -> int:
    """Ingest ``paths`` into ``db`` with a progress bar; return the exit status.

    The archive is opened (and created) when the first article is read and the model
    loaded when the first new article needs it: a run over missing files leaves no
    empty archive behind, and a run over stored articles starts in a moment.
    """
    from pressespejl.ingest import read_paths
    from pressespejl.jobs import IngestReport, ingest_items
    from pressespejl.store import Store, open_store

    opened: list[Store] = []

    def archive() -> Store:
        opened.append(open_store(db))
        return opened[0]

    report = IngestReport()
    bar = IngestBar(report, quiet=quiet, verbose=verbose)
    try:
        with frozen_after_first_batch() as freeze:
            ingest_items(read_paths(paths, date=date), archive, progress=bar.progress,
                         report=report, model=model, workers=workers, cluster=cluster,
                         after_first_batch=freeze)
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
        for store in opened:
            store.close()
    click.echo(report.summary(), err=True)
    if report.interrupted:
        return 130
    return 1 if report.problems else 0


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None,
              help="A trained spaCy pipeline directory to use instead of the bundled one.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@input_options
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Analyse on this many worker processes (a local Dask cluster); the "
                   "machine's cores is a good number. Without it, PRESSESPEJL_WORKERS, "
                   "else 1.")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Analyse on a running Dask cluster, e.g. tcp://10.0.0.5:8786 (see "
                   "`pressespejl docs cluster`); this process still writes the archive. "
                   "Without "
                   "it, PRESSESPEJL_CLUSTER.")
def ingest_command(paths: tuple[Path, ...], db: str | None, model: Path | None,
                   quiet: bool, date: str | None, verbose: bool, workers: int | None,
                   cluster: str | None) -> None:
    """Read, analyse and store articles in the archive.

    PATHS are files (seed text .txt, JSON Lines .jsonl, HTML, RSS/Atom) or folders.
    Ingesting is idempotent: an article already stored is counted as a duplicate and
    skipped, so an interrupted run can simply be run again. Rejected inputs are named
    with file and line; the exit status is 1 if any were rejected, 130 if interrupted.
    Files in folders that are not articles (README.md, ...) are skipped, not rejected;
    --verbose lists them. Articles without a date are stored undated unless --date
    gives one.

    --workers and --cluster run the analysis in other processes (Dask); this process
    reads, resolves office titles and writes in input order, so the archive is the same
    as with one process. Needs pip install 'pressespejl[cluster]'.

    Example:

        pressespejl ingest ~/nyheder/ --db archive.sqlite

        pressespejl ingest --date 2021-03 excerpts/

        PRESSESPEJL_DB=postgresql:///pressespejl pressespejl ingest feed.jsonl

        pressespejl ingest ~/nyheder/ --workers 2

        pressespejl ingest nyt --cluster tcp://dask:8786 --db postgresql://pg/nyt
    """
    from pressespejl.settings import setting

    if workers is None:
        try:
            workers = max(1, int(setting("workers") or 1))
        except ValueError as exc:
            raise click.BadParameter("PRESSESPEJL_WORKERS must be a number",
                                     param_hint="--workers") from exc
    raise SystemExit(run_ingest(list(paths), db, model, quiet, date=date, verbose=verbose,
                                workers=workers, cluster=cluster or setting("cluster")))


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

    corpus = sample_corpus()
    status = run_ingest([corpus], db, None, quiet)
    # What was just stored, read back: nothing is analysed twice.
    with open_archive(db) as store:
        for item in read_path(corpus):
            record = store.record(item.id) if isinstance(item, Article) else None
            if record is not None:
                click.echo(render_analysis(*record, label=Path(item.path or "").name))
    raise SystemExit(status)
