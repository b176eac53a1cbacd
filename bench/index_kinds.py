"""``python -m bench.index_kinds``: the search benchmark's query kinds against a tantivy
article index alone (no SQLite), the way ``SQLiteStore`` queries it: the index's share
of a store call, per kind, with the slowest queries named.

The 1M index (``bench.index_copies``, /work/bench-data/idx1m) must never be written and
may be of an older ``INDEX_VERSION``: ``--read-only`` opens it through a temporary
directory of links with a version file of our own (version 3 differs from 4 only in how
``raw`` stores term frequencies, which no query reads; an index older than 5 lacks the
runs of three and the frequent words' pairs, so only ``--ab``'s "-v4" rows are right on
it). Kinds: word, phrase, boolean, facets (``TantivyIndex.facets``, size 100 as the
store asks), trend (``days``). Each query runs once to warm up and then ``--repeats``
timed passes; its time is the median, of the wall clock and of the CPU time the process
spent (all its threads: on a busy machine the CPU time is the figure to compare).

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
from datetime import date
from itertools import pairwise
from pathlib import Path
from types import MethodType
from typing import Any

import tantivy

from bench.corpus import CorpusGenerator
from bench.queries import BenchQuery, build
from pressespejl.search.danish import lexicon_id
from pressespejl.search.query import parse
from pressespejl.store import tantivy_index
from pressespejl.store.tantivy_index import (
    COMMON_STEMS,
    INDEX_VERSION,
    META_FILE,
    WEIGHTS,
    TantivyIndex,
)

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


def v4_phrase(index: TantivyIndex, stems: list[str]) -> tantivy.Query:
    """``TantivyIndex._phrase`` as INDEX_VERSION 4 built it: pairs of ``COMMON_WORDS``
    only, no runs of three. Its terms are all in a version 5 index too, so both rules
    can be timed on one index (``--ab``)."""
    q = tantivy.Query
    if len(stems) == 1:
        return index._phrase(stems)
    pairs = [f"{a}+{b}" for a, b in pairwise(stems)
             if a and b and (a in COMMON_STEMS or b in COMMON_STEMS)]
    if len(stems) == 2 and pairs:
        return q.term_query(index.schema, "pairs", pairs[0])
    phrase = q.boolean_query([(tantivy.Occur.Should, q.boost_query(
        q.phrase_query(index.schema, field, stems), WEIGHTS[field]))
        for field in ("title", "body")])
    if not pairs:
        return phrase
    return q.boolean_query([(tantivy.Occur.Must, phrase)] + [
        (tantivy.Occur.Must, q.const_score_query(q.term_query(index.schema, "pairs", p), 0.0))
        for p in dict.fromkeys(pairs)])


def v4_dates(index: TantivyIndex, first: date | None, last: date | None) -> tantivy.Query:
    """``TantivyIndex._dates`` before the split: a range over every later ``last`` day."""
    q, unsigned = tantivy.Query, tantivy.FieldType.Unsigned
    parts = []
    if last is not None:
        parts.append(q.range_query(index.schema, "first", unsigned, 0, last.toordinal()))
    if first is not None:
        parts.append(q.range_query(index.schema, "last", unsigned, first.toordinal(),
                                   date.max.toordinal()))
    if not parts:
        return q.const_score_query(q.all_query(), 0.0)
    return q.const_score_query(q.boolean_query([(tantivy.Occur.Must, p) for p in parts]), 0.0)


@contextmanager
def v4_rules(index: TantivyIndex) -> Iterator[None]:
    """Queries built meanwhile use the version 4 phrase and date rules (``v4_phrase``,
    ``v4_dates``)."""
    index._phrase = MethodType(v4_phrase, index)  # type: ignore[method-assign]
    index._dates = MethodType(v4_dates, index)  # type: ignore[method-assign]
    try:
        yield
    finally:
        del index._phrase, index._dates


def one_thread(counted: Callable[[], Any]) -> Callable[[], Any]:
    """``counted`` with facets counted in one aggregation (``FACET_THREADS`` 1), as
    before round 10 (``--ab``'s ``facets-1``)."""
    def run() -> Any:
        threads, tantivy_index.FACET_THREADS = tantivy_index.FACET_THREADS, 1
        try:
            return counted()
        finally:
            tantivy_index.FACET_THREADS = threads
    return run


class Again:
    """A call asked a second time: ``prepare`` (untimed) asks it first, so the timed
    call finds its counts cached, as a user paging on does."""

    def __init__(self, counted: Callable[[], Any]) -> None:
        self.counted = counted

    def prepare(self) -> None:
        self.counted()

    def __call__(self) -> Any:
        return self.counted()


def call(index: TantivyIndex, q: BenchQuery, cached: bool = False) -> Callable[[], Any]:
    """The index call of a query and a JSON-able digest of what it returned. Facets and
    trend are counted afresh (the first ask) unless ``cached`` (asked again: paging)."""
    tq, ranked = index.query(q.query, parse(q.query.text))
    if q.kind in ("facets", "trend"):
        counted = ((lambda: index.facets(tq, size=100)) if q.kind == "facets"
                   else (lambda: index.days(tq)))
        if cached:
            return Again(counted)

        def afresh() -> Any:
            index.counts.clear()
            return counted()
        return afresh
    order = "relevance" if ranked else "newest"

    def search() -> Any:
        page, total = index.search(tq, limit=20, offset=0, order=order, scored=ranked)
        return [total, sorted(n for n, _ in page)]
    return search


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "max": round(max(samples), 1)}


