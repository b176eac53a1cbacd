"""``pressespejl compact``: rewrite an upgraded SQLite archive's plain rows compactly."""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_compact_rewrites_an_upgraded_archive_once_and_keeps_its_answers(
    tmp_path, monkeypatch, sqlite_schema_at,
):
    path = str(tmp_path / "old.sqlite")
    sqlite_schema_at(10)
    records = demo_records()
    with open_store(path) as store:
        store.add_many(records)
    monkeypatch.undo()
    code, before = _run("quotes", "--db", path)
    assert code == 0 and before.strip()
    with open_store(path):  # the upgrade to the latest schema leaves plain JSON rows
        pass
    with sqlite3.connect(path) as conn:
        plain = conn.execute("SELECT count(*) FROM articles "
                             "WHERE typeof(entities) = 'text'").fetchone()[0]
    conn.close()
    assert plain > 0

    assert _run("compact", "--db", path) == (0, f"compacted {len(records):,} articles\n")
    assert _run("compact", "--db", path) == (0, "the archive was compact already\n")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles "
                            "WHERE typeof(entities) = 'text'").fetchone()[0] == 0
    conn.close()
    assert _run("quotes", "--db", path) == (0, before)


def test_compact_is_listed_in_help():
    code, out = _run("--help")
    assert code == 0 and "compact" in out
