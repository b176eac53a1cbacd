"""PostgreSQL facets from the search table's facet values (schema 10) count what the
joins over the sources, people, quotes and places tables counted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import open_store
from pressespejl.store._sql_search import SqlSearchStore
from pressespejl.store.fixtures import demo_records
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

QUERIES = [SearchQuery(text=""), SearchQuery(text="soldat"), SearchQuery(text="Rusland OR Aarhus"),
           SearchQuery(text="Nato", date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)),
           SearchQuery(text="speaker:Kofod"), SearchQuery(text="outlet:dr"),
           SearchQuery(text="-soldat"), SearchQuery(text="klima*"),
           SearchQuery(text="intet-matcher-dette")]


def _records():
    """The demo articles, two copies of each from another outlet, and an undated one."""
    records = list(demo_records())
    for k in (1, 2):
        records += [(replace(a, id=f"{a.id}~{k}", outlet=f"Avis {k}"),
                     replace(n, article_id=f"{a.id}~{k}")) for a, n in demo_records()]
    undated = Article(id="u1", text="Soldater uden dato.", published=None, precision="none")
    records.append((undated, Analysis(article_id="u1", pipeline="t", places=("Aarhus",))))
    return records


@pytest.mark.parametrize("rum", [True, False], ids=["rum", "gin"])
def test_facets_from_the_search_table_equal_the_joins(pg_url, rum, use_gin_instead_of_rum):
    with open_store(pg_url) as store:
        store.add_many(_records())
        if not rum:
            use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        assert store.rum is rum
        for query in QUERIES:
            facets, days = store._facet_rows(query, 3, days=True)
            joined, joined_days = SqlSearchStore._facet_rows(store, query, 3, days=True)
            assert facets == joined, query
            assert sorted(days) == sorted(joined_days), query  # per day: any order
        everything = store.facets(SearchQuery(text=""), limit=20)
        assert everything["outlet"][:2] == [("Avis 1", 8), ("Avis 2", 8)]
        assert sum(n for _, n in everything["month"]) == 3 * sum(
            a.published is not None for a, _ in demo_records())  # the undated one: none


def test_an_upgraded_archive_gets_its_facet_values(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        expected = {str(q): store.facets(q) for q in QUERIES}
        with store._write() as cur:  # as written before schema 10 (and 11, 14 need 10)
            cur.execute("DROP TABLE facet_query_counts, facet_queries")
            cur.execute("DROP FUNCTION facet_query_counts_track, facet_query_counts_truncate, "
                        "facet_query_counts_rebuild, facet_queries_add CASCADE")  # + triggers
            cur.execute("DROP TABLE facet_counts")
            cur.execute("DROP FUNCTION facet_counts_track, facet_counts_truncate, "
                        "facet_counts_rebuild, facet_count_entries CASCADE")  # + triggers
            cur.execute("UPDATE article_search SET facets = '{}'")
            cur.execute("DELETE FROM schema_version WHERE version >= 10")
            cur.execute("ALTER TABLE article_search DROP COLUMN facets")
            cur.execute("DROP FUNCTION article_facet_keys(bigint)")
    with open_store(pg_url) as store:
        assert store.rum
        assert {str(q): store.facets(q) for q in QUERIES} == expected
