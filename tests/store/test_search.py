"""Full-text search with Danish analysis, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.errors import QueryError
from pressespejl.types import SearchQuery


def titles(store, text, **kw):
    return sorted(h.title or "(seed)" for h in store.search(SearchQuery(text=text, **kw)).hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Inflection: the Snowball stemmer.
        ("soldat", ["(seed)", "Forsvarsminister i Estland", "Nato sender soldater til Baltikum",
                    "Stoltenberg advarer Rusland"]),
        ("Ruslands", ["(seed)", "Nato sender soldater til Baltikum",
                      "Stoltenberg advarer Rusland"]),
        # Hyphenated compounds are their words.
        ("rådet", ["(seed)"]),
        ("Nato-Rusland-rådet", ["(seed)"]),
        # aa = å
        ("Aarhus", ["Flere boliger i Århus", "Letbanen kører igen"]),
        ("Århus", ["Flere boliger i Århus", "Letbanen kører igen"]),
        # Phrases keep word order and adjacency.
        ('"væbnet konflikt"', ["(seed)"]),
        ('"konflikt væbnet"', []),
        # Prefixes match surface forms.
        ("topmø*", ["Topmøde om handel"]),
        # Boolean operators.
        ("kina OR klimaaftale", ["Bredt flertal bag klimaaftale", "Topmøde om handel"]),
        ("soldat -rusland", ["Forsvarsminister i Estland"]),
        ("soldat NOT (rusland OR estland)", []),
        ("(Berlin OR Baltikum) nato", ["Nato sender soldater til Baltikum"]),
    ],
)
def test_search_finds(store, query, expected):
    assert titles(store, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("alliance", ["(seed)", "Forsvarsminister i Estland", "Nato sender soldater til Baltikum"]),
        ("aftale", ["Bredt flertal bag klimaaftale"]),
        ("minister", ["(seed)", "Forsvarsminister i Estland", "Kofod i Berlin"]),
    ],
)
def test_search_finds_compound_parts(store, query, expected):
    assert titles(store, query) == expected


def test_search_does_not_split_names(store):
    # "Rusland" is a proper noun: it must not make "land" match it.
    assert "Stoltenberg advarer Rusland" not in titles(store, "land")
    assert titles(store, "land") == ["(seed)"]  # "østlige lande"


def test_search_highlights_original_words(store):
    hit = store.search(SearchQuery(text="soldat", outlets=("tv2",))).hits[0]
    assert "[soldater]" in hit.snippet
    seed = store.search(SearchQuery(text="rådet", sort="newest")).hits[0]
    assert "Nato-Rusland-[rådet]" in seed.snippet


def test_search_markers_are_configurable(store):
    hit = store.search(SearchQuery(text="klimaaftale"), markers=("«", "»")).hits[0]
    assert "«klimaaftale»" in hit.snippet
    assert "[" not in hit.snippet


def test_search_highlights_compound_word(store):
    hit = store.search(SearchQuery(text="alliance", sources=("Reuters",))).hits[0]
    assert "[forsvarsalliance]" in hit.snippet


def test_search_ranks_title_matches_first(store):
    hits = store.search(SearchQuery(text="klimaaftale OR kina")).hits
    assert len(hits) == 2
    assert all(h.score > 0 for h in hits)
    hits = store.search(SearchQuery(text="stoltenberg")).hits
    assert hits[0].title == "Stoltenberg advarer Rusland"


def test_search_sort_and_paging(store):
    newest = store.search(SearchQuery(text="nato", sort="newest"))
    dates = [h.date for h in newest.hits]
    assert dates == sorted(dates, reverse=True)
    oldest = store.search(SearchQuery(text="nato", sort="oldest", limit=2, offset=1))
    assert oldest.total == newest.total
    assert [h.date for h in oldest.hits] == sorted(dates)[1:3]


def test_search_hit_carries_article_fields(store):
    hit = store.search(SearchQuery(text="rådet")).hits[0]
    assert hit.article_id == "68a4d7f295b6d847"
    assert hit.date == "2022-01"
    assert hit.sources == ("ritzau", "Reuters")


@pytest.mark.parametrize(
    ("query", "kwargs", "expected"),
    [
        ("", {"outlets": ("DR",)}, 4),
        ("", {"sources": ("reuters",)}, 2),
        ("", {"places": ("aarhus",)}, 2),  # Aarhus and Århus: aa = å for names
        ("", {"speakers": ("Stoltenberg",)}, 3),
        ("", {"speakers": ("jens stoltenberg",)}, 3),
        ("", {"people": ("Kofod",)}, 3),
        ("soldat", {"speakers": ("Stoltenberg",)}, 3),
        ("speaker:Stoltenberg soldat", {}, 3),
        ('person:"Jeppe Kofod" klima*', {}, 1),
        ("place:Ukraine", {}, 2),
        ("source:ritzau outlet:jp", {}, 1),
        ("speaker:Kofod OR speaker:Frederiksen", {}, 3),
        ("-speaker:Stoltenberg nato", {}, 1),
    ],
)
def test_search_filters(store, query, kwargs, expected):
    assert store.search(SearchQuery(text=query, **kwargs)).total == expected


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        # The seed is dated 2022-01 (month): it overlaps any range touching January.
        (date(2022, 1, 25), date(2022, 1, 26), {"(seed)"}),
        (date(2022, 1, 31), date(2022, 2, 1), {"(seed)", "Forsvarsminister i Estland",
                                               "Stoltenberg advarer Rusland"}),
        (date(2022, 2, 10), None, {"Stoltenberg advarer Rusland", "Letbanen kører igen",
                                   "Flere boliger i Århus"}),
        (None, date(2021, 12, 31), {"Topmøde om handel"}),
    ],
)
def test_search_date_range_overlaps_month_dates(store, date_from, date_to, expected):
    query = SearchQuery(text="", date_from=date_from, date_to=date_to, limit=50)
    got = {h.title or "(seed)" for h in store.search(query).hits}
    # Only articles whose days overlap the range, and all of them.
    assert got >= expected
    assert all(title in expected or title in _day_articles_between(date_from, date_to)
               for title in got)


def _day_articles_between(first, last):
    from pressespejl.store.fixtures import demo_records

    return {a.title for a, _ in demo_records()
            if (first is None or a.published_last >= first)
            and (last is None or a.published <= last)}


def test_search_date_in_query(store):
    assert store.search(SearchQuery(text="date:2022-02")).total == 3
    assert store.search(SearchQuery(text="date:2022-01-12..2022-01-20")).total == 3
    assert store.search(SearchQuery(text="date:2021")).total == 1


def test_search_empty_query_lists_newest(store):
    result = store.search(SearchQuery(limit=3))
    assert result.total == 9
    assert result.hits[0].title == "Flere boliger i Århus"


@pytest.mark.parametrize("bad", ["(rusland", "speaker:", '"open phrase', "date:2022-13",
                                 "rusland OR", "foo:bar"])
def test_search_malformed_query_raises(store, bad):
    with pytest.raises(QueryError) as info:
        store.search(SearchQuery(text=bad))
    assert info.value.position is not None


@pytest.mark.parametrize("text", ["NEAR", "col:", "a&b|c", "x' OR '1'='1", "^rus", "\\",
                                  "a:b:c*"])
def test_search_treats_index_syntax_as_words(store, text):
    """Words that mean something to tantivy or tsquery are words (or a clear query
    error) here: never an injected operator that matches everything, never a crash."""
    try:
        results = store.search(SearchQuery(text=text))
    except QueryError as exc:
        assert str(exc) and exc.position is not None
        return
    assert results.total < store.stats()["articles"]
