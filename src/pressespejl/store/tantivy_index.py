"""The full-text indexes of the SQLite archive: tantivy indexes beside the file, one of
articles and one of quotes.

Why tantivy and not FTS5 (measured at 1,000,000 articles, docs/search.md): FTS5 scores
every match of a word before it can sort, so a common word takes seconds, while tantivy's
top-k collector ranks exactly in milliseconds and its index is a third of the size.

SQLite stays the source of truth. An index holds, per article (or quote), the analysed
words (the same stems, compound parts and surface forms as the PostgreSQL ``tsvector``;
see ``search/danish.py``) and the keys that filters and facets need (outlet, sources,
people, speakers, places, month, near-duplicate group), so a whole ``SearchQuery`` runs
here and SQLite is read for the page of hits only. Both can always be rebuilt from the
SQLite rows (``SQLiteStore.sync_index``).

A quote is indexed with its words, its speaker, the people mentioned in it (person
entities inside it; its words also match a surname) and its article's day, outlet,
sources and places, so quote filters mean what they mean in ``search/filters.py``.

Fields hold pre-analysed text split on whitespace: the Danish analysis runs in Python, the
same for both backends, and tantivy only indexes what it is given.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import tantivy

from pressespejl.errors import StoreError
from pressespejl.search.common_words import COMMON_WORDS, FREQUENT_WORDS
from pressespejl.search.danish import (
    fold,
    lexicon_id,
    name_key,
    phrase_variants,
    query_terms,
    stem,
    words,
)
from pressespejl.search.query import And, Field, Node, Not, Or, Phrase, Prefix, Term
from pressespejl.store._count_cache import CountCache
from pressespejl.types import SearchQuery

INDEX_VERSION = 6
"""Bumped when the fields change: an index of another version is rebuilt from SQLite.
3: the ``pairs`` field (common word pairs for phrases). 4: ``raw`` without term
frequencies. 5: ``pairs`` also holds runs of three common words and the pairs of
``FREQUENT_WORDS``. 6: the quote index's own, smaller layout (``_quote_schema``)."""

SAME_LAYOUT = {"article": frozenset({5}), "quote": frozenset[int]()}
"""Older versions whose index of a kind is laid out as this version's: kept as they are
(version 6 changed the quote index only; an article index of a million articles takes
25 minutes to rebuild)."""

META_FILE = "pressespejl-index.json"

WEIGHTS = {"title": 4.0, "body": 1.0, "parts": 0.6, "raw": 0.3}
"""BM25 boosts per field: title above body above compound parts and surface forms."""

FACET_FIELDS = {"source": "source", "outlet": "outlet", "month": "month",
                "person": "person", "speaker": "speaker", "place": "place"}
"""Store facet name -> index field counted for it."""

FACET_HALVES = (frozenset({"person", "source", "outlet"}),
                frozenset({"speaker", "place", "month", "_days"}))
"""The facet aggregations counted side by side, in two threads (``_aggregate``), split
so both halves cost about the same: at a million articles person, speaker and place are
most of the time (about 110, 100 and 70 ms of one core for 100,000-300,000 matches),
source, month and outlet the rest."""

FACET_THREADS = 2
"""Threads a facet count uses (``_aggregate``); 1: one aggregation on the caller's
thread (``bench.index_kinds --ab`` times both)."""

_facet_pool: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    """The threads that count the first half of the facets (``_aggregate``), shared by
    every index of the process and started on first use."""
    global _facet_pool
    if _facet_pool is None:
        _facet_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pressespejl-facets")
    return _facet_pool

WRITER_HEAP = 64 << 20
"""Indexing memory per writer; tantivy flushes a segment when it is full."""

LOCK_WAIT_S = 30.0
"""How long a writer waits for another process's index writer before giving up."""

COMMON_STEMS = frozenset(stem(fold(w)) for w in COMMON_WORDS)
"""The commonest Danish words (``search/common_words.py``), stemmed as the index stems
them. A phrase with one of them ("det gør", "plan for") checked positions in a posting
list that covers almost every article: 121 ms p95 at 1,000,000 articles."""

