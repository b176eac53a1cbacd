"""PostgreSQL query shapes of schemas 12 and 13 against the shapes before them, interleaved in one
process: each query runs once per variant, one after the other, so load changes hit
every variant alike. Prints p50/p95/max per kind and variant, and how many queries'
results (total and the page's hits as a set) differ from the first variant's.

Features a variant switches off (``-pairs,-bounds``; ``old`` is all of them off, ``new``
none):

- ``pairs``: phrases name the common word pairs of the article terms (``_pg_pairs``);
  off, they name every word (the pairs stay in the archive: an archive at schema 12)
- ``bounds``: a date filter also bounds the search table's partition key (``_pg_dates``)
- ``terms``: speaker, place, source and outlet filters and NOTs of words are matched in
  the article terms' tsquery (``_pg_filters``); off, SQL conditions on the quotes,
  places and sources tables and filter-first plans, as before
- ``order``: pages ordered by date read the search table's partition key, newest month
  first (schema 13); off, ordered by the article rows' dates (every match sorted)

Example (bench/README.md, "PostgreSQL at 199,910 articles: word pairs, ...")::

    nice -n 10 python -m bench.pg_shapes_ab postgresql://.../db --kinds phrase,boolean \\
        --variants old,new
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import build
from bench.query_kinds import speaker_queries
from pressespejl.search.query import to_tsquery
from pressespejl.store import open_store, postgres

FEATURES: dict[str, tuple[str, Any]] = {
    "pairs": ("article_tsquery", to_tsquery),
    "bounds": ("published_bounds", lambda query: None),
    "terms": ("FILTER_TERMS", False),
    "order": ("PARTITION_ORDER", False),
}
"""Feature -> (name in ``store/postgres.py``, what it is with the feature off)."""


def _variant(spec: str) -> dict[str, Any]:
    """The patches of a variant: ``new``, ``old``, or the features it switches off
    (``-pairs-bounds``)."""
    if spec == "new":
        return {}
    off = list(FEATURES) if spec == "old" else [f for f in spec.split("-") if f]
    if unknown := set(off) - set(FEATURES):
        raise SystemExit(f"unknown features: {', '.join(sorted(unknown))}")
    return {FEATURES[f][0]: FEATURES[f][1] for f in off}


def _result(store: Any, query: Any) -> list[Any]:
    results = store.search(query)
    return [results.total, sorted(h.article_id for h in results.hits)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pg_shapes_ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="a postgresql:// URL")
    parser.add_argument("--kinds", default="phrase,boolean,speaker")
    parser.add_argument("--variants", default="old,new", help="e.g. old,new or new,-pairs")
    parser.add_argument("--json", type=Path, help="write the timings here")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")
    variants = args.variants.split(",")
    patches = {v: _variant(v) for v in variants}
    originals = {name: getattr(postgres, name) for name, _ in FEATURES.values()}
    gen = CorpusGenerator(0)
    queries = [q for q in build(gen) if q.kind in kinds]
    if "speaker" in kinds:
        queries += speaker_queries(gen)
    times: dict[str, dict[str, list[float]]] = {k: {v: [] for v in variants} for k in kinds}
    differ: dict[str, dict[str, list[str]]] = {k: {v: [] for v in variants} for k in kinds}
    with open_store(args.db) as store:
        for q in queries:  # warm-up
            store.search(q.query)
        for q in queries:
            first = None
            for v in variants:
                for name, value in originals.items():
                    setattr(postgres, name, patches[v].get(name, value))
                started = time.perf_counter()
                result = _result(store, q.query)
                times[q.kind][v].append((time.perf_counter() - started) * 1000)
                if first is None:
                    first = result
                elif result != first:
                    differ[q.kind][v].append(q.label)
        for name, value in originals.items():
            setattr(postgres, name, value)
    out: dict[str, Any] = {"db": args.db, "load_after": os.getloadavg(), "kinds": {}}
    print(f"{len(queries)} queries, load {os.getloadavg()[0]:.1f}")
    for kind in kinds:
        out["kinds"][kind] = {}
        for v in variants:
            cuts = statistics.quantiles(times[kind][v], n=100, method="inclusive")
            row = {"p50": round(cuts[49]), "p95": round(cuts[94]),
                   "max": round(max(times[kind][v])), "differ": differ[kind][v]}
            out["kinds"][kind][v] = row
            print(f"{kind:8} {v:>16}: p50 {row['p50']:6} p95 {row['p95']:6} max {row['max']:6}"
                  f" ms; results differ from {variants[0]}: {len(row['differ'])}")
            for label in row["differ"][:5]:
                print(f"    {label}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
