"""The Danish analyzer: folding, stemming, compound splitting."""

from __future__ import annotations

import os
import time
import warnings

import pytest

from pressespejl.cache_files import KEEP_UNUSED_DAYS
from pressespejl.search import danish
from pressespejl.search.danish import (
    Lexicon,
    aa_variant,
    analyze,
    default_lexicon,
    fold,
    name_key,
    query_terms,
    stem,
    surname_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ÆØÅ", "æøå"),  # Danish letters are letters, never folded away
        ("Genève", "geneve"),
        ("Schröder", "schrøder"),
        ("Mädchen", "mædchen"),
        ("Aarhus", "aarhus"),  # aa stays in words (klimaaftale); see aa_variant
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_aa_is_read_as_å_for_names_and_variants():
    assert fold("Aarhus", aa=True) == "århus"
    assert aa_variant("aarhus") == "århus"
    assert aa_variant("århus") is None
    assert name_key("  Aabenraa  Kommune ") == "åbenrå kommune"
    assert surname_key("Jens Stoltenberg") == "stoltenberg"


@pytest.mark.parametrize(
    ("words", "common"),
    [
        (["soldat", "soldater", "soldaterne", "soldaternes"], "soldat"),
        (["Rusland", "Ruslands"], "rusland"),
        (["råd", "rådet", "rådets"], "råd"),
    ],
)
def test_stem_groups_inflections(words, common):
    assert {stem(fold(w)) for w in words} == {common}


def test_analyze_keeps_offsets_of_the_written_words():
    text = "Nato-Rusland-rådet mødtes i Genève."
    tokens = analyze(text, lexicon=None)
    assert [t.text for t in tokens] == ["Nato", "Rusland", "rådet", "mødtes", "i", "Genève"]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert tokens[2].stem == "råd"
    assert tokens[5].norm == "geneve"


def test_query_terms_alternatives():
    assert query_terms("Aarhus") == [("aarhus", "århus")]
    assert query_terms("Nato-Rusland") == [("nato",), ("rusland",)]
    assert query_terms("konsekvenser") == [("konsekvens", "konsekv")]
    assert query_terms("—") == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("forsvarsalliance", {"allianc", "forsvar"}),
        ("forsvarsalliancen", {"allianc", "forsvar"}),
        ("risikoreduktion", {"reduktion", "risiko"}),
        ("klimaaftalen", {"aftal", "klima"}),
        ("generalsekretær", {"sekretær", "general"}),
        ("forsvarsrådet", {"råd", "forsvar"}),
    ],
)
def test_compounds_split_into_head_and_modifier(word, parts):
    assert parts <= set(default_lexicon().split(fold(word)))


@pytest.mark.parametrize(
    "word",
    ["soldater", "tilstedeværelse", "rusland", "ruslands", "onsdag", "samtalerne",
     "indleder", "danske", "halvø"],
)
def test_non_compounds_are_not_split(word):
    assert default_lexicon().split(word) == ()


def test_names_in_running_text_are_not_split():
    tokens = analyze("Forsvarsalliancen mødtes. Det siger Forsvarsalliancen.")
    assert tokens[0].parts  # sentence start: an ordinary word
    assert not tokens[-1].parts  # capitalised mid-sentence: a name


def test_lexicon_from_a_small_hunspell_file(tmp_path):
    dic = tmp_path / "mini.dic"
    dic.write_text("5\nforsvar/29,39\nalliance/39,31\nRusland/9\nrus/31,39\nland/39\n",
                   encoding="utf-8")
    lexicon = Lexicon.from_hunspell(dic)
    assert set(lexicon.split("forsvarsalliancen")) == {"allianc", "forsvar"}
    assert lexicon.split("rusland") == ()  # a proper noun
    assert lexicon.split("rusland".upper().lower()) == ()


