"""The team archive: PostgreSQL through psycopg 3 with a connection pool.

Same tables and the same Danish analysis as the SQLite archive, so a query gives the same
hits on both. Differences:

- Full text is a ``tsvector`` built in Python from ``search/danish.py`` (the
  analysis the built-in ``danish`` configuration cannot do: compound parts, aa = å) with
  weights A title stems, B body stems, C compound parts and aa-variants, D folded surface
  forms; compound parts share the position of their word. Queries compile to
  ``tsquery`` (``search/query.py::to_tsquery``). A column ``tsv_danish`` of the articles
  holds ``to_tsvector('danish', ...)`` for ad-hoc SQL. The article terms also hold a
  lexeme per two adjacent words of which one is common (``+plan+for``, schema 12), and
  article phrases name those pairs instead of the common words (``_pg_pairs``).
- The article terms live in a narrow table ``article_search (num, published, tsv)``,
  partitioned by month of publication (schema 8), so ranking never reads the wide
  article rows and a date filter reads only its months (``_pg_dates`` bounds the
  partition key by it). With the RUM extension
  (Debian's ``postgresql-15-rum``) its index hands out matches best first
  (``ORDER BY tsv <=> query LIMIT n``: RUM's ``ts_rank``-like score, computed in the
  index); quotes rank the same way. Without RUM the indexes are GIN and every match is
  ranked with ``ts_rank_cd``, which at a million articles takes seconds for a common
  word; ``PostgresStore.notice`` says so and the CLI prints it.
- Many writers may add at once: ``INSERT ... ON CONFLICT (id) DO NOTHING`` makes a second
  writer of the same article a no-op. A write batch (``SqlStore.batch``: an ingest
  stores 32 articles per transaction) adds its articles, entities and office rows in
  input order, so two writers whose batches share rows in another order would each wait
  for the other's; each batch's transaction therefore first takes an advisory lock
  (``WRITE_LOCK``): the writers' CPU work runs side by side, their transactions take
  turns.
- Migrations run under a transaction-level advisory lock, so processes that start
  together do not migrate twice.

Needs ``pip install 'pressespejl[postgres]'`` (psycopg and psycopg_pool).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from pressespejl.errors import BackendUnavailable, QueryError, StoreError
from pressespejl.search.danish import Token, name_key
from pressespejl.search.filters import Compiled, Scope, compile_query, condition, field_condition
from pressespejl.search.query import (
    And,
    Field,
    Node,
    Not,
    Or,
    Prefix,
    conjuncts,
    is_text,
    parse,
    to_tsquery,
)
from pressespejl.search.trend import TrendBy, buckets
from pressespejl.store import _pg_facet_cache
from pressespejl.store._pg_dates import PublishedBounds, published_bounds
from pressespejl.store._pg_filters import FILTER_CODES, filter_tsquery, terms_tsquery
from pressespejl.store._pg_pairs import article_tsquery, position_pairs
from pressespejl.store._sql import Raw
from pressespejl.store._sql_search import SqlSearchStore
from pressespejl.store.base import DEFAULT_MARKERS, FACETS, SearchResults
from pressespejl.store.migrations import pending
from pressespejl.store.prepared import Prepared
from pressespejl.types import Article, SearchQuery

TsqueryCompiler = Callable[[Node, str, str, str], str]
"""``to_tsquery`` or ``_pg_pairs.article_tsquery``: (node, word, phrase, prefix weights)."""

WEIGHTS = ("ABC", "AB", "ABD")
"""tsquery weights for (words, phrases, prefixes); see the module docstring.

Prefixes also look at stems because PostgreSQL merges a lexeme that is both a stem and a
surface form at one position into the higher weight; a stem is a prefix of its word, so
this matches what SQLite's surface-form column matches."""

RANK_WEIGHTS = "{0.05, 0.3, 0.5, 1.0}"
"""ts_rank_cd weights for D, C, B, A: title above body above compound parts."""


def has_prefix(node: Node) -> bool:
    """Whether a query holds a prefix term ("klima*") anywhere."""
    if isinstance(node, Prefix):
        return True
    if isinstance(node, And | Or):
        return any(has_prefix(c) for c in node.children)
    return isinstance(node, Not) and has_prefix(node.child)


def rum_safe_tsquery(node: Node, compile_: TsqueryCompiler = to_tsquery) -> str | None:
    """A tsquery the RUM index answers right that matches every row ``node`` matches
    (more rows are fine: the exact query filters them), or None when none exists.

    RUM (1.3, Debian's postgresql-15-rum) drops rows for a prefix with weights: on an
    archive of 200,000 articles ``'klima':*ABD`` found 24,590 rows through the index
    against 25,170 by reading every tsvector, while words with weights and prefixes
    without them agree. So the index is asked for the prefix without its weights. Under
    a NOT that would match fewer rows, not more: a NOT over a prefix gives no safe query
    (an AND leaves that part to the exact filter; an OR or a lone NOT cannot).
    """
    if isinstance(node, Prefix):
        return compile_(node, WEIGHTS[0], WEIGHTS[1], "")
    if isinstance(node, And):
        parts = [q for c in node.children if (q := rum_safe_tsquery(c, compile_)) is not None]
        return "(" + " & ".join(parts) + ")" if parts else None
    if isinstance(node, Or):
        parts = [rum_safe_tsquery(c, compile_) for c in node.children]
        return None if None in parts else "(" + " | ".join(parts) + ")"  # type: ignore[arg-type]
    if isinstance(node, Not) and has_prefix(node.child):
        return None
    return compile_(node, *WEIGHTS)


