"""``pressespejl ingest --workers N``: a local Dask cluster gives the archive one
process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.store import open_store

ARTICLES = Path(__file__).parents[1] / "articles"


def test_ingest_with_two_workers_equals_one_process(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_68a4d7f295b6d847.txt", "001_politik_forsvar.txt",
                 "008_politik_indirekte.txt"):
        shutil.copy(ARTICLES / name, corpus / name)
    runner = CliRunner()
    for db, extra in (("one.sqlite", []), ("two.sqlite", ["--workers", "2"])):
        result = runner.invoke(main, ["ingest", str(corpus), "--db", str(tmp_path / db), "-q",
                                      *extra], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "3 stored, 0 duplicates, 0 rejected" in result.output
    with open_store(tmp_path / "one.sqlite") as one, open_store(tmp_path / "two.sqlite") as two:
        assert one.checksum() == two.checksum()
        assert one.stats() == two.stats()


def test_ingest_help_names_the_parallel_options() -> None:
    result = CliRunner().invoke(main, ["ingest", "--help"])
    assert "--workers" in result.output and "--cluster" in result.output
