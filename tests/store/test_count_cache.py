"""The embedded archive's cache of facet and day counts (``store/_count_cache.py``):
the same counts as counting afresh, and never counts of an index that has changed since."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import tantivy

from pressespejl.search.query import parse
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.tantivy_index import IndexEntry, TantivyIndex
from pressespejl.types import SearchQuery

QUERIES = [SearchQuery(text="soldat"), SearchQuery(text="Rusland OR regeringen"),
           SearchQuery(), SearchQuery(text="nato", sources=("ritzau",)),
           SearchQuery(text="ingenting-her-xyz")]


def _entry(num: int, person: str, day: int = 1) -> IndexEntry:
    return IndexEntry(num=num, first=date(2024, 3, day), last=date(2024, 3, day),
                      title="", body="havn", parts="", raw="", group=str(num),
                      people=(person,), sources=("ritzau",))


def _add(index: TantivyIndex, *entries: IndexEntry) -> None:
    writer = index.writer()
    index.add(writer, entries)
    writer.commit()
    writer.wait_merging_threads()


def _havn(index: TantivyIndex) -> tantivy.Query:
    return index.query(SearchQuery(text="havn"), parse("havn"))[0]


def test_cached_counts_equal_fresh_counts(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        for article, analysis in demo_records():
            store.add(article, analysis)
        index = store._articles.index
        for query in QUERIES:
            first = store.facets(query), store.trend(query), store.facets_and_trend(query)
            misses = index.counts.misses
            again = store.facets(query), store.trend(query), store.facets_and_trend(query)
            assert again == first, query
            assert index.counts.misses == misses  # all three from the cache
            tq, _ = index.query(query, parse(query.text))
            assert index.facets(tq, 100) == index._facets(tq, 100)
            assert index.days(tq) == index._days(tq)
        assert any(store.facets(q)["person"] for q in QUERIES)  # not all empty
        assert index.counts.hits >= 3 * len(QUERIES)


def test_a_write_in_this_process_is_counted(tmp_path):
    index = TantivyIndex(tmp_path / "idx")
    _add(index, _entry(1, "anna hansen"))
    index.reload()
    assert index.facets(_havn(index), 10)["person"] == [("anna hansen", 1)]
    assert index.days(_havn(index)) == [(date(2024, 3, 1), 1)]
    _add(index, _entry(2, "anna hansen", 2), _entry(3, "bo berg", 2))
    index.reload()
    assert index.facets(_havn(index), 10)["person"] == [("anna hansen", 2), ("bo berg", 1)]
    assert sorted(index.days(_havn(index))) == [(date(2024, 3, 1), 1), (date(2024, 3, 2), 2)]


def test_another_writer_of_the_same_index_is_counted(tmp_path):
    """A second ``TantivyIndex`` on the directory stands in for another process (an
    ingest) committing while this one serves searches."""
    reader = TantivyIndex(tmp_path / "idx")
    writer = TantivyIndex(tmp_path / "idx")
    _add(writer, _entry(1, "anna hansen"))
    reader.reload()
    assert reader.facets(_havn(reader), 10)["person"] == [("anna hansen", 1)]
    assert reader.facets(_havn(reader), 10)["person"] == [("anna hansen", 1)]
    assert reader.counts.hits == 1
    _add(writer, _entry(2, "bo berg"))
    reader.reload()
    both = [("anna hansen", 1), ("bo berg", 1)]
    assert sorted(reader.facets(_havn(reader), 10)["person"]) == both
    deleter = writer.writer()
    deleter.delete_documents_by_term("ref", "1")
    deleter.commit()
    deleter.wait_merging_threads()
    reader.reload()
    assert reader.facets(_havn(reader), 10)["person"] == [("bo berg", 1)]


def test_an_index_in_memory_is_not_cached():
    index = TantivyIndex(None)
    _add(index, _entry(1, "anna hansen"))
    index.reload()
    index.facets(_havn(index), 10)
    _add(index, _entry(2, "bo berg"))
    index.reload()
    assert sorted(index.facets(_havn(index), 10)["person"]) == [("anna hansen", 1), ("bo berg", 1)]
    assert index.counts.hits == 0


def test_the_cache_keeps_the_recent_queries_only(tmp_path: Path):
    index = TantivyIndex(tmp_path / "idx")
    _add(index, _entry(1, "anna hansen"))
    index.reload()
    index.counts._entries = 2
    queries = [index.query(SearchQuery(text="havn", places=(p,)), parse("havn"))[0]
               for p in ("a", "b", "c")]
    for q in queries:
        index.facets(q, 10)
    index.facets(queries[0], 10)  # pushed out by the third
    assert (index.counts.hits, index.counts.misses) == (0, 4)
    index.facets(queries[2], 10)
    assert index.counts.hits == 1
