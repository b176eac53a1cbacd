"""Writing and reading back: add, has, idempotence, stats, records, migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from pressespejl.errors import StoreError
from pressespejl.store import default_path, open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.store.records import from_record, to_record
from pressespejl.types import Analysis, Article


def test_add_returns_false_for_a_stored_article(empty_store, seed):
    assert not empty_store.has(seed[0].id)
    assert empty_store.add(*seed) is True
    assert empty_store.has(seed[0].id)
    assert empty_store.add(*seed) is False
    assert empty_store.stats()["articles"] == 1
    assert empty_store.stats()["quotes"] == len(seed[1].quotes)


def test_add_rejects_an_analysis_of_another_article(empty_store, seed):
    article, analysis = seed
    with pytest.raises(ValueError, match="analysis is for"):
        empty_store.add(article, replace(analysis, article_id="other"))
    assert not empty_store.has(article.id)


def test_iter_records_gives_back_exactly_what_was_added(store, seed):
    records = {a.id: (a, n) for a, n in store.iter_records()}
    assert records[seed[0].id] == seed
    for article, analysis in demo_records():
        assert records[article.id] == (article, analysis)
    # in the order stored, so a copy loaded from them forms the same near-duplicate groups
    assert list(records) == [seed[0].id, *(a.id for a, _ in demo_records())]


def test_stats_counts_people_once_per_archive(store):
    stats = store.stats()
    assert stats["articles"] == 9
    # Stoltenberg and Kofod appear in several articles; each is one person row.
    names = {p.name for _, n in demo_records() for p in n.people} | {
        "Jens Stoltenberg", "Jeppe Kofod", "Sergej Rjabkov"}
    assert stats["people"] == len(names)
    backend = "postgres" if store.url.startswith("postgres") else "sqlite"
    assert stats["schema_version"] == latest_version(backend)
    assert stats["definitions"] == 1


def test_checksum_recomputed_matches_stored(store):
    assert store.checksum() == store.checksum(recompute=True)


def test_record_round_trips_through_json(seed):
    assert from_record(to_record(*seed)) == seed


def test_failed_article_leaves_nothing_behind(empty_store, seed):
    article, analysis = seed
    # A quote with text None violates NOT NULL in the middle of the transaction.
    broken = replace(analysis, quotes=(*analysis.quotes, replace(analysis.quotes[0], text=None)))
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own error type
        empty_store.add(article, broken)
    assert not empty_store.has(article.id)
    assert empty_store.stats()["quotes"] == 0
    assert empty_store.add(article, analysis) is True  # a rerun resumes


def test_sqlite_uses_wal_and_user_version(sqlite_url, seed):
    with open_store(sqlite_url) as store:
        store.add(*seed)
    conn = sqlite3.connect(sqlite_url)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version("sqlite")
    assert conn.execute("SELECT version, name FROM schema_version").fetchall() == [
        (1, "initial"), (2, "entities_offices_duplicates"), (3, "contentless_fts"),
        (4, "tantivy_articles"), (5, "tantivy_quotes"), (6, "corrections_saved_searches"),
        (7, "article_offices"), (8, "quote_confidence"), (9, "undated_articles"),
        (10, "compact_articles"), (11, "compact_mentions"), (12, "facet_labels"),
        (13, "compression_dictionaries")]
    conn.close()


def test_sqlite_reopen_keeps_data_and_does_not_migrate_again(sqlite_url, seed):
    with open_store(sqlite_url) as store:
        store.add(*seed)
    with open_store(f"sqlite:///{sqlite_url}") as store:
        assert store.has(seed[0].id)
        assert store.stats()["schema_version"] == latest_version("sqlite")


def test_sqlite_newer_schema_is_refused(sqlite_url):
    open_store(sqlite_url).close()
    conn = sqlite3.connect(sqlite_url)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Pressespejl"):
        open_store(sqlite_url)


def test_open_store_default_path_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("PRESSESPEJL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "pressespejl" / "archive.sqlite"
    with open_store() as store:
        assert store.url.endswith("data/pressespejl/archive.sqlite")
    monkeypatch.setenv("PRESSESPEJL_DB", str(tmp_path / "x.sqlite"))
    assert default_path() == tmp_path / "x.sqlite"


def test_open_store_unknown_scheme_says_what_works():
    with pytest.raises(StoreError, match="postgresql://"):
        open_store("mysql://localhost/x")


def test_memory_store_works():
    with open_store(":memory:") as store:
        article = Article(id="a1", text="Soldaterne er hjemme.", published=date(2022, 5, 1))
        assert store.add(article, Analysis(article_id="a1", pipeline="t"))
        assert store.stats()["articles"] == 1
