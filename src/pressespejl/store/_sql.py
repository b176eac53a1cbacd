"""What the SQLite and PostgreSQL stores share: writing records, reading them back,
entities and offices.

The SQL here runs on both databases. It is written with ``?`` placeholders (the
PostgreSQL store rewrites them to ``%s``) and every value is a parameter. The
backends supply the few things that differ: transactions, and where the analysed terms
go (a ``tsvector`` column on PostgreSQL; the tantivy indexes of the SQLite archive, fed
through ``_after_article``/``_after_quote``). Search in SQL (PostgreSQL's) is in
``_sql_search.py``; the SQLite store searches in its tantivy indexes.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

from pressespejl.search.danish import (
    ANALYZER_VERSION,
    Token,
    lexicon_id,
    name_key,
    surname_key,
)
from pressespejl.search.highlight import snippet
from pressespejl.store._correction_sql import CorrectionQueries
from pressespejl.store._duplicate_sql import NearDuplicateGroups
from pressespejl.store._entity_sql import EntityQueries
from pressespejl.store._office_sql import OfficeQueries
from pressespejl.store._table_sql import TableQueries
from pressespejl.store.base import DEFAULT_MARKERS
from pressespejl.store.prepared import Prepared, prepare
from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    OfficeHolding,
    Person,
    Quote,
    SearchHit,
    Sentence,
    TimeExpression,
    date_label,
)

_PAGE = 500  # articles per batch in iter_records

BULK_BATCH = 500
"""Articles per transaction in ``add_many``."""

COUNT_CAP = 10_000
"""``search`` on PostgreSQL counts matching articles up to this many; beyond it
``SearchResults.total`` is the cap and ``total_capped`` is set ("more than 10,000").
Counting every match of a common word in a million articles costs more than the page of
hits itself. (The SQLite archive's tantivy index counts exactly, except near-duplicate
groups with ``collapse``.)"""


def as_date(value: Any) -> date | None:
    """A date from the database: ``date`` on PostgreSQL, ISO text on SQLite; NULL is None
    (an undated article, schema 9)."""
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


class SqlStore(EntityQueries, OfficeQueries, NearDuplicateGroups, CorrectionQueries,
               TableQueries, ABC):
    """A ``Store`` over a SQL database; subclasses supply the backend hooks.

    Entities (``_entity_sql.py``), offices (``_office_sql.py``) and near-duplicate groups
    (``_duplicate_sql.py``) are mixins that write inside ``add``'s transaction;
    corrections and saved searches (``_correction_sql.py``) have tables of their own;
    ``_table_sql.py`` reads and loads whole tables for export, import and migrate.
    """

    backend: str
    url: str
    collate_c: str = ""  # PostgreSQL sorts text by locale; ids and names need bytes order
    least = "min"  # the two-argument min/max of dates: min()/max() in SQLite,
    greatest = "max"  # LEAST()/GREATEST() in PostgreSQL

    def __init__(self, markers: tuple[str, str] = DEFAULT_MARKERS) -> None:
        self.markers = markers
        self._init_near_duplicates()

    # --- backend hooks -------------------------------------------------------------

    @abstractmethod
    def _write(self) -> AbstractContextManager[Any]:
        """A cursor inside one write transaction (committed on success)."""

    @abstractmethod
    def _read(self) -> AbstractContextManager[Any]:
        """A cursor for reading."""

    def _search_read(self) -> AbstractContextManager[Any]:
        """A cursor for what users read (search, quotes, facets, trend, entities): a
        read replica's where the store has one (PostgreSQL ``read_url``). Reads that
        writing depends on (``has``, office holdings) stay on ``_read``."""
        return self._read()

    def _sql(self, sql: str) -> str:
        """Adapt ``?`` placeholders to the driver."""
        return sql

    @abstractmethod
    def date_param(self, day: date | None) -> Any: ...

    def _quote_index(self, tokens: list[Token]) -> dict[str, Any]:
        """Extra quote columns holding the analysed terms."""
        return {}

    def _after_article(self, cur: Any, num: int, article: Article, title: list[Token],
                       body: list[Token]) -> None:
        """Write the article's terms elsewhere (the tantivy index on SQLite, the search
        table on PostgreSQL)."""
        return None

    def _before_write(self, articles: list[Article]) -> None:
        """Runs before the transaction that adds these articles (outside it)."""
        return None

    # How the large article columns are stored (the SQLite archive compresses them,
    # store/_compact.py); PostgreSQL keeps them plain and lets TOAST compress.

    def _store_text(self, text: str) -> Any:
        return text

    def _load_text(self, value: Any) -> str:
        return str(value)

    def _store_json(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False)

    def _load_json(self, value: Any) -> Any:
        return json.loads(value)

    def _store_signature(self, signature: bytes) -> Any:
        return signature

    def _load_signature(self, value: Any) -> bytes:
        return bytes(value)

    def _after_quote(self, cur: Any, quote_id: int, tokens: list[Token]) -> None:
        """Write the quote's terms elsewhere."""
        return None

    def optimize(self) -> None:
        """Tidy the index after a bulk load (``add_many``); a no-op where not needed."""
        return None

    def writing(self) -> AbstractContextManager[None]:
        """A run of many ``add`` calls; nothing to do where each commit is complete."""
        return nullcontext()

    # --- writing -------------------------------------------------------------------

    def _insert(self, cur: Any, table: str, row: dict[str, Any], returning: str | None = None,
                conflict: str | None = None) -> Any:
        columns = ", ".join(row)
        values = ", ".join(
            v.sql if isinstance(v, Raw) else "?" for v in row.values()
        )
        params = [v.param if isinstance(v, Raw) else v for v in row.values()]
        sql = f"INSERT INTO {table} ({columns}) VALUES ({values})"
        if conflict:
            sql += f" ON CONFLICT ({conflict}) DO NOTHING"
        if returning:
            sql += f" RETURNING {returning}"
        cur.execute(self._sql(sql), params)
        return cur.fetchone() if returning else None

    def _insert_many(self, cur: Any, table: str, rows: list[dict[str, Any]]) -> None:
        """One INSERT for many rows (psycopg pipelines them: one round trip, not N)."""
        if not rows:
            return
        columns = list(rows[0])
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        cur.executemany(self._sql(sql), [[row[c] for c in columns] for row in rows])

    def add(self, article: Article, analysis: Analysis, *,
            prepared: Prepared | None = None) -> bool:
        """Store one article and its analysis in one transaction.

        Args:
            prepared: ``store.prepared.prepare(article, analysis)`` when the caller has
                done that work already (a parallel ingest does it in its workers).

        Returns:
            False (and changes nothing) if the article id is already stored.
        """
        args = self._prepare(article, analysis, prepared)
        self._before_write([article])
        try:
            with self._write() as cur:
                return self._add(cur, *args)
        except BaseException:
            # The index may hold the article whose transaction just rolled back.
            self._reset_near_duplicates()
            raise

    def add_many(self, pairs: Iterable[tuple[Article, Analysis]],
                 batch_size: int = BULK_BATCH) -> int:
        """Store many articles, ``batch_size`` per transaction (bulk loads).

        Each article is still whole or absent: a batch commits all its articles or, on
        an error or a crash, none of them, and a rerun stores the rest (articles already
        stored are skipped, as by ``add``). Readers see a batch at once when it commits.
        Call ``optimize`` after a large load.

        Returns:
            The number of articles stored (ids already present are not counted).
        """
        stored = 0
        batch: list[tuple[Any, ...]] = []
        for article, analysis in pairs:
            batch.append(self._prepare(article, analysis))
            if len(batch) >= batch_size:
                stored += self._add_batch(batch)
                batch = []
        if batch:
            stored += self._add_batch(batch)
        return stored

    def _add_batch(self, batch: list[tuple[Any, ...]]) -> int:
        self._before_write([args[0] for args in batch])
        try:
            with self._write() as cur:
                return sum(self._add(cur, *prepared) for prepared in batch)
        except BaseException:
            self._reset_near_duplicates()
            raise

    def _prepare(self, article: Article, analysis: Analysis,
                 prepared: Prepared | None = None) -> tuple[Any, ...]:
        """Everything ``_add`` writes that can be computed before the transaction (CPU
        work should not hold the write lock); ``prepared`` if the caller did it."""
        if prepared is not None:
            if prepared.article != article or prepared.analysis != analysis:
                raise ValueError(f"prepared is not of article {article.id!r} as given")
            return prepared.args()
        return prepare(article, analysis).args()

    def _add(self, cur: Any, article: Article, analysis: Analysis, title_tokens: list[Token],
             body_tokens: list[Token], quote_tokens: list[list[Token]], checksum: str,
             text_signature: bytes) -> bool:
        d = self.date_param
        row = self._insert(cur, "articles", {
            "id": article.id,
            "date_first": d(article.published),
            "date_last": d(article.published_last),
            "precision": article.precision,
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "outlet_key": name_key(article.outlet) if article.outlet else None,
            "path": article.path,
            "byline": article.byline,
            "text": self._store_text(article.text),
            "pipeline": analysis.pipeline,
            "sentences": self._store_json([[s.start, s.end] for s in analysis.sentences]),
            "lemmas": self._store_json(list(analysis.lemmas)),
            "analyzer": f"{ANALYZER_VERSION}+{lexicon_id()}",  # the words it was indexed by
            "checksum": checksum,
            "signature": self._store_signature(text_signature),
            **self._extra_article_columns(),
        }, returning="num", conflict="id")
        if row is None:
            return False
        num = row[0]
        self._after_article(cur, num, article, title_tokens, body_tokens)
        group = self._near_duplicate_group(cur, num, article.id, text_signature)
        if group is not None:
            cur.execute(self._sql("UPDATE articles SET near_duplicate_group = ? "
                                  "WHERE num = ?"), [group, num])
        self._insert_many(cur, "article_sources", [
            {"article": num, "position": i, "source": source, "source_key": name_key(source)}
            for i, source in enumerate(article.sources)])
        self._add_people(cur, num, analysis.people)
        speakers = self._link_entities(cur, num, article, analysis)
        self._add_office_evidence(cur, num, analysis.offices)
        for i, (quote, tokens) in enumerate(zip(analysis.quotes, quote_tokens, strict=True)):
            qrow = self._insert(cur, "quotes", {
                "article": num, "position": i, "kind": quote.kind, "text": quote.text,
                "speaker": quote.speaker,
                "speaker_key": name_key(quote.speaker) if quote.speaker else None,
                "speaker_surname": surname_key(quote.speaker) if quote.speaker else None,
                "speaker_entity": speakers.get(name_key(quote.speaker))
                if quote.speaker else None,
                "speaker_mention": quote.speaker_mention, "cue": quote.cue,
                "start_char": quote.start, "end_char": quote.end,
                "evidence": quote.evidence, "confidence": quote.confidence,
                **self._quote_index(tokens),
            }, returning="id")
            self._after_quote(cur, qrow[0], tokens)
        self._insert_many(cur, "entities", [
            {"article": num, "position": i, "text": e.text, "label": e.label,
             "start_char": e.start, "end_char": e.end, "canonical": e.canonical,
             "canonical_key": name_key(e.canonical or e.text), "form": e.form}
            for i, e in enumerate(analysis.entities)])
        for table, names in (("places", analysis.places),
                             ("organisations", analysis.organisations)):
            self._insert_many(cur, table, [
                {"article": num, "position": i, "name": name, "name_key": name_key(name)}
                for i, name in enumerate(names)])
        self._insert_many(cur, "time_expressions", [
            {"article": num, "position": i, "text": t.text, "start_char": t.start,
             "end_char": t.end, "earliest": d(t.earliest) if t.earliest else None,
             "latest": d(t.latest) if t.latest else None, "granularity": t.granularity}
            for i, t in enumerate(analysis.time_expressions)])
        self._insert_many(cur, "definitions", [
            {"article": num, "position": i, "term": df.term, "definition": df.definition,
             "start_char": df.start, "end_char": df.end}
            for i, df in enumerate(analysis.definitions)])
        return True

    def _extra_article_columns(self) -> dict[str, Any]:
        return {}

    def _add_people(self, cur: Any, num: int, people: tuple[Person, ...]) -> None:
        # Insert new names in sorted order: concurrent writers then take row locks in the
        # same order and cannot deadlock on each other's new people.
        ids: dict[str, int] = {}
        for name in sorted({p.name for p in people}):
            self._insert(cur, "people", {"name": name, "name_key": name_key(name),
                                         "surname_key": surname_key(name)}, conflict="name")
            cur.execute(self._sql("SELECT id FROM people WHERE name = ?"), [name])
            ids[name] = cur.fetchone()[0]
        self._insert_many(cur, "article_people", [
            {"article": num, "position": i, "person": ids[p.name],
             "roles": json.dumps(list(p.roles), ensure_ascii=False),
             "mentions": p.mentions, "gender": p.gender}
            for i, p in enumerate(people)])

    def has(self, article_id: str) -> bool:
        with self._read() as cur:
            cur.execute(self._sql("SELECT 1 FROM articles WHERE id = ?"), [article_id])
            return cur.fetchone() is not None

    # --- pages of hits (both backends) ----------------------------------------------

    def _hits(self, rows: list[Any], sources: dict[int, tuple[str, ...]], matcher: Any,
              markers: tuple[str, str] | None) -> list[SearchHit]:
        """Search hits from rows of (num, id, date_first, precision, title, outlet, path,
        text, score)."""
        return [
            SearchHit(
                article_id=r[1], date=date_label(r[2], r[3]), title=r[4],
                snippet=snippet(self._load_text(r[7]), matcher, markers or self.markers),
                score=round(float(r[8]), 6), outlet=r[5], sources=sources.get(r[0], ()),
                path=r[6])
            for r in rows
        ]

    def _page_rows(self, cur: Any, top: list[tuple[int, float]],
                   resort: bool = True) -> list[Any]:
        """The article rows of a page of (num, score): in the given order, or with
        ``resort`` best first with ties by date (newest first) and id."""
        if not top:
            return []
        scores = dict(top)
        marks = ", ".join("?" for _ in top)
        cur.execute(self._sql(
            "SELECT a.num, a.id, a.date_first, a.precision, a.title, a.outlet, a.path, a.text "
            f"FROM articles a WHERE a.num IN ({marks})"), [num for num, _ in top])
        rows = [(*r, scores[r[0]]) for r in cur.fetchall()]
        if not resort:
            position = {num: i for i, (num, _) in enumerate(top)}
            rows.sort(key=lambda r: position[r[0]])
            return rows
        # date_first is ISO text or a date: both sort by day. Newest first on ties, then
        # the last stored (as ``_order``).
        rows.sort(key=lambda r: (r[8], str(r[2] or ""), r[0]), reverse=True)  # undated last
        return rows

    def _sources(self, cur: Any, nums: list[int]) -> dict[int, tuple[str, ...]]:
        if not nums:
            return {}
        marks = ", ".join("?" for _ in nums)
        cur.execute(self._sql(f"SELECT article, source FROM article_sources WHERE article IN "
                              f"({marks}) ORDER BY article, position"), nums)
        out: dict[int, tuple[str, ...]] = {}
        for num, source in cur.fetchall():
            out[num] = (*out.get(num, ()), source)
        return out

    # --- reading everything back ---------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts of stored things (and the schema version)."""
        queries = {
            "articles": "SELECT count(*) FROM articles",
            "quotes": "SELECT count(*) FROM quotes",
            "people": "SELECT count(*) FROM people",
            "speakers": "SELECT count(DISTINCT speaker_key) FROM quotes",
            "entities": "SELECT count(*) FROM entities",
            "places": "SELECT count(DISTINCT name_key) FROM places",
            "organisations": "SELECT count(DISTINCT name_key) FROM organisations",
            "sources": "SELECT count(DISTINCT source_key) FROM article_sources",
            "outlets": "SELECT count(DISTINCT outlet_key) FROM articles",
            "time_expressions": "SELECT count(*) FROM time_expressions",
            "definitions": "SELECT count(*) FROM definitions",
            "linked_entities": "SELECT count(*) FROM archive_entities",
            "office_holdings": "SELECT count(*) FROM office_holdings",
            "near_duplicates": "SELECT count(*) FROM articles "
                               "WHERE near_duplicate_group IS NOT NULL",
            "schema_version": "SELECT coalesce(max(version), 0) FROM schema_version",
        }
        out = {}
        with self._read() as cur:
            for name, sql in queries.items():
                cur.execute(sql)
                out[name] = int(cur.fetchone()[0])
        return out

    def iter_records(self) -> Iterator[tuple[Article, Analysis]]:
        """Every stored article and its analysis, in the order they were stored (so an
        archive loaded from them forms the same near-duplicate groups)."""
        last = 0
        while True:
            with self._read() as cur:
                cur.execute(self._sql(
                    "SELECT num, id, date_first, precision, title, url, outlet, path, byline, "
                    "text, pipeline, sentences, lemmas FROM articles "
                    "WHERE num > ? ORDER BY num LIMIT ?"), [last, _PAGE])
                rows = cur.fetchall()
                records = [self._record(cur, row) for row in rows]
            yield from records
            if len(rows) < _PAGE:
                return
            last = rows[-1][0]

    def record(self, article_id: str) -> tuple[Article, Analysis] | None:
        """One stored article and its analysis (as the pipeline wrote it), or None."""
        with self._read() as cur:
            cur.execute(self._sql(
                "SELECT num, id, date_first, precision, title, url, outlet, path, byline, "
                "text, pipeline, sentences, lemmas FROM articles WHERE id = ?"), [article_id])
            row = cur.fetchone()
            return None if row is None else self._record(cur, row)

    def copies(self, article_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """The other articles of an article's near-duplicate group (wire copies), oldest
        first: id, date, title, outlet."""
        with self._read() as cur:
            cur.execute(self._sql("SELECT coalesce(near_duplicate_group, id) FROM articles "
                                  "WHERE id = ?"), [article_id])
            row = cur.fetchone()
            if row is None:
                return []
            cur.execute(self._sql(
                "SELECT id, date_first, precision, title, outlet FROM articles "
                "WHERE (id = ? OR near_duplicate_group = ?) AND id <> ? "
                "ORDER BY date_first, num LIMIT ?"), [row[0], row[0], article_id, limit])
            return [{"id": r[0], "date": date_label(r[1], r[2]), "title": r[3],
                     "outlet": r[4]} for r in cur.fetchall()]

    def _children(self, cur: Any, table: str, columns: str, num: int) -> list[Any]:
        cur.execute(self._sql(f"SELECT {columns} FROM {table} WHERE article = ? "
                              "ORDER BY position"), [num])
        return cur.fetchall()

    def _record(self, cur: Any, row: Any) -> tuple[Article, Analysis]:
        num = row[0]
        sources = tuple(r[0] for r in self._children(cur, "article_sources", "source", num))
        article = Article(
            id=row[1], text=self._load_text(row[9]), published=as_date(row[2]),
            precision=row[3], title=row[4], url=row[5], outlet=row[6], path=row[7],
            sources=sources, byline=row[8])
        cur.execute(self._sql(
            "SELECT p.name, ap.roles, ap.mentions, ap.gender FROM article_people ap "
            "JOIN people p ON p.id = ap.person WHERE ap.article = ? ORDER BY ap.position"), [num])
        people = tuple(Person(name=r[0], roles=tuple(json.loads(r[1])), mentions=r[2],
                              gender=r[3]) for r in cur.fetchall())
        quotes = tuple(
            Quote(kind=r[0], text=r[1], speaker=r[2], speaker_mention=r[3], cue=r[4],
                  start=r[5], end=r[6], evidence=r[7], confidence=r[8])
            for r in self._children(cur, "quotes", "kind, text, speaker, speaker_mention, cue, "
                                    "start_char, end_char, evidence, confidence", num))
        entities = tuple(
            Entity(text=r[0], label=r[1], start=r[2], end=r[3], canonical=r[4], form=r[5])
            for r in self._children(cur, "entities",
                                    "text, label, start_char, end_char, canonical, form", num))
        times = tuple(
            TimeExpression(text=r[0], start=r[1], end=r[2],
                           earliest=as_date(r[3]), latest=as_date(r[4]), granularity=r[5])
            for r in self._children(cur, "time_expressions",
                                    "text, start_char, end_char, earliest, latest, granularity",
                                    num))
        definitions = tuple(
            Definition(term=r[0], definition=r[1], start=r[2], end=r[3])
            for r in self._children(cur, "definitions", "term, definition, start_char, end_char",
                                    num))
        offices = tuple(
            OfficeHolding(office=r[0], scope=r[1], holder=r[2], first_seen=as_date(r[3]),
                          last_seen=as_date(r[4]), source=r[5])
            for r in self._children(cur, "article_offices",
                                    "office, scope, holder, first_seen, last_seen, source", num))
        analysis = Analysis(
            article_id=row[1], pipeline=row[10],
            sentences=tuple(Sentence(s, e) for s, e in self._load_json(row[11])),
            quotes=quotes, people=people,
            organisations=tuple(r[0] for r in self._children(cur, "organisations", "name", num)),
            places=tuple(r[0] for r in self._children(cur, "places", "name", num)),
            entities=entities, time_expressions=times, definitions=definitions,
            lemmas=tuple(self._load_json(row[12])), offices=offices)
        return article, analysis

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...


class Raw:
    """A column value written as SQL with one parameter, e.g. ``?::tsvector``."""

    def __init__(self, sql: str, param: Any) -> None:
        self.sql = sql
        self.param = param
