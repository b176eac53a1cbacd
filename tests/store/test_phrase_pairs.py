"""Phrases with common words: the index keeps the pairs such words form (CommonGrams),
and a phrase query filters on them without changing hits or scores."""

from __future__ import annotations

from datetime import date

import pytest
import tantivy

from pressespejl.search.danish import analyze, phrase_variants
from pressespejl.search.query import parse
from pressespejl.store import open_store
from pressespejl.store._index_feed import index_text
from pressespejl.store.tantivy_index import IndexEntry, TantivyIndex, word_pairs
from pressespejl.types import Analysis, Article, SearchQuery

TEXTS = [
    "Regeringen har en plan for klimaet, og det gør en forskel.",
    "For en plan skal der være penge; planen for skolerne er klar.",  # "plan for" once
    "Det er en god plan. For os er det vigtigt.",  # punctuation is no word: a phrase
    "Han gør det, som det gør.",
]


@pytest.mark.parametrize(("stems", "pairs"), [
    (["plan", "for"], ["plan+for"]),
    (["det", "gør", "en", "forskel"], ["det+gør", "gør+en", "en+forskel"]),
    (["solcel", "klima"], []),  # no common word: no pair
])
def test_word_pairs_are_pairs_with_a_common_word(stems, pairs):
    assert word_pairs(stems) == pairs


def _index() -> TantivyIndex:
    index = TantivyIndex(None)
    writer = index.writer()
    for num, text in enumerate(TEXTS, start=1):
        t = index_text([], analyze(text))
        index.add(writer, [IndexEntry(num=num, first=date(2022, 1, num), last=date(2022, 1, num),
                                      title=t[0], body=t[1], parts=t[2], raw=t[3], pairs=t[4],
                                      group=str(num))])
    writer.commit()
    index.reload()
    return index


@pytest.mark.parametrize("phrase", ['"plan for"', '"det gør"', '"det gør en forskel"',
                                    '"en god plan"', '"skolerne er klar"'])
def test_common_pairs_keep_the_phrase_hits(phrase):
    index = _index()
    with_pairs, _ = index.query(SearchQuery(text=phrase), parse(phrase))
    plain = tantivy.Query.boolean_query([
        (tantivy.Occur.Should, tantivy.Query.boost_query(
            tantivy.Query.phrase_query(index.schema, field, variant), weight))
        for variant in phrase_variants(phrase.strip('"'))
        for field, weight in (("title", 4.0), ("body", 1.0))])
    got = index.search(with_pairs, limit=10, offset=0, order="relevance", scored=True)
    expected = index.search(plain, limit=10, offset=0, order="relevance", scored=True)
    assert got[1] == expected[1] >= 1
    assert {n for n, _ in got[0]} == {n for n, _ in expected[0]}
    if len(phrase.split()) > 2:  # a filter on the phrase query: its scores too
        assert got == expected


def test_archive_finds_a_common_word_phrase(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        for i, text in enumerate(TEXTS):
            article = Article(id=f"p{i}", text=text, published=date(2022, 2, 1 + i))
            store.add(article, Analysis(article_id=article.id, pipeline="t"))
        found = store.search(SearchQuery(text='"plan for"'))
        assert {h.article_id for h in found.hits} == {"p0", "p1", "p2"}
        assert store.search(SearchQuery(text='"gør en forskel"')).total == 1
