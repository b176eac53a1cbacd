"""Export, import and migrate without loss: SQLite -> PostgreSQL -> SQLite."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest

from pressespejl import corrections
from pressespejl.errors import InputError, StoreError
from pressespejl.store import open_store
from pressespejl.store.export import export_archive, import_archive, migrate
from pressespejl.store.fixtures import demo_records
from pressespejl.store.records import (
    archive_checksum,
    canonical_json,
    from_record,
    record_checksum,
    to_record,
)
from pressespejl.store.sqlite import SQLiteStore

MINISTRE = ("office,holder,from,to,scope\n"
            "udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark\n"
            "udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark\n")


def fill(url, seed, tmp_path=None):
    """The seed and the demo articles; with ``tmp_path`` also what users add: an office
    table loaded from a CSV, a correction, a saved search and a near-duplicate copy."""
    with open_store(url) as store:
        store.add(*seed)
        for record in demo_records():
            store.add(*record)
        if tmp_path is not None:
            table = tmp_path / "ministre.csv"
            table.write_text(MINISTRE, encoding="utf-8")
            store.load_offices_csv(table)
            article, analysis = store.record(seed[0].id)
            quote = analysis.quotes[0]
            store.add_correction(corrections.make(
                article, analysis, "speaker", quote.start, quote.end,
                {"speaker": "Jeppe Kofod"}, author="redaktør"))
            store.save_search("Kofod om Rusland", "speaker:Kofod Rusland", {"sort": "newest"})
            article, analysis = demo_records()[0]
            store.add(replace(article, id="copy-1", outlet="tv2"),
                      replace(analysis, article_id="copy-1"))
        return store.checksum(recompute=True), store.stats()


def user_data(store):
    """What people added to an archive, comparable across backends."""
    return ([(h.office, h.holder, h.first_seen, h.last_seen, h.source)
             for h in store.office_holdings() if h.source != "archive"],
            [(c.article_id, c.kind, c.value, c.author) for c in store.corrections()],
            [(s["name"], s["query"], s["params"]) for s in store.saved_searches()],
            store.copies("copy-1"))


def test_export_import_round_trip(store_url, tmp_path, seed):
    checksum, stats = fill(store_url, seed, tmp_path)
    path = tmp_path / "archive.jsonl"
    with open_store(store_url) as store:
        summary = export_archive(store, path)
        before = user_data(store)
    rows = {"articles": 10, "office_holdings": 2, "corrections": 1, "saved_searches": 1,
            "clusters": 1}
    assert (summary.rows, summary.checksum) == (rows, checksum)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == "pressespejl-archive"
    assert json.loads(lines[-1]) == {"end": True, "rows": rows, "quotes": stats["quotes"],
                                     "checksum": checksum}
    with open_store(tmp_path / "copy.sqlite") as copy:
        result = import_archive(copy, path)
        # the copy, loaded after its original, falls in the same group by itself
        assert result.added == {**rows, "clusters": 0}
        assert copy.checksum(recompute=True) == copy.checksum() == checksum
        assert _content(copy.stats()) == _content(stats)
        assert user_data(copy) == before
        assert before[0] and before[1] and before[2] and before[3]
        again = import_archive(copy, path)
        assert again.skipped == rows and set(again.added.values()) == {0}
        assert copy.checksum() == checksum


def test_checksum_covers_every_table(sqlite_url, seed, tmp_path):
    fill(sqlite_url, seed)
    with open_store(sqlite_url) as store:
        before = store.checksum()
        table = tmp_path / "ministre.csv"
        table.write_text(MINISTRE, encoding="utf-8")
        store.load_offices_csv(table)
        with_offices = store.checksum()
        store.save_search("x", "nato", {})
        with_search = store.checksum()
    assert len({before, with_offices, with_search}) == 3


def test_import_of_a_version_1_file_reads_its_articles(tmp_path, seed):
    record = to_record(*seed)
    checksum = archive_checksum([record_checksum(*seed)])
    path = tmp_path / "old.jsonl"
    path.write_text("\n".join(canonical_json(line) for line in [
        {"format": "pressespejl-archive", "version": 1},
        record,
        {"end": True, "articles": 1, "quotes": len(seed[1].quotes), "checksum": checksum},
    ]) + "\n", encoding="utf-8")
    with open_store(":memory:") as copy:
        assert import_archive(copy, path).added["articles"] == 1
        assert copy.record(seed[0].id) == seed


def test_export_gzip(tmp_path, sqlite_url, seed):
    fill(sqlite_url, seed)
    path = tmp_path / "archive.jsonl.gz"
    with open_store(sqlite_url) as store:
        export_archive(store, path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        assert handle.readline().startswith('{"exported_at"')
    with open_store(":memory:") as copy:
        assert import_archive(copy, path).added["articles"] == 9


def test_import_refuses_a_changed_file(tmp_path, sqlite_url, seed):
    fill(sqlite_url, seed)
    path = tmp_path / "a.jsonl"
    with open_store(sqlite_url) as store:
        export_archive(store, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Soldaterne", "Sømændene", 1), encoding="utf-8")
    with open_store(":memory:") as copy:
        with pytest.raises(InputError, match="checksum"):
            import_archive(copy, path)
        assert copy.stats()["articles"] == 0  # nothing added from a bad file


def test_import_refuses_truncated_and_foreign_files(tmp_path, sqlite_url, seed):
    fill(sqlite_url, seed)
    path = tmp_path / "a.jsonl"
    with open_store(sqlite_url) as store:
        export_archive(store, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    (tmp_path / "cut.jsonl").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    (tmp_path / "other.jsonl").write_text('{"hello": 1}\n', encoding="utf-8")
    with open_store(":memory:") as copy:
        with pytest.raises(InputError, match="truncated"):
            import_archive(copy, tmp_path / "cut.jsonl")
        with pytest.raises(InputError, match="not a Pressespejl export"):
            import_archive(copy, tmp_path / "other.jsonl")
        with pytest.raises(InputError, match="No such file"):
            import_archive(copy, tmp_path / "missing.jsonl")


def test_migrate_between_sqlite_files_keeps_user_tables(tmp_path, sqlite_url, seed):
    checksum, _ = fill(sqlite_url, seed, tmp_path)
    target = str(tmp_path / "copy.sqlite")
    summary = migrate(sqlite_url, target)
    assert (summary.articles, summary.checksum) == (10, checksum)
    assert summary.added["office_holdings"] == 2
    with open_store(sqlite_url) as source, open_store(target) as copy:
        assert user_data(copy) == user_data(source)
        assert copy.checksum() == checksum


def test_migrate_fails_when_the_target_lacks_a_row(tmp_path, sqlite_url, seed, monkeypatch):
    fill(sqlite_url, seed, tmp_path)
    target = str(tmp_path / "copy.sqlite")
    real = SQLiteStore.add_rows

    def dropping(self, table, rows):  # loses every saved search on the way
        return real(self, table, [] if table == "saved_searches" else rows)

    monkeypatch.setattr(SQLiteStore, "add_rows", dropping)
    with pytest.raises(StoreError, match="1 of 1 saved_searches are missing"):
        migrate(sqlite_url, target)


@pytest.mark.postgres
def test_migrate_sqlite_to_postgres_and_back(tmp_path, sqlite_url, pg_url, seed):
    checksum, stats = fill(sqlite_url, seed, tmp_path)
    there = migrate(sqlite_url, pg_url)
    assert (there.articles, there.added["articles"], there.checksum) == (10, 10, checksum)
    back_url = str(tmp_path / "back.sqlite")
    back = migrate(pg_url, back_url)
    assert (back.articles, back.checksum) == (10, checksum)
    with open_store(pg_url) as pg, open_store(back_url) as sqlite, \
            open_store(sqlite_url) as source:
        assert _content(pg.stats()) == _content(stats) == _content(sqlite.stats())
        assert pg.checksum(recompute=True) == checksum == sqlite.checksum(recompute=True)
        assert list(pg.iter_records()) == list(sqlite.iter_records())
        assert user_data(pg) == user_data(source) == user_data(sqlite)
    # Rerunning a migration adds nothing and still verifies.
    again = migrate(sqlite_url, pg_url)
    assert again.skipped["articles"] == 10 and set(again.added.values()) == {0}


def _content(stats: dict[str, int]) -> dict[str, int]:
    """What an archive holds, without its schema version (each backend has its own)."""
    return {k: v for k, v in stats.items() if k != "schema_version"}


def test_records_keep_office_evidence_and_earlier_checksums(seed):
    article, analysis = seed
    assert analysis.offices  # the hand-built seed says who held which office
    record = json.loads(canonical_json(to_record(article, analysis)))
    assert from_record(record) == (article, analysis)
    # A record without evidence is written as before offices existed, so the checksums
    # stored with older articles stay right.
    bare = to_record(article, replace(analysis, offices=()))
    assert "offices" not in bare["analysis"]
