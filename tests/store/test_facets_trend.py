"""Facets and trends for any query."""

from __future__ import annotations

from pressespejl.store import FACETS
from pressespejl.types import SearchQuery


def test_facets_count_articles_per_value(store):
    facets = store.facets(SearchQuery(text="soldat"))
    assert list(facets) == list(FACETS)
    assert facets["source"] == [("ritzau", 4), ("Reuters", 2)]
    assert facets["outlet"] == [("dr", 2), ("tv2", 1)]
    assert facets["month"] == [("2022-01", 3), ("2022-02", 1)]
    assert facets["speaker"][0] == ("Jens Stoltenberg", 3)
    assert ("Trine Bramsen", 1) in facets["speaker"]
    assert facets["person"][0] == ("Jens Stoltenberg", 3)
    assert facets["place"][0] == ("Rusland", 3)


def test_facets_limit_and_filters(store):
    facets = store.facets(SearchQuery(outlets=("jp",)), limit=1)
    assert facets["outlet"] == [("jp", 2)]
    assert len(facets["person"]) == 1
    # Place keys fold aa: Aarhus and Århus are one value.
    assert store.facets(SearchQuery(outlets=("jp",)))["place"] == [("Aarhus", 2)]


def test_facets_of_nothing_are_empty(store):
    assert store.facets(SearchQuery(text="zebra")) == {f: [] for f in FACETS}


def test_trend_by_month_fills_gaps(store):
    assert store.trend(SearchQuery(text=""), by="month") == [
        ("2021-12", 1), ("2022-01", 4), ("2022-02", 3), ("2022-03", 1)]


def test_trend_by_week_and_day(store):
    weeks = store.trend(SearchQuery(text="kofod"), by="week")
    assert weeks[0] == ("2021-W52", 1)  # the seed, dated 2022-01, counts on 2022-01-01
    assert ("2022-W03", 1) in weeks
    days = store.trend(SearchQuery(text="klimaaftale"), by="day")
    assert days == [("2022-02-03", 1)]


def test_trend_of_nothing_is_empty(store):
    assert store.trend(SearchQuery(text="zebra"), by="day") == []
