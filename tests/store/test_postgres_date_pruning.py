"""A date filter on PostgreSQL also bounds the search table's partition key, so only its
months are read, and finds exactly what it found without the bound."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressespejl.store import open_store, postgres
from pressespejl.store._pg_dates import PublishedBounds, published_bounds
from pressespejl.types import Analysis, Article, SearchQuery

pytestmark = pytest.mark.postgres

# (id, published, precision): days, a month only (the whole of March 2022), undated
DATES = [("d1", date(2022, 1, 31), "day"), ("d2", date(2022, 2, 1), "day"),
         ("m3", date(2022, 3, 1), "month"), ("d4", date(2022, 3, 20), "day"),
         ("d5", date(2022, 4, 2), "day"), ("d6", date(2023, 6, 30), "day"),
         ("u7", None, "none")]

QUERIES = [
    SearchQuery(text="soldat date:2022-03"),
    SearchQuery(text="soldat date:2022-03-15..2022-03-31"),  # the month-only article too
    SearchQuery(text="soldat date:2022-02-01..", sort="oldest"),
    SearchQuery(text="soldat date:..2022-02-01"),
    SearchQuery(text="soldat date:2022 date:2022-03-10..2023-01-01"),
    SearchQuery(text="soldat", date_from=date(2022, 3, 25), date_to=date(2022, 4, 30)),
    SearchQuery(text="(soldat OR grænse) NOT Nato date:2022-01-01..2022-03-31"),
    SearchQuery(text='"ved grænsen" OR Nato source:ritzau date:2022'),  # an OR: no bound
    SearchQuery(text="soldat -date:2022-03"),  # a NOT: no bound
    SearchQuery(text="soldat OR date:2023"),  # under an OR: no bound
    SearchQuery(text="date:2022-03"),  # no text
    SearchQuery(text="soldat date:2024"),  # nothing
]


def _records():
    out = []
    for i, (id_, day, precision) in enumerate(DATES):
        text = "Soldater ved grænsen." + (" Nato svarer." if i % 2 else "")
        article = Article(id=id_, text=text, published=day, precision=precision,
                          sources=("ritzau",) if i % 3 == 0 else ())
        out.append((article, Analysis(article_id=id_, pipeline="t")))
    return out


def _answers(store) -> list:
    out = []
    for query in QUERIES:
        results = store.search(query)
        out.append((results.total, [h.article_id for h in results.hits]
                    if query.sort != "relevance" else sorted(h.article_id for h in results.hits),
                    store.facets(query), store.trend(query)))
    return out


def test_bounds_find_what_the_date_filter_alone_finds(pg_url, monkeypatch):
    with open_store(pg_url) as store:
        store.add_many(_records())
        bounded = _answers(store)
        monkeypatch.setattr(postgres, "published_bounds", lambda query: None)
        unbounded = _answers(store)
    assert bounded == unbounded
    totals = [answer[0] for answer in bounded]
    assert totals == [2, 2, 5, 2, 3, 2, 2, 7, 5, 7, 2, 0]


def test_a_date_filter_reads_its_months_only(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        _, from_sql, where, params = store._compile(
            SearchQuery(text="(soldat OR grænse) NOT Nato date:2022-03-15..2022-04-30"),
            "article")
        with store._read() as cur:
            cur.execute(store._sql(f"EXPLAIN SELECT a.num FROM {from_sql} WHERE {where}"),
                        params)
            plan = "\n".join(r[0] for r in cur.fetchall())
    read = set(re.findall(r"on (article_search_\w+) \w", plan))  # tables, not indexes
    assert read == {"article_search_2022_03", "article_search_2022_04"}, plan


@pytest.mark.parametrize(("query", "bounds"), [
    (SearchQuery(text="x"), None),
    (SearchQuery(text="x date:2022-03-15..2022-04-02"),
     PublishedBounds(date(2022, 3, 1), date(2022, 4, 2))),
    (SearchQuery(text="x date:2022 date:..2022-05-09", date_from=date(2022, 2, 2)),
     PublishedBounds(date(2022, 2, 1), date(2022, 5, 9))),
    (SearchQuery(text="x OR date:2022"), None),
    (SearchQuery(text="x -date:2022"), None),
])
def test_published_bounds(query, bounds):
    assert published_bounds(query) == bounds
