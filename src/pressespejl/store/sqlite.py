"""The embedded default archive: one SQLite file, and a tantivy index of its articles.

- WAL journal, so searches read while an ingest writes; ``synchronous=NORMAL`` (safe in
  WAL mode: a power cut can lose the last commits, never corrupt the file).
- One transaction per article (``BEGIN IMMEDIATE`` ... ``COMMIT``): a crash in the middle
  of a batch leaves whole articles only, and a rerun skips them with ``has``.
  ``add_many`` (bulk loads) commits a batch of articles at a time instead; a crash rolls
  back the unfinished batch only.
- Article search (``search``, ``facets``, ``trend``) runs in a tantivy index kept beside
  the file (``archive.sqlite.tantivy/``, ``store/article_index.py``): words and filters
  in one query, exact counts, facets and trends as aggregations. SQLite is read for the
  page of hits. The index is written as each transaction commits and can always be
  rebuilt from SQLite (``sync_index``); deleting the directory is safe.
- Quotes are searched with the contentless FTS5 table ``quotes_fts``
  (``search/query.py::to_fts5``, ranked by ``bm25``): quote search is joined to its
  speaker and article rows in SQL, and quotes are short.
- Reads go through a memory map (``MMAP_BYTES``).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pressespejl.errors import StoreError
from pressespejl.search.danish import Token, analyze
from pressespejl.search.filters import Scope
from pressespejl.search.highlight import matcher_for
from pressespejl.search.query import Node, can_fts5, is_text, parse, to_fts5
from pressespejl.search.trend import TrendBy, buckets
from pressespejl.store._sql import COUNT_CAP, SqlStore
from pressespejl.store.article_index import ArticleIndex, IndexBusy, IndexEntry
from pressespejl.store.base import DEFAULT_MARKERS, FACETS, SearchResults
from pressespejl.store.migrations import pending
from pressespejl.types import SearchQuery

QUOTE_BM25_WEIGHTS = (1.0, 0.6, 0.3)
"""bm25 column weights of ``quotes_fts``: words, compound parts, surface forms."""

_QUOTE_COLUMNS = ("body parts", "body", "body raw")
"""(word, phrase, prefix) columns of ``quotes_fts``. A stem is a prefix of its word
(Danish Snowball only cuts endings), so prefixes look at the stems and at the surface
forms that differ from their stems (``raw``)."""

INDEX_SUFFIX = ".tantivy"
"""The article index of ``archive.sqlite`` is the directory ``archive.sqlite.tantivy``."""

MMAP_BYTES = 8 << 30
"""Upper bound of the read-only memory map of the archive file (pages mapped on use)."""

CACHE_KIB = 64 * 1024
"""SQLite page cache per connection (KiB)."""

BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another one (SQLite busy_timeout)
RUN_COMMIT_DOCS = 200  # in a ``writing()`` run, commit the index after this many articles
RUN_COMMIT_S = 2.0  # ... or when the oldest uncommitted article is this old
SYNC_CHUNK = 500  # articles read from SQLite per step of sync_index
PARALLEL_SYNC_AT = 20_000  # a rebuild of this many articles analyses on every core
MAX_SYNC_WORKERS = 4
SYNC_COMMIT = 20_000  # articles per index commit while syncing
NOTICE_AT = 2_000  # syncing this many articles prints progress to stderr
FACET_FETCH = 100  # facet values fetched from the index before ties are sorted out

_FACET_LABELS = {
    # A stored spelling of a folded facet value: the smallest, found through the
    # (key, name) indexes of schema 4 without reading every row of a common value.
    "source": "SELECT min(source) FROM article_sources WHERE source_key = ?",
    "outlet": "SELECT min(outlet) FROM articles WHERE outlet_key = ?",
    "person": "SELECT min(name) FROM people WHERE name_key = ?",
    "speaker": "SELECT min(speaker) FROM quotes WHERE speaker_key = ?",
    "place": "SELECT min(name) FROM places WHERE name_key = ?",
}


def fts_fields(tokens: list[Token]) -> tuple[str, str, str]:
    """(stems, compound parts, surface forms) as space-separated index text.

    Surface forms equal to their stem are left out of the third: the stem field already
    holds them for prefix queries, and this roughly halves that field.
    """
    return (
        " ".join(t.stem for t in tokens),
        " ".join(p for t in tokens for p in t.parts),
        " ".join(t.norm for t in tokens if t.norm != t.stem),
    )


def index_text(title: list[Token], body: list[Token]) -> tuple[str, str, str, str]:
    """(title stems, body stems, compound parts, surface forms) of an analysed article,
    as the article index takes them."""
    title_terms, title_parts, title_raw = fts_fields(title)
    body_terms, body_parts, body_raw = fts_fields(body)
    return (title_terms, body_terms, f"{title_parts} {body_parts}".strip(),
            f"{title_raw} {body_raw}".strip())


def _analysed_text(title_and_text: tuple[str, str]) -> tuple[str, str, str, str]:
    """``index_text`` of a stored article's title and text (run in worker processes)."""
    title, text = title_and_text
    return index_text(analyze(title), analyze(text))


