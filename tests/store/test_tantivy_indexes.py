"""The SQLite archive's tantivy indexes (articles and quotes): kept in step with SQLite
through crashes, deleted or stale index directories, replaced archive files and several
writers."""

from __future__ import annotations

import itertools
import json
import shutil
import threading
import time
from datetime import date

import pytest

from pressespejl.store import _index_feed, open_store
from pressespejl.store import sqlite as sqlite_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.tantivy_index import META_FILE
from pressespejl.types import SearchQuery

QUERIES = ["soldat", "Aarhus", "alliance", '"væbnet konflikt"', "rus*", "nato -kina",
           "-nato", "(nato OR eu) -kina", "speaker:Stoltenberg", "person:Kofod",
           "place:Ukraine", "source:ritzau", "soldat date:2022-01", "date:2022-01-10..2022-01-31"]


def _answers(store):
    out = {}
    for text in QUERIES:
        results = store.search(SearchQuery(text=text, limit=20))
        out[text] = ([(h.article_id, h.score) for h in results.hits], results.total)
    out["newest"] = [h.article_id for h in store.search(SearchQuery(sort="newest")).hits]
    out["facets"] = store.facets(SearchQuery(text="nato"))
    out["trend"] = store.trend(SearchQuery(text="nato"), by="week")
    return out


@pytest.fixture
def records(seed):
    return [seed, *demo_records()]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "archive.sqlite"


def _index_dir(path):
    return path.with_name(path.name + sqlite_store.INDEX_SUFFIX)


def test_the_index_lives_beside_the_file_and_answers_every_kind_of_query(path, records):
    with open_store(path) as store:
        for pair in records:
            store.add(*pair)
        answers = _answers(store)
    assert (_index_dir(path) / META_FILE).exists()
    assert all(answers[text][1] > 0 for text in QUERIES), answers
    with open_store(path) as store:
        nato = {h.article_id for h in store.search(SearchQuery(text="nato", limit=50)).hits}
        not_nato = {h.article_id for h in store.search(SearchQuery(text="-nato", limit=50)).hits}
    assert nato and not_nato and not nato & not_nato
    assert len(nato | not_nato) == len(records)


def test_a_deleted_index_is_rebuilt_with_the_same_answers(path, records):
    with open_store(path) as store:
        store.add_many(records, batch_size=4)
        expected = _answers(store)
    shutil.rmtree(_index_dir(path))
    with open_store(path) as store:
        assert _answers(store) == expected
        assert store.sync_index() == 0  # already caught up


def test_a_large_rebuild_analyses_in_worker_processes_with_the_same_answers(
        path, records, monkeypatch):
    with open_store(path) as store:
        store.add_many(records)
        expected = _answers(store)
    shutil.rmtree(_index_dir(path))
    monkeypatch.setattr(_index_feed, "PARALLEL_SYNC_AT", 1)
    used = []
    pool = _index_feed._analysis_pool
    monkeypatch.setattr(_index_feed, "_analysis_pool",
                        lambda n: used.append(n) or pool(n))
    with open_store(path) as store:
        assert store.sync_index() == len(records)  # the quote index is still there
        assert _answers(store) == expected
    assert used == [len(records)]


def test_an_index_of_another_version_is_rebuilt(path, records):
    with open_store(path) as store:
        store.add_many(records)
        expected = _answers(store)
    (_index_dir(path) / META_FILE).write_text(json.dumps({"version": -1}))
    with open_store(path) as store:
        assert _answers(store) == expected


def test_a_crash_between_the_sqlite_and_the_index_commit_is_caught_up(path, records,
                                                                      monkeypatch):
    with open_store(path) as store:
        store.add_many(records[:3])
        # The process dies after SQLite committed but before the index did.
        for feed in (store._articles, store._quotes):
            monkeypatch.setattr(feed, "committed", lambda writer, *_, **__: writer.rollback())
        store.add(*records[3])
        store.add(*records[5])
    monkeypatch.undo()
    with open_store(path) as store:
        store.add(*records[4])  # the first write catches up the index first
        assert store.sync_index() == 0
        got = {h.article_id for h in store.search(SearchQuery(limit=50)).hits}
    assert got == {a.id for a, _ in records[:6]}


def test_a_rolled_back_batch_leaves_nothing_in_the_index(path, records, monkeypatch):
    with open_store(path) as store:
        original = store._add_people

        def failing(cur, people):
            if store._articles.pending:  # the first batch's articles are written by now
                raise RuntimeError("crash")
            original(cur, people)

        monkeypatch.setattr(store, "_add_people", failing)
        with pytest.raises(RuntimeError):
            store.add_many(records, batch_size=3)
        monkeypatch.undo()
        assert store.search(SearchQuery()).total == 0
        assert store.add_many(records) == len(records)
        assert store.search(SearchQuery()).total == len(records)


def test_a_replaced_archive_file_gets_a_fresh_index(path, records):
    with open_store(path) as store:
        store.add_many(records)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with open_store(path) as store:  # a new, smaller archive under the old index
        store.add(*records[0])
        hits = store.search(SearchQuery(limit=50)).hits
    assert [h.article_id for h in hits] == [records[0][0].id]


def test_two_stores_on_one_file_write_in_turn_and_see_each_other(path, records):
    with open_store(path) as first, open_store(path) as second:
        for i, pair in enumerate(records):
            (first if i % 2 else second).add(*pair)
        for store in (first, second):
            assert store.search(SearchQuery()).total == len(records)
            assert store.search(SearchQuery(text="Stoltenberg")).total >= 1


