"""Export, import and migrate without loss: SQLite -> PostgreSQL -> SQLite."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest

from pressespejl.errors import InputError
from pressespejl.store import open_store
from pressespejl.store.export import export_archive, import_archive, migrate
from pressespejl.store.fixtures import demo_records
from pressespejl.store.records import canonical_json, from_record, to_record


def fill(url, seed):
    with open_store(url) as store:
        store.add(*seed)
        for record in demo_records():
            store.add(*record)
        return store.checksum(recompute=True), store.stats()


def test_export_import_round_trip(store_url, tmp_path, seed):
    checksum, stats = fill(store_url, seed)
    path = tmp_path / "archive.jsonl"
    with open_store(store_url) as store:
        summary = export_archive(store, path)
    assert (summary.articles, summary.checksum) == (9, checksum)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == "pressespejl-archive"
    assert json.loads(lines[-1]) == {"end": True, "articles": 9, "quotes": stats["quotes"],
                                     "checksum": checksum}
    with open_store(tmp_path / "copy.sqlite") as copy:
        result = import_archive(copy, path)
        assert (result.added, result.skipped) == (9, 0)
        assert copy.checksum(recompute=True) == checksum
        assert _content(copy.stats()) == _content(stats)
        again = import_archive(copy, path)
        assert (again.added, again.skipped) == (0, 9)


def test_export_gzip(tmp_path, sqlite_url, seed):
    fill(sqlite_url, seed)
    path = tmp_path / "archive.jsonl.gz"
    with open_store(sqlite_url) as store:
        export_archive(store, path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        assert handle.readline().startswith('{"exported_at"')
    with open_store(":memory:") as copy:
        assert import_archive(copy, path).added == 9


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


@pytest.mark.postgres
def test_migrate_sqlite_to_postgres_and_back(tmp_path, sqlite_url, pg_url, seed):
    checksum, stats = fill(sqlite_url, seed)
    there = migrate(sqlite_url, pg_url)
    assert (there.articles, there.added, there.checksum) == (9, 9, checksum)
    back_url = str(tmp_path / "back.sqlite")
    back = migrate(pg_url, back_url)
    assert (back.articles, back.checksum) == (9, checksum)
    with open_store(pg_url) as pg, open_store(back_url) as sqlite:
        assert _content(pg.stats()) == _content(stats) == _content(sqlite.stats())
        assert pg.checksum(recompute=True) == checksum == sqlite.checksum(recompute=True)
        assert list(pg.iter_records()) == list(sqlite.iter_records())
    # Rerunning a migration adds nothing and still verifies.
    assert migrate(sqlite_url, pg_url).skipped == 9


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
