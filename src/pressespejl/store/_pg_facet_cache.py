"""Facets and trends of frequent words from counts kept per query and month (schema 14).

Counting a query's facets unnests the facet values of every match (``article_search.
facets``): at 599,730 articles a word in 100,000 of them took 2.3-2.7 s. For the
queries listed in ``facet_queries`` (a tsquery text each: ``cache_facet_queries`` lists
given queries, ``cache_facet_words`` the archive's most frequent words) a trigger
keeps ``facet_query_counts``: per month of publication, per facet value and per day,
the number of matching articles that have it. A query's facets are then a sum over a
few thousand cached rows.

Exact, not an estimate: a search matches ``s.tsv @@ tsquery`` and the trigger counts
the articles whose terms match the same tsquery. Used only when that is the whole
query (:func:`cached_tsquery`: no other condition) and its date filter, if any, covers
whole months (an article's first and last date lie in one month: ``types.Article``
has day or month precision, so it matches a range of whole months exactly when its
publication month lies in it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from pressespejl.search.common_words import COMMON_WORDS
from pressespejl.search.danish import fold, stem
from pressespejl.types import SearchQuery

FACET_WORDS_MIN = 20_000
"""``cache_facet_words``' default: only words in at least this many articles are worth
cached counts. Counting live costs about 10-25 µs per match under load (about 19
facet values each), so 20,000 matches take about 0.2-0.5 s."""

FACET_WORDS_LIMIT = 100
"""``cache_facet_words``' default cap on how many words it lists, the most frequent
first: every cached query an article matches costs that article's ingest about 16 row
updates (in the 199,930-article bench archive the 100 most frequent content words are
in nearly every article: 1,600 more rows per article)."""

SAMPLE_ARTICLES = 20_000
"""How many articles' terms (about; a block sample) ``cache_facet_words`` reads to find
the frequent words: which words to cache is a choice, not a count, so a sample does."""

FUNCTION_STEMS = frozenset(stem(fold(w)) for w in COMMON_WORDS)
"""Function words are in nearly every article: nobody facets by them, and each would
add a row update per facet value to every ingested article."""


def month_span(query: SearchQuery) -> tuple[str, list[Any]] | None:
    """The condition on ``facet_query_counts.month`` for the query's date filter and its
    parameters, or None when the filter does not cover whole months (counted live)."""
    first, last = query.date_from, query.date_to
    if first is None and last is None:
        return "TRUE", []
    if first is not None and first.day != 1:
        return None
    if last is not None and (last + timedelta(days=1)).day != 1:
        return None
    parts, params = ["month > '-infinity'"], []  # a date filter never matches undated
    if first is not None:
        parts.append("month >= ?")
        params.append(first)
    if last is not None:
        parts.append("month <= ?")
        params.append(last)
    return " AND ".join(parts), params


def cached_tsquery(store: Any, query: SearchQuery) -> str | None:
    """The tsquery whose matches are exactly the query's matches but for its date filter,
    or None when the query has other conditions (filters the tsquery does not hold, a
    RUM prefix check, a filter-first plan)."""
    from pressespejl.store.postgres import is_filter_first

    bare = replace(query, date_from=None, date_to=None)
    compiled, from_sql, where, params = store._compile(bare, "article")
    if (compiled.match is None or compiled.where or is_filter_first(from_sql)
            or len(params) != 1 or where != "s.tsv @@ ?::tsquery AND 1=1"):
        return None
    return str(params[0])


def cached_counts(store: Any, query: SearchQuery) -> tuple[str, list[Any]] | None:
    """A CTE body selecting (entry, n) for the query from the cached counts (entries as
    in ``facet_counts``: facet values and 'd' || day), with its parameters; None when
    the query's counts are not cached."""
    span = month_span(query)
    if span is None:
        return None
    tsquery = cached_tsquery(store, query)
    if tsquery is None:
        return None
    with store._search_read() as cur:
        cur.execute("SELECT f.query FROM facet_queries f WHERE f.query = "
                    "(%s::tsquery)::text", [tsquery])
        row = cur.fetchone()
    if row is None:
        return None
    condition, params = span
    return ("SELECT entry, sum(n) AS n FROM facet_query_counts WHERE query = ? AND "
            f"{condition} GROUP BY entry HAVING sum(n) > 0", [row[0], *params])


def days(store: Any, query: SearchQuery) -> list[tuple[date, int]] | None:
    """The query's matching articles per day from the cached counts, or None."""
    cached = cached_counts(store, query)
    if cached is None:
        return None
    body, params = cached
    with store._search_read() as cur:
        cur.execute(store._sql(f"SELECT substr(entry, 2), n FROM ({body}) c "
                               "WHERE left(entry, 1) = 'd'"), params)
        return [(date.fromisoformat(r[0]), int(r[1])) for r in cur.fetchall()]


def _add(cur: Any, tsqueries: list[str], write_lock: int) -> int:
    # No write batch between listing a query and counting its matches (the trigger
    # counts only what is inserted after the listing is visible).
    cur.execute("SELECT pg_advisory_xact_lock(%s)", [write_lock])
    cur.execute("SELECT facet_queries_add(%s)", [tsqueries])
    return int(cur.fetchone()[0])


def cache_queries(store: Any, queries: list[SearchQuery], write_lock: int) -> int:
    """List the queries whose facets the cache can answer (:func:`cached_tsquery`) in
    ``facet_queries`` and count their matches; returns how many were new."""
    tsqueries = sorted({t for q in queries if (t := cached_tsquery(store, q)) is not None})
    with store._write() as cur:
        return _add(cur, tsqueries, write_lock)


def cache_words(store: Any, min_articles: int, limit: int | None, write_lock: int) -> int:
    """List the ``limit`` most frequent words (stems, weights A-C: what a word query
    matches) of an estimated ``min_articles`` articles or more, function words aside, in
    ``facet_queries`` and count their matches; returns how many were new. Which words
    are frequent is estimated from a block sample of the search rows: a choice, not a
    count."""
    with store._write() as cur:
        cur.execute("SELECT count(*) FROM article_search")
        total = int(cur.fetchone()[0])
        percent = min(100.0, 100.0 * SAMPLE_ARTICLES / max(total, 1))
        sample = ("SELECT tsv FROM article_search" if percent >= 100.0 else
                  f"SELECT tsv FROM article_search TABLESAMPLE SYSTEM ({percent:.4f}) "
                  "REPEATABLE (0)")
        # pair lexemes (+a+b) and filter lexemes (=...) are not words
        cur.execute(f"SELECT word FROM ts_stat($q${sample}$q$, 'ABC') "
                    "WHERE ndoc * %s >= %s AND word ~ '^[[:alpha:]]' "
                    "AND NOT word = ANY (%s) ORDER BY ndoc DESC, word LIMIT %s",
                    [100.0 / percent, min_articles, sorted(FUNCTION_STEMS), limit])
        words = [r[0] for r in cur.fetchall()]
        queries = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "':ABC"
                   for w in words]
        return _add(cur, queries, write_lock)