def test_filters_score_nothing(path, records):
    with open_store(path) as store:
        store.add_many(records)
        plain = store.search(SearchQuery(text="nato", limit=50))
        filtered = store.search(SearchQuery(text="nato", limit=50, date_from=date(1900, 1, 1),
                                            sources=("ritzau",)))
    scores = {h.article_id: h.score for h in plain.hits}
    assert filtered.hits and all(h.score == scores[h.article_id] for h in filtered.hits)
    assert {h.article_id for h in filtered.hits} <= set(scores)


def test_same_day_articles_come_newest_stored_first(path, records):
    with open_store(path) as store:
        store.add_many(records)
        newest = store.search(SearchQuery(sort="newest", limit=50)).hits
        oldest = store.search(SearchQuery(sort="oldest", limit=50)).hits
    assert [h.article_id for h in newest] == [h.article_id for h in reversed(oldest)]
    order = {a.id: i for i, (a, _) in enumerate(records)}
    for a, b in itertools.pairwise(newest):
        assert (a.date, order[a.article_id]) >= (b.date, order[b.article_id])


def test_a_writing_run_commits_the_index_now_and_then_and_at_its_end(path, records,
                                                                    monkeypatch):
    monkeypatch.setattr(_index_feed, "RUN_COMMIT_DOCS", 3)
    with open_store(path) as store, open_store(path) as other:
        with store.writing():
            for pair in records[:4]:
                store.add(*pair)
            # This store sees its own articles; another sees those of the last commit.
            assert store.search(SearchQuery()).total == 4
            store.add(*records[4])
            store.add(*records[5])
            assert other.search(SearchQuery()).total == 4
        assert other.search(SearchQuery()).total == 6


def test_a_crash_in_a_writing_run_loses_nothing(path, records):
    with open_store(path) as store, store.writing():
        for pair in records[:3]:
            store.add(*pair)
        # The process dies with the run's index entries not committed.
        for feed in (store._articles, store._quotes):
            feed.run_writer.rollback()
            feed.run_writer = None
    with open_store(path) as store:
        assert store.search(SearchQuery()).total == 3


def test_a_failed_transaction_in_a_writing_run_keeps_the_earlier_articles(path, records,
                                                                          monkeypatch):
    with open_store(path) as store:
        with store.writing():
            store.add(*records[0])
            store.add(*records[1])
            original = store._add_people
            monkeypatch.setattr(store, "_add_people", lambda *a: 1 / 0)
            with pytest.raises(ZeroDivisionError):
                store.add(*records[2])
            monkeypatch.setattr(store, "_add_people", original)
            store.add(*records[3])
        got = {h.article_id for h in store.search(SearchQuery(limit=50)).hits}
    assert got == {records[i][0].id for i in (0, 1, 3)}


def test_a_writer_outside_a_run_gets_its_turn(path, records):
    """One store in a ``writing()`` run, another adding on its own (as two processes
    would): neither waits for the other's lock until it times out."""
    errors: list[BaseException] = []
    with open_store(path) as running, open_store(path) as single:
        running.add(*records[0])

        def run() -> None:
            try:
                with running.writing():
                    for pair in records[1:5]:
                        running.add(*pair)
                        time.sleep(0.05)
            except BaseException as exc:  # reported below
                errors.append(exc)

        thread = threading.Thread(target=run)
        started = time.monotonic()
        thread.start()
        for pair in records[5:]:
            single.add(*pair)
            time.sleep(0.03)
        thread.join()
        assert not errors
        assert time.monotonic() - started < 10
        assert single.search(SearchQuery()).total == len(records)


def test_issue10_another_word_list_rebuilds_the_index(tmp_path, monkeypatch):
    from pressespejl.search import danish
    from pressespejl.types import Analysis, Article

    path = tmp_path / "archive.sqlite"
    article = Article(id="fa", text="Forsvarsalliancen holdt møde i går.",
                      published=date(2022, 1, 3))
    with_parts = tmp_path / "a.dic"
    with_parts.write_text("2\nforsvar/29,39\nalliance/39\n", encoding="utf-8")
    without = tmp_path / "b.dic"
    without.write_text("0\n", encoding="utf-8")
    try:
        monkeypatch.setenv("PRESSESPEJL_DA_DICTIONARY", str(with_parts))
        danish.default_lexicon.cache_clear()
        with open_store(path) as store:
            store.add(article, Analysis(article_id="fa", pipeline="t"))
            assert store.search(SearchQuery(text="alliance")).total == 1
        monkeypatch.setenv("PRESSESPEJL_DA_DICTIONARY", str(without))
        danish.default_lexicon.cache_clear()
        with open_store(path) as store:  # the index says which list built it: rebuilt
            assert store.search(SearchQuery(text="alliance")).total == 0
            assert store.search(SearchQuery(text="forsvarsalliance")).total == 1
        meta = json.loads((tmp_path / f"archive.sqlite{sqlite_store.INDEX_SUFFIX}" / META_FILE)
                          .read_text(encoding="utf-8"))
        assert meta["lexicon"] == danish.lexicon_id() and meta["lexicon"].startswith("b.dic:")
    finally:
        danish.default_lexicon.cache_clear()
