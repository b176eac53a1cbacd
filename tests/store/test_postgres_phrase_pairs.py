"""PostgreSQL's article terms hold the pairs of the commonest words (schema 12), and a
phrase names those pairs instead of the common words: the same matches as the plain
phrase query, with the derivation in Python (new articles) and in SQL (migrated
archives) agreeing lexeme for lexeme."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.search.danish import analyze
from pressespejl.search.query import parse, to_tsquery
from pressespejl.store import open_store, postgres
from pressespejl.store._pg_pairs import phrase_chain, position_pairs
from pressespejl.store.fixtures import demo_records
from pressespejl.store.postgres import tsvector_literal
from pressespejl.types import Analysis, Article, SearchQuery

# Invented texts: common words next to content words, a title, punctuation between
# words that a phrase must not bridge, and aa spelled for å.
TEXTS = [
    ("Plan for klimaet", "Regeringen har en plan for klimaet, og det gør en forskel."),
    ("Skolerne", "For en plan skal der være penge; planen for skolerne er klar."),
    (None, "Det er en god plan. For os er det vigtigt, siger hun i en pressemeddelelse."),
    ("Det gør ondt", "Han gør det, som det gør. Det gør en forskel for Aarhus og for Århus."),
    (None, "Mette Frederiksen og Jakob Ellemann var i Aarhus i går, og de vil sige at det går."),
    ("I en pressemeddelelse", "Kommunen skriver i en pressemeddelelse, at den vil sige at nej."),
]

PHRASES = ['"plan for"', '"plan for klimaet"', '"det gør"', '"det gør en forskel"',
           '"en god plan"', '"skolerne er klar"', '"i en pressemeddelelse"', '"vil sige at"',
           '"frederiksen og"', '"mette frederiksen og jakob"', '"for aarhus"',
           '"for Århus og"', '"plan for skolerne"', '"klar plan"', '"god plan for"',
           '"plan. for"', '"ingen sådan sætning"', '"Jakob Ellemann"']

QUERIES = [*PHRASES, '"plan for" OR "det gør"', '"det gør" -"en forskel"',
           '"i en pressemeddelelse" OR Regeringen', '"plan for" source:ritzau OR klima*',
           '"det gør" date:2022-01', '-"plan for"', '"for a*"', 'plan* "for klimaet"']


@pytest.mark.parametrize(("stems", "expected"), [
    (["plan", "for"], "'+plan+for':AB"),
    (["plan", "for", "klima"], "('+plan+for':AB <-> '+for+klima':AB)"),
    (["mett", "frederiksen", "og"], "('mett':AB <-> '+frederiksen+og':AB)"),
    (["solcel", "klima"], "('solcel':AB <-> 'klima':AB)"),  # no common word: as before
    (["og", "solcel", "klima", "og"], "('+og+solcel':AB <2> '+klima+og':AB)"),
])
def test_a_phrase_names_its_pairs_at_their_distances(stems, expected):
    assert phrase_chain(stems, "AB") == expected


def _records() -> list[tuple[Article, Analysis]]:
    out = []
    for i, (title, text) in enumerate(TEXTS):
        article = Article(id=f"t{i}", title=title, text=text, published=date(2022, 1, 1 + i),
                          sources=("ritzau",) if i % 2 else ())
        out.append((article, Analysis(article_id=article.id, pipeline="t")))
    return out + list(demo_records())


def _answers(store) -> list:
    out = []
    for text in QUERIES:
        results = store.search(SearchQuery(text=text, limit=50))
        out.append((text, results.total, sorted(h.article_id for h in results.hits)))
    return out


@pytest.mark.parametrize("rum", [True, False], ids=["rum", "gin"])
def test_pairs_find_what_the_plain_phrase_finds(pg_url, monkeypatch, rum,
                                                use_gin_instead_of_rum):
    with open_store(pg_url) as store:
        store.add_many(_records())
        if not rum:
            use_gin_instead_of_rum(store)
    with open_store(pg_url) as store:
        assert store.rum is rum
        assert store._match("s.tsv", parse('"plan for"'), "article")[2] == "'+plan+for':AB"
        with_pairs = _answers(store)
        monkeypatch.setattr(postgres, "article_tsquery", to_tsquery)  # the plain phrase
        plain = _answers(store)
    assert with_pairs == plain
    totals = dict((text, total) for text, total, _ in with_pairs)
    assert totals['"plan for"'] == 3  # t0, t1 and t2: punctuation is no word
    assert totals['"det gør"'] == 2
    assert totals['"for aarhus"'] == 1
    assert totals['"i en pressemeddelelse"'] == 2


LONG = " ".join(["Han og hun og de går til og fra byen i dag."] * 200)  # > 255 x "og"
HUGE = " ".join(["Plan for klimaet og for byen."] * 3000)  # past position 16,383


@pytest.mark.parametrize(("title", "text"), [*TEXTS, ("Og for", LONG), (None, HUGE)])
def test_sql_derives_the_pairs_python_derives(pg_url, title, text):
    """Migration 12 adds the pairs to stored article terms in SQL; a new article gets
    them from Python. Both derive them from the stems the tsvector keeps (at most 255
    positions per lexeme, positions clamped at 16,383)."""
    segments = [(analyze(title or ""), "A"), (analyze(text), "B")]
    plain = tsvector_literal(segments)
    with_pairs = tsvector_literal(segments, word_pairs=True)
    assert with_pairs != plain
    with open_store(pg_url) as store, store._read() as cur:
        cur.execute("SELECT article_terms_with_pairs(%s::tsvector) = %s::tsvector, "
                    "article_terms_with_pairs(%s::tsvector)::text",
                    [plain, with_pairs, plain])
        same, derived = cur.fetchone()
    assert same, derived[:300]


def test_pairs_come_from_kept_stem_positions_only():
    positions = {"plan": {1: "A", 9: "B"}, "for": {2: "A", 10: "C"}, "klima": {11: "B"},
                 "og": {12: "D"}}
    # 'for' at 10 is a compound part (C), 'og' at 12 a surface form (D): no pairs there
    assert position_pairs(positions) == {"+plan+for": {1: "A"}}


def test_an_upgraded_archive_gets_its_pairs(pg_url):
    with open_store(pg_url) as store:
        store.add_many(_records())
        expected = _answers(store)
        with store._write() as cur:  # as written before schema 12
            cur.execute("SELECT count(*) FROM article_search WHERE tsv::text LIKE '%''+%'")
            assert cur.fetchone()[0] >= len(TEXTS)
            cur.execute("SELECT num, published, tsv FROM article_search")
            rows = cur.fetchall()
            cur.executemany("UPDATE article_search SET tsv = %s::tsvector "
                            "WHERE num = %s AND published = %s",
                            [(" ".join(x for x in str(tsv).split(" ") if not x.startswith("'+")),
                              num, published) for num, published, tsv in rows])
            cur.execute("SELECT count(*) FROM article_search WHERE tsv::text LIKE '%''+%'")
            assert cur.fetchone()[0] == 0
            cur.execute("DELETE FROM schema_version WHERE version >= 12")
            cur.execute("DROP FUNCTION article_terms_with_pairs(tsvector)")
            cur.execute("DROP FUNCTION article_word_pairs(tsvector)")
    with open_store(pg_url) as store:
        assert store.rum
        assert _answers(store) == expected
        with store._read() as cur:
            cur.execute("SELECT count(*) FROM article_search WHERE tsv::text LIKE '%''+%'")
            assert cur.fetchone()[0] >= len(TEXTS)
