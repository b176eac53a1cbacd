"""``Store.facets_and_trend``: what ``facets`` and ``trend`` give, from one pass."""

from __future__ import annotations

import pytest

from pressespejl.types import SearchQuery

QUERIES = [SearchQuery(text="soldat"), SearchQuery(text="Rusland OR regeringen"),
           SearchQuery(), SearchQuery(text="speaker:Kofod"),
           SearchQuery(text="ingenting-her-xyz"),
           SearchQuery(text="nato", date_from=None, sources=("ritzau",))]


@pytest.mark.parametrize("by", ["month", "week", "day"])
def test_facets_and_trend_equal_facets_and_trend_apart(store, by):
    for query in QUERIES:
        facets, trend = store.facets_and_trend(query, limit=5, by=by)
        assert facets == store.facets(query, limit=5), query
        assert trend == store.trend(query, by=by), query
    assert any(store.facets_and_trend(q, by=by)[1] for q in QUERIES)  # not all empty


def test_facets_and_trend_rejects_an_unknown_period(store):
    with pytest.raises(ValueError, match="day, week or month"):
        store.facets_and_trend(SearchQuery(text="nato"), by="year")  # type: ignore[arg-type]
