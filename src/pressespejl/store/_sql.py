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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date
from typing import Any

from pressespejl.search.danish import (
    ANALYZER_VERSION,
    lexicon_id,
    name_key,
    surname_key,
)
from pressespejl.search.highlight import snippet
from pressespejl.store._chunks import chunked
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

    def _quote_index(self, terms: Any) -> dict[str, Any]:
        """Extra quote columns holding the quote's index terms."""
        return {}

    def _after_articles(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        """Write the articles' index terms elsewhere (the tantivy index on SQLite, the
        search table on PostgreSQL)."""
        return None

    def _begin_batch(self, cur: Any) -> None:
        """Runs first in a write batch's transaction (PostgreSQL takes its writers' lock
        there)."""
        return None

    def _before_write(self, articles: list[Article]) -> None:
        """Runs before the transaction that adds these articles (outside it)."""
        return None

    # How the large article columns are read (the SQLite archive compresses them,
    # store/_compact.py, when ``store.prepared`` encodes them); PostgreSQL keeps them
    # plain and lets TOAST compress.

    def _load_text(self, value: Any) -> str:
        return str(value)

    def _load_json(self, value: Any) -> Any:
        return json.loads(value)

    def _load_signature(self, value: Any) -> bytes:
        return bytes(value)

    def _load_sentences(self, value: Any) -> list[tuple[int, int]]:
        return [(int(s), int(e)) for s, e in self._load_json(value)]

    # Where an article's entity mentions and time expressions live: rows of their own
    # tables here (PostgreSQL); compact columns of the article row on SQLite (schema 11).

    def _mention_columns(self, p: Prepared) -> dict[str, Any]:
        """Article-row columns holding its mentions; {} where they are rows."""
        return {}

    def _write_mentions(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        d = self.date_param
        self._insert_many(cur, "entities", [
            {"article": num, "position": i, "text": e.text, "label": e.label,
             "start_char": e.start, "end_char": e.end, "canonical": e.canonical,
             "canonical_key": name_key(e.canonical or e.text), "form": e.form}
            for num, p in added for i, e in enumerate(p.analysis.entities)])
        self._insert_many(cur, "time_expressions", [
            {"article": num, "position": i, "text": t.text, "start_char": t.start,
             "end_char": t.end, "earliest": d(t.earliest) if t.earliest else None,
             "latest": d(t.latest) if t.latest else None, "granularity": t.granularity}
            for num, p in added for i, t in enumerate(p.analysis.time_expressions)])

    def _stored_quote_text(self, text: str, quote: Quote) -> str:
        """What the quotes table keeps of a quote's text (all of it here; SQLite keeps
        '' for a quote that is exactly its span of the article ``text``)."""
        return quote.text

    def _quote_text(self, stored: str, article_text: Any, start: int, end: int) -> str:
        """A quote's text from its stored value: '' is the span of its article's text
        (``article_text`` as stored, read only then)."""
        return stored if stored else self._load_text(article_text)[start:end]

    def _read_mentions(self, cur: Any, num: int, text: str
                       ) -> tuple[tuple[Entity, ...], tuple[TimeExpression, ...]]:
        """The entity mentions and time expressions of article ``num`` (its ``text``)."""
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
        return entities, times

    def _after_quotes(self, cur: Any, quotes: dict[int, Any]) -> None:
        """Write the index terms of new quotes (quote id -> terms) elsewhere."""
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

    def _insert_many(self, cur: Any, table: str, rows: list[dict[str, Any]],
                     conflict: str | None = None) -> None:
        """One INSERT for many rows (psycopg pipelines them: one round trip, not N).
        A ``Raw`` value in the first row gives its column's SQL for every row."""
        if not rows:
            return
        columns = list(rows[0])
        raw = [isinstance(v, Raw) for v in rows[0].values()]
        values = ", ".join(v.sql if isinstance(v, Raw) else "?" for v in rows[0].values())
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values})"
        if conflict:
            sql += f" ON CONFLICT ({conflict}) DO NOTHING"
        if any(raw):
            params = [[v.param if r else v for v, r in zip(row.values(), raw, strict=True)]
                      for row in rows]
        else:  # every row's dict has the columns of the first, in the same order
            params = [tuple(row.values()) for row in rows]
        cur.executemany(self._sql(sql), params)

    def add(self, article: Article, analysis: Analysis, *,
            prepared: Prepared | None = None) -> bool:
        """Store one article and its analysis in one transaction.

        Args:
            prepared: ``store.prepared.prepare(article, analysis, store.backend)`` when the
                caller has done that work already (a parallel ingest does it in its
                workers).

        Returns:
            False (and changes nothing) if the article id is already stored.
        """
        with self.batch([article]) as batch:
            return batch.add(article, analysis, prepared=prepared)

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
        chunk: list[Prepared] = []
        for article, analysis in pairs:
            chunk.append(self._prepare(article, analysis))
            if len(chunk) >= batch_size:
                stored += self._add_prepared(chunk)
                chunk = []
        if chunk:
            stored += self._add_prepared(chunk)
        return stored

    def _add_prepared(self, chunk: list[Prepared]) -> int:
        with self.batch([p.article for p in chunk]) as batch:
            return sum(batch.add(p.article, p.analysis, prepared=p) for p in chunk)

    @contextmanager
    def batch(self, articles: Sequence[Article] = ()) -> Iterator[WriteBatch]:
        """Many articles in one write transaction (``WriteBatch``), committed when the
        block ends; an exception rolls all of them back.

        Args:
            articles: the articles the batch will add, when known (PostgreSQL creates
                their month partitions first, outside the transaction).
        """
        self._before_write(list(articles))
        try:
            with self._write() as cur:
                self._begin_batch(cur)
                batch = WriteBatch(self, cur)
                yield batch
                batch.finish()
        except BaseException:
            # The index may hold articles whose transaction just rolled back.
            self._reset_near_duplicates()
            raise

    def _prepare(self, article: Article, analysis: Analysis,
                 prepared: Prepared | None = None) -> Prepared:
        """Everything the write computes before the transaction (CPU work should not
        hold the write lock); ``prepared`` if the caller did it."""
        if prepared is not None:
            if prepared.article != article or prepared.analysis != analysis:
                raise ValueError(f"prepared is not of article {article.id!r} as given")
            if prepared.backend != self.backend:
                raise ValueError(f"prepared is for {prepared.backend}, this archive is "
                                 f"{self.backend} (prepare(..., store.backend))")
            return prepared
        return prepare(article, analysis, self.backend)

    def _insert_article(self, cur: Any, p: Prepared) -> int | None:
        """The article's row; its ``num``, or None if its id is stored already."""
        article, analysis, d = p.article, p.analysis, self.date_param
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
            "text": p.columns["text"],
            "pipeline": analysis.pipeline,
            "sentences": p.columns["sentences"],
            "lemmas": p.columns["lemmas"],
            "analyzer": f"{ANALYZER_VERSION}+{lexicon_id()}",  # the words it was indexed by
            "checksum": p.checksum,
            "signature": p.columns["signature"],
            **self._mention_columns(p),
            **self._extra_article_columns(),
        }, returning="num", conflict="id")
        return None if row is None else int(row[0])

    def _write_batch(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        """Everything but the article rows and office evidence of a batch's new articles
        (``WriteBatch.finish``): one statement per table for the whole batch."""
        if not added:
            return
        self._after_articles(cur, added)
        groups = self._near_duplicate_groups(cur, [(num, p.article.id, p.signature)
                                                   for num, p in added])
        cur.executemany(self._sql("UPDATE articles SET near_duplicate_group = ? "
                                  "WHERE num = ?"), [(g, num) for num, g in groups.items()])
        self._insert_many(cur, "article_sources", [
            {"article": num, "position": i, "source": source, "source_key": name_key(source)}
            for num, p in added for i, source in enumerate(p.article.sources)])
        self._add_people(cur, [(num, p.analysis.people) for num, p in added])
        speakers = self._link_batch(cur, [(num, p.article, p.mentions) for num, p in added])
        self._insert_many(cur, "quotes", [
            {"article": num, "position": i, "kind": quote.kind,
             "text": self._stored_quote_text(p.article.text, quote),
             "speaker": quote.speaker,
             "speaker_key": name_key(quote.speaker) if quote.speaker else None,
             "speaker_surname": surname_key(quote.speaker) if quote.speaker else None,
             "speaker_entity": known.get(name_key(quote.speaker))
             if quote.speaker else None,
             "speaker_mention": quote.speaker_mention, "cue": quote.cue,
             "start_char": quote.start, "end_char": quote.end,
             "evidence": quote.evidence, "confidence": quote.confidence,
             **self._quote_index(terms)}
            for (num, p), known in zip(added, speakers, strict=True)
            for i, (quote, terms) in enumerate(zip(p.analysis.quotes, p.quote_terms,
                                                   strict=True))])
        if any(p.analysis.quotes for _, p in added):
            terms_of = {(num, i): t for num, p in added for i, t in enumerate(p.quote_terms)}
            nums = [num for num, p in added if p.analysis.quotes]
            cur.execute(self._sql(
                f"SELECT id, article, position FROM quotes WHERE article IN "
                f"({', '.join('?' for _ in nums)})"), nums)
            self._after_quotes(cur, {int(r[0]): terms_of[(r[1], r[2])]
                                     for r in cur.fetchall()})
        self._write_mentions(cur, added)
        for table, field in (("places", "places"), ("organisations", "organisations")):
            self._insert_many(cur, table, [
                {"article": num, "position": i, "name": name, "name_key": name_key(name)}
                for num, p in added for i, name in enumerate(getattr(p.analysis, field))])
        self._insert_many(cur, "definitions", [
            {"article": num, "position": i, "term": df.term, "definition": df.definition,
             "start_char": df.start, "end_char": df.end}
            for num, p in added for i, df in enumerate(p.analysis.definitions)])

    def _extra_article_columns(self) -> dict[str, Any]:
        return {}

    def _add_people(self, cur: Any, people: list[tuple[int, tuple[Person, ...]]]) -> None:
        """The people of a batch's articles: new names first, in sorted order (concurrent
        writers then take row locks in one order and cannot deadlock on each other's new
        people), then each article's rows."""
        names = sorted({p.name for _, persons in people for p in persons})
        if not names:
            return
        self._insert_many(cur, "people", [
            {"name": name, "name_key": name_key(name), "surname_key": surname_key(name)}
            for name in names], conflict="name")
        ids: dict[str, int] = {}
        for part in chunked(names):
            cur.execute(self._sql(f"SELECT id, name FROM people WHERE name IN "
                                  f"({', '.join('?' for _ in part)})"), part)
            ids.update((r[1], int(r[0])) for r in cur.fetchall())
        self._insert_many(cur, "article_people", [
            {"article": num, "position": i, "person": ids[p.name],
             "roles": json.dumps(list(p.roles), ensure_ascii=False),
             "mentions": p.mentions, "gender": p.gender}
            for num, persons in people for i, p in enumerate(persons)])

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
        out = self._stats_counted_apart()
        with self._read() as cur:
            for name, sql in queries.items():
                if name in out:
                    continue
                cur.execute(sql)
                out[name] = int(cur.fetchone()[0])
        return out

    def _stats_counted_apart(self) -> dict[str, int]:
        """The ``stats`` counts a backend counts its own way instead of with the
        queries of ``stats`` (none here: every count is one of those queries)."""
        return {}

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
            Quote(kind=r[0], text=r[1] or article.text[r[5]:r[6]], speaker=r[2],
                  speaker_mention=r[3], cue=r[4], start=r[5], end=r[6], evidence=r[7],
                  confidence=r[8])
            for r in self._children(cur, "quotes", "kind, text, speaker, speaker_mention, cue, "
                                    "start_char, end_char, evidence, confidence", num))
        entities, times = self._read_mentions(cur, num, article.text)
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
            sentences=tuple(Sentence(s, e) for s, e in self._load_sentences(row[11])),
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


