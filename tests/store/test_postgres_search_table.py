"""PostgreSQL's narrow search table (schema 8): month partitions, RUM ranking, the GIN
fallback when RUM is missing (and the notice that says so), pg_trgm for names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

QUERIES = ["soldat", "Rusland", "klimaaftale", "Nato soldater", "soldat date:2022-01",
           "Aarhus OR Rusland", "soldat -Nato"]


def _partitions(store) -> set[str]:
    with store._read() as cur:
        cur.execute("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = "
                    "i.inhrelid WHERE i.inhparent = 'article_search'::regclass")
        return {r[0] for r in cur.fetchall()}


def _found(store) -> dict[str, tuple[int, set[str]]]:
    out = {}
    for text in QUERIES:
        results = store.search(SearchQuery(text=text, limit=50))
        out[text] = (results.total, {h.article_id for h in results.hits})
    return out


def test_articles_go_to_their_month_partition(pg_url):
    with open_store(pg_url) as store:
        for month in (1, 3):
            article = Article(id=f"m{month}", text="Soldater ved grænsen.",
                              published=date(2023, month, 5))
            store.add(article, Analysis(article_id=article.id, pipeline="t"))
        assert {"article_search_2023_01", "article_search_2023_03"} <= _partitions(store)
        with store._read() as cur:
            cur.execute("SELECT count(*) FROM article_search_undated")
            assert cur.fetchone()[0] == 0
            cur.execute("SELECT count(*) FROM article_search_2023_03")
            assert cur.fetchone()[0] == 1
        found = store.search(SearchQuery(text="soldat", date_from=date(2023, 2, 1)))
        assert [h.article_id for h in found.hits] == ["m3"]


def test_rum_ranks_the_same_matches_as_the_gin_fallback(pg_url, use_gin_instead_of_rum):
    with open_store(pg_url) as store:
        assert store.rum and store.notice is None
        for article, analysis in demo_records():
            store.add(article, analysis)
        with_rum = _found(store)
        ranked = store.search(SearchQuery(text="soldat", limit=3))
        assert all(h.score > 0 for h in ranked.hits)
        assert [h.score for h in ranked.hits] == sorted((h.score for h in ranked.hits),
                                                        reverse=True)
        use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        assert not store.rum
        assert "no RUM index" in (store.notice or "")
        assert _found(store) == with_rum
        assert store.quotes(SearchQuery(text="Rusland"))


def test_entity_names_have_a_trigram_index(pg_url):
    with open_store(pg_url) as store:
        for article, analysis in demo_records():
            store.add(article, analysis)
        assert store._index_method("archive_entities_name_trgm_idx") == "gin"
        assert [e["name"] for e in store.entities(query="stolten")] == ["Jens Stoltenberg"]


def test_an_undated_article_is_searched_too(pg_url):
    with open_store(pg_url) as store:
        undated = Article(id="u1", text="Soldater uden dato.", published=None,
                          precision="none")
        dated = Article(id="d1", text="Soldater med dato.", published=date(2023, 5, 2))
        for article in (undated, dated):
            store.add(article, Analysis(article_id=article.id, pipeline="t"))
        assert {h.article_id for h in store.search(SearchQuery(text="soldat")).hits} == {
            "u1", "d1"}
        assert {h.article_id for h in store.search(
            SearchQuery(text="soldat OR speaker:Ingen")).hits} == {"u1", "d1"}
        with store._read() as cur:
            cur.execute("SELECT count(*) FROM article_search_undated")
            assert cur.fetchone()[0] == 1


def test_the_store_connections_run_without_jit(pg_url):
    with open_store(pg_url) as store, store._read() as cur:
        cur.execute("SHOW jit")
        assert cur.fetchone()[0] == "off"


BOOLEAN = ['"nye soldater" OR Rusland source:Reuters', "(soldat OR Aarhus) NOT Nato",
           "Rusland outlet:DR", '"soldaterne" OR klimaaftale', "soldat speaker:Stoltenberg",
           "NOT soldat date:2022", "sold* OR klima*", "sold* NOT Rusland"]


def _results(store) -> dict[str, tuple[int, list[str]]]:
    out = {}
    for text in QUERIES + BOOLEAN:
        results = store.search(SearchQuery(text=text, limit=50))
        hits = [h.article_id for h in results.hits]
        # Equal scores may come in another order on another plan: ranked hits as sets;
        # date-ordered pages are ordered by (date, num) on every plan: lists.
        out[text] = (results.total, sorted(hits) if results.hits and results.hits[0].score
                     else hits)
    return out


def _set_match_cost(store, cost: int) -> None:
    with store._write() as cur:
        cur.execute(f"ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST {cost:d}")


@pytest.mark.parametrize("rum", [True, False], ids=["rum", "gin"])
def test_full_text_matches_are_priced_with_the_same_results(pg_url, rum,
                                                            use_gin_instead_of_rum):
    records = [*demo_records(), *(
        (replace(a, id=f"{a.id}~{k}"), replace(n, article_id=f"{a.id}~{k}"))
        for k in range(1, 4) for a, n in demo_records())]
    with open_store(pg_url) as store:
        store.add_many(records)
        if not rum:
            use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        assert store.rum is rum
        with store._read() as cur:
            cur.execute("SELECT procost FROM pg_proc "
                        "WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure")
            assert cur.fetchone()[0] == 100
        priced = _results(store)
        assert priced['"nye soldater" OR Rusland source:Reuters'][0] > 0
        assert priced["sold* OR klima*"][0] > 0
        _set_match_cost(store, 1)  # the plans of before schema 9
        try:
            assert _results(store) == priced
        finally:
            _set_match_cost(store, 100)


def test_few_matches_are_sorted_with_the_hits_of_the_rank_walk(pg_url, monkeypatch):
    from pressespejl.store import _sql_search

    with open_store(pg_url) as store:
        store.add_many(demo_records())
        sorted_first = _results(store)
        ranked = store.search(SearchQuery(text="soldat", limit=2))
        assert ranked.total <= _sql_search.SPARSE_RANKED * 2  # so it was sorted
        scores = [h.score for h in ranked.hits]
        assert scores == sorted(scores, reverse=True) and len(scores) == 2
        monkeypatch.setattr(_sql_search, "SPARSE_RANKED", 0)  # always walk the rank index
        assert _results(store) == sorted_first
