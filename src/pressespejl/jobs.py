"""Jobs that run across stages: read -> analyse -> store.

The CLI and (later) the API call these; each stage is used only through its public
functions, so data flows one way: ``ingest`` -> ``nlp`` -> ``store``.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressespejl.ingest import read_paths
from pressespejl.types import Analysis, Article, IngestProblem

if TYPE_CHECKING:
    from spacy.language import Language

    from pressespejl.store import Store


@dataclass
class IngestReport:
    """What one ``ingest`` run did. ``interrupted`` is set when the user stopped it."""

    stored: int = 0
    duplicates: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    interrupted: bool = False

    @property
    def rejected(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        text = (f"{self.stored} stored, {self.duplicates} duplicates, "
                f"{self.rejected} rejected")
        return text + (" (interrupted: run the same command again to resume)"
                       if self.interrupted else "")


Progress = Callable[[Article | IngestProblem], None]


def _split(items: Iterable[Article | IngestProblem], store: Store, report: IngestReport,
           seen: set[str], progress: Progress | None) -> Iterator[Article]:
    """Yield only new articles; count problems and duplicates on the way."""
    for item in items:
        if isinstance(item, IngestProblem):
            report.problems.append(item)
            if progress:
                progress(item)
            continue
        if item.id in seen or store.has(item.id):
            report.duplicates += 1
            if progress:
                progress(item)
            continue
        seen.add(item.id)
        yield item


def ingest(paths: Iterable[str | Path], store: Store, nlp: Language | None = None,
           progress: Progress | None = None, batch_size: int = 32) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Each article is stored in its own transaction, so a crash or Ctrl-C never leaves a
    half-stored article, and a rerun skips what is already stored (ids are content
    hashes). SIGTERM is treated like Ctrl-C: the current article finishes first.

    Args:
        paths: files or directories in any format ``pressespejl.ingest`` reads.
        store: an open store (``pressespejl.store.open_store``).
        nlp: a loaded pipeline; the default Danish pipeline when None.
        progress: called once per input item (article, duplicate or problem).
        batch_size: articles analysed together by ``nlp.pipe``.

    Returns:
        An ``IngestReport`` with counts and every ``IngestProblem``.
    """
    report = IngestReport()
    seen: set[str] = set()
    articles = _split(read_paths(paths), store, report, seen, progress)
    previous = _raise_on_sigterm()
    try:
        for chunk in _chunks(articles, batch_size):
            for article, analysis in _analyse_chunk(chunk, nlp, report):
                _store_one(store, article, analysis, report)
                if progress:
                    progress(article)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        _restore_sigterm(previous)
    return report


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analyse_chunk(chunk: list[Article], nlp: Language | None,
                   report: IngestReport) -> list[tuple[Article, Analysis]]:
    """Analyse a chunk in one ``nlp.pipe`` call; if that fails, redo it article by
    article so one article that breaks the pipeline is reported and the rest go on."""
    from pressespejl.nlp import analyze, analyze_many

    try:
        return list(analyze_many(chunk, nlp=nlp, batch_size=len(chunk)))
    except Exception:
        pass
    done: list[tuple[Article, Analysis]] = []
    for article in chunk:
        try:
            done.append((article, analyze(article, nlp=nlp)))
        except Exception as exc:  # one bad article must not stop the batch
            report.problems.append(IngestProblem(
                path=article.path or article.id,
                what=f"analysis failed: {type(exc).__name__}: {exc}",
                hint="please report this article as a bug; the rest of the batch goes on"))
    return done


def _store_one(store: Store, article: Article, analysis: Analysis,
               report: IngestReport) -> None:
    if store.add(article, analysis):
        report.stored += 1
    else:
        report.duplicates += 1


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
