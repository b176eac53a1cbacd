"""Jobs that run across stages: read -> analyse -> store.

The CLI and (later) the API call these; each stage is used only through its public
functions, so data flows one way: ``ingest`` -> ``nlp`` -> ``store``. The one loop back
is the archive's office holdings ("who was udenrigsminister in January 2022"), which
the nlp stage uses to resolve titles; ``ingest`` keeps them current during a run.
Neither stage imports the other: this module hands the holdings from one to the other.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressespejl.batches import in_lists
from pressespejl.ingest import read_paths
from pressespejl.types import Analysis, Article, IngestProblem, OfficeHolding, SkippedFile

if TYPE_CHECKING:
    from spacy.language import Language

    from pressespejl.parallel import Extracted
    from pressespejl.store import Store
    from pressespejl.store.prepared import Prepared


@dataclass
class IngestReport:
    """What one ``ingest`` run did. ``interrupted`` is set when the user stopped it."""

    stored: int = 0
    duplicates: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    interrupted: bool = False

    @property
    def rejected(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        """``9 stored, 1 duplicate, 0 rejected`` (the CLI's last line and progress bar)."""
        text = (f"{self.stored} stored, {_counted(self.duplicates, 'duplicate')}, "
                f"{self.rejected} rejected")
        if self.skipped:
            text += f", {_counted(len(self.skipped), 'other file')} skipped"
        return text + (" (interrupted: run the same command again to resume)"
                       if self.interrupted else "")


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


Item = Article | IngestProblem | SkippedFile
Progress = Callable[[Item], None]


class _Stage:
    """The archive and the pipeline of one run, each opened or loaded when first needed:
    a run that reads no article creates no archive, and one whose articles are all
    stored already (or all rejected) never loads the model."""

    def __init__(self, store: Store | Callable[[], Store] | None, nlp: Language | None,
                 model: str | Path | None) -> None:
        opened = store is not None and hasattr(store, "has")
        self._store: Store | None = store if opened else None  # type: ignore[assignment]
        self._open: Callable[[], Store] | None = None if opened else store  # type: ignore[assignment]
        self._nlp = nlp
        self._model = model

    def store(self) -> Store:
        if self._store is None:
            assert self._open is not None, "this run has no archive"
            self._store = self._open()
        return self._store

    def nlp(self) -> Language:
        if self._nlp is None:
            from pressespejl.nlp import load_pipeline

            self._nlp = load_pipeline(self._model)
        return self._nlp


def _reject(report: IngestReport, problem: IngestProblem, progress: Progress | None) -> None:
    report.problems.append(problem)
    if progress:
        progress(problem)


def _split(items: Iterable[Item], stage: _Stage | None, report: IngestReport,
           seen: set[str], progress: Progress | None) -> Iterator[Article]:
    """Yield only new articles; count problems, skipped files and duplicates on the way
    (duplicates only with an archive: ``stage``)."""
    from pressespejl.nlp.pieces import too_long

    for item in items:
        if isinstance(item, SkippedFile):
            report.skipped.append(item)
            if progress:
                progress(item)
            continue
        if isinstance(item, IngestProblem):
            _reject(report, item, progress)
            continue
        if reason := too_long(item):
            _reject(report, IngestProblem(path=item.path or item.id, what=reason), progress)
            continue
        if item.id in seen or (stage is not None and stage.store().has(item.id)):
            report.duplicates += 1
            if progress:
                progress(item)
            continue
        seen.add(item.id)
        yield item


class OfficeBook:
    """The archive's office holdings as the nlp stage sees them during one run.

    Read once when first needed and again only after a stored article brought evidence
    (``Analysis.offices``), so evidence from article 1 helps article 2 of the same run
    without a query per article.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.version = 0  # bumped whenever stored evidence may have changed the holdings
        self._holdings: tuple[OfficeHolding, ...] | None = None

    def holdings(self) -> tuple[OfficeHolding, ...]:
        if self._holdings is None:
            self._holdings = tuple(self.store.office_holdings())
        return self._holdings

    def stored(self, analysis: Analysis) -> None:
        """Note a stored analysis; forget the holdings if it brought office evidence."""
        if analysis.offices:
            self.forget()

    def forget(self) -> None:
        """Read the holdings again when next asked (a write batch rolled back)."""
        self._holdings = None
        self.version += 1


def ingest(paths: Iterable[str | Path], store: Store | Callable[[], Store],
           nlp: Language | None = None, progress: Progress | None = None,
           batch_size: int = 32, date: str | None = None,
           model: str | Path | None = None, *, workers: int = 1,
           cluster: str | None = None,
           after_first_batch: Callable[[], None] | None = None) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Articles are stored a batch at a time, each batch in one transaction
    (``Store.batch``), so a crash or Ctrl-C never leaves a half-stored article (it rolls
    back the batch being written), and a rerun skips what is already stored (ids are
    content hashes). SIGTERM is treated like Ctrl-C.

    The nlp stage gets the archive's office holdings (``Store.office_holdings``) to
    resolve titles ("udenrigsministeren"). They are re-read after an article brings new
    evidence (inside a write batch the read sees the batch's earlier articles); an
    article of the same batch analysed before that evidence, with a quote left without
    a speaker, is analysed again, so results follow the input order.

    Args:
        paths: files or directories in any format ``pressespejl.ingest`` reads.
        store: an open store (``pressespejl.store.open_store``), or a function that opens
            one: it is called when the first article is read, so a run that reads no
            article creates no archive (the caller closes what it opened).
        nlp: a loaded pipeline; when None, ``load_pipeline(model)`` once the first new
            article needs it (never, when every article is stored already).
        progress: called once per input item (article, duplicate, problem or skipped
            file), and for an article whose analysis failed.
        batch_size: articles analysed together by ``nlp.pipe`` and stored in one
            transaction.
        date: the date of articles whose input gives none (``YYYY-MM-DD`` or
            ``YYYY-MM``; see ``ingest.read_path``). Without it they are stored undated.
        model: a trained pipeline directory, as for ``load_pipeline`` (with workers: as
            the worker processes see it).
        workers: analyse on this many local worker processes (a Dask ``LocalCluster``,
            ``pressespejl.parallel``, docs/cluster.md); this process reads, resolves
            office titles and writes, in input order, so the archive is the same as with
            one process. A script that uses workers must guard its main code with
            ``if __name__ == "__main__":`` (they are spawned).
        cluster: analyse on the Dask cluster whose scheduler is at this address
            (``tcp://host:8786``); ``workers`` is then ignored.
        after_first_batch: called once, after the first batch is stored (the command
            line freezes the process's objects for the garbage collector then:
            ``cli.ingest.frozen_after_first_batch``).

    Returns:
        An ``IngestReport`` with counts, every ``IngestProblem`` and ``SkippedFile``.

    Raises:
        InputError: ``date`` is not a date.
        ModelError: the pipeline cannot be loaded.
        ClusterError: the cluster cannot be reached or runs another version.
    """
    return ingest_items(read_paths(paths, date=date), store, nlp=nlp, progress=progress,
                        batch_size=batch_size, model=model, workers=workers,
                        cluster=cluster, after_first_batch=after_first_batch)


def ingest_items(items: Iterable[Item], store: Store | Callable[[], Store],
                 nlp: Language | None = None, progress: Progress | None = None,
                 batch_size: int = 32, report: IngestReport | None = None,
                 model: str | Path | None = None, *, workers: int = 1,
                 cluster: str | None = None,
                 after_first_batch: Callable[[], None] | None = None) -> IngestReport:
    """``ingest`` for articles already read (the API's upload reads them from a request).

    Args:
        items: what a reader yielded; problems are counted as rejected, skipped
            files as skipped.
        report: the report to fill in (a caller may watch it from ``progress``); a new
            one when None.
        store, nlp, progress, batch_size, model, workers, cluster, after_first_batch:
            as for ``ingest``.
    """
    report = report if report is not None else IngestReport()
    if workers > 1 or cluster is not None:
        return _ingest_on_workers(items, store, progress, batch_size, report, model,
                                  workers, cluster, after_first_batch)
    stage = _Stage(store, nlp, model)
    articles = _split(items, stage, report, set(), progress)
    previous = _raise_on_sigterm()
    try:
        with contextlib.ExitStack() as run:
            writer = _Writer(stage, report, progress, run, after_first_batch)
            for chunk in in_lists(articles, batch_size):
                writer.store(chunk, lambda book, chunk=chunk: _prepared_chunk(
                    chunk, stage, report, book, progress))
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        _restore_sigterm(previous)
    return report


def _ingest_on_workers(items: Iterable[Item], store: Store | Callable[[], Store],
                       progress: Progress | None, batch_size: int, report: IngestReport,
                       model: str | Path | None, workers: int, cluster: str | None,
                       after_first_batch: Callable[[], None] | None) -> IngestReport:
    """``ingest_items`` with the analysis on Dask workers (``pressespejl.parallel``):
    batches go out in input order and come back analysed and prepared for the store;
    office titles are resolved here, in order, against the archive's holdings (as
    ``_analyse_chunk`` does in one process), and every article is written here."""
    from pressespejl.parallel import extractor

    stage = _Stage(store, None, model)
    articles = _split(items, stage, report, set(), progress)
    previous = _raise_on_sigterm()
    try:
        with extractor(model=model, workers=workers, cluster=cluster) as extract, \
                contextlib.ExitStack() as run:
            writer = _Writer(stage, report, progress, run, after_first_batch)
            for batch, extracted in extract(in_lists(articles, batch_size),
                                            lambda: stage.store().backend):
                writer.store(batch, lambda book, extracted=extracted: _resolve_batch(
                    extracted, report, book, progress))
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        _restore_sigterm(previous)
    return report


class _Writer:
    """The step both loops of ``ingest_items`` share: store one batch.

    The first batch opens the archive for writing (``Store.writing``, closed with
    ``run``) and its ``OfficeBook``; after it is stored, ``after_first_batch`` runs once.
    """

    def __init__(self, stage: _Stage, report: IngestReport, progress: Progress | None,
                 run: contextlib.ExitStack, after_first_batch: Callable[[], None] | None
                 ) -> None:
        self._stage = stage
        self._report = report
        self._progress = progress
        self._run = run
        self._after_first_batch = after_first_batch
        self._book: OfficeBook | None = None

    def store(self, articles: list[Article],
              prepared: Callable[[OfficeBook], Iterable[Prepared]]) -> None:
        """Store ``articles`` in one transaction (``_store_batch``); ``prepared`` gives
        their records, called with the run's ``OfficeBook`` before the batch begins."""
        first = self._book is None
        if self._book is None:  # the first new article: the archive exists by now
            self._run.enter_context(self._stage.store().writing())
            self._book = OfficeBook(self._stage.store())
        _store_batch(self._stage.store(), articles, prepared(self._book), self._report,
                     self._book, self._progress)
        if first and self._after_first_batch is not None:
            self._after_first_batch()


def _unresolved(analysis: Analysis) -> bool:
    """A quote no one is named for yet (``Quote.unnamed``: none, or only a description
    an office table may name), as ``_analyse_chunk`` asks in one process."""
    return any(q.unnamed for q in analysis.quotes)


def _resolve_batch(extracted: list[Extracted], report: IngestReport, book: OfficeBook,
                   progress: Progress | None) -> Iterator[Prepared]:
    """Office titles of one analysed batch resolved through the archive's holdings, in
    order, exactly as ``_analyse_chunk`` does in one process: the holdings at the start
    of the batch, and after an article brought new evidence, again for an article with
    a quote still without a speaker. Yields one article at a time: the caller stores it
    before the next is resolved."""
    from pressespejl.nlp.offices import resolve_offices

    version = book.version
    start = book.holdings()  # as _analyse_chunk passes them to the nlp stage
    for item in extracted:
        if item.prepared is None:
            _reject(report, IngestProblem(
                path=item.article.path or item.article.id, what=item.error or "failed",
                hint="please report this article as a bug; the rest goes on"), progress)
            continue
        raw = item.prepared.analysis
        analysis = resolve_offices(item.article, raw, start)
        if book.version != version and _unresolved(analysis):
            analysis = resolve_offices(item.article, raw, book.holdings())
        yield item.prepared.with_analysis(analysis)


def _store_batch(store: Store, articles: list[Article], prepared: Iterable[Prepared],
                 report: IngestReport, book: OfficeBook, progress: Progress | None) -> None:
    """Store one batch in one transaction (``Store.batch``), in input order.

    ``prepared`` is consumed inside the transaction, one article at a time, after the
    one before it was added: resolving an article's office titles may read the
    holdings, which then include the evidence of the batch's earlier articles. The
    report and ``progress`` learn of the batch's articles once it has committed, one
    article at a time: when ``progress`` hears of an article, the report counts it
    (the API's upload tells stored from duplicate by that), and if ``progress``
    interrupts, the report still counts the rest of the committed batch.
    """
    done: list[tuple[Article, bool]] = []
    try:
        with store.batch(articles) as batch:
            for item in prepared:
                new = batch.add(item.article, item.analysis, prepared=item)
                if new:
                    book.stored(item.analysis)
                done.append((item.article, new))
    except BaseException:
        book.forget()  # holdings read inside the batch may hold its evidence
        raise
    told = 0
    try:
        for article, new in done:
            told += 1
            _count(report, new)
            if progress:
                progress(article)
    finally:
        for _, new in done[told:]:
            _count(report, new)


def _count(report: IngestReport, new: bool) -> None:
    if new:
        report.stored += 1
    else:
        report.duplicates += 1


def _prepared_chunk(chunk: list[Article], stage: _Stage, report: IngestReport,
                    book: OfficeBook, progress: Progress | None) -> Iterator[Prepared]:
    """A chunk analysed (``_analyse_chunk``) and prepared for the store before its write
    batch begins; an article with a quote left without a speaker is analysed again
    inside it when an earlier article of the run brought office evidence since."""
    from pressespejl.nlp import analyze
    from pressespejl.store.prepared import prepare

    backend = stage.store().backend
    version = book.version
    done = [prepare(article, analysis, backend) for article, analysis in
            _analyse_chunk(chunk, stage, report, None, progress, book.holdings())]

    def resolved() -> Iterator[Prepared]:
        for item in done:
            if book.version != version and _unresolved(item.analysis):
                # Evidence stored since this chunk was analysed may name the speaker; if
                # the second analysis fails, the first (which did not) is kept.
                with contextlib.suppress(Exception):
                    item = prepare(item.article, analyze(item.article, nlp=stage.nlp(),
                                                         offices=book.holdings()), backend)
            yield item

    return resolved()


def analyse(paths: Iterable[str | Path], nlp: Language | None = None,
            batch_size: int = 32, date: str | None = None, model: str | Path | None = None,
            report: IngestReport | None = None) -> Iterator[tuple[Article, Analysis] | Item]:
    """Read and analyse every article under ``paths`` without storing anything.

    Yields ``(article, analysis)`` for each article, in input order, and each
    ``IngestProblem`` and ``SkippedFile`` (before the analyses of the batch it was read
    with); an article that breaks the pipeline becomes an ``IngestProblem`` and the rest
    goes on. An article given twice is analysed once. The model is loaded when the
    first article needs it. ``report`` (when given) counts problems and skipped files.
    Other arguments as for ``ingest``.
    """
    report = report if report is not None else IngestReport()
    stage = _Stage(None, nlp, model)
    pending: list[Item] = []
    articles = _split(read_paths(paths, date=date), None, report, set(), pending.append)
    for chunk in in_lists(articles, batch_size):
        yield from (item for item in pending if not isinstance(item, Article))
        pending.clear()
        yield from _analyse_chunk(chunk, stage, report, None, pending.append)
        yield from pending
        pending.clear()
    yield from (item for item in pending if not isinstance(item, Article))


def _analyse_chunk(chunk: list[Article], stage: _Stage, report: IngestReport,
                   book: OfficeBook | None, progress: Progress | None,
                   offices: tuple[OfficeHolding, ...] = ()
                   ) -> Iterator[tuple[Article, Analysis]]:
    """Analyse a chunk in one ``nlp.pipe`` call; if that fails, redo it article by
    article so one article that breaks the pipeline is reported and the rest go on.

    Yields one pair at a time: the caller stores it before the next is looked at, so
    ``book`` knows of the evidence of every earlier article. Without a ``book`` the
    titles are resolved through ``offices``.
    """
    from pressespejl.nlp import analyze, analyze_many

    nlp = stage.nlp()
    version = book.version if book else 0

    def holdings() -> tuple[OfficeHolding, ...]:
        return book.holdings() if book else offices

    try:
        done: list[tuple[Article, Analysis]] | None = list(analyze_many(
            chunk, nlp=nlp, batch_size=len(chunk), offices=holdings()))
    except Exception:
        done = None
    if done is None:
        done = []
        for article in chunk:
            try:
                done.append((article, analyze(article, nlp=nlp, offices=holdings())))
            except Exception as exc:  # one bad article must not stop the batch
                _reject(report, IngestProblem(
                    path=article.path or article.id,
                    what=f"analysis failed: {type(exc).__name__}: {exc}",
                    hint="please report this article as a bug; the rest goes on"), progress)
    for article, analysis in done:
        if book is not None and book.version != version and _unresolved(analysis):
            # Evidence stored since this chunk was analysed may name the speaker; if the
            # second analysis fails, the first (which did not) is kept.
            with contextlib.suppress(Exception):
                analysis = analyze(article, nlp=nlp, offices=book.holdings())
        yield article, analysis


def _raise_on_sigterm() -> object:
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. inside a server worker)
        return None


def _restore_sigterm(previous: object) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]