class WriteBatch:
    """Articles stored in one write transaction (``SqlStore.batch``).

    ``add`` writes an article's row and its office evidence at once, so reads through the
    store inside the batch (``has``, ``office_holdings``: an ingest resolving the next
    article's titles) see them; everything else (sources, people, entities, quotes,
    near-duplicate groups, index terms) is written for the whole batch when it ends, one
    statement per table instead of about ninety per article.
    """

    def __init__(self, store: SqlStore, cur: Any) -> None:
        self._store, self._cur = store, cur
        self.added: list[tuple[int, Prepared]] = []
        self._ids: set[str] = set()

    def add(self, article: Article, analysis: Analysis, *,
            prepared: Prepared | None = None) -> bool:
        """Add one article; False (and nothing changes) if its id is stored already."""
        p = self._store._prepare(article, analysis, prepared)
        if article.id in self._ids:
            return False
        num = self._store._insert_article(self._cur, p)
        if num is None:
            return False
        self._ids.add(article.id)
        self._store._add_office_evidence(self._cur, num, analysis.offices)
        self.added.append((num, p))
        return True

    def finish(self) -> None:
        """Write the rest of the batch (before the transaction commits)."""
        self._store._write_batch(self._cur, self.added)


class Raw:
    """A column value written as SQL with one parameter, e.g. ``?::tsvector``."""

    def __init__(self, sql: str, param: Any) -> None:
        self.sql = sql
        self.param = param
