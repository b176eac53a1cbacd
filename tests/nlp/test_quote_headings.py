"""Headings of the form "X: »citat«" are no quotes (issue 8, sixth round); sentences with
a colon before quoted words still are. Invented texts."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import kinds_and_speakers

quotes_of = partial(kinds_and_speakers, published=date(2023, 5, 2))


HEADINGS = [
    "Skolen lukker til sommer.\n\nBorgmester raser: »Det er helt uacceptabelt«\n\n"
    "Borgmester Lise Holm er vred.",
    "Ulve dræbte fem får.\n\nUlveråd: »Løb ikke din vej«\n\nFårene blev fundet søndag.",
    "Partier klager over ministeren: ”Der mangler respekt for Folketinget”\n\n"
    "Fire partier har klaget.",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_a_heading_with_a_quote_is_no_quote(text: str) -> None:
    assert quotes_of(text) == []


SENTENCES = [
    ("Lise Dam blev spurgt om sagen. Hendes svar var kort: »Ingen kommentarer.«",
     [("direct", "Lise Dam")]),
    ("Borgmester Lise Holm er vred.\n\nHun siger: »Det er helt uacceptabelt.«",
     [("direct", "Lise Holm")]),
    # a long introduction is a sentence, also without a final period
    ("Borgmester Lise Holm er vred.\n\nBorgmester Lise Holm sagde efter mødet i byrådet "
     "følgende: »Det er helt uacceptabelt«",
     [("direct", "Lise Holm")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_colon_sentence_is_still_a_quote(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
