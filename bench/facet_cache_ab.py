"""PostgreSQL facets and trends of the bench's queries, interleaved in one process:
facets counted over every match the old way (each value split before counting:
``postgres.FACET_BY_ENTRY = False``), counted per whole value (``FACET_BY_ENTRY``), and
read from the counts kept per cached query and month (schema 14: what
``PostgresStore.facets`` does for a cached query); trends counted over the matches and
from the cache. Checks that every way gives the same facets, days and trends.
``--cache-queries`` first lists the bench's facet and trend queries
(``PostgresStore.cache_facet_queries``), ``--cache-words N`` the most frequent words of
about N articles or more (``cache_facet_words``); it prints how long that took and the
cache's size.

Example::

    nice -n 10 python -m bench.facet_cache_ab postgresql://.../db --cache-queries \\
        --repeats 2 --json facet-cache-ab.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import build
from pressespejl.store import _pg_facet_cache, open_store, postgres
from pressespejl.store._sql_search import SqlSearchStore


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def _cuts(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "max": round(max(samples), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facet_cache_ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="a postgresql:// URL")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--cache-words", type=int, metavar="N",
                        help="first cache the words of about N articles or more")
    parser.add_argument("--cache-queries", action="store_true",
                        help="first cache the bench's facet and trend queries")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    built = build(CorpusGenerator(0))
    kinds = {"facets": [q for q in built if q.kind == "facets"],
             "trend": [q for q in built if q.kind == "trend"]}
    out: dict[str, Any] = {"db": args.db, "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
                           "load_before": os.getloadavg()}
    with open_store(args.db) as store:
        out["articles"] = store.stats()["articles"]
        if args.cache_queries:
            listed = [q.query for qs in kinds.values() for q in qs]
            ms, added = _timed(lambda: store.cache_facet_queries(listed))
            out["cache_listing"] = {"queries": added, "seconds": round(ms / 1000, 1)}
        if args.cache_words is not None:
            ms, added = _timed(lambda: store.cache_facet_words(args.cache_words))
            out["cache_listing"] = {"words": added, "min_articles": args.cache_words,
                                    "seconds": round(ms / 1000, 1)}
        with store._read() as cur:
            cur.execute("SELECT (SELECT count(*) FROM facet_queries), count(*), "
                        "pg_total_relation_size('facet_query_counts') FROM facet_query_counts")
            words, rows, size = cur.fetchone()
        out["cache"] = {"words": words, "rows": rows, "mib": round(size / 2**20, 1)}
        print(f"{out['articles']:,} articles; cached words {words:,}, rows {rows:,}, "
              f"{size / 2**20:,.0f} MiB" + (f"; listing: {out['cache_listing']}"
                                            if "cache_listing" in out else ""))
        for kind, queries in kinds.items():
            ways = ("split", "by_entry", "cached") if kind == "facets" else ("live", "cached")
            times: dict[str, list[list[float]]] = {w: [[] for _ in queries] for w in ways}
            differ: list[str] = []
            for _ in range(args.repeats):
                for i, bq in enumerate(queries):
                    got = {}
                    for way in ways:
                        postgres.FACET_BY_ENTRY = way != "split"
                        if kind == "facets":
                            ms, (facets, days) = _timed(lambda q=bq.query, w=way: store._facet_rows(
                                q, 10, True, cache=w == "cached"))
                            got[way] = (facets, sorted(days))
                        elif way == "live":
                            ms, got[way] = _timed(
                                lambda bq=bq: SqlSearchStore.trend(store, bq.query, by=bq.by))
                        else:
                            ms, got[way] = _timed(lambda bq=bq: store.trend(bq.query, by=bq.by))
                        times[way][i].append(ms)
                    postgres.FACET_BY_ENTRY = True
                    if len({repr(v) for v in got.values()}) > 1 and bq.label not in differ:
                        differ.append(bq.label)
            hits = sum(_pg_facet_cache.cached_counts(store, bq.query) is not None
                       for bq in queries)
            result: dict[str, Any] = {"queries": len(queries), "from_cache": hits,
                                      "differ": differ, "load": os.getloadavg()[0]}
            for way, per in times.items():
                result[way] = _cuts([statistics.median(t) for t in per])
            result["per_query"] = [
                {"label": bq.label, **{w: round(statistics.median(times[w][i]), 1)
                                       for w in ways}}
                for i, bq in enumerate(queries)]
            out[kind] = result
            print(f"{kind}: {hits} of {len(queries)} from the cache, {len(differ)} differ "
                  f"(load {result['load']:.1f})")
            for way in ways:
                print(f"  {way:9} p50 {result[way]['p50']:8.1f} p95 {result[way]['p95']:8.1f} "
                      f"max {result[way]['max']:8.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
