"""The embedded default archive: one SQLite file with FTS5 full-text search.

- WAL journal, so searches read while an ingest writes; ``synchronous=NORMAL`` (safe in
  WAL mode: a power cut can lose the last commits, never corrupt the file).
- One transaction per article (``BEGIN IMMEDIATE`` ... ``COMMIT``): a crash in the middle
  of a batch leaves whole articles only, and a rerun skips them with ``has``.
  ``add_many`` (bulk loads) commits a batch of articles at a time instead; a crash rolls
  back the unfinished batch only.
- Full text lives in the contentless FTS5 tables ``articles_fts`` and ``quotes_fts``
  filled with the Danish analysis from ``search/danish.py`` (see
  ``schema/sqlite_001_initial.sql`` and ``sqlite_003_contentless_fts.sql``). Queries
  compile to FTS5 ``MATCH`` (``search/query.py::to_fts5``) and rank by ``bm25`` with the
  title weighted above the body; an unfiltered ranked page is taken from FTS5's own
  ``ORDER BY rank LIMIT`` so the articles table is read for the page only.
- Reads go through a memory map (``MMAP_BYTES``) and a large page cache: a query on a
  common word touches many pages, and copying each through SQLite's default 2 MB cache
  was most of its time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pressespejl.errors import StoreError
from pressespejl.search.danish import Token
from pressespejl.search.filters import Scope
from pressespejl.search.query import Node, can_fts5, is_text, to_fts5
from pressespejl.store._sql import SqlStore
from pressespejl.store.base import DEFAULT_MARKERS
from pressespejl.store.migrations import latest_version, migrations

BM25_WEIGHTS = {"article": (4.0, 1.0, 0.6, 0.3), "quote": (1.0, 0.6, 0.3)}
"""bm25 column weights: title, body, compound parts, surface forms (quotes: no title)."""

_COLUMNS = {
    # (word columns, phrase columns, prefix columns) of each FTS5 table. A stem is a
    # prefix of its word (Danish Snowball only cuts endings), so prefixes look at the
    # stems and at the surface forms that differ from their stems (``raw``).
    "article": ("title body parts", "title body", "title body raw"),
    "quote": ("body parts", "body", "body raw"),
}

NARROW_INDEX = "articles_num_dates_idx"
"""Schema 3's covering index of the article columns filters and facets read."""

MMAP_BYTES = 8 << 30
"""Upper bound of the read-only memory map of the archive file (pages mapped on use)."""

CACHE_KIB = 256 * 1024
"""SQLite page cache per connection (KiB): FTS5 doclists of common words are large."""
_TABLES = {"article": ("articles_fts", "a.num"), "quote": ("quotes_fts", "q.id")}


def fts_fields(tokens: list[Token]) -> tuple[str, str, str]:
    """(stems, compound parts, surface forms) as space-separated FTS5 column text.

    Surface forms equal to their stem are left out of the third: the stem column already
    holds them for prefix queries (see ``_COLUMNS``), and this roughly halves that column.
    """
    return (
        " ".join(t.stem for t in tokens),
        " ".join(p for t in tokens for p in t.parts),
        " ".join(t.norm for t in tokens if t.norm != t.stem),
    )