SEARCH_JOIN = ("article_search s JOIN articles a ON a.num = s.num "
               "AND s.published = coalesce(a.date_first, '-infinity')")
"""The search table joined to the article rows, with the publication date (the partition
key) in the join: the planner can find an article's search row by its primary key
(published, num) in one partition."""

RANKED_JOIN = "article_search s JOIN articles a ON a.num = s.num"
"""The FROM of a ranked article search."""

SEARCH_ROWS = "article_search s CROSS JOIN LATERAL (SELECT s.num) a (num)"
"""The search rows alone, for a page whose conditions read no article column: ``a.num``
(which the page's SELECT names) is ``s.num``. Joined to the article rows, PostgreSQL
estimated the join (on ``num`` and the publication date) at a few rows, so it sorted
every match for a page of 20 instead of reading the months newest first:
``"over for de" OR boliger source:Reuters`` at 599,730 articles 1,030 -> 40 ms."""

FACET_CODES = {"source": "s", "outlet": "o", "month": "m", "person": "p", "speaker": "q",
               "place": "l"}
"""The code that opens each facet value in ``article_search.facets`` (schema 10)."""

CACHED_DAYS = ("SELECT 'd', substr(entry, 2), n, '' FROM facet_counts "
               "WHERE n > 0 AND left(entry, 1) = 'd'")
"""Articles per day of the whole archive, from the counts cache (schema 11)."""

FACET_BY_ENTRY = True
"""Facets of a query count each whole facet value (``<code><key> US <name>``) and split
the distinct ones into key and name, instead of splitting every match's values before
counting: a word in 52,970 of 199,930 articles (983,160 values) 622 -> 447 ms in the
counting (bench/README.md, "PostgreSQL at 199,930 articles: facets"). False: the old
statement, for the A/B (``bench.facet_cache_ab``)."""

FILTER_FIRST_MAX = 12_000
"""A text query with a speaker, place or source filter starts from that filter's
articles when its rows (quotes by speaker key or surname, places, sources) number at
most this: each candidate's search row is then found by its primary key and its terms
checked, about 60 µs per article, instead of joining every match of the words to the
filter's articles (``togene AND speaker:"Erik Winther"``, 130 articles: count 12 ms
instead of 80 ms at 200,000 articles; a speaker in 13,540 articles costs about the same
both ways). Over 90 filtered queries at 200,000 articles, interleaved, p50 / p95: never
528 / 1,844 ms, up to 4,000 rows 319 / 1,561, up to 12,000 rows 236 / 1,167
(``python -m bench.filter_first_ab``, bench/README.md)."""

FILTER_FIRST_ROWS = {
    "speaker": ("quotes fq", ("fq.speaker_key", "fq.speaker_surname")),
    "place": ("places fp", ("fp.name_key",)),
    "source": ("article_sources fs", ("fs.source_key",)),
}
"""Per filter a filter-first search can start from: its table (rows with ``article``)
and the indexed key columns any of which may match (search/filters.py, field_condition)."""


class FilterFirstFrom(str):
    """The FROM clause of a filter-first search (:func:`filter_first_from`): a string that
    says what it is, so the search that gets it knows without reading its SQL."""


def filter_first_from(name: str) -> FilterFirstFrom:
    """The FROM of a filter-first search: the filter's articles (one ``= ANY (?)`` per key
    column), their rows, their search rows by primary key (the partition key in the
    join: ``SEARCH_JOIN``)."""
    table, columns = FILTER_FIRST_ROWS[name]
    alias = table.split()[1]
    match = " OR ".join(f"{c} = ANY (?)" for c in columns)
    return FilterFirstFrom(f"(SELECT DISTINCT {alias}.article AS num FROM {table} WHERE "
                           f"{match}) ff JOIN ({SEARCH_JOIN}) ON a.num = ff.num")


def is_filter_first(from_sql: str) -> bool:
    """Whether a FROM clause is one of :func:`filter_first_from`."""
    return isinstance(from_sql, FilterFirstFrom)


MIGRATION_LOCK = 0x70726573  # "pres": advisory lock id held while migrating
PARTITION_LOCK = 0x70617274  # "part": held while creating a month partition
WRITE_LOCK = 0x77726974  # "writ": held by each write batch's transaction

NO_RUM_NOTICE = (
    "PostgreSQL at {url} has no RUM index: search ranks every match with ts_rank_cd, which "
    "takes seconds per common word on a large archive. Install the rum extension (Debian: "
    "apt-get install postgresql-15-rum), run CREATE EXTENSION rum as a superuser, and "
    "recreate the indexes with `pressespejl reindex` (`pressespejl docs scaling`).")

MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
MAX_POSITIONS_PER_LEXEME = 255
MAX_LEXEME = 500  # characters; PostgreSQL refuses lexemes over 2 KB
TITLE_GAP = 8  # positions between title and body, so no phrase spans them


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def tsvector_literal(segments: list[tuple[list[Token], str]], word_pairs: bool = False) -> str:
    """A ``tsvector`` literal from analysed tokens.

    Args:
        segments: (tokens, weight of their stems) per field (title "A", body "B"),
            placed one after another with ``TITLE_GAP`` positions between them.
        word_pairs: add the pair lexemes of the common words (``_pg_pairs``, schema 12):
            the article terms have them, quotes not.
    """
    positions: dict[str, dict[int, str]] = {}

    def put(lexeme: str, position: int, weight: str) -> None:
        if not lexeme or len(lexeme) > MAX_LEXEME:
            return
        slots = positions.setdefault(lexeme, {})
        if len(slots) >= MAX_POSITIONS_PER_LEXEME and position not in slots:
            return
        if position not in slots or slots[position] > weight:  # "A" < "B": A wins
            slots[position] = weight

    offset = 0
    for tokens, weight in segments:
        for i, token in enumerate(tokens, start=1):
            pos = min(offset + i, MAX_POSITION)
            put(token.stem, pos, weight)
            for part in token.parts:
                put(part, pos, "C")
            put(token.norm, pos, "D")
        offset += len(tokens) + TITLE_GAP
    if word_pairs:
        positions.update(position_pairs(positions))
    out = []
    for lexeme, slots in positions.items():
        escaped = lexeme.replace("\\", "\\\\").replace("'", "''")
        out.append(f"'{escaped}':" + ",".join(f"{p}{w}" for p, w in sorted(slots.items())))
    return " ".join(out)


SEARCH_WORK_MEM = "64MB"
"""work_mem of the store's connections: the set of articles a word matches (a hashed
subplan under OR/NOT, facet counts) must fit, or PostgreSQL falls back to a rescan per
row. 64 MB holds the matches of a word in about a million articles."""


def _configure(conn: Any) -> None:
    conn.execute(f"SET work_mem = '{SEARCH_WORK_MEM}'")
    # No JIT compilation: a query over the month partitions of the search table with a
    # hashed subplan is estimated at millions of cost units, so PostgreSQL compiled
    # about 600 functions for it: 1.7 s of a 2.0 s boolean query at 200,000 articles
    # (bench/README.md, "PostgreSQL boolean queries"). JIT changes no result.
    conn.execute("SET jit = off")
    if not conn.autocommit:
        conn.commit()


def partition_name(month: date) -> str:
    """The search table's partition of a month: ``article_search_2022_01``."""
    return f"article_search_{month.year:04d}_{month.month:02d}"


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


@dataclass(frozen=True)
class _BoundedDialect:
    """A store as ``search/filters.py``'s dialect for one query: its text conditions
    read only the months the query's date filter allows (``_pg_dates``)."""

    store: PostgresStore
    bounds: PublishedBounds | None

    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]:
        return self.store._text_condition(node, scope, self.bounds)

    def can_rank(self, node: Node) -> bool:
        return self.store.can_rank(node)

    def date_param(self, day: date) -> Any:
        return self.store.date_param(day)


FILTER_TERMS = True
"""Whether article searches with a text match their speaker, place, source and outlet
filters as lexemes of the article terms (schema 12, ``_pg_filters``); False gives the
SQL conditions (and filter-first plans) of before, for ``bench.pg_shapes_ab``."""


PARTITION_ORDER = True
"""Whether pages ordered by date read the search table's partition key (schema 13,
``PostgresStore._page_order``); False orders by the article rows' dates as before, for
``bench.pg_shapes_ab``."""


def _newest_first(query: SearchQuery, ranked: bool) -> bool:
    """Whether a page of articles is ordered newest first (``SqlSearchStore._order``)."""
    return query.sort == "newest" or (query.sort == "relevance" and not ranked)


