"""The bench's boolean (filtered) queries timed in two groups: with and without a phrase.

The ``boolean`` kind of ``python -m bench`` mixes phrases into a third of its queries;
this tells the phrase cost apart from the filters'. Two timed passes after a warm-up.

Example::

    python -m bench.boolean_split /tmp/b1m/search-0-1000000.sqlite
"""

from __future__ import annotations

import re
import statistics
import sys
import time

from bench.corpus import CorpusGenerator
from bench.queries import build
from pressespejl.store import open_store

_FIELD_VALUE = re.compile(r'[a-z]+:"[^"]*"')  # speaker:"Navn Navnesen" is not a phrase


def main(argv: list[str]) -> int:
    queries = [q for q in build(CorpusGenerator(0), per_kind=60, seed=0) if q.kind == "boolean"]
    samples: dict[str, list[float]] = {"with a phrase": [], "without a phrase": []}
    with open_store(argv[0]) as store:
        for q in queries:  # warm-up
            store.search(q.query)
        for _ in range(2):
            for q in queries:
                started = time.perf_counter()
                store.search(q.query)
                kind = ("with a phrase" if '"' in _FIELD_VALUE.sub("", q.query.text)
                        else "without a phrase")
                samples[kind].append((time.perf_counter() - started) * 1000)
    for kind, values in samples.items():
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        print(f"{kind}: {len(values)} samples, p50 {cuts[49]:.1f} p95 {cuts[94]:.1f} "
              f"p99 {cuts[98]:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