@contextlib.contextmanager
def _analysis_pool(articles: int) -> Iterator[Executor | None]:
    """Worker processes to analyse a large rebuild on every core; None when small."""
    workers = min(os.cpu_count() or 1, MAX_SYNC_WORKERS)
    if articles < PARALLEL_SYNC_AT or workers < 2:
        yield None
        return
    # spawn, not fork: this process runs tantivy's threads.
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _stderr_progress(done: int, total: int) -> None:
    end = "\n" if done >= total else "\r"
    sys.stderr.write(f"Building the search index: {done:,}/{total:,} articles{end}")
    sys.stderr.flush()


class SQLiteStore(SqlStore):
    """An archive in one SQLite file (or ``:memory:`` for tests)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, markers: tuple[str, str] = DEFAULT_MARKERS) -> None:
        super().__init__(markers)
        self.path = str(path)
        self.url = self.path if self.path == ":memory:" else f"sqlite:///{self.path}"
        self._lock = threading.RLock()
        self._pending: dict[int, tuple[list[Token], list[Token]]] = {}
        self._index_checked = False
        # A ``writing()`` run keeps one index writer across transactions (see there).
        self._run_depth = 0
        self._run_writer: Any = None
        self._run_docs = 0
        self._run_since = 0.0
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
                self.path = str(Path(self.path).expanduser())
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per article.
            self._conn = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False)
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the archive {self.path}: {exc}.") from exc
        self._index = ArticleIndex(None if self.path == ":memory:"
                                   else self.path + INDEX_SUFFIX)

    def _migrate(self) -> None:
        current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        for migration in pending("sqlite", current, self.path):
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
        """One write transaction; the articles it adds are indexed in tantivy as it
        commits (SQLite first: a crash in between leaves the index behind, and
        ``sync_index`` catches it up; never the other way round)."""
        with self._lock:
            if not self._index_checked:
                self.sync_index()
            cur = self._conn.cursor()
            writer = None
            added = 0
            self._pending = {}
            try:
                self._begin(cur)
                yield cur
                if self._pending:
                    entries = self._entries(cur, list(self._pending), self._pending)
                    writer = self._run_writer or self._index.writer()
                    self._index.add(writer, entries)
                    added = len(entries)
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if writer is not None:
                    writer.rollback()
                    if writer is self._run_writer:
                        # Earlier articles of the run went with it: catch them up.
                        self._run_writer = None
                        self._index_checked = False
                    del writer
                raise
            finally:
                self._pending = {}
                cur.close()
            if writer is None:
                return
            if not self._run_depth:
                self._commit_index(writer)
                return
            if self._run_writer is None:
                self._run_writer, self._run_docs, self._run_since = writer, 0, time.monotonic()
            self._run_docs += added
            if (self._run_docs >= RUN_COMMIT_DOCS
                    or time.monotonic() - self._run_since >= RUN_COMMIT_S):
                self._flush_run()

    def _begin(self, cur: sqlite3.Cursor) -> None:
        """BEGIN IMMEDIATE. Holding a run's index writer, never wait for another writer
        of the archive: it may be waiting for that index writer. Commit the index and
        let the writer go first."""
        if self._run_writer is None:
            cur.execute("BEGIN IMMEDIATE")
            return
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            cur.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError:
            self._flush_run()
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("BEGIN IMMEDIATE")

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A run of many ``add`` calls (an ingest): each article is still its own SQLite
        transaction, but the index is committed every ``RUN_COMMIT_DOCS`` articles or
        ``RUN_COMMIT_S`` seconds and when the run ends, instead of after each article
        (an index commit syncs files: about 20 ms). Searches through this store see
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
        writer, self._run_writer, self._run_docs = self._run_writer, None, 0
        if writer is not None:
            self._commit_index(writer)

    def _commit_index(self, writer: Any) -> None:
        try:
            writer.commit()
            writer.wait_merging_threads()
        except ValueError as exc:
            # SQLite has the articles; the next store to open the archive indexes them.
            self._index_checked = False
            raise StoreError(f"Stored, but the search index {self._index.path} could not "
                             f"be written ({exc}); it is caught up on the next run.") from exc
        finally:
            self._index.reload()

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
        return to_fts5(node, *_QUOTE_COLUMNS)

    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]:
        # Only quotes are searched with SQL here; articles go to the tantivy index.
        if scope != "quote":
            raise AssertionError("article text is searched in the tantivy index")
        return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [
            self._fts(node, scope)
        ]

    def _ranked(self, match: Node | None, scope: Scope) -> tuple[str, str, list[Any], str,
                                                                 list[Any]]:
        base = "quotes q JOIN articles a ON a.num = q.article"
        if match is None:
            return base, "", [], "0.0", []
        weights = ", ".join(str(w) for w in QUOTE_BM25_WEIGHTS)
        return (f"{base} JOIN quotes_fts ON quotes_fts.rowid = q.id", "quotes_fts MATCH ?",
                [self._fts(match, scope)], f"-bm25(quotes_fts, {weights})", [])

    def optimize(self) -> None:
        """Merge the quotes' full-text index (after a bulk load) and drop index files
        that merges left behind."""
        with self._write() as cur:
            cur.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize')")
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            writer = self._index.writer()
            writer.garbage_collect_files()
            writer.wait_merging_threads()

    def _article_index(self, title: list[Token], body: list[Token]) -> dict[str, Any]:
        return {}

    def _quote_index(self, tokens: list[Token]) -> dict[str, Any]:
        return {}

    def _after_article(self, cur: Any, num: int, title: list[Token], body: list[Token]) -> None:
        # Indexed when the transaction is about to commit (``_write``): the article's
        # near-duplicate group, people and quotes are stored by then.
        self._pending[num] = (title, body)

    def _after_quote(self, cur: Any, quote_id: int, tokens: list[Token]) -> None:
        cur.execute("INSERT INTO quotes_fts (rowid, body, parts, raw) VALUES (?, ?, ?, ?)",
                    (quote_id, *fts_fields(tokens)))

    # --- the article index (tantivy) -----------------------------------------------

    def _entries(self, cur: Any, nums: list[int],
                 tokens: dict[int, tuple[list[Token], list[Token]]] | None = None,
                 pool: Executor | None = None) -> list[IndexEntry]:
        """Index entries of stored articles, from their SQLite rows; their words are
        analysed again (in ``pool``'s processes, if given) unless ``tokens`` (title,
        body per article) are given."""
        marks = ", ".join("?" for _ in nums)
        keys: dict[str, dict[int, list[str]]] = {
            name: {} for name in ("sources", "people", "people_surnames", "speakers",
                                  "speaker_surnames", "places")}
        for names, sql in (
            (("sources",), f"SELECT article, source_key FROM article_sources "
                           f"WHERE article IN ({marks})"),
            (("people", "people_surnames"),
             f"SELECT ap.article, p.name_key, p.surname_key FROM article_people ap "
             f"JOIN people p ON p.id = ap.person WHERE ap.article IN ({marks})"),
            (("speakers", "speaker_surnames"),
             f"SELECT article, speaker_key, speaker_surname FROM quotes "
             f"WHERE article IN ({marks}) AND speaker_key IS NOT NULL"),
            (("places",), f"SELECT article, name_key FROM places WHERE article IN ({marks})"),
        ):
            cur.execute(sql, nums)
            for row in cur.fetchall():
                for name, value in zip(names, row[1:], strict=True):
                    keys[name].setdefault(row[0], []).append(value)
        cur.execute("SELECT num, id, date_first, date_last, title, text, outlet_key, "
                    f"near_duplicate_group FROM articles WHERE num IN ({marks})", nums)
        rows = cur.fetchall()
        if tokens:
            texts = [index_text(*tokens[r[0]]) for r in rows]
        else:
            pairs = [(r[4] or "", r[5]) for r in rows]
            texts = list(pool.map(_analysed_text, pairs, chunksize=32) if pool
                         else map(_analysed_text, pairs))
        return [
            IndexEntry(num=num, first=date.fromisoformat(first), last=date.fromisoformat(last),
                       title=title_terms, body=body_terms, parts=parts, raw=raw,
                       group=group or art_id, outlet=outlet,
                       **{name: tuple(values.get(num, ())) for name, values in keys.items()})
            for (num, art_id, first, last, _, _, outlet, group),
                (title_terms, body_terms, parts, raw) in zip(rows, texts, strict=True)]

    def sync_index(self, progress: Callable[[int, int], None] | None = None,
                   wait: bool = True) -> int:
        """Bring the article index up to date with the SQLite rows; how many articles
        were (re)indexed.

        Runs by itself the first time the store reads or writes articles: after an
        upgrade from schema 3, when the index directory was deleted or is of an older
        version, or after a crash between the SQLite commit and the index commit.
        Holds the archive's write lock meanwhile, so no writer adds articles twice.

        Raises:
            IndexBusy: another process is writing the index (after ``LOCK_WAIT_S``, or at
                once when not ``wait``); its articles are not lost, only not yet
                committed to the index.
        """
        with self._lock:
            self._flush_run()
            cur = self._conn.cursor()
            try:
                self._begin_sync(cur, wait)
                done = self._sync(cur, progress, wait)
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                cur.close()
            self._index_checked = True
            return done

    def _begin_sync(self, cur: sqlite3.Cursor, wait: bool) -> None:
        if wait:
            cur.execute("BEGIN IMMEDIATE")
            return
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            cur.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise IndexBusy(f"{self.path} is being written by another process") from exc
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _sync(self, cur: Any, progress: Callable[[int, int], None] | None,
              wait: bool) -> int:
        def counts() -> tuple[int, int, int, int]:
            cur.execute("SELECT count(*), coalesce(max(num), 0) FROM articles")
            stored, last = cur.fetchone()
            self._index.reload()
            return stored, last, self._index.num_docs, self._index.max_num()

        stored, last, indexed, indexed_last = counts()
        if indexed == stored and indexed_last == last:
            return 0
        # Another store's writing() run may hold entries it has not committed yet: take
        # the index writer (which it gives up only by committing) before looking again.
        writer = self._index.writer(wait)
        try:
            stored, last, indexed, indexed_last = counts()
            if indexed > stored or indexed_last > last:
                # The index has articles SQLite does not (the file was replaced).
                writer.delete_all_documents()
                writer.commit()
                indexed = 0
            missing: list[int] = []
            cur.execute("SELECT num FROM articles ORDER BY num")
            while rows := cur.fetchmany(SYNC_CHUNK):
                nums = [r[0] for r in rows]
                present = self._index.present(nums) if indexed else set()
                missing.extend(n for n in nums if n not in present)
            if progress is None and len(missing) >= NOTICE_AT:
                progress = _stderr_progress
            with _analysis_pool(len(missing)) as pool:
                step = SYNC_CHUNK * (4 if pool else 1)
                for done in range(0, len(missing), step):
                    chunk = missing[done:done + step]
                    self._index.add(writer, self._entries(cur, chunk, pool=pool))
                    if progress:
                        progress(done + len(chunk), len(missing))
                    if (done + len(chunk)) % SYNC_COMMIT == 0:
                        writer.commit()
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        finally:
            self._index.reload()
        return len(missing)

    def _searchable(self) -> ArticleIndex:
        """The article index, caught up with SQLite and showing the latest commits."""
        self._flush_run()
        if not self._index_checked:
            # A writer busy in another process may simply not have committed its run
            # yet: search what is committed, and check again next time.
            with contextlib.suppress(IndexBusy):
                self.sync_index(wait=False)
        self._index.reload()
        return self._index

    def search(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None,
        collapse: bool = False,
    ) -> SearchResults:
        """Articles matching the query, best first, with highlighted snippets; the whole
        query (words and filters) runs in the tantivy index, and the page of hits is
        read from SQLite. ``total`` is exact.

        Raises:
            QueryError: the query text does not parse.
        """
        ast = parse(query.text)
        with self._lock:
            index = self._searchable()
            tq, ranked = index.query(query, ast)
            order = query.sort if ranked or query.sort != "relevance" else "newest"
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

    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        """For each facet, the ``limit`` most common values among matching articles,
        counted by the index; labels are a stored spelling of each folded value."""
        ast = parse(query.text)
        with self._lock:
            index = self._searchable()
            tq, _ = index.query(query, ast)
            found = index.facets(tq, size=max(4 * limit, FACET_FETCH))
            out: dict[str, list[tuple[str, int]]] = {}
            with self._read() as cur:
                for facet in FACETS:
                    best = sorted(found[facet], key=lambda kv: (-kv[1], kv[0]))[:limit]
                    out[facet] = [(self._facet_label(cur, facet, key), n) for key, n in best]
        return out

    def _facet_label(self, cur: Any, facet: str, key: str) -> str:
        sql = _FACET_LABELS.get(facet)
        if sql is None:
            return key
        cur.execute(sql, [key])
        row = cur.fetchone()
        return str(row[0]) if row and row[0] is not None else key

    def trend(self, query: SearchQuery, by: TrendBy = "month") -> list[tuple[str, int]]:
        """Matching articles per day, ISO week or month (see ``search/trend.py``)."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"by must be day, week or month, not {by!r}")
        ast = parse(query.text)
        with self._lock:
            index = self._searchable()
            days = index.days(index.query(query, ast)[0])
        return buckets(days, by)

    def _month(self, column: str) -> str:
        return f"substr({column}, 1, 7)"

    def close(self) -> None:
        with self._lock:
            try:
                self._flush_run()
            finally:
                self._conn.close()
