"""The embedded default archive: one SQLite file, and tantivy indexes of its articles
and quotes beside it.

- WAL journal, so searches read while an ingest writes; ``synchronous=NORMAL`` (safe in
  WAL mode: a power cut can lose the last commits, never corrupt the file).
- One transaction per ``add`` or per ``batch`` of articles (``BEGIN IMMEDIATE`` ...
  ``COMMIT``; an ingest writes a batch of 32, ``add_many`` 500): a crash rolls back the
  unfinished batch only and leaves whole articles, and a rerun skips them with ``has``.
- Search (``search``, ``quotes``, ``facets``, ``trend``) runs in tantivy indexes kept
  beside the file (``archive.sqlite.tantivy/``, ``archive.sqlite.quotes.tantivy/``;
  ``store/tantivy_index.py``): words and filters in one query, exact counts, facets and
  trends as aggregations. SQLite is read for the page of hits. The indexes are written
  as each transaction commits (``store/_index_feed.py``) and can always be rebuilt from
  SQLite (``sync_index``); deleting them is safe.
- Reads go through a memory map (``MMAP_BYTES``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pressespejl.errors import StoreError
from pressespejl.search.filters import query_words
from pressespejl.search.highlight import highlight, matcher_for
from pressespejl.search.query import parse
from pressespejl.search.trend import TrendBy, buckets
from pressespejl.store._compact import (
    DICTIONARY_COLUMNS,
    PLAIN,
    Packer,
    dictionary_id,
    pack_entities,
    pack_sentences,
    pack_signature,
    pack_text,
    pack_times,
    repack,
    train_dictionary,
    unpack_entities,
    unpack_json,
    unpack_sentences,
    unpack_signature,
    unpack_text,
    unpack_times,
)
from pressespejl.store._index_feed import (
    IndexFeed,
    Progress,
    article_entries,
    quote_entries,
)
from pressespejl.store._sql import COUNT_CAP, SqlStore
from pressespejl.store.base import DEFAULT_MARKERS, FACETS, SearchResults
from pressespejl.store.migrations import Migration, pending, sqlite_has_table
from pressespejl.store.prepared import Prepared, prepare
from pressespejl.store.tantivy_index import IndexBusy, Order, TantivyIndex
from pressespejl.types import (
    Analysis,
    Article,
    Entity,
    Quote,
    QuoteHit,
    SearchQuery,
    TimeExpression,
    date_label,
)

INDEX_SUFFIX = ".tantivy"
"""The article index of ``archive.sqlite`` is the directory ``archive.sqlite.tantivy``."""

QUOTE_INDEX_SUFFIX = ".quotes.tantivy"
"""... and its quote index ``archive.sqlite.quotes.tantivy``."""

MMAP_BYTES = 8 << 30
"""Upper bound of the read-only memory map of the archive file (pages mapped on use)."""

PAGE_SIZE = 16_384
"""Page size of new archive files. An article row is 2-3 KB once compressed
(store/_compact.py): SQLite's default 4 KB pages held one such row each and left a third
of every page empty; 16 KB pages hold six. ``compact`` converts an older file."""

CACHE_KIB = 64 * 1024
"""SQLite page cache per connection (KiB)."""

BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another one (SQLite busy_timeout)
FACET_FETCH = 100  # facet values fetched from the index before ties are sorted out

DICTIONARY_MIN_ARTICLES = 1_000
"""``compact`` makes the archive's compression dictionaries once it holds this many
articles (a dictionary of a handful of articles would fit only those)."""

DICTIONARY_SAMPLES = 400
"""Articles ``compact`` samples, spread over the archive, for each column's dictionary."""

_FACET_LABELS = {
    # A stored spelling of a folded facet value: the smallest, found through the
    # (key, name) indexes of schema 4 without reading every row of a common value ...
    "source": "SELECT min(source) FROM article_sources WHERE source_key = ?",
    "outlet": "SELECT min(outlet) FROM articles WHERE outlet_key = ?",
    "person": "SELECT min(name) FROM people WHERE name_key = ?",
    "speaker": "SELECT min(speaker) FROM quotes WHERE speaker_key = ?",
    "place": "SELECT min(name) FROM places WHERE name_key = ?",
}
_LABELLED = ("source", "speaker", "place")
"""... or, from schema 12 on, in the small ``facet_labels`` table for these three (their
indexes over every quote, place and source row are gone)."""
_FACET_LABEL_ROW = "SELECT min(label) FROM facet_labels WHERE facet = ? AND key = ?"