PAIR_STEMS = COMMON_STEMS | frozenset(stem(fold(w)) for w in FREQUENT_WORDS)
"""The words whose pairs (and runs of three) the index keeps: the common words and, in
this index only, the frequent ones (``search/common_words.FREQUENT_WORDS``)."""

PAIR_JOIN = "+"  # never inside a stem: stems are runs of word characters


def word_pairs(stems: Sequence[str]) -> list[str]:
    """The pairs of adjacent stems with a common word in them, as index terms
    (``"plan+for"``): the CommonGrams idea (Lucene), so a phrase with a common word
    first finds the few documents that have the pair, and positions are checked there
    only."""
    return _pairs(stems, [s in PAIR_STEMS for s in stems])


def _pairs(stems: Sequence[str], common: list[bool]) -> list[str]:
    """``word_pairs``, given whether each stem is in ``PAIR_STEMS``."""
    return [f"{stems[i]}{PAIR_JOIN}{stems[i + 1]}" for i in range(len(stems) - 1)
            if (common[i] or common[i + 1]) and stems[i] and stems[i + 1]]


def word_triples(stems: Sequence[str]) -> list[str]:
    """The runs of three adjacent common stems, as index terms (``"over+for+de"``).
    A phrase of three common words has two pairs that tens of thousands of articles
    share without the phrase (their positions were all read: 425 ms at a million
    articles); the run itself is as rare as the phrase. About 30 distinct runs per
    455-word article, a tenth of its pairs."""
    return _triples(stems, [s in PAIR_STEMS for s in stems])


def _triples(stems: Sequence[str], common: list[bool]) -> list[str]:
    """``word_triples``, given whether each stem is in ``PAIR_STEMS``."""
    return [PAIR_JOIN.join(stems[i:i + 3]) for i in range(len(stems) - 2)
            if common[i] and common[i + 1] and common[i + 2]]


def phrase_terms(stems: Sequence[str]) -> list[str]:
    """What the ``pairs`` field holds of one run of stems (a title or a body).

    Each stem is looked up in ``PAIR_STEMS`` once, not once per pair and run it is in
    (every prepared article and quote makes these: 0.1-0.2 ms per article)."""
    common = [s in PAIR_STEMS for s in stems]
    return _pairs(stems, common) + _triples(stems, common)


MAX_SPAN_DAYS = 31
"""The most days an entry's first and last day lie apart: a month-dated article spans
its month (``Article.published_last``). Date filters rely on it (``_dates``)."""

_NUM_BITS = 32
_NUM_MASK = (1 << _NUM_BITS) - 1

Order = Literal["relevance", "newest", "oldest"]
Kind = Literal["article", "quote"]


@dataclass(frozen=True)
class IndexEntry:
    """One article or quote as the index sees it: analysed text and folded keys
    (``name_key``); ``num`` is the article number or the quote id."""

    num: int
    first: date | None  # None: an undated article (or a quote of one)
    last: date | None
    title: str
    body: str
    parts: str
    raw: str
    group: str
    pairs: str = ""
    outlet: str | None = None
    sources: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    people_surnames: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    speaker_surnames: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


class IndexBusy(StoreError):
    """Another process holds the index writer."""


def _schema(kind: Kind = "article") -> tantivy.Schema:
    if kind == "quote":
        return _quote_schema()
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("num", stored=True, fast=True)
    # The number again as a term: tantivy-py builds term queries on numbers as signed
    # integers, which never match an unsigned field.
    b.add_text_field("ref", tokenizer_name="raw", index_option="basic")
    # (day << 32 | tie): newest first and oldest first, each in one fast field (tantivy
    # sorts by one unsigned field). Ties: see ``TantivyIndex.document``.
    b.add_unsigned_field("newest", fast=True)
    b.add_unsigned_field("oldest", fast=True)
    b.add_unsigned_field("first", stored=True, indexed=True, fast=True)  # toordinal()
    b.add_unsigned_field("last", indexed=True)
    for name in ("title", "body"):
        b.add_text_field(name, index_option="position", tokenizer_name="whitespace")
    b.add_text_field("parts", index_option="freq", tokenizer_name="whitespace")
    # Surface forms serve prefix queries only (``_node``): tantivy scores a regex query
    # constant, so term frequencies would never be read (89 bytes per article).
    b.add_text_field("raw", index_option="basic", tokenizer_name="whitespace")
    # Common word pairs: only which documents have them (a filter for phrases).
    b.add_text_field("pairs", index_option="basic", tokenizer_name="whitespace")
    b.add_text_field("group", stored=True, fast=True, tokenizer_name="raw",
                     index_option="basic")
    for name in ("month", "outlet", "source", "person", "speaker", "place"):
        b.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    for name in ("person_surname", "speaker_surname"):
        b.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return b.build()


