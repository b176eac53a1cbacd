"""PostgreSQL's filter-first plan against the word-first plan, interleaved in one process:
each query runs once per ``FILTER_FIRST_MAX`` given (-1: never filter first), so load
changes hit every threshold alike. Queries: ``query_kinds``' 60 speaker queries and the
boolean set's queries with a speaker, place or source filter. Prints p50/p95/max per
threshold and how many queries' totals differ from the first threshold's (pages may
differ among tied hits: a filter-first search breaks ties by date).

Example (bench/README.md, "PostgreSQL at 199,910 articles: facet count cache, ...")::

    nice -n 10 python -m bench.filter_first_ab postgresql://.../db --max -1,4000,12000
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from bench.corpus import CorpusGenerator
from bench.queries import build
from bench.query_kinds import speaker_queries
from pressespejl.store import open_store, postgres

FILTERS = ("speaker:", "place:", "source:")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.filter_first_ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="a postgresql:// URL")
    parser.add_argument("--max", default="-1,4000", help="FILTER_FIRST_MAX values to compare")
    args = parser.parse_args(argv)
    maxes = [int(x) for x in args.max.split(",")]
    gen = CorpusGenerator(0)
    queries = [q.query for q in speaker_queries(gen)] + [
        q.query for q in build(gen) if q.kind == "boolean" and any(f in q.query.text
                                                                   for f in FILTERS)]
    times: dict[int, list[float]] = {m: [] for m in maxes}
    totals: dict[int, list[int]] = {m: [] for m in maxes}
    with open_store(args.db) as store:
        for query in queries:  # warm-up
            store.search(query)
        for query in queries:
            for m in maxes:
                postgres.FILTER_FIRST_MAX = m
                started = time.perf_counter()
                totals[m].append(store.search(query).total)
                times[m].append((time.perf_counter() - started) * 1000)
    print(f"{len(queries)} queries, load {os.getloadavg()[0]:.1f}")
    for m in maxes:
        cuts = statistics.quantiles(times[m], n=100, method="inclusive")
        differ = sum(a != b for a, b in zip(totals[m], totals[maxes[0]], strict=True))
        print(f"FILTER_FIRST_MAX {m:>6}: p50 {cuts[49]:7.0f} p95 {cuts[94]:7.0f} "
              f"max {max(times[m]):7.0f} ms; totals differ: {differ}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
