"""PostgreSQL's filter-first plan for a text query with a speaker, place or source filter
(start from the filter's articles, check the words on their search rows) finds exactly
what the word-first plan (every match of the words, then the filter) finds: totals,
hits in every sort order, pages, facets and trends."""

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
]


def _records():
    """The demo articles and three copies of each (ties on every score)."""
    records = list(demo_records())
    for k in (1, 2, 3):
        records += [(replace(a, id=f"{a.id}~{k}"), replace(n, article_id=f"{a.id}~{k}"))
                    for a, n in demo_records()]
    return records


def _answers(store) -> list:
    out = []
    for query in QUERIES:
        results = store.search(query)
        ids = [h.article_id for h in results.hits]
        ranked = query.sort == "relevance"
        collapsed = store.search(query, collapse=True)
        out.append((results.total, sorted(ids) if ranked else ids,
                    sorted(h.article_id for h in collapsed.hits), collapsed.total,
                    store.facets(query), store.trend(query, by="month")))
    return out


def test_filter_first_finds_what_word_first_finds(pg_url, monkeypatch):
    monkeypatch.setattr(postgres, "FILTER_TERMS", False)  # filters as SQL (schema 12 off)
    with open_store(pg_url) as store:
        store.add_many(_records())
        chosen = []
        original = store._filter_first
        monkeypatch.setattr(store, "_filter_first",
                            lambda q, c: chosen.append(r := original(q, c)) or r)
        filter_first = _answers(store)
        assert sum(c is not None for c in chosen) >= len(QUERIES) * 3  # search, facets, trend
        monkeypatch.setattr(postgres, "FILTER_FIRST_MAX", -1)  # never filter first
        chosen.clear()
        word_first = _answers(store)
        assert not any(chosen)
    assert filter_first == word_first
    # Stoltenberg speaks in 2 articles with soldiers (x 4 copies); no one in the fifth.
    totals = [answer[0] for answer in filter_first]
    assert totals == [8, 8, 12, 4, 0, 8, 8, 4, 0, 4, 4, 8, 4]
