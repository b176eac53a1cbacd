"""The pattern builders of ``nlp/components/_lexicon.py``: a faster pattern must find
exactly what the plain one it replaces finds."""

from __future__ import annotations

import re

import pytest

from pressespejl.nlp.components._lexicon import LO, SP, word_ending_in

WORDS = ("færge", "færgen", "båd", "skibet", "tv-serien")
TEXTS = [
    "Færgen Ask sejlede, og redningsfærgen Hjalte kom bagefter.",
    "FÆRGEN Ask og Skibet Polar Nanoq lå i havn, men skibets Kaptajn gik i land.",
    "en færge-X og en færgeX Y og færgens Z, men så en færge Y",
    "tv-serien Borgen, TV-SERIEN Borgen og dramatv-serien Matador; ikke tv-serie Noget",
    "Båd Et, motorbåd To, motorbådene Tre og 3båd Fire, ærtebåd\tFem",
    "skibet\nNy linje og skibet  To mellemrum",
]


def _plain(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:[{LO}]*(?:{'|'.join(words)})){SP}(?P<name>\w+)")


def _fast(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){word_ending_in(words)}{SP}(?P<name>\w+)")


@pytest.mark.parametrize("text", TEXTS)
def test_word_ending_in_matches_the_plain_pattern(text: str) -> None:
    plain = [(m.span(), m["name"]) for m in _plain(WORDS).finditer(text)]
    fast = [(m.span(), m["name"]) for m in _fast(WORDS).finditer(text)]
    assert fast == plain
    assert plain  # every text has at least one word the list ends


def test_word_ending_in_finds_compounds_in_any_case() -> None:
    found = [m.group() for m in _fast(WORDS).finditer(TEXTS[0] + " " + TEXTS[1])]
    assert found == ["Færgen Ask", "redningsfærgen Hjalte", "FÆRGEN Ask", "Skibet Polar"]


def test_word_ending_in_refuses_a_word_with_a_space() -> None:
    with pytest.raises(ValueError, match="has a space"):
        word_ending_in(["slå fast"])


LOWER_NOUNS = ("firma", "firmaet", "tv-station", "byen")
LOWER_TEXTS = [
    "it-firmaet Netcompany og sikkerhedsfirmaet CSIS, men ikke SIKKERHEDSFIRMAET Nej",
    "-firmaet Ja, 3firmaet Nej, itFirmaet Nej og den lokale tv-station TV Syd",
    "i landsbyen Vivild og byen Skive; byens Borgmester og by-byen Aarhus",
]


@pytest.mark.parametrize("text", LOWER_TEXTS)
def test_word_ending_in_with_its_own_letters_and_case_matches_the_lazy_pattern(
        text: str) -> None:
    lazy = re.compile(rf"(?<![\w-])(?:[a-zæøå][a-zæøå-]*?)?(?:{'|'.join(LOWER_NOUNS)})"
                      rf"{SP}(?P<name>\w+)")
    fast = re.compile(rf"(?<![\w-])(?=[a-zæøå])"
                      rf"{word_ending_in(LOWER_NOUNS, 'a-zæøå-', ignore_case=False)}"
                      rf"{SP}(?P<name>\w+)")
    expected = [(m.span(), m["name"]) for m in lazy.finditer(text)]
    assert [(m.span(), m["name"]) for m in fast.finditer(text)] == expected
    assert expected
