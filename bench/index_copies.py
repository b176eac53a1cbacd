"""``python -m bench.index_copies``: phrase and facet latency on a tantivy article index
of N copies of an archive's articles, without growing the SQLite file.

Growing a whole archive to a million articles (``bench.grow``) and indexing it takes
about an hour here; the article index alone, built from N copies of a smaller archive's
index entries (each copy gets its own article number, as ``bench.grow``'s copies do),
takes minutes. Then, in one process, on the same index:

- every phrase query of the bench set (``bench/queries.py``), interleaved with and
  without the common-pair filter (``store/tantivy_index.py`` ``_phrase``), with a check
  that both give the same page and count;
- every facet query of the set, through ``TantivyIndex.facets`` (the store's call).

Example::

    python -m bench.index_copies /work/bench-data/b20k/search-0-20000.sqlite \\
        --copies 50 --workdir /work/bench-data/idx1m --json bench/results/index-copies-1m.json
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(samples: list[float]) -> dict[str, float]:
    return {"p50": round(statistics.median(samples), 2), "p95": round(_p(samples, 0.95), 2),
            "p99": round(_p(samples, 0.99), 2), "n": len(samples)}


def build(source: Path, copies: int, workdir: Path) -> dict[str, Any]:
    """The index of ``copies`` x the source's articles in ``workdir/articles.tantivy``."""
    from pressespejl.store._index_feed import _analysis_pool, article_entries
    from pressespejl.store.sqlite import read_dictionaries
    from pressespejl.store.tantivy_index import TantivyIndex

    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    read_dictionaries(conn)
    nums = [r[0] for r in conn.execute("SELECT num FROM articles ORDER BY num")]
    started = time.perf_counter()
    entries = []
    with _analysis_pool(len(nums)) as pool:
        for i in range(0, len(nums), 2_000):
            entries += article_entries(conn.cursor(), nums[i:i + 2_000], None, pool)
    analysed = time.perf_counter() - started
    offset = max(nums)
    index = TantivyIndex(workdir / "articles.tantivy", "article")
    writer = index.writer()
    writer.delete_all_documents()
    t = time.perf_counter()
    for k in range(copies):
        index.add(writer, (replace(e, num=e.num + k * offset,
                                   group=f"{e.group}~{k}" if k else e.group) for e in entries))
        if k % 10 == 9:
            writer.commit()
            print(f"  copy {k + 1}/{copies}", file=sys.stderr)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    size = sum(p.stat().st_size for p in (workdir / "articles.tantivy").rglob("*")
               if p.is_file())
    return {"articles": index.num_docs, "analyse_s": round(analysed, 1),
            "index_s": round(time.perf_counter() - t, 1), "size_mib": round(size / 2**20, 1)}


def measure(workdir: Path, repeats: int) -> dict[str, Any]:
    import tantivy

    from bench.corpus import CorpusGenerator
    from bench.queries import build as build_queries
    from pressespejl.search.danish import phrase_variants
    from pressespejl.search.query import parse
    from pressespejl.store.tantivy_index import WEIGHTS, TantivyIndex

    index = TantivyIndex(workdir / "articles.tantivy", "article")
    queries = build_queries(CorpusGenerator(seed=0))

    def plain(text: str) -> Any:
        q = tantivy.Query
        return q.boolean_query([
            (tantivy.Occur.Should, q.boost_query(
                q.phrase_query(index.schema, field, v) if len(v) > 1
                else q.term_query(index.schema, field, v[0]), WEIGHTS[field]))
            for v in phrase_variants(text) for field in ("title", "body") if v])

    pairs: list[float] = []
    without: list[float] = []
    for rep in range(repeats + 1):
        for bq in (q for q in queries if q.kind == "phrase"):
            filtered, _ = index.query(bq.query, parse(bq.query.text))
            unfiltered = plain(bq.query.text.strip('"'))
            runs = [(filtered, pairs), (unfiltered, without)]
            for query, out in runs if rep % 2 else runs[::-1]:
                t = time.perf_counter()
                page = index.search(query, limit=20, offset=0, order="relevance", scored=True)
                if rep:  # the first pass warms up
                    out.append((time.perf_counter() - t) * 1000)
            if rep == 0:
                other = index.search(unfiltered, limit=20, offset=0, order="relevance",
                                     scored=True)
                assert page[1] == other[1], bq.query.text  # same count either way
    facets: list[float] = []
    for rep in range(repeats + 1):
        for bq in (q for q in queries if q.kind == "facets"):
            tq, _ = index.query(bq.query, parse(bq.query.text))
            t = time.perf_counter()
            index.facets(tq, size=100)
            if rep:
                facets.append((time.perf_counter() - t) * 1000)
    return {"phrase_with_pairs": _summary(pairs), "phrase_without_pairs": _summary(without),
            "facets": _summary(facets)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.index_copies", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="a SQLite archive")
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=2, help="timed passes")
    parser.add_argument("--reuse-index", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"source": str(args.source), "copies": args.copies}
    if not args.reuse_index:
        out["build"] = build(args.source, args.copies, args.workdir)
        print(json.dumps(out["build"]), file=sys.stderr)
    out.update(measure(args.workdir, args.repeats))
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
