"""Index-only comparison of SQLite FTS5 and tantivy on the same analysed terms, at scale.

Building a million-article archive through ``Store.add`` takes hours here, so this
measures the full-text engines alone. The analysed columns (title stems, body stems,
compound parts, surface forms) of an existing **schema-2** archive (built by
``python -m bench --only search`` before schema 3, which still stored them in
``articles_fts_content``) are replicated ``COPIES`` times under new row ids into

- a contentless FTS5 table like schema 3's, plus a table of article dates, and
- a tantivy index (``pip install tantivy``) with the same four fields (positions for
  title and body, frequencies for the rest) and the day as an indexed fast field,

so each word's list of matching articles is ``COPIES`` times as long as in the source.
Then the word and phrase queries of ``bench/queries.py`` (and each word again with a
one-year date filter) run against both, two timed passes after a warm-up: the best 10 by
BM25 (title 4, body 1, parts 0.6) and the number of matches (FTS5: ``ORDER BY rank`` over
all matches and a count up to 10,001; tantivy: its top-k collector and an exact count).

Example (1,000,000 articles from a 100,000-article archive)::

    python -m bench.engines OLD.sqlite /tmp/engines 10 \\
        build_fts,build_tantivy,query_fts,query_tantivy

Results are printed and written to ``OUTDIR/result-*.json``. Not part of ``python -m
bench``: it measures a design decision (docs/search.md), not the product.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from pressespejl.search.danish import phrase_variants, query_terms
from pressespejl.search.query import And, Not, Or, Phrase, Prefix, Term

STEP = 1 << 20
"""Row ids of the copies: copy * STEP + the source article's num."""

WEIGHTS = {"title": 4.0, "body": 1.0, "parts": 0.6}


def _percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}


def _rows(source: str) -> Iterator[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    yield from conn.execute(
        "SELECT f.id, f.c0, f.c1, f.c2, f.c3, a.date_first FROM articles_fts_content f "
        "JOIN articles a ON a.num = f.id ORDER BY f.id")
    conn.close()


def _day(iso: str) -> int:
    return (date.fromisoformat(iso) - date(1970, 1, 1)).days


def build_fts(source: str, out: str, copies: int) -> dict[str, float]:
    path = f"{out}/fts.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5 (title, body, parts, raw, content = '', "
                 "tokenize = 'unicode61 remove_diacritics 0')")
    conn.execute("CREATE TABLE arts (num INTEGER PRIMARY KEY, date_first TEXT NOT NULL)")
    started = time.perf_counter()
    for copy in range(copies):
        conn.execute("BEGIN")
        dates = []
        for num, title, body, parts, raw, day in _rows(source):
            conn.execute("INSERT INTO fts (rowid, title, body, parts, raw) VALUES (?, ?, ?, ?, ?)",
                         (copy * STEP + num, title, body, parts, raw))
            dates.append((copy * STEP + num, day))
        conn.executemany("INSERT INTO arts VALUES (?, ?)", dates)
        conn.execute("COMMIT")
        print(f"fts copy {copy}: {time.perf_counter() - started:.0f} s", flush=True)
    conn.execute("CREATE INDEX arts_date ON arts (date_first)")
    conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"build_s": time.perf_counter() - started, "mib": os.path.getsize(path) / 2**20}


def build_tantivy(source: str, out: str, copies: int) -> dict[str, float]:
    import tantivy

    path = f"{out}/tantivy"
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("title", index_option="position")
    builder.add_text_field("body", index_option="position")
    builder.add_text_field("parts", index_option="freq")
    builder.add_text_field("raw", index_option="freq")
    builder.add_integer_field("num", fast=True)
    builder.add_integer_field("day", indexed=True, fast=True)
    index = tantivy.Index(builder.build(), path=path)
    writer = index.writer(heap_size=512 * 2**20, num_threads=1)
    started = time.perf_counter()
    for copy in range(copies):
        for num, title, body, parts, raw, day in _rows(source):
            writer.add_document(tantivy.Document(title=title, body=body, parts=parts, raw=raw,
                                                 num=copy * STEP + num, day=_day(day)))
        writer.commit()
        print(f"tantivy copy {copy}: {time.perf_counter() - started:.0f} s", flush=True)
    writer.wait_merging_threads()
    size = sum(os.path.getsize(os.path.join(path, name)) for name in os.listdir(path))
    return {"build_s": time.perf_counter() - started, "mib": size / 2**20}


