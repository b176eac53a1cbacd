"""PostgreSQL pages of articles ordered by date (no text to rank, or ``sort="newest"``)
by the search table's partition key: the same pages as ordering by the article rows'
dates, undated articles last, and a plan that reads the month partitions newest first
(schema 13: no DEFAULT partition, so the planner knows they do not overlap)."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.store import open_store, postgres
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

# Several articles a day (ties broken by storage order), months apart, and undated ones.
DAYS = [date(2021, 11, 3), date(2022, 1, 31), date(2022, 2, 1), date(2022, 2, 1),
        date(2022, 3, 1), date(2022, 3, 20), date(2022, 3, 20), date(2023, 6, 30), None,
        date(2022, 2, 14), None, date(2021, 11, 3)]

QUERIES = [
    '"ved grænsen" OR Nato source:ritzau',  # no text to rank: newest first
    "Nato OR outlet:Avis",
    "soldat",  # ranked, but asked newest first below
    "source:ritzau",  # no text at all
    "soldat NOT Nato",
]


def _records():
    out = []
    for i, day in enumerate(DAYS):
        text = "Soldater ved grænsen." + (" Nato svarer." if i % 2 else "")
        article = Article(id=f"a{i:02d}", text=text, published=day,
                          precision="day" if day else "none",
                          outlet="Avis" if i % 4 == 0 else None,
                          sources=("ritzau",) if i % 3 else ())
        out.append((article, Analysis(article_id=article.id, pipeline="t")))
    return out


def _pages(store) -> list:
    out = []
    for text in QUERIES:
        for sort in ("relevance", "newest", "oldest"):
            for offset in range(0, len(DAYS), 5):
                query = SearchQuery(text=text, sort=sort, limit=5, offset=offset)
                results = store.search(query)
                ids = [h.article_id for h in results.hits]
                out.append((text, sort, offset, results.total,
                            sorted(ids) if sort == "relevance" and "soldat" in text else ids))
    return out


def test_pages_in_the_order_of_the_article_dates(pg_url, monkeypatch):
    with open_store(pg_url) as store:
        store.add_many(_records())
        by_partition = _pages(store)
        monkeypatch.setattr(postgres, "PARTITION_ORDER", False)
        by_article_dates = _pages(store)
    assert by_partition == by_article_dates
    newest = [i for text, sort, _, _, ids in by_partition
              if text.startswith('"ved') and sort == "relevance" for i in ids]
    # newest first, same day last stored first, undated last
    assert newest == ["a07", "a06", "a05", "a04", "a09", "a03", "a02", "a01",
                               "a11", "a00", "a10", "a08"]


def test_undated_articles_have_a_range_partition(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        with store._read() as cur:
            cur.execute("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                        "JOIN pg_class c ON c.oid = i.inhrelid "
                        "WHERE i.inhparent = 'article_search'::regclass")
            bounds = dict(cur.fetchall())
            cur.execute("SELECT count(*) FROM article_search_undated")
            undated = cur.fetchone()[0]
    assert not any("DEFAULT" in b for b in bounds.values()), bounds
    assert bounds["article_search_undated"] == "FOR VALUES FROM (MINVALUE) TO ('0001-01-01')"
    assert undated == 2


def test_the_plan_reads_the_months_newest_first(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        query = SearchQuery(text='"ved grænsen" OR Nato source:ritzau')
        _, from_sql, where, params = store._compile(query, "article")
        assert from_sql == postgres.SEARCH_JOIN and "a." not in where
        from_sql = postgres.SEARCH_ROWS  # what the page reads (_search_page)
        order = store._page_order(query, False, from_sql, ties=False, collapse=False)
        assert order == "s.published DESC, s.num DESC"
        with store._read() as cur:
            cur.execute("SET LOCAL enable_sort = off")  # as for a large archive: no full sort
            cur.execute(store._sql(f"EXPLAIN SELECT a.num, 0.0 AS score FROM {from_sql} "
                                   f"WHERE {where} ORDER BY {order} LIMIT 5"), params)
            plan = "\n".join(r[0] for r in cur.fetchall())
    assert "Merge Append" not in plan and "Append" in plan, plan
    months = [line.split(" on ")[1].split()[0] for line in plan.splitlines()
              if " on article_search_" in line]
    assert months[-1] == "article_search_undated", plan  # undated last
    assert months[:-1] == sorted(months[:-1], reverse=True) and len(months) >= 6, plan


def test_a_dated_row_in_the_default_partition_moves_on_upgrade(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records()[:1])
        with store._write() as cur:  # as written before schema 13
            cur.execute("ALTER TABLE article_search DETACH PARTITION article_search_undated")
            cur.execute("ALTER TABLE article_search_undated RENAME TO article_search_default")
            cur.execute("ALTER TABLE article_search ATTACH PARTITION article_search_default "
                        "DEFAULT")
            cur.execute("DELETE FROM schema_version WHERE version >= 13")
        store._months.add(date(2022, 1, 1))  # taken to exist: a01 goes to the default
        store.add_many(_records()[1:])
        with store._read() as cur:
            cur.execute("SELECT count(*) FROM article_search_default")
            assert cur.fetchone()[0] == 3  # a01 and the two undated
    with open_store(pg_url) as store:
        with store._read() as cur:
            cur.execute("SELECT tableoid::regclass::text, count(*) FROM article_search "
                        "GROUP BY 1")
            where = dict(cur.fetchall())
            cur.execute("SELECT entry, n FROM facet_counts WHERE n > 0 ORDER BY entry")
            kept = cur.fetchall()
            cur.execute("SELECT e, count(*) FROM article_search s, unnest("
                        "facet_count_entries(s.facets, s.published)) e GROUP BY e ORDER BY e")
            assert kept == cur.fetchall()
        assert where["article_search_undated"] == 2
        assert where["article_search_2022_01"] == 1
        assert sum(where.values()) == len(DAYS)
        assert store.search(SearchQuery(text="soldat date:2022-01")).total == 1