def test_missing_dictionary_warns_once_and_search_still_works(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(danish, "DICTIONARY_PATHS", (str(tmp_path / "none.dic"),))
    monkeypatch.setenv("PRESSESPEJL_DA_DICTIONARY", str(tmp_path / "missing.dic"))
    danish.default_lexicon.cache_clear()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # one log line, no Python warning with a source line
            assert danish.default_lexicon() is None
            assert danish.default_lexicon() is None
            tokens = analyze("forsvarsalliancen")
        assert len([r for r in caplog.records if "compound splitting is off" in r.message]) == 1
        assert danish.lexicon_id() == "none"
        assert tokens[0].stem == "forsvarsallianc"
        assert tokens[0].parts == ()
    finally:
        danish.default_lexicon.cache_clear()


def test_issue10_the_word_list_ships_with_the_package(monkeypatch):
    """No system package needed: compounds split after a plain `pip install`."""
    monkeypatch.delenv("PRESSESPEJL_DA_DICTIONARY", raising=False)
    assert danish.dictionary_path() == danish.BUNDLED_DICTIONARY
    assert danish.BUNDLED_DICTIONARY.with_name("MPL-1.1.txt").is_file()
    assert danish.lexicon_id().startswith("da_DK.dic:")
    lexicon = Lexicon.from_hunspell(danish.BUNDLED_DICTIONARY)
    assert {"allianc", "forsvar"} <= set(lexicon.split("forsvarsalliancen"))


def test_lexicon_id_follows_the_file_in_use(monkeypatch, tmp_path):
    mini = tmp_path / "mini.dic"
    mini.write_text("1\nforsvar/29,39\n", encoding="utf-8")
    monkeypatch.setenv("PRESSESPEJL_DA_DICTIONARY", str(mini))
    first = danish.lexicon_id()
    assert first.startswith("mini.dic:") and first != "none"
    mini.write_text("2\nforsvar/29,39\nalliance/39\n", encoding="utf-8")
    assert danish.lexicon_id() != first


def test_the_lexicon_is_read_back_from_the_cache_folder_as_it_was_built(monkeypatch,
                                                                        tmp_path):
    mini = tmp_path / "mini.dic"
    mini.write_text("4\nforsvar/29,39\nalliance/39,31\nRusland/9\nminister/39\n",
                    encoding="utf-8")
    monkeypatch.setenv("PRESSESPEJL_DA_DICTIONARY", str(mini))
    monkeypatch.setenv("PRESSESPEJL_CACHE", str(tmp_path / "cache"))
    built = Lexicon.from_hunspell(mini).fields()
    calls = []
    real = Lexicon.from_hunspell
    monkeypatch.setattr(Lexicon, "from_hunspell",
                        classmethod(lambda cls, path: calls.append(path) or real(path)))
    danish.default_lexicon.cache_clear()
    try:
        first = danish.default_lexicon()
        (first_file,) = (tmp_path / "cache").glob("lexicon-*.marshal")
        assert len(calls) == 1
        month_ago = time.time() - (KEEP_UNUSED_DAYS + 1) * 86400
        os.utime(first_file, (month_ago, month_ago))
        danish.default_lexicon.cache_clear()
        again = danish.default_lexicon()
        assert len(calls) == 1  # read from the file, not built again
        assert first_file.stat().st_mtime > month_ago + 86400  # and marked as used
        assert first is not None and again is not None
        assert first.fields() == again.fields() == built
        assert set(again.split("forsvarsalliancen")) == {"allianc", "forsvar"}
        assert again.split("rusland") == ()
        mini.write_text("1\nforsvar/29,39\n", encoding="utf-8")  # another word list
        danish.default_lexicon.cache_clear()
        other = danish.default_lexicon()
        assert len(calls) == 2 and other is not None and other.split("forsvarsalliancen") == ()
        # another install sharing the folder may still use the first file: it stays
        assert len(list((tmp_path / "cache").glob("lexicon-*.marshal"))) == 2
        os.utime(first_file, (month_ago, month_ago))
        mini.write_text("2\nforsvar/29,39\nminister/39\n", encoding="utf-8")  # a third
        danish.default_lexicon.cache_clear()
        assert danish.default_lexicon() is not None and len(calls) == 3
        assert not first_file.exists()  # unused for a month: an upgrade's leftover
        assert len(list((tmp_path / "cache").glob("lexicon-*.marshal"))) == 2
        monkeypatch.setenv("PRESSESPEJL_CACHE", "off")
        danish.default_lexicon.cache_clear()
        assert danish.default_lexicon() is not None and len(calls) == 4
    finally:
        danish.default_lexicon.cache_clear()
