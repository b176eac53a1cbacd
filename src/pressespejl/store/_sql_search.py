"""Search in SQL: PostgreSQL's ``search``, ``quotes``, ``facets`` and ``trend``.

Queries compile with ``search/filters.py`` into SQL conditions; the backend supplies the
full-text condition and its ranking (``@@``/``ts_rank_cd`` on PostgreSQL). Totals are
counted up to ``_sql.COUNT_CAP`` (read at each call). The SQLite archive searches in
its tantivy indexes instead (``store/sqlite.py``), so only PostgreSQL derives from this
class.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from datetime import date
from typing import Any

from pressespejl.search.filters import Compiled, Scope, compile_query, query_words
from pressespejl.search.highlight import highlight, matcher_for
from pressespejl.search.query import Node
from pressespejl.search.trend import TrendBy, buckets
from pressespejl.store import _sql
from pressespejl.store._sql import SqlStore, as_date
from pressespejl.store.base import FACETS, SearchResults
from pressespejl.types import Quote, QuoteHit, SearchQuery, date_label

SPARSE_RANKED = 5
"""A ranked query with at most this many matches per requested hit (limit + offset) is
ordered by sorting its matches (ties by date), not by walking the rank index until the
page is full: with a filter that rarely goes with the word (``byrådet AND speaker:X``)
that walk read 21,750 candidates for 20 hits (680 ms at 200,000 articles; 250 ms sorted,
bench/README.md, "PostgreSQL at 199,910 articles: priced ...")."""


class SqlSearchStore(SqlStore):
    """A ``SqlStore`` that searches with SQL; the backend supplies the hooks below."""

    rank_ascending = False
    """True when the score expression is a distance (smaller is better: RUM's ``<=>``);
    hits then show ``1 / distance``, so a higher score is a better hit on every backend."""

    def _shown_score(self, value: Any) -> float:
        value = float(value)
        return 1.0 / value if self.rank_ascending and value > 0 else value

    # --- backend hooks -------------------------------------------------------------

    @abstractmethod
    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]: ...

    @abstractmethod
    def can_rank(self, node: Node) -> bool: ...

    @abstractmethod
    def _ranked(self, match: Node | None, scope: Scope) -> tuple[str, str, list[Any], str,
                                                                 list[Any]]:
        """(FROM clause, extra WHERE or '', its params, score expression, its params)."""

    @abstractmethod
    def _month(self, column: str) -> str:
        """SQL for ``YYYY-MM`` of a date column."""

    # --- searching -----------------------------------------------------------------

    def _compile(self, query: SearchQuery, scope: Scope) -> tuple[Compiled, str, str, list[Any]]:
        """(compiled query, FROM clause, WHERE clause, WHERE params)."""
        compiled = compile_query(query, self, scope)
        from_sql, match_where, match_params, _, _ = self._ranked(compiled.match, scope)
        where = compiled.where_sql()
        if match_where:
            where = f"{match_where} AND {where}"
        return compiled, from_sql, where, match_params + compiled.params

    def _order(self, query: SearchQuery, ranked: bool, alias: str = "a",
               ties: bool = False) -> str:
        """ORDER BY for articles (``a``) or quotes (``q``). Articles of the same day come
        in storage order: the last stored first when newest first (as the SQLite
        archive's index sorts them). Undated articles come last either way."""
        if alias == "q":
            newest, oldest = "q.id", "q.id"
        else:
            newest, oldest = "a.num DESC", "a.num ASC"
        if query.sort == "oldest":
            return f"a.date_first ASC NULLS LAST, {oldest}"
        if query.sort == "relevance" and ranked:
            if self.rank_ascending and not ties:
                # RUM: ordered by the distance alone, so the planner merges the month
                # partitions' ranked index scans and stops after the page (with ties
                # broken by date too it sorted every match: 60-200 ms for a word at
                # 200,000 articles instead of 23 ms). Equal distances come in index
                # order: a page and every match tied with its last (FETCH FIRST ...
                # WITH TIES) can be most of the matches, as RUM gives a word the same
                # distance in many articles (470 of 470 for `inflation AND speaker:X`
                # at 200,000 articles: 1.9 s instead of 0.5 s). Quotes do take the
                # ties (quotes()): without them every match was sorted.
                return "score ASC"
            best = "score ASC" if self.rank_ascending else "score DESC"
            return f"{best}, a.date_first DESC NULLS LAST, {newest}"
        return f"a.date_first DESC NULLS LAST, {newest}"

    def _page_order(self, query: SearchQuery, ranked: bool, from_sql: str, ties: bool,
                    collapse: bool) -> str:
        """The ORDER BY of a page of articles read from ``from_sql`` (``_order``; a
        backend may name the same order by columns its plan reads in that order; with
        ``collapse`` it orders a subquery's columns, see ``_bare``)."""
        return self._order(query, ranked, ties=ties)

    def search(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None,
        collapse: bool = False,
    ) -> SearchResults:
        """Articles matching the query, best first, with highlighted snippets.

        Args:
            collapse: one hit per near-duplicate group (the best-ranked copy);
                ``total`` then counts groups and ``SearchResults.copies`` gives, per hit,
                how many matching articles its group has.

        Raises:
            QueryError: the query text does not parse.
        """
        compiled, from_sql, where, params = self._compile(query, "article")
        _, _, _, score_sql, score_params = self._ranked(compiled.match, "article")
        matcher = matcher_for(compiled.ast)
        with self._search_read() as cur:
            # Counted first: when few articles match (a word AND a filter that rarely go
            # together), an index walk in rank order reads many candidates per hit, and
            # sorting the few matches is faster (SPARSE_RANKED).
            total = 0 if collapse else self._count(cur, from_sql, where, params)
            sparse = total <= SPARSE_RANKED * (query.limit + query.offset)
            return self._search_page(cur, query, compiled, from_sql, where, params, score_sql,
                                     score_params, matcher, markers, collapse, total, sparse)

    def _search_page(self, cur: Any, query: SearchQuery, compiled: Compiled, from_sql: str,
                     where: str, params: list[Any], score_sql: str, score_params: list[Any],
                     matcher: Any, markers: tuple[str, str] | None, collapse: bool,
                     total: int, sparse: bool) -> SearchResults:
        # Collapsing ranks every match in a window anyway: break ties there as well.
        order = self._page_order(query, compiled.match is not None, from_sql,
                                 ties=collapse or sparse, collapse=collapse)
        group = "coalesce(a.near_duplicate_group, a.id)"
        if collapse:
            # Rank inside each group with a window, keep the first; the score is computed
            # in the innermost query, where the full-text match is.
            inner = ("SELECT a.num AS num, a.id AS id, a.date_first AS date_first, "
                     "a.precision AS precision, a.title AS title, a.outlet AS outlet, "
                     f"a.path AS path, a.text AS text, {score_sql} AS score, {group} AS grp "
                     f"FROM {from_sql} WHERE {where}")
            sql = (f"SELECT num, id, date_first, precision, title, outlet, path, text, score, "
                   f"copies FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY "
                   f"{_bare(order)}) AS rn, count(*) OVER (PARTITION BY grp) AS copies "
                   f"FROM ({inner}) h) r WHERE rn = 1 ORDER BY {_bare(order)} LIMIT ? OFFSET ?")
        else:
            # Rank and page on the narrow columns; the article rows (text for snippets)
            # are read for the page only (_page_rows).
            sql = (f"SELECT a.num, {score_sql} AS score FROM {from_sql} WHERE {where} "
                   f"ORDER BY {order} LIMIT ? OFFSET ?")
        cur.execute(self._sql(sql), score_params + params + [query.limit, query.offset])
        rows = cur.fetchall()
        if not collapse:
            rows = self._page_rows(cur, [(r[0], self._shown_score(r[1])) for r in rows],
                                   resort=False)
        else:
            rows = [(*r[:8], self._shown_score(r[8]), *r[9:]) for r in rows]
        if collapse:
            cur.execute(self._sql(f"SELECT count(DISTINCT {group}) FROM {from_sql} "
                                  f"WHERE {where}"), params)
            total = int(cur.fetchone()[0])
        capped = not collapse and total > _sql.COUNT_CAP
        total = min(total, _sql.COUNT_CAP) if not collapse else total
        sources = self._sources(cur, [r[0] for r in rows])
        hits = self._hits(rows, sources, matcher, markers)
        copies = {r[1]: int(r[9]) for r in rows} if collapse else {}
        return SearchResults(hits=hits, total=total, copies=copies, total_capped=capped)


    def _count(self, cur: Any, from_sql: str, where: str, params: list[Any]) -> int:
        """Matching articles, counting at most ``COUNT_CAP + 1`` (see ``COUNT_CAP``)."""
        cur.execute(self._sql(f"SELECT count(*) FROM (SELECT 1 FROM {from_sql} WHERE {where} "
                              "LIMIT ?) c"), [*params, _sql.COUNT_CAP + 1])
        return int(cur.fetchone()[0])


    def quotes(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None
    ) -> list[QuoteHit]:
        """Quotes matching ``query``: its text against the quote's words, filters as in
        ``search/filters.py`` (speaker = who said it, person = who is mentioned in it).

        Example: everything Stoltenberg said about Rusland in January 2022::

            store.quotes(SearchQuery(text="Rusland", speakers=("Stoltenberg",),
                                     date_from=date(2022, 1, 1), date_to=date(2022, 1, 31)))
        """
        compiled, from_sql, where, params = self._compile(query, "quote")
        _, _, _, score_sql, score_params = self._ranked(compiled.match, "quote")
        order = self._order(query, compiled.match is not None, alias="q")
        columns = ("a.id, a.date_first, a.precision, q.kind, q.text, q.speaker, "
                   "q.speaker_mention, q.cue, q.start_char, q.end_char, q.evidence, q.confidence")
        if order == "score ASC":
            # RUM: the quotes by distance from the index, the page and the ties of its
            # last, then sorted by position and storage order (ordered by distance and
            # position at once,
            # PostgreSQL sorted every match: 1.7 s for a word in 48,350 quotes at 200,000
            # articles, 57 ms this way).
            bare = ", ".join(c.split(".")[1] for c in columns.split(", "))
            if re.search(r"\ba\.", where):
                sql = (f"SELECT {bare}, score FROM (SELECT {columns}, q.position AS position, "
                       f"q.id AS quote_id, {score_sql} AS score FROM {from_sql} WHERE {where} "
                       "ORDER BY score FETCH FIRST ? ROWS WITH TIES) t "
                       "ORDER BY score, position, quote_id LIMIT ? OFFSET ?")
            else:
                # No condition on the article rows: the ties are cut to the page on the
                # quotes alone, and only the page's quotes are joined to their articles
                # (with 12,560 quotes tied, their article rows were 10,368 page reads:
                # 180 of 350 ms at 200,000 articles).
                sql = (f"SELECT {columns}, t.score FROM (SELECT * FROM (SELECT q.id AS "
                       f"quote_id, q.position AS position, {score_sql} AS score FROM quotes q "
                       f"WHERE {where} ORDER BY score FETCH FIRST ? ROWS WITH TIES) i "
                       "ORDER BY score, position, quote_id LIMIT ? OFFSET ?) t "
                       "JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.num = q.article "
                       "ORDER BY t.score, t.position, t.quote_id")
            params = [*params, query.limit + query.offset]
        else:
            sql = (f"SELECT {columns}, {score_sql} AS score FROM {from_sql} WHERE {where} "
                   f"ORDER BY {order}, q.position LIMIT ? OFFSET ?")
        matcher = matcher_for(compiled.ast, query_words(query))
        with self._search_read() as cur:
            cur.execute(self._sql(sql), score_params + params + [query.limit, query.offset])
            rows = cur.fetchall()
        return [
            QuoteHit(
                article_id=r[0], date=date_label(r[1], r[2]),
                quote=Quote(kind=r[3], text=r[4], speaker=r[5], speaker_mention=r[6], cue=r[7],
                            start=r[8], end=r[9], evidence=r[10], confidence=r[11]),
                snippet=highlight(r[4], matcher, markers or self.markers))
            for r in rows
        ]

    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        """For each facet, the ``limit`` most common values among matching articles.

        Returns:
            ``{"source": [("ritzau", 12), ...], "outlet": ..., "month": ..., "person": ...,
            "speaker": ..., "place": ...}``; counts are numbers of articles.
        """
        facets, _ = self._facet_rows(query, limit, days=False)
        return facets

    def facets_and_trend(
        self, query: SearchQuery, limit: int = 10, by: TrendBy = "month"
    ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """``facets`` and ``trend`` in one statement: the matching articles are computed
        once for both."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"by must be day, week or month, not {by!r}")
        facets, days = self._facet_rows(query, limit, days=True)
        return facets, buckets(days, by)

    def _facet_rows(self, query: SearchQuery, limit: int, days: bool
                    ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[date, int]]]:
        """The facets' rows and, with ``days``, the matching articles per day."""
        _, from_sql, where, params = self._compile(query, "article")
        c = self.collate_c
        month = self._month("m.date_first")
        # (label, articles, sort key) per facet; the key is the folded value. The matching
        # articles are computed once (a materialised CTE); each facet looks its rows up by
        # article (IN, so the per-article indexes drive it, not a scan of the table).
        sqls = {
            "source": ("SELECT MIN(s.source), count(DISTINCT s.article), s.source_key{c} "
                       "FROM article_sources s WHERE s.article IN (SELECT num FROM matched) "
                       "GROUP BY s.source_key"),
            "outlet": ("SELECT MIN(m.outlet), count(*), m.outlet_key{c} FROM articles m "
                       "WHERE m.num IN (SELECT num FROM matched) AND m.outlet_key IS NOT NULL "
                       "GROUP BY m.outlet_key"),
            "month": (f"SELECT {month}, count(*), {month} FROM articles m "
                      "WHERE m.num IN (SELECT num FROM matched) AND m.date_first IS NOT NULL "
                      f"GROUP BY {month}"),
            "person": ("SELECT MIN(p.name), count(DISTINCT ap.article), p.name_key{c} "
                       "FROM article_people ap JOIN people p ON p.id = ap.person "
                       "WHERE ap.article IN (SELECT num FROM matched) GROUP BY p.name_key"),
            "speaker": ("SELECT MIN(q.speaker), count(DISTINCT q.article), q.speaker_key{c} "
                        "FROM quotes q WHERE q.article IN (SELECT num FROM matched) "
                        "AND q.speaker_key IS NOT NULL GROUP BY q.speaker_key"),
            "place": ("SELECT MIN(pl.name), count(DISTINCT pl.article), pl.name_key{c} "
                      "FROM places pl WHERE pl.article IN (SELECT num FROM matched) "
                      "GROUP BY pl.name_key"),
        }
        parts = [
            f"SELECT * FROM (SELECT {i} AS facet, f.* FROM ("
            + sqls[facet].format(c=c) + ") f ORDER BY 3 DESC, 4 LIMIT ?) f" + str(i)
            for i, facet in enumerate(FACETS)
        ]
        if days:  # every day with matches: facet number len(FACETS), no LIMIT
            parts.append(
                f"SELECT {len(FACETS)} AS facet, CAST(m.date_first AS text), count(*), NULL "
                "FROM articles m "
                "WHERE m.num IN (SELECT num FROM matched) AND m.date_first IS NOT NULL "
                "GROUP BY m.date_first")
        sql = (f"WITH matched AS MATERIALIZED (SELECT a.num AS num FROM {from_sql} "
               f"WHERE {where}) " + " UNION ALL ".join(parts))
        out: dict[str, list[tuple[str, int]]] = {facet: [] for facet in FACETS}
        per_day: list[tuple[date, int]] = []
        with self._search_read() as cur:
            cur.execute(self._sql(sql), [*params, *([limit] * len(FACETS))])
            rows = cur.fetchall()
        for row in rows:
            if int(row[0]) == len(FACETS):
                if day := as_date(row[1]):
                    per_day.append((day, int(row[2])))
            else:
                out[FACETS[int(row[0])]].append((str(row[1]), int(row[2])))
        return out, per_day

    def trend(self, query: SearchQuery, by: TrendBy = "month") -> list[tuple[str, int]]:
        """Matching articles per day, ISO week or month (see ``search/trend.py``);
        undated articles are left out."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"by must be day, week or month, not {by!r}")
        _, from_sql, where, params = self._compile(query, "article")
        sql = (f"SELECT a.date_first, count(*) FROM {from_sql} WHERE ({where}) "
               "AND a.date_first IS NOT NULL GROUP BY a.date_first")
        with self._search_read() as cur:
            cur.execute(self._sql(sql), params)
            rows = cur.fetchall()
        return buckets(((day, int(r[1])) for r in rows if (day := as_date(r[0]))), by)


def _bare(order: str) -> str:
    """An ORDER BY of ``_order`` for the columns of a subquery (no ``a.`` alias)."""
    return order.replace("a.", "")