class PostgresStore(SqlSearchStore):
    """An archive in a PostgreSQL database (``postgresql://user@host:port/db``)."""

    backend = "postgres"
    collate_c = ' COLLATE "C"'
    least = "LEAST"
    greatest = "GREATEST"

    def __init__(
        self, url: str, markers: tuple[str, str] = DEFAULT_MARKERS, max_connections: int = 4,
        read_url: str | None = None,
    ) -> None:
        """Open (and migrate) the archive at ``url``.

        Args:
            read_url: a read-only replica of the same database (PostgreSQL streaming
                replication). Search, quotes, facets, trend and entity look-ups read
                there, so they do not compete with an ingest writing to ``url``; a
                replica is behind the primary by its replay lag. Reads that writing
                depends on (is an article stored, office holdings) stay on ``url``.
        """
        super().__init__(markers)
        self.url = url
        self.read_url = read_url
        self._local = threading.local()  # this thread's open write cursor (_write)
        self._listing: list[threading.Thread] = []  # save_search's cache listings
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise BackendUnavailable(
                "The PostgreSQL backend needs psycopg 3 and psycopg_pool: "
                "pip install 'pressespejl[postgres]'."
            ) from exc
        self._errors = psycopg.Error
        try:
            # One direct connection first: its error says why (auth, host, database),
            # where the pool would only time out.
            for target in (url, read_url) if read_url else (url,):
                psycopg.connect(target, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise BackendUnavailable(
                f"Cannot connect to PostgreSQL at {redact(target)}: {str(exc).strip()}"
            ) from exc
        self._pool = ConnectionPool(url, min_size=1, max_size=max_connections, open=False,
                                    kwargs={"autocommit": False}, configure=_configure)
        self._pool.open(wait=True, timeout=30)
        try:
            self._migrate()
            self.rum = self._index_method("article_search_tsv_idx") == "rum"
            self._distance = f"OPERATOR({self._extension_schema('rum')}.<=>)" if self.rum else ""
        except Exception:
            self._pool.close()
            raise
        self._replica = None
        if read_url:
            self._replica = ConnectionPool(read_url, min_size=1, max_size=max_connections,
                                           open=False, kwargs={"autocommit": True},
                                           configure=_configure)
            try:
                self._replica.open(wait=True, timeout=30)
            except Exception:
                self._replica.close()
                self._pool.close()
                raise
        self.rank_ascending = self.rum  # RUM orders by distance (smaller is better)
        self.notice: str | None = None if self.rum else NO_RUM_NOTICE.format(url=redact(url))
        self._months: set[date] = set()  # month partitions of article_search known to exist

    def _index_method(self, index: str) -> str | None:
        """The access method (gin, rum, ...) of an index of this archive's schema."""
        with self._read() as cur:
            cur.execute("SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                        "WHERE c.oid = to_regclass(%s)", [index])
            row = cur.fetchone()
        return str(row[0]) if row else None

    def _extension_schema(self, extension: str) -> str:
        with self._read() as cur:
            cur.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON "
                        "n.oid = e.extnamespace WHERE e.extname = %s", [extension])
            row = cur.fetchone()
        return '"' + str(row[0]).replace('"', '""') + '"' if row else "public"

    def _migrate(self) -> None:
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                        " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            cur.execute("SELECT coalesce(max(version), 0) FROM schema_version")
            current = cur.fetchone()[0]
            for migration in pending("postgres", current, f"at {redact(self.url)}"):
                try:
                    cur.execute(migration.sql)
                except self._errors as exc:
                    raise StoreError(
                        f"Migration {migration.version} ({migration.name}) failed on "
                        f"{redact(self.url)}: {exc}. The archive is unchanged."
                    ) from exc
                cur.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                            [migration.version, migration.name])

    @contextmanager
    def _write(self) -> Iterator[Any]:
        try:
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                previous, self._local.cursor = getattr(self._local, "cursor", None), cur
                try:
                    yield cur
                finally:
                    self._local.cursor = previous
        except self._errors as exc:
            raise StoreError(f"Writing to {redact(self.url)} failed: {exc}") from exc

    @contextmanager
    def _read(self) -> Iterator[Any]:
        """A cursor for reading; inside a write transaction of this thread, that
        transaction's (a write batch's reads see what it wrote, as on SQLite)."""
        writing = getattr(self._local, "cursor", None)
        if writing is not None:
            yield writing
            return
        try:
            with self._pool.connection() as conn, conn.cursor() as cur:
                yield cur
        except self._errors as exc:
            raise StoreError(f"Query failed on {redact(self.url)}: {exc}") from exc

    @contextmanager
    def _search_read(self) -> Iterator[Any]:
        if self._replica is None:
            with self._read() as cur:
                yield cur
            return
        try:
            with self._replica.connection() as conn, conn.cursor() as cur:
                yield cur
        except self._errors as exc:
            raise StoreError(f"Query failed on the replica {redact(self.read_url or '')}: "
                             f"{exc}") from exc

    def _sql(self, sql: str) -> str:
        # Our SQL has no literal % or ?; every ? is a parameter.
        return sql.replace("?", "%s")

    def date_param(self, day: date | None) -> date | None:
        return day

    def can_rank(self, node: Node) -> bool:
        return is_text(node)

    def _match(self, column: str, node: Node, scope: Scope, filters: str | None = None
               ) -> tuple[str, list[Any], str]:
        """The condition ``column`` matches ``node`` (and the filter lexemes ``filters``),
        its parameters, and the tsquery to rank by. The article terms have the common
        word pairs (schema 12), so their phrases are compiled to name them
        (``_pg_pairs.article_tsquery``). With RUM a prefix is matched through
        :func:`rum_safe_tsquery` and then checked exactly on an expression no index
        serves (``tsv || ''``)."""
        compile_ = article_tsquery if scope == "article" else to_tsquery

        def with_filters(query: str) -> str:
            return f"({query} & {filters})" if filters else query

        query = with_filters(compile_(node, *WEIGHTS))
        if not (self.rum and has_prefix(node)):
            return f"{column} @@ ?::tsquery", [query], query
        exact = f"({column} || ''::tsvector) @@ ?::tsquery"
        safe = rum_safe_tsquery(node, compile_)
        if safe is not None or filters:  # what the index can be asked
            safe = with_filters(safe) if safe is not None else filters
            return f"{column} @@ ?::tsquery AND {exact}", [safe, query], safe
        return exact, [query], query

    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]:
        return self._text_condition(node, scope, None)

    def _text_condition(self, node: Node, scope: Scope, bounds: PublishedBounds | None
                        ) -> tuple[str, list[Any]]:
        """``text_condition``; ``bounds``: the months every match of the whole query lies
        in, so the articles matching ``node`` are looked for in those months only."""
        if scope == "quote":
            condition, params, _ = self._match("q.tsv", node, scope)
            return condition, params
        # The matching articles, found once through the search table's index (a hashed
        # subplan): a per-row check would read every article's terms when the text sits
        # under an OR or NOT with filters.
        condition, params, _ = self._match("ts.tsv", node, scope)
        if bounds is not None:
            condition = f"{bounds.sql('ts')} AND {condition}"
        return f"a.num IN (SELECT ts.num FROM article_search ts WHERE {condition})", params

    def _compile(self, query: SearchQuery, scope: Scope) -> tuple[Compiled, str, str, list[Any]]:
        """As ``SqlSearchStore._compile``, with three differences for articles:

        - a date filter also bounds the search table's partition key (``_pg_dates``), so
          only its months are read;
        - what the article terms can answer (words, phrases and speaker, place, source and
          outlet filters, under AND, OR and NOT: ``_pg_filters``) is part of the
          tsquery matched against them, not SQL conditions on other tables;
        - a query whose only positive parts are such filters or text under OR
          (``"det gør" OR ledigheden source:Reuters``) reads the search table by that
          tsquery, ordered by date as before, instead of every article row.
        """
        bounds = published_bounds(query) if scope == "article" else None
        dialect = _BoundedDialect(self, bounds)
        if scope == "article" and FILTER_TERMS:
            compiled, terms = self._compile_terms(query, dialect)
        else:
            compiled, terms = compile_query(query, dialect, scope), None
        from_sql, match_where, params, _, _ = self._ranked(compiled.match, scope, terms)
        where = compiled.where_sql()
        if match_where:
            where = f"{match_where} AND {where}"
        elif terms is not None:  # no text to rank: the terms select, the date orders
            from_sql = SEARCH_JOIN
            where, params = f"s.tsv @@ ?::tsquery AND {where}", [terms]
        if bounds is not None and from_sql != "articles a":
            where = f"{bounds.sql('s')} AND {where}"
        params = params + compiled.params
        if scope == "article" and compiled.match is not None and terms is None:
            start = self._filter_first(query, compiled)
            if start is not None:
                # The filter stays in WHERE too (a cheap recheck per candidate).
                name, keys = start
                columns = len(FILTER_FIRST_ROWS[name][1])
                return compiled, filter_first_from(name), where, [*[keys] * columns, *params]
        return compiled, from_sql, where, params

    def _compile_terms(self, query: SearchQuery, dialect: _BoundedDialect
                       ) -> tuple[Compiled, str | None]:
        """``search.filters.compile_query`` for articles, except that the parts of the
        query the article terms can answer (``_pg_filters.terms_tsquery``: at the top
        level of the query's AND, and the query's own speaker, place, source and outlet
        lists) are returned as one tsquery (None: no such part) instead of as SQL
        conditions. Without a text to rank, they stay SQL unless one of them is positive
        (a tsquery of NOTs only would be checked on every article's terms)."""
        ast = parse(query.text)
        compiled = Compiled(ast)
        ranked: list[Node] = []
        folded: list[tuple[Node, str]] = []

        def text(node: Node) -> str:
            return article_tsquery(node, *WEIGHTS)

        for part in conjuncts(ast):
            if is_text(part) and not isinstance(part, Not) and self.can_rank(part):
                ranked.append(part)
            elif (terms := terms_tsquery(part, text)) is not None:
                folded.append((part, terms))
            else:
                compiled.add(*condition(part, "article", dialect))
        if ranked:
            compiled.match = ranked[0] if len(ranked) == 1 else And(tuple(ranked))
        if query.date_from or query.date_to:
            compiled.add(*field_condition("date", (), "article", dialect, query.date_from,
                                          query.date_to))
        lists: list[tuple[str, tuple[str, ...]]] = []
        for name, values in (("source", query.sources), ("outlet", query.outlets),
                             ("speaker", query.speakers), ("person", query.people),
                             ("place", query.places)):
            if values and name in FILTER_CODES:
                lists.append((name, tuple(values)))
            elif values:
                compiled.add(*field_condition(name, tuple(values), "article", dialect))
        groups = [(name, keys) for name, values in lists
                  if (keys := [k for k in (name_key(v) for v in values) if k])]
        if ranked or groups or any(not isinstance(part, Not) for part, _ in folded):
            parts = [terms for _, terms in folded]
            if groups_query := filter_tsquery(groups):
                parts.append(groups_query)
            return compiled, " & ".join(parts) if parts else None
        for part, _ in folded:  # NOTs only, no text: as SQL
            compiled.add(*condition(part, "article", dialect))
        for name, values in lists:  # values without keys: no condition (1=1)
            compiled.add(*field_condition(name, values, "article", dialect))
        return compiled, None

    def _search_page(self, cur: Any, query: SearchQuery, compiled: Compiled, from_sql: str,
                     where: str, params: list[Any], score_sql: str, score_params: list[Any],
                     matcher: Any, markers: tuple[str, str] | None, collapse: bool,
                     total: int, sparse: bool) -> SearchResults:
        # Starting from a speaker's articles, every match is scored and sorted anyway (no
        # walk in rank order to stop early), so ties are broken by date as for few matches.
        sparse = sparse or is_filter_first(from_sql)
        if (PARTITION_ORDER and from_sql == SEARCH_JOIN and not collapse
                and _newest_first(query, compiled.match is not None)
                and not re.search(r"\ba\.", where)):
            from_sql = SEARCH_ROWS
        return super()._search_page(cur, query, compiled, from_sql, where, params, score_sql,
                                    score_params, matcher, markers, collapse, total, sparse)

    def _page_order(self, query: SearchQuery, ranked: bool, from_sql: str, ties: bool,
                    collapse: bool) -> str:
        """Newest first by the search table's partition key when the page reads it:
        ``s.published`` is ``coalesce(a.date_first, '-infinity')`` and ``s.num`` is
        ``a.num``, so the order is the same as ``a.date_first DESC NULLS LAST, a.num
        DESC``, but PostgreSQL can read the month partitions newest first (their primary
        key is (published, num)) and stop after the page (schema 13), instead of
        sorting every match: ``"første gang" OR solceller source:Reuters`` at 200,000
        articles read and sorted 10,000+ matches for 20."""
        if (PARTITION_ORDER and _newest_first(query, ranked) and not collapse
                and "article_search s" in from_sql):
            return "s.published DESC, s.num DESC"
        return self._order(query, ranked, ties=ties)

    def _count(self, cur: Any, from_sql: str, where: str, params: list[Any]) -> int:
        # Every search row has its article row (a foreign key): a count whose conditions
        # read no article column needs no join (10,001 matches of a common phrase: the
        # join was 47 of 136 ms at 200,000 articles).
        if from_sql in (RANKED_JOIN, SEARCH_JOIN) and not re.search(r"\ba\.", where):
            from_sql = "article_search s"
        return super()._count(cur, from_sql, where, params)

    def _filter_first(self, query: SearchQuery, compiled: Compiled
                      ) -> tuple[str, list[str]] | None:
        """The filter (name, keys) a search should start from (the one with the fewest
        rows, at most FILTER_FIRST_MAX), or None. A filter qualifies when every match must
        satisfy it: the query's ``speakers``/``places``/``sources`` or a ``speaker:``,
        ``place:`` or ``source:`` at the top level of the query's AND."""
        fields = {"speaker": query.speakers, "place": query.places, "source": query.sources}
        groups = [(name, [name_key(v) for v in values]) for name, values in fields.items()
                  if values]
        groups += [(p.name, [name_key(p.value)]) for p in conjuncts(compiled.ast)
                   if isinstance(p, Field) and p.name in FILTER_FIRST_ROWS]
        best: tuple[int, str, list[str]] | None = None
        with self._search_read() as cur:
            for name, keys in groups:
                if not (keys := [k for k in keys if k]):
                    continue  # no condition (filters.field_condition: 1=1)
                # Rows, not articles: an index-only count per key column, capped.
                table, columns = FILTER_FIRST_ROWS[name]
                counts = [f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {c} = ANY "
                          "(%s) LIMIT %s) c)" for c in columns]
                cur.execute("SELECT " + " + ".join(counts),
                            [x for _ in columns for x in (keys, FILTER_FIRST_MAX + 1)])
                n = int(cur.fetchone()[0])
                if n <= FILTER_FIRST_MAX and (best is None or n < best[0]):
                    best = (n, name, keys)
        return (best[1], best[2]) if best else None

    def _ranked(self, match: Node | None, scope: Scope, filters: str | None = None
                ) -> tuple[str, str, list[Any], str, list[Any]]:
        """``SqlSearchStore._ranked``; ``filters``: a tsquery of filter lexemes the matches
        must have as well (``_pg_filters``), which the score leaves out."""
        if scope == "article":
            base, column = "articles a", "s.tsv"
            if match is not None:
                base = RANKED_JOIN
        else:
            base, column = "quotes q JOIN articles a ON a.num = q.article", "q.tsv"
        if match is None:
            return base, "", [], "0.0", []
        condition, params, _ = self._match(column, match, scope, filters)
        query = self._match(column, match, scope)[2]
        score = (f"({column} {self._distance} ?::tsquery)" if self.rum
                 else f"ts_rank_cd('{RANK_WEIGHTS}'::float4[], {column}, ?::tsquery, 1)")
        return base, condition, params, score, [query]

    # --- the search table, partitioned by month -------------------------------------

    def _before_write(self, articles: list[Article]) -> None:
        """Create the month partitions these articles need, each in its own short
        transaction: creating one locks the whole search table, which the article's
        transaction must not hold meanwhile."""
        months = {a.published.replace(day=1) for a in articles
                  if a.published is not None} - self._months
        if not months:
            return
        with self._write() as cur:
            cur.execute("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON "
                        "c.oid = i.inhrelid WHERE i.inhparent = 'article_search'::regclass")
            existing = {r[0] for r in cur.fetchall()}
        for month in sorted(months):
            name = partition_name(month)
            if name not in existing:
                with self._write() as cur:
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", [PARTITION_LOCK])
                    cur.execute(
                        f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF article_search FOR "
                        f"VALUES FROM ('{month.isoformat()}') TO "
                        f"('{next_month(month).isoformat()}')")
            self._months.add(month)

    def _begin_batch(self, cur: Any) -> None:
        # One write batch at a time (see the module docs): without it two ingests whose
        # batches overlap in another order deadlock, and PostgreSQL fails one of them.
        cur.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])

    def _write_batch(self, cur: Any, added: list[tuple[int, Prepared]]) -> None:
        super()._write_batch(cur, added)
        # The search rows come last: their facet values (schema 10) are read from the
        # rows just written. An undated article: '-infinity', in the default partition.
        # Their filter lexemes (schema 12) likewise: without positions, so || shifts none.
        cur.executemany("INSERT INTO article_search (num, published, tsv, facets) VALUES "
                        "(%s, coalesce(%s::date, '-infinity'), "
                        "%s::tsvector || article_filter_terms(%s), article_facet_keys(%s))",
                        [(num, p.article.published, p.article_terms, num, num)
                         for num, p in added])

    def _facet_rows(self, query: SearchQuery, limit: int, days: bool, cache: bool = True
                    ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[date, int]]]:
        """The facets counted over the facet values of the matching rows of the search
        table (``article_search.facets``, schema 10): one unnest, no join to the tables
        the values come from; for the whole archive (no text, no filter) read from the
        cached counts (schema 11) unless ``cache`` is False. Same counts and names as
        ``SqlSearchStore._facet_rows``."""
        compiled, from_sql, where, params = self._compile(query, "article")
        whole = compiled.match is None and not compiled.where and from_sql == "articles a"
        cached = None if whole or not cache else _pg_facet_cache.cached_counts(self, query)
        if cached is not None:
            # A cached query (schema 14): its counts per month, kept by a trigger.
            body, params = cached
            counted = ("counted AS MATERIALIZED (SELECT split_part(entry, chr(31), 1) AS k, "
                       "min(split_part(entry, chr(31), 2)) AS name, sum(n) AS n "
                       "FROM cq WHERE left(entry, 1) <> 'd' GROUP BY 1), ")
            per_day = (" UNION ALL SELECT 'd', substr(entry, 2), n, '' FROM cq "
                       "WHERE left(entry, 1) = 'd'") if days else ""
            head = f"WITH cq AS MATERIALIZED ({body}), "
        elif cache and whole:
            # The whole archive: the cached counts (schema 11), kept by a trigger.
            counted = ("counted AS MATERIALIZED (SELECT split_part(entry, chr(31), 1) AS k, "
                       "min(split_part(entry, chr(31), 2)) AS name, sum(n) AS n "
                       "FROM facet_counts WHERE n > 0 AND left(entry, 1) <> 'd' GROUP BY 1), ")
            per_day = f" UNION ALL {CACHED_DAYS}" if days else ""
            head, params = "WITH ", []
        else:
            # Without other conditions the article rows are not needed at all.
            if from_sql == "articles a" and (bounds := published_bounds(query)):
                where = f"{bounds.sql('s')} AND {where}"  # (else added by _compile)
            if not is_filter_first(from_sql):
                from_sql = "article_search s" if not re.search(r"\ba\.", where) else SEARCH_JOIN
            if FACET_BY_ENTRY:
                # Counted per whole value first, split into key and name per distinct
                # value only (an article has one value per key: the same counts).
                counted = ("by_entry AS MATERIALIZED (SELECT e AS entry, count(*) AS n "
                           "FROM matched, unnest(matched.facets) AS e GROUP BY e), "
                           "counted AS MATERIALIZED (SELECT split_part(entry, chr(31), 1) "
                           "AS k, min(split_part(entry, chr(31), 2)) AS name, sum(n) AS n "
                           "FROM by_entry GROUP BY 1), ")
            else:
                counted = ("counted AS MATERIALIZED (SELECT split_part(e, chr(31), 1) AS k, "
                           "min(split_part(e, chr(31), 2)) AS name, count(*) AS n "
                           "FROM matched, unnest(matched.facets) AS e GROUP BY 1), ")
            per_day = (" UNION ALL SELECT 'd', CAST(published AS text), count(*), '' "
                       "FROM matched WHERE published > '-infinity' GROUP BY published"
                       ) if days else ""
            head = (f"WITH matched AS MATERIALIZED (SELECT s.facets AS facets, s.published "
                    f"AS published FROM {from_sql} WHERE {where}), ")
        # The top of each facet by a top-N sort of its values (a window over all of them
        # sorted every value: 130 of 210 ms for the whole archive's 27,034 at 200,000
        # articles, under load).
        sql = (head + counted +
               "top AS (SELECT c.code, t.k, t.name, t.n FROM unnest(?::text[]) c (code), "
               "LATERAL (SELECT k, name, n FROM counted WHERE left(k, 1) = c.code "
               'ORDER BY n DESC, k COLLATE "C" LIMIT ?) t) '
               "SELECT code, CASE WHEN name = '' THEN substr(k, 2) ELSE name END, n, "
               f"substr(k, 2) FROM top{per_day}")
        facet_of = {code: facet for facet, code in FACET_CODES.items()}
        day_counts: list[tuple[date, int]] = []
        with self._search_read() as cur:
            cur.execute(self._sql(sql), [*params, list(facet_of), limit])
            rows = cur.fetchall()
        keyed: dict[str, list[tuple[int, str, str]]] = {facet: [] for facet in FACETS}
        for code, label, n, key in rows:
            if code == "d":
                day_counts.append((date.fromisoformat(label), int(n)))
            else:
                keyed[facet_of[code]].append((-int(n), key, str(label)))
        # most articles first, then by key (bytes)
        return ({facet: [(label, -n) for n, _, label in sorted(values)]
                 for facet, values in keyed.items()}, day_counts)

    def trend(self, query: SearchQuery, by: TrendBy = "month") -> list[tuple[str, int]]:
        compiled = compile_query(query, self, "article")
        if by in ("day", "week", "month") and compiled.match is not None:
            # A cached query (schema 14): its articles per day, kept by a trigger.
            per_day = _pg_facet_cache.days(self, query)
            if per_day is not None:
                return buckets(per_day, by)
        if by not in ("day", "week", "month") or compiled.match is not None or compiled.where:
            return super().trend(query, by)
        # The whole archive: the cached articles per day (schema 11).
        with self._search_read() as cur:
            cur.execute(CACHED_DAYS)
            rows = cur.fetchall()
        return buckets(((date.fromisoformat(r[1]), int(r[2])) for r in rows), by)

    def cache_facet_words(self, min_articles: int = _pg_facet_cache.FACET_WORDS_MIN,
                          limit: int | None = _pg_facet_cache.FACET_WORDS_LIMIT) -> int:
        """Keep facet counts (schema 14) for the ``limit`` most frequent words of about
        ``min_articles`` articles or more (function words aside), so the facets and
        trend of such a word, over all time or whole months, are read from them instead
        of counted over its matches (``_pg_facet_cache``). Words already cached stay;
        returns how many were added. Each cached query makes each new article it
        matches update about 16 more counts at ingest. Run it again as the archive
        grows."""
        return _pg_facet_cache.cache_words(self, min_articles, limit, WRITE_LOCK)

    def save_search(self, name: str, query: str, params: dict[str, Any],
                    author: str = "anonym") -> dict[str, Any]:
        """``SqlStore.save_search``; a saved search is a query users come back to, so its
        text's facet counts are cached too (``cache_facet_queries``, in a background
        thread: one count of its matches, kept by a trigger after). A text the cache
        cannot answer (SQL filters, no words) or that does not parse is saved all the
        same."""
        saved = super().save_search(name, query, params, author)
        # In the background: listing counts every match once (a word in nearly every
        # article took 14-28 s at 199,930 articles), which a save must not wait for.
        listing = threading.Thread(target=self._list_saved, args=(query,), daemon=True,
                                   name="pressespejl-facet-cache")
        self._listing = [t for t in self._listing if t.is_alive()] + [listing]
        listing.start()
        return saved

    def _list_saved(self, query: str) -> None:
        # The search page says what is wrong with a text that does not parse; a failed
        # listing leaves the query counted live, as before.
        with contextlib.suppress(QueryError, StoreError):
            self.cache_facet_queries([SearchQuery(text=query)])

    def _wait_for_listings(self) -> None:
        """Wait until the cache listings save_search started are done."""
        for listing in self._listing:
            listing.join()

    def cache_facet_queries(self, queries: list[SearchQuery]) -> int:
        """Keep facet counts (schema 14) for these queries (saved searches, the queries
        an outlet's front page shows): those whose matches one tsquery selects, without
        other filters (dates aside, which the counts per month answer). Returns how many
        were added."""
        return _pg_facet_cache.cache_queries(self, queries, WRITE_LOCK)

    def _quote_index(self, terms: Any) -> dict[str, Any]:
        return {"tsv": Raw("?::tsvector", terms)}

    def _month(self, column: str) -> str:
        return f"to_char({column}, 'YYYY-MM')"

    def close(self) -> None:
        self._wait_for_listings()  # before the pool they write through closes
        if self._replica is not None:
            self._replica.close()
        self._pool.close()
