"""Keeping the SQLite archive's tantivy indexes in step with its rows.

One ``IndexFeed`` per index (articles, quotes). The store tells it which rows a
transaction added (``pending``); just before SQLite commits, the feed turns them into
index entries (read back from SQLite, so the index sees exactly what was stored) and adds
them to an index writer, and right after it commits the index (``committed``). A failed
transaction drops them (``rolled_back``). In a ``writing()`` run the writer stays open
across transactions and is committed now and then (``flush``).

``sync`` catches an index up with SQLite: it finds the rows the index lacks and indexes
them, analysing their text again (in worker processes for large rebuilds).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import date
from typing import Any

from pressespejl.errors import StoreError
from pressespejl.search.danish import Token, analyze, name_key
from pressespejl.store._compact import unpack_entities, unpack_text
from pressespejl.store.migrations import sqlite_has_table
from pressespejl.store.tantivy_index import IndexEntry, TantivyIndex, phrase_terms

RUN_COMMIT_DOCS = 2_000  # in a ``writing()`` run, commit an index after this many entries
RUN_COMMIT_S = 10.0  # ... or when its oldest uncommitted entry is this old
# An index commit costs 100-150 ms (it syncs files and waits for merges): every 200
# entries or 2 s that was a third of a parallel ingest's writing time. Other processes
# see a run's articles up to RUN_COMMIT_S later; the run's own store sees them at once.
SYNC_CHUNK = 500  # rows read from SQLite per step of a sync
SYNC_COMMIT = 20_000  # entries per index commit while syncing
NOTICE_AT = 2_000  # syncing this many entries prints progress to stderr
PARALLEL_SYNC_AT = 20_000  # a sync of this many entries analyses on every core
MAX_SYNC_WORKERS = 4

Progress = Callable[[int, int], None]


def term_fields(tokens: list[Token]) -> tuple[str, str, str]:
    """(stems, compound parts, surface forms) as space-separated index text.

    Surface forms equal to their stem are left out of the third: the stem field already
    holds them for prefix queries, and this roughly halves that field.
    """
    stems, parts, raw = _fields(tokens)
    return " ".join(stems), parts, raw


def _fields(tokens: list[Token]) -> tuple[list[str], str, str]:
    """``term_fields`` with the stems as a list (list comprehensions: every prepared
    article and quote makes these)."""
    return (
        [t.stem for t in tokens],
        " ".join([p for t in tokens for p in t.parts]),
        " ".join([t.norm for t in tokens if t.norm != t.stem]),
    )


def index_text(title: list[Token], body: list[Token]) -> tuple[str, str, str, str, str]:
    """(title stems, body stems, compound parts, surface forms, common word pairs and
    runs) as an index takes them (``tantivy_index.phrase_terms``)."""
    title_stems, title_parts, title_raw = _fields(title)
    body_stems, body_parts, body_raw = _fields(body)
    pairs = phrase_terms(title_stems) + phrase_terms(body_stems)
    return (" ".join(title_stems), " ".join(body_stems), f"{title_parts} {body_parts}".strip(),
            f"{title_raw} {body_raw}".strip(), " ".join(dict.fromkeys(pairs)))


def _analysed_text(title_and_text: tuple[str, str]) -> tuple[str, str, str, str, str]:
    """``index_text`` of a stored title and text (run in worker processes)."""
    title, text = title_and_text
    return index_text(analyze(title), analyze(text))


def _texts(pairs: list[tuple[str, str]], pool: Executor | None) -> list[tuple[str, ...]]:
    return list(pool.map(_analysed_text, pairs, chunksize=32) if pool
                else map(_analysed_text, pairs))


@contextlib.contextmanager
def _analysis_pool(entries: int) -> Iterator[Executor | None]:
    """Worker processes to analyse a large rebuild on every core; None when small."""
    workers = min(os.cpu_count() or 1, MAX_SYNC_WORKERS)
    if entries < PARALLEL_SYNC_AT or workers < 2:
        yield None
        return
    # spawn, not fork: this process runs tantivy's threads.
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _stderr_progress(what: str) -> Progress:
    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else "\r"
        sys.stderr.write(f"Building the search index of {what}: {done:,}/{total:,}{end}")
        sys.stderr.flush()

    return show


def _marks(ids: list[int]) -> str:
    return ", ".join("?" for _ in ids)


def _grouped(cur: Any, sql: str, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    cur.execute(sql, ids)
    out: dict[int, list[tuple[Any, ...]]] = {}
    for row in cur.fetchall():
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None  # NULL: undated


def article_entries(cur: Any, nums: list[int], terms: dict[int, Any] | None = None,
                    pool: Executor | None = None) -> list[IndexEntry]:
    """Index entries of stored articles; ``terms``: the ``index_text`` of each article
    when the caller has it (``store.prepared``), else the text is analysed again."""
    m = _marks(nums)
    sources = _grouped(cur, f"SELECT article, source_key FROM article_sources "
                            f"WHERE article IN ({m})", nums)
    people = _grouped(cur, "SELECT ap.article, p.name_key, p.surname_key FROM article_people ap "
                           f"JOIN people p ON p.id = ap.person WHERE ap.article IN ({m})", nums)
    speakers = _grouped(cur, "SELECT article, speaker_key, speaker_surname FROM quotes "
                             f"WHERE article IN ({m}) AND speaker_key IS NOT NULL", nums)
    places = _grouped(cur, f"SELECT article, name_key FROM places WHERE article IN ({m})", nums)
    cur.execute("SELECT num, id, date_first, date_last, title, text, outlet_key, "
                f"near_duplicate_group FROM articles WHERE num IN ({m})", nums)
    rows = cur.fetchall()
    texts = ([terms[r[0]] for r in rows] if terms
             else _texts([(r[4] or "", unpack_text(r[5])) for r in rows], pool))
    return [
        IndexEntry(
            num=num, first=_day(first), last=_day(last),
            title=text[0], body=text[1], parts=text[2], raw=text[3], pairs=text[4],
            group=group or art_id,
            outlet=outlet, sources=tuple(s for (s,) in sources.get(num, ())),
            people=tuple(p for p, _ in people.get(num, ())),
            people_surnames=tuple(s for _, s in people.get(num, ())),
            speakers=tuple(s for s, _ in speakers.get(num, ())),
            speaker_surnames=tuple(s for _, s in speakers.get(num, ())),
            places=tuple(p for (p,) in places.get(num, ())))
        for (num, art_id, first, last, _, _, outlet, group), text in zip(rows, texts,
                                                                         strict=True)]


def quote_entries(cur: Any, ids: list[int], terms: dict[int, Any] | None = None,
                  pool: Executor | None = None) -> list[IndexEntry]:
    """Index entries of stored quotes: their words, speaker, the people mentioned in them
    (person entities inside the quote) and their article's day, outlet, sources and
    places; ``terms``: each quote's ``index_text([], tokens)`` when the caller has it."""
    m = _marks(ids)
    cur.execute("SELECT q.id, q.article, a.date_first, a.date_last, q.text, a.outlet_key, "
                "q.speaker_key, q.speaker_surname, q.start_char, q.end_char, "
                "CASE WHEN q.text = '' AND ? THEN a.text END "
                f"FROM quotes q JOIN articles a ON a.num = q.article WHERE q.id IN ({m})",
                [not terms, *ids])
    # A quote stored as '' is its span of the article text (schema 11).
    rows = [(*r[:4], r[4] or (unpack_text(r[10])[r[8]:r[9]] if r[10] is not None else ""),
             *r[5:10]) for r in cur.fetchall()]
    nums = sorted({r[1] for r in rows})
    n = _marks(nums)
    sources = _grouped(cur, f"SELECT article, source_key FROM article_sources "
                            f"WHERE article IN ({n})", nums)
    places = _grouped(cur, f"SELECT article, name_key FROM places WHERE article IN ({n})", nums)
    persons = _persons(cur, nums)
    texts = ([terms[r[0]] for r in rows] if terms
             else _texts([("", r[4]) for r in rows], pool))
    entries = []
    for (qid, num, first, last, _, outlet, speaker, surname, start, end), text in zip(
            rows, texts, strict=True):
        mentioned = tuple(key for s, e, key in persons.get(num, ()) if s >= start and e <= end)
        entries.append(IndexEntry(
            num=qid, first=_day(first), last=_day(last), title="",
            body=text[1], parts=text[2], raw=text[3], pairs=text[4], group=str(num),
            outlet=outlet,
            sources=tuple(s for (s,) in sources.get(num, ())), people=mentioned,
            speakers=(speaker,) if speaker else (), speaker_surnames=(surname,) if surname
            else (), places=tuple(p for (p,) in places.get(num, ()))))
    return entries


