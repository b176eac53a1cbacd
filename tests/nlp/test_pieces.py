"""Very long articles are analysed in pieces, with every offset into the whole text
(issue 10: a 1,000,000-character article ended in spaCy's error E088)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from pressespejl.errors import InputError
from pressespejl.nlp import analyze, analyze_many, load_pipeline, pieces
from pressespejl.types import Article

PARAGRAPH = ("Statsminister Mette Frederiksen besøgte i går Aarhus.\n\n"
             "- Vi skal handle nu, siger Mette Frederiksen.\n\n")


def long_article(paragraphs: int = 40) -> Article:
    return Article(id="lang", text=PARAGRAPH * paragraphs, published=date(2022, 1, 5))


def test_spans_cover_the_text_and_end_after_paragraph_breaks():
    text = PARAGRAPH * 30
    found = pieces.spans(text, 500)
    assert found[0][0] == 0 and found[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(found))
    assert all(end - start <= 500 for start, end in found)
    assert all(text[:end].endswith("\n\n") for _, end in found[:-1])
    assert pieces.spans("kort tekst", 500) == [(0, 10)]


def test_spans_cut_a_text_without_breaks_at_spaces_or_hard():
    assert all(e - s <= 40 for s, e in pieces.spans("ord " * 100, 40))
    assert pieces.spans("x" * 100, 40) == [(0, 40), (40, 80), (80, 100)]


def test_pieces_give_the_analysis_of_the_whole(monkeypatch):
    article = long_article()
    nlp = load_pipeline()
    whole = analyze(article, nlp=nlp)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 1_000)
    assert len(pieces.spans(article.text)) >= 4
    split = analyze(article, nlp=nlp)
    assert len(split.quotes) == 40
    text = article.text
    for span in (*split.quotes, *split.entities, *split.time_expressions):
        assert text[span.start:span.end] == span.text
    assert (split.quotes, split.entities, split.sentences, split.time_expressions) == (
        whole.quotes, whole.entities, whole.sentences, whole.time_expressions)
    assert split.people == whole.people  # one person, mentions added up
    assert split.offices == whole.offices


def test_issue10_text_longer_than_spacys_limit_is_analysed(monkeypatch):
    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 1_000)  # as a 1,000,000-character article does
    article = long_article(30)
    assert len(article.text) > 2 * nlp.max_length
    [(_, analysis)] = list(analyze_many([article], nlp=nlp))
    assert len(analysis.quotes) == 30
    assert all(article.text[q.start:q.end] == q.text for q in analysis.quotes)


def test_absurd_article_is_refused_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(pieces, "MAX_CHARS", 1_000)
    article = long_article()
    assert "characters long" in pieces.too_long(article)
    assert pieces.too_long(long_article(1)) is None
    with pytest.raises(InputError, match=r"lang: the text is 4,080 characters long"):
        analyze(article)