class SQLiteStore(SqlStore):
    """An archive in one SQLite file (or ``:memory:`` for tests)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, markers: tuple[str, str] = DEFAULT_MARKERS) -> None:
        super().__init__(markers)
        self.path = str(path)
        self.url = self.path if self.path == ":memory:" else f"sqlite:///{self.path}"
        self._lock = threading.RLock()
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
                self.path = str(Path(self.path).expanduser())
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per article.
            self._conn = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False)
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 10000")
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the archive {self.path}: {exc}.") from exc

    def _migrate(self) -> None:
        current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        latest = latest_version("sqlite")
        if current > latest:
            raise StoreError(
                f"The archive {self.path} has schema version {current}, newer than this "
                f"Pressespejl knows ({latest}); upgrade Pressespejl to use it."
            )
        for migration in migrations("sqlite"):
            if migration.version <= current:
                continue
            try:
                # executescript leaves the transaction open; the version rows join it.
                self._conn.executescript("BEGIN IMMEDIATE;\n" + migration.sql)
                self._conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat()),
                )
                self._conn.execute(f"PRAGMA user_version = {int(migration.version)}")
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise StoreError(
                    f"Migration {migration.version} ({migration.name}) failed on "
                    f"{self.path}: {exc}. The archive is unchanged."
                ) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                cur.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                yield cur
            except sqlite3.OperationalError as exc:
                raise StoreError(f"Query failed on {self.path}: {exc}.") from exc
            finally:
                cur.close()

    def _extra_article_columns(self) -> dict[str, Any]:
        return {"added_at": datetime.now(UTC).isoformat(timespec="seconds")}

    def date_param(self, day: date) -> str:
        return day.isoformat()

    def can_rank(self, node: Node) -> bool:
        return is_text(node) and can_fts5(node)

    def _fts(self, node: Node, scope: Scope) -> str:
        return to_fts5(node, *_COLUMNS[scope])

    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]:
        table, key = _TABLES[scope]
        return f"{key} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)", [
            self._fts(node, scope)
        ]

    def _ranked(self, match: Node | None, scope: Scope) -> tuple[str, str, list[Any], str,
                                                                 list[Any]]:
        base = "articles a" if scope == "article" else (
            "quotes q JOIN articles a ON a.num = q.article")
        if match is None:
            return base, "", [], "0.0", []
        table, key = _TABLES[scope]
        weights = ", ".join(str(w) for w in BM25_WEIGHTS[scope])
        if scope == "article":
            # The full-text matches drive the join (CROSS JOIN keeps that order), and each
            # is looked up in the narrow covering index of schema 3: counts, trends, date
            # and outlet filters and facets then never read the large article rows.
            base = f"{table} CROSS JOIN articles a INDEXED BY {NARROW_INDEX}"
            return (
                f"{base} ON a.num = {table}.rowid",
                f"{table} MATCH ?",
                [self._fts(match, scope)],
                f"-bm25({table}, {weights})",
                [],
            )
        return (
            f"{base} JOIN {table} ON {table}.rowid = {key}",
            f"{table} MATCH ?",
            [self._fts(match, scope)],
            f"-bm25({table}, {weights})",
            [],
        )

    def _rank_window(self, cur: Any, match: Node, scope: Scope,
                     n: int) -> tuple[str, list[Any]] | None:
        """The rowid of the ``RANK_WINDOW``-th newest match as a lower bound, if there is
        one: walking a doclist backwards without scoring is cheap, bm25 is not."""
        from pressespejl.store._sql import RANK_WINDOW

        table, _ = _TABLES[scope]
        cur.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                    "LIMIT 1 OFFSET ?", [self._fts(match, scope), max(RANK_WINDOW, n) - 1])
        row = cur.fetchone()
        return None if row is None else (f"{table}.rowid >= ?", [int(row[0])])

    def _top_ranked(self, cur: Any, match: Node, scope: Scope, n: int,
                    window: tuple[str, list[Any]] | None = None
                    ) -> list[tuple[int, float]] | None:
        """The ``n`` best (rowid, score) of an unfiltered match, ranked inside FTS5.

        ``ORDER BY rank LIMIT n`` lets FTS5 keep only the best ``n`` while it scans the
        matches; the articles table is then read for those rows only. Articles whose
        score ties with the last one kept may be left out in favour of each other (FTS5
        does not break ties by date); within the page, ties are ordered by date.
        ``window`` (``_rank_window``) limits the scan to the newest matches.
        """
        table, _ = _TABLES[scope]
        weights = ", ".join(str(w) for w in BM25_WEIGHTS[scope])
        cond, cond_params = window if window is not None else ("1", [])
        cur.execute(
            f"SELECT rowid, -rank FROM {table} WHERE {table} MATCH ? AND {cond} "
            f"AND rank MATCH 'bm25({weights})' ORDER BY rank LIMIT ?",
            [self._fts(match, scope), *cond_params, n])
        return [(int(r[0]), float(r[1])) for r in cur.fetchall()]

    def _count_matches(self, cur: Any, match: Node, scope: Scope, cap: int) -> int:
        """Matching rows of an unfiltered text query, counting at most ``cap``."""
        table, _ = _TABLES[scope]
        cur.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? "
                    "LIMIT ?)", [self._fts(match, scope), cap])
        return int(cur.fetchone()[0])

    def optimize(self) -> None:
        """Merge the full-text index into one segment per table (after a bulk load)."""
        with self._write() as cur:
            for table, _ in _TABLES.values():
                cur.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _article_index(self, title: list[Token], body: list[Token]) -> dict[str, Any]:
        return {}

    def _quote_index(self, tokens: list[Token]) -> dict[str, Any]:
        return {}

    def _after_article(self, cur: Any, num: int, title: list[Token], body: list[Token]) -> None:
        title_terms, title_parts, title_raw = fts_fields(title)
        body_terms, body_parts, body_raw = fts_fields(body)
        cur.execute(
            "INSERT INTO articles_fts (rowid, title, body, parts, raw) VALUES (?, ?, ?, ?, ?)",
            (num, title_terms, body_terms, f"{title_parts} {body_parts}".strip(),
             f"{title_raw} {body_raw}".strip()),
        )

    def _after_quote(self, cur: Any, quote_id: int, tokens: list[Token]) -> None:
        cur.execute("INSERT INTO quotes_fts (rowid, body, parts, raw) VALUES (?, ?, ?, ?)",
                    (quote_id, *fts_fields(tokens)))

    def _month(self, column: str) -> str:
        return f"substr({column}, 1, 7)"

    def close(self) -> None:
        with self._lock:
            self._conn.close()