QUOTE_KEYS = ("ref", "outlet", "source", "person", "speaker", "place", "person_surname",
              "speaker_surname")
"""The quote index's filter values, all in one ``keys`` field as ``name:value``."""


def _quote_schema() -> tantivy.Schema:
    """The quote index: what quote searches read, and no more.

    Quotes are never faceted, collapsed or counted by month, and have no title, so the
    article index's fast columns of keys, its ``month``, ``group`` and ``title`` fields
    and stored days are left out; and every filter value (``QUOTE_KEYS``) is one term of
    a single ``keys`` field, since tantivy keeps a byte of field length per document for
    every text field (13 of them a quote before). At 20,000 articles (7.7 quotes each):
    898 -> 690 bytes per article (``bench/README.md``)."""
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("num", stored=True, fast=True)
    b.add_unsigned_field("newest", fast=True)
    b.add_unsigned_field("oldest", fast=True)
    b.add_unsigned_field("first", indexed=True, fast=True)
    b.add_unsigned_field("last", indexed=True)
    b.add_text_field("body", index_option="position", tokenizer_name="whitespace")
    b.add_text_field("parts", index_option="freq", tokenizer_name="whitespace")
    b.add_text_field("raw", index_option="basic", tokenizer_name="whitespace")
    b.add_text_field("pairs", index_option="basic", tokenizer_name="whitespace")
    b.add_text_field("keys", tokenizer_name="raw", index_option="basic")
    return b.build()


def _key(name: str, value: str) -> str:
    """A ``keys`` term of the quote index (``name`` is never a prefix of another name
    followed by ``:``, so the terms of two names never meet)."""
    return f"{name}:{value}"


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


