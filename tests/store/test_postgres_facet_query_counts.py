"""PostgreSQL's facet counts per cached query and month (schema 14): the facets and trend
of a cached word, over all time and over whole months, equal the counts over its
matches, after ingest, deleting articles, a re-analysis, a bulk load with triggers off
and an upgrade; queries the cache cannot answer exactly are counted live."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import _pg_facet_cache, open_store
from pressespejl.store._sql_search import SqlSearchStore
from pressespejl.store.fixtures import demo_records
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

SPANS = [(None, None), (date(2022, 1, 1), date(2022, 1, 31)), (date(2022, 2, 1), None),
         (None, date(2022, 1, 31)), (date(2021, 12, 1), date(2022, 2, 28))]
"""Date filters of whole months (2022-02 holds an article with a month only)."""


ALL_COUNTS = "SELECT query, month::text, entry, n FROM facet_query_counts ORDER BY 1, 2, 3"


def _records():
    """The demo articles, a copy of each from another outlet, and two undated ones."""
    records = list(demo_records())
    records += [(replace(a, id=f"{a.id}~1", outlet="Avis 1"), replace(n, article_id=f"{a.id}~1"))
                for a, n in demo_records()]
    for i in (1, 2):
        undated = Article(id=f"u{i}", text="Soldater uden dato i Rusland.", published=None,
                          precision="none")
        records.append((undated, Analysis(article_id=f"u{i}", pipeline="t",
                                          places=("Aarhus",))))
    return records


def _cached_words(store) -> list[str]:
    with store._read() as cur:
        cur.execute("SELECT query FROM facet_queries ORDER BY query")
        return [r[0] for r in cur.fetchall()]


def _assert_cached_counts_are_right(store, words=("soldater", "Rusland", "Nato")) -> None:
    for word in words:
        for first, last in SPANS:
            query = SearchQuery(text=word, date_from=first, date_to=last)
            assert _pg_facet_cache.cached_counts(store, query) is not None, query
            cached, cached_days = store._facet_rows(query, 50, days=True)
            counted, counted_days = store._facet_rows(query, 50, days=True, cache=False)
            joined, _ = SqlSearchStore._facet_rows(store, query, 50, days=True)
            assert cached == counted == joined, query
            assert sorted(cached_days) == sorted(counted_days), query
            for by in ("day", "week", "month"):
                assert store.trend(query, by=by) == SqlSearchStore.trend(store, query, by=by)
    with store._read() as cur:  # the table itself equals a recount
        cur.execute("SELECT query, month::text, entry, n FROM facet_query_counts WHERE n > 0 "
                    "ORDER BY 1, 2, 3")
        kept = cur.fetchall()
        cur.execute("SELECT f.query, facet_month(s.published)::text, e, count(*) FROM "
                    "facet_queries f JOIN article_search s ON s.tsv @@ f.tsq, "
                    "unnest(facet_count_entries(s.facets, s.published)) e "
                    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
        assert kept == cur.fetchall()


def test_cached_words_follow_ingest_delete_and_reanalysis(pg_url):
    with open_store(pg_url) as store:
        records = _records()
        store.add_many(records[:5])
        added = store.cache_facet_words(min_articles=1, limit=None)
        assert added == len(_cached_words(store)) > 0
        assert "'soldat':ABC" in _cached_words(store)
        assert "'og':ABC" not in _cached_words(store)  # a function word
        assert store.cache_facet_words(min_articles=1, limit=None) == 0  # already cached
        store.add_many(records[5:])  # counted by the trigger from here on
        _assert_cached_counts_are_right(store)
        soldiers = dict(store.facets(SearchQuery(text="soldater"))["outlet"])
        assert soldiers["Avis 1"] >= soldiers["dr"] >= 1
        with store._write() as cur:  # deleting articles (search rows by ON DELETE CASCADE)
            cur.execute("DELETE FROM articles WHERE id = ANY (%s)",
                        [["u1", records[0][0].id, f"{records[5][0].id}~1"]])
        _assert_cached_counts_are_right(store)
        # Re-analysed: the rows changed in place, the facet values computed again.
        with store._write() as cur:
            cur.execute("UPDATE places SET name = 'Horsens', name_key = 'horsens' "
                        "WHERE name = 'Aarhus'")
            cur.execute("UPDATE article_search SET facets = article_facet_keys(num)")
        _assert_cached_counts_are_right(store)
        assert ("Horsens", 1) in store.facets(SearchQuery(text="soldater"))["place"]


def test_cached_queries_and_a_capped_list_of_words(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        assert store.cache_facet_words(min_articles=3, limit=2) == 2
        frequent = _cached_words(store)
        assert len(frequent) == 2
        with store._read() as cur:  # the two most frequent words of 3+ articles
            cur.execute("SELECT word FROM ts_stat('SELECT tsv FROM article_search', 'ABC') "
                        "WHERE ndoc >= 3 AND word ~ '^[[:alpha:]]' AND word <> ALL (%s) "
                        "ORDER BY ndoc DESC, word LIMIT 2",
                        [sorted(_pg_facet_cache.FUNCTION_STEMS)])
            assert frequent == sorted(f"'{r[0]}':ABC" for r in cur.fetchall())
        added = store.cache_facet_queries([SearchQuery(text="soldater"),
                                           SearchQuery(text="Nato", date_from=date(2022, 1, 1)),
                                           SearchQuery(text="Rusland source:Reuters"),
                                           SearchQuery(text="soldater", outlets=("dr",)),
                                           SearchQuery(text="Nato", people=("Kofod",))])
        assert added == 4 - len({"'soldat':ABC", "'nato':ABC"} & set(frequent))
        assert "'soldat':ABC" in _cached_words(store)
        assert "'rusland':ABC & '=sreuters'" in _cached_words(store)  # one tsquery
        assert len(_cached_words(store)) == 2 + added  # not: a person filter (SQL)
        _assert_cached_counts_are_right(store, words=("soldater", "Nato"))
        query = SearchQuery(text="Rusland source:Reuters")
        assert _pg_facet_cache.cached_counts(store, query) is not None
        assert (store._facet_rows(query, 50, days=True)[0]
                == SqlSearchStore._facet_rows(store, query, 50, days=True)[0])


def test_a_saved_search_gets_cached_counts(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        store.save_search("Soldater", "soldater", {"sort": "newest"})
        store.save_search("Filter", "speaker:Stoltenberg", {})  # no words: not cached
        store.save_search("Fejl", 'soldater "', {})  # does not parse: saved anyway
        store._wait_for_listings()  # listed in the background
        assert _cached_words(store) == ["'soldat':ABC"]
        assert [s["name"] for s in store.saved_searches()] == ["Fejl", "Filter", "Soldater"]
        store.add_many([(replace(a, id=f"{a.id}~2"), replace(n, article_id=f"{a.id}~2"))
                        for a, n in demo_records()])
        _assert_cached_counts_are_right(store, words=("soldater",))


def test_what_the_cache_cannot_answer_is_counted_live(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        store.cache_facet_words(min_articles=1, limit=None)
        for query in [SearchQuery(text="soldater", date_from=date(2022, 1, 12)),  # a day
                      SearchQuery(text="soldater", date_to=date(2022, 1, 30)),
                      SearchQuery(text="soldater source:Reuters"),
                      SearchQuery(text="soldater", outlets=("dr",)),
                      SearchQuery(text="soldater Rusland"),  # not a cached query
                      SearchQuery(text="soldater date:2022-01")]:
            assert _pg_facet_cache.cached_counts(store, query) is None, query
            assert (store._facet_rows(query, 50, days=True)[0]
                    == SqlSearchStore._facet_rows(store, query, 50, days=True)[0])
            assert store.trend(query) == SqlSearchStore.trend(store, query)


def test_cached_counts_without_rum(pg_url, use_gin_instead_of_rum):
    with open_store(pg_url) as store:
        use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        assert not store.rum
        store.add_many(_records())
        store.cache_facet_words(min_articles=1, limit=None)
        _assert_cached_counts_are_right(store)


def test_cached_counts_after_truncate_bulk_load_and_upgrade(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        store.cache_facet_words(min_articles=1, limit=None)
        with store._read() as cur:
            cur.execute(ALL_COUNTS)
            expected = cur.fetchall()
        with store._write() as cur:
            cur.execute("CREATE TEMPORARY TABLE kept AS SELECT * FROM article_search")
            cur.execute("TRUNCATE article_search")
            cur.execute("SELECT count(*) FROM facet_query_counts")
            assert cur.fetchone()[0] == 0
            cur.execute("SET LOCAL session_replication_role = replica")  # triggers off
            cur.execute("INSERT INTO article_search SELECT * FROM kept")
            cur.execute("SELECT count(*) FROM facet_query_counts")
            assert cur.fetchone()[0] == 0
        with store._write() as cur:
            cur.execute("SELECT facet_query_counts_rebuild()")
            cur.execute(ALL_COUNTS)
            assert cur.fetchall() == expected
        with store._write() as cur:  # as written before schema 14
            cur.execute("DELETE FROM schema_version WHERE version >= 14")
            cur.execute("DROP TABLE facet_query_counts, facet_queries")
            cur.execute("DROP FUNCTION facet_query_counts_track() CASCADE")
            cur.execute("DROP FUNCTION facet_query_counts_truncate() CASCADE")
    with open_store(pg_url) as store:
        assert _cached_words(store) == []
        store.cache_facet_words(min_articles=1, limit=None)
        _assert_cached_counts_are_right(store)
