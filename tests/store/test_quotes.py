"""Quote search: by the quote's words, by who said it, by who is mentioned in it."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.types import SearchQuery


def said(store, **kw):
    return [(h.quote.speaker, h.quote.text[:30]) for h in store.quotes(SearchQuery(**kw))]


def test_quotes_everything_stoltenberg_said_about_rusland_in_january(store):
    hits = store.quotes(SearchQuery(text="Rusland", speakers=("Stoltenberg",),
                                    date_from=date(2022, 1, 1), date_to=date(2022, 1, 31)))
    texts = sorted(h.quote.text[:25] for h in hits)
    assert texts == ["Der er store uenigheder m", "Hvis Rusland igen indlede",
                     "Vi står sammen, og Ruslan"]
    assert all(h.quote.speaker == "Jens Stoltenberg" for h in hits)
    assert {h.date for h in hits} == {"2022-01", "2022-01-12"}
    assert all("[Rusland]" in h.snippet for h in hits)


def test_quotes_words_match_inside_the_quote_only(store):
    # "Baltikum" is in the article but not in its quote.
    assert said(store, text="Baltikum") == []
    assert said(store, text="alvorlig") == [("Jens Stoltenberg", "En invasion vil få alvorlige k")]


def test_quotes_by_speaker_full_name_or_surname(store):
    by_surname = said(store, speakers=("kofod",))
    assert len(by_surname) == 3
    assert said(store, speakers=("Jeppe Kofod",)) == by_surname


def test_quotes_person_mentioned_in_the_quote(store):
    hits = store.quotes(SearchQuery(people=("Jeppe Kofod",)))
    assert [(h.quote.speaker, h.quote.text) for h in hits] == [
        ("Mette Frederiksen", "Jeg er enig med Kofod i, at vi skal gå forrest")]
    assert "[Kofod]" in hits[0].snippet


def test_quotes_person_found_by_entity_span(store, seed):
    # "Natos" is not a person; Rjabkov is mentioned only as an entity outside quotes.
    assert said(store, people=("Sergej Rjabkov",)) == []


def test_quotes_date_filter_and_sort(store):
    hits = store.quotes(SearchQuery(speakers=("Stoltenberg",), sort="oldest"))
    assert [h.date for h in hits] == sorted(h.date for h in hits)
    hits = store.quotes(SearchQuery(speakers=("Stoltenberg",), date_from=date(2022, 2, 1)))
    assert [h.date for h in hits] == ["2022-02"]


def test_quotes_limit_and_unknown_speaker(store):
    assert len(store.quotes(SearchQuery(limit=2))) == 2
    assert store.quotes(SearchQuery(speakers=("Nobody",))) == []


@pytest.mark.parametrize("query", ['"vi står"', "står*", "samarbejde OR klimaaftale"])
def test_quotes_query_language(store, query):
    assert store.quotes(SearchQuery(text=query))


def test_quotes_keep_offsets_into_the_article(store, seed):
    article, analysis = seed
    hit = store.quotes(SearchQuery(text="risikoreduktion"))[0]
    assert article.text[hit.quote.start:hit.quote.end] == hit.quote.text
    assert hit.quote == analysis.quotes[3]
