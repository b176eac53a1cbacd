"""A quote's confidence is stored and read back on both backends (schema: quote_confidence)."""

from __future__ import annotations

from dataclasses import replace

from pressespejl.store import Store
from pressespejl.types import SearchQuery


def test_quote_confidence_round_trips(empty_store: Store, seed) -> None:
    article, analysis = seed
    confidences = [round(0.41 + 0.07 * i, 2) for i in range(len(analysis.quotes))]
    quotes = tuple(replace(q, confidence=c)
                   for q, c in zip(analysis.quotes, confidences, strict=True))
    empty_store.add(article, replace(analysis, quotes=quotes))
    (_stored_article, stored), = list(empty_store.iter_records())
    assert [q.confidence for q in stored.quotes] == confidences
    hits = empty_store.quotes(SearchQuery(text="Rusland"))
    assert hits
    by_text = {q.text: q.confidence for q in quotes}
    assert all(hit.quote.confidence == by_text[hit.quote.text] for hit in hits)
