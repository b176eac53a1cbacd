"""Extraction on every core of one machine, or on a Dask distributed cluster.

``jobs.ingest`` reads, deduplicates and stores in one coordinating process; what costs
CPU per article (the nlp stage with its office evidence, then the search terms, checksum
and MinHash signature of ``store.prepared.prepare``) runs here, a batch of articles at a
time:

- ``workers=1``: in the ingesting process itself.
- ``workers=N``: on a Dask ``LocalCluster`` of N single-threaded worker processes.
- ``cluster="tcp://host:8786"``: on an existing Dask distributed cluster.

The pattern is the one spaCy's authors recommend for Dask: coarse tasks (a batch of
``Article`` objects, not one per article), the pipeline loaded once per worker process
and cached there (``nlp.load_pipeline``), and ``nlp.pipe`` inside ``nlp.memory_zone()``
so a long-running worker's vocabulary does not grow with every new word it sees (once it
keeps the run's first ``WARM_LEXEMES`` words). The
results (plain dataclasses) come back to the coordinator, which resolves office titles
in input order and writes them to the store; a worker never touches the archive.

Why Dask's ``LocalCluster`` for ``--workers N`` and not ``concurrent.futures``: a process
pool is broken for good when one of its processes dies, and every pending future fails
with it. Dask's nanny starts a new worker and the scheduler runs the lost task again
elsewhere, so a killed worker loses and duplicates nothing (the coordinator writes each
result once, in order) - and one machine runs the same code path as a cluster.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressespejl.batches import in_lists
from pressespejl.errors import PressespejlError
from pressespejl.types import Analysis, Article

if TYPE_CHECKING:
    from spacy.language import Language

    from pressespejl.store.prepared import Prepared

WINDOW_PER_WORKER = 2
"""Batches in flight per worker: enough to keep each busy while the coordinator writes,
few enough that a fast reader does not hold the whole input in memory."""

BATCHES_PER_TASK = 2
"""Write batches (``jobs.ingest``'s ``batch_size``, 32 articles) a worker gets as one
task; the results come back split into those batches again. Dask costs CPU per task in
every process (the scheduler's bookkeeping, a message each way, the results' framing
and transfer): with two batches a task, half as often (bench/README.md, round 12). The
analysis of an article does not depend on the others sent with it."""

CONNECT_TIMEOUT = "20s"
"""How long to try reaching a cluster's scheduler before giving up."""

WARM_LEXEMES = 100_000
"""A worker analyses outside ``nlp.memory_zone()`` until its vocabulary holds this many
lexemes, then inside. Inside a zone every word the loaded vocabulary lacks is made anew
for each batch and dropped after it (its lexeme, strings and tokenizer cache entry): on
a cold vocabulary that was 3 ms of a 25 ms article, against 0.35 ms once the run's
common words are kept (bench/README.md). A lexeme costs about 0.5 KB with its strings and
cache entry, so the words kept cost at most about 50 MiB; every later word is dropped as
before. Lexemes are computed from their string alone, so the results are the same."""

_PIPE_LOCK = threading.Lock()  # one nlp.pipe at a time per process (a worker may have threads)


class ClusterError(PressespejlError):
    """The Dask cluster cannot be reached or does not run this Pressespejl."""


@dataclass(frozen=True)
class Extracted:
    """One article after the workers: its prepared record (the analysis without office
    titles resolved: that needs the archive, and is the coordinator's), or why it failed."""

    article: Article
    prepared: Prepared | None = None
    error: str | None = None


def extract_batch(articles: list[Article], model: str | None = None,
                  nlp: Language | None = None, backend: str = "sqlite") -> list[Extracted]:
    """Analyse and prepare a batch of articles (runs in a worker process).

    The batch goes through one ``nlp.pipe`` inside ``nlp.memory_zone()`` (once the
    vocabulary is warm, ``WARM_LEXEMES``); if that fails,
    each article is analysed alone, so one article that breaks the pipeline is reported
    (``Extracted.error``) and the rest of the batch goes on.

    Args:
        articles: the batch, in input order.
        model: a trained pipeline directory as the worker sees it; None for the shipped
            model. Loaded once per process and cached.
        nlp: a loaded pipeline (in-process use); overrides ``model``.
        backend: the ``Store.backend`` of the archive the results go to.

    Returns:
        One ``Extracted`` per article, in input order.
    """
    from pressespejl.nlp import analyze, analyze_many, load_pipeline
    from pressespejl.store.prepared import prepare

    with _PIPE_LOCK:
        pipeline = nlp or load_pipeline(model)
        analyses: list[Analysis | str]
        with _zone(pipeline):
            try:
                analyses = [analysis for _, analysis in analyze_many(
                    articles, nlp=pipeline, batch_size=max(len(articles), 1))]
            except Exception:
                analyses = []
                for article in articles:
                    try:
                        analyses.append(analyze(article, nlp=pipeline))
                    except Exception as exc:  # one bad article must not stop the batch
                        analyses.append(f"analysis failed: {type(exc).__name__}: {exc}")
        _freeze_once()
    out = []
    for article, analysis in zip(articles, analyses, strict=True):
        if isinstance(analysis, str):
            out.append(Extracted(article, error=analysis))
            continue
        try:
            out.append(Extracted(article, prepare(article, analysis, backend)))
        except Exception as exc:
            out.append(Extracted(article, error=f"preparing failed: {type(exc).__name__}: "
                                                f"{exc}"))
    return out


_frozen = False


def _freeze_once() -> None:
    """In a Dask worker, after its first batch: move everything the process holds so far
    (the pipeline and the word tables its first batch loaded) out of the garbage
    collector's sight. Not in any other process (an ``ingest`` in the caller's process,
    a test run): there the objects alive at that moment are the caller's own.

    Notes:
        Python's full collection walks every container it tracks, and the pipeline's
        word tables are dicts and sets with hundreds of thousands of entries: each full
        collection took about 0.2 s, about one in 300 articles, so 0.7 ms per article
        (bench/README.md). ``gc.freeze`` (made for this: long-lived objects loaded once)
        keeps them out of every later collection; they live as long as the process.
    """
    global _frozen
    if not _frozen and _in_dask_worker():
        gc.collect()
        gc.freeze()
        _frozen = True


def _in_dask_worker() -> bool:
    """Whether this process is a Dask worker (without importing Dask where it is not)."""
    if "distributed" not in sys.modules:
        return False
    from distributed import get_worker

    try:
        get_worker()
    except ValueError:  # "No worker found"
        return False
    return True


def _zone(nlp: Language) -> contextlib.AbstractContextManager[object]:
    """``nlp.memory_zone()``, once the vocabulary is warm (``WARM_LEXEMES``)."""
    if len(nlp.vocab) < WARM_LEXEMES:
        return contextlib.nullcontext()
    return nlp.memory_zone()


def worker_versions() -> tuple[str, str]:
    """(Pressespejl version, pipeline version) of this process (run on each worker)."""
    from pressespejl import __version__
    from pressespejl.nlp.analyze import PIPELINE_VERSION

    return __version__, PIPELINE_VERSION


Batches = Iterable[list[Article]]
Backend = Callable[[], str]
"""The ``Store.backend`` to prepare for, asked when a batch is sent out: the archive is
opened only when the first article is read."""
Extract = Callable[[Batches, Backend], Iterator[tuple[list[Article], list[Extracted]]]]


@contextlib.contextmanager
def extractor(*, nlp: Language | None = None, model: str | Path | None = None,
              workers: int = 1, cluster: str | None = None) -> Iterator[Extract]:
    """A function that maps batches of articles to their ``Extracted`` results, in input
    order, on the chosen workers (see the module docs); its second argument gives the
    backend to prepare for (``Backend``).

    Args:
        nlp: the pipeline for in-process extraction (``workers=1``, no cluster).
        model: a trained pipeline directory for worker processes (None: the shipped one).
        workers: worker processes on this machine (a Dask ``LocalCluster``) when > 1.
        cluster: the address of a running Dask scheduler (``tcp://host:8786``).

    Raises:
        ClusterError: Dask is not installed, the scheduler cannot be reached, or its
            workers run another Pressespejl or pipeline version.
    """
    if cluster is None and workers <= 1:
        def in_process(batches: Batches,
                       backend: Backend) -> Iterator[tuple[list[Article], list[Extracted]]]:
            for batch in batches:
                yield batch, extract_batch(batch, nlp=nlp, backend=backend())

        yield in_process
        return
    model_path = None if model is None else str(model)
    with _dask_client(workers, cluster) as client:
        _check_versions(client)
        yield lambda batches, backend: _dask_map(client, batches, model_path, backend)


WORKER_PROFILER = "distributed.worker.profile.enabled"
"""The Dask setting of the workers' statistical profiler; off in the local cluster of
``ingest --workers`` (docs/cluster.md says how to turn it off on a real cluster)."""

MALLOC_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
"""Dask starts its workers with ``MALLOC_TRIM_THRESHOLD_=65536``; None leaves it unset."""

LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    WORKER_PROFILER: False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    MALLOC_TRIM: None,
}
"""Dask settings of the local cluster of ``ingest --workers``. Besides the profiler (a
stack sample every 10 ms), Dask's timers cost CPU for as long as the cluster runs: every
event loop checks every 20 ms that it is not blocked, and every worker reads its memory
every 100 ms and its system load every 500 ms. Idle, that took 2.8 % of a core in the
coordinating process (which runs the scheduler) and 1.5 % in each worker; with these
0.6 % and 0.3 % (bench/README.md). Nothing else changes: a blocked loop is still
reported, and a worker over its memory limit is still stopped, within a second.

Dask also starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536``, to hand freed memory
back to the system at once. Setting it turns off glibc's adaptive threshold for ``mmap``:
then every array of the NER model over 128 KiB is a fresh ``mmap`` whose pages are
faulted in and zeroed again, batch after batch (twice the page faults; about 1 ms of CPU
per article, bench/README.md). A worker's memory is the pipeline and one batch (about
250 MiB), so the local cluster leaves glibc's defaults alone (``MALLOC_TRIM``)."""