Query = tuple[str, Any, tuple[str, str] | None]  # (kind, AST node, date range)


def bench_queries() -> list[Query]:
    from bench.corpus import CorpusGenerator
    from bench.queries import build
    from pressespejl.search.query import parse

    out: list[Query] = []
    for q in build(CorpusGenerator(0), per_kind=60, seed=0):
        if q.kind not in ("word", "phrase"):
            continue
        node = parse(q.query.text)
        if isinstance(node, Term | Phrase):
            out.append((q.kind, node, None))
            if q.kind == "word":  # the same word within one year
                year = random.Random(q.query.text).choice(range(2019, 2025))
                out.append(("word+date", node, (f"{year}-01-01", f"{year}-12-31")))
    return out


def query_fts(out: str, queries: list[Query], window: int | None = None) -> dict[str, Any]:
    """FTS5 as the store runs it; with ``window``, words with more matches are ranked
    among their newest ``window`` matches (``store._sql.RANK_WINDOW``)."""

    conn = sqlite3.connect(f"{out}/fts.sqlite")
    conn.execute("PRAGMA mmap_size = 8589934592")
    conn.execute("PRAGMA cache_size = -262144")
    weights = ", ".join(str(w) for w in (*WEIGHTS.values(), 0.3))

    def one(node: Any, dates: tuple[str, str] | None) -> int:
        match = to_fts5(node, "title body parts", "title body", "title body raw")
        low = 0
        if window is not None:
            row = conn.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC "
                               "LIMIT 1 OFFSET ?", [match, window - 1]).fetchone()
            low = row[0] if row else 0
        if dates is None:
            conn.execute(f"SELECT rowid, -rank FROM fts WHERE fts MATCH ? AND rowid >= ? AND "
                         f"rank MATCH 'bm25({weights})' ORDER BY rank LIMIT 10",
                         [match, low]).fetchall()
            return conn.execute("SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? "
                                "LIMIT 10001)", [match]).fetchone()[0]
        where = ("FROM fts JOIN arts a ON a.num = fts.rowid WHERE fts MATCH ? "
                 "AND a.date_first BETWEEN ? AND ?")
        conn.execute(f"SELECT fts.rowid, -bm25(fts, {weights}) AS s {where} AND fts.rowid >= ? "
                     "ORDER BY s DESC LIMIT 10", [match, *dates, low]).fetchall()
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 {where} LIMIT 10001)",
                            [match, *dates]).fetchone()[0]

    return _timed(queries, one)


def query_tantivy(out: str, queries: list[Query]) -> dict[str, Any]:
    import tantivy


    index = tantivy.Index.open(f"{out}/tantivy")
    index.reload()
    schema = index.schema
    searcher = index.searcher()
    q_, should, must = tantivy.Query, tantivy.Occur.Should, tantivy.Occur.Must

    def compile_node(node: Any) -> Any:
        clauses = []
        if type(node).__name__ == "Term":
            for term in query_terms(node.word)[0]:
                for field, boost in WEIGHTS.items():
                    clauses.append((should, q_.boost_query(
                        q_.term_query(schema, field, term), boost)))
        else:
            for variant in phrase_variants(node.text):
                for field in ("title", "body"):
                    inner = (q_.phrase_query(schema, field, variant) if len(variant) > 1
                             else q_.term_query(schema, field, variant[0]))
                    clauses.append((should, q_.boost_query(inner, WEIGHTS[field])))
        return q_.boolean_query(clauses)

    def one(node: Any, dates: tuple[str, str] | None) -> int:
        query = compile_node(node)
        if dates is not None:
            days = q_.range_query(schema, "day", tantivy.FieldType.Integer,
                                  _day(dates[0]), _day(dates[1]))
            query = q_.boolean_query([(must, query), (must, days)])
        return searcher.search(query, 10, count=True).count

    return _timed(queries, one)


