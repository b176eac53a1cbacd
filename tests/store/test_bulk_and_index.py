"""Bulk loading (add_many), the capped count, ranking with and without filters, and
the upgrade of old SQLite archives (contentless FTS5, then the tantivy article index)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import _sql, open_store
from pressespejl.store import sqlite as sqlite_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.types import SearchQuery

QUERIES = ["soldat", "Aarhus", "alliance", '"væbnet konflikt"', "rus*", "nato -kina",
           "speaker:Stoltenberg", "soldat date:2022"]


def _answers(store):
    out = {}
    for text in QUERIES:
        results = store.search(SearchQuery(text=text))
        out[text] = ([(h.article_id, h.score, h.snippet) for h in results.hits], results.total)
    out["facets"] = store.facets(SearchQuery(text="soldat"))
    out["trend"] = store.trend(SearchQuery(text="nato"), by="month")
    return out


def _unranked(answers):
    """The answers without scores and order (they differ between the backends)."""
    return {k: (sorted(h[0] for h in v[0]), v[1]) if isinstance(v, tuple) else v
            for k, v in answers.items()}


def test_add_many_stores_what_add_stores(store_url, seed, tmp_path):
    records = [seed, *demo_records()]
    with open_store(tmp_path / "one_by_one.sqlite") as one:
        for pair in records:
            one.add(*pair)
        expected = (one.stats(), one.checksum(), _answers(one))
    with open_store(store_url) as bulk:
        assert bulk.add_many(records, batch_size=3) == len(records)
        bulk.optimize()
        got = (bulk.stats(), bulk.checksum(), _answers(bulk))
        if store_url.startswith("postgres"):  # ranked by ts_rank_cd, not bm25
            got, expected = (({**s, "schema_version": None}, c, _unranked(a))
                             for s, c, a in (got, expected))
        assert got == expected
        assert bulk.add_many(records) == 0  # a rerun skips what is stored


def test_add_many_rolls_back_the_failing_batch_only(store_url, seed, monkeypatch):
    records = [seed, *demo_records()]
    with open_store(store_url) as store:
        original = store._add_people
        calls = {"n": 0}

        def failing(cur, people):
            calls["n"] += 1
            if calls["n"] == 3:  # the people of the third batch, after its article rows
                raise RuntimeError("crash")
            original(cur, people)

        monkeypatch.setattr(store, "_add_people", failing)
        with pytest.raises(RuntimeError):
            store.add_many(records, batch_size=2)
        assert store.stats()["articles"] == 4  # two whole batches, nothing of the third
        monkeypatch.setattr(store, "_add_people", original)
        assert store.add_many(records, batch_size=2) == len(records) - 4
        assert store.stats()["articles"] == len(records)


def test_total_is_capped_on_postgresql_and_exact_on_sqlite(store, monkeypatch):
    monkeypatch.setattr(_sql, "COUNT_CAP", 2)
    capped = store.url.startswith("postgres")  # the tantivy index counts exactly
    for query in (SearchQuery(text="soldat"),
                  SearchQuery(text="soldat", date_from=date(2000, 1, 1))):
        results = store.search(query)
        assert (results.total, results.total_capped) == ((2, True) if capped else (4, False))
        assert len(results.hits) == 4  # the page itself is not capped
    exact = store.search(SearchQuery(text="Baltikum"))
    assert exact.total_capped is False
    assert exact.total == len(exact.hits) >= 1


def test_ranked_fast_path_matches_the_filtered_path(store):
    # A filter that keeps everything sends the query through the SQL join and sort.
    for text in ("soldat", "nato", "rus*", '"væbnet konflikt"', "alliance"):
        for offset in (0, 1):
            fast = store.search(SearchQuery(text=text, limit=2, offset=offset))
            slow = store.search(SearchQuery(text=text, limit=2, offset=offset,
                                            date_from=date(1900, 1, 1)))
            assert [(h.article_id, h.score) for h in fast.hits] == [
                (h.article_id, h.score) for h in slow.hits]
            assert fast.total == slow.total


def test_schema_2_archive_upgrades_to_the_tantivy_index(
    tmp_path, seed, monkeypatch, sqlite_schema_at,
):
    records = [seed, *demo_records()]
    with open_store(tmp_path / "new.sqlite") as fresh:
        fresh.add_many(records)
        expected = _unranked(_answers(fresh))
        fresh_quotes = fresh.quotes(SearchQuery(text="Rusland"))
    assert fresh_quotes
    path = tmp_path / "old.sqlite"
    sqlite_schema_at(2)
    insert_many = _sql.SqlStore._insert_many

    def schema_2_insert(self, cur, table, rows, *args, **kwargs):
        # the code of schema 2 wrote no quote confidence (schema 8 added it)
        if table == "quotes":
            rows = [{k: v for k, v in row.items() if k != "confidence"} for row in rows]
        return insert_many(self, cur, table, rows, *args, **kwargs)

    monkeypatch.setattr(_sql.SqlStore, "_insert_many", schema_2_insert)
    with open_store(path) as store:
        for article, analysis in records:  # schema 2 kept no office evidence per article
            store.add(article, replace(analysis, offices=()))
        assert store.stats()["schema_version"] == 2
    monkeypatch.undo()
    # Schema 2 had its text in FTS5; the tantivy indexes are built on the first open.
    shutil.rmtree(f"{path}{sqlite_store.INDEX_SUFFIX}")
    shutil.rmtree(f"{path}{sqlite_store.QUOTE_INDEX_SUFFIX}")
    with open_store(path) as store:
        assert store.stats()["schema_version"] == latest_version("sqlite")
        assert _unranked(_answers(store)) == expected
        assert [q.quote.text for q in store.quotes(SearchQuery(text="Rusland"))] == [
            q.quote.text for q in fresh_quotes]
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert not {"articles_fts", "quotes_fts"} & names
