"""Dateline micro-benchmark: ``find_dateline_date`` per article, as the ingest coordinator
calls it once for every article it reads.

    .venv/bin/python -m bench.datelines                  # 600 articles of 180-260 words
    .venv/bin/python -m bench.datelines --articles 2000 --words 300-600 --runs 7

The articles come from the benchmark corpus (``bench/corpus.py``), the same ones
``python -m bench --only ingest`` reads; every third gets one of a few page datelines at
its top or bottom (the corpus has none), so the checksum covers found datelines too.
Printed: the best of ``--runs`` passes over them
in milliseconds per article, how many texts have a dateline, and a checksum of the
results, so that a faster version can be shown to find the same datelines.
"""

from __future__ import annotations

import argparse
import hashlib
import time

from bench.corpus import CorpusGenerator, word_range
from pressespejl.ingest._datelines import find_dateline_date

# Invented page chrome, in the forms ``_datelines.py`` reads.
DATELINES = ("Publiceret 12. marts 2021 kl. 10.15", "Opdateret 25.03.23 kl. 10.12",
             "Køge - 02. september 2021", "1. september 2016 Politik Skrevet af: Ole Hansen",
             "Onsdag, 10. april 2019 - 17:22")


def _with_dateline(text: str, index: int) -> str:
    if index % 3:
        return text
    line = DATELINES[index // 3 % len(DATELINES)]
    return f"{line}\n\n{text}" if index % 2 else f"{text}\n\n{line}"


def run(articles: int, words: tuple[int, int], runs: int) -> dict[str, float | int | str]:
    """Time ``find_dateline_date`` over generated article texts; the best of ``runs``."""
    generator = CorpusGenerator(0, words=words)
    texts = [_with_dateline(generator.article(i).article().text, i) for i in range(articles)]
    found = [find_dateline_date(text) for text in texts]
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            find_dateline_date(text)
        best = min(best, time.perf_counter() - started)
    checksum = hashlib.sha256(repr(found).encode()).hexdigest()[:12]
    return {"ms_per_article": round(best / articles * 1e3, 4),
            "datelines": sum(f is not None for f in found), "checksum": checksum}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--words", type=word_range, default=(180, 260), metavar="LO-HI")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    result = run(args.articles, args.words, args.runs)
    print(f"find_dateline_date: {result['ms_per_article']} ms/article over {args.articles} "
          f"articles ({result['datelines']} datelines, results {result['checksum']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