def _fts5_string(term: str) -> str:
    # FTS5 strings are double-quoted; a double quote inside is doubled. Analysed terms
    # are letters and digits only, but escape anyway: this is the injection boundary.
    return '"' + term.replace('"', '""') + '"'


def _fts5_alternatives(alternatives: tuple[str, ...]) -> str:
    quoted = [_fts5_string(a) for a in alternatives]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def to_fts5(node: Any, word_columns: str, phrase_columns: str, prefix_columns: str) -> str:
    """Compile a text-only AST to an FTS5 MATCH expression.

    Args:
        word_columns: the FTS5 columns a word matches, e.g. ``"title body parts"``.
        phrase_columns: the columns a phrase matches (positions must be the text's).
        prefix_columns: the columns with the folded surface forms, for ``rus*``.

    The store compiled queries this way until schema 4 (docs/search.md); kept here to
    measure FTS5 against tantivy. FTS5 has no unary NOT: the queries measured have none.
    """
    if isinstance(node, Term):
        terms = query_terms(node.word)
        return "{" + word_columns + "} : " + _fts5_alternatives(terms[0])
    if isinstance(node, Prefix):
        return "{" + prefix_columns + "} : " + _fts5_string(query_terms(node.word)[0][0]) + " *"
    if isinstance(node, Phrase):
        phrases = [
            "{" + phrase_columns + "} : " + " + ".join(_fts5_string(t) for t in variant)
            for variant in phrase_variants(node.text)
        ]
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
    if isinstance(node, And):
        positives = [c for c in node.children if not isinstance(c, Not)]
        negatives = [c.child for c in node.children if isinstance(c, Not)]
        expr = " AND ".join(
            "(" + to_fts5(c, word_columns, phrase_columns, prefix_columns) + ")"
            for c in positives
        )
        if len(positives) > 1:
            expr = f"({expr})"
        for i, neg in enumerate(negatives):
            if i:  # make (a NOT b) NOT c explicit
                expr = f"({expr})"
            expr += " NOT (" + to_fts5(neg, word_columns, phrase_columns, prefix_columns) + ")"
        return expr
    if isinstance(node, Or):
        return " OR ".join(
            "(" + to_fts5(c, word_columns, phrase_columns, prefix_columns) + ")"
            for c in node.children
        )
    raise TypeError(f"not a text node: {node!r}")


def _timed(queries: list[Query], one: Callable[[Any, Any], int]) -> dict[str, Any]:
    hits: dict[str, list[int]] = {}
    for kind, node, dates in queries:  # the warm-up pass counts the hits
        hits.setdefault(kind, []).append(one(node, dates))
    samples: dict[str, list[float]] = {}
    for _ in range(2):
        for kind, node, dates in queries:
            started = time.perf_counter()
            one(node, dates)
            samples.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    return {kind: {**_percentiles(values), "mean_hits": round(statistics.fmean(hits[kind]))}
            for kind, values in samples.items()}


def main(argv: list[str]) -> int:
    source, out, copies, what = argv[0], argv[1], int(argv[2]), argv[3].split(",")
    os.makedirs(out, exist_ok=True)
    result: dict[str, Any] = {"copies": copies}
    if "build_fts" in what:
        result["fts_build"] = build_fts(source, out, copies)
    if "build_tantivy" in what:
        result["tantivy_build"] = build_tantivy(source, out, copies)
    queries = bench_queries() if {"query_fts", "query_tantivy"} & set(what) else []
    if "query_fts" in what:
        result["fts"] = query_fts(out, queries)
        result["fts_window_5000"] = query_fts(out, queries, window=5000)
    if "query_tantivy" in what:
        result["tantivy"] = query_tantivy(out, queries)
    print(json.dumps(result, indent=1))
    with open(f"{out}/result-{'-'.join(what)}.json", "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
