"""The registry and read_path: dispatch, directory walks, and bad files of every kind."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pressespejl.errors import InputError
from pressespejl.ingest import READERS, read_path, read_paths, supported_suffixes
from pressespejl.types import Article, IngestProblem, SkippedFile

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "date 2022-01-12 Det siger Stoltenberg onsdag.\n\n/ritzau/\n"


def only(path: Path) -> Article | IngestProblem:
    [item] = list(read_path(path))
    return item


def test_readers_registry_lists_every_format():
    assert list(READERS) == ["seed_text", "jsonl", "html", "feed"]
    assert supported_suffixes() == (".txt", ".jsonl", ".ndjson", ".html", ".htm",
                                    ".xml", ".rss", ".atom")
    for reader in READERS.values():
        assert callable(reader.read) and reader.suffixes


def test_read_path_directory_is_sorted_recursive_and_skips_hidden(write, tmp_path):
    write("b.txt", ARTICLE.replace("Det", "B"))
    write("a/z.txt", ARTICLE.replace("Det", "AZ"))
    write("a/c.jsonl", '{"date": "2022-01", "text": "AC"}\n')
    write(".hidden.txt", ARTICLE)
    write(".git/x.txt", ARTICLE)
    write("a/.cache/y.txt", ARTICLE)
    items = list(read_path(tmp_path))
    assert [Path(i.path).relative_to(tmp_path).as_posix() for i in items] == [
        "a/c.jsonl", "a/z.txt", "b.txt"]
    assert [i.text.split()[0] for i in items] == ["AC", "AZ", "B"]


def test_read_path_suffix_is_case_insensitive(write):
    assert isinstance(only(write("A.TXT", ARTICLE)), Article)


def test_read_paths_reads_each_in_turn(write):
    items = list(read_paths([write("1.txt", ARTICLE), FIXTURES / "html" / "nyhed_time_tag.html"]))
    assert [type(i) for i in items] == [Article, Article]


def test_read_path_all_fixtures_read():
    items = list(read_path(FIXTURES))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, IngestProblem)]
    assert len(articles) == 9
    assert problems == []
    assert [a.title for a in articles if a.published is None] == ["Nyhed uden dato"]


def test_unsupported_file_type_lists_supported_suffixes(write):
    path = write("notes.docx", b"PK\x03\x04 not a reader's")
    problem = only(path)
    assert problem.path == str(path)
    assert problem.what == "unsupported file type '.docx'"
    assert ".txt" in problem.hint and ".jsonl" in problem.hint and ".rss" in problem.hint


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [("artikel", ARTICLE, "seed_text"),
     ("side", "<!DOCTYPE html><html><head><meta property='article:published_time' "
              "content='2022-01-12'></head><body><article>" + "<p>Tekst om sagen her.</p>" * 6
              + "</article></body></html>", "html")],
)
def test_unknown_suffix_is_sniffed(write, name, content, reader):
    assert isinstance(only(write(name, content)), Article)


def test_missing_path(tmp_path):
    problem = only(tmp_path / "findes-ikke.txt")
    assert problem.what == "no such file or directory"
    assert problem.path == str(tmp_path / "findes-ikke.txt")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".rss"])
def test_empty_file(write, suffix):
    path = write(f"tom{suffix}", "  \n\n")
    problem = only(path)
    assert isinstance(problem, IngestProblem)
    assert (problem.path, problem.what) == (str(path), "empty file")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".rss"])
def test_binary_file(write, suffix):
    path = write(f"billede{suffix}", b"date 2022-01 x\n\x89PNG\x00\x00\x00\rIHDR")
    problem = only(path)
    assert problem.what == "binary file (contains NUL bytes), not text"
    assert problem.line == 2
    assert str(problem).startswith(f"{path}:2: ")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_windows_1252_is_rejected_with_iconv_hint(write, suffix):
    content = ('{"date": "2022-01", "text": "Søren"}' if suffix == ".jsonl"
               else "date 2022-01 Linje et.\n\nSøren siger hej.")
    path = write(f"cp1252{suffix}", content.encode("cp1252"))
    problem = only(path)
    assert problem.what.startswith("file is not UTF-8")
    assert problem.line == (1 if suffix == ".jsonl" else 3)
    assert problem.hint == f"looks like Windows-1252; convert with iconv -f cp1252 -t utf-8 {path}"


def test_utf16_is_rejected_with_hint(write):
    problem = only(write("utf16.txt", ARTICLE.encode("utf-16")))
    assert problem.what == "file is UTF-16, not UTF-8"
    assert "iconv -f utf-16" in problem.hint


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file(write):
    path = write("låst.txt", ARTICLE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read anything (root)")
        problem = only(path)
        assert problem.what == "cannot open file: permission denied"
        assert "chmod" in problem.hint
    finally:
        path.chmod(0o644)


def test_unreadable_file_as_root_via_monkeypatch(write, monkeypatch):
    path = write("låst.txt", ARTICLE)

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    problem = only(path)
    assert (problem.path, problem.what) == (str(path), "cannot open file: permission denied")


def test_reader_bug_is_reported_not_raised(write, monkeypatch):
    from pressespejl.ingest import readers

    def broken(path: object) -> object:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setitem(readers.READERS, "seed_text",
                        readers.Reader("seed_text", (".txt",), broken))
    problem = only(write("a.txt", ARTICLE))
    assert problem.what == "seed_text reader failed: RuntimeError: boom"


def test_issue10_non_article_files_in_a_folder_are_skipped_not_rejected(write, tmp_path):
    write("README.md", "# Mine nyheder\n")
    write("readme.txt", "Denne mappe rummer nyheder.\n")
    write("LICENSE", "Apache-2.0\n")
    write("noter.csv", "a,b\n1,2\n")
    write("a.txt", ARTICLE)
    items = list(read_path(tmp_path))
    skipped = {Path(i.path).name: i.reason for i in items if isinstance(i, SkippedFile)}
    assert sorted(skipped) == ["LICENSE", "README.md", "noter.csv", "readme.txt"]
    assert skipped["noter.csv"] == "not an article file (.csv file)"
    assert [type(i) for i in items if not isinstance(i, SkippedFile)] == [Article]


def test_a_file_named_on_its_own_is_read_or_reported_never_skipped(write):
    assert isinstance(only(write("README.md", "# x\n")), IngestProblem)
    assert isinstance(only(write("readme.txt", "Tekst om en sag.\n")), Article)


@pytest.mark.parametrize(("given", "published", "precision"), [
    ("2021-03", date(2021, 3, 1), "month"), ("2021-03-05", date(2021, 3, 5), "day")])
def test_read_path_date_dates_only_undated_articles(write, given, published, precision):
    undated = write("u.txt", "Det siger borgmesteren i dag.")
    dated = write("d.txt", ARTICLE)
    plain = {a.path: a for a in read_paths([undated, dated])}
    items = {a.path: a for a in read_paths([undated, dated], date=given)}
    assert (items[str(undated)].published, items[str(undated)].precision) == (published, precision)
    assert items[str(dated)] == plain[str(dated)]  # the input's own date wins
    assert items[str(undated)].id == plain[str(undated)].id  # same input, same id


@pytest.mark.parametrize("given", ["2021", "05-03-2021", "2021-13", "2021-02-30", "i går"])
def test_read_path_bad_date_is_an_input_error_at_once(write, given):
    with pytest.raises(InputError, match="--date"):
        read_path(write("u.txt", "Tekst."), date=given)
