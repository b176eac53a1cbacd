"""A digest of everything one ingest stores: to show a speed change of the ingest path
changes nothing stored.

Ingests the given folders (or a generated corpus) into a fresh SQLite archive and prints
one SHA-256 over every row of every table (timestamps of when a row was written left out;
compressed columns as their stored bytes), every index entry handed to tantivy, and the
archive checksum, then one digest per part, so a difference says where it is. Run it
before and after a change, on the same input; ``--workers 2`` must print the same as one
process.

Example::

    python -m bench.ingest_digest --articles 200 --words 180-260 /work/main/eval/real-dev
    python -m bench.ingest_digest --articles 200 --words 180-260 --workers 2 DIR
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus import word_range

TIMESTAMPS = {"added_at", "applied_at", "created_at"}
"""Columns that say when a row was written, not what was stored."""


def table_digests(db: Path) -> dict[str, str]:
    """SHA-256 of each table's rows, sorted, timestamp columns left out."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] not in TIMESTAMPS]
            if not columns:
                continue
            digest = hashlib.sha256()
            names = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}'):
                digest.update(repr(row).encode())
            out[table] = digest.hexdigest()
        return out
    finally:
        conn.close()


def run(paths: list[str], workers: int, keep: Path | None = None) -> dict[str, Any]:
    """Ingest ``paths`` into a fresh archive (``keep``: this new file, kept); the digests
    of what it stored."""
    from pressespejl.jobs import ingest
    from pressespejl.store import open_store
    from pressespejl.store.tantivy_index import TantivyIndex

    seen: list[str] = []
    add = TantivyIndex.add

    def recording(self: TantivyIndex, writer: Any, batch: Any) -> None:
        batch = list(batch)
        seen.extend(f"{Path(self.path).name}:{entry!r}" for entry in batch)
        add(self, writer, batch)

    TantivyIndex.add = recording  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = keep or Path(tmp) / "digest.sqlite"
            store = open_store(db)
            try:
                report = ingest(paths, store, workers=workers)
                checksum = store.checksum(recompute=True)
            finally:
                store.close()
            tables = table_digests(db)
    finally:
        TantivyIndex.add = add  # type: ignore[method-assign]
    entries = hashlib.sha256()
    for entry in sorted(seen):  # the order entries reach an index changes no result
        entries.update(entry.encode())
    whole = hashlib.sha256()
    for name, value in sorted(tables.items()):
        whole.update(f"{name}={value}".encode())
    whole.update(entries.hexdigest().encode())
    whole.update(str(checksum).encode())
    return {"report": report.summary(), "digest": whole.hexdigest(),
            "index_entries": entries.hexdigest(), "archive_checksum": checksum,
            "tables": tables}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_digest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="folders or files to ingest as well")
    parser.add_argument("--articles", type=int, default=200,
                        help="generated articles to ingest too (0: none)")
    parser.add_argument("--words", type=word_range, default=(180, 260))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    args = parser.parse_args(argv)
    paths = list(args.paths)
    if args.articles:
        from bench.corpus import CorpusGenerator, write_corpus

        # A fixed folder: articles store the path they were read from.
        lo, hi = args.words
        corpus = Path(tempfile.gettempdir()) / (
            f"pressespejl-digest-{args.articles}-{lo}-{hi}-{args.seed}")
        if not corpus.exists():
            write_corpus(corpus, args.articles, args.seed,
                         CorpusGenerator(args.seed, words=args.words))
        paths.append(str(corpus))
    result = run(paths, args.workers, args.keep)
    print(result["report"])
    for name, value in sorted(result["tables"].items()):
        print(f"  {name:28s} {value[:16]}")
    print(f"  {'(index entries)':28s} {result['index_entries'][:16]}")
    print(f"  {'(archive checksum)':28s} {str(result['archive_checksum'])[:16]}")
    print(result["digest"])


if __name__ == "__main__":
    main()