def _timed(calls: list[Callable[[], Any]], repeats: int) -> list[tuple[float, float]]:
    """Per call, the median of ``repeats`` timed runs: (wall ms, CPU ms of this process,
    every thread). On a machine shared with other work the wall time mostly measures the
    wait for a core; the CPU time does not."""
    times: list[list[tuple[float, float]]] = [[] for _ in calls]
    for _ in range(repeats):
        for i, c in enumerate(calls):
            if isinstance(c, Again):
                c.prepare()
            t, cpu = time.perf_counter(), time.process_time()
            c()
            times[i].append(((time.perf_counter() - t) * 1000,
                             (time.process_time() - cpu) * 1000))
    return [(statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
            for t in times]


def run(index: TantivyIndex, kinds: list[str], repeats: int, ab: bool = False,
        slowest: int = 8) -> dict[str, Any]:
    """Each kind's percentiles and slowest queries. Facets and trend: counted afresh,
    and (``facets-again``, ``trend-again``) asked again, from the cache. ``ab``: phrase
    and boolean also built by the version 4 rules, timed interleaved with the current
    ones on the same index (``-v4``), each query's count checked equal; facets also
    counted in one aggregation on one thread (``facets-1``), interleaved."""
    queries = [q for q in build(CorpusGenerator(0)) if q.kind in kinds]
    out: dict[str, Any] = {"articles": index.num_docs, "load_before": os.getloadavg(),
                           "kinds": {}}
    for kind in kinds:
        mine = [q for q in queries if q.kind == kind]
        variants = {kind: [call(index, q) for q in mine]}
        if ab and kind == "facets":
            variants["facets-1"] = [one_thread(c) for c in variants[kind]]
        if kind in ("facets", "trend"):
            variants[f"{kind}-again"] = [call(index, q, cached=True) for q in mine]
        if ab and kind in ("phrase", "boolean"):
            with v4_rules(index):
                variants[f"{kind}-v4"] = [call(index, q) for q in mine]
            for q, new, old in zip(mine, variants[kind], variants[f"{kind}-v4"], strict=True):
                got, expected = new(), old()
                assert got[0] == expected[0], (q.label, got[0], expected[0])
        for calls in variants.values():  # warm-up
            for c in calls:
                c()
        # Interleaved: every pass times each variant once, in turn.
        per_variant: dict[str, list[list[tuple[float, float]]]] = {
            name: [] for name in variants}
        for rep in range(repeats):
            names = list(variants) if rep % 2 == 0 else list(variants)[::-1]
            for name in names:
                per_variant[name].append(_timed(variants[name], 1))
        for name, passes in per_variant.items():
            per_query = [statistics.median(p[i][0] for p in passes) for i in range(len(mine))]
            cpu = [statistics.median(p[i][1] for p in passes) for i in range(len(mine))]
            ranked = sorted(zip(per_query, mine, strict=True), key=lambda x: -x[0])
            k = out["kinds"][name] = {
                **percentiles(per_query), "cpu": percentiles(cpu), "load": os.getloadavg()[0],
                "slowest": [[round(ms, 1), q.label] for ms, q in ranked[:slowest]]}
            print(f"{name:14} p50 {k['p50']:>7} p95 {k['p95']:>7} max {k['max']:>7} ms, "
                  f"CPU p50 {k['cpu']['p50']:>6} p95 {k['cpu']['p95']:>6} ms "
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
    parser.add_argument("--ab", action="store_true",
                        help="phrase, boolean also by the version 4 phrase and date rules; "
                             "facets also in one thread (facets-1)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    if unknown := set(kinds) - set(KINDS):
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    with open_index(args.index, args.read_only) as index:
        out = run(index, kinds, args.repeats, args.ab)
    out["index"] = str(args.index)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