class SQLiteStore(SqlStore):
    """An archive in one SQLite file (or ``:memory:`` for tests)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, markers: tuple[str, str] = DEFAULT_MARKERS,
                 read_only: bool = False) -> None:
        """Open (creating or migrating) the archive at ``path``.

        ``read_only`` opens an existing archive for reading only, for a file or folder
        that cannot be written (a read-only mount, another user's archive): SQLite in
        read-only mode (``immutable`` when even its journal cannot be read), the search
        indexes as they are. Writing then raises ``StoreError``.
        """
        super().__init__(markers)
        self.path = str(path)
        self.url = self.path if self.path == ":memory:" else f"sqlite:///{self.path}"
        self.read_only = read_only and self.path != ":memory:"
        self._lock = threading.RLock()
        self._run_depth = 0  # nested ``writing()`` runs
        try:
            if self.path != ":memory:":
                self.path = str(Path(self.path).expanduser())
            if self.read_only:
                self._conn = _connect_read_only(self.path)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per article.
                self._conn = sqlite3.connect(self.path, isolation_level=None,
                                             check_same_thread=False)
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            if self.path != ":memory:":
                if not self.read_only:
                    # Takes effect only while the file is still empty (a new archive).
                    self._conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                    self._conn.execute("PRAGMA journal_mode = WAL")
                    self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._migrate()
            # Entity mentions and time expressions as rows of their own tables: an
            # archive held below schema 11 (only tests do that); else in the article row.
            self._mention_rows = sqlite_has_table(self._conn, "entities")
            self._facet_labels = sqlite_has_table(self._conn, "facet_labels")
            self._packers = read_dictionaries(self._conn)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the archive {self.path}: {exc}.") from exc
        memory = self.path == ":memory:"
        self._articles = IndexFeed(
            TantivyIndex(None if memory else self.path + INDEX_SUFFIX, "article",
                         read_only=self.read_only),
            "articles", "num", article_entries)
        self._quotes = IndexFeed(
            TantivyIndex(None if memory else self.path + QUOTE_INDEX_SUFFIX, "quote",
                         read_only=self.read_only),
            "quotes", "id", quote_entries)
        self._feeds = (self._articles, self._quotes)
        if self.read_only:  # searched as they are: catching up would write them
            for feed in self._feeds:
                feed.checked = True

    def _read_only_error(self) -> StoreError:
        return StoreError(
            f"The archive {self.path} is read-only (the file or its folder cannot be "
            "written): searching works, storing does not. Copy it somewhere writable to "
            "add to it.")

    def _migrate(self) -> None:
        current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        todo = pending("sqlite", current, self.path)
        if not todo:
            return
        if self.read_only:
            raise StoreError(
                f"The archive {self.path} has schema version {current} and needs "
                f"upgrading to {todo[-1].version}, but it is read-only. Open it once "
                "where it can be written (any command upgrades it).")
        # Foreign keys off while migrating, as sqlite.org/lang_altertable.html asks for
        # table rebuilds (schema 9): dropping the old table must not cascade into its
        # children. The pragma is a no-op inside a transaction, so it is set out here,
        # and every migration is checked before it commits.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for migration in todo:
                self._apply(migration)
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _apply(self, migration: Migration) -> None:
        try:
            # executescript leaves the transaction open; the version rows join it.
            self._conn.executescript("BEGIN IMMEDIATE;\n" + migration.sql)
            broken = self._conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(
                    f"{len(broken)} rows break a foreign key, e.g. {broken[0]}")
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

    # --- writing: SQLite first, then the indexes -------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction; the articles and quotes it adds are indexed in tantivy
        as it commits (SQLite first: a crash in between leaves an index behind, and
        ``sync_index`` catches it up; never the other way round)."""
        if self.read_only:
            raise self._read_only_error()
        with self._lock:
            if not all(feed.checked for feed in self._feeds):
                self.sync_index()
            cur = self._conn.cursor()
            staged: list[tuple[IndexFeed, Any, int]] = []
            for feed in self._feeds:
                feed.pending = {}
            try:
                self._begin(cur)
                yield cur
                for feed in self._feeds:
                    writer, added = feed.stage(cur)
                    if writer is not None:
                        staged.append((feed, writer, added))
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                for feed, writer, _ in staged:
                    feed.rolled_back(writer)
                raise
            finally:
                for feed in self._feeds:
                    feed.pending = {}
                cur.close()
            for feed, writer, added in staged:
                feed.committed(writer, added, in_run=self._run_depth > 0)

    def _begin(self, cur: sqlite3.Cursor) -> None:
        """BEGIN IMMEDIATE. Holding a run's index writer, never wait for another writer
        of the archive: it may be waiting for that index writer. Commit the indexes and
        let the writer go first."""
        if any(feed.run_writer is not None for feed in self._feeds):
            if self._begin_now(cur):
                return
            self._flush_run()
        cur.execute("BEGIN IMMEDIATE")

    def _begin_now(self, cur: sqlite3.Cursor) -> bool:
        """BEGIN IMMEDIATE without waiting; False if another writer holds the archive."""
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            cur.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A run of many ``add`` calls (an ingest): each article is still its own SQLite
        transaction, but the indexes are committed every ``RUN_COMMIT_DOCS`` entries or
        ``RUN_COMMIT_S`` seconds and when the run ends, instead of after each article
        (an index commit syncs files: 20 ms or more). Searches through this store see
        every stored article; other processes see them at the next index commit. A
        crash loses only index entries, which the next open catches up from SQLite."""
        with self._lock:
            self._run_depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._run_depth -= 1
                if not self._run_depth:
                    self._flush_run()

    def _flush_run(self) -> None:
        for feed in self._feeds:
            feed.flush()

    def _after_articles(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        # Indexed when the transaction is about to commit (``_write``): the articles'
        # near-duplicate groups, people and quotes are stored by then.
        self._articles.pending.update((num, p.article_terms) for num, p in added)

    def _after_quotes(self, cur: Any, quotes: dict[int, Any]) -> None:
        self._quotes.pending.update(quotes)

    def optimize(self) -> None:
        """Checkpoint the WAL and drop index files that merges left behind."""
        with self._lock:
            self._flush_run()
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for feed in self._feeds:
                writer = feed.index.writer()
                writer.garbage_collect_files()
                writer.wait_merging_threads()

    # --- keeping the indexes in step ---------------------------------------------------

    def sync_index(self, progress: Progress | None = None, wait: bool = True,
                   rebuild: bool = False) -> int:
        """Bring the article and quote indexes up to date with the SQLite rows; how many
        articles and quotes were (re)indexed. ``rebuild`` indexes everything again.

        Runs by itself the first time the store reads or writes: after an upgrade from
        schema 4 or older, when an index directory was deleted or is of another index
        version, after a crash between the SQLite commit and the index commit, or when
        the archive file was replaced under its indexes. Holds the archive's write lock
        meanwhile, so no writer adds anything twice.

        Raises:
            IndexBusy: another process is writing an index (after ``LOCK_WAIT_S``, or at
                once when not ``wait``); its entries are not lost, only not yet committed.
        """
        if self.read_only:
            raise self._read_only_error()
        with self._lock:
            self._flush_run()
            cur = self._conn.cursor()
            try:
                if wait:
                    cur.execute("BEGIN IMMEDIATE")
                elif not self._begin_now(cur):
                    raise IndexBusy(f"{self.path} is being written by another process")
                done = sum(feed.sync(cur, progress, wait, rebuild) for feed in self._feeds)
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                cur.close()
            return done

    def _searchable(self, feed: IndexFeed) -> TantivyIndex:
        """An index, caught up with SQLite and showing the latest commits."""
        self._flush_run()
        if not all(f.checked for f in self._feeds):
            # A writer busy in another process may simply not have committed its run
            # yet: search what is committed, and check again next time.
            with contextlib.suppress(IndexBusy):
                self.sync_index(wait=False)
        feed.index.reload()
        return feed.index

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

    # --- compact columns (store/_compact.py) -------------------------------------------

    def _load_text(self, value: Any) -> str:
        return unpack_text(value)

    def _load_json(self, value: Any) -> Any:
        return unpack_json(value)

    def _load_signature(self, value: Any) -> bytes:
        return unpack_signature(value)

    def _load_sentences(self, value: Any) -> list[tuple[int, int]]:
        return unpack_sentences(value)

    def _prepare(self, article: Article, analysis: Analysis,
                 prepared: Prepared | None = None) -> Prepared:
        """As ``SqlStore._prepare``, with the compressed columns in the archive's
        dictionaries: prepared here, with them; prepared by a worker (which has none),
        those columns are compressed again (0.4-0.5 ms per article text,
        bench/README.md "Storage per article")."""
        if prepared is None:
            return prepare(article, analysis, self.backend, self._packers)
        p = super()._prepare(article, analysis, prepared)
        if not self._packers:
            return p
        return replace(p, columns={**p.columns, **{
            column: repack(p.columns[column], packer)
            for column, packer in self._packers.items() if column in p.columns}})

    def _stored_quote_text(self, text: str, quote: Quote) -> str:
        return "" if text[quote.start:quote.end] == quote.text else quote.text

    def _mention_columns(self, p: Prepared) -> dict[str, Any]:
        if self._mention_rows:
            return {}
        return {"entities": p.columns["entities"],
                "time_expressions": p.columns["time_expressions"]}

    def _write_mentions(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        if self._mention_rows:
            super()._write_mentions(cur, added)

    def _read_mentions(self, cur: Any, num: int, text: str
                       ) -> tuple[tuple[Entity, ...], tuple[TimeExpression, ...]]:
        if self._mention_rows:
            return super()._read_mentions(cur, num, text)
        cur.execute("SELECT entities, time_expressions FROM articles WHERE num = ?", [num])
        entities, times = cur.fetchone()
        return unpack_entities(entities, text), unpack_times(times, text)

    def _stats_counted_apart(self) -> dict[str, int]:
        """The ``stats`` counts not taken from its queries: entity mentions and time
        expressions, counted by decoding every article's columns (a few seconds per
        100,000 articles: ``stats`` is for tests and reports, not pages); speakers,
        places and sources from ``facet_labels`` (schema 12), as their indexes would
        have counted them."""
        counts: dict[str, int] = {}
        if self._facet_labels:
            with self._read() as cur:
                for facet, name in (("speaker", "speakers"), ("place", "places"),
                                    ("source", "sources")):
                    cur.execute("SELECT count(DISTINCT key) FROM facet_labels WHERE facet = ?",
                                [facet])
                    counts[name] = int(cur.fetchone()[0])
        if self._mention_rows:
            return counts
        counts.update(entities=0, time_expressions=0)
        last = 0
        while True:
            with self._read() as cur:
                cur.execute("SELECT num, entities, time_expressions FROM articles "
                            "WHERE num > ? ORDER BY num LIMIT 5000", [last])
                rows = cur.fetchall()
            for _, entities, times in rows:
                counts["entities"] += _count(entities)
                counts["time_expressions"] += _count(times)
            if len(rows) < 5000:
                return counts
            last = rows[-1][0]

    def compact(self, vacuum: bool = True, batch: int = 2_000) -> int:
        """Rewrite article rows stored plain (before the compact columns: schema 10 for
        text, lemmas and signature, 11 for sentences, entities and time expressions,
        whose migration leaves them plain JSON), or with a 32-bit MinHash signature
        (now 16 bits: ``_compact.pack_signature``), compactly, then
        ``VACUUM`` into ``PAGE_SIZE`` pages so the file shrinks; how many rows were
        rewritten. Nothing a reader sees changes (``store/_compact.py``).

        The rows are rewritten batch by batch under the write lock; the ``VACUUM`` needs
        the archive to itself (no other process may have it open) and free disk space
        for a second copy of the file.

        Raises:
            StoreError: another process has the archive open during the ``VACUUM``.
        """
        if self._mention_rows:  # only tests hold an archive below schema 11
            raise StoreError("compact needs an archive of schema 11 or later")
        self._make_dictionaries()
        stale = " OR ".join(
            f"(length({column}) > 0 AND substr({column}, 3, 4) IS NOT ?)"
            for column in self._packers)
        stale_ids = [packer.id.to_bytes(4, "big") for packer in self._packers.values()
                     if packer.id is not None]
        done = last = 0
        while True:
            with self._write() as cur:
                cur.execute(
                    "SELECT num, text, lemmas, sentences, signature, entities, "
                    "time_expressions FROM articles WHERE num > ? AND (typeof(text) = 'text' "
                    "OR typeof(entities) = 'text' OR typeof(time_expressions) = 'text' "
                    f"OR substr(signature, 1, 1) <> x'03'{' OR ' + stale if stale else ''}) "
                    "ORDER BY num LIMIT ?", [last, *stale_ids, batch])
                rows = cur.fetchall()
                cur.executemany(
                    "UPDATE articles SET text = ?, lemmas = ?, sentences = ?, signature = ?, "
                    "entities = ?, time_expressions = ? WHERE num = ?",
                    [_compacted(*row, packers=self._packers) for row in rows])
                self._compact_quotes(cur, {num: unpack_text(text)
                                           for num, text, *_ in rows})
            done += len(rows)
            if len(rows) < batch:
                break
            last = rows[-1][0]
        if vacuum and self.path != ":memory:":
            with self._lock:
                self._flush_run()
                try:
                    # The page size of a WAL file changes only outside WAL mode.
                    self._conn.execute("PRAGMA journal_mode = DELETE")
                    self._conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                    self._conn.execute("VACUUM")
                except sqlite3.OperationalError as exc:
                    raise StoreError(f"Cannot compact {self.path}: {exc} (is another "
                                     "process using the archive?)") from exc
                finally:
                    self._conn.execute("PRAGMA journal_mode = WAL")
        return done

    def _make_dictionaries(self) -> None:
        """The archive's compression dictionaries (``store/_compact.py``), made from
        ``DICTIONARY_SAMPLES`` articles spread over it once it holds
        ``DICTIONARY_MIN_ARTICLES``; an archive that has them keeps them."""
        if self._packers or not sqlite_has_table(self._conn, "compression_dictionaries"):
            return
        with self._read() as cur:
            cur.execute("SELECT count(*), max(num) FROM articles")
            count, top = cur.fetchone()
            if count < DICTIONARY_MIN_ARTICLES:
                return
            step = max(1, top // DICTIONARY_SAMPLES)
            cur.execute("SELECT text, entities, time_expressions, sentences FROM articles "
                        "WHERE num % ? = 0 ORDER BY num LIMIT ?", [step, DICTIONARY_SAMPLES])
            rows = cur.fetchall()
        samples: dict[str, list[bytes]] = {column: [] for column in DICTIONARY_COLUMNS}
        for row in rows:
            for column, value in zip(DICTIONARY_COLUMNS, row, strict=True):
                if value:
                    samples[column].append(_plain_bytes(value))
        made = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write() as cur:
            for column, size in DICTIONARY_COLUMNS.items():
                dictionary = train_dictionary(samples[column], size)
                if dictionary:
                    cur.execute("INSERT INTO compression_dictionaries (id, column_name, "
                                "dictionary, created_at) VALUES (?, ?, ?, ?)",
                                [dictionary_id(dictionary), column, dictionary, made])
        self._packers = read_dictionaries(self._conn)

    def _compact_quotes(self, cur: sqlite3.Cursor, texts: dict[int, str]) -> None:
        """Quotes of these articles (num -> text) that are exactly their span of it
        keep '' as their text (schema 11)."""
        if not texts:
            return
        cur.execute("SELECT id, article, text, start_char, end_char FROM quotes "
                    f"WHERE text <> '' AND article IN ({', '.join('?' for _ in texts)})",
                    list(texts))
        cur.executemany("UPDATE quotes SET text = '' WHERE id = ?",
                        [(qid,) for qid, num, text, start, end in cur.fetchall()
                         if texts[num][start:end] == text])

    def _extra_article_columns(self) -> dict[str, Any]:
        return {"added_at": datetime.now(UTC).isoformat(timespec="seconds")}

    def date_param(self, day: date | None) -> str | None:
        return day.isoformat() if day is not None else None

    # --- searching -------------------------------------------------------------------

    def search(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None,
        collapse: bool = False,
    ) -> SearchResults:
        """Articles matching the query, best first, with highlighted snippets; the whole
        query (words and filters) runs in the tantivy index, and the page of hits is
        read from SQLite. ``total`` is exact (groups with ``collapse``: up to 10,000).

        Raises:
            QueryError: the query text does not parse.
        """
        ast = parse(query.text)
        with self._lock:
            index = self._searchable(self._articles)
            tq, ranked = index.query(query, ast)
            order: Order = self._sort(query, ranked)
            copies: dict[int, int] = {}
            capped = False
            if collapse:
                page, total, copies = index.collapsed(
                    tq, limit=query.limit, offset=query.offset, order=order, scored=ranked,
                    cap=COUNT_CAP)
                capped = total > COUNT_CAP
                total = min(total, COUNT_CAP)
            else:
                page, total = index.search(tq, limit=query.limit, offset=query.offset,
                                           order=order, scored=ranked)
            with self._read() as cur:
                rows = self._page_rows(cur, page, resort=order == "relevance")
                sources = self._sources(cur, [r[0] for r in rows])
        results = self._hits(rows, sources, matcher_for(ast), markers)
        return SearchResults(hits=results, total=total, total_capped=capped,
                             copies={h.article_id: copies.get(r[0], 1)
                                     for h, r in zip(results, rows, strict=True)}
                             if collapse else {})

    @staticmethod
    def _sort(query: SearchQuery, ranked: bool) -> Order:
        """Relevance needs words to rank by; without them, newest first."""
        return query.sort if ranked or query.sort != "relevance" else "newest"

    def quotes(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None
    ) -> list[QuoteHit]:
        """Quotes matching ``query``, searched in the quote index (filters as in
        ``search/filters.py``: speaker = who said it, person = who is mentioned in it).

        Raises:
            QueryError: the query text does not parse.
        """
        ast = parse(query.text)
        with self._lock:
            index = self._searchable(self._quotes)
            tq, ranked = index.query(query, ast)
            order = self._sort(query, ranked)
            page, _ = index.search(tq, limit=query.limit, offset=query.offset, order=order,
                                   scored=ranked)
            if not page:
                return []
            scores = dict(page)
            marks = ", ".join("?" for _ in page)
            with self._read() as cur:
                cur.execute(
                    "SELECT q.id, a.id, a.date_first, a.precision, q.kind, q.text, q.speaker, "
                    "q.speaker_mention, q.cue, q.start_char, q.end_char, q.evidence, "
                    "q.confidence, CASE WHEN q.text = '' THEN a.text END "
                    f"FROM quotes q JOIN articles a ON a.num = q.article WHERE q.id IN ({marks})",
                    [qid for qid, _ in page])
                rows = {r[0]: (*r[:5], self._quote_text(r[5], r[13], r[9], r[10]), *r[6:13])
                        for r in cur.fetchall()}
        ordered = [rows[qid] for qid, _ in page if qid in rows]
        if order == "relevance":  # ties: newest first, then in storage order
            ordered.sort(key=lambda r: r[0])
            ordered.sort(key=lambda r: (scores[r[0]], str(r[2] or "")), reverse=True)
        matcher = matcher_for(ast, query_words(query))
        return [
            QuoteHit(
                article_id=r[1], date=date_label(r[2], r[3]),
                quote=Quote(kind=r[4], text=r[5], speaker=r[6], speaker_mention=r[7],
                            cue=r[8], start=r[9], end=r[10], evidence=r[11],
                            confidence=r[12]),
                snippet=highlight(r[5], matcher, markers or self.markers))
            for r in ordered
        ]

    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        """For each facet, the ``limit`` most common values among matching articles,
        counted by the index; labels are a stored spelling of each folded value."""
        ast = parse(query.text)
        with self._lock:
            index = self._searchable(self._articles)
            tq, _ = index.query(query, ast)
            found = index.facets(tq, size=max(4 * limit, FACET_FETCH))
            with self._read() as cur:
                return self._labelled(cur, found, limit)

    def facets_and_trend(
        self, query: SearchQuery, limit: int = 10, by: TrendBy = "month"
    ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """``facets`` and ``trend`` from one aggregation of the index."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"by must be day, week or month, not {by!r}")
        ast = parse(query.text)
        with self._lock:
            index = self._searchable(self._articles)
            tq, _ = index.query(query, ast)
            found, days = index.facets_and_days(tq, size=max(4 * limit, FACET_FETCH),
                                                months=by == "month")
            with self._read() as cur:
                facets = self._labelled(cur, found, limit)
        return facets, buckets(days, by)

    def _labelled(self, cur: Any, found: dict[str, list[tuple[str, int]]],
                  limit: int) -> dict[str, list[tuple[str, int]]]:
        """The ``limit`` most common values of each facet, with their stored spelling."""
        out: dict[str, list[tuple[str, int]]] = {}
        for facet in FACETS:
            best = sorted(found[facet], key=lambda kv: (-kv[1], kv[0]))[:limit]
            out[facet] = [(self._facet_label(cur, facet, key), n) for key, n in best]
        return out

    def _facet_label(self, cur: Any, facet: str, key: str) -> str:
        if self._facet_labels and facet in _LABELLED:
            cur.execute(_FACET_LABEL_ROW, [facet, key])
        elif (sql := _FACET_LABELS.get(facet)) is not None:
            cur.execute(sql, [key])
        else:
            return key
        row = cur.fetchone()
        return str(row[0]) if row and row[0] is not None else key

    def trend(self, query: SearchQuery, by: TrendBy = "month") -> list[tuple[str, int]]:
        """Matching articles per day, ISO week or month (see ``search/trend.py``)."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"by must be day, week or month, not {by!r}")
        ast = parse(query.text)
        with self._lock:
            index = self._searchable(self._articles)
            days = index.days(index.query(query, ast)[0])
        return buckets(days, by)

    def close(self) -> None:
        with self._lock:
            try:
                self._flush_run()
            finally:
                self._conn.close()
                for feed in self._feeds:
                    feed.index.close()


def _count(value: Any) -> int:
    """How many items a stored JSON list column holds (compressed, plain, or empty)."""
    if value is None or (isinstance(value, bytes | memoryview) and not len(value)):
        return 0
    return len(unpack_json(value))


def _compacted(num: int, text: Any, lemmas: Any, sentences: Any, signature: Any,
               entities: Any, times: Any, packers: dict[str, Packer]) -> tuple[Any, ...]:
    """An article row's large columns in their compact form (``store/_compact.py``), in
    the archive's dictionaries, for ``UPDATE ... WHERE num = ?``."""
    plain = unpack_text(text)
    return (pack_text(plain, packers.get("text", PLAIN)), pack_text(unpack_text(lemmas)),
            pack_sentences(unpack_sentences(sentences), packers.get("sentences", PLAIN)),
            pack_signature(signature) if signature is not None else None,
            pack_entities(unpack_entities(entities, plain), plain,
                          packers.get("entities", PLAIN)),
            pack_times(unpack_times(times, plain), plain,
                       packers.get("time_expressions", PLAIN)), num)


def _plain_bytes(value: Any) -> bytes:
    """A stored column's uncompressed bytes (a sample for a dictionary)."""
    return unpack_text(value).encode("utf-8")


def read_dictionaries(conn: sqlite3.Connection) -> dict[str, Packer]:
    """Make the compression dictionaries of an archive readable in this process
    (``_compact.register_dictionary``) and give a packer of the newest one per column.
    For any reader of the file that does not open it with ``SQLiteStore`` (bench tools):
    call it before reading compressed columns."""
    if not sqlite_has_table(conn, "compression_dictionaries"):
        return {}
    packers = {}
    for column, dictionary in conn.execute(
            "SELECT column_name, dictionary FROM compression_dictionaries ORDER BY num"):
        packers[str(column)] = Packer(bytes(dictionary))
    return packers


def _connect_read_only(path: str) -> sqlite3.Connection:
    """A read-only connection. SQLite's read-only mode still needs to write the WAL
    index (``-shm``) beside the file; where it cannot, the file is opened ``immutable``
    (no locks, no journal: right for an archive nobody can write)."""
    if not Path(path).is_file():
        raise StoreError(f"No archive at {path}.")
    uri = "file:" + urllib.parse.quote(path)
    try:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
