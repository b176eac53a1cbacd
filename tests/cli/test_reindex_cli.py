"""``pressespejl reindex``: catch up or rebuild the SQLite archive's search indexes."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from pressespejl.cli import main


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def _hits(db: str) -> str:
    code, out = _run("search", "Stoltenberg", "--db", db)
    assert code == 0
    return out


def test_reindex_rebuilds_deleted_indexes_and_reports_what_it_did(db):
    before = _hits(db)
    assert _run("reindex", "--db", db) == (0, "the search indexes were up to date\n")
    shutil.rmtree(db + ".tantivy")
    shutil.rmtree(db + ".quotes.tantivy")
    code, out = _run("reindex", "--db", db, "--quiet")
    assert code == 0 and out.startswith("indexed ") and "articles and quotes" in out
    assert _hits(db) == before


def test_reindex_full_indexes_everything_again(db):
    code, first = _run("reindex", "--full", "-q", "--db", db)
    code2, second = _run("reindex", "--full", "-q", "--db", db)
    assert code == code2 == 0 and first == second and first.startswith("indexed ")
