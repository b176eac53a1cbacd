"""``pressespejl ingest --workers N``: a local Dask cluster gives the archive one
process gives."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.cli.ingest import IngestBar
from pressespejl.jobs import IngestReport
from pressespejl.store import open_store
from pressespejl.types import Article, SkippedFile

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


class _Terminal(io.StringIO):
    """Captured stderr that says it is a terminal, so the bar draws."""

    def isatty(self) -> bool:
        return True


def test_ingest_bar_counts_in_the_words_of_the_summary() -> None:
    report = IngestReport()
    screen = _Terminal()
    bar = IngestBar(report, file=screen)
    for _ in range(9):  # a batch stored at once: faster than the bar redraws
        report.stored += 1
        bar.progress(Article(id="x", text="t", published=None))
    report.duplicates += 1
    bar.progress(Article(id="y", text="t", published=None))
    bar.close()
    drawn = [line.strip() for line in screen.getvalue().split("\r") if line.strip()]
    assert drawn[-1].startswith("ingest: 9 stored, 1 duplicate, 0 rejected"), drawn
    assert report.summary() == "9 stored, 1 duplicate, 0 rejected"
    assert not any("articles" in line for line in drawn), drawn  # no "1 articles"
    assert screen.getvalue().endswith("\r"), "the line is cleared for the summary"


def test_ingest_bar_names_rejections_and_skips_only_when_verbose() -> None:
    report = IngestReport()
    screen = _Terminal()
    bar = IngestBar(report, file=screen)
    skipped = SkippedFile(path="nyheder/README.md", reason="not an article")
    report.skipped.append(skipped)
    bar.progress(skipped)
    bar.close()
    assert "README.md" not in screen.getvalue()
    verbose = _Terminal()
    bar = IngestBar(report, verbose=True, file=verbose)
    bar.progress(skipped)
    bar.close()
    assert "skipped: nyheder/README.md: not an article" in verbose.getvalue()
    assert report.summary() == "0 stored, 0 duplicates, 0 rejected, 1 other file skipped"


def test_ingest_freezes_its_objects_after_the_first_batch_and_thaws_them_at_the_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import pressespejl.jobs as jobs

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_politik_forsvar.txt", "008_politik_indirekte.txt"):
        shutil.copy(ARTICLES / name, corpus / name)
    frozen_at: list[tuple[int, int]] = []  # (articles stored, objects frozen) at freezing
    freeze = gc.freeze
    store_batch = jobs._store_batch

    def counting(store, *args, **kwargs):
        store_batch(store, *args, **kwargs)
        counting.stored = store.stats()["articles"]  # type: ignore[attr-defined]

    def watched() -> None:
        freeze()
        frozen_at.append((counting.stored, gc.get_freeze_count()))  # type: ignore[attr-defined]

    monkeypatch.setattr(jobs, "_store_batch", counting)
    monkeypatch.setattr(gc, "freeze", watched)
    real = jobs.ingest_items
    monkeypatch.setattr(jobs, "ingest_items",
                        lambda *a, **k: real(*a, **{**k, "batch_size": 1}))
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db",
                                       str(tmp_path / "a.sqlite"), "-q"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(frozen_at) == 1 and frozen_at[0][0] == 1 and frozen_at[0][1] > 0
    assert gc.get_freeze_count() == 0  # thawed: a test or `demo` goes on in this process
