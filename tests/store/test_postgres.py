"""PostgreSQL only: concurrent writers, pooling, migrations run once, unreachable servers."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from pressespejl.errors import BackendUnavailable
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.types import Analysis, Article, Person, SearchQuery

pytestmark = pytest.mark.postgres


def _records(n: int) -> list[tuple[Article, Analysis]]:
    out = []
    for i in range(n):
        article = Article(id=f"a{i:03d}", text=f"Artikel nummer {i} om soldater og Nato.",
                          published=date(2022, 1, 1 + i % 28), title=f"Artikel {i}")
        # Every article names the same new people, in different orders: writers race to
        # insert them.
        people = (Person("Ny Person A"), Person("Ny Person B"), Person(f"Person {i}"))
        out.append((article, Analysis(article_id=article.id, pipeline="t",
                                      people=people[::-1] if i % 2 else people)))
    return out


def test_concurrent_batches_in_opposite_orders_store_each_article_once(pg_url):
    # Each batch adds its articles in its own order inside one transaction: two such
    # writers would wait for each other's rows (a deadlock) without the writers' lock.
    records = _records(30)
    stored: list[int] = []
    errors: list[BaseException] = []
    stores = [open_store(pg_url) for _ in range(2)]
    start = threading.Barrier(2)

    def write(store, chunk):
        try:
            start.wait(timeout=60)
            with store.batch([a for a, _ in chunk]) as batch:
                stored.append(sum(batch.add(*record) for record in chunk))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(stores[0], records)),
               threading.Thread(target=write, args=(stores[1], records[::-1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores:
        s.close()
    assert not errors
    assert sorted(stored) == [0, 30]  # one batch stored all, the other found them stored
    with open_store(pg_url) as store:
        assert store.stats()["articles"] == 30


def test_concurrent_writers_store_each_article_once(pg_url):
    records = _records(40)
    results: list[bool] = []
    errors: list[BaseException] = []
    stores = [open_store(pg_url) for _ in range(4)]

    def write(store, chunk):
        try:
            for record in chunk:
                results.append(store.add(*record))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    # Every writer adds every article: exactly one add per article may win.
    threads = [threading.Thread(target=write, args=(s, records)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores:
        s.close()
    assert not errors
    assert results.count(True) == 40
    with open_store(pg_url) as store:
        stats = store.stats()
        assert stats["articles"] == 40
        assert stats["people"] == 42
        assert store.search(SearchQuery(text="soldat")).total == 40


def test_migrations_run_once_for_two_processes_at_once(pg_url):
    stores: list = []
    threads = [threading.Thread(target=lambda: stores.append(open_store(pg_url)))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(stores) == 3
    assert stores[0].stats()["schema_version"] == latest_version("postgres")
    for s in stores:
        s.close()


def test_unreachable_server_is_backend_unavailable():
    with pytest.raises(BackendUnavailable, match="Cannot connect to PostgreSQL"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_password_is_not_shown_in_errors():
    with pytest.raises(BackendUnavailable) as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)


def test_builtin_danish_configuration_column(pg_url):
    import psycopg

    with open_store(pg_url) as store:
        for record in demo_records():
            store.add(*record)
    with psycopg.connect(pg_url) as conn:
        count = conn.execute("SELECT count(*) FROM articles WHERE tsv_danish @@ "
                             "websearch_to_tsquery('danish', 'soldaterne')").fetchone()[0]
    assert count == 3  # the demo articles with "soldater"/"soldaterne"


def test_same_article_changed_is_still_skipped(pg_url):
    article, analysis = demo_records()[0]
    with open_store(pg_url) as store:
        assert store.add(article, analysis)
        assert not store.add(replace(article, title="Ændret"), analysis)
        assert store.search(SearchQuery(text="ændret")).total == 0
