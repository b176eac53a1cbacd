"""Index version 6: the quote index's own layout (one ``keys`` field, no facet columns,
no title), an article index of version 5 kept as it is, and facets counted in two
threads with the same buckets as one aggregation."""

from __future__ import annotations

import json
from datetime import date

import pytest
import tantivy

from pressespejl.store import open_store, tantivy_index
from pressespejl.store import sqlite as sqlite_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.tantivy_index import (
    FACET_FIELDS,
    INDEX_VERSION,
    META_FILE,
    IndexEntry,
    TantivyIndex,
)
from pressespejl.types import SearchQuery

QUOTE_QUERIES = [
    SearchQuery(text="Rusland"),
    SearchQuery(text="rus*"),
    SearchQuery(text='"væbnet konflikt"'),
    SearchQuery(text="", speakers=("Stoltenberg",)),
    SearchQuery(text="", speakers=("Jens Stoltenberg",)),
    SearchQuery(text="", people=("Kofod",)),
    SearchQuery(text="", places=("Ukraine",)),
    SearchQuery(text="", sources=("ritzau",)),
    SearchQuery(text="", date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)),
    SearchQuery(text="speaker:Stoltenberg nato"),
]


def _quote_answers(store):
    return [[(h.article_id, h.quote.start, h.quote.speaker) for h in store.quotes(q)]
            for q in QUOTE_QUERIES]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "archive.sqlite"


def _meta(path, suffix):
    return path.with_name(path.name + suffix) / META_FILE


def test_a_version_5_article_index_is_kept_and_its_quote_index_rebuilt(path, seed):
    with open_store(path) as store:
        store.add_many([seed, *demo_records()])
        expected = _quote_answers(store)
        articles = store.search(SearchQuery(text="nato", limit=50))
    assert any(expected), expected
    for suffix in (sqlite_store.INDEX_SUFFIX, sqlite_store.QUOTE_INDEX_SUFFIX):
        meta = _meta(path, suffix)
        meta.write_text(json.dumps({**json.loads(meta.read_text()), "version": 5}))
    article_files = sorted(p.name for p in _meta(path, sqlite_store.INDEX_SUFFIX).parent.iterdir())
    with open_store(path) as store:
        assert _quote_answers(store) == expected
        again = store.search(SearchQuery(text="nato", limit=50))
    assert [(h.article_id, h.score) for h in again.hits] == [
        (h.article_id, h.score) for h in articles.hits]
    assert json.loads(_meta(path, sqlite_store.INDEX_SUFFIX).read_text())["version"] == 5
    assert sorted(p.name for p in _meta(path, sqlite_store.INDEX_SUFFIX).parent.iterdir()
                  ) == article_files
    assert json.loads(_meta(path, sqlite_store.QUOTE_INDEX_SUFFIX).read_text())[
        "version"] == INDEX_VERSION


def _quote(num, *, speaker="", surname="", people=(), outlet=None):
    return IndexEntry(num=num, first=date(2024, 3, num), last=date(2024, 3, num), title="",
                      body="regering aftal klima", parts="", raw="", group=str(num),
                      outlet=outlet, speakers=(speaker,) if speaker else (),
                      speaker_surnames=(surname,) if surname else (), people=people)


def test_quote_filters_match_their_own_key_only():
    index = TantivyIndex(None, "quote")
    writer = index.writer()
    # "person:x" and "speaker:x" are both terms of one field: a person filter must
    # never find a speaker of that name, nor an outlet a place.
    index.add(writer, [_quote(1, speaker="mette frederiksen", surname="frederiksen"),
                       _quote(2, people=("mette frederiksen",)),
                       _quote(3, outlet="frederiksen")])
    writer.commit()
    index.reload()

    def found(**filters):
        tq, _ = index.query(SearchQuery(text="", **filters), None)
        page, total = index.search(tq, limit=10, offset=0, order="newest", scored=False)
        return sorted(n for n, _ in page), total

    assert found(speakers=("Mette Frederiksen",)) == ([1], 1)
    assert found(speakers=("Frederiksen",)) == ([1], 1)
    assert found(people=("Mette Frederiksen",))[0] == [2]
    assert found(outlets=("Frederiksen",)) == ([3], 1)
    assert index.present([1, 2, 3, 4]) == {1, 2, 3}
    assert index.max_num() == 3


def _articles():
    entries = []
    for num in range(1, 41):
        entries.append(IndexEntry(
            num=num, first=date(2023, 1 + num % 12, 1 + num % 27),
            last=date(2023, 1 + num % 12, 1 + num % 27), title="", body="nato aftal",
            parts="", raw="", group=f"g{num % 7}", outlet=f"o{num % 3}",
            sources=(f"s{num % 4}",), people=tuple(f"p{k}" for k in range(num % 9)),
            speakers=tuple(f"p{k}" for k in range(num % 5)), places=(f"pl{num % 6}",)))
    return entries


def test_facets_counted_in_two_threads_equal_one_aggregation(monkeypatch):
    index = TantivyIndex(None, "article")
    writer = index.writer()
    index.add(writer, _articles())
    writer.commit()
    index.reload()
    tq, _ = index.query(SearchQuery(text="nato"), None)
    aggs = {name: {"terms": {"field": field, "size": 5}}
            for name, field in FACET_FIELDS.items()}
    aggs["_days"] = {"terms": {"field": "first", "size": 1000}}
    alone = index._searcher.aggregate(tq, aggs)
    calls = []
    real = tantivy.Searcher.aggregate
    monkeypatch.setattr(tantivy_index.os, "cpu_count", lambda: 2)

    class Counting:
        def __init__(self, searcher):
            self._searcher = searcher

        def aggregate(self, query, wanted):
            calls.append(sorted(wanted))
            return real(self._searcher, query, wanted)

    index._searcher = Counting(index._searcher)
    assert index._aggregate(tq, aggs) == alone
    assert sorted(calls) == [["_days", "month", "place", "speaker"],
                             ["outlet", "person", "source"]]
    calls.clear()
    monkeypatch.setattr(tantivy_index, "FACET_THREADS", 1)
    assert index._aggregate(tq, aggs) == alone
    assert len(calls) == 1
    calls.clear()
    monkeypatch.setattr(tantivy_index, "FACET_THREADS", 2)
    monkeypatch.setattr(tantivy_index.os, "cpu_count", lambda: 1)
    assert index._aggregate(tq, aggs) == alone
    assert len(calls) == 1
