"""Schema 11: entity mentions and time expressions in the article row of the SQLite
archive (store/_compact.py), the migration from their tables, and ``compact``."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import _compact, open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.types import Entity, SearchQuery, TimeExpression

TEXT = "Udenrigsminister Lars Løkke Rasmussen sagde onsdag, at Ruslands krig varer."


def test_entities_round_trip_with_and_without_their_text():
    entities = (
        Entity("Udenrigsminister Lars Løkke Rasmussen", "PER", 0, 37,
               canonical="Lars Løkke Rasmussen", form="title"),
        Entity("Lars Løkke Rasmussen", "PER", 17, 37, canonical="Lars Løkke Rasmussen"),
        Entity("Ruslands", "LOC", 55, 63, canonical="Rusland", form="genitive"),
        Entity("Rusland", "LOC", 55, 62),  # no canonical: stays None
        Entity("Rusland", "LOC", 0, 7, canonical="Rusland"),  # not its span: text kept
    )
    packed = _compact.pack_entities(entities, TEXT)
    assert _compact.unpack_entities(packed, TEXT) == entities
    assert "Udenrigsminister" not in _compact.unpack_text(packed)  # spans left out
    assert _compact.pack_entities((), TEXT) == b""
    assert _compact.unpack_entities(b"", TEXT) == ()
    # The plain JSON the migration writes: every text spelled out.
    plain = '[[55,63,"LOC","Ruslands","Rusland","genitive"],[55,62,"LOC","Rusland",null,null]]'
    assert _compact.unpack_entities(plain, TEXT) == entities[2:4]


def test_time_expressions_and_sentences_round_trip():
    times = (TimeExpression("onsdag", 44, 50, date(2022, 1, 5), date(2022, 1, 26), "day"),
             TimeExpression("i går", 0, 5, None, None, "day"))  # not a span of TEXT
    packed = _compact.pack_times(times, TEXT)
    assert _compact.unpack_times(packed, TEXT) == times
    plain = '[[44,50,"day","2022-01-05","2022-01-26","onsdag"]]'
    assert _compact.unpack_times(plain, TEXT) == times[:1]
    spans = [(0, 40), (41, 90), (92, 93)]
    assert _compact.unpack_sentences(_compact.pack_sentences(spans)) == spans
    assert _compact.unpack_sentences(_compact.pack_json([[0, 40], [41, 90]])) == spans[:2]
    assert _compact.unpack_sentences('[[0, 40]]') == [(0, 40)]
    assert _compact.unpack_sentences(_compact.pack_sentences([])) == []


def _answers(store):
    """What users can ask that reads mentions: whole records, quotes by a person they
    mention (person entities inside the quote), counts."""
    stats = store.stats()
    return (list(store.iter_records()), store.checksum(recompute=True),
            [(h.article_id, h.quote.text, h.snippet) for h in store.quotes(
                SearchQuery(text="", people=("Jeppe Kofod",), limit=50))],
            stats["entities"], stats["time_expressions"],
            [(h.quote.text, h.snippet) for h in store.quotes(SearchQuery(text="Rusland"))],
            store.entity("Jeppe Kofod")["latest_quotes"])


def test_schema_10_archive_migrates_its_mention_tables_losslessly(
    tmp_path, seed, monkeypatch, sqlite_schema_at,
):
    records = [seed, *demo_records()]
    article, analysis = records[1]
    # Out of text order on purpose: the migration keeps each list in its stored order.
    times = (TimeExpression(article.text[6:10], 6, 10, None, None, "day"),
             TimeExpression(article.text[0:4], 0, 4, date(2023, 1, 1), date(2023, 12, 31),
                            "year"),
             TimeExpression("i går", 2, 5, date(2023, 5, 1), date(2023, 5, 1), "day"))
    records[1] = (article, replace(analysis, time_expressions=times,
                                   entities=tuple(reversed(analysis.entities))))
    assert sum(len(a.entities) for _, a in records) > 10
    assert sum(len(a.time_expressions) for _, a in records) > 4
    path = tmp_path / "old.sqlite"
    sqlite_schema_at(10)
    with open_store(path) as store:
        store.add_many(records)
        assert store.stats()["schema_version"] == 10
        before = _answers(store)
    monkeypatch.undo()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] == before[3]
    conn.close()
    assert before[2], "the fixture must have a quote that mentions a person"

    with open_store(path) as store:
        assert store.stats()["schema_version"] == latest_version("sqlite") >= 11
        assert _answers(store) == before
        store.sync_index(rebuild=True)  # the quote index reads the persons of the rows
        assert _answers(store) == before
        assert store.compact() == len(records)
        assert store.compact() == 0
        assert _answers(store) == before
        more = replace(records[0][0], id="f" * 16, text=records[0][0].text + " Mere.")
        assert store.add(more, replace(records[0][1], article_id=more.id))
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert not {"entities", "time_expressions", "quotes_speaker_surname_idx"} & tables
    kinds = conn.execute("SELECT DISTINCT typeof(entities), typeof(time_expressions) "
                         "FROM articles WHERE entities <> X''").fetchall()
    assert kinds == [("blob", "blob")]
    # Quotes that are exactly their span of the article text keep no copy of it.
    spans, kept = conn.execute("SELECT sum(text = ''), sum(text <> '') FROM quotes").fetchone()
    assert spans == sum(len(a.quotes) for _, a in records) + len(records[0][1].quotes)
    assert kept == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_new_archive_writes_compact_mentions(tmp_path, seed):
    with open_store(tmp_path / "a.sqlite") as store:
        store.add(*seed)
        assert store.record(seed[0].id) == seed
        assert store.compact() == 0  # nothing plain to rewrite
    with sqlite3.connect(tmp_path / "a.sqlite") as conn:
        stored = conn.execute("SELECT entities, time_expressions FROM articles").fetchone()
    conn.close()
    assert _compact.unpack_entities(stored[0], seed[0].text) == seed[1].entities
    assert _compact.unpack_times(stored[1], seed[0].text) == seed[1].time_expressions


def test_a_quote_that_is_not_its_span_keeps_its_text(tmp_path, seed):
    article, analysis = seed
    edited = replace(analysis.quotes[0], text=analysis.quotes[0].text.upper())
    analysis = replace(analysis, quotes=(edited, *analysis.quotes[1:]))
    with open_store(tmp_path / "a.sqlite") as store:
        store.add(article, analysis)
        assert store.record(article.id) == (article, analysis)
        store.sync_index(rebuild=True)
        word = max(edited.text.split(), key=len)
        assert edited in [h.quote for h in store.quotes(SearchQuery(text=word, limit=50))]
    with sqlite3.connect(tmp_path / "a.sqlite") as conn:
        assert [r[0] for r in conn.execute("SELECT text FROM quotes WHERE text <> ''")
                ] == [edited.text]
    conn.close()


def test_compact_refuses_an_archive_below_schema_11(tmp_path, sqlite_schema_at):
    sqlite_schema_at(10)
    with open_store(tmp_path / "old.sqlite") as store, pytest.raises(Exception, match="11"):
        store.compact()
