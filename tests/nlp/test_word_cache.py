"""The word cache: big word tables built into a SQLite file once, then read a word at a
time (nlp/components/_word_cache.py), and the lemma and first-name tables read through it."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
import time
from pathlib import Path

import pytest

from pressespejl.cache_files import KEEP_UNUSED_DAYS
from pressespejl.nlp.components import _lexicon
from pressespejl.nlp.components._word_cache import WordTable, cached_table

TABLE = {"soldater": "soldat", "soldaterne": "soldat", "sagde": "sige", "Ærø": "Ærø",
         "Åbenrå": "Aabenraa", "økonomi": "økonomi"}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text("version 1", encoding="utf-8")
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PRESSESPEJL_CACHE", str(folder))
    return folder


def counting_build(calls: list[int]):
    def build() -> dict[str, str]:
        calls.append(1)
        return dict(TABLE)
    return build


def test_word_cache_builds_once_and_answers_like_the_table(source: Path, cache: Path) -> None:
    calls: list[int] = []
    first = cached_table("words", [source], counting_build(calls))
    second = cached_table("words", [source], counting_build(calls))
    assert calls == [1]
    assert isinstance(first, WordTable) and isinstance(second, WordTable)
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["words"]
    for table in (first, second):
        assert {word: table[word] for word in TABLE} == TABLE
        assert table.get("soldaterne") == "soldat" and table.get("kanon") is None
        assert table.get("kanon", "kanon") == "kanon"
        assert "Ærø" in table and "ærø" not in table and 3 not in table
        with pytest.raises(KeyError):
            table["kanon"]
        assert len(table) == len(TABLE) and sorted(table) == sorted(TABLE)


def test_word_cache_rebuilds_when_a_source_changes(source: Path, cache: Path) -> None:
    calls: list[int] = []
    old = cached_table("words", [source], counting_build(calls))
    source.write_text("version 2, longer", encoding="utf-8")
    new = cached_table("words", [source], counting_build(calls))
    assert calls == [1, 1]
    assert isinstance(old, WordTable) and isinstance(new, WordTable)
    assert old.path != new.path
    # the old file may be another install's, in use: it stays until unused for a month
    assert sorted(cache.glob("words-*")) == sorted([old.path, new.path])
    assert old.get("soldater") == "soldat"


def test_word_cache_removes_a_file_unused_for_a_month(source: Path, cache: Path) -> None:
    calls: list[int] = []
    old = cached_table("words", [source], counting_build(calls))
    assert isinstance(old, WordTable)
    month_ago = time.time() - (KEEP_UNUSED_DAYS + 1) * 86400
    os.utime(old.path, (month_ago, month_ago))
    source.write_text(source.read_text(encoding="utf-8") + "kanon\tkanon\n", encoding="utf-8")
    new = cached_table("words", [source], counting_build(calls))
    assert isinstance(new, WordTable) and list(cache.glob("words-*")) == [new.path]


def test_word_cache_use_keeps_a_file_fresh(source: Path, cache: Path) -> None:
    calls: list[int] = []
    first = cached_table("words", [source], counting_build(calls))
    assert isinstance(first, WordTable)
    month_ago = time.time() - (KEEP_UNUSED_DAYS + 1) * 86400
    os.utime(first.path, (month_ago, month_ago))
    again = cached_table("words", [source], counting_build(calls))
    assert isinstance(again, WordTable) and calls == [1]
    assert again.path.stat().st_mtime > month_ago + 86400


def test_word_cache_off_or_unwritable_reads_into_memory(source: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSESPEJL_CACHE", "off")
    assert cached_table("words", [source], lambda: dict(TABLE)) == TABLE
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PRESSESPEJL_CACHE", str(blocker / "cache"))
    table = cached_table("words", [source], lambda: dict(TABLE))
    assert type(table) is dict and table == TABLE
    assert not list(tmp_path.glob("**/*.tmp")) and not list(tmp_path.glob("**/.words-*"))


def _lookup_in_child(table: WordTable, queue: multiprocessing.Queue) -> None:
    queue.put([table.get(word) for word in ("soldater", "kanon", "Åbenrå")])


def test_word_cache_works_after_fork_pickle_and_in_threads(source: Path, cache: Path) -> None:
    table = cached_table("words", [source], lambda: dict(TABLE))
    assert isinstance(table, WordTable)
    assert table["sagde"] == "sige"  # the parent's connection is open before the fork
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_lookup_in_child, args=(table, queue))
    child.start()
    assert queue.get(timeout=60) == ["soldat", None, "Aabenraa"]
    child.join(60)
    copy = pickle.loads(pickle.dumps(table))
    assert copy.path == table.path and copy["økonomi"] == "økonomi"
    fresh = WordTable(table.path)
    answers: list[list[object]] = []

    def ask() -> None:
        answers.append([fresh.get(word) for word in sorted(TABLE) * 50])

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [[TABLE[word] for word in sorted(TABLE) * 50]] * 8


def test_word_cache_lemma_table_is_spacy_lookups_data() -> None:
    """Every 25th word of the package's table, and its size, through the cache."""
    import spacy_lookups_data
    from spacy.util import load_language_data

    original = load_language_data(spacy_lookups_data.da["lemma_lookup"])
    cached = _lexicon.lemma_table()
    assert isinstance(cached, WordTable)  # tests/conftest.py gives the run a cache folder
    assert len(cached) == len(original)
    words = list(original)[::25]
    assert [cached.get(word) for word in words] == [original[word] for word in words]
    assert _lexicon.lemma_of("soldaterne") == "soldat" and _lexicon.lemma_of("Xqzw") is None


def test_word_cache_first_names_answer_as_gender_guesser() -> None:
    import gender_guesser.detector as gender_detector

    plain = gender_detector.Detector(case_sensitive=False)
    ours = _lexicon._detector()
    assert isinstance(ours.names._rows, WordTable)
    # male, female, mostly, "andy", a name spelled with "+" in the file, unknown ones
    names = ["Jens", "Mette", "Kim", "Andrea", "Sasha", "Anne-Marie", "Sergej", "Jan",
             "Maria", "Xqzw", "Stoltenberg", *list(plain.names)[::400]]
    for country in (None, "denmark", "norway"):
        assert ([ours.get_gender(n, country) for n in names]
                == [plain.get_gender(n, country) for n in names])