@contextlib.contextmanager
def _dask_client(workers: int, cluster: str | None) -> Iterator[Any]:
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError("Parallel ingest needs Dask: pip install 'pressespejl[cluster]' "
                           "(dask[distributed]).") from exc
    if cluster is not None:
        try:
            client = Client(cluster, timeout=CONNECT_TIMEOUT)
        except OSError as exc:
            raise ClusterError(f"Cannot reach the Dask scheduler at {cluster}: {exc}. Is "
                               "`dask scheduler` running there, and the port open?") from exc
        with client:
            yield client
        return
    # One thread per worker: the pipeline is CPU-bound Python and numpy; more threads
    # would only contend for the GIL. The nanny restarts a worker that dies. The
    # workers' statistical profiler (a stack sample every 10 ms, for a dashboard we do not
    # start) is off: it cost several ms of CPU per article (bench/README.md); Dask's
    # timers run less often (LOCAL_CLUSTER_CONFIG). The scheduler's HTTP server takes
    # any free port: on its default (8787) a second Dask on the machine made every run
    # warn "Port 8787 is already in use".
    import dask

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                             dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                             silence_logs=logging.ERROR)
    with local, Client(local) as client:
        yield client


def _check_versions(client: Any) -> None:
    ours = worker_versions()
    found = client.run(worker_versions)
    if not found:
        raise ClusterError("The Dask cluster has no workers: start some with "
                           "`dask worker tcp://SCHEDULER:8786 --nthreads 1`.")
    other = {addr: tuple(v) for addr, v in found.items() if tuple(v) != ours}
    if other:
        addr, (version, pipeline) = next(iter(other.items()))
        raise ClusterError(
            f"Worker {addr} runs Pressespejl {version} with pipeline {pipeline}; this "
            f"process runs {ours[0]} with {ours[1]}. Install the same version on every "
            "worker, or the archive would mix analyses.")


