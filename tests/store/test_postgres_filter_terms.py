"""PostgreSQL's article terms hold a lexeme per speaker, place, source and outlet of the
article (schema 12), and a text query with such filters matches them in its tsquery:
the same totals, pages, facets and trends as the SQL filters (and filter-first plans)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressespejl.store import open_store, postgres
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery

pytestmark = pytest.mark.postgres

QUERIES = [
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"'),
    SearchQuery(text="Rusland speaker:Stoltenberg"),  # a surname
    SearchQuery(text="soldat OR klima*", speakers=("Jens Stoltenberg", "Trine Bramsen")),
    SearchQuery(text='"står sammen" speaker:"Jens Stoltenberg" -Ukraine'),
    SearchQuery(text='klimaaftale speaker:"Mette Frederiksen" speaker:Kofod'),  # none
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"', sort="newest", limit=2,
                offset=1),
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"', sort="oldest", limit=3),
    SearchQuery(text='soldat speaker:"Jens Stoltenberg" outlet:dr'),
    SearchQuery(text='soldat speaker:"Ingen Sådan"'),
    SearchQuery(text="(soldat OR boliger) AND place:Aarhus"),  # Aarhus = Århus
    SearchQuery(text="Rusland place:Ukraine source:Reuters"),
    SearchQuery(text="soldat OR Kina", sources=("AFP", "Reuters"), limit=3),
    SearchQuery(text="klima* source:ritzau", places=("Danmark",), sort="oldest"),
    SearchQuery(text="klima*", outlets=("DR",)),
    SearchQuery(text="soldat outlet:dr date:2022"),
    SearchQuery(text='soldat speaker:"!!"'),  # a value with no key: no condition
    SearchQuery(text="soldat OR speaker:Stoltenberg"),  # under an OR: SQL
    SearchQuery(text="soldat -speaker:Stoltenberg"),  # under a NOT: SQL
    SearchQuery(text="speaker:Stoltenberg"),  # no text: SQL
    SearchQuery(text="-soldat place:Aarhus"),  # no positive text: SQL
]


def _records():
    """The demo articles and two copies of each."""
    records = list(demo_records())
    for k in (1, 2):
        records += [(replace(a, id=f"{a.id}~{k}"), replace(n, article_id=f"{a.id}~{k}"))
                    for a, n in demo_records()]
    return records


def _answers(store) -> list:
    out = []
    for query in QUERIES:
        results = store.search(query)
        ids = [h.article_id for h in results.hits]
        collapsed = store.search(query, collapse=True)
        out.append((results.total, sorted(ids) if query.sort == "relevance" else ids,
                    sorted(h.article_id for h in collapsed.hits), collapsed.total,
                    store.facets(query), store.trend(query, by="month")))
    return out


@pytest.mark.parametrize("rum", [True, False], ids=["rum", "gin"])
def test_filter_terms_find_what_the_sql_filters_find(pg_url, monkeypatch, rum,
                                                     use_gin_instead_of_rum):
    with open_store(pg_url) as store:
        store.add_many(_records())
        if not rum:
            use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        lexemes = store._compile(QUERIES[0], "article")[3]
        assert any("'=qjens stoltenberg'" in str(p) for p in lexemes)
        with_terms = _answers(store)
        monkeypatch.setattr(postgres, "FILTER_TERMS", False)
        with_sql = _answers(store)
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


def test_an_upgraded_archive_gets_its_filter_terms(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        expected = _answers(store)
        with store._write() as cur:  # as written before schema 12
            cur.execute("UPDATE article_search SET tsv = ts_delete(tsv, ARRAY(SELECT l FROM "
                        "unnest(tsvector_to_array(tsv)) l WHERE l LIKE '=%'))")
            cur.execute("SELECT count(*) FROM article_search WHERE tsv::text LIKE '%''=%'")
            assert cur.fetchone()[0] == 0
            cur.execute("DELETE FROM schema_version WHERE version >= 12")
            cur.execute("DROP FUNCTION article_filter_terms(bigint)")
    with open_store(pg_url) as store:
        assert store.rum
        assert _answers(store) == expected
