"""PostgreSQL facets two ways on the same archive, interleaved: from the search table's
facet values (schema 10, what ``PostgresStore.facets`` does) and by joining the tables
the values come from (``SqlSearchStore._facet_rows``, what it did before). Checks that
both give the same facets. Queries: the bench's facet set plus the whole archive (no
query, no filter), which is also timed from the cache of counts (schema 11, what
``PostgresStore.facets`` does for it) and checked equal.

Example::

    nice -n 10 python -m bench.facets_ab postgresql://.../db --repeats 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import build
from pressespejl.store import open_store
from pressespejl.store._sql_search import SqlSearchStore
from pressespejl.types import SearchQuery


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facets_ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="a postgresql:// URL")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    queries = [q.query for q in build(CorpusGenerator(0)) if q.kind == "facets"]
    everything = SearchQuery(text="")
    times: dict[str, list[float]] = {"values": [], "joins": [], "cache, all": [],
                                     "values, all": [], "joins, all": []}
    differ = 0
    with open_store(args.db) as store:
        for _ in range(args.repeats):
            for query in [*queries, everything]:
                suffix = ", all" if query is everything else ""
                if query is everything:
                    ms_cache, cached = _timed(lambda q=query: store._facet_rows(q, 10, False)[0])
                    times["cache, all"].append(ms_cache)
                ms_values, values = _timed(
                    lambda q=query: store._facet_rows(q, 10, False, cache=False)[0])
                ms_joins, joins = _timed(
                    lambda q=query: SqlSearchStore._facet_rows(store, q, 10, False)[0])
                times["values" + suffix].append(ms_values)
                times["joins" + suffix].append(ms_joins)
                differ += values != joins or (query is everything and cached != values)
    print(f"load {os.getloadavg()[0]:.1f}; queries whose facets differ: {differ}")
    for name, samples in times.items():
        if len(samples) >= 2:
            cuts = statistics.quantiles(samples, n=100, method="inclusive")
            print(f"{name:12} p50 {cuts[49]:8.1f} p95 {cuts[94]:8.1f} ms ({len(samples)} calls)")
        else:
            print(f"{name:12} {samples[0]:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