def _dask_map(client: Any, batches: Batches, model: str | None,
              backend: Backend) -> Iterator[tuple[list[Article], list[Extracted]]]:
    """Submit batches with a bounded window and yield results in submission order.

    ``BATCHES_PER_TASK`` batches go out as one task. A task whose worker dies is run
    again by the scheduler. A task that killed a worker every time
    (``distributed.scheduler.allowed-failures``) is retried article by article; an
    article that still kills its worker comes back as an error, and the rest of the
    task goes on.
    """
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    window = WINDOW_PER_WORKER * workers + 1
    pending: deque[tuple[list[list[Article]], Any, str]] = deque()
    try:
        for group in in_lists(batches, BATCHES_PER_TASK):
            kind = backend()
            articles = [article for batch in group for article in batch]
            pending.append((group, client.submit(extract_batch, articles, model, None, kind,
                                                 pure=False), kind))
            if len(pending) >= window:
                yield from _split(client, *pending.popleft(), model)
        while pending:
            yield from _split(client, *pending.popleft(), model)
    finally:
        for _, future, _ in pending:  # interrupted: drop what is still queued
            future.cancel()


def _split(client: Any, group: list[list[Article]], future: Any, backend: str,
           model: str | None) -> Iterator[tuple[list[Article], list[Extracted]]]:
    """A task's results, batch by batch as they were read."""
    articles = [article for batch in group for article in batch]
    _, extracted = _result(client, articles, future, backend, model)
    at = 0
    for batch in group:
        yield batch, extracted[at:at + len(batch)]
        at += len(batch)


def _result(client: Any, batch: list[Article], future: Any, backend: str,
            model: str | None) -> tuple[list[Article], list[Extracted]]:
    from distributed import KilledWorker

    try:
        return batch, future.result()
    except KilledWorker:
        if len(batch) == 1:
            return batch, [Extracted(batch[0], error="analysis killed its worker process "
                                                     "every time it was tried")]
    singles = [client.submit(extract_batch, [article], model, None, backend, pure=False)
               for article in batch]
    out: list[Extracted] = []
    for article, single in zip(batch, singles, strict=True):
        out.extend(_result(client, [article], single, backend, model)[1])
    return batch, out
