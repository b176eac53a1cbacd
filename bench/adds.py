"""Milliseconds per ``Store.add`` on the SQLite archive, one by one and in a
``Store.writing()`` run (which commits the tantivy index every 200 articles or 2 s
instead of after each article).

Example::

    python -m bench.adds --articles 300

The articles are the bundled demo records under new ids, analysed already, so only
storing is timed (SQL rows, Danish analysis for the index, the index commit).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import statistics
import tempfile
import time
from pathlib import Path

from pressespejl.search.danish import analyze
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery


def per_add_ms(articles: int, run: bool) -> float:
    """Mean milliseconds per ``add`` of ``articles`` new articles into a fresh archive."""
    records = demo_records()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "a.sqlite") as store:
        store.add(*records[0])  # open, migrate and build the empty index untimed
        context = store.writing() if run else contextlib.nullcontext()
        started = time.perf_counter()
        with context:
            for i in range(articles):
                article, analysis = records[i % len(records)]
                copy = dataclasses.replace(article, id=f"{article.id}-{i}")
                store.add(copy, dataclasses.replace(analysis, article_id=copy.id))
        elapsed = time.perf_counter() - started
        assert store.search(SearchQuery()).total == articles + 1
    return elapsed / articles * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    analyze("opvarmning af ordlisten")  # load the compound dictionary untimed
    result = {}
    for name, run in (("one_by_one", False), ("writing_run", True)):
        samples = [per_add_ms(args.articles, run) for _ in range(args.repeats)]
        result[name] = {"ms_per_add": round(statistics.median(samples), 1),
                        "samples": [round(s, 1) for s in samples]}
    print(json.dumps({"articles": args.articles, **result}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
