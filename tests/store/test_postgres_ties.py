"""PostgreSQL with RUM: a page of ranked quotes is a slice of one order. The index hands
out quotes by distance; the store takes the page and every quote tied with its last,
then sorts them by position and storage order. A count of articles whose conditions read
no article column counts the search rows alone, and counts the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import _sql_search, open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery

pytestmark = pytest.mark.postgres


def _records():
    """The demo articles and five copies of each: every score is tied six times."""
    records = list(demo_records())
    for k in range(1, 6):
        records += [(replace(a, id=f"{a.id}~{k}"), replace(n, article_id=f"{a.id}~{k}"))
                    for a, n in demo_records()]
    return records


def test_quote_pages_are_slices_of_one_order(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        for text in ("soldater OR boliger OR Rusland", "samarbejde* OR historisk", "vi"):
            # copies of a quote tie and look the same: (text, start) tells the others apart
            every = [(h.quote.text, h.quote.start)
                     for h in store.quotes(SearchQuery(text=text, limit=100))]
            assert len(every) >= 12 and len(set(every)) >= 2
            for limit, offset in ((1, 0), (4, 2), (5, 5), (7, 4)):
                page = store.quotes(SearchQuery(text=text, limit=limit, offset=offset))
                assert [(h.quote.text, h.quote.start) for h in page] == every[offset:offset + limit]


def test_counting_without_the_article_rows_counts_the_same(pg_url, monkeypatch):
    texts = ["soldat", '"står sammen"', "klima*", "soldat outlet:dr", "Rusland -Ukraine",
             "soldat date:2022-01", "intet-matcher-dette"]
    with open_store(pg_url) as store:
        store.add_many(_records())
        joined_from = []
        original = _sql_search.SqlSearchStore._count

        def spy(self, cur, from_sql, where, params):
            joined_from.append(" JOIN " in from_sql)
            return original(self, cur, from_sql, where, params)

        monkeypatch.setattr(_sql_search.SqlSearchStore, "_count", spy)
        totals = [store.search(SearchQuery(text=t)).total for t in texts]
        # outlet and NOT-text are in the article terms (schema 12); the date is not
        assert joined_from == [False, False, False, False, False, True, False]
        monkeypatch.setattr(type(store), "_count", spy)  # the join always
        assert [store.search(SearchQuery(text=t)).total for t in texts] == totals
    assert totals == [18, 6, 6, 12, 6, 12, 0]


def test_quote_pages_joined_late_equal_the_pages_joined_early(pg_url):
    """Without a condition on the article rows, a page of quotes is cut before they are
    joined to their articles; with one (a date filter every article passes) after: the
    same pages."""
    with open_store(pg_url) as store:
        store.add_many(_records())
        for text, speakers in (("soldater OR boliger OR Rusland", ()), ("vi", ()),
                               ("Rusland", ("Jens Stoltenberg",))):
            for limit, offset in ((3, 0), (5, 4), (50, 0)):
                late = store.quotes(SearchQuery(text=text, speakers=speakers, limit=limit,
                                                offset=offset))
                early = store.quotes(SearchQuery(text=text, speakers=speakers, limit=limit,
                                                 offset=offset, date_from=date(1900, 1, 1)))
                assert late == early and late
