"""``python -m bench.minhash_bits ARCHIVE.sqlite``: do near-duplicate groups change when
the MinHash index compares fewer bits of each value?

Reads every stored signature of an embedded archive in storage order (as the store's
index is built) and groups the articles again at 32 bits (the whole value of the
affine32 scheme), 16 bits (what ``ingest/near_duplicates.py`` compares, and what the
archive stores from schema 12 on) and 8 bits. Prints, per width, the articles whose group
differs from the 32-bit grouping, the pairs of articles grouped together (each group of
n members gives n(n-1)/2) that are only in one of the two groupings, and the time taken.
A 16-bit archive (written after the change) holds no more than 16 bits, so only 16 and
8 can be compared there. Reads only.

    python -m bench.minhash_bits /tmp/b/search-0-20000.sqlite [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from itertools import combinations
from pathlib import Path
from typing import Any

from pressespejl.ingest.near_duplicates import NearDuplicateIndex
from pressespejl.store._compact import unpack_signature

WIDTHS = (32, 16, 8)


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def compare(path: Path, widths: tuple[int, ...] = WIDTHS) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [(article_id, unpack_signature(data)) for article_id, data in conn.execute(
            "SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY num")]
    finally:
        conn.close()
    found: dict[int, dict[str, Any]] = {}
    for bits in widths:
        started = time.perf_counter()
        index = NearDuplicateIndex.from_signatures(rows, bits=bits)
        found[bits] = {"seconds": time.perf_counter() - started,
                       "group_of": {a: index.group_of(a) for a, _ in rows},
                       "groups": index.groups()}
    base = found[widths[0]]
    base_pairs = _pairs(base["groups"])
    out: dict[str, Any] = {"archive": str(path), "articles": len(rows), "reference_bits":
                           widths[0], "widths": {}}
    for bits in widths:
        mine = found[bits]
        pairs = _pairs(mine["groups"])
        out["widths"][bits] = {
            "seconds": round(mine["seconds"], 2),
            "groups": len(mine["groups"]),
            "grouped_articles": sum(len(m) for m in mine["groups"].values()),
            "articles_in_another_group": sum(
                1 for a, g in mine["group_of"].items() if base["group_of"][a] != g),
            "pairs": len(pairs),
            "pairs_only_here": len(pairs - base_pairs),
            "pairs_only_in_reference": len(base_pairs - pairs)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.minhash_bits", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--bits", type=int, nargs="+", default=list(WIDTHS),
                        help="widths to compare, the first is the reference (default 32 16 8)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    found = compare(args.archive, tuple(args.bits))
    print(f"{args.archive}: {found['articles']:,} signatures, reference "
          f"{found['reference_bits']} bits")
    print(f"{'bits':>4} {'groups':>7} {'grouped':>8} {'moved':>6} {'pairs':>7} "
          f"{'+pairs':>7} {'-pairs':>7} {'s':>6}")
    for bits, w in found["widths"].items():
        print(f"{bits:>4} {w['groups']:>7,} {w['grouped_articles']:>8,} "
              f"{w['articles_in_another_group']:>6,} {w['pairs']:>7,} {w['pairs_only_here']:>7,} "
              f"{w['pairs_only_in_reference']:>7,} {w['seconds']:>6.1f}")
    if args.json:
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
