"""PostgreSQL's cache of whole-archive facet counts (schema 11): the facets and trend of
the whole archive read from it equal the counts over the articles, after ingest, after
deleting articles, after a re-analysis rewrites an article's facet values, and after an
upgrade or a bulk load with triggers off (``facet_counts_rebuild``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressespejl.store import open_store
from pressespejl.store._sql_search import SqlSearchStore
from pressespejl.store.fixtures import demo_records
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

EVERYTHING = SearchQuery(text="")


def _records():
    """The demo articles, a copy of each from another outlet, and an undated one."""
    records = list(demo_records())
    records += [(replace(a, id=f"{a.id}~1", outlet="Avis 1"), replace(n, article_id=f"{a.id}~1"))
                for a, n in demo_records()]
    undated = Article(id="u1", text="Soldater uden dato.", published=None, precision="none")
    records.append((undated, Analysis(article_id="u1", pipeline="t", places=("Aarhus",))))
    return records


def _assert_cache_is_right(store) -> None:
    """Cached facets, facets with trend days and trends equal the counts over the rows."""
    cached, cached_days = store._facet_rows(EVERYTHING, 50, days=True)
    counted, counted_days = store._facet_rows(EVERYTHING, 50, days=True, cache=False)
    joined, joined_days = SqlSearchStore._facet_rows(store, EVERYTHING, 50, days=True)
    assert cached == counted == joined
    assert sorted(cached_days) == sorted(counted_days) == sorted(joined_days)
    for by in ("day", "week", "month"):
        assert store.trend(EVERYTHING, by=by) == SqlSearchStore.trend(store, EVERYTHING, by=by)
    with store._read() as cur:  # the table itself equals a recount
        cur.execute("SELECT entry, n FROM facet_counts WHERE n > 0 ORDER BY entry")
        kept = cur.fetchall()
        cur.execute("SELECT e, count(*) FROM article_search s, "
                    "unnest(facet_count_entries(s.facets, s.published)) e GROUP BY e ORDER BY e")
        assert kept == cur.fetchall()


def _counts(store) -> dict[str, int]:
    with store._read() as cur:
        cur.execute("SELECT entry, n FROM facet_counts")
        return dict(cur.fetchall())


def test_cache_follows_ingest_and_delete(pg_url):
    with open_store(pg_url) as store:
        _assert_cache_is_right(store)  # empty
        assert store.facets(EVERYTHING) == {f: [] for f in store.facets(EVERYTHING)}
        records = _records()
        store.add_many(records[:3])
        _assert_cache_is_right(store)
        store.add_many(records[3:])
        _assert_cache_is_right(store)
        before = store.facets(EVERYTHING, limit=20)
        assert dict(before["outlet"])["Avis 1"] == len(list(demo_records()))
        # deleting articles (the search rows go by ON DELETE CASCADE)
        gone = [*[a.id for a, _ in records if a.outlet == "Avis 1"][:2], "u1"]
        with store._write() as cur:
            cur.execute("DELETE FROM articles WHERE id = ANY (%s)", [gone])
        _assert_cache_is_right(store)
        after = store.facets(EVERYTHING, limit=20)
        assert dict(after["outlet"])["Avis 1"] == dict(before["outlet"])["Avis 1"] - 2
        assert sum(n for _, n in store.trend(EVERYTHING, by="month")) == store.stats()[
            "articles"]


def test_cache_follows_a_reanalysis(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        article, analysis = next((a, n) for a, n in demo_records() if n.quotes)
        # Re-analysed: stored again with other places (delete + add) ...
        with store._write() as cur:
            cur.execute("DELETE FROM articles WHERE id = %s", [article.id])
        store.add(article, replace(analysis, places=("Vejle", "Aarhus")))
        _assert_cache_is_right(store)
        assert ("Vejle", 1) in store.facets(EVERYTHING, limit=50)["place"]
        # ... and its rows changed in place, the facet values computed again.
        with store._write() as cur:
            cur.execute("UPDATE places SET name = 'Horsens', name_key = 'horsens' "
                        "WHERE name_key = 'vejle'")
            cur.execute("UPDATE article_search SET facets = article_facet_keys(num)")
        _assert_cache_is_right(store)
        places = dict(store.facets(EVERYTHING, limit=50)["place"])
        assert places.get("Horsens") == 1 and "Vejle" not in places


def test_cache_after_truncate_upgrade_and_bulk_load(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        expected = _counts(store)
        assert expected and all(n > 0 for n in expected.values())
        with store._write() as cur:
            cur.execute("TRUNCATE article_search")
        assert _counts(store) == {}
        with store._write() as cur:  # refill the search rows as a bulk load would
            cur.execute("SET LOCAL session_replication_role = replica")  # triggers off
            cur.execute("INSERT INTO article_search (num, published, tsv, facets) SELECT num, "
                        "coalesce(date_first, '-infinity'), ''::tsvector, "
                        "article_facet_keys(num) FROM articles")
        assert _counts(store) == {}
        with store._write() as cur:
            cur.execute("SELECT facet_counts_rebuild()")
            assert cur.fetchone()[0] == len(expected)
        assert _counts(store) == expected
        with store._write() as cur:  # as written before schema 11
            cur.execute("DELETE FROM schema_version WHERE version >= 11")
            cur.execute("DROP TABLE facet_counts CASCADE")
            cur.execute("DROP TRIGGER article_search_facet_counts ON article_search")
            cur.execute("DROP TRIGGER article_search_facet_counts_truncate ON article_search")
            for function in ("facet_counts_track()", "facet_counts_truncate()",
                             "facet_counts_rebuild()", "facet_count_entries(text[], date)"):
                cur.execute(f"DROP FUNCTION {function}")
    with open_store(pg_url) as store:
        assert _counts(store) == expected
        _assert_cache_is_right(store)
