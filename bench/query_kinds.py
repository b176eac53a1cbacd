"""Time the search benchmark's query kinds against an existing archive, one kind at a time,
and keep what each query returned so two runs (before and after a change) can be
compared for equal results, not only for speed.

Kinds: the six of ``python -m bench`` (``bench/queries.py``) and ``speaker``: 60 queries
``WORD AND speaker:"NAME"`` (the boolean kind's speaker shape, which the boolean set holds
only ten of), with speakers the corpus quotes often and a few it quotes rarely.

Example (the PostgreSQL measurements in bench/README.md)::

    nice -n 10 python -m bench.query_kinds postgresql://.../db --kinds word,boolean \\
        --repeats 3 --json after.json --compare before.json

``--compare`` prints, per kind, how many queries returned other results than in the
earlier run: totals and hit lists, ranked hits compared as sets (equal scores may come in
another order on another plan).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import KINDS, BenchQuery, build
from pressespejl.store import open_store
from pressespejl.types import SearchQuery

ALL_KINDS = (*KINDS, "speaker")


def speaker_queries(gen: CorpusGenerator, count: int = 60, seed: int = 0) -> list[BenchQuery]:
    """``WORD AND speaker:"NAME"``: two thirds with speakers the corpus quotes often (as
    in the boolean kind), a third with speakers from the back of the cast (rare)."""
    rng = random.Random(f"speaker-queries:{seed}")
    keywords = [k for topic in gen.lex.topics for k in topic.keywords]
    frequent: list[str] = []
    rare: list[str] = []
    for members, _ in gen._cast_by_topic.values():
        frequent += [s.name for s in members[:8]]
        rare += [s.name for s in members[-8:]]
    frequent, rare = list(dict.fromkeys(frequent)), list(dict.fromkeys(rare))
    queries = []
    for i in range(count):
        speaker = rng.choice(rare if i % 3 == 2 else frequent)
        text = f'{rng.choice(keywords)} AND speaker:"{speaker}"'
        queries.append(BenchQuery("speaker", SearchQuery(text=text)))
    return queries


def _call(store: Any, q: BenchQuery) -> Callable[[], Any]:
    """The store call of a query and a JSON-able digest of what it returned."""
    if q.kind in ("word", "phrase", "boolean", "speaker"):
        def search() -> Any:
            results = store.search(q.query)
            ids = [h.article_id for h in results.hits]
            ranked = bool(results.hits) and results.hits[0].score
            return [results.total, sorted(ids) if ranked else ids]
        return search
    if q.kind == "facets":
        return lambda: {k: [list(v) for v in vs] for k, vs in store.facets(q.query).items()}
    if q.kind == "trend":
        return lambda: [list(b) for b in store.trend(q.query, by=q.by)]

    def quotes() -> Any:
        hits = store.quotes(q.query)
        keys = [[h.article_id, h.quote.start] for h in hits]
        return sorted(keys) if q.query.text else keys
    return quotes


def _percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "max": round(max(samples), 1)}


def run(db: str, kinds: list[str], repeats: int, seed: int = 0) -> dict[str, Any]:
    """One warm-up pass (its results are kept) and ``repeats`` timed passes per kind; a
    query's time is the median of its passes."""
    gen = CorpusGenerator(seed)
    queries = [q for q in build(gen, seed=seed) if q.kind in kinds]
    if "speaker" in kinds:
        queries += speaker_queries(gen, seed=seed)
    out: dict[str, Any] = {"db": db, "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
                           "load_before": os.getloadavg(), "kinds": {}}
    with open_store(db) as store:
        out["articles"] = store.stats()["articles"]
        for kind in kinds:
            mine = [q for q in queries if q.kind == kind]
            calls = [_call(store, q) for q in mine]
            results = [call() for call in calls]
            times: list[list[float]] = [[] for _ in mine]
            for _ in range(repeats):
                for i, call in enumerate(calls):
                    started = time.perf_counter()
                    call()
                    times[i].append((time.perf_counter() - started) * 1000)
            per_query = [statistics.median(t) for t in times]
            out["kinds"][kind] = {
                **_percentiles(per_query), "queries": len(mine), "load": os.getloadavg()[0],
                "per_query": [{"label": q.label, "ms": round(ms, 1), "result": r}
                              for q, ms, r in zip(mine, per_query, results, strict=True)]}
            print(f"{kind:8} p50 {out['kinds'][kind]['p50']:>8} p95 {out['kinds'][kind]['p95']:>8}"
                  f" max {out['kinds'][kind]['max']:>8} ms  (load {os.getloadavg()[0]:.1f})",
                  flush=True)
    return out


def compare(now: dict[str, Any], before: dict[str, Any]) -> dict[str, list[str]]:
    """Per kind measured in both runs, the labels of queries whose results differ."""
    differ: dict[str, list[str]] = {}
    for kind, data in now["kinds"].items():
        if kind not in before["kinds"]:
            continue
        old = {q["label"]: q["result"] for q in before["kinds"][kind]["per_query"]}
        differ[kind] = [q["label"] for q in data["per_query"]
                        if q["label"] in old and old[q["label"]] != q["result"]]
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.query_kinds", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="archive: SQLite path or postgresql:// URL")
    parser.add_argument("--kinds", default=",".join(ALL_KINDS),
                        help=f"comma-separated, of {', '.join(ALL_KINDS)}")
    parser.add_argument("--repeats", type=int, default=1, help="timed passes (default 1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write timings and results here")
    parser.add_argument("--compare", type=Path, help="an earlier --json to check results against")
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    if unknown := set(kinds) - set(ALL_KINDS):
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    out = run(args.db, kinds, args.repeats, args.seed)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    if args.compare:
        for kind, labels in compare(out, json.loads(args.compare.read_text())).items():
            print(f"{kind}: {len(labels)} of {out['kinds'][kind]['queries']} differ"
                  + "".join(f"\n  {label}" for label in labels[:10]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
