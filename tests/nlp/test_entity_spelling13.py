"""Round 13: an organisation spelt another way than its listed name keeps the article's
spelling; one spelt two ways in an article is one organisation."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def organisations(text: str) -> list[str]:
    return list(analyze(Article(id="t", text=text, published=date(2022, 1, 12))).organisations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces: the article's own spelling of a listed station
        ("Det oplyser TV 2 Nord. TV 2 Nords reporter var der.", ["TV 2 Nord"]),
        ("Det siger hun til TV2 Lorry.", ["TV2 Lorry"]),
        # "Europa-" and "EU-"
        ("Valget til EU-Parlamentet er i maj.", ["EU-Parlamentet"]),
        # "Aa" and "Å": the first spelling names both
        ("Tallene kommer fra Aarhus Universitet. Århus Universitet vil ikke kommentere dem.",
         ["Aarhus Universitet"]),
    ],
)
def test_organisation_as_the_article_spells_it(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_case_and_a_short_form_keep_the_listed_name() -> None:
    # "NATO" is "Nato" in capitals; "BT" is the paper "B.T." written short; the spaces
    # of "TV2 Fyn" are the article's
    assert organisations("NATO holder møde. Det skriver BT og TV2 Fyn.") == [
        "Nato", "B.T.", "TV2 Fyn"]


def test_a_word_broken_at_its_hyphen_is_no_spelling_of_its_own() -> None:
    # "Lyngby- Taarbæk": a line broken inside the word; the whole word names it
    assert organisations("Han skrev til Ringkøbing- Skjern Kommune. Senere svarede "
                         "Ringkøbing-Skjern Kommune.") == ["Ringkøbing-Skjern Kommune"]
