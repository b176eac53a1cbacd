"""``python -m bench.index_kinds``: the search benchmark's query kinds against a tantivy
article index alone (no SQLite), the way ``SQLiteStore`` queries it: the index's share
of a store call, per kind, with the slowest queries named.

The 1M index (``bench.index_copies``, /work/bench-data/idx1m) must never be written and
may be of an older ``INDEX_VERSION``: ``--read-only`` opens it through a temporary
directory of links with a version file of our own (version 3 differs from 4 only in how
``raw`` stores term frequencies, which no query reads). Kinds: word, phrase, boolean,
facets (``TantivyIndex.facets``, size 100 as the store asks), trend (``days``). Each
query runs once to warm up and then ``--repeats`` timed passes; its time is the median.

Example::

    nice -n 10 python -m bench.index_kinds /work/bench-data/idx1m/articles.tantivy \\
        --read-only --kinds phrase,boolean --repeats 2 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import BenchQuery, build
from pressespejl.search.danish import lexicon_id
from pressespejl.search.query import parse
from pressespejl.store.tantivy_index import INDEX_VERSION, META_FILE, TantivyIndex

KINDS = ("word", "phrase", "boolean", "facets", "trend")


@contextmanager
def open_index(path: Path, read_only: bool) -> Iterator[TantivyIndex]:
    """The article index at ``path``; ``read_only``: through links, never written."""
    if not read_only:
        index = TantivyIndex(path, "article")
        yield index
        index.close()
        return
    with tempfile.TemporaryDirectory(prefix="bench-index-") as links:
        for entry in path.iterdir():
            if entry.name != META_FILE and not entry.name.endswith(".lock"):
                (Path(links) / entry.name).symlink_to(entry)
        (Path(links) / META_FILE).write_text(
            json.dumps({"version": INDEX_VERSION, "lexicon": lexicon_id()}), encoding="utf-8")
        index = TantivyIndex(links, "article", read_only=True)
        try:
            yield index
        finally:
            index.close()


def call(index: TantivyIndex, q: BenchQuery) -> Callable[[], Any]:
    """The index call of a query and a JSON-able digest of what it returned."""
    tq, ranked = index.query(q.query, parse(q.query.text))
    if q.kind == "facets":
        return lambda: index.facets(tq, size=100)
    if q.kind == "trend":
        return lambda: len(index.days(tq))
    order = "relevance" if ranked else "newest"

    def search() -> Any:
        page, total = index.search(tq, limit=20, offset=0, order=order, scored=ranked)
        return [total, sorted(n for n, _ in page)]
    return search


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "max": round(max(samples), 1)}


def run(index: TantivyIndex, kinds: list[str], repeats: int, slowest: int = 8
        ) -> dict[str, Any]:
    queries = [q for q in build(CorpusGenerator(0)) if q.kind in kinds]
    out: dict[str, Any] = {"articles": index.num_docs, "kinds": {}}
    for kind in kinds:
        mine = [q for q in queries if q.kind == kind]
        calls = [call(index, q) for q in mine]
        for c in calls:
            c()
        times: list[list[float]] = [[] for _ in mine]
        for _ in range(repeats):
            for i, c in enumerate(calls):
                t = time.perf_counter()
                c()
                times[i].append((time.perf_counter() - t) * 1000)
        per_query = [statistics.median(t) for t in times]
        ranked = sorted(zip(per_query, mine, strict=True), key=lambda x: -x[0])
        out["kinds"][kind] = {**percentiles(per_query), "load": os.getloadavg()[0],
                              "slowest": [[round(ms, 1), q.label] for ms, q in ranked[:slowest]]}
        k = out["kinds"][kind]
        print(f"{kind:8} p50 {k['p50']:>7} p95 {k['p95']:>7} max {k['max']:>7} ms "
              f"(load {k['load']:.1f})", flush=True)
        for ms, label in k["slowest"]:
            print(f"    {ms:>8} {label}", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.index_kinds", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path, help="a tantivy article index directory")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    if unknown := set(kinds) - set(KINDS):
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    with open_index(args.index, args.read_only) as index:
        out = run(index, kinds, args.repeats)
    out["index"] = str(args.index)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