def _persons(cur: Any, nums: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """(start, end, folded canonical name) of the person mentions of these articles,
    from the compact column of the article row (schema 11) or, below it, the entities
    table."""
    n = _marks(nums)
    if sqlite_has_table(cur, "entities"):
        # "+label": look entities up by article (the primary key); on the label the
        # planner would take the (label, key) index and read every person of the archive.
        return _grouped(cur, "SELECT article, start_char, end_char, canonical_key "
                             f"FROM entities WHERE +label = 'PER' AND article IN ({n})", nums)
    cur.execute(f"SELECT num, text, entities FROM articles WHERE num IN ({n})", nums)
    out: dict[int, list[tuple[int, int, str]]] = {}
    for num, text, stored in cur.fetchall():
        people = [(e.start, e.end, name_key(e.canonical or e.text))
                  for e in unpack_entities(stored, unpack_text(text)) if e.label == "PER"]
        if people:
            out[num] = people
    return out


Entries = Callable[[Any, list[int], "dict[int, Any] | None", "Executor | None"],
                   list[IndexEntry]]


class IndexFeed:
    """Feeds one tantivy index the rows of one SQLite table (see the module docs)."""

    def __init__(self, index: TantivyIndex, table: str, key: str, entries: Entries) -> None:
        self.index = index
        self.table, self.key = table, key
        self.entries = entries
        self.pending: dict[int, Any] = {}  # row id -> its index terms, this transaction
        self.checked = False  # synced with SQLite since this store opened
        self.run_writer: Any = None
        self._run_docs = 0
        self._run_since = 0.0

    def stage(self, cur: Any) -> tuple[Any, int]:
        """Add this transaction's rows to a writer before SQLite commits: (writer, n)."""
        if not self.pending:
            return None, 0
        entries = self.entries(cur, list(self.pending), self.pending, None)
        writer = self.run_writer or self.index.writer()
        self.index.add(writer, entries)
        return writer, len(entries)

    def committed(self, writer: Any, added: int, in_run: bool) -> None:
        """SQLite committed: commit the index now, or later in a run."""
        if not in_run:
            self._commit(writer)
            return
        if self.run_writer is None:
            self.run_writer, self._run_docs, self._run_since = writer, 0, time.monotonic()
        self._run_docs += added
        if self._run_docs >= RUN_COMMIT_DOCS or time.monotonic() - self._run_since >= RUN_COMMIT_S:
            self.flush()

    def rolled_back(self, writer: Any) -> None:
        """SQLite rolled back: drop what the writer holds (and, for a run's writer, the
        earlier articles of the run, which ``sync`` then catches up)."""
        writer.rollback()
        if writer is self.run_writer:
            self.run_writer = None
            self.checked = False

    def flush(self) -> None:
        writer, self.run_writer, self._run_docs = self.run_writer, None, 0
        if writer is not None:
            self._commit(writer)

    def _commit(self, writer: Any) -> None:
        try:
            writer.commit()
            writer.wait_merging_threads()
        except ValueError as exc:
            self.checked = False  # SQLite has the rows; the next sync indexes them
            raise StoreError(f"Stored, but the search index {self.index.path} could not be "
                             f"written ({exc}); it is caught up on the next run.") from exc
        finally:
            self.index.reload()

    def sync(self, cur: Any, progress: Progress | None, wait: bool,
             rebuild: bool = False) -> int:
        """Index the rows the index lacks (inside the caller's write transaction); how
        many. An index holding rows SQLite does not (the file was replaced), or any
        index with ``rebuild``, is emptied and indexed again.

        Raises:
            IndexBusy: another process holds the index writer.
        """
        def counts() -> tuple[int, int, int, int]:
            cur.execute(f"SELECT count(*), coalesce(max({self.key}), 0) FROM {self.table}")
            stored, last = cur.fetchone()
            self.index.reload()
            return stored, last, self.index.num_docs, self.index.max_num()

        stored, last, indexed, indexed_last = counts()
        if indexed == stored and indexed_last == last and not rebuild:
            self.checked = True
            return 0
        # Another store's writing() run may hold entries it has not committed yet: take
        # the index writer (which it gives up only by committing) before looking again.
        writer = self.index.writer(wait)
        try:
            stored, last, indexed, indexed_last = counts()
            if indexed > stored or indexed_last > last or rebuild:
                writer.delete_all_documents()
                writer.commit()
                indexed = 0
            missing: list[int] = []
            cur.execute(f"SELECT {self.key} FROM {self.table} ORDER BY {self.key}")
            while rows := cur.fetchmany(SYNC_CHUNK):
                ids = [r[0] for r in rows]
                present = self.index.present(ids) if indexed else set()
                missing.extend(i for i in ids if i not in present)
            if progress is None and len(missing) >= NOTICE_AT:
                progress = _stderr_progress(self.table)
            with _analysis_pool(len(missing)) as pool:
                step = SYNC_CHUNK * (4 if pool else 1)
                for done in range(0, len(missing), step):
                    chunk = missing[done:done + step]
                    self.index.add(writer, self.entries(cur, chunk, None, pool))
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
            self.index.reload()
        self.checked = True
        return len(missing)