class TantivyIndex:
    """A tantivy index of articles or of quotes, in a directory or (``path=None``) in
    memory."""

    def __init__(self, path: str | Path | None, kind: Kind = "article",
                 read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.kind = kind
        self.read_only = read_only and path is not None
        self.schema = _schema(kind)
        # The fields words are searched in: a quote has no title (``_quote_schema``).
        self._text = ("title", "body") if kind == "article" else ("body",)
        self._shadow: tempfile.TemporaryDirectory[str] | None = None
        self.counts = CountCache(self.path / "meta.json" if self.path is not None else None)
        try:
            generation = self.counts.stamp()
            self._index = self._open()
            self._searcher = self._index.searcher()
        except ValueError as exc:
            raise StoreError(f"Cannot open the search index {self.path}: {exc}.") from exc
        self.counts.advance(generation)

    def _current(self, lexicon: bool = True) -> bool:
        """True if the directory holds an index of this ``INDEX_VERSION`` built with the
        compound word list in use (``search.danish.lexicon_id``: another list gives
        other index terms, so the index is rebuilt); ``lexicon=False`` skips that."""
        assert self.path is not None
        meta = self.path / META_FILE
        if not (meta.exists() and tantivy.Index.exists(str(self.path))):
            return False
        try:
            found = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        version = found.get("version")
        return (version == INDEX_VERSION or version in SAME_LAYOUT[self.kind]) and (
            not lexicon or found.get("lexicon") == lexicon_id())

    def _open(self) -> tantivy.Index:
        if self.path is None:
            return tantivy.Index(self.schema)
        if self.read_only:
            return self._open_read_only()
        if self._current():
            return tantivy.Index.open(str(self.path))
        # Missing, half-written or of another version: start empty; the store refills it.
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        index = tantivy.Index(self.schema, path=str(self.path))
        (self.path / META_FILE).write_text(
            json.dumps({"version": INDEX_VERSION, "lexicon": lexicon_id()}), encoding="utf-8")
        return index

    def _open_read_only(self) -> tantivy.Index:
        """The index of a directory that cannot be written. tantivy takes a lock file
        before it reads (``.tantivy-meta.lock``), which it cannot create there, so it
        reads through a temporary directory of links to the index's files with lock
        files of its own; nothing is ever written to the index."""
        assert self.path is not None
        if not self._current(lexicon=False):  # another word list: searched as it is
            raise StoreError(
                f"The search index {self.path} is missing or was written by another "
                "version of Pressespejl, and the archive is read-only, so it cannot be "
                "rebuilt: run `pressespejl reindex` once where the archive can be written.")
        self._shadow = tempfile.TemporaryDirectory(prefix="pressespejl-index-")
        for entry in self.path.iterdir():
            if not entry.name.endswith(".lock"):
                (Path(self._shadow.name) / entry.name).symlink_to(entry)
        return tantivy.Index.open(self._shadow.name)

    def close(self) -> None:
        """Let go of the temporary directory of a read-only index."""
        if self._shadow is not None:
            self._shadow.cleanup()
            self._shadow = None

    # --- writing -------------------------------------------------------------------

    def writer(self, wait: bool = True) -> tantivy.IndexWriter:
        """An index writer; waits up to ``LOCK_WAIT_S`` for another one to finish.

        Writers are short-lived (one per store transaction, or per ``writing()`` run
        commit): taking one costs about a millisecond.

        Raises:
            IndexBusy: another writer holds the index (at once when not ``wait``).
        """
        deadline = time.monotonic() + (LOCK_WAIT_S if wait else 0.0)
        while True:
            try:
                return self._index.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError as exc:
                if "LockBusy" not in str(exc):
                    raise StoreError(
                        f"Cannot write the search index {self.path}: {exc}.") from exc
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"The search index {self.path} is being written by another "
                        "process (an ingest?). Try again when it is done.") from exc
                time.sleep(0.02)

    def document(self, entry: IndexEntry) -> tantivy.Document:
        """The tantivy document of an entry.

        An undated entry has no ``first``/``last``/``month`` values, so no date range
        or month facet matches it, and sorts after every dated one both ways: day 0 when
        newest first, the largest day when oldest first.
        """
        if entry.num > _NUM_MASK:
            raise StoreError(f"article number {entry.num} is too large for the index")
        # Same-day ties, as the SQL of the PostgreSQL store orders them: articles newest
        # stored first (num descending) when newest first; quotes always in storage
        # order, so one article's quotes read in order.
        newest_tie = entry.num if self.kind == "article" else _NUM_MASK - entry.num
        if entry.first is None or entry.last is None:
            newest_day, oldest_day, dates = 0, _NUM_MASK << _NUM_BITS, {}
        elif not 0 <= (entry.last - entry.first).days <= MAX_SPAN_DAYS:
            raise StoreError(
                f"entry {entry.num} spans {entry.first}..{entry.last}: more than "
                f"{MAX_SPAN_DAYS} days, which date filters do not look for (``_dates``)")
        else:
            newest_day = oldest_day = entry.first.toordinal() << _NUM_BITS
            dates = {"first": entry.first.toordinal(), "last": entry.last.toordinal(),
                     "month": entry.first.strftime("%Y-%m")}
        keys = {
            "ref": [str(entry.num)],
            "outlet": _unique([entry.outlet]),
            "source": _unique(entry.sources),
            "person": _unique(entry.people),
            "person_surname": _unique(entry.people_surnames),
            "speaker": _unique(entry.speakers),
            "speaker_surname": _unique(entry.speaker_surnames),
            "place": _unique(entry.places),
        }
        texts = {"body": entry.body, "parts": entry.parts, "raw": entry.raw,
                 "pairs": entry.pairs}
        if self.kind == "quote":
            dates.pop("month", None)
            fields: dict[str, Any] = {
                **texts, "keys": [_key(name, v) for name in QUOTE_KEYS for v in keys[name]]}
        else:
            fields = {**texts, **keys, "title": entry.title, "group": entry.group}
        return tantivy.Document.from_dict({
            "num": entry.num,
            "newest": newest_day | newest_tie,
            "oldest": oldest_day | entry.num,
            **dates,
            **fields,
        }, self.schema)

    def add(self, writer: tantivy.IndexWriter, entries: Iterable[IndexEntry]) -> None:
        for entry in entries:
            writer.add_document(self.document(entry))

    def reload(self) -> None:
        """See the latest commit (ours or another process's); a read-only index stays
        as it was opened."""
        if self.read_only:
            return
        generation = self.counts.stamp()  # before the reload: see ``CountCache``
        self._index.reload()
        self._searcher = self._index.searcher()
        self.counts.advance(generation)

    # --- reading -------------------------------------------------------------------

    @property
    def num_docs(self) -> int:
        return int(self._searcher.num_docs)

    def max_num(self) -> int:
        """The largest indexed article number (0 if none)."""
        if not self.num_docs:
            return 0
        found = self._searcher.aggregate(tantivy.Query.all_query(),
                                         {"m": {"max": {"field": "num"}}})
        return int(found["m"]["value"] or 0)

    def present(self, nums: Sequence[int]) -> set[int]:
        """Which of these article numbers are indexed."""
        if not nums:
            return set()
        query = self._refs(nums)
        if self._searcher.search(query, 1, count=True).count == len(nums):
            return set(nums)
        found = self._searcher.aggregate(
            query, {"n": {"terms": {"field": "num", "size": len(nums)}}})
        return {int(b["key"]) for b in found["n"]["buckets"]}

    def _refs(self, nums: Sequence[int]) -> tantivy.Query:
        if self.kind == "quote":
            return tantivy.Query.term_set_query(self.schema, "keys",
                                                [_key("ref", str(n)) for n in nums])
        return tantivy.Query.term_set_query(self.schema, "ref", [str(n) for n in nums])

    def search(self, query: tantivy.Query, *, limit: int, offset: int, order: Order,
               scored: bool) -> tuple[list[tuple[int, float]], int]:
        """(article number, score) of one page, and the number of matches (exact).

        ``order`` relevance ranks by BM25; newest/oldest by day, ties by storage order.
        ``scored``: also give the BM25 score of a page sorted by date (else 0.0).
        """
        hits, count = self._hits(query, max(limit, 1), offset, order, scored)
        hits = hits[:limit]
        return [(num, score) for num, score, _, _ in hits], count

    def _hits(self, query: tantivy.Query, limit: int, offset: int, order: Order,
              scored: bool) -> tuple[list[tuple[int, float, str, int]], int]:
        """(number, score, near-duplicate group, day) of one page, and the count."""
        s = self._searcher
        if order == "relevance" and scored:
            result = s.search(query, limit, count=True, offset=offset)
            docs = [(s.doc(addr), float(score)) for score, addr in result.hits]
            page = [(int(d["num"][0]), score, _group(d), _first(d)) for d, score in docs]
            return page, int(result.count)
        field, direction = (("oldest", tantivy.Order.Asc) if order == "oldest"
                            else ("newest", tantivy.Order.Desc))
        result = s.search(query, limit, count=True, offset=offset, order_by_field=field,
                          order=direction)
        docs = [s.doc(addr) for _, addr in result.hits]
        nums = [int(d["num"][0]) for d in docs]
        scores = self.scores(query, nums) if scored else {}
        return ([(num, scores.get(num, 0.0), _group(d), _first(d))
                 for num, d in zip(nums, docs, strict=True)], int(result.count))

    def scores(self, query: tantivy.Query, nums: list[int]) -> dict[int, float]:
        """BM25 scores of these articles for the query."""
        if not nums:
            return {}
        only = self._refs(nums)
        q = tantivy.Query.boolean_query([
            (tantivy.Occur.Must, query),
            (tantivy.Occur.Must, tantivy.Query.const_score_query(only, 0.0))])
        result = self._searcher.search(q, len(nums), count=False)
        return {int(self._searcher.doc(a)["num"][0]): float(sc) for sc, a in result.hits}

    def collapsed(self, query: tantivy.Query, *, limit: int, offset: int, order: Order,
                  scored: bool, cap: int) -> tuple[list[tuple[int, float]], int, dict[int, int]]:
        """One hit per near-duplicate group: (page, number of groups up to ``cap + 1``,
        article number -> matching articles in its group)."""
        wanted = offset + limit
        fetch = max(wanted * 3, 30)
        while True:
            hits, total = self._hits(query, fetch, 0, order, scored)
            if order == "relevance":  # equal scores: the newest, then the last stored
                hits.sort(key=lambda h: (h[1], h[3], h[0]), reverse=True)
            firsts: dict[str, tuple[int, float]] = {}
            for num, score, group, _ in hits:
                firsts.setdefault(group, (num, score))
            if len(firsts) >= wanted or fetch >= total:
                break
            fetch *= 4
        page_groups = list(firsts.items())[offset:wanted]
        groups = self._searcher.aggregate(
            query, {"g": {"terms": {"field": "group", "size": cap + 1}}})
        n_groups = len(groups["g"]["buckets"])
        copies: dict[int, int] = {}
        if page_groups:
            only = tantivy.Query.term_set_query(self.schema, "group", [g for g, _ in page_groups])
            q = tantivy.Query.boolean_query([(tantivy.Occur.Must, query),
                                             (tantivy.Occur.Must, only)])
            counted = self._searcher.aggregate(
                q, {"g": {"terms": {"field": "group", "size": len(page_groups)}}})
            per_group = {b["key"]: int(b["doc_count"]) for b in counted["g"]["buckets"]}
            copies = {num: per_group.get(g, 1) for g, (num, _) in page_groups}
        return [hit for _, hit in page_groups], n_groups, copies

    def facets(self, query: tantivy.Query, size: int) -> dict[str, list[tuple[str, int]]]:
        """For each facet, up to ``size`` (key, matching articles), most first; counted
        once per query until the index changes (``CountCache``)."""
        found = self.counts.get(("facets", repr(query), size),
                                lambda: self._facets(query, size))
        return {name: list(values) for name, values in found.items()}

    def _facets(self, query: tantivy.Query, size: int) -> dict[str, list[tuple[str, int]]]:
        aggs = {name: {"terms": {"field": field, "size": size}}
                for name, field in FACET_FIELDS.items()}
        found = self._aggregate(query, aggs)
        return {name: [(str(b["key"]), int(b["doc_count"])) for b in found[name]["buckets"]]
                for name in FACET_FIELDS}

    def facets_and_days(self, query: tantivy.Query, size: int, months: bool = False
                        ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[date, int]]]:
        """``facets`` and ``days`` in one aggregation (one pass over the matches);
        ``months``: per month's first day (the ``month`` field: a few buckets instead of
        one per day, when only months are wanted). Cached as ``facets``."""
        facets, days = self.counts.get(("facets_and_days", repr(query), size, months),
                                       lambda: self._facets_and_days(query, size, months))
        return {name: list(values) for name, values in facets.items()}, list(days)

    def _facets_and_days(self, query: tantivy.Query, size: int, months: bool
                         ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[date, int]]]:
        aggs: dict[str, Any] = {name: {"terms": {"field": field, "size": size}}
                                for name, field in FACET_FIELDS.items()}
        aggs["_days"] = {"terms": {"field": "month" if months else "first",
                                   "size": 1_000_000}}
        found = self._aggregate(query, aggs)
        facets = {name: [(str(b["key"]), int(b["doc_count"])) for b in found[name]["buckets"]]
                  for name in FACET_FIELDS}
        buckets = found["_days"]["buckets"]
        days = ([(date(int(b["key"][:4]), int(b["key"][5:7]), 1), int(b["doc_count"]))
                 for b in buckets] if months else
                [(date.fromordinal(int(b["key"])), int(b["doc_count"])) for b in buckets])
        return facets, days

    def _aggregate(self, query: tantivy.Query, aggs: dict[str, Any]) -> dict[str, Any]:
        """``Searcher.aggregate`` of the facet aggregations, in two halves counted at
        the same time (``FACET_HALVES``) when the machine has two cores or more.

        tantivy would count the segments in parallel, but the Python bindings run one
        aggregation on one thread; they let go of the GIL while counting, so two calls
        run side by side. Each aggregation is counted exactly as in one call (the same
        buckets); the matches are found twice, which costs a few milliseconds against
        the tens that person and speaker counts take."""
        first = {name: agg for name, agg in aggs.items() if name in FACET_HALVES[0]}
        second = {name: agg for name, agg in aggs.items() if name not in first}
        if not first or not second or min(FACET_THREADS, os.cpu_count() or 1) < 2:
            return dict(self._searcher.aggregate(query, aggs))
        other = _pool().submit(self._searcher.aggregate, query, first)
        found = dict(self._searcher.aggregate(query, second))
        found.update(other.result())
        return found

    def days(self, query: tantivy.Query) -> list[tuple[date, int]]:
        """Matching articles per first day (a month-dated article: the month's first);
        cached as ``facets``."""
        return list(self.counts.get(("days", repr(query)), lambda: self._days(query)))

    def _days(self, query: tantivy.Query) -> list[tuple[date, int]]:
        found = self._searcher.aggregate(
            query, {"d": {"terms": {"field": "first", "size": 1_000_000}}})
        return [(date.fromordinal(int(b["key"])), int(b["doc_count"]))
                for b in found["d"]["buckets"]]

    # --- queries -------------------------------------------------------------------

    def query(self, search: SearchQuery, ast: Node | None) -> tuple[tantivy.Query, bool]:
        """The tantivy query for a parsed query text and the ``SearchQuery`` filters,
        and whether it has words to rank by (else hits are sorted by date)."""
        must: list[tantivy.Query] = []
        if ast is not None:
            must.append(self._node(ast))
        if search.date_from or search.date_to:
            must.append(self._dates(search.date_from, search.date_to))
        for name, values in (("source", search.sources), ("outlet", search.outlets),
                             ("speaker", search.speakers), ("person", search.people),
                             ("place", search.places)):
            if values:
                must.append(_any([self._field(name, v) for v in values]))
        ranked = ast is not None and _has_positive_text(ast)
        if not must:
            return tantivy.Query.all_query(), False
        if len(must) == 1:
            return must[0], ranked
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in must]), ranked

    def _node(self, node: Node) -> tantivy.Query:
        q = tantivy.Query
        if isinstance(node, Term):
            return _any([
                q.boost_query(q.term_query(self.schema, field, term), WEIGHTS[field])
                for term in query_terms(node.word)[0] for field in (*self._text, "parts")])
        if isinstance(node, Prefix):
            pattern = _regex_escape(query_terms(node.word)[0][0]) + ".*"
            return _any([q.boost_query(q.regex_query(self.schema, field, pattern),
                                       WEIGHTS[field]) for field in (*self._text, "raw")])
        if isinstance(node, Phrase):
            return _any([self._phrase(variant) for variant in phrase_variants(node.text)
                         if variant])
        if isinstance(node, Field):
            if node.name == "date":
                return self._dates(node.first, node.last)
            return self._field(node.name, node.value)
        if isinstance(node, Not):
            return q.boolean_query([(tantivy.Occur.Must, q.const_score_query(q.all_query(), 0.0)),
                                    (tantivy.Occur.MustNot, self._node(node.child))])
        if isinstance(node, And):
            clauses = [(tantivy.Occur.MustNot, self._node(c.child)) if isinstance(c, Not)
                       else (tantivy.Occur.Must, self._node(c)) for c in node.children]
            if all(occur == tantivy.Occur.MustNot for occur, _ in clauses):
                clauses.append((tantivy.Occur.Must, q.const_score_query(q.all_query(), 0.0)))
            return q.boolean_query(clauses)
        if isinstance(node, Or):
            return _any([self._node(c) for c in node.children])
        raise TypeError(f"not a query node: {node!r}")

    def _phrase(self, stems: list[str]) -> tantivy.Query:
        """A phrase in the title or body.

        Two words with a common one among them ("plan for"), or three common words
        ("over for de"), are one term of the ``pairs`` field, which holds exactly the
        documents where they stand side by side in the title or the body: no positions
        are read (at a million articles 0.6 ms p50 against 68 ms for the phrase query,
        the same matches; scored by that term's BM25). A longer phrase must have its
        pairs and runs too: a filter (scoring nothing) implied by the phrase, so hits
        and scores stay those of the phrase."""
        q = tantivy.Query
        if len(stems) == 1:
            return _any([q.boost_query(q.term_query(self.schema, field, stems[0]),
                                       WEIGHTS[field]) for field in self._text])
        if len(stems) == 2 and (pair := word_pairs(stems)):
            return q.term_query(self.schema, "pairs", pair[0])
        if len(stems) == 3 and (run := word_triples(stems)):
            return q.term_query(self.schema, "pairs", run[0])
        phrase = _any([q.boost_query(q.phrase_query(self.schema, field, stems),
                                     WEIGHTS[field]) for field in self._text])
        pairs = list(dict.fromkeys(phrase_terms(stems)))
        if not pairs:
            return phrase
        return q.boolean_query(
            [(tantivy.Occur.Must, phrase)]
            + [(tantivy.Occur.Must, q.const_score_query(
                q.term_query(self.schema, "pairs", pair), 0.0)) for pair in pairs])

    def _field(self, name: str, value: str) -> tantivy.Query:
        """A filter (scores nothing): the value's folded key in the document's keys; a
        speaker or person matches by whole name or surname. A person is mentioned in a
        quote if a person entity inside it is that person or its words include the
        surname, in any inflection ("Kofods")."""
        if name not in ("speaker", "person", "source", "outlet", "place"):
            raise ValueError(f"unknown field {name!r}")
        key = name_key(value)
        if not key:
            return tantivy.Query.all_query()
        fields = {"speaker": ("speaker", "speaker_surname"),
                  "person": ("person", "person_surname")}.get(name, (name,))
        if self.kind == "quote":
            queries = [tantivy.Query.term_query(self.schema, "keys", _key(f, key))
                       for f in fields]
        else:
            queries = [tantivy.Query.term_query(self.schema, f, key) for f in fields]
        if name == "person" and self.kind == "quote":
            queries.append(self._node(Term([w for w, _, _ in words(value)][-1])))
        return tantivy.Query.const_score_query(_any(queries), 0.0)

    def _dates(self, first: date | None, last: date | None) -> tantivy.Query:
        """The article's days overlap [first, last] (either end may be open).

        An entry's ``first`` is a fast field, which a range reads lazily, only where
        the rest of the query matches; ``last`` is not, and a range on it unites the
        posting lists of every day it covers ("last on or after 2020-01-01": 830,000
        of a million articles, about 200 ms). So the overlap is asked as: ``first`` in
        [first, last], or ``first`` in the ``MAX_SPAN_DAYS`` before the range and
        ``last`` in as many days from its start (a few days' lists); the same entries,
        since no entry spans more (``document`` checks)."""
        q, unsigned = tantivy.Query, tantivy.FieldType.Unsigned

        def between(field: str, lo: int, hi: int) -> tantivy.Query:
            return q.range_query(self.schema, field, unsigned, lo, hi)

        hi = last.toordinal() if last is not None else date.max.toordinal()
        if first is None:
            return q.const_score_query(
                between("first", 0, hi) if last is not None else q.all_query(), 0.0)
        lo = first.toordinal()
        parts = []
        if lo <= hi:
            parts.append(between("first", lo, hi))
        if (before := min(lo - 1, hi)) >= 1:
            parts.append(q.boolean_query([
                (tantivy.Occur.Must, between("first", max(1, lo - MAX_SPAN_DAYS), before)),
                (tantivy.Occur.Must, between("last", lo, lo + MAX_SPAN_DAYS))]))
        if not parts:
            return q.empty_query()
        return q.const_score_query(_any(parts), 0.0)


def _first(doc: tantivy.Document) -> int:
    """The stored first day of a hit (an ordinal); 0 for an undated one, so it ranks
    after the dated ones on equal scores (and for a quote, which stores no day: only
    ``collapsed`` reads it, and quotes are never collapsed)."""
    values = doc.get_all("first")
    return int(values[0]) if values else 0


def _group(doc: tantivy.Document) -> str:
    """The near-duplicate group of a hit ('' for a quote, which stores none)."""
    values = doc.get_all("group")
    return str(values[0]) if values else ""


def _any(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _has_positive_text(node: Node) -> bool:
    if isinstance(node, Term | Prefix | Phrase):
        return True
    if isinstance(node, And | Or):
        return any(_has_positive_text(c) for c in node.children)
    return False


_REGEX_SPECIAL = set("\\.+*?()|[]{}^$#&-~")


def _regex_escape(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_SPECIAL else c for c in text)
