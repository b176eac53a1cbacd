"""``python -m bench.storage ARCHIVE.sqlite``: where the bytes of an embedded archive go.

Prints bytes per article for every table and index of the SQLite file (SQLite's
``dbstat`` virtual table: the pages each b-tree holds, so free pages and half-empty
pages count where they lie) and for each tantivy index beside it (the files on disk), and
the total in KB (1,000 bytes) per article, the unit of issue 12's target. Reads only:
the file is opened read-only and never migrated (open it with the store, or run
``SQLiteStore.compact``, first to measure the current layout).

    python -m bench.storage /tmp/b/search-0-20000.sqlite [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path
from typing import Any

INDEX_SUFFIXES = (".tantivy", ".quotes.tantivy")  # store/sqlite.py


def measure(path: Path) -> dict[str, Any]:
    """Bytes of each b-tree of the file and of each index directory, and the article
    count they are divided by."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        btrees = dict(conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall())
        page_size, pages, free = (conn.execute(f"PRAGMA {p}").fetchone()[0]
                                  for p in ("page_size", "page_count", "freelist_count"))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    indexes = {}
    for suffix in INDEX_SUFFIXES:
        folder = Path(f"{path}{suffix}")
        if folder.is_dir():
            indexes[folder.name] = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    file_bytes = page_size * pages
    return {"archive": str(path), "schema": version, "articles": articles,
            "file_bytes": file_bytes, "free_bytes": page_size * free, "page_size": page_size,
            "btrees": btrees, "indexes": indexes,
            "kb_per_article": {
                "sqlite": file_bytes / articles / 1000,
                "tantivy": sum(indexes.values()) / articles / 1000,
                "total": (file_bytes + sum(indexes.values())) / articles / 1000}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.storage", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument("--top", type=int, default=20, help="b-trees to list (default 20)")
    args = parser.parse_args(argv)
    found = measure(args.archive)
    n = found["articles"]
    print(f"{args.archive}: schema {found['schema']}, {n:,} articles, "
          f"{found['page_size']:,}-byte pages, {found['free_bytes'] / n:,.0f} B/article free")
    print(f"{'b-tree or index':<40} {'bytes/article':>14}")
    for name, size in list(found["btrees"].items())[:args.top]:
        print(f"{name:<40} {size / n:>14,.0f}")
    for name, size in found["indexes"].items():
        print(f"{name:<40} {size / n:>14,.0f}")
    per = found["kb_per_article"]
    print(f"KB per article: SQLite {per['sqlite']:.2f} + tantivy {per['tantivy']:.2f} "
          f"= {per['total']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
