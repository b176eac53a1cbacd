"""PostgreSQL's article terms hold a lexeme per speaker, place, source and outlet of the
article (schema 12), and a text query with such filters matches them in its tsquery:
the same totals, pages, facets and trends as the SQL filters (and filter-first plans)."""

from __future__ import annotations

import pytest

from pressespejl.store import open_store, postgres
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery

pytestmark = pytest.mark.postgres

# After the shared filtered queries (tests/store/conftest.py): outlets, a date, a value
# with no key, and filters under an OR, a NOT or without positive text (those stay SQL).
MORE_QUERIES = [
    SearchQuery(text="klima*", outlets=("DR",)),
    SearchQuery(text="soldat outlet:dr date:2022"),
    SearchQuery(text='soldat speaker:"!!"'),  # a value with no key: no condition
    SearchQuery(text="soldat OR speaker:Stoltenberg"),  # under an OR: SQL
    SearchQuery(text="soldat -speaker:Stoltenberg"),  # under a NOT: SQL
    SearchQuery(text="speaker:Stoltenberg"),  # no text: SQL
    SearchQuery(text="-soldat place:Aarhus"),  # no positive text: SQL
]


@pytest.mark.parametrize("rum", [True, False], ids=["rum", "gin"])
def test_filter_terms_find_what_the_sql_filters_find(pg_url, monkeypatch, rum,
                                                     use_gin_instead_of_rum, filtered_queries,
                                                     demo_copies, search_answers):
    queries = [*filtered_queries, *MORE_QUERIES]
    with open_store(pg_url) as store:
        store.add_many(demo_copies(2))
        if not rum:
            use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        lexemes = store._compile(queries[0], "article")[3]
        assert any("'=qjens stoltenberg'" in str(p) for p in lexemes)
        with_terms = search_answers(store, queries)
        monkeypatch.setattr(postgres, "FILTER_TERMS", False)
        with_sql = search_answers(store, queries)
    assert with_terms == with_sql
    totals = [answer[0] for answer in with_terms]
    assert totals == [6, 6, 9, 3, 0, 6, 6, 3, 0, 3, 3, 6, 3, 3, 6, 9, 9, 3, 6, 6]


def test_an_article_has_the_lexemes_of_its_filter_values(pg_url):
    with open_store(pg_url) as store:
        store.add_many(demo_records())
        with store._read() as cur:
            cur.execute("SELECT array_agg(DISTINCT l) FROM article_search, "
                        "unnest(tsvector_to_array(tsv)) l WHERE l LIKE '=%'")
            lexemes = set(cur.fetchone()[0])
    assert {"=qjens stoltenberg", "=qstoltenberg", "=lårhus", "=sreuters", "=odr"} <= lexemes


def test_an_upgraded_archive_gets_its_filter_terms(pg_url, filtered_queries, demo_copies,
                                                   search_answers):
    queries = [*filtered_queries, *MORE_QUERIES]
    with open_store(pg_url) as store:
        store.add_many(demo_copies(2))
        expected = search_answers(store, queries)
        with store._write() as cur:  # as written before schema 12
            cur.execute("UPDATE article_search SET tsv = ts_delete(tsv, ARRAY(SELECT l FROM "
                        "unnest(tsvector_to_array(tsv)) l WHERE l LIKE '=%'))")
            cur.execute("SELECT count(*) FROM article_search WHERE tsv::text LIKE '%''=%'")
            assert cur.fetchone()[0] == 0
            cur.execute("DELETE FROM schema_version WHERE version >= 12")
            cur.execute("DROP FUNCTION article_filter_terms(bigint)")
    with open_store(pg_url) as store:
        assert store.rum
        assert search_answers(store, queries) == expected
