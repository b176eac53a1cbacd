"""PostgreSQL's filter-first plan for a text query with a speaker, place or source filter
(start from the filter's articles, check the words on their search rows) finds exactly
what the word-first plan (every match of the words, then the filter) finds: totals,
hits in every sort order, pages, facets and trends."""

from __future__ import annotations

import pytest

from pressespejl.store import open_store, postgres

pytestmark = pytest.mark.postgres


def test_filter_first_finds_what_word_first_finds(pg_url, monkeypatch, filtered_queries,
                                                   demo_copies, search_answers):
    monkeypatch.setattr(postgres, "FILTER_TERMS", False)  # filters as SQL (schema 12 off)
    with open_store(pg_url) as store:
        store.add_many(demo_copies(3))
        chosen = []
        original = store._filter_first
        monkeypatch.setattr(store, "_filter_first",
                            lambda q, c: chosen.append(r := original(q, c)) or r)
        filter_first = search_answers(store, filtered_queries)
        # search, facets and trend of every query
        assert sum(c is not None for c in chosen) >= len(filtered_queries) * 3
        monkeypatch.setattr(postgres, "FILTER_FIRST_MAX", -1)  # never filter first
        chosen.clear()
        word_first = search_answers(store, filtered_queries)
        assert not any(chosen)
    assert filter_first == word_first
    # Stoltenberg speaks in 2 articles with soldiers (x 4 copies); no one in the fifth.
    totals = [answer[0] for answer in filter_first]
    assert totals == [8, 8, 12, 4, 0, 8, 8, 4, 0, 4, 4, 8, 4]
