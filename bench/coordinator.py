"""The coordinator's share of a parallel ingest, measured alone: CPU per article.

``ingest --workers N`` analyses and prepares articles in Dask workers; one process (the
coordinator) receives each batch, resolves office titles in input order and writes it to
the archive. With enough workers that process is what limits an ingest, so this replays
its work on articles analysed beforehand: unpickling a batch as it arrives from a worker,
``jobs._resolve_batch`` and the store writes, into a fresh SQLite archive (or PostgreSQL
with ``--db``). It reports CPU milliseconds per article (``time.process_time``: on a
shared machine wall time includes waiting for a core) and, with ``--profile``, the top
of a cProfile.

Example::

    python -m bench.coordinator --articles 600 --cache /tmp/extracted-600.pickle
    python -m bench.coordinator --articles 600 --cache /tmp/extracted-600.pickle --profile
    python -m bench.coordinator --articles 600 --cache /tmp/extracted-600.pickle --store-batch 1

``--store-batch 1`` writes each article in its own transaction, as ingest did before it
stored a batch per transaction: the two runs side by side, under the same machine load,
give the gain of batching.

The first run analyses the generated corpus (``bench/corpus.py``, 300-600 words per
article) in this process and keeps the results in ``--cache``; later runs reuse them.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import WORDS, word_range


def extracted(articles: int, seed: int, cache: Path | None, batch_size: int,
              backend: str = "sqlite", words: tuple[int, int] = WORDS) -> list[bytes]:
    """Pickled batches of ``parallel.Extracted``, as workers send them."""
    if cache is not None and cache.exists():
        batches: list[bytes] = pickle.loads(cache.read_bytes())
        if sum(len(pickle.loads(b)) for b in batches) == articles:
            return batches
    from bench.corpus import CorpusGenerator, write_corpus
    from pressespejl.ingest import read_paths
    from pressespejl.nlp import load_pipeline
    from pressespejl.parallel import extract_batch
    from pressespejl.types import Article

    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:  # read as ``ingest`` reads the files
        write_corpus(tmp, articles, seed, CorpusGenerator(seed, words=words))
        arts = [a for a in read_paths([tmp]) if isinstance(a, Article)]
    batches = [pickle.dumps(extract_batch(arts[i:i + batch_size], nlp=nlp, backend=backend))
               for i in range(0, len(arts), batch_size)]
    if cache is not None:
        cache.write_bytes(pickle.dumps(batches))
    return batches


def replay(batches: list[bytes], db: str, warm_up: int = 2,
           store_batch: int | None = None, freeze: bool = False) -> dict[str, Any]:
    """The coordinator's loop of ``jobs._ingest_on_workers`` over these batches.

    The first ``warm_up`` batches are written once into a throwaway archive first, so
    the costs a process pays once (imports, word lists, compiled patterns) are left out:
    over a long ingest they vanish. ``store_batch``: articles per write transaction
    (default: a worker's whole batch, as ingest does). ``freeze``: as the command line
    does, ``gc.freeze()`` after the first batch (``cli.ingest.frozen_after_first_batch``)."""
    from pressespejl.store import open_store

    _loop(batches[:warm_up], open_store(":memory:"), store_batch)
    with open_store(db) as store:
        store.has("warm-up")  # open and migrate untimed
        cpu, wall = time.process_time(), time.perf_counter()
        stored = _loop(batches, store, store_batch, freeze)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"articles": stored, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
            "cpu_ms_per_article": round(1000 * cpu / max(stored, 1), 2),
            "articles_per_cpu_s": round(stored / max(cpu, 1e-9), 1)}


def _loop(batches: list[bytes], store: Any, store_batch: int | None = None,
          freeze: bool = False) -> int:
    from pressespejl.cli.ingest import frozen_after_first_batch
    from pressespejl.jobs import IngestReport, OfficeBook, _resolve_batch, _store_batch

    report = IngestReport()
    with store.writing(), frozen_after_first_batch() as hook:
        book = OfficeBook(store)
        for n, data in enumerate(batches):
            if freeze and n == 1:
                hook()
            batch = pickle.loads(data)
            size = store_batch or len(batch)
            for i in range(0, len(batch), size):
                part = batch[i:i + size]
                _store_batch(store, [x.article for x in part],
                             _resolve_batch(part, report, book, None), report, book, None)
    return report.stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--words", type=word_range, default=WORDS, metavar="LO-HI",
                        help="words per generated article (180-260: real excerpts)")
    parser.add_argument("--cache", type=Path, help="keep the analysed batches here")
    parser.add_argument("--db", help="a PostgreSQL URL (default: a fresh SQLite file)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile")
    parser.add_argument("--store-batch", type=int,
                        help="articles per write transaction (default: --batch-size)")
    parser.add_argument("--freeze", action="store_true",
                        help="gc.freeze() after the first batch, as `ingest` does")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    batches = extracted(args.articles, args.seed, args.cache, args.batch_size,
                        "postgres" if args.db else "sqlite", args.words)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "replay.sqlite")
        if args.profile:
            profiler = cProfile.Profile()
            result = profiler.runcall(replay, batches, db, 2, args.store_batch, args.freeze)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
        else:
            result = replay(batches, db, 2, args.store_batch, args.freeze)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
