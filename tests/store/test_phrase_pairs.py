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
from pressespejl.store._pg_pairs import pair_lexeme
from pressespejl.store.tantivy_index import IndexEntry, TantivyIndex, word_pairs, word_triples
from pressespejl.types import Analysis, Article, SearchQuery

TEXTS = [
    "Regeringen har en plan for klimaet, og det gør en forskel.",
    "For en plan skal der være penge; planen for skolerne er klar.",  # "plan for" once
    "Det er en god plan. For os er det vigtigt.",  # punctuation is no word: a phrase
    "Han gør det, som det gør.",
    "For første gang står de over for en ny sag, og det er over for de unge.",
    "Den første sag kom over os. For de fleste var det en gang for alle.",
    "Gang på gang var det første skridt over for dem.",  # "gang første" is no phrase
]


@pytest.mark.parametrize(("stems", "pairs"), [
    (["plan", "for"], ["plan+for"]),
    (["det", "gør", "en", "forskel"], ["det+gør", "gør+en", "en+forskel"]),
    (["solcel", "klima"], []),  # no common word: no pair
])
def test_word_pairs_are_pairs_with_a_common_word(stems, pairs):
    assert word_pairs(stems) == pairs


@pytest.mark.parametrize(("stems", "runs"), [
    (["over", "for", "de", "ung"], ["over+for+de"]),
    (["han", "har", "ikk", "klima"], ["han+har+ikk"]),
    (["plan", "for", "de"], []),  # "plan" is no common word: pairs only
    (["først", "gang"], []),
])
def test_word_triples_are_runs_of_three_common_words(stems, runs):
    assert word_triples(stems) == runs


def test_frequent_words_form_pairs_in_the_index_only():
    """"første gang" is a pair term here, but PostgreSQL's pair lexemes (schema 12)
    keep the common words alone."""
    assert word_pairs(["først", "gang"]) == ["først+gang"]
    assert pair_lexeme("først", "gang") is None


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
                                    '"en god plan"', '"skolerne er klar"', '"over for de"',
                                    '"første gang"', '"gang første"', '"over for de unge"',
                                    '"for de fleste"', '"det er over for"', '"for første"'])
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
    assert got[1] == expected[1]
    assert {n for n, _ in got[0]} == {n for n, _ in expected[0]}
    if phrase_terms_answer(phrase):  # one pair or run term, scored as such
        assert "Phrase" not in repr(with_pairs)
    else:  # a filter on the phrase query: its scores too
        assert got == expected


def phrase_terms_answer(phrase: str) -> bool:
    stems = phrase_variants(phrase.strip('"'))[0]
    return (len(stems) == 2 and bool(word_pairs(stems))) or (
        len(stems) == 3 and bool(word_triples(stems)))


def test_the_phrases_hit_what_the_texts_say():
    """The texts are written so that each phrase's matches are known."""
    index = _index()

    def hits(phrase: str) -> set[int]:
        tq, _ = index.query(SearchQuery(text=phrase), parse(phrase))
        return {n for n, _ in index.search(tq, limit=10, offset=0, order="relevance",
                                           scored=True)[0]}

    assert hits('"over for de"') == {5}
    assert hits('"første gang"') == {5}
    assert hits('"gang første"') == set()
    assert hits('"for de fleste"') == {6}


def test_archive_finds_a_common_word_phrase(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        for i, text in enumerate(TEXTS):
            article = Article(id=f"p{i}", text=text, published=date(2022, 2, 1 + i))
            store.add(article, Analysis(article_id=article.id, pipeline="t"))
        found = store.search(SearchQuery(text='"plan for"'))
        assert {h.article_id for h in found.hits} == {"p0", "p1", "p2"}
        assert store.search(SearchQuery(text='"gør en forskel"')).total == 1
